"""Diffusion models (diffusers U-Nets): latent directions in h-space.

The directions of a DDPM at a start point ``x_t`` are the top right-singular vectors ``v_k``
of ``J = dh/dx_t``, where ``h`` is the U-Net's mid-block output ("h-space"). They are found
by subspace (power) iteration with forward-mode (``jvp``) and reverse-mode (``vjp``)
products, never forming ``J``. An edit walks ``x_t`` in x-space,
``x <- x + gamma * [eps(x + eta*v, t) - eps(x, t)]``, then DDIM decodes ``x_t -> x_0``.

:func:`from_diffusion` wraps the directions of one start point as a :class:`GenerativeModel`
whose ``r`` "latents" are the ``r`` directions, so they go through the same pipeline as VAE
latents. diffusers is imported lazily (extra ``diffusion``).

Every function that runs the U-Net takes an optional ``cond``: the text embedding a
``UNet2DConditionModel`` reads as ``encoder_hidden_states`` (batch 1, broadcast to the batch).
:mod:`.stable_diffusion` uses it for the prompt-conditioned directions of Stable Diffusion.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, ClassVar, Sequence, TypeVar
from urllib.parse import quote, unquote

import numpy as np

from ..errors import ConfigError, DataError, MissingDependencyError, ModelError
from .base import GenerativeModel

SPEC_PREFIX = "diffusers:"
WEIGHT_FILES = ("diffusion_pytorch_model.safetensors", "diffusion_pytorch_model.bin")
FRAME_STEPS = (0, 4, 8, 12, 16)  # the method's frames of a 16-step walk
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def _diffusers() -> Any:
    try:
        import diffusers
    except ImportError:
        raise MissingDependencyError("diffusers", "diffusion", "a diffusion model (diffusers:PATH)") from None
    return diffusers


# ---------------------------------------------------------------------------------------------
# loading


def _expand(cond: Any, n: int) -> Any:
    """A condition of batch 1 (or n) as a batch of n."""
    return cond if cond.shape[0] == n else cond[:1].expand(n, *cond.shape[1:])


def is_conditional(unet: Any) -> bool:
    """Whether the U-Net reads a text condition (a ``UNet2DConditionModel``)."""
    return unet.config.get("cross_attention_dim") is not None


@dataclass
class Diffusion:
    """A U-Net that predicts ``prediction_type`` plus its noise schedule (``alphas_cumprod``).

    A pixel-space model: its samples are images in [-1, 1]. :class:`StableDiffusion` overrides
    the image hooks (``image_shape``, ``to_images``, ``from_images``) for a VAE latent space.
    """

    unet: Any
    alphas_cumprod: Any  # torch float64 tensor (T,) on the U-Net's device
    prediction_type: str = "epsilon"
    folder: str = ""
    scheduler: str = ""
    clip_x0: ClassVar[bool] = True  # predicted clean samples are images in [-1, 1]

    @property
    def device(self) -> Any:
        return next(self.unet.parameters()).device

    @property
    def dtype(self) -> Any:
        return next(self.unet.parameters()).dtype

    @property
    def num_timesteps(self) -> int:
        return int(self.alphas_cumprod.shape[0])

    @property
    def sample_shape(self) -> tuple[int, int, int]:
        size = self.unet.config.sample_size
        h, w = (size, size) if isinstance(size, int) else tuple(size)
        return int(self.unet.config.in_channels), int(h), int(w)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        """(C, H, W) of the images the model makes (for a pixel-space model: its samples)."""
        return self.sample_shape

    def to_images(self, x0: Any) -> Any:
        """Clean samples -> images in [0, 1]."""
        return ((x0 + 1) / 2).clamp(0, 1)

    def from_images(self, images: Any) -> Any:
        """Images (N, C, H, W) in [0, 1] -> clean samples."""
        return images * 2 - 1

    def timestep(self, t: float) -> int:
        """A fraction of the training steps (1.0 = the last timestep) as a timestep index."""
        if not 0.0 <= t <= 1.0:
            raise ConfigError(f"the edit timestep t must be a fraction in [0, 1] (1.0 = the last of "
                              f"{self.num_timesteps} steps), got {t}")
        return int(round(t * (self.num_timesteps - 1)))

    def alpha(self, t: int) -> Any:
        return self.alphas_cumprod[int(t)].to(self.dtype)

    def eps(self, x: Any, t: int, cond: Any = None) -> Any:
        """The predicted noise at timestep ``t``, whatever the U-Net predicts; ``cond`` is the
        text embedding of a conditional U-Net (batch 1 or len(x))."""
        extra = {} if cond is None else {"encoder_hidden_states": _expand(cond, len(x))}
        out = self.unet(x, int(t), **extra).sample
        if self.prediction_type == "epsilon":
            return out
        a = self.alpha(t)
        if self.prediction_type == "v_prediction":
            return a.sqrt() * out + (1 - a).sqrt() * x
        if self.prediction_type == "sample":
            return (x - a.sqrt() * out) / (1 - a).sqrt()
        raise ModelError(f"the scheduler's prediction_type '{self.prediction_type}' is not supported; "
                         "allowed: epsilon, v_prediction, sample")


def _read_json(path: Path, what: str) -> dict:
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read the {what} {path} ({type(exc).__name__}: {exc}); "
                         "save the model again with save_pretrained") from None
    if not isinstance(data, dict):
        raise ModelError(f"the {what} {path} is not a JSON object; save the model again with save_pretrained")
    return data


def _locate(folder: Path) -> tuple[Path, Path | None]:
    """(U-Net folder, scheduler config or None) of a pipeline folder or a bare U-Net folder."""
    if not folder.is_dir():
        raise ModelError(f"diffusion model {folder}: no such folder; give a diffusers pipeline folder "
                         "(with unet/ and scheduler/) or a UNet2DModel folder written by save_pretrained")
    unet_dir = folder / "unet" if (folder / "unet").is_dir() else folder
    if not (unet_dir / "config.json").is_file():
        raise ModelError(f"diffusion model {folder}: found no unet/config.json and no config.json; give a "
                         "diffusers pipeline folder (unet/, scheduler/) or a UNet2DModel folder from save_pretrained")
    if not any((unet_dir / w).is_file() for w in WEIGHT_FILES):
        raise ModelError(f"diffusion model {folder}: {unet_dir} has a config.json but no weights "
                         f"({' or '.join(WEIGHT_FILES)}); save the model with save_pretrained")
    for cand in (folder / "scheduler" / "scheduler_config.json", folder / "scheduler_config.json",
                 unet_dir / "scheduler_config.json"):
        if cand.is_file():
            return unet_dir, cand
    return unet_dir, None


def load_pretrained(cls: Any, folder: Path, where: str, what: str) -> Any:
    """``cls.from_pretrained(folder)`` from local files only; any failure is one ModelError line."""
    import importlib.util

    kw: dict[str, Any] = {}
    if cls.__module__.startswith("diffusers") and importlib.util.find_spec("accelerate") is None:
        kw["low_cpu_mem_usage"] = False  # what diffusers falls back to anyway, minus its warning
    try:
        return cls.from_pretrained(str(folder), local_files_only=True, **kw)
    except Exception as exc:  # diffusers / transformers raise many kinds for a corrupt folder
        msg = " ".join(str(exc).split())[:300]
        raise ModelError(f"{where}: cannot load the {what} in {folder} ({type(exc).__name__}: {msg}); "
                         "save the model again with save_pretrained") from None


def load_schedule(diffusers: Any, sched_cfg: Path | None, where: str) -> tuple[Any, str, str]:
    """(alphas_cumprod, prediction_type, scheduler name) from a scheduler config; without one
    the DDPM default (1000 linear steps)."""
    import torch

    name = "DDPMScheduler (default)"
    if sched_cfg is None:
        scheduler = diffusers.DDPMScheduler()
    else:
        scfg = _read_json(sched_cfg, "scheduler config")
        name = str(scfg.get("_class_name", "DDPMScheduler"))
        sched_cls = getattr(diffusers, name, None)
        if sched_cls is None or not hasattr(sched_cls, "from_config"):
            raise ModelError(f"{where}: unknown scheduler class '{name}' in {sched_cfg}; "
                             "use a diffusers scheduler such as DDPMScheduler or DDIMScheduler")
        try:
            scheduler = sched_cls.from_config(scfg)
        except Exception as exc:
            raise ModelError(f"{where}: cannot build {name} from {sched_cfg} "
                             f"({type(exc).__name__}: {exc})") from None
    alphas = getattr(scheduler, "alphas_cumprod", None)
    if alphas is None:
        raise ModelError(f"{where}: the scheduler {name} has no alphas_cumprod; use a "
                         "DDPM-style scheduler (DDPMScheduler, DDIMScheduler)")
    prediction = str(scheduler.config.get("prediction_type", "epsilon"))
    return torch.as_tensor(alphas, dtype=torch.float64), prediction, name


def load_diffusion(path: str | Path, device: str = "cpu") -> Diffusion:
    """Load a diffusers ``UNet2DModel`` and its scheduler from a local folder (never downloads).

    Without a scheduler config the DDPM default (1000 linear steps) is used.
    """
    diffusers = _diffusers()
    folder = Path(path).expanduser().resolve()
    where = f"diffusion model {folder}"
    unet_dir, sched_cfg = _locate(folder)
    cfg = _read_json(unet_dir / "config.json", "U-Net config")
    cls_name = cfg.get("_class_name", "UNet2DModel")
    if cls_name != "UNet2DModel":
        hint = "; for a Stable Diffusion folder use sd:PATH" if cls_name == "UNet2DConditionModel" else ""
        raise ModelError(f"{where}: the U-Net is a {cls_name}; only unconditional UNet2DModel is supported "
                         f"by diffusers:PATH (no text or class conditioning){hint}")
    unet = load_pretrained(diffusers.UNet2DModel, unet_dir, where, "U-Net weights")
    if unet.config.get("class_embed_type") is not None or unet.config.get("num_class_embeds") is not None:
        raise ModelError(f"{where}: the U-Net is class-conditional; only unconditional "
                         "UNet2DModel is supported")
    alphas, prediction, name = load_schedule(diffusers, sched_cfg, where)
    unet.requires_grad_(False).eval().to(device)
    return Diffusion(unet, alphas.to(device), prediction, str(folder), name)


# ---------------------------------------------------------------------------------------------
# h-space and the pullback


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
        for a UNet2DConditionModel ``cond`` is the text embedding (batch 1 or len(x))."""
        import torch

        if is_conditional(unet):
            if cond is None:
                raise ConfigError("a text-conditioned U-Net needs a condition: pass the prompt's text embedding")
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
        """diffusers' UNet2DConditionModel forward (text conditioning only), stopped after the mid-block."""
        import torch

        if unet.config.center_input_sample:
            x = 2 * x - 1.0
        ts = torch.full((x.shape[0],), int(t), dtype=torch.long, device=x.device)
        emb = unet.time_embedding(unet.time_proj(ts).to(dtype=x.dtype))
        if unet.time_embed_act is not None:
            emb = unet.time_embed_act(emb)
        ctx = _expand(cond, x.shape[0]).to(dtype=x.dtype)
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


