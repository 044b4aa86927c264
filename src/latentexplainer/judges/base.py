"""Scoring explanations by use: can a judge who reads only the explanation find and orient
the traversal it describes? (See docs/benchmark.md, "Scoring by use".)

**Detection.** For each latent i with a clear explanation, the judge gets the explanation
and k + 1 candidate traversals: latent i's and those of k other latents of the same model
(drawn without replacement), shuffled. It picks one. Chance is 1 / (k + 1).

**Direction.** The judge gets the explanation and latent i's traversal, shown either in its
true order or with every row reversed. It says whether the strip, read left to right, runs
the way the explanation says (``forward``) or the other way (``reversed``). Half of the
scored latents, drawn with a seeded rng, are shown reversed, so chance - and the score of a
judge that always gives the same answer - is 0.5.

The detection draw is seeded per latent (``numpy.random.default_rng([seed, latent, 1])``),
so a latent's candidates do not depend on which other latents were scored. A judge that
gives no usable answer (None) is wrong; :class:`UseScore` counts those as ``undecided``.

Judges are one extension point with a registry, like backends (judges/probe.py measures,
judges/remote.py asks a multimodal model).
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from ..backends.base import ModelContext
from ..backends.cache import CachePolicy
from ..errors import ConfigError
from ..records import Sequence
from ..registry import Registry

Direction = Literal["forward", "reversed"]
Candidate = tuple[Sequence, ...]  # one latent's traversal: its sequences, one per base code
DETECTION, DIRECTION = "detection", "direction"
DEFAULT_K = 4


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Trial:
    """One question put to the judge and its outcome.

    Detection: ``shown`` lists the latents of the candidates in the order shown, ``truth`` is
    the index of latent i among them. Direction: ``shown`` is ``(i,)`` and ``truth`` is
    ``"forward"`` or ``"reversed"``. ``answer`` None means the judge gave no usable answer.
    """

    latent: int
    task: str
    shown: tuple[int, ...]
    truth: int | str
    answer: int | str | None
    correct: bool
    explanation: str = ""


@dataclass(frozen=True)
class UseScore:
    """Accuracy of one judge on one task, against chance."""

    task: str
    judge: str
    accuracy: float | None  # None when no latent had a clear explanation
    n: int  # latents scored (those with a clear explanation)
    chance: float
    k: int | None  # distractors per detection trial; None for direction
    undecided: int  # trials without a usable answer (counted wrong)
    n_latents: int  # latents the explanations came from, scored or not
    seed: int
    trials: tuple[Trial, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["trials"] = [asdict(t) for t in self.trials]
        return out


# --------------------------------------------------------------------------- the protocol
@runtime_checkable
class Judge(Protocol):
    name: str

    def prepare(self, context: ModelContext) -> None:
        """Called once before any question (may be a no-op)."""

    def pick(self, explanation: str, candidates: list[Candidate]) -> int | None:
        """The index of the candidate the explanation describes, or None (no usable answer)."""

    def direction(self, explanation: str, strip: Candidate) -> Direction | None:
        """``forward`` if the strip runs the way the explanation says, ``reversed`` if the other way."""

    def pick_many(self, items: list[tuple[str, list[Candidate]]]) -> list[int | None]:
        """:meth:`pick` for several questions (concurrently where the judge can)."""

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        """:meth:`direction` for several questions (concurrently where the judge can)."""


class BaseJudge(abc.ABC):
    """Defaults: no preparation, questions answered one after another; subclasses answer
    :meth:`pick` and :meth:`direction`."""

    name = "base"

    def prepare(self, context: ModelContext) -> None:
        return None

    @abc.abstractmethod
    def pick(self, explanation: str, candidates: list[Candidate]) -> int | None:
        """The index of the candidate the explanation describes, or None if undecided."""

    @abc.abstractmethod
    def direction(self, explanation: str, strip: Candidate) -> Direction | None:
        """Whether the strip is shown forward or reversed, or None if undecided."""

    def pick_many(self, items: list[tuple[str, list[Candidate]]]) -> list[int | None]:
        return [self.pick(e, c) for e, c in items]

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        return [self.direction(e, s) for e, s in items]

    def using_cache(self, policy: CachePolicy) -> Judge:
        """This judge with its answers cached (a judge that asks a backend puts the backend
        behind the response cache); a judge that asks no one is returned as it is."""
        return self


JudgeFactory = Callable[[str, dict], Judge]  # (model name after the colon, options) -> Judge
JUDGES: Registry[JudgeFactory] = Registry("judges", "judge", ConfigError, "remote ones as NAME:MODEL")


def register_judge(name: str, factory: JudgeFactory) -> None:
    JUDGES.register(name, factory)


def available_judges() -> list[str]:
    return JUDGES.names()


def get_judge(spec: str, options: dict | None = None, cache: CachePolicy | None = None) -> Judge:
    """``NAME`` or ``NAME:MODEL`` -> a judge (``probe``, a remote multimodal backend, or a
    plugin's: group ``latentexplainer.judges``); with ``cache``, its answers are cached."""
    name, model = Registry.parse(spec)
    judge = JUDGES.get(name)(model, dict(options or {}))
    return judge.using_cache(cache) if cache is not None and isinstance(judge, BaseJudge) else judge


# --------------------------------------------------------------------------- trials
def reverse(candidate: Candidate) -> Candidate:
    """The traversal with every row played backwards (frames and swept values)."""
    return tuple(replace(q, rows=tuple(replace(r, values=tuple(reversed(r.values)),
                                               frames=np.ascontiguousarray(r.frames[::-1])) for r in q.rows))
                 for q in candidate)


def _check_k(k: int, pool: int) -> None:
    if k < 1:
        raise ConfigError(f"detection needs at least one distractor, got k = {k}")
    if k > pool - 1:
        raise ConfigError(f"detection with k = {k} distractors needs at least {k + 1} latents; this model "
                          f"offers {pool} traversal(s), so use k <= {max(pool - 1, 0)}")


def detection_trials(explained: list[int], pool: list[int], k: int = DEFAULT_K,
                     seed: int = 0) -> list[tuple[int, tuple[int, ...], int]]:
    """(latent, latents shown in order, index of the true one) per explained latent.
    Distractors are k other latents of ``pool``, drawn and shuffled with a seeded rng."""
    pool = sorted(set(pool))
    _check_k(k, len(pool))
    out = []
    for i in explained:
        if i not in pool:
            raise ConfigError(f"latent {i} has an explanation but no traversal to show")
        rng = np.random.default_rng([seed, i, 1])
        others = [j for j in pool if j != i]
        shown = [i, *(int(j) for j in rng.choice(others, size=k, replace=False))]
        shown = [shown[p] for p in rng.permutation(len(shown))]
        out.append((i, tuple(shown), shown.index(i)))
    return out


def direction_trials(explained: list[int], seed: int = 0) -> list[tuple[int, Direction]]:
    """(latent, how it is shown) per explained latent, in order of latent. A balanced seeded
    coin: half of the latents (for an odd count, half and a coin toss) are shown reversed,
    drawn at random, so a judge that always gives the same answer scores 0.5 (an independent
    coin per latent can show every strip forward: 5 latents, 1 time in 32)."""
    latents = sorted(set(explained))
    rng = np.random.default_rng([seed, 2])
    order = rng.permutation(len(latents))
    n_rev = len(latents) // 2 + int(len(latents) % 2 == 1 and rng.random() < 0.5)
    flipped = {latents[p] for p in order[:n_rev]}
    return [(i, "reversed" if i in flipped else "forward") for i in latents]


def _explained(explanations: dict[int, str | None]) -> dict[int, str]:
    return {i: e for i, e in sorted(explanations.items()) if e and e.strip()}


def score_detection(judge: Judge, explanations: dict[int, str | None], traversals: dict[int, Candidate],
                    k: int = DEFAULT_K, seed: int = 0) -> UseScore:
    """Detection accuracy of ``judge`` over the latents with an explanation (None: unclear, not scored).
    ``traversals`` holds every latent that may be shown (the true ones and the distractors)."""
    texts = _explained(explanations)
    plan = detection_trials(list(texts), list(traversals), k, seed)
    answers = judge.pick_many([(texts[i], [traversals[j] for j in shown]) for i, shown, _ in plan])
    trials = tuple(Trial(i, DETECTION, shown, truth, a, a == truth, texts[i])
                   for (i, shown, truth), a in zip(plan, answers))
    return _score(DETECTION, judge, trials, 1.0 / (k + 1), k, len(explanations), seed)


def score_direction(judge: Judge, explanations: dict[int, str | None], traversals: dict[int, Candidate],
                    seed: int = 0) -> UseScore:
    """Direction accuracy of ``judge`` over the latents with an explanation."""
    texts = _explained(explanations)
    missing = [i for i in texts if i not in traversals]
    if missing:
        raise ConfigError(f"latent(s) {missing} have an explanation but no traversal to show")
    plan = direction_trials(list(texts), seed)
    strips = [traversals[i] if how == "forward" else reverse(traversals[i]) for i, how in plan]
    answers = judge.direction_many([(texts[i], s) for (i, _), s in zip(plan, strips)])
    trials = tuple(Trial(i, DIRECTION, (i,), how, a, a == how, texts[i]) for (i, how), a in zip(plan, answers))
    return _score(DIRECTION, judge, trials, 0.5, None, len(explanations), seed)


def _score(task: str, judge: Judge, trials: tuple[Trial, ...], chance: float, k: int | None, n_latents: int,
           seed: int) -> UseScore:
    acc = float(np.mean([t.correct for t in trials])) if trials else None
    return UseScore(task, judge.name, acc, len(trials), chance, k, sum(t.answer is None for t in trials),
                    n_latents, seed, trials)
