"""Scoring explanations by use (judges/): detection and direction, the probe judge on
a decoder with known behaviour, the remote judge against the loopback fake server."""

from __future__ import annotations

import base64
import importlib.util
import io
import json

import numpy as np
import pytest
from PIL import Image

from fakes.models import scenes_decode, shapes_decode
from fakes.servers import FakeServer
from latentexplainer.backends.base import ModelContext
from latentexplainer.backends.retry import Backoff
from latentexplainer.errors import ConfigError
from latentexplainer.judges import (
    Judge,
    ProbeJudge,
    RemoteJudge,
    available_judges,
    detection_trials,
    direction_trials,
    get_judge,
    parse_direction,
    parse_pick,
    reverse,
    score_detection,
    score_direction,
)
from latentexplainer.records import LatentRef, Row, Sequence

VALUES = (-3.0, -1.5, 0.0, 1.5, 3.0)
# fakes.models.shapes_decode: z0 -> x (left to right), z1 -> scale (grows), z2 -> y (top to bottom), z3 nothing
TRUE = {0: "The object moves horizontally from left to right.",
        1: "The object grows larger.",
        2: "The object moves vertically from top to bottom."}


def traversal(decode, dim: int, i: int, samples: int = 2, seed: int = 0) -> tuple[Sequence, ...]:
    """Two rows per base code (the code, and the code with a neighbour moved), like the pipeline's."""
    rng = np.random.default_rng(seed)
    seqs = []
    for s in range(samples):
        rows = []
        for r in range(2):
            code = rng.standard_normal(dim).astype(np.float32) * 0.5
            z = np.repeat(code[None], len(VALUES), 0)
            z[:, i] = VALUES
            rows.append(Row(VALUES, "base code" if r == 0 else "another base code", decode(z)))
        seqs.append(Sequence(LatentRef(i), s, tuple(rows), None))
    return tuple(seqs)


@pytest.fixture(scope="module")
def shapes_traversals() -> dict[int, tuple[Sequence, ...]]:
    return {i: traversal(shapes_decode, 4, i) for i in range(4)}


@pytest.fixture(scope="module")
def probe_judge() -> ProbeJudge:
    judge = ProbeJudge()
    refs = shapes_decode(np.random.default_rng(1).standard_normal((64, 4)).astype(np.float32))
    judge.prepare(ModelContext(refs, 4))
    return judge


# ------------------------------------------------------------------ trials
def test_seeded_shuffles_are_reproducible_and_per_latent():
    a = detection_trials([0, 1, 2], list(range(10)), k=4, seed=3)
    assert a == detection_trials([0, 1, 2], list(range(10)), k=4, seed=3)
    assert a != detection_trials([0, 1, 2], list(range(10)), k=4, seed=4)
    assert detection_trials([2], list(range(10)), k=4, seed=3) == [a[2]]  # a latent's trial ignores the others
    for i, shown, truth in a:
        assert len(shown) == 5 == len(set(shown)) and shown[truth] == i
    positions = {truth for _, _, truth in detection_trials(list(range(10)), list(range(10)), k=4, seed=0)}
    assert len(positions) > 1  # the true candidate is not always in the same place
    coins = direction_trials(list(range(20)), seed=0)
    assert coins == direction_trials(list(range(20)), seed=0) != direction_trials(list(range(20)), seed=1)
    assert [how for _, how in coins].count("reversed") == 10  # balanced: a constant answer scores 0.5
    odd = [sum(how == "reversed" for _, how in direction_trials([3, 4, 7, 8, 9], seed=s)) for s in range(20)]
    assert set(odd) == {2, 3}


def test_k_larger_than_the_other_latents_is_a_clear_error(probe_judge, shapes_traversals):
    with pytest.raises(ConfigError, match=r"k = 4 distractors needs at least 5 latents.*offers 4.*k <= 3"):
        score_detection(probe_judge, TRUE, shapes_traversals, k=4)
    with pytest.raises(ConfigError, match="at least one distractor"):
        detection_trials([0], [0, 1], k=0)


# ------------------------------------------------------------------ the probe judge
def test_probe_judge_picks_the_explained_traversal(probe_judge, shapes_traversals):
    assert isinstance(probe_judge, Judge)
    score = score_detection(probe_judge, {**TRUE, 3: None}, shapes_traversals, k=3, seed=0)
    assert score.accuracy == 1.0 and score.n == 3 and score.n_latents == 4 and score.chance == 0.25
    assert score.k == 3 and score.undecided == 0 and score.judge == "probe"
    assert [t.latent for t in score.trials] == [0, 1, 2]  # the unclear latent is not scored
    json.dumps(score.to_dict())