def subspace_agreement(A: Any, B: Any) -> float:
    """Mean cosine of the principal angles between the row spaces of A and B (orthonormal rows)."""
    import torch

    qa = torch.linalg.qr(A.T.double())[0]
    qb = torch.linalg.qr(B.T.double())[0]
    return float(torch.linalg.svdvals(qa.T @ qb).clamp(max=1.0).mean())


def pullback_directions(unet: Any, x_t: Any, t: int, rank: int = 5, iters: int = 30, tol: float = 1e-4,
                        seed: int = 0, oversample: int = 5, cond: Any = None) -> tuple[Any, Any, int]:
    """Top-``rank`` right-singular vectors of ``J = dh/dx_t`` by subspace iteration.

    Each round: ``U = J V`` (forward mode), ``Q = orth(U)``, ``M = Q^T J`` (reverse mode),
    ``V`` <- the right-singular vectors of ``M``. ``oversample`` extra vectors speed up
    convergence; the iteration stops when the top-``rank`` subspace moves less than ``tol``
    (1 - smallest principal cosine). ``cond`` (a text embedding) conditions h for a
    UNet2DConditionModel. Returns ``(V (rank, C*H*W) orthonormal, singular values (rank,),
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


# ---------------------------------------------------------------------------------------------
# walking and decoding


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


def _ddim_times(t_from: int, t_to: int, steps: int) -> list[int]:
    ts = np.linspace(t_from, t_to, max(int(steps), 1) + 1).round().astype(int)
    return list(dict.fromkeys(int(v) for v in ts))


def ddim_decode(diff: Diffusion, x_t: Any, t: int, steps: int = 20, clip: bool = True, cond: Any = None) -> Any:
    """Deterministic DDIM (eta = 0) from ``x_t`` at timestep ``t`` to ``x_0`` (clipped to
    [-1, 1] with ``clip``; leave latents unclipped)."""
    import torch

    ts = _ddim_times(t, 0, steps)
    x = x_t
    with torch.no_grad():
        for i, cur in enumerate(ts):
            a = diff.alpha(cur)
            e = diff.eps(x, cur, cond)
            x0 = (x - (1 - a).sqrt() * e) / a.sqrt()
            if clip:
                x0 = x0.clamp(-1, 1)
            if i == len(ts) - 1:
                return x0
            a_next = diff.alpha(ts[i + 1])
            x = a_next.sqrt() * x0 + (1 - a_next).sqrt() * e
    return x


def ddim_invert(diff: Diffusion, x_0: Any, t: int, steps: int = 20, cond: Any = None) -> Any:
    """Deterministic DDIM inversion of clean samples ``x_0`` (images in [-1, 1], or latents) to timestep ``t``."""
    import torch

    ts = _ddim_times(0, t, steps)
    x = x_0
    with torch.no_grad():
        for cur, nxt in zip(ts[:-1], ts[1:]):
            a, a_next = diff.alpha(cur), diff.alpha(nxt)
            e = diff.eps(x, cur, cond)
            x0 = (x - (1 - a).sqrt() * e) / a.sqrt()
            x = a_next.sqrt() * x0 + (1 - a_next).sqrt() * e
    return x


def start_point(diff: Diffusion, seed: int, t: int, steps: int = 20, cond: Any = None) -> Any:
    """Seeded noise at the last timestep, DDIM-denoised down to ``t`` (same on CPU and CUDA)."""
    import torch

    gen = torch.Generator().manual_seed(int(seed))
    x = torch.randn(1, *diff.sample_shape, generator=gen).to(device=diff.device, dtype=diff.dtype)
    last = diff.num_timesteps - 1
    if t >= last:
        return x
    with torch.no_grad():
        ts = _ddim_times(last, t, steps)
        for cur, nxt in zip(ts[:-1], ts[1:]):
            a, a_next = diff.alpha(cur), diff.alpha(nxt)
            e = diff.eps(x, cur, cond)
            x = a_next.sqrt() * (x - (1 - a).sqrt() * e) / a.sqrt() + (1 - a_next).sqrt() * e
    return x


# ---------------------------------------------------------------------------------------------
# start images (DDIM inversion instead of seeded noise)


def image_files(path: str | Path) -> list[Path]:
    """The PNG / JPG files of a folder (sorted by name), or the one image file ``path``."""
    p = Path(path).expanduser()
    if p.is_file():
        if p.suffix.lower() not in IMAGE_SUFFIXES:
            raise DataError(f"--images {p}: not a PNG or JPG file; give a folder of PNG/JPG images or one such file")
        return [p]
    if not p.is_dir():
        raise DataError(f"--images {p}: no such folder or file; give a folder of PNG/JPG images or one such file")
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES)
    if not files:
        raise DataError(f"--images {p}: the folder holds no PNG or JPG images; put the start images there "
                        "(any size: they are cropped to the model's aspect and resized to its sample size)")
    return files


def read_image(path: str | Path, shape: tuple[int, int, int]) -> np.ndarray:
    """An image file as float32 (C, H, W) in [0, 1]: centre-cropped to the aspect of ``shape``
    and resized to it (grey for C = 1, RGB for C = 3)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    c, h, w = shape
    if c not in (1, 3):
        raise ConfigError(f"start images need a model with 1 or 3 image channels, this one has {c}")
    try:
        with Image.open(path) as im:
            fitted = ImageOps.fit(im.convert("L" if c == 1 else "RGB"), (w, h), Image.Resampling.BICUBIC)
    except (OSError, UnidentifiedImageError) as exc:
        raise DataError(f"cannot read the start image {path} ({type(exc).__name__}: {exc}); "
                        "give PNG or JPG files") from None
    arr = np.asarray(fitted, dtype=np.float32) / 255.0
    return arr[None] if c == 1 else arr.transpose(2, 0, 1).copy()


