"""CSVAE (Klys et al. 2018): a latent z from x, a subspace w from (x, y) with prior p(w | y).

The conditional bias manipulates w: ``delta_w`` = mean w over images with the attribute
minus mean w over images without; frames decode ``G(z, w0 + alpha * delta_w)`` for
alpha = 0..4, where w0 is the mean w of the images without the attribute.

Architecture: the project's conv encoder (4 conv layers of 32 channels + FC 256) for z; the
same for w with y given as an extra constant image channel; the decoder mirrors it from
``[z, w]``. Prior p(w | y=1) = N(3, 1), p(w | y=0) = N(0, 0.1^2) per dimension (far apart,
as in the CSVAE paper). Loss: 10000 * MSE + 0.1 * KL_z + ``kl_w_weight`` * KL_w, plus an
adversary q(y | z) whose entropy the encoder maximises (CSVAE's term that keeps the label
out of z; ``adversary`` weight, 0 turns it off).

The authors' KL_w weight is 0.001. With the MSE averaged over pixels that leaves w free to
ignore the label: measured on scenes (large-object, 10,000 images, 2 epochs) |delta_w| was
0.04 and sweeping alpha changed nothing visible. With weight 1 (our default) w follows
p(w | y), delta_w is about 3 per dimension and the sweep grows the object from 0.02 to 0.16
of the image (5,000 images, 4 epochs). ``--kl-w-weight 0.001`` gives the authors' loss.

As a :class:`GenerativeModel` (see :func:`from_csvae`) the code is ``[z_1..z_d, alpha]``:
the last coordinate is the condition's strength, named ``w[ATTRIBUTE]``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from ..errors import ModelError
from .vae import conv_decoder, conv_encoder, fc_decoder, load_weights, save_module

FORMAT = "latentexplainer-csvae"


@dataclass
class CSVAEConfig:
    model: str = "csvae"
    latent_dim: int = 10  # z
    w_dim: int = 2
    channels: int = 3
    image_size: int = 64
    width: int = 32
    hidden: int = 256
    attribute: str = ""
    attribute_factor: str = ""
    rec_weight: float = 10000.0
    kl_z_weight: float = 0.1
    kl_w_weight: float = 1.0  # the authors' 0.001 lets w ignore y (module docstring)
    adversary: float = 1000.0
    prior_mu: float = 3.0  # mean of p(w | y=1); p(w | y=0) has mean 0
    prior_sd0: float = 0.1
    dataset: str = ""
    dataset_size: int = 0
    # filled after training: the conditional direction
    w0: list[float] = field(default_factory=list)
    delta_w: list[float] = field(default_factory=list)

    def validate(self) -> None:
        if not 1 <= self.latent_dim <= 512:
            raise ModelError(f"latent_dim must be between 1 and 512, got {self.latent_dim}")
        if not 1 <= self.w_dim <= 16:
            raise ModelError(f"w_dim must be between 1 and 16, got {self.w_dim}")
        if self.channels not in (1, 3):
            raise ModelError(f"channels must be 1 or 3, got {self.channels}")
        if self.image_size != 64:
            raise ModelError(f"image_size must be 64 (the architecture's 4 stride-2 layers), got {self.image_size}")
        if not 0 <= self.kl_w_weight <= 1e4 or not 0 <= self.adversary <= 1e6:
            raise ModelError(f"--kl-w-weight must be in [0, 10000] and the adversary weight in [0, 1e6], got "
                             f"{self.kl_w_weight} and {self.adversary}")


class CSVAE(nn.Module):
    def __init__(self, cfg: CSVAEConfig) -> None:
        super().__init__()
        cfg.validate()
        self.cfg = cfg
        w, c = cfg.width, cfg.channels
        self.enc_z = conv_encoder(c, w, cfg.hidden, 2 * cfg.latent_dim)
        self.enc_w = conv_encoder(c + 1, w, cfg.hidden, 2 * cfg.w_dim)  # y as an extra constant channel
        self.dec_fc = fc_decoder(cfg.latent_dim + cfg.w_dim, w, cfg.hidden)
        self.dec = conv_decoder(w, c)
        self.adv = nn.Sequential(nn.Linear(cfg.latent_dim, 64), nn.ReLU(), nn.Linear(64, 1))

    def main_parameters(self) -> list[nn.Parameter]:
        """Everything but the adversary (which has its own optimiser and the opposite goal)."""
        return [p for name, p in self.named_parameters() if not name.startswith("adv.")]

    def encode_z(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mu, lv = self.enc_z(x).chunk(2, dim=1)
        return mu, lv.clamp(-12, 8)

    def encode_w(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        plane = y.float().view(-1, 1, 1, 1).expand(-1, 1, x.shape[2], x.shape[3])
        mu, lv = self.enc_w(torch.cat([x, plane], 1)).chunk(2, dim=1)
        return mu, lv.clamp(-12, 8)

    def decode(self, z: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        h = self.dec_fc(torch.cat([z, w], 1)).view(-1, self.cfg.width, 4, 4)
        return torch.sigmoid(self.dec(h))

    def prior_w(self, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        yf = y.float().view(-1, 1).expand(-1, self.cfg.w_dim)
        mu = yf * self.cfg.prior_mu
        lv = torch.where(yf > 0.5, torch.zeros_like(yf), torch.full_like(yf, 2 * math.log(self.cfg.prior_sd0)))
        return mu, lv


def _kl(mu: torch.Tensor, lv: torch.Tensor, pmu: torch.Tensor | float = 0.0, plv: torch.Tensor | float = 0.0
        ) -> torch.Tensor:
    pmu_t = torch.as_tensor(pmu, dtype=mu.dtype)
    plv_t = torch.as_tensor(plv, dtype=mu.dtype)
    return (0.5 * (plv_t - lv + (lv.exp() + (mu - pmu_t) ** 2) / plv_t.exp() - 1)).sum(1).mean()


def csvae_loss(model: CSVAE, x: torch.Tensor, y: torch.Tensor, warm: float = 1.0) -> dict[str, torch.Tensor]:
    """The encoder/decoder loss, and the adversary's own loss (trained on detached z)."""
    cfg = model.cfg
    mu_z, lv_z = model.encode_z(x)
    mu_w, lv_w = model.encode_w(x, y)
    z = mu_z + torch.randn_like(mu_z) * (0.5 * lv_z).exp()
    w = mu_w + torch.randn_like(mu_w) * (0.5 * lv_w).exp()
    rec = F.mse_loss(model.decode(z, w), x)
    kl_z = _kl(mu_z, lv_z)
    pmu, plv = model.prior_w(y)
    kl_w = _kl(mu_w, lv_w, pmu, plv)
    p = torch.sigmoid(model.adv(z))
    entropy = -(p * (p + 1e-8).log() + (1 - p) * (1 - p + 1e-8).log()).mean()
    loss = cfg.rec_weight * rec + warm * (cfg.kl_z_weight * kl_z + cfg.kl_w_weight * kl_w) - cfg.adversary * entropy
    adv_loss = F.binary_cross_entropy_with_logits(model.adv(z.detach()).squeeze(1), y.float())
    return {"loss": loss, "rec": rec, "kl": kl_z, "kl_w": kl_w, "adv": adv_loss}


