"""The technically-voiced fake multimodal model (tests/fakes/technical_voice.py): the chatty model's eyes
and deliberate mistakes, an analyst-style voice of its own (what the latent dimension encodes, axis
notation, secondary effects, what stays invariant). Does it stay deterministic, say the direction the
chatty model decided, abstain in its own words to fit what the strip shows, keep the chatty model's
right and wrong answers, and sound different from the other three voices?"""

from __future__ import annotations

import ast
import base64
import colorsys
import io
import json
import math
import random
import re
from pathlib import Path

import numpy as np
import pytest

from fakes import chatty, narrative_voice, plain_voice, technical_voice
from fakes.chatty import Change
from fakes.servers import FakeServer
from latentexplainer.biases import get_bias
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence
from latentexplainer.render.strips import sequence_image

PROMPT = build_prompt(get_bias("disentanglement")).text
VALUES = (-3.0, -1.5, 0.0, 1.5, 3.0)
S = 64
N = 24

_YY, _XX = (np.mgrid[0:S, 0:S] + 0.5) / S


def paint(mask: np.ndarray, fg=(1.0, 1.0, 1.0), bg=(0.0, 0.0, 0.0)) -> np.ndarray:
    """(3, S, S): ``fg`` where the mask is set, ``bg`` elsewhere."""
    fg = np.asarray(fg, np.float32)[:, None, None]
    bg = np.asarray(bg, np.float32)[:, None, None]
    return np.where(mask[None], fg, bg).astype(np.float32)


def square(x: float, y: float, half: float = 0.1) -> np.ndarray:
    return (np.abs(_XX - x) < half) & (np.abs(_YY - y) < half)


def bar(x: float, y: float, degrees: float) -> np.ndarray:
    """A long thin bar, turned by ``degrees`` (clockwise on screen: y points down)."""
    a = math.radians(degrees)
    dx, dy = _XX - x, _YY - y
    along, across = dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a)
    return (np.abs(along) < 0.28) & (np.abs(across) < 0.07)


def hue(h: float) -> tuple[float, float, float]:
    return colorsys.hsv_to_rgb(h, 0.85, 0.9)


def scene(t: float, b: np.ndarray) -> np.ndarray:
    """A wall going from red to blue over a floor that stays green, a white square in front."""
    wall, floor = np.array(hue(0.62 * t), np.float32), np.array((0.35, 0.55, 0.35), np.float32)
    img = np.where((_YY < 0.55)[None], wall[:, None, None], floor[:, None, None]).astype(np.float32)
    return np.where(square(0.3 + 0.4 * b[0], 0.55, 0.08)[None], np.float32(0.9), img)


def strip_png(frame, rows: int = 2, seed: int = 1) -> bytes:
    """frame(value in [0, 1], row base) -> (3, S, S); rows of len(VALUES) frames."""
    rng = np.random.default_rng(seed)
    out = []
    for r in range(rows):
        base = rng.uniform(0, 1, 2)
        frames = np.stack([frame(i / (len(VALUES) - 1), base) for i in range(len(VALUES))]).astype(np.float32)
        out.append(Row(VALUES, "base code" if r == 0 else f"z{r} set to 2", frames))
    buf = io.BytesIO()
    sequence_image(Sequence(LatentRef(0), seed, tuple(out))).save(buf, format="PNG")
    return buf.getvalue()


def openai_body(png: bytes, prompt: str = PROMPT) -> dict:
    url = "data:image/png;base64," + base64.b64encode(png).decode()
    content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": prompt}]
    return {"model": "fake-vlm", "messages": [{"role": "user", "content": content}]}


