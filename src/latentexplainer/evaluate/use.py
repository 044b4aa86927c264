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
so a latent's candidates do not depend on which other latents were scored. A judge that gives no usable
answer (None) is wrong; :class:`UseScore` counts those as ``undecided``.

Judges are one extension point with a registry, like backends:

* ``probe`` measures. It reads the attribute and the direction the explanation names with
  mapping.py's concept lexicon plus a small polarity lexicon (larger / smaller, left /
  right, top / bottom, up / down, lighter / darker, clockwise, "from X to Y" for hues and
  shapes), and measures every candidate with the probe backend's attribute scores
  (measure.py). It picks the candidate that changes the named attribute most, in the named
  direction; it says ``forward`` when the measured change of the named attribute has the
  named sign. When the explainer is also the probe, judge and explainer share their
  measurements, so this is a consistency check of the probe, not independent evidence.
* ``openai:MODEL``, ``openai-compatible:MODEL``, ``anthropic:MODEL``, ``gemini:MODEL``,
  ``ollama:MODEL`` send the candidate strips as images with a judging prompt, through the
  remote backends' machinery (retries, concurrency, cache), and parse the number or the word.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from ..backends.base import ModelContext
from ..errors import ConfigError
from ..measure import ATTRIBUTES, CIRCULAR
from ..records import Sequence
from .mapping import concepts_in

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


JudgeFactory = Callable[[str, dict], Judge]  # (model name after the colon, options) -> Judge
_JUDGES: dict[str, JudgeFactory] = {}


def register_judge(name: str, factory: JudgeFactory) -> None:
    _JUDGES[name] = factory


def available_judges() -> list[str]:
    return sorted(_JUDGES)


def get_judge(spec: str, options: dict | None = None) -> Judge:
    """``NAME`` or ``NAME:MODEL`` -> a judge (``probe``, or a remote multimodal backend)."""
    name, _, model = spec.partition(":")
    if name not in _JUDGES:
        raise ConfigError(f"unknown judge '{spec}'; available: {', '.join(available_judges())} "
                          "(remote ones as NAME:MODEL)")
    return _JUDGES[name](model, dict(options or {}))


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


# --------------------------------------------------------------------------- reading explanations
@dataclass(frozen=True)
class Claim:
    """What an explanation says about one attribute: which measured attribute(s) show it
    (the strongest counts), the sign of its change along the strip (0: not said), and for
    hues the named start and end (turns, None: not said)."""

    attributes: tuple[str, ...]
    sign: int = 0
    hues: tuple[float | None, float | None] = (None, None)


HUE_WORDS = {"red": 0.0, "orange": 0.083, "yellow": 0.167, "green": 0.333, "cyan": 0.5, "turquoise": 0.5,
             "teal": 0.5, "blue": 0.667, "purple": 0.75, "violet": 0.75, "magenta": 0.833, "pink": 0.9}
