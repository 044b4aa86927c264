"""Bias-guided manipulation: the rows a bias's plan asks for, per unit and base code.

Disentanglement: per latent, the sweep of z_i, and the same sweep after another latent z_j
was set to a different value. Combination: the group swept together, then each member
alone. Conditional: the condition's strength swept in one row.
"""

from __future__ import annotations

from itertools import groupby
from typing import Callable

import numpy as np

from ..biases.base import Bias
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


def _other_latent(members: tuple[int, ...], dim: int, rng: np.random.Generator,
                  candidates: list[int] | None) -> int | None:
    pool = [j for j in (candidates if candidates else range(dim)) if j not in members]
    if not pool:
        return None
    return int(pool[rng.integers(len(pool))])


def _names(latents: tuple[int, ...]) -> str:
    return ", ".join(f"z{m}" for m in latents)


def plan_sequences(
    model: GenerativeModel,
    bias: Bias,
    units: list[LatentRef],
    codes: np.ndarray,
    values: tuple[float, ...],
    rng: np.random.Generator,
    other_candidates: list[int] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[int, list[Sequence]]:
    """Decode the rows ``bias.rows`` asks for, for every unit and base code.

    A row with ``move="unit"`` sets every latent of the unit to each value (together); one
    with ``move="each-member"`` becomes one row per member, the others at the base code.
    ``fixed="other"`` first sets another latent z_j (outside the unit, drawn once per base
    code from ``other_candidates``) to -sign(z_j) * shift; explicit ``fixed`` values are set
    as given. All codes are stacked and decoded in batches, then cut back into sequences; a model
    with ``for_sample`` (a diffusion model's start points) decodes base code k's rows with
    ``model.for_sample(k)``.
    """
    vals = np.asarray(values, dtype=np.float32)
    uses_other = any(plan.fixed == "other" for plan in bias.rows)
    plan: list[tuple[LatentRef, int, int | None, list[tuple[str, tuple[int, ...]]]]] = []
    stacks, samples = [], []
    for unit in units:
        members = unit.latents
        bad = [m for m in members if not 0 <= m < model.latent_dim]
        if bad:
            raise ConfigError(f"{unit.label}: latent {bad[0]} is out of range; this model has latents "
                              f"0..{model.latent_dim - 1}")
        for k, code in enumerate(codes):
            j = _other_latent(members, model.latent_dim, rng, other_candidates) if uses_other else None
            conditions = []
            for row_plan in bias.rows:
                for moving in ([(m,) for m in members] if row_plan.move == "each-member" else [members]):
                    row = np.repeat(code[None], len(vals), 0)
                    cond = "base code" if len(moving) == len(members) else f"only {_names(moving)}"
                    if row_plan.fixed == "other":
                        if j is not None:  # a clearly different value, away from the base one
                            shifted = -np.sign(code[j] or 1.0) * row_plan.shift
                            row[:, j] = shifted
                            cond = f"z{j} set to {shifted:+g}"
                    elif isinstance(row_plan.fixed, tuple):
                        for latent, value in row_plan.fixed:
                            if not 0 <= latent < model.latent_dim:
                                raise ConfigError(f"bias '{bias.name}': a row fixes z{latent}, but this model has "
                                                  f"latents 0..{model.latent_dim - 1}")
                            row[:, latent] = value
                        cond = ", ".join(f"z{latent} set to {value:+g}" for latent, value in row_plan.fixed)
                    for m in moving:
                        row[:, m] = vals
                    stacks.append(row)
                    samples.append(k)
                    conditions.append((cond, tuple(moving)))
            plan.append((unit, k, j, conditions))
    if not plan:
        return {}
    if model.for_sample is None:
        frames = model.decode(np.concatenate(stacks))
    else:  # each base code's rows from its own model, a base code's rows decoded together
        frames = np.concatenate([model.for_sample(k).decode(np.concatenate([s for _, s in group]))
                                 for k, group in groupby(zip(samples, stacks), key=lambda ks: ks[0])])
    out: dict[int, list[Sequence]] = {u.index: [] for u in units}
    f, at = len(vals), 0
    for unit, k, j, conditions in plan:
        rows = []
        for cond, moving in conditions:
            rows.append(Row(tuple(float(v) for v in vals), cond, frames[at: at + f], moving))
            at += f
        out[unit.index].append(Sequence(unit, k, tuple(rows), j))
        if progress:
            progress(1)
    return out
