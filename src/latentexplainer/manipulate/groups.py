"""Groups for the combination bias, proposed from what the latents' traversals change.

Each active latent is swept from a few base codes and measured (the probe's measurements:
position, size, orientation, shape, colours, brightness); latents whose strongest measured
change is the same attribute form a group. Users give their own with ``--groups 1,4;2,3``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..errors import ConfigError
from ..models import GenerativeModel
from ..records import Row


def measured_attribute(model: GenerativeModel, codes: np.ndarray, latent: int, values: tuple[float, ...],
                       probe) -> str | None:
    """The attribute a latent's sweep changes most, agreed over the base codes (None if unclear)."""
    vals = np.asarray(values, np.float32)
    stack = np.repeat(codes[:, None, :], len(vals), 1)
    stack[:, :, latent] = vals
    frames = model.decode(stack.reshape(-1, model.latent_dim)).reshape(len(codes), len(vals),
                                                                      *model.decode(codes[:1]).shape[1:])
    votes: dict[str, int] = defaultdict(int)
    for row_frames in frames:
        r = probe.answer((Row(tuple(float(v) for v in vals), "base code", row_frames, (latent,)),))
        if not r.abstained and r.attributes:
            votes[r.attributes[0]] += 1
    if not votes:
        return None
    best, n = max(votes.items(), key=lambda kv: kv[1])
    return best if n > len(codes) / 2 else None


def propose_groups(model: GenerativeModel, code: np.ndarray, values: tuple[float, ...],
                   active: list[int] | None, n_codes: int = 3, seed: int = 0) -> list[tuple[int, ...]]:
    """Latents whose traversals change the same measured attribute, as groups of 2 or more."""
    from ..backends.base import ModelContext
    from ..backends.probe import ProbeBackend

    probe = ProbeBackend()
    rng = np.random.default_rng([seed, 7])
    probe.prepare(ModelContext(model.decode(rng.standard_normal((128, model.latent_dim)).astype(np.float32)),
                               model.latent_dim, {}))
    codes = np.concatenate([code[None], rng.standard_normal((n_codes - 1, model.latent_dim)).astype(np.float32)])
    by_attr: dict[str, list[int]] = defaultdict(list)
    for i in active if active is not None else range(model.latent_dim):
        attr = measured_attribute(model, codes, i, values, probe)
        if attr:
            by_attr[attr].append(i)
    groups = [tuple(v) for v in by_attr.values() if len(v) >= 2]
    if not groups:
        found = ", ".join(f"{k}: z{v[0]}" for k, v in by_attr.items()) or "none"
        raise ConfigError("no two latents of this model change the same measured attribute (found " + found
                          + "), so no group was proposed; give the groups yourself, e.g. --groups '1,4;2,3'")
    return sorted(groups)
