"""Find, read and validate ``trustladder.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trustladder.errors import InputError, SourceProblem
from trustladder.facts.locate import FACTS_FILENAME, find_facts_file
from trustladder.facts.model import Facts
from trustladder.facts.paths import dotted
from trustladder.facts.yamlsource import Mark, YamlDocument, YamlProblem, read_yaml

MAX_FACTS_BYTES = 1024 * 1024
"""A facts file is a page of dates and names; anything near this size is not one."""


@dataclass(frozen=True)
class FactsDocument:
    """Validated facts together with where each value sits in the file."""

    facts: Facts
    """The facts."""
    path: str
    """The file, as the user named it."""
    source: YamlDocument
    """The positions of every key and value, for messages."""

    def where(self, field: str) -> Mark:
        """The position of a dotted field such as ``soc2.examinations[1].opinion``."""
        return self.source.mark_for(_parse_dotted(field))


def _parse_dotted(field: str) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    for piece in field.replace("[", ".[").split("."):
        if piece.startswith("[") and piece.endswith("]"):
            parts.append(int(piece[1:-1]))
        elif piece:
            parts.append(piece)
    return tuple(parts)


def _decode(raw: bytes, name: str) -> str:
    if b"\0" in raw:
        raise InputError([SourceProblem(name, 1, 1, "", "binary data, not a YAML text file")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        raise InputError([SourceProblem(name, line, column, "", message)]) from None


def parse_facts(text: str, name: str = FACTS_FILENAME) -> FactsDocument:
    """Validate facts given as YAML text; ``name`` is used in messages."""
    from trustladder.facts.validate import validate

    try:
        document = read_yaml(text)
    except YamlProblem as exc:
        problem = SourceProblem(name, exc.mark.line, exc.mark.column, dotted(exc.path), exc.message)
        raise InputError([problem]) from None
    facts, problems = validate(document)
    if facts is None:
        located = []
        for field_problem in problems:
            mark = document.mark_for(field_problem.path, prefer_key=field_problem.at_key)
            field = dotted(field_problem.path)
            located.append(
                SourceProblem(name, mark.line, mark.column, field, field_problem.message)
            )
        raise InputError(sorted(located, key=lambda p: (p.line, p.column)))
    return FactsDocument(facts=facts, path=name, source=document)


def load_facts_document(path: Path | str, *, max_bytes: int = MAX_FACTS_BYTES) -> FactsDocument:
    """Read and validate a facts file, raising :class:`InputError` with every problem found."""
    name = str(path)
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError([SourceProblem(name, 1, 1, "", f"cannot read: {exc.strerror}")]) from None
    if len(raw) > max_bytes:
        message = f"larger than {max_bytes:,} bytes; a facts file is a page of dates and names"
        raise InputError([SourceProblem(name, 1, 1, "", message)])
    from trustladder.facts import plain

    cached_at = plain.cache_path(Path(path).resolve().parent, raw)
    cached = plain.load(cached_at)
    if cached is not None:
        return FactsDocument(facts=cached[0], path=name, source=cached[1])
    document = parse_facts(_decode(raw, name), name)
    plain.store(cached_at, document.facts, document.source)
    return document


def load_facts(path: Path | str) -> Facts:
    """Read and validate a facts file."""
    return load_facts_document(path).facts


__all__ = [
    "FACTS_FILENAME",
    "FactsDocument",
    "find_facts_file",
    "load_facts",
    "load_facts_document",
    "parse_facts",
]
