"""The headline stage with several examinations at once, per the status contract."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import NOTHING_RECORDED, facts_from
from trustladder.status import Stage, derive_status

D = dt.date.fromisoformat
TYPE1_HELD = {
    "type": "type1",
    "as_of": "2026-04-01",
    "fieldwork_started": "2026-04-06",
    "report_issued": "2026-05-15",
    "opinion": "unqualified",
    "exceptions": 0,
}
TYPE2_RUNNING = {"type": "type2", "period_start": "2026-04-01", "period_end": "2026-09-30"}
LAST_YEAR = {
    "type": "type2",
    "period_start": "2025-04-01",
    "period_end": "2026-03-31",
    "fieldwork_started": "2026-04-13",
    "report_issued": "2026-05-22",
    "opinion": "unqualified",
}
EARLIER = {
    "type": "type2",
    "period_start": "2024-10-01",
    "period_end": "2025-09-30",
    "fieldwork_started": "2025-10-13",
    "report_issued": "2025-11-21",
    "opinion": "unqualified",
}
NEXT_YEAR = {"type": "type2", "period_start": "2026-04-01", "period_end": "2027-03-31"}
AFTER_EARLIER = {"type": "type2", "period_start": "2025-10-01", "period_end": "2026-09-30"}
EARLY_READINESS = {
    "started": "2024-11-04",
    "gap_assessment_completed": "2024-12-13",
    "remediation_closed": "2025-03-28",
}


def _stage(soc2: dict[str, Any], today: str) -> Stage:
    status = derive_status(facts_from({"soc2": soc2}), D(today))
    assert status.errors == ()
    return status.stage


@pytest.mark.parametrize(
    ("soc2", "today", "expected"),
    [
        pytest.param(
            NOTHING_RECORDED,
            "2026-11-26",
            Stage.NOT_STARTED,
            id="nothing recorded",
        ),
        pytest.param(
            {
                "auditor": {"engagement_letter_signed": None},
                "examinations": [],
                "readiness": {"remediation_closed": None},
            },
            "2026-11-26",
            Stage.READINESS,
            id="readiness only",
        ),
        pytest.param(
            {"examinations": [TYPE1_HELD, TYPE2_RUNNING]},
            "2026-06-10",
            Stage.REVIEW_PERIOD,
            id="type 1 held while the type 2 period runs",
        ),
        pytest.param(
            {"examinations": [TYPE1_HELD, TYPE2_RUNNING]},
            "2026-10-20",
            Stage.FIELDWORK,
            id="type 1 held, type 2 in fieldwork",
        ),
        pytest.param(
            {"target": "type1", "examinations": [TYPE1_HELD]},
            "2026-06-10",
            Stage.REPORT_ISSUED,
            id="type 1 target with type 1 held",
        ),
        pytest.param(
            {
                "readiness": EARLY_READINESS,
                "auditor": {"engagement_letter_signed": "2025-03-16"},
                "examinations": [LAST_YEAR, NEXT_YEAR],
            },
            "2026-11-26",
            Stage.REPORT_ISSUED,
            id="last year's type 2 current while this year's runs",
        ),
    ],
)
def test_headline_stage(soc2: dict[str, Any], today: str, expected: Stage) -> None:
    assert _stage(soc2, today) is expected


def test_an_aged_report_gives_way_to_the_examination_under_way() -> None:
    facts = facts_from(
        {
            "soc2": {
                "readiness": EARLY_READINESS,
                "auditor": {"engagement_letter_signed": "2024-09-02"},
                "examinations": [EARLIER, AFTER_EARLIER],
            }
        }
    )
    status = derive_status(facts, D("2026-11-26"))
    assert status.stage is Stage.FIELDWORK
    assert [(r.type, r.current) for r in status.reports_held] == [("type2", False)]


def test_a_report_not_yet_signed_on_the_day_asked_is_not_held() -> None:
    facts = facts_from(
        {
            "soc2": {
                "examinations": [
                    {
                        **TYPE2_RUNNING,
                        "fieldwork_started": "2026-10-12",
                        "report_issued": "2026-11-20",
                        "opinion": "unqualified",
                    }
                ]
            }
        }
    )
    assert derive_status(facts, D("2026-11-19")).reports_held == ()
    assert derive_status(facts, D("2026-11-20")).stage is Stage.REPORT_ISSUED
