"""Settings that tune judgement: thresholds buyers and auditors apply, each with a default."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from trustladder.check.settings import CheckSettings, check_settings
from trustladder.errors import InputError, SourceProblem

CONFIG_FILENAME = ".trustladder.toml"


@dataclass(frozen=True)
class StatusSettings:
    """Thresholds used when deriving the status."""

    report_current_months: int = 12
    """Months after the period end (or as-of date) during which buyers treat a report as current."""
    bridge_letter_max_months: int = 3
    """Months a bridge letter may stretch past the last period before it is flagged."""
    min_review_period_months: int = 3
    """The shortest Type 2 review period most CPA firms accept; shorter is flagged."""
    max_review_period_months: int = 12
    """Type 2 periods longer than this are unusual and flagged."""


@dataclass(frozen=True)
class TimelineSettings:
    """Typical durations, in weeks (shortest, longest), for the "expected after" windows."""

    readiness_weeks: tuple[int, int] = (2, 8)
    """Readiness and gap assessment."""
    remediation_weeks: tuple[int, int] = (4, 8)
    """Remediation after the gap assessment."""
    fieldwork_weeks: tuple[int, int] = (2, 8)
    """Fieldwork after the review period closes."""
    signing_weeks: tuple[int, int] = (2, 4)
    """Drafting, quality review and signing of the opinion."""
    type1_weeks: tuple[int, int] = (6, 10)
    """A Type 1, from the as-of date to the signed report."""


@dataclass(frozen=True)
class EvidenceSettings:
    """Freshness thresholds for the interim evidence stack, in months."""

    pentest_max_months: int = 12
    """A penetration-test summary older than this is stale."""
    policies_max_months: int = 12
    """Policies are reviewed at least yearly."""
    questionnaire_max_months: int = 12
    """A completed questionnaire older than this is stale."""


@dataclass(frozen=True)
class Settings:
    """Every setting, grouped by the command that uses it."""

    status: StatusSettings = field(default_factory=StatusSettings)
    """Status derivation."""
    check: CheckSettings = field(default_factory=CheckSettings)
    """The checker."""
    timeline: TimelineSettings = field(default_factory=TimelineSettings)
    """Timeline estimates."""
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)
    """Evidence freshness."""
    source: str | None = None
    """The file the settings came from, if any."""


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest ``.trustladder.toml`` or ``pyproject.toml`` with a ``[tool.trustladder]`` table."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILENAME
        if own.is_file():
            return own, _read_toml(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read_toml(project).get("tool", {}).get("trustladder")
            if isinstance(table, dict):
                return project, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            [SourceProblem(str(path), 1, 1, "", f"cannot read settings: {exc}")]
        ) from None


def _section(path: Path, name: str, table: Any, defaults: Any) -> Any:
    if not isinstance(table, dict):
        raise InputError([SourceProblem(str(path), 1, 1, name, "expected a table of settings")])
    allowed = {f.name: f for f in fields(defaults)}
    problems = []
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in allowed:
            message = f"unknown setting (allowed: {', '.join(allowed)})"
            problems.append(SourceProblem(str(path), 1, 1, f"{name}.{key}", message))
        elif not isinstance(value, int) or isinstance(value, bool) or value < 1:
            message = f"{value!r} is not allowed: expected a whole number of months, 1 or more"
            problems.append(SourceProblem(str(path), 1, 1, f"{name}.{key}", message))
        else:
            values[key] = value
    if problems:
        raise InputError(problems)
    return replace(defaults, **values)


def load_settings(start: Path) -> Settings:
    """Settings from the nearest configuration file above ``start``, or the defaults."""
    found = find_config(start)
    if found is None:
        return Settings()
    path, table = found
    unknown = sorted(set(table) - {"status", "check", "timeline", "evidence"})
    if unknown:
        message = "unknown section (allowed: status, check, timeline, evidence)"
        raise InputError([SourceProblem(str(path), 1, 1, unknown[0], message)])
    status = _section(path, "status", table.get("status", {}), StatusSettings())
    check = check_settings(str(path), table.get("check", {}))
    timeline = _weeks(path, table.get("timeline", {}))
    evidence = _section(path, "evidence", table.get("evidence", {}), EvidenceSettings())
    return Settings(
        status=status, check=check, timeline=timeline, evidence=evidence, source=str(path)
    )


def _weeks(path: Path, table: Any) -> TimelineSettings:
    if not isinstance(table, dict):
        raise InputError(
            [SourceProblem(str(path), 1, 1, "timeline", "expected a table of settings")]
        )
    allowed = {f.name for f in fields(TimelineSettings)}
    values: dict[str, tuple[int, int]] = {}
    problems = []
    for key, value in table.items():
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 < value[0] <= value[1]
        )
        if key not in allowed:
            problems.append(
                SourceProblem(
                    str(path),
                    1,
                    1,
                    f"timeline.{key}",
                    f"unknown setting (allowed: {', '.join(sorted(allowed))})",
                )
            )
        elif not ok:
            message = f"{value!r} is not allowed: expected [shortest, longest] in whole weeks, shortest first"
            problems.append(SourceProblem(str(path), 1, 1, f"timeline.{key}", message))
        else:
            values[key] = (value[0], value[1])
    if problems:
        raise InputError(problems)
    return replace(TimelineSettings(), **values)
