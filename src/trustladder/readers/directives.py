"""Inline suppression directives: ``trustladder: ignore[RULE, RULE] reason``."""

from __future__ import annotations

import re

from trustladder.readers.model import Suppression

DIRECTIVE = re.compile(
    r"trustladder:\s*ignore\[(?P<rules>[^\]]*)\]\s*(?P<reason>.*?)\s*(?:-->)?\s*$"
)


def parse_directive(
    text: str, line: int, applies_to: int, applies_until: int = 0
) -> Suppression | None:
    """The suppression in ``text`` (a comment or a directive line), if it holds one."""
    match = DIRECTIVE.search(text)
    if match is None:
        return None
    rules = tuple(r.strip() for r in match["rules"].split(",") if r.strip())
    return Suppression(
        rules=rules,
        reason=match["reason"].strip(),
        line=line,
        applies_to=applies_to,
        applies_until=applies_until,
    )


def following_paragraph(lines: list[str] | tuple[str, ...], after: int) -> tuple[int, int]:
    """The first and last line of the paragraph (or list, or table) after line ``after``."""
    first = next_content_line(lines, after)
    last = first
    while last < len(lines) and lines[last].strip() and not DIRECTIVE.search(lines[last]):
        last += 1
    return first, last


def next_content_line(lines: list[str] | tuple[str, ...], after: int) -> int:
    """The 1-based number of the first non-blank line after line ``after`` (or ``after``)."""
    for number in range(after + 1, len(lines) + 1):
        if lines[number - 1].strip():
            return number
    return after
