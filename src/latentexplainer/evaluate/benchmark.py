"""`latentexplainer benchmark`: explain every latent of a model trained on labelled data
and score the explanations against ground truth (see groundtruth.py for both sides).

Figures: ``factor_accuracy`` (latents with a decoder-side factor whose clear explanation
names it, see mapping.py), ``certainty_auroc`` (certainty separating latents with a factor
from those without), ``certainty_auroc_active`` (the same among active latents only - the
honest figure, since dead latents are easy to reject), MIG, the disentanglement metrics,
``detection`` and ``direction`` (scoring the explanations by use, see use.py), the text
metrics when references are given, and a per-latent table.
A latent is *active* when its KL to the prior exceeds 0.05 nats and its traversal changes
the decoded images (mean absolute pixel change between the ends above 0.005): beta-TCVAE's
unused latents can keep a KL of 0.1-0.5 nats while the decoder ignores them.
"""

from __future__ import annotations

import json
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..atomic import write_atomic
from ..data import load_dataset
from ..errors import ConfigError, DataError, for_terminal
from ..judges.naming import named_factors
from ..models import GenerativeModel, load_model
from ..models.vae import kl_per_latent
from ..pipeline import ExplainSettings, Manipulation, explain
from ..progress import progress_bar
from ..shipped import shipped_model
from ..tables import show_table
from ..uncertainty import ESTIMATORS
from .disentanglement import mig_from_nmi, nmi_matrix
from .groundtruth import CHANGED_MIN, KL_GATE, decoder_truth, encoder_truth, factor_spreads, reliability
from .predictor import FactorPredictor, train_predictor
from .result import BenchmarkOptions, BenchmarkResult, LatentScore
from .stats import auroc

ACTIVE_CHANGE = 0.005  # mean absolute pixel change (of 1) between the ends of a traversal


def _default_model(dataset: str, out: Path, seed: int, show_progress: bool, command: str,
                   epochs: int | None = None) -> Path:
    """The shipped model for shapes / scenes; otherwise one trained here with the default
    recipe (``epochs`` overrides its 20) into ``out/model`` (resumable: an interrupted
    benchmark continues training)."""
    from ..models.train import RECIPE, TrainSettings, train_vae
    from ..models.vae import VAEConfig
    from ..shipped import SHIPPED

    if dataset in SHIPPED:
        return shipped_model(dataset)
    folder = out / "model"
    settings = TrainSettings(seed=seed) if epochs is None else TrainSettings(seed=seed, epochs=epochs)
    done = folder / "config.json"
    if done.exists() and json.loads(done.read_text()).get("epochs_done") == settings.epochs:
        return folder
    data = load_dataset(dataset, 20000, seed=100 + seed)
    with progress_bar(settings.epochs, f"training a beta-TCVAE on {dataset}", show_progress) as adv:
        train_vae(data, VAEConfig(**RECIPE), settings, folder, command, lambda e, n, m: adv())
    return folder


def _disentanglement(mu: np.ndarray, data, seed: int, n: int = 5000) -> dict:
    """MIG, DCI (Lasso importances), SAP and the FactorVAE score on the first n labelled images."""
    from .disentanglement import all_metrics

    out = all_metrics(mu[:n], data.factors[:n], seed=seed, dci_model="lasso")
    return {k: float(v) for k, v in out.items()} | {"n_images": int(min(n, len(mu))), "dci_model": "lasso"}


def model_id(model: GenerativeModel) -> str:
    """Identifies the weights: a hash of the decoded images of fixed codes."""
    import hashlib

    z = np.random.default_rng(0).standard_normal((4, model.latent_dim)).astype(np.float32)
    return hashlib.sha256(np.round(model.decode(z), 4).tobytes()).hexdigest()[:16]


