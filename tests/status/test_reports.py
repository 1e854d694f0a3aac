"""Reports held: age, currency and bridge-letter coverage, with configurable thresholds."""

from __future__ import annotations

import datetime as dt

from tests.conftest import facts_from
from trustladder.config import StatusSettings
from trustladder.status import derive_status

D = dt.date.fromisoformat
ISSUED = {
    "readiness": {
        "started": "2024-11-04",
        "gap_assessment_completed": "2024-12-13",
        "remediation_closed": "2025-03-28",
    },
    "auditor": {"engagement_letter_signed": "2025-03-16"},
    "examinations": [
        {
            "type": "type2",
            "period_start": "2025-04-01",
            "period_end": "2025-09-30",
            "fieldwork_started": "2025-10-13",
            "report_issued": "2025-11-21",
            "opinion": "unqualified",
            "exceptions": 0,
        }
    ],
}


def test_a_report_is_current_for_twelve_months_after_its_period_ends() -> None:
    facts = facts_from({"soc2": ISSUED})
    on_the_last_day = derive_status(facts, D("2026-09-30")).reports_held[0]
    the_day_after = derive_status(facts, D("2026-10-01")).reports_held[0]
    assert (on_the_last_day.current, on_the_last_day.current_until) == (True, D("2026-09-30"))
    assert the_day_after.current is False
    assert the_day_after.age_days == 314


def test_currency_window_is_configurable() -> None:
    facts = facts_from({"soc2": ISSUED})
    strict = StatusSettings(report_current_months=9)
    assert derive_status(facts, D("2026-07-01"), strict).reports_held[0].current is False
    assert derive_status(facts, D("2026-07-01")).reports_held[0].current is True


def test_bridge_letter_coverage_is_counted_from_the_day_after_the_period() -> None:
    facts = facts_from(
        {
            "soc2": {
                **ISSUED,
                "bridge_letter": {"issued": "2025-12-20", "covers_through": "2025-12-15"},
            }
        }
    )
    bridge = derive_status(facts, D("2026-01-10")).bridge_letter
    assert bridge is not None
    assert (bridge.covers_from, bridge.days, bridge.stretched) == (D("2025-10-01"), 76, False)
    assert bridge.label == "management's letter, not assurance"


def test_a_bridge_letter_past_three_months_is_flagged_and_the_limit_is_configurable() -> None:
    facts = facts_from(
        {
            "soc2": {
                **ISSUED,
                "bridge_letter": {"issued": "2026-01-16", "covers_through": "2026-01-15"},
            }
        }
    )
    default = derive_status(facts, D("2026-02-10"))
    relaxed = derive_status(facts, D("2026-02-10"), StatusSettings(bridge_letter_max_months=4))
    assert default.bridge_letter is not None and default.bridge_letter.stretched
    assert [p.rule for p in default.warnings] == ["bridge-letter-stretched"]
    assert relaxed.warnings == ()