_HUE_RE = re.compile(r"\b(" + "|".join(HUE_WORDS) + r")(?:dish)?\b")
SHAPES = ("shape2", "shape3", "shape4", "aspect")
_SHAPE_TARGET = [  # word -> the harmonic that is large for that outline ("" = round: all small)
    (r"elongat|\boval|ellips|\bpill|stretch|\blong\b", "shape2"),
    (r"triang", "shape3"),
    (r"square|\bcube|\bbox|rectang|corner", "shape4"),
    (r"\bround|circle|circular|sphere|\bdisc\b|\bdisk\b|\bblob", ""),
]
# polarity lexicon per attribute: (words at the low end, words at the high end,
# words that say the value increases, words that say it decreases)
_POLARITY: dict[str, tuple[str, str, str, str]] = {
    "pos_x": (r"\bleft\b", r"\bright\b", r"rightwards?", r"leftwards?"),
    "pos_y": (r"\btop\b|\bup\b|\bupper\b|\bhigher\b|\babove\b", r"\bbottom\b|\bdown\b|\blower\b|\bbelow\b",
              r"downwards?|descend|\bfalls?\b|\bsinks?\b|\bdrops?\b", r"upwards?|\brises?\b|ascend|\blifts?\b"),
    "size": (r"\bsmall\b|\btiny\b|\blittle\b", r"\blarge\b|\bbig\b|\bhuge\b",
             r"larger|bigger|\bgrows?\b|growing|expand|enlarg|increas|\bswells?\b",
             r"smaller|shrink|contract|decreas|diminish"),
    "orientation": ("", "", r"(?<!counter)(?<!counter-)(?<!anti)(?<!anti-)clockwise", r"counter-?clockwise|anti-?clockwise"),
    "aspect": (r"\btall\b|\bnarrow\b", r"\bwide\b|\bflat\b|\bbroad\b", r"wider|flatter|broader", r"taller|narrower"),
    "brightness": (r"\bdark\b|\bblack\b|\bdim\b", r"\blight\b|\bbright\b|\bwhite\b",
                   r"lighter|brighter|lightens|brightens|whiter", r"darker|darkens|dimmer|dims\b|blacker"),
    "saturation": (r"\bgr[ae]y\b|\bdull\b|\bpale\b|\bmuted\b", r"\bvivid\b|\bsaturated\b|\bintense\b",
                   r"more vivid|more saturated|more colou?rful|more intense|saturates",
                   r"paler|duller|less saturated|less vivid|desaturat|fades|faded|washed"),
}
_BRIGHT_WORDS = r"lighter|brighter|darker|lighten|brighten|darken|dimmer|\bdims?\b|whiter|blacker|\bdark\b|\blight\b|\bbright\b"
_SAT_WORDS = r"vivid|saturat|\bpale|duller|\bdull\b|fade|washed|colou?rful|\bmuted\b"
# words mapping.py's lexicon leaves out, used only when it finds nothing in a clause
EXTRA_CONCEPTS = {"pos_y": r"\bup\b|\bdown\b|\brises?\b|\bfalls?\b|descend|ascend|\bsinks?\b",
                  "pos_x": r"leftwards?|rightwards?",
                  "scale": r"expand|contract|enlarg|\bswells?\b"}
_WHOLE = r"\bimage\b|\bscene\b|\bwhole\b|overall|everything|\bpicture\b"
_CLAUSES = re.compile(r"[.;]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")  # commas stay: "morphs, becoming more"
_FROM_TO = re.compile(r"\bfrom\b(?P<a>.*?)\b(?:to|towards?|into)\b(?P<b>.*)")


def _hit(pattern: str, text: str) -> bool:
    return bool(pattern) and re.search(pattern, text) is not None


def _polarity(attr_kind: str, clause: str) -> int:
    """+1 if the clause says the attribute increases along the strip, -1 decreases, 0 not said."""
    low, high, up, down = _POLARITY[attr_kind]
    m = _FROM_TO.search(clause)
    if m and (low or high):
        a, b = m.group("a"), m.group("b")
        s = (_hit(low, a) - _hit(high, a)) + (_hit(high, b) - _hit(low, b))
        if s:
            return int(np.sign(s))
    # 'counterclockwise' also contains 'clockwise': the decrease words are tested first
    if _hit(down, clause):
        return -1
    if _hit(up, clause):
        return 1
    lo_at = [mm.start() for mm in re.finditer(low, clause)] if low else []
    hi_at = [mm.start() for mm in re.finditer(high, clause)] if high else []
    if lo_at and not hi_at:
        return -1  # a lone end: "moves to the left"
    if hi_at and not lo_at:
        return 1
    if lo_at and hi_at:
        return 1 if min(lo_at) < min(hi_at) else -1  # the first named is the start
    return 0


def _hue_ends(clause: str) -> tuple[float | None, float | None]:
    names = [(m.start(), HUE_WORDS[m.group(1)]) for m in _HUE_RE.finditer(clause)]
    if not names:
        return None, None
    m = _FROM_TO.search(clause)
    if m:
        a = [HUE_WORDS[x.group(1)] for x in _HUE_RE.finditer(m.group("a"))]
        b = [HUE_WORDS[x.group(1)] for x in _HUE_RE.finditer(m.group("b"))]
        if a or b:
            return (a[0] if a else None), (b[-1] if b else None)
    if len(names) >= 2:
        return names[0][1], names[-1][1]
    before = clause[:names[0][0]]
    return (names[0][1], None) if re.search(r"\bfrom\s+(the\s+)?$", before) else (None, names[0][1])


