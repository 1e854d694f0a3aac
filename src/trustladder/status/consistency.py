"""Consistency rules: contradictions in the facts that a careful auditor would catch.

Each rule is a value in :data:`RULES` with a stable id (never renamed), a severity, a one-line
summary and a check that yields ``(field, message)`` pairs. Every rule has a passing and a
failing facts file under ``tests/status/consistency_cases/``; a test fails if one is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from trustladder.config import StatusSettings
from trustladder.facts.model import Facts
from trustladder.status.model import Problem, Severity

Check = Callable[[Facts, dt.date, StatusSettings], Iterator[tuple[str, str]]]


@dataclass(frozen=True)
class ConsistencyRule:
    """One consistency rule."""

    id: str
    """Stable id, used in JSON output and documentation."""
    severity: Severity
    """error (the facts cannot all be true) or warning (true but worth a look)."""
    summary: str
    """What the rule catches, in one line."""
    check: Check
    """Yields the field and message of each violation."""


RULES: list[ConsistencyRule] = []


def rule(rule_id: str, severity: Severity, summary: str) -> Callable[[Check], Check]:
    """Register a check function as a consistency rule."""

    def register(check: Check) -> Check:
        RULES.append(ConsistencyRule(rule_id, severity, summary, check))
        return check

    return register


def exam_field(index: int, name: str) -> str:
    """The dotted path of one examination's field."""
    return f"soc2.examinations[{index}].{name}"


def all_rules() -> list[ConsistencyRule]:
    """Every consistency rule, in a stable order."""
    # Importing the rule modules registers their rules.
    from trustladder.status import rules_dates, rules_program  # noqa: F401

    return RULES


def find_problems(facts: Facts, today: dt.date, settings: StatusSettings) -> list[Problem]:
    """Every violation of every rule, errors first, in the order of the facts file."""
    problems = [
        Problem(rule=r.id, severity=r.severity, field=field, message=message)
        for r in all_rules()
        for field, message in r.check(facts, today, settings)
    ]
    return sorted(problems, key=lambda p: p.severity != "error")
