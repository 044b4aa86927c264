"""Groups for the combination bias, proposed from what the latents' traversals change.

Each active latent is swept from a few base codes and measured (the measure package: where
the change is and what changes there - a figure's position, size, orientation, outline or
colour, a region's colour, a pattern's frequency); latents whose strongest measured change is
the same series of the same kind of part form a group. Users give their own with
``--groups 1,4;2,3``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..errors import ConfigError
from ..measure import analyse_row, place, score_series
from ..models import GenerativeModel

MIN_SCORE = 1.0  # visibility units: a change this clear counts


def strongest_change(frames: np.ndarray) -> str | None:
    """The measured series that changes most along a row of frames ("figure.x", "region.upper.hue",
    ...), or None when nothing changes clearly."""
    best, key = MIN_SCORE, None
    for part in analyse_row(frames).parts:
        where = place(part) if part.role == "region" else ""
        for name, values in part.series.items():
            s = score_series(name, values)
            if s is not None and s.score >= best:
                best, key = s.score, ".".join(k for k in (part.role, where, name) if k)
    return key


def measured_attribute(model: GenerativeModel, codes: np.ndarray, latent: int, values: tuple[float, ...]) -> str | None:
    """The change a latent's sweep shows most, agreed over the base codes (None if unclear)."""
    vals = np.asarray(values, np.float32)
    stack = np.repeat(codes[:, None, :], len(vals), 1)
    stack[:, :, latent] = vals
    frames = model.decode(stack.reshape(-1, model.latent_dim))
    frames = frames.reshape(len(codes), len(vals), *frames.shape[1:])
    votes: dict[str, int] = defaultdict(int)
    for row_frames in frames:
        key = strongest_change(row_frames)
        if key:
            votes[key] += 1
    if not votes:
        return None
    best, n = max(votes.items(), key=lambda kv: kv[1])
    return best if n > len(codes) / 2 else None


def propose_groups(model: GenerativeModel, code: np.ndarray, values: tuple[float, ...],
                   active: list[int] | None, n_codes: int = 3, seed: int = 0) -> list[tuple[int, ...]]:
    """Latents whose traversals change the same measured attribute, as groups of 2 or more."""
    rng = np.random.default_rng([seed, 7])
    codes = np.concatenate([code[None], rng.standard_normal((n_codes - 1, model.latent_dim)).astype(np.float32)])
    by_attr: dict[str, list[int]] = defaultdict(list)
    for i in active if active is not None else range(model.latent_dim):
        attr = measured_attribute(model, codes, i, values)
        if attr:
            by_attr[attr].append(i)
    groups = [tuple(v) for v in by_attr.values() if len(v) >= 2]
    if not groups:
        found = ", ".join(f"{k}: z{v[0]}" for k, v in by_attr.items()) or "none"
        raise ConfigError("no two latents of this model change the same measured attribute (found " + found
                          + "), so no group was proposed; give the groups yourself, e.g. --groups '1,4;2,3'")
    return sorted(groups)
