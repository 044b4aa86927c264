"""CUDA check: the package's GPU paths on tiny offline models, each section timed.

    PYTHONPATH=src python3 benchmarks/cuda_check.py [--device cuda] [--samples 2] [--answers 3]
        [--threads N] [--skip ddpm-ray ...] [--out runs/bench/cuda_check.json]

One call, a few minutes at most: nothing is downloaded (the shipped shapes DDPM, and tiny
random pipelines and VLMs built from configs in a temporary folder, with the tests' own
builders). Sections:

  ddpm        diffusers:SHIPPED?device=D&rank=3: pullback directions (power iteration), walks,
              the top 3 directions explained by the probe (singular values, status counts)
  ddpm-ray    the same run with --executor ray (1 worker, 1 GPU on cuda, 0 on cpu): its time and
              whether its records equal the local run's (skipped when ray is not importable)
  sd          sd:TINY?prompt=a%20smile&device=D&rank=2, explained by the probe
  sdxl        sdxl:TINY?..., the same
  hf-llava    hf:TINY_LLAVA with device D, max_tokens 8: load + first answers, then per answer
  hf-qwen2-vl the same on a tiny Qwen2-VL
  ddpm-large  a DDPM U-Net of the 256 px church model's size (random weights, --large-size px),
              --large-rank directions: local, then --executor ray with --large-workers workers
              sharing the GPU (1/workers of it each)

A failing section prints its traceback to stderr and the others still run. Prints a Markdown
table (section, ok, seconds, notes) and writes JSON (device name, torch version, peak GPU
memory per section on CUDA: this process's, not the Ray worker's). Exit 0 when every section
passed (or was skipped), 3 otherwise, 2 when --device cuda is asked for and CUDA is unavailable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # the tests' builders of tiny models (conftest, test_*.py)
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402

from latentexplainer import ExplainSettings, explain, load_model  # noqa: E402
from latentexplainer.diffusion_demo import SHIPPED_DDPM  # noqa: E402

FAST = "decode_steps=3&steps_per_unit=1.0"  # the tiny random pipelines: short walks (as their tests)
SECTIONS = ["ddpm", "ddpm-ray", "sd", "sdxl", "hf-llava", "hf-qwen2-vl", "ddpm-large"]


class Skip(Exception):
    """A section that cannot run here (an optional package missing): not a failure."""


def sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def timed(device: str, fn, *args, **kw) -> tuple:
    """fn(...) and its wall time, the GPU's queue drained."""
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    sync(device)
    return out, time.perf_counter() - t0


def directions(a, spec: str, out: Path, **kw) -> tuple[dict, object, object]:
    """Load a diffusion spec (pullback directions) and explain them with the probe (walks)."""
    model, load_s = timed(a.device, load_model, spec)
    run, explain_s = timed(a.device, explain, model, out, ExplainSettings(samples=a.samples, **kw),
                           show_progress=False, report=False)
    assert not run.failed and run.records, f"{len(run.failed)} unit(s) failed, {len(run.records)} record(s)"
    return {"load_and_pullback_s": round(load_s, 2), "explain_s": round(explain_s, 2),
            "sigma": [round(float(s), 3) for s in model.info["singular_values"]],
            "power_iterations": model.info.get("power_iterations"),
            "status": dict(Counter(r.status for r in run.records)),
            "explanations": [r.explanation for r in run.records]}, model, run


def check_ddpm(a, tmp: Path, shared: dict) -> dict:
    notes, model, run = directions(a, f"diffusers:{SHIPPED_DDPM}?device={a.device}&rank=3", tmp / "run")
    shared["ddpm"] = (model, run, notes["explain_s"])
    return notes


def check_ddpm_ray(a, tmp: Path, shared: dict) -> dict:
    try:
        import ray  # noqa: F401
    except ImportError:
        raise Skip("ray is not importable") from None
    if "ddpm" not in shared:
        raise RuntimeError("the ddpm section did not finish: nothing to compare with")
    model, local, local_s = shared["ddpm"]
    gpus = 1.0 if a.device.startswith("cuda") else 0.0
    run, ray_s = timed(a.device, explain, model, tmp / "run", ExplainSettings(
        samples=a.samples, executor="ray", workers=1, gpus_per_worker=gpus), show_progress=False, report=False)
    same = [r.explanation for r in run.records] == [r.explanation for r in local.records]
    notes = {"ray_s": round(ray_s, 2), "local_s": local_s, "gpus_per_worker": gpus, "same_explanations": same,
             "same_records": [r.to_dict() for r in run.records] == [r.to_dict() for r in local.records]}
    assert same and not run.failed, f"ray's explanations differ: {[r.explanation for r in run.records]}"
    return notes


