"""Stable Diffusion (sd:PATH): prompt-conditioned h-space directions of a tiny pipeline built
from configs in a tmp folder (conditional U-Net, VAE, CLIP text encoder, in-process tokenizer)."""

from __future__ import annotations

import json
import shutil
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")
transformers = pytest.importorskip("transformers")

from fakes import oracles  # noqa: E402
from latentexplainer import ExplainSettings, explain, load_model  # noqa: E402
from latentexplainer.cli import main  # noqa: E402
from latentexplainer.errors import ConfigError, MissingDependencyError, ModelError  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402
from latentexplainer.models import stable_diffusion as sdm  # noqa: E402

TEXT_DIM = 16
FAST = "decode_steps=3&steps_per_unit=1.0"  # short walks: seconds, not minutes


pytestmark = pytest.mark.usefixtures("one_thread")  # tiny convolutions: one torch thread (conftest.py)


def write_tokenizer(folder) -> int:
    """A CLIP BPE tokenizer as Stable Diffusion ships it (vocab.json, merges.txt): letters only."""
    folder.mkdir(parents=True)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    vocab.update({c: len(vocab) + i for i, c in enumerate(letters)})
    vocab.update({c + "</w>": len(vocab) + i for i, c in enumerate(letters)})
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    (folder / "tokenizer_config.json").write_text(json.dumps({"model_max_length": 16}))
    return len(vocab)


def build_tiny_sd(out) -> None:
    """unet/ (cross-attention in the first down block and the mid-block), vae/ (x2 down),
    text_encoder/, tokenizer/, scheduler/ and model_index.json, as save_pretrained writes them."""
    torch.manual_seed(0)
    diffusers.UNet2DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, block_out_channels=(8, 16), layers_per_block=1,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"), up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=TEXT_DIM, attention_head_dim=4, norm_num_groups=4).save_pretrained(out / "unet")
    diffusers.AutoencoderKL(
        in_channels=3, out_channels=3, block_out_channels=(8, 16), down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2, latent_channels=4, norm_num_groups=4,
        sample_size=16).save_pretrained(out / "vae")
    vocab_size = write_tokenizer(out / "tokenizer")
    transformers.CLIPTextModel(transformers.CLIPTextConfig(
        vocab_size=vocab_size, hidden_size=TEXT_DIM, intermediate_size=32, num_attention_heads=2, num_hidden_layers=2,
        max_position_embeddings=16, bos_token_id=0, eos_token_id=1, pad_token_id=1,
    )).save_pretrained(out / "text_encoder")
    diffusers.DDIMScheduler(  # Stable Diffusion's schedule
        num_train_timesteps=1000, beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012,
        clip_sample=False, set_alpha_to_one=False, steps_offset=1).save_pretrained(out / "scheduler")
    (out / "model_index.json").write_text(json.dumps({
        "_class_name": "StableDiffusionPipeline", "unet": ["diffusers", "UNet2DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"], "text_encoder": ["transformers", "CLIPTextModel"],
        "tokenizer": ["transformers", "CLIPTokenizer"], "scheduler": ["diffusers", "DDIMScheduler"],
        "safety_checker": [None, None], "feature_extractor": [None, None]}))


@pytest.fixture(scope="module")
def sd_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny-sd")
    build_tiny_sd(out)
    return out


@pytest.fixture(scope="module")
def sd(sd_dir):
    return sdm.load_stable_diffusion(sd_dir)


def test_loads_the_local_pipeline_folder(sd):
    assert sd.sample_shape == (4, 8, 8) and sd.image_shape == (3, 16, 16) and sd.scheduler == "DDIMScheduler"
    assert sd.timestep(0.7) == 699 and not sd.clip_x0
    empty, smile = sd.embed(""), sd.embed("smile")
    assert empty.shape == smile.shape == (1, 16, TEXT_DIM) and not torch.allclose(empty, smile)
    img = torch.rand(2, 3, 16, 16, generator=torch.Generator().manual_seed(0))
    z = sd.from_images(img)
    assert z.shape == (2, 4, 8, 8)
    back = sd.to_images(z)
    assert back.shape == img.shape and back.min() >= 0 and back.max() <= 1


def test_conditional_hspace_matches_the_hooked_forward(sd):
    x = torch.randn(2, 4, 8, 8, generator=torch.Generator().manual_seed(0))
    cond = sd.embed("smile")
    with dm.HSpace(sd.unet) as hs:
        sd.unet(x, 500, encoder_hidden_states=cond.expand(2, -1, -1))
    assert torch.allclose(dm.HSpace.of(sd.unet, x, 500, cond), hs.h, atol=1e-6)
    with pytest.raises(ConfigError, match="needs a condition"):
        dm.HSpace.of(sd.unet, x, 500)


