"""When a deal is waiting on the report: the options that work in practice, ordered for the
company's stage, with a draft security addendum filled from the facts."""

from __future__ import annotations

from dataclasses import dataclass

from trustladder.facts.model import Facts
from trustladder.language.context import TYPE_NAME, template_values
from trustladder.status.model import Stage, Status

SET = "«SET: {}»"
"""How a value the user must choose is marked in every draft."""


@dataclass(frozen=True)
class Option:
    """One way to unblock a deal."""

    key: str
    """Stable id: addendum, type1, security-call, post-signature, progress-updates, share-report."""
    title: str
    why: str
    """Why it works, in the playbook's terms, and why it sits where it does for this company."""


def _options(facts: Facts, status: Status) -> dict[str, Option]:
    values = template_values(facts, status)
    expected = (
        f"expected after the review period closes in {values['period']['end_month']}"
        if "period" in values
        else "expected once the CPA firm signs its opinion"
        if status.stage is Stage.FIELDWORK
        else "not yet scheduled"
    )
    return {
        "addendum": Option(
            "addendum",
            "A security addendum with audit rights, breach notification and report delivery",
            "Gives the buyer contractual commitments today instead of a report they cannot have yet.",
        ),
        "type1": Option(
            "type1",
            "A SOC 2 Type 1 as an interim milestone",
            "A Type 1 examines design at a point in time, so a CPA firm can issue it while the Type 2 review "
            "period runs: a genuine CPA-issued deliverable mid-journey. It adds cost, and some buyers give a "
            "standalone Type 1 limited weight.",
        ),
        "security-call": Option(
            "security-call",
            "A call between security teams",
            "Thirty minutes of candid answers from "
            + (values.get("security_lead") or "our security lead")
            + " routinely clears what documents alone cannot.",
        ),
        "post-signature": Option(
            "post-signature",
            "The report as a post-signature deliverable",
            f"Close now with the report as a contractual deliverable; it is {expected}.",
        ),
        "progress-updates": Option(
            "progress-updates",
            "Stage-based progress updates",
            "If the buyer's policy requires the report, offer a note at each stage (period "
            "closed, fieldwork begun, opinion signed) rather than a delivery date nobody controls.",
        ),
        "share-report": Option(
            "share-report",
            "Share the report under NDA",
            "The report exists: the deal need not wait. Send it with the buyer's NDA or ours.",
        ),
    }


def ordered_options(facts: Facts, status: Status) -> list[Option]:
    """The options in the order that helps most at this stage."""
    options = _options(facts, status)
    has_type1 = any(e.type == "type1" for e in facts.soc2.examinations)
    current = any(r.current and r.type == facts.soc2.target for r in status.reports_held)
    if status.stage is Stage.REPORT_ISSUED and current:
        order = ["share-report", "security-call", "addendum"]
    elif status.stage is Stage.FIELDWORK:
        order = ["post-signature", "addendum", "security-call", "progress-updates"]
    elif status.stage is Stage.REVIEW_PERIOD:
        order = ["addendum", "post-signature", "security-call", "progress-updates"]
        if not has_type1:
            order.insert(1, "type1")
    else:
        order = ["security-call", "addendum", "progress-updates"]
        if not has_type1 and facts.soc2.target == "type2":
            order.insert(2, "type1")
        order.append("post-signature")
    return [options[key] for key in order]


def addendum(facts: Facts, status: Status) -> str:
    """A draft addendum clause, filled from the facts, with every value to choose marked «SET: …»."""
    values = template_values(facts, status)
    company = facts.organization.name
    target = TYPE_NAME[facts.soc2.target]
    firm = values.get("firm", SET.format("the CPA firm's name"))
    if "period" in values:
        period = f"for the review period {values['period']['text']}"
    elif "fieldwork_exam" in values:
        period = values["fieldwork_exam"]["scope"]
    else:
        period = f"for a review period of {SET.format('months')} months beginning {SET.format('month and year')}"
    return "\n".join(
        [
            f"1. Report delivery. {company} will deliver to Customer, under the parties' NDA, the SOC 2 {target} "
            f"report {period} issued by {firm}, within {SET.format('number')} business days after the CPA firm "
            f"signs its opinion. {company} does not promise a signing date, which the CPA firm controls.",
            f"2. Exceptions. If the report lists exceptions or the opinion is modified, {company} will provide "
            f"its remediation plan with the report and an update every {SET.format('number')} days until closed.",
            f"3. Breach notification. {company} will notify Customer of a security incident affecting Customer "
            f"data within {SET.format('number')} hours of confirming it.",
            f"4. Audit rights. If the report is not delivered within {SET.format('number')} months of this "
            f"addendum, Customer may assess {company}'s security controls once per {SET.format('period')}, "
            f"on {SET.format('number')} days' notice, at {SET.format('whose')} cost.",
            f"5. Interim evidence. Until delivery, {company} will provide on request: "
            + (values["evidence_text"] or SET.format("the interim evidence items"))
            + ".",
        ]
    )


def advice_text(facts: Facts, status: Status, markdown: bool = False) -> str:
    """The options, ordered, then the draft clause."""
    head = "## " if markdown else ""
    lines = [
        f"{head}When a deal is waiting on the SOC 2 report ({status.stage.value.replace('_', ' ')})",
        "",
        "Ask the buyer precisely what would unblock it; the answer differs by buyer. In order for our stage:",
        "",
    ]
    for number, option in enumerate(ordered_options(facts, status), start=1):
        lines.append(f"{number}. {option.title}: {option.why}")
    lines += [
        "",
        f"{head}Draft security addendum (review with counsel; set every «SET: …»)",
        "",
        addendum(facts, status),
    ]
    return "\n".join(lines) + "\n"