def test_probe_judge_does_not_pick_for_a_wrong_explanation(probe_judge, shapes_traversals):
    cands = [shapes_traversals[j] for j in (0, 1, 2, 3)]
    assert probe_judge.pick("The object grows larger.", cands) == 1
    # latent 0 (x) explained as a change of size: the judge picks the size latent, so the trial fails
    score = score_detection(probe_judge, {0: "The object grows larger."}, shapes_traversals, k=3, seed=0)
    (trial,) = score.trials
    assert not trial.correct and trial.shown[trial.answer] == 1 and score.accuracy == 0.0
    # the right attribute but the wrong way: a traversal that moves the other way is not picked
    assert probe_judge.pick("The object moves vertically from top to bottom.", cands) == 2
    # nothing the judge can read: no answer, which counts as wrong
    blank = score_detection(probe_judge, {0: "Something happens."}, shapes_traversals, k=3)
    assert blank.trials[0].answer is None and blank.undecided == 1 and blank.accuracy == 0.0


def test_probe_judge_tells_a_reversed_strip(probe_judge, shapes_traversals):
    for i, text in TRUE.items():
        assert probe_judge.direction(text, shapes_traversals[i]) == "forward", text
        assert probe_judge.direction(text, reverse(shapes_traversals[i])) == "reversed", text
    wrong_way = "The object moves horizontally from right to left."
    assert probe_judge.direction(wrong_way, shapes_traversals[0]) == "reversed"
    assert probe_judge.direction("Something happens.", shapes_traversals[0]) is None
    for seed in range(3):
        score = score_direction(probe_judge, TRUE, shapes_traversals, seed=seed)
        assert score.accuracy == 1.0 and score.chance == 0.5 and score.n == 3
        assert {t.truth for t in score.trials} == {"forward", "reversed"}


def test_reverse_plays_every_row_backwards(shapes_traversals):
    t = shapes_traversals[0]
    r = reverse(t)
    assert r[0].rows[0].values == tuple(reversed(VALUES))
    np.testing.assert_array_equal(r[1].rows[1].frames, t[1].rows[1].frames[::-1])
    assert reverse(r)[0].rows[0].values == VALUES


def test_probe_judge_reads_hues_on_scenes():
    trav = {i: traversal(scenes_decode, 3, i) for i in range(3)}
    judge = ProbeJudge()
    judge.prepare(ModelContext(scenes_decode(np.random.default_rng(2).standard_normal((64, 3))), 3))
    from latentexplainer.judges.reading import read_claims

    floor = read_claims("The floor changes colour.")
    assert judge.fit(floor, judge.profile(trav[0])) > judge.fit(floor, judge.profile(trav[1]))
    # name the floor's measured first and last hue: forward as shown, reversed when played backwards
    from latentexplainer.judges.probe import evidence

    _, m = evidence(floor[0], judge.profile(trav[0]))
    names = {0.0: "red", 0.08: "orange", 0.16: "yellow", 0.33: "green", 0.5: "cyan", 0.64: "blue", 0.78: "purple"}

    def name(h):
        return names[min(names, key=lambda k: min(abs(k - h), 1 - abs(k - h)))]

    text = f"The lower part of the background changes colour from {name(m.start)} to {name(m.end)}."
    assert name(m.start) != name(m.end)
    assert judge.direction(text, trav[0]) == "forward"
    assert judge.direction(text, reverse(trav[0])) == "reversed"
    assert score_detection(judge, {0: text}, trav, k=2).accuracy == 1.0


# ------------------------------------------------------------------ registry
def test_registry_and_options():
    assert {"probe", "openai", "openai-compatible", "anthropic", "gemini", "ollama"} <= set(available_judges())
    with pytest.raises(ConfigError, match="unknown judge 'nope'"):
        get_judge("nope")
    with pytest.raises(ConfigError, match="no model name"):
        get_judge("probe:x")
    with pytest.raises(ConfigError, match="unknown option"):
        get_judge("probe", {"colour": 1})
    from latentexplainer.backends import get_backend

    with pytest.raises(ConfigError, match="cannot judge"):
        RemoteJudge(get_backend("probe"))


