"""The model protocol every stage uses: a decoder from latent codes to images.

Any generative model is wrapped in a :class:`GenerativeModel`; the wrapper checks the
decoder's contract on every call (shape, dtype, finite values), so a broken user model
fails with one clear line instead of poisoning the run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import ModelError

MAX_SIDE = 1024  # pixels: larger frames would make strips and requests unreasonably big
BATCH_VALUES = 32 * 1024 * 1024  # float32 values one decode batch may hold (128 MB): 10 images of 3x1024x1024
CONTRACT = (
    "the decoder must map an array of shape (N, latent_dim) to images of shape (N, C, H, W) "
    "with C = 1 or 3 and values in [0, 1], as a numpy array or torch tensor"
)


def to_numpy(x: Any) -> np.ndarray:
    """A torch tensor or array-like as a float32 numpy array, without importing torch."""
    if hasattr(x, "detach"):
        x = x.detach().cpu().numpy()
    return np.asarray(x, dtype=np.float32)


@dataclass
class GenerativeModel:
    """A decoder ``z -> images`` with its latent size, plus what else the model offers.

    ``encode`` (images (N, C, H, W) in [0, 1] -> (mu, logvar)) is optional: VAEs have it and
    it enables encoded base codes and the encoder-side ground truth.

    ``info`` is the model's provenance (folder, spec, training settings: written to the run's
    config) and the few capabilities the stages read, each through a typed property here
    (:attr:`kind`, :attr:`condition`, :attr:`condition_latents`, :attr:`condition_factor`,
    :meth:`latent_name`) that checks what it finds: a model of any origin is read one way.
    """

    name: str
    latent_dim: int
    decoder: Callable[[np.ndarray], Any]
    encoder: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None
    info: dict[str, Any] = field(default_factory=dict)
    batch_size: int = 256
    # optional: the decoder as a torch function (a float tensor (N, latent_dim) -> images (N, C, H, W)
    # in [0, 1]) that autograd can differentiate; Jacobian directions use it (else finite differences)
    torch_decode: Callable[[Any], Any] | None = field(default=None, repr=False, compare=False)
    # optional: the model that decodes base code k's sequences (a diffusion model's k-th start point:
    # models/diffusion/adapter.py); None: this one for every base code
    for_sample: Callable[[int], "GenerativeModel"] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.latent_dim, (int, np.integer)) or int(self.latent_dim) < 1:
            raise ModelError(f"model '{self.name}': latent_dim must be a positive integer, got {self.latent_dim!r}")
        self.latent_dim = int(self.latent_dim)

    def decode(self, z: np.ndarray) -> np.ndarray:
        """Decode (N, latent_dim) codes to (N, C, H, W) float32 images in [0, 1], in batches."""
        z = np.asarray(z, dtype=np.float32)
        if z.ndim != 2 or z.shape[1] != self.latent_dim:
            raise ModelError(f"model '{self.name}': codes must have shape (N, {self.latent_dim}), got {z.shape}")
        out, i = [], 0
        while i < len(z):  # the first batch is one image: it tells how many fit in BATCH_VALUES
            step = 1 if not out else max(1, min(self.batch_size, BATCH_VALUES // out[0][0].size))
            out.append(self._decode_batch(z[i: i + step]))
            i += step
        return np.concatenate(out) if out else np.zeros((0, 1, 1, 1), np.float32)

    def batch_for(self, values_per_item: int, budget: int = BATCH_VALUES) -> int:
        """How many items of ``values_per_item`` float32 values fit in ``budget`` (at least 1)."""
        return max(1, budget // max(1, values_per_item))

    def _decode_batch(self, z: np.ndarray) -> np.ndarray:
        try:
            raw = self.decoder(z)
        except ModelError:
            raise
        except Exception as exc:  # a user's decoder can raise anything: report it, with the contract
            raise ModelError(f"model '{self.name}': the decoder raised {type(exc).__name__}: {exc}; {CONTRACT}") from None
        try:
            imgs = to_numpy(raw)
        except (TypeError, ValueError, OverflowError) as exc:  # a generator, strings, ragged lists
            raise ModelError(f"model '{self.name}': the decoder returned {type(raw).__name__}, which is not an "
                             f"array of numbers ({str(exc)[:80]}); {CONTRACT}") from None
        if imgs.ndim != 4 or imgs.shape[0] != len(z) or imgs.shape[1] not in (1, 3):
            raise ModelError(
                f"model '{self.name}': the decoder returned shape {tuple(imgs.shape)} for {len(z)} codes; {CONTRACT}"
            )
        if max(imgs.shape[2:]) > MAX_SIDE:
            raise ModelError(
                f"model '{self.name}': the decoder returned {imgs.shape[2]}x{imgs.shape[3]} px images, larger than "
                f"the {MAX_SIDE} px allowed; downsample them in your decode function"
            )
        if not np.isfinite(imgs).all():
            raise ModelError(f"model '{self.name}': the decoder returned NaN or infinite values; {CONTRACT}")
        lo, hi = float(imgs.min()), float(imgs.max())
        if lo < -1e-3 or hi > 1 + 1e-3:
            raise ModelError(
                f"model '{self.name}': the decoder returned values in [{lo:.3g}, {hi:.3g}]; {CONTRACT}"
            )
        return np.clip(imgs, 0.0, 1.0)

    def encode(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self.encoder is None:
            raise ModelError(f"model '{self.name}' has no encoder; use prior base codes (--base-codes prior)")
        mus, lvs = [], []
        for i in range(0, len(images), self.batch_size):
            mu, lv = self.encoder(images[i: i + self.batch_size])
            mus.append(to_numpy(mu))
            lvs.append(to_numpy(lv))
        return np.concatenate(mus), np.concatenate(lvs)

    @property
    def can_encode(self) -> bool:
        return self.encoder is not None

    # -- capabilities, read from info --------------------------------------------------
    @property
    def kind(self) -> str:
        """What the model is, in the prompt's words ("beta-TCVAE", "diffusion model", ...)."""
        return str(self.info.get("kind") or "generative model")

    @property
    def condition(self) -> str:
        """The condition the model's conditional latents stand for, in words ('' for none)."""
        return str(self.info.get("condition") or "")

    @property
    def condition_latents(self) -> tuple[int, ...]:
        """The latents the conditional bias explains (a CSVAE's w, an edit prompt's directions)."""
        raw = self.info.get("condition_latents") or ()
        try:
            out = tuple(int(i) for i in raw)
        except (TypeError, ValueError):
            raise ModelError(f"model '{self.name}': info['condition_latents'] must be latent indices, "
                             f"got {raw!r}") from None
        bad = [i for i in out if not 0 <= i < self.latent_dim]
        if bad:
            raise ModelError(f"model '{self.name}': condition latent {bad[0]} is out of range 0..{self.latent_dim - 1}")
        return out

    @property
    def condition_factor(self) -> str | None:
        """The labelled factor the condition is (a CSVAE trained on it), for the bias benchmark."""
        factor = self.info.get("condition_factor")
        return str(factor) if factor else None

    def direction_symbol(self, i: int) -> str:
        """``d_i`` when latent i is a direction of the latent space (models/directions.py), else ''."""
        d = self.info.get("directions")
        count = d.get("count") if isinstance(d, dict) else None
        return f"d_{i}" if isinstance(count, int) and 0 <= i < count else ""

    def latent_name(self, i: int) -> str:
        """Latent i's name: the model's own (info['latent_names'], e.g. a CSVAE's w[attribute]), else zi."""
        names = self.info.get("latent_names")
        name = names.get(str(i)) if isinstance(names, dict) else None
        return str(name) if name else f"z{i}"


