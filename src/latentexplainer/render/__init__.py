"""Frames -> PNG strips and grids."""

from .strips import png_bytes, sequence_image

__all__ = ["png_bytes", "sequence_image"]
