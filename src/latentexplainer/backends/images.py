"""The images of a request as PNG parts: one composite strip per sequence, or one PNG per
frame, resized to fit a byte limit."""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..errors import (
    BackendError,
)
from .base import Ask, ExplainRequest


# --------------------------------------------------------------------------- images
@dataclass(frozen=True)
class ImagePart:
    """One PNG to send, with the words that introduce it ('' for none)."""

    label: str
    data: bytes

    @property
    def b64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def fit_png(data: bytes, limit: int) -> bytes:
    """The PNG as it is when its longest side is <= limit, else scaled down to it."""
    with Image.open(io.BytesIO(data)) as img:
        if max(img.size) <= limit:
            return data
        scale = limit / max(img.size)
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        return _png(img.convert("RGB").resize(size, Image.Resampling.LANCZOS))


def frame_png(frame: np.ndarray, scale: int = 2) -> bytes:
    """(C, H, W) float in [0, 1] -> PNG bytes, enlarged like the strips (nearest neighbour)."""
    im = np.asarray(frame, dtype=np.float32).transpose(1, 2, 0)
    if im.shape[-1] == 1:
        im = np.repeat(im, 3, -1)
    img = Image.fromarray(np.clip(im * 255 + 0.5, 0, 255).astype(np.uint8))
    return _png(img.resize((img.width * scale, img.height * scale), Image.Resampling.NEAREST) if scale > 1 else img)


def load_images(request: ExplainRequest, j: int, packing: str, limit: int) -> list[ImagePart]:
    """The images of the request's j-th sequence as the packing asks, each within ``limit`` px."""
    seq = request.sequences[j]
    if packing == "frames":
        parts = []
        for r, row in enumerate(seq.rows):
            for f in range(len(row.frames)):
                value = f" (z_i = {row.values[f]:g})" if f < len(row.values) else ""
                parts.append(ImagePart(f"Row {r + 1}, frame {f + 1}{value}:", fit_png(frame_png(row.frames[f]), limit)))
        return parts
    if j < len(request.images):
        path = Path(request.images[j])
        try:
            data = path.read_bytes()
        except OSError as e:
            raise BackendError(f"cannot read the strip image {path} of z{request.latent.index}: {e.strerror}; "
                               "render the sequences before asking a backend") from None
    else:  # no file given: the strip rendered in memory (the bytes a run writes to images/)
        from ..render import png_bytes

        data = png_bytes(seq)
    return [ImagePart("", fit_png(data, limit))]


def question(request: ExplainRequest, j: int, packing: str, limit: int) -> Ask:
    """The request's j-th sequence as one free-form question: the prompt after its images."""
    return Ask(request.prompt.text, tuple(load_images(request, j, packing, limit)), request.sequences[j].sample)
