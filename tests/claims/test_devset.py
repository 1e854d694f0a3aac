"""The labelled development set keeps its figures (bench/score_claims.py prints them in full)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from types import ModuleType

from tests.conftest import ROOT


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_claims", ROOT / "bench" / "score_claims.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_the_set_has_at_least_400_labelled_texts_covering_every_kind_and_polarity() -> None:
    items = _scorer().load()
    labels = [label for _, gold in items for label in gold]
    assert len(items) >= 400
    assert {label.kind for label in labels} >= {
        "certified",
        "compliant",
        "report_held",
        "in_progress",
        "planned",
        "badge",
    }
    assert {label.polarity for label in labels} == {
        "asserted",
        "negated",
        "mention",
        "question",
        "hypothetical",
    }


def test_own_asserted_claims_are_found_with_precision_recall_and_kind_of_at_least_095() -> None:
    scorer = _scorer()
    own = scorer.score(scorer.load())["own"]
    assert isinstance(own, Counter)
    assert own["tp"] / own["pred"] >= 0.95
    assert own["tp"] / own["gold"] >= 0.95
    assert own["kind_right"] / own["tp"] >= 0.95