# ---------------------------------------------------------------------------------------------
# the adapter: directions as the latents of a GenerativeModel


@dataclass
class DirectionSettings:
    """How directions are found and walked. ``t`` is the edit timestep as a fraction of the
    training steps (1.0 = the last); ``steps_per_unit`` walk steps per unit of a code.
    ``images`` (a folder of PNG/JPG, or one file): start from the DDIM inversion of its image
    number ``image`` (sorted by file name) instead of seeded noise."""

    rank: int = 5
    t: float = 1.0
    seed: int = 0
    iters: int = 30
    tol: float = 1e-4
    eta: float = 1.0
    gamma: float = 0.1
    steps_per_unit: float = 16 / 3
    decode_steps: int = 20
    device: str = "cpu"
    images: str = ""
    image: int = 0

    def validate(self) -> None:
        if self.rank < 1 or self.iters < 1 or self.decode_steps < 1:
            raise ConfigError(f"rank, iters and decode_steps must be positive, got {self.rank}, {self.iters}, "
                              f"{self.decode_steps}")
        if self.steps_per_unit <= 0 or self.gamma <= 0 or self.eta <= 0:
            raise ConfigError("steps_per_unit, gamma and eta must be positive")
        if self.image < 0:
            raise ConfigError(f"image={self.image}: pick a start image by its number, 0 = the first by file name")


