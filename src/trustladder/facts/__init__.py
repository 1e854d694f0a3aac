"""The facts file: models, loading with line numbers, and its JSON Schema."""

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
