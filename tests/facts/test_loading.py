"""Reading facts files: the reference example loads unchanged; bad files get one clear error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES, SHARED_EXAMPLE
from trustladder.cli import main
from trustladder.errors import InputError
from trustladder.facts import load_facts, load_facts_document

REFERENCE = EXAMPLES / "acme-analytics" / "trustladder.yaml"
MINIMAL = (
    "version: 1\norganization:\n  name: Quillon\n  security_contact: security@quillon.example\n"
)


def test_the_reference_example_loads_unchanged() -> None:
    if SHARED_EXAMPLE.exists():
        assert SHARED_EXAMPLE.read_bytes() == REFERENCE.read_bytes()
    facts = load_facts(REFERENCE)
    assert facts.organization.name == "Acme Analytics, Inc."
    assert facts.soc2.readiness.consultant == "Tranquility Cybersecurity"
    assert [e.type for e in facts.soc2.examinations] == ["type1", "type2"]
    assert facts.soc2.examinations[1].period_end == dt.date(2026, 9, 30)
    assert facts.evidence.questionnaire is not None and facts.evidence.questionnaire.kind == "caiq"
    assert facts.evidence.pentest_summary is not None
    assert facts.evidence.pentest_summary.status == "planned"


@pytest.mark.parametrize(
    "example", sorted(EXAMPLES.glob("*/trustladder.yaml")), ids=lambda p: p.parent.name
)
def test_every_bundled_example_loads(example: Path) -> None:
    assert load_facts(example).version == 1


def test_a_minimal_file_takes_defaults() -> None:
    facts = load_facts_document_from_text(MINIMAL)
    assert (facts.soc2.target, facts.soc2.categories, facts.soc2.examinations) == (
        "type2",
        ("security",),
        (),
    )


def load_facts_document_from_text(text: str):  # type: ignore[no-untyped-def]
    from trustladder.facts import parse_facts

    return parse_facts(text).facts


def _billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


BAD_FILES: list[tuple[str, str | bytes, str]] = [
    (
        "wrong type",
        MINIMAL + "soc2:\n  categories: security\n",
        "test.yaml:6:15: soc2.categories: 'security' is not allowed: expected a list, such as [security, availability]",
    ),
    (
        "bad choice",
        MINIMAL + "soc2:\n  target: type3\n",
        "test.yaml:6:11: soc2.target: 'type3' is not allowed: expected 'type1' or 'type2'",
    ),
    (
        "unknown key",
        MINIMAL + "soc2:\n  readines:\n    started: 2026-01-05\n",
        "test.yaml:6:3: soc2.readines: unknown key; did you mean 'readiness'?",
    ),
    (
        "not a real date",
        MINIMAL + "soc2:\n  readiness:\n    started: 2026-02-30\n",
        "test.yaml:7:14: soc2.readiness.started: '2026-02-30' is not allowed: expected a real date written YYYY-MM-DD",
    ),
    (
        "missing field",
        "version: 1\norganization:\n  name: Quillon\n",
        "test.yaml:2:1: organization.security_contact: required field is missing",
    ),
    (
        "type 2 without its period",
        MINIMAL + "soc2:\n  examinations:\n    - type: type2\n      period_start: 2026-04-01\n",
        "test.yaml:7:7: soc2.examinations[0].period_end: required for a type2",
    ),
    ("malformed YAML", MINIMAL + "soc2: [unclosed\n", "test.yaml:6:1: malformed YAML"),
    ("tab indentation", MINIMAL + "soc2:\n\ttarget: type2\n", "test.yaml:6:1: malformed YAML"),
    ("empty file", "", "test.yaml:1:1: the file is empty"),
    ("only comments", "# nothing yet\n", "test.yaml:1:1: the file is empty"),
    ("a list at the top", "- one\n- two\n", "test.yaml:1:1: expected a mapping of keys at the top"),
    ("two documents", MINIMAL + "---\n" + MINIMAL, "test.yaml:5:1: malformed YAML"),
    (
        "duplicate key",
        MINIMAL + "soc2:\n  target: type1\n  target: type2\n",
        "test.yaml:7:3: soc2.target: the key 'target' appears twice",
    ),
    (
        "python tag",
        MINIMAL + "soc2: !!python/object/apply:os.system ['true']\n",
        "test.yaml:5:7: soc2: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    ),
    (
        "custom tag",
        MINIMAL + "soc2: !vault secret\n",
        "test.yaml:5:7: soc2: the tag '!vault' is not allowed",
    ),
    (
        "merge key",
        MINIMAL + "base: &b {target: type2}\nsoc2:\n  <<: *b\n",
        "merge keys (<<) are not supported",
    ),
    ("billion laughs", _billion_laughs(), "expands to more than 20,000 values"),
    (
        "binary data",
        b"\x7fELF\x02\x01\x01\x00\x00\x00",
        "test.yaml:1:1: binary data, not a YAML text file",
    ),
    (
        "not UTF-8",
        MINIMAL.encode() + "soc2:\n  target: t\xe9pe\n".encode("latin-1"),
        "test.yaml:6:12: not UTF-8 text (byte 0xe9)",
    ),
]


@pytest.mark.parametrize(
    ("content", "expected"),
    [(c, e) for _, c, e in BAD_FILES],
    ids=[name for name, _, _ in BAD_FILES],
)
def test_a_bad_facts_file_gets_one_clear_error_exit_2_and_no_traceback(
    write_facts: Callable[..., Path],
    content: str | bytes,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_facts(content, "test.yaml")
    monkeypatch.chdir(path.parent)
    result = CliRunner().invoke(main, ["status", "--facts", "test.yaml", "--today", "2026-11-26"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert expected in errors[0]
    assert "Traceback" not in result.output + result.stderr


def test_several_problems_are_reported_together_in_file_order(
    write_facts: Callable[..., Path],
) -> None:
    path = write_facts(MINIMAL + "soc2:\n  target: type3\n  auditor:\n    licensed_cpa: perhaps\n")
    with pytest.raises(InputError) as caught:
        load_facts_document(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (6, "soc2.target"),
        (8, "soc2.auditor.licensed_cpa"),
    ]


def test_a_huge_file_is_refused_before_it_is_parsed(write_facts: Callable[..., Path]) -> None:
    path = write_facts(MINIMAL + "# padding\n" * 200_000)
    with pytest.raises(InputError, match="larger than 1,048,576 bytes"):
        load_facts_document(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.yaml:1:1: cannot read: No such file"):
        load_facts_document(tmp_path / "nope.yaml")
