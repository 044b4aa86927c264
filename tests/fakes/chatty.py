"""A simulated *chatty* multimodal model: it looks at the strip it is sent and answers in varied words.

A stand-in for GPT-4o, Claude, Gemini or LLaVA when the tool is graded offline. It reads a request
body of any of the four protocols the fake server speaks (OpenAI chat completions, Anthropic
messages, Gemini generateContent, Ollama chat), pulls out the prompt and the base64 PNG(s),
cuts the strip into rows x frames (white gap lines between square frames; the prompt's
"N rows" and list of values help where the picture alone is ambiguous), measures every frame
with its own small analysis (numpy only) and says what changes consistently along the rows:

* the object's horizontal or vertical movement, growing or shrinking, rotation (only when the
  object is clearly not round and the angle turns the same way in every row), stretching;
* the colour of the object, of the upper and of the lower part of the background (colour names at
  both ends), lighter or darker;
* nothing, when the change is tiny or the rows disagree - in many different words.

Answers vary like a real model's: preambles, hedges, synonyms, one or two sentences, bullet
lists, trailing remarks. They are deterministic per request (a ``random.Random`` seeded from a
hash of the image bytes and the prompt), so a response cache stays consistent. About 10% of the
answers (:data:`WRONG_RATE`, seeded per request) are deliberately wrong: a plausible but different
change (another attribute or the opposite direction), or a made-up change where there is none.

Independent of the package under test on purpose: it imports nothing from ``latentexplainer``.
"""

from __future__ import annotations

import base64
import colorsys
import functools
import hashlib
import io
import math
import random
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

WRONG_RATE = 0.10
SIDE = 64  # every frame is analysed at this size

# --------------------------------------------------------------------------------------------
# what the model saw / says


@dataclass(frozen=True)
class Change:
    """One change along the rows.

    ``attr``: ``x`` (+1 = to the right), ``y`` (+1 = down), ``size`` (+1 = grows), ``rotation``
    (+1 = clockwise on screen), ``stretch`` (+1 = more elongated), ``hue`` (colour; ``start`` and
    ``end`` name it at both ends), ``brightness`` (+1 = lighter). ``region``: ``object``,
    ``upper`` (upper part of the background), ``lower`` (lower part) or ``background``.
    """

    attr: str
    sign: int
    region: str = "object"
    start: str = ""
    end: str = ""

    def opposite(self) -> Change:
        return Change(self.attr, -self.sign, self.region, self.end, self.start)


@dataclass(frozen=True)
class Answer:
    text: str
    seen: Change | None  # what the analysis found (None: nothing consistent)
    said: Change | None  # what the answer claims (None: an abstention)
    wrong: bool  # the answer was deliberately made wrong


# --------------------------------------------------------------------------------------------
# request bodies of the four protocols

_LABEL = re.compile(r"row\s*(\d+)\s*,\s*frame\s*(\d+)", re.IGNORECASE)


def _b64(data: str) -> bytes:
    data = data.strip()
    if data.startswith("data:"):
        data = data.split(",", 1)[1]
    data += "=" * (-len(data) % 4)
    if "-" in data or "_" in data:
        return base64.urlsafe_b64decode(data)
    return base64.b64decode(data)


def parse_request(body: Any, path: str = "") -> tuple[str, list[bytes], list[tuple[int, int] | None]]:
    """(prompt text, image bytes in order, (row, frame) label of each image where one precedes it)."""
    texts: list[str] = []
    images: list[bytes] = []
    labels: list[tuple[int, int] | None] = []
    pending: list[tuple[int, int] | None] = [None]

    def text(t: str) -> None:
        if not isinstance(t, str):
            return
        texts.append(t)
        m = _LABEL.search(t)
        if m and len(t) < 80:  # a short label right before an image
            pending[0] = (int(m.group(1)), int(m.group(2)))

    def image(data: str) -> None:
        try:
            images.append(_b64(data))
        except (ValueError, TypeError):
            return
        labels.append(pending[0])
        pending[0] = None

    if not isinstance(body, dict):
        return "", [], []
    if "contents" in body:  # Gemini
        for content in body.get("contents") or []:
            for part in (content or {}).get("parts") or []:
                if "text" in part:
                    text(part["text"])
                inline = part.get("inlineData") or part.get("inline_data")
                if inline and "data" in inline:
                    image(inline["data"])
    for message in body.get("messages") or []:  # OpenAI, Anthropic, Ollama
        content = message.get("content")
        if isinstance(content, str):
            text(content)
        for part in content if isinstance(content, list) else []:
            kind = part.get("type")
            if kind in ("text", "input_text"):
                text(part.get("text", ""))
            elif kind == "image_url":
                url = part.get("image_url")
                image(url.get("url", "") if isinstance(url, dict) else url or "")
            elif kind == "image":
                image((part.get("source") or {}).get("data", ""))
        for data in message.get("images") or []:  # Ollama: labels, if any, are listed in the text
            image(data)
    prompt = "\n".join(texts)
    if body.get("messages") and any(m.get("images") for m in body["messages"]):
        found = [(int(a), int(b)) for a, b in _LABEL.findall(prompt)]
        if len(found) == len(images):
            labels = list(found)
    return prompt, images, labels


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a single": 1}


