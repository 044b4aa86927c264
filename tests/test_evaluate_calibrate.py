"""evaluate_run on a hand-written run directory; calibrate on certainties of known separation."""

import json

import numpy as np
import pytest

from latentexplainer.errors import ConfigError, RunDirError
from latentexplainer.evaluate import text_metrics as tm
from latentexplainer.evaluate.calibrate import (
    best_threshold,
    calibrate,
    calibrate_scores,
    read_threshold,
)
from latentexplainer.evaluate.evaluate_run import evaluate_run, load_references
from latentexplainer.records import LatentRecord
from latentexplainer.uncertainty import BowEstimator
from latentexplainer.uncertainty.clusters import (
    SemanticClusterEstimator,
    cluster_certainty,
    group,
)

FAST = ("bleu", "rouge_l", "cider")  # model- and WordNet-free; the others are tested in test_text_metrics


def record(latent, explanation, certainty=0.5, bias="disentanglement", certainties=None):
    return LatentRecord(
        latent=latent, latent_name=f"z{latent}", bias=bias, prompt="p", responses=[explanation or ""] * 3,
        abstentions=[explanation is None] * 3, certainty=certainty, certainty_estimator="bow",
        certainties=certainties or {"bow": certainty}, explanation=explanation, clear=explanation is not None,
        threshold=0.2617, status="ok" if explanation else "unclear")


def write_run(path, records):
    path.mkdir(parents=True)
    (path / "config.json").write_text(json.dumps({"model": "fake", "backend": "replay"}))
    (path / "explanations.jsonl").write_text("".join(json.dumps(r.to_dict()) + "\n" for r in records))
    return path


@pytest.fixture()
def run(tmp_path):
    return write_run(tmp_path / "run1", [
        record(0, "the object moves to the left"),
        record(1, None),
        record(2, "the size grows", bias="bias2"),
        record(3, "something unreferenced"),
    ])


def test_evaluate_run_scores_and_writes_metrics_json(run, tmp_path):
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps({"0": ["the object moves left"], "z1": "rotation", "2": ["the size grows"], "9": "x"}))
    got = evaluate_run(run, refs, metrics=FAST)
    cands = ["the object moves to the left", "", "the size grows"]
    rlist = [["the object moves left"], ["rotation"], ["the size grows"]]
    assert got["overall"]["n"] == 3 and got["overall"]["explained"] == 2
    assert got["overall"]["bleu"] == tm.bleu(cands, rlist)  # the unexplained latent scores as ""
    assert got["overall"]["rouge_l"] == tm.rouge_l(cands, rlist)
    assert got["by_bias"]["bias2"]["rouge_l"] == 100.0
    assert got["by_bias"]["disentanglement"]["n"] == 2
    assert got["missing_in_run"] == [9] and got["without_reference"] == [3]
    assert json.loads((run / "metrics.json").read_text()) == json.loads(json.dumps(got))
    assert not (run / "metrics.json.tmp").exists()


def test_references_csv(tmp_path):
    p = tmp_path / "refs.csv"
    p.write_text('latent,reference\n0,the object moves left\nz0,"horizontal, position"\n2,size\n')
    assert load_references(p) == {0: ["the object moves left", "horizontal, position"], 2: ["size"]}


@pytest.mark.parametrize("name,text,match", [
    ("r.json", "{not json", "not valid JSON"),
    ("r.json", "[1, 2]", "JSON object"),
    ("r.json", '{"0": []}', "non-empty string"),
    ("r.json", '{"x3": "a"}', "not a latent index"),
    ("r.csv", "0,a,b\n", "two columns"),
    ("r.csv", "", "holds no references"),
])
def test_malformed_references_teach(tmp_path, name, text, match):
    p = tmp_path / name
    p.write_text(text)
    with pytest.raises(ConfigError, match=match):
        load_references(p)