def factor_judge(model: GenerativeModel, data, out: Path, seed: int, epochs: int, show_progress: bool,
                 reconstructions: Callable[[], np.ndarray] | None) -> tuple[FactorPredictor, dict]:
    """The decoder-side judge for this model, cached in ``out/predictor`` by model id and the
    settings that train it (seed, epochs, the labelled images); ``reconstructions`` (called only
    when it must be trained) adds the model's own drawings."""
    mid = model_id(model)
    trained_with = {"data": data.name, "n_images": len(data.images), "seed": seed, "epochs": epochs}
    periods = data.periods()
    if periods:  # a judge trained before cyclic factors were read in radians is not this one
        trained_with["periods"] = periods
    predictor = FactorPredictor.load(out / "predictor", data.factor_info, mid, trained_with)
    if predictor is not None:
        return predictor, json.loads((out / "predictor" / "quality.json").read_text())
    recon = reconstructions() if reconstructions else None
    with progress_bar(epochs, "training the factor predictor", show_progress) as adv:
        predictor, quality = train_predictor(data, epochs=epochs, seed=seed, progress=adv, reconstructions=recon)
    predictor.save(out / "predictor", mid, trained_with)
    write_atomic(out / "predictor" / "quality.json", json.dumps(quality, indent=2))
    return predictor, quality


def described_factors(factors) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    """(name, description, categorical, value names) of each factor: what the graders read of the truth."""
    return [(f.name, f.description, f.kind == "categorical", tuple(f.categories)) for f in factors]


def grade_explanation(explanation: str | None, clear: bool, factor: str | None, changed: list[str],
                      described) -> dict:
    """One latent's explanation graded against its decoder-side truth: the factors it names
    (``described``: :func:`described_factors` of the data set's), whether it is right (names the
    latent's factor and nothing the latent does not change) and whether it is confidently wrong
    (clear, yet names no factor or one the latent does not change)."""
    named = list(dict.fromkeys(n for _, n in named_factors(explanation, described) if n))
    return {"named_factors": named,
            "correct": factor is not None and factor in named and set(named) <= set(changed),
            "confident_wrong": bool(clear and explanation) and (not named or not set(named) <= set(changed))}


def traversal_change(seqs) -> float:
    """Mean absolute pixel change between the ends of a latent's rows: 0 for a dead latent."""
    return float(np.mean([np.abs(r.frames[-1] - r.frames[0]).mean() for q in seqs for r in q.rows]))


def _use_scores(judge, manip: Manipulation, model: GenerativeModel, explanations: dict[int, str | None],
                traversals: dict, k: int | None, seed: int) -> dict:
    """Detection and direction blocks (use.py) on the run's own traversals: the judge sees the
    very sequences the explainer saw, so nothing is decoded again but the judge's reference images."""
    from ..backends.base import ModelContext
    from ..judges import DEFAULT_K, score_detection, score_direction

    judge.prepare(ModelContext(manip.reference_images, model.latent_dim, {}))
    k = min(DEFAULT_K, len(traversals) - 1) if k is None else k
    out = {"direction": score_direction(judge, explanations, traversals, seed).to_dict()}
    if k >= 1:  # accuracy, chance, n (latents scored), k, judge, undecided, trials
        out["detection"] = score_detection(judge, explanations, traversals, k, seed).to_dict()
    else:  # one latent: nothing to tell it from
        out["detection"] = {"accuracy": None, "chance": None, "n": 0, "k": 0, "judge": judge.name, "trials": [],
                            "note": "a single latent has no distractors"}
    return out


def _attach_use(rows: list[dict], use: dict) -> None:
    """Each latent's detection / direction outcome in its row (None: not scored)."""
    for task in ("detection", "direction"):
        outcome = {t["latent"]: t["correct"] for t in use[task]["trials"]}
        for r in rows:
            r[task] = outcome.get(r["latent"])


