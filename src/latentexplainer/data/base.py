"""The data-set record and the registry of data-set loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

import numpy as np

from ..errors import DataError

FactorKind = Literal["categorical", "continuous", "cyclic"]


@dataclass(frozen=True)
class Factor:
    """A ground-truth factor of variation, as the data set knows it."""

    name: str
    description: str  # a short phrase, e.g. "horizontal position of the object"
    kind: FactorKind = "continuous"
    categories: tuple[str, ...] = ()  # names of the values, for categorical factors
    # cyclic: the value at which the factor comes round to where it began (2 pi for radians, 1
    # for turns, pi / 2 for a cross of four sails); None: the smallest of PERIODS its values span
    period: float | None = None


PERIODS = (1.0, np.pi / 2, np.pi, 2 * np.pi, 360.0)  # turns, quarter and half turns, radians, degrees


def cyclic_period(factor: Factor, values: np.ndarray) -> float:
    """The period of a cyclic factor: its own, or the smallest of PERIODS that its values span."""
    if factor.period is not None:
        return float(factor.period)
    span = float(np.ptp(values)) if len(values) else 0.0
    return next((p for p in sorted(PERIODS) if span <= p * (1 + 1e-6)), span)


@dataclass(frozen=True)
class Dataset:
    """Images (N, H, W, C) uint8 with optional ground-truth factors (N, K) float."""

    name: str
    images: np.ndarray
    factors: np.ndarray | None = None
    factor_info: tuple[Factor, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        imgs = self.images
        if imgs.ndim != 4 or imgs.shape[-1] not in (1, 3) or imgs.dtype != np.uint8:
            raise DataError(
                f"data set '{self.name}': images must be uint8 of shape (N, H, W, 1 or 3), "
                f"got {imgs.dtype} {imgs.shape}"
            )
        if self.factors is not None:
            if self.factors.shape != (len(imgs), len(self.factor_info)):
                raise DataError(
                    f"data set '{self.name}': factors must have shape (N, K) = "
                    f"({len(imgs)}, {len(self.factor_info)}), got {self.factors.shape}"
                )

    @property
    def channels(self) -> int:
        return int(self.images.shape[-1])

    @property
    def size(self) -> int:
        return int(self.images.shape[1])

    @property
    def factor_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.factor_info)

    @property
    def has_factors(self) -> bool:
        return self.factors is not None and len(self.factor_info) > 0

    def angles(self, j: int) -> np.ndarray:
        """Cyclic factor ``j`` in radians, whatever its unit (a whole turn is 2 pi)."""
        assert self.factors is not None
        values = self.factors[:, j].astype(np.float64)
        return 2 * np.pi * values / cyclic_period(self.factor_info[j], values)

    def periods(self) -> dict[str, float]:
        """The period of each cyclic factor, by name (empty when there is none)."""
        assert self.factors is not None
        return {f.name: cyclic_period(f, self.factors[:, j]) for j, f in enumerate(self.factor_info)
                if f.kind == "cyclic"}

    def as_float(self, idx: np.ndarray | slice | None = None) -> np.ndarray:
        """Images as (N, C, H, W) float32 in [0, 1], the layout the models take."""
        imgs = self.images if idx is None else self.images[idx]
        return np.ascontiguousarray(imgs.transpose(0, 3, 1, 2), dtype=np.float32) / 255.0

    def subset(self, idx: np.ndarray) -> "Dataset":
        return Dataset(
            self.name,
            self.images[idx],
            None if self.factors is None else self.factors[idx],
            self.factor_info,
        )


Loader = Callable[[str | None, int, int], Dataset]  # (argument, n, seed) -> Dataset
