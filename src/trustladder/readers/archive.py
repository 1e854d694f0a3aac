"""Limits for zip containers (XLSX, DOCX): refuse bombs before anything is unpacked."""

from __future__ import annotations

import zipfile
from pathlib import Path

from trustladder.errors import TrustladderError

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000


class UnsafeArchive(TrustladderError):
    """A container that would unpack to far more than it holds, or is not a zip at all."""


def guard_zip(path: Path, max_bytes: int = MAX_UNPACKED_BYTES, max_ratio: int = MAX_RATIO) -> None:
    """Check a zip's directory: total size, member count and compression ratio, without unpacking."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeArchive(f"{path}: not a valid workbook or document container ({exc})") from None
    if len(members) > MAX_MEMBERS:
        raise UnsafeArchive(
            f"{path}: {len(members):,} parts; more than {MAX_MEMBERS:,} is not a document"
        )
    total = sum(m.file_size for m in members)
    if total > max_bytes:
        raise UnsafeArchive(
            f"{path}: would unpack to {total:,} bytes, over the limit of {max_bytes:,}"
        )
    for member in members:
        if member.compress_size and member.file_size / member.compress_size > max_ratio:
            raise UnsafeArchive(
                f"{path}: {member.filename} is compressed {member.file_size // member.compress_size}:1, "
                f"over the limit of {max_ratio}:1 (a zip bomb?)"
            )
