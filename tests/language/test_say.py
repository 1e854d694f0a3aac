"""`trustladder say`: the honest answer for every channel, and the checker never flags it."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings

from tests.conftest import EXAMPLES
from tests.language.strategies import FIRMS, facts_on_a_day
from trustladder.check.engine import judge_document
from trustladder.check.settings import CheckSettings
from trustladder.claims import extract_claims
from trustladder.cli import main
from trustladder.facts import Facts, load_facts, parse_facts
from trustladder.language.render import CHANNELS, MissingFact, as_format, render
from trustladder.readers.html import read_html
from trustladder.readers.markdown import read_markdown
from trustladder.rules import Context
from trustladder.status import Status, derive_status, honest_sentence

GOLDEN = Path(__file__).parent / "golden"
DEMO_DAY = dt.date(2026, 11, 26)
EXAMPLE_NAMES = sorted(p.parent.name for p in EXAMPLES.glob("*/trustladder.yaml"))
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _consistent(case: tuple[dict, dt.date]) -> tuple[Facts, Status]:
    """Facts read through the real loader, and their status; inconsistent draws are discarded."""
    data, today = case
    facts = parse_facts(yaml.safe_dump(data, sort_keys=False)).facts
    status = derive_status(facts, today)
    assume(status.errors == ())
    return facts, status


def _findings(text: str, facts: Facts, today: dt.date, fmt: str = "markdown") -> list[str]:
    status = derive_status(facts, today)
    context = Context(facts, status, honest_sentence(facts, status))
    document = read_html("say.html", text) if fmt == "html" else read_markdown("say.md", text)
    return [
        f"{f.rule} {f.text!r} in {f.sentence!r}"
        for f in judge_document(document, context, CheckSettings())
    ]


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_each_channel_at_each_stage_matches_its_golden_file(example: str, channel: str) -> None:
    facts = load_facts(EXAMPLES / example / "trustladder.yaml")
    text = render(channel, facts, derive_status(facts, DEMO_DAY))
    path = GOLDEN / example / f"{channel}.md"
    if os.environ.get("TRUSTLADDER_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
    assert _findings(text, facts, DEMO_DAY) == []
    assert "[" not in text, "a bracket left for a person to fill in"


@PROPERTY
@given(case=facts_on_a_day())
def test_nothing_say_writes_is_flagged_by_the_checker_under_the_same_facts(
    case: tuple[dict, dt.date],
) -> None:
    facts, status = _consistent(case)
    today = status.today
    for channel in CHANNELS:
        markdown = render(channel, facts, status)
        assert _findings(markdown, facts, today) == [], (channel, markdown)
        assert _findings(as_format(channel, markdown, "html"), facts, today, "html") == [], channel


@PROPERTY
@given(case=facts_on_a_day())
def test_say_never_names_a_report_type_period_or_firm_the_facts_do_not_hold(
    case: tuple[dict, dt.date],
) -> None:
    facts, status = _consistent(case)
    program = facts.soc2
    types = {e.type for e in program.examinations} | {program.target}
    dates = [
        d
        for e in program.examinations
        for d in (e.as_of, e.period_start, e.period_end, e.report_issued)
        if d
    ]
    months = {f"{MONTHS[d.month - 1]} {d.year}" for d in dates} | {
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}" for d in dates
    }
    months |= {f"{MONTHS[d.month - 1]} {d.day}" for d in dates}
    other_firms = [f for f in FIRMS if f != program.auditor.firm]
    for channel in CHANNELS:
        text = render(channel, facts, status)
        for claim in extract_claims(read_markdown("say.md", text)):
            if claim.polarity == "asserted" and claim.subject == "self" and claim.report_type:
                assert claim.report_type in types, (channel, claim.sentence)
        for firm in other_firms:
            assert firm not in text, channel
        for mention in re.findall(
            rf"\b(?:{'|'.join(MONTHS)}) (?:\d{{4}}|\d{{1,2}}(?:, \d{{4}})?)\b", text
        ):
            assert mention in months, (channel, mention, text)


def test_a_template_needing_a_missing_fact_names_the_field(tmp_path: Path) -> None:
    (tmp_path / "email.md.j2").write_text(
        "Hello from {{ security_lead }} at {{ company }}.\n", encoding="utf-8"
    )
    facts = load_facts(EXAMPLES / "fieldwork" / "trustladder.yaml")
    with pytest.raises(MissingFact, match=r"the email text needs organization\.security_lead"):
        render("email", facts, derive_status(facts, DEMO_DAY), tmp_path)
    code = (
        CliRunner()
        .invoke(
            main,
            [
                "say",
                "email",
                "--facts",
                str(EXAMPLES / "fieldwork" / "trustladder.yaml"),
                "--today",
                "2026-11-26",
                "--templates",
                str(tmp_path),
            ],
        )
        .exit_code
    )
    assert code == 2


def test_user_templates_override_one_channel_and_leave_the_rest(tmp_path: Path) -> None:
    (tmp_path / "status-line.md.j2").write_text("{{ company }}: {{ ladder }}\n", encoding="utf-8")
    facts = load_facts(EXAMPLES / "fieldwork" / "trustladder.yaml")
    status = derive_status(facts, DEMO_DAY)
    assert render("status-line", facts, status, tmp_path).startswith(
        "Delta Dispatch Co.: The SOC 2 Type 2 examination"
    )
    assert render("email", facts, status, tmp_path) == render("email", facts, status)


def test_say_all_in_each_format_from_the_command_line() -> None:
    facts = str(EXAMPLES / "review-period-type1-held" / "trustladder.yaml")
    runner = CliRunner()
    text = runner.invoke(main, ["say", "--facts", facts, "--today", "2026-11-26"]).stdout
    assert text.startswith("== status-line\nWe hold a SOC 2 Type 1 report as of June 1, 2026")
    assert "== faq\nWhat can we say while our SOC 2 is in progress?" in text
    html = runner.invoke(
        main, ["say", "trust-page", "--facts", facts, "--today", "2026-11-26", "--format", "html"]
    ).stdout
    assert html.startswith("<p>We hold a SOC 2 Type 1 report")
    document = json.loads(
        runner.invoke(
            main, ["say", "--facts", facts, "--today", "2026-11-26", "--format", "json"]
        ).stdout
    )
    assert document["stage"] == "review_period" and set(document["channels"]) == set(CHANNELS)
