"""Stable Diffusion (text-to-image latent diffusion): prompt-conditioned h-space directions.

The same subspace iteration as :mod:`.diffusion`, run in the VAE latent (4 x H/8 x W/8) at
t = 0.7 with the edit prompt's text embedding as the U-Net's ``encoder_hidden_states``: the
prompt conditions the Jacobian ``dh/dx_t`` and the guidance walk (gamma = 1). The start point
(seeded noise or the DDIM inversion of an image) and the DDIM decoding use the empty prompt, so
``a = 0`` is the same image for every edit prompt; the VAE decoder turns ``x_0`` into RGB.

Everything is read from a local pipeline folder (``unet/``, ``vae/``, ``text_encoder/``,
``tokenizer/``, ``scheduler/``); nothing is fetched from a hub. diffusers and transformers are
imported lazily (extra ``diffusion``).

The parts shared with Stable Diffusion XL (:mod:`.sdxl`) live here: :class:`Family` (a kind of
pipeline folder and its one-line errors) with the folder checks, :class:`StableDiffusion`
(``embed`` and ``unconditional`` are the two points a subclass changes) and
:func:`prompt_directions` (the adapter).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Mapping, cast

import numpy as np

from ..errors import MissingDependencyError, ModelError
from .base import GenerativeModel
from .diffusion import (
    Diffusion,
    DirectionSettings,
    _diffusers,
    _read_json,
    check_start,
    directions_model,
    load_pretrained,
    load_schedule,
    parse_spec,
    with_images,
)

SD_PREFIX = "sd:"
PIPELINE_HINT = ("a Stable Diffusion 1.x/2.x pipeline folder (unet/, vae/, text_encoder/, tokenizer/, scheduler/) "
                 "written by StableDiffusionPipeline.save_pretrained")
TOKENIZER_CLASSES = ("CLIPTokenizer", "CLIPTokenizerFast")
# component -> the classes sd:PATH accepts (model_index.json names them)
COMPONENTS: dict[str, tuple[str, ...]] = {
    "unet": ("UNet2DConditionModel",),
    "vae": ("AutoencoderKL",),
    "text_encoder": ("CLIPTextModel",),
    "tokenizer": TOKENIZER_CLASSES,
    "scheduler": (),  # any diffusers scheduler with alphas_cumprod (checked when it is built)
}
UNSUPPORTED_UNET = ("class_embed_type", "addition_embed_type", "encoder_hid_dim_type")
PIXELS_PER_BATCH = 2**20  # codes decoded at once x image pixels: 4 images of 512 px (the VAE decoder is memory-hungry)


@dataclass(frozen=True)
class Family:
    """One kind of Stable Diffusion pipeline folder: its name in errors, the folder to give
    instead, the classes ``model_index.json`` may name per component (``()``: any) and its
    tokenizer folders."""

    label: str
    hint: str
    components: Mapping[str, tuple[str, ...]]
    tokenizers: tuple[str, ...] = ("tokenizer",)

    def fail(self, folder: Path, problem: str, fix: str = "") -> ModelError:
        """One error line: which model, what is wrong, what to give."""
        return ModelError(f"{self.label} model {folder}: {problem}; {fix or 'give ' + self.hint}")


def _transformers() -> Any:
    try:
        import transformers
    except ImportError:
        raise MissingDependencyError("transformers", "diffusion", "a Stable Diffusion model (sd:PATH)") from None
    return transformers


@dataclass
class SDSettings(DirectionSettings):
    """Direction settings with the Stable Diffusion defaults (t = 0.7, gamma = 1) and the edit
    ``prompt`` that conditions the Jacobian and the walk ("" = the empty prompt)."""

    t: float = 0.7
    gamma: float = 1.0
    prompt: str = ""


@dataclass
class StableDiffusion(Diffusion):
    """A text-conditioned U-Net in a VAE's latent space, with its text encoder and tokenizer."""

    vae: Any = None
    text_encoder: Any = None
    tokenizer: Any = None
    clip_x0: ClassVar[bool] = False  # latents are not images: never clip them to [-1, 1]

    @property
    def vae_scale(self) -> int:
        return 2 ** (len(self.vae.config.block_out_channels) - 1)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        _, h, w = self.sample_shape
        return int(self.vae.config.out_channels), h * self.vae_scale, w * self.vae_scale

    def _scale(self) -> tuple[float, float]:
        shift = self.vae.config.get("shift_factor")
        return float(self.vae.config.get("scaling_factor", 0.18215)), float(shift or 0.0)

    def to_images(self, x0: Any) -> Any:
        """Latents -> RGB images in [0, 1] by the VAE decoder."""
        import torch

        scale, shift = self._scale()
        with torch.no_grad():
            img = self.vae.decode((x0 / scale + shift).to(self.vae.dtype)).sample
        return ((img + 1) / 2).clamp(0, 1)

    def from_images(self, images: Any) -> Any:
        """RGB images (N, 3, H, W) in [0, 1] -> latents (the mean of the VAE encoder's posterior)."""
        import torch

        scale, shift = self._scale()
        with torch.no_grad():
            z = self.vae.encode((images * 2 - 1).to(self.vae.dtype)).latent_dist.mean
        return ((z - shift) * scale).to(self.dtype)

    def embed(self, prompt: str) -> Any:
        """The text encoder's last hidden state for ``prompt`` (1, tokens, dim), padded as in training."""
        import torch

        limit = min(int(self.tokenizer.model_max_length), int(self.text_encoder.config.max_position_embeddings))
        ids = self.tokenizer(prompt, padding="max_length", max_length=limit, truncation=True,
                             return_tensors="pt").input_ids
        with torch.no_grad():
            return self.text_encoder(ids.to(self.device))[0].to(self.dtype)

    def unconditional(self) -> Any:
        """The condition of the start point, the inversion and the decoding: the empty prompt."""
        return self.embed("")

    @property
    def unconditional_role(self) -> str:
        return "the empty prompt"


