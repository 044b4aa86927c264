"""loss_curve.svg: a training's loss per epoch as a small self-contained SVG line chart (no
plotting library), rewritten atomically after every epoch by the VAE/CSVAE and DDPM training."""

from __future__ import annotations

import json
import math
from pathlib import Path
from xml.sax.saxutils import escape

from ..atomic import write_atomic

NAME = "loss_curve.svg"
WIDTH, HEIGHT = 480, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 32, 40  # margins, px


def _fmt(v: float) -> str:
    return f"{v:.4g}"


def loss_curve_svg(points: list[tuple[float, float]], title: str = "training loss") -> str:
    """An SVG chart of (epoch, loss) points: a polyline with a dot per point, the y range and the
    epochs on the axes. Points that are not finite are left out."""
    pts = sorted((float(x), float(y)) for x, y in points if math.isfinite(x) and math.isfinite(y))
    w, h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
           f'<text x="{WIDTH / 2:g}" y="20" text-anchor="middle" font-size="14">{escape(title)}</text>',
           f'<line x1="{LEFT}" y1="{TOP + h}" x2="{LEFT + w}" y2="{TOP + h}" stroke="#444"/>',
           f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + h}" stroke="#444"/>',
           f'<text x="{LEFT + w / 2:g}" y="{HEIGHT - 6}" text-anchor="middle">epoch</text>']
    if pts:
        x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
        y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
        if x1 == x0:
            x0, x1 = x0 - 1, x1 + 1
        if y1 == y0:
            pad = abs(y0) * 0.1 or 1.0
            y0, y1 = y0 - pad, y1 + pad

        def sx(x: float) -> float:
            return LEFT + (x - x0) / (x1 - x0) * w

        def sy(y: float) -> float:
            return TOP + (y1 - y) / (y1 - y0) * h

        xy = [(sx(x), sy(y)) for x, y in pts]
        out.append('<polyline fill="none" stroke="#1f6fb4" stroke-width="2" points="'
                   + " ".join(f"{a:.1f},{b:.1f}" for a, b in xy) + '"/>')
        out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="2.5" fill="#1f6fb4"><title>epoch {_fmt(x)}: loss '
                f'{_fmt(y)}</title></circle>' for (a, b), (x, y) in zip(xy, pts)]
        out += [f'<text x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end">{_fmt(y1)}</text>',
                f'<text x="{LEFT - 6}" y="{TOP + h}" text-anchor="end">{_fmt(y0)}</text>',
                f'<text x="{LEFT}" y="{TOP + h + 16}" text-anchor="middle">{_fmt(x0)}</text>',
                f'<text x="{LEFT + w}" y="{TOP + h + 16}" text-anchor="middle">{_fmt(x1)}</text>',
                f'<text x="{LEFT + w}" y="{TOP + 14}" text-anchor="end" fill="#555">last: {_fmt(pts[-1][1])}'
                f'</text>']
    out.append("</svg>")
    return "\n".join(out) + "\n"


def log_points(log: Path, upto: int | None = None) -> list[tuple[float, float]]:
    """(epoch, loss) of every readable line of a train_log.jsonl (the last line of an epoch wins;
    epochs after ``upto`` left out: a resumed training rewrote them)."""
    seen: dict[float, float] = {}
    try:
        text = Path(log).read_text()
    except OSError:
        return []
    for line in text.splitlines():
        try:
            row = json.loads(line)
            epoch, loss = float(row["epoch"]), float(row["loss"])
        except (ValueError, TypeError, KeyError):
            continue  # a torn last line, or something else
        if upto is None or epoch <= upto:
            seen[epoch] = loss
    return sorted(seen.items())


def write_loss_curve(folder: Path, points: list[tuple[float, float]], title: str = "training loss") -> None:
    """Write ``folder/loss_curve.svg`` atomically (its temporary: loss_curve.svg.tmp)."""
    write_atomic(Path(folder) / NAME, loss_curve_svg(points, title), tmp=NAME + ".tmp")
