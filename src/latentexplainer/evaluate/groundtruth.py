"""Ground truth per latent, from both sides (they disagree; see docs/benchmark.md).

Encoder side: the factor with the highest normalised mutual information (NMI) with the
latent's posterior mean, if the latent is active (KL to the prior > 0.05 nats), its NMI is
at least 0.2 and it leads the second factor by at least 0.1. Without the KL gate, collapsed
latents would be labelled: their tiny deterministic wiggles carry spurious NMI.

Decoder side (the primary truth, since explanations describe images): a factor predictor
trained on the labelled images judges the very frames the explainer saw. Per row and factor,
score = |Spearman(prediction, step)| * range / (5-95 % range of the factor in the data)
(categorical: the largest such score over class probabilities); the two rows of a sequence
must agree in direction (the smaller score counts); scores are averaged over base codes.
A cyclic factor (an angle, a hue round the wheel; judged in radians whatever its unit, see
Dataset.angles) is followed continuously along the row; a step of a quarter turn or more
between two frames could have gone either way round (a hue swept half the wheel through
grey), so such a row has no direction to disagree with.
Each factor's score is weighted by how well the predictor knows it on held-out images
(R^2 for continuous factors, accuracy above chance for categorical ones), so a factor the
judge cannot read does not win on noise. The latent's factor is the top one if it scores
>= 0.25 and at least twice the second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import spearmanr

from ..data.base import Dataset
from ..records import Sequence
from .predictor import FactorPredictor

KL_GATE = 0.05
NMI_MIN, NMI_GAP = 0.2, 0.1
DEC_MIN, DEC_RATIO = 0.25, 2.0
CHANGED_MIN = 0.15  # a factor whose decoder-side score reaches this changes with the latent (named, it is not wrong)


def encoder_truth(nmi_row: np.ndarray, kl: float, names: tuple[str, ...]) -> str | None:
    order = np.argsort(-nmi_row)
    top = nmi_row[order[0]]
    second = nmi_row[order[1]] if len(order) > 1 else 0.0
    if kl > KL_GATE and top >= NMI_MIN and top - second >= NMI_GAP:
        return names[order[0]]
    return None


@dataclass(frozen=True)
class DecoderJudgement:
    scores: dict[str, float]  # factor -> mean consistent score
    factor: str | None


def _series_score(series: np.ndarray, spread: float) -> tuple[float, float]:
    steps = np.arange(len(series))
    if np.ptp(series) < 1e-9:
        return 0.0, 0.0
    rho = spearmanr(steps, series).statistic
    if not np.isfinite(rho):
        return 0.0, 0.0
    return abs(rho) * np.ptp(series) / spread, float(np.sign(rho))


def _cyclic_score(angles: np.ndarray, spread: float) -> tuple[float, float]:
    """An angle's series followed continuously (radians); its direction is unknown (0) when one
    step is a quarter turn or more, since that step could have gone the other way round."""
    turned = np.unwrap(angles)
    score, sign = _series_score(turned, spread)
    if len(turned) > 1 and np.max(np.abs(np.diff(turned))) >= np.pi / 2:
        sign = 0.0
    return score, sign


def reliability(predictor: FactorPredictor, quality: dict[str, float]) -> np.ndarray:
    """Per factor, how far the predictor's held-out quality is above chance, in [0, 1]."""
    out = np.ones(len(predictor.factors))
    for j, f in enumerate(predictor.factors):
        q = quality.get(f.name, 1.0)
        if f.kind == "categorical":
            chance = 1.0 / max(len(f.categories), 1)
            out[j] = max(0.0, (q - chance) / (1 - chance))
        else:
            out[j] = max(0.0, q)
    return out


def decoder_truth(seqs: list[Sequence], predictor: FactorPredictor, spreads: np.ndarray,
                  weights: np.ndarray | None = None) -> DecoderJudgement:
    factors = predictor.factors
    totals = np.zeros(len(factors))
    for seq in seqs:
        per_row = []
        for row in seq.rows:
            preds = predictor.predict(row.frames)
            sc, sg = np.zeros(len(factors)), np.zeros(len(factors))
            for j, (f, p) in enumerate(zip(factors, preds)):
                if f.kind == "categorical":
                    best = max((_series_score(p[:, c], 1.0) for c in range(p.shape[1])), key=lambda t: t[0])
                    sc[j], sg[j] = best[0], 1.0  # class changes have no sign to agree on
                elif f.kind == "cyclic":  # an angle that wraps: followed continuously along the row
                    sc[j], sg[j] = _cyclic_score(p, spreads[j])
                else:
                    sc[j], sg[j] = _series_score(p, spreads[j])
            per_row.append((sc, sg))
        sc = np.min([s for s, _ in per_row], axis=0)
        signs = np.array([g for _, g in per_row])  # a row without a direction (0) agrees with any
        agree = ~(np.any(signs > 0, axis=0) & np.any(signs < 0, axis=0))
        totals += np.where(agree, sc, 0.0)
    mean = totals / max(len(seqs), 1)
    if weights is not None:
        mean = mean * weights
    order = np.argsort(-mean)
    top = mean[order[0]]
    second = mean[order[1]] if len(order) > 1 else 0.0
    factor = factors[order[0]].name if top >= DEC_MIN and top >= DEC_RATIO * second else None
    return DecoderJudgement({f.name: float(v) for f, v in zip(factors, mean)}, factor)


def factor_spreads(data: Dataset) -> np.ndarray:
    """5-95 % range of each continuous factor (1 for categorical ones, half a turn for cyclic ones)."""
    assert data.factors is not None
    out = np.ones(len(data.factor_info))
    for j, f in enumerate(data.factor_info):
        if f.kind == "cyclic":
            out[j] = np.pi  # half a turn: a full sweep is a change of two spreads
        elif f.kind != "categorical":
            lo, hi = np.percentile(data.factors[:, j], [5, 95])
            out[j] = max(hi - lo, 1e-6)
    return out