def build_large_ddpm(folder: Path, size: int) -> float:
    """A randomly initialised pixel DDPM of the 256 px church model's layout (about 114 M parameters)."""
    from diffusers import DDPMScheduler, UNet2DModel

    torch.manual_seed(0)
    unet = UNet2DModel(sample_size=size, in_channels=3, out_channels=3, layers_per_block=2,
                       block_out_channels=(128, 128, 256, 256, 512, 512),
                       down_block_types=("DownBlock2D",) * 4 + ("AttnDownBlock2D", "DownBlock2D"),
                       up_block_types=("UpBlock2D", "AttnUpBlock2D") + ("UpBlock2D",) * 4)
    unet.save_pretrained(folder / "unet")
    DDPMScheduler(num_train_timesteps=1000).save_pretrained(folder / "scheduler")
    (folder / "model_index.json").write_text(json.dumps({"_class_name": "DDPMPipeline", "unet": [
        "diffusers", "UNet2DModel"], "scheduler": ["diffusers", "DDPMScheduler"]}))
    return round(sum(p.numel() for p in unet.parameters()) / 1e6, 1)


def check_ddpm_large(a, tmp: Path, shared: dict) -> dict:
    params = build_large_ddpm(tmp / "ddpm", a.large_size)
    notes, model, local = directions(a, f"diffusers:{tmp / 'ddpm'}?device={a.device}&rank={a.large_rank}",
                                     tmp / "run")
    notes.update(size=a.large_size, params_m=params)
    try:
        import ray  # noqa: F401
    except ImportError:
        return notes
    gpus = 1 / a.large_workers if a.device.startswith("cuda") else 0.0
    run, ray_s = timed(a.device, explain, model, tmp / "run-ray", ExplainSettings(
        samples=a.samples, executor="ray", workers=a.large_workers, gpus_per_worker=gpus),
        show_progress=False, report=False)
    notes.update(ray_s=round(ray_s, 2), ray_workers=a.large_workers, gpus_per_worker=round(gpus, 3),
                 same_explanations=[r.explanation for r in run.records] == [r.explanation for r in local.records])
    assert not run.failed, f"{len(run.failed)} unit(s) failed on ray"
    return notes


def check_sd(a, tmp: Path, shared: dict) -> dict:
    from test_stable_diffusion import build_tiny_sd

    build_tiny_sd(tmp / "sd")
    return directions(a, f"sd:{tmp / 'sd'}?prompt=a%20smile&device={a.device}&rank=2&{FAST}", tmp / "run")[0]


def check_sdxl(a, tmp: Path, shared: dict) -> dict:
    from test_sdxl import build_pipeline

    build_pipeline(tmp / "parts").save_pretrained(tmp / "sdxl")
    return directions(a, f"sdxl:{tmp / 'sdxl'}?prompt=a%20smile&device={a.device}&rank=2&{FAST}", tmp / "run")[0]


def answers(folder: Path, a, tmp: Path) -> dict:
    from latentexplainer.backends import get_backend
    from test_backend_hf import make_request

    backend = get_backend(f"hf:{folder}", {"device": a.device, "max_tokens": 8})
    req = make_request(tmp, a.answers)
    first, load_s = timed(a.device, backend.describe, req)  # loads the model
    out, answer_s = timed(a.device, backend.describe, req)
    assert all(r.status in ("ok", "empty") for r in out), [(r.status, r.text) for r in out]
    on = str(next(backend.net.parameters()).device)
    assert on.split(":")[0] == a.device.split(":")[0], f"the model is on {on}, not {a.device}"
    return {"family": backend.family.name, "net_device": on, "repeatable": [r.text for r in out] == [r.text for r in first],
            "load_and_first_s": round(load_s, 2), "s_per_answer": round(answer_s / len(out), 3),
            "output_tokens": [r.usage.get("output_tokens") for r in out], "texts": [r.text for r in out]}


def check_llava(a, tmp: Path, shared: dict) -> dict:
    from conftest import build_tiny_llava

    (tmp / "llava").mkdir()
    return answers(build_tiny_llava(tmp / "llava"), a, tmp)


def check_qwen2_vl(a, tmp: Path, shared: dict) -> dict:
    from test_hf_families import build

    (tmp / "qwen2-vl").mkdir()
    return answers(build("qwen2_vl", tmp / "qwen2-vl"), a, tmp)


