"""The chatty fake multimodal model (tests/fakes/chatty.py): does it look at the strip, say the right
thing in varied words, abstain when nothing changes, stay deterministic per request, and get about
10% wrong on purpose? Strips come from small analytic decoders written here, rendered by the
tool's own strip renderer, and are sent through the fake server with the real backends."""

from __future__ import annotations

import base64
import colorsys
import importlib.util
import io
import re

import numpy as np
import pytest
from PIL import Image

from fakes import chatty
from fakes.servers import FakeServer
from latentexplainer.biases import get_bias
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence
from latentexplainer.render.strips import sequence_image

PROMPT = build_prompt(get_bias("disentanglement")).text
VALUES = (-3.0, -1.5, 0.0, 1.5, 3.0)
S = 64


# ------------------------------------------------------------------------- analytic decoders

def _rgb(h: float, s: float = 0.8, v: float = 0.85) -> np.ndarray:
    return np.array(colorsys.hsv_to_rgb(h % 1.0, s, v))


def render(x: float = 0.5, y: float = 0.5, r: float = 0.12, obj: float | None = None, wall: float | None = None,
           floor: float | None = None, square: bool = False, angle: float = 0.0) -> np.ndarray:
    """(3, S, S) in [0, 1]: a grey scene (white object on black) when no hue is given, else a wall above,
    a floor below and a coloured object; 2x supersampled."""
    n = S * 2
    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n
    if wall is None and floor is None and obj is None:
        img = np.zeros((n, n, 3))
        colour = np.ones(3)
    else:
        img = np.where((yy < 0.58)[..., None], _rgb(wall or 0.0, 0.75, 0.85), _rgb(floor or 0.0, 0.75, 0.7))
        colour = _rgb(obj or 0.0, 0.9, 1.0)
    dx, dy = xx - x, yy - y
    if square:
        c, s = np.cos(angle), np.sin(angle)
        u, v = c * dx + s * dy, -s * dx + c * dy
        inside = (np.abs(u) < r) & (np.abs(v) < r * 0.45)  # a bar: rotation is visible
    else:
        inside = dx * dx + dy * dy < r * r
    img = np.where(inside[..., None], colour, img)
    return img.reshape(S, 2, S, 2, 3).mean((1, 3)).transpose(2, 0, 1)


def _sig(v: float) -> float:
    return 1 / (1 + np.exp(-v / 1.5))


# name -> (function(value, base) -> frame, expected change as (attr, sign, region) or None)
def _moving_right(v, b):
    return render(x=0.2 + 0.6 * _sig(v), y=0.3 + 0.4 * b[0], r=0.08 + 0.06 * b[1])


def _moving_up(v, b):
    return render(x=0.3 + 0.4 * b[0], y=0.8 - 0.6 * _sig(v), r=0.08 + 0.05 * b[1])


def _growing(v, b):
    return render(x=0.35 + 0.3 * b[0], y=0.35 + 0.3 * b[1], r=0.06 + 0.14 * _sig(v))


def _wall_hue(v, b):
    return render(x=0.5, y=0.75, r=0.1 + 0.05 * b[0], obj=0.3 + 0.4 * b[1], wall=0.02 + 0.62 * _sig(v),
                  floor=0.15 + 0.6 * b[2])


def _object_hue(v, b):
    return render(x=0.5, y=0.72, r=0.14, obj=0.02 + 0.7 * _sig(v), wall=0.1 + 0.6 * b[0], floor=0.6 * b[1])


def _floor_hue_down(v, b):
    return render(x=0.5, y=0.72, r=0.1 + 0.06 * b[0], obj=0.5 * b[1], wall=0.6 * b[2], floor=0.75 - 0.7 * _sig(v))


def _rotating(v, b):
    return render(x=0.3 + 0.4 * b[0], y=0.3 + 0.4 * b[1], r=0.22, square=True, angle=0.5 * v / 3 * 1.2)


def _static(v, b):
    return render(x=0.2 + 0.6 * b[0], y=0.2 + 0.6 * b[1], r=0.07 + 0.08 * b[2])


def _static_colour(v, b):
    return render(x=0.5, y=0.72, r=0.1 + 0.05 * b[0], obj=0.8 * b[1], wall=0.8 * b[2], floor=0.8 * b[0])


