"""Consistency rules about the order and timing of dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

from trustladder.config import StatusSettings
from trustladder.dates import ONE_DAY, add_months
from trustladder.facts.model import Examination, Facts
from trustladder.status.consistency import exam_field, rule

Found = Iterator[tuple[str, str]]


def _type2s(facts: Facts) -> list[tuple[int, Examination]]:
    return sorted(
        ((i, e) for i, e in enumerate(facts.soc2.examinations) if e.type == "type2"),
        key=lambda pair: pair[1].period_start or dt.date.min,
    )


def _done_dates(facts: Facts) -> Iterator[tuple[str, dt.date | None]]:
    program = facts.soc2
    yield "soc2.readiness.started", program.readiness.started
    yield "soc2.readiness.gap_assessment_completed", program.readiness.gap_assessment_completed
    yield "soc2.readiness.remediation_closed", program.readiness.remediation_closed
    yield "soc2.auditor.engagement_letter_signed", program.auditor.engagement_letter_signed
    for index, exam in enumerate(program.examinations):
        yield exam_field(index, "fieldwork_started"), exam.fieldwork_started
        yield exam_field(index, "report_issued"), exam.report_issued
    if program.bridge_letter is not None:
        yield "soc2.bridge_letter.issued", program.bridge_letter.issued
    for name in facts.evidence.__dataclass_fields__:
        item = getattr(facts.evidence, name)
        if item is not None:
            yield f"evidence.{name}.date", item.date


@rule("future-date-recorded-as-done", "error", "An event dated after today is recorded as done.")
def future_dates(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for field, day in _done_dates(facts):
        if day is not None and day > today:
            yield (
                field,
                (
                    f"{day} is after today ({today}); record an event once it has happened "
                    "(a report that will exist is not held)"
                ),
            )


@rule(
    "report-before-period-end",
    "error",
    "A report is dated before its period ends or its as-of date.",
)
def report_before_coverage(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in enumerate(facts.soc2.examinations):
        issued, end = exam.report_issued, exam.covers_through
        if issued is None or end is None:
            continue
        if exam.type == "type2" and issued <= end:
            yield (
                exam_field(index, "report_issued"),
                (
                    f"{issued} is not after the review period ends ({end}); a Type 2 opinion is "
                    "signed only after the period has closed and been tested"
                ),
            )
        if exam.type == "type1" and issued < end:
            yield (
                exam_field(index, "report_issued"),
                (
                    f"{issued} is before the as-of date ({end}); a Type 1 report speaks for the "
                    "as-of date, so it cannot be signed before it"
                ),
            )


@rule("fieldwork-before-period-end", "error", "Fieldwork is dated before the period closed.")
def fieldwork_before_end(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in enumerate(facts.soc2.examinations):
        started, end = exam.fieldwork_started, exam.covers_through
        if started is None or end is None:
            continue
        if exam.type == "type2" and started <= end:
            yield (
                exam_field(index, "fieldwork_started"),
                (
                    f"{started} is not after the review period ends ({end}); fieldwork starts "
                    "only after the period closes"
                ),
            )
        if exam.type == "type1" and started < end:
            yield (
                exam_field(index, "fieldwork_started"),
                (
                    f"{started} is before the as-of date ({end}); the design is tested as of that date"
                ),
            )


@rule("report-before-fieldwork", "error", "A report is dated before its fieldwork began.")
def report_before_fieldwork(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in enumerate(facts.soc2.examinations):
        if (
            exam.report_issued
            and exam.fieldwork_started
            and exam.report_issued < exam.fieldwork_started
        ):
            yield (
                exam_field(index, "report_issued"),
                (f"{exam.report_issued} is before fieldwork started ({exam.fieldwork_started})"),
            )


@rule("period-end-before-start", "error", "A review period ends before it starts.")
def period_reversed(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in _type2s(facts):
        if exam.period_start and exam.period_end and exam.period_end < exam.period_start:
            yield (
                exam_field(index, "period_end"),
                (f"{exam.period_end} is before period_start ({exam.period_start})"),
            )


@rule("short-review-period", "warning", "A Type 2 review period is shorter than firms accept.")
def short_period(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    months = settings.min_review_period_months
    for index, exam in _type2s(facts):
        if not (exam.period_start and exam.period_end) or exam.period_end < exam.period_start:
            continue
        if exam.period_end + ONE_DAY < add_months(exam.period_start, months):
            days = (exam.period_end - exam.period_start).days + 1
            yield (
                exam_field(index, "period_end"),
                (
                    f"the review period is {days} days; {months} months is usually the shortest a "
                    "CPA firm accepts, and a short period gives buyers little to rely on"
                ),
            )


@rule("long-review-period", "warning", "A Type 2 review period is longer than usual.")
def long_period(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    months = settings.max_review_period_months
    for index, exam in _type2s(facts):
        if (
            exam.period_start
            and exam.period_end
            and exam.period_end >= add_months(exam.period_start, months)
        ):
            yield (
                exam_field(index, "period_end"),
                (
                    f"the review period runs past {months} months; periods are normally at most "
                    "a year, back to back"
                ),
            )


@rule("gap-between-periods", "warning", "Consecutive Type 2 periods leave days uncovered.")
def period_gaps(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    periods = _type2s(facts)
    for (_, before), (index, after) in pairwise(periods):
        if (
            before.period_end
            and after.period_start
            and after.period_start > before.period_end + ONE_DAY
        ):
            gap = (after.period_start - before.period_end).days - 1
            yield (
                exam_field(index, "period_start"),
                (
                    f"{gap} days between the previous period's end ({before.period_end}) and this "
                    "start are covered by no report; buyers expect periods back to back"
                ),
            )


@rule("overlapping-periods", "warning", "Two Type 2 periods overlap.")
def period_overlaps(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    periods = _type2s(facts)
    for (_, before), (index, after) in pairwise(periods):
        if before.period_end and after.period_start and after.period_start <= before.period_end:
            yield (
                exam_field(index, "period_start"),
                (
                    f"{after.period_start} is inside the previous period (ending {before.period_end}); "
                    "consecutive periods start the day after the last one ends"
                ),
            )


@rule("readiness-out-of-order", "error", "Readiness dates are out of order.")
def readiness_order(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    readiness = facts.soc2.readiness
    started, gap, closed = (
        readiness.started,
        readiness.gap_assessment_completed,
        readiness.remediation_closed,
    )
    if started and gap and gap < started:
        yield (
            "soc2.readiness.gap_assessment_completed",
            (f"{gap} is before readiness started ({started})"),
        )
    if gap and closed and closed < gap:
        yield (
            "soc2.readiness.remediation_closed",
            (
                f"{closed} is before the gap assessment was completed ({gap}); remediation closes "
                "the gaps that assessment found"
            ),
        )
    if started and closed and closed < started and not gap:
        yield (
            "soc2.readiness.remediation_closed",
            f"{closed} is before readiness started ({started})",
        )


@rule(
    "auditor-work-before-engagement",
    "error",
    "Fieldwork or a report predates the engagement letter.",
)
def before_engagement(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    signed = facts.soc2.auditor.engagement_letter_signed
    if signed is None:
        return
    for index, exam in enumerate(facts.soc2.examinations):
        for name in ("fieldwork_started", "report_issued"):
            day = getattr(exam, name)
            if day is not None and day < signed:
                yield (
                    exam_field(index, name),
                    (
                        f"{day} is before the engagement letter was signed ({signed}); a CPA firm "
                        "tests and reports only under a signed engagement"
                    ),
                )
