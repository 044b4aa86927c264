"""`latentexplainer demo --diffusion`: a small DDPM trained by our own :func:`train_ddpm` on the
procedural shapes, its top h-space directions explained offline by the probe."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import ConfigError
from .models.diffusion import DirectionSettings, from_diffusion
from .models.train_ddpm import DDPMSettings, checkpoint_mb, train_ddpm
from .pipeline import ExplainSettings, Run, explain

SHIPPED_DDPM = Path(__file__).resolve().parent / "checkpoints" / "shapes-ddpm"

__all__ = ["SHIPPED_DDPM", "DDPMSettings", "checkpoint_mb", "run_diffusion_demo", "train_ddpm"]


def run_diffusion_demo(out: str | Path, model: str | Path | None = None, rank: int = 5, samples: int = 5,
                       seed: int = 0, show_progress: bool = True, command: str = "",
                       directions: DirectionSettings | None = None) -> Run:
    """Explain the top ``rank`` h-space directions of the shipped shapes DDPM (or ``model``,
    a diffusers folder) with the offline probe; resumes a run directory that exists.
    ``directions`` overrides rank and seed with full settings (walk length, decoding steps).
    Each of the ``samples`` starts from its own seeded noise (seed, seed + 1, ...): the
    directions, found at the first, are shown on ``samples`` different images."""
    folder = Path(model).expanduser() if model is not None else SHIPPED_DDPM
    if not (folder / "unet").is_dir() and not (folder / "config.json").is_file():
        raise ConfigError(f"no DDPM at {folder}; train one with `latentexplainer train --model ddpm "
                          f"--dataset shapes --out {folder}` or pass a diffusers folder")
    gm = from_diffusion(folder, replace(directions or DirectionSettings(rank=rank, seed=seed), starts=samples))
    out = Path(out).expanduser()
    resume = (out / "config.json").exists()
    return explain(gm, out, ExplainSettings(samples=samples, seed=seed), resume=resume, show_progress=show_progress,
                   extra_config={"command": command, "dataset": "shapes", "checkpoint_mb": round(checkpoint_mb(folder), 2)})
