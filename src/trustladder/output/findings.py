"""``trustladder check`` as text (with the source line and a caret) and as JSON (a contract)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from trustladder import __version__
from trustladder.check.engine import CheckResult
from trustladder.rules.model import Finding

FINDINGS_SCHEMA_VERSION = 1
NO_FACTS_NOTICE = "no facts file: judged as if no SOC 2 report is held (the strictest case)"

Style = Callable[..., str]
_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _plain(text: str, **_: Any) -> str:
    return text


def _source_line(lines: dict[str, list[str]], finding: Finding) -> list[str]:
    source = lines.get(finding.path)
    if not source or not 0 < finding.line <= len(source):
        return []
    text = source[finding.line - 1].rstrip("\n").expandtabs(1)
    width = max(
        1,
        (finding.end_column if finding.end_line == finding.line else len(text) + 1)
        - finding.column,
    )
    return [f"    {text}", "    " + " " * (finding.column - 1) + "^" + "~" * (width - 1)]


def summary(result: CheckResult) -> str:
    """``2 errors, 1 warning in 3 files (1 suppressed, 4 in the baseline)``."""
    counts = Counter(f.severity for f in result.active)
    parts = [
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}"
        for s in ("error", "warning", "info")
        if counts[s]
    ]
    text = (
        ", ".join(parts) or "no findings"
    ) + f" in {result.files} file{'s' if result.files != 1 else ''}"
    extras = []
    suppressed = len(result.findings) - len(result.active)
    if suppressed:
        extras.append(f"{suppressed} suppressed")
    if result.baselined:
        extras.append(f"{result.baselined} in the baseline")
    if result.errors:
        extras.append(f"{len(result.errors)} unreadable")
    return text + (f" ({', '.join(extras)})" if extras else "")


def findings_text(
    result: CheckResult, lines: dict[str, list[str]], *, no_facts: bool, style: Style = _plain
) -> str:
    """Findings for people: location, severity, rule, why, the line with a caret, what to say."""
    out = []
    if no_facts:
        out.append(style(f"note: {NO_FACTS_NOTICE}", dim=True))
    for finding in result.active:
        where = (
            f"{finding.path}:{finding.location}"
            if finding.location
            else f"{finding.path}:{finding.line}:{finding.column}"
        )
        label = style(finding.severity, fg=_COLOURS[finding.severity], bold=True)
        out.append(f"{where}: {label} {finding.rule} {finding.name}: {finding.message}")
        if not finding.location:
            out.extend(_source_line(lines, finding))
        else:
            out.append(f"    {finding.sentence}")
        out.append(f"    suggestion: {finding.suggestion}")
    for error in result.errors:
        out.append(
            f"{error.path}: {style('error', fg='red', bold=True)} cannot check: {error.message}"
        )
    out.append(summary(result))
    return "\n".join(out) + "\n"


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding, per the contract."""
    return {
        "rule": finding.rule,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "text": finding.text,
        "sentence": finding.sentence,
        "fingerprint": finding.fingerprint,
        "suppressed": finding.suppressed,
        "justification": finding.justification or None,
        "location": finding.location or None,
    }


def findings_json(result: CheckResult, *, no_facts: bool, facts_path: str | None) -> str:
    """Findings for tools: a versioned document (see docs/check.md)."""
    counts = Counter(f.severity for f in result.active)
    document = {
        "schema_version": FINDINGS_SCHEMA_VERSION,
        "tool": {"name": "trustladder", "version": __version__},
        "facts": facts_path,
        "assumed_no_report": no_facts,
        "findings": [finding_json(f) for f in result.findings],
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "summary": {
            "files": result.files,
            "error": counts["error"],
            "warning": counts["warning"],
            "info": counts["info"],
            "suppressed": len(result.findings) - len(result.active),
            "baselined": result.baselined,
            "unreadable": len(result.errors),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
