"""Located text: what a reader of a document sees, mapped back to the exact source position.

Every format reader turns its input into :class:`Block` values. A block is one unit of visible
text (a paragraph, heading, list item, table cell or visible attribute) with a map from each
character back to the 1-based line and column of the source, so judgement never needs to know
the format (the Vale approach) and every finding still points at the right place.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field

# Characters a reader sees as something else: non-breaking spaces are spaces, the Unicode
# hyphens are hyphens, and invisible format characters are not there at all.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t"), " ")
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
NORMALISE = str.maketrans({**_SPACES, **_HYPHENS, **_INVISIBLE})


class BlockKind(enum.StrEnum):
    """What a block is, as far as judging its words is concerned."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    ATTRIBUTE = "attribute"
    """A visible attribute: alt, title, aria-label, a meta description."""
    BADGE = "badge"
    """An image or SVG: its alt text, title, file name and classes."""


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in the source as the reader saw it."""

    line: int
    column: int


@dataclass(frozen=True)
class Block:
    """One unit of visible text with a position for every character."""

    text: str
    """The text as a reader sees it: markup removed, entities decoded, spaces normalised."""
    starts: tuple[int, ...]
    """Offsets in ``text`` where a run of source-contiguous characters begins."""
    positions: tuple[Position, ...]
    """The source position of the first character of each run."""
    kind: BlockKind = BlockKind.PARAGRAPH
    quoted: bool = False
    """Someone else's words: a quoted e-mail reply or a block quotation."""
    lead_in: str = ""
    """The text that introduces this block (the sentence before a list), for context."""
    detail: str = ""
    """For attributes and badges: which attribute or what kind of image."""

    def position(self, offset: int) -> Position:
        """The source position of the character at ``offset`` (clamped to the text)."""
        if not self.starts:
            return Position(1, 1)
        offset = max(0, min(offset, max(len(self.text) - 1, 0)))
        run = bisect.bisect_right(self.starts, offset) - 1
        start = self.positions[run]
        return Position(start.line, start.column + offset - self.starts[run])

    def end_position(self, end: int) -> Position:
        """The position just after the character before ``end`` (an exclusive end)."""
        last = self.position(max(end - 1, 0))
        return Position(last.line, last.column + 1)


@dataclass
class BlockBuilder:
    """Builds a block from pieces of source text, each placed at its source position."""

    kind: BlockKind = BlockKind.PARAGRAPH
    quoted: bool = False
    lead_in: str = ""
    detail: str = ""
    _text: list[str] = field(default_factory=list)
    _length: int = 0
    _starts: list[int] = field(default_factory=list)
    _positions: list[Position] = field(default_factory=list)
    _last: Position = field(default_factory=lambda: Position(1, 1))

    def add(self, text: str, line: int, column: int) -> None:
        """Append ``text`` that stands contiguously in the source from ``line``:``column``."""
        if not text:
            return
        cleaned = text.translate(NORMALISE)
        if len(cleaned) == len(text):
            self._append(cleaned, Position(line, column))
            return
        # Some characters vanished: place each surviving run at its own column.
        for index, char in enumerate(text):
            kept = char.translate(NORMALISE)
            if kept:
                self._append(kept, Position(line, column + index))

    def add_text(self, text: str, line: int, column: int) -> None:
        """Append source text that may span lines, tracking line and column as it goes."""
        for number, piece in enumerate(text.split("\n")):
            if number:
                self.space()
                line, column = line + 1, 1
            self.add(piece, line, column)
            column += len(piece)

    def space(self) -> None:
        """Separate words that markup or a line break kept apart (never doubling a space)."""
        if self._text and not self._text[-1].endswith(" "):
            self._append(" ", self._last)

    def _append(self, text: str, where: Position) -> None:
        self._starts.append(self._length)
        self._positions.append(where)
        self._text.append(text)
        self._length += len(text)
        self._last = Position(where.line, where.column + len(text))

    @property
    def empty(self) -> bool:
        """True while no visible character has been added."""
        return not "".join(self._text).strip()

    def build(self) -> Block:
        """The block, with runs of spaces folded and the ends trimmed."""
        raw = "".join(self._text)
        text, starts, positions = _fold_spaces(raw, self._starts, self._positions)
        return Block(text, starts, positions, self.kind, self.quoted, self.lead_in, self.detail)


_COLLAPSIBLE = re.compile(r"\s{2,}|[^\S ]")


def _fold_spaces(
    raw: str, starts: list[int], positions: list[Position]
) -> tuple[str, tuple[int, ...], tuple[Position, ...]]:
    """Collapse runs of white space to one space and trim, keeping the map exact.

    Text is cut only where white space must change (two or more, or a tab or newline), so a
    paragraph of ordinary prose is copied in a few slices: this is on the hot path of every file
    that mentions SOC 2.
    """
    out: list[str] = []
    new_starts: list[int] = []
    new_positions: list[Position] = []
    length = 0
    last_line, next_column = -1, -1
    previous_space = True
    bounds = [*starts[1:], len(raw)]

    def keep(text: str, line: int, column: int, width: int) -> None:
        nonlocal length, last_line, next_column, previous_space
        if not (line == last_line and column == next_column):
            new_starts.append(length)
            new_positions.append(Position(line, column))
        out.append(text)
        length += len(text)
        last_line, next_column = line, column + width
        previous_space = text.endswith(" ")

    for run_start, run_end, where in zip(starts, bounds, positions, strict=True):
        cursor = run_start
        for gap in [*_COLLAPSIBLE.finditer(raw, run_start, run_end), None]:
            stop = gap.start() if gap is not None else run_end
            if stop > cursor:
                piece = raw[cursor:stop]
                if previous_space and piece.startswith(" "):
                    piece, skipped = piece[1:], 1
                else:
                    skipped = 0
                if piece:
                    keep(piece, where.line, where.column + cursor + skipped - run_start, len(piece))
            if gap is None:
                break
            if not previous_space:
                keep(
                    " ", where.line, where.column + gap.start() - run_start, gap.end() - gap.start()
                )
            cursor = gap.end()
    text = "".join(out)
    stripped = text.rstrip(" ")
    cut = len(stripped)
    while new_starts and new_starts[-1] >= cut and cut < len(text):
        new_starts.pop()
        new_positions.pop()
    return stripped, tuple(new_starts), tuple(new_positions)


@dataclass(frozen=True)
class Suppression:
    """An inline ``trustladder: ignore[RULE] reason`` directive found in a document."""

    rules: tuple[str, ...]
    """The rule ids or names it silences."""
    reason: str
    """Why; required, so every exception is explained where it is made."""
    line: int
    """The line of the directive."""
    applies_to: int
    """The first source line whose findings it silences."""
    applies_until: int = 0
    """The last such line: the end of the paragraph, list or table that follows the directive."""

    def covers(self, line: int) -> bool:
        """True when findings on ``line`` are silenced by this directive."""
        return self.applies_to <= line <= max(self.applies_to, self.applies_until)


@dataclass(frozen=True)
class Document:
    """Everything a reader saw in one input."""

    path: str
    """The input, as the user named it."""
    blocks: tuple[Block, ...]
    """The visible text, in reading order."""
    suppressions: tuple[Suppression, ...] = ()
    """Inline suppression directives."""
    lines: tuple[str, ...] = ()
    """The source lines, for showing findings in context."""
    labels: dict[int, str] | None = None
    """For formats without text lines (DOCX, PDF, e-mail, spreadsheets): what each numbered unit is,
    such as "paragraph 12", "page 3, line 7" or "Sheet1!B4"; findings carry it as their location."""
