"""Hypothesis strategies: facts files that are consistent on the day they are judged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from trustladder.dates import add_months

FIRMS = ("Marlow Hale CPAs LLP", "Okafor Whitlock CPAs", "Brightwater Assurance CPAs PC")
CONSULTANTS = ("Harbor Assurance Advisors", "Meridian Controls Group", None)
DAY = dt.timedelta(days=1)


def _days(draw: st.DrawFn, low: int, high: int) -> dt.timedelta:
    return dt.timedelta(days=draw(st.integers(low, high)))


def _done(day: dt.date | None, today: dt.date) -> str | None:
    """A completed event is recorded only if it has happened by ``today``."""
    return day.isoformat() if day is not None and day <= today else None


@st.composite
def type2_exam(draw: st.DrawFn, start: dt.date, today: dt.date, months: int) -> dict[str, Any]:
    end = add_months(start, months) - DAY
    fieldwork = end + _days(draw, 1, 40)
    issued = fieldwork + _days(draw, 15, 70)
    exam: dict[str, Any] = {
        "type": "type2",
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
    }
    exam["fieldwork_started"] = _done(fieldwork, today)
    if exam["fieldwork_started"] and issued <= today:
        exam["report_issued"] = issued.isoformat()
        exam["opinion"] = draw(st.sampled_from(["unqualified", "unqualified", "qualified"]))
        exam["exceptions"] = (
            draw(st.integers(0, 4)) if exam["opinion"] == "unqualified" else draw(st.integers(1, 5))
        )
        if exam["opinion"] == "qualified" or exam["exceptions"]:
            exam["remediation_plan"] = (
                "Access reviews now run from a ticketed workflow with sign-off."
            )
    else:
        exam["exceptions_expected"] = draw(st.booleans())
    return exam


@st.composite
def facts_on_a_day(draw: st.DrawFn) -> tuple[dict[str, Any], dt.date]:
    """A facts file and a day on which it is consistent, at any stage of the ladder."""
    started = draw(st.dates(dt.date(2023, 1, 1), dt.date(2026, 12, 31)))
    today = started + _days(draw, -60, 1100)
    facts: dict[str, Any] = {
        "version": 1,
        "organization": {
            "name": "Quillon Software, Inc.",
            "security_contact": "security@quillon.example",
        },
        "soc2": {
            "target": draw(st.sampled_from(["type2", "type2", "type1"])),
            "categories": draw(st.sampled_from([["security"], ["security", "availability"]])),
        },
    }
    if draw(st.booleans()) and today >= started:
        facts["organization"]["security_lead"] = "Priya Raman"
    if today < started:
        return facts, today
    gap = started + _days(draw, 14, 60)
    remediation = gap + _days(draw, 20, 90)
    signed = remediation - _days(draw, 1, 15)
    firm = draw(st.sampled_from(FIRMS))
    soc2 = facts["soc2"]
    soc2["readiness"] = {
        "consultant": draw(st.sampled_from(CONSULTANTS)),
        "started": started.isoformat(),
        "gap_assessment_completed": _done(gap, today),
        "remediation_closed": _done(remediation, today) if gap <= today else None,
    }
    soc2["auditor"] = {
        "firm": firm,
        "licensed_cpa": True,
        "engagement_letter_signed": _done(signed, today),
    }
    if (
        soc2["readiness"]["remediation_closed"] is None
        or soc2["auditor"]["engagement_letter_signed"] is None
    ):
        return facts, today
    start = remediation + _days(draw, 1, 30)
    exams: list[dict[str, Any]] = []
    if soc2["target"] == "type1" or draw(st.booleans()):
        as_of = start
        fieldwork, issued = as_of + _days(draw, 2, 10), as_of + _days(draw, 25, 60)
        type1: dict[str, Any] = {
            "type": "type1",
            "as_of": as_of.isoformat(),
            "fieldwork_started": _done(fieldwork, today),
        }
        if type1["fieldwork_started"] and issued <= today:
            type1 |= {
                "report_issued": issued.isoformat(),
                "opinion": "unqualified",
                "exceptions": 0,
            }
        exams.append(type1)
    if soc2["target"] == "type2":
        first_months = draw(st.sampled_from([3, 6, 6, 12]))
        exams.append(draw(type2_exam(start, today, first_months)))
        if draw(st.booleans()):
            exams.append(draw(type2_exam(add_months(start, first_months), today, 12)))
    soc2["examinations"] = exams
    evidence: dict[str, Any] = {}
    for name in ("readiness_summary", "policies", "pentest_summary"):
        if draw(st.booleans()):
            evidence[name] = {
                "status": "available",
                "file": f"evidence/{name}.pdf",
                "date": remediation.isoformat() if remediation <= today else None,
                "share": draw(st.sampled_from(["nda", "nda", "public", "internal"])),
            }
    if draw(st.booleans()):
        evidence["engagement_letter"] = {
            "status": "available",
            "file": "evidence/engagement.pdf",
            "date": signed.isoformat(),
        }
    if draw(st.booleans()):
        evidence["security_call"] = {"status": "available", "contact": "security@quillon.example"}
    facts["evidence"] = evidence
    return facts, today
