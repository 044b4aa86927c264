"""`latentexplainer sweep`: many models of one data set benchmarked, one table (evaluate/sweep.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import ConfigError
from .common import EXIT_FAILED, RERUN, _command_line, _import_from_here, _note_interrupt, app

EXECUTOR_HELP = ("where the points run: local (one after the other), ray (a Ray cluster on this machine, a "
                 "point per worker) or ray:ADDRESS")


def _numbers(text: Optional[str], flag: str, kind=float) -> list:
    if not text:
        return []
    try:
        return [kind(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise ConfigError(f"{flag} must be comma-separated numbers such as 0,1,2; got '{text[:60]}'") from None


@app.command()
def sweep(
    ctx: typer.Context,
    dataset: str = typer.Option("shapes", help="a labelled data set: shapes, scenes, ... or npz:PATH"),
    out: Path = typer.Option(..., help="folder for sweep.json and a benchmark folder per point"),
    model: list[str] = typer.Option([], help="a model folder to compare (repeatable)"),
    seeds: Optional[str] = typer.Option(None, help="train a grid of beta-TCVAEs: these seeds, e.g. 0,1,2"),
    beta: Optional[str] = typer.Option(None, help="the grid's TC weights, e.g. 2,6 (default: the recipe's 6)"),
    epochs: int = typer.Option(20, help="epochs of each grid model"),
    n_images: int = typer.Option(20000, help="training images of each grid model"),
    latent_dim: int = typer.Option(10, help="latents of each grid model"),
    samples: int = typer.Option(5, help="answers per latent"),
    benchmark_images: int = typer.Option(10000, help="labelled images each benchmark draws"),
    executor: str = typer.Option("local", help=EXECUTOR_HELP),
    workers: Optional[int] = typer.Option(None, help="Ray workers (default: the cluster's CPUs)"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress output"),
    allow_download: bool = typer.Option(False, "--allow-download", help="a model given as a Hub id and missing "
                                        "from the local Hugging Face cache is downloaded into it"),
) -> int:
    """Benchmark many models (given, or a seeds x TC-weight grid trained here) and compare them in
    one table; out/sweep.json holds it. Run again to continue an interrupted sweep."""
    from ..evaluate.result import BenchmarkOptions
    from ..evaluate.sweep import TrainGrid, grid_points, model_points, run_sweep, sweep_markdown
    from ..pipeline import ExplainSettings

    _note_interrupt(ctx, out, _command_line(ctx), RERUN)
    seed_list = _numbers(seeds, "--seeds", int)
    betas = _numbers(beta, "--beta") or ([6.0] if seed_list else [])
    if betas and not seed_list:
        seed_list = [0]
    if any(b < 0 for b in betas) or any(sd < 0 for sd in seed_list):
        raise ConfigError("--seeds and --beta must be >= 0")
    if epochs < 1 or n_images < 64 or latent_dim < 1:
        raise ConfigError("--epochs must be >= 1, --n-images >= 64 and --latent-dim >= 1")
    _import_from_here(*model)
    points = model_points(model) + grid_points(seed_list, betas)
    result = run_sweep(dataset, out, points, ExplainSettings(samples=samples), BenchmarkOptions(n_images=benchmark_images, allow_download=allow_download),
                       TrainGrid(epochs, n_images, latent_dim), executor, workers, _command_line(ctx), not quiet)
    typer.echo(sweep_markdown(result))
    typer.echo(f"sweep written to {Path(out) / 'sweep.json'}")
    failed = [p["point"] for p in result["points"] if p.get("error")]
    if failed:
        typer.echo(f"{len(failed)} of {len(points)} point(s) failed ({', '.join(failed[:5])}): see their 'error' in "
                   f"sweep.json; fix the cause, then run the same command again to finish them: {_command_line(ctx)}",
                   err=True)
        return EXIT_FAILED
    return 0