def _text_metrics(run_path: Path, references: str | Path, wordnet_dir: str | Path | None) -> dict:
    """The five text metrics of the run's explanations against references (evaluate_run, which
    also writes run/metrics.json)."""
    from .evaluate_run import evaluate_run

    m = evaluate_run(run_path, references, wordnet_dir=wordnet_dir)
    return {"references": m["references"], "metrics": m["metrics"], "scale": m["scale"], **m["overall"],
            "missing_in_run": m["missing_in_run"], "without_reference": m["without_reference"]}


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def summary_markdown(result: BenchmarkResult | dict) -> str:
    """The benchmark's figures as one Markdown table (figure | value | note); ``result`` as
    returned or as read back from benchmark.json."""
    result = result.to_dict() if isinstance(result, BenchmarkResult) else result
    lines = ["| figure | value | note |", "|---|---|---|"]

    def add(name: str, value, note: str = "") -> None:
        lines.append(f"| {name} | {value if isinstance(value, str) else _fmt(value)} | {note} |")

    add("factor_accuracy", result["factor_accuracy"], f"{result['n_with_factor']} of {result['n_latents']} latents "
        "have a decoder-side factor")
    for label, v in (result.get("ablation") or {}).items():
        add(f"factor_accuracy [{label.replace('_', ' ')}]", v["accuracy"],
            f"the paper's ablation, same sequences; {v['n_with_truth']} latents with a factor")
    add("confident_wrong_rate", result.get("confident_wrong_rate"), f"{result.get('n_clear', 0)} clear explanations; "
        "share that name no factor the latent changes, or one it does not change")
    add("certainty_auroc", result["certainty_auroc"], result["certainty_estimator"])
    add("certainty_auroc_active", result["certainty_auroc_active"], f"{result['n_active']} active latents")
    for est, v in result.get("certainty_auroc_by_estimator", {}).items():
        add(f"certainty_auroc [{est}]", f"{_fmt(v['all'])} / {_fmt(v['active'])}", "all / active")
    for task in ("detection", "direction"):
        b = result.get(task)
        if b and b.get("chance") is None:
            add(f"{task}_accuracy", None, b.get("note", ""))
        elif b:
            extra = f", k = {b['k']}" if b.get("k") else ""
            add(f"{task}_accuracy", b["accuracy"], f"chance {b['chance']:.2f}{extra}; {b['n']} of {b['n_latents']} "
                f"latents scored (clear explanations); judge {b['judge']}")
    add("encoder_side_accuracy", result["encoder_side_accuracy"], f"{result['n_with_encoder_factor']} latents")
    add("mig", result["mig"], "normalised MI of binned posterior means, all images (disentanglement.py)")
    d = result.get("disentanglement") or {}
    for name in ("mig", "dci_disentanglement", "dci_completeness", "dci_informativeness", "sap", "factorvae"):
        if name in d:
            add(f"disentanglement.{name}", d[name], f"{d.get('n_images', '')} images")
    tm = result.get("text_metrics")
    if tm:
        for name in tm["metrics"]:
            add(f"text_metrics.{name}", f"{tm[name]:.1f}", f"x100; {tm['n']} latents with references")
    return "\n".join(lines)


