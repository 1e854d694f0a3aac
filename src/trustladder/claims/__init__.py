"""Claim extraction: what each sentence asserts about SOC 2 status, located in its source."""

from trustladder.claims.extract import extract_claims, extract_from_text
from trustladder.claims.model import KINDS, POLARITIES, Claim

__all__ = ["KINDS", "POLARITIES", "Claim", "extract_claims", "extract_from_text"]
