"""Loading a diffusers model folder from local disk: the U-Net, its scheduler and the wrapper
:class:`Diffusion` every other part of the package runs through. diffusers is imported lazily
(extra ``diffusion``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Mapping

from ...errors import ConfigError, MissingDependencyError, ModelError

SPEC_PREFIX = "diffusers:"
WEIGHT_FILES = ("diffusion_pytorch_model.safetensors", "diffusion_pytorch_model.bin")
# also accepted: half-precision variants (loaded with variant="fp16", then cast to float32) and sharded weights
VARIANT_FILES = ("diffusion_pytorch_model.fp16.safetensors", "diffusion_pytorch_model.fp16.bin",
                 "diffusion_pytorch_model.safetensors.index.json", "diffusion_pytorch_model.safetensors.index.fp16.json")
_FP16 = re.compile(r"\.fp16[.-]")


def _diffusers() -> Any:
    try:
        import diffusers
    except ImportError:
        raise MissingDependencyError("diffusers", "diffusion", "a diffusion model (diffusers:PATH)") from None
    return diffusers



def _expand(cond: Any, n: int) -> Any:
    """A condition of batch 1 (or n) as a batch of n."""
    return cond if cond.shape[0] == n else cond[:1].expand(n, *cond.shape[1:])


@dataclass(frozen=True)
class Condition:
    """What a ``UNet2DConditionModel`` reads besides ``x`` and ``t``, each tensor of batch 1
    (broadcast) or len(x): ``hidden`` its ``encoder_hidden_states`` (the prompt's text
    embedding) and ``added`` its ``added_cond_kwargs`` (Stable Diffusion XL: the pooled
    ``text_embeds`` and the ``time_ids``). A bare tensor given as a condition is its ``hidden``."""

    hidden: Any
    added: Mapping[str, Any] = field(default_factory=dict)

    @staticmethod
    def of(cond: Any) -> "Condition":
        return cond if isinstance(cond, Condition) else Condition(cond)

    def batch(self, n: int, dtype: Any = None) -> "Condition":
        """The condition as a batch of n (cast to ``dtype`` if given)."""
        def fit(v: Any) -> Any:
            v = _expand(v, n)
            return v if dtype is None else v.to(dtype=dtype)

        return Condition(fit(self.hidden), {k: fit(v) for k, v in self.added.items()})

    def unet_kwargs(self, n: int) -> dict[str, Any]:
        """The keyword arguments of ``unet(x, t, ...)`` for a batch of n."""
        c = self.batch(n)
        return {"encoder_hidden_states": c.hidden, **({"added_cond_kwargs": dict(c.added)} if c.added else {})}


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
        condition of a conditional U-Net (a text embedding or a :class:`Condition`, batch 1 or len(x))."""
        extra = {} if cond is None else Condition.of(cond).unet_kwargs(len(x))
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
    if not any((unet_dir / w).is_file() for w in WEIGHT_FILES + VARIANT_FILES):
        raise ModelError(f"diffusion model {folder}: {unet_dir} has a config.json but no weights "
                         f"({' or '.join(WEIGHT_FILES)}, or their .fp16 variants); save the model with save_pretrained")
    for cand in (folder / "scheduler" / "scheduler_config.json", folder / "scheduler_config.json",
                 unet_dir / "scheduler_config.json"):
        if cand.is_file():
            return unet_dir, cand
    return unet_dir, None


def weights_variant(folder: Path) -> str | None:
    """``"fp16"`` when a component folder's only weights are half-precision variants
    (``*.fp16.safetensors``, ``*.fp16.bin``, their shards), as fp16-only Hub repositories ship them; else None."""
    try:
        names = [p.name for p in Path(folder).iterdir()
                 if p.suffix in (".safetensors", ".bin") and p.is_file()]
    except OSError:
        return None
    return "fp16" if names and all(_FP16.search(n) for n in names) else None


def load_pretrained(cls: Any, folder: Path, where: str, what: str) -> Any:
    """``cls.from_pretrained(folder)`` from local files only; any failure is one ModelError line.
    A folder with fp16 weights only is loaded as that variant and cast to float32."""
    import importlib.util

    kw: dict[str, Any] = {}
    if cls.__module__.startswith("diffusers") and importlib.util.find_spec("accelerate") is None:
        kw["low_cpu_mem_usage"] = False  # what diffusers falls back to anyway, minus its warning
    variant = weights_variant(folder)
    if variant:
        kw["variant"] = variant
    try:
        model = cls.from_pretrained(str(folder), local_files_only=True, **kw)
    except Exception as exc:  # diffusers / transformers raise many kinds for a corrupt folder
        msg = " ".join(str(exc).split())[:300]
        raise ModelError(f"{where}: cannot load the {what} in {folder} ({type(exc).__name__}: {msg}); "
                         "save the model again with save_pretrained") from None
    if variant and hasattr(model, "parameters"):
        import torch

        model = model.to(device="cpu", dtype=torch.float32)  # every computation here runs in float32
    return model


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
        hint = ("; for a Stable Diffusion folder use sd:PATH (sdxl:PATH for Stable Diffusion XL)"
                if cls_name == "UNet2DConditionModel" else "")
        raise ModelError(f"{where}: the U-Net is a {cls_name}; only unconditional UNet2DModel is supported "
                         f"by diffusers:PATH (no text or class conditioning){hint}")
    unet = load_pretrained(diffusers.UNet2DModel, unet_dir, where, "U-Net weights")
    if unet.config.get("class_embed_type") is not None or unet.config.get("num_class_embeds") is not None:
        raise ModelError(f"{where}: the U-Net is class-conditional; only unconditional "
                         "UNet2DModel is supported")
    alphas, prediction, name = load_schedule(diffusers, sched_cfg, where)
    unet.requires_grad_(False).eval().to(device)
    return Diffusion(unet, alphas.to(device), prediction, str(folder), name)
