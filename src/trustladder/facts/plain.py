"""Validated facts as plain JSON, and back, without the validation library.

A facts file that validated once is stored as JSON keyed on its bytes and on trustladder's own code,
so the next command reads it back in a millisecond instead of starting pydantic. JSON, not pickle:
a cache file planted in a repository can only ever yield data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from trustladder.atomic import write_atomic
from trustladder.facts.model import Facts
from trustladder.facts.yamlsource import Mark, YamlDocument

CACHE_VERSION = 1


@cache
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent).glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _from_plain(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _from_plain(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_from_plain(typing.get_args(annotation)[0], v) for v in value)
    if annotation is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        return annotation(**{name: _from_plain(hints[name], v) for name, v in value.items()})
    return value


def cache_path(folder: Path, raw: bytes) -> Path:
    """Where the cached form of these facts bytes lives."""
    key = hashlib.sha256(raw + _code_fingerprint().encode()).hexdigest()[:32]
    return folder / ".trustladder" / "cache" / f"facts-{key}.json"


def store(path: Path, facts: Facts, source: YamlDocument) -> None:
    """Write the cache entry atomically; a cache that cannot be written is skipped."""
    document = {
        "version": CACHE_VERSION,
        "facts": _to_plain(facts),
        "values": [[list(k), m.line, m.column] for k, m in source.value_marks.items()],
        "keys": [[list(k), m.line, m.column] for k, m in source.key_marks.items()],
    }
    try:
        write_atomic(path, json.dumps(document))
    except OSError:
        return


def load(path: Path) -> tuple[Facts, YamlDocument] | None:
    """The cached facts and positions, or None when there is no usable entry."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != CACHE_VERSION:
            return None
        facts = _from_plain(Facts, document["facts"])
        source = YamlDocument(None)
        source.value_marks = {
            tuple(k): Mark(line, column) for k, line, column in document["values"]
        }
        source.key_marks = {tuple(k): Mark(line, column) for k, line, column in document["keys"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a stale, broken or planted entry: validate the file again
    if not isinstance(facts, Facts):
        return None
    return facts, source
