"""trustladder: say exactly what is true about your SOC 2, at every stage, and nothing ahead of it.

The public API is imported on first use, so that ``import trustladder`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_facts": "trustladder.facts",
    "load_facts_document": "trustladder.facts",
    "parse_facts": "trustladder.facts",
    "Facts": "trustladder.facts",
    "derive_status": "trustladder.status",
    "honest_sentence": "trustladder.status",
    "Stage": "trustladder.status",
    "Status": "trustladder.status",
}

__all__ = [
    "Facts",
    "Stage",
    "Status",
    "__version__",
    "derive_status",
    "honest_sentence",
    "load_facts",
    "load_facts_document",
    "parse_facts",
]

if TYPE_CHECKING:
    from trustladder.facts import Facts, load_facts, load_facts_document, parse_facts
    from trustladder.status import Stage, Status, derive_status, honest_sentence


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'trustladder' has no attribute {name!r}")
