"""What a benchmark takes and returns, as small typed records.

:class:`BenchmarkOptions` holds what the benchmark adds to the explainer's settings (the
model, the judge, references, the ablation, ...); :class:`BenchmarkResult` is what
:func:`~.benchmark.run_benchmark` returns, and ``benchmark.json`` is its :meth:`to_dict`.
Each latent's row is a :class:`LatentScore` (a typed dict: it is written to JSON as it is).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypedDict

from ..errors import ConfigError


@dataclass(frozen=True)
class BenchmarkOptions:
    """What the benchmark adds to :class:`~latentexplainer.pipeline.ExplainSettings`."""

    model_spec: str | None = None  # None: the shipped model of the data set, or one trained into out/model
    n_images: int = 10000  # labelled images drawn for the encoder- and decoder-side truth
    predictor_epochs: int = 8  # training of the decoder-side factor predictor
    judge: str = "probe"  # scores the explanations by use (detection, direction)
    judge_options: dict = field(default_factory=dict)
    k: int | None = None  # distractors per detection trial (None: 4, fewer when the model has fewer latents)
    references: str | Path | None = None  # reference explanations: adds the five text metrics
    wordnet_dir: str | Path | None = None  # METEOR's WordNet (None: the text metrics look for it themselves)
    ablation: bool = False  # also explain with the plain prompt (the paper's ablation)
    train_epochs: int | None = None  # epochs of a model trained here (None: the recipe's 20)
    run_name: str = "run"  # several explainers can share one folder (and its trained judge)
    allow_download: bool = False  # a Hub id missing from the local Hugging Face cache may be downloaded

    def __post_init__(self) -> None:
        if self.n_images < 10:
            raise ConfigError(f"the benchmark needs at least 10 labelled images, got n_images={self.n_images}")
        if self.train_epochs is not None and self.train_epochs < 1:
            raise ConfigError(f"--train-epochs must be at least 1, got {self.train_epochs}")


class LatentScore(TypedDict, total=False):
    """One latent's row: truth on both sides, the explanation, and whether it is right."""

    latent: int
    kl: float  # nats, posterior to prior
    change: float  # mean absolute pixel change between the ends of its traversal
    active: bool
    nmi_top: list  # [[factor, NMI], ...] the two factors the latent's code informs most
    encoder_factor: str | None
    decoder_factor: str | None  # the factor its traversal changes, if one clearly does
    decoder_scores: dict
    explanation: str | None
    named_factor: str | None
    status: str
    certainty: float
    certainties: dict  # per estimator
    named_factors: list
    changed_factors: list
    correct: bool
    confident_wrong: bool
    encoder_agrees: bool
    detection: bool | None  # scored by use (None: not scored)
    direction: bool | None


@dataclass(frozen=True)
class BenchmarkResult:
    """The figures of one benchmark (see benchmark.py's docstring); ``to_dict()`` is benchmark.json."""

    dataset: str
    model: str
    model_info: dict
    backend: str
    bias: str
    samples: int
    threshold: float
    certainty_estimator: str
    n_latents: int
    n_with_factor: int
    n_active: int
    factor_accuracy: float | None
    n_clear: int
    confident_wrong_rate: float | None
    certainty_auroc: float | None
    certainty_auroc_active: float | None
    certainty_auroc_by_estimator: dict
    encoder_side_accuracy: float | None
    n_with_encoder_factor: int
    mig: float
    disentanglement: dict
    predictor_quality: dict
    seconds: float
    command: str
    latents: list[LatentScore]
    detection_accuracy: float | None
    direction_accuracy: float | None
    detection: dict
    direction: dict
    text_metrics: dict | None = None  # only with references
    ablation: dict | None = None  # only with the ablation

    OPTIONAL = ("text_metrics", "ablation")  # left out of the JSON when not measured

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if not (f.name in self.OPTIONAL and getattr(self, f.name) is None)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BenchmarkResult:
        """A result read back from benchmark.json (keys it does not know are left out)."""
        known = {f.name for f in fields(cls)}
        missing = sorted(f.name for f in fields(cls) if f.name not in data and f.name not in cls.OPTIONAL)
        if missing:
            raise ConfigError(f"not a benchmark result: {', '.join(missing)} missing; give a benchmark.json that "
                              "`latentexplainer benchmark` wrote")
        return cls(**{k: v for k, v in data.items() if k in known})
