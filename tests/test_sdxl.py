"""Stable Diffusion XL (sdxl:PATH): prompt-conditioned h-space directions of a tiny SDXL pipeline
built from configs and written by StableDiffusionXLPipeline.save_pretrained (U-Net with the
added text_time conditioning, VAE, two CLIP text encoders, in-process tokenizers, Euler scheduler).
diffusers' own pipeline is the reference for the condition (embeddings, pooled text, time ids)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")
transformers = pytest.importorskip("transformers")

from fakes import oracles  # noqa: E402
from latentexplainer import load_model  # noqa: E402
from latentexplainer.cli import main  # noqa: E402
from latentexplainer.errors import ConfigError, ModelError  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402
from latentexplainer.models import sdxl as xlm  # noqa: E402
from latentexplainer.models import stable_diffusion as sdm  # noqa: E402
from test_stable_diffusion import write_tokenizer  # noqa: E402

TEXT_1, TEXT_2, POOLED, TIME_DIM = 16, 8, 8, 4  # hidden sizes of both encoders, encoder 2's projection
FAST = "decode_steps=3&steps_per_unit=1.0"  # short walks: seconds, not minutes


pytestmark = pytest.mark.usefixtures("one_thread")  # tiny convolutions: one torch thread (conftest.py)


def _clip_config(vocab_size: int, hidden: int, **kw):
    return transformers.CLIPTextConfig(
        vocab_size=vocab_size, hidden_size=hidden, intermediate_size=2 * hidden, num_attention_heads=2,
        num_hidden_layers=2, max_position_embeddings=16, bos_token_id=0, eos_token_id=1, pad_token_id=1, **kw)


def build_pipeline(tmp):
    """The tiny SDXL pipeline (not yet saved): SDXL's block layout at toy sizes."""
    torch.manual_seed(0)
    unet = diffusers.UNet2DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, block_out_channels=(8, 16), layers_per_block=1,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"), up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=TEXT_1 + TEXT_2, attention_head_dim=(2, 4), use_linear_projection=True,
        addition_embed_type="text_time", addition_time_embed_dim=TIME_DIM,
        projection_class_embeddings_input_dim=6 * TIME_DIM + POOLED, norm_num_groups=4)
    vae = diffusers.AutoencoderKL(
        in_channels=3, out_channels=3, block_out_channels=(8, 16), down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2, latent_channels=4, norm_num_groups=4, sample_size=16,
        scaling_factor=0.13025)
    vocab_size = write_tokenizer(tmp / "tok")
    tokenizer = transformers.CLIPTokenizer.from_pretrained(str(tmp / "tok"))
    text = transformers.CLIPTextModel(_clip_config(vocab_size, TEXT_1))
    text2 = transformers.CLIPTextModelWithProjection(_clip_config(vocab_size, TEXT_2, projection_dim=POOLED))
    scheduler = diffusers.EulerDiscreteScheduler(  # SDXL's schedule
        num_train_timesteps=1000, beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012,
        steps_offset=1, timestep_spacing="leading")
    return diffusers.StableDiffusionXLPipeline(vae=vae, text_encoder=text, text_encoder_2=text2, tokenizer=tokenizer,
                                               tokenizer_2=tokenizer, unet=unet, scheduler=scheduler)


@pytest.fixture(scope="module")
def pipe_and_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tiny-sdxl")
    pipe = build_pipeline(tmp)
    out = tmp / "pipeline"
    pipe.save_pretrained(out)
    return pipe, out


@pytest.fixture(scope="module")
def xl_dir(pipe_and_dir):
    return pipe_and_dir[1]


@pytest.fixture(scope="module")
def xl(xl_dir):
    return xlm.load_sdxl(xl_dir)


