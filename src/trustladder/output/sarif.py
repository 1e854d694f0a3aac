"""SARIF 2.1.0 that GitHub code scanning accepts: rules with help, fingerprints, suppressions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trustladder import __version__
from trustladder.check.engine import CheckResult
from trustladder.rules import ALL_RULES
from trustladder.rules.model import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {
            "text": f"{rule.summary} {rule.why}",
            "markdown": f"**{rule.id} {rule.name}**: {rule.summary}\n\n{rule.why}",
        },
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["soc2", "claims"], "precision": "high"},
    }


def _uri(path: str) -> str:
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix()


def findings_sarif(result: CheckResult) -> str:
    """The run as one SARIF log."""
    index = {rule.id: number for number, rule in enumerate(ALL_RULES)}
    results = []
    for finding in result.findings:
        item: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": _LEVEL[finding.severity],
            "message": {"text": f"{finding.message}. Suggestion: {finding.suggestion}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(finding.path), "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": finding.line,
                            "startColumn": finding.column,
                            "endLine": finding.end_line,
                            "endColumn": finding.end_column,
                            "snippet": {"text": finding.text},
                        },
                    }
                }
            ],
            "partialFingerprints": {"trustladderFingerprint/v1": finding.fingerprint},
        }
        if finding.suppressed:
            item["suppressions"] = [{"kind": "inSource", "justification": finding.justification}]
        results.append(item)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "trustladder",
                        "version": __version__,
                        "rules": [_rule(rule) for rule in ALL_RULES],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": f"{e.path}: {e.message}"}}
                            for e in result.errors
                        ],
                    }
                ],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
