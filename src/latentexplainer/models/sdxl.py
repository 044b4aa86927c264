"""Stable Diffusion XL (sdxl:PATH): prompt-conditioned h-space directions, as :mod:`.stable_diffusion`.

What differs from Stable Diffusion 1.x/2.x is the condition only. SDXL reads two CLIP text
encoders: the penultimate hidden states of ``text_encoder/`` (CLIPTextModel) and
``text_encoder_2/`` (CLIPTextModelWithProjection), concatenated, are the U-Net's
``encoder_hidden_states``; its ``added_cond_kwargs`` are the pooled, projected ``text_embeds`` of
the second encoder and the ``time_ids`` (original height and width, crop top and left, target
height and width: the model's own image size, uncropped). Both travel in one
:class:`.diffusion.Condition`, which the U-Net calls, the h-space forward and the jvp / vjp of
the power iteration pass on unchanged. The start point, the inversion and the decoding use the
pipeline's unconditional embedding: zeros when ``model_index.json`` sets
``force_zeros_for_empty_prompt`` (the SDXL default), else the empty prompt.

Everything is read from a local folder written by ``StableDiffusionXLPipeline.save_pretrained``;
the SDXL refiner (no first text encoder, aesthetic-score time ids) is not supported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

from .base import GenerativeModel
from .diffusion import Condition, _diffusers, check_start, parse_spec, with_images
from .stable_diffusion import (
    COMPONENTS,
    TOKENIZER_CLASSES,
    Family,
    SDSettings,
    StableDiffusion,
    _transformers,
    check_components,
    check_index,
    check_unet_and_vae,
    component_config,
    load_parts,
    load_text,
    prompt_directions,
    read_index,
    xl_signs,
)

SDXL_PREFIX = "sdxl:"
SDXL_HINT = ("a Stable Diffusion XL pipeline folder (unet/, vae/, text_encoder/, text_encoder_2/, tokenizer/, "
             "tokenizer_2/, scheduler/) written by StableDiffusionXLPipeline.save_pretrained")
SDXL_COMPONENTS: dict[str, tuple[str, ...]] = {
    **COMPONENTS,
    "text_encoder_2": ("CLIPTextModelWithProjection",),
    "tokenizer_2": TOKENIZER_CLASSES,
}
TIME_IDS = 6  # original (h, w), crop (top, left), target (h, w)
SDXL = Family("Stable Diffusion XL", SDXL_HINT, SDXL_COMPONENTS, ("tokenizer", "tokenizer_2"))
KIND = "stable-diffusion-xl"


@dataclass
class StableDiffusionXL(StableDiffusion):
    """A Stable Diffusion XL U-Net in its VAE's latent space, with both text encoders and tokenizers."""

    text_encoder_2: Any = None
    tokenizer_2: Any = None
    zeros_for_empty_prompt: bool = True

    def time_ids(self) -> Any:
        """(1, 6): the model's image size as original and target size, no crop."""
        import torch

        _, h, w = self.image_shape
        return torch.tensor([[h, w, 0, 0, h, w]], dtype=self.dtype, device=self.device)

    def _token_limit(self) -> int:
        """One padded length for both encoders (their hidden states are concatenated per token)."""
        return min(int(n) for n in (self.tokenizer.model_max_length, self.tokenizer_2.model_max_length,
                                    self.text_encoder.config.max_position_embeddings,
                                    self.text_encoder_2.config.max_position_embeddings))

    def embed(self, prompt: str) -> Condition:
        """Both encoders' penultimate hidden states, concatenated (1, tokens, dim 1 + dim 2), with
        the second encoder's pooled projection as ``text_embeds`` and the ``time_ids``."""
        import torch

        limit = self._token_limit()
        hidden = []
        with torch.no_grad():
            for tokenizer, encoder in ((self.tokenizer, self.text_encoder), (self.tokenizer_2, self.text_encoder_2)):
                ids = tokenizer(prompt, padding="max_length", max_length=limit, truncation=True,
                                return_tensors="pt").input_ids
                out = encoder(ids.to(self.device), output_hidden_states=True)
                hidden.append(out.hidden_states[-2])
            pooled = out.text_embeds
        return Condition(torch.cat(hidden, dim=-1).to(self.dtype),
                         {"text_embeds": pooled.to(self.dtype), "time_ids": self.time_ids()})

    def unconditional(self) -> Condition:
        """The pipeline's unconditional embedding: zeros (force_zeros_for_empty_prompt), else the empty prompt."""
        import torch

        empty = self.embed("")
        if not self.zeros_for_empty_prompt:
            return empty
        return Condition(torch.zeros_like(empty.hidden), {"text_embeds": torch.zeros_like(empty.added["text_embeds"]),
                                                          "time_ids": empty.added["time_ids"]})

    @property
    def unconditional_role(self) -> str:
        if self.zeros_for_empty_prompt:
            return "the zero text embedding (the pipeline's force_zeros_for_empty_prompt)"
        return "the empty prompt"


