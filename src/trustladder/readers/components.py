"""Web components and site sources, read with real parsers.

JSX/TSX/JS/TS are parsed with tree-sitter and its published grammars: text children and the
string props a visitor sees (title, alt, aria-label, placeholder, label, description), Next.js
page metadata, and string values of i18n objects. Vue, Svelte and Astro templates go through the
HTML reader with script blocks, front matter and ``{expressions}`` blanked out (positions kept);
MDX goes through the Markdown reader with its import and export lines blanked. JSON and YAML
message catalogs contribute every string value. Identifiers, class names, imports, comments and
test files are never read.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

from trustladder.readers.html import BADGE_WORDS, BLOCK_TAGS, _words_of, read_html_fragment
from trustladder.readers.model import Block, BlockBuilder, BlockKind, Document

VISIBLE_PROPS = frozenset(
    {"title", "alt", "aria-label", "placeholder", "label", "description", "content"}
)
CATALOG_FOLDERS = re.compile(
    r"(?:^|/)(?:locales?|i18n|lang|langs|translations?|messages)(?:/|$)", re.IGNORECASE
)
TEST_FILE = re.compile(
    r"(?:^|/)(?:__tests__|tests?|spec)/|\.(?:test|spec|stories)\.[jt]sx?$", re.IGNORECASE
)
GRAMMARS = {
    ".tsx": "tsx",
    ".jsx": "javascript",
    ".js": "javascript",
    ".mjs": "javascript",
    ".ts": "typescript",
}


@cache
def _parser(grammar: str) -> Any:
    import importlib

    import tree_sitter

    if grammar in ("tsx", "typescript"):
        module: Any = importlib.import_module("tree_sitter_typescript")
        language = module.language_tsx() if grammar == "tsx" else module.language_typescript()
    else:
        language = importlib.import_module(f"tree_sitter_{grammar}").language()
    return tree_sitter.Parser(tree_sitter.Language(language))


def is_test_file(path: str) -> bool:
    """Test files assert about phrases; a visitor never sees them."""
    return bool(TEST_FILE.search(Path(path).as_posix()))


def _text(source: bytes, node: Any) -> str:
    return source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")


def _string_value(source: bytes, node: Any) -> tuple[str, Any] | None:
    """The text of a string or template literal without substitutions, and where it starts."""
    if node.type == "string":
        kinds = ("string_fragment", "escape_sequence", "html_character_reference")
        fragments = [c for c in node.children if c.type in kinds]
        if not fragments:
            return None
        return "".join(_text(source, f) for f in fragments), fragments[0]
    if node.type == "template_string" and not any(
        c.type == "template_substitution" for c in node.children
    ):
        inner = _text(source, node)[1:-1]
        return (inner, node) if inner else None
    return None


class _JsxReader:
    def __init__(self, path: str, source: bytes, catalog: bool) -> None:
        self.path = path
        self.source = source
        self.catalog = catalog
        self.blocks: list[Block] = []
        self.builder = BlockBuilder()

    def flush(self, kind: BlockKind = BlockKind.PARAGRAPH) -> None:
        if not self.builder.empty:
            self.blocks.append(self.builder.build())
        self.builder = BlockBuilder(kind=kind)

    def add(self, text: str, node: Any, column_shift: int = 0) -> None:
        row, column = node.start_point
        self.builder.add_text(text, row + 1, column + 1 + column_shift)

    def single(
        self, text: str, node: Any, kind: BlockKind, detail: str = "", shift: int = 0
    ) -> None:
        builder = BlockBuilder(kind=kind, detail=detail)
        row, column = node.start_point
        builder.add_text(text, row + 1, column + 1 + shift)
        if not builder.empty:
            self.blocks.append(builder.build())

    def element_name(self, node: Any) -> str:
        name = node.child_by_field_name("name")
        return _text(self.source, name) if name is not None else ""

    def attributes(self, node: Any) -> None:
        name = self.element_name(node)
        values: dict[str, tuple[str, Any]] = {}
        for attribute in (c for c in node.children if c.type == "jsx_attribute"):
            key = _text(self.source, attribute.children[0]).lower()
            value = attribute.children[-1] if len(attribute.children) > 2 else None
            if value is not None and value.type == "jsx_expression" and value.named_child_count:
                value = value.named_children[0]
            found = _string_value(self.source, value) if value is not None else None
            if found:
                values[key] = (html.unescape(found[0]), found[1])  # JSX attributes decode entities
        if name.lower() in ("img", "svg", "image", "picture", "source") or name.endswith(
            ("Image", "Badge", "Logo", "Seal")
        ):
            described = " ".join(
                [values[k][0] for k in ("alt", "title", "aria-label") if k in values]
                + [
                    _words_of(values[k][0])
                    for k in ("src", "classname", "class", "id")
                    if k in values
                ]
            )
            if BADGE_WORDS.search(described):
                self.single(described, node, BlockKind.BADGE, name)
                return
        for key, (text, where) in values.items():
            if key in VISIBLE_PROPS:
                self.single(text, where, BlockKind.ATTRIBUTE, key)

    def visit(self, node: Any) -> None:
        kind = node.type
        if kind in ("comment", "import_statement", "jsx_namespace_name"):
            return
        if kind in ("jsx_element", "jsx_self_closing_element"):
            opening = node.children[0] if kind == "jsx_element" else node
            name = self.element_name(opening)
            block = (
                name.lower() in BLOCK_TAGS
                or name[:1].isupper()
                or kind == "jsx_self_closing_element"
            )
            if block:
                self.flush(
                    BlockKind.HEADING if re.fullmatch(r"h[1-6]", name) else BlockKind.PARAGRAPH
                )
            self.attributes(opening)
            for child in node.children[1:-1] if kind == "jsx_element" else ():
                self.visit(child)
            if block:
                self.flush()
            return
        if kind == "html_character_reference":
            self.add(html.unescape(_text(self.source, node)), node)
            return
        if kind == "jsx_text":
            self.add(html.unescape(_text(self.source, node)), node)  # JSX decodes entities in text
            return
        if kind == "jsx_expression":
            for child in node.named_children:
                found = _string_value(self.source, child)
                if found:
                    self.add(found[0], found[1])
            return
        if kind == "pair" and self.catalog_pair(node):
            return
        for child in node.children:
            self.visit(child)

    def catalog_pair(self, node: Any) -> bool:
        """String values of message catalogs and of Next.js ``metadata`` objects."""
        key = node.child_by_field_name("key")
        value = node.child_by_field_name("value")
        if key is None or value is None:
            return False
        found = _string_value(self.source, value)
        name = _text(self.source, key).strip("'\"")
        if found and (self.catalog or name in ("title", "description")):
            self.single(found[0], found[1], BlockKind.ATTRIBUTE, name)
            return True
        return False


def read_script(path: str, text: str) -> Document:
    """JSX, TSX, JS or TS: what a visitor of the rendered page sees."""
    if is_test_file(path):
        return Document(path, ())
    source = text.encode("utf-8")
    tree = _parser(GRAMMARS[Path(path).suffix.lower()]).parse(source)
    reader = _JsxReader(path, source, bool(CATALOG_FOLDERS.search(Path(path).as_posix())))
    reader.visit(tree.root_node)
    reader.flush()
    return Document(path, tuple(reader.blocks), (), tuple(text.split("\n")))


def read_json_catalog(path: str, text: str) -> Document:
    """Every string value (never a key) of a JSON message catalog."""
    source = text.encode("utf-8")
    tree = _parser("json").parse(source)
    blocks: list[Block] = []

    def visit(node: Any) -> None:
        if node.type == "pair":
            value = node.child_by_field_name("value")
            if value is not None and value.type == "string":
                fragments = [
                    c for c in value.children if c.type in ("string_content", "escape_sequence")
                ]
                if fragments:
                    builder = BlockBuilder(kind=BlockKind.ATTRIBUTE)
                    row, column = fragments[0].start_point
                    builder.add_text(
                        "".join(_text(source, f) for f in fragments), row + 1, column + 1
                    )
                    if not builder.empty:
                        blocks.append(builder.build())
                return
        for child in node.children:
            visit(child)

    visit(tree.root_node)
    return Document(path, tuple(blocks), (), tuple(text.split("\n")))


def read_yaml_catalog(path: str, text: str) -> Document:
    """Every string scalar value of a YAML message catalog, at its own line and column."""
    import yaml

    blocks: list[Block] = []
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        from trustladder.readers import UnreadableFile

        raise UnreadableFile(f"malformed YAML ({exc})") from None
    stack = [root] if root is not None else []
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > 200_000:
            break
        if isinstance(node, yaml.MappingNode):
            stack.extend(value for _, value in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and node.value.strip():
            builder = BlockBuilder(kind=BlockKind.ATTRIBUTE)
            builder.add_text(
                node.value,
                node.start_mark.line + 1,
                node.start_mark.column + 1 + (1 if node.style in ("'", '"') else 0),
            )
            blocks.append(builder.build())
    blocks.sort(key=lambda b: (b.position(0).line, b.position(0).column))
    return Document(path, tuple(blocks), (), tuple(text.split("\n")))


def _blank(text: str, start: int, end: int) -> str:
    """Replace a stretch with spaces, keeping newlines, so positions stay put."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _blank_expressions(text: str) -> str:
    """Blank out ``{...}`` template expressions (balanced braces) in a template."""
    out, depth, start = list(text), 0, 0
    for index, char in enumerate(text):
        if char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                for position in range(start, index + 1):
                    if out[position] != "\n":
                        out[position] = " "
    return "".join(out)


