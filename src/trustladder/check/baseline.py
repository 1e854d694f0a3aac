"""Baselines: findings already known, identified without line numbers so they survive edits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from trustladder.atomic import write_atomic
from trustladder.errors import InputError, SourceProblem
from trustladder.rules.model import Finding

BASELINE_VERSION = 1


def read_baseline(path: str) -> dict[str, int]:
    """How many times each fingerprint is already known."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = document["findings"]
        return dict(Counter(str(entry["fingerprint"]) for entry in entries))
    except FileNotFoundError:
        raise InputError(
            [
                SourceProblem(
                    path, 1, 1, "", "no such baseline file; write one with --write-baseline"
                )
            ]
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            [SourceProblem(path, 1, 1, "", f"not a trustladder baseline ({exc})")]
        ) from None


def write_baseline(path: str, findings: list[Finding]) -> None:
    """Record the active findings, atomically, sorted so the file diffs well."""
    entries = sorted(
        (
            {"fingerprint": f.fingerprint, "rule": f.rule, "path": f.path, "sentence": f.sentence}
            for f in findings
            if not f.suppressed
        ),
        key=lambda e: (e["path"], e["rule"], e["sentence"]),
    )
    text = (
        json.dumps({"version": BASELINE_VERSION, "findings": entries}, indent=2, ensure_ascii=False)
        + "\n"
    )
    write_atomic(path, text)
