"""`probe`: the offline explainer. It measures the frames and says, in a plain sentence,
what changes consistently in both rows of a sequence and in which direction - or abstains.

Each sample (base code) gives its own answer, so the agreement between answers (the
certainty) is evidence about the latent, not a constant. Scores per attribute:
``|Spearman(attribute, step)| * range / reference spread``, where the reference spread is
the 5-95 % range of the attribute over the model's own random outputs.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import spearmanr

from ..measure import ATTRIBUTES, CIRCULAR, measure_row
from ..records import Response, Row
from .base import BaseBackend, ExplainRequest, ModelContext, register_backend
from ..errors import ConfigError

ABSTAIN = "No consistent change is visible."
_HUES = ((0.0, "red"), (0.083, "orange"), (0.167, "yellow"), (0.333, "green"), (0.5, "cyan"),
         (0.667, "blue"), (0.75, "purple"), (0.833, "magenta"), (1.0, "red"))
MIN_SPREAD = {"object_hue": 0.15, "upper_hue": 0.15, "lower_hue": 0.15, "orientation": 0.5,
              "pos_x": 0.15, "pos_y": 0.15, "aspect": 0.2}
NEUTRAL = ("shape2", "shape3", "shape4", "aspect")  # merged into one 'shape' attribute


def hue_name(h: float) -> str:
    h = h % 1.0
    return min(_HUES, key=lambda t: abs(t[0] - h))[1]


def _sentence(attr: str, up: bool, start: float, end: float) -> str:
    if attr == "pos_x":
        return f"the object moves horizontally from {'left to right' if up else 'right to left'}"
    if attr == "pos_y":
        return f"the object moves vertically from {'top to bottom' if up else 'bottom to top'}"
    if attr == "size":
        return "the object grows larger" if up else "the object shrinks smaller"
    if attr == "orientation":
        return f"the object rotates {'clockwise' if up else 'counterclockwise'}"
    if attr == "aspect":
        return f"the outline of the object morphs from {'tall to wide' if up else 'wide to tall'}"
    if attr in NEUTRAL:
        what = {"shape2": "elongated", "shape3": "triangular", "shape4": "square-cornered"}[attr]
        return f"the outline of the object morphs, becoming {'more' if up else 'less'} {what}"
    if attr == "object_hue":
        return f"the colour of the object shifts from {hue_name(start)} to {hue_name(end)}"
    if attr == "object_saturation":
        return "the object becomes more vivid" if up else "the object becomes paler"
    if attr == "object_brightness":
        return "the object becomes lighter" if up else "the object becomes darker"
    if attr in ("upper_hue", "lower_hue"):
        part = "upper" if attr == "upper_hue" else "lower"
        return f"the {part} part of the background changes colour from {hue_name(start)} to {hue_name(end)}"
    if attr in ("upper_brightness", "lower_brightness"):
        part = "upper" if attr.startswith("upper") else "lower"
        return f"the {part} part of the background turns {'lighter' if up else 'darker'}"
    return f"the whole image becomes {'brighter' if up else 'darker'}"


def attribute_scores(values: np.ndarray, spread: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(F, A) measurements of one row -> per attribute (score >= 0, signed direction)."""
    f, a = values.shape
    scores, signs = np.zeros(a), np.zeros(a)
    steps = np.arange(f)
    for j in range(a):
        col = values[:, j]
        ok = np.isfinite(col)
        if ok.sum() < 3 or np.ptp(col[ok]) < 1e-9:
            continue
        rho = spearmanr(steps[ok], col[ok]).statistic
        if not np.isfinite(rho):
            continue
        coverage = ok.sum() / f  # an attribute seen in only some frames counts less
        scores[j] = abs(rho) * np.ptp(col[ok]) / spread[j] * coverage
        signs[j] = np.sign(rho)
    return scores, signs