def test_power_iteration_matches_dense_jacobian_svd_under_the_prompt(sd):
    t = sd.timestep(0.7)
    x = dm.start_point(sd, 0, t, cond=sd.embed(""))
    edit = sd.embed("smile")
    V, S, used = dm.pullback_directions(sd.unet, x, t, rank=5, iters=30, tol=1e-4, seed=0, cond=edit)
    assert V.shape == (5, 4 * 8 * 8) and 1 <= used <= 30
    assert torch.allclose(V @ V.T, torch.eye(5), atol=1e-5)
    Vd, Sd = oracles.dense_jacobian_svd(sd.unet, x, t, rank=5, cond=edit)
    assert oracles.subspace_agreement(V, Vd) >= 0.99
    assert torch.allclose(S, Sd, rtol=1e-2)
    # another edit prompt, another Jacobian: other directions at the same start point
    Vo, So = oracles.dense_jacobian_svd(sd.unet, x, t, rank=5, cond=sd.embed("old"))
    assert oracles.subspace_agreement(Vo, Vd) < 0.9999 and not torch.allclose(So, Sd, rtol=1e-3)


def test_walks_are_deterministic_and_the_prompt_changes_the_directions(sd):
    s = sdm.SDSettings(prompt="smile", rank=3, decode_steps=3, steps_per_unit=1.0)
    smile = sdm.from_stable_diffusion(sd, s)
    other = sdm.from_stable_diffusion(sd, sdm.SDSettings(prompt="old", rank=3, decode_steps=3, steps_per_unit=1.0))
    codes = np.zeros((5, 3), np.float32)
    codes[:, 0] = [-3, -1.5, 0, 1.5, 3]
    imgs = smile.decode(codes)
    assert imgs.shape == (5, 3, 16, 16) and imgs.min() >= 0 and imgs.max() <= 1
    # same seed, same frames (to float rounding: run alone, the first call's kernels round the
    # last bit differently from the second's)
    np.testing.assert_allclose(imgs, sdm.from_stable_diffusion(sd, s).decode(codes), rtol=0, atol=1e-6)
    assert (np.abs(np.diff(imgs, axis=0)).mean(axis=(1, 2, 3)) > 1e-4).all()  # steps of 5e-4 in this tiny model
    assert smile.info["singular_values"] != other.info["singular_values"]
    assert smile.info["condition"] == "smile" and other.info["condition"] == "old"
    # the start point and the decoding use the empty prompt: a = 0 is the same image for every prompt,
    # the walks away from it differ
    others = other.decode(codes)
    np.testing.assert_allclose(imgs[2], others[2], rtol=0, atol=1e-6)
    assert (np.abs(imgs - others).max(axis=(1, 2, 3))[[0, 1, 3, 4]] > 1e-4).all()


def test_inverted_image_start_point(sd):
    img = np.random.default_rng(0).random((3, 16, 16)).astype(np.float32)
    s = sdm.SDSettings(prompt="smile", rank=2, decode_steps=3, steps_per_unit=1.0)
    model = sdm.from_stable_diffusion(sd, s, image=img)
    assert model.info["start"] == "DDIM inversion of an image" and model.info["start_seed"] is None
    codes = np.array([[0, 0], [2, 0]], np.float32)
    np.testing.assert_allclose(model.decode(codes), sdm.from_stable_diffusion(sd, s, image=img).decode(codes),
                               rtol=0, atol=1e-4)  # to float rounding, which DDIM inversion magnifies (4e-6 seen; a grey level is 4e-3)
    with pytest.raises(ConfigError, match="start image must have shape"):
        sdm.from_stable_diffusion(sd, s, image=img[:, :8])


