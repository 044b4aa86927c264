"""Pullback benchmark: subspace (power) iteration against the dense Jacobian SVD.

    PYTHONPATH=src .venv/bin/python benchmarks/pullback.py [--rank 5] [--iters 30] [--tol 1e-4]
        [--threads 1] [--device cpu] [--out runs/bench/pullback.json]

For two tiny random DDPM U-Nets (diffusers UNet2DModel built from a config, no download),
the top-``rank`` right-singular vectors of J = dh/dx_t at the same seeded start point x_T are
found twice: by ``pullback_directions`` (jvp/vjp products only) and by the SVD of the dense
Jacobian (forward mode over the whole input basis). Reports the time of each, their ratio,
the subspace agreement (mean cosine of the principal angles) and the rounds the power
iteration used. Prints a Markdown table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # for fakes.oracles (the dense reference)

import torch  # noqa: E402

from fakes import oracles  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402

SIZES = {
    "small": dict(sample_size=16, block_out_channels=(8, 16)),
    "larger": dict(sample_size=32, block_out_channels=(16, 32)),
}
COMMON = dict(in_channels=3, out_channels=3, layers_per_block=1, norm_num_groups=4, attention_head_dim=8,
              down_block_types=("DownBlock2D", "AttnDownBlock2D"), up_block_types=("AttnUpBlock2D", "UpBlock2D"))


def build(size: str, device: str) -> dm.Diffusion:
    from diffusers import DDPMScheduler, UNet2DModel

    torch.manual_seed(0)
    unet = UNet2DModel(**COMMON, **SIZES[size]).eval().requires_grad_(False).to(device)
    alphas = torch.as_tensor(DDPMScheduler().alphas_cumprod, dtype=torch.float64).to(device)
    return dm.Diffusion(unet, alphas, "epsilon", f"<{size} random>", "DDPMScheduler")


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def bench(size: str, rank: int, iters: int, tol: float, device: str, chunk: int) -> dict:
    diff = build(size, device)
    t = diff.timestep(1.0)
    x = dm.start_point(diff, 0, t)
    dm.pullback_directions(diff.unet, x, t, rank, 1, tol, 0)  # warm-up (and the jvp-safe patch)
    _sync(device)
    t0 = time.perf_counter()
    V, S, used = dm.pullback_directions(diff.unet, x, t, rank, iters, tol, 0)
    _sync(device)
    t_power = time.perf_counter() - t0
    t0 = time.perf_counter()
    Vd, Sd = oracles.dense_jacobian_svd(diff.unet, x, t, rank, chunk)
    _sync(device)
    t_dense = time.perf_counter() - t0
    return {
        "size": size, "input_dim": int(x[0].numel()),
        "h_dim": int(dm.HSpace.of(diff.unet, x, t)[0].numel()),
        "params": int(sum(p.numel() for p in diff.unet.parameters())),
        "power_s": round(t_power, 3), "dense_s": round(t_dense, 3), "dense_over_power": round(t_dense / t_power, 2),
        "agreement": round(oracles.subspace_agreement(V.cpu(), Vd.cpu()), 5), "iterations": used,
        "sigma_power": [round(float(s), 4) for s in S], "sigma_dense": [round(float(s), 4) for s in Sd],
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rank", type=int, default=5)
    ap.add_argument("--iters", type=int, default=30)
    ap.add_argument("--tol", type=float, default=1e-4)
    ap.add_argument("--chunk", type=int, default=64, help="basis vectors per forward-mode batch of the dense Jacobian")
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (1 is fastest on a shared machine)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench" / "pullback.json")
    a = ap.parse_args(argv)
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    rows = [bench(s, a.rank, a.iters, a.tol, a.device, a.chunk) for s in a.sizes]
    print("| model | input dim | h dim | power iteration (s) | dense SVD (s) | dense/power | agreement | iterations |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']} | {r['input_dim']} | {r['h_dim']} | {r['power_s']:.2f} | {r['dense_s']:.2f} | "
              f"{r['dense_over_power']:.1f}x | {r['agreement']:.4f} | {r['iterations']} |")
    result = {"benchmark": "pullback", "rank": a.rank, "iters": a.iters, "tol": a.tol, "device": a.device,
              "threads": torch.get_num_threads(), "torch": torch.__version__, "rows": rows,
              "must_show": {"agreement_at_least_0.99": all(r["agreement"] >= 0.99 for r in rows),
                            "power_faster_at_largest": rows[-1]["power_s"] < rows[-1]["dense_s"]}}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = a.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, indent=2))
    tmp.replace(a.out)
    print(f"wrote {a.out}")
    return result


if __name__ == "__main__":
    main()