def parse_spec(spec: str, prefix: str = SPEC_PREFIX,
               settings: type[DirectionSettings] = DirectionSettings) -> tuple[str, DirectionSettings]:
    """``diffusers:PATH[?rank=5&t=1.0&seed=0&...]`` -> (PATH, settings). Text values are
    %-decoded (write %26 for '&' in a prompt)."""
    body = spec.removeprefix(prefix)
    path, _, query = body.partition("?")
    if not path:
        raise ConfigError(f"--model {spec}: give the folder after '{prefix}', e.g. {prefix}/models/my-model")
    defaults = settings()
    names = {f.name for f in fields(settings)}
    kw: dict[str, Any] = {}
    for part in filter(None, query.split("&")):
        key, eq, val = part.partition("=")
        if key not in names or not eq:
            raise ConfigError(f"--model {spec}: unknown option '{part}'; allowed: "
                              f"{', '.join(sorted(names))} as key=value after '?'")
        kw[key] = _option_value(spec, key, val, type(getattr(defaults, key)))
    s = settings(**kw)
    s.validate()
    return path, s


def _option_value(spec: str, key: str, val: str, kind: type) -> Any:
    if kind is str:
        return unquote(val)
    try:
        return kind(val)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"--model {spec}: option {key} must be {what}, got '{val}'") from None


