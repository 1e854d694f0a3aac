"""HTML, the way a visitor reads it.

The parser is the standard library's :class:`html.parser.HTMLParser`: it is maintained with
Python, it never recurses (so deeply nested pages cannot exhaust the stack), and unlike the
tree builders it reports the line and column of every piece of text, entity and tag, which is
what lets a finding point at the exact source position.

Text is joined across inline markup (``<strong>SOC 2</strong> certified`` reads as one phrase);
block elements start new blocks; code, ``pre``, scripts, styles, templates, hidden elements and
comments are skipped; visible attributes (``alt``, ``title``, ``aria-label``, ``placeholder``,
meta descriptions and Open Graph text) become blocks of their own; images and SVGs that name a
SOC 2 badge, seal or logo become badge blocks.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from trustladder.readers.directives import following_paragraph, parse_directive
from trustladder.readers.model import Block, BlockBuilder, BlockKind, Document, Suppression

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "br",
        "option",
        "legend",
        "label",
        "button",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "template",
        "code",
        "pre",
        "kbd",
        "samp",
        "var",
        "textarea",
        "noscript",
        "svg",
        "math",
    ]
)
VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "title", "summary"])
VISIBLE_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
META_NAMES = frozenset(
    [
        "description",
        "og:title",
        "og:description",
        "twitter:title",
        "twitter:description",
        "og:image:alt",
    ]
)
_SOC = r"(?:soc[\s_\-]*(?:2|ii|two)|aicpa|service[\s_\-]*organi[sz]ations?)"
BADGE_WORDS = re.compile(
    rf"{_SOC}.*(?:badge|seal|logo|shield|emblem|mark|certif|complian|attest|icon|trust)"
    rf"|(?:badge|seal|logo|shield|emblem|certif|complian|attest|icon|trust).*{_SOC}",
    re.IGNORECASE | re.DOTALL,
)
MAX_DEPTH = 1024


def _words_of(source: str) -> str:
    """A file name or class list as words: ``/img/soc2-type2-badge.svg`` -> ``soc2 type2 badge``."""
    name = source.rsplit("/", 1)[-1].split("?", 1)[0]
    name = re.sub(r"\.(svg|png|jpe?g|gif|webp|avif)$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[_\-.]+", " ", name).strip()


class _Reader(HTMLParser):
    def __init__(self, path: str, text: str, line_offset: int = 0) -> None:
        super().__init__(convert_charrefs=False)
        self.path = path
        self.source_lines = text.split("\n")
        self.line_offset = line_offset
        self.blocks: list[Block] = []
        self.suppressions: list[Suppression] = []
        self.stack: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.builder = BlockBuilder()
        self.last_text = ""

    # -- positions ---------------------------------------------------------------------------
    def _here(self) -> tuple[int, int]:
        line, column = self.getpos()
        return line + self.line_offset, column + 1

    # -- blocks ------------------------------------------------------------------------------
    def flush(self) -> None:
        if not self.builder.empty:
            block = self.builder.build()
            self.blocks.append(block)
            self.last_text = block.text
        self.builder = BlockBuilder(quoted=self.quote_depth > 0)

    def _kind_for(self, tag: str) -> BlockKind:
        if tag in HEADINGS:
            return BlockKind.HEADING
        if tag == "li":
            return BlockKind.LIST_ITEM
        if tag in ("td", "th"):
            return BlockKind.TABLE_CELL
        return BlockKind.PARAGRAPH

    def _start_block(self, tag: str) -> None:
        self.flush()
        self.builder.kind = self._kind_for(tag)
        if tag == "li" and self.last_text.endswith(":"):
            self.builder.lead_in = self.last_text
        elif tag == "li" and self.blocks and self.blocks[-1].kind is BlockKind.LIST_ITEM:
            self.builder.lead_in = self.blocks[-1].lead_in

    # -- attributes --------------------------------------------------------------------------
    def _attribute_block(
        self, value: str, name: str, kind: BlockKind = BlockKind.ATTRIBUTE
    ) -> None:
        raw = self.get_starttag_text() or ""
        line, column = self._here()
        found = re.search(rf"""\b{re.escape(name)}\s*=\s*["']?""", raw, re.IGNORECASE)
        builder = BlockBuilder(kind=kind, quoted=self.quote_depth > 0, detail=name)
        if found and raw[found.end() :].startswith(value):
            before = raw[: found.end()]
            line += before.count("\n")
            column = (len(before) - before.rfind("\n")) if "\n" in before else column + len(before)
            builder.add_text(value, line, column)
        else:
            builder.add(value, line, column)
        if not builder.empty:
            self.blocks.append(builder.build())

    def _visible_attributes(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            key = (attrs.get("name") or attrs.get("property") or "").lower()
            if key in META_NAMES and attrs.get("content"):
                self._attribute_block(attrs["content"], "content")
            return
        if self._badge(tag, attrs):
            return
        for name in VISIBLE_ATTRIBUTES:
            if attrs.get(name):
                self._attribute_block(attrs[name], name)

    def _badge(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag not in ("img", "svg", "image", "object", "source", "picture", "use"):
            return False
        source = (
            attrs.get("src") or attrs.get("data") or attrs.get("href") or attrs.get("srcset") or ""
        )
        parts = [attrs.get(a, "") for a in ("alt", "title", "aria-label")]
        parts += [
            _words_of(source),
            _words_of(attrs.get("class", "")),
            _words_of(attrs.get("id", "")),
        ]
        described = " ".join(p for p in parts if p).strip()
        if not BADGE_WORDS.search(described):
            return False
        line, column = self._here()
        builder = BlockBuilder(kind=BlockKind.BADGE, detail=tag)
        builder.add(described, line, column)
        self.blocks.append(builder.build())
        return True

    # -- parser events -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._visible_attributes(tag, values)
            return
        if self.skip_depth:
            if tag not in VOID_TAGS:
                self.skip_depth += 1
            return
        hidden = "hidden" in values or (values.get("aria-hidden") == "true" and tag != "svg")
        if tag == "svg":
            self._badge(tag, values)
        if tag in SKIP_TAGS or hidden:
            if tag not in VOID_TAGS:
                self.skip_depth = 1
            return
        self._visible_attributes(tag, values)
        if tag in BLOCK_TAGS:
            self._start_block(tag)
        if tag == "blockquote":
            self.quote_depth += 1
            self.builder.quoted = True
        if tag == "q":
            line, column = self._here()
            self.builder.add("“", line, column)
        if tag not in VOID_TAGS and len(self.stack) < MAX_DEPTH:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag not in VOID_TAGS:
                self.skip_depth -= 1
            return
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag == "q":
                line, column = self._here()
                self.builder.add("”", line, column)
            if open_tag in BLOCK_TAGS:
                self.flush()
            if open_tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
                self.builder.quoted = self.quote_depth > 0
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        line, column = self._here()
        self.builder.add_text(data, line, column)

    def _entity(self, text: str) -> None:
        if self.skip_depth:
            return
        line, column = self._here()
        self.builder.add(html.unescape(text), line, column)

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        line, _ = self._here()
        local = line - self.line_offset
        own_line = 0 < local <= len(self.source_lines) and self.source_lines[
            local - 1
        ].strip().startswith("<!--")
        if own_line:
            first, last = following_paragraph(self.source_lines, local + data.count("\n"))
            span = (first + self.line_offset, last + self.line_offset)
        else:
            span = (line, line)
        directive = parse_directive(data, line, *span)
        if directive is not None:
            self.suppressions.append(directive)

    def close(self) -> None:
        super().close()
        self.flush()


def read_html_fragment(
    path: str, text: str, line_offset: int = 0
) -> tuple[list[Block], list[Suppression]]:
    """Blocks and directives of an HTML fragment whose first line is ``line_offset + 1``."""
    reader = _Reader(path, text, line_offset)
    reader.feed(text)
    reader.close()
    return reader.blocks, reader.suppressions


def read_html(path: str, text: str) -> Document:
    """Read an HTML page into located blocks."""
    blocks, suppressions = read_html_fragment(path, text)
    return Document(path, tuple(blocks), tuple(suppressions), tuple(text.split("\n")))
