"""Files trustladder writes (baselines, packs, filled questionnaires, caches) are replaced whole."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trustladder.atomic import write_atomic


def test_writes_text_as_utf8_and_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "baseline.json"
    write_atomic(target, "« SOC 2 » — résumé\n")
    assert target.read_bytes() == "« SOC 2 » — résumé\n".encode()


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "answers.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "pack.zip", b"PK")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "pack.zip").stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "baseline.json"
    target.write_text('{"version": 1}\n')

    def refuse(source: str, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "x" * 10_000)
    assert target.read_text() == '{"version": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]