def _tiny(v, b):  # a one-pixel drift: too small to mention
    return render(x=0.3 + 0.4 * b[0] + 0.003 * v, y=0.5, r=0.1)


DECODERS = {
    "moving_right": (_moving_right, ("x", 1, "object")),
    "moving_up": (_moving_up, ("y", -1, "object")),
    "growing": (_growing, ("size", 1, "object")),
    "wall_hue": (_wall_hue, ("hue", 1, "upper")),
    "object_hue": (_object_hue, ("hue", 1, "object")),
    "floor_hue_down": (_floor_hue_down, ("hue", -1, "lower")),
    "rotating": (_rotating, ("rotation", 1, "object")),
    "static": (_static, None),
    "static_colour": (_static_colour, None),
    "tiny": (_tiny, None),
}


def strip_png(decoder, seed: int, rows: int = 2, flip_second: bool = False) -> bytes:
    rng = np.random.default_rng(seed)
    out = []
    for r in range(rows):
        base = rng.uniform(0, 1, 3)
        vals = VALUES[::-1] if (flip_second and r == 1) else VALUES
        frames = np.stack([decoder(v, base) for v in vals]).astype(np.float32)
        out.append(Row(VALUES, "base code" if r == 0 else "z1 set to 2", frames))
    buf = io.BytesIO()
    sequence_image(Sequence(LatentRef(0), seed, tuple(out))).save(buf, format="PNG")
    return buf.getvalue()


def openai_body(png: bytes | list[bytes], prompt: str = PROMPT, labels: list[str] | None = None) -> dict:
    pngs = png if isinstance(png, list) else [png]
    content = []
    for i, p in enumerate(pngs):
        if labels:
            content.append({"type": "text", "text": labels[i]})
        url = "data:image/png;base64," + base64.b64encode(p).decode()
        content.append({"type": "image_url", "image_url": {"url": url}})
    content.append({"type": "text", "text": prompt})
    return {"model": "fake-vlm", "messages": [{"role": "user", "content": content}]}


# ------------------------------------------------------------------------- reading an answer (test side)

_COLOURS = r"\b(red|orange|yellow|lime green|green|teal|cyan|blue|purple|violet|magenta|pink)\b"
_SUBJECTS = r"object|shape|blob|figure|item|ball|wall|floor|ground|background|backdrop"
_REGIONS = (("upper", r"\bwall\b|upper part|top half|above the horizon"),
            ("lower", r"\bfloor\b|lower part|\bground\b|bottom half"), ("background", r"background|backdrop"))
_READ = (
    ("rotation", -1, r"counter-?clockwise|anti-?clockwise"), ("rotation", 1, r"clockwise"),
    ("size", 1, r"\bgrow|bigger|expand|larger|enlarged|increases? in size|swell"),
    ("size", -1, r"shrink|smaller|contract|decreases? in size|dwindle|reduced in size"),
    ("brightness", 1, r"lighter|brighter|paler|brighten"), ("brightness", -1, r"darker|dimmer|darken|\bfade"),
    ("x", 1, r"left\b.* to the right|\bleft to right"), ("x", -1, r"right\b.* to the left|\bright to left"),
    ("x", 1, r"\bright\b|rightward"), ("x", -1, r"\bleft\b|leftward"),
    ("y", -1, r"bottom\b.* to the top|\bbottom to top"), ("y", 1, r"top\b.* to the bottom|\btop to bottom"),
    ("y", -1, r"\bup\b|upward|\btop\b|\bris(e|es)\b|\bclimb|higher|goes? up"),
    ("y", 1, r"\bdown\b|downward|bottom\b|\bsinks?\b|descend|lower in|\bdrops?\b"),
)


def claim_of(text: str) -> str:
    """The sentence that carries the claim: the first bullet or sentence with content, any lead-in
    before a comma or colon that names no part of the picture dropped."""
    t = text.lower().replace("*", "")
    lines = [ln.strip().lstrip("-").strip() for ln in t.splitlines() if ln.strip()]
    if len(lines) > 1 and lines[0].endswith(":"):
        lines = lines[1:]
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", lines[0]) if len(x.split()) > 2] or [lines[0]]
    claim = sentences[0]
    m = re.match(r"^([^,:]{0,60})[,:]\s+", claim)
    if m and not re.search(_SUBJECTS, m.group(1)):
        claim = claim[m.end():]
    return claim


