"""The plain-voiced fake multimodal model (tests/fakes/plain_voice.py): the chatty model's eyes and
deliberate mistakes, a terse report-like voice of its own. Does it stay deterministic, abstain in its
own words, say the direction it means, sound different from the chatty model, and get about 10%
wrong on purpose?"""

from __future__ import annotations

import base64
import io
import json
import random
import re

import numpy as np
import pytest

from fakes import chatty, plain_voice
from fakes.chatty import Change
from fakes.servers import FakeServer
from latentexplainer.biases import get_bias
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence
from latentexplainer.render.strips import sequence_image

PROMPT = build_prompt(get_bias("disentanglement")).text
VALUES = (-3.0, -1.5, 0.0, 1.5, 3.0)
S = 64
N = 30


def square(x: float, y: float, half: float = 0.1) -> np.ndarray:
    """(3, S, S): a white square on black."""
    yy, xx = (np.mgrid[0:S, 0:S] + 0.5) / S
    inside = (np.abs(xx - x) < half) & (np.abs(yy - y) < half)
    return np.repeat(inside[None].astype(np.float32), 3, axis=0)


def strip_png(frame, rows: int = 2, seed: int = 0) -> bytes:
    """frame(value in [0, 1], row base) -> (3, S, S); rows of len(VALUES) frames."""
    rng = np.random.default_rng(seed)
    out = []
    for r in range(rows):
        base = rng.uniform(0, 1, 2)
        frames = np.stack([frame(i / (len(VALUES) - 1), base) for i in range(len(VALUES))]).astype(np.float32)
        out.append(Row(VALUES, "base code" if r == 0 else "z1 set to 2", frames))
    buf = io.BytesIO()
    sequence_image(Sequence(LatentRef(0), seed, tuple(out))).save(buf, format="PNG")
    return buf.getvalue()


def openai_body(png: bytes, prompt: str = PROMPT) -> dict:
    url = "data:image/png;base64," + base64.b64encode(png).decode()
    content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": prompt}]
    return {"model": "fake-vlm", "messages": [{"role": "user", "content": content}]}


def _right(t, b):
    return square(0.2 + 0.6 * t, 0.3 + 0.4 * b[0])


def _still(t, b):
    return square(0.2 + 0.6 * b[0], 0.2 + 0.6 * b[1])


def _growing(t, b):
    return square(0.3 + 0.4 * b[0], 0.3 + 0.4 * b[1], 0.06 + 0.14 * t)


STRIPS = {"right": _right, "still": _still, "growing": _growing}


@pytest.fixture(scope="module")
def bodies() -> dict[str, list[dict]]:
    """Per strip, N requests that differ only in a trailing request number (so N seeds)."""
    out = {}
    for name, frame in STRIPS.items():
        png = strip_png(frame, seed=1)
        out[name] = [openai_body(png, PROMPT + f"\n(request {i})") for i in range(N)]
    return out


@pytest.fixture(scope="module")
def answers(bodies) -> dict[str, list[chatty.Answer]]:
    return {name: [plain_voice.answer(b) for b in group] for name, group in bodies.items()}


# ------------------------------------------------------------------------- what a text says (test side)

# (attr, sign) -> (must match, must not match), for this voice's words
_SAYS = {("x", 1): (r"right", r"leftward|to(ward)? the left|right to left|right-to-left|moves left"),
         ("x", -1): (r"left", r"rightward|to(ward)? the right|left to right|left-to-right|moves right"),
         ("y", 1): (r"down|bottom|descend", r"upward|toward the top|bottom to top|rises|moves up"),
         ("y", -1): (r"\bup|top|rise", r"downward|toward the bottom|top to bottom|descends|moves down"),
         ("size", 1): (r"grow|increas|larger|scales up", r"shrink|decreas|smaller|scales down|reduction"),
         ("size", -1): (r"shrink|decreas|smaller|scales down|reduction", r"grow|increas|larger|scales up"),
         ("rotation", 1): (r"clockwise", r"counter|anti"),
         ("rotation", -1): (r"counter-clockwise|anticlockwise", r"(?<!counter-)(?<!counter)(?<!anti)clockwise"),
         ("stretch", 1): (r"more elongated|elongates|stretched|increas", r"less elongated|compact|decreas"),
         ("stretch", -1): (r"less elongated|compact|decreas", r"more elongated|elongates|stretched|increas"),
         ("brightness", 1): (r"light|bright|increas", r"dark|decreas|loses"),
         ("brightness", -1): (r"dark|decreas|loses brightness", r"lighter|lightens|lightening|brighter|increas")}
