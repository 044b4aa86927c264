"""Render a run's records into one self-contained ``report.html``.

Why: the report is what a person reads to judge the explanations, so it must open
offline (images inlined as base64, inline CSS, no external URLs), must never run
text the model wrote (every model string goes through Jinja autoescaping; the one inline
script is ours, allowed by its hash in the page's Content-Security-Policy), must never be left
half-written (temp file in the run directory, then a rename), and must never carry a file from
outside the run directory (a record names its images; only regular PNG files inside the run
directory are used, see run/files.py).

Each unit gets a compact card: an animated loop of the first sample's first row (a GIF written
beside its strip, ``images/z3_s0.gif``), the first strip with the swept values above it and
what each row holds beside it (HTML around the image, nothing burnt in), the change along the
sweep as an inline SVG (mean absolute pixel change of each frame from the frame nearest 0,
measured on the strips themselves), the other samples behind a toggle, and the labelling
controls (clear / unclear, a reference explanation) whose labels the page keeps in the
browser's localStorage and exports as the files ``calibrate --labels`` and ``evaluate
--references`` read. With a benchmark.json beside the run, the report also draws the
certainty ROC curve and the factor-by-latent heat map of the decoder-side scores.

Images are inlined until MAX_INLINE bytes are used (each card's loop and first strip first,
then the other samples); beyond that a strip is linked by its path inside the run directory
(``loading="lazy"``), so a report of hundreds of units stays small.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import pathlib
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

import jinja2
import numpy as np

from latentexplainer.errors import RunDirError
from latentexplainer.records import LatentRecord
from latentexplainer.render import change_curve, gif_bytes, read_strip
from latentexplainer.run import files as run_files

_TEMPLATE_DIR = pathlib.Path(__file__).resolve().parent / "templates"
_TEMPLATE_NAME = "report.html.j2"
_SCRIPT_NAME = "report.js"


@dataclass(frozen=True)
class _Image:
    """One image slot of a card: a data URI we built ourselves, a relative link to a file of
    the run we checked, or (src None) a missing-file note."""

    path: str
    src: str | None  # None when the file could not be read
    width: int = 0
    height: int = 0
    lazy: bool = False

    @property
    def data_uri(self) -> str | None:  # the name earlier callers used
        return self.src


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
MAX_INLINE = 24 * 1024 * 1024  # bytes of images inlined into one report; the rest are linked
MAX_JSON = 64 * 1024 * 1024  # bytes: benchmark.json, metrics.json
_GIF_NAME = re.compile(r"^images/[A-Za-z0-9_.-]{1,200}\.png$")  # strips whose loop is written beside them


def _read_png(run_dir: pathlib.Path, rel: Any) -> bytes | None:
    """A PNG strip of the run directory. A record is data from someone else: only a regular
    PNG file inside the run directory is read (no link, no absolute or '..' path, nothing
    else); anything else is None, so no other file can travel in a report."""
    try:
        data = run_files.read_bytes(run_dir, str(rel), MAX_IMAGE)
    except (OSError, RunDirError):
        return None
    return data if data.startswith(_PNG) else None


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


class _Inliner:
    """Inlines image bytes until the report's budget is spent, then links them."""

    def __init__(self, budget: int = MAX_INLINE) -> None:
        self.left = budget

    def image(self, rel: str, data: bytes | None, mime: str, size: tuple[int, int], lazy: bool = False) -> _Image:
        shown = str(rel)[:200]
        if data is None:
            return _Image(path=shown, src=None)
        if len(data) <= self.left:
            self.left -= len(data)
            src = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
            return _Image(shown, src, size[0], size[1], lazy)
        href = "/".join(urllib.parse.quote(p) for p in run_files.parts_of(rel))  # a checked file of the run
        return _Image(shown, href, size[0], size[1], True)


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