def prompt_hints(prompt: str) -> tuple[int | None, int | None]:
    """(rows, frames) as the prompt states them, where it does."""
    rows = None
    m = re.search(r"\b(\d+|one|two|three|four|five|six|a single)\s+rows?\b", prompt, re.IGNORECASE)
    if m:
        w = m.group(1).lower()
        rows = int(w) if w.isdigit() else _WORDS[w]
    frames = None
    for m in re.finditer(r"(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)", prompt):
        n = len(m.group(1).split(","))
        if n >= 2:
            frames = n
            break
    return rows, frames


# --------------------------------------------------------------------------------------------
# from a strip picture to rows x frames


def _white(img: np.ndarray) -> np.ndarray:
    return img.min(axis=2) >= 232


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    out, start = [], None
    for i, f in enumerate(flags):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(flags)))
    return out


def _geometry_score(white: np.ndarray, rows: int, frames: int, cell: float, gap: float) -> float:
    """How well a grid fits: gap bands white, cells mostly not white. -1 when it cannot be."""
    h, w = white.shape
    if cell < 8 or gap < 0 or gap > 0.25 * cell:
        return -1.0
    if rows * frames == 1:  # nothing to check: a single picture only if it is square
        return 0.5 if abs(h - w) <= 2 else -1.0
    if abs(rows * cell + (rows - 1) * gap - h) > 2 or abs(frames * cell + (frames - 1) * gap - w) > 2:
        return -1.0  # the frames would not be square
    bands, cells = [], []
    for f in range(1, frames):
        a = f * (cell + gap) - gap
        lo, hi = int(math.ceil(a + 0.3)), int(math.floor(a + gap - 0.3))
        if hi > lo:
            bands.append(white[:, lo:hi].mean())
    for r in range(1, rows):
        a = r * (cell + gap) - gap
        lo, hi = int(math.ceil(a + 0.3)), int(math.floor(a + gap - 0.3))
        if hi > lo:
            bands.append(white[lo:hi, :].mean())
    for r in range(rows):
        for f in range(frames):
            y, x = r * (cell + gap), f * (cell + gap)
            part = white[int(y) + 1: int(y + cell) - 1, int(x) + 1: int(x + cell) - 1]
            cells.append(part.mean() if part.size else 1.0)
    gap_white = min(bands) if bands else 0.0
    return gap_white - 0.5 * float(np.mean(cells))


def _solve(h: int, w: int, rows: int, frames: int, gap_guess: float | None) -> tuple[float, float] | None:
    if rows != frames:
        cell = (w * (rows - 1) - h * (frames - 1)) / (rows - frames)
        gap = (h - rows * cell) / (rows - 1) if rows > 1 else (w - frames * cell) / (frames - 1)
        return cell, gap
    if rows == 1:
        return float(h), 0.0
    if gap_guess is None:
        return None
    return (w - (frames - 1) * gap_guess) / frames, gap_guess


def split_strip(img: np.ndarray, rows: int | None = None, frames: int | None = None) -> list[list[np.ndarray]]:
    """Cut a strip (H, W, 3) uint8 into rows of square frames, each resized to SIDE x SIDE floats."""
    h, w = img.shape[:2]
    white = _white(img)
    cols = _runs(white.mean(axis=0) >= 0.9)
    lines = [b - a for a, b in cols if a > 0 and b < w]
    gap_guess = float(np.median(lines)) if lines else None
    best, best_score = None, 0.45
    if rows and frames:
        sol = _solve(h, w, rows, frames, gap_guess)
        if sol and _geometry_score(white, rows, frames, *sol) > 0.5:
            best = (rows, frames, *sol)
    if best is None:
        for r in range(1, 9):
            for f in range(1, 17):
                sol = _solve(h, w, r, f, gap_guess)
                if sol is None:
                    continue
                score = _geometry_score(white, r, f, *sol)
                if score > best_score + 1e-6:
                    best, best_score = (r, f, *sol), score
    if best is None:  # nothing fits: trust the prompt, or take the picture as one frame
        sol = _solve(h, w, rows, frames, gap_guess or 0.0) if rows and frames else None
        best = (rows, frames, *sol) if sol and sol[0] > 4 else (1, 1, float(min(h, w)), 0.0)
    r_n, f_n, cell, gap = best
    out = []
    for r in range(r_n):
        row = []
        for f in range(f_n):
            y, x = r * (cell + gap), f * (cell + gap)
            inset = max(1, int(round(cell / 64)))
            crop = img[int(round(y)) + inset: int(round(y + cell)) - inset,
                       int(round(x)) + inset: int(round(x + cell)) - inset]
            row.append(_square(crop))
        out.append(row)
    return out


