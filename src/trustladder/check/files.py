"""Which files to check: folders walked with include and exclude globs and .gitignore respected,
or only the files changed in git."""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from trustladder.check.settings import CheckSettings
from trustladder.errors import TrustladderError


@lru_cache(maxsize=32)
def _globs(globs: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a set of globs (fnmatch semantics, case as the OS sees it)."""
    return re.compile(
        "|".join(f"(?:{fnmatch.translate(os.path.normcase(g))})" for g in globs) or "(?!)"
    )


def _excluded(name: str, settings: CheckSettings) -> bool:
    return bool(_globs(settings.exclude).match(os.path.normcase(name)))


def _included(name: str, relative: str, settings: CheckSettings) -> bool:
    pattern = _globs(settings.include)
    return bool(pattern.match(os.path.normcase(name)) or pattern.match(os.path.normcase(relative)))


def _gitignore(folder: Path) -> object | None:
    path = folder / ".gitignore"
    if not path.is_file():
        return None
    import pathspec

    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored(path: Path, specs: list[tuple[Path, object]], is_dir: bool) -> bool:
    for base, spec in specs:
        relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        if spec.match_file(relative):  # type: ignore[attr-defined]
            return True
    return False


def walk(root: Path, settings: CheckSettings) -> Iterator[str]:
    """Files under ``root`` the include globs select, minus excludes and .gitignore'd paths."""
    specs: dict[Path, list[tuple[Path, object]]] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        inherited = specs.get(here.parent, []) if here != root else []
        spec = _gitignore(here)
        active = [*inherited, (here, spec)] if spec is not None else inherited
        specs[here] = active
        dirs[:] = sorted(
            d for d in dirs if not _excluded(d, settings) and not _ignored(here / d, active, True)
        )
        for name in sorted(files):
            relative = os.path.join(folder, name)
            if _excluded(name, settings) or _excluded(relative, settings):
                continue
            if active and _ignored(Path(relative), active, False):
                continue
            if _included(name, relative, settings):
                yield relative


def collect_files(paths: Iterable[str], settings: CheckSettings) -> Iterator[str]:
    """The files named, and the files under the folders named."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from walk(path, settings)
        else:
            yield raw


def changed_files(base: str | None, paths: Iterable[str], settings: CheckSettings) -> list[str]:
    """Files changed against ``base`` (default: uncommitted changes), untracked ones included,
    that lie under ``paths`` and match the include globs."""

    def git(*args: str) -> list[str]:
        try:
            done = subprocess.run(
                ["git", *args], capture_output=True, text=True, check=True, timeout=60
            )
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise TrustladderError(f"--changed needs git: {detail.strip()}") from None
        return [line for line in done.stdout.splitlines() if line]

    top = Path(git("rev-parse", "--show-toplevel")[0])
    names = git("diff", "--name-only", "--diff-filter=ACMR", base or "HEAD") + git(
        "ls-files", "--others", "--exclude-standard"
    )
    roots = [Path(p).resolve() for p in paths] or [Path.cwd().resolve()]
    chosen = []
    for name in dict.fromkeys(names):
        path = (top / name).resolve()
        if not path.is_file() or not any(path == r or r in path.parents for r in roots):
            continue
        relative = os.path.relpath(path)
        if _included(path.name, relative, settings) and not _excluded(path.name, settings):
            chosen.append(relative)
    return chosen
