"""`latentexplainer benchmark`: explain every latent of a model trained on labelled data
and score the explanations against ground truth (see groundtruth.py for both sides).

Figures: ``factor_accuracy`` (latents with a decoder-side factor whose clear explanation
names it, see mapping.py), ``certainty_auroc`` (certainty separating latents with a factor
from those without), ``certainty_auroc_active`` (the same among active latents only - the
honest figure, since dead latents are easy to reject), MIG, and a per-latent table.
A latent is *active* when its KL to the prior exceeds 0.05 nats and its traversal changes
the decoded images (mean absolute pixel change between the ends above 0.005): beta-TCVAE's
unused latents can keep a KL of 0.1-0.5 nats while the decoder ignores them.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from ..data import load_dataset
from ..errors import ConfigError, DataError
from ..models import GenerativeModel, load_model
from ..pipeline import ExplainSettings, Manipulation, explain
from ..progress import progress_bar
from ..shipped import shipped_model
from ..models.vae import kl_per_latent
from .groundtruth import (KL_GATE, decoder_truth, encoder_truth, factor_codes, factor_spreads, mig, nmi_matrix,
                          reliability)
from .mapping import named_factor
from .predictor import FactorPredictor, train_predictor


ACTIVE_CHANGE = 0.005  # mean absolute pixel change (of 1) between the ends of a traversal


def auroc(scores: list[float], labels: list[bool]) -> float | None:
    """Area under the ROC curve (ties count half); None when only one class is present."""
    s, y = np.asarray(scores, float), np.asarray(labels, bool)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return None
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return float((greater + 0.5 * ties) / (len(pos) * len(neg)))


def _default_model(dataset: str, out: Path, seed: int, show_progress: bool, command: str) -> Path:
    """The shipped model for shapes / scenes; otherwise one trained here with the default
    recipe into ``out/model`` (resumable: an interrupted benchmark continues training)."""
    from ..models.train import RECIPE, TrainSettings, train_vae
    from ..models.vae import VAEConfig
    from ..shipped import SHIPPED

    if dataset in SHIPPED:
        return shipped_model(dataset)
    folder = out / "model"
    settings = TrainSettings(seed=seed)
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


def _model_id(model: GenerativeModel) -> str:
    """Identifies the weights: a hash of the decoded images of fixed codes."""
    import hashlib

    z = np.random.default_rng(0).standard_normal((4, model.latent_dim)).astype(np.float32)
    return hashlib.sha256(np.round(model.decode(z), 4).tobytes()).hexdigest()[:16]


def traversal_change(seqs) -> float:
    """Mean absolute pixel change between the ends of a latent's rows: 0 for a dead latent."""
    return float(np.mean([np.abs(r.frames[-1] - r.frames[0]).mean() for q in seqs for r in q.rows]))


