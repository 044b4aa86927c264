"""Scale benchmark: a run store linear in the number of units, and Ray's speed-up.

    .venv/bin/python benchmarks/scale.py [--sizes 512,2048] [--samples 2] [--ray-units 64] [--workers 2]
                                         [--out runs/bench/scale.json]

Explains every latent of a cheap 32 px decoder (a fixed random projection of the code, one
grey channel) with the offline probe, ``--samples 2``, no report, once per size, in one
process, one after the other; prints a table (seconds, ms per unit) and the ratio of the
largest size's time to the smallest's against the ratio of their sizes (4 for 512 -> 2048:
a linear store is near 4, the old store that rewrote explanations.jsonl after each unit took
11.2). Also times the store alone (RunDir.append of the same number of finished records), so
the figure is not hidden by decoding and measuring.

Ray: ``--ray-units`` units of a CPU-bound decoder (tests/fakes/models.py: slow_model, about 1 s
of single-threaded work per unit) explained with ``--executor local`` and with ``--executor
ray`` and ``--workers`` workers, the same records; the speed-up is local time over Ray time,
both with the cluster's start and stop counted, and with a cluster already running (joined).
``--ray-units 0`` skips it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from latentexplainer import ExplainSettings, GenerativeModel, explain
from latentexplainer.records import LatentRecord
from latentexplainer.run import RunDir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # fakes.models: the slow decoder (workers import it as this process does)


def cheap_model(latent_dim: int, side: int = 32, seed: int = 0) -> GenerativeModel:
    w = np.random.default_rng(seed).standard_normal((latent_dim, side * side)).astype(np.float32) * 0.05

    def decode(z: np.ndarray) -> np.ndarray:
        return (1 / (1 + np.exp(-(z @ w)))).reshape(len(z), 1, side, side)

    return GenerativeModel(f"cheap-{latent_dim}", latent_dim, decode, info={"kind": "test decoder"})


def time_explain(n: int, samples: int, tmp: Path) -> float:
    t0 = time.perf_counter()
    run = explain(cheap_model(n), tmp / f"run-{n}", ExplainSettings(samples=samples), show_progress=False,
                  report=False)
    assert len(run.records) == n
    return time.perf_counter() - t0


def time_store(n: int, tmp: Path) -> float:
    """RunDir.append of n records (as a run writes them), then the end-of-run sync."""
    rd = RunDir(tmp / f"store-{n}")
    with rd.lock():
        rd.open({"model": "store"})
        t0 = time.perf_counter()
        for i in range(n):
            rd.append(LatentRecord(i, f"z{i}", "disentanglement", "prompt " * 40, ["The object grows."] * 2,
                                   [False, False], 1.0, "gist", {"gist": 1.0}, "The object grows.", True, 0.2617,
                                   "ok", images=[f"images/z{i}_s0.png", f"images/z{i}_s1.png"]))
        rd.sync()
        return time.perf_counter() - t0


def time_ray(units: int, workers: int, tmp: Path) -> dict:
    """Local, Ray (started and stopped by the run) and Ray (joined, already up) on the slow decoder."""
    import os

    import ray

    from latentexplainer.models import load_model

    model = load_model("fakes.models:slow_model")
    s = ExplainSettings(samples=5, latents=list(range(units)))
    out: dict = {"units": units, "workers": workers}
    runs = {}
    for name, executor in (("local", "local"), ("ray", "ray"), ("ray_joined", "ray")):
        if name == "ray_joined":
            path = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
            t_up = time.perf_counter()
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False,
                     runtime_env={"env_vars": {"PYTHONPATH": path}})
            out["cluster_start_s"] = round(time.perf_counter() - t_up, 2)
        t0 = time.perf_counter()
        runs[name] = explain(model, tmp / f"ray-{name}", s, executor=executor, workers=workers, show_progress=False,
                             report=False)
        out[f"{name}_s"] = round(time.perf_counter() - t0, 2)
    ray.shutdown()
    same = [r.to_dict() for r in runs["local"].records]
    out["same_records"] = all([r.to_dict() for r in runs[k].records] == same for k in ("ray", "ray_joined"))
    out["speedup"] = round(out["local_s"] / out["ray_s"], 2)
    out["speedup_joined"] = round(out["local_s"] / out["ray_joined_s"], 2)
    out["local_s_per_unit"] = round(out["local_s"] / units, 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="512,2048")
    ap.add_argument("--samples", type=int, default=2)
    ap.add_argument("--ray-units", type=int, default=64)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench" / "scale.json")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            e = time_explain(n, args.samples, Path(tmp))
            s = time_store(n, Path(tmp))
            rows.append({"units": n, "explain_s": round(e, 2), "explain_ms_per_unit": round(1000 * e / n, 2),
                         "store_s": round(s, 3), "store_ms_per_unit": round(1000 * s / n, 3)})
        ray_row = time_ray(args.ray_units, args.workers, Path(tmp)) if args.ray_units else None
    lo, hi = rows[0], rows[-1]
    result = {"rows": rows, "size_ratio": hi["units"] / lo["units"],
              "explain_time_ratio": round(hi["explain_s"] / lo["explain_s"], 2),
              "store_time_ratio": round(hi["store_s"] / lo["store_s"], 2), "samples": args.samples,
              "decoder": "32 px, one channel, fixed random projection", "backend": "probe", "ray": ray_row}
    print("| units | explain s | ms / unit | store s | store ms / unit |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['units']} | {r['explain_s']:.2f} | {r['explain_ms_per_unit']:.2f} | {r['store_s']:.3f} | "
              f"{r['store_ms_per_unit']:.3f} |")
    print(f"\ntime ratio {hi['units']} / {lo['units']} units (size ratio {result['size_ratio']:g}): "
          f"explain {result['explain_time_ratio']}, store alone {result['store_time_ratio']}")
    if ray_row:
        print(f"\n| executor | seconds ({ray_row['units']} units, ~{ray_row['local_s_per_unit']} s each) | speed-up |")
        print("|---|---|---|")
        print(f"| local | {ray_row['local_s']:.1f} | 1.00 |")
        print(f"| ray, {ray_row['workers']} workers (start and stop counted) | {ray_row['ray_s']:.1f} | "
              f"{ray_row['speedup']:.2f} |")
        print(f"| ray, {ray_row['workers']} workers (cluster already up: started in {ray_row['cluster_start_s']} s) | "
              f"{ray_row['ray_joined_s']:.1f} | {ray_row['speedup_joined']:.2f} |")
        print(f"same records as local: {ray_row['same_records']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
