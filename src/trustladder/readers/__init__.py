"""Format readers: every input becomes located blocks of visible text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trustladder.readers.model import Block, BlockKind, Document, Position, Suppression

Reader = Callable[[str, str], Document]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".rst", ""})


class UnreadableFile(Exception):
    """A file that cannot be read as text; the message says why."""


SCRIPT_SUFFIXES = frozenset({".jsx", ".tsx", ".js", ".mjs", ".ts"})
TEMPLATE_SUFFIXES = frozenset({".vue", ".svelte", ".astro"})


def _components(name: str) -> Reader:
    from trustladder.readers import components

    reader: Reader = getattr(components, name)
    return reader


def _catalog(path: str, text: str) -> Document:
    from trustladder.readers.components import CATALOG_FOLDERS, read_json_catalog, read_yaml_catalog

    if not CATALOG_FOLDERS.search(Path(path).as_posix()):
        return Document(path, ())  # configuration, not text a visitor reads
    reader = read_json_catalog if path.lower().endswith(".json") else read_yaml_catalog
    return reader(path, text)


def reader_for(path: str) -> Reader:
    """The reader for a file name (plain text when the suffix is not known)."""
    suffix = Path(path).suffix.lower()
    if suffix in SCRIPT_SUFFIXES:
        return _components("read_script")
    if suffix in TEMPLATE_SUFFIXES:
        return _components("read_template")
    if suffix == ".mdx":
        return _components("read_mdx")
    if suffix in (".json", ".yaml", ".yml"):
        return _catalog
    if suffix in MARKDOWN_SUFFIXES:
        from trustladder.readers.markdown import read_markdown

        return read_markdown
    if suffix in HTML_SUFFIXES:
        from trustladder.readers.html import read_html

        return read_html
    from trustladder.readers.text import read_text

    return read_text


def decode(raw: bytes) -> str:
    """Text from bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM; else an error."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"broken UTF-16 text ({exc.reason})") from None
    if b"\0" in raw[:8192]:
        raise UnreadableFile("binary data, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UnreadableFile(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line})"
        ) from None


def read_document(path: str, text: str) -> Document:
    """Read text with the reader its file name calls for."""
    return reader_for(path)(path, text.replace("\r\n", "\n").replace("\r", "\n"))


__all__ = [
    "Block",
    "BlockKind",
    "Document",
    "Position",
    "Suppression",
    "UnreadableFile",
    "decode",
    "read_document",
    "reader_for",
]
