"""Quality benchmark: the probe explainer against ground truth on the procedural data sets.

    .venv/bin/python benchmarks/groundtruth.py [--datasets shapes,scenes] [--out runs/bench]

Runs `latentexplainer benchmark` for each data set with the default settings and the
shipped model, prints one table and writes runs/bench/groundtruth.json. Figures:
factor_accuracy, certainty_auroc (all latents / active latents, per estimator), MIG, and
the probe judge's detection (k = 4, chance 0.2) and direction (chance 0.5) accuracy.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from latentexplainer.evaluate.benchmark import run_benchmark

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default="shapes,scenes")
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = {}
    for ds in args.datasets.split(","):
        t0 = time.perf_counter()
        r = run_benchmark(ds, args.out / ds, seed=args.seed, show_progress=False).to_dict()
        rows[ds] = {k: r[k] for k in ("factor_accuracy", "certainty_auroc", "certainty_auroc_active",
                                      "n_with_factor", "n_active", "n_latents", "mig", "encoder_side_accuracy",
                                      "n_with_encoder_factor", "certainty_auroc_by_estimator",
                                      "detection_accuracy", "direction_accuracy")}
        rows[ds]["seconds"] = round(time.perf_counter() - t0, 1)

    def f(v):
        return "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    cols = ["factor_accuracy", "certainty_auroc", "certainty_auroc_active", "n_with_factor", "n_active",
            "n_latents", "mig", "detection_accuracy", "direction_accuracy", "seconds"]
    print("| dataset | " + " | ".join(cols) + " | embedding AUROC (all / active) |")
    print("|" + "---|" * (len(cols) + 2))
    for ds, r in rows.items():
        emb = r["certainty_auroc_by_estimator"].get("embedding", {})
        print(f"| {ds} | " + " | ".join(f(r[c]) for c in cols) + f" | {f(emb.get('all'))} / {f(emb.get('active'))} |")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "groundtruth.json").write_text(json.dumps(rows, indent=2))
    print(f"written: {args.out / 'groundtruth.json'}")


if __name__ == "__main__":
    main()
