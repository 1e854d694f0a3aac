"""E-mail (.eml and mbox): MIME decoded, plain and HTML parts read, quoted replies recognised as
someone else's words; located by message, part and line."""

from __future__ import annotations

import email
import email.policy
import mailbox
from email.message import EmailMessage
from pathlib import Path

from trustladder.readers.html import read_html_fragment
from trustladder.readers.located import UnitDocument
from trustladder.readers.model import BlockKind, Document
from trustladder.readers.text import read_text

MAX_MESSAGES = 5000


def _part_text(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _add_message(unit: UnitDocument, message: EmailMessage, number: int, prefix: str) -> None:
    plain_seen = False
    for part in message.walk():
        kind = part.get_content_type()
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if kind == "text/plain":
            plain_seen = True
            document = read_text("part", _part_text(part))
        elif kind == "text/html" and not plain_seen:
            blocks, _ = read_html_fragment("part", _part_text(part))
            document = Document("part", tuple(blocks))
        else:
            continue
        for block in document.blocks:
            line = block.position(0).line
            unit.add(
                block.text, f"{prefix}{kind} line {line}", block.kind, block.quoted, block.lead_in
            )
    subject = str(message.get("subject", "")).strip()
    if subject:
        unit.add(subject, f"{prefix}subject", BlockKind.HEADING)


def read_email(path: str, data: bytes) -> Document:
    """Read one .eml message, or every message of an mbox file."""
    unit = UnitDocument(path)
    if data.startswith(b"From ") and Path(path).suffix.lower() in (".mbox", ""):
        box = mailbox.mbox(path, create=False)
        for number, key in enumerate(box.iterkeys(), start=1):
            if number > MAX_MESSAGES:
                break
            parsed = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
            _add_message(unit, parsed, number, f"message {number}, ")
    else:
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        _add_message(unit, parsed, 1, "")
    return unit.document()
