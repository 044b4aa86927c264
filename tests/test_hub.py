"""Hub ids (diffusers:ORG/NAME[@REVISION], sd:ORG/NAME): resolved from a Hugging Face cache built
here in tmp_path (models--ORG--NAME/snapshots/<sha>/..., refs/<branch>), offline. Nothing is
ever downloaded: every call of huggingface_hub.snapshot_download is checked to be local only,
and the download path is driven through a fake that writes the snapshot itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")
huggingface_hub = pytest.importorskip("huggingface_hub")

from latentexplainer import hub, load_model  # noqa: E402
from latentexplainer.cli import main  # noqa: E402
from latentexplainer.errors import BackendError, MissingDependencyError, ModelError  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402
from latentexplainer.models.base import model_identity  # noqa: E402

SHA = "0123456789abcdef0123456789abcdef01234567"
DEV_SHA = "fedcba9876543210fedcba9876543210fedcba98"
FAST = "rank=2&iters=3&steps_per_unit=1.0&decode_steps=2"  # seconds, not minutes
TINY = dict(sample_size=16, in_channels=3, out_channels=3, block_out_channels=(8, 16), layers_per_block=1,
            norm_num_groups=4, attention_head_dim=8,
            down_block_types=("DownBlock2D", "AttnDownBlock2D"), up_block_types=("AttnUpBlock2D", "UpBlock2D"))


pytestmark = pytest.mark.usefixtures("one_thread")  # tiny convolutions: one torch thread (conftest.py)


def tiny_unet(seed: int = 0):
    torch.manual_seed(seed)
    return diffusers.UNet2DModel(**TINY).eval().requires_grad_(False)


def snapshot(cache, repo_id: str, sha: str = SHA, ref: str | None = "main"):
    """The snapshot folder of ``repo_id`` at ``sha`` in a Hub cache (files stored plainly, no blobs),
    with ``refs/<ref>`` naming it."""
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    folder = repo / "snapshots" / sha
    folder.mkdir(parents=True)
    if ref:
        (repo / "refs" / ref).parent.mkdir(parents=True, exist_ok=True)
        (repo / "refs" / ref).write_text(sha)
    return folder


def write_ddpm(folder, fp16: bool = False, seed: int = 0) -> None:
    """A diffusers DDIM pipeline folder (unet/, scheduler/, model_index.json), as save_pretrained writes it."""
    unet = tiny_unet(seed)
    if fp16:
        unet.half().save_pretrained(folder / "unet", variant="fp16")
    else:
        unet.save_pretrained(folder / "unet")
    diffusers.DDIMScheduler(num_train_timesteps=1000).save_pretrained(folder / "scheduler")
    (folder / "model_index.json").write_text(json.dumps({"_class_name": "DDIMPipeline",
                                                         "unet": ["diffusers", "UNet2DModel"],
                                                         "scheduler": ["diffusers", "DDIMScheduler"]}))


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A Hub cache: testorg/tiny-ddpm at SHA (main) and DEV_SHA (branch dev, other weights),
    testorg/tiny-ddpm-fp16 (fp16 weights only), testorg/tiny-sd, testorg/tiny-text (config.json only)."""
    root = tmp_path_factory.mktemp("hf-cache")
    write_ddpm(snapshot(root, "testorg/tiny-ddpm"))
    write_ddpm(snapshot(root, "testorg/tiny-ddpm", DEV_SHA, "dev"), seed=1)
    write_ddpm(snapshot(root, "testorg/tiny-ddpm-fp16"), fp16=True)
    from test_stable_diffusion import build_tiny_sd

    build_tiny_sd(snapshot(root, "testorg/tiny-sd"))
    (snapshot(root, "testorg/tiny-text") / "config.json").write_text(json.dumps({"model_type": "llava"}))
    return root


@pytest.fixture(autouse=True)
def offline(monkeypatch, cache):
    """This cache, offline, and a snapshot_download that fails the test if asked to download."""
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    real = huggingface_hub.snapshot_download

    def local_only(*args, **kw):
        assert kw.get("local_files_only") is True, f"a download was attempted: {args} {kw}"
        return real(*args, **kw)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", local_only)


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: "), err
    return err


