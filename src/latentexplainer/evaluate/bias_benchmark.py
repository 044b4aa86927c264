"""`latentexplainer benchmark --bias conditional | combination`: the other two biases
scored against ground truth, with the same decoder-side judge as the main benchmark.

* **conditional**: a CSVAE trained with a binary attribute derived from one factor (e.g.
  ``large-object`` from ``scale`` on scenes). An explanation of the condition's direction is
  correct when it names that factor (it may name more: a CSVAE's w can move other factors
  too). ``decoder_top`` says what the judge sees change most, so a CSVAE whose w does not
  carry the attribute shows up as a model failure (``decoder_agrees`` false), not an
  explainer one.
* **combination**: groups from ``--groups``, else proposed from what the traversals change,
  else (when no two latents change the same measured attribute) every pair of latents that
  has a decoder-side factor. A group's truth is the set of factors the judge sees change in
  its rows (the group together, each member alone); the explanation is correct when it
  names every one of them.

Figures land in ``benchmark.json`` under ``bias_accuracy`` (and ``per_bias``).
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..atomic import write_atomic
from ..data import load_dataset
from ..errors import ConfigError, DataError, for_terminal
from ..models import GenerativeModel, load_model
from ..pipeline import ExplainSettings, Manipulation, explain
from ..progress import progress_bar
from ..records import LatentRef, Sequence
from ..tables import show_table
from .benchmark import described_factors, factor_judge
from .groundtruth import decoder_truth, factor_spreads, reliability
from .predictor import FactorPredictor

DEFAULT_ATTRIBUTE = {"scenes": "large-object", "shapes": "large", "fashion-mnist": "class=trouser"}


def named_factors(text: str | None, factors: list[tuple[str, str, bool]]) -> list[str]:
    """Every factor an explanation names, in order (the graders' reader, judges/reading.py)."""
    from ..judges.naming import named_factors as read

    return list(dict.fromkeys(name for _, name in read(text, factors) if name))


def _rows_moving(seqs: list[Sequence], moving: tuple[int, ...]) -> list[Sequence]:
    return [Sequence(q.latent, q.sample, tuple(r for r in q.rows if r.moving == moving), q.other_latent)
            for q in seqs]


def _default_conditional_model(dataset: str, out: Path, seed: int, show_progress: bool, command: str) -> Path:
    """The shipped CSVAE for scenes; otherwise one trained here (resumable) with the data set's
    default attribute."""
    from ..data.attributes import parse_attribute
    from ..models.csvae import CSVAEConfig
    from ..models.train import TrainSettings, train_csvae
    from ..shipped import SHIPPED_CSVAE, shipped_model

    if dataset in SHIPPED_CSVAE:
        return shipped_model(dataset, "csvae")
    if dataset.split(":")[0] not in DEFAULT_ATTRIBUTE:
        raise ConfigError(f"--bias conditional on '{dataset}' needs a CSVAE: train one with `latentexplainer train "
                          "--model csvae --attribute NAME` and pass it with --model")
    folder = out / "model"
    settings = TrainSettings(seed=seed, epochs=10)
    done = folder / "config.json"
    if done.exists() and json.loads(done.read_text()).get("delta_w"):
        return folder
    data = load_dataset(dataset, 10000, seed=100 + seed)
    attr = parse_attribute(DEFAULT_ATTRIBUTE[dataset.split(":")[0]], data)
    with progress_bar(settings.epochs, f"training a CSVAE on {dataset} ({attr.name})", show_progress) as adv:
        train_csvae(data, attr.labels(data), CSVAEConfig(attribute=attr.name, attribute_factor=attr.factor),
                    settings, folder, command, lambda e, n, m: adv())
    return folder


def run_bias_benchmark(dataset: str, out: Path, bias: str, model_spec: str | None = None, seed: int = 0,
                       n_images: int = 10000, show_progress: bool = True, command: str = "",
                       settings: ExplainSettings | None = None, predictor_epochs: int = 8,
                       ablation: bool = False, allow_download: bool = False) -> dict:
    """Explain the units of ``bias`` and score them (module docstring); ``ablation`` also runs the
    paper's ablation without the bias prompt on the same sequences and reports both accuracies.
    ``allow_download``: a Hub id missing from the local Hugging Face cache may be downloaded."""
    if bias not in ("conditional", "combination"):
        raise ConfigError(f"--bias {bias}: the benchmark scores disentanglement (the default), conditional or "
                          "combination")
    t0 = time.perf_counter()
    out = Path(out).expanduser().resolve()
    data = load_dataset(dataset, n_images, seed=54321 + seed)  # never the training images
    if not data.has_factors:
        raise DataError(f"the benchmark needs ground-truth factors; data set '{dataset}' has none "
                        "(use shapes, scenes, or npz:PATH with a 'factors' array)")
    if model_spec is None:
        if bias == "conditional":
            model_spec = str(_default_conditional_model(dataset, out, seed, show_progress, command))
        else:
            from .benchmark import _default_model

            model_spec = str(_default_model(dataset, out, seed, show_progress, command))
    model = load_model(model_spec, allow_download=allow_download)
    if bias == "conditional" and not model.condition_latents:
        raise ConfigError(f"the conditional bias needs a model with a condition (a CSVAE from `latentexplainer train "
                          f"--model csvae --attribute NAME`); {model.name} has none")
    out.mkdir(parents=True, exist_ok=True)
    images = data.as_float()
    recon = None
    if bias == "combination" and model.can_encode:  # a CSVAE's reconstructions drop its attribute: not for it
        def recon() -> np.ndarray:
            return model.decode(model.encode(images)[0])
    predictor, quality = factor_judge(model, data, out, seed, predictor_epochs, show_progress, recon)
    spreads, weights = factor_spreads(data), reliability(predictor, quality)
    s = replace(settings or ExplainSettings(seed=seed), bias=bias, bias_file=None)  # the caller's stays as given
    described = described_factors(data.factor_info)
    if bias == "combination" and not s.groups:
        s = replace(s, groups=_benchmark_groups(model, s, predictor, spreads, weights))
    variants = [("bias_prompt", s)] + ([("no_bias_prompt", replace(s, bias_prompt=False))] if ablation else [])
    scored_runs = {}
    manip = None
    truths: dict[int, tuple[list[str], object]] = {}
    for label, vs in variants:
        run_path = out / ("run" if label == "bias_prompt" else "run-no-bias-prompt")
        run = explain(model, run_path, vs, resume=(run_path / "config.json").exists(), show_progress=show_progress,
                      extra_config={"command": command, "dataset": dataset})
        manip = manip or Manipulation.prepare(model, s)  # the very sequences the explainer saw
        rows = []
        for rec in run.records:
            if rec.latent not in truths:
                truths[rec.latent] = _truth(manip, rec, bias, model, predictor, spreads, weights)
            truth, seen = truths[rec.latent]
            named = named_factors(rec.explanation, described)
            correct = bool(truth) and set(truth) <= set(named)  # every factor of the truth is named
            top = max(seen.scores, key=seen.scores.get) if seen.scores else None
            rows.append({"unit": rec.latent, "name": rec.latent_name, "members": list(rec.members),
                         "explanation": rec.explanation, "status": rec.status, "certainty": rec.certainty,
                         "named_factors": named, "decoder_factor": seen.factor, "decoder_scores": seen.scores,
                         "truth": truth, "correct": correct,
                         "decoder_top": top, "decoder_agrees": top in truth})
        scored = [r for r in rows if r["truth"]]
        scored_runs[label] = {"rows": rows, "n_with_truth": len(scored),
                              "accuracy": float(np.mean([r["correct"] for r in scored])) if scored else None}
    main = scored_runs["bias_prompt"]
    rows, acc = main["rows"], main["accuracy"]
    result = {
        "dataset": dataset, "bias": bias, "model": model.name, "model_info": model.info, "backend": s.backend,
        "samples": s.samples, "threshold": s.threshold, "bias_prompt": s.bias_prompt,
        "n_units": len(rows), "n_with_truth": main["n_with_truth"], "bias_accuracy": acc, "per_bias": {bias: acc},
        "ablation": {k: {"accuracy": v["accuracy"], "n_with_truth": v["n_with_truth"]} for k, v in scored_runs.items()}
        if ablation else None,
        "groups": [r["members"] for r in rows] if bias == "combination" else None,
        "predictor_quality": quality, "seconds": round(time.perf_counter() - t0, 1), "command": command,
        "units": rows,
    }
    write_atomic(out / "benchmark.json", json.dumps(result, indent=2))
    return result


def _truth(manip: Manipulation, rec, bias: str, model: GenerativeModel, predictor: FactorPredictor,
           spreads: np.ndarray, weights: np.ndarray):
    """(truth factors, the judge's view of the rows that move the whole unit) for one unit."""
    unit = manip.unit(rec.latent) if bias == "conditional" else LatentRef(rec.latent, rec.latent_name,
                                                                        tuple(rec.members))
    seqs = manip.sequences(unit)
    seen = decoder_truth(_rows_moving(seqs, unit.latents), predictor, spreads, weights)
    if bias == "conditional":
        factor = model.condition_factor
        return ([factor] if factor else []), seen
    members = {decoder_truth(_rows_moving(seqs, (m,)), predictor, spreads, weights).factor for m in unit.latents}
    return sorted({f for f in (members | {seen.factor}) if f}), seen


def _benchmark_groups(model: GenerativeModel, s: ExplainSettings, predictor: FactorPredictor, spreads: np.ndarray,
                      weights: np.ndarray, max_pairs: int = 6) -> list[tuple[int, ...]]:
    """Proposed groups, or every pair of latents with a decoder-side factor (module docstring)."""
    from ..manipulate.groups import propose_groups

    probe = Manipulation.prepare(model, ExplainSettings(samples=s.samples, seed=s.seed, base_codes=s.base_codes))
    try:
        return propose_groups(model, probe.codes[0], probe.values, probe.active)
    except ConfigError:
        pass
    with_factor = [i for i in (probe.active or range(model.latent_dim))
                   if decoder_truth(probe.sequences(i), predictor, spreads, weights).factor]
    pairs = list(itertools.combinations(with_factor, 2))[:max_pairs]
    if not pairs:
        raise ConfigError("no group to benchmark: fewer than two latents of this model change a known factor; "
                          "give groups with --groups '1,4;2,3'")
    return pairs


def print_bias_table(result: dict) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    t = Table("unit", "members", "truth", "explanation", "named", "cert", "ok",
              title=escape(f"{result['dataset']}: {result['bias']} bias, {result['model']}"))
    t.columns[0].no_wrap = True  # a unit's name stays whole
    for r in result["units"]:
        t.add_row(escape(for_terminal(r["name"])), ",".join(map(str, r["members"])), ", ".join(r["truth"]) or "-",
                  escape(for_terminal(r["explanation"] or "No clear explanation")), ", ".join(r["named_factors"]) or "-",
                  f"{r['certainty']:.2f}", "yes" if r["correct"] else "")
    c = Console()
    show_table(t, c)  # a terminal draws it; a log or pipe gets one line per unit
    acc = result["bias_accuracy"]
    c.print(f"{result['bias']}_accuracy {'n/a' if acc is None else f'{acc:.3f}'} "
            f"({result['n_with_truth']} of {result['n_units']} units have a ground truth)")
    if result.get("ablation"):
        c.print(ablation_markdown(result["ablation"]))


def ablation_markdown(ablation: dict) -> str:
    """The paper's ablation side by side: the bias prompt, and the plain prompt."""
    lines = ["| prompt | accuracy | units with a truth |", "|---|---|---|"]
    for label, v in ablation.items():
        acc = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        lines.append(f"| {label.replace('_', ' ')} | {acc} | {v['n_with_truth']} |")
    return "\n".join(lines)
