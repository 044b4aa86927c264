"""`latentexplainer sweep`: benchmark many models of one data set - given folders, or a grid of
beta-TCVAEs trained here (seeds x TC weights) - one point per executor task (Ray workers, or
here one after the other), and compare them in one table and one JSON (``out/sweep.json``).

Each point is benchmarked into ``out/<point>`` (its model trained into ``out/<point>/model``
when it is a grid point), resumable like any benchmark: a sweep run again continues. The
table marks the points that meet the bar of the held-out suite (factor accuracy >= 0.8,
certainty AUROC >= 0.85, confident-wrong rate <= 0.1), the figures the disentanglement
literature reports per seed to show how much one seed can mislead.
"""

from __future__ import annotations

import functools
import json
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..errors import ConfigError, LatentExplainerError, one_line
from ..executors import get_executor
from ..pipeline import ExplainSettings
from .result import BenchmarkOptions

BAR = {"factor_accuracy": 0.8, "certainty_auroc": 0.85, "confident_wrong_rate": 0.1}
FIGURES = ("factor_accuracy", "certainty_auroc", "confident_wrong_rate", "mig", "detection_accuracy",
           "direction_accuracy")


@dataclass(frozen=True)
class SweepPoint:
    """One model of the sweep: a folder (``model``) or a beta-TCVAE to train (``seed``, ``beta``)."""

    name: str
    model: str | None = None
    seed: int = 0
    beta: float | None = None  # TC weight; None with a given model

    @property
    def trained_here(self) -> bool:
        return self.model is None


@dataclass(frozen=True)
class TrainGrid:
    """How the grid's models are trained (the recipe's, smaller for a quick look)."""

    epochs: int = 20
    n_images: int = 20000
    latent_dim: int = 10


def grid_points(seeds: list[int], betas: list[float]) -> list[SweepPoint]:
    return [SweepPoint(f"seed{s}-beta{b:g}", None, s, b) for b in betas for s in seeds]


def model_points(models: list[str]) -> list[SweepPoint]:
    names: dict[str, int] = {}
    out = []
    for m in models:
        base = re.sub(r"[^\w.-]+", "-", Path(m.split("?")[0]).name or m).strip("-") or "model"
        names[base] = names.get(base, 0) + 1
        out.append(SweepPoint(base if names[base] == 1 else f"{base}-{names[base]}", m))
    return out


def run_sweep(dataset: str, out: Path, points: list[SweepPoint], settings: ExplainSettings | None = None,
              options: BenchmarkOptions | None = None, grid: TrainGrid | None = None, executor: str = "local",
              workers: int | None = None, command: str = "", show_progress: bool = True) -> dict:
    """Benchmark every point (see the module docstring); returns what ``out/sweep.json`` holds."""
    if not points:
        raise ConfigError("a sweep needs models: give --model (repeatable), or --seeds and --beta to train a grid")
    from ..data import load_dataset

    if not load_dataset(dataset, 10, seed=0).has_factors:  # an unknown or unlabelled data set: before any work
        raise ConfigError(f"a sweep benchmarks against ground-truth factors; data set '{dataset}' has none "
                          "(use shapes, scenes, or npz:PATH with a 'factors' array)")
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    s = replace(settings or ExplainSettings(), executor="local")  # each point runs where its task runs
    o = options or BenchmarkOptions()
    ex = get_executor(executor, workers)
    rows: list[dict | None] = [None] * len(points)
    t0 = time.perf_counter()
    work = functools.partial(_point, dataset=dataset, out=out, settings=s, options=o, grid=grid or TrainGrid(),
                             command=command)
    from ..progress import progress_bar

    with progress_bar(len(points), "sweep", show_progress) as advance, ex.session(_no_state) as session:
        def done(i: int, row: dict) -> None:
            rows[i] = row
            _write(out, dataset, [r for r in rows if r is not None], command, t0)  # an interrupted sweep keeps them
            advance()

        session.map(work, points, done)
    return _write(out, dataset, [r for r in rows if r is not None], command, t0)


def _no_state() -> None:
    return None


def _point(_state: Any, point: SweepPoint, dataset: str, out: Path, settings: ExplainSettings,
           options: BenchmarkOptions, grid: TrainGrid, command: str) -> dict:
    """Train (a grid point) and benchmark one point; its row of the table (with ``error`` when
    the point could not be done: the others go on)."""
    from .benchmark import run_benchmark

    t0 = time.perf_counter()
    folder = out / point.name
    try:
        model = point.model or str(_train(dataset, folder / "model", point, grid, command))
        s = replace(settings, seed=point.seed)
        r = run_benchmark(dataset, folder, model, settings=s, options=options, show_progress=False, command=command)
    except LatentExplainerError as exc:
        return {"point": point.name, "model": point.model, "seed": point.seed, "beta": point.beta,
                **{k: None for k in FIGURES}, "meets_bar": False, "error": one_line(str(exc))[:300],
                "seconds": round(time.perf_counter() - t0, 1)}
    row = {"point": point.name, "model": model, "seed": point.seed, "beta": point.beta,
           **{k: getattr(r, k) for k in FIGURES}, "n_latents": r.n_latents, "n_with_factor": r.n_with_factor,
           "seconds": round(time.perf_counter() - t0, 1)}
    row["meets_bar"] = all(row[k] is not None and (row[k] <= v if k == "confident_wrong_rate" else row[k] >= v)
                           for k, v in BAR.items())
    return row


def _train(dataset: str, folder: Path, point: SweepPoint, grid: TrainGrid, command: str) -> Path:
    from ..data import load_dataset
    from ..models.train import RECIPE, TrainSettings, train_vae
    from ..models.vae import VAEConfig

    settings = TrainSettings(seed=point.seed, epochs=grid.epochs)
    done = folder / "config.json"
    if done.exists() and json.loads(done.read_text()).get("epochs_done") == settings.epochs:
        return folder
    data = load_dataset(dataset, grid.n_images, seed=100 + point.seed)
    cfg = VAEConfig(**{**RECIPE, "latent_dim": grid.latent_dim, "beta": point.beta if point.beta is not None
                       else RECIPE["beta"]})
    train_vae(data, cfg, settings, folder, command)
    return folder


def _write(out: Path, dataset: str, rows: list[dict], command: str, t0: float) -> dict:
    rows = sorted(rows, key=lambda r: r["point"])
    result = {"dataset": dataset, "points": rows, "bar": BAR, "n_meet_bar": sum(r["meets_bar"] for r in rows),
              "command": command, "seconds": round(time.perf_counter() - t0, 1)}
    write_atomic(out / "sweep.json", json.dumps(result, indent=2))
    return result


def sweep_markdown(result: dict) -> str:
    def f(v: Any) -> str:
        return "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    lines = ["| point | seed | beta | " + " | ".join(FIGURES) + " | meets bar |", "|---" * (len(FIGURES) + 4) + "|"]
    for r in result["points"]:
        lines.append(f"| {r['point']} | {r['seed']} | {f(r['beta'])} | " + " | ".join(f(r[k]) for k in FIGURES)
                     + f" | {'yes' if r['meets_bar'] else ('failed: ' + r['error'] if r.get('error') else 'no')} |")
    lines.append(f"\n{result['n_meet_bar']} of {len(result['points'])} points meet the bar "
                 f"(factor accuracy >= {BAR['factor_accuracy']}, certainty AUROC >= {BAR['certainty_auroc']}, "
                 f"confident-wrong <= {BAR['confident_wrong_rate']})")
    return "\n".join(lines)
