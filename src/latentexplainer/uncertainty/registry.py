"""The certainty estimators by name: ``--certainty NAME``."""

from __future__ import annotations

from typing import Callable

from ..registry import Registry
from .clusters import SemanticClusterEstimator
from .core import BowEstimator, EmbeddingEstimator, Estimator, GistEstimator

ESTIMATORS: Registry[Callable[[], Estimator]] = Registry("estimators", "certainty estimator")
for _name, _factory in (("bow", BowEstimator), ("gist", GistEstimator), ("embedding", EmbeddingEstimator),
                        ("clusters", SemanticClusterEstimator)):
    ESTIMATORS.register(_name, _factory)


def get_estimator(name: str) -> Estimator:
    """A certainty estimator by name (a plugin's too: group ``latentexplainer.estimators``)."""
    return ESTIMATORS.get(name)()
