"""Diffusion models: h-space pullback directions of a tiny random DDPM built from a config."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")

from fakes import oracles  # noqa: E402
from latentexplainer import ExplainSettings, explain, load_model  # noqa: E402
from latentexplainer.errors import ConfigError, MissingDependencyError, ModelError  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402

TINY = dict(sample_size=16, in_channels=3, out_channels=3, block_out_channels=(8, 16), layers_per_block=1,
            norm_num_groups=4, attention_head_dim=8,
            down_block_types=("DownBlock2D", "AttnDownBlock2D"), up_block_types=("AttnUpBlock2D", "UpBlock2D"))


pytestmark = pytest.mark.usefixtures("one_thread")  # tiny convolutions: one torch thread (conftest.py)


def tiny_unet(seed: int = 0, **over):
    torch.manual_seed(seed)
    return diffusers.UNet2DModel(**{**TINY, **over}).eval().requires_grad_(False)


@pytest.fixture(scope="module")
def pipe_dir(tmp_path_factory):
    """A diffusers pipeline folder: unet/ + scheduler/ (DDIM config) + model_index.json."""
    out = tmp_path_factory.mktemp("tiny-ddpm")
    tiny_unet().save_pretrained(out / "unet")
    diffusers.DDIMScheduler(num_train_timesteps=1000).save_pretrained(out / "scheduler")
    (out / "model_index.json").write_text(json.dumps({"_class_name": "DDIMPipeline",
                                                      "unet": ["diffusers", "UNet2DModel"],
                                                      "scheduler": ["diffusers", "DDIMScheduler"]}))
    return out


@pytest.fixture(scope="module")
def diff(pipe_dir):
    return dm.load_diffusion(pipe_dir)


def test_loads_pipeline_and_bare_unet_folders(pipe_dir, diff, tmp_path):
    assert diff.scheduler == "DDIMScheduler" and diff.num_timesteps == 1000
    assert diff.sample_shape == (3, 16, 16) and diff.timestep(1.0) == 999
    tiny_unet().save_pretrained(tmp_path / "bare")
    bare = dm.load_diffusion(tmp_path / "bare")
    assert bare.scheduler.startswith("DDPMScheduler") and bare.prediction_type == "epsilon"
    x = torch.randn(2, 3, 16, 16)
    assert torch.allclose(bare.eps(x, 10), diff.eps(x, 10), atol=1e-6)


def test_bad_folders_give_one_clear_model_error(pipe_dir, tmp_path):
    with pytest.raises(ModelError, match="no such folder"):
        dm.load_diffusion(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="no config.json"):
        load_model(f"diffusers:{tmp_path / 'empty'}")
    nw = tmp_path / "noweights"
    nw.mkdir()
    (nw / "config.json").write_text((pipe_dir / "unet" / "config.json").read_text())
    with pytest.raises(ModelError, match="no weights"):
        dm.load_diffusion(nw)
    bad = tmp_path / "corrupt"
    bad.mkdir()
    (bad / "config.json").write_text((pipe_dir / "unet" / "config.json").read_text())
    (bad / dm.WEIGHT_FILES[0]).write_bytes(b"\x00garbage" * 10)
    with pytest.raises(ModelError, match="cannot load the U-Net weights") as err:
        dm.load_diffusion(bad)
    assert "\n" not in str(err.value)
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "config.json").write_text(json.dumps({"_class_name": "UNet2DConditionModel"}))
    (wrong / dm.WEIGHT_FILES[0]).write_bytes(b"")
    with pytest.raises(ModelError, match="only unconditional UNet2DModel"):
        dm.load_diffusion(wrong)
    with pytest.raises(ConfigError, match="unknown option 'bogus=1'"):
        load_model(f"diffusers:{pipe_dir}?bogus=1")


def test_missing_diffusers_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "diffusers", None)
    with pytest.raises(MissingDependencyError, match=r"latentexplainer\[diffusion\]"):
        dm._diffusers()


def test_hspace_shortcut_matches_the_hooked_forward_and_jvp_safety_keeps_outputs(diff):
    unet = tiny_unet()
    x = torch.randn(2, 3, 16, 16)
    before = unet(x, 500).sample
    with dm.HSpace(unet) as hs:
        unet(x, 500)
    assert torch.allclose(dm.HSpace.of(unet, x, 500), hs.h, atol=1e-6)
    dm.make_jvp_safe(unet)
    dm.make_jvp_safe(unet)  # idempotent
    assert torch.allclose(unet(x, 500).sample, before, atol=1e-5)


def test_jvp_and_vjp_match_finite_differences():
    from diffusers.models.attention_processor import Attention

    unet = dm.make_jvp_safe(tiny_unet().double())
    for m in unet.modules():  # diffusers' attention softmax runs in float32 otherwise: keep float64 throughout
        if isinstance(m, Attention):
            m.upcast_softmax = m.upcast_attention = False
    f = lambda X: dm.HSpace.of(unet, X, 999)  # noqa: E731
    g = torch.Generator().manual_seed(1)
    x = torch.randn(1, 3, 16, 16, generator=g, dtype=torch.float64)
    v = torch.randn(1, 3, 16, 16, generator=g, dtype=torch.float64)
    _, jv = torch.func.jvp(f, (x,), (v,))
    h = 1e-5
    fd = (f(x + h * v) - f(x - h * v)) / (2 * h)
    assert torch.allclose(jv, fd, rtol=1e-5, atol=1e-7 * float(fd.abs().max()) + 1e-9)
    u = torch.randn(jv.shape, generator=g, dtype=torch.float64)
    with torch.enable_grad():
        _, pull = torch.func.vjp(f, x)
    assert float((u * jv).sum()) == pytest.approx(float((pull(u)[0] * v).sum()), rel=1e-9)


def test_power_iteration_matches_dense_jacobian_svd(diff):
    x = dm.start_point(diff, 0, 999)
    V, S, used = dm.pullback_directions(diff.unet, x, 999, rank=5, iters=30, tol=1e-4, seed=0)
    assert V.shape == (5, 3 * 16 * 16) and 1 <= used <= 30
    assert torch.allclose(V @ V.T, torch.eye(5), atol=1e-5)
    assert (S[:-1] >= S[1:] - 1e-6).all()
    Vd, Sd = oracles.dense_jacobian_svd(diff.unet, x, 999, rank=5)
    assert oracles.subspace_agreement(V, Vd) >= 0.99
    assert torch.allclose(S, Sd, rtol=1e-2)
    again, _, _ = dm.pullback_directions(diff.unet, x, 999, rank=5, iters=2, tol=1e-4, seed=0)
    assert torch.equal(again, dm.pullback_directions(diff.unet, x, 999, rank=5, iters=2, tol=1e-4, seed=0)[0])


def test_guidance_walk_and_decoding_are_deterministic(diff):
    x = dm.start_point(diff, 3, 999)
    assert torch.equal(x, dm.start_point(diff, 3, 999))
    v = torch.nn.functional.normalize(torch.randn(1, 3 * 16 * 16, generator=torch.Generator().manual_seed(0)))
    frames = oracles.guidance_walk(diff, x, 999, v)
    assert frames.shape == (5, 1, 3, 16, 16) and torch.equal(frames[0], x)
    assert torch.equal(frames, oracles.guidance_walk(diff, x, 999, v))
    steps = [float((frames[k] - frames[k - 1]).abs().mean()) for k in range(1, 5)]
    assert min(steps) > 0
    # the batched fractional walk reproduces the method's walk at whole steps
    w = dm.walk(diff, x.expand(2, -1, -1, -1).contiguous(), 999, v.expand(2, -1), torch.tensor([8.0, 16.0]))
    assert torch.allclose(w, torch.cat([frames[2], frames[4]]), atol=1e-5)
    img = dm.ddim_decode(diff, frames[-1], 999, steps=5)
    assert img.shape == (1, 3, 16, 16) and img.min() >= -1 and img.max() <= 1
    assert torch.equal(img, dm.ddim_decode(diff, frames[-1], 999, steps=5))
    back = dm.ddim_invert(diff, img, 999, steps=5)
    assert back.shape == img.shape and torch.isfinite(back).all()


def test_directions_model_sweeps_and_records_its_mapping(diff):
    s = dm.DirectionSettings(rank=3, seed=2, decode_steps=5)
    model = dm.from_diffusion(diff, s)
    assert model.latent_dim == 3 and model.info["start_seed"] == 2 and model.info["timestep"] == 999
    assert [d["direction"] for d in model.info["directions"]] == [0, 1, 2]
    assert model.info["spec"].startswith("diffusers:") and "seed=2" in model.info["spec"]
    codes = np.zeros((5, 3), np.float32)
    codes[:, 1] = [-3, -1.5, 0, 1.5, 3]
    imgs = model.decode(codes)
    assert imgs.shape == (5, 3, 16, 16) and imgs.min() >= 0 and imgs.max() <= 1
    assert np.array_equal(imgs, model.decode(codes))
    change = np.abs(np.diff(imgs, axis=0)).mean(axis=(1, 2, 3))
    assert (change > 0).all()
    assert not np.array_equal(imgs[0], imgs[4])  # the two signs differ


def test_explain_runs_end_to_end_on_directions(pipe_dir, tmp_path):
    spec = f"diffusers:{pipe_dir}?rank=3&decode_steps=3&steps_per_unit=1.0"  # short walks: seconds, not minutes
    model = load_model(spec)
    assert model.latent_dim == 3
    run = explain(model, tmp_path / "run", ExplainSettings(samples=2), show_progress=False)
    assert [r.latent for r in run.records] == [0, 1, 2]
    assert all(r.status in ("ok", "unclear", "abstained") for r in run.records)
    assert (run.out / "explanations.jsonl").exists()
    assert all((run.out / p).exists() for r in run.records for p in r.images)
    cfg = json.loads((run.out / "config.json").read_text())
    assert dm.parse_spec(cfg["model_info"]["spec"]) == (str(pipe_dir.resolve()), dm.parse_spec(spec)[1])
    again = load_model(run.out)  # a run directory stands for the model it explained
    assert again.latent_dim == 3 and again.info["spec"] == cfg["model_info"]["spec"]


def test_train_ddpm_writes_a_loadable_folder_and_the_demo_explains_it(tmp_path):
    from latentexplainer.diffusion_demo import DDPMSettings, checkpoint_mb, run_diffusion_demo, train_ddpm

    s = DDPMSettings(n_images=48, size=16, channels=(8, 16), epochs=1, batch_size=16, timesteps=100)
    folder = train_ddpm(tmp_path / "ddpm", s, log=None)
    assert (folder / "unet" / "config.json").exists() and not (tmp_path / "ddpm.partial").exists()
    assert checkpoint_mb(folder) < 1 and "train_ddpm(" in (folder / "COMMAND").read_text()
    with pytest.raises(ConfigError, match="exists"):
        train_ddpm(folder, s, log=None)
    d = dm.load_diffusion(folder)
    assert d.sample_shape == (1, 16, 16) and d.num_timesteps == 100
    run = run_diffusion_demo(tmp_path / "run", folder, samples=2, show_progress=False,
                             directions=dm.DirectionSettings(rank=2, decode_steps=3, steps_per_unit=1.0))
    assert [r.latent for r in run.records] == [0, 1]
    with pytest.raises(ConfigError, match="no DDPM"):
        run_diffusion_demo(tmp_path / "run2", tmp_path / "missing", show_progress=False)


def test_directions_from_an_inverted_image(diff):
    img = np.random.default_rng(0).random((3, 16, 16)).astype(np.float32)
    s = dm.DirectionSettings(rank=2, decode_steps=3, steps_per_unit=1.0)
    model = dm.from_diffusion(diff, s, image=img)
    assert model.info["start"] == "DDIM inversion of an image" and model.info["start_seed"] is None
    codes = np.array([[0, 0], [2, 0], [0, -2]], np.float32)
    imgs = model.decode(codes)
    assert np.array_equal(imgs, dm.from_diffusion(diff, s, image=img).decode(codes))
    assert not np.array_equal(imgs[0], imgs[1])
    with pytest.raises(ConfigError, match="start image must have shape"):
        dm.from_diffusion(diff, s, image=img[:1])


# ---------------------------------------------------------------------------------------------
# --images (DDIM inversion of the user's images) and `train --model ddpm`


def write_images(folder, sizes=((24, 16), (16, 16))) -> list:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    paths = []
    for k, (w, h) in enumerate(sizes):
        paths.append(folder / f"img{k}.png")
        Image.fromarray(rng.integers(0, 255, (h, w, 3), dtype=np.uint8)).save(paths[-1])
    (folder / "notes.txt").write_text("not an image")
    return paths


def test_start_images_are_listed_and_resized_to_the_sample_size(tmp_path):
    paths = write_images(tmp_path / "imgs")
    assert dm.image_files(tmp_path / "imgs") == paths and dm.image_files(paths[1]) == [paths[1]]
    img = dm.read_image(paths[0], (3, 16, 16))
    assert img.shape == (3, 16, 16) and img.dtype == np.float32 and 0 <= img.min() and img.max() <= 1
    assert dm.read_image(paths[0], (1, 8, 8)).shape == (1, 8, 8)


def test_images_flag_starts_the_walks_from_an_inverted_image(pipe_dir, tmp_path, capsys):
    from latentexplainer.cli import main

    paths = write_images(tmp_path / "imgs")
    spec = f"diffusers:{pipe_dir}?rank=2&decode_steps=3&steps_per_unit=1.0&image=1"
    code = main(["explain", "--model", spec, "--images", str(tmp_path / "imgs"), "--samples", "2", "--quiet",
                 "--out", str(tmp_path / "run")])
    assert code == 0, capsys.readouterr().err
    info = json.loads((tmp_path / "run" / "config.json").read_text())["model_info"]
    assert info["start"] == "DDIM inversion of an image" and info["start_image"] == str(paths[1].resolve())
    assert "images=" in info["spec"] and "image=1" in info["spec"]
    again = load_model(tmp_path / "run")  # the spec names the images: the run directory reloads the model
    assert again.info["start_image"] == info["start_image"]
    direct = dm.from_diffusion(pipe_dir, dm.DirectionSettings(rank=2, decode_steps=3, steps_per_unit=1.0),
                               image=dm.read_image(paths[1], (3, 16, 16)))
    codes = np.array([[0, 0], [1.5, 0]], np.float32)
    assert np.allclose(again.decode(codes), direct.decode(codes), atol=1e-6)


@pytest.mark.parametrize("case,message", [
    ("vae", "--images is for diffusion models"),
    ("empty", "holds no PNG or JPG images"),
    ("out of range", "image=5"),
    ("image without images", "give the images with --images"),
])
def test_images_flag_errors_are_one_line_and_exit_2(pipe_dir, tiny_vae_dir, tmp_path, capsys, case, message):
    from latentexplainer.cli import main

    (tmp_path / "empty").mkdir()
    write_images(tmp_path / "imgs")
    model, images = {"vae": (str(tiny_vae_dir), "imgs"), "empty": (f"diffusers:{pipe_dir}", "empty"),
                     "out of range": (f"diffusers:{pipe_dir}?image=5", "imgs"),
                     "image without images": (f"diffusers:{pipe_dir}?image=1", None)}[case]
    args = ["explain", "--model", model, "--out", str(tmp_path / "run")]
    code = main(args + (["--images", str(tmp_path / images)] if images else []))
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("error: "), err
    assert message in err
    assert not (tmp_path / "run" / "explanations.jsonl").exists()


def test_cli_trains_a_ddpm_into_a_loadable_folder(tmp_path, capsys):
    from latentexplainer.cli import main

    out = tmp_path / "ddpm"
    code = main(["train", "--model", "ddpm", "--dataset", "shapes", "--out", str(out), "--epochs", "1",
                 "--n-images", "16", "--batch-size", "16", "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert "--model diffusers:" in capsys.readouterr().out
    d = dm.load_diffusion(out)
    assert d.sample_shape == (1, 32, 32) and d.num_timesteps == 1000
    assert (out / "COMMAND").read_text().startswith("latentexplainer train --model ddpm --dataset shapes")
    assert json.loads((out / "settings.json").read_text())["epochs"] == 1
    assert main(["train", "--model", "ddpm", "--dataset", "shapes", "--out", str(out), "--quiet"]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["train", "--model", "ddpm", "--dataset", "shapes", "--latent-dim", "4", "--out",
                 str(tmp_path / "x")]) == 2
    assert "--latent-dim: not for --model ddpm" in capsys.readouterr().err


def test_the_shipped_ddpm_command_reproduces_its_settings(monkeypatch, tmp_path):
    """The CLI line in the shipped DDPM's COMMAND file gives exactly the settings it was trained with."""
    import shlex
    from dataclasses import asdict

    from latentexplainer import diffusion_demo
    from latentexplainer.cli import main
    from latentexplainer.models import train_ddpm

    seen = {}
    monkeypatch.setattr(train_ddpm, "train_ddpm",
                        lambda out, s, log=None, command="", **kw: seen.update(s=s, command=command) or out)
    shipped = diffusion_demo.SHIPPED_DDPM
    argv = shlex.split((shipped / "COMMAND").read_text())
    assert argv[:4] == ["latentexplainer", "train", "--model", "ddpm"]
    argv[argv.index("--out") + 1] = str(tmp_path / "again")
    assert main(argv[1:]) == 0
    assert json.loads(json.dumps(asdict(seen["s"]))) == json.loads((shipped / "settings.json").read_text())


