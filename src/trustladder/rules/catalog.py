"""The rules that judge status claims against the facts. Ids are stable and never renamed.

Each rule's pass and fail examples live in ``tests/rules/cases/<ID>.yaml`` and run through one
generic test; a rule without examples or documentation fails the suite.
"""

from __future__ import annotations

import re

from trustladder.claims.model import Claim
from trustladder.rules import suggest
from trustladder.rules.model import Context, Rule, Verdict

_DISCLOSED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|several|some|few)\s+exceptions?\b|(?<!un)qualified\b|\bexceptions?\s+(?:are\s+)?expected\b",
    re.IGNORECASE,
)
_STAGE_RUNG = {"readiness": 1, "engaged": 1, "review_period": 2, "fieldwork": 3}


def own(claim: Claim) -> bool:
    """The company's own claim, asserted: the only kind that can be an overclaim."""
    return claim.polarity == "asserted" and claim.subject == "self"


def _certification(claim: Claim, context: Context) -> Verdict | None:
    if "certification" not in claim.terms and claim.kind != "certified":
        return None
    if claim.subject == "third_party" and claim.polarity == "asserted":
        return Verdict(
            "SOC 2 is an attestation, not a certification, even for a provider; say what it holds",
            "Name the report: “<provider> holds a SOC 2 Type 2 report.”",
            severity="warning",
        )
    if claim.subject != "self" or claim.polarity not in ("asserted", "hypothetical"):
        return None
    stated = claim.polarity == "asserted" and claim.kind in ("certified", "badge")
    return Verdict(
        "nothing in SOC 2 is certified: it is an attestation report containing a licensed CPA "
        "firm's opinion, and there is no certificate at any stage",
        suggest.held(context) if context.holds() else suggest.ladder(context),
        severity=None if stated else "warning",
    )


