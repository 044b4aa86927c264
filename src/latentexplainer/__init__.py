"""LatentExplainer: what each latent variable of a generative model does, in plain words,
and how sure we are. See the README for the two commands that set everything up."""

__version__ = "0.1.0"

from .data import Dataset, load_dataset  # noqa: E402
from .errors import LatentExplainerError  # noqa: E402
from .models import GenerativeModel, load_model  # noqa: E402
from .pipeline import ExplainSettings, Run, explain  # noqa: E402
from .records import LatentRecord  # noqa: E402

__all__ = [
    "Dataset", "ExplainSettings", "GenerativeModel", "LatentExplainerError", "LatentRecord", "Run",
    "__version__", "explain", "load_dataset", "load_model",
]
