"""What the status derivation produces: stages, reports held, bridge coverage, problems."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Literal

from trustladder.facts.model import Opinion, ReportType


class Stage(enum.StrEnum):
    """A rung of the ladder. The values are a contract: other tools read them."""

    NOT_STARTED = "not_started"
    READINESS = "readiness"
    REVIEW_PERIOD = "review_period"
    FIELDWORK = "fieldwork"
    REPORT_ISSUED = "report_issued"

    @property
    def rung(self) -> int:
        """0 (not started) to 4 (report issued)."""
        return list(Stage).index(self)


Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """A contradiction or a gap in the facts, naming the field to fix."""

    rule: str
    """The stable id of the consistency rule."""
    severity: Severity
    """error: the facts contradict each other or the rules of SOC 2; warning: worth a look."""
    field: str
    """The dotted path of the field in the facts file."""
    message: str
    """What is wrong, and why it matters."""


@dataclass(frozen=True)
class ExaminationStatus:
    """One examination and the stage it is in on the day asked about."""

    index: int
    """Its position in ``soc2.examinations``."""
    type: ReportType
    """type1 or type2."""
    stage: Stage
    """readiness (not begun), review_period, fieldwork or report_issued."""
    as_of: dt.date | None
    """Type 1: the as-of date."""
    period_start: dt.date | None
    """Type 2: the first day of the review period."""
    period_end: dt.date | None
    """Type 2: the last day of the review period."""
    fieldwork_started: dt.date | None
    """When testing began, if recorded."""
    report_issued: dt.date | None
    """When the opinion was signed, if it has been by the day asked about."""


@dataclass(frozen=True)
class HeldReport:
    """An issued report, with how old it is and whether buyers would call it current."""

    index: int
    """Its examination's position in ``soc2.examinations``."""
    type: ReportType
    """type1 or type2."""
    issued: dt.date
    """The day the CPA firm signed the opinion."""
    opinion: Opinion | None
    """The opinion, as recorded."""
    exceptions: int | None
    """The number of exceptions listed, if recorded."""
    as_of: dt.date | None
    """Type 1: the as-of date."""
    period_start: dt.date | None
    """Type 2: the first day of the period."""
    period_end: dt.date | None
    """Type 2: the last day of the period."""
    covers_through: dt.date
    """The last day the report speaks for."""
    current_until: dt.date
    """The last day buyers would treat it as current."""
    current: bool
    """True while buyers would accept it as current."""
    age_days: int
    """Days since it was issued."""
    firm: str | None
    """The CPA firm that issued it."""


@dataclass(frozen=True)
class BridgeCoverage:
    """What management's bridge letter covers beyond the last report."""

    issued: dt.date
    """The day management signed it."""
    covers_from: dt.date
    """The day after the last report's period (or as-of date)."""
    covers_through: dt.date
    """The last day the letter speaks for."""
    days: int
    """How many days past the report it reaches."""
    stretched: bool
    """True when it reaches further than buyers usually accept."""
    label: str = "management's letter, not assurance"
    """How it must always be described."""


@dataclass(frozen=True)
class Status:
    """Everything that may honestly be said about the program on one day."""

    today: dt.date
    """The day the status is for."""
    organization: str
    """The company's name."""
    target: ReportType
    """The report type being pursued."""
    stage: Stage
    """The headline stage."""
    examinations: tuple[ExaminationStatus, ...]
    """Each examination and its stage."""
    reports_held: tuple[HeldReport, ...]
    """Each report issued by the day asked about."""
    bridge_letter: BridgeCoverage | None
    """Bridge-letter coverage, when a letter exists."""
    next_steps: tuple[str, ...]
    """The concrete facts or dates that make the next rung true."""
    problems: tuple[Problem, ...]
    """Contradictions and gaps in the facts."""

    @property
    def rung(self) -> int:
        """The headline rung, 0 to 4."""
        return self.stage.rung

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Problems that make the facts unusable until fixed."""
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Problems worth a look."""
        return tuple(p for p in self.problems if p.severity == "warning")