def read_template(path: str, text: str) -> Document:
    """Vue, Svelte and Astro: the HTML a visitor sees."""
    suffix = Path(path).suffix.lower()
    body = text
    if suffix == ".astro" and body.startswith("---"):
        end = body.find("\n---", 3)
        if end > 0:
            body = _blank(body, 0, end + 4)
    if suffix == ".vue":
        opening = re.search(r"<template[^>]*>", body, re.IGNORECASE)
        closing = body.lower().rfind("</template>")
        if opening is None or closing < opening.end():
            return Document(path, ())
        body = _blank(_blank(body, closing, len(body)), 0, opening.end())
        body = re.sub(
            r"\{\{.*?\}\}", lambda m: re.sub(r"[^\n]", " ", m.group(0)), body, flags=re.DOTALL
        )
    else:
        body = _blank_expressions(body)
    blocks, suppressions = read_html_fragment(path, body)
    return Document(path, tuple(blocks), tuple(suppressions), tuple(text.split("\n")))


def read_mdx(path: str, text: str) -> Document:
    """MDX: Markdown, with import and export lines and ``{expressions}`` blanked."""
    from trustladder.readers.markdown import read_markdown

    lines = [
        re.sub(r"[^\n]", " ", line) if re.match(r"\s*(?:import|export)\s", line) else line
        for line in text.split("\n")
    ]
    document = read_markdown(path, _blank_expressions("\n".join(lines)))
    return Document(path, document.blocks, document.suppressions, tuple(text.split("\n")))
