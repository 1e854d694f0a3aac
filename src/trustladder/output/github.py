"""GitHub Actions workflow commands (annotations) and a job-summary table."""

from __future__ import annotations

from trustladder.check.engine import CheckResult
from trustladder.output.findings import summary

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_commands(result: CheckResult) -> str:
    """One workflow command per active finding and per unreadable file."""
    lines = []
    for f in result.active:
        properties = (
            f"file={_escape_property(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
            f"endColumn={f.end_column},title={_escape_property(f'{f.rule} {f.name}')}"
        )
        lines.append(
            f"::{_COMMAND[f.severity]} {properties}::{_escape_data(f'{f.message}. Suggestion: {f.suggestion}')}"
        )
    for error in result.errors:
        lines.append(
            f"::error file={_escape_property(error.path)},title=unreadable::{_escape_data(error.message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def job_summary(result: CheckResult) -> str:
    """A Markdown table for $GITHUB_STEP_SUMMARY."""
    rows = [
        "## trustladder check",
        "",
        summary(result),
        "",
    ]
    if result.active:
        rows += ["| severity | rule | where | text | suggestion |", "|---|---|---|---|---|"]
        rows += [
            f"| {f.severity} | {f.rule} {f.name} | `{_cell(f.path)}:{f.line}` | {_cell(f.text)} | {_cell(f.suggestion)} |"
            for f in result.active
        ]
    return "\n".join(rows) + "\n"