def _spec(prefix: str, folder: str, s: DirectionSettings) -> str:
    """The model spec that loads these settings again (device left out)."""
    default = type(s)()
    opts = [f"{k}={quote(v, safe=' /:,') if isinstance(v, str) else v}" for k, v in asdict(s).items()
            if v != getattr(default, k) and k != "device"]
    return prefix + folder + ("?" + "&".join(opts) if opts else "")


Settings = TypeVar("Settings", bound=DirectionSettings)


def with_images(s: Settings, images: str | Path | None) -> Settings:
    """The settings with the start images of ``--images`` (an absolute path), if given."""
    return s if images is None else replace(s, images=str(Path(images).expanduser().resolve()))


def start_image_file(s: DirectionSettings) -> Path:
    """The file of ``s.images`` that is the start point."""
    files = image_files(s.images)
    if s.image >= len(files):
        raise ConfigError(f"image={s.image}: {s.images} holds {len(files)} image(s); pick 0 to {len(files) - 1}")
    return files[s.image]


def check_start(s: DirectionSettings, image: np.ndarray | None = None) -> None:
    """Fail on a bad choice of start image before any model is loaded."""
    if image is not None:
        return
    if s.images:
        start_image_file(s)
    elif s.image:
        raise ConfigError(f"image={s.image} picks one of the start images (0 = the first by file name); "
                          "give the images with --images PATH")


