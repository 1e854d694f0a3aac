"""Facts that validated once are read back from a JSON cache, equal, without pydantic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from trustladder.facts import load_facts_document, parse_facts


@pytest.mark.parametrize(
    "example", sorted(p.parent.name for p in EXAMPLES.glob("*/trustladder.yaml"))
)
def test_the_cached_facts_equal_the_validated_ones(tmp_path: Path, example: str) -> None:
    shutil.copy(EXAMPLES / example / "trustladder.yaml", tmp_path / "trustladder.yaml")
    first = load_facts_document(tmp_path / "trustladder.yaml")
    assert list((tmp_path / ".trustladder" / "cache").glob("facts-*.json"))
    second = load_facts_document(tmp_path / "trustladder.yaml")
    fresh = parse_facts(
        (tmp_path / "trustladder.yaml").read_text(encoding="utf-8"),
        str(tmp_path / "trustladder.yaml"),
    )
    assert second.facts == first.facts == fresh.facts
    assert second.where("soc2.target") == fresh.where("soc2.target")


def test_a_second_read_does_not_start_the_validator(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "fieldwork" / "trustladder.yaml", tmp_path / "trustladder.yaml")
    code = (
        "import sys; from trustladder.facts import load_facts_document as load; "
        f"load({str(tmp_path / 'trustladder.yaml')!r}); "
        "print('pydantic' in sys.modules)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]


def test_a_broken_cache_entry_is_ignored(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "fieldwork" / "trustladder.yaml", tmp_path / "trustladder.yaml")
    expected = load_facts_document(tmp_path / "trustladder.yaml").facts
    for entry in (tmp_path / ".trustladder" / "cache").glob("facts-*.json"):
        entry.write_text('{"version": 1, "facts": {"organization": 7}}', encoding="utf-8")
    assert load_facts_document(tmp_path / "trustladder.yaml").facts == expected
