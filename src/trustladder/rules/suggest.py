"""Honest replacements, written from the facts where the checker has them."""

from __future__ import annotations

from trustladder.rules.model import Context

_TYPE = {"type1": "Type 1", "type2": "Type 2"}
NO_FACTS = (
    "say what is true today, for example “We do not hold a SOC 2 report and have not begun an "
    "examination.” (no facts file was given, so the stage is unknown)"
)


def ladder(context: Context) -> str:
    """The sentence the ladder allows today."""
    return context.sentence or NO_FACTS


def held(context: Context) -> str:
    """Name the report, its type and its period; else the ladder sentence."""
    if not context.reports:
        return ladder(context)
    from trustladder.status.derive import latest_report
    from trustladder.status.sentence import report_scope

    report = latest_report(context.reports)
    if report is None:
        return ladder(context)
    return (
        f"We hold a SOC 2 {_TYPE[report.type]} report {report_scope(report)}, available under NDA."
    )


def expected_after(context: Context) -> str:
    """The report is expected after the period closes, never on a day."""
    status = context.status
    if status is not None:
        from trustladder.dates import month_year
        from trustladder.status.model import Stage

        for exam in status.examinations:
            if (
                exam.type == "type2"
                and exam.stage in (Stage.REVIEW_PERIOD, Stage.READINESS)
                and exam.period_end
            ):
                return f"The report is expected after the review period closes in {month_year(exam.period_end)}."
            if exam.stage is Stage.FIELDWORK:
                return "Fieldwork is underway with an independent CPA firm; we will share the report once it is issued."
    return (
        "Say the report is expected after the review period closes in [month]; never promise a day."
    )
