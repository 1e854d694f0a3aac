"""Which questions are about SOC 2 and audits, and the honest answer to each from the facts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trustladder.dates import long_date
from trustladder.facts.model import Facts
from trustladder.language.render import render
from trustladder.status.model import Status

_SOC2 = r"SOC[\s\-]?(?:2|II)"
_SHARE = r"share|provide|make\s+available|furnish|send|obtain|request|access|receive|review"
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pentest", re.compile(r"penetration[\s\-]test|pen[\s\-]?test", re.I)),
    (
        "results_shared",
        re.compile(
            r"(?:"
            + _SHARE
            + r").{0,60}(?:audit|assessment|assurance|attestation|"
            + _SOC2
            + r").{0,20}(?:reports?|results|findings)"
            r"|(?:"
            + _SHARE
            + r").{0,40}(?:reports?|results|findings)\s+of\s+(?:your|the|its|our)\s+(?:\w+\s+)?"
            r"(?:audits?|assessments?|attestations?|examinations?)"
            r"|(?:audit|assessment|"
            + _SOC2
            + r")\s+(?:reports?|results)\s+(?:be\s+|are\s+)?(?:available|shared|provided)",
            re.I,
        ),
    ),
    ("certification", re.compile(r"certif|accredit", re.I)),
    (
        "independent_audit",
        re.compile(
            r"(?:independent|third[\s\-]party|external)\b.{0,50}(?:audit|assessment|assurance|attestation|examination)"
            r"|" + _SOC2 + r"|attestation\s+report|audit\s+report",
            re.I,
        ),
    ),
    ("audit_other", re.compile(r"\baudit|assurance|remediation\s+plan|corrective\s+action", re.I)),
)
BY_ID = {"A&A-02.1": "independent_audit", "TVM-06.1": "pentest"}


def topic_of(question_id: str, question: str) -> str | None:
    """The topic a question asks about, or None when it is not about SOC 2, audits or testing."""
    if question_id.strip() in BY_ID:
        return BY_ID[question_id.strip()]
    for topic, pattern in TOPICS:
        if pattern.search(question):
            if topic == "certification" and not re.search(
                _SOC2 + r"|attestation|audit", question, re.I
            ):
                return "certification_other"
            return topic
    return None


@dataclass(frozen=True)
class Answer:
    """What to write: ``value`` is yes, no or na (mapped to the workbook's own words later)."""

    value: str | None
    """yes, no, na; None when a person must answer."""
    description: str
    """The honest description, or why it was left for a person."""


def _current(status: Status) -> bool:
    return any(r.current for r in status.reports_held)


def answer(topic: str, facts: Facts, status: Status) -> Answer:
    """The answer the facts support for a topic."""
    summary = render("questionnaire", facts, status).strip()
    if topic == "independent_audit":
        return Answer("yes" if _current(status) else "no", summary)
    if topic == "results_shared":
        return Answer("yes" if status.reports_held else "no", summary)
    if topic == "certification":
        note = "SOC 2 is an attestation by a licensed CPA firm, not a certification. "
        return Answer("yes" if _current(status) else "no", note + summary)
    if topic == "pentest":
        item = facts.evidence.pentest_summary
        if item is not None and item.status == "available" and item.date:
            return Answer(
                "yes",
                f"Independent penetration testing; the executive summary dated {long_date(item.date)} is available under NDA.",
            )
        if item is not None and item.status in ("planned", "in_progress"):
            return Answer(
                "no",
                f"An independent penetration test is {item.status.replace('_', ' ')}; the executive summary will be available under NDA once complete.",
            )
        return Answer(None, "the facts file records no penetration test (evidence.pentest_summary)")
    if topic == "certification_other":
        return Answer(
            None, "asks about certifications other than SOC 2, which the facts file does not record"
        )
    return Answer(None, "about audits or remediation in a way the facts file does not answer")


YES = ("yes", "y", "true", "compliant", "implemented")
NO = ("no", "n", "false", "not compliant", "not implemented")
NA = ("na", "n/a", "not applicable")


def in_vocabulary(value: str, allowed: list[str]) -> str | None:
    """The workbook's own word for yes, no or na, or None when it has none."""
    words = {"yes": YES, "no": NO, "na": NA}[value]
    for option in allowed:
        if option.strip().lower() in words:
            return option
    return None
