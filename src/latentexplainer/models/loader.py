"""Turn a model spec into a :class:`GenerativeModel`.

Specs: a folder written by `latentexplainer train`; ``package.module:function`` for a
user's own model (the function takes no arguments and returns ``(decode, latent_dim)`` or an
object with ``decode`` and ``latent_dim``); ``diffusers:PATH`` (a DDPM) or ``sd:PATH`` (Stable
Diffusion), whose latents are h-space directions; a run directory (the model it explained).
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import ConfigError, ModelError
from ..registry import Registry
from ..structured import read_text
from .base import CONTRACT, GenerativeModel

_CALLABLE = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
# model kinds named by a spec prefix (PREFIX:REST); plugins add theirs in the group latentexplainer.models,
# each a function (spec, images) -> GenerativeModel
MODELS: Registry[Callable[[str, Any], GenerativeModel]] = Registry("models", "model kind", ModelError)


def from_vae(vae: Any, name: str, info: dict | None = None) -> GenerativeModel:
    import torch

    vae.eval()

    def decode(z: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            return torch.sigmoid(vae.decode_logits(torch.from_numpy(z))).numpy()

    def encode(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with torch.no_grad():
            mu, lv = vae.encode(torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)))
            return mu.numpy(), lv.numpy()

    return GenerativeModel(name, vae.cfg.latent_dim, decode, encode, info or {})


def from_callable(spec: str) -> GenerativeModel:
    mod_name, _, fn_name = spec.partition(":")
    try:
        module = importlib.import_module(mod_name)
    except ImportError as exc:
        raise ModelError(f"cannot import module '{mod_name}' for --model {spec} ({exc}); "
                         "is it installed or on PYTHONPATH?") from None
    fn = getattr(module, fn_name, None)
    if not callable(fn):
        raise ModelError(f"'{fn_name}' in module '{mod_name}' is not a function; --model {spec} must name "
                         "a function that returns (decode, latent_dim)")
    try:
        got = fn()
    except Exception as exc:  # the user's factory can raise anything
        raise ModelError(f"{spec}() raised {type(exc).__name__}: {exc}") from None
    if isinstance(got, tuple) and len(got) == 2:
        decode, dim = got
    elif hasattr(got, "decode") and hasattr(got, "latent_dim"):
        decode, dim = got.decode, got.latent_dim
    else:
        raise ModelError(f"{spec}() returned {type(got).__name__}; it must return (decode, latent_dim) "
                         f"or an object with .decode and .latent_dim, where {CONTRACT}")
    if not callable(decode):
        raise ModelError(f"{spec}(): decode is not callable; {CONTRACT}")
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
        raise ModelError(f"{spec}(): latent_dim must be a positive integer, got {dim!r}")
    encode = getattr(got, "encode", None)
    return GenerativeModel(spec, int(dim), decode, encode, {"kind": "callable", "spec": spec})


def _from_run_dir(run: Path, images: str | Path | None = None, trust_run: bool = False) -> GenerativeModel:
    """A run directory stands for the model it explained (its config.json says which). A run
    directory is data from someone else: the model it names is loaded only when it is one we
    load as data (a model folder, a diffusion or Stable Diffusion spec); code it names
    (``module:function``) is imported only with ``trust_run``."""
    from ..errors import RunDirError
    from ..run import files as run_files

    try:  # never through a link, never more than 16 MB
        raw = json.loads(run_files.read_text(run, "config.json", 16 * 1024 * 1024))
    except (RunDirError, ValueError, RecursionError):
        raw = {}
    info = raw.get("model_info") if isinstance(raw, dict) else None
    target = (info.get("folder") or info.get("spec")) if isinstance(info, dict) else None
    if not isinstance(target, str) or not target.strip():
        raise ModelError(f"{run} is a run directory whose config.json does not say which model it explained; "
                         "pass the model folder or package.module:function instead")
    path = Path(target).expanduser()
    if not _prefixed(target) and path.is_dir() and (path / "explanations.jsonl").exists():
        raise ModelError(f"{run} names another run directory ({target}) as its model; pass the model itself "
                         "with --model")
    if _CALLABLE.match(target) and not trust_run:
        raise ModelError(f"{run} names code as its model ({target}); code named in a run directory is not run. "
                         f"If you trust it, pass --model {target} yourself, or add --trust-run")
    return load_model(target, images)


@MODELS.register("sd")
def _load_sd(text: str, images: str | Path | None) -> GenerativeModel:
    """Stable Diffusion (sd:PATH?prompt=...): prompt-conditioned h-space directions."""
    from .stable_diffusion import load_sd_model

    return load_sd_model(text, images)


@MODELS.register("diffusers")
def _load_diffusion(text: str, images: str | Path | None) -> GenerativeModel:
    """A diffusion model: its h-space directions at one start point are the latents."""
    from .diffusion import load_diffusion_model

    return load_diffusion_model(text, images)


def _prefixed(text: str) -> bool:
    """Whether a spec names a registered model kind by prefix (diffusers:PATH, sd:PATH, a plugin's);
    package.module:function never does (a dotted name is no kind)."""
    name, arg = Registry.parse(text)
    return bool(arg) and "." not in name and name in MODELS


def _config_of(cfg_path: Path) -> dict:
    """config.json as a dict, or {} (load_vae then says what is wrong with the folder)."""
    try:
        raw = json.loads(read_text(cfg_path, "model config", 16 * 1024 * 1024))
    except (ConfigError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_model(spec: str | Path, images: str | Path | None = None, trust_run: bool = False) -> GenerativeModel:
    """Load a model from a training folder, a ``package.module:function`` spec, a diffusion
    model (``diffusers:PATH``, ``sd:PATH``), or a run directory (the model that run explained).

    ``images`` (a folder of PNG/JPG, or one file; diffusion models only): start from the DDIM
    inversion of those images instead of seeded noise. ``trust_run``: a run directory may name
    code (``module:function``) as its model and have it imported; without it, it may not.
    """
    text = str(spec)
    if _prefixed(text):
        return MODELS.get(Registry.parse(text)[0])(text, images)
    path = Path(text).expanduser()
    if path.is_dir() and (path / "explanations.jsonl").exists():
        return _from_run_dir(path, images, trust_run)
    if images is not None:
        raise ConfigError(f"--images is for diffusion models (diffusers:PATH or sd:PATH), whose start points are "
                          f"inverted images; --model {text} is not one: drop --images (a VAE's base codes come "
                          "from its prior, or from --base-codes encoded --dataset DATA)")
    if path.is_dir():
        from .vae import load_vae

        cfg_path = path / "config.json"
        raw = _config_of(cfg_path)
        meta = {"kind": raw.get("model"), "folder": str(path.resolve()), "dataset": raw.get("dataset"),
                "command": raw.get("command", "")}
        if raw.get("format") == "latentexplainer-csvae":
            from .csvae import FORMAT, from_csvae, load_csvae

            if not (path / "model.safetensors").exists():
                raise ModelError(f"{path} has a {FORMAT} config.json but no model.safetensors; train it again")
            return from_csvae(load_csvae(path, raw), path.name, meta)
        return from_vae(load_vae(path), path.name, meta)
    if _CALLABLE.match(text):
        return from_callable(text)
    if path.exists():
        raise ModelError(f"--model {text} is a file; give the folder that holds config.json and model.safetensors")
    raise ModelError(
        f"--model {text}: no such folder; give a folder written by `latentexplainer train` "
        "or package.module:function for your own model"
    )