def test_explain_a_hub_id_end_to_end_through_the_cli(tmp_path, capsys):
    out = tmp_path / "run"
    args = ["explain", "--model", f"diffusers:testorg/tiny-ddpm?{FAST}", "--samples", "2", "--quiet", "--out", str(out)]
    assert main(args) == 0, capsys.readouterr().err
    cfg = json.loads((out / "config.json").read_text())
    info = cfg["model_info"]
    assert info["hub_id"] == "testorg/tiny-ddpm" and info["hub_commit"] == SHA and info["hub_revision"] is None
    assert info["spec"] == f"diffusers:testorg/tiny-ddpm@{SHA}?{FAST}"  # pinned to the commit, not a path
    assert cfg["model"].startswith("tiny-ddpm-hspace")
    ident = cfg["model_identity"]
    assert ident["hub_id"] == "testorg/tiny-ddpm" and ident["hub_commit"] == SHA and "diffusion_folder" not in ident
    again = load_model(out)  # a run directory reloads the same commit from the cache
    assert again.info["spec"] == info["spec"] and again.info["hub_commit"] == SHA
    assert main(args + ["--resume"]) == 0, capsys.readouterr().err  # the same model: resume agrees


def test_revisions_pick_their_snapshot():
    folder = hub.resolve("testorg/tiny-ddpm", what="diffusion model")
    assert folder.folder.name == SHA and folder.repo_id == "testorg/tiny-ddpm" and folder.commit == SHA
    assert hub.resolve("testorg/tiny-ddpm@main", what="m").commit == SHA
    assert hub.resolve(f"testorg/tiny-ddpm@{SHA}", what="m").commit == SHA
    assert hub.resolve("testorg/tiny-ddpm@dev", what="m").commit == DEV_SHA
    assert hub.resolve(f"testorg/tiny-ddpm@{DEV_SHA[:8]}", what="m").commit == DEV_SHA  # a short commit
    main_model = load_model(f"diffusers:testorg/tiny-ddpm@main?{FAST}")
    by_sha = load_model(f"diffusers:testorg/tiny-ddpm@{SHA}?{FAST}")
    dev = load_model(f"diffusers:testorg/tiny-ddpm@dev?{FAST}")
    assert main_model.info["hub_revision"] == "main" and by_sha.info["hub_revision"] == SHA
    assert main_model.info["spec"] == by_sha.info["spec"] == f"diffusers:testorg/tiny-ddpm@{SHA}?{FAST}"
    assert model_identity(main_model) == model_identity(by_sha) != model_identity(dev)
    assert dev.info["spec"].startswith(f"diffusers:testorg/tiny-ddpm@{DEV_SHA}?")


@pytest.mark.parametrize("model,words", [
    ("diffusers:testorg/missing", ["not in the local Hugging Face cache", "models--testorg--missing",
                                   "huggingface-cli download testorg/missing", "hf download", "--allow-download"]),
    ("diffusers:testorg/tiny-ddpm@nobranch", ["at revision 'nobranch'",
                                              "huggingface-cli download testorg/tiny-ddpm --revision nobranch"]),
    ("sd:testorg/missing?prompt=smile", ["Stable Diffusion model testorg/missing", "huggingface-cli download"]),
    ("diffusers:a/b/c", ["'a/b/c' is no folder here and no Hub id", "ORG/NAME@REVISION"]),
    ("diffusers:bad--name/x", ["no Hub id"]),
])
def test_uncached_or_malformed_ids_are_one_line_and_exit_2(tmp_path, capsys, model, words):
    code = main(["explain", "--model", model, "--out", str(tmp_path / "run")])
    err = one_error_line(capsys)
    assert code == 2 and all(w in err for w in words), err
    assert not (tmp_path / "run").exists()


def test_allow_download_is_refused_while_offline_is_set(tmp_path, capsys):
    code = main(["explain", "--model", "diffusers:testorg/missing", "--allow-download", "--out", str(tmp_path / "r")])
    err = one_error_line(capsys)
    assert code == 2 and "HF_HUB_OFFLINE" in err and "huggingface-cli download testorg/missing" in err


@pytest.mark.parametrize("env,allow,downloads", [
    ({}, True, True),  # --allow-download
    ({"HF_HUB_OFFLINE": "0"}, False, True),  # the environment allows it
    ({}, False, False),  # neither: the cache only
    ({"HF_HUB_OFFLINE": "1"}, True, False),  # offline wins
])
def test_downloads_only_when_allowed(monkeypatch, tmp_path, env, allow, downloads):
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    calls = []

    def fake(repo_id, revision=None, cache_dir=None, local_files_only=False, **kw):
        calls.append(local_files_only)
        if local_files_only:
            raise huggingface_hub.errors.LocalEntryNotFoundError("not cached")
        folder = snapshot(tmp_path / "fetched", repo_id, DEV_SHA)  # what a download would write
        (folder / "config.json").write_text("{}")
        assert cache_dir == str(hub.cache_dir()) and "*.ckpt" in kw["ignore_patterns"]
        return str(folder)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake)
    if downloads:
        local, where = dm.resolve_spec("diffusers:testorg/new?rank=2", allow_download=allow)
        assert where.commit == DEV_SHA and local == f"diffusers:{where.folder}?rank=2" and calls == [True, False]
    else:
        with pytest.raises(ModelError, match="huggingface-cli download testorg/new"):
            dm.resolve_spec("diffusers:testorg/new", allow_download=allow)
        assert calls == [True]


