"""Each text metric agrees with its reference library on fixed inputs."""

import re

import numpy as np
import pytest

from latentexplainer.errors import ConfigError
from latentexplainer.evaluate import text_metrics as tm

CANDS = ["The object moves to the left.", "the size of the square grows", "", "Hue shifts from red to blue"]
REFS = [
    ["the object moves left", "horizontal position of the shape"],
    ["the size increases"],
    ["rotation of the object"],
    ["the colour changes from red to blue", "object hue", "colour of the object"],
]


@pytest.fixture(scope="session")
def wordnet_dir(tmp_path_factory):
    """nltk's own WordNet if it has one, else one built from the Debian packages."""
    try:
        from nltk.corpus import wordnet

        wordnet.ensure_loaded()
        return None
    except LookupError:
        pass
    if not tm.WORDNET_SOURCE.is_dir():
        pytest.skip("METEOR needs WordNet: neither nltk's data nor the Debian packages wordnet-base + "
                    "wordnet-sense-index are installed (apt-get install wordnet-base wordnet-sense-index)")
    return tm.ensure_wordnet(tmp_path_factory.mktemp("nltk_data"))


def test_bleu_equals_sacrebleu_exactly():
    from sacrebleu.metrics import BLEU

    cands = [c.lower() for c in CANDS[:2]]
    refs = [[r[0].lower() for r in REFS[:2]]]
    assert tm.bleu(CANDS[:2], [r[:1] for r in REFS[:2]], digits=None) == BLEU(lowercase=True).corpus_score(cands, refs).score
    # several references per candidate, unequal counts: sacrebleu's None padding
    streams = [[r[j].lower() if j < len(r) else None for r in REFS] for j in range(3)]
    expect = BLEU(lowercase=True).corpus_score([c.lower() for c in CANDS], streams).score
    assert tm.bleu(CANDS, REFS, digits=None) == expect
    assert tm.bleu(CANDS, REFS) == round(expect, 1)


def test_rouge_l_matches_rouge_score_and_hand_value():
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(["rougeL"])
    expect = 100 * np.mean([scorer.score_multi([x.lower() for x in r], c.lower())["rougeL"].fmeasure
                            for c, r in zip(CANDS, REFS)])
    assert tm.rouge_l(CANDS, REFS, digits=None) == pytest.approx(expect, abs=1e-12)
    # LCS 3 of 3 and 4 tokens: P 1, R 0.75, F 6/7
    assert tm.rouge_l(["the cat sat"], [["The cat sat down"]], digits=None) == pytest.approx(600 / 7)


def test_meteor_matches_nltk(wordnet_dir):
    from nltk.corpus import wordnet
    from nltk.translate.meteor_score import meteor_score

    wn = wordnet if wordnet_dir is None else tm._wordnet(str(wordnet_dir.resolve()))
    def tok(s):
        return re.findall(r"\w+|[^\w\s]", s.lower())
    expect = 100 * np.mean([meteor_score([tok(x) for x in r], tok(c), wordnet=wn) for c, r in zip(CANDS, REFS)])
    assert tm.meteor(CANDS, REFS, digits=None, wordnet_dir=wordnet_dir) == pytest.approx(expect, abs=1e-12)
    # synonyms count: "grows" ~ "increases" is not WordNet, but "size"/"size" and stems are
    assert tm.meteor(["the objects moved"], [["the object moves"]], wordnet_dir=wordnet_dir) > 50
    assert tm.meteor([r[0] for r in REFS], REFS, wordnet_dir=wordnet_dir) > 95


def test_meteor_without_wordnet_teaches(tmp_path):
    with pytest.raises(ConfigError, match="wordnet-base"):
        tm.meteor(CANDS, REFS, wordnet_dir=tmp_path)


def test_ensure_wordnet_without_debian_files_teaches(tmp_path):
    with pytest.raises(ConfigError, match="apt-get install wordnet-base"):
        tm.ensure_wordnet(tmp_path / "out", source=tmp_path / "nowhere")


def test_lexnames_built_from_the_man_page(tmp_path):
    # built here, not taken from the fixture: once a test in the same worker has put a built
    # WordNet on nltk's search path (meteor's one side effect), the fixture finds nltk's own
    if not tm.WORDNET_SOURCE.is_dir():
        pytest.skip("the Debian packages wordnet-base + wordnet-sense-index are not installed")
    lines = (tm.ensure_wordnet(tmp_path / "nltk_data") / "lexnames").read_text().splitlines()
    assert len(lines) == 45
    assert lines[0] == "00\tadj.all\t3" and lines[3] == "03\tnoun.Tops\t1" and lines[44] == "44\tadj.ppl\t3"


def test_cider_matches_pycocoevalcap():
    from pycocoevalcap.cider.cider import Cider

    def tok(s):
        return " ".join(re.findall(r"\w+", s.lower()))
    score, _ = Cider().compute_score({i: [tok(x) for x in r] for i, r in enumerate(REFS)},
                                     {i: [tok(c)] for i, c in enumerate(CANDS)})
    assert tm.cider(CANDS, REFS, digits=None) == pytest.approx(100 * score, abs=1e-9)
    assert tm.cider([r[0] for r in REFS], REFS) > tm.cider(CANDS, REFS)


def test_bertscore_matches_bert_score_library():
    bert_score = pytest.importorskip("bert_score")
    cands, refs = CANDS[:2] + CANDS[3:], REFS[:2] + REFS[3:]  # bert-score 0.3.13 breaks on "" with transformers 5
    _, _, f = bert_score.score([c.lower() for c in cands], [[x.lower() for x in r] for r in refs],
                               model_type=tm._minilm_path(), num_layers=6, device="cpu")
    assert tm.bertscore(cands, refs, digits=None) == pytest.approx(100 * float(f.mean()), abs=1e-3)
    # an empty candidate scores 0 and pulls the mean down by its share
    assert tm.bertscore(CANDS, REFS, digits=None) == pytest.approx(100 * float(f.sum()) / 4, abs=1e-3)


def test_perfect_candidates_score_about_100(wordnet_dir):
    perfect = [r[0] for r in REFS]
    got = tm.score_all(perfect, REFS, metrics=("bleu", "rouge_l", "meteor", "bertscore"), wordnet_dir=wordnet_dir)
    assert got["bleu"] == 100.0 and got["rouge_l"] == 100.0 and got["bertscore"] == pytest.approx(100.0, abs=0.1)
    assert got["meteor"] > 95


def test_bad_input_teaches():
    with pytest.raises(ConfigError, match="one list per candidate"):
        tm.bleu(["a"], [])
    with pytest.raises(ConfigError, match="at least one reference"):
        tm.rouge_l(["a"], [[]])
    with pytest.raises(ConfigError, match="unknown text metric"):
        tm.score_all(["a"], [["a"]], metrics=("spice",))
