import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))  # for fakes.models
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def tiny_vae_dir(tmp_path_factory) -> Path:
    """A tiny beta-TCVAE trained for one short epoch on shapes (seconds, not minutes)."""
    from latentexplainer.data import load_dataset
    from latentexplainer.models.train import TrainSettings, train_vae
    from latentexplainer.models.vae import VAEConfig

    out = tmp_path_factory.mktemp("tiny-vae")
    data = load_dataset("shapes", 256, seed=1)
    train_vae(data, VAEConfig(latent_dim=4, width=8, hidden=32), TrainSettings(epochs=1, batch_size=64), out)
    return out


@pytest.fixture()
def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env