def read(text: str) -> tuple[str, int, str] | None:
    """What an answer claims, read with our own patterns (attr, sign, region); None when it names no change."""
    claim = claim_of(text)
    if re.search(r"\bno\b|nothing|n't\b|cannot|identical|the same|static|random|indistinguishable|hard to say",
                 claim):
        return None
    if re.search(_COLOURS, claim):
        region = next((name for name, pat in _REGIONS if re.search(pat, claim)), "object")
        return "hue", 0, region
    for attr, sign, pat in _READ:
        if re.search(pat, claim):
            region = "object"
            if attr == "brightness":
                region = next((name for name, pat in _REGIONS if re.search(pat, claim)), "object")
            return attr, sign, region
    return None


def same(claim, expected) -> bool:
    if claim is None or expected is None:
        return claim is None and expected is None
    if expected[0] == "hue":
        return claim[0] == "hue" and claim[2] == expected[2]
    return claim == expected


# ------------------------------------------------------------------------- the tests

N = 24


@pytest.fixture(scope="module")
def answers() -> dict[str, list[chatty.Answer]]:
    return {name: [chatty.answer(openai_body(strip_png(dec, seed))) for seed in range(N)]
            for name, (dec, _) in DECODERS.items()}


def _said(a: chatty.Answer):
    c = a.said
    return None if c is None else (c.attr, c.sign, c.region)


@pytest.mark.parametrize("name", list(DECODERS))
def test_the_fake_sees_what_the_decoder_does(answers, name):
    expected = DECODERS[name][1]
    seen = [a.seen for a in answers[name]]
    if expected is None:
        assert sum(s is None for s in seen) >= 0.9 * N, seen
    else:
        got = [(s.attr, s.sign if s.attr != "hue" else 0, s.region) if s else None for s in seen]
        exp = (expected[0], expected[1] if expected[0] != "hue" else 0, expected[2])
        assert sum(g == exp for g in got) >= 0.9 * N, got


@pytest.mark.parametrize("name", list(DECODERS))
def test_the_answer_text_says_it_unless_deliberately_wrong(answers, name):
    expected = DECODERS[name][1]
    right = [same(read(a.text), expected) for a in answers[name] if not a.wrong]
    assert sum(right) >= 0.85 * len(right), [a.text for a in answers[name] if not a.wrong]
    for a in answers[name]:  # what the text says is what the fake meant to say
        said = _said(a)
        if said is not None:
            assert same(read(a.text), said), (a.text, said)
        else:
            assert read(a.text) is None, a.text


def test_hue_answers_name_colours_at_both_ends(answers):
    for a in answers["wall_hue"]:
        if not a.wrong and a.seen and a.seen.start != a.seen.end:
            assert a.seen.start in ("red", "orange") and a.seen.end in ("blue", "cyan", "purple"), a.seen
            assert a.seen.start in a.text and a.seen.end in a.text, a.text
    for a in answers["floor_hue_down"]:
        if not a.wrong and a.seen and a.seen.start != a.seen.end:
            assert a.seen.start in ("purple", "blue") and a.seen.end in ("yellow", "orange"), a.seen


def test_rows_that_disagree_get_an_abstention():
    got = [chatty.answer(openai_body(strip_png(_moving_right, seed, flip_second=True))) for seed in range(N)]
    assert sum(a.seen is None for a in got) >= 0.9 * N


@pytest.mark.parametrize("bias,rows", [("conditional", 1), ("combination", 3)])
def test_one_row_and_three_rows(bias, rows):
    from latentexplainer.prompts.build import UnitWords

    prompt = build_prompt(get_bias(bias), unit=UnitWords(members=("z_1", "z_3"), condition="large-object")).text
    for name in ("growing", "wall_hue", "moving_up", "static"):
        dec, expected = DECODERS[name]
        got = [chatty.answer(openai_body(strip_png(dec, seed, rows=rows), prompt=prompt)) for seed in range(10)]
        exp = None if expected is None else (expected[0], expected[1] if expected[0] != "hue" else 0, expected[2])
        seen = [None if a.seen is None else (a.seen.attr, a.seen.sign if a.seen.attr != "hue" else 0, a.seen.region)
                for a in got]
        assert sum(x == exp for x in seen) >= 9, seen
        if rows == 1:
            assert not any("both rows" in a.text.lower() for a in got)