def _square(arr: np.ndarray) -> np.ndarray:
    im = Image.fromarray(np.ascontiguousarray(arr[..., :3]).astype(np.uint8))
    return np.asarray(im.resize((SIDE, SIDE), Image.Resampling.BOX), dtype=np.float64) / 255.0


def _decode_png(data: bytes) -> np.ndarray:
    im = Image.open(io.BytesIO(data)).convert("RGB")
    return np.asarray(im, dtype=np.uint8)


def frames_of(prompt: str, images: list[bytes], labels: list[tuple[int, int] | None] | None = None
              ) -> list[list[np.ndarray]]:
    """rows x frames of SIDE x SIDE x 3 floats from the request's image(s)."""
    rows, frames = prompt_hints(prompt)
    if not images:
        return []
    if len(images) == 1:
        return split_strip(_decode_png(images[0]), rows, frames)
    pics = [_square(_decode_png(d)) for d in images]
    labels = labels or [None] * len(pics)
    if all(lab is not None for lab in labels):
        grid: dict[int, dict[int, np.ndarray]] = {}
        for (r, f), p in zip(labels, pics):
            grid.setdefault(r, {})[f] = p
        return [[grid[r][f] for f in sorted(grid[r])] for r in sorted(grid)]
    n_rows = rows if rows and len(pics) % rows == 0 else 1
    per = len(pics) // n_rows
    return [pics[i * per:(i + 1) * per] for i in range(n_rows)]


# --------------------------------------------------------------------------------------------
# looking at the frames

_Y, _X = np.mgrid[0:SIDE, 0:SIDE].astype(np.float64)


def _horizon(frames: list[np.ndarray]) -> int | None:
    """Row where an upper and a lower background region meet, if the strip has two."""
    prof = np.mean([np.median(f, axis=1) for f in frames], axis=0)  # (SIDE, 3): per-row median colour
    total = ((prof - prof.mean(0)) ** 2).sum()
    best, best_cost = None, total
    for k in range(10, SIDE - 10):
        a, b = prof[:k], prof[k:]
        cost = ((a - a.mean(0)) ** 2).sum() + ((b - b.mean(0)) ** 2).sum()
        if cost < best_cost:
            best, best_cost = k, cost
    if best is None:
        return None
    contrast = np.abs(prof[:best].mean(0) - prof[best:].mean(0)).max()
    return best if contrast > 0.05 and best_cost < 0.3 * total else None


def _hsv(rgb: np.ndarray) -> tuple[float, float, float]:
    return colorsys.rgb_to_hsv(*[float(min(max(c, 0.0), 1.0)) for c in rgb])


@dataclass
class _Frame:
    mass: float
    cx: float
    cy: float
    size: float
    angle2: float  # orientation of the second moments (period 180 deg), radians
    elong: float
    angle4: float  # orientation of the 4-fold harmonic (period 90 deg)
    sym4: float
    obj: np.ndarray
    upper: np.ndarray
    lower: np.ndarray
    wgt: np.ndarray | None = None  # the object mask, soft

    @functools.cached_property
    def blobs(self) -> int:
        """Separate parts of the object with at least 10% of its mass."""
        return _blobs(self.wgt) if self.wgt is not None else 0


def _measure(img: np.ndarray, k: int | None) -> _Frame:
    if k is None:
        bg = np.median(img.reshape(-1, 3), axis=0)
        upper = lower = bg
        ref = np.broadcast_to(bg, img.shape)
        dist = np.abs(img - ref).max(axis=2)
    else:
        upper = np.median(img[: max(k - 2, 1)].reshape(-1, 3), axis=0)
        lower = np.median(img[k + 2:].reshape(-1, 3), axis=0)
        ref = np.where((_Y < k)[..., None], upper, lower)
        dist = np.abs(img - ref).max(axis=2)
        band = np.abs(_Y - k) <= 2
        other = np.minimum(np.abs(img - upper).max(axis=2), np.abs(img - lower).max(axis=2))
        dist = np.where(band, other, dist)
    wgt = np.clip((dist - 0.12) / 0.18, 0.0, 1.0)
    mass = float(wgt.sum())
    nan = float("nan")
    if mass < 4.0:
        return _Frame(mass, nan, nan, nan, nan, 0.0, nan, 0.0, np.full(3, nan), upper, lower, None)
    cx, cy = float((wgt * _X).sum() / mass), float((wgt * _Y).sum() / mass)
    dx, dy = _X - cx, _Y - cy
    sxx, syy, sxy = (wgt * dx * dx).sum() / mass, (wgt * dy * dy).sum() / mass, (wgt * dx * dy).sum() / mass
    angle2 = 0.5 * math.atan2(2 * sxy, sxx - syy)
    tr = sxx + syy
    elong = float(math.sqrt((sxx - syy) ** 2 + 4 * sxy ** 2) / tr) if tr > 0 else 0.0
    theta, r2 = np.arctan2(dy, dx), dx * dx + dy * dy
    c4 = (wgt * r2 * np.exp(4j * theta)).sum() / max((wgt * r2).sum(), 1e-9)
    strong = wgt >= 0.6
    obj = img[strong].mean(axis=0) if strong.sum() >= 3 else (img * wgt[..., None]).sum((0, 1)) / mass
    return _Frame(mass, cx / SIDE, cy / SIDE, math.sqrt(mass) / SIDE, angle2, elong, float(np.angle(c4)) / 4,
                  float(abs(c4)), obj, upper, lower, wgt)


