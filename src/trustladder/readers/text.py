"""Plain text, the way a person reads it.

Paragraphs are separated by blank lines and a sentence never crosses one. Inside a paragraph,
wrapped lines are joined; a line that reads as a heading, a list item or a table row starts a
new block. Lines quoted with ``>``, and everything under an "On … wrote:" or "Original Message"
line, are someone else's words.
"""

from __future__ import annotations

import re

from trustladder.readers.directives import following_paragraph, parse_directive
from trustladder.readers.model import Block, BlockBuilder, BlockKind, Document, Suppression

_LIST_MARKER = re.compile(r"^(\s*)([-*•▪◦‣]|\d{1,3}[.)])\s+")
_QUOTE_MARKER = re.compile(r"^(\s*>[ >]*)")
_REPLY_HEADER = re.compile(
    r"^\s*(On\b.{0,200}\bwrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,})",
    re.IGNORECASE,
)
_TERMINAL = (".", "?", "!", ":", ";", '"', "”", "'", "’", ")")
_HEADING_MAX = 60


def _heading_like(line: str, following: str | None) -> bool:
    """A short line in title case, followed by a new sentence, is a heading, not a wrap."""
    text = line.strip()
    if not text or text.endswith(_TERMINAL) or len(text) > _HEADING_MAX or following is None:
        return False
    words = [w for w in text.split() if w[:1].isalpha() and not w.isupper()]
    capitalised = sum(w[0].isupper() for w in words)
    title_case = capitalised >= 1 and capitalised * 2 >= len(words)
    return title_case and (following.strip()[:1].isupper() or following.strip()[:1].isdigit())


class _TextReader:
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.blocks: list[Block] = []
        self.suppressions: list[Suppression] = []
        self.builder: BlockBuilder | None = None
        self.reply_quoted = False

    def flush(self) -> None:
        if self.builder is not None and not self.builder.empty:
            self.blocks.append(self.builder.build())
        self.builder = None

    def start(self, kind: BlockKind, quoted: bool) -> BlockBuilder:
        self.flush()
        lead_in = ""
        if self.blocks and self.blocks[-1].text.endswith(":"):
            lead_in = self.blocks[-1].text
        elif (
            kind is BlockKind.LIST_ITEM
            and self.blocks
            and self.blocks[-1].kind is BlockKind.LIST_ITEM
        ):
            lead_in = self.blocks[-1].lead_in
        self.builder = BlockBuilder(kind=kind, quoted=quoted, lead_in=lead_in)
        return self.builder

    def read(self) -> Document:
        previous_ended = True
        for number, raw in enumerate(self.lines, start=1):
            line = raw.rstrip("\r")
            directive = (  # the paragraph a directive covers is found only when there is one
                parse_directive(line, number, *following_paragraph(self.lines, number))
                if "trustladder:" in line
                else None
            )
            if directive is not None:
                self.suppressions.append(directive)
                continue
            if _REPLY_HEADER.match(line):
                self.flush()
                self.reply_quoted = True
                continue
            if not line.strip():
                self.flush()
                previous_ended = True
                continue
            previous_ended = self.read_line(number, line, previous_ended)
        self.flush()
        return Document(self.path, tuple(self.blocks), tuple(self.suppressions), tuple(self.lines))

    def read_line(self, number: int, line: str, previous_ended: bool) -> bool:
        column = 1
        quoted = self.reply_quoted
        marker = _QUOTE_MARKER.match(line)
        if marker:
            quoted = True
            column += len(marker.group(1))
            line = line[len(marker.group(1)) :]
        if line.lstrip().startswith("|"):
            self.read_table_row(number, line, column, quoted)
            return True
        following = self.lines[number] if number < len(self.lines) else None
        list_marker = _LIST_MARKER.match(line)
        if list_marker:
            builder = self.start(BlockKind.LIST_ITEM, quoted)
            column += len(list_marker.group(0))
            line = line[len(list_marker.group(0)) :]
        elif previous_ended or self.builder is None or self.builder.quoted != quoted:
            builder = self.start(BlockKind.PARAGRAPH, quoted)
        else:
            builder = self.builder
            builder.space()
        indent = len(line) - len(line.lstrip())
        builder.add(line.strip(), number, column + indent)
        if _heading_like(line, following):
            builder.kind = BlockKind.HEADING
            return True
        return line.rstrip().endswith(_TERMINAL)

    def read_table_row(self, number: int, line: str, column: int, quoted: bool) -> None:
        self.flush()
        offset = 0
        for cell in line.split("|"):
            text = cell.strip()
            if text and not set(text) <= set("-: "):
                builder = self.start(BlockKind.TABLE_CELL, quoted)
                builder.add(text, number, column + offset + cell.index(text))
                self.flush()
            offset += len(cell) + 1


def read_text(path: str, text: str) -> Document:
    """Read plain text into located blocks."""
    return _TextReader(path, text.split("\n")).read()