def _number(x: Any) -> float | None:
    """A finite number from data someone else wrote, else None."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    v = float(x)
    return v if math.isfinite(v) else None


def _read_json(root: pathlib.Path, name: str) -> Any:
    """A JSON file of a folder (benchmark.json, metrics.json), read without following a link and
    bounded in size, or None."""
    try:
        return json.loads(run_files.read_text(root, name, MAX_JSON))
    except (OSError, ValueError, RunDirError):
        return None


def _benchmark(run_dir: pathlib.Path) -> Any:
    """benchmark.json in the run, else the one `benchmark` wrote beside it (benchmark-RUN.json for
    a run not named 'run', else benchmark.json)."""
    for root, name in ((run_dir, "benchmark.json"), (run_dir.parent, f"benchmark-{run_dir.name}.json"),
                       (run_dir.parent, "benchmark.json")):
        found = _read_json(root, name)
        if found is not None:
            return found
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


# ---- the unit's card: labels around the strip, the loop, the change curve ----

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_]\w*)\}")
ROW_COLOURS = ("#3a7bd5", "#d1495b", "#2a9d8f", "#e9a03b", "#7b61c9", "#6c757d")


def _fill(text: str, words: dict[str, str]) -> str:
    """A bias's row text with its known bare placeholders filled (display only: anything else
    is left as written and escaped by the template)."""
    def sub(m: re.Match) -> str:
        if m.group(0) in ("{{", "}}"):
            return m.group(0)[0]
        return words.get(m.group(1), m.group(0))
    return _PLACEHOLDER.sub(sub, text)


def _latent_name(config: dict, i: int) -> str:
    names = (config.get("model_info") or {}).get("latent_names") if isinstance(config.get("model_info"), dict) else None
    name = names.get(str(i)) if isinstance(names, dict) else None
    return str(name) if name else f"z{i}"


def _values(config: dict) -> list[float] | None:
    vals = config.get("values")
    if not isinstance(vals, (list, tuple)) or not vals:
        return None
    out = [_number(v) for v in vals]
    return None if any(v is None for v in out) else out  # type: ignore[misc]


def _row_labels(config: dict, rec: LatentRecord, values: list[float] | None) -> list[str]:
    """What each row of the unit's strips holds, from the bias's row plans (the same text the
    prompt's "Row k:" lines say); [] when the run's config does not say."""
    bias = config.get("bias_definition")
    plans = bias.get("rows") if isinstance(bias, dict) else None
    if not isinstance(plans, (list, tuple)):  # a list read back from config.json, a tuple in memory
        return []
    members = [_latent_name(config, m) for m in (rec.members or [rec.latent])]
    words = {"values": ", ".join(f"{v:g}" for v in values or []), "members": ", ".join(members),
             "member": members[0], "condition": str((config.get("model_info") or {}).get("condition") or "")
             if isinstance(config.get("model_info"), dict) else ""}
    out: list[tuple[str, str]] = []
    for plan in plans:
        if not isinstance(plan, dict) or not isinstance(plan.get("describe"), str):
            return []
        for m in (members if plan.get("move") == "each-member" else members[:1]):
            out.append((plan["describe"], m))
    words["n_rows"] = str(len(out))
    return [_fill(text, {**words, "member": m})[:300] for text, m in out]


def _symbol(config: dict, rec: LatentRecord) -> str:
    """What the column labels are values of: z3, the group's latents, or the condition's strength."""
    bias = config.get("bias_definition")
    unit = bias.get("unit") if isinstance(bias, dict) else None
    if unit == "condition":
        return "strength"
    if unit == "group" or len(rec.members) > 1:
        return ", ".join(_latent_name(config, m) for m in (rec.members or [rec.latent]))
    return rec.latent_name or f"z{rec.latent}"


def _curve_svg(curves: np.ndarray, values: list[float] | None, top: float, labels: list[str]) -> dict[str, Any]:
    """Polylines of an inline SVG: one per row, the change of each frame along the sweep."""
    width, height, left, bottom = 260, 96, 34, 18
    n = curves.shape[1]
    xs = values if values and len(values) == n else list(range(n))
    lo, hi = min(xs), max(xs)
    span = (hi - lo) or 1.0
    top = top or 1.0

    def px(x: float) -> float:
        return left + (x - lo) / span * (width - left - 6)

    def py(y: float) -> float:
        return 4 + (1 - min(y / top, 1.0)) * (height - bottom - 4)

    lines = []
    for r, row in enumerate(curves):
        pts = " ".join(f"{px(x):.1f},{py(float(y)):.1f}" for x, y in zip(xs, row))
        dots = [{"x": f"{px(x):.1f}", "y": f"{py(float(y)):.1f}", "v": f"{x:g}", "c": f"{float(y):.3f}"}
                for x, y in zip(xs, row)]
        lines.append({"points": pts, "colour": ROW_COLOURS[r % len(ROW_COLOURS)], "dots": dots,
                      "dash": "" if r == 0 else f"{2 + r} 3",  # rows that overlap stay visible
                      "label": labels[r] if r < len(labels) else f"row {r + 1}"})
    return {"width": width, "height": height, "left": left, "base_y": f"{height - bottom:.1f}",
            "lines": lines, "top": f"{top:.3f}", "lo": f"{lo:g}", "hi": f"{hi:g}",
            "right": f"{width - 6}", "label_y": f"{height - 4}"}


def _card(run_dir: pathlib.Path, rec: LatentRecord, config: dict, values: list[float] | None,
          inliner: _Inliner) -> tuple[dict[str, Any], np.ndarray | None]:
    """One unit's card (what the template shows) and its change curves (rows x frames, None
    when its strips cannot be read as grids)."""
    bias = config.get("bias_definition")
    unit = bias.get("unit") if isinstance(bias, dict) else None
    heading = {"group": f"group {rec.latent}", "condition": f"condition {rec.latent}"}.get(str(unit), f"z{rec.latent}")
    card: dict[str, Any] = {
        "rec": rec,
        "unit": str(rec.latent),
        "anchor": f"z{rec.latent}",
        "heading": heading,
        "name": rec.latent_name if rec.latent_name and rec.latent_name != f"z{rec.latent}" else "",
        "width": f"{_clamp01(rec.certainty) * 100:.1f}",
        "threshold_pos": f"{_clamp01(rec.threshold) * 100:.1f}",
        "certainty": _fmt2(rec.certainty),
        "threshold": _fmt2(rec.threshold),
        "answers": list(zip(rec.responses, list(rec.abstentions) + [False] * len(rec.responses))),
        "certainties": [(k, _fmt2(v)) for k, v in sorted(rec.certainties.items())],
        "loop": None, "strip": None, "first": None, "others": [], "curve": None,
    }
    pngs = [(str(p), _read_png(run_dir, p)) for p in rec.images]
    main = next((k for k, (_, data) in enumerate(pngs) if data is not None), 0)  # the first strip that reads
    pngs = pngs[main:main + 1] + pngs[:main] + pngs[main + 1:]
    row_labels = _row_labels(config, rec, values)
    n_frames = len(values) if values else None
    grids = [read_strip(data, n_frames, len(row_labels) or None) if data else None for _, data in pngs]
    if pngs:
        rel, data = pngs[0]
        grid = grids[0]
        if grid is not None:
            if _GIF_NAME.match(rel):
                gif = gif_bytes(grid.frames[0])
                gif_rel = rel[:-4] + ".gif"
                _write_if_changed(run_dir, gif_rel, gif)
                h, w = grid.frames.shape[2:4]
                card["loop"] = inliner.image(gif_rel, gif, "image/gif", (w, h))
            labels = row_labels if len(row_labels) == grid.n_rows else [f"row {r + 1}" for r in range(grid.n_rows)]
            columns = [f"{v:g}" for v in values] if values and len(values) == grid.n_frames \
                else [str(k + 1) for k in range(grid.n_frames)]
            card["strip"] = {"image": inliner.image(rel, data, "image/png", _png_size(data or b"")),
                             "columns": columns, "rows": labels, "symbol": _symbol(config, rec) + " ="
                             if values and len(values) == grid.n_frames else "frame"}
        else:
            card["first"] = inliner.image(rel, data, "image/png", _png_size(data or b""))
    card["_rest"] = pngs[1:]
    usable = [g for g in grids if g is not None and g.frames.shape == grids[0].frames.shape] if grids and grids[0] else []
    curves = None
    if usable:
        base = int(np.argmin(np.abs(np.asarray(values)))) if values and len(values) == usable[0].n_frames \
            else usable[0].n_frames // 2
        curves = np.mean([change_curve(g.frames, base) for g in usable], axis=0)
        card["curve_base"] = f"{values[base]:g}" if values and len(values) == usable[0].n_frames else str(base + 1)
        card["curve_samples"] = len(usable)
    return card, curves


def _write_if_changed(run_dir: pathlib.Path, rel: str, data: bytes) -> None:
    """The loop beside its strip, written (atomically, through run/files.py) only when it differs."""
    try:
        if run_files.read_bytes(run_dir, rel, len(data) + 1) == data:
            return
    except (OSError, RunDirError):
        pass
    try:
        run_files.write_atomic(run_dir, rel, data)
    except RunDirError:  # a planted link or a folder in the way: the report inlines the loop anyway
        pass


# ---- benchmark figures ----

def _roc(bench: dict) -> dict[str, Any] | None:
    """The ROC curve of the certainty separating latents with a decoder-side factor from those
    without (what benchmark.json's certainty_auroc measures), as SVG points."""
    rows = bench.get("latents")
    if not isinstance(rows, list):
        return None
    pairs = [(_number(r.get("certainty")), bool(r.get("decoder_factor"))) for r in rows if isinstance(r, dict)]
    pairs = [(c, y) for c, y in pairs if c is not None]
    pos = sum(1 for _, y in pairs if y)
    neg = len(pairs) - pos
    if not pos or not neg:
        return None
    pts = [(0.0, 0.0)]
    tp = fp = 0
    ordered = sorted(pairs, key=lambda p: -p[0])
    for k, (c, y) in enumerate(ordered):
        tp += y
        fp += not y
        if k + 1 == len(ordered) or ordered[k + 1][0] != c:  # ties move together
            pts.append((fp / neg, tp / pos))
    area = sum((x1 - x0) * (y0 + y1) / 2 for (x0, y0), (x1, y1) in zip(pts, pts[1:]))
    size, pad = 180, 28
    given = _number(bench.get("certainty_auroc"))
    return {"size": size, "pad": pad, "total": size + pad + 6,
            "points": " ".join(f"{pad + x * size:.1f},{6 + (1 - y) * size:.1f}" for x, y in pts),
            "auroc": f"{given if given is not None else area:.3f}", "n_pos": pos, "n_neg": neg}


def _heatmap(bench: dict) -> dict[str, Any] | None:
    """Latent x factor cells of the decoder-side scores (how strongly each latent's traversal
    changes each factor, as the factor predictor reads it)."""
    rows = bench.get("latents")
    if not isinstance(rows, list):
        return None
    factors: list[str] = []
    table = []
    for r in rows:
        if not isinstance(r, dict) or not isinstance(r.get("decoder_scores"), dict):
            continue
        scores = {str(k)[:60]: _number(v) for k, v in r["decoder_scores"].items()}
        for f in scores:
            if f not in factors:
                factors.append(f)
        latent = r.get("latent")
        table.append((str(latent)[:12], scores, str(r.get("decoder_factor") or "")[:60]))
    if not table or not factors:
        return None
    top = max((v for _, s, _ in table for v in s.values() if v is not None), default=0.0) or 1.0
    cell, left, head = 30, 44, 80
    cells = []
    for i, (latent, scores, chosen) in enumerate(table):
        for j, f in enumerate(factors):
            v = scores.get(f)
            t = 0.0 if v is None else min(1.0, max(0.0, v / top))
            colour = f"rgb({round(255 - 197 * t)},{round(255 - 132 * t)},{round(255 - 42 * t)})"
            cells.append({"x": left + j * cell, "y": head + i * cell, "fill": colour, "chosen": f == chosen,
                          "text": "n/a" if v is None else f"{v:.2f}", "dark": t > 0.6,
                          "title": f"z{latent} x {f}: {'n/a' if v is None else f'{v:.3f}'}"})
    return {"cells": cells, "cell": cell, "left": left, "head": head,
            "width": left + len(factors) * cell + 4, "height": head + len(table) * cell + 4,
            "factors": [{"x": left + j * cell + cell // 2, "name": f} for j, f in enumerate(factors)],
            "latents": [{"y": head + i * cell + cell // 2 + 4, "name": f"z{t[0]}"} for i, t in enumerate(table)],
            "top": f"{top:.3f}"}


def _script() -> tuple[str, str]:
    """The page's one script and its CSP hash."""
    text = (_TEMPLATE_DIR / _SCRIPT_NAME).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def write_report(
    run_dir: pathlib.Path,
    records: list[LatentRecord],
    config: dict,
    extra: dict | None = None,
    *,
    max_inline: int = MAX_INLINE,
) -> pathlib.Path:
    """Write ``run_dir / "report.html"`` atomically (and each unit's loop, ``images/*.gif``,
    beside its first strip) and return its path. ``extra`` may give the ``benchmark`` and
    ``metrics`` dicts instead of the files; ``max_inline``: bytes of images inlined before the
    rest are linked."""
    run_dir = pathlib.Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    extra = extra or {}
    values = _values(config)
    inliner = _Inliner(max_inline)

    built = [_card(run_dir, rec, config, values, inliner) for rec in records]
    top = max((float(c.max()) for _, c in built if c is not None), default=0.0)
    top = max(top, 0.02)  # a run where nothing changes draws flat lines, not noise blown up
    cards = []
    for card, curves in built:  # the other samples get what is left of the budget
        rest = card.pop("_rest")
        card["others"] = [inliner.image(rel, data, "image/png", _png_size(data or b""), lazy=True)
                          for rel, data in rest]
        if curves is not None:
            labels = card["strip"]["rows"] if card["strip"] else []
            card["curve"] = _curve_svg(curves, values, top, labels)
        cards.append(card)

    thresholds = sorted({_fmt2(r.threshold) for r in records})
    threshold = config.get("threshold")
    bias = config.get("bias_definition")
    unit = bias.get("unit") if isinstance(bias, dict) and bias.get("unit") in ("latent", "group", "condition") \
        else "latent"
    summary = {
        "model": config.get("model", "?"),
        "backend": config.get("backend", "?"),
        "bias": config.get("bias") or ", ".join(sorted({r.bias for r in records})) or "?",
        "n_latents": len(records),
        "n_clear": sum(1 for r in records if r.clear),
        "threshold": _fmt2(threshold) if threshold is not None else (", ".join(thresholds) or "?"),
        "unit": unit,
    }
    benchmark = extra.get("benchmark", _benchmark(run_dir))
    bench_items = _scalar_items(benchmark) if isinstance(benchmark, dict) else []
    metrics = extra.get("metrics", _read_json(run_dir, "metrics.json"))
    metric_items = _scalar_items(_flatten(metrics)) if isinstance(metrics, dict) else []
    script, script_hash = _script()

    html = _environment().get_template(_TEMPLATE_NAME).render(
        summary=summary, cards=cards, benchmark=bench_items, metrics=metric_items,
        roc=_roc(benchmark) if isinstance(benchmark, dict) else None,
        heatmap=_heatmap(benchmark) if isinstance(benchmark, dict) else None,
        histogram=_histogram([r.certainty for r in records], records[0].threshold if records else 0.0),
        run_name=run_dir.resolve().name[:200], script=script, script_hash=script_hash,
    )

    run_files.write_atomic(run_dir, "report.html", html)
    return run_dir / "report.html"