def test_explain_runs_end_to_end_with_the_probe(sd_dir, tmp_path):
    spec = f"sd:{sd_dir}?prompt=a%20smile&rank=2&{FAST}"
    model = load_model(spec)
    info = model.info
    assert model.latent_dim == 2 and info["kind"] == "stable-diffusion" and info["condition"] == "a smile"
    assert info["condition_latents"] == [0, 1] and info["timestep"] == 699 and info["rank"] == 2
    assert len(info["singular_values"]) == 2
    assert info["singular_values"] == sorted(info["singular_values"], reverse=True)
    parsed = dm.parse_spec(info["spec"], "sd:", sdm.SDSettings)
    assert parsed == (str(sd_dir.resolve()), dm.parse_spec(spec, "sd:", sdm.SDSettings)[1])
    run = explain(model, tmp_path / "run", ExplainSettings(samples=2), show_progress=False)
    assert [r.latent for r in run.records] == [0, 1]
    assert all(r.status in ("ok", "unclear", "abstained") for r in run.records)
    assert all((run.out / p).exists() for r in run.records for p in r.images)
    cfg = json.loads((run.out / "config.json").read_text())
    assert cfg["model_info"]["condition"] == "a smile"
    # the edit prompt is the conditional bias's condition: each direction walked with strength 0..4
    cond = explain(model, tmp_path / "cond", ExplainSettings(bias="conditional", samples=2, latents=[0]),
                   show_progress=False)
    (rec,) = cond.records
    assert rec.bias == "conditional" and "condition 'a smile'" in rec.prompt
    assert json.loads((cond.out / "config.json").read_text())["values"] == [0, 1, 2, 3, 4]


def test_no_prompt_uses_the_empty_prompt(sd_dir):
    model = load_model(f"sd:{sd_dir}?rank=2&iters=5&decode_steps=2")
    assert model.info["condition"] == "" and model.info["condition_latents"] == []  # nothing to condition on


def _copy(sd_dir, tmp_path, name="broken"):
    out = tmp_path / name
    shutil.copytree(sd_dir, out)
    return out


def _edit_json(path, **changes):
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


BREAKS = {
    "no such folder": (lambda d: shutil.rmtree(d), "no such folder"),
    "missing vae": (lambda d: shutil.rmtree(d / "vae"), "missing vae/"),
    "index names a DDPM U-Net": (lambda d: _edit_json(d / "model_index.json", unet=["diffusers", "UNet2DModel"]),
                                 "model_index.json names unet as UNet2DModel"),
    "unet config is a UNet2DModel": (lambda d: _edit_json(d / "unet" / "config.json", _class_name="UNet2DModel"),
                                     "use diffusers:PATH"),
    "text size mismatch": (lambda d: _edit_json(d / "unet" / "config.json", cross_attention_dim=32),
                           "reads text embeddings of size 32"),
    "class-conditional unet": (lambda d: _edit_json(d / "unet" / "config.json", class_embed_type="timestep"),
                               "uses class_embed_type"),
    "wrong vae class": (lambda d: _edit_json(d / "vae" / "config.json", _class_name="VQModel"), "not an AutoencoderKL"),
    "no tokenizer files": (lambda d: [(d / "tokenizer" / f).unlink() for f in ("vocab.json", "merges.txt")],
                           "tokenizer/ has no tokenizer.json"),
    "corrupt unet weights": (lambda d: (d / "unet" / dm.WEIGHT_FILES[0]).write_bytes(b"\x00garbage"),
                             "cannot load the U-Net"),
}


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_bad_folders_give_one_clear_model_error(sd_dir, tmp_path, case):
    folder = _copy(sd_dir, tmp_path)
    breaker, message = BREAKS[case]
    breaker(folder)
    with pytest.raises(ModelError, match="Stable Diffusion model") as err:
        sdm.load_stable_diffusion(folder)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_bad_folder_on_the_cli_is_one_line_and_exit_2(sd_dir, tmp_path, capsys):
    folder = _copy(sd_dir, tmp_path)
    shutil.rmtree(folder / "text_encoder")
    code = main(["explain", "--model", f"sd:{folder}", "--out", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: Stable Diffusion model") and "missing text_encoder/" in err
    code = main(["explain", "--model", f"sd:{sd_dir}?guidance=2", "--out", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and "unknown option 'guidance=2'" in err and "prompt" in err
    assert not (tmp_path / "run" / "explanations.jsonl").exists()


def test_a_ddpm_folder_is_not_stable_diffusion(tmp_path):
    out = tmp_path / "ddpm"
    diffusers.UNet2DModel(sample_size=8, block_out_channels=(8, 16), norm_num_groups=4,
                          down_block_types=("DownBlock2D",) * 2, up_block_types=("UpBlock2D",) * 2,
                          ).save_pretrained(out / "unet")
    index = {"_class_name": "DDPMPipeline", "unet": ["diffusers", "UNet2DModel"]}
    (out / "model_index.json").write_text(json.dumps(index))
    with pytest.raises(ModelError, match="names unet as UNet2DModel.*diffusers:PATH"):
        load_model(f"sd:{out}")


def test_missing_transformers_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingDependencyError, match=r"latentexplainer\[diffusion\]"):
        sdm._transformers()
