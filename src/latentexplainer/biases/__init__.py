"""Inductive biases: a formula, its symbol-to-word mapping, an in-context example and the
manipulation it asks for. One record type (:class:`Bias`) and a registry of built-ins."""

from .base import BIASES, Bias, get_bias

__all__ = ["BIASES", "Bias", "get_bias"]