def _blobs(wgt: np.ndarray) -> int:
    """How many 8-connected parts of the object mask hold at least 10% of its mass."""
    mask = wgt >= 0.3
    seen = np.zeros_like(mask)
    masses = []
    for y0, x0 in zip(*np.nonzero(mask)):
        if seen[y0, x0]:
            continue
        stack, total = [(y0, x0)], 0.0
        seen[y0, x0] = True
        while stack:
            y, x = stack.pop()
            total += wgt[y, x]
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    v, u = y + dy, x + dx
                    if 0 <= v < SIDE and 0 <= u < SIDE and mask[v, u] and not seen[v, u]:
                        seen[v, u] = True
                        stack.append((v, u))
        masses.append(total)
    whole = sum(masses)
    return sum(m >= 0.1 * whole for m in masses) if whole > 0 else 0


def _effect(series: np.ndarray) -> tuple[float, float]:
    """(fitted change from the first to the last frame, monotonicity in [0, 1]) of one row."""
    ok = np.isfinite(series)
    if ok.sum() < max(2, len(series) - 1):
        return float("nan"), 0.0
    t = np.arange(len(series), dtype=float)[ok]
    v = series[ok]
    slope = float(np.polyfit(t, v, 1)[0]) if len(v) > 1 else 0.0
    change = slope * (len(series) - 1)
    steps = np.diff(v)
    total = np.abs(steps).sum()
    mono = float(np.abs(steps[np.sign(steps) == np.sign(change)]).sum() / total) if total > 0 else 0.0
    return change, mono


def _unwrap(values: np.ndarray, period: float) -> np.ndarray:
    ok = np.isfinite(values)
    out = np.full_like(values, np.nan)
    if ok.sum():
        out[ok] = np.unwrap(values[ok] * 2 * np.pi / period) * period / (2 * np.pi)
    return out


_HUES = ((15, "red"), (40, "orange"), (68, "yellow"), (95, "lime green"), (150, "green"), (185, "teal"),
         (200, "cyan"), (250, "blue"), (280, "purple"), (320, "magenta"), (345, "pink"), (361, "red"))


def colour_name(rgb: np.ndarray) -> str:
    h, s, v = _hsv(rgb)
    if v < 0.18:
        return "black"
    if s < 0.2:
        return "white" if v > 0.8 else "grey"
    deg = h * 360
    for limit, name in _HUES:
        if deg < limit:
            return name
    return "red"


# (attribute, region, threshold, weight): the threshold is the smallest change worth mentioning
_ATTRS = (("x", "object", 0.07, 1.0), ("y", "object", 0.07, 1.0), ("size", "object", 0.18, 1.0),
          ("rotation", "object", 22.0, 0.8), ("stretch", "object", 0.18, 0.6),
          ("hue", "object", 0.05, 1.0), ("hue", "upper", 0.05, 1.0), ("hue", "lower", 0.05, 1.0),
          ("hue", "background", 0.05, 1.0),
          ("brightness", "object", 0.12, 0.7), ("brightness", "upper", 0.12, 0.7),
          ("brightness", "lower", 0.12, 0.7), ("brightness", "background", 0.12, 0.7))


@dataclass
class _Finding:
    change: Change
    strength: float  # mean normalised change over the rows (>= 1: worth mentioning)


