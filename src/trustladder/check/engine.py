"""Read inputs, extract claims, judge them, and apply suppressions and the baseline."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from trustladder.check.settings import CheckSettings
from trustladder.claims.extract import extract_claims
from trustladder.claims.wording import find_wording
from trustladder.readers import UnreadableFile, decode, read_document
from trustladder.readers.model import Document, Suppression
from trustladder.rules import CLAIM_RULES, Context, Finding, Severity, lookup
from trustladder.rules.style import WORDING_RULES


@dataclass(frozen=True)
class FileError:
    """An input that could not be checked, and why; the rest of the run goes on."""

    path: str
    message: str


@dataclass
class CheckResult:
    """Everything one run found."""

    findings: list[Finding] = field(default_factory=list)
    """Findings, including those an inline directive silences (marked suppressed)."""
    errors: list[FileError] = field(default_factory=list)
    """Inputs that could not be read."""
    files: int = 0
    """How many inputs were checked."""
    baselined: int = 0
    """Findings left out because the baseline already records them."""

    @property
    def active(self) -> list[Finding]:
        """Findings that count: not suppressed."""
        return [f for f in self.findings if not f.suppressed]


def _finding(
    rule_id: str,
    severity: str,
    message: str,
    suggestion: str,
    path: str,
    line: int,
    column: int,
    end_line: int,
    end_column: int,
    text: str,
    sentence: str,
) -> Finding:
    rule = lookup(rule_id)
    assert rule is not None
    level = cast(Severity, severity)
    return Finding(
        rule.id,
        rule.name,
        level,
        message,
        suggestion,
        path,
        line,
        column,
        end_line,
        end_column,
        text,
        sentence,
    )


def judge_document(
    document: Document, context: Context, settings: CheckSettings, self_names: Iterable[str] = ()
) -> list[Finding]:
    """Every finding in one document, suppressions applied (suppressed findings kept)."""
    findings: list[Finding] = []
    for claim in extract_claims(document, self_names):
        for rule in CLAIM_RULES:
            if rule.id in settings.disabled or rule.name in settings.disabled or rule.judge is None:
                continue
            verdict = rule.judge(claim, context)
            if verdict is not None:
                severity = settings.severities.get(rule.id) or verdict.severity or rule.severity
                findings.append(
                    _finding(
                        rule.id,
                        severity,
                        verdict.message,
                        verdict.suggestion,
                        claim.path,
                        claim.line,
                        claim.column,
                        claim.end_line,
                        claim.end_column,
                        claim.text,
                        claim.sentence,
                    )
                )
    by_wording = {rule.wording: rule for rule in WORDING_RULES}
    for wording in find_wording(document):
        rule = by_wording[wording.name]
        if rule.id in settings.disabled or rule.name in settings.disabled:
            continue
        findings.append(
            _finding(
                rule.id,
                settings.severities.get(rule.id) or rule.severity,
                rule.why,
                rule.suggestion,
                wording.path,
                wording.line,
                wording.column,
                wording.end_line,
                wording.end_column,
                wording.text,
                wording.sentence,
            )
        )
    findings = _apply_suppressions(document, findings, settings)
    if document.labels:
        findings = [replace(f, location=document.labels.get(f.line, "")) for f in findings]
    return findings


def _silences(directive: Suppression, finding: Finding) -> bool:
    keys = {key.lower() for key in directive.rules}
    return directive.covers(finding.line) and bool(
        keys & {finding.rule.lower(), finding.name.lower(), "*", "all"}
    )


def _apply_suppressions(
    document: Document, findings: list[Finding], settings: CheckSettings
) -> list[Finding]:
    used: set[int] = set()
    result = []
    for finding in findings:
        for index, directive in enumerate(document.suppressions):
            if _silences(directive, finding):
                used.add(index)
                finding = replace(finding, suppressed=True, justification=directive.reason)  # noqa: PLW2901
                break
        result.append(finding)
    line_of = document.lines
    for index, directive in enumerate(document.suppressions):
        text = line_of[directive.line - 1].strip() if 0 < directive.line <= len(line_of) else ""
        if not directive.reason and "TL901" not in settings.disabled:
            result.append(
                _finding(
                    "TL901",
                    settings.severities.get("TL901") or "warning",
                    "the suppression gives no reason",
                    "Add the reason after the rule list.",
                    document.path,
                    directive.line,
                    1,
                    directive.line,
                    len(text) + 1,
                    text,
                    text,
                )
            )
        if index not in used and "TL902" not in settings.disabled:
            result.append(
                _finding(
                    "TL902",
                    settings.severities.get("TL902") or "warning",
                    f"the suppression of {', '.join(directive.rules)} silences nothing here",
                    "Remove the directive.",
                    document.path,
                    directive.line,
                    1,
                    directive.line,
                    len(text) + 1,
                    text,
                    text,
                )
            )
    return sorted(result, key=lambda f: (f.line, f.column, f.rule))


def collect_files(paths: Iterable[str], settings: CheckSettings) -> Iterator[str]:
    """The files named, and the files under the folders named that the include globs select."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield raw
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not _excluded(d, settings))
            for name in sorted(files):
                relative = os.path.join(folder, name)
                if _excluded(name, settings) or _excluded(relative, settings):
                    continue
                if any(
                    fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(relative, glob)
                    for glob in settings.include
                ):
                    yield relative


