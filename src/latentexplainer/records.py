"""Typed records passed between the stages (manipulation -> prompt -> backend -> uncertainty).

Every record is a frozen dataclass. The one the run directory holds, :class:`LatentRecord`,
is written with ``to_dict`` (a line of explanations.jsonl, a file in records/) and read back,
field by field checked, with ``from_dict``; the others live in memory between the stages.
A failed latent carries a ``status`` and a ``reason``; it is never an explanation. A latent
is failed when any of its answers is missing (a transport error after retries): a resumed
run asks it again.
"""

from __future__ import annotations

import math
from dataclasses import MISSING as MISSING_FIELD
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

Status = Literal["ok", "unclear", "abstained", "failed"]


@dataclass(frozen=True)
class LatentRef:
    """What a sequence manipulates: one latent (or direction), a group of latents, or a
    condition. ``index`` identifies the unit in the run (its record); ``members`` are the
    latents that move (default: just ``index``)."""

    index: int
    name: str = ""
    members: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return self.name or f"z{self.index}"

    @property
    def latents(self) -> tuple[int, ...]:
        return self.members or (self.index,)


@dataclass(frozen=True)
class Row:
    """One row of frames: a sweep of the manipulated latent under one setting of the rest."""

    values: tuple[float, ...]  # the swept values of the manipulated latent, one per frame
    condition: str  # in words: what else is fixed, e.g. "base code" or "z2 set to 2.0"
    frames: np.ndarray  # (F, C, H, W) float32 in [0, 1]
    moving: tuple[int, ...] = ()  # the latents swept in this row (a group's member alone, or all)


@dataclass(frozen=True)
class Sequence:
    """What one base code contributes: the rows a bias asks for (two for disentanglement)."""

    latent: LatentRef
    sample: int  # index of the base code
    rows: tuple[Row, ...]
    other_latent: int | None = None  # the latent fixed differently in the second row


@dataclass(frozen=True)
class Prompt:
    """The text given to the explainer, with the formula and mapping it was made from."""

    text: str
    bias: str
    formula: str
    mapping: dict[str, str]
    in_context: str


@dataclass(frozen=True)
class Response:
    """One answer of a backend for one sequence.

    ``status`` is "ok" for an answer, or "refused" / "empty" / "error" when the backend gave
    none; such a response is never used as an explanation (it counts as an abstention).
    """

    text: str
    sample: int
    abstained: bool = False  # the answer says nothing changes / no pattern visible
    attributes: tuple[str, ...] = ()  # what the answer names (structured, when the backend knows)
    status: str = "ok"
    reason: str = ""
    usage: dict = field(default_factory=dict)  # token counts as the provider reported them
    cached: bool = False
    model: str = ""  # the model name the server reported for this answer ('' when it names none)


@dataclass(frozen=True)
class Certainty:
    """The uncertainty stage's verdict on n responses."""

    score: float  # mean pairwise similarity of the responses (abstentions count as zero)
    selected: int | None  # index of the most central response, None if all abstained
    row_means: tuple[float, ...]
    estimator: str


@dataclass(frozen=True)
class LatentRecord:
    """Everything known about one latent after a run: one line of explanations.jsonl."""

    latent: int
    latent_name: str
    bias: str
    prompt: str
    responses: list[str]
    abstentions: list[bool]
    certainty: float
    certainty_estimator: str
    certainties: dict[str, float]
    explanation: str | None
    clear: bool
    threshold: float
    status: Status
    reason: str = ""
    images: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)  # attribute named by the explanation
    response_status: list[str] = field(default_factory=list)  # per answer: ok / refused / empty / error
    usage: dict = field(default_factory=dict)  # tokens summed over the answers, as providers report them
    members: list[int] = field(default_factory=list)  # the latents that moved (a group's members)
    reported_models: list[str] = field(default_factory=list)  # model names the server reported, in order seen

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LatentRecord":
        """A record read back from a run directory, each field checked for its type (a record
        someone else wrote may hold anything): ValueError naming the first field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError(f"a record is a JSON object, not {type(data).__name__}")
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        missing = [f for f, spec in cls.__dataclass_fields__.items()
                   if f not in values and spec.default is spec.default_factory is MISSING_FIELD]
        if missing:
            raise ValueError(f"field '{missing[0]}' is missing")
        for name, check in _RECORD_FIELDS.items():
            if name in values and not check(values[name]):
                raise ValueError(f"field '{name}' has a value of the wrong kind")
        return cls(**values)

    @property
    def display(self) -> str:
        return self.explanation if self.explanation else "No clear explanation"


MAX_INDEX_DIGITS = 9  # a latent index has at most this many digits: a longer number is no latent


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10 ** MAX_INDEX_DIGITS


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _text(v: Any) -> bool:
    return isinstance(v, str)


def _texts(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


_RECORD_FIELDS = {  # how a record's fields are checked when read back (LatentRecord.from_dict)
    "latent": _int, "latent_name": _text, "bias": _text, "prompt": _text, "responses": _texts,
    "abstentions": lambda v: isinstance(v, list) and all(isinstance(x, bool) for x in v),
    "certainty": _num, "certainty_estimator": _text,
    "certainties": lambda v: isinstance(v, dict) and all(_text(k) and _num(x) for k, x in v.items()),
    "explanation": lambda v: v is None or _text(v), "clear": lambda v: isinstance(v, bool), "threshold": _num,
    "status": lambda v: v in ("ok", "unclear", "abstained", "failed"), "reason": _text, "images": _texts,
    "attributes": _texts, "response_status": _texts,
    "usage": lambda v: isinstance(v, dict) and all(_text(k) and _num(x) for k, x in v.items()),
    "members": lambda v: isinstance(v, list) and all(_int(x) for x in v), "reported_models": _texts,
}
