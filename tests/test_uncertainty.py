import json
from pathlib import Path

import numpy as np
import pytest

from latentexplainer.uncertainty import (
    BowEstimator,
    EmbeddingEstimator,
    assess,
    certainty_from_similarity,
    is_abstention,
)
from latentexplainer.uncertainty.clusters import SemanticClusterEstimator
from latentexplainer.uncertainty.core import GistEstimator

GOLDEN = Path(__file__).resolve().parents[2] / "shared" / "data" / "uncertainty_golden.json"
LOCAL_GOLDEN = Path(__file__).resolve().parent / "data" / "uncertainty_golden.json"


def golden_cases():
    path = GOLDEN if GOLDEN.exists() else LOCAL_GOLDEN
    return json.loads(path.read_text())["cases"]


@pytest.mark.parametrize("case", golden_cases())
def test_bow_reproduces_the_authors_values(case):
    texts = case["responses"]
    got = assess(texts, BowEstimator(), abstentions=[False] * len(texts))
    assert got.score == pytest.approx(case["certainty"], abs=1e-9)
    assert got.selected == case["selected_index"]
    assert np.allclose(got.row_means, case["row_means"], atol=1e-9)


def test_local_golden_copy_matches_shared():
    if GOLDEN.exists():
        assert json.loads(GOLDEN.read_text()) == json.loads(LOCAL_GOLDEN.read_text())


def test_empty_vocabulary_is_certainty_zero_not_a_crash():
    got = assess(["a", "!", ""], BowEstimator(), abstentions=[False] * 3)
    assert got.score == 0.0 and got.selected is None


def test_identical_abstentions_are_not_a_confident_explanation():
    texts = ["Nothing changes."] * 5
    assert all(is_abstention(t) for t in texts)
    got = assess(texts, BowEstimator())
    assert got.score == 0.0 and got.selected is None
    # without the abstention rule the words agree perfectly: the rule is what makes it 0
    assert assess(texts, BowEstimator(), abstentions=[False] * 5).score == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["No clear pattern.", "No consistent change is visible.", "nothing changes",
                                  "I cannot see a consistent change.", "The images are identical.", "", "  "])
def test_abstentions_are_recognised(text):
    assert is_abstention(text)


@pytest.mark.parametrize("text", ["The object moves to the right.", "The colour changes from red to blue.",
                                  "Nothing but the size changes: it grows."])
def test_answers_are_not_abstentions(text):
    assert not is_abstention(text)


def test_mixed_abstentions_lower_the_score():
    texts = ["The object moves left."] * 3 + ["No clear pattern."] * 2
    got = assess(texts, BowEstimator())
    # 3 agreeing answers: 6 ordered pairs of 20 have similarity 1
    assert got.score == pytest.approx(6 / 20)
    assert got.selected == 0


def test_certainty_from_similarity_by_hand():
    sim = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.2], [0.0, 0.2, 1.0]])
    got = certainty_from_similarity(sim)
    assert got.score == pytest.approx((0.5 + 0.0 + 0.2) * 2 / 6)
    assert got.selected == 1


@pytest.fixture(scope="module")
def embedder():
    return EmbeddingEstimator()


def test_embedding_certainty_matches_hand_computation(embedder):
    texts = ["The object moves to the right.", "The shape slides rightwards.", "The wall turns blue."]
    vecs = embedder.vectors(texts)
    unit = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    c01, c02, c12 = unit[0] @ unit[1], unit[0] @ unit[2], unit[1] @ unit[2]
    got = assess(texts, embedder, abstentions=[False] * 3)
    assert got.score == pytest.approx((c01 + c02 + c12) / 3, abs=1e-6)
    rows = [(1 + c01 + c02) / 3, (1 + c01 + c12) / 3, (1 + c02 + c12) / 3]
    assert np.allclose(got.row_means, rows, atol=1e-6)
    assert got.selected == int(np.argmax(rows))


def test_embedding_sees_paraphrases_that_bow_misses(embedder):
    para = ["The object moves to the right.", "The shape slides rightwards."]
    other = ["The object moves to the right.", "The wall turns blue."]
    assert assess(para, embedder).score > assess(other, embedder).score + 0.2
    assert assess(para, BowEstimator()).score < assess(para, embedder).score


def test_embedding_abstentions_count_as_zero(embedder):
    got = assess(["Nothing changes."] * 4, embedder)
    assert got.score == 0.0 and got.selected is None


@pytest.mark.parametrize("estimator", [BowEstimator(), GistEstimator(), SemanticClusterEstimator(base=BowEstimator())],
                         ids=["bow", "gist", "clusters"])
def test_most_answers_word_for_word_alike_are_the_selection_not_a_conjunction_between_them(estimator):
    # a conjunction of the majority's claim and a minority's is nearer on average to all of them
    # (a pan tilting over a burner: three said it turns, one that it moves down, one both)
    texts = ["The object at the bottom moves down.", "The object rotates clockwise.", "The object rotates  clockwise.",
             "the object rotates clockwise.", "The object at the bottom moves down and rotates clockwise."]
    got = assess(texts, estimator, abstentions=[False] * 5)
    assert texts[got.selected] == "The object rotates clockwise."


def test_two_of_five_alike_are_no_majority_the_central_answer_stands():
    texts = ["The object at the bottom moves down.", "The object rotates clockwise.", "The object rotates clockwise.",
             "The object at the bottom moves down and rotates clockwise.", "The object at the bottom moves down."]
    got = assess(texts, BowEstimator(), abstentions=[False] * 5)
    assert got.selected == int(np.argmax(got.row_means)) == 3


def test_abstentions_alike_are_no_majority_answer_the_selection_is_an_answer():
    texts = ["No clear pattern."] * 3 + ["The object moves left.", "The object moves right."]
    assert assess(texts, BowEstimator()).selected in (3, 4)