# ---------------------------------------------------------------------------------------------
# the folder: checked before any weights are read, so a wrong folder fails in one clear line

SD = Family("Stable Diffusion", PIPELINE_HINT, COMPONENTS)


def read_index(folder: Path) -> dict:
    """model_index.json as a dict, {} when the folder has none."""
    path = folder / "model_index.json"
    return _read_json(path, "pipeline index") if path.is_file() else {}


def check_index(folder: Path, index: dict, family: Family, fix: str) -> None:
    """model_index.json (if there) must name the classes the family can use."""
    for part, allowed in family.components.items():
        entry = index.get(part)
        if allowed and isinstance(entry, list) and len(entry) == 2 and entry[1] not in allowed:
            raise family.fail(folder, f"model_index.json names {part} as {entry[1]}, not {' or '.join(allowed)}",
                              fix)


def xl_signs(folder: Path, index: dict) -> list[str]:
    """What marks a folder as Stable Diffusion XL (empty for a 1.x/2.x pipeline)."""
    signs = []
    if "XL" in str(index.get("_class_name", "")):
        signs.append(f"model_index.json names a {index['_class_name']}")
    if (folder / "text_encoder_2").is_dir() or "text_encoder_2" in index:
        signs.append("it has a second text encoder (text_encoder_2)")
    unet_cfg = folder / "unet" / "config.json"
    if unet_cfg.is_file() and _read_json(unet_cfg, "unet config").get("addition_embed_type") == "text_time":
        signs.append("its U-Net takes the added time conditioning (addition_embed_type='text_time')")
    return signs


def check_components(folder: Path, family: Family) -> None:
    """Every component folder there, a tokenizer's files in each tokenizer folder, a scheduler config."""
    missing = [f"{part}/" for part in family.components if not (folder / part).is_dir()]
    if missing:
        raise family.fail(folder, f"missing {', '.join(missing)}")
    for name in family.tokenizers:
        tok = folder / name
        bpe_files = (tok / "vocab.json").is_file() and (tok / "merges.txt").is_file()
        if not (tok / "tokenizer.json").is_file() and not bpe_files:
            raise family.fail(folder, f"{name}/ has no tokenizer.json and no vocab.json + merges.txt",
                              "save the CLIPTokenizer there with save_pretrained")
    if not (folder / "scheduler" / "scheduler_config.json").is_file():
        raise family.fail(folder, "scheduler/ has no scheduler_config.json",
                          "save the scheduler there with save_pretrained")