class ProbeBackend(BaseBackend):
    """Measures images; see the module docstring. Options: threshold (0.25), ratio (0.6)."""

    name = "probe"

    def __init__(self, model: str = "", options: dict | None = None) -> None:
        opts = {k: v for k, v in dict(options or {}).items() if v is not None}
        opts.pop("cache_dir", None)  # accepted like every backend; measuring is cheaper than a cache
        opts.pop("no_cache", None)
        self.threshold = float(opts.pop("threshold", 0.25))
        self.ratio = float(opts.pop("ratio", 0.6))
        if opts:
            raise ConfigError(f"unknown option(s) for the probe backend: {', '.join(sorted(opts))}; "
                              "allowed: threshold, ratio")
        if not 0 < self.threshold < 10 or not 0 < self.ratio <= 1:
            raise ConfigError("probe options: threshold must be in (0, 10) and ratio in (0, 1]")
        self.spread = np.ones(len(ATTRIBUTES))

    def prepare(self, context: ModelContext) -> None:
        """Learn each attribute's typical spread from the model's own random outputs."""
        ref = context.reference_images
        vals = measure_row(ref).values if len(ref) else np.zeros((0, len(ATTRIBUTES)))
        spread = np.ones(len(ATTRIBUTES))
        for j, name in enumerate(ATTRIBUTES):
            col = vals[:, j] if len(vals) else np.array([])
            col = col[np.isfinite(col)]
            if name in CIRCULAR or name == "orientation":
                s = MIN_SPREAD[name]  # phases of random images span the whole circle: no scale
            elif len(col) >= 10:
                lo, hi = np.percentile(col, [5, 95])
                s = max(hi - lo, MIN_SPREAD.get(name, 0.02))
            else:
                s = MIN_SPREAD.get(name, 0.1)
            spread[j] = s
        self.spread = spread

    def row_scores(self, row: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        vals = measure_row(row.frames).values
        scores, signs = attribute_scores(vals, self.spread)
        return scores, signs, vals

    def answer(self, rows: tuple[Row, ...]) -> Response:
        """The change every row that sweeps the whole unit agrees on (a group's each-member rows
        show the parts, not what the combination does, so they are left out)."""
        widest = max(len(r.moving) for r in rows)
        rows = tuple(r for r in rows if len(r.moving) == widest)
        per_row = [self.row_scores(r) for r in rows]
        scores = np.min([s for s, _, _ in per_row], axis=0)
        signs = per_row[0][1]
        agree = np.all([sg == signs for _, sg, _ in per_row], axis=0)
        scores = np.where(agree, scores, 0.0)
        # the three shape harmonics are one attribute: keep the strongest
        shape_idx = [ATTRIBUTES.index(n) for n in NEUTRAL]
        best = max(shape_idx, key=lambda j: scores[j])
        for j in shape_idx:
            if j != best:
                scores[j] = 0.0
        # a moving or resizing object changes the image brightness: that is not news
        scores[ATTRIBUTES.index("brightness")] *= 0.5
        order = np.argsort(-scores)
        if scores[order[0]] < self.threshold:
            return Response(ABSTAIN, 0, abstained=True)
        chosen = [order[0]]
        if scores[order[1]] >= self.threshold and scores[order[1]] >= self.ratio * scores[order[0]]:
            chosen.append(order[1])
        vals = per_row[0][2]
        parts = []
        for j in chosen:
            col = vals[:, j]
            ok = np.isfinite(col)
            start, end = (col[ok][0], col[ok][-1]) if ok.any() else (0.0, 0.0)
            parts.append(_sentence(ATTRIBUTES[j], signs[j] > 0, start, end))
        text = " and ".join(parts)
        text = text[0].upper() + text[1:] + "."
        return Response(text, 0, abstained=False, attributes=tuple(ATTRIBUTES[j] for j in chosen))

    def describe(self, request: ExplainRequest) -> list[Response]:
        out = []
        for seq in request.sequences:
            r = self.answer(seq.rows)
            out.append(Response(r.text, seq.sample, r.abstained, r.attributes))
        return out


register_backend("probe", lambda model, options: ProbeBackend(model, options))
