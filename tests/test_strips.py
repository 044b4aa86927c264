"""Strips: small frames are drawn larger, large ones at their own size; either reads back."""

from __future__ import annotations

import numpy as np
import pytest

from latentexplainer.records import LatentRef, Row, Sequence
from latentexplainer.render import read_strip
from latentexplainer.render.strips import png_bytes


def _sequence(side: int) -> tuple[Sequence, np.ndarray]:
    rng = np.random.default_rng(side)
    frames = rng.integers(0, 256, (2, 5, side, side, 3)).astype(np.uint8)
    rows = tuple(Row(tuple(np.linspace(-3.0, 3.0, 5)), "base code", frames[r].transpose(0, 3, 1, 2) / 255.0)
                 for r in range(2))
    return Sequence(LatentRef(0), 0, rows), frames


@pytest.mark.parametrize("side, scale", [(32, 2), (64, 2), (128, 1), (256, 1)])
def test_large_frames_are_drawn_at_their_own_size_and_read_back(side, scale):
    # a 256 px frame drawn twice as large took 0.74 s to encode per strip on a GPU run, for nothing
    seq, frames = _sequence(side)
    grid = read_strip(png_bytes(seq), 5, 2)
    assert grid is not None and grid.scale == scale
    assert np.array_equal(grid.frames, frames)
