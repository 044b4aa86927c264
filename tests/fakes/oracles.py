"""Test and benchmark oracles for the diffusion package: the dense Jacobian and its SVD (the
reference for the pullback), subspace agreement, and the method's walk kept frame by frame."""

from __future__ import annotations

from typing import Any, Sequence

from latentexplainer.errors import ConfigError
from latentexplainer.models.diffusion.hspace import _as_batch, _fix_signs, _h_flat, make_jvp_safe
from latentexplainer.models.diffusion.load import Diffusion
from latentexplainer.models.diffusion.sampling import FRAME_STEPS


def subspace_agreement(A: Any, B: Any) -> float:
    """Mean cosine of the principal angles between the row spaces of A and B (orthonormal rows)."""
    import torch

    qa = torch.linalg.qr(A.T.double())[0]
    qb = torch.linalg.qr(B.T.double())[0]
    return float(torch.linalg.svdvals(qa.T @ qb).clamp(max=1.0).mean())



def dense_jacobian(unet: Any, x_t: Any, t: int, chunk: int = 64, cond: Any = None) -> Any:
    """The full ``J = dh/dx_t`` (dim_h, C*H*W) by forward mode over the input basis, in chunks."""
    import torch
    from torch.func import jvp

    make_jvp_safe(unet)
    x = _as_batch(x_t)
    shape, dim = tuple(x.shape[1:]), x[0].numel()
    f = _h_flat(unet, t, cond)
    cols = []
    for start in range(0, dim, chunk):
        n = min(chunk, dim - start)
        E = torch.zeros(n, dim, dtype=x.dtype, device=x.device)
        E[torch.arange(n), torch.arange(start, start + n)] = 1.0
        _, U = jvp(f, (x.expand(n, *shape).contiguous(),), (E.reshape(n, *shape),))
        cols.append(U)
    return torch.cat(cols).T


def dense_jacobian_svd(unet: Any, x_t: Any, t: int, rank: int = 5, chunk: int = 64,
                       cond: Any = None) -> tuple[Any, Any]:
    """Reference for :func:`pullback_directions`: SVD of the dense Jacobian -> (V (rank, D), S)."""
    import torch

    J = dense_jacobian(unet, x_t, t, chunk, cond)
    _, S, Vh = torch.linalg.svd(J, full_matrices=False)
    return _fix_signs(Vh[:rank]), S[:rank]



def guidance_walk(diff: Diffusion, x_t: Any, t: int, v: Any, steps: int = 16, eta: float = 1.0,
                  gamma: float = 0.1, keep: Sequence[int] = FRAME_STEPS, cond: Any = None) -> Any:
    """The method's walk ``x <- x + gamma*[eps(x + eta*v, t) - eps(x, t)]`` from ``x_t`` (1 or N
    states) along ``v`` (flat or image-shaped); returns the states after each step in ``keep``,
    shape (len(keep), N, C, H, W)."""
    import torch

    x = x_t[None] if x_t.ndim == 3 else x_t
    u = v.reshape(1, *x.shape[1:]).expand_as(x).to(x.dtype)
    frames = {0: x.clone()}
    with torch.no_grad():
        for s in range(1, steps + 1):
            e = diff.eps(torch.cat([x + eta * u, x]), t, cond)
            x = x + gamma * (e[: len(x)] - e[len(x):])
            frames[s] = x
    bad = [k for k in keep if k not in frames]
    if bad:
        raise ConfigError(f"keep {bad} outside the walk's steps 0..{steps}")
    return torch.stack([frames[k] for k in keep])
