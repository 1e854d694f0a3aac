"""Settings for ``trustladder check``: what to read, what to judge and when to fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trustladder.errors import InputError, SourceProblem

DEFAULT_INCLUDE = (
    "*.md",
    "*.markdown",
    "*.mdown",
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.txt",
    "*.text",
    "*.docx",
    "*.pdf",
    "*.eml",
    "*.mbox",
    "*.xlsx",
    "*.csv",
    "*.jsx",
    "*.tsx",
    "*.js",
    "*.mjs",
    "*.ts",
    "*.mdx",
    "*.vue",
    "*.svelte",
    "*.astro",
    "*.json",
    "*.yaml",
    "*.yml",
)
DEFAULT_EXCLUDE = (
    ".trustladder",
    ".git",
    ".hg",
    ".svn",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "dist",
    "build",
    "*.min.html",
)
SEVERITY_NAMES = ("error", "warning", "info")


@dataclass(frozen=True)
class CheckSettings:
    """How ``trustladder check`` runs; every value can be set in ``[check]``."""

    fail_on: str = "warning"
    """The lowest severity that makes the command exit 1."""
    include: tuple[str, ...] = DEFAULT_INCLUDE
    """Globs of files read when a folder is named."""
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    """Globs of files and folders never read."""
    disabled: frozenset[str] = frozenset()
    """Rule ids or names turned off."""
    severities: dict[str, str] = field(default_factory=dict)
    """Severity overrides by rule id."""
    max_file_bytes: int = 20 * 1024 * 1024
    """Inputs larger than this are reported, not read."""


def check_settings(path: str, table: Any) -> CheckSettings:
    """Validate a ``[check]`` table, naming the file, key and allowed values on any error."""
    from trustladder.rules import lookup

    if not isinstance(table, dict):
        raise InputError([SourceProblem(path, 1, 1, "check", "expected a table of settings")])
    problems: list[SourceProblem] = []
    values: dict[str, Any] = {}

    def problem(key: str, message: str) -> None:
        problems.append(SourceProblem(path, 1, 1, f"check.{key}", message))

    for key, value in table.items():
        if key == "fail_on":
            if value in SEVERITY_NAMES:
                values[key] = value
            else:
                problem(
                    key, f"{value!r} is not allowed: expected one of {', '.join(SEVERITY_NAMES)}"
                )
        elif key in ("include", "exclude", "disable"):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                unknown = [v for v in value if key == "disable" and lookup(v) is None]
                if unknown:
                    problem(key, f"unknown rule {unknown[0]!r}; `trustladder rules` lists them")
                values["disabled" if key == "disable" else key] = (
                    frozenset(value) if key == "disable" else tuple(value)
                )
            else:
                problem(key, "expected a list of strings")
        elif key == "severity":
            if not isinstance(value, dict):
                problem(key, 'expected a table such as { TL112 = "info" }')
                continue
            overrides = {}
            for rule_key, level in value.items():
                rule = lookup(rule_key)
                if rule is None:
                    problem(f"severity.{rule_key}", "unknown rule; `trustladder rules` lists them")
                elif level not in SEVERITY_NAMES:
                    problem(
                        f"severity.{rule_key}",
                        f"{level!r} is not allowed: expected one of {', '.join(SEVERITY_NAMES)}",
                    )
                else:
                    overrides[rule.id] = level
            values["severities"] = overrides
        elif key == "max_file_bytes":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                values[key] = value
            else:
                problem(key, f"{value!r} is not allowed: expected a whole number of bytes")
        else:
            problem(
                key,
                "unknown setting (allowed: fail_on, include, exclude, disable, severity, max_file_bytes)",
            )
    if problems:
        raise InputError(problems)
    return CheckSettings(**values)
