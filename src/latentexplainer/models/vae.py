"""beta-VAE and beta-TCVAE in plain torch: the architecture, the losses, training, save/load.

Architecture (the authors'): 4 conv layers of 32 channels (kernel 4, stride 2) + FC 256 ->
mean and log-variance; the decoder mirrors it. Likelihood: Bernoulli (binary cross-entropy
summed over pixels). beta-TCVAE loss: reconstruction + gamma * KL + beta * TC, with TC
estimated by minibatch-weighted sampling (Chen et al. 2018); the authors used gamma = 1,
beta = 2. beta-VAE loss: reconstruction + beta * KL.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from ..atomic import write_atomic
from ..errors import ModelError
from ..structured import read_text

MODEL_KINDS = ("beta-vae", "beta-tcvae")


@dataclass
class VAEConfig:
    """Everything needed to rebuild a VAE; saved as config.json beside the weights."""

    model: str = "beta-tcvae"
    latent_dim: int = 10
    channels: int = 1
    image_size: int = 64
    width: int = 32
    hidden: int = 256
    beta: float = 2.0  # TC weight (beta-TCVAE) or KL weight (beta-VAE)
    gamma: float = 1.0  # KL weight (beta-TCVAE)
    dataset: str = ""
    dataset_size: int = 0

    def validate(self) -> None:
        if self.model not in MODEL_KINDS:
            raise ModelError(f"unknown VAE kind '{self.model}'; choose one of: {', '.join(MODEL_KINDS)}")
        if not 1 <= self.latent_dim <= 512:
            raise ModelError(f"latent_dim must be between 1 and 512, got {self.latent_dim}")
        if self.channels not in (1, 3):
            raise ModelError(f"channels must be 1 or 3, got {self.channels}")
        if self.image_size != 64:
            raise ModelError(f"image_size must be 64 (the architecture's 4 stride-2 layers), got {self.image_size}")


def conv_encoder(c: int, w: int, hidden: int, out: int) -> nn.Sequential:
    """4 conv layers (kernel 4, stride 2) of ``w`` channels + FC ``hidden`` -> ``out`` numbers."""
    return nn.Sequential(
        nn.Conv2d(c, w, 4, 2, 1), nn.ReLU(),
        nn.Conv2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.Conv2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.Conv2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.Flatten(),
        nn.Linear(w * 16, hidden), nn.ReLU(),
        nn.Linear(hidden, out),
    )


def fc_decoder(inp: int, w: int, hidden: int) -> nn.Sequential:
    """The code (``inp`` numbers) -> a ``w`` x 4 x 4 feature map (flattened)."""
    return nn.Sequential(nn.Linear(inp, hidden), nn.ReLU(), nn.Linear(hidden, w * 16), nn.ReLU())


def conv_decoder(w: int, c: int) -> nn.Sequential:
    """The mirror of :func:`conv_encoder`: 4 transposed convs from 4x4 to 64x64, ``c`` channels (logits)."""
    return nn.Sequential(
        nn.ConvTranspose2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.ConvTranspose2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.ConvTranspose2d(w, w, 4, 2, 1), nn.ReLU(),
        nn.ConvTranspose2d(w, c, 4, 2, 1),
    )


class ConvVAE(nn.Module):
    def __init__(self, cfg: VAEConfig) -> None:
        super().__init__()
        cfg.validate()
        self.cfg = cfg
        w, c = cfg.width, cfg.channels
        self.enc = conv_encoder(c, w, cfg.hidden, 2 * cfg.latent_dim)
        self.dec_fc = fc_decoder(cfg.latent_dim, w, cfg.hidden)
        self.dec = conv_decoder(w, c)
        # what the encoder subtracts and divides by: the training images' mean image and spread
        # (set by fit_input before training; a model saved before they existed has 0 and 1)
        self.register_buffer("input_mean", torch.zeros(1, c, cfg.image_size, cfg.image_size))
        self.register_buffer("input_scale", torch.ones(1))

    OPTIONAL_BUFFERS = ("input_mean", "input_scale")

    def fit_input(self, x: torch.Tensor) -> "ConvVAE":
        """Standardise the encoder's input with the training images ``x`` (N, C, H, W): their
        mean image and their spread about it. Where the images differ little (a small thing on
        a large still scene) the raw differences are too faint for a fresh encoder to pass on,
        and the model collapses to the mean image in its first epoch (no latent used)."""
        with torch.no_grad():
            mean = x.mean(0, keepdim=True, dtype=torch.float64)
            square = sum(float(((x[i:i + 1024] - mean) ** 2).sum()) for i in range(0, len(x), 1024))
            self.input_mean.copy_(mean.float())
            self.input_scale.fill_(max((square / max(x.numel() - 1, 1)) ** 0.5, 1e-3))
        return self

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.enc((x - self.input_mean) / self.input_scale)
        mu, logvar = h.chunk(2, dim=1)
        return mu, logvar.clamp(-12, 8)

    def decode_logits(self, z: torch.Tensor) -> torch.Tensor:
        h = self.dec_fc(z).view(-1, self.cfg.width, 4, 4)
        return self.dec(h)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        mu, logvar = self.encode(x)
        z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
        return self.decode_logits(z), mu, logvar, z


def _log_normal(z: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return -0.5 * (math.log(2 * math.pi) + logvar + (z - mu) ** 2 * (-logvar).exp())


def total_correlation(z: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, n_data: int) -> torch.Tensor:
    """Minibatch-weighted-sampling estimate of TC = KL(q(z) || prod_j q(z_j)) (Chen et al.)."""
    b = z.shape[0]
    mat = _log_normal(z.unsqueeze(1), mu.unsqueeze(0), logvar.unsqueeze(0))  # (B, B, D)
    norm = math.log(b * n_data)
    log_qz = torch.logsumexp(mat.sum(2), dim=1) - norm
    log_prod = (torch.logsumexp(mat, dim=1) - norm).sum(1)
    return (log_qz - log_prod).mean()


def vae_loss(model: ConvVAE, x: torch.Tensor, n_data: int, warm: float = 1.0) -> dict[str, torch.Tensor]:
    """The training loss; ``warm`` in [0, 1] scales the KL and TC terms (a warm-up against
    early posterior collapse on images whose object covers few pixels)."""
    logits, mu, logvar, z = model(x)
    rec = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
    kl = (0.5 * (mu ** 2 + logvar.exp() - 1 - logvar)).sum(1).mean()
    cfg = model.cfg
    if cfg.model == "beta-vae":
        tc = torch.zeros((), device=x.device)
        loss = rec + warm * cfg.beta * kl
    else:
        tc = total_correlation(z, mu, logvar, n_data)
        loss = rec + warm * (cfg.gamma * kl + cfg.beta * tc)
    return {"loss": loss, "rec": rec, "kl": kl, "tc": tc}


def kl_per_latent(mu: np.ndarray, logvar: np.ndarray) -> np.ndarray:
    """Mean KL to the prior of each latent, in nats: dead latents have ~0."""
    return (0.5 * (mu ** 2 + np.exp(logvar) - 1 - logvar)).mean(0)


INFORMATIVE_KL = 0.05  # nats: a latent below it is at the prior (the benchmark's KL gate alike)


def informative_latents(model: ConvVAE, x: np.ndarray, gate: float = INFORMATIVE_KL, limit: int = 2000
                        ) -> tuple[int, int]:
    """How many of the model's latents carry information about the images ``x`` ((N, C, H, W)
    in [0, 1]): mean KL to the prior above ``gate`` nats, over at most ``limit`` images; and
    how many latents it has."""
    with torch.no_grad():
        mu, logvar = model.encode(torch.from_numpy(np.ascontiguousarray(x[:limit], dtype=np.float32)))
    kl = kl_per_latent(mu.numpy(), logvar.numpy())
    return int((kl > gate).sum()), len(kl)


def save_module(model: nn.Module, out: Path, header: dict) -> None:
    """Weights (safetensors, atomically) and config.json for any of our torch models."""
    from safetensors.torch import save

    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    write_atomic(out / "model.safetensors", save(state), tmp="model.safetensors.tmp")
    write_atomic(out / "config.json", json.dumps(header, indent=2), tmp="config.json.tmp")


def load_weights(model: nn.Module, folder: Path) -> nn.Module:
    """Fill ``model`` from folder/model.safetensors, with errors that say what to do."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    w_path = folder / "model.safetensors"
    try:
        state = load_file(str(w_path))
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise ModelError(f"{w_path} is corrupt or truncated ({exc}); re-train or copy it again") from None
    for key in getattr(model, "OPTIONAL_BUFFERS", ()):  # saved before the model had it: its neutral value
        state.setdefault(key, getattr(model, key))
    try:
        model.load_state_dict(state)
    except RuntimeError as exc:
        first = str(exc).splitlines()[0]
        raise ModelError(f"{w_path} does not match {folder / 'config.json'} ({first}); were they saved together?"
                         ) from None
    model.eval()
    return model


