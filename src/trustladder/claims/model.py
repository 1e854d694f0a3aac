"""What a sentence claims about SOC 2 status. The field names and values are a contract."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["certified", "compliant", "report_held", "in_progress", "planned", "badge"]
Polarity = Literal["asserted", "negated", "mention", "question", "hypothetical"]
Subject = Literal["self", "third_party", "unknown"]
DatePromise = Literal["hard", "soft"]
ReportTypeClaimed = Literal["type1", "type2"]
StageClaimed = Literal["readiness", "engaged", "review_period", "fieldwork"]

KINDS: tuple[Kind, ...] = (
    "certified",
    "compliant",
    "report_held",
    "in_progress",
    "planned",
    "badge",
)
POLARITIES: tuple[Polarity, ...] = ("asserted", "negated", "mention", "question", "hypothetical")


@dataclass(frozen=True)
class Claim:
    """One thing a sentence says about a SOC 2 status, located in its source."""

    kind: Kind
    """certified, compliant, report_held, in_progress, planned or badge."""
    polarity: Polarity
    """asserted by the speaker, or negated, mentioned (quoted, explained), asked or supposed."""
    report_type: ReportTypeClaimed | None
    """The report type the claim names, if any."""
    date_promise: DatePromise | None
    """hard (a day) or soft (a month, a quarter, "after the period closes"), if any."""
    subject: Subject
    """Whose status it is: the speaker, a third party, or not clear."""
    path: str
    """The input."""
    line: int
    """1-based line of the start of the claim's words."""
    column: int
    """1-based column of the start."""
    end_line: int
    """1-based line of the end."""
    end_column: int
    """1-based column just past the end."""
    text: str
    """The words that make the claim."""
    sentence: str
    """The whole sentence."""
    framework: str = "soc2"
    """The framework the claim is about."""
    terms: tuple[str, ...] = ()
    """Wording worth judging on its own: certification, compliance, clean-opinion, vague, ..."""
    stage: StageClaimed | None = None
    """For in_progress claims, the stage the words claim (review_period, fieldwork, ...)."""
    block_kind: str = "paragraph"
    """What the text was: paragraph, heading, list_item, table_cell, attribute or badge."""
