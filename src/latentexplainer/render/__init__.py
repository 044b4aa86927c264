"""Frames -> PNG strips and grids."""

from .strips import save_sequence, sequence_image

__all__ = ["save_sequence", "sequence_image"]
