"""The share ledger: an append-only record of every evidence pack, safe across crashes.

Each share is one JSON line written with a single ``write`` on a file opened for appending, then
flushed to disk. A crash can at worst leave one torn line at the end; readers skip it and say so,
and the next append starts on a fresh line, so no complete record is ever lost.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEDGER_NAME = "shares.jsonl"


@dataclass(frozen=True)
class LedgerRead:
    """The records read, and any torn lines skipped."""

    records: list[dict[str, Any]]
    skipped: list[int]
    """1-based line numbers that were not complete records."""


def _seal(record: dict[str, Any]) -> str:
    body = json.dumps(record, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(body.encode()).hexdigest()
    return json.dumps({"record": record, "sha256": digest}, sort_keys=True, ensure_ascii=False)


def append(path: Path, record: dict[str, Any]) -> None:
    """Append one record durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = _seal(record) + "\n"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        size = os.fstat(descriptor).st_size
        if size:
            with path.open("rb") as handle:
                handle.seek(size - 1)
                if handle.read(1) != b"\n":
                    line = "\n" + line  # a torn line from a crash stays on its own line
        os.write(descriptor, line.encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read(path: Path) -> LedgerRead:
    """Every complete record, oldest first."""
    if not path.exists():
        return LedgerRead([], [])
    records, skipped = [], []
    for number, line in enumerate(
        path.read_bytes().decode("utf-8", errors="replace").splitlines(), start=1
    ):
        if not line.strip():
            continue
        try:
            sealed = json.loads(line)
            record = sealed["record"]
            body = json.dumps(record, sort_keys=True, ensure_ascii=False)
            if hashlib.sha256(body.encode()).hexdigest() != sealed["sha256"]:
                raise ValueError("checksum mismatch")
        except (ValueError, KeyError, TypeError):
            skipped.append(number)
            continue
        records.append(record)
    return LedgerRead(records, skipped)
