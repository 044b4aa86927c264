"""is_abstention on a hand-labelled corpus of answers (tests/data/abstention_corpus.json): abstentions
are recognised anywhere in an answer, and answers that describe a change are not taken for
abstentions however many other things they say do not change. The development part, the held-out
part (a quarter of each side, drawn before is_abstention was rewritten) and the answers written
after the rewrite all run both ways."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from latentexplainer.uncertainty import is_abstention

CORPUS = json.loads((Path(__file__).resolve().parent / "data" / "abstention_corpus.json").read_text())


def _cases(part: str, side: str) -> list:
    return [pytest.param(t, id=f"{part}-{side}-{i}") for i, t in enumerate(CORPUS[part][side])]


def test_corpus_is_big_enough_and_split():
    for side in ("abstain", "describe"):
        dev, held = CORPUS["development"][side], CORPUS["held_out"][side]
        assert len(dev) + len(held) >= 100
        assert len(held) >= (len(dev) + len(held)) // 4 - 1
        assert not set(dev) & set(held)
    assert not set(CORPUS["development"]["abstain"] + CORPUS["held_out"]["abstain"]) & set(
        CORPUS["development"]["describe"] + CORPUS["held_out"]["describe"])


@pytest.mark.parametrize("text,abstains", [pytest.param(p.values[0], kind == "abstain", id=p.id)
                                           for part in ("development", "held_out", "after_rewrite")
                                           for kind in ("abstain", "describe") for p in _cases(part, kind)])
def test_corpus(text, abstains):
    assert is_abstention(text) == abstains, text


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "...", "-", "**", None])
def test_empty_answers_abstain(text):
    assert is_abstention(text)


def test_wrapping_an_answer_keeps_its_meaning():
    """A preamble, a hedge, markdown or a trailing remark around an answer does not flip it."""
    rng = random.Random(0)
    pre = ("Looking at both rows, ", "Sure! ", "Honestly, ", "From left to right, ", "I think ", "**", "- ")
    post = ("", ".", "!", "**", " Hope this helps!", "\n")
    for side, want in (("abstain", True), ("describe", False)):
        for text in rng.sample(CORPUS["development"][side], 40):
            body = text[0].lower() + text[1:] if text[:1].isupper() and not text.startswith("I ") else text
            wrapped = rng.choice(pre) + body + rng.choice(post)
            assert is_abstention(wrapped) is want, wrapped


def test_fast_and_pure():
    texts = CORPUS["development"]["abstain"] + CORPUS["development"]["describe"]
    first = [is_abstention(t) for t in texts]
    start = time.perf_counter()
    for _ in range(5):
        assert [is_abstention(t) for t in texts] == first
    assert (time.perf_counter() - start) / (5 * len(texts)) < 0.002  # well under 2 ms an answer


def test_the_chatty_fake_model_is_read_right():
    """The fake multimodal model's own abstentions and descriptions (tests/fakes/chatty.py)."""
    from fakes import chatty

    for text in chatty._ABSTAIN:
        assert is_abstention(text), text
    rng = random.Random(1)
    changes = [chatty.Change("x", 1), chatty.Change("y", -1), chatty.Change("size", -1),
               chatty.Change("rotation", 1), chatty.Change("hue", 1, "upper", "red", "blue"),
               chatty.Change("hue", -1, "object", "green", "green"), chatty.Change("brightness", 1, "lower"),
               chatty.Change("stretch", 1)]
    for _ in range(300):
        change = rng.choice(changes)
        text = chatty.compose(rng, change, rng.choice(("grey", "colour")))
        assert not is_abstention(text), text
        assert is_abstention(chatty.compose(rng, None, "grey"))


@pytest.mark.parametrize("text, abstains", [
    # a third simulated model (tests/fakes/narrative_voice.py, written without sight of these rules)
    # talks its way round: on its first run 11 of its abstentions were read as descriptions and 4
    # descriptions as abstentions
    ("I looked for movement, a change of scale, a turn and a colour shift, and found none of them.", True),
    ("I've gone back and forth over these frames, and I can't pin down a change that holds throughout.", True),
    ("I can spot small wobbles - a pixel here or there - yet no steady direction.", True),
    ("There isn't a clear story in these frames.", True),
    ("At first I thought the shape was drifting a little, but comparing the two ends, it really isn't going "
     "anywhere.", True),
    ("- **Main effect:** The figure dims.\n- It is definitely not brightening up.", False),
    ("- **Effect:** The form in the middle diminishes.\n- Nothing happens in the background.", False),
    ("The upper band of the backdrop passes from green over to purple. It is definitely not going from purple "
     "to green.", False),
    ("It isn't a colour change that I see here - the object in the foreground diminishes.", False),
    ("Initially I read this as the shape gliding leftwards - correction: it creeps rightwards.", False),
    ("At first the object is small, then it grows.", False),  # at first, in time: no impression taken back
    ("The wall starts out red and ends up green.", False),
    ("A red ball moves left.", False),
])
def test_a_discursive_voice_is_read_right(text, abstains):
    assert is_abstention(text) is abstains


@pytest.mark.parametrize("text, abstains", [
    # a fourth simulated model (tests/fakes/technical_voice.py, written without sight of these
    # rules) talks like an analyst of a latent dimension: on its first run five of its
    # abstentions were read as descriptions
    ("The traversal does not reveal an interpretable direction in latent space.", True),
    ("I'd leave this dimension unlabelled: there is no consistent semantic to report.", True),
    ("Low-amplitude, non-monotonic changes only - too weak to label this dimension.", True),
    ("The effect appears in only a subset of the rows; it is not reproduced across base codes, so I won't "
     "label it.", True),
    ("Inconclusive. None of the tracked factors (position, scale, orientation, colour) changes along the "
     "traversal.", True),
    ("The remaining attributes stay invariant.", True),
    ("This dimension encodes the horizontal translation of the sprite; the sprite translates to the right (+x) "
     "monotonically over the traversal. The remaining attributes stay invariant.", False),
    ("The latent controls the y-coordinate of the shape, which shifts upward. Other factors (scale, orientation, "
     "aspect ratio) remain invariant along the traversal.", False),
    ("The object grows; its hue is unaffected.", False),
    ("The object's size changes, and small changes in its colour follow.", False),
])
def test_an_analysts_voice_is_read_right(text, abstains):
    assert is_abstention(text) is abstains
