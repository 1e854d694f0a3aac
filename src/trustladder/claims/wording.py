"""Wording that is wrong wherever it appears ("SOC II", "SSAE 16", "licensed by the AICPA"),
found sentence by sentence and skipped where it is quoted, explained or forbidden."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from trustladder.claims import lexicon as lx
from trustladder.claims.sentences import Span, quoted_spans, sentences
from trustladder.readers.model import BlockKind, Document

ANY_STYLE = re.compile("|".join(f"(?:{p.pattern})" for _, p in lx.STYLE_PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class Wording:
    """One use of a discouraged form."""

    name: str
    """Which form: soc-ii, soc-hyphen-or-joined, ssae-16, aicpa-soc2, licensed-by-aicpa, soc2-verb."""
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str


def find_wording(document: Document) -> Iterator[Wording]:
    """Every discouraged form used in the document's own voice."""
    for block in document.blocks:
        if block.quoted or block.kind is BlockKind.BADGE or not ANY_STYLE.search(block.text):
            continue
        quotes = quoted_spans(block.text)
        for span in sentences(block.text):
            sentence = block.text[span.start : span.end]
            if not ANY_STYLE.search(sentence):
                continue
            if lx.MENTION.search(sentence) or lx.PROHIBITION.search(sentence):
                continue
            if block.lead_in and lx.LEAD_IN_MENTION.search(block.lead_in):
                continue
            for name, pattern in lx.STYLE_PATTERNS:
                for match in pattern.finditer(sentence):
                    hit = Span(span.start + match.start(), span.start + match.end())
                    if any(q.contains(hit) for q in quotes):
                        continue
                    start, end = block.position(hit.start), block.end_position(hit.end)
                    yield Wording(
                        name,
                        document.path,
                        start.line,
                        start.column,
                        end.line,
                        end.column,
                        match.group(0),
                        sentence,
                    )
