"""Sentences, clauses and quotations inside one block of text, by character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "llp",
        "vs",
        "st",
        "mr",
        "ms",
        "mrs",
        "dr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "fig",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "cf",
        "al",
    ]
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+|$)|\s+\|\s+|\s·\s")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+|\s+[—–]\s+|\s+-\s+|\s*—\s*"
    r"|,?\s+(?:but|whereas|although|though|however|so\s+that)\s+|,\s+yet\s+|,?\s+(?=while\b)"
    r"|,\s+(?=(?:we|they|it|you|this|these)\b)"
    r"|,\s+(?:and|so|as|since|because)\s+|,\s+(?=(?:which|who|whose)\b)"
    r"|\s+and\s+(?=(?:we|our|are|is|it|they|have|has|now|will)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A stretch of a block's text, by offsets."""

    start: int
    end: int

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


def sentences(text: str) -> list[Span]:
    """Split a block into sentences. A sentence never crosses a block boundary."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(0).strip() in ("|", "·"):
            end = match.start()
        elif _is_abbreviation(text, match.start()) or _continues(text, match.end()):
            continue
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


_DIGIT_NEXT = re.compile(r"\s*\d")


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    start = dot  # the run of word characters and dots just before this one ("e.g", "Inc")
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    if start == dot:
        return False
    token = text[start:dot].lower()
    if token == "no":  # "No. 5" abbreviates; "No. SOC 2 readiness ..." answers a question
        return bool(_DIGIT_NEXT.match(text, dot + 1))
    return token in _ABBREVIATIONS or len(token) == 1


def _continues(text: str, after: int) -> bool:
    """A full stop followed by a lower-case word or a digit is inside a sentence (v2.1, "etc. and")."""
    index = after
    while index < len(text) and text[index].isspace():
        index += 1
    if index == len(text):
        return False
    following = text[index]
    return following.islower() or (following.isdigit() and text[after - 1] == ".")


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def clauses(text: str, sentence: Span) -> list[Span]:
    """Split a sentence at semicolons, dashes, colons and conjunctions that start a new claim."""
    result: list[Span] = []
    start = sentence.start
    body = text[sentence.start : sentence.end]
    for match in _CLAUSE_BREAK.finditer(body):
        end = sentence.start + match.start()
        if end > start:
            result.append(Span(start, end))
        start = sentence.start + match.end()
    if sentence.end > start:
        result.append(Span(start, sentence.end))
    return result


_OPENERS = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "„": "“"}


def quoted_spans(text: str) -> list[Span]:
    """Stretches inside quotation marks; an opening mark never closed runs to the end."""
    spans: list[Span] = []
    index = 0
    while index < len(text):
        char = text[index]
        closer = _OPENERS.get(char)
        if closer is None or not _opens(text, index):
            index += 1
            continue
        end = index + 1
        while end < len(text) and not (text[end] == closer and _closes(text, end)):
            end += 1
        spans.append(Span(index, min(end + 1, len(text))))
        index = end + 1
    return spans


def _opens(text: str, index: int) -> bool:
    char = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if char in "'‘":
        return not before.isalnum() and (after.isalnum() or after in "[")
    return not after.isspace() or char in "“«„"


def _closes(text: str, index: int) -> bool:
    char = text[index]
    after = text[index + 1] if index + 1 < len(text) else " "
    if char in "'’":
        return not after.isalnum()
    return True
