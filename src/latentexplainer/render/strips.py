"""Render a sequence (rows x frames) as one PNG grid with a thin gap between frames, read such
a grid back into its frames, and turn one row of frames into an animated GIF loop."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image

from ..records import Sequence

GAP = 2
SCALE = 2  # png_bytes draws every pixel as SCALE x SCALE
GIF_SIDE = 256  # a loop's frames are at most this many pixels on their longer side


def sequence_image(seq: Sequence, scale: int = SCALE) -> Image.Image:
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


@dataclass(frozen=True)
class StripGrid:
    """A strip read back: ``frames`` (rows, frames, h, w, 3) uint8 at the decoder's resolution,
    and the ``scale`` it was drawn at."""

    frames: np.ndarray
    scale: int

    @property
    def n_rows(self) -> int:
        return int(self.frames.shape[0])

    @property
    def n_frames(self) -> int:
        return int(self.frames.shape[1])


def _white(band: np.ndarray) -> bool:
    return bool(band.size) and bool((band == 255).all())


def _split(length: int, count: int) -> int | None:
    """The cell size of ``count`` cells with GAP between them filling ``length``, or None."""
    cell, rest = divmod(length + GAP, count)
    return cell - GAP if rest == 0 and cell > GAP else None


def _counts(length: int, other: np.ndarray, given: int | None, axis: int) -> list[tuple[int, int]]:
    """(count, cell size) pairs whose gaps are white along ``axis`` (0: rows, 1: columns)."""
    out = []
    for n in ([given] if given else range(1, 65)):
        size = _split(length, n) if n else None
        if size is None:
            continue
        gaps = [other[k * (size + GAP) - GAP: k * (size + GAP)] if axis == 0
                else other[:, k * (size + GAP) - GAP: k * (size + GAP)] for k in range(1, n)]
        if all(_white(g) for g in gaps):
            out.append((n, size))
    return out


def read_strip(data: bytes, n_frames: int | None = None, n_rows: int | None = None) -> StripGrid | None:
    """The frames of a strip that :func:`png_bytes` drew (the inverse of :func:`sequence_image`),
    or None when the image is not such a grid (a count that does not divide it, a gap that is
    not white). Unknown counts are searched for (square frames preferred)."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width * im.height > 64 * 1024 * 1024:
                return None
            img = np.asarray(im.convert("RGB"))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    for scale in (SCALE, 1, 3, 4):
        if img.shape[0] % scale or img.shape[1] % scale:
            continue
        small = img[::scale, ::scale]
        if scale > 1 and not np.array_equal(np.repeat(np.repeat(small, scale, 0), scale, 1), img):
            continue
        cols = _counts(small.shape[1], small, n_frames, 1)
        rows = _counts(small.shape[0], small, n_rows, 0)
        pairs = [(c, r) for c in cols for r in rows if (c[0] > 1 or n_frames)]
        if not pairs:
            continue
        (f, w), (r, h) = min(pairs, key=lambda p: (p[0][1] != p[1][1], -p[0][0] if not n_frames else 0, p[1][0]))
        frames = np.stack([np.stack([small[ri * (h + GAP): ri * (h + GAP) + h, fi * (w + GAP): fi * (w + GAP) + w]
                                     for fi in range(f)]) for ri in range(r)])
        return StripGrid(frames, scale)
    return None


def gif_bytes(frames: np.ndarray, ms: int = 220, hold: int = 600) -> bytes:
    """An endless GIF loop of one row's frames (F, h, w, 3) uint8: forward, then back, the two
    ends held ``hold`` ms, the others ``ms``; frames larger than GIF_SIDE are scaled down."""
    frames = np.asarray(frames, np.uint8)
    seq = list(frames) + list(frames[-2:0:-1])
    if len(seq) < 2:
        seq = seq * 2
    h, w = frames.shape[1:3]
    shrink = max(h, w) / GIF_SIDE
    images = []
    for f in seq:
        im = Image.fromarray(f)
        if shrink > 1:
            im = im.resize((max(1, round(w / shrink)), max(1, round(h / shrink))), Image.Resampling.LANCZOS)
        images.append(im)
    n = len(frames)
    durations = [hold if k in (0, n - 1) else ms for k in range(len(images))]
    buf = io.BytesIO()
    images[0].save(buf, format="GIF", save_all=True, append_images=images[1:], duration=durations, loop=0,
                   optimize=False, disposal=1)
    return buf.getvalue()


def change_curve(rows: np.ndarray, base: int) -> np.ndarray:
    """Mean absolute change (of 1) of every frame from frame ``base``, per row:
    (rows, frames, h, w, 3) uint8 -> (rows, frames) float."""
    x = np.asarray(rows, np.float32) / 255.0
    return np.abs(x - x[:, base: base + 1]).mean(axis=(2, 3, 4))
