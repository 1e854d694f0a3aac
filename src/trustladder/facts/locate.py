"""Where the facts file is: the nearest ``trustladder.yaml`` here or above."""

from __future__ import annotations

from pathlib import Path

FACTS_FILENAME = "trustladder.yaml"


def find_facts_file(start: Path) -> Path | None:
    """The nearest ``trustladder.yaml`` in ``start`` or one of its parents."""
    for folder in (start, *start.parents):
        candidate = folder / FACTS_FILENAME
        if candidate.is_file():
            return candidate
    return None
