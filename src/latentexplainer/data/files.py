"""Data sets read from disk: Fashion-MNIST IDX files, an image folder, an npz archive."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from ..errors import DataError
from .base import Dataset, Factor

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_CLASSES = ("t-shirt", "trouser", "pullover", "dress", "coat",
                   "sandal", "shirt", "sneaker", "bag", "ankle boot")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


def _read_idx(path: Path) -> np.ndarray:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise DataError(f"cannot read IDX file {path}: {exc}") from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 8:
        raise DataError(f"{path} is not an IDX file of unsigned bytes (bad magic number)")
    ndim = raw[3]
    dims = tuple(int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    body = np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim)
    if body.size != int(np.prod(dims)):
        raise DataError(f"{path} is truncated: expected {int(np.prod(dims))} values, got {body.size}")
    return body.reshape(dims)


def _resize(imgs: np.ndarray, size: int) -> np.ndarray:
    if imgs.shape[1] == size and imgs.shape[2] == size:
        return imgs
    mode = "L" if imgs.shape[-1] == 1 else "RGB"
    out = [np.asarray(Image.fromarray(im.squeeze(-1) if mode == "L" else im, mode)
                      .resize((size, size), Image.Resampling.BILINEAR)) for im in imgs]
    arr = np.stack(out)
    return arr[..., None] if mode == "L" else arr


def load_fashion(arg: str | None, n: int, seed: int) -> Dataset:
    """Fashion-MNIST from Debian's dataset-fashion-mnist (or a folder given as the argument),
    resized to 64x64; the class is the one factor."""
    root = Path(arg).expanduser() if arg else FASHION_DIR
    img_path = root / "train-images-idx3-ubyte.gz"
    lbl_path = root / "train-labels-idx1-ubyte.gz"
    if not img_path.exists():
        raise DataError(
            f"Fashion-MNIST not found at {img_path}; install the Debian package "
            "'dataset-fashion-mnist' (apt-get install dataset-fashion-mnist) or pass "
            "fashion-mnist:FOLDER holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz"
        )
    imgs = _read_idx(img_path)
    labels = _read_idx(lbl_path) if lbl_path.exists() else None
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(imgs))[: min(n, len(imgs))]
    images = _resize(imgs[idx][..., None], 64)
    if labels is None:
        return Dataset("fashion-mnist", images)
    info = (Factor("class", "kind of garment", "categorical", FASHION_CLASSES),)
    return Dataset("fashion-mnist", images, labels[idx].astype(float)[:, None], info)


def load_folder(arg: str | None, n: int, seed: int) -> Dataset:
    """Every image file in a folder (not recursive), converted to RGB or grey and 64x64."""
    if not arg:
        raise DataError("folder data needs a path: use folder:PATH")
    root = Path(arg).expanduser()
    if not root.is_dir():
        raise DataError(f"folder:{arg}: no such directory; give a folder that holds image files")
    files = sorted(p for p in root.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    if not files:
        raise DataError(f"folder:{arg} holds no image files ({', '.join(sorted(IMAGE_SUFFIXES))})")
    rng = np.random.default_rng(seed)
    files = [files[i] for i in sorted(rng.permutation(len(files))[:n])]
    grey = True
    loaded = []
    for p in files:
        try:
            with Image.open(p) as im:
                im.load()
                grey = grey and im.mode in ("L", "1", "I;16")
                loaded.append(im.convert("RGB").resize((64, 64), Image.Resampling.BILINEAR))
        except (UnidentifiedImageError, OSError) as exc:
            raise DataError(f"cannot read image {p}: {exc}; remove or replace the file") from None
    arr = np.stack([np.asarray(im) for im in loaded])
    if grey:
        arr = arr[..., :1]
    return Dataset(f"folder:{root.name}", np.ascontiguousarray(arr))


def load_npz(arg: str | None, n: int, seed: int) -> Dataset:
    """An npz with `images` (N,H,W or N,H,W,3 uint8) and optional `factors` (N,K),
    `factor_names` (K) and `factor_descriptions` (K)."""
    if not arg:
        raise DataError("npz data needs a path: use npz:PATH")
    path = Path(arg).expanduser()
    try:
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise DataError(f"npz:{arg}: no such file") from None
    except (OSError, ValueError) as exc:
        raise DataError(f"npz:{arg} cannot be read as an npz archive ({exc})") from None
    if "images" not in data:
        raise DataError(f"npz:{arg} has no array 'images'; it holds {sorted(data)}")
    imgs = data["images"]
    if imgs.dtype != np.uint8 or imgs.ndim not in (3, 4) or (imgs.ndim == 4 and imgs.shape[-1] not in (1, 3)):
        raise DataError(
            f"npz:{arg}: 'images' must be uint8 of shape (N,H,W) or (N,H,W,3), got {imgs.dtype} {imgs.shape}"
        )
    if imgs.ndim == 3:
        imgs = imgs[..., None]
    rng = np.random.default_rng(seed)
    idx = np.sort(rng.permutation(len(imgs))[: min(n, len(imgs))])
    images = _resize(imgs[idx], 64)
    factors = data.get("factors")
    if factors is None:
        return Dataset(f"npz:{path.stem}", images)
    factors = np.asarray(factors, dtype=float)
    if factors.ndim != 2 or len(factors) != len(imgs):
        raise DataError(f"npz:{arg}: 'factors' must have shape (N, K) with N = {len(imgs)}, got {factors.shape}")
    k = factors.shape[1]
    names = [str(s) for s in data.get("factor_names", [f"factor_{i}" for i in range(k)])]
    descs = [str(s) for s in data.get("factor_descriptions", names)]
    if len(names) != k or len(descs) != k:
        raise DataError(f"npz:{arg}: factor_names and factor_descriptions must each have {k} entries")
    info = tuple(
        Factor(nm, ds, "categorical" if len(np.unique(factors[:, j])) <= 10 else "continuous")
        for j, (nm, ds) in enumerate(zip(names, descs))
    )
    return Dataset(f"npz:{path.stem}", images, factors[idx], info)
