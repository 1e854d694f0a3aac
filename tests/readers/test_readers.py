"""Readers lint what a reader sees, and map every claim back to its exact line and column."""

from __future__ import annotations

import pytest

from trustladder.claims import extract_claims
from trustladder.readers import read_document
from trustladder.readers.html import read_html
from trustladder.readers.markdown import read_markdown
from trustladder.readers.model import BlockKind
from trustladder.readers.text import read_text


def _claims(path: str, text: str) -> list[tuple[str, str, int, int, str]]:
    return [
        (c.kind, c.polarity, c.line, c.column, c.text)
        for c in extract_claims(read_document(path, text))
    ]


def test_markdown_joins_a_claim_split_by_emphasis_and_keeps_columns() -> None:
    text = "# Security\n\nWe are **SOC 2** certified.\n"
    assert _claims("page.md", text) == [("certified", "asserted", 3, 10, "SOC 2 certified")]


def test_markdown_keeps_columns_on_every_line_of_a_long_paragraph() -> None:
    filler = "  Our product ships weekly and support answers within a day.\n"
    text = "Intro line\n" + filler * 30 + "  and yes, we are **SOC 2\n  certified** too.\n"
    assert _claims("page.md", text) == [("certified", "asserted", 32, 21, "SOC 2 certified")]
    (claim,) = extract_claims(read_document("page.md", text))
    assert (claim.end_line, claim.end_column) == (33, 12)


def test_markdown_keeps_columns_in_a_quote_that_wraps() -> None:
    text = "> Our vendor said\n> they are SOC 2 certified.\n"
    (claim,) = extract_claims(read_document("page.md", text))
    assert (claim.line, claim.column, claim.text) == (2, 12, "SOC 2 certified")


def test_html_joins_a_claim_split_by_inline_tags_across_lines() -> None:
    text = "<p>We are <strong>SOC&nbsp;2</strong>\n   certified.</p>"
    (claim,) = extract_claims(read_html("page.html", text))
    assert (claim.kind, claim.polarity, claim.line, claim.column, claim.end_line) == (
        "certified",
        "asserted",
        1,
        19,
        2,
    )


def test_wrapped_lines_are_joined_in_text_and_markdown() -> None:
    text = "Our platform is SOC 2\nType II certified and ready.\n"
    for path in ("notes.txt", "notes.md"):
        assert [(k, p, line, col) for k, p, line, col, _ in _claims(path, text)] == [
            ("certified", "asserted", 1, 17)
        ]


def test_a_sentence_never_crosses_a_blank_line_in_plain_text() -> None:
    assert _claims("notes.txt", "Our SOC 2\n\ncertified partners are listed below.\n") == []


def test_visible_attributes_are_read_and_located() -> None:
    text = (
        '<html><head><meta name="description" content="Acme is SOC 2 certified.">\n'
        '<meta property="og:title" content="SOC 2 compliant analytics"></head>\n'
        '<body><a href="/trust" title="We are SOC 2 Type II certified">Trust</a>\n'
        '<button aria-label="Download our SOC 2 report">x</button></body></html>'
    )
    lines = text.split("\n")
    where = [(n + 1, lines[n].index("SOC") + 1) for n in range(4)]
    found = [(k, line, col) for k, _, line, col, _ in _claims("index.html", text)]
    assert [k for k, _, _ in found] == ["certified", "compliant", "certified", "report_held"]
    assert [(line, col) for _, line, col in found] == where


@pytest.mark.parametrize(
    "markup",
    [
        "<pre>We are SOC 2 certified.</pre>",
        "<code>SOC 2 certified</code>",
        "<script>const badge = 'We are SOC 2 certified';</script>",
        "<style>.soc2-certified::after { content: 'SOC 2 certified'; }</style>",
        "<!-- We are SOC 2 certified. -->",
        "<template><p>We are SOC 2 certified.</p></template>",
        "<p hidden>We are SOC 2 certified.</p>",
    ],
)
def test_what_a_visitor_never_sees_is_skipped_in_html(markup: str) -> None:
    assert _claims("page.html", f"<html><body>{markup}<p>Welcome.</p></body></html>") == []


@pytest.mark.parametrize(
    "markdown",
    [
        "```\nWe are SOC 2 certified.\n```\n",
        "    We are SOC 2 certified.\n",
        "Run `echo SOC 2 certified` to see the old text.\n",
        "<!-- We are SOC 2 certified. -->\n",
    ],
)
def test_code_and_comments_are_skipped_in_markdown(markdown: str) -> None:
    assert _claims("page.md", markdown) == []


