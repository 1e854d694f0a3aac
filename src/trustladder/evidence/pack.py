"""An evidence pack for one named recipient: stamped PDFs, a manifest, a cover note, a ledger entry."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from trustladder.atomic import write_atomic
from trustladder.errors import TrustladderError
from trustladder.evidence import ledger
from trustladder.evidence.stack import StackItem
from trustladder.evidence.stamp import CannotStamp, Stamp, stamp_pdf
from trustladder.facts.model import Facts
from trustladder.status.model import Status

MANIFEST_VERSION = 1


class PackRefused(TrustladderError):
    """The pack cannot be made as asked; every reason is listed."""


@dataclass
class PackResult:
    """What was packed, and what was left out and why."""

    path: Path
    pack_id: str
    included: list[dict[str, Any]] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)


def parse_recipient(text: str) -> tuple[str, str]:
    """``Name <email>`` -> (name, email); an address is required."""
    name, address = parseaddr(text)
    if "@" not in address or "." not in address.split("@")[-1]:
        raise PackRefused(
            f'the recipient {text!r} has no e-mail address; write it as "Name <name@company.example>"'
        )
    return name or address, address


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _select(
    items: list[StackItem], keys: list[str] | None
) -> tuple[list[StackItem], list[tuple[str, str]]]:
    by_key = {item.key: item for item in items}
    chosen, refused, left_out = [], [], []
    for key in keys or [item.key for item in items]:
        item = by_key.get(key)
        reason = None
        if item is None:
            reason = f"no such evidence item (known: {', '.join(by_key)})"
        elif item.share == "internal":
            reason = "marked internal: it is never shared"
        elif item.status != "available":
            reason = f"not available (status: {item.status})"
        elif item.key == "security_call":
            reason = "a call, not a document: offered in the cover note"
        elif item.file is None or not item.file.is_file():
            reason = next((p for p in item.problems if p.startswith("file")), "file missing")
        if reason is None and item is not None:
            chosen.append(item)
        elif keys and key != "security_call":
            refused.append(f"{key}: {reason}")
        else:
            left_out.append((key, str(reason)))
    if refused:
        raise PackRefused("refused: " + "; ".join(refused))
    return chosen, left_out


def _entry(item: StackItem, stamp: Stamp) -> tuple[str, bytes, dict[str, Any]]:
    assert item.file is not None
    source = item.file.read_bytes()
    stamped = item.file.suffix.lower() == ".pdf"
    data = stamp_pdf(source, stamp) if stamped else source
    name = f"items/{item.key}/{item.file.name}"
    return (
        name,
        data,
        {
            "key": item.key,
            "title": item.title,
            "label": item.label,
            "date": item.date.isoformat() if item.date else None,
            "share": item.share,
            "file": name,
            "sha256": _sha256(data),
            "source_sha256": _sha256(source),
            "stamped": stamped,
            "stale": [p for p in item.problems if p.startswith("stale")],
        },
    )


def build_pack(
    facts: Facts,
    status: Status,
    items: list[StackItem],
    recipient: str,
    company: str,
    out: Path,
    ledger_path: Path,
    keys: list[str] | None = None,
    now: dt.datetime | None = None,
) -> PackResult:
    """Write the pack to ``out`` atomically and record it in the ledger."""
    from trustladder.evidence.cover import cover_note, manifest_html
    from trustladder.language.render import render

    name, address = parse_recipient(recipient)
    if not company.strip():
        raise PackRefused("name the recipient's company with --company")
    chosen, left_out = _select(items, keys)
    now = now or dt.datetime.now(dt.UTC)
    stamp = Stamp(f"{name} <{address}>", company, status.today.isoformat())
    result = PackResult(out, uuid.uuid4().hex[:12], left_out=left_out)
    entries = []
    for item in chosen:
        try:
            entries.append(_entry(item, stamp))
        except CannotStamp as exc:
            if keys:
                raise PackRefused(f"refused: {item.key}: {exc}") from None
            result.left_out.append((item.key, str(exc)))
    if not entries:
        raise PackRefused("nothing to share: no available, shareable item with a readable file")
    result.included = [meta for _, _, meta in entries]
    manifest = {
        "schema_version": MANIFEST_VERSION,
        "pack_id": result.pack_id,
        "created": now.isoformat(timespec="seconds"),
        "day": status.today.isoformat(),
        "from": facts.organization.name,
        "for": {"name": name, "email": address, "company": company},
        "status_line": render("status-line", facts, status).strip(),
        "notice": stamp.lines[1],
        "items": result.included,
        "not_included": [{"key": k, "reason": r} for k, r in result.left_out],
    }
    _write_zip(out, entries, manifest, cover_note(facts, status, manifest), manifest_html(manifest))
    ledger.append(
        ledger_path,
        {
            "pack_id": result.pack_id,
            "at": manifest["created"],
            "day": manifest["day"],
            "recipient": name,
            "email": address,
            "company": company,
            "pack": out.name,
            "pack_sha256": _sha256(out.read_bytes()),
            "items": [
                {"key": m["key"], "file": m["file"], "sha256": m["sha256"]} for m in result.included
            ],
        },
    )
    return result


def _write_zip(
    out: Path,
    entries: list[tuple[str, bytes, dict[str, Any]]],
    manifest: dict[str, Any],
    cover: str,
    page: str,
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("cover-note.txt", cover)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        archive.writestr("manifest.html", page)
        for name, data, _ in entries:
            archive.writestr(name, data)
    write_atomic(out, buffer.getvalue())
