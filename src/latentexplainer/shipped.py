"""The models that ship with the package (trained by our own `train` command; the exact
command is in each folder's config.json and COMMAND file)."""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

CHECKPOINTS = Path(__file__).resolve().parent / "checkpoints"
SHIPPED = {"shapes": "shapes-btcvae", "scenes": "scenes-btcvae"}
SHIPPED_CSVAE = {"scenes": "scenes-csvae"}  # the conditional bias's model (attribute large-object)


def shipped_model(dataset: str, kind: str = "btcvae") -> Path:
    table = SHIPPED_CSVAE if kind == "csvae" else SHIPPED
    if dataset not in table:
        what = "model" if kind == "btcvae" else f"{kind} model"
        raise ConfigError(f"no shipped {what} for data set '{dataset}' (shipped: {', '.join(table)}); "
                          "pass --model FOLDER, e.g. one written by `latentexplainer train`")
    path = CHECKPOINTS / table[dataset]
    if not (path / "model.safetensors").exists():
        raise ConfigError(f"the shipped model {path} is missing; reinstall the package or pass --model FOLDER")
    return path
