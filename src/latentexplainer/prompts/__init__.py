"""Automatic prompt generation: bias formula -> words -> prompt."""

from .build import build_prompt

__all__ = ["build_prompt"]
