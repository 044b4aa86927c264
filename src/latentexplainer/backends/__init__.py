"""Explainer backends behind one protocol and a registry (see :mod:`.base`)."""

from . import (  # noqa: F401  (register; SDKs load lazily)
    anthropic_api,
    gemini_api,
    hf,
    ollama_api,
    openai_api,
    probe,  # noqa: F401  (registers the built-in offline backend)
    replay,
)
from .base import Backend, ExplainRequest, ModelContext, available_backends, get_backend, register_backend

__all__ = ["Backend", "ExplainRequest", "ModelContext", "available_backends", "get_backend", "register_backend"]
