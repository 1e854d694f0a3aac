"""Read inputs, extract claims, judge them, and apply suppressions and the baseline."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from trustladder.check.cache import FindingsCache, context_fingerprint
from trustladder.check.files import collect_files
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
        problems = []
        if not directive.reason:
            problems.append(
                ("TL901", "the suppression gives no reason", "Add the reason after the rule list.")
            )
        if index not in used:
            rules = ", ".join(directive.rules)
            problems.append(
                (
                    "TL902",
                    f"the suppression of {rules} silences nothing here",
                    "Remove the directive.",
                )
            )
        for rule, message, suggestion in problems:
            if rule in settings.disabled:
                continue
            severity = settings.severities.get(rule) or "warning"
            result.append(
                _finding(
                    rule,
                    severity,
                    message,
                    suggestion,
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


def read_bytes(path: str, settings: CheckSettings) -> bytes:
    """An input's bytes, within the size limit; UnreadableFile says why not."""
    limit = settings.max_file_bytes
    try:
        # Unbuffered reads: on a tree of small pages this halves the time spent reading.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(descriptor).st_size
            if size > limit:
                raise UnreadableFile(f"larger than the limit of {limit:,} bytes ({size:,})")
            chunks: list[bytes] = []
            total = 0
            while chunk := os.read(descriptor, max(size - total, 0) + 65536):
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:  # grew after it was measured, or a pipe with no size
                    raise UnreadableFile(f"larger than the limit of {limit:,} bytes")
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None


def read_input(path: str, settings: CheckSettings) -> Document:
    """Read one input, raising UnreadableFile with the reason when it cannot be read."""
    raw = read_bytes(path, settings)
    if os.path.splitext(path)[1].lower() in BINARY_READERS:
        return _read_binary(path, raw)
    return read_document(path, decode(raw))


# A page that never writes "SOC" as a word (nor AICPA, SSAE or a directive) has nothing to judge.
_MENTIONS = re.compile(rb"\bsoc\b|soc2|aicpa|ssae|trustladder:")


def mentions_anything(raw: bytes) -> bool:
    """True when the bytes could hold something to judge (a fast substring test, then a regex)."""
    lowered = raw.lower()
    if (
        b"soc" not in lowered
        and b"aicpa" not in lowered
        and b"ssae" not in lowered
        and b"trustladder:" not in lowered
    ):
        return False
    return bool(_MENTIONS.search(lowered))


PARALLEL_THRESHOLD = 1500  # below this, starting processes costs more than it saves


def check_file(
    path: str,
    context: Context,
    settings: CheckSettings,
    names: tuple[str, ...],
    cache: FindingsCache | None = None,
) -> tuple[list[Finding], FileError | None]:
    """Findings for one input, or the reason it could not be read."""
    try:
        raw = read_bytes(path, settings)
    except UnreadableFile as exc:
        return [], FileError(path, str(exc))
    key = cache.key(raw) if cache is not None else ""
    if cache is not None and (cached := cache.get(key, path)) is not None:
        return cached, None
    binary = os.path.splitext(path)[1].lower() in BINARY_READERS
    if not binary and not mentions_anything(raw):
        findings: list[Finding] = []  # most pages never mention SOC 2: nothing to parse
        if b"\0" in raw[:8192]:
            return [], FileError(path, "binary data, not text")
    else:
        try:
            document = _read_binary(path, raw) if binary else read_document(path, decode(raw))
        except UnreadableFile as exc:
            return [], FileError(path, str(exc))
        findings = judge_document(document, context, settings, names)
    if cache is not None:
        cache.put(key, findings)
    return findings, None


def _check_many(
    job: tuple[list[str], Context, CheckSettings, tuple[str, ...], str | None, str],
) -> list[tuple[list[Finding], FileError | None]]:
    paths, context, settings, names, cache_dir, context_key = job
    cache = FindingsCache(Path(cache_dir), context_key) if cache_dir else None
    return [check_file(path, context, settings, names, cache) for path in paths]


def check_paths(
    paths: Iterable[str],
    context: Context,
    settings: CheckSettings,
    self_names: Iterable[str] = (),
    baseline: dict[str, int] | None = None,
    *,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int], None] | None = None,
    files: list[str] | None = None,
) -> CheckResult:
    """Check every input; unreadable inputs are reported and the run goes on. Large trees are
    split across CPU cores; findings come back in input order."""
    result = CheckResult()
    remaining = dict(baseline or {})
    names = tuple(self_names)
    inputs = files if files is not None else list(collect_files(paths, settings))
    context_key = context_fingerprint(context, settings, names)
    cache = FindingsCache(cache_dir, context_key) if cache_dir else None
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and len(inputs) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        size = max(8, len(inputs) // (workers * 8))
        chunks = [inputs[i : i + size] for i in range(0, len(inputs), size)]
        jobs_ = [
            (chunk, context, settings, names, str(cache_dir) if cache_dir else None, context_key)
            for chunk in chunks
        ]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            outcomes = []
            for chunk, done in zip(chunks, pool.map(_check_many, jobs_), strict=True):
                outcomes.extend(done)
                if progress:
                    progress(len(chunk))
    else:
        outcomes = []
        for path in inputs:
            outcomes.append(check_file(path, context, settings, names, cache))
            if progress:
                progress(1)
    for findings, error in outcomes:
        if error is not None:
            result.errors.append(error)
            continue
        result.files += 1
        for finding in findings:
            if remaining.get(finding.fingerprint, 0) > 0 and not finding.suppressed:
                remaining[finding.fingerprint] -= 1
                result.baselined += 1
                continue
            result.findings.append(finding)
    return result


def check_pages(
    pages: Iterable[Any], context: Context, settings: CheckSettings, self_names: Iterable[str] = ()
) -> CheckResult:
    """Check fetched web pages (see :mod:`trustladder.check.crawl`); unfetchable pages are errors."""
    from trustladder.readers.html import read_html

    result = CheckResult()
    names = tuple(self_names)
    for page in pages:
        if page.html is None:
            result.errors.append(FileError(page.url, page.error or "not fetched"))
            continue
        result.files += 1
        result.findings.extend(
            judge_document(read_html(page.url, page.html), context, settings, names)
        )
    return result
