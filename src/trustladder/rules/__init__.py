"""The rule registry: claim rules, wording rules and housekeeping rules, by id and by name."""

from __future__ import annotations

from trustladder.rules.catalog import CLAIM_RULES
from trustladder.rules.model import SEVERITIES, Context, Finding, Rule, Severity, severity_rank
from trustladder.rules.style import HOUSEKEEPING_RULES, QUESTIONNAIRE_RULES, WORDING_RULES

ALL_RULES: tuple[Rule, ...] = CLAIM_RULES + WORDING_RULES + QUESTIONNAIRE_RULES + HOUSEKEEPING_RULES
BY_KEY: dict[str, Rule] = {key: rule for rule in ALL_RULES for key in (rule.id, rule.name)}


def lookup(key: str) -> Rule | None:
    """The rule with this id or name (case-insensitive id)."""
    return BY_KEY.get(key) or BY_KEY.get(key.upper())


__all__ = [
    "ALL_RULES",
    "BY_KEY",
    "CLAIM_RULES",
    "SEVERITIES",
    "Context",
    "Finding",
    "Rule",
    "Severity",
    "lookup",
    "severity_rank",
]
