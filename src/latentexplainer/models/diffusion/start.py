"""Start images: files read and fitted to the model's sample shape, for DDIM inversion instead
of seeded noise."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ...errors import ConfigError, DataError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def image_files(path: str | Path) -> list[Path]:
    """The PNG / JPG files of a folder (sorted by name), or the one image file ``path``."""
    p = Path(path).expanduser()
    if p.is_file():
        if p.suffix.lower() not in IMAGE_SUFFIXES:
            raise DataError(f"--images {p}: not a PNG or JPG file; give a folder of PNG/JPG images or one such file")
        return [p]
    if not p.is_dir():
        raise DataError(f"--images {p}: no such folder or file; give a folder of PNG/JPG images or one such file")
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES)
    if not files:
        raise DataError(f"--images {p}: the folder holds no PNG or JPG images; put the start images there "
                        "(any size: they are cropped to the model's aspect and resized to its sample size)")
    return files


def read_image(path: str | Path, shape: tuple[int, int, int]) -> np.ndarray:
    """An image file as float32 (C, H, W) in [0, 1]: centre-cropped to the aspect of ``shape``
    and resized to it (grey for C = 1, RGB for C = 3)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    c, h, w = shape
    if c not in (1, 3):
        raise ConfigError(f"start images need a model with 1 or 3 image channels, this one has {c}")
    try:
        with Image.open(path) as im:
            fitted = ImageOps.fit(im.convert("L" if c == 1 else "RGB"), (w, h), Image.Resampling.BICUBIC)
    except (OSError, UnidentifiedImageError) as exc:
        raise DataError(f"cannot read the start image {path} ({type(exc).__name__}: {exc}); "
                        "give PNG or JPG files") from None
    arr = np.asarray(fitted, dtype=np.float32) / 255.0
    return arr[None] if c == 1 else arr.transpose(2, 0, 1).copy()