def test_about_a_tenth_of_the_answers_are_wrong(answers):
    flat = [a for group in answers.values() for a in group]
    rate = sum(a.wrong for a in flat) / len(flat)
    assert 0.04 <= rate <= 0.18, rate
    for a in flat:
        if a.wrong:  # wrong means it says something other than what it saw
            assert _said(a) != (None if a.seen is None else (a.seen.attr, a.seen.sign, a.seen.region))
            assert a.said is not None or a.seen is not None


def test_wording_varies_across_requests(answers):
    for name in ("moving_right", "growing", "wall_hue", "static"):
        texts = [a.text for a in answers[name]]
        assert len(set(texts)) >= N * 0.6, texts
    flat = [a.text for group in answers.values() for a in group]
    assert any("\n- " in t for t in flat)  # a bullet list now and then
    assert sum(len(re.findall(r"[.!?](\s|$)", t)) >= 2 for t in flat) >= 0.1 * len(flat)  # two sentences
    assert any(re.search(r"seems to|appears to|probably|I think", t) for t in flat)  # hedges
    abstentions = {a.text for group in answers.values() for a in group if a.said is None}
    assert len(abstentions) >= 8, abstentions
    assert any(t != "No clear pattern." for t in abstentions)


def test_same_request_same_answer():
    body = openai_body(strip_png(_growing, 3))
    assert chatty.answer(body) == chatty.answer(body)
    other = openai_body(strip_png(_growing, 3), prompt=PROMPT + " ")
    texts = {chatty.answer(openai_body(strip_png(_growing, s))).text for s in range(6)} | {chatty.answer(other).text}
    assert len(texts) >= 4


def test_grid_is_found_even_when_a_frame_is_white():
    """A frame may itself be white (or hold white columns): the prompt's counts decide the grid."""
    frames = np.stack([render(x=0.2 + 0.15 * i, y=0.5, r=0.1) for i in range(5)]).astype(np.float32)
    frames[2] = 1.0  # one all-white frame
    seq = Sequence(LatentRef(0), 0, (Row(VALUES, "a", frames), Row(VALUES, "b", frames)))
    img = np.asarray(sequence_image(seq))
    rows = chatty.split_strip(img, 2, 5)
    assert len(rows) == 2 and all(len(r) == 5 for r in rows)
    assert rows[0][2].min() > 0.95 and rows[0][0].max() > 0.9 and rows[0][0].min() < 0.05
    assert chatty.look(rows).change.attr == "x"


@pytest.mark.parametrize("n_rows,n_frames,size", [(1, 5, 64), (2, 5, 64), (3, 5, 32), (2, 7, 48), (1, 3, 128)])
def test_grid_without_the_prompts_help(n_rows, n_frames, size):
    rng = np.random.default_rng(n_rows * 10 + n_frames)
    rows = []
    for _ in range(n_rows):
        frames = rng.uniform(0, 0.9, (n_frames, 3, size, size)).astype(np.float32)
        rows.append(Row(tuple(range(n_frames)), "r", frames))
    img = np.asarray(sequence_image(Sequence(LatentRef(0), 0, tuple(rows))))
    got = chatty.split_strip(img)
    assert len(got) == n_rows and {len(r) for r in got} == {n_frames}