def model_identity(model: GenerativeModel) -> dict[str, Any]:
    """What makes a model this model, for ``--resume`` to check it explains the same one: a
    trained folder's resolved path and the SHA-256 of its weights; a diffusion model's folder,
    spec and leading singular values (they come from its weights), for one from the Hugging Face
    Hub its id and commit instead of the snapshot folder; code's ``module:function``;
    else its name. A model explained along directions (models/directions.py) adds which ones."""
    ident = _identity(model)
    directions = (model.info or {}).get("directions")
    if isinstance(directions, dict) and directions.get("identity"):
        ident["directions"] = directions["identity"]
    return ident


def _identity(model: GenerativeModel) -> dict[str, Any]:
    info = model.info or {}
    folder = info.get("folder")
    if folder:
        weights = Path(folder) / "model.safetensors"
        digest = hashlib.sha256()
        try:
            with open(weights, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return {"folder": str(folder), "weights_sha256": None}
        return {"folder": str(folder), "weights_sha256": digest.hexdigest()}
    if info.get("diffusion_folder"):
        where = {"hub_id": str(info["hub_id"]), "hub_commit": info.get("hub_commit")} if info.get("hub_id") \
            else {"diffusion_folder": str(info["diffusion_folder"])}  # a Hub model: the same files wherever the cache is
        given = {"directions_file": info["directions_file"]} if info.get("directions_file") else {}
        return {**where, "spec": info.get("spec"),
                "singular_values": [float(f"{v:.4g}") for v in info.get("singular_values", [])[:4]], **given}
    if info.get("spec"):
        return {"spec": str(info["spec"])}
    return {"name": model.name}
