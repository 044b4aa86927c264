"""The certainty estimators by name: ``--certainty NAME``."""

from __future__ import annotations

from typing import Callable

from ..errors import ConfigError
from .clusters import SemanticClusterEstimator
from .core import BowEstimator, EmbeddingEstimator, Estimator, GistEstimator

ESTIMATORS: dict[str, Callable[[], Estimator]] = {"bow": BowEstimator, "gist": GistEstimator,
                                                  "embedding": EmbeddingEstimator,
                                                  "clusters": SemanticClusterEstimator}


def get_estimator(name: str) -> Estimator:
    if name not in ESTIMATORS:
        raise ConfigError(f"unknown certainty estimator '{name}'; choose one of: {', '.join(ESTIMATORS)}")
    return ESTIMATORS[name]()
