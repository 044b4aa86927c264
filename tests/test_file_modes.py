"""Every file the project writes gets one mode: 0666 narrowed by the umask (0644 under 022,
0600 under 077, 0664 under 002) - report.html and model.safetensors like config.json."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, os, stat, sys
from pathlib import Path

mask, out = int(sys.argv[1], 8), Path(sys.argv[2])
os.umask(mask)
import torch
torch.set_num_threads(1)
from latentexplainer import ExplainSettings, explain
from latentexplainer.data import load_dataset
from latentexplainer.models.train import TrainSettings, train_vae
from latentexplainer.models.vae import VAEConfig
from latentexplainer import load_model

train_vae(load_dataset("shapes", 64, seed=1), VAEConfig(latent_dim=2, width=8, hidden=16),
          TrainSettings(epochs=1, batch_size=32), out / "vae")
explain(load_model("fakes.models:shapes_model"), out / "run", ExplainSettings(samples=2, latents=(0,)), show_progress=False)
modes = {str(p.relative_to(out)): oct(stat.S_IMODE(p.stat().st_mode))
         for p in out.rglob("*") if p.is_file()}
print(json.dumps(modes))
"""

WANTED = ["vae/model.safetensors", "vae/config.json", "vae/loss_curve.svg", "vae/train_state.pt",
          "run/report.html", "run/config.json", "run/explanations.jsonl", "run/summary.json"]


@pytest.mark.parametrize("mask,mode", [("022", "0o644"), ("077", "0o600"), ("002", "0o664")])
def test_written_files_take_their_mode_from_the_umask(tmp_path, cli_env, mask, mode):
    r = subprocess.run([sys.executable, "-c", SCRIPT, mask, str(tmp_path)], env=cli_env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    modes = json.loads(r.stdout.strip().splitlines()[-1])
    assert all(name in modes for name in WANTED), sorted(modes)
    assert {name: m for name, m in modes.items() if m != mode} == {}
