"""Consistency rules about the auditor, opinions, scope, bridge letters and currency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from trustladder.config import StatusSettings
from trustladder.facts.model import Facts
from trustladder.status.consistency import exam_field, rule
from trustladder.status.derive import (
    bridge_coverage,
    examination_stage,
    held_reports,
    latest_report,
)
from trustladder.status.model import Stage

Found = Iterator[tuple[str, str]]


def _issued(facts: Facts, today: dt.date) -> Iterator[int]:
    for index, exam in enumerate(facts.soc2.examinations):
        if exam.report_issued is not None and exam.report_issued <= today:
            yield index


@rule("report-without-opinion", "error", "A report is recorded as issued with no opinion.")
def no_opinion(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index in _issued(facts, today):
        if facts.soc2.examinations[index].opinion is None:
            yield (
                exam_field(index, "opinion"),
                (
                    "the report is issued but has no opinion; record unqualified, qualified, "
                    "adverse or disclaimer as printed on the opinion page"
                ),
            )


@rule("opinion-without-report", "error", "An opinion is recorded for a report not yet issued.")
def opinion_early(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in enumerate(facts.soc2.examinations):
        if exam.opinion is not None and exam.report_issued is None:
            yield (
                exam_field(index, "opinion"),
                (
                    f"{exam.opinion!r} is recorded but report_issued is empty; an opinion exists "
                    "only in a signed report (use exceptions_expected until then)"
                ),
            )


@rule("exceptions-without-report", "warning", "Exceptions are counted before a report exists.")
def exceptions_early(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index, exam in enumerate(facts.soc2.examinations):
        if exam.exceptions is not None and exam.report_issued is None:
            yield (
                exam_field(index, "exceptions"),
                (
                    "exceptions are counted in an issued report; until then record "
                    "exceptions_expected: true or false"
                ),
            )


@rule("auditor-not-licensed-cpa", "error", "The auditor is not a licensed CPA firm.")
def not_cpa(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    if facts.soc2.auditor.licensed_cpa is False:
        yield (
            "soc2.auditor.licensed_cpa",
            (
                "only licensed CPA firms issue SOC 2 reports; a certificate or report from any "
                "other firm is not a SOC 2 report"
            ),
        )


@rule("auditor-licence-unknown", "warning", "The auditor's CPA licence is not recorded.")
def licence_unknown(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    auditor = facts.soc2.auditor
    if auditor.licensed_cpa is None and (auditor.firm or auditor.engagement_letter_signed):
        yield (
            "soc2.auditor.licensed_cpa",
            (
                "record whether the firm is a licensed CPA firm; only such a firm can issue the report"
            ),
        )


@rule("auditor-firm-missing", "error", "An engagement or report is recorded with no firm named.")
def no_firm(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    auditor = facts.soc2.auditor
    if auditor.firm:
        return
    if auditor.engagement_letter_signed is not None or any(_issued(facts, today)):
        yield (
            "soc2.auditor.firm",
            ("an engagement letter or a report is recorded, but no CPA firm is named"),
        )


@rule(
    "examination-without-engagement",
    "warning",
    "An examination is under way with no signed engagement.",
)
def no_engagement(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    if facts.soc2.auditor.engagement_letter_signed is not None:
        return
    for index, exam in enumerate(facts.soc2.examinations):
        if examination_stage(exam, today) is not Stage.READINESS:
            yield (
                "soc2.auditor.engagement_letter_signed",
                (
                    f"examination {index} has begun but no engagement letter is recorded; the signed "
                    "letter is the strongest proof the examination is real"
                ),
            )
            return


@rule(
    "period-before-remediation-closed",
    "warning",
    "A review period began while remediation was open.",
)
def open_remediation(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    closed = facts.soc2.readiness.remediation_closed
    for index, exam in enumerate(facts.soc2.examinations):
        start = exam.period_start if exam.type == "type2" else exam.as_of
        if start is None or start > today:
            continue
        if closed is None or closed > start:
            yield (
                exam_field(index, "period_start" if exam.type == "type2" else "as_of"),
                (
                    f"the examination began on {start} while remediation was still open; controls "
                    "not yet in place by then are likely to show as exceptions"
                ),
            )


@rule(
    "security-not-in-scope",
    "error",
    "Security (the common criteria) is missing from the categories.",
)
def security_scope(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    if "security" not in facts.soc2.categories:
        yield "soc2.categories", "security (common criteria CC1–CC9) is always in scope; add it"


@rule("duplicate-category", "warning", "A category is listed twice.")
def duplicate_category(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    seen: set[str] = set()
    for index, category in enumerate(facts.soc2.categories):
        if category in seen:
            yield f"soc2.categories[{index}]", f"{category!r} is listed more than once"
        seen.add(category)


@rule(
    "bridge-letter-without-report",
    "error",
    "A bridge letter is recorded with no report to bridge from.",
)
def orphan_bridge(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    if facts.soc2.bridge_letter is not None and not held_reports(facts, today, settings):
        yield (
            "soc2.bridge_letter",
            ("a bridge letter extends an issued report; no report is issued yet"),
        )


@rule(
    "bridge-letter-dates", "error", "A bridge letter's dates contradict the report or themselves."
)
def bridge_dates(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    letter = facts.soc2.bridge_letter
    latest = latest_report(held_reports(facts, today, settings))
    if letter is None or latest is None:
        return
    if letter.covers_through <= latest.covers_through:
        yield (
            "soc2.bridge_letter.covers_through",
            (
                f"{letter.covers_through} does not reach past the report's last day "
                f"({latest.covers_through}); the letter covers the time after it"
            ),
        )
    if letter.covers_through > letter.issued:
        yield (
            "soc2.bridge_letter.covers_through",
            (
                f"{letter.covers_through} is after the letter was signed ({letter.issued}); "
                "management can represent only days that have passed"
            ),
        )
    if letter.issued < latest.issued:
        yield (
            "soc2.bridge_letter.issued",
            (f"{letter.issued} is before the report it bridges was issued ({latest.issued})"),
        )


@rule("bridge-letter-stretched", "warning", "A bridge letter reaches further than buyers accept.")
def bridge_stretched(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    coverage = bridge_coverage(facts, held_reports(facts, today, settings), settings)
    if coverage is not None and coverage.stretched:
        yield (
            "soc2.bridge_letter.covers_through",
            (
                f"the letter reaches {coverage.days} days past the last report, more than about "
                f"{settings.bridge_letter_max_months} months; it is management's letter, not "
                "assurance, and buyers will ask for the next report"
            ),
        )


@rule("report-no-longer-current", "warning", "The latest report is older than buyers accept.")
def stale_report(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    latest = latest_report(held_reports(facts, today, settings))
    if latest is None or latest.current:
        return
    bridged = facts.soc2.bridge_letter is not None
    yield (
        exam_field(latest.index, "report_issued"),
        (
            f"the latest report speaks for {latest.covers_through}; buyers treat a report as current "
            f"for about {settings.report_current_months} months, until {latest.current_until}"
            + (
                "; the bridge letter is management's word, not a new report"
                if bridged
                else "; no bridge letter covers the gap"
            )
        ),
    )


@rule("target-behind-report", "warning", "The target type is Type 1 while a Type 2 report is held.")
def target_behind(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    reports = held_reports(facts, today, settings)
    if facts.soc2.target == "type1" and any(r.type == "type2" for r in reports):
        yield "soc2.target", "a Type 2 report is held; set target: type2 for the next examination"


@rule("opinion-not-unqualified", "warning", "The opinion is adverse or a disclaimer.")
def weak_opinion(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    for index in _issued(facts, today):
        opinion = facts.soc2.examinations[index].opinion
        if opinion in ("adverse", "disclaimer"):
            yield (
                exam_field(index, "opinion"),
                (
                    f"an {opinion} opinion does not support saying the controls were suitably "
                    "designed or operating; every sentence about this report must say so"
                ),
            )


@rule(
    "engagement-evidence-unsigned",
    "warning",
    "An engagement letter is offered as evidence but not signed.",
)
def unsigned_letter_evidence(facts: Facts, today: dt.date, settings: StatusSettings) -> Found:
    item = facts.evidence.engagement_letter
    if (
        item is not None
        and item.status == "available"
        and facts.soc2.auditor.engagement_letter_signed is None
    ):
        yield (
            "evidence.engagement_letter.status",
            (
                "the engagement letter is offered as available, but soc2.auditor.engagement_letter_signed "
                "is empty; only a signed letter proves the examination is real"
            ),
        )