def test_a_strip_resized_by_the_client_still_reads():
    png = strip_png(_moving_right, 5)
    im = Image.open(io.BytesIO(png))
    small = im.resize((im.width * 2 // 3, im.height * 2 // 3), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, format="PNG")
    rows = chatty.frames_of(PROMPT, [buf.getvalue()])
    assert len(rows) == 2 and len(rows[0]) == 5
    assert chatty.look(rows).change.attr == "x"


def test_frames_packing_one_image_per_frame():
    rng = np.random.default_rng(0)
    pngs, labels = [], []
    for r in range(2):
        base = rng.uniform(0, 1, 3)
        for f, v in enumerate(VALUES):
            frame = (_growing(v, base).transpose(1, 2, 0) * 255 + 0.5).astype(np.uint8)
            buf = io.BytesIO()
            Image.fromarray(frame).resize((128, 128), Image.Resampling.NEAREST).save(buf, format="PNG")
            pngs.append(buf.getvalue())
            labels.append(f"Row {r + 1}, frame {f + 1} (z={v:g}):")
    prompt, images, got_labels = chatty.parse_request(openai_body(pngs, labels=labels))
    rows = chatty.frames_of(prompt, images, got_labels)
    assert len(rows) == 2 and len(rows[0]) == 5
    assert chatty.look(rows).change == chatty.Change("size", 1)


# ------------------------------------------------------------------------- through the server and the backends

PROVIDERS = {
    "openai": ("openai:gpt-4o-mini", "openai"),
    "anthropic": ("anthropic:claude-test-1", "anthropic"),
    "gemini": ("gemini:gemini-2.5-flash", "google.genai"),
    "ollama": ("ollama:llava:13b", "ollama"),
}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


@pytest.fixture(scope="module")
def server():
    with FakeServer() as srv:
        yield srv


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.skipif(not _installed(m), reason=f"no {m}"))
                                  for n, (_, m) in PROVIDERS.items()])
@pytest.mark.parametrize("packing", ["composite", "frames"])
def test_every_protocol_gets_a_looking_answer(server, tmp_path, monkeypatch, name, packing):
    from latentexplainer.backends import get_backend
    from latentexplainer.backends.base import ExplainRequest

    server.reset()
    server.set_mode("chatty")
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    spec, _ = PROVIDERS[name]
    url = server.url + "/v1" if name == "openai" else server.url
    opts = {"base_url": url, "max_retries": 0, "packing": packing, "api_key": "sk-test"}
    if name == "ollama":
        opts.pop("api_key")
    backend = get_backend(spec, opts)
    seqs, paths = [], []
    for s in range(4):
        rng = np.random.default_rng(s)
        rows = []
        for _ in range(2):
            base = rng.uniform(0, 1, 3)
            rows.append(Row(VALUES, "r", np.stack([_moving_right(v, base) for v in VALUES]).astype(np.float32)))
        seq = Sequence(LatentRef(0), s, tuple(rows), 1)
        seqs.append(seq)
        path = tmp_path / f"z0_s{s}.png"
        sequence_image(seq).save(path)
        paths.append(path)
    request = ExplainRequest(LatentRef(0), tuple(seqs), build_prompt(get_bias("disentanglement")), tuple(paths))
    got = {}
    backend.describe_many([request], lambda k, responses: got.setdefault(k, responses))
    texts = [r.text for r in got[0]]
    bodies = server.bodies()
    assert len(bodies) == 4
    expected = [chatty.answer(b).text for b in bodies]  # the server answered what the responder says
    assert sorted(texts) == sorted(expected)
    finds = [chatty.answer(b) for b in bodies]
    assert all(a.seen == chatty.Change("x", 1) for a in finds), [a.seen for a in finds]
    server.set_mode("ok")


def test_chatty_mode_leaves_the_other_modes_alone(server):
    import json
    import urllib.request

    server.reset()
    body = openai_body(strip_png(_growing, 1))

    def ask():
        req = urllib.request.Request(server.url + "/v1/chat/completions", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())["choices"][0]["message"]["content"]

    from fakes.servers import ANSWER

    assert ask() == ANSWER
    server.set_mode("chatty")
    first = ask()
    assert first == chatty.answer(body).text and ask() == first
    server.set_mode("ok")
    assert ask() == ANSWER
    server.set_responder(lambda path, b: "custom " + path)
    assert ask() == "custom /v1/chat/completions"
    server.reset()
    assert ask() == ANSWER


def test_a_client_hanging_up_mid_request_prints_no_server_traceback(capfd):
    import socket
    import struct
    import time

    with FakeServer() as server:
        host, port = server.url.rsplit("/", 1)[-1].split(":")
        client = socket.create_connection((host, int(port)))
        client.sendall(b"POST /v1/chat/completions HTTP/1.1\r\n")  # a request cut short
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # hang up with a reset
        client.close()
        time.sleep(0.3)
    assert "Traceback" not in capfd.readouterr().err
