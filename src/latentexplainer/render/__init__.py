"""Frames -> PNG strips and grids; strips back to frames, GIF loops and change curves."""

from .strips import StripGrid, change_curve, gif_bytes, png_bytes, read_strip, sequence_image

__all__ = ["StripGrid", "change_curve", "gif_bytes", "png_bytes", "read_strip", "sequence_image"]