def _shape_claim(clause: str) -> Claim:
    def target(text: str) -> str | None:
        found = [(m.start(), t) for pat, t in _SHAPE_TARGET for m in [re.search(pat, text)] if m]
        return min(found)[1] if found else None

    if _hit(r"\btall|\bwide|\bnarrow|\bwider|\btaller|\bflatter|\bbroad", clause):
        return Claim(("aspect",), _polarity("aspect", clause))
    m = _FROM_TO.search(clause)
    if m:
        a, b = target(m.group("a")), target(m.group("b"))
        if b:
            return Claim((b,), 1)
        if a:
            return Claim((a,), -1)
        if b == "" and a == "":
            return Claim(SHAPES, 0)
    more = re.search(r"\b(more|less)\b(.*)", clause)
    if more and target(more.group(2)):
        return Claim((target(more.group(2)),), 1 if more.group(1) == "more" else -1)  # type: ignore[arg-type]
    t = target(clause)
    if t and re.search(r"becom|turns?\b|morphs? into|changes? into|\bto (a|an)\b", clause):
        return Claim((t,), 1)
    return Claim(SHAPES, 0)


def _tone_claim(clause: str, part: str) -> Claim | None:
    """Brightness or saturation of a part ('object', 'upper', 'lower' or '' = whole image)."""
    if _hit(_BRIGHT_WORDS, clause):
        attr = f"{part}_brightness" if part else "brightness"
        return Claim((attr,), _polarity("brightness", clause))
    if part == "object" and _hit(_SAT_WORDS, clause):
        return Claim(("object_saturation",), _polarity("saturation", clause))
    return None


def _colour_claim(clause: str, part: str) -> Claim:
    hues = _hue_ends(clause)
    if hues == (None, None):
        tone = _tone_claim(clause, part)
        if tone is not None:
            return tone
    return Claim((f"{part}_hue",), 0, hues)


def _drop_nouns(claims: list[Claim], clause: str) -> list[Claim]:
    """Words that only name the object ("the square gets bigger", "the red ball moves left")
    are not claims when the clause says how something else changes."""
    directed = [c for c in claims if c.sign or c.hues != (None, None)]
    if len(claims) < 2 or not directed:
        return claims
    colour_change = _hit(r"colou?r|\bhue|\bturns?\b|becom|shift|chang|\bfrom\b", clause)
    keep = []
    for c in claims:
        if not c.sign and c.hues == (None, None):
            continue  # says nothing about a change, beside one that does
        if c.hues != (None, None) and not colour_change and any(d.sign for d in directed):
            continue  # a colour adjective beside a change of something else
        keep.append(c)
    return keep


def read_claims(explanation: str | None) -> list[Claim]:
    """The attributes an explanation names, clause by clause, with the direction it gives."""
    text = (explanation or "").lower()
    claims: list[Claim] = []
    for clause in (c.strip() for c in _CLAUSES.split(text)):
        if not clause:
            continue
        concepts = concepts_in(clause) or [c for c, pat in EXTRA_CONCEPTS.items() if re.search(pat, clause)]
        here: list[Claim] = []
        for concept in concepts:
            if concept in ("pos_x", "pos_y", "orientation"):
                here.append(Claim((concept,), _polarity(concept, clause)))
            elif concept == "scale":
                here.append(Claim(("size",), _polarity("size", clause)))
            elif concept == "shape":
                here.append(_shape_claim(clause))
            elif concept in ("object_hue", "floor_hue", "wall_hue"):
                part = {"object_hue": "object", "floor_hue": "lower", "wall_hue": "upper"}[concept]
                here.append(_colour_claim(clause, part))
        if not concepts:  # "the object becomes lighter", "the whole image darkens"
            tone = _tone_claim(clause, "" if _hit(_WHOLE, clause) else "object")
            if tone is not None:
                here.append(tone)
        claims.extend(_drop_nouns(here, clause))
    # one claim per attribute: the first that gives a direction, else the first
    out: dict[tuple[str, ...], Claim] = {}
    for c in claims:
        if c.attributes not in out or (not out[c.attributes].sign and out[c.attributes].hues == (None, None)):
            out[c.attributes] = c
    return list(out.values())


# --------------------------------------------------------------------------- the probe judge
@dataclass(frozen=True)
class Profile:
    """How a traversal changes each measured attribute: consistent score (>= 0, in units of
    the attribute's spread over the model's outputs), signed direction, and the hue at the
    first and last frame (turns, NaN where undefined)."""

    scores: np.ndarray  # (A,)
    signs: np.ndarray  # (A,) in [-1, 1]
    start: np.ndarray  # (A,)
    end: np.ndarray  # (A,)

    def strength(self, attrs: tuple[str, ...]) -> tuple[float, str]:
        j = max((ATTRIBUTES.index(a) for a in attrs), key=lambda j: self.scores[j])
        return float(self.scores[j]), ATTRIBUTES[j]


