"""Markdown (CommonMark with tables), the way a reader of the rendered page sees it.

markdown-it-py gives the block structure and the inline pieces; it gives line ranges but not
columns, so each piece of inline text is aligned back to the source lines in reading order.
Front matter ``title`` and ``description`` are read as visible text; code spans, fenced and
indented code are skipped; raw HTML goes through the HTML reader; block quotes are someone
else's words; a list introduced by a sentence ending in a colon carries that sentence along.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from trustladder.readers.directives import following_paragraph, parse_directive
from trustladder.readers.html import read_html_fragment
from trustladder.readers.model import Block, BlockBuilder, BlockKind, Document, Suppression

_FRONT_MATTER_KEYS = re.compile(
    r"^(title|description|summary|subtitle|excerpt)\s*:\s*(.+)$", re.IGNORECASE
)
_ALIGN_WINDOW = 40


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _plain_gap(gap: str) -> bool:
    """True when the source skipped before a text piece holds only markup: emphasis marks and
    spaces on this line, or the line break of a paragraph that goes on (with any quote marks)."""
    if "\n" not in gap.strip(" \t>"):
        return True
    return gap.count("\n") == 1 and not gap.strip(" \t>*_~\n")


@dataclass
class _Aligner:
    """Places inline text pieces at their source positions, moving forward only."""

    source: str
    first_line: int
    cursor: int = 0
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        starts = [0]
        newline = self.source.find("\n")
        while newline >= 0:
            starts.append(newline + 1)
            newline = self.source.find("\n", newline + 1)
        self.line_starts = starts

    def where(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.line_starts, offset) - 1)
        return self.first_line + index, offset - self.line_starts[index] + 1

    def place(self, builder: BlockBuilder, text: str) -> None:
        found = self.source.find(text, self.cursor)
        if found >= 0 and _plain_gap(self.source[self.cursor : found]):
            builder.add_text(text, *self.where(found))
            self.cursor = found + len(text)
            return
        for char in text:  # escapes and entities: align character by character
            found = self.source.find(char, self.cursor, self.cursor + _ALIGN_WINDOW)
            at = found if found >= 0 else self.cursor
            builder.add(char, *self.where(min(at, max(len(self.source) - 1, 0))))
            self.cursor = at + 1 if found >= 0 else self.cursor

    def skip(self, text: str) -> None:
        found = self.source.find(text, self.cursor)
        if found >= 0:
            self.cursor = found + len(text)


class _MarkdownReader:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.blocks: list[Block] = []
        self.suppressions: list[Suppression] = []
        self.kind = BlockKind.PARAGRAPH
        self.quote_depth = 0
        self.list_lead_in: list[str] = []
        self.aligners: dict[tuple[int, int], _Aligner] = {}

    def source_of(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end])

    def front_matter(self) -> int:
        if not self.lines or self.lines[0].strip() != "---":
            return 0
        for number in range(1, len(self.lines)):
            if self.lines[number].strip() in ("---", "..."):
                for index in range(1, number):
                    match = _FRONT_MATTER_KEYS.match(self.lines[index])
                    if match:
                        value = match.group(2).strip().strip("\"'")
                        builder = BlockBuilder(kind=BlockKind.ATTRIBUTE, detail=match.group(1))
                        builder.add(value, index + 1, self.lines[index].index(value) + 1)
                        self.blocks.append(builder.build())
                return number + 1
        return 0

    def read(self) -> Document:
        skipped = self.front_matter()
        body = "\n" * skipped + "\n".join(self.lines[skipped:])
        last_text = ""
        for token in _parser().parse(body):
            last_text = self.handle(token, last_text)
        return Document(self.path, tuple(self.blocks), tuple(self.suppressions), tuple(self.lines))

    def handle(self, token: Any, last_text: str) -> str:
        kind = token.type
        if kind == "heading_open":
            self.kind = BlockKind.HEADING
        elif kind in ("th_open", "td_open"):
            self.kind = BlockKind.TABLE_CELL
        elif kind == "list_item_open":
            self.kind = BlockKind.LIST_ITEM
        elif kind in ("bullet_list_open", "ordered_list_open"):
            inherited = self.list_lead_in[-1] if self.list_lead_in else ""
            self.list_lead_in.append(last_text if last_text.endswith(":") else inherited)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_lead_in.pop()
        elif kind == "blockquote_open":
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.quote_depth -= 1
        elif kind in ("heading_close", "th_close", "td_close", "list_item_close"):
            self.kind = BlockKind.PARAGRAPH
        elif kind == "html_block" and token.map:
            self.html(token.map[0], token.map[1])
        elif kind == "inline" and token.map:
            block = self.inline(token)
            if block is not None:
                self.blocks.append(block)
                return block.text
        return last_text

    def html(self, start: int, end: int) -> None:
        blocks, suppressions = read_html_fragment(self.path, self.source_of(start, end), start)
        self.blocks.extend(blocks)
        for directive in suppressions:
            if self.lines[directive.line - 1].strip().startswith("<!--"):
                # A comment on its own line speaks for the paragraph that follows it in the file.
                first, last = following_paragraph(self.lines, directive.line)
                directive = replace(directive, applies_to=first, applies_until=last)  # noqa: PLW2901
            self.suppressions.append(directive)

    def inline(self, token: Any) -> Block | None:
        start, end = token.map
        aligner = self.aligners.setdefault(
            (start, end), _Aligner(self.source_of(start, end), start + 1)
        )
        lead_in = (
            self.list_lead_in[-1] if self.kind is BlockKind.LIST_ITEM and self.list_lead_in else ""
        )
        builder = BlockBuilder(kind=self.kind, quoted=self.quote_depth > 0, lead_in=lead_in)
        for child in token.children or []:
            self.inline_child(child, builder, aligner)
        return None if builder.empty else builder.build()

    def inline_child(self, child: Any, builder: BlockBuilder, aligner: _Aligner) -> None:
        kind = child.type
        if kind == "text":
            aligner.place(builder, child.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.space()
        elif kind == "code_inline":
            aligner.skip(child.content)
            builder.space()
        elif kind == "image":
            self.image(child, aligner)
        elif kind == "html_inline":
            self.html_inline(child.content, builder, aligner)

    def image(self, child: Any, aligner: _Aligner) -> None:
        alt = "".join(c.content for c in child.children or [])
        found = aligner.source.find("![", aligner.cursor)
        line, column = aligner.where(found if found >= 0 else aligner.cursor)
        attrs = {
            "src": child.attrs.get("src", ""),
            "alt": alt,
            "title": child.attrs.get("title") or "",
        }
        markup = "<img " + " ".join(f'{k}="{html.escape(str(v))}"' for k, v in attrs.items()) + ">"
        for block in read_html_fragment(self.path, markup)[0]:
            builder = BlockBuilder(kind=block.kind, quoted=block.quoted, detail=block.detail)
            builder.add(block.text, line, column)
            self.blocks.append(builder.build())
        if found >= 0:
            closing = aligner.source.find(")", found)
            aligner.cursor = closing + 1 if closing >= 0 else aligner.cursor

    def html_inline(self, markup: str, builder: BlockBuilder, aligner: _Aligner) -> None:
        found = aligner.source.find(markup, aligner.cursor)
        line, column = aligner.where(found if found >= 0 else aligner.cursor)
        if markup.startswith("<!--"):
            own_line = markup.strip() == aligner.source.strip()
            span = following_paragraph(self.lines, line) if own_line else (line, line)
            directive = parse_directive(markup, line, *span)
            if directive is not None:
                self.suppressions.append(directive)
        elif re.match(r"<(img|svg)\b", markup, re.IGNORECASE):
            blocks, _ = read_html_fragment(self.path, " " * (column - 1) + markup, line - 1)
            self.blocks.extend(blocks)
        elif re.match(r"</?(br|p|div|li)\b", markup, re.IGNORECASE):
            builder.space()
        if found >= 0:
            aligner.cursor = found + len(markup)


def read_markdown(path: str, text: str) -> Document:
    """Read Markdown into located blocks."""
    return _MarkdownReader(path, text).read()