@pytest.mark.parametrize("text, n, want", [
    ("3", 5, 2), ("Candidate 2.", 5, 1), ("The answer is 5", 5, 4), ("**4**", 5, 3), ("candidate three", 5, 2),
    ("6", 5, None), ("0", 5, None), ("2 or 3", 5, None), ("I cannot tell.", 5, None), ("", 5, None),
])
def test_parse_pick(text, n, want):
    assert parse_pick(text, n) == want


@pytest.mark.parametrize("text, want", [
    ("forward", "forward"), ("Reversed.", "reversed"), ("It runs backwards", "reversed"),
    ("forward or reversed", None), ("not sure", None), ("", None),
])
def test_parse_direction(text, want):
    assert parse_direction(text) == want


# ------------------------------------------------------------------ the remote judge
needs_openai = pytest.mark.skipif(importlib.util.find_spec("openai") is None,
                                  reason="pip install 'latentexplainer[openai]'")


@pytest.fixture(scope="module")
def server():
    with FakeServer() as srv:
        yield srv


def remote_judge(server, **opts) -> RemoteJudge:
    judge = get_judge("openai-compatible:judge-vlm", {"base_url": server.url + "/v1", "max_retries": 1, **opts})
    judge.backend.backoff = Backoff(base=0.01, cap=0.02)
    return judge


@needs_openai
def test_remote_judge_sends_the_candidates_and_reads_the_number(server, shapes_traversals):
    server.reset()
    judge = remote_judge(server)
    assert judge.name == "openai-compatible:judge-vlm"
    server.set_answer("Candidate 3")
    cands = [shapes_traversals[j] for j in (3, 1, 0, 2)]
    assert judge.pick(TRUE[0], cands) == 2
    body = server.bodies("/chat/completions")[0]
    content = body["messages"][0]["content"]
    labels = [c["text"] for c in content if c["type"] == "text"]
    images = [c["image_url"]["url"] for c in content if c["type"] == "image_url"]
    assert labels[:4] == ["Candidate 1:", "Candidate 2:", "Candidate 3:", "Candidate 4:"]
    assert len(images) == 4 and TRUE[0] in labels[-1] and "1 to 4" in labels[-1]
    png = Image.open(io.BytesIO(base64.b64decode(images[2].split(",", 1)[1])))
    assert png.size[0] > png.size[1]  # a strip: frames side by side


@needs_openai
def test_remote_judge_scores_scripted_answers_and_survives_bad_ones(server, shapes_traversals):
    server.reset()
    judge = remote_judge(server)
    server.set_answer("1")
    score = score_detection(judge, TRUE, shapes_traversals, k=3, seed=0)
    assert score.n == 3 and server.n_calls == 3
    for t in score.trials:
        assert t.answer == 0 and t.correct == (t.truth == 0)
    server.set_answer("I am not sure which one it is.")
    bad = score_detection(judge, TRUE, shapes_traversals, k=3, seed=0)
    assert bad.accuracy == 0.0 and bad.undecided == 3
    server.set_mode("malformed")  # the provider's answer has no shape: retried, then no answer
    broken = score_detection(judge, {0: TRUE[0]}, shapes_traversals, k=3, seed=0)
    assert broken.accuracy == 0.0 and broken.undecided == 1
    server.set_mode("ok")
    server.set_answer("Reversed.")
    d = score_direction(judge, TRUE, shapes_traversals, seed=0)
    assert [t.answer for t in d.trials] == ["reversed"] * 3
    assert [t.correct for t in d.trials] == [t.truth == "reversed" for t in d.trials]
    server.set_answer("forward, or maybe reversed")
    assert score_direction(judge, TRUE, shapes_traversals, seed=0).undecided == 3
    server.reset()


def test_probe_judge_tells_which_way_stripes_across_a_thing_grow_in_number(probe_judge):
    # the judge measures stripes across a figure as a count (a panel of one piece: its pieces stay one)
    from test_probe import _striped_panel

    frames = np.stack([_striped_panel(2 + 4 * t) for t in np.linspace(0, 1, len(VALUES))])
    seq = (Sequence(LatentRef(0), 0, (Row(VALUES, "a", frames), Row(VALUES, "b", frames)), None),)
    for text in ("The number of stripes on the panel increases.", "The stripes across the object increase in number."):
        assert probe_judge.direction(text, seq) == "forward", text
        assert probe_judge.direction(text, reverse(seq)) == "reversed", text
