"""Score claim extraction against the labelled development set in tests/claims/devset_*.txt.

    python bench/score_claims.py            # the figures
    python bench/score_claims.py --misses   # and every sentence where the extractor disagrees

Precision and recall are counted per sentence: a predicted claim is right when the labels give
the same sentence a claim with the same kind (for the per-kind figures) or the same polarity
(for the per-polarity figures). "Own asserted" is the measure that matters most: the company's
own claims, asserted, which are the only ones that can be overclaims.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from trustladder.claims import KINDS, POLARITIES, extract_from_text  # noqa: E402

DEVSET = sorted((ROOT / "tests" / "claims").glob("devset_*.txt"))


@dataclass(frozen=True)
class Label:
    kind: str
    polarity: str
    report_type: str | None = None
    date_promise: str | None = None
    subject: str = "self"

    @classmethod
    def parse(cls, text: str) -> Label:
        kind, polarity, *rest = text.strip().split("/")
        fields: dict[str, str] = {}
        for token in rest:
            key = {
                "type1": "report_type",
                "type2": "report_type",
                "hard": "date_promise",
                "soft": "date_promise",
                "third_party": "subject",
                "unknown": "subject",
            }[token]
            fields[key] = token
        return cls(kind, polarity, **fields)

    def own_asserted(self) -> bool:
        return self.polarity == "asserted" and self.subject == "self"


def load() -> list[tuple[str, list[Label]]]:
    items = []
    for path in DEVSET:
        for line in path.read_text(encoding="utf-8").splitlines():
            if " :: " not in line or line.startswith("#"):
                continue
            labels, text = line.split(" :: ", 1)
            gold = [] if labels.strip() == "-" else [Label.parse(x) for x in labels.split(";")]
            items.append((text, gold))
    return items


def predict(text: str) -> list[Label]:
    return [
        Label(c.kind, c.polarity, c.report_type, c.date_promise, c.subject)
        for c in extract_from_text(text, topic=True)
    ]


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float]:
    return (tp / predicted if predicted else 1.0, tp / gold if gold else 1.0)


def score(items: list[tuple[str, list[Label]]]) -> dict[str, object]:
    per_kind: Counter[tuple[str, str]] = Counter()
    per_polarity: Counter[tuple[str, str]] = Counter()
    own = Counter()
    field_hits: Counter[str] = Counter()
    misses = []
    for text, gold in items:
        predicted = predict(text)
        if predicted != gold:
            misses.append((text, gold, predicted))
        for name, values, getter in (
            ("kind", KINDS, lambda label: label.kind),
            ("polarity", POLARITIES, lambda label: label.polarity),
        ):
            counter = per_kind if name == "kind" else per_polarity
            for value in values:
                g = sum(getter(label) == value for label in gold)
                p = sum(getter(label) == value for label in predicted)
                counter[(value, "tp")] += min(g, p)
                counter[(value, "gold")] += g
                counter[(value, "pred")] += p
        gold_own = [label for label in gold if label.own_asserted()]
        pred_own = [label for label in predicted if label.own_asserted()]
        own["tp"] += min(len(gold_own), len(pred_own))
        own["gold"] += len(gold_own)
        own["pred"] += len(pred_own)
        for g, p in zip(gold_own, pred_own, strict=False):
            own["kind_right"] += g.kind == p.kind
        for g, p in zip(gold, predicted, strict=False):
            if (g.kind, g.polarity) == (p.kind, p.polarity):
                field_hits["pairs"] += 1
                field_hits["report_type"] += g.report_type == p.report_type
                field_hits["date_promise"] += g.date_promise == p.date_promise
                field_hits["subject"] += g.subject == p.subject
    return {
        "kind": per_kind,
        "polarity": per_polarity,
        "own": own,
        "fields": field_hits,
        "misses": misses,
        "items": len(items),
        "claims": sum(len(g) for _, g in items),
    }


def report(result: dict[str, object], show_misses: bool) -> str:
    own = result["own"]
    assert isinstance(own, Counter)
    precision, recall = _prf(own["tp"], own["pred"], own["gold"])
    kind_accuracy = own["kind_right"] / own["tp"] if own["tp"] else 1.0
    lines = [
        f"development set: {result['items']} texts, {result['claims']} labelled claims",
        "",
        f"own asserted claims: precision {precision:.3f}  recall {recall:.3f}  kind correct {kind_accuracy:.3f}",
        "",
        f"{'kind':<14}{'precision':>10}{'recall':>10}{'labelled':>10}",
    ]
    for table, values in (("kind", KINDS), ("polarity", POLARITIES)):
        counter = result[table]
        assert isinstance(counter, Counter)
        if table == "polarity":
            lines += ["", f"{'polarity':<14}{'precision':>10}{'recall':>10}{'labelled':>10}"]
        for value in values:
            p, r = _prf(counter[(value, "tp")], counter[(value, "pred")], counter[(value, "gold")])
            lines.append(f"{value:<14}{p:>10.3f}{r:>10.3f}{counter[(value, 'gold')]:>10}")
    fields = result["fields"]
    assert isinstance(fields, Counter)
    pairs = fields["pairs"] or 1
    lines += ["", "on claims whose kind and polarity match:"]
    lines += [
        f"  {name} correct {fields[name] / pairs:.3f}"
        for name in ("report_type", "date_promise", "subject")
    ]
    misses = result["misses"]
    assert isinstance(misses, list)
    lines += ["", f"texts where any field differs: {len(misses)}"]
    if show_misses:
        for text, gold, predicted in misses:
            lines += [f"  {text}", f"     labelled:  {gold}", f"     extracted: {predicted}"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--misses", action="store_true", help="list every text where a field differs"
    )
    args = parser.parse_args()
    print(report(score(load()), args.misses))


if __name__ == "__main__":
    main()