def test_entities_non_breaking_spaces_and_unicode_hyphens_are_normalised() -> None:
    assert _claims("a.html", "<p>We&#39;re SOC&#8209;2 certified.</p>")[0][:2] == (
        "certified",
        "asserted",
    )
    assert _claims("a.txt", "We are SOC\u00a02 Type\u2011II certified.")[0][:2] == (
        "certified",
        "asserted",
    )
    (claim,) = extract_claims(read_text("a.txt", "We are S\u00adOC 2 certified."))
    assert (claim.column, claim.end_column) == (8, 24)


def test_badges_from_file_names_alt_text_and_classes() -> None:
    text = (
        '<img src="/assets/soc2-type-ii-badge.svg" alt="">\n'
        '<img src="/logo.png" alt="AICPA SOC logo">\n'
        '<svg class="badge soc2-compliant"><title>x</title></svg>\n'
        '<img src="/team.jpg" alt="Our security team at SOC 2 kickoff">\n'
    )
    found = [
        (k, line, rt)
        for k, _, line, _, rt in (
            (c.kind, c.polarity, c.line, c.column, c.report_type)
            for c in extract_claims(read_html("f.html", text))
        )
    ]
    assert found == [("badge", 1, "type2"), ("badge", 2, None), ("badge", 3, None)]


def test_markdown_image_badge_and_front_matter_description() -> None:
    text = "---\ntitle: Trust\ndescription: We are SOC 2 compliant\n---\n\n![SOC 2 Type II seal](/seal.png)\n"
    found = [(k, line, col) for k, _, line, col, _ in _claims("trust.md", text)]
    assert found == [("compliant", 3, 21), ("badge", 6, 1)]


def test_block_quotes_and_quoted_email_replies_are_someone_elses_words() -> None:
    markdown = "> We are SOC 2 certified, said the vendor.\n"
    email = "Thanks for the note.\n\nOn Tue, Mar 3, 2026 at 10:02 Dana wrote:\nAre you SOC 2 certified? We are SOC 2 compliant ourselves.\n"
    assert [p for _, p, *_ in _claims("q.md", markdown)] == ["mention"]
    assert [p for _, p, *_ in _claims("reply.txt", email)] == ["mention", "mention"]
    assert [
        p
        for _, p, *_ in _claims(
            "reply.txt", "> We are SOC 2 compliant.\nWe hold a SOC 2 Type 2 report.\n"
        )
    ] == ["mention", "asserted"]


def test_a_list_of_banned_phrases_is_a_list_of_mentions() -> None:
    for path, text in (
        ("style.md", "Never write these on the website:\n\n- SOC 2 certified\n- SOC 2 compliant\n"),
        (
            "style.html",
            "<p>Phrases to avoid:</p><ul><li>SOC 2 certified</li><li>SOC 2 compliant</li></ul>",
        ),
        ("style.txt", "Never write these on the website:\n- SOC 2 certified\n- SOC 2 compliant\n"),
    ):
        assert [p for _, p, *_ in _claims(path, text)] == ["mention", "mention"], path


def test_faq_headings_are_questions() -> None:
    for path, text in (
        ("faq.md", "## Are we SOC 2 compliant\n\nNot yet.\n"),
        ("faq.html", "<h3>Is Acme SOC 2 certified</h3>"),
    ):
        assert [p for _, p, *_ in _claims(path, text)] == ["question"], path


def test_deeply_nested_html_is_read_without_recursion() -> None:
    text = "<div>" * 50_000 + "We are SOC 2 certified." + "</div>" * 50_000
    assert [k for k, *_ in _claims("deep.html", text)] == ["certified"]


def test_suppression_directives_in_each_format() -> None:
    html = read_html(
        "a.html",
        "<!-- trustladder: ignore[TL101] quoting a buyer -->\n<p>We are SOC 2 certified.</p>\n",
    )
    md = read_markdown(
        "a.md",
        "<!-- trustladder: ignore[certification-wording] a customer quote -->\nWe are SOC 2 certified.\n",
    )
    txt = read_text(
        "a.txt",
        "trustladder: ignore[TL101, TL102] pasted from the old site\nWe are SOC 2 certified.\n",
    )
    assert [(s.rules, s.reason, s.applies_to) for s in html.suppressions] == [
        (("TL101",), "quoting a buyer", 2)
    ]
    assert [(s.rules, s.applies_to) for s in md.suppressions] == [(("certification-wording",), 2)]
    assert [(s.rules, s.applies_to) for s in txt.suppressions] == [(("TL101", "TL102"), 2)]
    assert [b.text for b in txt.blocks] == ["We are SOC 2 certified."]


def test_block_kinds_follow_the_markup() -> None:
    document = read_markdown("k.md", "# Title\n\nText.\n\n- item\n\n| a |\n|---|\n| cell |\n")
    assert [b.kind for b in document.blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE_CELL,
        BlockKind.TABLE_CELL,
    ]
