"""The stage of one examination at every boundary: the day before, the day of, the day after."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustladder.facts import Examination
from trustladder.status import Stage, examination_stage

D = dt.date.fromisoformat

TYPE1 = Examination(
    type="type1",
    as_of=D("2026-04-01"),
    fieldwork_started=D("2026-04-06"),
    report_issued=D("2026-05-15"),
    opinion="unqualified",
)
TYPE2 = Examination(
    type="type2",
    period_start=D("2026-04-01"),
    period_end=D("2026-09-30"),
    fieldwork_started=D("2026-10-12"),
    report_issued=D("2026-11-20"),
    opinion="unqualified",
)
TYPE2_NOT_ISSUED = Examination(
    type="type2", period_start=D("2026-04-01"), period_end=D("2026-09-30")
)


@pytest.mark.parametrize(
    ("exam", "today", "expected"),
    [
        # Type 1: readiness through the as-of date, fieldwork after it, issued on signing.
        (TYPE1, "2026-03-31", Stage.READINESS),
        (TYPE1, "2026-04-01", Stage.READINESS),
        (TYPE1, "2026-04-02", Stage.FIELDWORK),
        (TYPE1, "2026-05-14", Stage.FIELDWORK),
        (TYPE1, "2026-05-15", Stage.REPORT_ISSUED),
        (TYPE1, "2026-05-16", Stage.REPORT_ISSUED),
        # Type 2: the review period includes its first and last days.
        (TYPE2, "2026-03-31", Stage.READINESS),
        (TYPE2, "2026-04-01", Stage.REVIEW_PERIOD),
        (TYPE2, "2026-04-02", Stage.REVIEW_PERIOD),
        (TYPE2, "2026-09-29", Stage.REVIEW_PERIOD),
        (TYPE2, "2026-09-30", Stage.REVIEW_PERIOD),
        (TYPE2, "2026-10-01", Stage.FIELDWORK),
        (TYPE2, "2026-11-19", Stage.FIELDWORK),
        (TYPE2, "2026-11-20", Stage.REPORT_ISSUED),
        (TYPE2, "2026-11-21", Stage.REPORT_ISSUED),
        # With no report recorded, fieldwork lasts until one is.
        (TYPE2_NOT_ISSUED, "2027-06-30", Stage.FIELDWORK),
    ],
)
def test_examination_stage_at_each_boundary(exam: Examination, today: str, expected: Stage) -> None:
    assert examination_stage(exam, D(today)) is expected


def test_rungs_are_the_contract_numbers() -> None:
    assert [(s.value, s.rung) for s in Stage] == [
        ("not_started", 0),
        ("readiness", 1),
        ("review_period", 2),
        ("fieldwork", 3),
        ("report_issued", 4),
    ]


@st.composite
def examinations(draw: st.DrawFn) -> Examination:
    start = draw(st.dates(min_value=D("2020-01-01"), max_value=D("2030-12-31")))
    if draw(st.booleans()):
        issued = draw(st.none() | st.dates(min_value=D("2019-01-01"), max_value=D("2032-12-31")))
        return Examination(type="type1", as_of=start, report_issued=issued)
    end = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=500)))
    issued = draw(st.none() | st.dates(min_value=D("2019-01-01"), max_value=D("2032-12-31")))
    return Examination(type="type2", period_start=start, period_end=end, report_issued=issued)


@given(exam=examinations(), first=st.dates(), step=st.integers(min_value=0, max_value=4000))
def test_an_examinations_stage_never_goes_back_as_days_pass(
    exam: Examination, first: dt.date, step: int
) -> None:
    later = min(first + dt.timedelta(days=step), dt.date.max)
    assert examination_stage(exam, first).rung <= examination_stage(exam, later).rung
