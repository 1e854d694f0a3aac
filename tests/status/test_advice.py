"""What makes the next rung true, stage by stage."""

from __future__ import annotations

import datetime as dt

from tests.conftest import NOTHING_RECORDED, facts_from
from trustladder.status import derive_status

D = dt.date.fromisoformat


def test_readiness_names_the_missing_facts() -> None:
    facts = facts_from(
        {
            "soc2": {
                "readiness": {"remediation_closed": None},
                "auditor": {"engagement_letter_signed": None},
                "examinations": [],
            }
        }
    )
    steps = derive_status(facts, D("2026-11-26")).next_steps
    assert steps == (
        "close remediation (soc2.readiness.remediation_closed)",
        "sign the engagement letter with a licensed CPA firm (soc2.auditor.engagement_letter_signed)",
        "agree the Type 2 review period with the firm and record it in soc2.examinations",
    )


def test_review_period_says_when_it_ends_and_that_fieldwork_follows() -> None:
    running = {"type": "type2", "period_start": "2026-04-01", "period_end": "2026-09-30"}
    steps = derive_status(
        facts_from({"soc2": {"examinations": [running]}}), D("2026-06-15")
    ).next_steps
    assert steps[0] == "the period ends 2026-09-30; fieldwork follows"
    assert "Type 1 can be issued while the period runs" in steps[1]


def test_not_started_points_at_readiness() -> None:
    facts = facts_from({"soc2": NOTHING_RECORDED})
    (step,) = derive_status(facts, D("2026-11-26")).next_steps
    assert step.startswith("start readiness")


def test_an_issued_report_with_no_next_period_asks_for_one_without_a_gap() -> None:
    facts = facts_from(
        {
            "soc2": {
                "examinations": [
                    {
                        "type": "type2",
                        "period_start": "2026-04-01",
                        "period_end": "2026-09-30",
                        "fieldwork_started": "2026-10-12",
                        "report_issued": "2026-11-20",
                        "opinion": "unqualified",
                    }
                ]
            }
        }
    )
    steps = derive_status(facts, D("2026-11-26")).next_steps
    assert steps[0] == "the report stays current until about 2027-09-30"
    assert "would have started on 2026-10-01" in steps[1]
