"""Render a run's records into one self-contained ``report.html``.

Why: the report is what a person reads to judge the explanations, so it must open
offline (images inlined as base64, inline CSS, no external URLs), must never run
text the model wrote (every model string goes through Jinja autoescaping), and must
never be left half-written (temp file in the run directory, then a rename), and must
never carry a file from outside the run directory (a record names its images; only regular
PNG files inside the run directory are embedded, see run/files.py).
"""

from __future__ import annotations

import base64
import pathlib
from dataclasses import dataclass
from typing import Any

import jinja2

from latentexplainer.errors import RunDirError
from latentexplainer.records import LatentRecord
from latentexplainer.run import files as run_files

_TEMPLATE_DIR = pathlib.Path(__file__).resolve().parent / "templates"
_TEMPLATE_NAME = "report.html.j2"


@dataclass(frozen=True)
class _Image:
    """One image slot of a card: a data URI we built ourselves, or a missing-file note."""

    path: str
    data_uri: str | None  # None when the file could not be read


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATE_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


_PNG = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE = 32 * 1024 * 1024  # bytes: one strip


def _embed(run_dir: pathlib.Path, rel: Any) -> _Image:
    """Read a PNG strip of the run directory. A record is data from someone else: only a
    regular PNG file inside the run directory is embedded (no link, no absolute or '..' path,
    nothing else); anything else becomes a note, so no other file can travel in a report."""
    shown = str(rel)[:200]
    try:
        data = run_files.read_bytes(run_dir, str(rel), MAX_IMAGE)
    except (OSError, RunDirError):
        return _Image(path=shown, data_uri=None)
    if not data.startswith(_PNG):
        return _Image(path=shown, data_uri=None)
    return _Image(path=shown, data_uri="data:image/png;base64," + base64.b64encode(data).decode("ascii"))


def _scalar_items(mapping: dict[str, Any]) -> list[tuple[str, str]]:
    """The scalar entries of a dict as (key, text) pairs; floats to 4 significant decimals."""
    items: list[tuple[str, str]] = []
    for key, value in mapping.items():
        if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
            items.append((str(key), str(value)))
        elif isinstance(value, float):
            items.append((str(key), f"{value:.4g}"))
        elif hasattr(value, "item") and getattr(value, "ndim", None) == 0:  # numpy scalar
            items.append((str(key), str(value.item())))
    return items


def _clamp01(x: float) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return 0.0
    if v != v:  # NaN
        return 0.0
    return min(1.0, max(0.0, v))


def _fmt2(x: Any) -> str:
    try:
        return f"{float(x):.2f}"
    except (TypeError, ValueError):
        return "n/a"


def _read_json(path: pathlib.Path) -> Any:
    """A JSON file beside the run (benchmark.json, metrics.json), or None."""
    import json

    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _flatten(mapping: dict, prefix: str = "") -> dict[str, Any]:
    """Nested dicts as 'outer / inner' keys, so per-bias metric tables show as rows."""
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + " / "))
        else:
            out[name] = value
    return out


def _histogram(values: list[float], threshold: float, bins: int = 10) -> dict[str, Any]:
    """Bars of an inline SVG certainty histogram (no script, no external file)."""
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(_clamp01(v) * bins))] += 1
    top = max(counts) or 1
    width, height = 300, 80
    bw = width / bins
    bars = [{"x": f"{k * bw + 1:.1f}", "w": f"{bw - 2:.1f}", "h": f"{c / top * (height - 14):.1f}",
             "y": f"{height - 12 - c / top * (height - 14):.1f}", "n": c, "lo": f"{k / bins:.1f}",
             "hi": f"{(k + 1) / bins:.1f}"} for k, c in enumerate(counts)]
    return {"bars": bars, "width": width, "height": height, "thr_x": f"{_clamp01(threshold) * width:.1f}"}


def write_report(
    run_dir: pathlib.Path,
    records: list[LatentRecord],
    config: dict,
    extra: dict | None = None,
) -> pathlib.Path:
    """Write ``run_dir / "report.html"`` atomically and return its path."""
    run_dir = pathlib.Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    extra = extra or {}

    cards = []
    for rec in records:
        cards.append(
            {
                "rec": rec,
                "heading": f"z{rec.latent}",
                "name": rec.latent_name if rec.latent_name and rec.latent_name != f"z{rec.latent}" else "",
                "width": f"{_clamp01(rec.certainty) * 100:.1f}",
                "threshold_pos": f"{_clamp01(rec.threshold) * 100:.1f}",
                "certainty": _fmt2(rec.certainty),
                "threshold": _fmt2(rec.threshold),
                "images": [_embed(run_dir, p) for p in rec.images],
                "answers": list(zip(rec.responses, list(rec.abstentions) + [False] * len(rec.responses))),
                "certainties": [(k, _fmt2(v)) for k, v in sorted(rec.certainties.items())],
            }
        )

    thresholds = sorted({_fmt2(r.threshold) for r in records})
    threshold = config.get("threshold")
    summary = {
        "model": config.get("model", "?"),
        "backend": config.get("backend", "?"),
        "bias": config.get("bias") or ", ".join(sorted({r.bias for r in records})) or "?",
        "n_latents": len(records),
        "n_clear": sum(1 for r in records if r.clear),
        "threshold": _fmt2(threshold) if threshold is not None else (", ".join(thresholds) or "?"),
    }
    benchmark = extra.get("benchmark", _read_json(run_dir / "benchmark.json") or _read_json(run_dir.parent / "benchmark.json"))
    bench_items = _scalar_items(benchmark) if isinstance(benchmark, dict) else []
    metrics = extra.get("metrics", _read_json(run_dir / "metrics.json"))
    metric_items = _scalar_items(_flatten(metrics)) if isinstance(metrics, dict) else []

    html = _environment().get_template(_TEMPLATE_NAME).render(
        summary=summary, cards=cards, benchmark=bench_items, metrics=metric_items,
        histogram=_histogram([r.certainty for r in records], records[0].threshold if records else 0.0),
    )

    run_files.write_atomic(run_dir, "report.html", html)
    return run_dir / "report.html"
