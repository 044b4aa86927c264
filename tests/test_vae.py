import json
import math

import numpy as np
import pytest
import torch

from latentexplainer.data import load_dataset
from latentexplainer.errors import ModelError
from latentexplainer.models import load_model
from latentexplainer.models.train import TrainSettings, train_vae
from latentexplainer.models.vae import ConvVAE, VAEConfig, load_vae, total_correlation, vae_loss


def test_tc_of_independent_posteriors_is_the_mws_constant():
    # identical posteriors for every example: q(z) factorises, so TC is only the estimator's
    # constant offset (D - 1) * log(N) - the minibatch-weighted estimate of Chen et al.
    b, d, n = 32, 5, 1000
    mu, logvar = torch.zeros(b, d), torch.zeros(b, d)
    z = torch.randn(b, d)
    assert float(total_correlation(z, mu, logvar, n)) == pytest.approx((d - 1) * math.log(n), abs=1e-4)


def test_tc_grows_when_latents_are_correlated():
    b, d, n = 256, 2, 1000
    g = torch.Generator().manual_seed(0)
    base = torch.randn(b, 1, generator=g)
    corr = torch.cat([base, base], 1)
    indep = torch.randn(b, d, generator=g)
    lv = torch.full((b, d), -4.0)
    assert float(total_correlation(corr, corr, lv, n)) > float(total_correlation(indep, indep, lv, n)) + 0.5


def test_losses_of_both_kinds():
    x = torch.rand(4, 1, 64, 64)
    for kind in ("beta-vae", "beta-tcvae"):
        parts = vae_loss(ConvVAE(VAEConfig(model=kind, latent_dim=3, width=8, hidden=16)), x, 100)
        assert torch.isfinite(parts["loss"]) and parts["rec"] > 0


def test_training_lowers_the_loss_and_saves(tmp_path):
    data = load_dataset("shapes", 256, seed=0)
    logs = []
    train_vae(data, VAEConfig(latent_dim=3, width=8, hidden=32), TrainSettings(epochs=3, batch_size=32, warmup=0),
              tmp_path, progress=lambda e, n, m: logs.append(m["rec"]))
    assert logs[-1] < logs[0]
    cfg = json.loads((tmp_path / "config.json").read_text())
    assert cfg["format"] == "latentexplainer-vae" and cfg["epochs_done"] == 3
    m = load_model(tmp_path)
    imgs = m.decode(np.zeros((2, 3), np.float32))
    assert imgs.shape == (2, 1, 64, 64) and 0 <= imgs.min() and imgs.max() <= 1
    mu, lv = m.encode(data.as_float(slice(0, 5)))
    assert mu.shape == (5, 3)


def test_training_resumes_where_it_stopped(tmp_path):
    data = load_dataset("shapes", 128, seed=0)
    cfg = dict(latent_dim=2, width=8, hidden=16)
    train_vae(data, VAEConfig(**cfg), TrainSettings(epochs=2, batch_size=32), tmp_path / "a")
    train_vae(data, VAEConfig(**cfg), TrainSettings(epochs=1, batch_size=32), tmp_path / "b")
    train_vae(data, VAEConfig(**cfg), TrainSettings(epochs=2, batch_size=32), tmp_path / "b")
    a, b = load_vae(tmp_path / "a"), load_vae(tmp_path / "b")
    for (k, va), vb in zip(a.state_dict().items(), b.state_dict().values()):
        assert torch.allclose(va, vb, atol=1e-5), k
    assert len((tmp_path / "b" / "train_log.jsonl").read_text().splitlines()) == 2


def test_corrupt_weights_are_a_clear_error(tiny_vae_dir, tmp_path):
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(tiny_vae_dir, bad)
    raw = (bad / "model.safetensors").read_bytes()
    (bad / "model.safetensors").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(ModelError, match="corrupt or truncated"):
        load_model(bad)


def test_missing_weights_and_bad_config(tiny_vae_dir, tmp_path):
    with pytest.raises(ModelError, match="not a model folder"):
        load_model(tmp_path)
    (tmp_path / "config.json").write_text("{not json")
    (tmp_path / "model.safetensors").write_bytes(b"")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(tmp_path)


def test_weights_that_do_not_match_the_config(tiny_vae_dir, tmp_path):
    import shutil

    other = tmp_path / "other"
    shutil.copytree(tiny_vae_dir, other)
    cfg = json.loads((other / "config.json").read_text())
    cfg["latent_dim"] = 7
    (other / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelError, match="does not match"):
        load_model(other)


def test_the_encoder_sees_the_training_images_standardised(tmp_path):
    data = load_dataset("shapes", 128, seed=0)
    model = train_vae(data, VAEConfig(latent_dim=2, width=8, hidden=16), TrainSettings(epochs=1, batch_size=32),
                      tmp_path)
    x = torch.from_numpy(data.as_float())
    assert torch.allclose(model.input_mean, x.mean(0, keepdim=True), atol=1e-5)
    assert float(model.input_scale) == pytest.approx(float((x - x.mean(0, keepdim=True)).std()), rel=1e-4)
    loaded = load_vae(tmp_path)  # saved with the weights, and used by encode
    assert torch.equal(loaded.input_mean, model.input_mean) and torch.equal(loaded.input_scale, model.input_scale)
    raw = ConvVAE(model.cfg)
    raw.load_state_dict(loaded.state_dict())
    raw.input_mean.zero_()
    raw.input_scale.fill_(1.0)
    with torch.no_grad():
        assert not torch.allclose(raw.encode(x[:4])[0], loaded.encode(x[:4])[0])


def test_a_model_saved_before_the_standardised_input_loads_unchanged(tiny_vae_dir, tmp_path):
    import shutil

    from safetensors.torch import load_file, save_file

    old = tmp_path / "old"
    shutil.copytree(tiny_vae_dir, old)
    state = load_file(str(old / "model.safetensors"))
    for key in ConvVAE.OPTIONAL_BUFFERS:
        state.pop(key, None)
    save_file(state, str(old / "model.safetensors"))
    model = load_vae(old)
    assert float(model.input_mean.abs().max()) == 0.0 and float(model.input_scale) == 1.0
    x = torch.rand(3, model.cfg.channels, 64, 64)
    with torch.no_grad():
        assert torch.allclose(model.encode(x)[0], model.enc(x).chunk(2, dim=1)[0])
