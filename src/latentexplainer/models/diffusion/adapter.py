"""The adapter: the h-space directions of one start point as the latents of a
:class:`GenerativeModel`, and the ``diffusers:PATH?opts`` spec that names them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, TypeVar
from urllib.parse import quote, unquote

import numpy as np

from ...errors import ConfigError
from ...hub import Resolved, resolve
from ..base import GenerativeModel
from .hspace import pullback_directions
from .load import Diffusion, load_diffusion
from .sampling import ddim_decode, ddim_invert, start_point, walk
from .start import image_files, read_image

SPEC_PREFIX = "diffusers:"
# what a download of a diffusers repository skips: other frameworks' weights and single-file checkpoints
HUB_IGNORE = ("*.ckpt", "*.onnx", "*.onnx_data", "*.msgpack", "*.h5", "*.tflite", "*.ot", "*.pb", "*.mlmodel",
              "*.mlpackage/*")


@dataclass
class DirectionSettings:
    """How directions are found and walked. ``t`` is the edit timestep as a fraction of the
    training steps (1.0 = the last); ``steps_per_unit`` walk steps per unit of a code.
    ``images`` (a folder of PNG/JPG, or one file): start from the DDIM inversion of its image
    number ``image`` (sorted by file name) instead of seeded noise. ``starts``: base code k of a
    run starts from the seeded noise of seed + (k mod starts), its own start image (1: every base
    code from ``seed``'s); the directions are those found at ``seed``'s start point."""

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
    directions: str = ""  # a file of K x C x H x W directions of x_t to walk instead of the pullback's
    starts: int = 1

    def validate(self) -> None:
        if self.rank < 1 or self.iters < 1 or self.decode_steps < 1:
            raise ConfigError(f"rank, iters and decode_steps must be positive, got {self.rank}, {self.iters}, "
                              f"{self.decode_steps}")
        if self.steps_per_unit <= 0 or self.gamma <= 0 or self.eta <= 0:
            raise ConfigError("steps_per_unit, gamma and eta must be positive")
        if self.starts < 1:
            raise ConfigError(f"starts={self.starts}: give 1 or more distinct start points")
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


def resolve_spec(spec: str, prefix: str = SPEC_PREFIX, what: str = "diffusion model",
                 allow_download: bool = False) -> tuple[str, Resolved | None]:
    """``PREFIX:PATH?opts`` with a Hub id ``ORG/NAME[@REVISION]`` as PATH -> the same spec naming
    its snapshot folder in the local Hugging Face cache (downloaded only when allowed, see
    :func:`latentexplainer.hub.resolve`), and where it came from; a folder is left as it is
    (None when there is no PATH: :func:`parse_spec` says so)."""
    body = spec.removeprefix(prefix)
    path, q, query = body.partition("?")
    if not path:
        return spec, None
    where = resolve(path, what=what, allow_download=allow_download, ignore=HUB_IGNORE)
    if not where.is_hub:
        return spec, where
    return prefix + str(where.folder) + q + query, where


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
    if s.starts > 1 and (image is not None or s.images):
        raise ConfigError(f"starts={s.starts} draws start points from seeded noise; with a start image (--images) "
                          "give starts=1")
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
    given = _given_directions(diff, s) if s.directions else None
    if given is None:
        V, S, used = pullback_directions(diff.unet, x_t, t, s.rank, s.iters, s.tol, s.seed, cond=edit)
    else:
        import torch

        V = torch.from_numpy(given.vectors).to(device=x_t.device, dtype=x_t.dtype)
        S, used = given.norms, 0
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
    if given is not None:  # the user's directions: their norms stand where singular values were
        info["directions"] = [{"latent": k, "direction": k, "norm": float(S[k]), "name": given.name(k)}
                              for k in range(rank)]
        info["directions_file"] = given.identity
        info["singular_values"] = []  # none: not found here
        info["latent_names"] = {str(k): given.name(k) for k in range(rank)}
        info["kind"] = info["kind"].replace("h-space directions", "directions from a file")
    label = name or f"{Path(folder).name}-hspace-{_start_label(s, start)}"
    model = GenerativeModel(label, rank, _walk_decoder(diff, s, x_t, t, V, edit, source), None, info,
                            batch_size=batch_size)
    if s.starts > 1 and start["start_image"] is None:  # base code k: the same directions from its own start
        info.update(starts=s.starts, start_seeds=[s.seed + i for i in range(s.starts)])
        others: dict[int, GenerativeModel] = {0: model}

        def for_sample(k: int) -> GenerativeModel:
            i = k % s.starts
            if i not in others:
                x_i = start_point(diff, s.seed + i, t, s.decode_steps, source)
                others[i] = GenerativeModel(f"{label}-start{i}", rank, _walk_decoder(diff, s, x_i, t, V, edit, source),
                                            None, info, batch_size=batch_size)
            return others[i]

        model.for_sample = for_sample
    return model


def _given_directions(diff: Diffusion, s: DirectionSettings) -> Any:
    """The directions of ``s.directions`` (K x C x H x W, the shape of x_t), unit length."""
    from ..directions import read_directions

    shape = tuple(diff.sample_shape)
    return read_directions(s.directions, int(np.prod(shape)), shape)


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
    (or ``settings.images``) the DDIM inversion of that image to the edit timestep. With
    ``settings.starts`` > 1 a run's base code k walks the same directions from the seeded noise
    of seed + (k mod starts) (GenerativeModel.for_sample), so its samples show them on different
    images.
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
