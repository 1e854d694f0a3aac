"""The sequence behind the answer: readiness, a Type 1 where there is one, and the three
sequential parts of a Type 2 (review period, fieldwork, drafting and signing), each done, under
way or expected. Future parts are windows from typical durations, never a day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from trustladder.config import TimelineSettings
from trustladder.dates import ONE_DAY, long_date, month_year, period_text
from trustladder.facts.model import Examination, Facts
from trustladder.status.model import Status

State = Literal["done", "under_way", "expected"]
WEEK = dt.timedelta(weeks=1)


@dataclass(frozen=True)
class Phase:
    """One part of the journey."""

    name: str
    """What it is."""
    state: State
    """done, under_way or expected."""
    start: dt.date
    """When it began (or, for an expected part, the earliest it can)."""
    end: dt.date | None
    """When it ended, or its known planned end (a review period's last day); None if unknown."""
    window: tuple[dt.date, dt.date] | None
    """For an end not yet reached and not fixed: the typical window in which it falls."""
    detail: str
    """One line for people."""


def _state(start: dt.date, end: dt.date | None, today: dt.date) -> State:
    if end is not None and end < today:
        return "done"
    return "under_way" if start <= today else "expected"


def _window(after: dt.date, weeks: tuple[int, int]) -> tuple[dt.date, dt.date]:
    return after + weeks[0] * WEEK, after + weeks[1] * WEEK


def _cycle(facts: Facts, today: dt.date) -> Examination | None:
    """The examination of the target type this timeline is about: the one not yet issued."""
    target = [e for e in facts.soc2.examinations if e.type == facts.soc2.target]
    open_ = [e for e in target if e.report_issued is None or e.report_issued > today]
    return open_[0] if open_ else (target[-1] if target else None)


def _readiness(facts: Facts, today: dt.date, weeks: TimelineSettings) -> list[Phase]:
    readiness = facts.soc2.readiness
    if readiness.started is None or readiness.started > today:
        return []
    phases = []
    gap_end = readiness.gap_assessment_completed
    window = None if gap_end else _window(readiness.started, weeks.readiness_weeks)
    detail = (
        f"{long_date(readiness.started)} – {long_date(gap_end)}"
        if gap_end
        else f"began {long_date(readiness.started)}; typically {weeks.readiness_weeks[0]}–{weeks.readiness_weeks[1]} weeks"
    )
    phases.append(
        Phase(
            "Readiness and gap assessment",
            _state(readiness.started, gap_end, today),
            readiness.started,
            gap_end,
            window,
            detail,
        )
    )
    remediation_start = gap_end or (window[1] if window else today)
    closed = readiness.remediation_closed
    window = None if closed else _window(remediation_start, weeks.remediation_weeks)
    detail = (
        f"closed {long_date(closed)}"
        if closed
        else f"typically {weeks.remediation_weeks[0]}–{weeks.remediation_weeks[1]} weeks; open items marked as in remediation"
    )
    phases.append(
        Phase(
            "Remediation",
            _state(remediation_start, closed, today),
            remediation_start,
            closed,
            window,
            detail,
        )
    )
    return phases


def _type1(exam: Examination, today: dt.date, weeks: TimelineSettings) -> Phase:
    assert exam.as_of is not None
    issued = exam.report_issued if exam.report_issued and exam.report_issued <= today else None
    window = None if issued else _window(exam.as_of, weeks.type1_weeks)
    detail = (
        f"design as of {long_date(exam.as_of)}; report issued {long_date(issued)}"
        if issued
        else f"design as of {long_date(exam.as_of)}; report expected after that date, typically "
        f"{weeks.type1_weeks[0]}–{weeks.type1_weeks[1]} weeks later"
    )
    return Phase(
        "Type 1 examination", _state(exam.as_of, issued, today), exam.as_of, issued, window, detail
    )


def _type2(exam: Examination, today: dt.date, weeks: TimelineSettings) -> list[Phase]:
    assert exam.period_start is not None and exam.period_end is not None
    start, end = exam.period_start, exam.period_end
    issued = exam.report_issued if exam.report_issued and exam.report_issued <= today else None
    fieldwork_start = (
        exam.fieldwork_started
        if exam.fieldwork_started and exam.fieldwork_started <= today
        else end + ONE_DAY
    )
    fieldwork_window = None if issued else _window(end, weeks.fieldwork_weeks)
    fieldwork_end = issued - weeks.signing_weeks[0] * WEEK if issued else None
    both = (
        weeks.fieldwork_weeks[0] + weeks.signing_weeks[0],
        weeks.fieldwork_weeks[1] + weeks.signing_weeks[1],
    )
    report_window = None if issued else _window(end, both)
    return [
        Phase(
            "Review period", _state(start, end, today), start, end, None, period_text(start, end)
        ),
        Phase(
            "Fieldwork",
            "done" if issued else _state(fieldwork_start, None, today),
            fieldwork_start,
            fieldwork_end,
            fieldwork_window,
            "complete"
            if issued
            else f"follows the period's close; typically {weeks.fieldwork_weeks[0]}–{weeks.fieldwork_weeks[1]} weeks",
        ),
        Phase(
            "Drafting and signing",
            "done" if issued else "expected",
            fieldwork_window[0] if fieldwork_window else fieldwork_end or end,
            issued,
            report_window,
            f"report issued {long_date(issued)}"
            if issued
            else f"the CPA firm's review and signature; typically {weeks.signing_weeks[0]}–{weeks.signing_weeks[1]} weeks",
        ),
    ]


def timeline(facts: Facts, status: Status, weeks: TimelineSettings | None = None) -> list[Phase]:
    """The phases of the current cycle, oldest first."""
    weeks = weeks or TimelineSettings()
    today = status.today
    exam = _cycle(facts, today)
    first_cycle = exam is None or not any(
        e.type == facts.soc2.target
        and e.report_issued
        and e.report_issued <= today
        and e is not exam
        for e in facts.soc2.examinations
    )
    phases = _readiness(facts, today, weeks) if first_cycle else []
    for other in facts.soc2.examinations:
        if other.type == "type1" and other is not exam and (exam is None or exam.type == "type2"):
            phases.append(_type1(other, today, weeks))
    if exam is not None:
        phases += (
            [_type1(exam, today, weeks)] if exam.type == "type1" else _type2(exam, today, weeks)
        )
    return phases


def expectation(phases: list[Phase]) -> str:
    """The one honest sentence about when the report comes, or that it has."""
    last = phases[-1] if phases else None
    if last is None or last.name not in ("Drafting and signing", "Type 1 examination"):
        return "No examination is scheduled yet, so no report can be estimated; the review period comes first."
    if last.window is None:
        return f"The report was issued on {long_date(last.end)}." if last.end else ""
    low, high = last.window
    if last.name == "Type 1 examination":
        return f"The Type 1 report is expected after {month_year(last.start)}, typically between {month_year(low)} and {month_year(high)}."
    closes = last.start - ONE_DAY if last.name == "Drafting and signing" else last.start
    review = next((p for p in phases if p.name == "Review period"), None)
    closes = review.end if review and review.end else closes
    return (
        f"The report is expected after the review period closes in {month_year(closes)}: typically between "
        f"{month_year(low)} and {month_year(high)}. Those months are a typical window, not a promise; fieldwork "
        "and signing belong to the CPA firm."
    )


_STATE_TEXT = {"done": "done", "under_way": "under way", "expected": "expected"}


def timeline_text(facts: Facts, status: Status, phases: list[Phase]) -> str:
    """The timeline for people."""
    lines = [f"{facts.organization.name}: SOC 2 timeline as of {long_date(status.today)}."]
    width = max((len(p.name) for p in phases), default=0)
    lines += [f"  {_STATE_TEXT[p.state]:<10} {p.name:<{width}}  {p.detail}." for p in phases]
    lines.append(expectation(phases))
    return "\n".join(lines) + "\n"
