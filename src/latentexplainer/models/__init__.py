"""Generative models behind one protocol (:class:`GenerativeModel`)."""

from .base import GenerativeModel
from .loader import from_callable, from_vae, load_model

__all__ = ["GenerativeModel", "from_callable", "from_vae", "load_model"]
