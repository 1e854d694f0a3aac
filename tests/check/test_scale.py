"""Whole trees: .gitignore respected, only changed files, split across processes, cached."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustladder.check import engine
from trustladder.check.engine import check_paths
from trustladder.check.files import changed_files, collect_files
from trustladder.check.settings import CheckSettings
from trustladder.cli import main
from trustladder.rules import Context


def _tree(root: Path, pages: int = 5) -> None:
    (root / "docs" / "drafts").mkdir(parents=True)
    (root / ".gitignore").write_text("drafts/\n*.tmp.md\n", encoding="utf-8")
    for number in range(pages):
        body = "We are SOC 2 certified.\n" if number % 2 == 0 else "Our team ships every week.\n"
        (root / "docs" / f"page{number}.md").write_text(
            f"# Page {number}\n\n{body}", encoding="utf-8"
        )
    (root / "docs" / "drafts" / "old.md").write_text("We are SOC 2 compliant.\n", encoding="utf-8")
    (root / "docs" / "scratch.tmp.md").write_text("We are SOC 2 compliant.\n", encoding="utf-8")


def test_gitignored_files_and_folders_are_skipped(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = sorted(Path(p).name for p in collect_files([str(tmp_path)], CheckSettings()))
    assert found == ["page0.md", "page1.md", "page2.md", "page3.md", "page4.md"]


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    settings = CheckSettings(include=("*.md",), exclude=("page1.md", "page3.md"))
    assert sorted(Path(p).name for p in collect_files([str(tmp_path)], settings)) == [
        "page0.md",
        "page2.md",
        "page4.md",
    ]


def test_only_files_changed_in_git_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t.example"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "pages"], check=True)
    (tmp_path / "docs" / "page1.md").write_text("We are SOC 2 compliant.\n", encoding="utf-8")
    (tmp_path / "docs" / "new.md").write_text("We are SOC 2 certified.\n", encoding="utf-8")
    assert sorted(changed_files(None, ["docs"], CheckSettings())) == [
        "docs/new.md",
        "docs/page1.md",
    ]
    result = CliRunner().invoke(
        main, ["check", "--changed", "--no-facts", "--format", "json", "docs"]
    )
    assert result.exit_code == 1 and '"path": "docs/page0.md"' not in result.stdout


def test_a_large_tree_split_across_processes_gives_the_same_findings_in_order(
    tmp_path: Path,
) -> None:
    _tree(tmp_path, pages=1600)
    context = Context(None, None)
    serial = check_paths([str(tmp_path)], context, CheckSettings(), jobs=1)
    parallel = check_paths([str(tmp_path)], context, CheckSettings(), jobs=2)
    assert (
        parallel.findings == serial.findings
        and len(serial.findings) == 800
        and parallel.files == 1600
    )


def test_the_cache_answers_for_unchanged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    tmp_path = tmp_path / "site"
    _tree(tmp_path)
    first = check_paths(
        [str(tmp_path)], Context(None, None), CheckSettings(), jobs=1, cache_dir=cache
    )

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(engine, "judge_document", no_parsing)
    second = check_paths(
        [str(tmp_path)], Context(None, None), CheckSettings(), jobs=1, cache_dir=cache
    )
    assert second.findings == first.findings and len(first.findings) == 3
    (tmp_path / "docs" / "page2.md").write_text("We are SOC 2 compliant now.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="parsed although cached"):
        check_paths([str(tmp_path)], Context(None, None), CheckSettings(), jobs=1, cache_dir=cache)


def test_no_progress_bar_when_output_is_piped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, pages=40)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "docs", "--no-facts", "--no-cache"])
    assert "checking" not in result.stderr and result.exit_code == 1