def test_directions_from_a_file_are_walked_as_the_pullback_ones(pipe_dir, tmp_path, capsys):
    # K x C x H x W directions of x_t (found by any method) walked and explained like the model's own
    from latentexplainer.cli import main

    rng = np.random.default_rng(0)
    v = rng.standard_normal((2, 3, 16, 16))
    path = tmp_path / "dirs.npz"
    np.savez(path, directions=v * 4.0, names=np.array(["warmth", "shift"]))
    spec = f"diffusers:{pipe_dir}?decode_steps=3&steps_per_unit=1.0"
    code = main(["explain", "--model", spec, "--directions", str(path), "--samples", "2", "--quiet",
                 "--out", str(tmp_path / "run")])
    assert code == 0, capsys.readouterr().err
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    info = cfg["model_info"]
    assert cfg["latent_dim"] == 2 and info["latent_names"] == {"0": "warmth", "1": "shift"}
    assert info["directions_file"]["sha256"] and info["power_iterations"] == 0
    assert [d["norm"] for d in info["directions"]] == pytest.approx([4.0 * np.linalg.norm(x) for x in v])
    assert "directions=" in info["spec"] and cfg["model_identity"]["directions_file"] == info["directions_file"]
    names = [json.loads(x)["latent_name"] for x in (tmp_path / "run" / "explanations.jsonl").read_text().splitlines()]
    assert names == ["warmth", "shift"]
    # the walk follows the file's unit direction: the same images as a model given that direction directly
    again = load_model(tmp_path / "run")
    direct = dm.from_diffusion(pipe_dir, dm.DirectionSettings(decode_steps=3, steps_per_unit=1.0,
                                                              directions=str(path)))
    codes = np.array([[0, 0], [1.5, 0], [0, -1.5]], np.float32)
    assert np.allclose(again.decode(codes), direct.decode(codes), atol=1e-6)
    assert not np.allclose(direct.decode(codes[1:2]), direct.decode(codes[2:3]), atol=1e-3)


@pytest.mark.parametrize("shape,words", [((2, 3, 8, 8), "expected K x 3 x 16 x 16"),
                                         ((2, 768), "expected K x 3 x 16 x 16")])
def test_directions_file_of_the_wrong_shape_is_one_line(pipe_dir, tmp_path, capsys, shape, words):
    from latentexplainer.cli import main

    path = tmp_path / "dirs.npy"
    np.save(path, np.ones(shape))
    code = main(["explain", "--model", f"diffusers:{pipe_dir}", "--directions", str(path), "--out",
                 str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and words in err, err
    assert not (tmp_path / "run").exists()
    code = main(["explain", "--model", f"diffusers:{pipe_dir}", "--directions", "jacobian:2", "--out",
                 str(tmp_path / "run2")])  # its latents already are its Jacobian's directions
    err = capsys.readouterr().err
    assert code == 2 and "?rank=K" in err and len(err.strip().splitlines()) == 1
