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


def reader_for(path: str) -> Reader:
    """The reader for a file name (plain text when the suffix is not known)."""
    suffix = Path(path).suffix.lower()
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
