"""h-space (the U-Net's mid-block output) and its pullback: the top right-singular vectors of
``J = dh/dx_t`` by subspace iteration with ``jvp`` and ``vjp``, never forming ``J``."""

from __future__ import annotations

from typing import Any, Callable

from ...errors import ConfigError, ModelError
from .load import Condition, is_conditional


def make_jvp_safe(unet: Any) -> Any:
    """Let forward-mode AD through the U-Net on CPU: plain attention processors and a
    contiguous input to every GroupNorm. Idempotent; the outputs do not change."""
    import torch
    from diffusers.models.attention_processor import Attention, AttnProcessor

    for m in unet.modules():
        if isinstance(m, Attention) and not isinstance(m.processor, AttnProcessor):
            m.set_processor(AttnProcessor())
        if isinstance(m, torch.nn.GroupNorm) and not getattr(m, "_latentexplainer_contiguous", False):
            m.register_forward_pre_hook(lambda _m, args: tuple(a.contiguous() if torch.is_tensor(a) else a
                                                               for a in args))
            m._latentexplainer_contiguous = True
    return unet


class HSpace:
    """The mid-block output ("h-space") of a UNet2DModel or a text-conditioned UNet2DConditionModel.

    ``HSpace.of(unet, x, t[, cond])`` runs only the path up to the mid-block (half the cost);
    ``with HSpace(unet) as hs: unet(x, t)`` captures ``hs.h`` during a full forward.
    """

    def __init__(self, unet: Any) -> None:
        if getattr(unet, "mid_block", None) is None:
            raise ModelError("this U-Net has no mid-block, so it has no h-space; use a UNet2DModel with a mid-block")
        self.unet = unet
        self.h: Any = None
        self._handle: Any = None

    def __enter__(self) -> "HSpace":
        self._handle = self.unet.mid_block.register_forward_hook(lambda _m, _a, out: setattr(self, "h", out))
        return self

    def __exit__(self, *exc: Any) -> None:
        self._handle.remove()

    @staticmethod
    def of(unet: Any, x: Any, t: int, cond: Any = None) -> Any:
        """h(x, t): the U-Net forward of diffusers' UNet2DModel, stopped after the mid-block;
        for a UNet2DConditionModel ``cond`` is the text embedding or a :class:`Condition`
        (batch 1 or len(x))."""
        import torch

        if is_conditional(unet):
            if cond is None:
                raise ConfigError("a text-conditioned U-Net needs a condition: pass the prompt's text embedding "
                              "(or a Condition)")
            return HSpace._of_conditional(unet, x, t, cond)
        if cond is not None:
            raise ConfigError("an unconditional UNet2DModel takes no condition; pass cond=None")
        if unet.config.center_input_sample:
            x = 2 * x - 1.0
        ts = torch.full((x.shape[0],), int(t), dtype=torch.long, device=x.device)
        emb = unet.time_embedding(unet.time_proj(ts).to(dtype=x.dtype))
        skip = x
        sample = unet.conv_in(x)
        for block in unet.down_blocks:
            if hasattr(block, "skip_conv"):
                sample, _, skip = block(hidden_states=sample, temb=emb, skip_sample=skip)
            else:
                sample, _ = block(hidden_states=sample, temb=emb)
        return unet.mid_block(sample, emb)

    @staticmethod
    def _of_conditional(unet: Any, x: Any, t: int, cond: Any) -> Any:
        """diffusers' UNet2DConditionModel forward, stopped after the mid-block: the text
        embedding as ``encoder_hidden_states`` and, for Stable Diffusion XL, the added
        conditioning (pooled ``text_embeds``, ``time_ids``) added to the time embedding."""
        import torch

        cfg = unet.config
        unsupported = [k for k in ("class_embed_type", "encoder_hid_dim_type") if cfg.get(k) is not None]
        added_type = cfg.get("addition_embed_type")
        if added_type not in (None, "text_time"):
            unsupported.append(f"addition_embed_type={added_type}")
        if unsupported:
            raise ModelError(f"h-space of this U-Net is not supported: it uses {', '.join(unsupported)}; "
                             "use a text-conditioned Stable Diffusion 1.x/2.x or XL U-Net")
        c = Condition.of(cond).batch(x.shape[0], x.dtype)
        if added_type == "text_time" and not {"text_embeds", "time_ids"} <= set(c.added):
            raise ConfigError("a Stable Diffusion XL U-Net (addition_embed_type='text_time') needs the added "
                              "conditioning: pass a Condition whose added holds text_embeds and time_ids")
        if cfg.center_input_sample:
            x = 2 * x - 1.0
        ts = torch.full((x.shape[0],), int(t), dtype=torch.long, device=x.device)
        emb = unet.time_embedding(unet.time_proj(ts).to(dtype=x.dtype))
        if added_type is not None:
            emb = emb + unet.get_aug_embed(emb=emb, encoder_hidden_states=c.hidden, added_cond_kwargs=dict(c.added))
        if unet.time_embed_act is not None:
            emb = unet.time_embed_act(emb)
        ctx = c.hidden
        sample = unet.conv_in(x)
        for block in unet.down_blocks:
            if getattr(block, "has_cross_attention", False):
                sample, _ = block(hidden_states=sample, temb=emb, encoder_hidden_states=ctx)
            else:
                sample, _ = block(hidden_states=sample, temb=emb)
        if getattr(unet.mid_block, "has_cross_attention", False):
            return unet.mid_block(sample, emb, encoder_hidden_states=ctx)
        return unet.mid_block(sample, emb)


