"""The cheap word test that lets most blocks skip the name patterns must never skip a block that
one of those patterns would have matched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trustladder.claims import lexicon as lx
from trustladder.claims.extract import _could_name

_PIECES = st.sampled_from(
    [
        "SOC 2",
        "soc2",
        "SOC-II",
        "ſOC 2",  # a long s folds to "s" under case-insensitive matching
        "AICPA",
        "aicpa logo",
        "Type II",
        "type 1",
        "report",
        "Audits",
        "attestation",
        "examination",
        "opinion",
        "social",
        "associate",
        "we ship weekly",
        " ",
        ", ",
        "\n",
        "ü",
        "K",  # the Kelvin sign folds to "k"
    ]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12).map("".join)


def _patterns_match(text: str, topic: bool) -> bool:
    return bool(
        lx.SOC_NAME.search(text)
        or lx.AICPA_LOGO.search(text)
        or (topic and (lx.TYPE.search(text) or lx.TOPIC_NOUN.search(text)))
    )


@settings(max_examples=400)
@given(_TEXTS, st.booleans())
def test_gate_never_hides_a_name(text: str, topic: bool) -> None:
    if _patterns_match(text, topic):
        assert _could_name(text, topic)


def test_gate_skips_ordinary_prose() -> None:
    assert not _could_name("We ship every Tuesday and answer support within a day.", topic=True)
    assert not _could_name("Our audit of the kitchen went well.", topic=False)


def test_gate_lets_names_through() -> None:
    assert _could_name("We hold a SOC 2 Type II report.", topic=False)
    assert _could_name("The ſoc 2 report is ready.", topic=False)
    assert _could_name("The Type 2 report is ready.", topic=True)
