"""Re-explain saved benchmark folders with the explainer as it is now, and grade the new
explanations against each folder's saved decoder-side truth.

    .venv/bin/python benchmarks/regrade.py runs/suite-dev/* --out runs/regrade.json
    .venv/bin/python benchmarks/regrade.py runs/suite-dev/* --out runs/after.json --compare runs/before.json

A folder is what `latentexplainer benchmark` (or `--suite`) wrote: benchmark.json and the trained
model in model/. Its latents are explained again in a temporary run (the settings the benchmark
used: samples, bias, backend, and the seed of its run/config.json) and graded as the benchmark grades them (evaluate/benchmark.py
`grade_explanation`), against the truth saved in benchmark.json - so a change to the explainer is
measured on many models in minutes, without training them again. Prints a table per folder (right
of those with a factor, confident-wrong of those clear) and, with --compare, every latent whose
explanation or grade changed; writes the JSON to --out. The folders the explainer was tuned on
measure development only: the held-out suite is the figure that counts.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from latentexplainer.data import load_dataset
from latentexplainer.evaluate.benchmark import described_factors, grade_explanation
from latentexplainer.models import load_model
from latentexplainer.pipeline import ExplainSettings, explain


def regrade(folder: Path) -> dict:
    saved = json.loads((folder / "benchmark.json").read_text())
    model = load_model(str(folder / "model"))
    data = load_dataset(saved["dataset"], 16, seed=1)  # only its factors' names and descriptions
    described = described_factors(data.factor_info)
    config = folder / "run" / "config.json"  # the explain run's settings (its seed; absent: the default)
    seed = json.loads(config.read_text()).get("seed", 0) if config.is_file() and not config.is_symlink() else 0
    settings = replace(ExplainSettings(), samples=saved.get("samples", 5), bias=saved.get("bias", "disentanglement"),
                       backend=saved.get("backend", "probe"), seed=int(seed))
    with tempfile.TemporaryDirectory() as tmp:
        run = explain(model, Path(tmp) / "run", settings, show_progress=False)
        records = {r.latent: r for r in run.records}
    rows = []
    for old in saved["latents"]:
        rec = records[old["latent"]]
        grade = grade_explanation(rec.explanation, rec.clear, old["decoder_factor"], old["changed_factors"], described)
        rows.append({"latent": old["latent"], "factor": old["decoder_factor"], "explanation": rec.explanation,
                     "certainty": rec.certainty, "clear": rec.clear, **grade})
    return {"folder": str(folder), "dataset": saved["dataset"], "latents": rows}


def _totals(sets: list[dict]) -> dict:
    rows = [r for s in sets for r in s["latents"]]
    return {"right": sum(r["correct"] for r in rows), "with_factor": sum(r["factor"] is not None for r in rows),
            "confident_wrong": sum(r["confident_wrong"] for r in rows), "clear": sum(bool(r["clear"]) for r in rows)}


def _mark(r: dict) -> str:
    return "right" if r["correct"] else "CONFIDENT-WRONG" if r["confident_wrong"] else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="benchmark folders (benchmark.json and model/)")
    ap.add_argument("--out", type=Path, required=True, help="JSON to write")
    ap.add_argument("--compare", type=Path, default=None, help="an earlier --out to list the latents that changed")
    a = ap.parse_args(argv)
    for f in a.folders:
        if not (f / "benchmark.json").is_file() or not (f / "model").is_dir():
            print(f"error: {f} is no benchmark folder (it needs benchmark.json and model/); "
                  "give the folders `latentexplainer benchmark --out` wrote", file=sys.stderr)
            return 2
    sets = [regrade(f) for f in a.folders]
    print("| folder | right / with factor | confident-wrong / clear |\n|---|---|---|")
    for s in sets:
        t = _totals([s])
        print(f"| {Path(s['folder']).name} | {t['right']} / {t['with_factor']} | {t['confident_wrong']} / {t['clear']} |")
    total = _totals(sets)
    print(f"| **all** | {total['right']} / {total['with_factor']} | {total['confident_wrong']} / {total['clear']} |")
    result = {"sets": sets, "total": total, "command": "benchmarks/regrade.py " + " ".join(
        str(x) for x in (argv if argv is not None else sys.argv[1:]))}
    if a.compare is not None:
        before = {s["folder"]: {r["latent"]: r for r in s["latents"]} for s in json.loads(a.compare.read_text())["sets"]}
        changed = []
        for s in sets:
            for r in s["latents"]:
                old = before.get(s["folder"], {}).get(r["latent"])
                if old and (old["explanation"], _mark(old)) != (r["explanation"], _mark(r)):
                    changed.append({"folder": s["folder"], "latent": r["latent"], "factor": r["factor"],
                                    "before": [_mark(old), old["explanation"]], "after": [_mark(r), r["explanation"]]})
                    print(f"{Path(s['folder']).name} z{r['latent']} ({r['factor']}): {_mark(old)} {old['explanation']!r}"
                          f" -> {_mark(r)} {r['explanation']!r}")
        result["changed"] = changed
        result["total_before"] = _totals(json.loads(a.compare.read_text())["sets"])
        print(f"before: {result['total_before']}\nafter:  {total}")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(result, indent=1))
    print(f"written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
