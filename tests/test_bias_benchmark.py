"""#5's must-show: `benchmark --bias conditional` and `--bias combination` run end to end on
scenes with the probe and report per-bias accuracy in benchmark.json.

Each case trains the decoder-side judge for its model (about a minute on 2 cores), but the
combination case shares the shipped scenes model's judge with test_benchmark_mustshow."""

import json

import pytest

from latentexplainer.cli import main
from latentexplainer.data import load_dataset
from latentexplainer.evaluate.bias_benchmark import named_factors


@pytest.mark.slow
def test_conditional_benchmark_on_scenes(tmp_path, capsys):
    out = tmp_path / "cond"
    code = main(["benchmark", "--dataset", "scenes", "--bias", "conditional", "--no-bias-prompt", "--quiet",
                 "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    r = json.loads((out / "benchmark.json").read_text())
    assert r["bias"] == "conditional" and r["model"] == "scenes-csvae"
    (unit,) = r["units"]
    table = (unit["name"], unit["explanation"], unit["named_factors"], unit["decoder_top"])
    assert unit["name"] == "w[large-object]" and unit["truth"] == ["scale"], table
    # the shipped CSVAE's condition grows the object, the judge sees it, the probe says so
    assert unit["decoder_top"] == "scale" and unit["decoder_agrees"] and unit["correct"], table
    assert r["per_bias"] == {"conditional": 1.0} and r["bias_accuracy"] == 1.0
    assert "conditional_accuracy 1.000" in captured.out
    assert "w[large-object]" in captured.out  # printed as text, not swallowed as rich markup
    # the paper's ablation ran beside it, on the same sequences, and the table shows both
    assert set(r["ablation"]) == {"bias_prompt", "no_bias_prompt"}
    assert "| no bias prompt |" in captured.out and "| bias prompt |" in captured.out
    plain = [json.loads(x) for x in (out / "run-no-bias-prompt" / "explanations.jsonl").read_text().splitlines()]
    assert plain[0]["prompt"].startswith("You are shown 1 row of images") and "inductive bias" not in plain[0]["prompt"]


@pytest.mark.slow
@pytest.mark.xdist_group("shipped-judges")  # on the worker that keeps the scenes judge
def test_combination_benchmark_on_scenes(tmp_path, capsys, judges):
    out = tmp_path / "comb"
    judges.lend("scenes", out)  # the shipped scenes model's judge, if test_benchmark_mustshow trained it already
    code = main(["benchmark", "--dataset", "scenes", "--bias", "combination", "--quiet", "--out", str(out)])
    judges.keep("scenes", out)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    r = json.loads((out / "benchmark.json").read_text())
    # the shipped scenes model: z8 and z9 both change the wall's colour most, so they are proposed as a group
    assert r["bias"] == "combination" and r["n_units"] >= 1 and r["groups"]
    table = [(u["name"], u["truth"], u["named_factors"]) for u in r["units"]]
    assert r["n_with_truth"] >= 1, table
    assert r["bias_accuracy"] is not None and r["bias_accuracy"] >= 0.6, table
    assert set(r["per_bias"]) == {"combination"}
    assert all(len(u["members"]) >= 2 for u in r["units"])


def test_named_factors_reads_every_clause():
    f = [(x.name, x.description) for x in load_dataset("scenes", 4).factor_info]
    two = ("The lower part of the background changes colour from magenta to red and the colour of the object "
           "shifts from red to magenta.")
    assert named_factors(two, f) == ["floor_hue", "object_hue"]
    assert named_factors("The object grows larger.", f) == ["scale"]
    assert named_factors(None, f) == [] and named_factors("No clear pattern.", f) == []


def test_benchmark_bias_errors(tmp_path, capsys):
    code = main(["benchmark", "--dataset", "scenes", "--bias", "causal", "--out", str(tmp_path / "b")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "--bias causal" in err and len(err.splitlines()) == 1
    code = main(["benchmark", "--dataset", "shapes", "--bias", "conditional", "--model",
                 "fakes.models:shapes_model", "--out", str(tmp_path / "c")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "needs a model with a condition" in err