def run_benchmark(dataset: str, out: Path, model_spec: str | None = None, *, settings: ExplainSettings | None = None,
                  options: BenchmarkOptions | None = None, show_progress: bool = True, command: str = "",
                  **fields_: Any) -> BenchmarkResult:
    """Explain every latent of a model trained on labelled data and score the explanations
    (module docstring). ``settings`` are the explainer's, ``options`` what the benchmark adds
    (:class:`BenchmarkOptions`: the judge that scores by use, references for the text
    metrics, the ablation, ...); any field of either may be given as a keyword instead
    (``samples=3, judge="openai:gpt-4o"``: changed copies, the caller's stay as given).
    Returns a :class:`BenchmarkResult`; ``out/benchmark.json`` is its ``to_dict()``."""
    from ..judges import get_judge

    s, o = _split_fields(settings or ExplainSettings(), options or BenchmarkOptions(), fields_)
    if model_spec is not None:
        o = replace(o, model_spec=model_spec)
    seed = s.seed
    t0 = time.perf_counter()
    the_judge = get_judge(o.judge, o.judge_options, cache=s.cache)  # a bad judge or references file fails before any work
    for name in (s.certainty, *s.also):  # as does a misspelled estimator (before a predictor is trained)
        ESTIMATORS.get(name)
    if o.references is not None:
        from .evaluate_run import load_references

        load_references(o.references)
    out = Path(out).expanduser().resolve()
    data = load_dataset(dataset, o.n_images, seed=54321 + seed)  # never the training images
    if not data.has_factors:
        raise DataError(f"the benchmark needs ground-truth factors; data set '{dataset}' has none "
                        "(use shapes, scenes, or npz:PATH with a 'factors' array)")
    model: GenerativeModel = load_model(o.model_spec or _default_model(dataset, out, seed, show_progress, command,
                                                                       o.train_epochs),
                                        allow_download=o.allow_download)
    if not model.can_encode:
        raise ConfigError("the benchmark needs a model with an encoder (a VAE folder) for the encoder-side truth")
    k = o.k
    if k is not None and not 1 <= k < model.latent_dim:
        raise ConfigError(f"detection with k = {k} distractors needs k in [1, {model.latent_dim - 1}]: "
                          f"this model has {model.latent_dim} latents")
    out.mkdir(parents=True, exist_ok=True)
    images = data.as_float()
    mu, logvar = model.encode(images)
    # the judge learns what factors look like once the model has drawn them: its reconstructions too
    predictor, quality = factor_judge(model, data, out, seed, o.predictor_epochs, show_progress,
                                      lambda: model.decode(mu))
    s = replace(s, also=tuple(dict.fromkeys((*s.also, "bow", "embedding", "clusters"))))  # the caller's stay as given
    run_path = out / o.run_name  # several explainers can share one folder (and its trained judge)
    resume = (run_path / "config.json").exists()
    base_images = images[:2000] if s.base_codes == "encoded" else None
    run = explain(model, run_path, s, images=base_images, resume=resume, show_progress=show_progress,
                  extra_config={"command": command, "dataset": dataset})
    kl = kl_per_latent(mu, logvar)
    nmi = nmi_matrix(mu, data.factors)
    names = data.factor_names
    spreads = factor_spreads(data)
    weights = reliability(predictor, quality)
    manip = Manipulation.prepare(model, s, base_images)  # the very sequences the explainer saw
    described = described_factors(data.factor_info)
    rows = []
    traversals = {}
    for rec in run.records:
        i = rec.latent
        seqs = manip.sequences(i)
        traversals[i] = tuple(seqs)
        truth = decoder_truth(seqs, predictor, spreads, weights)
        change = traversal_change(seqs)
        order = np.argsort(-nmi[i])
        changed = sorted(f for f, v in truth.scores.items() if v >= CHANGED_MIN)
        grade = grade_explanation(rec.explanation, rec.clear, truth.factor, changed, described)
        named_all = grade["named_factors"]
        named = named_all[0] if named_all else None
        rows.append(LatentScore(**{
            "latent": i, "kl": float(kl[i]), "change": change,
            "active": bool(kl[i] > KL_GATE and change > ACTIVE_CHANGE),
            "nmi_top": [[names[order[0]], float(nmi[i, order[0]])], [names[order[1]], float(nmi[i, order[1]])]]
            if len(order) > 1 else [[names[order[0]], float(nmi[i, order[0]])]],
            "encoder_factor": encoder_truth(nmi[i], float(kl[i]), names),
            "decoder_factor": truth.factor, "decoder_scores": truth.scores,
            "explanation": rec.explanation, "named_factor": named, "status": rec.status,
            "certainty": rec.certainty, "certainties": rec.certainties,
            "named_factors": named_all, "changed_factors": changed,
            "correct": grade["correct"], "confident_wrong": grade["confident_wrong"],
            "encoder_agrees": truth.factor is not None and named == encoder_truth(nmi[i], float(kl[i]), names),
        }))
    use = _use_scores(the_judge, manip, model, {r.latent: r.explanation for r in run.records}, traversals, k, seed)
    _attach_use(rows, use)
    with_f = [r for r in rows if r["decoder_factor"]]
    active = [r for r in rows if r["active"]]
    clear = [r for r in rows if r["status"] == "ok"]
    result = BenchmarkResult(
        dataset=dataset, model=model.name, model_info=model.info, backend=s.backend, bias=s.bias,
        samples=s.samples, threshold=s.threshold, certainty_estimator=s.certainty,
        n_latents=len(rows), n_with_factor=len(with_f), n_active=len(active),
        factor_accuracy=float(np.mean([r["correct"] for r in with_f])) if with_f else None,
        n_clear=len(clear),
        confident_wrong_rate=float(np.mean([r["confident_wrong"] for r in clear])) if clear else None,
        certainty_auroc=auroc([r["certainty"] for r in rows], [bool(r["decoder_factor"]) for r in rows]),
        certainty_auroc_active=auroc([r["certainty"] for r in active], [bool(r["decoder_factor"]) for r in active]),
        certainty_auroc_by_estimator={
            est: {"all": auroc([r["certainties"][est] for r in rows], [bool(r["decoder_factor"]) for r in rows]),
                  "active": auroc([r["certainties"][est] for r in active], [bool(r["decoder_factor"]) for r in active])}
            for est in (rows[0]["certainties"] if rows else {})
        },
        encoder_side_accuracy=(float(np.mean([r["named_factor"] == r["encoder_factor"] for r in rows
                                              if r["encoder_factor"]])) if any(r["encoder_factor"] for r in rows)
                               else None),
        n_with_encoder_factor=sum(1 for r in rows if r["encoder_factor"]),
        mig=float(mig_from_nmi(nmi).mean()), disentanglement=_disentanglement(mu, data, seed),
        predictor_quality=quality, seconds=round(time.perf_counter() - t0, 1), command=command, latents=rows,
        detection_accuracy=use["detection"]["accuracy"], direction_accuracy=use["direction"]["accuracy"],
        detection=use["detection"], direction=use["direction"],
        text_metrics=_text_metrics(run_path, o.references, o.wordnet_dir) if o.references is not None else None,
        ablation=(_ablation(model, out, s, base_images, rows, described, show_progress, command, dataset)
                  if o.ablation else None))
    name = "benchmark.json" if o.run_name == "run" else f"benchmark-{o.run_name}.json"
    write_atomic(out / name, json.dumps(result.to_dict(), indent=2))
    run.report()  # again, now with the benchmark table (read from out/benchmark.json)
    return result


