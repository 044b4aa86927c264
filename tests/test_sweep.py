"""`sweep`: many models of one data set benchmarked and compared in one table and one JSON;
a point that cannot be done is marked and the others go on (exit code 3)."""

from __future__ import annotations

import json

import pytest

from latentexplainer.cli import main
from latentexplainer.evaluate.result import BenchmarkOptions
from latentexplainer.evaluate.sweep import TrainGrid, grid_points, model_points, run_sweep, sweep_markdown
from latentexplainer.pipeline import ExplainSettings

QUICK = BenchmarkOptions(n_images=400, predictor_epochs=1)


@pytest.mark.slow
def test_a_grid_and_a_folder_and_a_missing_folder(tiny_vae_dir, tmp_path):
    points = grid_points([0, 1], [6.0]) + model_points([str(tiny_vae_dir), str(tmp_path / "nope")])
    result = run_sweep("shapes", tmp_path / "s", points, ExplainSettings(samples=2), QUICK,
                       TrainGrid(epochs=1, n_images=256, latent_dim=3), show_progress=False)
    by = {r["point"]: r for r in result["points"]}
    assert set(by) == {"seed0-beta6", "seed1-beta6", tiny_vae_dir.name, "nope"}
    for name in ("seed0-beta6", "seed1-beta6"):
        assert by[name]["n_latents"] == 3 and by[name]["factor_accuracy"] is not None or by[name]["n_with_factor"] == 0
        assert (tmp_path / "s" / name / "model" / "config.json").exists()
        assert json.loads((tmp_path / "s" / name / "benchmark.json").read_text())["n_latents"] == 3
    assert by["seed0-beta6"]["seed"] == 0 and by["seed1-beta6"]["seed"] == 1
    assert by[tiny_vae_dir.name]["n_latents"] == 4 and not by[tiny_vae_dir.name].get("error")
    assert "no such folder" in by["nope"]["error"] and by["nope"]["meets_bar"] is False
    saved = json.loads((tmp_path / "s" / "sweep.json").read_text())
    assert saved["points"] == result["points"] and saved["n_meet_bar"] == sum(r["meets_bar"] for r in saved["points"])
    table = sweep_markdown(saved)
    assert table.splitlines()[0].startswith("| point | seed | beta | factor_accuracy") and "failed: " in table


def test_sweep_input_errors_are_one_line(capsys, tmp_path):
    for args, words in ((("--out", tmp_path / "a"), "a sweep needs models"),
                        (("--seeds", "0,x", "--out", tmp_path / "b"), "--seeds must be comma-separated numbers"),
                        (("--dataset", "folder:" + str(tmp_path), "--model", "m", "--out", tmp_path / "c"), ""),
                        (("--model", "m", "--executor", "spark", "--out", tmp_path / "d"), "unknown executor")):
        code = main(["sweep", *map(str, args)])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1 and words in err, err
