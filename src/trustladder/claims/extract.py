"""Find what each sentence claims about SOC 2, knowing nothing of the facts.

For each clause that names SOC 2 (or a report Type in a document about SOC 2) the extractor
asks, in order: what kind of status is claimed; whether the clause denies it, quotes or explains
it, asks about it, or supposes it; whose status it is; which report type it names; and whether
it promises a date. Judgement against the facts happens elsewhere (:mod:`trustladder.rules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import cast

from trustladder.claims import lexicon as lx
from trustladder.claims.model import Claim, DatePromise, Kind, Polarity, StageClaimed, Subject
from trustladder.claims.sentences import Span, clauses, quoted_spans, sentences
from trustladder.readers.model import Block, BlockKind, Document

_WINDOW = 40  # characters between SOC 2 and the words that say something of it


@dataclass(frozen=True)
class _Trigger:
    kind: Kind
    span: Span
    stage: str | None = None


@dataclass(frozen=True)
class _Found:
    kind: Kind
    span: Span
    stage: str | None
    terms: tuple[str, ...]
    trigger: Span | None = None
    """The words that say something of SOC 2 (not the name itself)."""


def _near(a: Span, b: Span, window: int = _WINDOW) -> bool:
    gap = max(a.start, b.start) - min(a.end, b.end)
    return gap <= window


def _matches(pattern: re.Pattern[str], text: str, clause: Span) -> list[Span]:
    return [
        Span(clause.start + m.start(), clause.start + m.end())
        for m in pattern.finditer(text, 0)
        if m.end() > m.start()
    ]


class _Clause:
    """One clause of a sentence, with the SOC 2 names found in it."""

    def __init__(self, block_text: str, span: Span, names: list[Span]) -> None:
        self.block_text = block_text
        self.span = span
        self.text = block_text[span.start : span.end]
        self.names = names

    def find(self, pattern: re.Pattern[str]) -> list[Span]:
        return _matches(pattern, self.text, self.span)

    def near_name(self, spans: list[Span], window: int = _WINDOW) -> list[Span]:
        return [s for s in spans if any(_near(s, name, window) for name in self.names)]

    def before(self, offset: int) -> str:
        return self.block_text[self.span.start : max(self.span.start, offset)]


def _triggers(clause: _Clause) -> list[_Trigger]:
    found: list[_Trigger] = []
    for pattern, stage in lx.IN_PROGRESS:
        found += [
            _Trigger("in_progress", s, stage) for s in clause.near_name(clause.find(pattern), 60)
        ]
    found += [_Trigger("planned", s) for s in clause.near_name(clause.find(lx.PLANNED), 60)]
    return sorted(found, key=lambda t: t.span.start)


def _held(clause: _Clause) -> Span | None:
    for name in clause.names:
        if lx.HELD_VERB.match(clause.block_text, name.start):
            return name  # "we hold the report": the name found is itself the claim
        before = clause.before(name.start)
        verb = list(lx.HELD_VERB.finditer(before))
        if verb and len(before) - verb[-1].end() <= 30:
            return Span(clause.span.start + verb[-1].start(), name.end)
        after = clause.block_text[name.end : clause.span.end]
        predicate = lx.HELD_PREDICATE.match(after) or lx.HELD_AFTER_NOUN.match(after)
        if predicate:
            return Span(name.start, name.end + predicate.end())
        if (
            lx.REQUEST_REPORT.search(before)
            or lx.HELD_IDENTITY.search(before)
            or lx.EXISTENTIAL.search(before)
        ):
            report = re.match(r"[^.;]{0,30}?\breports?\b", after, re.IGNORECASE)
            if report:
                return Span(name.start, name.end + report.end())
        bare = lx.BARE_STATUS.search(before)
        if bare and re.match(r"\s*(?:Type\s*(?:II|I|1|2)\s*)?(?:[.!]|$)", after, re.IGNORECASE):
            return Span(clause.span.start + bare.start(), name.end)
    if clause.text.rstrip().endswith("?") and re.search(
        r"\breports?\b", clause.text, re.IGNORECASE
    ):
        asked = lx.HELD_VERB.search(clause.text)
        if asked:  # "Which SOC 2 report type do you have?"
            return _union(
                clause.names[0],
                Span(clause.span.start + asked.start(), clause.span.start + asked.end()),
            )
    possessive = clause.find(lx.HELD_POSSESSIVE) or clause.find(lx.HELD_POSSESSIVE_TYPE)
    if possessive:
        return possessive[0]
    return None


def _certification(clause: _Clause) -> tuple[Kind, Span, bool] | None:
    """A certified or compliant term attached to SOC 2: kind, span, and whether it is a noun."""
    candidates: list[tuple[Kind, Span, bool]] = []
    for pattern, kind, noun in (
        (lx.CERT_ADJECTIVE, "certified", False),
        (lx.CERT_NOUN, "certified", True),
        (lx.COMPLIANT_ADJECTIVE, "compliant", False),
        (lx.COMPLIANT_NOUN, "compliant", True),
        (lx.ALIGNED, "compliant", False),
    ):
        for span in clause.near_name(clause.find(pattern), 30):
            if noun and lx.COMPOUND_NOUN.match(clause.block_text, span.end):
                continue  # "SOC 2 compliance checklist" names a thing; it claims nothing
            candidates.append((kind, span, noun))  # type: ignore[arg-type]
    for name in clause.names:
        verb = lx.COMPLIANT_VERB.search(clause.before(name.start))
        if verb:
            candidates.append(
                ("compliant", Span(clause.span.start + verb.start(), name.end), False)
            )
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0] != "certified", c[1].start))


def _badge(clause: _Clause) -> _Found | None:
    words = clause.near_name(clause.find(lx.BADGE_WORD), 20)
    if not words:
        return None
    # In running prose a badge is claimed only in the speaker's voice ("our SOC 2 seal");
    # a short label ("SOC 2 Type II badge") is the badge itself.
    if len(clause.text.split()) > 6 and not lx.FIRST_PERSON.search(clause.text):
        return None
    return _Found("badge", _union(words[0], *clause.names[:1]), None, (), words[0])


def _kind(clause: _Clause) -> _Found | None:
    badge = _badge(clause)
    if badge is not None:
        return badge
    triggers = _triggers(clause)
    cert = _certification(clause)
    held = _held(clause)
    if cert is not None:
        kind, span, noun = cert
        terms = ("certification" if kind == "certified" else "compliance",)
        governing = [
            t
            for t in triggers
            if (noun and _near(t.span, span, 30))
            or (t.span.start < span.start and _near(t.span, span, 45))
        ]
        if governing:
            first = governing[0]
            return _Found(first.kind, _union(first.span, span), first.stage, terms, first.span)
        return _Found(kind, _union(span, *clause.names[:1]), None, terms, span)
    if held is not None:
        future = [t for t in triggers if t.kind == "planned" and _near(t.span, held, 25)]
        if future:
            return _Found("planned", _union(future[0].span, held), None, (), future[0].span)
        auxiliary = re.match(
            r"(?:have|has|had)\b", clause.block_text[held.start : held.end], re.IGNORECASE
        )
        staged = [t for t in triggers if t.stage in ("review_period", "fieldwork", "engaged")]
        if auxiliary and staged:
            return _Found(
                "in_progress", _union(staged[0].span, held), staged[0].stage, (), staged[0].span
            )
        readiness = [t for t in triggers if t.stage == "readiness" and _near(t.span, held, 5)]
        if readiness and not lx.READINESS_AS_AUDIT.search(clause.text):
            return _Found(
                "in_progress", _union(readiness[0].span, held), "readiness", (), readiness[0].span
            )
        return _Found("report_held", held, None, (), held)
    if triggers:
        first = triggers[0]
        stages = [t.stage for t in triggers if t.kind == "in_progress" and t.stage]
        stage = first.stage or (stages[0] if stages else None)
        return _Found(first.kind, _union(first.span, *clause.names[:1]), stage, (), first.span)
    return None


def _union(*spans: Span) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _polarity(
    block: Block,
    sentence: str,
    clause: _Clause,
    previous: _Clause | None,
    found: _Found,
    quotes: list[Span],
) -> Polarity | None:
    """How the clause holds its claim; None when it only explains SOC 2 in general."""
    trigger = found.trigger or found.span
    if (
        block.quoted
        or any(q.contains(trigger) for q in quotes)
        or all(any(q.contains(name) for q in quotes) for name in clause.names)
    ):
        return "mention"
    if (
        sentence.rstrip().endswith("?")
        or (block.kind is BlockKind.HEADING and lx.QUESTION_START.match(sentence))
        or lx.INDIRECT_QUESTION.search(sentence)
    ):
        return "question"
    if lx.GENERIC_SUBJECT.match(clause.text.rsplit(": ", 1)[-1]):
        return "mention" if found.kind in ("certified", "compliant") else None
    prohibition = lx.PROHIBITION.search(clause.text)
    if prohibition:
        speaker = lx.FIRST_PERSON.search(clause.text[: prohibition.start()])
        return "negated" if speaker else "mention"  # "we never say ..." / "never say ..."
    if lx.MENTION.search(clause.text):
        return "mention"
    if (
        block.lead_in
        and lx.LEAD_IN_MENTION.search(block.lead_in)
        and not lx.NEGATION.search(clause.text)
    ):
        return "mention"
    scope = clause.before(found.span.end)
    if len(clause.before(found.span.start).split()) <= 3:
        scope = clause.text  # the claim is the subject: "SOC 2 certification doesn't apply to us"
    if lx.HYPOTHETICAL.search(clause.before(found.span.end)) or (
        previous is not None and lx.CONDITIONAL_START.match(previous.text)
    ):
        return "hypothetical"
    if any(not lx.NOT_NEGATION.match(scope, m.start()) for m in lx.NEGATION.finditer(scope)):
        return "negated"
    return "asserted"


def _subject(
    clause: _Clause, previous: _Clause | None, found: _Found, self_names: tuple[str, ...]
) -> Subject | None:
    """Whose status: None when the words describe a service to others ("we help companies ...")."""
    region = clause.before(max(found.span.start, clause.names[0].start))
    after = clause.block_text[found.span.end : clause.span.end]
    if lx.RELATIVE_START.match(clause.text) and previous is not None:
        region = previous.text
    if lx.SERVICE_TO_OTHERS.search(region):
        return None
    if any(name.lower() in region.lower() for name in self_names if name):
        return "self"
    third = lx.THIRD_PARTY_NOUNS.search(region) or lx.THIRD_PARTY_BRANDS.search(region)
    if third and re.match(
        r"\s*(?:Provider|Vendor|Supplier|Processor|Service\s+Provider)\b", region
    ):
        third = None  # a contract's defined term for the company itself
    if third and not lx.SUBJECT_PRONOUN.search(region, third.end()):
        return "third_party"
    predicate = re.search(
        r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+|our\s+)?(?:\w+\s+)?$", region, re.IGNORECASE
    )
    if (
        found.kind in ("certified", "compliant", "report_held")
        and lx.THIRD_PARTY_AFTER.match(after)
        and not predicate
    ):
        return "third_party"
    if not lx.FIRST_PERSON.search(region):
        if lx.GENERIC_PEOPLE.search(region):
            return None  # "buyers expect a fresh report": a statement about people, not a status
        if lx.OTHER_PRONOUN.search(region):
            return "unknown"
    # The speaker, a reader addressed as "you", or the company named on its own page.
    return "self"


def _report_type(clause: _Clause, found: _Found) -> str | None:
    types = clause.find(lx.TYPE)
    if not types:
        return None
    anchor = clause.names[0].start
    nearest = min(types, key=lambda t: abs(t.start - anchor))
    word = re.sub(r"^type[\s-]?", "", clause.block_text[nearest.start : nearest.end].lower())
    return "type2" if word.strip() in ("ii", "2", "two") else "type1"


def _date_promise(sentence: str) -> DatePromise | None:
    hard = lx.HARD_DATE.search(sentence)
    if hard and (
        lx.FUTURE.search(sentence) or re.match(r"(?:by|before|no\s+later)\b", hard.group(0), re.I)
    ):
        return "hard"
    if lx.SOFT_DATE.search(sentence) and lx.FUTURE.search(sentence):
        return "soft"
    return None


def _terms(sentence: str, clause: _Clause, found: _Found) -> tuple[str, ...]:
    terms = list(found.terms)
    checks = (
        ("clean-opinion", lx.CLEAN_OPINION),
        ("vague", lx.VAGUE),
        ("current", lx.CURRENT),
        ("period-named", lx.PERIOD_NAMED),
        ("non-cpa-issuer", lx.NON_CPA_ISSUER),
    )
    terms += [name for name, pattern in checks if pattern.search(sentence)]
    if lx.READINESS_AS_AUDIT.search(clause.text) or (
        lx.PLATFORM.search(sentence) and found.kind in ("certified", "compliant", "report_held")
    ):
        terms.append("readiness-as-audit")
    terms += [f"style:{name}" for name, pattern in lx.STYLE_PATTERNS if pattern.search(sentence)]
    return tuple(dict.fromkeys(terms))


def _names(text: str, clause: Span, topic: bool, sentence_named: bool) -> list[Span]:
    """SOC 2 named in the clause; in a document about SOC 2, a report Type, or (when the
    sentence names nothing else) "the examination" or "our report", also refer to it."""
    body = text[clause.start : clause.end]
    names = _matches(lx.SOC_NAME, body, clause) + _matches(lx.AICPA_LOGO, body, clause)
    if topic and not names:
        names = _matches(lx.TYPE, body, clause)
    if topic and not names and not sentence_named:
        # "the report" alone is SOC 2 only in the speaker's own voice: "our report", "we ..."
        names = [
            span
            for span in _matches(lx.TOPIC_NOUN, body, clause)
            if re.search(
                r"\bour\s+(?:\w+\s+){0,2}$", text[clause.start : span.start], re.IGNORECASE
            )
            or lx.SUBJECT_PRONOUN.search(body)
        ]
    if topic and not names:
        names = _matches(lx.OWN_REPORT, body, clause)
    return names


def _badge_claim(document: Document, block: Block) -> Claim | None:
    if not (lx.SOC_NAME.search(block.text) or lx.AICPA_LOGO.search(block.text)):
        return None
    start, end = block.position(0), block.end_position(len(block.text))
    report_type = None
    if (match := lx.TYPE.search(block.text)) is not None:
        report_type = "type2" if match.group(1).lower() in ("ii", "2", "two") else "type1"
    terms = tuple(
        name
        for name, pattern in (
            ("certification", lx.CERT_ADJECTIVE),
            ("compliance", lx.COMPLIANT_ADJECTIVE),
        )
        if pattern.search(block.text)
    )
    return Claim(
        kind="badge",
        polarity="mention" if block.quoted else "asserted",
        report_type=report_type,  # type: ignore[arg-type]
        date_promise=None,
        subject="self",
        path=document.path,
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        text=block.text,
        sentence=block.text,
        terms=terms,
        block_kind=block.kind.value,
    )


_TOPIC_WORDS = ("type", "report", "attestation", "audit", "examination", "opinion")


def _could_name(text: str, topic: bool) -> bool:
    """A cheap test that lets most blocks skip the name patterns: each needs one of these words."""
    folded = text.casefold()
    if "soc" in folded or "aicpa" in folded:
        return True
    return topic and any(word in folded for word in _TOPIC_WORDS)


def _block_claims(
    document: Document, block: Block, topic: bool, self_names: tuple[str, ...]
) -> Iterator[Claim]:
    if block.kind is BlockKind.BADGE:
        badge = _badge_claim(document, block)
        if badge is not None:
            yield badge
        return
    if not _could_name(block.text, topic) or not (
        lx.SOC_NAME.search(block.text)
        or lx.AICPA_LOGO.search(block.text)
        or (topic and (lx.TYPE.search(block.text) or lx.TOPIC_NOUN.search(block.text)))
    ):
        return  # nothing in this block can name SOC 2
    quotes = quoted_spans(block.text)
    for sentence_span in sentences(block.text):
        sentence = block.text[sentence_span.start : sentence_span.end]
        previous: _Clause | None = None
        named = bool(lx.SOC_NAME.search(sentence) or (topic and lx.TYPE.search(sentence)))
        for clause_span in _merged_labels(
            block.text, clauses(block.text, sentence_span), topic, named
        ):
            clause = _Clause(block.text, clause_span, _names(block.text, clause_span, topic, named))
            if (
                not clause.names
                and previous is not None
                and previous.names
                and lx.RELATIVE_START.match(clause.text)
            ):
                clause.names = previous.names  # "our SOC 2 program, which is already underway"
            if clause.names:
                found = (
                    _kind(clause)
                    or _heading_list_kind(block, clause)
                    or _listed_feature(sentence, clause)
                )
                claim = (
                    None
                    if found is None
                    else _claim(
                        document, block, sentence, clause, previous, found, quotes, self_names
                    )
                )
                if claim is not None:
                    yield claim
            previous = clause


def _merged_labels(text: str, spans: list[Span], topic: bool, named: bool) -> list[Span]:
    """Join a short "SOC 2 Type II:" label to the clause that says something of it."""
    merged: list[Span] = []
    for span in spans:
        if merged:
            last = merged[-1]
            label_names = _names(text, last, topic, named)
            own_kind = _kind(_Clause(text, last, label_names)) if label_names else None
            separator = text[last.end : span.start].strip()
            label = text[last.start : last.end]
            answer = re.match(
                r"\s*(?:yes|no|not\s+yet|nope|correct|true|false)\b", label, re.IGNORECASE
            )
            if (
                separator in (":", "—", "–", "-")
                and len(label.split()) <= 6
                and own_kind is None
                and not answer
            ):
                merged[-1] = Span(last.start, span.end)
                continue
        merged.append(span)
    return merged


def _listed_feature(sentence: str, clause: _Clause) -> _Found | None:
    """A report named as an item in a feature list: "Security: SOC 2 Type II, SSO"."""
    if ":" not in sentence:
        return None
    for name in clause.names:
        item = lx.LISTED_TYPE.match(clause.block_text[name.end : clause.span.end])
        before = clause.block_text[clause.span.start : name.start].rstrip()
        if item and (before.endswith((":", ",", "·")) or not before):
            return _Found("report_held", Span(name.start, name.end + item.end()), None, (), name)
    return None


def _heading_list_kind(block: Block, clause: _Clause) -> _Found | None:
    """A bare "SOC 2 Type II" under a "Certifications" or "Compliance" list heading."""
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL) or not block.lead_in:
        return None
    if len(clause.text.split()) > 6:
        return None
    for pattern, kind, term in (
        (re.compile(r"certif|accredit", re.I), "certified", "certification"),
        (re.compile(r"complian", re.I), "compliant", "compliance"),
        (re.compile(r"attestation|audit|report|assurance", re.I), "report_held", ""),
    ):
        if pattern.search(block.lead_in) and not lx.LEAD_IN_MENTION.search(block.lead_in):
            return _Found(kind, clause.names[0], None, (term,) if term else ())  # type: ignore[arg-type]
    return None


def _claim(
    document: Document,
    block: Block,
    sentence: str,
    clause: _Clause,
    previous: _Clause | None,
    found: _Found,
    quotes: list[Span],
    self_names: tuple[str, ...],
) -> Claim | None:
    polarity = _polarity(block, sentence, clause, previous, found, quotes)
    subject = _subject(clause, previous, found, self_names)
    if polarity is None or (subject is None and polarity == "asserted"):
        return None
    span = _union(found.span, *clause.names)
    start, end = block.position(span.start), block.end_position(span.end)
    return Claim(
        kind=found.kind,
        polarity=polarity,
        report_type=_report_type(clause, found),  # type: ignore[arg-type]
        date_promise=_date_promise(sentence),
        subject=subject or "unknown",
        path=document.path,
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        text=block.text[span.start : span.end],
        sentence=sentence,
        terms=_terms(sentence, clause, found),
        stage=cast(StageClaimed | None, found.stage if found.kind == "in_progress" else None),
        block_kind=block.kind.value,
    )


def extract_claims(
    document: Document, self_names: Iterable[str] = (), *, topic: bool | None = None
) -> list[Claim]:
    """Every SOC 2 status claim in a document, in reading order.

    ``topic`` says whether the document is about SOC 2 (by default: whether it names SOC 2
    anywhere); in such a document "the Type 2 report" and "the examination" refer to SOC 2.
    """
    names = tuple(self_names)
    if topic is None:
        topic = any(lx.SOC_NAME.search(block.text) for block in document.blocks)
    claims = [c for block in document.blocks for c in _block_claims(document, block, topic, names)]
    return sorted(claims, key=lambda c: (c.line, c.column))


def extract_from_text(
    text: str, path: str = "<text>", self_names: Iterable[str] = (), *, topic: bool | None = None
) -> list[Claim]:
    """Claims in plain text (paragraphs separated by blank lines)."""
    from trustladder.readers.text import read_text

    return extract_claims(read_text(path, text), self_names, topic=topic)
