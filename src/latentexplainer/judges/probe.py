"""The ``probe`` judge: reads an explanation with the graders' reader (reading.py) and measures
the candidate traversals (the measure package, which the offline explainer measures with too).

It picks the candidate that changes the named properties most, in the named direction (for
colours: nearest to the named first and last hue), and says ``forward`` when the measured
change of the named property runs the named way. It shares measurements with the offline
explainer but no words: when the explainer is the probe as well, detection and direction
check that its sentences carry what it measured, not that they are true.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..backends.base import ModelContext
from ..errors import ConfigError
from ..measure import analyse_row, circular_mean, place, score_series
from .base import BaseJudge, Candidate, Direction, register_judge
from .lexicon import hue_gap
from .reading import Claim, read_claims

# reader property -> measured series (role, series); a figure's, a region's or a pattern's
SERIES: dict[str, tuple[tuple[str, str], ...]] = {
    "x": (("figure", "x"),), "y": (("figure", "y"),), "position": (("figure", "x"), ("figure", "y")),
    "size": (("figure", "size"),), "width": (("figure", "width"),), "height": (("figure", "height"),),
    "length": (("figure", "height"), ("figure", "width")),
    "rotation": (("figure", "angle"), ("pattern", "stripe_angle")),
    "shape": (("figure", "outline"), ("figure", "width"), ("figure", "height")),
    "identity": (("figure", "outline"),),
    "hue": (("figure", "hue"), ("region", "hue")), "lightness": (("figure", "lightness"), ("region", "lightness")),
    "saturation": (("figure", "saturation"), ("region", "saturation")),
    "contrast": (("pattern", "contrast"),),
    # stripes across a figure (not one that scales as a whole): more of them is a finer pattern, and a count
    "frequency": (("pattern", "frequency"), ("figure", "stripes")), "count": (("figure", "count"), ("figure", "stripes")),
    "spread": (("figure", "apart"),),
}
LIGHT_SERIES = {"x": (("figure", "light_x"),), "y": (("figure", "light_y"),),
                "position": (("figure", "light_x"), ("figure", "light_y"))}
SATURATION = 0.5  # a change of this many units counts half (beyond a clear change, more is not better)
HUE_NEAR = 0.25  # turns: a measured hue this far from the named one fits not at all


@dataclass(frozen=True)
class Measured:
    score: float  # mean over base codes of the rows' agreed score
    sign: float  # in [-1, 1]: the score-weighted direction
    start: float  # hue at the first / last frame (turns), NaN when not a hue
    end: float


def profile(candidate: Candidate) -> dict[tuple[str, str, str], Measured]:
    """(role, place, series) -> how the traversal changes it, over its base codes; rows that
    disagree in direction show nothing."""
    totals: dict[tuple[str, str, str], list] = {}
    for seq in candidate:
        widest = max(len(getattr(r, "moving", ())) for r in seq.rows)
        rows = [r for r in seq.rows if len(getattr(r, "moving", ())) == widest]
        per_row: list[dict] = []
        for r in rows:
            got = {}
            for part in analyse_row(r.frames).parts:
                where = place(part) if part.role == "region" else ""
                for name, values in part.series.items():
                    s = score_series(name, values)
                    if s is not None:
                        got[(part.role, where, name)] = s
            per_row.append(got)
        for key, first in per_row[0].items():
            others = [p.get(key) for p in per_row[1:]]
            agree = all(o is not None and o.sign == first.sign for o in others)
            score = min([first.score, *(o.score for o in others if o is not None)]) if agree else 0.0
            totals.setdefault(key, []).append((score, first.sign, first.start, first.end))
    n = max(len(candidate), 1)
    out = {}
    for key, vals in totals.items():
        scores = np.array([v[0] for v in vals])
        signs = np.array([v[1] for v in vals], float)
        total = scores.sum()
        sign = float((scores * signs).sum() / total) if total > 0 else 0.0
        hue = key[2] == "hue"
        start = circular_mean(np.array([v[2] for v in vals]) % 1.0) if hue else np.nan
        end = circular_mean(np.array([v[3] for v in vals]) % 1.0) if hue else np.nan
        out[key] = Measured(float(total / n), sign, start, end)
    return out


def _series_for(claim: Claim) -> tuple[tuple[str, str], ...]:
    if claim.light and claim.prop in LIGHT_SERIES:
        return LIGHT_SERIES[claim.prop]
    return SERIES.get(claim.prop, ())


def evidence(claim: Claim, prof: dict[tuple[str, str, str], Measured]) -> tuple[float, Measured | None]:
    """The strongest measured change that could show the claim: a background claim looks at
    the regions (in the places it names), an object claim at the figure."""
    best: tuple[float, Measured | None] = (0.0, None)
    for role, name in _series_for(claim):
        if claim.part == "background" and role == "figure":
            continue
        if claim.part == "object" and role == "region":
            continue
        for (r, where, n), m in prof.items():
            if r != role or n != name:
                continue
            if role == "region" and claim.places and where not in ("all", "") and where not in claim.places:
                continue
            if m.score > best[0]:
                best = (m.score, m)
    return best


class ProbeJudge(BaseJudge):
    """See the module docstring. Option: ``against`` (0.3), how much of its strength a
    candidate keeps when it changes the named property the other way."""

    name = "probe"

    def __init__(self, model: str = "", options: dict | None = None) -> None:
        opts = {k: v for k, v in dict(options or {}).items() if v is not None}
        try:
            self.against = float(opts.pop("against", 0.3))
        except (TypeError, ValueError):
            raise ConfigError("the probe judge's option 'against' must be a number in [0, 1]") from None
        if opts:
            raise ConfigError(f"unknown option(s) for the probe judge: {', '.join(sorted(opts))}; allowed: against")
        if model:
            raise ConfigError(f"the probe judge takes no model name (got 'probe:{model}')")
        if not 0 <= self.against <= 1:
            raise ConfigError(f"the probe judge's option 'against' must be in [0, 1], got {self.against}")
        self._memo: dict[int, tuple[Candidate, dict]] = {}

    def prepare(self, context: ModelContext) -> None:
        self._memo.clear()

    def profile(self, candidate: Candidate) -> dict:
        hit = self._memo.get(id(candidate))
        if hit is not None and hit[0] is candidate:
            return hit[1]
        prof = profile(candidate)
        self._memo[id(candidate)] = (candidate, prof)
        return prof

    def agreement(self, claim: Claim, m: Measured) -> float:
        """In [-1, 1]: how far the measured change runs the way the claim says (0: cannot tell)."""
        if claim.prop == "hue" and claim.hues != (None, None):
            if not (np.isfinite(m.start) and np.isfinite(m.end)):
                return 0.0
            (h0, h1) = claim.hues
            fwd = (hue_gap(m.start, h0) if h0 is not None else 0) + (hue_gap(m.end, h1) if h1 is not None else 0)
            rev = (hue_gap(m.end, h0) if h0 is not None else 0) + (hue_gap(m.start, h1) if h1 is not None else 0)
            return float(np.clip((rev - fwd) / 0.1, -1, 1))
        return float(claim.sign * m.sign)

    def fit(self, claims: list[Claim], prof: dict) -> float:
        """How well a traversal shows the claims, summed: each named change's strength,
        saturating, times how well its direction (or its named hues) fits."""
        total = 0.0
        for c in claims:
            s, m = evidence(c, prof)
            if m is None:
                continue
            if c.prop == "hue" and c.hues != (None, None):
                named = [(h, e) for h, e in zip(c.hues, (m.start, m.end)) if h is not None]
                ok = all(np.isfinite(e) for _, e in named)
                fit = max(0.0, 1.0 - np.mean([hue_gap(e, h) for h, e in named]) / HUE_NEAR) if ok else 0.0
            else:
                agree = self.agreement(c, m)
                fit = 1.0 if agree >= 0 else 1.0 - (1.0 - self.against) * min(1.0, -agree)
            total += s / (s + SATURATION) * fit
        return total

    def pick(self, explanation: str, candidates: list[Candidate]) -> int | None:
        claims = read_claims(explanation)
        if not claims or not candidates:
            return None
        values = [self.fit(claims, self.profile(c)) for c in candidates]
        best = int(np.argmax(values))
        if values[best] <= 0 or sum(v == values[best] for v in values) > 1:
            return None  # nothing named changes, or a tie: no answer
        return best

    def direction(self, explanation: str, strip: Candidate) -> Direction | None:
        prof = self.profile(strip)
        vote = 0.0
        for c in read_claims(explanation):
            s, m = evidence(c, prof)
            if m is not None:
                vote += s * self.agreement(c, m)
        if vote == 0:
            return None
        return "forward" if vote > 0 else "reversed"

    def pick_many(self, items: list[tuple[str, list[Candidate]]]) -> list[int | None]:
        try:
            return [self.pick(e, c) for e, c in items]
        finally:
            self._memo.clear()

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        try:
            return [self.direction(e, s) for e, s in items]
        finally:
            self._memo.clear()


register_judge("probe", lambda model, options: ProbeJudge(model, options))