# name -> (frame function, rows, what the chatty model sees)
STRIPS = {
    "right": (lambda t, b: paint(square(0.2 + 0.6 * t, 0.3 + 0.4 * b[0])), 2, Change("x", 1)),
    "left": (lambda t, b: paint(square(0.8 - 0.6 * t, 0.3 + 0.4 * b[0])), 3, Change("x", -1)),
    "down": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.2 + 0.6 * t)), 2, Change("y", 1)),
    "up": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.8 - 0.6 * t)), 1, Change("y", -1)),
    "growing": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.3 + 0.4 * b[1], 0.06 + 0.14 * t)), 2,
                Change("size", 1)),
    "shrinking": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.3 + 0.4 * b[1], 0.2 - 0.14 * t)), 2,
                  Change("size", -1)),
    "clockwise": (lambda t, b: paint(bar(0.45 + 0.1 * b[0], 0.45 + 0.1 * b[1], 10 + 50 * t)), 2,
                  Change("rotation", 1)),
    "anticlockwise": (lambda t, b: paint(bar(0.45 + 0.1 * b[0], 0.45 + 0.1 * b[1], 60 - 50 * t)), 2,
                      Change("rotation", -1)),
    "dimming": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.3 + 0.4 * b[1], 0.15), fg=(1 - 0.6 * t,) * 3), 2,
                Change("brightness", -1)),
    "recolour": (lambda t, b: paint(square(0.3 + 0.4 * b[0], 0.3 + 0.4 * b[1], 0.15), fg=hue(0.66 * t),
                                    bg=(0.25, 0.3, 0.28)), 2, Change("hue", 1, "object", "red", "blue")),
    "wall": (scene, 2, Change("hue", 1, "upper", "red", "blue")),
    "still": (lambda t, b: paint(square(0.2 + 0.6 * b[0], 0.2 + 0.6 * b[1])), 2, None),
}


@pytest.fixture(scope="module")
def bodies() -> dict[str, list[dict]]:
    """Per strip, N requests that differ only in a trailing request number (so N seeds)."""
    out = {}
    for name, (frame, rows, _) in STRIPS.items():
        png = strip_png(frame, rows=rows)
        out[name] = [openai_body(png, PROMPT + f"\n(request {i})") for i in range(N)]
    return out


@pytest.fixture(scope="module")
def answers(bodies) -> dict[str, list[chatty.Answer]]:
    return {name: [technical_voice.answer(b) for b in group] for name, group in bodies.items()}


# ------------------------------------------------------------------------- what a text says (test side)

# a clause that carries one of these says what does *not* change, not the claim
_DENIES = re.compile(r"\bnot\b|n't\b|\bno\b|\bnone\b|\bnothing\b|\bneither\b|\bnor\b|invariant|unchanged|constant|"
                     r"\bremain")
_CLAUSES = re.compile(r"[.;:!?,\n()]|\s-\s")

# direction words of this voice
_GOES = {"right": r"\bright|rightward|\+x\b", "left": r"\bleft|leftward|-x\b",
         "down": r"\bdown|bottom|descen|\(-y\)", "up": r"\bup\b|upward|\btop\b|ascen|\(\+y\)",
         "bigger": r"enlarg|\bup\b|larger|increase|grow|expand",
         "smaller": r"shrink|\bdown\b|smaller|reduc|decrease|contract",
         "cw": r"(?<![a-z-])clockwise", "ccw": r"counter-?clockwise|anticlockwise",
         "longer": r"more elongated|elongates|stretch(es|ing)|increase in .*elongation",
         "squatter": r"less elongated|more compact|compaction|isotropic|decrease in .*elongation|reduces the elong",
         "paler": r"lighter|brighter|brighten", "darker": r"darker|darken"}
_PAIRS = {"x": ("right", "left"), "y": ("down", "up"), "size": ("bigger", "smaller"), "rotation": ("cw", "ccw"),
          "stretch": ("longer", "squatter"), "brightness": ("paler", "darker")}
_WHERE = {"upper": r"upper|above the horizon", "lower": r"lower (background|half)|floor|below the horizon",
          "background": r"background|backdrop"}
_COLOUR = {"red": r"\bred(dish)?\b", "blue": r"\bblu(e|ish)\b", "green": r"(?<!lime )(?<!lime-)\bgreen(ish)?\b",
           "orange": r"\borang(e|ish)\b", "lime green": r"lime[ -]green", "purple": r"\bpurpl(e|ish)\b"}


def kept(text: str) -> str:
    """The text without what it says stays invariant (what it claims)."""
    return " ".join(c for c in _CLAUSES.split(text.lower()) if not _DENIES.search(c))


def _direction(attr: str, sign: int) -> tuple[str, str]:
    yes, no = _PAIRS[attr]
    return (_GOES[yes], _GOES[no]) if sign > 0 else (_GOES[no], _GOES[yes])