def run_benchmark(dataset: str, out: Path, model_spec: str | None = None, samples: int = 5, seed: int = 0,
                  n_images: int = 10000, show_progress: bool = True, command: str = "",
                  settings: ExplainSettings | None = None, predictor_epochs: int = 8) -> dict:
    t0 = time.perf_counter()
    out = Path(out).expanduser().resolve()
    data = load_dataset(dataset, n_images, seed=54321 + seed)  # never the training images
    if not data.has_factors:
        raise DataError(f"the benchmark needs ground-truth factors; data set '{dataset}' has none "
                        "(use shapes, scenes, or npz:PATH with a 'factors' array)")
    model: GenerativeModel = load_model(model_spec or _default_model(dataset, out, seed, show_progress, command))
    if not model.can_encode:
        raise ConfigError("the benchmark needs a model with an encoder (a VAE folder) for the encoder-side truth")
    out.mkdir(parents=True, exist_ok=True)
    images = data.as_float()
    mu, logvar = model.encode(images)
    model_id = _model_id(model)
    predictor = FactorPredictor.load(out / "predictor", data.factor_info, model_id)
    quality: dict[str, float] = {}
    if predictor is None:
        recon = model.decode(mu)  # the judge learns what factors look like once the model has drawn them
        with progress_bar(predictor_epochs, "training the factor predictor", show_progress) as adv:
            predictor, quality = train_predictor(data, epochs=predictor_epochs, seed=seed, progress=adv,
                                                 reconstructions=recon)
        predictor.save(out / "predictor", model_id)
        (out / "predictor" / "quality.json").write_text(json.dumps(quality, indent=2))
    else:
        quality = json.loads((out / "predictor" / "quality.json").read_text())
    s = settings or ExplainSettings(samples=samples, seed=seed)
    s.also = tuple(dict.fromkeys((*s.also, "embedding", "clusters")))
    run_path = out / "run"
    resume = (run_path / "config.json").exists()
    base_images = images[:2000] if s.base_codes == "encoded" else None
    run = explain(model, run_path, s, images=base_images, resume=resume, show_progress=show_progress,
                  extra_config={"command": command, "dataset": dataset})
    kl = kl_per_latent(mu, logvar)
    nmi = nmi_matrix(mu, factor_codes(data))
    names = data.factor_names
    spreads = factor_spreads(data)
    weights = reliability(predictor, quality)
    manip = Manipulation.prepare(model, s, base_images)  # the very sequences the explainer saw
    described = [(f.name, f.description) for f in data.factor_info]
    rows = []
    for rec in run.records:
        i = rec.latent
        seqs = manip.sequences(i)
        judge = decoder_truth(seqs, predictor, spreads, weights)
        change = traversal_change(seqs)
        order = np.argsort(-nmi[i])
        named = named_factor(rec.explanation, described)
        rows.append({
            "latent": i, "kl": float(kl[i]), "change": change,
            "active": bool(kl[i] > KL_GATE and change > ACTIVE_CHANGE),
            "nmi_top": [[names[order[0]], float(nmi[i, order[0]])], [names[order[1]], float(nmi[i, order[1]])]]
            if len(order) > 1 else [[names[order[0]], float(nmi[i, order[0]])]],
            "encoder_factor": encoder_truth(nmi[i], float(kl[i]), names),
            "decoder_factor": judge.factor, "decoder_scores": judge.scores,
            "explanation": rec.explanation, "named_factor": named, "status": rec.status,
            "certainty": rec.certainty, "certainties": rec.certainties,
            "correct": judge.factor is not None and named == judge.factor,
            "encoder_agrees": judge.factor is not None and named == encoder_truth(nmi[i], float(kl[i]), names),
        })
    with_f = [r for r in rows if r["decoder_factor"]]
    active = [r for r in rows if r["active"]]
    result = {
        "dataset": dataset, "model": model.name, "model_info": model.info, "backend": s.backend,
        "bias": s.bias, "samples": s.samples, "threshold": s.threshold, "certainty_estimator": s.certainty,
        "n_latents": len(rows), "n_with_factor": len(with_f), "n_active": len(active),
        "factor_accuracy": float(np.mean([r["correct"] for r in with_f])) if with_f else None,
        "certainty_auroc": auroc([r["certainty"] for r in rows], [bool(r["decoder_factor"]) for r in rows]),
        "certainty_auroc_active": auroc([r["certainty"] for r in active], [bool(r["decoder_factor"]) for r in active]),
        "certainty_auroc_by_estimator": {
            est: {"all": auroc([r["certainties"][est] for r in rows], [bool(r["decoder_factor"]) for r in rows]),
                  "active": auroc([r["certainties"][est] for r in active], [bool(r["decoder_factor"]) for r in active])}
            for est in (rows[0]["certainties"] if rows else {})
        },
        "encoder_side_accuracy": (float(np.mean([r["named_factor"] == r["encoder_factor"] for r in rows if r["encoder_factor"]]))
                                  if any(r["encoder_factor"] for r in rows) else None),
        "n_with_encoder_factor": sum(1 for r in rows if r["encoder_factor"]),
        "mig": mig(nmi), "disentanglement": _disentanglement(mu, data, seed), "predictor_quality": quality, "seconds": round(time.perf_counter() - t0, 1),
        "command": command, "latents": rows,
    }
    tmp = out / "benchmark.json.tmp"
    tmp.write_text(json.dumps(result, indent=2))
    tmp.replace(out / "benchmark.json")
    run.report()  # again, now with the benchmark table (read from out/benchmark.json)
    return result


def print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table("z", "KL", "NMI top", "encoder", "decoder", "explanation", "named", "cert", "ok",
              title=f"{result['dataset']}: {result['model']}")
    for r in result["latents"]:
        top = r["nmi_top"][0]
        t.add_row(str(r["latent"]), f"{r['kl']:.2f}", f"{top[0]} {top[1]:.2f}", str(r["encoder_factor"] or "-"),
                  str(r["decoder_factor"] or "-"), r["explanation"] or "No clear explanation",
                  str(r["named_factor"] or "-"), f"{r['certainty']:.2f}", "yes" if r["correct"] else "")
    c = Console()
    c.print(t)

    def fmt(v):
        return "n/a" if v is None else f"{v:.3f}"

    c.print(f"factor_accuracy {fmt(result['factor_accuracy'])}  certainty_auroc {fmt(result['certainty_auroc'])}  "
            f"certainty_auroc_active {fmt(result['certainty_auroc_active'])}  n_with_factor {result['n_with_factor']}/"
            f"{result['n_latents']}  MIG {result['mig']:.3f}")
