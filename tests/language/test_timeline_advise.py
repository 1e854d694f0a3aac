"""`trustladder timeline` (windows, never days; a picture with a today marker) and `advise`."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from trustladder.check.engine import judge_document
from trustladder.check.settings import CheckSettings
from trustladder.cli import main
from trustladder.config import TimelineSettings
from trustladder.facts import load_facts
from trustladder.language.advise import addendum, advice_text, ordered_options
from trustladder.language.timeline import expectation, timeline, timeline_text
from trustladder.language.timeline_svg import svg_to_png, timeline_svg
from trustladder.readers.markdown import read_markdown
from trustladder.readers.text import read_text
from trustladder.rules import Context
from trustladder.status import derive_status, honest_sentence

DAY = dt.date(2026, 11, 26)
SVG = "{http://www.w3.org/2000/svg}"


def _example(name: str):  # type: ignore[no-untyped-def]
    facts = load_facts(EXAMPLES / name / "trustladder.yaml")
    return facts, derive_status(facts, DAY)


def test_the_three_parts_of_a_type2_follow_readiness_and_the_type1() -> None:
    facts, status = _example("review-period-type1-held")
    assert timeline_text(facts, status, timeline(facts, status)) == (
        "Cobalt CRM, Inc.: SOC 2 timeline as of November 26, 2026.\n"
        "  done       Readiness and gap assessment  February 2, 2026 – March 13, 2026.\n"
        "  done       Remediation                   closed May 29, 2026.\n"
        "  done       Type 1 examination            design as of June 1, 2026; report issued July 17, 2026.\n"
        "  under way  Review period                 June 1 – December 31, 2026.\n"
        "  expected   Fieldwork                     follows the period's close; typically 2–8 weeks.\n"
        "  expected   Drafting and signing          the CPA firm's review and signature; typically 2–4 weeks.\n"
        "The report is expected after the review period closes in December 2026: typically between January 2027 "
        "and March 2027. Those months are a typical window, not a promise; fieldwork and signing belong to the CPA firm.\n"
    )


def test_typical_durations_come_from_settings() -> None:
    facts, status = _example("review-period-type1-held")
    slow = TimelineSettings(fieldwork_weeks=(6, 12), signing_weeks=(3, 6))
    assert "typically between March 2027 and May 2027" in expectation(timeline(facts, status, slow))


@pytest.mark.parametrize(
    "example", sorted(p.parent.name for p in EXAMPLES.glob("*/trustladder.yaml"))
)
def test_no_future_part_is_ever_given_a_day(example: str) -> None:
    facts, status = _example(example)
    phases = timeline(facts, status)
    text = timeline_text(facts, status, phases)
    for line in text.splitlines()[1:]:
        if line.startswith(("  expected", "  under way")) and "Review period" not in line:
            assert not re.search(r"\b\d{1,2}, \d{4}\b", line), line
    assert not re.search(r"expected (?:on|by) ", text)
    context = Context(facts, status, honest_sentence(facts, status))
    assert judge_document(read_text("t.txt", text), context, CheckSettings()) == []


def test_no_examination_means_no_report_estimate() -> None:
    facts, status = _example("readiness-with-consultant")
    assert expectation(timeline(facts, status)).startswith("No examination is scheduled yet")


def test_the_picture_is_valid_svg_with_a_today_marker_and_one_row_per_part() -> None:
    facts, status = _example("acme-analytics")
    phases = timeline(facts, status)
    root = ET.fromstring(timeline_svg(facts, status, phases))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert root.tag == f"{SVG}svg" and root.find(f"{SVG}title") is not None
    assert "Today · Nov 26, 2026" in texts
    assert [p.name for p in phases] == [t for t in texts if t in {p.name for p in phases}]
    assert any(r.get("fill") == "url(#tl-hatch)" for r in root.iter(f"{SVG}rect"))


def test_the_png_is_rendered_from_the_svg() -> None:
    pytest.importorskip("resvg_py")
    facts, status = _example("acme-analytics")
    png = svg_to_png(timeline_svg(facts, status, timeline(facts, status)))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width == 2000 and 900 < height < 1400


def test_timeline_command_writes_each_format(tmp_path: Path) -> None:
    facts = str(EXAMPLES / "fieldwork" / "trustladder.yaml")
    runner = CliRunner()
    text = runner.invoke(main, ["timeline", "--facts", facts, "--today", "2026-11-26"]).stdout
    assert "under way  Fieldwork" in text
    svg = tmp_path / "t.svg"
    assert (
        runner.invoke(
            main,
            [
                "timeline",
                "--facts",
                facts,
                "--today",
                "2026-11-26",
                "--format",
                "svg",
                "--out",
                str(svg),
            ],
        ).exit_code
        == 0
    )
    assert svg.read_text(encoding="utf-8").startswith("<svg")
    assert runner.invoke(main, ["timeline", "--facts", facts, "--format", "png"]).exit_code == 2


@pytest.mark.parametrize(
    ("example", "first_options"),
    [
        ("readiness-with-consultant", ["security-call", "addendum", "type1"]),
        ("review-period-type1-held", ["addendum", "post-signature", "security-call"]),
        ("acme-analytics", ["post-signature", "addendum"]),
        ("type2-held-next-period", ["share-report"]),
    ],
)
def test_options_are_ordered_for_the_stage(example: str, first_options: list[str]) -> None:
    facts, status = _example(example)
    keys = [o.key for o in ordered_options(facts, status)]
    assert keys[: len(first_options)] == first_options


def test_the_review_period_without_a_type1_offers_one_second() -> None:
    facts = load_facts(EXAMPLES / "review-period-type1-held" / "trustladder.yaml")
    from dataclasses import replace

    without = replace(facts, soc2=replace(facts.soc2, examinations=facts.soc2.examinations[1:]))
    assert [o.key for o in ordered_options(without, derive_status(without, DAY))][:2] == [
        "addendum",
        "type1",
    ]


def test_the_addendum_is_filled_from_the_facts_and_marks_every_choice() -> None:
    facts, status = _example("review-period-type1-held")
    clause = addendum(facts, status)
    assert (
        "the SOC 2 Type 2 report for the review period June 1 – December 31, 2026 issued by Marlow Hale CPAs LLP"
        in clause
    )
    assert clause.count("«SET:") == 7
    assert "does not promise a signing date" in clause
    text = advice_text(facts, status, markdown=True)
    context = Context(facts, status, honest_sentence(facts, status))
    assert judge_document(read_markdown("a.md", text), context, CheckSettings()) == []