def _as_batch(x_t: Any) -> Any:
    return x_t[None] if x_t.ndim == 3 else x_t[:1]


def _h_flat(unet: Any, t: int, cond: Any = None) -> Callable[[Any], Any]:
    return lambda X: HSpace.of(unet, X, t, cond).reshape(X.shape[0], -1)


def _fix_signs(V: Any) -> Any:
    """Sign convention: each direction's largest-magnitude component is positive."""
    idx = V.abs().argmax(dim=1)
    s = V.gather(1, idx[:, None]).sign()
    s[s == 0] = 1
    return V * s




def pullback_directions(unet: Any, x_t: Any, t: int, rank: int = 5, iters: int = 30, tol: float = 1e-4,
                        seed: int = 0, oversample: int = 5, cond: Any = None) -> tuple[Any, Any, int]:
    """Top-``rank`` right-singular vectors of ``J = dh/dx_t`` by subspace iteration.

    Each round: ``U = J V`` (forward mode), ``Q = orth(U)``, ``M = Q^T J`` (reverse mode),
    ``V`` <- the right-singular vectors of ``M``. ``oversample`` extra vectors speed up
    convergence; the iteration stops when the top-``rank`` subspace moves less than ``tol``
    (1 - smallest principal cosine). ``cond`` (a text embedding, or a :class:`Condition`
    with Stable Diffusion XL's added conditioning) conditions h for a UNet2DConditionModel.
    Returns ``(V (rank, C*H*W) orthonormal, singular values (rank,),
    rounds used)``.
    """
    import torch
    from torch.func import jvp, vjp

    if rank < 1:
        raise ConfigError(f"rank must be a positive number of directions, got {rank}")
    make_jvp_safe(unet)
    x = _as_batch(x_t)
    shape, dim = tuple(x.shape[1:]), x[0].numel()
    k = min(rank + max(oversample, 0), dim)
    rank = min(rank, dim)
    f = _h_flat(unet, t, cond)
    X = x.expand(k, *shape).contiguous()
    gen = torch.Generator().manual_seed(int(seed))
    V = torch.linalg.qr(torch.randn(dim, k, generator=gen, dtype=torch.float64))[0].T
    V = V.to(device=x.device, dtype=x.dtype)
    with torch.enable_grad():
        _, pull = vjp(f, X)  # the graph of h at x_t, reused every round
    S = torch.zeros(k)
    used = 0
    for used in range(1, max(iters, 1) + 1):  # noqa: B007 (read after the loop: rounds used)
        _, U = jvp(f, (X,), (V.reshape(k, *shape),))
        Q = torch.linalg.qr(U.T)[0]  # (dim_h, k)
        M = pull(Q.T.contiguous())[0].reshape(k, dim)
        _, S, Vh = torch.linalg.svd(M, full_matrices=False)
        moved = 1.0 - float(torch.linalg.svdvals(Vh[:rank] @ V[:rank].T).clamp(max=1.0).min())
        V = Vh
        if moved < tol:
            break
    return _fix_signs(V[:rank]).detach(), S[:rank].detach(), used
