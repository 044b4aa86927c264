"""Traversals for the disentanglement bias: per latent and base code, two rows - the sweep
of z_i, and the same sweep after another latent z_j was set to a different value.

All codes of all latents are stacked and decoded in batches, then cut back into records.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from ..errors import ConfigError
from ..models import GenerativeModel
from ..records import LatentRef, Row, Sequence


def base_codes(model: GenerativeModel, n: int, rng: np.random.Generator, kind: str = "prior",
               images: np.ndarray | None = None) -> np.ndarray:
    """n base codes: prior samples N(0, I), or posterior means of random data images."""
    if kind == "prior":
        return rng.standard_normal((n, model.latent_dim)).astype(np.float32)
    if kind == "encoded":
        if images is None or not model.can_encode:
            raise ConfigError("--base-codes encoded needs a model with an encoder and a --dataset; "
                              "use --base-codes prior otherwise")
        idx = rng.choice(len(images), size=n, replace=len(images) < n)
        mu, _ = model.encode(images[idx])
        return mu.astype(np.float32)
    raise ConfigError(f"unknown kind of base code '{kind}'; choose prior or encoded")


def _other_latent(i: int, dim: int, k: int, rng: np.random.Generator, candidates: list[int] | None) -> int | None:
    pool = [j for j in (candidates if candidates else range(dim)) if j != i]
    if not pool:
        return None
    return int(pool[rng.integers(len(pool))])


def disentanglement_sequences(
    model: GenerativeModel,
    latents: list[int],
    codes: np.ndarray,
    values: tuple[float, ...],
    rng: np.random.Generator,
    other_candidates: list[int] | None = None,
    shift: float = 2.0,
    progress: Callable[[int], None] | None = None,
) -> dict[int, list[Sequence]]:
    """Decode the two-row sequences of every latent in ``latents`` for every base code."""
    vals = np.asarray(values, dtype=np.float32)
    plan: list[tuple[int, int, int | None]] = []
    stacks = []
    for i in latents:
        for k, code in enumerate(codes):
            j = _other_latent(i, model.latent_dim, k, rng, other_candidates)
            row_a = np.repeat(code[None], len(vals), 0)
            row_a[:, i] = vals
            row_b = row_a.copy()
            if j is not None:  # set z_j to a clearly different value, away from the base one
                row_b[:, j] = -np.sign(code[j] or 1.0) * shift
            stacks += [row_a, row_b]
            plan.append((i, k, j))
    if not plan:
        return {}
    frames = model.decode(np.concatenate(stacks))
    out: dict[int, list[Sequence]] = {i: [] for i in latents}
    f = len(vals)
    for p, (i, k, j) in enumerate(plan):
        a = frames[(2 * p) * f: (2 * p + 1) * f]
        b = frames[(2 * p + 1) * f: (2 * p + 2) * f]
        cond_b = f"z{j} set to {(-np.sign(codes[k][j] or 1.0) * shift):+g}" if j is not None else "base code"
        rows = (Row(tuple(float(v) for v in vals), "base code", a), Row(tuple(float(v) for v in vals), cond_b, b))
        out[i].append(Sequence(LatentRef(i), k, rows, j))
        if progress:
            progress(1)
    return out