def component_config(folder: Path, part: str, family: Family) -> dict:
    path = folder / part / "config.json"
    if not path.is_file():
        raise family.fail(folder, f"{part}/ has no config.json", f"save the {part} there with save_pretrained")
    return _read_json(path, f"{part} config")


def check_unet_and_vae(folder: Path, family: Family, unet: dict, vae: dict, allowed_extra: dict[str, Any],
                       fix: str) -> None:
    """A UNet2DConditionModel with a mid-block whose extra conditioning is only ``allowed_extra``
    (config key -> the value it must have), and an AutoencoderKL whose latent fits the U-Net."""
    if unet.get("_class_name") != "UNet2DConditionModel":
        raise family.fail(folder, f"unet/config.json is a {unet.get('_class_name')}, not a UNet2DConditionModel",
                          "for an unconditional DDPM use diffusers:PATH")
    extra = [k for k in UNSUPPORTED_UNET if unet.get(k) is not None and unet.get(k) != allowed_extra.get(k)]
    if extra or unet.get("mid_block_type", "") is None:
        what = f"uses {', '.join(extra)}" if extra else "has no mid-block (no h-space)"
        raise family.fail(folder, f"the U-Net {what}", fix)
    if vae.get("_class_name") != "AutoencoderKL":
        raise family.fail(folder, f"vae/config.json is a {vae.get('_class_name')}, not an AutoencoderKL")
    if unet.get("in_channels") != vae.get("latent_channels", 4):
        raise family.fail(folder, f"the U-Net takes {unet.get('in_channels')} channels but the VAE makes "
                          f"{vae.get('latent_channels', 4)}", "use the vae/ of the same model as unet/")


def _check_configs(folder: Path) -> None:
    """The component configs: the right classes, text conditioning only, sizes that fit together."""
    unet, vae, text = (component_config(folder, part, SD) for part in ("unet", "vae", "text_encoder"))
    check_unet_and_vae(folder, SD, unet, vae, {},
                       "sd:PATH supports text-conditioned Stable Diffusion 1.x/2.x U-Nets")
    if "CLIPTextModel" not in (text.get("architectures") or []) and text.get("model_type") != "clip_text_model":
        raise SD.fail(folder, f"text_encoder/config.json is a {text.get('architectures') or text.get('model_type')}, "
                      "not a CLIPTextModel")
    if unet.get("cross_attention_dim") != text.get("hidden_size"):
        raise SD.fail(folder, f"the U-Net reads text embeddings of size {unet.get('cross_attention_dim')} but the "
                      f"text encoder makes {text.get('hidden_size')}", "use the text_encoder/ of the same model as unet/")


def check_folder(path: str | Path) -> Path:
    """The resolved folder, if it looks like a Stable Diffusion 1.x/2.x pipeline; else one ModelError."""
    folder = Path(path).expanduser().resolve()
    if not folder.is_dir():
        raise SD.fail(folder, "no such folder")
    index = read_index(folder)
    signs = xl_signs(folder, index)
    if signs:
        raise SD.fail(folder, f"this is a Stable Diffusion XL pipeline ({signs[0]})",
                      "load it with sdxl:PATH (sd:PATH reads Stable Diffusion 1.x/2.x)")
    check_index(folder, index, SD, "sd:PATH reads Stable Diffusion 1.x/2.x pipelines; "
                                   "for an unconditional DDPM use diffusers:PATH")
    check_components(folder, SD)
    _check_configs(folder)
    return folder


def load_parts(diffusers: Any, folder: Path, where: str, device: str) -> tuple[Any, Any, Any, str, str]:
    """(U-Net, VAE, alphas_cumprod, prediction type, scheduler name) of a checked folder, on ``device``."""
    unet = load_pretrained(diffusers.UNet2DConditionModel, folder / "unet", where, "U-Net")
    vae = load_pretrained(diffusers.AutoencoderKL, folder / "vae", where, "VAE")
    alphas, prediction, name = load_schedule(diffusers, folder / "scheduler" / "scheduler_config.json", where)
    for m in (unet, vae):
        m.requires_grad_(False).eval().to(device)
    return unet, vae, alphas.to(device), prediction, name