def save_vae(model: ConvVAE, out: Path, extra: dict | None = None) -> None:
    save_module(model, out, {"format": "latentexplainer-vae", "version": 1, **asdict(model.cfg), **(extra or {})})


def load_vae(folder: Path) -> ConvVAE:
    """Load a VAE folder written by `latentexplainer train` (config.json + model.safetensors)."""
    cfg_path, w_path = folder / "config.json", folder / "model.safetensors"
    if not cfg_path.exists() or not w_path.exists():
        raise ModelError(
            f"{folder} is not a model folder: it needs config.json and model.safetensors, "
            "as written by `latentexplainer train`"
        )
    try:
        raw = json.loads(read_text(cfg_path, "model config", 16 * 1024 * 1024))
    except (ValueError, RecursionError) as exc:
        raise ModelError(f"{cfg_path} is not valid JSON ({str(exc)[:120]}); re-create it with `latentexplainer train`"
                         ) from None
    if not isinstance(raw, dict) or raw.get("format") != "latentexplainer-vae":
        raise ModelError(f"{cfg_path} is not a latentexplainer VAE config (no \"format\": \"latentexplainer-vae\")")
    known = VAEConfig.__dataclass_fields__
    try:
        cfg = VAEConfig(**{k: v for k, v in raw.items() if k in known})
        model = ConvVAE(cfg)
    except (TypeError, ValueError) as exc:
        raise ModelError(f"{cfg_path} has invalid values ({exc})") from None
    return load_weights(model, folder)