def _series(frames: list[_Frame], attr: str, region: str) -> np.ndarray:
    nan = float("nan")

    def colour(f: _Frame) -> np.ndarray:
        return f.obj if region == "object" else f.upper if region in ("upper", "background") else f.lower

    out = []
    for f in frames:
        if attr == "x":
            out.append(f.cx)
        elif attr == "y":
            out.append(f.cy)
        elif attr == "size":
            out.append(math.log(f.size) if f.size > 0 else nan)
        elif attr == "stretch":
            out.append(f.elong if np.isfinite(f.cx) and f.blobs == 1 else nan)
        elif attr == "rotation":
            if f.blobs != 1:
                out.append(nan)
            elif f.elong >= 0.3:
                out.append(math.degrees(f.angle2))
            elif f.sym4 >= 0.12 and f.elong < 0.1:
                out.append(math.degrees(f.angle4))
            else:
                out.append(nan)
        else:
            c = colour(f)
            if not np.all(np.isfinite(c)):
                out.append(nan)
                continue
            h, s, v = _hsv(c)
            if attr == "hue":
                out.append(h if s >= 0.25 and v >= 0.25 else nan)
            else:
                out.append(v)
    arr = np.array(out, dtype=float)
    if attr == "hue":
        arr = _unwrap(arr, 1.0)
    if attr == "rotation":
        period = 180.0 if all(f.elong >= 0.3 for f in frames if np.isfinite(f.cx)) else 90.0
        arr = _unwrap(arr, period)
    return arr


def measure(rows: list[list[np.ndarray]]) -> tuple[int | None, list[list[_Frame]]]:
    """(horizon row or None, the measurements of every frame)."""
    k = _horizon([f for r in rows for f in r]) if rows else None
    return k, [[_measure(f, k) for f in row] for row in rows]


def look(rows: list[list[np.ndarray]], measured: tuple[int | None, list[list[_Frame]]] | None = None
         ) -> _Finding | None:
    """The strongest change that every row shows the same way, or None."""
    if not rows or min(len(r) for r in rows) < 2:
        return None
    k, measured = measured or measure(rows)
    regions = {"object", "upper", "lower"} if k is not None else {"object", "background"}
    best: _Finding | None = None
    for attr, region, thr, weight in _ATTRS:
        if region not in regions:
            continue
        scores, monos = [], []
        for row in measured:
            change, mono = _effect(_series(row, attr, region))
            scores.append(change / thr)
            monos.append(mono)
        s = np.array(scores)
        if np.isnan(s).sum() > len(s) // 2:
            continue
        ok = np.isfinite(s)
        s, m = s[ok], np.array(monos)[ok]
        first_sign = 1 if s[0] > 0 else -1
        if attr == "hue":  # a colour change may go either way round the wheel in different rows
            s = np.abs(s)
        elif (s > 0.5).any() and (s < -0.5).any():
            continue  # the rows disagree
        strength = float(s.mean())
        sign = 1 if strength > 0 else -1
        strong, weak = sign * s >= 0.7, sign * s >= 0.35
        if strong.sum() < math.ceil(len(s) / 2) or weak.sum() < len(s) - len(s) // 3 or (m[strong] < 0.6).any():
            continue  # most rows must show it clearly, and almost all at least faintly
        if abs(strength) < 1.0:
            continue
        start = end = ""
        if attr == "hue":
            sign = first_sign
            start, end = _ends(measured, region)
        finding = _Finding(Change(attr, sign, region, start, end), abs(strength) * weight)
        if best is None or finding.strength > best.strength:
            best = finding
    return best


def _ends(measured: list[list[_Frame]], region: str) -> tuple[str, str]:
    """Colour names at the two ends of the first row that shows the colour (as a viewer reads it)."""
    for row in measured:
        cols = [f.obj if region == "object" else f.upper if region != "lower" else f.lower for f in row]
        cols = [c for c in cols if np.all(np.isfinite(c)) and _hsv(c)[1] >= 0.25]
        if len(cols) >= 2:
            return colour_name(cols[0]), colour_name(cols[-1])
    return "", ""


def kind_of(rows: list[list[np.ndarray]]) -> str:
    """``grey`` for grey-scale strips (a white object on black), ``colour`` otherwise."""
    if not rows:
        return "grey"
    sat = np.mean([np.ptp(f, axis=2).mean() for r in rows for f in r])
    return "grey" if sat < 0.05 else "colour"


# --------------------------------------------------------------------------------------------
# words

_SUBJECT = {"grey": ("the object", "the white shape", "the shape", "the blob", "the bright shape", "the figure"),
            "colour": ("the object", "the shape in the middle", "the coloured object", "the object in front",
                       "the foreground object", "the item")}
_REGION = {"upper": ("the wall", "the upper part of the background", "the top half of the background",
                     "the background above the horizon", "the back wall"),
           "lower": ("the floor", "the lower part of the background", "the ground",
                     "the bottom half of the background", "the floor surface"),
           "background": ("the background", "the backdrop", "the whole background")}
_MOVE = (("move", "moves"), ("slide", "slides"), ("shift", "shifts"), ("drift", "drifts"), ("travel", "travels"))
_WAY = {("x", 1): ("to the right", "rightward", "toward the right edge", "from left to right",
                   "horizontally to the right", "from the left side to the right side"),
        ("x", -1): ("to the left", "leftward", "toward the left edge", "from right to left",
                    "horizontally to the left", "from the right side over to the left side"),
        ("y", 1): ("down", "downward", "toward the bottom", "from top to bottom", "lower in the frame",
                   "vertically downwards"),
        ("y", -1): ("up", "upward", "toward the top", "from bottom to top", "higher in the frame",
                    "vertically upwards")}