CHECKS = dict(zip(SECTIONS, [check_ddpm, check_ddpm_ray, check_sd, check_sdxl, check_llava, check_qwen2_vl,
                             check_ddpm_large]))


def run_section(name: str, a, tmp: Path, shared: dict) -> dict:
    cuda = a.device.startswith("cuda")
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    print(f"[{name}] ...", file=sys.stderr, flush=True)
    row: dict = {"section": name, "ok": True, "skipped": False, "notes": {}, "error": None}
    t0 = time.perf_counter()
    try:
        (tmp / name).mkdir()
        row["notes"] = CHECKS[name](a, tmp / name, shared)
    except KeyboardInterrupt:
        raise
    except Skip as e:
        row["skipped"], row["error"] = True, str(e)
    except BaseException as e:  # noqa: BLE001 (pytest's skip outcome is a BaseException too)
        traceback.print_exc()
        frame = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
        where = f" [{Path(frame.filename).name}:{frame.lineno}]" if frame else ""
        row["ok"], row["error"] = False, f"{type(e).__name__}: {(str(e).strip().splitlines() or [''])[0][:300]}{where}"
    row["seconds"] = round(time.perf_counter() - t0, 2)
    if cuda:
        row["peak_gpu_mb"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    print(f"[{name}] {'skip' if row['skipped'] else 'pass' if row['ok'] else 'FAIL'} in {row['seconds']} s: "
          f"{brief(row)}", file=sys.stderr, flush=True)  # as it goes: a run stopped at its limit keeps these
    return row


def brief(row: dict) -> str:
    if row["error"]:
        return row["error"].replace("|", "/")
    skip = ("explanations", "texts")
    text = "; ".join(f"{k} {v}" for k, v in row["notes"].items() if k not in skip)
    if "peak_gpu_mb" in row:
        text += f"; peak GPU {row['peak_gpu_mb']} MB"
    return text.replace("|", "/").replace("'", "")


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("torch", "diffusers", "transformers", "ray"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cuda", help="cuda, cuda:N or cpu")
    ap.add_argument("--samples", type=int, default=2, help="samples per explained direction")
    ap.add_argument("--answers", type=int, default=3, help="sequences each hf model answers")
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: 1 on cpu, torch's own on cuda)")
    ap.add_argument("--large-size", type=int, default=256, help="image size of the ddpm-large section's U-Net")
    ap.add_argument("--large-rank", type=int, default=2, help="directions the ddpm-large section explains")
    ap.add_argument("--large-workers", type=int, default=2, help="Ray workers sharing the GPU in ddpm-large")
    ap.add_argument("--skip", nargs="*", default=[], choices=SECTIONS)
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench" / "cuda_check.json")
    a = ap.parse_args(argv)
    cuda = a.device.startswith("cuda")
    if cuda and not torch.cuda.is_available():
        print(f"cuda_check: --device {a.device} but CUDA is unavailable (torch {torch.__version__}); "
              "pass --device cpu to check on CPU", file=sys.stderr)
        return 2
    if a.threads or not cuda:  # tiny convolutions on a shared machine run faster on one thread
        torch.set_num_threads(a.threads or 1)
    if cuda and ":" in a.device:
        torch.cuda.set_device(torch.device(a.device))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cuda-check-") as tmp:
        shared: dict = {}
        rows = [run_section(n, a, Path(tmp), shared) for n in SECTIONS if n not in a.skip]
    ok = all(r["ok"] for r in rows)
    result = {"benchmark": "cuda_check", "device": a.device,
              "device_name": torch.cuda.get_device_name() if cuda else "cpu",
              "cuda": torch.version.cuda, "versions": versions(), "threads": torch.get_num_threads(),
              "samples": a.samples, "answers": a.answers, "total_s": round(time.perf_counter() - t0, 2),
              "all_passed": ok, "sections": rows}
    print(f"\ndevice {result['device_name']} ({a.device}), torch {torch.__version__}, CUDA {torch.version.cuda}, "
          f"total {result['total_s']} s\n")
    print("| section | ok | seconds | notes |")
    print("|---|---|---|---|")
    for r in rows:
        print(f"| {r['section']} | {'skip' if r['skipped'] else 'pass' if r['ok'] else 'FAIL'} | "
              f"{r['seconds']:.2f} | {brief(r)} |")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = a.out.with_suffix(".json.tmp")
    tmp_out.write_text(json.dumps(result, indent=2))
    tmp_out.replace(a.out)
    print(f"\nwrote {a.out}")
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main())
