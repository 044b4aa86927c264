"""`latentexplainer demo`: the shipped beta-TCVAE, every latent explained offline."""

from __future__ import annotations

from pathlib import Path

from .models import load_model
from .pipeline import ExplainSettings, Run, explain
from .shipped import shipped_model


def run_demo(out: str | Path, dataset: str = "shapes", samples: int = 5, show_progress: bool = True,
             command: str = "") -> Run:
    model = load_model(shipped_model(dataset))
    settings = ExplainSettings(samples=samples, also=("embedding",))
    out = Path(out).expanduser()
    resume = (out / "config.json").exists()
    return explain(model, out, settings, resume=resume, show_progress=show_progress,
                   extra_config={"command": command, "dataset": dataset})
