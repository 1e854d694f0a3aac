"""The one sentence on the ladder that may honestly be said on the day asked about."""

from __future__ import annotations

from trustladder.dates import long_date, month_year, period_text
from trustladder.facts.model import Facts
from trustladder.status.derive import latest_report
from trustladder.status.model import ExaminationStatus, HeldReport, Stage, Status

_TYPE_NAME = {"type1": "Type 1", "type2": "Type 2"}


def report_scope(report: HeldReport | ExaminationStatus) -> str:
    """``for the period April 1 – September 30, 2026`` or ``as of April 1, 2026``."""
    if report.type == "type1":
        assert report.as_of is not None
        return f"as of {long_date(report.as_of)}"
    assert report.period_start is not None and report.period_end is not None
    return f"for the period {period_text(report.period_start, report.period_end)}"


def _opinion_clause(report: HeldReport) -> str:
    if report.opinion == "qualified":
        return " The auditor's opinion is qualified; we share the exceptions and our remediation plan with the report."
    if report.opinion in ("adverse", "disclaimer"):
        return f" The auditor's opinion is {'an adverse opinion' if report.opinion == 'adverse' else 'a disclaimer'}; ask us for the remediation plan."
    if report.exceptions:
        noun = "exception" if report.exceptions == 1 else "exceptions"
        return f" The opinion is unqualified and the report lists {report.exceptions} {noun}, with our remediation plan."
    return ""


def _held(report: HeldReport) -> str:
    firm = f", issued by {report.firm}," if report.firm else ""
    return f"We hold a SOC 2 {_TYPE_NAME[report.type]} report {report_scope(report)}{firm} available under NDA."


def _firm(facts: Facts) -> str:
    firm = facts.soc2.auditor.firm
    return f"{firm}, an independent licensed CPA firm" if firm else "an independent CPA firm"


def _first(status: Status, stage: Stage) -> ExaminationStatus:
    return next(e for e in status.examinations if e.type == status.target and e.stage is stage)


def _interim(status: Status) -> str:
    """A current report of another type held meanwhile (a Type 1 while the Type 2 runs)."""
    others = [r for r in status.reports_held if r.current and r.type != status.target]
    return _held(others[-1]) + " " if others else ""


def _aged(status: Status) -> str:
    """The latest report, when it has aged past currency."""
    latest = latest_report(status.reports_held)
    if latest is None or latest.current:
        return ""
    text = f"Our latest SOC 2 {_TYPE_NAME[latest.type]} report is {report_scope(latest)}. "
    bridge = status.bridge_letter
    if bridge is not None:
        text += (
            f"A bridge letter from our management (a representation, not assurance) speaks for "
            f"the time since, through {long_date(bridge.covers_through)}. "
        )
    return text


def honest_sentence(facts: Facts, status: Status) -> str:
    """What may be said today, on the ladder, with the facts filled in."""
    target = _TYPE_NAME[status.target]
    if status.stage is Stage.NOT_STARTED:
        return "We do not hold a SOC 2 report and have not begun an examination."
    if status.stage is Stage.READINESS:
        consultant = facts.soc2.readiness.consultant
        with_whom = f" with {consultant}" if consultant else ", working in-house"
        return (
            _interim(status)
            + _aged(status)
            + f"We are in SOC 2 readiness{with_whom}, targeting a {target} examination."
        )
    if status.stage is Stage.REVIEW_PERIOD:
        exam = _first(status, Stage.REVIEW_PERIOD)
        assert exam.period_start is not None and exam.period_end is not None
        return (
            _interim(status)
            + _aged(status)
            + f"Our SOC 2 Type 2 review period began in {month_year(exam.period_start)}; the report "
            f"is expected after the period closes in {month_year(exam.period_end)}."
        )
    if status.stage is Stage.FIELDWORK:
        exam = _first(status, Stage.FIELDWORK)
        return (
            _interim(status)
            + _aged(status)
            + f"The SOC 2 {target} examination {report_scope(exam)} is underway with {_firm(facts)}."
        )
    report = max(
        (r for r in status.reports_held if r.type == status.target and r.current),
        key=lambda r: r.covers_through,
    )
    return _held(report) + _opinion_clause(report)
