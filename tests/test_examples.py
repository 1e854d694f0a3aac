"""Each bundled company states the stage the playbook's ladder gives it on the demo day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import EXAMPLES
from trustladder.facts import load_facts
from trustladder.status import derive_status, honest_sentence

DEMO_DAY = dt.date(2026, 11, 26)

EXPECTED = [
    (
        "not-started",
        "not_started",
        0,
        "We do not hold a SOC 2 report and have not begun an examination.",
    ),
    (
        "readiness-with-consultant",
        "readiness",
        1,
        "We are in SOC 2 readiness with Harbor Assurance Advisors, targeting a Type 2 examination.",
    ),
    (
        "readiness-in-house",
        "readiness",
        1,
        "We are in SOC 2 readiness, working in-house, targeting a Type 2 examination.",
    ),
    (
        "review-period-type1-held",
        "review_period",
        2,
        "We hold a SOC 2 Type 1 report as of June 1, 2026, issued by Marlow Hale CPAs LLP, available "
        "under NDA. Our SOC 2 Type 2 review period began in June 2026; the report is expected after "
        "the period closes in December 2026.",
    ),
    (
        "fieldwork",
        "fieldwork",
        3,
        "The SOC 2 Type 2 examination for the period March 1 – August 31, 2026 is underway with "
        "Brightwater Assurance CPAs PC, an independent licensed CPA firm.",
    ),
    (
        "acme-analytics",
        "fieldwork",
        3,
        "We hold a SOC 2 Type 1 report as of April 1, 2026, issued by Example & Co. CPAs LLP, available "
        "under NDA. The SOC 2 Type 2 examination for the period April 1 – September 30, 2026 is underway "
        "with Example & Co. CPAs LLP, an independent licensed CPA firm.",
    ),
    (
        "type2-qualified-opinion",
        "report_issued",
        4,
        "We hold a SOC 2 Type 2 report for the period December 1, 2025 – May 31, 2026, issued by Marlow "
        "Hale CPAs LLP, available under NDA. The auditor's opinion is qualified; we share the exceptions "
        "and our remediation plan with the report.",
    ),
    (
        "aging-report-bridge-letter",
        "fieldwork",
        3,
        "Our latest SOC 2 Type 2 report is for the period October 1, 2024 – September 30, 2025. A bridge "
        "letter from our management (a representation, not assurance) speaks for the time since, through "
        "October 31, 2026. The SOC 2 Type 2 examination for the period October 1, 2025 – September 30, "
        "2026 is underway with Halvorsen Brandt CPAs LLP, an independent licensed CPA firm.",
    ),
    (
        "type2-held-next-period",
        "report_issued",
        4,
        "We hold a SOC 2 Type 2 report for the period July 1 – December 31, 2025, issued by Okafor "
        "Whitlock CPAs, available under NDA.",
    ),
]


def test_every_example_is_in_the_table() -> None:
    assert {name for name, *_ in EXPECTED} == {
        p.parent.name for p in EXAMPLES.glob("*/trustladder.yaml")
    }


@pytest.mark.parametrize(
    ("name", "stage", "rung", "sentence"), EXPECTED, ids=[e[0] for e in EXPECTED]
)
def test_example_stage_and_sentence(name: str, stage: str, rung: int, sentence: str) -> None:
    facts = load_facts(EXAMPLES / name / "trustladder.yaml")
    status = derive_status(facts, DEMO_DAY)
    assert (status.stage.value, status.rung) == (stage, rung)
    assert status.errors == ()
    assert honest_sentence(facts, status) == sentence


def test_the_aging_example_warns_that_its_report_is_no_longer_current() -> None:
    status = derive_status(
        load_facts(EXAMPLES / "aging-report-bridge-letter" / "trustladder.yaml"), DEMO_DAY
    )
    assert {p.rule for p in status.warnings} == {
        "report-no-longer-current",
        "bridge-letter-stretched",
    }
    assert status.bridge_letter is not None and status.bridge_letter.days == 396
