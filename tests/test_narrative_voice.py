"""The narrative-voiced fake multimodal model (tests/fakes/narrative_voice.py): the chatty model's eyes
and deliberate mistakes, a discursive voice of its own (row by row, second thoughts, what does *not*
change, markdown). Does it stay deterministic, say the direction the chatty model decided (whatever
it denies around it), abstain in its own words, and keep the chatty model's right and wrong answers?"""

from __future__ import annotations

import base64
import colorsys
import io
import json
import math
import random
import re

import numpy as np
import pytest

from fakes import chatty, narrative_voice, plain_voice
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
    return {name: [narrative_voice.answer(b) for b in group] for name, group in bodies.items()}


# ------------------------------------------------------------------------- what a text says (test side)

# a clause that carries one of these is a denial or a taken-back first impression, not the claim
_DENIES = re.compile(r"\bnot\b|n't\b|\bno\b|\bnothing\b|\bnever\b|\bneither\b|\bnor\b|\brather than\b|"
                     r"\bat first\b|\binitially\b|\bfirst impression\b")
_CLAUSES = re.compile(r"[.;:!?,\n()]|\s-\s")

# (attr, sign) -> (must match, must not match), in this voice's words
_GOES = {"right": r"\bright|rightward", "left": r"\bleft|leftward",
         "down": r"downward|sink|descen|bottom edge|drop(s|ping)? lower|lower down|settling",
         "up": r"upward|climb|\brise|rising|ascen|top edge|higher up",
         "bigger": r"swell|balloon|bigger|puff|more of the frame|enlarg|inflat",
         "smaller": r"dwindl|contract|smaller|shrink|less of the frame|diminish|reced",
         "cw": r"(?<![a-z-])clockwise|clock's hands", "ccw": r"counter-?clockwise|anticlockwise|against the clock",
         "longer": r"elongat|longer and narrower|more oblong|stretch(es|ing)? out|dough",
         "squatter": r"squat|round(s|ing)? out|less oblong|stubb|even(s|ing)? out|squeez",
         "paler": r"pal(e|er|ing)\b|lighten|lighter|bright|wash(es|ing)? out|bleach|more light",
         "darker": r"\bdim|dark|deepen|murk|dusk"}
_PAIRS = {"x": ("right", "left"), "y": ("down", "up"), "size": ("bigger", "smaller"), "rotation": ("cw", "ccw"),
          "stretch": ("longer", "squatter"), "brightness": ("paler", "darker")}
_WHERE = {"upper": r"back wall|upper band|wall behind|above the horizon",
          "lower": r"floor|lower band|ground plane|below the horizon",
          "background": r"backdrop|surroundings|background|field behind"}
_COLOUR = {"red": r"\bred(dish)?\b", "blue": r"\bblu(e|ish)\b", "green": r"(?<!lime )(?<!lime-)\bgreen(ish)?\b",
           "orange": r"\borange(y)?\b", "lime green": r"lime[ -]green", "purple": r"\bpurpl(e|ish)\b"}


def kept(text: str) -> str:
    """The text without its denials and taken-back impressions (what it claims)."""
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
        return bool(re.search(r"tint|hue|shade", t)) and (not c.start or bool(re.search(_COLOUR[c.start], t)))
    yes, no = _direction(c.attr, c.sign)
    return bool(re.search(yes, t)) and not re.search(no, t)


ALL_CHANGES = [Change(a, s) for a in ("x", "y", "size", "rotation", "stretch") for s in (1, -1)] + \
    [Change("brightness", s, r) for s in (1, -1) for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", 1, r, "red", "blue") for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", -1, "object", "green", "green"), Change("hue", 1, "lower", "", ""),
     Change("hue", -1, "background", "lime green", "purple")]


def _every_abstention() -> set[str]:
    pools = (narrative_voice.ABSTAIN_ANY, narrative_voice.ABSTAIN_STATIC, narrative_voice.ABSTAIN_FAINT,
             narrative_voice.ABSTAIN_DISAGREE, narrative_voice.ABSTAIN_UNEVEN)
    return {narrative_voice.fill(t, n) for pool in pools for t in pool for n in (1, 2, 3)}


def _plain_abstentions() -> set[str]:
    pools = (plain_voice.ABSTAIN_ANY, plain_voice.ABSTAIN_STATIC, plain_voice.ABSTAIN_FAINT,
             plain_voice.ABSTAIN_DISAGREE, plain_voice.ABSTAIN_UNEVEN)
    return {t for pool in pools for t in pool}


