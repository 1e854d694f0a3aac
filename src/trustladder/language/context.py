"""The facts a template may use, as plain values, and the facts-file field behind each one."""

from __future__ import annotations

from typing import Any

from trustladder.dates import long_date, month_year, period_text
from trustladder.facts.model import EvidenceItem, Facts
from trustladder.status.derive import latest_report
from trustladder.status.model import ExaminationStatus, HeldReport, Stage, Status
from trustladder.status.sentence import honest_sentence, report_scope

TYPE_NAME = {"type1": "Type 1", "type2": "Type 2"}

FIELD_OF = {
    "company": "organization.name",
    "contact": "organization.security_contact",
    "security_lead": "organization.security_lead",
    "consultant": "soc2.readiness.consultant",
    "firm": "soc2.auditor.firm",
    "period": "soc2.examinations[].period_start / period_end",
    "report": "soc2.examinations[].report_issued",
    "remediation_plan": "soc2.examinations[].remediation_plan",
    "bridge": "soc2.bridge_letter",
}
"""Template variables that come straight from one facts field: a template that needs one of
these when the facts lack it fails with the field's name."""

EVIDENCE_LABELS = {
    "readiness_summary": "our readiness summary (a consultant's readiness assessment, not an audit opinion)",
    "engagement_letter": "the signed engagement letter with the CPA firm",
    "policies": "our security policy set",
    "questionnaire": "a completed {kind}",
    "pentest_summary": "a penetration-test executive summary",
}
QUESTIONNAIRE_NAMES = {
    "caiq": "CAIQ",
    "sig": "SIG",
    "sig_lite": "SIG Lite",
    "hecvat": "HECVAT",
    "vsaq": "VSAQ",
    "custom": "security questionnaire",
}


def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _evidence(facts: Facts, share: str) -> list[str]:
    """Documents of the interim stack that are available at one sharing level."""
    offered = []
    for name, label in EVIDENCE_LABELS.items():
        item: EvidenceItem | None = getattr(facts.evidence, name)
        if (
            name == "security_call"
            or item is None
            or item.status != "available"
            or item.share != share
        ):
            continue
        kind = QUESTIONNAIRE_NAMES.get(item.kind or "custom", "security questionnaire")
        offered.append(label.format(kind=kind))
    return offered


def _report(report: HeldReport) -> dict[str, Any]:
    return {
        "type": TYPE_NAME[report.type],
        "scope": report_scope(report),
        "issued": long_date(report.issued),
        "issued_month": month_year(report.issued),
        "opinion": report.opinion,
        "exceptions": report.exceptions or 0,
        "current": report.current,
        "firm": report.firm,
    }


def _exam(exam: ExaminationStatus) -> dict[str, Any]:
    values: dict[str, Any] = {"type": TYPE_NAME[exam.type], "scope": report_scope(exam)}
    if exam.period_start and exam.period_end:
        values |= {
            "start_month": month_year(exam.period_start),
            "end_month": month_year(exam.period_end),
            "text": period_text(exam.period_start, exam.period_end),
        }
    return values


def _first(status: Status, stage: Stage, type_: str | None = None) -> ExaminationStatus | None:
    return next(
        (e for e in status.examinations if e.stage is stage and type_ in (None, e.type)), None
    )


def template_values(facts: Facts, status: Status) -> dict[str, Any]:
    """Everything the templates may say, each value present only when the facts give it."""
    program = facts.soc2
    values: dict[str, Any] = {
        "company": facts.organization.name,
        "contact": facts.organization.security_contact,
        "stage": status.stage.value,
        "rung": status.rung,
        "target": TYPE_NAME[program.target],
        "ladder": honest_sentence(facts, status),
        "categories": _join([c.replace("_", " ") for c in program.categories]),
        "remediation_closed": program.readiness.remediation_closed is not None,
        "engaged": program.auditor.engagement_letter_signed is not None,
        "licensed": program.auditor.licensed_cpa is True,
        "evidence": _evidence(facts, "nda"),
        "evidence_text": _join(_evidence(facts, "nda")),
        "public_evidence_text": _join(_evidence(facts, "public")),
        "call": facts.evidence.security_call is not None
        and facts.evidence.security_call.status == "available",
        "exceptions_expected": any(
            e.exceptions_expected and e.report_issued is None for e in program.examinations
        ),
        "has_type1": any(e.type == "type1" for e in program.examinations),
    }
    optional = {
        "security_lead": facts.organization.security_lead,
        "consultant": program.readiness.consultant,
        "firm": program.auditor.firm,
    }
    values |= {k: v for k, v in optional.items() if v}
    running = _first(status, Stage.REVIEW_PERIOD, "type2")
    fieldwork = _first(status, Stage.FIELDWORK, program.target) or _first(status, Stage.FIELDWORK)
    planned = _first(status, Stage.READINESS, program.target)
    for key, exam in (
        ("period", running),
        ("fieldwork_exam", fieldwork),
        ("planned_exam", planned),
    ):
        if exam is not None:
            values[key] = _exam(exam)
    current = [r for r in status.reports_held if r.current and r.type == program.target]
    if current:
        best = max(current, key=lambda r: r.covers_through)
        values["report"] = _report(best)
        plan = program.examinations[best.index].remediation_plan
        if plan:
            values["remediation_plan"] = plan
    interim = [r for r in status.reports_held if r.current and r.type != program.target]
    if interim:
        values["interim"] = _report(interim[-1])
    latest = latest_report(status.reports_held)
    if latest is not None and not latest.current:
        values["aged"] = _report(latest)
    if status.bridge_letter is not None:
        values["bridge"] = {
            "through": long_date(status.bridge_letter.covers_through),
            "stretched": status.bridge_letter.stretched,
        }
    return values
