"""Automatic prompt generation: bias formula -> words -> prompt (template, or an LLM writer)."""

from .build import UnitWords, build_prompt, plain_prompt

__all__ = ["UnitWords", "build_prompt", "plain_prompt"]
