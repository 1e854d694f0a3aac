"""``trustladder status`` output: text for people, JSON for tools (a contract)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from trustladder.status.model import HeldReport, Problem, Status
from trustladder.status.sentence import report_scope

STATUS_SCHEMA_VERSION = 1
_TYPE_NAME = {"type1": "Type 1", "type2": "Type 2"}
_STAGE_NAME = {
    "not_started": "not started",
    "readiness": "readiness / gap assessment",
    "review_period": "review period running",
    "fieldwork": "fieldwork",
    "report_issued": "report issued",
}

Style = Callable[..., str]


def _plain(text: str, **_: Any) -> str:
    return text


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _report_json(report: HeldReport) -> dict[str, Any]:
    coverage: dict[str, Any] = (
        {"as_of": _day(report.as_of)}
        if report.type == "type1"
        else {"period_start": _day(report.period_start), "period_end": _day(report.period_end)}
    )
    return {
        "type": report.type,
        "issued": _day(report.issued),
        "opinion": report.opinion,
        "exceptions": report.exceptions,
        **coverage,
        "covers_through": _day(report.covers_through),
        "current": report.current,
        "current_until": _day(report.current_until),
        "age_days": report.age_days,
        "firm": report.firm,
        "examination": report.index,
    }


def _problem_json(problem: Problem) -> dict[str, str]:
    return {"rule": problem.rule, "field": problem.field, "message": problem.message}


def status_json(status: Status, sentence: str) -> str:
    """The status contract: one JSON object (see the README's "Status JSON")."""
    bridge = status.bridge_letter
    document = {
        "schema_version": STATUS_SCHEMA_VERSION,
        "organization": status.organization,
        "today": _day(status.today),
        "target": status.target,
        "stage": status.stage.value,
        "rung": status.rung,
        "say": sentence,
        "examinations": [
            {
                "index": e.index,
                "type": e.type,
                "stage": e.stage.value,
                **(
                    {"as_of": _day(e.as_of)}
                    if e.type == "type1"
                    else {"period_start": _day(e.period_start), "period_end": _day(e.period_end)}
                ),
                "fieldwork_started": _day(e.fieldwork_started),
                "report_issued": _day(e.report_issued),
            }
            for e in status.examinations
        ],
        "reports_held": [_report_json(r) for r in status.reports_held],
        "bridge_letter": None
        if bridge is None
        else {
            "issued": _day(bridge.issued),
            "covers_from": _day(bridge.covers_from),
            "covers_through": _day(bridge.covers_through),
            "days": bridge.days,
            "stretched": bridge.stretched,
            "label": bridge.label,
        },
        "next_steps": list(status.next_steps),
        "errors": [_problem_json(p) for p in status.errors],
        "warnings": [_problem_json(p) for p in status.warnings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _report_line(report: HeldReport) -> str:
    opinion: str = report.opinion or "opinion not recorded"
    if report.exceptions:
        opinion += f", {report.exceptions} exception{'s' if report.exceptions != 1 else ''}"
    currency = (
        f"current until about {report.current_until}"
        if report.current
        else f"no longer current since {report.current_until}"
    )
    return (
        f"{_TYPE_NAME[report.type]} {report_scope(report)}: issued {report.issued} "
        f"({report.age_days} days ago), {opinion}; {currency}"
    )


def _problem_line(problem: Problem, where: Callable[[str], str]) -> str:
    return f"{where(problem.field)}{problem.field}: {problem.message} [{problem.rule}]"


def status_text(
    status: Status,
    sentence: str,
    *,
    style: Style = _plain,
    where: Callable[[str], str] = lambda field: "",
) -> str:
    """The status for people: stage, what to say, reports, next steps, problems."""
    lines = [
        style(f"{status.organization} — SOC 2 status on {status.today}", bold=True),
        f"Stage:    {_STAGE_NAME[status.stage.value]} (rung {status.rung} of 4; "
        f"target {_TYPE_NAME[status.target]})",
        f"Say:      {sentence}",
    ]
    if status.examinations:
        lines.append("Examinations:")
        for exam in status.examinations:
            stage = (
                "not begun" if exam.stage.value == "readiness" else _STAGE_NAME[exam.stage.value]
            )
            lines.append(f"  - {_TYPE_NAME[exam.type]} {report_scope(exam)}: {stage}")
    lines.append("Reports held:" if status.reports_held else "Reports held: none")
    lines.extend(f"  - {_report_line(report)}" for report in status.reports_held)
    if status.bridge_letter is not None:
        bridge = status.bridge_letter
        lines.append(
            f"Bridge letter: signed {bridge.issued}, covers {bridge.covers_from} to "
            f"{bridge.covers_through} ({bridge.days} days; {bridge.label})"
        )
    if status.next_steps:
        lines.append("Next rung:")
        lines.extend(f"  - {step}" for step in status.next_steps)
    for title, problems, colour in (
        ("Errors", status.errors, "red"),
        ("Warnings", status.warnings, "yellow"),
    ):
        if problems:
            lines.append(style(f"{title}:", fg=colour, bold=True))
            lines.extend(f"  - {_problem_line(p, where)}" for p in problems)
    return "\n".join(lines) + "\n"
