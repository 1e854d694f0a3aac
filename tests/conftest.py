"""Shared helpers: facts built through the real loader, and the bundled examples."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from trustladder.facts import Facts, parse_facts

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_EXAMPLE = ROOT.parent / "shared" / "examples" / "trustladder.yaml"

# A company in fieldwork on 2026-11-26 with every fact in order. Tests override pieces of it.
CLEAN: dict[str, Any] = {
    "version": 1,
    "organization": {
        "name": "Quillon Software, Inc.",
        "security_contact": "security@quillon.example",
    },
    "soc2": {
        "target": "type2",
        "categories": ["security"],
        "readiness": {
            "consultant": "Meridian Controls Group",
            "started": "2026-01-05",
            "gap_assessment_completed": "2026-02-13",
            "remediation_closed": "2026-03-27",
        },
        "auditor": {
            "firm": "Marlow Hale CPAs LLP",
            "licensed_cpa": True,
            "engagement_letter_signed": "2026-03-16",
        },
        "examinations": [
            {
                "type": "type2",
                "period_start": "2026-04-01",
                "period_end": "2026-09-30",
                "fieldwork_started": "2026-10-12",
            }
        ],
    },
}

# Laid over CLEAN, this leaves a company that has recorded nothing about SOC 2.
NOTHING_RECORDED: dict[str, Any] = {
    "readiness": dict.fromkeys(
        ("consultant", "started", "gap_assessment_completed", "remediation_closed")
    ),
    "auditor": dict.fromkeys(("firm", "licensed_cpa", "engagement_letter_signed")),
    "examinations": [],
}


def merged(base: Any, override: Any) -> Any:
    """``base`` with ``override`` laid over it: mappings merge, anything else replaces."""
    if isinstance(base, dict) and isinstance(override, dict):
        result = dict(base)
        for key, value in override.items():
            result[key] = merged(base.get(key), value) if key in base else value
        return result
    return copy.deepcopy(override)


def facts_from(override: dict[str, Any] | None = None) -> Facts:
    """Facts from the clean company with ``override`` applied, read by the real YAML loader."""
    data = merged(CLEAN, override or {})
    return parse_facts(yaml.safe_dump(data, sort_keys=False), "test.yaml").facts


@pytest.fixture
def write_facts(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write YAML text to a facts file in a temporary folder and return its path."""

    def write(text: str | bytes, name: str = "trustladder.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