def test_evaluate_run_errors(run, tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        evaluate_run(run, tmp_path / "missing.json", metrics=FAST)
    other = tmp_path / "other.json"
    other.write_text('{"7": "a"}')
    with pytest.raises(ConfigError, match="has a reference"):
        evaluate_run(run, other, metrics=FAST)
    (tmp_path / "empty").mkdir()
    with pytest.raises(RunDirError, match="no records"):
        evaluate_run(tmp_path / "empty", other, metrics=FAST)


def synthetic(n, separation, seed):
    """Certainties ~ N(0,1) for unclear and N(d,1) for clear: true AUROC = Phi(d / sqrt 2)."""
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.5
    return rng.normal(0, 1, n) + separation * y, y


def test_calibrate_scores_held_out_auroc_near_truth():
    from scipy.stats import norm

    s, y = synthetic(600, 1.5, 0)
    got = calibrate_scores(s, y, folds=5, seed=0)
    truth = norm.cdf(1.5 / np.sqrt(2))  # 0.856
    assert got["auroc"] == pytest.approx(truth, abs=0.04)
    assert got["cv"]["auroc_mean"] == pytest.approx(truth, abs=0.04)
    assert len(got["cv"]["auroc_folds"]) == 5
    # optimal balanced-accuracy threshold of two unit normals is d/2; held-out balanced accuracy Phi(d/2)
    assert got["threshold"] == pytest.approx(0.75, abs=0.3)
    assert got["cv"]["balanced_accuracy"] == pytest.approx(norm.cdf(0.75), abs=0.05)
    assert got["cv"]["balanced_accuracy"] <= got["in_sample"]["balanced_accuracy"] + 1e-9
    assert got["cv"]["tp"] + got["cv"]["fp"] + got["cv"]["fn"] + got["cv"]["tn"] == 600


def test_best_threshold_matches_brute_force():
    s, y = synthetic(80, 1.0, 1)
    def bal(t):
        return ((s >= t) & y).sum() / y.sum() / 2 + ((s < t) & ~y).sum() / (~y).sum() / 2

    t = best_threshold(s, y)
    assert t in s
    assert bal(t) == pytest.approx(max(bal(x) for x in s), abs=1e-12)


def test_calibrate_runs_writes_threshold_file(tmp_path):
    s, y = synthetic(60, 2.0, 2)
    s2 = s + np.random.default_rng(3).normal(0, 3, len(s))  # a worse estimator
    recs = [record(i, "x", float(a), certainties={"bow": float(a), "embedding": float(b)})
            for i, (a, b) in enumerate(zip(s, s2))]
    r1 = write_run(tmp_path / "runA", recs[:30])
    r2 = write_run(tmp_path / "runB", [record(i - 30, r.explanation, r.certainty, certainties=r.certainties)
                                       for i, r in enumerate(recs[30:], 30)])
    labels = tmp_path / "labels.csv"
    labels.write_text("latent,label\n" + "".join(
        f"{'runA' if i < 30 else 'runB'}:{i % 30},{'clear' if c else 'unclear'}\n" for i, c in enumerate(y)))
    got = calibrate([r1, r2], labels, folds=3, seed=0)
    assert set(got["estimators"]) == {"bow", "embedding"}
    assert got["estimators"]["bow"]["auroc"] > got["estimators"]["embedding"]["auroc"]
    saved = json.loads((r1 / "threshold.json").read_text())
    assert saved["estimator"] == "bow" and saved["threshold"] == got["estimators"]["bow"]["threshold"]
    assert read_threshold(r1 / "threshold.json") == (saved["threshold"], "bow")
    out = tmp_path / "t" / "emb.json"
    calibrate([r1, r2], labels, folds=3, estimator="embedding", out=out)
    assert read_threshold(out)[1] == "embedding"


@pytest.mark.parametrize("text,match", [
    ('{"0": "maybe"}', "neither clear nor unclear"),
    ("{bad", "not valid JSON"),
    ('{"other:0": "clear"}', "not among"),
    ('{"0": "clear", "1": "clear", "2": "unclear"}', "at least 2 clear and 2 unclear"),
    ('{"0": "clear", "99": "unclear"}', "do not hold"),
])
def test_malformed_labels_teach(tmp_path, text, match):
    run = write_run(tmp_path / "r", [record(i, "x", i / 10) for i in range(6)])
    p = tmp_path / "labels.json"
    p.write_text(text)
    with pytest.raises(ConfigError, match=match):
        calibrate(run, p)


def test_plain_ids_need_one_run(tmp_path):
    a = write_run(tmp_path / "a", [record(0, "x")])
    b = write_run(tmp_path / "b", [record(0, "x")])
    p = tmp_path / "labels.json"
    p.write_text('{"0": "clear"}')
    with pytest.raises(ConfigError, match="RUNNAME:latent"):
        calibrate([a, b], p)


def test_read_threshold_rejects_other_files(tmp_path):
    p = tmp_path / "t.json"
    p.write_text('{"x": 1}')
    with pytest.raises(ConfigError, match="not a threshold file"):
        read_threshold(p)


# --- the semantic-clusters certainty estimator (uncertainty/clusters.py) ---


def test_cluster_certainty_from_similarity():
    same = np.ones((4, 4))
    assert cluster_certainty(same, [True] * 4).score == pytest.approx(1.0)
    apart = np.eye(4)
    assert cluster_certainty(apart, [True] * 4).score == pytest.approx(0.0)
    # groups of 2 and 2: 1 - log 2 / log 4 = 0.5
    two = np.kron(np.eye(2), np.ones((2, 2)))
    got = cluster_certainty(two, [True] * 4)
    assert got.score == pytest.approx(0.5) and got.selected == 0
    assert group(two, np.ones(4, bool), 0.5) == [[0, 1], [2, 3]]


def test_abstentions_form_no_group_and_lower_certainty():
    same = np.ones((4, 4))
    full = cluster_certainty(same, [True] * 4).score
    one_off = cluster_certainty(same, [True, True, True, False])
    assert one_off.score < full and one_off.selected == 0
    p = np.array([0.75, 0.25])
    assert one_off.score == pytest.approx(1 + (p * np.log(p)).sum() / np.log(4))
    none = cluster_certainty(same, [False] * 4)
    assert none.score == 0.0 and none.selected is None
    assert cluster_certainty(np.ones((1, 1)), [True]).score == 1.0
    assert cluster_certainty(np.ones((1, 1)), [False]).score == 0.0


def test_cluster_estimator_groups_answers():
    est = SemanticClusterEstimator(base=BowEstimator(), threshold=0.6)
    texts = ["the size grows", "the size grows larger", "the object moves left", "nothing changes"]
    got = est.certainty(texts)
    # groups {0, 1}, {2}, abstention {3}: p = (1/2, 1/4, 1/4)
    assert got.score == pytest.approx(1 - 1.5 * np.log(2) / np.log(4)) and got.selected in (0, 1)
    assert got.estimator == "clusters"
    one_hot = est.vectors(texts)
    assert one_hot.shape == (4, 3) and one_hot[0].tolist() == one_hot[1].tolist() and one_hot[3].sum() == 1
