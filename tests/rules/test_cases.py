"""Every rule, run on its fail and pass examples in cases/<ID>.yaml, by one generic test."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLES, ROOT
from trustladder.check.engine import judge_document
from trustladder.check.settings import CheckSettings
from trustladder.facts import load_facts
from trustladder.output.rules import rules_markdown
from trustladder.readers.text import read_text
from trustladder.rules import ALL_RULES, Context
from trustladder.status import derive_status, honest_sentence

CASES = Path(__file__).parent / "cases"
DEMO_DAY = dt.date(2026, 11, 26)


@cache
def _context(example: str | None) -> Context:
    if example is None:
        return Context(None, None)
    if example.endswith("-without-type1"):
        base = load_facts(EXAMPLES / example.removesuffix("-without-type1") / "trustladder.yaml")
        facts = replace(base, soc2=replace(base.soc2, examinations=base.soc2.examinations[1:]))
        status = derive_status(facts, DEMO_DAY)
        return Context(facts, status, honest_sentence(facts, status))
    facts = load_facts(EXAMPLES / example / "trustladder.yaml")
    status = derive_status(facts, DEMO_DAY)
    return Context(facts, status, honest_sentence(facts, status))


def _rules_hit(text: str, example: str | None, scope: str = "text") -> list[str]:
    if scope == "questionnaire":
        return _questionnaire_rules_hit(text, example)
    document = read_text("example.txt", text)
    return [
        f.rule
        for f in judge_document(document, _context(example), CheckSettings())
        if not f.suppressed
    ]


def _questionnaire_rules_hit(row: str, example: str | None) -> list[str]:
    """Check one questionnaire row (ID|question|answer) written as a small CSV file."""
    import tempfile

    from trustladder.questionnaire.check import check_questionnaire
    from trustladder.questionnaire.layout import read_questionnaire

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.csv"
        cells = ",".join(f'"{cell}"' for cell in row.split("|"))
        path.write_text(f"ID,Question,Answer\n{cells}\n", encoding="utf-8")
        return [
            f.rule for f in check_questionnaire(read_questionnaire(path), _context(example), {})
        ]


def _cases() -> list[tuple[str, str, str, str | None, str]]:
    rows = []
    for path in sorted(CASES.glob("*.yaml")):
        case: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        scope = case.get("scope", "text")
        rows += [(path.stem, "fail", text, case["facts"], scope) for text in case["fail"]]
        rows += [(path.stem, "pass", text, case["facts"], scope) for text in case["pass"]]
    return rows


def test_every_rule_has_examples_of_both_kinds_and_documentation() -> None:
    files = {path.stem for path in CASES.glob("*.yaml")}
    assert files == {rule.id for rule in ALL_RULES}
    for rule in ALL_RULES:
        case = yaml.safe_load((CASES / f"{rule.id}.yaml").read_text(encoding="utf-8"))
        assert case["fail"] and case["pass"], rule.id
        assert rule.summary and rule.why and rule.name, rule.id


def test_rule_ids_and_names_are_unique() -> None:
    keys = [rule.id for rule in ALL_RULES] + [rule.name for rule in ALL_RULES]
    assert len(keys) == len(set(keys))


def test_the_rules_reference_is_generated_from_the_registry() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()


@pytest.mark.parametrize(
    ("rule", "expect", "text", "example", "scope"),
    _cases(),
    ids=[f"{r}-{e}-{i}" for i, (r, e, *_) in enumerate(_cases())],
)
def test_rule_example(rule: str, expect: str, text: str, example: str | None, scope: str) -> None:
    hits = _rules_hit(text, example, scope)
    if expect == "fail":
        assert rule in hits, f"{rule} should catch: {text!r} (found {hits})"
    else:
        assert rule not in hits, f"{rule} should not catch: {text!r}"
