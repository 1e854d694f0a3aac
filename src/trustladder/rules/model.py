"""Rules, the context they judge in, and the findings they produce."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from trustladder.claims.model import Claim

if TYPE_CHECKING:
    from trustladder.facts.model import Facts
    from trustladder.status.model import HeldReport, Stage, Status

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """info 0, warning 1, error 2."""
    return _RANK[severity]


@dataclass(frozen=True)
class Context:
    """What the checker knows about the company on the day it judges."""

    facts: Facts | None
    """The facts, or None: then nothing is held and the stage is unknown (the strictest case)."""
    status: Status | None
    """The status derived from the facts on the day judged."""
    sentence: str = ""
    """The honest sentence for today, written from the facts (empty without facts)."""

    @property
    def reports(self) -> tuple[HeldReport, ...]:
        """Reports held on the day judged (none without facts)."""
        return self.status.reports_held if self.status else ()

    @property
    def stage(self) -> Stage | None:
        """The headline stage, or None without facts."""
        return self.status.stage if self.status else None

    def holds(self, report_type: str | None = None) -> bool:
        """True when a report (of ``report_type``, if given) is held."""
        return any(report_type in (None, r.type) for r in self.reports)


@dataclass(frozen=True)
class Verdict:
    """What a rule says about one claim."""

    message: str
    """Why it is wrong, in the playbook's terms."""
    suggestion: str
    """An honest replacement, written from the facts where there are facts."""
    severity: Severity | None = None
    """Overrides the rule's default severity for this case (third parties are judged lower)."""


Judge = Callable[[Claim, Context], Verdict | None]


@dataclass(frozen=True)
class Rule:
    """One rule: a stable id that is never renamed, a name, and how it judges."""

    id: str
    """Stable id such as ``TL101``; used in suppressions, baselines and SARIF."""
    name: str
    """A readable alias, also accepted in suppressions."""
    severity: Severity
    """The default severity."""
    summary: str
    """One line: what the rule catches."""
    why: str
    """Why it matters, from the playbook."""
    judge: Judge | None = field(default=None, repr=False)
    """Returns a verdict for a claim it catches, None otherwise (claim rules)."""
    wording: str = ""
    """The discouraged form it catches (wording rules)."""
    suggestion: str = ""
    """What to write instead (wording and housekeeping rules)."""
    scope: str = "text"
    """text (any document) or questionnaire (answer cells judged against the question asked)."""


@dataclass(frozen=True)
class Finding:
    """A claim (or a wording) that a rule catches, located and explained."""

    rule: str
    """The rule id."""
    name: str
    """The rule name."""
    severity: Severity
    """error, warning or info."""
    message: str
    """Why."""
    suggestion: str
    """What to write instead."""
    path: str
    """The input."""
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    """The words that make the claim."""
    sentence: str
    """The sentence they stand in."""
    suppressed: bool = False
    """True when an inline directive silences it (kept for SARIF, never counted)."""
    justification: str = ""
    """The reason given by the directive that silences it."""
    location: str = ""
    """For spreadsheets: the sheet and cell, such as ``CAIQv4.0.3!C4``."""

    @property
    def fingerprint(self) -> str:
        """Identifies the finding without line numbers, so a baseline survives edits."""
        normalised = re.sub(r"\s+", " ", self.sentence.strip().lower())
        digest = hashlib.sha256(f"{self.rule}\0{self.path}\0{normalised}".encode()).hexdigest()
        return digest[:24]
