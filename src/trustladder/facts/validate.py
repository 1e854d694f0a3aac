"""Turn plain YAML data into :class:`~trustladder.facts.model.Facts`, or say precisely why not.

Validation uses pydantic, imported here only, so commands that never read a facts file do not
pay for it. Every problem is reported at once, each with its line, dotted field, the value found
and what is allowed.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from functools import cache
from typing import Any

from trustladder.facts.model import Examination, Facts
from trustladder.facts.paths import dotted
from trustladder.facts.yamlsource import Path, YamlDocument

_MAX_SHOWN_VALUE = 60


@dataclasses.dataclass(frozen=True)
class FieldProblem:
    """A problem with one field, before it is placed in a file."""

    path: Path
    """Where in the document."""
    message: str
    """What is wrong and what is allowed."""
    at_key: bool = False
    """True when the key itself is wrong (an unknown key), so the key's position is reported."""


@cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Facts)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the facts file, for editor completion and validation."""
    schema: dict[str, Any] = _adapter().json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "trustladder facts file (trustladder.yaml)"
    exam = schema["$defs"]["Examination"]
    exam["properties"]["exceptions"]["anyOf"][0]["minimum"] = 0
    exam["allOf"] = [
        {
            "if": {"properties": {"type": {"const": "type1"}}},
            "then": {
                "required": ["as_of"],
                "not": {"anyOf": _present("period_start", "period_end")},
            },
        },
        {
            "if": {"properties": {"type": {"const": "type2"}}},
            "then": {
                "required": ["period_start", "period_end"],
                "not": {"anyOf": _present("as_of")},
            },
        },
    ]
    return schema


def _present(*names: str) -> list[dict[str, Any]]:
    return [{"required": [name], "properties": {name: {"not": {"type": "null"}}}} for name in names]


def _shown(value: Any) -> str:
    text = repr(value)
    if isinstance(value, dict):
        text = "a mapping"
    elif isinstance(value, list):
        text = "a list"
    return text if len(text) <= _MAX_SHOWN_VALUE else text[: _MAX_SHOWN_VALUE - 1] + "…"


def _dataclass_at(path: Path) -> type | None:
    """The dataclass that the mapping at ``path`` must match, if any."""
    current: Any = Facts
    for part in path:
        if isinstance(part, int):
            continue
        if not dataclasses.is_dataclass(current):
            return None
        hints = typing.get_type_hints(current)
        if part not in hints:
            return None
        current = _unwrap(hints[part])
    return current if isinstance(current, type) and dataclasses.is_dataclass(current) else None


def _unwrap(annotation: Any) -> Any:
    """Strip ``X | None``, ``tuple[X, ...]`` and ``Annotated`` down to X."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (types.UnionType, typing.Union):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _unwrap(inner[0]) if len(inner) == 1 else annotation
    if origin is tuple:
        return _unwrap(typing.get_args(annotation)[0])
    return annotation


def _unknown_key(path: Path) -> FieldProblem:
    key = str(path[-1])
    owner = _dataclass_at(path[:-1])
    allowed = [f.name for f in dataclasses.fields(owner)] if owner else []
    message = "unknown key"
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        message += f"; did you mean {close[0]!r}?"
    if allowed:
        message += f" (allowed here: {', '.join(allowed)})"
    return FieldProblem(path, message, at_key=True)


_PLAIN_WORDS = {
    "tuple_type": "expected a list, such as [security, availability]",
    "list_type": "expected a list",
    "dataclass_type": "expected a mapping of keys",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
}


def _from_pydantic(error: Any) -> FieldProblem:
    path: Path = tuple(error["loc"])
    kind = error["type"]
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        return _unknown_key(path)
    if kind == "missing":
        return FieldProblem(path, "required field is missing", at_key=True)
    found = _shown(error.get("input"))
    text = str(error["msg"])
    if kind in _PLAIN_WORDS:
        text = _PLAIN_WORDS[kind]
    elif kind.startswith("date"):
        detail = str(error.get("ctx", {}).get("error", "")) or "not a date"
        text = f"expected a real date written YYYY-MM-DD ({detail})"
    elif text.startswith("Input should be "):
        text = "expected " + text.removeprefix("Input should be ")
    else:
        text = text[0].lower() + text[1:]
    return FieldProblem(path, f"{found} is not allowed: {text}")


_TYPE_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "type1": (
        ("as_of",),
        ("period_start", "period_end"),
        "a Type 1 examines design as of one date",
    ),
    "type2": (("period_start", "period_end"), ("as_of",), "a Type 2 examines a review period"),
}


def _examination_shape(index: int, exam: Examination) -> list[FieldProblem]:
    """The dates a Type 1 or Type 2 must have, and those it must not."""
    required, forbidden, why = _TYPE_FIELDS[exam.type]
    problems = []
    base: Path = ("soc2", "examinations", index)
    if exam.exceptions is not None and exam.exceptions < 0:
        problems.append(
            FieldProblem(
                (*base, "exceptions"), f"{exam.exceptions} is not allowed: expected 0 or more"
            )
        )
    for name in required:
        if getattr(exam, name) is None:
            problems.append(FieldProblem((*base, name), f"required for a {exam.type}: {why}"))
    for name in forbidden:
        if getattr(exam, name) is not None:
            problems.append(
                FieldProblem((*base, name), f"not part of a {exam.type}: {why}", at_key=True)
            )
    return problems


def validate(document: YamlDocument) -> tuple[Facts | None, list[FieldProblem]]:
    """Build Facts from ``document``; on failure return None and every problem found."""
    from pydantic import ValidationError

    if document.data is None:
        return None, [FieldProblem((), "the file is empty; `trustladder init` writes a starter")]
    if not isinstance(document.data, dict):
        return None, [
            FieldProblem(
                (), f"expected a mapping of keys at the top, found {_shown(document.data)}"
            )
        ]
    try:
        facts: Facts = _adapter().validate_python(document.data)
    except ValidationError as exc:
        return None, [_from_pydantic(error) for error in exc.errors()]
    problems = [
        problem
        for index, exam in enumerate(facts.soc2.examinations)
        for problem in _examination_shape(index, exam)
    ]
    return (None, problems) if problems else (facts, [])


__all__ = ["FieldProblem", "dotted", "json_schema", "validate"]