def _split_fields(settings: ExplainSettings, options: BenchmarkOptions,
                  given: dict[str, Any]) -> tuple[ExplainSettings, BenchmarkOptions]:
    """Keyword fields into the settings or the options they belong to (changed copies); one
    error line naming a keyword that is neither."""
    mine = {f.name for f in fields(BenchmarkOptions)}
    theirs = {f.name for f in fields(ExplainSettings)}
    unknown = sorted(set(given) - mine - theirs)
    if unknown:
        raise ConfigError(f"run_benchmark() got unknown argument(s) {', '.join(unknown)}; give fields of "
                          "ExplainSettings or BenchmarkOptions")
    s = replace(settings, **{k: v for k, v in given.items() if k in theirs})
    return s, replace(options, **{k: v for k, v in given.items() if k in mine})


def _ablation(model: GenerativeModel, out: Path, s: ExplainSettings, base_images, rows: list[dict],
              described: list[tuple], show_progress: bool, command: str, dataset: str) -> dict:
    """The paper's ablation on the same sequences: the plain prompt instead of the bias prompt,
    scored against the same decoder-side truth."""
    from dataclasses import replace

    path = out / "run-no-bias-prompt"
    plain = explain(model, path, replace(s, bias_prompt=False), images=base_images,
                    resume=(path / "config.json").exists(), show_progress=show_progress, report=False,
                    extra_config={"command": command, "dataset": dataset})
    truth = {r["latent"]: r["decoder_factor"] for r in rows}
    with_f = [rec for rec in plain.records if truth.get(rec.latent)]
    acc = float(np.mean([truth[rec.latent] in {n for _, n in named_factors(rec.explanation, described)}
                         for rec in with_f])) if with_f else None
    main = [r for r in rows if r["decoder_factor"]]
    return {"bias_prompt": {"accuracy": float(np.mean([r["correct"] for r in main])) if main else None,
                            "n_with_truth": len(main)},
            "no_bias_prompt": {"accuracy": acc, "n_with_truth": len(with_f)}}


def print_table(result: BenchmarkResult | dict) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    result = result.to_dict() if isinstance(result, BenchmarkResult) else result
    t = Table("z", "KL", "NMI top", "encoder", "decoder", "explanation", "named", "cert", "ok", "det", "dir",
              title=f"{result['dataset']}: {result['model']}")
    mark = {True: "yes", False: "no", None: ""}
    for r in result["latents"]:
        top = r["nmi_top"][0]
        t.add_row(str(r["latent"]), f"{r['kl']:.2f}", f"{top[0]} {top[1]:.2f}", str(r["encoder_factor"] or "-"),
                  str(r["decoder_factor"] or "-"), escape(for_terminal(r["explanation"] or "No clear explanation")),
                  str(r["named_factor"] or "-"), f"{r['certainty']:.2f}", "yes" if r["correct"] else "",
                  mark[r.get("detection")], mark[r.get("direction")])
    show_table(t, Console())  # a terminal draws it; a log or pipe gets one line per latent
    print(summary_markdown(result))
