"""The shipped models and the offline demo, as `make demo` runs them."""

import json
import subprocess
import sys

import pytest

from latentexplainer.errors import ConfigError
from latentexplainer.shipped import SHIPPED, shipped_model


@pytest.mark.parametrize("dataset", sorted(SHIPPED))
def test_shipped_models_load_and_carry_the_command_that_made_them(dataset):
    from latentexplainer import load_model

    folder = shipped_model(dataset)
    cfg = json.loads((folder / "config.json").read_text())
    command = (folder / "COMMAND").read_text().strip()
    assert command.startswith(f"latentexplainer train --dataset {dataset} ")
    assert cfg["dataset"] == dataset and cfg["epochs_done"] == cfg["train"]["epochs"]
    assert not (folder / "train_state.pt").exists()  # optimiser state is not shipped
    m = load_model(folder)
    assert m.can_encode and m.latent_dim == cfg["latent_dim"]


def test_no_shipped_model_for_other_data():
    with pytest.raises(ConfigError, match="pass --model"):
        shipped_model("fashion-mnist")


def test_demo_runs_offline_and_writes_the_report(tmp_path, cli_env):
    out = tmp_path / "demo"
    env = dict(cli_env, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    r = subprocess.run([sys.executable, "-m", "latentexplainer", "demo", "--out", str(out), "--quiet"],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in (out / "explanations.jsonl").read_text().splitlines()]
    cfg = json.loads((out / "config.json").read_text())
    assert len(records) == cfg["latent_dim"]
    clear = [x for x in records if x["clear"]]
    assert len(clear) >= 3  # the shipped model has at least x, y and scale
    assert any("moves to the" in x["explanation"] for x in clear)
    assert any(x["status"] == "abstained" for x in records)  # and dead latents, rejected
    html = (out / "report.html").read_text()
    assert html.count('class="card"') == len(records)
    assert len(list((out / "images").glob("*.png"))) == len(records) * cfg["samples"]
    # a second `make demo` resumes: nothing is recomputed, nothing lost
    before = (out / "explanations.jsonl").read_text()
    r = subprocess.run([sys.executable, "-m", "latentexplainer", "demo", "--out", str(out), "--quiet"],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0 and (out / "explanations.jsonl").read_text() == before


def test_diffusion_demo_runs_offline_with_the_shipped_ddpm(tmp_path, cli_env):
    pytest.importorskip("diffusers", reason="pip install 'latentexplainer[diffusion]'")
    out = tmp_path / "ddemo"
    r = subprocess.run([sys.executable, "-m", "latentexplainer", "demo", "--diffusion", "--samples", "2",
                        "--out", str(out), "--quiet"], env=dict(cli_env, HF_HUB_OFFLINE="1"),
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in (out / "explanations.jsonl").read_text().splitlines()]
    assert len(records) == 5  # the top 5 h-space directions
    # each sample starts from its own seeded noise (issue 16): the agreement is across images now,
    # and the shipped DDPM's directions (found at seed 0's start) mostly do not agree across them
    assert all(x["status"] in ("ok", "unclear", "abstained") for x in records)
    info = json.loads((out / "config.json").read_text())["model_info"]
    assert info["start_seeds"] == [0, 1]
    assert (out / "report.html").exists()