_VERBS = {("y", 1): (("sink", "sinks", ""), ("descend", "descends", ""), ("drop", "drops", "lower")),
          ("y", -1): (("rise", "rises", ""), ("climb", "climbs", "higher"), ("go up", "goes up", "")),
          ("size", 1): (("grow", "grows", ""), ("get bigger", "gets bigger", ""), ("expand", "expands", ""),
                        ("become larger", "becomes larger", ""), ("increase in size", "increases in size", ""),
                        ("be enlarged", "is enlarged", ""), ("swell", "swells", "steadily")),
          ("size", -1): (("shrink", "shrinks", ""), ("get smaller", "gets smaller", ""),
                         ("become smaller", "becomes smaller", ""), ("contract", "contracts", ""),
                         ("decrease in size", "decreases in size", ""), ("dwindle", "dwindles", ""),
                         ("get reduced in size", "gets reduced in size", "")),
          ("rotation", 1): (("rotate", "rotates", "clockwise"), ("turn", "turns", "clockwise"),
                            ("spin", "spins", "in the clockwise direction"), ("tilt", "tilts", "clockwise")),
          ("rotation", -1): (("rotate", "rotates", "counter-clockwise"), ("turn", "turns", "anticlockwise"),
                             ("spin", "spins", "counterclockwise"), ("tilt", "tilts", "to the left, anticlockwise")),
          ("stretch", 1): (("stretch", "stretches", "out"), ("become more elongated", "becomes more elongated", ""),
                           ("get longer and thinner", "gets longer and thinner", "")),
          ("stretch", -1): (("become rounder", "becomes rounder", ""), ("get more compact", "gets more compact", ""),
                            ("lose its elongation", "loses its elongation", "")),
          ("brightness", 1): (("get lighter", "gets lighter", ""), ("become brighter", "becomes brighter", ""),
                              ("grow paler", "grows paler", ""), ("brighten", "brightens", "")),
          ("brightness", -1): (("get darker", "gets darker", ""), ("become dimmer", "becomes dimmer", ""),
                               ("darken", "darkens", ""), ("fade", "fades", "to a darker tone"))}
_NOUN = {"x": "horizontal position", "y": "vertical position", "size": "size", "rotation": "orientation",
         "stretch": "proportions", "hue": "colour", "brightness": "brightness"}


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _subject(rng: random.Random, change: Change, kind: str) -> str:
    if change.region == "object":
        return rng.choice(_SUBJECT[kind])
    return rng.choice(_REGION[change.region])


def _predicate(rng: random.Random, change: Change) -> tuple[str, str, str]:
    """(base verb, third-person verb, complement)."""
    key = (change.attr, change.sign)
    if change.attr in ("x", "y"):
        if key in _VERBS and rng.random() < 0.3:
            base, third, comp = rng.choice(_VERBS[key])
            return base, third, comp
        base, third = rng.choice(_MOVE)
        return base, third, rng.choice(_WAY[key])
    if change.attr == "hue":
        a, b = change.start, change.end
        if a == b:
            shade = "warmer" if change.sign < 0 else "cooler"
            options = ((f"shift to a {shade} shade of {a}", f"shifts to a {shade} shade of {a}", ""),
                       (f"take on a {shade} {a} tone", f"takes on a {shade} {a} tone", ""))
            return rng.choice(options)
        options = (("change colour", "changes colour", f"from {a} to {b}"), ("turn", "turns", f"from {a} to {b}"),
                   ("go", "goes", f"from {a} to {b}"), ("shift", "shifts", f"in hue from {a} to {b}"),
                   ("change", "changes", f"from {_a(a)} {a} hue to {_a(b)} {b} one"),
                   ("become", "becomes", f"{b} (starting out {a})"))
        return rng.choice(options)
    return rng.choice(_VERBS[key])


def clause(rng: random.Random, change: Change, kind: str, hedge: bool = True) -> str:
    """One clause, lower-case start, no full stop: 'the shape seems to slide to the right'."""
    subj = _subject(rng, change, kind)
    base, third, comp = _predicate(rng, change)
    comp = f" {comp}" if comp else ""
    style = rng.random() if hedge else 0.0
    if style < 0.45:
        return f"{subj} {third}{comp}"
    if style < 0.6:
        return f"{subj} seems to {base}{comp}"
    if style < 0.72:
        return f"{subj} appears to {base}{comp}"
    if style < 0.82:
        return f"{subj} probably {third}{comp}"
    if style < 0.92:
        return f"I think {subj} {third}{comp}"
    noun = _NOUN[change.attr]
    owner = subj + ("'s" if not subj.endswith("s") else "'")
    return f"what changes is {owner} {noun}: it {third}{comp}"