def load_text(transformers: Any, folder: Path, where: str, device: str, part: str = "text_encoder",
              cls: str = "CLIPTextModel", tokenizer: str = "tokenizer") -> tuple[Any, Any]:
    """(text encoder, tokenizer) of a checked folder, the encoder frozen on ``device``."""
    which = part.removeprefix("text_encoder").replace("_", " ")  # "" or " 2" for SDXL's second encoder
    text = load_pretrained(getattr(transformers, cls), folder / part, where, f"text encoder{which}")
    tok = load_pretrained(transformers.CLIPTokenizer, folder / tokenizer, where, f"tokenizer{which}")
    text.requires_grad_(False).eval().to(device)
    return text, tok


def load_stable_diffusion(path: str | Path, device: str = "cpu") -> StableDiffusion:
    """Load a Stable Diffusion pipeline folder from local disk (never downloads)."""
    diffusers, transformers = _diffusers(), _transformers()
    folder = check_folder(path)
    where = f"Stable Diffusion model {folder}"
    unet, vae, alphas, prediction, name = load_parts(diffusers, folder, where, device)
    text, tokenizer = load_text(transformers, folder, where, device)
    return StableDiffusion(unet, alphas, prediction, str(folder), name,
                           vae=vae, text_encoder=text, tokenizer=tokenizer)


# ---------------------------------------------------------------------------------------------
# the adapter


def prompt_directions(sd: StableDiffusion, s: SDSettings, image: np.ndarray | None, name: str | None,
                      prefix: str, kind: str) -> GenerativeModel:
    """The h-space directions of ``sd`` at one start point, conditioned by ``s.prompt`` (the
    model's ``embed``), with the start point, inversion and decoding under its ``unconditional()``."""
    source = sd.unconditional()
    edit = sd.embed(s.prompt) if s.prompt else source
    _, h, w = sd.image_shape
    gm = directions_model(sd, s, image=image, name=name, edit=edit, source=source, prefix=prefix,
                          batch_size=max(1, min(64, PIXELS_PER_BATCH // (h * w))))
    gm.info.update({
        "kind": kind, "condition": s.prompt,
        "condition_latents": list(range(gm.latent_dim)) if s.prompt else [],  # no prompt: no conditional bias
        "condition_role": "the edit prompt's text embedding conditions the Jacobian and the guidance walk; "
                          f"the start point and the DDIM decoding use {sd.unconditional_role}",
        "latent_shape": list(sd.sample_shape),
    })
    return gm


def from_stable_diffusion(model: str | Path | StableDiffusion, settings: SDSettings | None = None,
                          name: str | None = None, image: np.ndarray | None = None) -> GenerativeModel:
    """The prompt-conditioned h-space directions of one start point as a :class:`GenerativeModel`.

    The mapping is :func:`.diffusion.from_diffusion`'s (latent k = direction k, a code's value
    is a signed walk length) with ``settings.prompt`` conditioning the Jacobian and the walk.
    ``image`` (3, H, W) in [0, 1] (or ``settings.images``) is VAE-encoded and DDIM-inverted to
    the start point instead of seeded noise.
    """
    s = settings or SDSettings()
    s.validate()
    check_start(s, image)
    sd = model if isinstance(model, StableDiffusion) else load_stable_diffusion(model, s.device)
    return prompt_directions(sd, s, image, name, SD_PREFIX, "stable-diffusion")


def load_sd_model(spec: str, images: str | Path | None = None) -> GenerativeModel:
    """``load_model`` branch for ``sd:PATH[?prompt=...&rank=5&t=0.7&...]``; ``images`` as ``--images``."""
    path, s = parse_spec(spec, SD_PREFIX, SDSettings)
    return from_stable_diffusion(path, with_images(cast(SDSettings, s), images))
