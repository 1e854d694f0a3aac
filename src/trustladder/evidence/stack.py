"""The interim evidence stack: what exists, how fresh it is, how it may be shared, what it must be
called, and what to produce next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from trustladder.config import EvidenceSettings
from trustladder.dates import add_months, long_date
from trustladder.facts.model import EvidenceItem, Facts
from trustladder.language.context import QUESTIONNAIRE_NAMES
from trustladder.status.derive import derive_status
from trustladder.status.model import Stage, Status

TITLES = {
    "readiness_summary": "Readiness assessment summary",
    "engagement_letter": "Signed CPA engagement letter",
    "policies": "Security policy set",
    "questionnaire": "Completed questionnaire",
    "pentest_summary": "Penetration-test executive summary",
    "security_call": "Call with the security lead",
}


@dataclass(frozen=True)
class StackItem:
    """One item of the stack as it stands on the day asked about."""

    key: str
    """The facts key: readiness_summary, engagement_letter, policies, questionnaire, pentest_summary, security_call."""
    title: str
    status: str
    """available, in_progress, planned or none."""
    share: str
    """public, nda or internal."""
    label: str
    """What it is, and what it is not: the words it must always carry."""
    date: dt.date | None
    age_days: int | None
    file: Path | None
    """The file, resolved against the facts file's folder."""
    problems: tuple[str, ...] = field(default=())
    """Why it cannot be shared as it is (missing file, stale, mislabelled)."""

    @property
    def shareable(self) -> bool:
        """Available, not internal, and with its file present when it has one."""
        return (
            self.status == "available"
            and self.share != "internal"
            and not any(p.startswith("file") for p in self.problems)
        )


def _label(key: str, item: EvidenceItem, facts: Facts, stage: Stage) -> str:
    consultant = facts.soc2.readiness.consultant
    firm = facts.soc2.auditor.firm or "the CPA firm"
    kind = QUESTIONNAIRE_NAMES.get(item.kind or "custom", "security questionnaire")
    return {
        "readiness_summary": (
            f"a readiness assessment by {consultant}"
            if consultant
            else "an in-house readiness assessment"
        )
        + ": a consultant's view of readiness, not an audit opinion",
        "engagement_letter": f"the signed engagement letter with {firm}: proof the examination is scheduled, not its result",
        "policies": "our security policy set: what we require, not evidence that it operated",
        "questionnaire": f"a completed {kind}, answered during {stage.value.replace('_', ' ')}; open items are marked as in remediation",
        "pentest_summary": "a penetration-test executive summary: independent technical testing, not a SOC 2 opinion",
        "security_call": "a call with our security lead: candid answers, not a written representation",
    }[key]


def _stale(
    key: str, item: EvidenceItem, facts: Facts, status: Status, settings: EvidenceSettings
) -> list[str]:
    if item.date is None or item.status != "available":
        return []
    today, problems = status.today, []
    limits = {
        "pentest_summary": settings.pentest_max_months,
        "policies": settings.policies_max_months,
        "questionnaire": settings.questionnaire_max_months,
    }
    if key in limits and add_months(item.date, limits[key]) < today:
        problems.append(f"stale: dated {long_date(item.date)}, older than {limits[key]} months")
    closed = facts.soc2.readiness.remediation_closed
    if key == "readiness_summary" and closed and item.date < closed:
        problems.append(
            f"stale: dated before remediation closed ({long_date(closed)}); it describes gaps since fixed"
        )
    if key == "questionnaire":
        began = _stage_began(facts, status)
        if began and item.date < began:
            problems.append(
                f"stale: answered before the current stage began ({long_date(began)}); its SOC 2 answers are behind"
            )
    signed = facts.soc2.auditor.engagement_letter_signed
    if key == "engagement_letter" and (signed is None or signed != item.date):
        problems.append(
            "mislabelled: its date does not match soc2.auditor.engagement_letter_signed"
        )
    return problems


def _stage_began(facts: Facts, status: Status) -> dt.date | None:
    """The day the current headline stage began, when the facts say."""
    for exam in facts.soc2.examinations:
        if exam.type != facts.soc2.target:
            continue
        if (
            status.stage is Stage.REVIEW_PERIOD
            and exam.period_start
            and exam.period_start <= status.today <= (exam.period_end or status.today)
        ):
            return exam.period_start
        if (
            status.stage is Stage.FIELDWORK
            and exam.covers_through
            and exam.covers_through < status.today
            and not exam.report_issued
        ):
            return exam.covers_through
        if (
            status.stage is Stage.REPORT_ISSUED
            and exam.report_issued
            and exam.report_issued <= status.today
        ):
            return exam.report_issued
    return None


def evidence_stack(
    facts: Facts, status: Status, base: Path, settings: EvidenceSettings | None = None
) -> list[StackItem]:
    """Every item of the stack, with its freshness, sharing level and label."""
    settings = settings or EvidenceSettings()
    items = []
    for key, title in TITLES.items():
        item = getattr(facts.evidence, key) or EvidenceItem()
        problems = _stale(key, item, facts, status, settings)
        path = (base / item.file) if item.file else None
        if item.status == "available" and key != "security_call":
            if path is None:
                problems.insert(0, "file not named: add evidence." + key + ".file")
            elif not path.is_file():
                problems.insert(0, f"file missing: {item.file}")
        if item.date and item.date > status.today:
            problems.append("dated after today")
        age = (status.today - item.date).days if item.date else None
        then = (
            derive_status(facts, item.date).stage
            if item.date and item.date <= status.today
            else status.stage
        )
        items.append(
            StackItem(
                key,
                title,
                item.status,
                item.share,
                _label(key, item, facts, then),
                item.date,
                age,
                path,
                tuple(problems),
            )
        )
    return items


_NEXT_ORDER = {
    Stage.NOT_STARTED: [
        "policies",
        "security_call",
        "questionnaire",
        "readiness_summary",
        "pentest_summary",
        "engagement_letter",
    ],
    Stage.READINESS: [
        "engagement_letter",
        "readiness_summary",
        "policies",
        "questionnaire",
        "pentest_summary",
        "security_call",
    ],
    Stage.REVIEW_PERIOD: [
        "engagement_letter",
        "questionnaire",
        "pentest_summary",
        "readiness_summary",
        "policies",
        "security_call",
    ],
    Stage.FIELDWORK: [
        "questionnaire",
        "pentest_summary",
        "policies",
        "engagement_letter",
        "security_call",
        "readiness_summary",
    ],
    Stage.REPORT_ISSUED: ["questionnaire", "pentest_summary", "policies", "security_call"],
}


def next_items(items: list[StackItem], status: Status, facts: Facts) -> list[str]:
    """What to produce next, in the order that helps a reviewer most at this stage."""
    by_key = {item.key: item for item in items}
    steps = []
    for key in _NEXT_ORDER[status.stage]:
        item = by_key[key]
        stale = [p for p in item.problems if p.startswith(("stale", "file", "mislabelled"))]
        if key == "engagement_letter" and facts.soc2.auditor.engagement_letter_signed is None:
            steps.append(
                "sign the engagement letter with a licensed CPA firm: the single strongest proof the examination is real"
            )
        elif item.status != "available":
            steps.append(f"produce the {_lower_first(item.title)}")
        elif stale:
            steps.append(f"refresh the {_lower_first(item.title)}: {stale[0]}")
    return steps


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
