"""Automatic prompt generation: bias formula -> words -> prompt."""

from .build import build_prompt, plain_prompt

__all__ = ["build_prompt", "plain_prompt"]
