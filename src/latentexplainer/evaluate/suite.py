"""`latentexplainer benchmark --suite dev|heldout|all`: the benchmark over many labelled data
sets, one model each, in one table.

Each set gets its own folder ``OUT/<set>/``: the shipped model for ``shapes`` and ``scenes``,
else a beta-TCVAE trained there with the default recipe (resumable: an interrupted suite
continues training where it stopped), then the usual benchmark (benchmark.py). The split into
sets the explainer may be developed on and sets reported as held out is data/suite.py's.
Per set: factor accuracy, certainty AUROC (all latents and active ones), the confident-wrong
rate, and how many latents have a factor and how many explanations are clear. Over the
held-out sets: the mean accuracy and AUROC, and the largest confident-wrong rate.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..atomic import write_atomic
from ..data.suite import DEV_SETS, suite_sets
from ..pipeline import ExplainSettings

FIGURES = ("factor_accuracy", "certainty_auroc", "certainty_auroc_active", "confident_wrong_rate")


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(np.mean(vals)) if vals else None


def summarise(rows: list[dict]) -> dict:
    """Means over the held-out and the development sets (sets without a figure are left out)."""
    out = {}
    for split in ("heldout", "dev"):
        mine = [r for r in rows if r["split"] == split]
        if not mine:
            continue
        cw = [r["confident_wrong_rate"] for r in mine if r["confident_wrong_rate"] is not None]
        out[split] = {"sets": [r["dataset"] for r in mine],
                      # no latent of the model carries information: nothing to explain, no figure
                      "collapsed": [r["dataset"] for r in mine if not r.get("n_active")],
                      "mean_factor_accuracy": _mean([r["factor_accuracy"] for r in mine]),
                      "mean_certainty_auroc": _mean([r["certainty_auroc"] for r in mine]),
                      "max_confident_wrong_rate": max(cw) if cw else None}
    return out


def run_suite(suite: str, out: Path, settings: ExplainSettings | None = None, seed: int = 0,
              train_epochs: int | None = None, show_progress: bool = True, command: str = "",
              judge: str = "probe", judge_options: dict | None = None) -> dict:
    """Benchmark every set of ``suite`` (dev, heldout or all) into ``out/<set>`` and write
    ``out/suite.json``; ``train_epochs`` overrides the recipe's 20 epochs for the models
    trained here."""
    from .benchmark import run_benchmark
    from .result import BenchmarkOptions

    names = suite_sets(suite)
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    t0 = time.perf_counter()
    for name in names:
        s = replace(settings or ExplainSettings(), seed=seed)
        t1 = time.perf_counter()
        r = run_benchmark(name, out / name, settings=s, show_progress=show_progress, command=command,
                          options=BenchmarkOptions(judge=judge, judge_options=dict(judge_options or {}),
                                                   train_epochs=train_epochs)).to_dict()
        rows.append({"dataset": name, "split": "dev" if name in DEV_SETS else "heldout",
                     **{k: r.get(k) for k in FIGURES}, "n_latents": r["n_latents"],
                     "n_with_factor": r["n_with_factor"], "n_active": r["n_active"], "n_clear": r.get("n_clear"),
                     "detection_accuracy": r.get("detection_accuracy"),
                     "direction_accuracy": r.get("direction_accuracy"), "model": r["model"],
                     "seconds": round(time.perf_counter() - t1, 1)})
        _write(out, suite, rows, command, t0)  # after every set: an interrupted suite keeps what it measured
    return _write(out, suite, rows, command, t0)


def _write(out: Path, suite: str, rows: list[dict], command: str, t0: float) -> dict:
    result = {"suite": suite, "sets": rows, "summary": summarise(rows), "command": command,
              "seconds": round(time.perf_counter() - t0, 1)}
    write_atomic(out / "suite.json", json.dumps(result, indent=2))
    return result


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def suite_markdown(result: dict) -> str:
    lines = ["| set | split | accuracy | AUROC | AUROC active | confident-wrong | with factor / active / latents "
             "| clear |", "|---|---|---|---|---|---|---|---|"]
    for r in result["sets"]:
        accuracy = "n/a (model collapsed)" if not r.get("n_active") else _fmt(r["factor_accuracy"])
        lines.append(f"| {r['dataset']} | {r['split']} | {accuracy} | {_fmt(r['certainty_auroc'])} "
                     f"| {_fmt(r['certainty_auroc_active'])} | {_fmt(r['confident_wrong_rate'])} "
                     f"| {r['n_with_factor']} / {r['n_active']} / {r['n_latents']} | {r['n_clear']} |")
    for split, s in result["summary"].items():
        lines.append(f"| **{split} mean** | | {_fmt(s['mean_factor_accuracy'])} | {_fmt(s['mean_certainty_auroc'])} "
                     f"| | max {_fmt(s['max_confident_wrong_rate'])} | | |")
    return "\n".join(lines)