def conditional_direction(model: CSVAE, x: np.ndarray, y: np.ndarray, batch: int = 512) -> tuple[np.ndarray, np.ndarray]:
    """(w0, delta_w): mean w of the images without the attribute, and the mean with minus it."""
    ws = []
    with torch.no_grad():
        for i in range(0, len(x), batch):
            xb = torch.from_numpy(np.ascontiguousarray(x[i: i + batch], dtype=np.float32))
            ws.append(model.encode_w(xb, torch.from_numpy(y[i: i + batch]))[0].numpy())
    w = np.concatenate(ws)
    w0 = w[~y].mean(0)
    return w0, w[y].mean(0) - w0


def save_csvae(model: CSVAE, out: Path, extra: dict | None = None) -> None:
    save_module(model, out, {"format": FORMAT, "version": 1, **asdict(model.cfg), **(extra or {})})


def load_csvae(folder: Path, raw: dict) -> CSVAE:
    known = CSVAEConfig.__dataclass_fields__
    try:
        model = CSVAE(CSVAEConfig(**{k: v for k, v in raw.items() if k in known}))
    except (TypeError, ValueError) as exc:
        raise ModelError(f"{folder / 'config.json'} has invalid values ({exc})") from None
    return load_weights(model, folder)


def from_csvae(model: CSVAE, name: str, info: dict | None = None):
    """The CSVAE as a GenerativeModel over ``[z, alpha]``: alpha moves w along delta_w from w0."""
    from .base import GenerativeModel

    cfg = model.cfg
    if len(cfg.delta_w) != cfg.w_dim or len(cfg.w0) != cfg.w_dim:
        raise ModelError(f"CSVAE '{name}' has no conditional direction in its config.json (w0, delta_w); "
                         "it was not written by `latentexplainer train --model csvae` to the end: train it again")
    w0 = torch.tensor(cfg.w0, dtype=torch.float32)
    dw = torch.tensor(cfg.delta_w, dtype=torch.float32)
    d = cfg.latent_dim

    def decode(code: np.ndarray) -> np.ndarray:
        c = torch.from_numpy(np.ascontiguousarray(code, dtype=np.float32))
        with torch.no_grad():
            return model.decode(c[:, :d], w0 + c[:, d:d + 1] * dw).numpy()

    def encode(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with torch.no_grad():
            mu, lv = model.encode_z(torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)))
        n = len(mu)
        return (np.concatenate([mu.numpy(), np.zeros((n, 1), np.float32)], 1),
                np.concatenate([lv.numpy(), np.zeros((n, 1), np.float32)], 1))

    meta = {"kind": "csvae", "condition": cfg.attribute, "condition_factor": cfg.attribute_factor,
            "condition_latents": [d], "latent_names": {str(d): f"w[{cfg.attribute}]"}, **(info or {})}
    return GenerativeModel(name, d + 1, decode, encode, meta)