def test_an_fp16_only_repository_loads_in_float32():
    snap = hub.resolve("testorg/tiny-ddpm-fp16", what="m").folder
    assert dm.weights_variant(snap / "unet") == "fp16" and dm.weights_variant(snap / "scheduler") is None
    assert not (snap / "unet" / dm.WEIGHT_FILES[0]).exists()
    model = load_model(f"diffusers:testorg/tiny-ddpm-fp16?{FAST}")
    assert model.info["hub_id"] == "testorg/tiny-ddpm-fp16" and model.latent_dim == 2
    diff = dm.load_diffusion(snap)
    assert diff.dtype == torch.float32 and diff.device.type == "cpu"
    expected = tiny_unet().half().float()  # the same weights, rounded to half precision
    x = torch.randn(1, 3, 16, 16, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        assert torch.allclose(diff.unet(x, 10).sample, expected(x, 10).sample, atol=1e-5)


def test_sd_hub_id_resolves_and_records_its_commit():
    transformers = pytest.importorskip("transformers")  # noqa: F841
    model = load_model(f"sd:testorg/tiny-sd?prompt=a%20smile&{FAST}")
    assert model.info["kind"] == "stable-diffusion" and model.info["condition"] == "a smile"
    assert model.info["hub_id"] == "testorg/tiny-sd" and model.info["hub_commit"] == SHA
    assert model.info["spec"].startswith(f"sd:testorg/tiny-sd@{SHA}?") and "prompt=a smile" in model.info["spec"]
    assert model.name.startswith("tiny-sd-hspace")


def test_hf_home_chooses_the_cache(monkeypatch, tmp_path, cache):
    monkeypatch.delenv("HF_HUB_CACHE")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "home"))
    with pytest.raises(ModelError, match=str(tmp_path / "home" / "hub" / "models--testorg--tiny-ddpm")):
        hub.resolve("testorg/tiny-ddpm", what="diffusion model")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "hub").symlink_to(cache)
    assert hub.resolve("testorg/tiny-ddpm", what="diffusion model").commit == SHA


def test_a_transformers_repository_and_folders(tmp_path):
    got = hub.resolve("testorg/tiny-text", what="hf model", required=("config.json",), extra="hf", error=BackendError)
    assert (got.folder / "config.json").is_file() and got.pinned == f"testorg/tiny-text@{SHA}"
    assert got.info()["hub_snapshot"] == str(got.folder)
    with pytest.raises(BackendError, match="lacks tokenizer.json.*huggingface-cli download testorg/tiny-text"):
        hub.resolve("testorg/tiny-text", what="hf model", required=("config.json", "tokenizer.json"),
                    error=BackendError)
    (tmp_path / "org" / "name").mkdir(parents=True)  # an existing folder stays a folder
    local = hub.resolve(str(tmp_path / "org" / "name"), what="m")
    assert local == hub.Resolved(tmp_path / "org" / "name") and not local.is_hub and local.info() == {}
    assert hub.resolve("./not/here", what="m").repo_id is None  # a path: left to the loader
    for bad in ("", "a/b/c", "name", "org/name@", "org/na..me"):
        with pytest.raises(ModelError, match="no Hub id"):
            hub.resolve(bad, what="m")


def test_missing_huggingface_hub_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "huggingface_hub", None)
    with pytest.raises(MissingDependencyError, match=r"latentexplainer\[hf\]"):
        hub.resolve("testorg/tiny-text", what="hf model", extra="hf")


def test_settings_helpers():
    assert hub.cache_dir({"HF_HUB_CACHE": "/c", "HF_HOME": "/h"}) == Path("/c")
    assert hub.cache_dir({"HF_HOME": "/h"}) == Path("/h/hub")
    assert hub.cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/huggingface/hub")
    assert [hub.offline_setting(e) for e in ({}, {"HF_HUB_OFFLINE": "1"}, {"HF_HUB_OFFLINE": "0"},
                                             {"TRANSFORMERS_OFFLINE": "yes"})] == [None, True, False, True]
    assert hub.parse_id("org/name@refs/pr/1") == ("org/name", "refs/pr/1") and hub.parse_id("org/name") == (
        "org/name", None)