SATURATION = 0.25  # strength at which a change counts half: the probe backend's threshold
HUE_NEAR = 0.25  # turns: a measured hue this far from the named one fits not at all


def _circ_dist(a: float, b: float) -> float:
    d = abs((a - b) % 1.0)
    return min(d, 1.0 - d)


def _circ_mean(values: list[float]) -> float:
    v = np.asarray([x for x in values if np.isfinite(x)], float)
    if not len(v):
        return np.nan
    ang = 2 * np.pi * v
    return float((np.arctan2(np.sin(ang).mean(), np.cos(ang).mean()) / (2 * np.pi)) % 1.0)


class ProbeJudge(BaseJudge):
    """Measures the candidates (see the module docstring). Option: ``against`` (0.3), how much
    of its strength a candidate keeps when it changes the named attribute the other way."""

    name = "probe"

    def __init__(self, model: str = "", options: dict | None = None) -> None:
        from ..backends.probe import ProbeBackend

        opts = {k: v for k, v in dict(options or {}).items() if v is not None}
        self.against = float(opts.pop("against", 0.3))
        if opts:
            raise ConfigError(f"unknown option(s) for the probe judge: {', '.join(sorted(opts))}; allowed: against")
        if model:
            raise ConfigError(f"the probe judge takes no model name (got 'probe:{model}')")
        if not 0 <= self.against <= 1:
            raise ConfigError(f"the probe judge's option 'against' must be in [0, 1], got {self.against}")
        self._probe = ProbeBackend()
        self._memo: dict[int, tuple[Candidate, Profile]] = {}  # within one *_many call: each traversal once
        self._batch = False

    def prepare(self, context: ModelContext) -> None:
        """Each attribute's typical spread, from the model's own random outputs (as the probe backend)."""
        self._probe.prepare(context)

    def profile(self, candidate: Candidate) -> Profile:
        hit = self._memo.get(id(candidate))
        if hit is not None and hit[0] is candidate:
            return hit[1]
        prof = self._measure(candidate)
        if self._batch:
            self._memo[id(candidate)] = (candidate, prof)
        return prof

    def pick_many(self, items: list[tuple[str, list[Candidate]]]) -> list[int | None]:
        self._batch = True
        try:
            return [self.pick(e, c) for e, c in items]
        finally:
            self._batch = False
            self._memo.clear()

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        self._batch = True
        try:
            return [self.direction(e, s) for e, s in items]
        finally:
            self._batch = False
            self._memo.clear()

    def _measure(self, candidate: Candidate) -> Profile:
        a = len(ATTRIBUTES)
        total, signed = np.zeros(a), np.zeros(a)
        starts: list[list[float]] = [[] for _ in range(a)]
        ends: list[list[float]] = [[] for _ in range(a)]
        for seq in candidate:
            widest = max(len(getattr(r, "moving", ())) for r in seq.rows)  # as the probe: rows that sweep it all
            per_row = [self._probe.row_scores(r) for r in seq.rows if len(getattr(r, "moving", ())) == widest]
            sc = np.min([s for s, _, _ in per_row], axis=0)
            sg = per_row[0][1]
            agree = np.all([g == sg for _, g, _ in per_row], axis=0)
            sc = np.where(agree, sc, 0.0)
            total += sc
            signed += sc * sg
            for _, _, vals in per_row:
                for j in range(a):
                    col = vals[:, j]
                    ok = col[np.isfinite(col)]
                    if len(ok):
                        starts[j].append(float(ok[0]))
                        ends[j].append(float(ok[-1]))
        n = max(len(candidate), 1)
        start = np.array([_circ_mean(s) if ATTRIBUTES[j] in CIRCULAR else (np.mean(s) if s else np.nan)
                          for j, s in enumerate(starts)])
        end = np.array([_circ_mean(s) if ATTRIBUTES[j] in CIRCULAR else (np.mean(s) if s else np.nan)
                        for j, s in enumerate(ends)])
        signs = np.divide(signed, total, out=np.zeros(a), where=total > 0)
        return Profile(total / n, signs, start, end)

    @staticmethod
    def agreement(claim: Claim, prof: Profile, attr: str) -> float:
        """In [-1, 1]: how far the measured change runs the way the claim says (0: cannot tell)."""
        j = ATTRIBUTES.index(attr)
        if attr in CIRCULAR and claim.hues != (None, None):
            (h0, h1), (m0, m1) = claim.hues, (prof.start[j], prof.end[j])
            if not (np.isfinite(m0) and np.isfinite(m1)):
                return 0.0
            fwd = (_circ_dist(m0, h0) if h0 is not None else 0) + (_circ_dist(m1, h1) if h1 is not None else 0)
            rev = (_circ_dist(m1, h0) if h0 is not None else 0) + (_circ_dist(m0, h1) if h1 is not None else 0)
            return float(np.clip((rev - fwd) / 0.1, -1, 1))  # 0.1 turns apart: sure
        return float(claim.sign * prof.signs[j])

    @staticmethod
    def closeness(claim: Claim, prof: Profile, attr: str) -> float | None:
        """In [0, 1]: how near the measured first and last hue are to the hues the claim names
        (1: on them, 0: a quarter turn or more away); None for a claim without named hues."""
        j = ATTRIBUTES.index(attr)
        if attr not in CIRCULAR or claim.hues == (None, None):
            return None
        named = [(h, m) for h, m in zip(claim.hues, (prof.start[j], prof.end[j])) if h is not None]
        if not all(np.isfinite(m) for _, m in named):
            return 0.0
        return float(max(0.0, 1.0 - np.mean([_circ_dist(m, h) for h, m in named]) / HUE_NEAR))

    def match(self, claims: list[Claim], prof: Profile) -> float:
        """How well a traversal shows the claims, summed over claims: the named attribute's
        strength s, saturating (s / (s + 0.25): beyond a clear change, more is not better), times
        how well the change fits what is named - for hues the closeness of the named first and
        last hue; otherwise 1 when it runs the named way (or none is named), ``against`` when
        the other way."""
        total = 0.0
        for c in claims:
            s, attr = prof.strength(c.attributes)
            fit = self.closeness(c, prof, attr)
            if fit is None:
                agree = self.agreement(c, prof, attr)
                fit = 1.0 if agree >= 0 else 1.0 - (1.0 - self.against) * min(1.0, -agree)
            total += s / (s + SATURATION) * fit
        return total

    def pick(self, explanation: str, candidates: list[Candidate]) -> int | None:
        claims = read_claims(explanation)
        if not claims or not candidates:
            return None
        values = [self.match(claims, self.profile(c)) for c in candidates]
        best = int(np.argmax(values))
        if values[best] <= 0 or sum(v == values[best] for v in values) > 1:
            return None  # nothing named changes, or a tie: no answer
        return best

    def direction(self, explanation: str, strip: Candidate) -> Direction | None:
        claims = read_claims(explanation)
        prof = self.profile(strip)
        vote = 0.0
        for c in claims:
            s, attr = prof.strength(c.attributes)
            vote += s * self.agreement(c, prof, attr)
        if vote == 0:
            return None
        return "forward" if vote > 0 else "reversed"


