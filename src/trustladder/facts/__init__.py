"""The facts file: models, loading with line numbers, and its JSON Schema.

Names are imported on first use, so that reading the models does not load the YAML parser.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_HOMES = {
    "FACTS_FILENAME": "trustladder.facts.locate",
    "FactsDocument": "trustladder.facts.loader",
    "find_facts_file": "trustladder.facts.locate",
    "load_facts": "trustladder.facts.loader",
    "load_facts_document": "trustladder.facts.loader",
    "parse_facts": "trustladder.facts.loader",
    "Auditor": "trustladder.facts.model",
    "BridgeLetter": "trustladder.facts.model",
    "Evidence": "trustladder.facts.model",
    "EvidenceItem": "trustladder.facts.model",
    "Examination": "trustladder.facts.model",
    "Facts": "trustladder.facts.model",
    "Organization": "trustladder.facts.model",
    "Readiness": "trustladder.facts.model",
    "Soc2Program": "trustladder.facts.model",
}

__all__ = [
    "FACTS_FILENAME",
    "Auditor",
    "BridgeLetter",
    "Evidence",
    "EvidenceItem",
    "Examination",
    "Facts",
    "FactsDocument",
    "Organization",
    "Readiness",
    "Soc2Program",
    "find_facts_file",
    "load_facts",
    "load_facts_document",
    "parse_facts",
]

if TYPE_CHECKING:
    from trustladder.facts.loader import (
        FACTS_FILENAME,
        FactsDocument,
        find_facts_file,
        load_facts,
        load_facts_document,
        parse_facts,
    )
    from trustladder.facts.model import (
        Auditor,
        BridgeLetter,
        Evidence,
        EvidenceItem,
        Examination,
        Facts,
        Organization,
        Readiness,
        Soc2Program,
    )


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'trustladder.facts' has no attribute {name!r}")
