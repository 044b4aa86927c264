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
``UNet2DConditionModel`` reads as ``encoder_hidden_states`` (batch 1, broadcast to the batch),
or a :class:`Condition` that also carries the U-Net's ``added_cond_kwargs`` (the pooled text
embedding and time ids of Stable Diffusion XL). :mod:`.stable_diffusion` and :mod:`.sdxl` use
it for the prompt-conditioned directions of Stable Diffusion 1.x/2.x and XL.

The package, one idea per module: load (the model folder), hspace (h-space and the pullback),
sampling (the walk and DDIM), start (start images), adapter (directions as latents)."""

from .adapter import (
    DirectionSettings,
    Settings,
    check_start,
    directions_model,
    from_diffusion,
    load_diffusion_model,
    parse_spec,
    resolve_spec,
    start_image_file,
    with_images,
)
from .hspace import HSpace, make_jvp_safe, pullback_directions
from .load import (
    SPEC_PREFIX,
    WEIGHT_FILES,
    Condition,
    Diffusion,
    _diffusers,
    _read_json,
    is_conditional,
    load_diffusion,
    load_pretrained,
    load_schedule,
    weights_variant,
)
from .sampling import FRAME_STEPS, ddim_decode, ddim_invert, ddim_step, start_point, walk
from .start import IMAGE_SUFFIXES, image_files, read_image

__all__ = [
    "Condition",
    "Diffusion",
    "DirectionSettings",
    "FRAME_STEPS",
    "HSpace",
    "IMAGE_SUFFIXES",
    "SPEC_PREFIX",
    "Settings",
    "WEIGHT_FILES",
    "_diffusers",
    "_read_json",
    "check_start",
    "ddim_decode",
    "ddim_invert",
    "ddim_step",
    "directions_model",
    "from_diffusion",
    "image_files",
    "is_conditional",
    "load_diffusion",
    "load_diffusion_model",
    "load_pretrained",
    "load_schedule",
    "make_jvp_safe",
    "parse_spec",
    "pullback_directions",
    "read_image",
    "resolve_spec",
    "start_image_file",
    "start_point",
    "walk",
    "weights_variant",
    "with_images",
]