def says(text: str, c: Change) -> bool:
    t = kept(text)
    if c.region == "object" and any(re.search(w, t) for w in _WHERE.values()):
        return False
    if c.region != "object" and not re.search(_WHERE[c.region], t):
        return False
    other = {"upper": "lower", "lower": "upper"}.get(c.region)
    if other and re.search(_WHERE[other], t):
        return False
    if c.attr == "hue":
        if c.start and c.end and c.start != c.end:
            a, b = re.search(_COLOUR[c.start], t), re.search(_COLOUR[c.end], t)
            return bool(a and b and a.start() < b.start())
        return bool(re.search(r"colou?r|hue|shade", t)) and (not c.start or bool(re.search(_COLOUR[c.start], t)))
    yes, no = _direction(c.attr, c.sign)
    return bool(re.search(yes, t)) and not re.search(no, t)


ALL_CHANGES = [Change(a, s) for a in ("x", "y", "size", "rotation", "stretch") for s in (1, -1)] + \
    [Change("brightness", s, r) for s in (1, -1) for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", 1, r, "red", "blue") for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", -1, "object", "green", "green"), Change("hue", 1, "lower", "", ""),
     Change("hue", -1, "background", "lime green", "purple"), Change("hue", 1, "object", "orange", "blue")]

POOLS = (technical_voice.ABSTAIN_ANY, technical_voice.ABSTAIN_STATIC, technical_voice.ABSTAIN_FAINT,
         technical_voice.ABSTAIN_DISAGREE, technical_voice.ABSTAIN_UNEVEN)


def _every_abstention() -> set[str]:
    return {technical_voice.fill(t, n) for pool in POOLS for t in pool for n in (1, 2, 3)}


def _other_abstentions() -> set[str]:
    plain = (plain_voice.ABSTAIN_ANY, plain_voice.ABSTAIN_STATIC, plain_voice.ABSTAIN_FAINT,
             plain_voice.ABSTAIN_DISAGREE, plain_voice.ABSTAIN_UNEVEN)
    narrative = (narrative_voice.ABSTAIN_ANY, narrative_voice.ABSTAIN_STATIC, narrative_voice.ABSTAIN_FAINT,
                 narrative_voice.ABSTAIN_DISAGREE, narrative_voice.ABSTAIN_UNEVEN)
    out = set(chatty._ABSTAIN) | {t for pool in plain for t in pool}
    out |= {narrative_voice.fill(t, n) for pool in narrative for t in pool for n in (1, 2, 3)}
    for n in (1, 2, 3):
        the_rows = "the two rows" if n == 2 else f"the {n} rows"
        out |= {t.replace("{the_rows}", the_rows).replace("{The_rows}", the_rows.capitalize())
                for t in plain_voice.ABSTAIN_DISAGREE}
    return out


# ------------------------------------------------------------------------- the tests