def _start(diff: Diffusion, s: DirectionSettings, t: int, image: np.ndarray | None,
           cond: Any) -> tuple[Any, dict[str, Any]]:
    """The start point x_t (seeded noise, or the DDIM inversion of an image) and its record."""
    import torch

    origin = "<array>"
    if image is None and s.images:
        path = start_image_file(s)
        image, origin = read_image(path, diff.image_shape), str(path)
    if image is None:
        return start_point(diff, s.seed, t, s.decode_steps, cond), {
            "start": "seeded noise", "start_seed": s.seed, "start_image": None}
    img = np.asarray(image, dtype=np.float32)
    if img.shape != diff.image_shape or img.min() < 0 or img.max() > 1:
        raise ConfigError(f"the start image must have shape {diff.image_shape} (C, H, W) with values in "
                          f"[0, 1], got {img.shape}; resize it to the model's sample size")
    with torch.no_grad():
        x0 = diff.from_images(torch.from_numpy(img[None]).to(device=diff.device, dtype=diff.dtype))
    return ddim_invert(diff, x0, t, s.decode_steps, cond), {
        "start": "DDIM inversion of an image", "start_seed": None, "start_image": origin}


def _walk_decoder(diff: Diffusion, s: DirectionSettings, x_t: Any, t: int, V: Any, edit: Any,
                  source: Any) -> Callable[[np.ndarray], np.ndarray]:
    """Codes -> images: walk x_t along the coded direction (``edit`` conditions eps), then DDIM
    decode (conditioned by ``source``) and turn the clean samples into images."""
    import torch

    def decode(z: np.ndarray) -> np.ndarray:
        a = torch.from_numpy(np.ascontiguousarray(z, dtype=np.float64)).to(device=V.device, dtype=V.dtype)
        norm = a.norm(dim=1)
        units = (a @ V) / norm.clamp(min=1e-12)[:, None]
        x = walk(diff, x_t.expand(len(a), *x_t.shape[1:]).contiguous(), t, units, norm * s.steps_per_unit,
                 s.eta, s.gamma, cond=edit)
        x0 = ddim_decode(diff, x, t, s.decode_steps, clip=diff.clip_x0, cond=source)
        with torch.no_grad():
            return diff.to_images(x0).float().cpu().numpy()

    return decode


