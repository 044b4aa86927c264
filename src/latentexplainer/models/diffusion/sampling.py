"""Walking and decoding: the method's guidance walk in x-space and deterministic DDIM (one
step, used to decode, to invert and to reach a start point)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .load import Diffusion

FRAME_STEPS = (0, 4, 8, 12, 16)  # the method's frames of a 16-step walk


def walk(diff: Diffusion, x_t: Any, t: int, units: Any, steps: Any, eta: float = 1.0, gamma: float = 0.1,
         cond: Any = None) -> Any:
    """Per-sample guidance walk: sample i takes ``steps[i]`` (fractional) steps along the unit
    direction ``units[i]``; a fractional last step is scaled by its fraction. ``cond`` conditions
    eps (the edit prompt of Stable Diffusion)."""
    import torch

    n = x_t.shape[0]
    u = units.reshape(x_t.shape).to(x_t.dtype)
    steps = torch.as_tensor(steps, dtype=x_t.dtype, device=x_t.device)
    x = x_t.clone()
    with torch.no_grad():
        for s in range(int(math.ceil(float(steps.max()))) if n else 0):
            w = (steps - s).clamp(0, 1)
            live = w > 0
            if not bool(live.any()):
                break
            xl, ul = x[live], u[live]
            e = diff.eps(torch.cat([xl + eta * ul, xl]), t, cond)
            x[live] = xl + gamma * w[live].reshape(-1, 1, 1, 1) * (e[: len(xl)] - e[len(xl):])
    return x




def _ddim_times(t_from: int, t_to: int, steps: int) -> list[int]:
    ts = np.linspace(t_from, t_to, max(int(steps), 1) + 1).round().astype(int)
    return list(dict.fromkeys(int(v) for v in ts))


def ddim_step(diff: Diffusion, x: Any, cur: int, nxt: int | None, cond: Any = None,
              clip: bool = False) -> tuple[Any, Any]:
    """One deterministic DDIM step (eta = 0) from timestep ``cur`` to ``nxt``: (the state at
    ``nxt``, the predicted ``x_0``). ``nxt`` None: no next state (the last step of a decode).
    ``clip`` clamps the predicted ``x_0`` to [-1, 1] (images; latents stay unclipped)."""
    a = diff.alpha(cur)
    e = diff.eps(x, cur, cond)
    x0 = (x - (1 - a).sqrt() * e) / a.sqrt()
    if clip:
        x0 = x0.clamp(-1, 1)
    if nxt is None:
        return None, x0
    a_next = diff.alpha(nxt)
    return a_next.sqrt() * x0 + (1 - a_next).sqrt() * e, x0


def ddim_decode(diff: Diffusion, x_t: Any, t: int, steps: int = 20, clip: bool = True, cond: Any = None) -> Any:
    """Deterministic DDIM from ``x_t`` at timestep ``t`` to ``x_0`` (clipped to [-1, 1] with
    ``clip``; leave latents unclipped)."""
    import torch

    ts = _ddim_times(t, 0, steps)
    x = x_t
    with torch.no_grad():
        for cur, nxt in zip(ts, [*ts[1:], None]):
            x_next, x0 = ddim_step(diff, x, cur, nxt, cond, clip)
            if nxt is None:
                return x0
            x = x_next
    return x


def ddim_invert(diff: Diffusion, x_0: Any, t: int, steps: int = 20, cond: Any = None) -> Any:
    """Deterministic DDIM inversion of clean samples ``x_0`` (images in [-1, 1], or latents) to timestep ``t``."""
    return _ddim_run(diff, x_0, _ddim_times(0, t, steps), cond)


def start_point(diff: Diffusion, seed: int, t: int, steps: int = 20, cond: Any = None) -> Any:
    """Seeded noise at the last timestep, DDIM-denoised down to ``t`` (same on CPU and CUDA)."""
    import torch

    gen = torch.Generator().manual_seed(int(seed))
    x = torch.randn(1, *diff.sample_shape, generator=gen).to(device=diff.device, dtype=diff.dtype)
    last = diff.num_timesteps - 1
    if t >= last:
        return x
    return _ddim_run(diff, x, _ddim_times(last, t, steps), cond)


def _ddim_run(diff: Diffusion, x: Any, ts: list[int], cond: Any) -> Any:
    """DDIM steps through the timesteps ``ts`` (up for an inversion, down for a denoising)."""
    import torch

    with torch.no_grad():
        for cur, nxt in zip(ts[:-1], ts[1:]):
            x, _ = ddim_step(diff, x, cur, nxt, cond)
    return x