# ------------------------------------------------------------------------- the tests


def test_same_request_same_answer(bodies):
    body = bodies["growing"][0]
    assert narrative_voice.answer(body) == narrative_voice.answer(body)
    assert narrative_voice.respond("/v1/chat/completions", body) == narrative_voice.answer(body).text
    texts = {narrative_voice.answer(b).text for b in bodies["growing"][:8]}
    assert len(texts) >= 6, texts


def test_it_says_what_the_chatty_model_decided(bodies, answers):
    """For every kind of change: the chatty model's eyes, its right and wrong answers, and words that
    say the change it meant (with the direction), whatever else they deny around it."""
    for name, (_, _, expected) in STRIPS.items():
        theirs = [chatty.answer(b) for b in bodies[name]]
        for a, c in zip(answers[name], theirs):
            assert (a.seen, a.said, a.wrong) == (c.seen, c.said, c.wrong), name
            assert a.seen == expected, (name, a.seen)
            if a.wrong:
                assert a.said is not None and a.said != a.seen
            else:
                assert a.said == expected
            if a.said is not None:
                assert says(a.text, a.said), (name, a.text, a.said)
        if expected is not None:
            assert sum(a.said == expected for a in answers[name]) >= 0.75 * N, name


def test_identical_frames_get_an_abstention_in_its_own_words(answers):
    own = {narrative_voice.fill(t, 2) for t in narrative_voice.ABSTAIN_ANY + narrative_voice.ABSTAIN_STATIC}
    got = [a for a in answers["still"] if not a.wrong]
    assert len(got) >= 0.8 * N
    for a in got:
        assert a.seen is None and a.said is None, a
        assert a.text in own, a.text
        assert a.text not in chatty._ABSTAIN and a.text not in _plain_abstentions()
    assert len({a.text for a in got}) >= 10


def test_abstention_pools_are_many_distinct_and_its_own():
    pools = (narrative_voice.ABSTAIN_ANY, narrative_voice.ABSTAIN_STATIC, narrative_voice.ABSTAIN_FAINT,
             narrative_voice.ABSTAIN_DISAGREE, narrative_voice.ABSTAIN_UNEVEN)
    templates = [t for pool in pools for t in pool]
    assert len(templates) == len(set(templates)) >= 30
    assert all(len(pool) >= 3 for pool in pools)
    every = _every_abstention()
    assert not every & set(chatty._ABSTAIN)
    assert not every & _plain_abstentions()
    assert not any(t.lower() in e.lower() for t in chatty._ABSTAIN for e in every)
    # some name a change only to deny it
    denying = [t for t in templates if re.search(r"shift|grow|size|scale|colour|drift|movement|position|turn", t)
               and _DENIES.search(t.lower())]
    assert len(denying) >= 5, denying
    for n_rows, why in ((1, "disagree"), (2, "disagree"), (3, "uneven"), (2, "faint"), (1, "static"), (0, "any")):
        for s in range(40):
            text = narrative_voice.abstain(random.Random(s), why, n_rows)
            assert "{" not in text and "}" not in text, text
            if n_rows != 2:
                assert not re.search(r"\b(two|both) (rows|strips)\b", text), text
            if n_rows < 2:
                assert not re.search(r"\brows\b|\bstrips\b|\bother row", text), text


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
    got = [narrative_voice.answer(openai_body(buf.getvalue(), PROMPT + f" #{i}")) for i in range(12)]
    abstentions = [a.text for a in got if a.said is None]
    assert len(abstentions) >= 8
    allowed = {narrative_voice.fill(t, 2) for t in narrative_voice.ABSTAIN_DISAGREE + narrative_voice.ABSTAIN_ANY}
    assert all(t in allowed for t in abstentions), abstentions


def test_every_change_is_worded_truthfully():
    """Whatever it means to say (right or deliberately wrong), the words say that, with the direction,
    in one, two or three rows, on grey and on colour strips."""
    for i in range(50):
        for c in ALL_CHANGES:
            for kind in ("grey", "colour"):
                n_rows = (1, 2, 3)[i % 3]
                text = narrative_voice.compose(random.Random(f"{i}{c}{kind}"), c, kind, n_rows=n_rows)
                assert says(text, c), (text, c)
                assert "{" not in text and "}" not in text, text
                if n_rows != 2:
                    assert not re.search(r"\b(two|both) rows\b|upper strip|lower strip|second row", text), text
                if n_rows == 1:
                    assert not re.search(r"\brows\b|top row|bottom row", text), text