def test_loads_the_local_pipeline_folder(xl, xl_dir):
    assert json.loads((xl_dir / "model_index.json").read_text())["_class_name"] == "StableDiffusionXLPipeline"
    assert xl.sample_shape == (4, 8, 8) and xl.image_shape == (3, 16, 16) and xl.scheduler == "EulerDiscreteScheduler"
    assert xl.timestep(0.7) == 699 and not xl.clip_x0 and xl.zeros_for_empty_prompt
    smile = xl.embed("smile")
    assert smile.hidden.shape == (1, 16, TEXT_1 + TEXT_2) and smile.added["text_embeds"].shape == (1, POOLED)
    assert smile.added["time_ids"].tolist() == [[16, 16, 0, 0, 16, 16]]
    assert not torch.allclose(smile.hidden, xl.embed("old").hidden)
    img = torch.rand(2, 3, 16, 16, generator=torch.Generator().manual_seed(0))
    z = xl.from_images(img)
    assert z.shape == (2, 4, 8, 8)
    back = xl.to_images(z)
    assert back.shape == img.shape and back.min() >= 0 and back.max() <= 1


def test_the_condition_is_the_pipelines(xl, pipe_and_dir):
    """Embeddings, pooled text, the zero unconditional and the time ids as StableDiffusionXLPipeline makes them,
    and the noise prediction the pipeline's U-Net call gives."""
    pipe = pipe_and_dir[0]
    with torch.no_grad():
        embeds, neg, pooled, neg_pooled = pipe.encode_prompt("a smile", do_classifier_free_guidance=True)
    ours, uncond = xl.embed("a smile"), xl.unconditional()
    assert torch.allclose(ours.hidden, embeds, atol=1e-6) and torch.allclose(ours.added["text_embeds"], pooled, atol=1e-6)
    assert torch.equal(uncond.hidden, neg) and torch.equal(uncond.added["text_embeds"], neg_pooled)
    time_ids = pipe._get_add_time_ids((16, 16), (0, 0), (16, 16), torch.float32, text_encoder_projection_dim=POOLED)
    assert torch.equal(ours.added["time_ids"], time_ids)
    x = torch.randn(3, 4, 8, 8, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        want = pipe.unet(x, 500, encoder_hidden_states=embeds.expand(3, -1, -1),
                         added_cond_kwargs={"text_embeds": pooled.expand(3, -1),
                                            "time_ids": time_ids.expand(3, -1)}).sample
        assert torch.allclose(xl.eps(x, 500, ours), want, atol=1e-5)


def test_conditional_hspace_matches_the_hooked_forward(xl):
    x = torch.randn(2, 4, 8, 8, generator=torch.Generator().manual_seed(0))
    cond = xl.embed("smile")
    with dm.HSpace(xl.unet) as hs:
        xl.unet(x, 500, **cond.unet_kwargs(2))
    assert torch.allclose(dm.HSpace.of(xl.unet, x, 500, cond), hs.h, atol=1e-6)
    # the added conditioning moves h: it is not dropped on the way to the mid-block
    other = dm.Condition(cond.hidden, {**cond.added, "time_ids": torch.tensor([[32.0, 32, 0, 0, 32, 32]])})
    assert not torch.allclose(dm.HSpace.of(xl.unet, x, 500, other), hs.h, atol=1e-4)
    with pytest.raises(ConfigError, match="needs the added conditioning"):
        dm.HSpace.of(xl.unet, x, 500, cond.hidden)
    with pytest.raises(ConfigError, match="needs a condition"):
        dm.HSpace.of(xl.unet, x, 500)


def test_power_iteration_matches_dense_jacobian_svd_under_the_prompt(xl):
    t = xl.timestep(0.7)
    x = dm.start_point(xl, 0, t, cond=xl.unconditional())
    edit = xl.embed("smile")
    V, S, used = dm.pullback_directions(xl.unet, x, t, rank=4, iters=30, tol=1e-4, seed=0, cond=edit)
    assert V.shape == (4, 4 * 8 * 8) and 1 <= used <= 30
    assert torch.allclose(V @ V.T, torch.eye(4), atol=1e-5)
    Vd, Sd = oracles.dense_jacobian_svd(xl.unet, x, t, rank=4, chunk=128, cond=edit)
    assert oracles.subspace_agreement(V, Vd) >= 0.99
    assert torch.allclose(S, Sd, rtol=1e-2)
    # another edit prompt, another Jacobian: other directions at the same start point
    Vo, So = oracles.dense_jacobian_svd(xl.unet, x, t, rank=4, chunk=128, cond=xl.embed("old"))
    assert oracles.subspace_agreement(Vo, Vd) < 0.9999 and not torch.allclose(So, Sd, rtol=1e-3)


def test_walks_are_deterministic_and_the_prompt_changes_the_directions(xl):
    def settings(prompt):
        return sdm.SDSettings(prompt=prompt, rank=2, decode_steps=3, steps_per_unit=1.0, iters=10)

    smile, other = xlm.from_sdxl(xl, settings("smile")), xlm.from_sdxl(xl, settings("old"))
    codes = np.zeros((3, 2), np.float32)
    codes[:, 0] = [-3, 0, 3]
    imgs = smile.decode(codes)
    assert imgs.shape == (3, 3, 16, 16) and imgs.min() >= 0 and imgs.max() <= 1
    same = xlm.from_sdxl(xl, settings("smile")).decode(codes)
    np.testing.assert_allclose(imgs, same, rtol=0, atol=1e-6)  # same seed, same frames, to float rounding
    assert (np.abs(np.diff(imgs, axis=0)).mean(axis=(1, 2, 3)) > 1e-5).all()
    assert smile.info["singular_values"] != other.info["singular_values"]
    assert smile.info["kind"] == "stable-diffusion-xl" and smile.info["condition"] == "smile"
    assert smile.info["time_ids"] == [16, 16, 0, 0, 16, 16] and "zero text embedding" in smile.info["condition_role"]
    # the start point and the decoding use the unconditional embedding: a = 0 is the same image for every prompt
    others = other.decode(codes)
    np.testing.assert_allclose(imgs[1], others[1], rtol=0, atol=1e-6)
    assert (np.abs(imgs - others).max(axis=(1, 2, 3))[[0, 2]] > 1e-5).all()


def test_inverted_image_start_point(xl):
    img = np.random.default_rng(0).random((3, 16, 16)).astype(np.float32)
    s = sdm.SDSettings(prompt="smile", rank=2, decode_steps=3, steps_per_unit=1.0, iters=5)
    model = xlm.from_sdxl(xl, s, image=img)
    assert model.info["start"] == "DDIM inversion of an image" and model.info["start_seed"] is None
    codes = np.array([[0, 0], [2, 0]], np.float32)
    np.testing.assert_allclose(model.decode(codes), xlm.from_sdxl(xl, s, image=img).decode(codes), rtol=0,
                               atol=1e-4)  # to float rounding, which DDIM inversion magnifies (4e-6 seen; a grey level is 4e-3)


def test_explain_runs_end_to_end_through_the_cli(xl_dir, tmp_path, capsys):
    spec = f"sdxl:{xl_dir}?prompt=a%20smile&rank=2&iters=10&{FAST}"
    code = main(["explain", "--model", spec, "--backend", "probe", "--samples", "2", "--quiet",
                 "--out", str(tmp_path / "run")])
    assert code == 0, capsys.readouterr().err
    records = sorted((tmp_path / "run" / "records").iterdir())
    assert len(records) == 2
    lines = [json.loads(line) for line in (tmp_path / "run" / "explanations.jsonl").read_text().splitlines()]
    assert [r["latent"] for r in lines] == [0, 1]
    assert all(r["status"] in ("ok", "unclear", "abstained") for r in lines)
    info = json.loads((tmp_path / "run" / "config.json").read_text())["model_info"]
    assert info["kind"] == "stable-diffusion-xl" and info["condition"] == "a smile" and info["rank"] == 2
    assert info["condition_latents"] == [0, 1] and info["timestep"] == 699
    assert info["spec"].startswith(f"sdxl:{xl_dir.resolve()}?") and "prompt=a smile" in info["spec"]
    assert dm.parse_spec(info["spec"], "sdxl:", sdm.SDSettings) == (str(xl_dir.resolve()),
                                                                      dm.parse_spec(spec, "sdxl:", sdm.SDSettings)[1])


def _copy(src, tmp_path, name="broken"):
    out = tmp_path / name
    shutil.copytree(src, out)
    return out


def _edit_json(path, **changes):
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def _drop(path, *keys):
    data = json.loads(path.read_text())
    for key in keys:
        data.pop(key, None)
    path.write_text(json.dumps(data))


BREAKS = {
    "no such folder": (lambda d: shutil.rmtree(d), "no such folder"),
    "missing text_encoder_2": (lambda d: shutil.rmtree(d / "text_encoder_2"), "missing text_encoder_2/"),
    "missing tokenizer_2": (lambda d: shutil.rmtree(d / "tokenizer_2"), "missing tokenizer_2/"),
    "no tokenizer_2 files": (lambda d: (d / "tokenizer_2" / "tokenizer.json").unlink(),
                             "tokenizer_2/ has no tokenizer.json"),
    "unet without text_time": (lambda d: _edit_json(d / "unet" / "config.json", addition_embed_type=None),
                               "the U-Net has no SDXL added conditioning"),
    "text size mismatch": (lambda d: _edit_json(d / "unet" / "config.json", cross_attention_dim=16),
                           "reads text embeddings of size 16 but the two text encoders make 16 + 8"),
    "refiner-sized added embedding": (
        lambda d: _edit_json(d / "unet" / "config.json", projection_class_embeddings_input_dim=5 * TIME_DIM + POOLED),
        "the U-Net's added embedding takes 28"),
    "text_encoder_2 without projection": (
        lambda d: _edit_json(d / "text_encoder_2" / "config.json", architectures=["CLIPTextModel"]),
        "text_encoder_2/config.json is a ['CLIPTextModel'], not a CLIPTextModelWithProjection"),
    "index names the wrong text_encoder_2": (
        lambda d: _edit_json(d / "model_index.json", text_encoder_2=["transformers", "CLIPTextModel"]),
        "model_index.json names text_encoder_2 as CLIPTextModel"),
    "refiner": (lambda d: _edit_json(d / "model_index.json", text_encoder=[None, None], requires_aesthetics_score=True),
                "Stable Diffusion XL refiner"),
    "an SD 1.x folder": (lambda d: (shutil.rmtree(d / "text_encoder_2"), shutil.rmtree(d / "tokenizer_2"),
                                    _drop(d / "model_index.json", "text_encoder_2", "tokenizer_2"),
                                    _edit_json(d / "model_index.json", _class_name="StableDiffusionPipeline"),
                                    _edit_json(d / "unet" / "config.json", addition_embed_type=None)),
                         "this is a Stable Diffusion 1.x/2.x pipeline"),
    "corrupt text_encoder_2 weights": (lambda d: (d / "text_encoder_2" / "model.safetensors").write_bytes(b"\x00bad"),
                                       "cannot load the text encoder 2"),
}


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_bad_folders_give_one_clear_model_error(xl_dir, tmp_path, case):
    folder = _copy(xl_dir, tmp_path)
    breaker, message = BREAKS[case]
    breaker(folder)
    with pytest.raises(ModelError, match="Stable Diffusion XL model") as err:
        xlm.load_sdxl(folder)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_an_sd_folder_given_to_sdxl_and_an_sdxl_folder_given_to_sd(xl_dir, tmp_path, capsys):
    code = main(["explain", "--model", f"sd:{xl_dir}", "--out", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "this is a Stable Diffusion XL pipeline" in err and "sdxl:PATH" in err
    sd_like = _copy(xl_dir, tmp_path, "sd")
    BREAKS["an SD 1.x folder"][0](sd_like)
    code = main(["explain", "--model", f"sdxl:{sd_like}", "--out", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: Stable Diffusion XL model") and "load it with sd:PATH" in err
    code = main(["explain", "--model", f"sdxl:{xl_dir}?guidance=2", "--out", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and "unknown option 'guidance=2'" in err and "prompt" in err
    assert not (tmp_path / "run" / "explanations.jsonl").exists()


def test_no_prompt_uses_the_unconditional_embedding(xl_dir):
    model = load_model(f"sdxl:{xl_dir}?rank=2&iters=3&decode_steps=2")
    assert model.info["condition"] == "" and model.info["condition_latents"] == []  # nothing to condition on
    assert model.latent_dim == 2 and model.info["kind"] == "stable-diffusion-xl"
