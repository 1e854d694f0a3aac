"""Wording and housekeeping rules: lower severity than overclaims, judged without the facts."""

from __future__ import annotations

from trustladder.rules.model import Rule

WORDING_RULES: tuple[Rule, ...] = (
    Rule(
        "TL201",
        "soc-ii-spelling",
        "info",
        "“SOC II” written for SOC 2.",
        "The mark is SOC 2, with an Arabic numeral.",
        wording="soc-ii",
        suggestion="Write “SOC 2”.",
    ),
    Rule(
        "TL202",
        "soc2-joined-or-hyphenated",
        "info",
        "“SOC2” or “SOC-2” written for SOC 2.",
        "The mark is written SOC 2, with a space.",
        wording="soc-hyphen-or-joined",
        suggestion="Write “SOC 2”.",
    ),
    Rule(
        "TL203",
        "ssae-16",
        "warning",
        "“SSAE 16” named for SOC 2 examinations.",
        "SSAE 18 superseded “SSAE 16”; naming the old standard dates the text and misleads reviewers.",
        wording="ssae-16",
        suggestion="Name the AICPA attestation standards (SSAE 18), or none.",
    ),
    Rule(
        "TL204",
        "licensed-by-aicpa",
        "warning",
        "A CPA firm described as “licensed by the AICPA”.",
        "CPA licences come from state boards of accountancy, not the AICPA.",
        wording="licensed-by-aicpa",
        suggestion="Write “an independent, licensed CPA firm”.",
    ),
    Rule(
        "TL205",
        "aicpa-soc2",
        "info",
        "“AICPA SOC 2” used as the report's name.",
        "SOC 2 is used as an adjective for the report the CPA firm issues; the AICPA does not issue it.",
        wording="aicpa-soc2",
        suggestion="Write “SOC 2 report”.",
    ),
    Rule(
        "TL206",
        "soc2-as-verb",
        "info",
        "SOC 2 used as a verb or a plural.",
        "SOC 1, 2 and 3 are registered marks used as adjectives.",
        wording="soc2-verb",
        suggestion="Write “completed a SOC 2 examination” or “SOC 2 reports”.",
    ),
)

HOUSEKEEPING_RULES: tuple[Rule, ...] = (
    Rule(
        "TL901",
        "suppression-without-reason",
        "warning",
        "An inline suppression with no reason.",
        "Every exception should say why where it is made, so the next reader can judge it.",
        suggestion="Add the reason after the rule: trustladder: ignore[TL101] quoting a customer's e-mail",
    ),
    Rule(
        "TL902",
        "unused-suppression",
        "warning",
        "An inline suppression that silences nothing.",
        "Stale suppressions hide future findings; remove them once the text is fixed.",
        suggestion="Remove the directive.",
    ),
)

QUESTIONNAIRE_RULES: tuple[Rule, ...] = (
    Rule(
        "TL121",
        "questionnaire-answer-ahead",
        "error",
        "A questionnaire answer claims an audit or report not held.",
        "Until a report is issued, the answer to “are independent audits performed” is not “Yes”.",
        suggestion="Answer No and describe the stage; `trustladder questionnaire fill` writes it.",
        scope="questionnaire",
    ),
)
