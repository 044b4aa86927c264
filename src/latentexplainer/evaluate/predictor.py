"""A factor predictor trained on the labelled images: the decoder-side judge of what a
traversal shows. It is independent of the probe's measurements (a CNN, not image moments).

Continuous factors are regressed (standardised), cyclic ones (angles that wrap around, taken
in radians whatever the data set's unit: Dataset.angles) as their cosine and sine,
categorical ones classified. Training images are randomly blurred, because decoded images are
blurrier than the data.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from ..atomic import write_atomic
from ..data.base import Dataset, Factor


class FactorNet(nn.Module):
    def __init__(self, channels: int, heads: list[int], width: int = 32) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(channels, width, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(width, width, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(width, 2 * width, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(2 * width, 2 * width, 4, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.Linear(2 * width * 16, 256), nn.ReLU(),
        )
        self.head = nn.Linear(256, sum(heads))
        self.heads = heads

    def forward(self, x: torch.Tensor) -> list[torch.Tensor]:
        return list(self.head(self.body(x)).split(self.heads, dim=1))


class FactorPredictor:
    """Predicts every factor of a data set from images (N, C, H, W) in [0, 1]."""

    def __init__(self, factors: tuple[Factor, ...], channels: int, mean: np.ndarray, std: np.ndarray) -> None:
        self.factors = factors
        self.channels = channels
        self.mean, self.std = mean, std
        heads = [len(f.categories) if f.kind == "categorical" else 2 if f.kind == "cyclic" else 1 for f in factors]
        self.net = FactorNet(channels, heads)

    def predict(self, images: np.ndarray, batch: int = 512) -> list[np.ndarray]:
        """Per factor: (N,) values in data units (cyclic ones in radians), or (N, K) class probabilities."""
        self.net.eval()
        outs: list[list[np.ndarray]] = [[] for _ in self.factors]
        with torch.no_grad():
            for i in range(0, len(images), batch):
                x = torch.from_numpy(np.ascontiguousarray(images[i: i + batch], dtype=np.float32))
                for j, (f, o) in enumerate(zip(self.factors, self.net(x))):
                    if f.kind == "categorical":
                        outs[j].append(F.softmax(o, 1).numpy())
                    elif f.kind == "cyclic":
                        outs[j].append(np.arctan2(o[:, 1].numpy(), o[:, 0].numpy()) % (2 * np.pi))
                    else:
                        outs[j].append(o[:, 0].numpy() * self.std[j] + self.mean[j])
        return [np.concatenate(o) for o in outs]

    def save(self, folder: Path, model_id: str = "", trained_with: dict | None = None) -> None:
        from safetensors.torch import save

        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "predictor.safetensors", save({k: v.contiguous() for k, v in self.net.state_dict().items()}))
        write_atomic(folder / "predictor.json", json.dumps({
            "factors": [f.name for f in self.factors], "channels": self.channels, "model_id": model_id,
            "trained_with": trained_with or {}, "mean": self.mean.tolist(), "std": self.std.tolist()}))

    @classmethod
    def load(cls, folder: Path, factors: tuple[Factor, ...], model_id: str = "",
             trained_with: dict | None = None) -> "FactorPredictor | None":
        """The saved predictor, or None if there is none for these factors, this model (it
        learned from the model's reconstructions, so it belongs to one model) and these training
        settings (``trained_with``: seed, epochs, images; another seed trains another judge)."""
        from safetensors.torch import load_file

        meta_path = folder / "predictor.json"
        if not meta_path.exists():
            return None
        meta = json.loads(meta_path.read_text())
        if (meta.get("factors") != [f.name for f in factors] or meta.get("model_id", "") != model_id
                or meta.get("trained_with", {}) != (trained_with or {})):
            return None
        p = cls(factors, meta["channels"], np.array(meta["mean"]), np.array(meta["std"]))
        p.net.load_state_dict(load_file(str(folder / "predictor.safetensors")))
        return p


def _blur(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    k = int(torch.randint(0, 3, (1,), generator=rng))
    if k == 0:
        return x
    return F.avg_pool2d(F.pad(x, (k, k, k, k), mode="replicate"), 2 * k + 1, stride=1)


def train_predictor(data: Dataset, epochs: int = 8, seed: int = 0, batch: int = 128, progress=None,
                    reconstructions: np.ndarray | None = None) -> tuple[FactorPredictor, dict[str, float]]:
    """Train on 85 % of ``data``; return the predictor and its held-out accuracy / R^2 per factor.

    With ``reconstructions`` (the model's decode(encode(x)) of the same images, same order),
    half of every batch shows the reconstruction instead of the image, and quality is measured
    on held-out reconstructions: the judge then sees images as the model draws them, so a blob
    that no longer shows its shape gets an uncertain shape prediction instead of a confident
    guess, and the reliability weights say how much of each factor survives decoding.
    """
    assert data.factors is not None
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    f = data.factors.astype(np.float64)
    for j, fi in enumerate(data.factor_info):
        if fi.kind == "cyclic":  # in radians: a hue in turns (0..1) or sails in quarter turns come round at 2 pi
            f[:, j] = data.angles(j)
    cont = np.array([fi.kind == "continuous" for fi in data.factor_info])
    mean = np.where(cont, f.mean(0), 0.0)
    std = np.where(cont, f.std(0) + 1e-8, 1.0)
    pred = FactorPredictor(data.factor_info, data.channels, mean, std)
    x = torch.from_numpy(data.as_float())
    rec = None if reconstructions is None else torch.from_numpy(np.ascontiguousarray(reconstructions, np.float32))
    y = torch.from_numpy(((f - mean) / std).astype(np.float32))
    n = len(x)
    n_train = int(0.85 * n)
    opt = torch.optim.Adam(pred.net.parameters(), lr=1e-3)
    pred.net.train()
    for _ in range(epochs):
        perm = torch.randperm(n_train, generator=gen)
        for i in range(0, n_train - batch + 1, batch):
            idx = perm[i: i + batch]
            xb = x[idx]
            if rec is not None:
                use = torch.rand(len(idx), generator=gen) < 0.5
                xb = torch.where(use[:, None, None, None], rec[idx], xb)
            outs = pred.net(_blur(xb, gen))
            loss = torch.zeros(())
            for j, (fi, o) in enumerate(zip(data.factor_info, outs)):
                if fi.kind == "categorical":
                    loss = loss + F.cross_entropy(o, torch.from_numpy(f[idx.numpy(), j].astype(np.int64)))
                elif fi.kind == "cyclic":
                    ang = torch.from_numpy(f[idx.numpy(), j].astype(np.float32))
                    loss = loss + F.mse_loss(o, torch.stack([torch.cos(ang), torch.sin(ang)], 1))
                else:
                    loss = loss + F.mse_loss(o[:, 0], y[idx, j])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        if progress:
            progress()
    held = pred.predict(data.as_float(slice(n_train, n)) if rec is None else reconstructions[n_train:])
    quality = {}
    for j, fi in enumerate(data.factor_info):
        truth = f[n_train:, j]
        if fi.kind == "categorical":
            quality[fi.name] = float((held[j].argmax(1) == truth).mean())
        elif fi.kind == "cyclic":  # mean cosine of the angle error: 1 exact, 0 no better than chance
            quality[fi.name] = float(np.cos(held[j] - truth).mean())
        else:
            quality[fi.name] = float(1 - ((held[j] - truth) ** 2).mean() / truth.var())
    return pred, quality
