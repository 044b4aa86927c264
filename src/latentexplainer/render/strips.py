"""Render a sequence (rows x frames) as one PNG grid with a thin gap between frames."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from ..records import Sequence

GAP = 2


def sequence_image(seq: Sequence, scale: int = 2) -> Image.Image:
    rows = [r.frames for r in seq.rows]
    f, c, h, w = rows[0].shape
    grid = np.full((len(rows) * (h + GAP) - GAP, f * (w + GAP) - GAP, 3), 255, np.uint8)
    for ri, frames in enumerate(rows):
        for fi in range(f):
            im = frames[fi].transpose(1, 2, 0)
            if im.shape[-1] == 1:
                im = np.repeat(im, 3, -1)
            y, x = ri * (h + GAP), fi * (w + GAP)
            grid[y: y + h, x: x + w] = np.clip(im * 255 + 0.5, 0, 255).astype(np.uint8)
    img = Image.fromarray(grid)
    return img.resize((img.width * scale, img.height * scale), Image.Resampling.NEAREST) if scale > 1 else img


def png_bytes(seq: Sequence) -> bytes:
    """The strip of a sequence as PNG bytes."""
    buf = io.BytesIO()
    sequence_image(seq).save(buf, format="PNG")
    return buf.getvalue()
