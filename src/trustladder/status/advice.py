"""What makes the next rung true: the concrete facts or dates still missing."""

from __future__ import annotations

from trustladder.config import StatusSettings
from trustladder.dates import ONE_DAY
from trustladder.facts.model import Examination, Facts
from trustladder.status.derive import examination_stage, latest_report
from trustladder.status.model import Stage, Status

_TYPE_NAME = {"type1": "Type 1", "type2": "Type 2"}


def _planned(facts: Facts, status: Status) -> Examination | None:
    """The first examination of the target type that has not begun."""
    for exam in facts.soc2.examinations:
        if (
            exam.type == facts.soc2.target
            and examination_stage(exam, status.today) is Stage.READINESS
        ):
            return exam
    return None


def _in_stage(facts: Facts, status: Status, stage: Stage) -> Examination | None:
    for exam in facts.soc2.examinations:
        if exam.type == facts.soc2.target and examination_stage(exam, status.today) is stage:
            return exam
    return None


def _readiness_steps(facts: Facts, status: Status) -> list[str]:
    readiness, auditor = facts.soc2.readiness, facts.soc2.auditor
    target = _TYPE_NAME[facts.soc2.target]
    steps = []
    if readiness.gap_assessment_completed is None:
        steps.append("complete the gap assessment (soc2.readiness.gap_assessment_completed)")
    if readiness.remediation_closed is None:
        steps.append("close remediation (soc2.readiness.remediation_closed)")
    if not auditor.firm:
        steps.append("choose an independent, licensed CPA firm (soc2.auditor.firm)")
    if auditor.engagement_letter_signed is None:
        steps.append(
            "sign the engagement letter with a licensed CPA firm "
            "(soc2.auditor.engagement_letter_signed)"
        )
    planned = _planned(facts, status)
    if planned is None:
        what = "review period" if facts.soc2.target == "type2" else "as-of date"
        steps.append(f"agree the {target} {what} with the firm and record it in soc2.examinations")
    elif planned.type == "type2":
        steps.append(
            f"the review period starts {planned.period_start}; the review-period rung holds from that day"
        )
    else:
        steps.append(f"the Type 1 as-of date is {planned.as_of}; fieldwork follows it")
    return steps


def _review_steps(facts: Facts, status: Status) -> list[str]:
    exam = _in_stage(facts, status, Stage.REVIEW_PERIOD)
    steps = []
    if exam is not None:
        steps.append(f"the period ends {exam.period_end}; fieldwork follows")
    if not any(e.type == "type1" for e in facts.soc2.examinations):
        steps.append(
            "if a deal cannot wait, a Type 1 can be issued while the period runs, as an "
            "interim CPA-issued milestone"
        )
    return steps


def _fieldwork_steps(facts: Facts, status: Status) -> list[str]:
    exam = _in_stage(facts, status, Stage.FIELDWORK)
    steps = []
    if exam is not None and exam.fieldwork_started is None:
        steps.append("record fieldwork_started when the CPA firm begins testing")
    steps.append(
        "the CPA firm finishes testing, drafts and signs its opinion; record report_issued "
        "and opinion on the day it is signed"
    )
    return steps


def _issued_steps(facts: Facts, status: Status) -> list[str]:
    latest = latest_report(status.reports_held)
    if latest is None:
        return []
    later = [
        e
        for e in facts.soc2.examinations
        if e.covers_through is not None and e.covers_through > latest.covers_through
    ]
    steps = [f"the report stays current until about {latest.current_until}"]
    following = latest.covers_through + ONE_DAY
    if later:
        upcoming = min(later, key=lambda e: e.covers_through or following)
        stage = examination_stage(upcoming, status.today)
        if stage is Stage.REVIEW_PERIOD:
            steps.append(f"the next review period ends {upcoming.period_end}; fieldwork follows")
        elif stage is Stage.READINESS and upcoming.period_start is not None:
            steps.append(f"the next review period starts {upcoming.period_start}")
    elif latest.type == "type2" and following > status.today:
        steps.append(
            f"start the next review period on {following} so the next report follows with no "
            "gap, and record it in soc2.examinations"
        )
    elif latest.type == "type2":
        steps.append(
            f"record the next review period in soc2.examinations; back to back it would have "
            f"started on {following}, and any later start leaves days no report covers"
        )
    return steps


def next_steps(facts: Facts, status: Status, settings: StatusSettings) -> tuple[str, ...]:
    """The steps that make the next rung true, most urgent first."""
    steps: list[str] = []
    if status.errors:
        steps.append(
            "fix the errors in the facts file; until then nothing derived from it is reliable"
        )
    by_stage = {
        Stage.NOT_STARTED: lambda: [
            "start readiness: scope the system and criteria, run a gap assessment (with a "
            "consultant or in-house) and record soc2.readiness.started"
        ],
        Stage.READINESS: lambda: _readiness_steps(facts, status),
        Stage.REVIEW_PERIOD: lambda: _review_steps(facts, status),
        Stage.FIELDWORK: lambda: _fieldwork_steps(facts, status),
        Stage.REPORT_ISSUED: lambda: _issued_steps(facts, status),
    }
    steps.extend(by_stage[status.stage]())
    return tuple(steps)