def test_a_second_change_is_named_as_well():
    for i in range(200):
        text = narrative_voice.compose(random.Random(i), Change("x", -1), "grey", also=Change("size", 1),
                                       n_rows=1 + i % 3)
        t = kept(text)
        assert re.search(_GOES["left"], t) and not re.search(_GOES["right"], t), text
        assert re.search(_GOES["bigger"], t) and not re.search(_GOES["smaller"], t), text
        assert re.search(r"at the same time|alongside|second, weaker|on top of that|also", text.lower()), text
    for i in range(100):  # a region's change, and the figure's as a second one
        text = narrative_voice.compose(random.Random(i), Change("brightness", -1, "upper"), "colour",
                                       also=Change("y", 1), n_rows=2)
        t = kept(text)
        assert re.search(_WHERE["upper"], t) and re.search(_GOES["darker"], t), text
        assert re.search(_GOES["down"], t) and not re.search(_GOES["up"], t), text


def test_its_habits_show_up():
    texts = [narrative_voice.compose(random.Random(i), c, "colour", n_rows=2) for i in range(40) for c in ALL_CHANGES]
    assert len(set(texts)) >= 0.8 * len(texts)
    sentences = [len(re.findall(r"[.?!](\s|$)", t)) for t in texts]
    assert np.mean(sentences) >= 2.0, np.mean(sentences)

    def share(pattern: str, flags: int = 0) -> float:
        return sum(bool(re.search(pattern, t, flags)) for t in texts) / len(texts)

    assert share(r"(top row|upper strip|first row).*(bottom row|lower strip|second row)", re.S) >= 0.2
    assert share(r"^(At first|My first impression|Initially)") >= 0.05  # second thoughts
    assert share(r"; rather, it |^Rather than |It's not an? .* of the figure") >= 0.03  # what it does instead
    assert share(r"It doesn't |There's no |I don't see any |\? Not really|It isn't ") >= 0.15  # denials
    assert share(r"\blike a\b|\bas if\b|\bas though\b") >= 0.03  # comparisons
    assert share(r"\*\*[^*]+\*\*") >= 0.2  # bold
    assert share(r"^(#{2,4} |\*\*In short\*\*)", re.M) >= 0.08  # a heading
    assert share(r"^- ", re.M) >= 0.08  # bullets
    ways = ("rightwards", "toward the right edge", "to the viewer's right", "right-hand side", "across to the right",
            "leftwards", "toward the left edge", "to the viewer's left", "upward", "climbs", "rises", "sinks",
            "descends", "counter-clockwise", "anticlockwise", "counterclockwise", "spins", "swells", "dwindles",
            "balloons", "contracts", "paler", "dims", "deepens in tone", "washes out", "murkier")
    missing = [w for w in ways if not any(w in t for t in texts)]
    assert not missing, missing
    colour_forms = ("from red to blue", "starts out red and ends up blue", "from red into blue",
                    "reddish tone toward blue", "takes on a bluish cast", "red at the start and blue by the end", "from red over to blue",
                    "red-to-blue")
    missing = [f for f in colour_forms if not any(f in t for t in texts)]
    assert not missing, missing


def test_it_sounds_different_from_the_other_two(bodies, answers):
    ours = answers["right"]
    chattys = [chatty.answer(b) for b in bodies["right"]]
    plains = [plain_voice.answer(b) for b in bodies["right"]]
    for a, c, p in zip(ours, chattys, plains):  # the same eyes and the same deliberate mistakes ...
        assert (a.seen, a.said, a.wrong) == (c.seen, c.said, c.wrong) == (p.seen, p.said, p.wrong)
    assert all(a.text != c.text and a.text != p.text for a, c, p in zip(ours, chattys, plains))  # ... other words
    leads = [p.split("{")[0] for p in chatty._PREAMBLES if len(p.split("{")[0]) > 6]
    for a in (x for group in answers.values() for x in group):
        assert a.text not in chatty._ABSTAIN and a.text not in _plain_abstentions()
        assert not any(r in a.text for r in chatty._REMARKS), a.text
        assert not any(a.text.startswith(lead) for lead in leads), a.text
        assert not re.match(r"Attribute: |\{\"|```json|1\. |Latent dimension|This unit encodes", a.text), a.text


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
        srv.set_responder(narrative_voice.respond)
        assert ask(srv.url) == narrative_voice.answer(body).text
        srv.set_responder(None)
        assert ask(srv.url) == chatty.answer(body).text