_PREAMBLES = ("Looking at both rows, it appears that {c}.", "Sure! In this sequence {c}.", "From left to right, {c}.",
              "In both rows, {c}.", "Across the frames, {c}.", "As the value increases, {c}.",
              "Based on the images, {c}.", "Here's what I see: {c}.", "Comparing the frames, {c}.",
              "Going from the first frame to the last, {c}.", "Both rows agree: {c}.", "{C}.", "{C}.", "{C}.",
              "{C} as the latent increases.", "Okay - {c}.")
_REMARKS = ("The rest of the scene stays the same.", "Nothing else changes.", "Everything else looks unchanged.",
            "The second row shows the same thing.", "This holds in every row.", "Its shape stays the same.",
            "No other attribute seems to vary.", "The change is smooth and gradual.",
            "It is most visible between the first and the last frame.", "Otherwise the images are identical.")
_ABSTAIN = ("No clear pattern.", "No clear pattern.", "I can't make out any consistent change.",
            "Honestly, the frames look the same to me.",
            "There doesn't seem to be a systematic difference between the images.",
            "Looking at both rows, I can't see any consistent change.", "Sure! Honestly, nothing seems to vary.",
            "The images look identical across the sequence.", "I don't notice any meaningful variation.",
            "Nothing appears to change from left to right.", "The differences look random rather than systematic.",
            "There is no consistent trend across the rows.", "I'm not able to identify a clear change here.",
            "It's hard to say - the frames are practically indistinguishable.",
            "I can't tell what changes; the rows don't agree with each other.",
            "From left to right, everything stays essentially the same.",
            "**No clear pattern.** The frames look the same to me.",
            "As far as I can see, the latent has no visible effect.",
            "I couldn't find any change that both rows share.",
            "Unfortunately I cannot determine a consistent pattern of change.",
            "There is no discernible difference between the frames.",
            "The sequence appears static; I see no change.")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def compose(rng: random.Random, change: Change | None, kind: str, also: Change | None = None) -> str:
    """Varied words for one change (or for none)."""
    if change is None:
        return rng.choice(_ABSTAIN)
    pre = rng.choice(_PREAMBLES)
    c = clause(rng, change, kind, hedge="appears" not in pre)
    if also is not None:
        other = clause(rng, also, kind, hedge=False)
        c = f"{c}, and {other}" if rng.random() < 0.5 else f"{c}; also, {other}"
    style = rng.random()
    if style < 0.12:  # a short bullet list
        intro = rng.choice(("Here is what I notice:", "Observations:", "Summary:"))
        second = rng.choice(("- Both rows show it the same way.", "- The direction is the same in every row.",
                             "- It is a gradual change."))
        return f"{intro}\n- {_sentence(c)}.\n{second}"
    text = pre.replace("{c}", c).replace("{C}", _sentence(c))
    if style > 0.72:
        text += " " + rng.choice(_REMARKS)
    if style > 0.95:
        text = text.replace(c, f"**{c}**", 1)
    return text


# --------------------------------------------------------------------------------------------
# wrong answers

def _pool(kind: str, regions: set[str]) -> list[Change]:
    out = [Change("x", 1), Change("x", -1), Change("y", 1), Change("y", -1), Change("size", 1), Change("size", -1),
           Change("rotation", 1), Change("rotation", -1)]
    if kind == "colour":
        names = ("red", "orange", "yellow", "green", "teal", "blue", "purple", "pink")
        for region in sorted(regions):
            for _ in range(2):
                a, b = random.Random(region).sample(names, 2)
                out.append(Change("hue", 1, region, a, b))
    else:
        out += [Change("brightness", 1), Change("brightness", -1)]
    return out


def _wrong(rng: random.Random, seen: Change | None, kind: str, regions: set[str]) -> Change:
    if seen is not None and rng.random() < 0.5:
        return seen.opposite()
    pool = [c for c in _pool(kind, regions) if seen is None or (c.attr, c.region) != (seen.attr, seen.region)]
    pick = rng.choice(pool)
    if pick.attr == "hue":
        names = ["red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"]
        a, b = rng.sample(names, 2)
        pick = Change("hue", 1, pick.region, a, b)
    return pick


# --------------------------------------------------------------------------------------------
# the model


def seed_of(prompt: str, images: list[bytes]) -> int:
    h = hashlib.sha256(prompt.encode("utf-8"))
    for data in images:
        h.update(hashlib.sha256(data).digest())
    return int.from_bytes(h.digest()[:8], "big")


@dataclass(frozen=True)
class Decision:
    """What a simulated model decided to say about one request, before any voice words it."""

    rng: random.Random  # its draws so far are the decision's; a voice draws its words after them
    rows: list
    kind: str
    k: int | None
    measured: Any
    seen: Change | None
    said: Change | None
    wrong: bool
    also: Change | None
    why: str  # why it says nothing (see why_nothing); "any" when it says something