def test_it_imports_nothing_from_the_package():
    tree = ast.parse(Path(technical_voice.__file__).read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    assert names and not any(n.split(".")[0] == "latentexplainer" for n in names), names
    assert "latentexplainer" not in Path(technical_voice.__file__).read_text(encoding="utf-8").replace(
        "``latentexplainer``", "")


def test_same_request_same_answer(bodies):
    body = bodies["growing"][0]
    assert technical_voice.answer(body) == technical_voice.answer(body)
    assert technical_voice.respond("/v1/chat/completions", body) == technical_voice.answer(body).text
    texts = {technical_voice.answer(b).text for b in bodies["growing"][:8]}
    assert len(texts) >= 6, texts


def test_it_says_what_the_chatty_model_decided(bodies, answers):
    """For every kind of change: the chatty model's eyes, its right and wrong answers and its second
    changes, and words that say the change it meant (with the direction)."""
    for name, (_, _, expected) in STRIPS.items():
        theirs = [chatty.answer(b) for b in bodies[name]]
        decisions = [chatty.decide(b) for b in bodies[name]]
        for a, c, d in zip(answers[name], theirs, decisions):
            assert (a.seen, a.said, a.wrong) == (c.seen, c.said, c.wrong), name
            assert a.seen == expected, (name, a.seen)
            if a.wrong:
                assert a.said is not None and a.said != a.seen
            else:
                assert a.said == expected
            if a.said is not None:
                assert says(a.text, a.said), (name, a.text, a.said)
            if d.also is not None:
                assert re.search(r"secondary|\bentangled", a.text.lower()), (name, a.text, d.also)
            elif a.said is not None:
                assert not re.search(r"secondary|\bentangled", a.text.lower()), (name, a.text)
        if expected is not None:
            assert sum(a.said == expected for a in answers[name]) >= 0.75 * N, name


def test_second_changes_are_the_chatty_models():
    """A square that moves right and down at once: where the chatty model names the descent as a second
    change, this voice names it too, as a secondary effect, with its direction."""
    png = strip_png(lambda t, b: paint(square(0.2 + 0.6 * t, 0.2 + 0.6 * t)), rows=2)
    group = [openai_body(png, PROMPT + f"\n(request {i})") for i in range(40)]
    n_also = 0
    for body in group:
        a, d = technical_voice.answer(body), chatty.decide(body)
        assert (a.seen, a.said, a.wrong) == (d.seen, d.said, d.wrong)
        if d.also is None:
            continue
        n_also += 1
        assert re.search(r"secondary|\bentangled", a.text.lower()), (a.text, d.also)
        assert says(a.text, a.said), (a.text, a.said)
        t = kept(a.text)
        yes, no = _direction(d.also.attr, d.also.sign)
        assert re.search(yes, t) and not re.search(no, t), (a.text, d.also)
    assert n_also >= 5, n_also


def test_identical_frames_get_an_abstention_in_its_own_words(answers):
    own = {technical_voice.fill(t, 2) for t in technical_voice.ABSTAIN_ANY + technical_voice.ABSTAIN_STATIC}
    got = [a for a in answers["still"] if not a.wrong]
    assert len(got) >= 0.8 * N
    for a in got:
        assert a.seen is None and a.said is None, a
        assert a.text in own, a.text
        assert a.text not in _other_abstentions()
    assert len({a.text for a in got}) >= 10


def test_abstention_pools_are_many_distinct_and_its_own():
    templates = [t for pool in POOLS for t in pool]
    assert len(templates) == len(set(templates)) >= 30
    assert all(len(pool) >= 3 for pool in POOLS)
    every = _every_abstention()
    assert not every & _other_abstentions()
    assert not any(t.lower() in e.lower() for t in chatty._ABSTAIN for e in every)
    # some name attributes only to say they do not change
    denying = [t for t in templates if re.search(r"shift|size|scale|colour|position|translation|move", t)
               and re.search(r"\bnot\b|n't\b|\bno\b|\bnone\b|\bneither\b|\bnor\b", t.lower())]
    assert len(denying) >= 5, denying
    for n_rows, why in ((1, "disagree"), (2, "disagree"), (3, "uneven"), (2, "faint"), (1, "static"), (0, "any")):
        for s in range(40):
            text = technical_voice.abstain(random.Random(s), why, n_rows)
            assert "{" not in text and "}" not in text, text
            if n_rows != 2:
                assert not re.search(r"\b(two|both) rows\b|second row", text), text
            if n_rows < 2:
                assert not re.search(r"\brows?\b|base codes", text), text


def test_abstentions_fit_why_nothing_is_said():
    """Each reason draws from the general pool plus its own, and only its own."""
    pools = {"static": technical_voice.ABSTAIN_STATIC, "faint": technical_voice.ABSTAIN_FAINT,
             "disagree": technical_voice.ABSTAIN_DISAGREE, "uneven": technical_voice.ABSTAIN_UNEVEN}
    general = {technical_voice.fill(t, 2) for t in technical_voice.ABSTAIN_ANY}
    for why, own in pools.items():
        own_texts = {technical_voice.fill(t, 2) for t in own}
        got = {technical_voice.abstain(random.Random(s), why, 2) for s in range(300)}
        assert got <= general | own_texts, (why, got - general - own_texts)
        assert len(got & own_texts) >= 0.8 * len(own_texts), why
    got = {technical_voice.abstain(random.Random(s), "any", 2) for s in range(300)}
    assert got <= general
    # a faint change is not called static, and identical frames are not called noisy
    assert not any(re.search(r"identical|constant|pixel-identical", t) for t in technical_voice.ABSTAIN_FAINT)
    assert not any(re.search(r"noise|jitter|fluctuation", t) for t in technical_voice.ABSTAIN_STATIC)
    rowwise = technical_voice.ABSTAIN_DISAGREE + technical_voice.ABSTAIN_UNEVEN
    assert all(re.search(r"rows?\b|base code", t) for t in rowwise)


def test_rows_that_disagree_get_their_own_abstentions():
    rng = np.random.default_rng(0)
    out = []
    for r in range(2):  # the second row runs the other way
        y = rng.uniform(0, 1)
        frames = np.stack([paint(square(0.2 + 0.6 * (t if r == 0 else 1 - t), 0.3 + 0.4 * y))
                           for t in (i / 4 for i in range(5))])
        out.append(Row(VALUES, "r", frames.astype(np.float32)))
    buf = io.BytesIO()
    sequence_image(Sequence(LatentRef(0), 0, tuple(out))).save(buf, format="PNG")
    got = [technical_voice.answer(openai_body(buf.getvalue(), PROMPT + f" #{i}")) for i in range(12)]
    abstentions = [a.text for a in got if a.said is None]
    assert len(abstentions) >= 8
    allowed = {technical_voice.fill(t, 2) for t in technical_voice.ABSTAIN_DISAGREE + technical_voice.ABSTAIN_ANY}
    assert all(t in allowed for t in abstentions), abstentions


def test_every_change_is_worded_truthfully():
    """Whatever it means to say (right or deliberately wrong), the words say that, with the direction,
    in one, two or three rows, on grey and on colour strips."""
    for i in range(50):
        for c in ALL_CHANGES:
            for kind in ("grey", "colour"):
                n_rows = (1, 2, 3)[i % 3]
                text = technical_voice.compose(random.Random(f"{i}{c}{kind}"), c, kind, n_rows=n_rows)
                assert says(text, c), (text, c)
                assert "{" not in text and "}" not in text, text
                assert not re.search(r"secondary|\bentangled", text.lower()), text
                if n_rows != 2:
                    assert not re.search(r"\b(two|both) rows\b|both base codes|second row", text), text
                if n_rows == 1:
                    assert not re.search(r"\brows\b", text), text


def test_a_second_change_is_named_as_a_secondary_effect():
    for i in range(200):
        text = technical_voice.compose(random.Random(i), Change("x", -1), "grey", also=Change("size", 1),
                                       n_rows=1 + i % 3)
        t = kept(text)
        assert re.search(_GOES["left"], t) and not re.search(_GOES["right"], t), text
        t = re.sub(r"(in|de)creases\s+(left|right)ward", "", t)  # the x-coordinate's own decrease
        assert re.search(_GOES["bigger"], t) and not re.search(_GOES["smaller"], t), text
        assert re.search(r"secondary|\bentangled", text.lower()), text
        assert not re.search(r"single-factor", text), text
    for i in range(100):  # a region's change, and the object's as a second one
        text = technical_voice.compose(random.Random(i), Change("brightness", -1, "upper"), "colour",
                                       also=Change("y", 1), n_rows=2)
        t = kept(text)
        assert re.search(_WHERE["upper"], t) and re.search(_GOES["darker"], t), text
        assert re.search(_GOES["down"], t) and not re.search(_GOES["up"], t), text
        assert re.search(r"secondary|\bentangled", text.lower()), text
    ways = set()
    for i in range(300):
        text = technical_voice.compose(random.Random(i), Change("size", -1), "colour", also=Change("y", -1))
        ways |= {w for w in ("with a secondary effect on", "entangled with", "Secondary effect:",
                             "secondary effect on", "3. Secondary effect:") if w in text}
    assert len(ways) >= 4, ways


def test_its_habits_show_up():
    texts = [technical_voice.compose(random.Random(i), c, "colour", n_rows=2) for i in range(40) for c in ALL_CHANGES]
    assert len(set(texts)) >= 0.8 * len(texts)

    def share(pattern: str, flags: int = 0) -> float:
        return sum(bool(re.search(pattern, t, flags)) for t in texts) / len(texts)

    assert share(r"^1\. .*\n2\. ", re.S) >= 0.08  # numbered lists
    assert share(r"\((\+|-)[xy]\)") >= 0.03  # axis notation
    assert share(r"\bmonoton") >= 0.15
    assert share(r"traversal|[Tt]raversing") >= 0.25
    assert share(r"\bencode") >= 0.05
    assert share(r"\bdimension\b") >= 0.15
    assert share(r"\bfactor\b") >= 0.1
    assert share(r"invariant") >= 0.08
    assert share(r"^(This latent dimension appears to encode|Traversing this dimension produces|"
                 r"The dominant effect is|The latent controls|Effect: |Primary factor: )") >= 0.4
    openings = ("This latent dimension appears to encode", "Traversing this dimension produces",
                "The dominant effect is", "The latent controls", "Effect: ", "Primary factor: ", "Along the traversal",
                "Increasing the latent value", "This dimension encodes", "1. ")
    missing = [o for o in openings if not any(t.startswith(o) for t in texts)]
    assert not missing, missing
    ways = ("(+x)", "(-x)", "(-y)", "(+y)", "rightward", "leftward", "toward the bottom of the frame", "ascends",
            "descends", "scales", "enlarg", "shrinks", "clockwise", "counter-clockwise", "anticlockwise",
            "counterclockwise", "more elongated", "more compact", "(darker)", "(lighter)", "darkens", "brightens")
    missing = [w for w in ways if not any(w in t for t in texts)]
    assert not missing, missing
    colour_forms = ("from red to blue", "from a reddish hue to blue", "from red toward blue",
                    "from red at negative values to blue at positive values", "from red (low end) to blue (high end)",
                    "from reddish tones to blue", "from orange toward blue", "from an orangish hue to blue")
    missing = [f for f in colour_forms if not any(f in t for t in texts)]
    assert not missing, missing


def test_it_sounds_different_from_the_other_three(bodies, answers):
    ours = answers["right"]
    chattys = [chatty.answer(b) for b in bodies["right"]]
    plains = [plain_voice.answer(b) for b in bodies["right"]]
    narratives = [narrative_voice.answer(b) for b in bodies["right"]]
    for a, c, p, n in zip(ours, chattys, plains, narratives):  # the same eyes and the same mistakes ...
        assert (a.seen, a.said, a.wrong) == (c.seen, c.said, c.wrong) == (p.seen, p.said, p.wrong) == \
            (n.seen, n.said, n.wrong)
    assert all(a.text not in (c.text, p.text, n.text) for a, c, p, n in zip(ours, chattys, plains, narratives))
    leads = [p.split("{")[0] for p in chatty._PREAMBLES if len(p.split("{")[0]) > 6]
    others = _other_abstentions()
    for a in (x for group in answers.values() for x in group):
        assert a.text not in others
        assert not any(r in a.text for r in chatty._REMARKS), a.text
        assert not any(r in a.text for r in narrative_voice._CLOSERS + narrative_voice._CLOSERS_ROWS), a.text
        assert not any(a.text.startswith(lead) for lead in leads), a.text
        assert not any(a.text.startswith(o) for o in narrative_voice._OPENERS + narrative_voice._HEADINGS), a.text
        assert not re.match(r"Attribute: |\{\"|```json|1\. Affected|Latent dimension|This unit encodes|"
                            r"Changing this latent|This dimension governs|The latent modulates|There is a ", a.text)
        assert "**" not in a.text and "\n- " not in a.text, a.text


def test_about_a_tenth_of_the_answers_are_wrong(answers):
    flat = [a for group in answers.values() for a in group]
    rate = sum(a.wrong for a in flat) / len(flat)
    assert 0.03 <= rate <= 0.2, rate
    for a in flat:
        if a.wrong:
            assert a.said is not None and a.said != a.seen


def test_the_fake_server_answers_in_this_voice(bodies):
    import urllib.request

    body = bodies["growing"][3]

    def ask(url):
        req = urllib.request.Request(url + "/v1/chat/completions", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())["choices"][0]["message"]["content"]

    with FakeServer() as srv:
        srv.set_mode("chatty")
        srv.set_responder(technical_voice.respond)
        assert ask(srv.url) == technical_voice.answer(body).text
        srv.set_responder(None)
        assert ask(srv.url) == chatty.answer(body).text
