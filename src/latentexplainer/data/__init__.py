"""Data sets with (optional) ground-truth factors, behind one registry.

A spec is ``NAME`` or ``NAME:ARGUMENT``: ``shapes``, ``scenes``, ``fashion-mnist[:FOLDER]``,
``folder:PATH``, ``npz:PATH``.
"""

from __future__ import annotations

from . import files, scenes, shapes
from ..errors import DataError
from .base import Dataset, Factor, Loader

DATASETS: dict[str, Loader] = {
    "shapes": shapes.load,
    "scenes": scenes.load,
    "fashion-mnist": files.load_fashion,
    "folder": files.load_folder,
    "npz": files.load_npz,
}


def load_dataset(spec: str, n: int = 20000, seed: int = 0) -> Dataset:
    """Load a data set by spec (see the module docstring)."""
    name, _, arg = spec.partition(":")
    if name not in DATASETS:
        raise DataError(
            f"unknown data set '{spec}'; choose one of: shapes, scenes, fashion-mnist, "
            "folder:PATH, npz:PATH"
        )
    if n <= 0:
        raise DataError(f"the number of images must be positive, got {n}")
    return DATASETS[name](arg or None, n, seed)


__all__ = ["DATASETS", "Dataset", "Factor", "load_dataset"]
