"""LatentExplainer: what each latent variable of a generative model does, in plain words,
and how sure we are. See the README for the two commands that set everything up."""

from ._version import __version__
from .backends.cache import CachePolicy
from .data import Dataset, load_dataset
from .errors import LatentExplainerError
from .models import GenerativeModel, load_model
from .pipeline import ExplainSettings, Run, explain
from .records import LatentRecord

__all__ = [
    "CachePolicy", "Dataset", "ExplainSettings", "GenerativeModel", "LatentExplainerError", "LatentRecord", "Run",
    "__version__", "explain", "load_dataset", "load_model",
]