register_judge("probe", lambda model, options: ProbeJudge(model, options))


# --------------------------------------------------------------------------- remote judges
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
        if not hasattr(backend, "ask_many"):
            raise ConfigError(f"the {getattr(backend, 'name', backend)} backend cannot judge (it takes no free-form "
                              "questions); use probe or a remote multimodal backend")
        if strips < 1:
            raise ConfigError(f"a remote judge needs at least one strip per candidate, got {strips}")
        self.backend = backend
        self.strips = strips
        self.name = f"{backend.name}:{backend.model}"
        self.answers: list[str] = []  # raw answers of the last *_many call, for inspection

    def _images(self, candidate: Candidate, label: str) -> list:
        from ..backends.remote import ImagePart, _png, fit_png
        from ..render.strips import sequence_image

        parts = []
        for s, seq in enumerate(candidate[: self.strips]):
            tag = label if self.strips == 1 else f"{label} (base code {s + 1})"
            parts.append(ImagePart(tag, fit_png(_png(sequence_image(seq)), self.backend.options.image_size)))
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
        from ..backends.remote import Ask

        asks = [Ask(DETECTION_PROMPT.format(explanation=e, n=len(cands)),
                    tuple(p for n, c in enumerate(cands, 1) for p in self._images(c, f"Candidate {n}:")))
                for e, cands in items]
        return [parse_pick(a, len(c)) for a, (_, c) in zip(self._ask(asks), items)]

    def direction_many(self, items: list[tuple[str, Candidate]]) -> list[Direction | None]:
        from ..backends.remote import Ask

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


for _name in ("openai", "openai-compatible", "anthropic", "gemini", "ollama"):
    register_judge(_name, _remote_factory(_name))
