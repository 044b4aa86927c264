"""Turn a model spec into a :class:`GenerativeModel`.

Specs: a folder written by `latentexplainer train`; ``package.module:function`` for a
user's own model (the function takes no arguments and returns ``(decode, latent_dim)`` or an
object with ``decode`` and ``latent_dim``); ``diffusers:PATH`` (a DDPM) or ``sd:PATH`` (Stable
Diffusion), whose latents are h-space directions, PATH a folder or a Hub id
``ORG/NAME[@REVISION]`` read from the local Hugging Face cache (:mod:`latentexplainer.hub`);
a run directory (the model it explained).
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
# the built-in kinds whose PATH may also be a Hub id ORG/NAME[@REVISION] (a diffusers repository),
# resolved to its snapshot folder before the kind's factory sees the spec; the name used in messages
HUB_KINDS = {"diffusers": "diffusion model", "sd": "Stable Diffusion model", "sdxl": "Stable Diffusion XL model"}


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

    def torch_decode(z: Any) -> Any:  # differentiable: Jacobian directions (models/directions.py)
        return torch.sigmoid(vae.decode_logits(z))

    return GenerativeModel(name, vae.cfg.latent_dim, decode, encode, info or {}, torch_decode=torch_decode)


def names_code(spec: str) -> bool:
    """Whether a model spec is ``package.module:function`` (code to import), not a path or PREFIX:REST."""
    return bool(_CALLABLE.match(str(spec))) and not _prefixed(str(spec)) and not Path(str(spec)).exists()


def from_callable(spec: str) -> GenerativeModel:
    """A user's model named ``package.module:function``: the function, imported, is called with
    no arguments and returns ``(decode, latent_dim)`` or an object with ``decode`` and ``latent_dim``."""
    mod_name, _, fn_name = spec.partition(":")
    try:
        module = importlib.import_module(mod_name)
    except ImportError as exc:
        raise ModelError(f"cannot import module '{mod_name}' for the model {spec} ({exc}); searched "
                         f"{_import_path()}: install it or put its folder on PYTHONPATH") from None
    fn = getattr(module, fn_name, None)
    if not callable(fn):
        raise ModelError(f"'{fn_name}' in module '{mod_name}' is not a function; the model {spec} must name "
                         "a function that returns (decode, latent_dim)")
    return _from_factory(fn, spec, {"kind": "callable", "spec": spec})


def _import_path() -> str:
    """Where an import looked, in words: the current folder is named when it is on sys.path (the
    command line puts it there for module:function, as uvicorn does; Python's own '' means it too)."""
    import os
    import sys

    cwd = os.getcwd()
    here = "" in sys.path or cwd in sys.path or "." in sys.path
    return "the installed packages, PYTHONPATH" + (f" and the current folder ({cwd})" if here else "")


def _from_factory(fn: Callable[[], Any], spec: str, info: dict) -> GenerativeModel:
    """Call a model factory (no arguments) and wrap what it returns."""
    try:
        got = fn()
    except Exception as exc:  # the user's factory can raise anything
        raise ModelError(f"{spec}() raised {type(exc).__name__}: {exc}") from None
    return _from_made(got, spec, info)


def _from_made(got: Any, spec: str, info: dict) -> GenerativeModel:
    """``(decode, latent_dim)`` or an object with ``decode`` and ``latent_dim`` (and maybe
    ``encode``) as a :class:`GenerativeModel`; ``spec`` names it in messages and as its name."""
    if isinstance(got, GenerativeModel):
        return got
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
    return GenerativeModel(spec, int(dim), decode, encode, info)


def _function_name(fn: Any) -> tuple[str, str | None]:
    """(its name for messages, ``module:function`` when the function can be imported again by that
    name - then a run directory can name it - else None)."""
    module, qual = getattr(fn, "__module__", None), getattr(fn, "__qualname__", None)
    name = str(qual or getattr(fn, "__name__", None) or type(fn).__name__)
    if module and qual and module != "__main__" and "<" not in qual and "." not in qual:
        return name, f"{module}:{qual}"
    return name, None


def _from_object(obj: Any) -> GenerativeModel:
    """load_model's Python forms: a GenerativeModel (as is), a ``(decode, latent_dim)`` pair, or a
    factory called with no arguments, as a ``module:function`` spec is."""
    import inspect

    if isinstance(obj, GenerativeModel):
        return obj
    if isinstance(obj, tuple):
        if len(obj) != 2 or not callable(obj[0]):
            raise ModelError(f"load_model got a tuple of {len(obj)} item(s); a tuple must be (decode, latent_dim), "
                             f"where {CONTRACT}")
        name, spec = _function_name(obj[0])
        return _from_made(obj, spec or name, {"kind": "decoder"})
    name, spec = _function_name(obj)
    try:
        needs = [p for p in inspect.signature(obj).parameters.values()
                 if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    except (TypeError, ValueError):  # a builtin without a signature: call it and see
        needs = []
    if needs:
        raise ModelError(f"load_model({name}) calls {name}() with no arguments, as a factory that returns "
                         f"(decode, latent_dim), but it takes {', '.join(p.name for p in needs)}; for a decoder "
                         f"itself pass load_model(({name}, latent_dim))")
    info = {"kind": "callable", "spec": spec} if spec else {"kind": "callable"}
    return _from_factory(obj, spec or name, info)


def _from_run_dir(run: Path, images: str | Path | None = None, trust_run: bool = False,
                  allow_download: bool = False) -> GenerativeModel:
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
                         "(--model, or load_model in Python)")
    if _CALLABLE.match(target) and not trust_run:
        raise ModelError(f"{run} names code as its model ({target}); code named in a run directory is not run. "
                         f"If you trust it, pass --model {target} yourself, or add --trust-run "
                         "(trust_run=True in Python)")
    return load_model(target, images, allow_download=allow_download)


@MODELS.register("sd")
def _load_sd(text: str, images: str | Path | None) -> GenerativeModel:
    """Stable Diffusion (sd:PATH?prompt=...): prompt-conditioned h-space directions."""
    from .stable_diffusion import load_sd_model

    return load_sd_model(text, images)


@MODELS.register("sdxl")
def _load_sdxl(text: str, images: str | Path | None) -> GenerativeModel:
    """Stable Diffusion XL (sdxl:PATH?prompt=...): prompt-conditioned h-space directions."""
    from .sdxl import load_sdxl_model

    return load_sdxl_model(text, images)


@MODELS.register("diffusers")
def _load_diffusion(text: str, images: str | Path | None) -> GenerativeModel:
    """A diffusion model: its h-space directions at one start point are the latents."""
    from .diffusion import load_diffusion_model

    return load_diffusion_model(text, images)


def _load_kind(text: str, images: str | Path | None, allow_download: bool) -> GenerativeModel:
    """A spec PREFIX:REST by its kind; for a built-in diffusers kind a Hub id in REST is resolved
    first, and the model records it (hub_id, hub_commit, a spec pinned to the commit)."""
    kind = Registry.parse(text)[0]
    factory = MODELS.get(kind)
    if kind not in HUB_KINDS:
        return factory(text, images)  # a plugin's factory: (spec, images)
    from .diffusion.adapter import resolve_spec

    local, where = resolve_spec(text, f"{kind}:", HUB_KINDS[kind], allow_download)
    model = factory(local, images)
    if where is not None and where.is_hub:
        _record_hub(model, kind, where)
    return model


def _record_hub(model: GenerativeModel, kind: str, where: Any) -> None:
    """A model loaded from a Hub snapshot names the Hub id at its commit, not the snapshot path:
    in its spec (a run directory reloads exactly these files), its name and its info."""
    info = model.info
    folder, spec = info.get("diffusion_folder"), info.get("spec")
    for shown in {str(folder), str(where.folder)}:
        start = f"{kind}:{shown}"
        if isinstance(spec, str) and (spec == start or spec.startswith(start + "?")):
            info["spec"] = f"{kind}:{where.pinned}" + spec[len(start):]
            break
    info.update(where.info())
    if where.commit and model.name.startswith(where.commit):
        model.name = where.repo_id.split("/")[-1] + model.name[len(where.commit):]


def spec_with_directions(spec: str, directions: str | None) -> str | None:
    """A diffusion model's spec that walks the directions of a file (``?directions=FILE``, the
    file's absolute path), when ``spec`` names a built-in diffusion kind and ``directions`` is a
    file (not jacobian:K or pca:K); else None (the directions wrap the loaded model instead)."""
    from urllib.parse import quote

    from .directions import names_method

    if not directions or not _prefixed(spec) or Registry.parse(spec)[0] not in HUB_KINDS:
        return None
    if names_method(directions):  # jacobian:K, pca:K: the diffusion model refuses them, in one line
        return None
    path = Path(directions).expanduser()
    sep = "&" if "?" in spec else "?"
    return f"{spec}{sep}directions={quote(str(path.resolve()), safe='/')}"


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


def load_model(spec: str | Path | GenerativeModel | Callable[[], Any] | tuple[Callable[[Any], Any], int],
               images: str | Path | None = None, trust_run: bool = False,
               allow_download: bool = False) -> GenerativeModel:
    """Load a model from a training folder, a ``package.module:function`` spec, a diffusion
    model (``diffusers:PATH``, ``sd:PATH``; PATH a folder or a Hub id ``ORG/NAME[@REVISION]``),
    or a run directory (the model that run explained). From Python also: a function (called
    with no arguments, as a ``module:function`` spec is), a ``(decode, latent_dim)`` pair, or
    a :class:`GenerativeModel` (returned as it is).

    ``images`` (a folder of PNG/JPG, or one file; diffusion models only): start from the DDIM
    inversion of those images instead of seeded noise. ``trust_run``: a run directory may name
    code (``module:function``) as its model and have it imported; without it, it may not.
    ``allow_download``: a Hub id missing from the local Hugging Face cache is downloaded
    (otherwise only ``HF_HUB_OFFLINE=0`` allows that; see :func:`latentexplainer.hub.resolve`).
    """
    if not isinstance(spec, (str, Path)):
        if images is not None:
            raise ConfigError("images= is for diffusion models (diffusers:PATH, sd:PATH or sdxl:PATH); drop it for "
                              f"a model given as a {type(spec).__name__}")
        return _from_object(spec)
    text = str(spec)
    if _prefixed(text):
        return _load_kind(text, images, allow_download)
    path = Path(text).expanduser()
    if path.is_dir() and (path / "explanations.jsonl").exists():
        return _from_run_dir(path, images, trust_run, allow_download)
    if images is not None:
        raise ConfigError(f"--images is for diffusion models (diffusers:PATH, sd:PATH or sdxl:PATH; images= in "
                          f"Python), whose start points are inverted images; the model {text} is not one: drop it "
                          "(a VAE's base codes come from its prior, or from --base-codes encoded --dataset DATA)")
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
        raise ModelError(f"the model {text} is a file; give the folder that holds config.json and model.safetensors")
    raise ModelError(
        f"the model {text}: no such folder; give a folder written by `latentexplainer train` "
        "or package.module:function for your own model (from Python also a function, (decode, latent_dim) "
        "or a GenerativeModel)"
    )