def _start_label(s: DirectionSettings, start: dict[str, Any]) -> str:
    if start["start_image"] is None:
        return f"seed{s.seed}"
    return "image" if start["start_image"] == "<array>" else Path(start["start_image"]).stem


def directions_model(diff: Diffusion, s: DirectionSettings, image: np.ndarray | None = None,
                     name: str | None = None, edit: Any = None, source: Any = None,
                     prefix: str = SPEC_PREFIX, batch_size: int = 64) -> GenerativeModel:
    """The h-space directions at one start point as the latents of a :class:`GenerativeModel`
    (see :func:`from_diffusion` for the mapping). ``edit`` conditions the Jacobian and the walk,
    ``source`` the start point, the inversion and the decoding (both None for a DDPM)."""
    t = diff.timestep(s.t)
    x_t, start = _start(diff, s, t, image, source)
    V, S, used = pullback_directions(diff.unet, x_t, t, s.rank, s.iters, s.tol, s.seed, cond=edit)
    rank = V.shape[0]
    folder = diff.folder or "<in memory>"
    info = {
        "kind": "diffusion model (DDPM), h-space directions",
        "spec": _spec(prefix, diff.folder, s) if diff.folder and image is None else None,
        "diffusion_folder": folder, "scheduler": diff.scheduler, "prediction_type": diff.prediction_type,
        **start, "t": s.t, "timestep": t, "rank": rank, "power_iterations": used,
        "singular_values": [float(v) for v in S], "settings": asdict(s),
        "directions": [{"latent": k, "direction": k, "singular_value": float(S[k]),
                        "positive_sign": "the sign whose largest-magnitude component is positive"}
                       for k in range(rank)],
        "mapping": "code a walks x_t along sum_k a_k v_k / |a| for |a| * steps_per_unit guidance steps, "
                   "then DDIM decodes; |a| = 3 is the full 16-step walk",
    }
    label = name or f"{Path(folder).name}-hspace-{_start_label(s, start)}"
    return GenerativeModel(label, rank, _walk_decoder(diff, s, x_t, t, V, edit, source), None, info,
                           batch_size=batch_size)


def from_diffusion(model: str | Path | Diffusion, settings: DirectionSettings | None = None,
                   name: str | None = None, image: np.ndarray | None = None) -> GenerativeModel:
    """The h-space directions of one start point as a :class:`GenerativeModel`.

    Mapping: ``latent_dim`` = rank, latent k = direction ``v_k`` (ordered by singular value).
    A code ``a`` walks the start point ``x_t`` along the unit direction ``sum_k a_k v_k / |a|``
    for ``|a| * steps_per_unit`` guidance steps (a fractional last step is scaled), then DDIM
    decodes to an image. So a coordinate's value is a signed walk length: code ``a*e_k``
    walks along ``sign(a) * v_k``, ``|a| = 3`` is the method's full 16-step walk, ``a = 1.5``
    its 8th step, ``a = 0`` is the start point's own image; codes mixing coordinates walk
    along the mixed direction. Decoding is deterministic for a seed.

    The start point is seeded noise (``settings.seed``), or with ``image`` (C, H, W) in [0, 1]
    (or ``settings.images``) the DDIM inversion of that image to the edit timestep.
    """
    s = settings or DirectionSettings()
    s.validate()
    check_start(s, image)
    diff = model if isinstance(model, Diffusion) else load_diffusion(model, s.device)
    return directions_model(diff, s, image=image, name=name)


def load_diffusion_model(spec: str, images: str | Path | None = None) -> GenerativeModel:
    """``load_model`` branch for ``diffusers:PATH[?key=value&...]``; ``images`` as ``--images``."""
    path, s = parse_spec(spec)
    return from_diffusion(path, with_images(s, images))