# ---------------------------------------------------------------------------------------------
# the folder: checked before any weights are read, so a wrong folder fails in one clear line


def _is_clip_text(cfg: dict, architecture: str) -> bool:
    """Whether a text encoder config is the CLIP text model ``architecture`` (the one its
    ``architectures`` name, else any of model type clip_text_model)."""
    archs = cfg.get("architectures") or []
    return architecture in archs or (not archs and cfg.get("model_type") == "clip_text_model")


def _check_not_refiner(folder: Path, index: dict) -> None:
    refiner = index.get("requires_aesthetics_score") is True or (
        isinstance(index.get("text_encoder"), list) and index["text_encoder"][:1] == [None])
    if refiner:
        raise SDXL.fail(folder, "this is a Stable Diffusion XL refiner (no text_encoder, aesthetic-score time ids), "
                        "which is not supported", "give the SDXL base pipeline folder")


def _check_configs(folder: Path) -> None:
    """The component configs: SDXL's U-Net (text_time conditioning), two CLIP text encoders whose
    sizes fit the U-Net's cross-attention and added embedding."""
    unet, vae, text, text2 = (component_config(folder, part, SDXL)
                              for part in ("unet", "vae", "text_encoder", "text_encoder_2"))
    check_unet_and_vae(folder, SDXL, unet, vae, {"addition_embed_type": "text_time"},
                       "sdxl:PATH supports the Stable Diffusion XL base U-Net (added text_time conditioning only)")
    if unet.get("addition_embed_type") != "text_time":
        raise SDXL.fail(folder, f"the U-Net has no SDXL added conditioning (addition_embed_type is "
                        f"{unet.get('addition_embed_type')}, not 'text_time')",
                        "give an SDXL pipeline folder, or load a Stable Diffusion 1.x/2.x folder with sd:PATH")
    for part, cfg, arch in (("text_encoder", text, "CLIPTextModel"),
                            ("text_encoder_2", text2, "CLIPTextModelWithProjection")):
        if not _is_clip_text(cfg, arch):
            raise SDXL.fail(folder, f"{part}/config.json is a {cfg.get('architectures') or cfg.get('model_type')}, "
                            f"not a {arch}", f"use the {part}/ of the same SDXL model")
    dims = (text.get("hidden_size"), text2.get("hidden_size"))
    if None in dims or unet.get("cross_attention_dim") != sum(dims):
        raise SDXL.fail(folder, f"the U-Net reads text embeddings of size {unet.get('cross_attention_dim')} but the "
                        f"two text encoders make {dims[0]} + {dims[1]}",
                        "use the text_encoder/ and text_encoder_2/ of the same model as unet/")
    expected = (unet.get("projection_class_embeddings_input_dim"), unet.get("addition_time_embed_dim"))
    made = text2.get("projection_dim")
    if None in expected or made is None or expected[0] != TIME_IDS * expected[1] + made:
        makes = TIME_IDS * expected[1] + made if None not in (expected[1], made) else "another number"
        raise SDXL.fail(folder, f"the U-Net's added embedding takes {expected[0]} numbers but {TIME_IDS} time ids x "
                        f"{expected[1]} + the pooled text embedding ({made}) make {makes}",
                        "give the SDXL base pipeline (a refiner's 5 time ids are not supported), with the "
                        "text_encoder_2/ of the same model as unet/")