def why_nothing(rows: list, k: int | None, measured: Any) -> str:
    """static (the frames are the same), disagree (each row shows a change, not the same one),
    uneven (only some rows show one) or faint (they differ, but not in a clear direction)."""
    if not rows or min(len(r) for r in rows) < 2:
        return "any"
    spread = max(float(np.abs(f - row[0]).max()) for row in rows for f in row)
    if spread < 0.02:
        return "static"
    if len(rows) >= 2:
        per_row = [look([row], (k, [m])) for row, m in zip(rows, measured)]
        found = [(f.change.attr, f.change.sign, f.change.region) for f in per_row if f is not None]
        if len(found) == len(rows) and len(set(found)) > 1:
            return "disagree"
        if 0 < len(found) < len(rows):
            return "uneven"
    return "faint"


def abstentions(why: str, n_rows: int, always: tuple, **by_why: tuple) -> list:
    """A voice's abstentions that fit why it says nothing: those it may always say, and those of
    ``by_why[why]`` (static, faint; disagree and uneven only with two rows or more)."""
    pool = list(always)
    if why in ("static", "faint") or (why in ("disagree", "uneven") and n_rows >= 2):
        pool += list(by_why.get(why, ()))
    return pool


def decide(body: Any, path: str = "") -> Decision:
    """Parse a request, look at its strip and decide (deliberately wrong about WRONG_RATE of the
    time, and now and then with a second change): shared by every voice, so they make the same
    decisions and differ only in words."""
    prompt, images, labels = parse_request(body, path)
    rng = random.Random(seed_of(prompt, images))
    try:
        rows = frames_of(prompt, images, labels)
    except (OSError, ValueError):
        rows = []
    kind = kind_of(rows)
    k, measured = measure(rows)
    finding = look(rows, (k, measured)) if rows else None
    seen = finding.change if finding else None
    regions = {"object", "upper", "lower"} if k is not None else {"object"} if kind == "grey" \
        else {"object", "background"}
    wrong = rng.random() < WRONG_RATE
    said = _wrong(rng, seen, kind, regions) if wrong else seen
    also = None
    if not wrong and seen is not None and rows:
        also = _second(k, measured, seen) if rng.random() < 0.35 else None
    why = why_nothing(rows, k, measured) if said is None else "any"
    return Decision(rng, rows, kind, k, measured, seen, said, wrong, also, why)


def answer(body: Any, path: str = "") -> Answer:
    """What the chatty model says to one request body (any of the four protocols)."""
    d = decide(body, path)
    return Answer(_fit_rows(compose(d.rng, d.said, d.kind, d.also), len(d.rows)), d.seen, d.said, d.wrong)


def _fit_rows(text: str, n_rows: int) -> str:
    """The words for 'both rows' when there is one row or more than two."""
    if n_rows == 2 or n_rows == 0:
        return text
    if n_rows == 1:
        text = text.replace(" The second row shows the same thing.", "").replace("- Both rows show it the same way.",
                                                                                  "- It is a steady change.")
        words = ("the row", "The row", "this row", "This row", "the row")
    else:
        n = {3: "three", 4: "four", 5: "five", 6: "six"}.get(n_rows, str(n_rows))
        words = (f"all {n} rows", f"All {n} rows", "any row", "Any row", "every row")
    for old, new in (("both rows", words[0]), ("Both rows", words[1]), ("either row", words[2]),
                     ("Either row", words[3]), ("every row", words[4])):
        text = text.replace(old, new)
    if n_rows == 1:
        text = text.replace("the rows don't agree with each other", "the frames don't follow a direction")
        text = text.replace("across the rows", "along the row").replace("the rows", "the row")
    return text


def _second(k: int | None, measured: list[list[_Frame]], first: Change) -> Change | None:
    """A second strong change, mentioned now and then (a real model names what it notices)."""
    for attr, region, thr, _ in _ATTRS:
        if (attr, region) == (first.attr, first.region) or attr in ("stretch", "brightness", "rotation"):
            continue
        if region in ("upper", "lower") and k is None or region == "background" and k is not None:
            continue
        effects = [_effect(_series(row, attr, region)) for row in measured]
        s = np.array([e[0] / thr for e in effects])
        if np.all(np.isfinite(s)) and (np.all(s >= 2.0) or np.all(s <= -2.0)) and min(e[1] for e in effects) > 0.8:
            sign = 1 if s.mean() > 0 else -1
            if attr == "hue":
                return None  # colour names for a second change: keep answers short
            return Change(attr, sign, region)
    return None


def respond(path: str, body: Any) -> str:
    """The answer's text; the fake server's ``chatty`` mode calls this."""
    return answer(body, path).text
