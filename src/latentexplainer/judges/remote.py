"""Multimodal judges (``openai:MODEL``, ``openai-compatible:MODEL``, ``anthropic:MODEL``,
``gemini:MODEL``, ``ollama:MODEL``, and a local ``hf:PATH`` or ``hf:ORG/NAME``): the candidate
strips go as images with a judging prompt, through the backends' machinery (retries,
concurrency, cache for the remote ones); the number or the word in the answer is parsed,
and an unusable answer counts as no answer."""

from __future__ import annotations

import re

from ..backends.base import Asker
from ..errors import ConfigError
from .base import BaseJudge, Candidate, Direction, Judge, JudgeFactory, register_judge

DETECTION_PROMPT = (
    "Someone studied one latent variable of a generative image model and explained what changes when it is "
    "varied:\n\"{explanation}\"\n\n"
    "The {n} numbered images above are candidate traversals. In each, every row sweeps one latent variable "
    "from left to right while the other variables stay fixed. Exactly one candidate sweeps the latent variable "
    "that was explained. Which one? Answer with its number (1 to {n}) only."
)
DIRECTION_PROMPT = (
    "Someone studied one latent variable of a generative image model and explained what changes when it is "
    "varied:\n\"{explanation}\"\n\n"
    "The image above sweeps that latent variable: in every row the frames are in order from left to right, "
    "or all rows are played backwards. Read left to right, does the strip run the way the explanation "
    "describes (answer \"forward\") or the opposite way (answer \"reversed\")? Answer with one word."
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}


def parse_pick(text: str, n: int) -> int | None:
    """The 0-based candidate an answer names, or None when it names none, several, or one out of range."""
    low = (text or "").strip().lower()
    if not low:
        return None
    tagged = re.findall(r"(?:candidate|image|number|answer|option)\s*(?:is\s*)?[:#]?\s*(\d+|" +
                        "|".join(_WORD_NUMBERS) + r")\b", low)
    found = tagged or re.findall(r"\b(\d+)\b", low)
    values = {int(x) if x.isdigit() else _WORD_NUMBERS[x] for x in found}
    if len(values) != 1:
        return None
    v = values.pop()
    return v - 1 if 1 <= v <= n else None


def parse_direction(text: str) -> Direction | None:
    low = (text or "").lower()
    fwd = re.search(r"\bforwards?\b", low) is not None
    rev = re.search(r"\breversed?\b|\bbackwards?\b", low) is not None
    if fwd == rev:
        return None  # neither, or both: unparseable
    return "forward" if fwd else "reversed"


class RemoteJudge(BaseJudge):
    """A remote multimodal backend as judge: the candidate strips go as images (the first
    ``strips`` base codes of each traversal), the answer is parsed; an unusable one is None."""

    def __init__(self, backend, strips: int = 1) -> None:
        if not isinstance(backend, Asker):
            raise ConfigError(f"the {getattr(backend, 'name', backend)} backend cannot judge (it takes no free-form "
                              "questions); use probe or a remote multimodal backend")
        if strips < 1:
            raise ConfigError(f"a remote judge needs at least one strip per candidate, got {strips}")
        self.backend = backend
        self.strips = strips
        self.name = f"{backend.name}:{backend.model}"
        self.answers: list[str] = []  # raw answers of the last *_many call, for inspection

    def using_cache(self, policy) -> "RemoteJudge":
        from ..backends.cache import with_cache

        return RemoteJudge(with_cache(self.backend, policy), self.strips)

    def _images(self, candidate: Candidate, label: str) -> list:
        from ..backends.images import ImagePart, fit_png
        from ..render import png_bytes

        parts = []
        for s, seq in enumerate(candidate[: self.strips]):
            tag = label if self.strips == 1 else f"{label} (base code {s + 1})"
            parts.append(ImagePart(tag, fit_png(png_bytes(seq), self.backend.options.image_size)))
        return parts

    def _ask(self, asks: list) -> list[str]:
        responses = self.backend.ask_many(asks)
        self.answers = [r.text if r.status == "ok" else "" for r in responses]
        return self.answers

    def pick(self, explanation: str, candidates: list[Candidate]) -> int | None:
        return self.pick_many([(explanation, candidates)])[0]

    def direction(self, explanation: str, strip: Candidate) -> Direction | None:
        return self.direction_many([(explanation, strip)])[0]

    def pick_many(self, items: list[tuple[str, list[Candidate]]]) -> list[int | None]:
        from ..backends.base import Ask

        asks = [Ask(DETECTION_PROMPT.format(explanation=e, n=len(cands)),
                    tuple(p for n, c in enumerate(cands, 1) for p in self._images(c, f"Candidate {n}:")))
                for e, cands in items]
        return [parse_pick(a, len(c)) for a, (_, c) in zip(self._ask(asks), items)]

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        from ..backends.base import Ask

        asks = [Ask(DIRECTION_PROMPT.format(explanation=e), tuple(self._images(s, ""))) for e, s in items]
        return [parse_direction(a) for a in self._ask(asks)]


def _remote_factory(backend_name: str) -> JudgeFactory:
    def make(model: str, options: dict) -> Judge:
        from ..backends import get_backend

        strips = options.pop("strips", 1)
        try:
            strips = int(strips)
        except (TypeError, ValueError):
            raise ConfigError(f"the judge option 'strips' must be an integer, got {strips!r}") from None
        return RemoteJudge(get_backend(f"{backend_name}:{model}" if model else backend_name, options), strips)

    return make


for _name in ("openai", "openai-compatible", "anthropic", "gemini", "ollama", "hf"):
    register_judge(_name, _remote_factory(_name))