def _excluded(name: str, settings: CheckSettings) -> bool:
    return any(fnmatch.fnmatch(name, glob) for glob in settings.exclude)


BINARY_READERS = {
    ".docx": ("trustladder.readers.docx", "read_docx", "documents"),
    ".pdf": ("trustladder.readers.pdf", "read_pdf", "documents"),
    ".eml": ("trustladder.readers.email", "read_email", ""),
    ".mbox": ("trustladder.readers.email", "read_email", ""),
    ".xlsx": ("trustladder.readers.sheet", "read_sheet", "documents"),
    ".xlsm": ("trustladder.readers.sheet", "read_sheet", "documents"),
    ".csv": ("trustladder.readers.sheet", "read_sheet", "documents"),
}


def _read_binary(path: str, raw: bytes) -> Document:
    from importlib import import_module

    from trustladder.errors import TrustladderError

    module, function, extra = BINARY_READERS[Path(path).suffix.lower()]
    try:
        reader = getattr(import_module(module), function)
        document: Document = reader(path, raw) if function != "read_docx" else reader(path)
    except ImportError as exc:
        raise UnreadableFile(
            f"reading this format needs the {extra} extra: pip install 'trustladder[{extra}]' ({exc.name})"
        ) from None
    except (UnreadableFile, TrustladderError) as exc:
        raise UnreadableFile(str(exc).removeprefix(f"{path}: ")) from None
    except Exception as exc:  # a hostile file must never stop the run: report it and go on
        raise UnreadableFile(f"cannot be read ({type(exc).__name__}: {exc})") from None
    return document


def read_input(path: str, settings: CheckSettings) -> Document:
    """Read one input, raising UnreadableFile with the reason when it cannot be read."""
    try:
        size = os.path.getsize(path)
        if size > settings.max_file_bytes:
            raise UnreadableFile(
                f"larger than the limit of {settings.max_file_bytes:,} bytes ({size:,})"
            )
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if Path(path).suffix.lower() in BINARY_READERS:
        return _read_binary(path, raw)
    return read_document(path, decode(raw))


def check_paths(
    paths: Iterable[str],
    context: Context,
    settings: CheckSettings,
    self_names: Iterable[str] = (),
    baseline: dict[str, int] | None = None,
) -> CheckResult:
    """Check every input; unreadable inputs are reported and the run goes on."""
    result = CheckResult()
    remaining = dict(baseline or {})
    names = tuple(self_names)
    for path in collect_files(paths, settings):
        try:
            document = read_input(path, settings)
        except UnreadableFile as exc:
            result.errors.append(FileError(path, str(exc)))
            continue
        result.files += 1
        for finding in judge_document(document, context, settings, names):
            if remaining.get(finding.fingerprint, 0) > 0 and not finding.suppressed:
                remaining[finding.fingerprint] -= 1
                result.baselined += 1
                continue
            result.findings.append(finding)
    return result