def check_folder(path: str | Path) -> Path:
    """The resolved folder, if it looks like a Stable Diffusion XL pipeline; else one ModelError."""
    folder = Path(path).expanduser().resolve()
    if not folder.is_dir():
        raise SDXL.fail(folder, "no such folder")
    index = read_index(folder)
    if not xl_signs(folder, index) and (folder / "unet").is_dir() and (folder / "text_encoder").is_dir():
        raise SDXL.fail(folder, "this is a Stable Diffusion 1.x/2.x pipeline (one text encoder, no "
                        "text_encoder_2/, a U-Net without the added text_time conditioning)",
                        "load it with sd:PATH, or give " + SDXL_HINT)
    _check_not_refiner(folder, index)
    check_index(folder, index, SDXL, "sdxl:PATH reads Stable Diffusion XL base pipelines")
    check_components(folder, SDXL)
    _check_configs(folder)
    return folder


def _zeros_for_empty_prompt(folder: Path, index: dict) -> bool:
    value = index.get("force_zeros_for_empty_prompt", True)  # the pipeline's default
    if not isinstance(value, bool):
        raise SDXL.fail(folder, f"model_index.json sets force_zeros_for_empty_prompt to {value!r}, not true or false",
                        "write true (the SDXL default) or false there")
    return value


def load_sdxl(path: str | Path, device: str = "cpu") -> StableDiffusionXL:
    """Load a Stable Diffusion XL pipeline folder from local disk (never downloads)."""
    diffusers, transformers = _diffusers(), _transformers()
    folder = check_folder(path)
    zeros = _zeros_for_empty_prompt(folder, read_index(folder))
    where = f"Stable Diffusion XL model {folder}"
    unet, vae, alphas, prediction, name = load_parts(diffusers, folder, where, device)
    text, tokenizer = load_text(transformers, folder, where, device)
    text2, tokenizer2 = load_text(transformers, folder, where, device, "text_encoder_2",
                                  "CLIPTextModelWithProjection", "tokenizer_2")
    return StableDiffusionXL(unet, alphas, prediction, str(folder), name, vae=vae, text_encoder=text,
                             tokenizer=tokenizer, text_encoder_2=text2, tokenizer_2=tokenizer2,
                             zeros_for_empty_prompt=zeros)


# ---------------------------------------------------------------------------------------------
# the adapter


def from_sdxl(model: str | Path | StableDiffusionXL, settings: SDSettings | None = None,
              name: str | None = None, image: np.ndarray | None = None) -> GenerativeModel:
    """The prompt-conditioned h-space directions of one SDXL start point as a :class:`GenerativeModel`
    (the mapping of :func:`.stable_diffusion.from_stable_diffusion`)."""
    s = settings or SDSettings()
    s.validate()
    check_start(s, image)
    sd = model if isinstance(model, StableDiffusionXL) else load_sdxl(model, s.device)
    gm = prompt_directions(sd, s, image, name, SDXL_PREFIX, KIND)
    gm.info["time_ids"] = [int(v) for v in sd.time_ids()[0].tolist()]
    return gm


def load_sdxl_model(spec: str, images: str | Path | None = None) -> GenerativeModel:
    """``load_model`` branch for ``sdxl:PATH[?prompt=...&rank=5&t=0.7&...]``; ``images`` as ``--images``."""
    path, s = parse_spec(spec, SDXL_PREFIX, SDSettings)
    return from_sdxl(path, with_images(cast(SDSettings, s), images))
