"""Stage derivation, currency, bridge letters, next-rung advice and consistency rules."""

from trustladder.status.derive import derive_status, examination_stage
from trustladder.status.model import (
    BridgeCoverage,
    ExaminationStatus,
    HeldReport,
    Problem,
    Stage,
    Status,
)
from trustladder.status.sentence import honest_sentence

__all__ = [
    "BridgeCoverage",
    "ExaminationStatus",
    "HeldReport",
    "Problem",
    "Stage",
    "Status",
    "derive_status",
    "examination_stage",
    "honest_sentence",
]