_WHERE = {"upper": r"upper|top portion", "lower": r"lower|bottom portion", "background": r"background"}


def says(text: str, c: Change) -> bool:
    t = text.lower()
    if c.region != "object" and not re.search(_WHERE[c.region], t):
        return False
    if c.region == "object" and "background" in t:
        return False
    if c.attr == "hue":
        if c.start and c.end and c.start != c.end:
            return t.find(c.start) >= 0 and t.find(c.end) > t.find(c.start)
        return bool(re.search(r"colou?r|hue|shade|tone", t))
    yes, no = _SAYS[(c.attr, c.sign)]
    return bool(re.search(yes, t)) and not re.search(no, t)


ALL_CHANGES = [Change(a, s) for a in ("x", "y", "size", "rotation", "stretch") for s in (1, -1)] + \
    [Change("brightness", s, r) for s in (1, -1) for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", 1, r, "red", "blue") for r in ("object", "upper", "lower", "background")] + \
    [Change("hue", -1, "object", "green", "green"), Change("hue", 1, "lower", "", "")]


# ------------------------------------------------------------------------- the tests


def test_same_request_same_answer(bodies):
    body = bodies["growing"][0]
    assert plain_voice.answer(body) == plain_voice.answer(body)
    assert plain_voice.respond("/v1/chat/completions", body) == plain_voice.answer(body).text
    texts = {plain_voice.answer(b).text for b in bodies["growing"][:8]}
    assert len(texts) >= 5, texts


def test_identical_frames_get_an_abstention_in_its_own_words(answers):
    own = set(plain_voice.ABSTAIN_ANY) | set(plain_voice.ABSTAIN_STATIC)
    got = [a for a in answers["still"] if not a.wrong]
    assert len(got) >= 0.8 * N
    for a in got:
        assert a.seen is None and a.said is None, a
        assert a.text in own, a.text
        assert a.text not in chatty._ABSTAIN
    assert len({a.text for a in got}) >= 10


def test_abstentions_are_many_and_none_is_chattys():
    pools = (plain_voice.ABSTAIN_ANY, plain_voice.ABSTAIN_STATIC, plain_voice.ABSTAIN_FAINT,
             plain_voice.ABSTAIN_DISAGREE, plain_voice.ABSTAIN_UNEVEN)
    every = {t for pool in pools for t in pool}
    assert len(every) >= 15
    assert not every & set(chatty._ABSTAIN)
    for n_rows, why in ((1, "disagree"), (2, "disagree"), (3, "uneven"), (2, "faint"), (0, "any")):
        for s in range(30):
            text = plain_voice.abstain(random.Random(s), why, n_rows)
            assert "{" not in text or text.startswith('{"'), text
            if n_rows != 2:
                assert "two rows" not in text and "both rows" not in text, text


def test_rows_that_disagree_are_called_inconclusive():
    rng = np.random.default_rng(0)
    out = []
    for r in range(2):  # the second row runs the other way
        y = rng.uniform(0, 1)
        ts = [i / 4 for i in range(5)]
        frames = np.stack([square(0.2 + 0.6 * (t if r == 0 else 1 - t), 0.3 + 0.4 * y) for t in ts])
        out.append(Row(VALUES, "r", frames.astype(np.float32)))
    buf = io.BytesIO()
    sequence_image(Sequence(LatentRef(0), 0, tuple(out))).save(buf, format="PNG")
    got = [plain_voice.answer(openai_body(buf.getvalue(), PROMPT + f" #{i}")) for i in range(12)]
    abstentions = [a.text for a in got if a.said is None]
    assert len(abstentions) >= 8
    allowed = {t.replace("{the_rows}", "the two rows").replace("{The_rows}", "The two rows")
               for t in plain_voice.ABSTAIN_DISAGREE} | set(plain_voice.ABSTAIN_ANY)
    assert all(t in allowed for t in abstentions), abstentions


def test_a_white_square_moving_right_is_said_to_move_right(answers):
    got = answers["right"]
    assert all(a.seen == Change("x", 1) for a in got), [a.seen for a in got]
    for a in got:
        if a.wrong:
            assert a.said != a.seen
        else:
            assert a.said == Change("x", 1)
        assert says(a.text, a.said), (a.text, a.said)


def test_every_change_is_worded_truthfully():
    """Whatever it means to say (right or deliberately wrong), the words say that, with the direction."""
    for i in range(60):
        for c in ALL_CHANGES:
            for kind in ("grey", "colour"):
                n_rows = (1, 2, 3)[i % 3]
                text = plain_voice.compose(random.Random(f"{i}{c}{kind}"), c, kind, n_rows=n_rows)
                assert says(text, c), (text, c)
                assert "{" not in text or text.removeprefix("```json\n").startswith('{"'), text
                if n_rows != 2:
                    assert "both rows" not in text and "two rows" not in text, text
                if n_rows == 1:
                    assert not re.search(r"\brows\b", text), text


def test_a_second_change_is_named_as_well():
    n_with = 0
    for i in range(200):
        text = plain_voice.compose(random.Random(i), Change("x", 1), "grey", also=Change("size", 1))
        t = text.lower()
        assert re.search(r"right", t) and re.search(r"grow|increas|larger|scales up", t), text
        n_with += bool(re.search(r"secondary|additionally|also|concurrent", t))
    assert n_with >= 150


def test_it_sounds_different_from_the_chatty_model(bodies, answers):
    ours = answers["right"]
    theirs = [chatty.answer(b) for b in bodies["right"]]
    for a, c in zip(ours, theirs):  # the same eyes and the same deliberate mistakes ...
        assert (a.seen, a.said, a.wrong) == (c.seen, c.said, c.wrong)
    assert sum(a.text != c.text for a, c in zip(ours, theirs)) >= 0.9 * N  # ... other words
    leads = [p.split("{")[0] for p in chatty._PREAMBLES if len(p.split("{")[0]) > 6]
    for a in (x for group in answers.values() for x in group):
        assert a.text not in chatty._ABSTAIN
        assert not any(r in a.text for r in chatty._REMARKS), a.text
        assert not any(a.text.startswith(lead) for lead in leads), a.text


def test_its_habits_show_up():
    texts = [plain_voice.compose(random.Random(i), c, "colour") for i in range(40) for c in ALL_CHANGES]
    assert len(set(texts)) >= 0.6 * len(texts)
    assert any(t.startswith("Attribute: ") and "\nDirection: " in t and "\nConfidence: " in t for t in texts)
    parsed = []
    for t in texts:
        body = t.removeprefix("```json\n").removesuffix("\n```")
        if body.startswith("{"):
            parsed.append(json.loads(body))
    assert parsed and all("attribute" in p and "region" in p for p in parsed)
    assert any(t.startswith("1. ") and "\n2. " in t for t in texts)
    assert any(re.match(r"Latent dimension appears to control|This unit encodes|Changing this latent", t)
               for t in texts)
    assert any(t.startswith(("From the first to the last frame, ", "Left to right, ")) for t in texts)
    assert any("red -> blue" in t for t in texts)
    assert any(re.match(r"There is a (steady|gradual|consistent|monotonic|clear) ", t) for t in texts)


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
        srv.set_responder(plain_voice.respond)
        assert ask(srv.url) == plain_voice.answer(body).text
        srv.set_responder(None)
        assert ask(srv.url) == chatty.answer(body).text
