"""Bias-guided data manipulation: which codes to decode, decoded in batches."""

from .traverse import base_codes, plan_sequences

__all__ = ["base_codes", "plan_sequences"]
