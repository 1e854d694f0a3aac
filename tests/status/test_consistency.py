"""Every consistency rule, run from its passing and failing facts in consistency_cases/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import facts_from
from trustladder.status import derive_status
from trustladder.status.consistency import all_rules

CASES = Path(__file__).parent / "consistency_cases"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    return [(path.stem, yaml.safe_load(path.read_text())) for path in sorted(CASES.glob("*.yaml"))]


def test_every_rule_has_a_case_file_and_every_case_names_a_rule() -> None:
    assert {rule.id for rule in all_rules()} == {name for name, _ in _cases()}


def test_rule_ids_are_unique_and_every_rule_has_a_summary() -> None:
    ids = [rule.id for rule in all_rules()]
    assert len(ids) == len(set(ids))
    assert all(rule.summary.endswith(".") and len(rule.summary) > 15 for rule in all_rules())


@pytest.mark.parametrize(("rule_id", "case"), _cases(), ids=[name for name, _ in _cases()])
def test_failing_facts_break_the_rule_at_the_named_field(
    rule_id: str, case: dict[str, Any]
) -> None:
    status = derive_status(facts_from(case["fail"]), case["today"])
    hits = [p for p in status.problems if p.rule == rule_id]
    assert [p.field for p in hits] == [case["field"]]
    assert hits[0].message


@pytest.mark.parametrize(("rule_id", "case"), _cases(), ids=[name for name, _ in _cases()])
def test_passing_facts_keep_the_rule_and_have_no_errors(rule_id: str, case: dict[str, Any]) -> None:
    status = derive_status(facts_from(case["pass"]), case["today"])
    assert [p for p in status.problems if p.rule == rule_id] == []
    assert status.errors == ()
