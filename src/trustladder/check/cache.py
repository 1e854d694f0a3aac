"""A cache of findings keyed on the file's content, the rule set and the facts, so it stays valid
across machines and CI runs (no timestamps in the key)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from functools import cache
from pathlib import Path
from typing import Any

from trustladder.atomic import write_atomic
from trustladder.check.settings import CheckSettings
from trustladder.rules import Context, Finding

CACHE_DIR_ENV = "TRUSTLADDER_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(".trustladder") / "cache"


@cache
def rules_fingerprint() -> str:
    """Changes whenever trustladder's code (and so its rules) changes."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def context_fingerprint(context: Context, settings: CheckSettings, names: tuple[str, ...]) -> str:
    """The facts as judged on the day, the check settings and the company's names."""
    payload = json.dumps(
        {
            "facts": repr(context.facts),
            "status": repr(context.status),
            "settings": repr(settings),
            "names": names,
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class FindingsCache:
    """Findings per (content, rules, context) key, stored as small JSON files."""

    def __init__(self, folder: Path, context_key: str) -> None:
        self.folder = folder
        self.context_key = context_key

    def key(self, raw: bytes) -> str:
        """The cache key for one file's bytes."""
        return hashlib.sha256(
            raw + rules_fingerprint().encode() + self.context_key.encode()
        ).hexdigest()

    def get(self, key: str, path: str) -> list[Finding] | None:
        """Cached findings for ``key``, with ``path`` restored; None on a miss."""
        try:
            records = json.loads(
                (self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError):
            return None
        names = {f.name for f in fields(Finding)}
        return [
            Finding(**{**{k: v for k, v in record.items() if k in names}, "path": path})
            for record in records
        ]

    def put(self, key: str, findings: list[Finding]) -> None:
        """Store findings for ``key`` atomically; a cache that cannot be written is simply skipped."""
        records: list[dict[str, Any]] = [asdict(f) for f in findings]
        try:
            write_atomic(self.folder / key[:2] / f"{key}.json", json.dumps(records))
        except OSError:
            return
