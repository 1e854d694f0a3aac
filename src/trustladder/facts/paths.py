"""Dotted field paths, as users see them in messages: ``soc2.examinations[1].opinion``."""

from __future__ import annotations

from collections.abc import Sequence


def dotted(path: Sequence[str | int]) -> str:
    """Render a path of keys and list indexes the way the facts file reads."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
