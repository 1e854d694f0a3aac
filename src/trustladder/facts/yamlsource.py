"""Safe YAML reading that remembers where every value came from.

PyYAML composes the document into a node graph first; we then build plain Python values from
that graph ourselves. That gives three things the stock loaders do not: the line and column of
every key and value (so errors can name them), refusal of tags and merge keys (a facts file only
needs plain data), and a budget on the number of values built, so an alias bomb
("billion laughs") is refused after a bounded amount of work instead of expanding in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

Path = tuple[str | int, ...]

_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_SCALAR_CONSTRUCTOR = yaml.SafeLoader("")  # only its scalar constructors are used


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column in the source text."""

    line: int
    """The line, counting from 1."""
    column: int
    """The column, counting from 1."""


@dataclass
class YamlDocument:
    """Plain data read from YAML, with the position of every key and value."""

    data: Any
    """The document as dicts, lists, strings, numbers, booleans, dates and None."""
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    """Where the value at each path starts."""
    key_marks: dict[Path, Mark] = field(default_factory=dict)
    """Where the key naming each path starts (mapping entries only)."""

    def mark_for(self, path: Path, *, prefer_key: bool = False) -> Mark:
        """The position that best identifies ``path``: its own, else its nearest parent's."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            first, second = (
                (self.key_marks, self.value_marks)
                if prefer_key
                else (self.value_marks, self.key_marks)
            )
            found = first.get(prefix) or second.get(prefix)
            if found is not None:
                return found
        return Mark(1, 1)


class YamlProblem(Exception):
    """The text is not a safe, plain YAML document; carries where and why."""

    def __init__(self, message: str, mark: Mark, path: Path = ()) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.path = path


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


@dataclass
class _Builder:
    max_values: int
    max_depth: int
    document: YamlDocument = field(default_factory=lambda: YamlDocument(None))
    built: int = 0

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.built += 1
        if self.built > self.max_values:
            raise YamlProblem(
                f"the document expands to more than {self.max_values:,} values "
                "(aliases repeated inside aliases?); refusing to expand it",
                _mark(node),
                path,
            )
        if len(path) > self.max_depth:
            raise YamlProblem(f"nesting deeper than {self.max_depth} levels", _mark(node), path)
        if node.tag not in _PLAIN_TAGS:
            raise YamlProblem(
                f"the tag {node.tag!r} is not allowed; a facts file holds plain values only",
                _mark(node),
                path,
            )
        self.document.value_marks.setdefault(path, _mark(node))
        builders: dict[type, Callable[[Any, Path], Any]] = {
            yaml.MappingNode: self._mapping,
            yaml.SequenceNode: self._sequence,
        }
        build_collection = builders.get(type(node))
        if build_collection is not None:
            return build_collection(node, path)
        try:
            return yaml.SafeLoader.yaml_constructors[node.tag](_SCALAR_CONSTRUCTOR, node)
        except ValueError:
            # "2026-02-30" looks like a date but is not one: keep the text so that validation
            # reports it against the field, with what is allowed.
            return node.value

    def _sequence(self, node: yaml.SequenceNode, path: Path) -> list[Any]:
        return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem("merge keys (<<) are not supported", _mark(key_node), path)
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a key must be a plain word", _mark(key_node), path)
            key = str(self.build(key_node, path))
            child = (*path, key)
            if key in result:
                raise YamlProblem(
                    f"the key {key!r} appears twice in the same mapping", _mark(key_node), child
                )
            self.document.key_marks[child] = _mark(key_node)
            result[key] = self.build(value_node, child)
        return result


def read_yaml(text: str, *, max_values: int = 20_000, max_depth: int = 64) -> YamlDocument:
    """Read one plain YAML document; raise :class:`YamlProblem` with a position otherwise."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        raise YamlProblem(f"malformed YAML: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"malformed YAML: {exc}", Mark(1, 1)) from None
    except RecursionError:
        raise YamlProblem(f"nesting deeper than {max_depth} levels", Mark(1, 1)) from None
    finally:
        loader.dispose()
    builder = _Builder(max_values=max_values, max_depth=max_depth)
    if root is None:
        return builder.document
    try:
        builder.document.data = builder.build(root, ())
    except RecursionError:
        raise YamlProblem(f"nesting deeper than {max_depth} levels", _mark(root)) from None
    return builder.document
