"""`evaluate`, `calibrate` and `explain --threshold-from` through the CLI, end to end."""

import json

import pytest
import sacrebleu

from latentexplainer.cli import main

pytest.importorskip("rouge_score", reason="pip install 'latentexplainer[metrics]'")


def cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture()
def run(tmp_path, capsys):
    out = tmp_path / "run"
    code, _, err = cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--samples", "3", "--quiet",
                       "--out", out)
    assert code == 0, err
    return out


def test_evaluate_writes_all_five_metrics(run, tmp_path, capsys):
    refs = {"0": ["The object moves from left to right."], "1": ["The object gets bigger."],
            "2": ["The object moves down."], "3": ["Nothing changes."]}
    (tmp_path / "refs.json").write_text(json.dumps(refs))
    code, out, err = cli(capsys, "evaluate", run, "--references", tmp_path / "refs.json")
    assert code == 0, err
    metrics = json.loads((run / "metrics.json").read_text())
    overall = metrics["overall"]
    for name in ("bleu", "rouge_l", "meteor", "bertscore"):
        assert name in overall and 0 <= overall[name] <= 100
    assert overall["cider"] >= 0  # CIDEr x 100 can exceed 100 (its scale is 0-10)
    records = [json.loads(x) for x in (run / "explanations.jsonl").read_text().splitlines()]
    cands = [(r["explanation"] or "").lower() for r in sorted(records, key=lambda r: r["latent"])]
    expected = sacrebleu.corpus_bleu(cands, [[refs[str(i)][0].lower() for i in range(4)]]).score
    assert overall["bleu"] == pytest.approx(round(expected, 1), abs=0.05)
    assert "overall" in out


def test_calibrate_then_explain_with_the_learned_threshold(run, tmp_path, capsys):
    labels = {"0": "clear", "1": "clear", "2": "unclear", "3": "unclear"}
    (tmp_path / "labels.json").write_text(json.dumps(labels))
    code, out, err = cli(capsys, "calibrate", run, "--labels", tmp_path / "labels.json", "--folds", "2",
                         "--out", tmp_path / "thr.json")
    assert code == 0, err
    thr = json.loads((tmp_path / "thr.json").read_text())
    assert 0 <= thr["threshold"] <= 1 and thr["estimator"] == "gist"  # the runs' certainty
    code, _, err = cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--samples", "3", "--quiet",
                       "--threshold-from", tmp_path / "thr.json", "--out", tmp_path / "again")
    assert code == 0, err
    cfg = json.loads((tmp_path / "again" / "config.json").read_text())
    assert cfg["threshold"] == pytest.approx(thr["threshold"])
    code, _, err = cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--threshold", "0.3",
                       "--threshold-from", tmp_path / "thr.json", "--out", tmp_path / "x")
    assert code == 2 and "not both" in err


@pytest.mark.parametrize("content,message", [
    ("{not json", "references"),
    ('{"0": 5}', "references"),
])
def test_malformed_references_are_one_line(run, tmp_path, capsys, content, message):
    (tmp_path / "bad.json").write_text(content)
    code, _, err = cli(capsys, "evaluate", run, "--references", tmp_path / "bad.json")
    assert code == 2 and len(err.strip().splitlines()) == 1 and message in err.lower()


def test_malformed_labels_are_one_line(run, tmp_path, capsys):
    (tmp_path / "bad.json").write_text('{"0": "maybe"}')
    code, _, err = cli(capsys, "calibrate", run, "--labels", tmp_path / "bad.json")
    assert code == 2 and len(err.strip().splitlines()) == 1