def _compliant_before_report(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind != "compliant" or context.holds():
        return None
    return Verdict(
        "“compliant” before any report exists: there is no report to be compliant against",
        suggest.ladder(context),
    )


def _compliance_wording(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind != "compliant" or not context.holds():
        return None
    return Verdict(
        "“compliant” is discouraged even with a report: regulators have read “complies with” as a "
        "certification claim; name the report instead",
        suggest.held(context),
    )


def _report_not_held(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind != "report_held" or context.holds():
        return None
    return Verdict(
        "a SOC 2 report is claimed, but none is held: the report exists only once a licensed CPA "
        "firm signs its opinion",
        suggest.ladder(context),
    )


def _type2_on_type1(claim: Claim, context: Context) -> Verdict | None:
    if (
        not own(claim)
        or claim.report_type != "type2"
        or claim.kind not in ("report_held", "certified", "compliant", "badge")
    ):
        return None
    if not context.holds("type1") or context.holds("type2"):
        return None
    return Verdict(
        "a Type 2 is claimed but only a Type 1 is held; the report type is printed on the opinion "
        "page and buyers who read reports will catch it",
        suggest.ladder(context),
    )


def _reached(context: Context, claim: Claim, rung: int) -> bool:
    """True when an examination (of the claimed type, if named) has reached ``rung``."""
    assert context.status is not None
    return any(
        e.stage.rung >= rung
        for e in context.status.examinations
        if claim.report_type in (None, e.type) and (rung != 2 or e.type == "type2")
    )


def _rung_ahead(claim: Claim, context: Context) -> Verdict | None:
    if (
        not own(claim)
        or claim.kind != "in_progress"
        or claim.stage is None
        or context.status is None
    ):
        return None
    from trustladder.status.model import Stage  # only with facts, when it is loaded already

    status = context.status
    if claim.stage == "engaged":
        signed = context.facts is not None and context.facts.soc2.auditor.engagement_letter_signed
        if signed and signed <= status.today:
            return None
        return Verdict(
            "an engaged auditor is claimed, but no engagement letter is signed",
            suggest.ladder(context),
        )
    if claim.stage == "readiness":
        if status.stage is not Stage.NOT_STARTED:
            return None
    elif _reached(context, claim, _STAGE_RUNG[claim.stage]):
        return None
    words = {
        "review_period": "a running review period",
        "fieldwork": "fieldwork",
        "readiness": "readiness",
    }
    return Verdict(
        f"the text claims {words[claim.stage]}, ahead of the facts (the program is at "
        f"{status.stage.value.replace('_', ' ')}); climb the ladder as the facts change, never ahead of them",
        suggest.ladder(context),
    )


def _hard_date(claim: Claim, context: Context) -> Verdict | None:
    if (
        claim.subject != "self"
        or claim.polarity not in ("asserted",)
        or claim.date_promise != "hard"
    ):
        return None
    if claim.kind == "report_held" and context.holds():
        return None
    return Verdict(
        "a hard report date is promised: the review period, fieldwork and signing are not yours to "
        "control, so a date promised to a customer is made with someone else's pen",
        suggest.expected_after(context),
    )


def _badge(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind != "badge":
        return None
    if not context.holds():
        return Verdict(
            "a SOC badge, seal or logo claims a report just as loudly as a sentence; none is held",
            "Remove the badge until a licensed CPA firm has issued the report; "
            + suggest.ladder(context),
        )
    unqualified = [r for r in context.reports if r.opinion == "unqualified" and r.current]
    if not unqualified:
        return Verdict(
            "the SOC logo is for a current report with an unqualified opinion; the report held is "
            "qualified, adverse, a disclaimer or no longer current",
            "Remove the badge and state the report plainly: " + suggest.held(context),
            severity="warning",
        )
    return None


def _readiness_as_audit(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or "readiness-as-audit" not in claim.terms:
        return None
    return Verdict(
        "a readiness assessment or a compliance-platform dashboard is presented as an audit or as "
        "proof; the platform tracks readiness, it is not the examination",
        "Label it for what it is: “a consultant's readiness assessment, not an audit opinion”; "
        + suggest.ladder(context),
    )


def _stale_report(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind != "report_held" or not context.reports:
        return None
    if any(r.current for r in context.reports) or "period-named" in claim.terms:
        return None
    bridge = context.status.bridge_letter if context.status else None
    return Verdict(
        "the latest report is older than buyers accept and the text presents it as current"
        + (
            "; the bridge letter is management's letter, not assurance"
            if bridge
            else " with no bridge letter"
        ),
        suggest.held(context) + " Say that the next examination is under way.",
        severity="error" if "current" in claim.terms else None,
    )


def _hidden_qualification(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or "clean-opinion" not in claim.terms or context.facts is None:
        return None
    if _DISCLOSED.search(claim.sentence):
        return None  # "unqualified, and the report lists 3 exceptions" hides nothing
    exams = context.facts.soc2.examinations
    qualified = [
        r
        for r in context.reports
        if r.opinion in ("qualified", "adverse", "disclaimer") or (r.exceptions or 0) > 0
    ]
    expected = [e for e in exams if e.exceptions_expected and e.report_issued is None]
    if not qualified and not expected:
        return None
    return Verdict(
        "“clean” or “no exceptions” hides a qualified opinion or exceptions; customers forgive "
        "exceptions with remediation plans far more readily than surprises",
        suggest.held(context) + " Name the exceptions and the remediation plan.",
    )


def _vague(claim: Claim, context: Context) -> Verdict | None:
    if claim.subject != "self" or claim.polarity != "asserted" or "vague" not in claim.terms:
        return None
    return Verdict(
        "vagueness replaces facts: name the stage, the report type, the period and the CPA firm",
        suggest.ladder(context),
    )


def _outdated(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or context.status is None or claim.kind not in ("in_progress", "planned"):
        return None
    from trustladder.status.model import Stage  # only with facts, when it is loaded already

    exams = context.status.examinations
    if claim.kind == "planned" or claim.stage in (None, "readiness", "engaged"):
        moved_on = context.status.stage is Stage.REPORT_ISSUED and not any(
            e.stage in (Stage.READINESS, Stage.REVIEW_PERIOD, Stage.FIELDWORK) for e in exams
        )
    else:
        wanted = Stage.REVIEW_PERIOD if claim.stage == "review_period" else Stage.FIELDWORK
        moved_on = not any(e.stage is wanted for e in exams) and any(
            e.stage.rung > wanted.rung for e in exams
        )
    if not moved_on:
        return None
    return Verdict(
        f"the facts have moved on (now: {context.status.stage.value.replace('_', ' ')}); refresh the "
        "text so it says what is true today",
        suggest.ladder(context),
    )


def _non_cpa(claim: Claim, context: Context) -> Verdict | None:
    if not own(claim) or claim.kind not in ("report_held", "certified", "badge"):
        return None
    not_cpa = context.facts is not None and context.facts.soc2.auditor.licensed_cpa is False
    if not not_cpa and "non-cpa-issuer" not in claim.terms:
        return None
    return Verdict(
        "only licensed CPA firms issue SOC 2 reports; a certificate or report from anyone else is "
        "not a SOC 2 report and is worthless in a security review",
        suggest.ladder(context),
    )


CLAIM_RULES: tuple[Rule, ...] = (
    Rule(
        "TL101",
        "certification-wording",
        "error",
        "SOC 2 called a “certification”, “certificate” or “certified”.",
        "SOC 2 is an attestation, not a certification; the word is wrong at every stage.",
        _certification,
    ),
    Rule(
        "TL102",
        "compliant-before-report",
        "error",
        "“Compliant” claimed before any report exists.",
        "There is nothing to be compliant with until a CPA firm has issued its report.",
        _compliant_before_report,
    ),
    Rule(
        "TL103",
        "compliance-wording",
        "warning",
        "“Compliant” used where the report should be named.",
        "Even with a report, the accurate sentence names it: “we hold a SOC 2 Type 2 report”.",
        _compliance_wording,
    ),
    Rule(
        "TL104",
        "report-not-held",
        "error",
        "A SOC 2 report claimed that is not held.",
        "The report exists only once the CPA firm signs its opinion.",
        _report_not_held,
    ),
    Rule(
        "TL105",
        "type2-on-type1",
        "error",
        "A Type 2 claimed while only a Type 1 is held.",
        "The report type is printed on the opinion page; buyers who read reports catch it.",
        _type2_on_type1,
    ),
    Rule(
        "TL106",
        "rung-ahead",
        "error",
        "A stage claimed ahead of the facts.",
        "Climb the ladder as the facts change, never ahead of them.",
        _rung_ahead,
    ),
    Rule(
        "TL107",
        "hard-date-promise",
        "error",
        "A hard report date promised.",
        "“Expected after the period closes in [month]” survives slippage; “on the 15th” does not.",
        _hard_date,
    ),
    Rule(
        "TL108",
        "badge-not-earned",
        "error",
        "A SOC badge, seal or logo implying a report not held.",
        "A logo makes a claim as loudly as a sentence; regulators have acted on home-made seals.",
        _badge,
    ),
    Rule(
        "TL109",
        "readiness-as-audit",
        "error",
        "A readiness assessment or platform dashboard presented as an audit.",
        "Reviewers know the difference instantly; it destroys the trust it was meant to build.",
        _readiness_as_audit,
    ),
    Rule(
        "TL110",
        "stale-report-as-current",
        "warning",
        "An aging report presented as current.",
        "Buyers treat a report as current for about 12 months and expect a fresh one yearly.",
        _stale_report,
    ),
    Rule(
        "TL111",
        "hidden-qualification",
        "error",
        "A qualified opinion or exceptions hidden behind “clean”.",
        "Set expectations now; surprises cost more than exceptions with remediation plans.",
        _hidden_qualification,
    ),
    Rule(
        "TL112",
        "vague-status",
        "warning",
        "Vagueness in place of facts (“SOC 2 coming soon”).",
        "Security reviewers punish vagueness, not in-progress status.",
        _vague,
    ),
    Rule(
        "TL113",
        "outdated-text",
        "info",
        "Text the facts have left behind.",
        "Published text should move up the ladder the day the facts do.",
        _outdated,
    ),
    Rule(
        "TL114",
        "non-cpa-report",
        "error",
        "A report or certificate from a firm that is not a licensed CPA firm.",
        "Only licensed CPA firms can issue SOC 2 reports.",
        _non_cpa,
    ),
)
