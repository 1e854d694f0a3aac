"""Derive the stage of each examination and the headline stage, as pure functions of the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from trustladder.config import StatusSettings
from trustladder.dates import ONE_DAY, add_months
from trustladder.facts.model import Examination, Facts, ReportType
from trustladder.status.model import (
    BridgeCoverage,
    ExaminationStatus,
    HeldReport,
    Stage,
    Status,
)

_UNDER_WAY = (Stage.REVIEW_PERIOD, Stage.FIELDWORK)


def examination_stage(exam: Examination, today: dt.date) -> Stage:
    """The stage of one examination on ``today``.

    A Type 1 is in readiness through its as-of date and in fieldwork after it; a Type 2 is in
    readiness before its period, in its review period from start to end (both days included),
    and in fieldwork after the end. Either is issued from the day the report is signed.
    """
    if exam.report_issued is not None and exam.report_issued <= today:
        return Stage.REPORT_ISSUED
    if exam.type == "type1":
        assert exam.as_of is not None  # guaranteed by validation
        return Stage.FIELDWORK if today > exam.as_of else Stage.READINESS
    assert exam.period_start is not None and exam.period_end is not None
    if today < exam.period_start:
        return Stage.READINESS
    return Stage.REVIEW_PERIOD if today <= exam.period_end else Stage.FIELDWORK


def examination_statuses(facts: Facts, today: dt.date) -> tuple[ExaminationStatus, ...]:
    """Each examination with its stage on ``today``."""
    result = []
    for index, exam in enumerate(facts.soc2.examinations):
        stage = examination_stage(exam, today)
        issued = exam.report_issued if stage is Stage.REPORT_ISSUED else None
        result.append(
            ExaminationStatus(
                index=index,
                type=exam.type,
                stage=stage,
                as_of=exam.as_of,
                period_start=exam.period_start,
                period_end=exam.period_end,
                fieldwork_started=exam.fieldwork_started,
                report_issued=issued,
            )
        )
    return tuple(result)


def held_reports(facts: Facts, today: dt.date, settings: StatusSettings) -> tuple[HeldReport, ...]:
    """Every report issued by ``today``, with its age and currency."""
    reports = []
    for index, exam in enumerate(facts.soc2.examinations):
        if examination_stage(exam, today) is not Stage.REPORT_ISSUED:
            continue
        assert exam.report_issued is not None and exam.covers_through is not None
        current_until = add_months(exam.covers_through, settings.report_current_months)
        reports.append(
            HeldReport(
                index=index,
                type=exam.type,
                issued=exam.report_issued,
                opinion=exam.opinion,
                exceptions=exam.exceptions,
                as_of=exam.as_of,
                period_start=exam.period_start,
                period_end=exam.period_end,
                covers_through=exam.covers_through,
                current_until=current_until,
                current=today <= current_until,
                age_days=(today - exam.report_issued).days,
                firm=exam.firm or facts.soc2.auditor.firm,
            )
        )
    return tuple(reports)


def latest_report(reports: tuple[HeldReport, ...]) -> HeldReport | None:
    """The report that speaks for the most recent day, a Type 2 winning a tie."""
    if not reports:
        return None
    return max(reports, key=lambda r: (r.covers_through, r.type == "type2", r.issued))


def bridge_coverage(
    facts: Facts, reports: tuple[HeldReport, ...], settings: StatusSettings
) -> BridgeCoverage | None:
    """What the bridge letter covers past the latest report, if there is both."""
    letter = facts.soc2.bridge_letter
    latest = latest_report(reports)
    if letter is None or latest is None:
        return None
    limit = add_months(latest.covers_through, settings.bridge_letter_max_months)
    return BridgeCoverage(
        issued=letter.issued,
        covers_from=latest.covers_through + ONE_DAY,
        covers_through=letter.covers_through,
        days=(letter.covers_through - latest.covers_through).days,
        stretched=letter.covers_through > limit,
    )


def readiness_recorded(facts: Facts, today: dt.date) -> bool:
    """True once any readiness work, engagement or examination is on record."""
    program = facts.soc2
    dates = (
        program.readiness.started,
        program.readiness.gap_assessment_completed,
        program.readiness.remediation_closed,
        program.auditor.engagement_letter_signed,
    )
    return any(day is not None and day <= today for day in dates) or bool(program.examinations)


def headline_stage(
    target: ReportType,
    examinations: tuple[ExaminationStatus, ...],
    reports: tuple[HeldReport, ...],
    readiness: bool,
) -> Stage:
    """The headline: a current report of the target type; else the most advanced examination
    of the target type under way; else readiness or not started."""
    if any(report.type == target and report.current for report in reports):
        return Stage.REPORT_ISSUED
    under_way = [e.stage for e in examinations if e.type == target and e.stage in _UNDER_WAY]
    if under_way:
        return max(under_way, key=lambda stage: stage.rung)
    return Stage.READINESS if readiness else Stage.NOT_STARTED


def derive_status(facts: Facts, today: dt.date, settings: StatusSettings | None = None) -> Status:
    """Everything that may honestly be said about ``facts`` on ``today``."""
    from trustladder.status.advice import next_steps
    from trustladder.status.consistency import find_problems

    settings = settings or StatusSettings()
    examinations = examination_statuses(facts, today)
    reports = held_reports(facts, today, settings)
    stage = headline_stage(
        facts.soc2.target, examinations, reports, readiness_recorded(facts, today)
    )
    partial = Status(
        today=today,
        organization=facts.organization.name,
        target=facts.soc2.target,
        stage=stage,
        examinations=examinations,
        reports_held=reports,
        bridge_letter=bridge_coverage(facts, reports, settings),
        next_steps=(),
        problems=tuple(find_problems(facts, today, settings)),
    )
    return replace(partial, next_steps=next_steps(facts, partial, settings))
