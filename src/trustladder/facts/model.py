"""The facts of one company's SOC 2 program, as recorded in ``trustladder.yaml``.

Only facts live here: dates, names and recorded outcomes. The stage and every sentence the
tool writes are derived from them (see :mod:`trustladder.status`). The classes are plain frozen
dataclasses so that the core never needs the validation library; :mod:`.validate` builds them
from YAML with pydantic, which reads the attribute docstrings below into the JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

ReportType = Literal["type1", "type2"]
Opinion = Literal["unqualified", "qualified", "adverse", "disclaimer"]
Category = Literal["security", "availability", "processing_integrity", "confidentiality", "privacy"]
EvidenceStatus = Literal["available", "in_progress", "planned", "none"]
ShareLevel = Literal["public", "nda", "internal"]
QuestionnaireKind = Literal["caiq", "sig", "sig_lite", "hecvat", "vsaq", "custom"]

# Read by pydantic when it validates these dataclasses: unknown keys are errors, and the
# docstring under each field becomes its description in the published JSON Schema.
_STRICT: Any = {"extra": "forbid", "use_attribute_docstrings": True}


@dataclass(frozen=True)
class Organization:
    """The company whose SOC 2 program this is."""

    __pydantic_config__ = _STRICT

    name: str
    """The company's legal or trading name, as it appears on the report."""
    security_contact: str
    """Where buyers send security questions: an e-mail address or a URL."""
    security_lead: str | None = None
    """The person who takes buyers' security calls."""


@dataclass(frozen=True)
class Readiness:
    """The readiness (gap assessment and remediation) phase before any examination."""

    __pydantic_config__ = _STRICT

    consultant: str | None = None
    """The readiness consultant; omit or null when readiness is done in-house."""
    started: dt.date | None = None
    """The day readiness work began."""
    gap_assessment_completed: dt.date | None = None
    """The day the gap assessment was completed."""
    remediation_closed: dt.date | None = None
    """The day the last remediation item closed; null while remediation is still open."""


@dataclass(frozen=True)
class Auditor:
    """The CPA firm engaged to perform the SOC 2 examination."""

    __pydantic_config__ = _STRICT

    firm: str | None = None
    """The firm's name, as it will sign the opinion."""
    licensed_cpa: bool | None = None
    """Whether the firm is a licensed CPA firm; only a licensed CPA firm can issue a SOC 2 report."""
    engagement_letter_signed: dt.date | None = None
    """The day both parties signed the engagement letter; null until then."""


@dataclass(frozen=True)
class Examination:
    """One SOC 2 examination: a Type 1 as of a date, or a Type 2 over a review period."""

    __pydantic_config__ = _STRICT

    type: ReportType
    """type1 examines the design of controls as of one date; type2 their operation over a period."""
    as_of: dt.date | None = None
    """Type 1 only: the date as of which the design of controls is examined."""
    period_start: dt.date | None = None
    """Type 2 only: the first day of the review period."""
    period_end: dt.date | None = None
    """Type 2 only: the last day of the review period."""
    fieldwork_started: dt.date | None = None
    """The day the CPA firm began testing evidence; null until then."""
    report_issued: dt.date | None = None
    """The day the CPA firm signed its opinion; null until the report exists."""
    opinion: Opinion | None = None
    """The opinion in the issued report; null until the report is issued."""
    exceptions: int | None = None
    """The number of exceptions the issued report lists (an unqualified report may list some)."""
    exceptions_expected: bool = False
    """True when exceptions are likely: buyers are told now, never surprised later."""
    remediation_plan: str | None = None
    """How the company is fixing exceptions, in one or two sentences buyers can read."""
    firm: str | None = None
    """The CPA firm for this examination, when it differs from ``soc2.auditor.firm``."""

    @property
    def covers_through(self) -> dt.date | None:
        """The last day the examination speaks for: the as-of date or the period end."""
        return self.as_of if self.type == "type1" else self.period_end


@dataclass(frozen=True)
class BridgeLetter:
    """Management's letter covering the time since the last report's period ended."""

    __pydantic_config__ = _STRICT

    issued: dt.date
    """The day management signed the letter."""
    covers_through: dt.date
    """The last day the letter speaks for."""


@dataclass(frozen=True)
class Soc2Program:
    """The SOC 2 program: what is pursued, readiness, the auditor and each examination."""

    __pydantic_config__ = _STRICT

    target: ReportType = "type2"
    """The report being pursued."""
    categories: tuple[Category, ...] = ("security",)
    """Trust Services Criteria categories in scope; security is always in scope."""
    readiness: Readiness = field(default_factory=Readiness)
    """The readiness phase."""
    auditor: Auditor = field(default_factory=Auditor)
    """The CPA firm engaged for the examination."""
    examinations: tuple[Examination, ...] = ()
    """Every examination, past, running and planned, oldest first."""
    bridge_letter: BridgeLetter | None = None
    """Management's bridge letter, when one has been issued."""


@dataclass(frozen=True)
class EvidenceItem:
    """One item of the interim evidence stack that reviewers work from."""

    __pydantic_config__ = _STRICT

    status: EvidenceStatus = "none"
    """available, in_progress, planned or none."""
    file: str | None = None
    """The file, relative to the facts file, when the item is a document."""
    date: dt.date | None = None
    """The date the item was produced or last updated."""
    share: ShareLevel = "nda"
    """Who may receive it: public, nda (under a signed NDA) or internal (never shared)."""
    kind: QuestionnaireKind | None = None
    """For a completed questionnaire: caiq, sig, sig_lite, hecvat, vsaq or custom."""
    contact: str | None = None
    """For the security-lead call: whom to contact to arrange it."""


@dataclass(frozen=True)
class Evidence:
    """The interim evidence stack named by the playbook."""

    __pydantic_config__ = _STRICT

    readiness_summary: EvidenceItem | None = None
    """The consultant's readiness assessment summary or letter."""
    engagement_letter: EvidenceItem | None = None
    """The signed engagement letter with the CPA firm."""
    policies: EvidenceItem | None = None
    """The security policy set."""
    questionnaire: EvidenceItem | None = None
    """A completed CAIQ, SIG or similar questionnaire."""
    pentest_summary: EvidenceItem | None = None
    """The penetration-test executive summary."""
    security_call: EvidenceItem | None = None
    """A call between the security lead and the buyer's reviewer."""


@dataclass(frozen=True)
class Facts:
    """Everything trustladder knows about one company's SOC 2 program."""

    __pydantic_config__ = _STRICT

    organization: Organization
    """The company."""
    version: Literal[1] = 1
    """The facts-file format version."""
    soc2: Soc2Program = field(default_factory=Soc2Program)
    """The SOC 2 program."""
    evidence: Evidence = field(default_factory=Evidence)
    """The interim evidence stack."""
