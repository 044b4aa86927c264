"""The models that ship with the package (trained by our own `train` command; the exact
command is in each folder's config.json and COMMAND file)."""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

CHECKPOINTS = Path(__file__).resolve().parent / "checkpoints"
SHIPPED = {"shapes": "shapes-btcvae", "scenes": "scenes-btcvae"}


def shipped_model(dataset: str) -> Path:
    if dataset not in SHIPPED:
        raise ConfigError(f"no shipped model for data set '{dataset}' (shipped: {', '.join(SHIPPED)}); "
                          "pass --model FOLDER, e.g. one written by `latentexplainer train`")
    path = CHECKPOINTS / SHIPPED[dataset]
    if not (path / "model.safetensors").exists():
        raise ConfigError(f"the shipped model {path} is missing; reinstall the package or pass --model FOLDER")
    return path
