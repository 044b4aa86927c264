"""Directions explained like latents (--directions FILE | jacobian:K | pca:K).

An analytic decoder drawn here (a square on a background): z0 moves the square sideways, z1
sizes it, z2 does nothing, z3 sets the background's brightness; in the coupled variant z0
and z3 act together along (1, 0, 0, 1)/sqrt(2) - the square moves and the background
brightens - and the orthogonal (1, 0, 0, -1)/sqrt(2) does nothing.
"""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from latentexplainer.cli import main
from latentexplainer.errors import ConfigError, ModelError
from latentexplainer.models import GenerativeModel, load_model
from latentexplainer.models.directions import (
    Directions,
    along_directions,
    find_directions,
    jacobian_directions,
    read_directions,
    with_directions,
)
from latentexplainer.pipeline import explain

SPEC = __name__  # this module, importable by that name (tests/ is on sys.path): --model SPEC:square_model
COUPLED = np.array([1.0, 0.0, 0.0, 1.0]) / np.sqrt(2.0)
SHIPPED = "src/latentexplainer/checkpoints/shapes-btcvae"


def _sig(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, float)))


def _frames(pos, size_code, bright, n: int = 64) -> np.ndarray:
    """An orange square (anti-aliased edges, so the decoder is differentiable) on a grey background."""
    xs = np.arange(n)[None, :] + 0.5
    ys = np.arange(n)[:, None] + 0.5
    out = np.empty((len(pos), 3, n, n), np.float32)
    for k in range(len(pos)):
        side = 6.0 + 10.0 * _sig(size_code[k])
        cx = n / 2 + (n / 2 - 8) * np.tanh(pos[k] / 2.0)
        cover = np.clip(side / 2 - np.abs(xs - cx) + 0.5, 0, 1) * np.clip(side / 2 - np.abs(ys - n / 2) + 0.5, 0, 1)
        bg = 0.15 + 0.7 * _sig(bright[k])
        for ch, v in enumerate((0.95, 0.55, 0.15)):
            out[k, ch] = bg * (1 - cover) + v * cover
    return out


def square_decode(z):
    z = np.asarray(z, float)
    return _frames(z[:, 0], z[:, 1], z[:, 3])


def coupled_decode(z):
    z = np.asarray(z, float)
    u = (z[:, 0] + z[:, 3]) / np.sqrt(2.0)
    return _frames(u, z[:, 1], u)


def square_model():
    return square_decode, 4


def coupled_model():
    return coupled_decode, 4


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _records(run_dir) -> dict:
    lines = (run_dir / "explanations.jsonl").read_text().splitlines()
    return {r["latent_name"]: r for r in map(json.loads, lines)}


def _save_safetensors(path, directions, names=None):
    from safetensors.numpy import save_file

    save_file({"directions": np.asarray(directions, np.float32)}, str(path),
              metadata={"names": json.dumps(names)} if names is not None else None)


# ------------------------------------------------------------------ files
def test_npy_file_through_the_cli(capsys, tmp_path):
    """Rows e0 (scaled by 2: made unit length) and e3: d0 moves the square, d1 brightens the background."""
    path = tmp_path / "dirs.npy"
    np.save(path, np.array([[2.0, 0, 0, 0], [0, 0, 0, 1.0]]))
    code, out, err = run_cli(capsys, "explain", "--model", f"{SPEC}:square_model", "--directions", path,
                             "--samples", 3, "--out", tmp_path / "run", "--quiet")
    assert code == 0, err
    recs = _records(tmp_path / "run")
    assert set(recs) == {"d0", "d1"}  # only the directions, not the rest of the latent space
    assert "moves to the right" in recs["d0"]["explanation"], recs["d0"]["responses"]
    assert "lighter" in recs["d1"]["explanation"], recs["d1"]["responses"]
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    d = cfg["model_info"]["directions"]
    assert d["norms"] == [2.0, 1.0] and d["orthonormal"] and d["identity"]["method"] == "file"
    assert len(d["identity"]["sha256"]) == 64 and cfg["model_identity"]["directions"] == d["identity"]
    assert cfg["directions"] == str(path) and "directions in its latent space" in recs["d0"]["prompt"]
    assert "coordinate along direction d_0 " in recs["d0"]["prompt"]
    assert "coordinate along direction d_1 " in recs["d1"]["prompt"]
    assert "d0" in out and "d1" in out
    # a coordinate axis is asked as before: no direction sentence
    code, _, err = run_cli(capsys, "explain", "--model", f"{SPEC}:square_model", "--latents", "0", "--samples", 2,
                           "--out", tmp_path / "axes", "--quiet")
    assert code == 0, err
    assert "coordinate along direction" not in _records(tmp_path / "axes")["z0"]["prompt"]


def test_safetensors_names_are_kept_and_shown(capsys, tmp_path):
    path = tmp_path / "dirs.safetensors"
    _save_safetensors(path, [[0, 0, 0, 1.0], [0, 1.0, 0, 0]], ["brightness", "size"])
    code, out, err = run_cli(capsys, "explain", "--model", f"{SPEC}:square_model", "--directions", path,
                             "--samples", 3, "--out", tmp_path / "run", "--quiet")
    assert code == 0, err
    recs = _records(tmp_path / "run")
    assert set(recs) == {"brightness", "size"}
    assert "lighter" in recs["brightness"]["explanation"] and "grows" in recs["size"]["explanation"]
    assert "brightness" in out and "size" in out
    assert "brightness" in (tmp_path / "run" / "report.html").read_text()


def test_npz_and_pt_files(tmp_path):
    torch = pytest.importorskip("torch")
    np.savez(tmp_path / "d.npz", directions=np.eye(4)[:2], names=np.array(["a", "b"]))
    torch.save({"directions": torch.eye(4)[1:3], "names": ["x", "y"]}, tmp_path / "d.pt")
    torch.save(torch.eye(4)[:1] * 3, tmp_path / "bare.pt")
    assert read_directions(tmp_path / "d.npz", 4).names == ("a", "b")
    pt = read_directions(tmp_path / "d.pt", 4)
    assert pt.names == ("x", "y") and np.allclose(pt.vectors, np.eye(4)[1:3])
    bare = read_directions(tmp_path / "bare.pt", 4)
    assert bare.norms == (3.0,) and bare.name(0) == "d0"


def test_a_direction_moves_the_code_along_itself(tmp_path):
    """Latent k of the wrapped model is d_k: setting it moves the base code along d_k only, also for
    directions that are not orthogonal; orthonormal ones keep the prior (the basis is a rotation)."""
    seen = []

    def decode(z):
        seen.append(np.array(z, np.float64))
        return np.zeros((len(z), 1, 4, 4), np.float32)

    base = GenerativeModel("rec", 3, decode)
    d = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 0.0]])  # 45 degrees apart
    m = with_directions(base, str(_npy(tmp_path, d)))
    c = np.array([[0.3, -0.2, 0.5]])
    moved = c.copy()
    moved[0, 0] += 1.5
    m.decode(np.concatenate([c, moved]))
    z = np.concatenate(seen)
    assert np.allclose(z[1] - z[0], 1.5 * d[0] / np.linalg.norm(d[0]), atol=1e-5)
    info = m.info["directions"]
    assert not info["orthonormal"] and info["max_abs_cosine"] == pytest.approx(1 / np.sqrt(2))
    assert m.latent_name(0) == "d0" and m.latent_name(2) == "rest0"
    r = with_directions(base, str(_npy(tmp_path, np.array([[1.0, 1, 0], [1, -1, 0]]))))
    assert r.info["directions"]["orthonormal"]


def _npy(tmp_path, arr, name="d.npy"):
    path = tmp_path / name
    np.save(path, np.asarray(arr))
    return path


# ------------------------------------------------------------------ Jacobian
def test_jacobian_finds_the_coupled_direction_and_the_probe_names_both(capsys, tmp_path):
    model = load_model(f"{SPEC}:coupled_model")
    d = find_directions(model, "jacobian:3")
    cos = np.abs(d.vectors @ COUPLED)
    assert cos.max() > 0.999, cos  # measured: 0.999998
    assert np.allclose(d.vectors @ d.vectors.T, np.eye(3), atol=1e-8)
    assert d.strengths[0] > d.strengths[1] > 10 * d.strengths[2]  # the third is the null space: nothing changes
    again = find_directions(model, "jacobian:3")
    assert np.array_equal(d.vectors, again.vectors)  # deterministic for a seed
    code, out, err = run_cli(capsys, "explain", "--model", f"{SPEC}:coupled_model", "--directions", "jacobian:3",
                             "--samples", 3, "--out", tmp_path / "run", "--quiet")
    assert code == 0, err
    recs = _records(tmp_path / "run")
    k = int(cos.argmax())
    text = recs[f"d{k}"]["explanation"] or ""
    assert "moves" in text and ("lighter" in text or "darker" in text), recs[f"d{k}"]["responses"]
    size = recs[f"d{int(np.abs(d.vectors[:, 1]).argmax())}"]
    assert "grows larger" in size["explanation"], size["responses"]
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    assert cfg["model_identity"]["directions"] == {"method": "jacobian", "k": 3, "seed": 0, "codes": 3,
                                                  "base_codes": "prior"}


def test_jacobian_on_the_uncoupled_square_finds_the_axes():
    d = find_directions(load_model(f"{SPEC}:square_model"), "jacobian:3")
    found = {int(np.abs(v).argmax()) for v in d.vectors}
    assert found == {0, 1, 3} and np.abs(d.vectors).max(axis=1).min() > 0.99


def test_torch_jacobian_agrees_with_finite_differences():
    """The VAE's torch decoder: subspace iteration with jvp/vjp; without it, finite differences."""
    vae = load_model(SHIPPED)
    assert vae.torch_decode is not None
    codes = np.random.default_rng(0).standard_normal((2, vae.latent_dim))
    a = jacobian_directions(vae, 2, codes)
    b = jacobian_directions(dataclasses.replace(vae, torch_decode=None), 2, codes)
    assert "jvp" in a.extra["jacobian"] and "finite" in b.extra["jacobian"]
    assert np.linalg.svd(a.vectors @ b.vectors.T, compute_uv=False).min() > 0.99
    assert np.allclose(a.strengths, b.strengths, rtol=0.05)


# ------------------------------------------------------------------ PCA
def test_pca_on_the_shipped_vae(capsys, tmp_path):
    from latentexplainer.data import load_dataset

    vae = load_model(SHIPPED)
    images = load_dataset("shapes", 300, seed=0).as_float()
    d = find_directions(vae, "pca:3", images)
    mu = vae.encode(images)[0].astype(np.float64)
    var = np.var(mu @ d.vectors.T, axis=0, ddof=1)
    assert np.allclose(np.sqrt(var), d.strengths, rtol=1e-4) and list(var) == sorted(var, reverse=True)
    assert np.allclose(d.vectors @ d.vectors.T, np.eye(3), atol=1e-8)
    # the wrapped encoder maps posterior means into direction coordinates: they decode the same
    wrapped = along_directions(vae, d)
    c = wrapped.encode(images[:4])[0]
    assert np.allclose(wrapped.decode(c), vae.decode(mu[:4].astype(np.float32)), atol=1e-4)
    code, out, err = run_cli(capsys, "explain", "--model", SHIPPED, "--directions", "pca:2", "--dataset", "shapes",
                             "--samples", 2, "--out", tmp_path / "run", "--quiet")
    assert code == 0, err
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    assert set(_records(tmp_path / "run")) == {"d0", "d1"}
    assert cfg["model_info"]["directions"]["identity"]["method"] == "pca"
    assert len(cfg["model_info"]["directions"]["explained_variance_ratio"]) == 2


# ------------------------------------------------------------------ bad input: one line, exit 2
def _bad_files(tmp):
    np.save(tmp / "wide.npy", np.ones((2, 5)))
    np.save(tmp / "nan.npy", np.array([[1.0, 0, 0, 0], [np.nan, 0, 0, 0]]))
    np.save(tmp / "zero.npy", np.array([[1.0, 0, 0, 0], [0.0, 0, 0, 0]]))
    np.save(tmp / "empty.npy", np.zeros((0, 4)))
    np.save(tmp / "many.npy", np.ones((5, 4)))
    np.save(tmp / "same.npy", np.array([[1.0, 0, 0, 0], [2.0, 0, 0, 0]]))
    (tmp / "dirs.txt").write_text("1 0 0 0")
    (tmp / "junk.npy").write_bytes(b"not numpy")
    (tmp / "code.pt").write_bytes(b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system"
                                  b"\x94\x93\x94\x8c\x05echo!\x94\x85\x94R\x94.")  # a pickle that runs code
    _save_safetensors(tmp / "names.safetensors", np.eye(4)[:2], ["a", "b", "c"])


BAD = [
    (("--directions", "{tmp}/wide.npy"), "expected K x latent_dim=4"),
    (("--directions", "{tmp}/nan.npy"), "direction 1 holds NaN or infinite values"),
    (("--directions", "{tmp}/zero.npy"), "direction 1 is a zero vector"),
    (("--directions", "{tmp}/empty.npy"), "K=0"),
    (("--directions", "{tmp}/many.npy"), "with K <= 4"),
    (("--directions", "{tmp}/same.npy"), "linearly dependent"),
    (("--directions", "{tmp}/dirs.txt"), "unknown file type '.txt'"),
    (("--directions", "{tmp}/junk.npy"), "cannot read it as a .npy file"),
    (("--directions", "{tmp}/code.pt"), "cannot read it as a .pt file"),
    (("--directions", "{tmp}/names.safetensors"), "3 names for 2 directions"),
    (("--directions", "{tmp}/missing.npy"), "cannot read the --directions file"),
    (("--directions", "jacobian:0"), "K must be a positive whole number"),
    (("--directions", "jacobian:9"), "K must be between 1 and latent_dim=4"),
    (("--directions", "svd:3"), "unknown method 'svd'"),
    (("--directions", "pca:2"), "has no encoder"),
]


@pytest.mark.parametrize("args,message", BAD, ids=[m[:30] for _, m in BAD])
def test_bad_directions_are_one_line_and_exit_2(capsys, tmp_path, args, message):
    _bad_files(tmp_path)
    code, out, err = run_cli(capsys, "explain", "--model", f"{SPEC}:square_model",
                             *[a.format(tmp=tmp_path) for a in args], "--out", tmp_path / "run", "--quiet")
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], err
    assert not (tmp_path / "run" / "explanations.jsonl").exists()


def test_pca_needs_a_dataset(capsys, tmp_path):
    code, _, err = run_cli(capsys, "explain", "--model", SHIPPED, "--directions", "pca:2", "--out", tmp_path / "r")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "give --dataset" in err, err


def test_diffusion_models_and_double_directions_are_refused(tmp_path):
    diff = GenerativeModel("ddpm", 3, lambda z: np.zeros((len(z), 1, 4, 4)), info={"diffusion_folder": "/m"})
    with pytest.raises(ModelError, match=r"diffusers:PATH\?directions=FILE"):
        with_directions(diff, "jacobian:2")
    once = with_directions(load_model(f"{SPEC}:square_model"), "jacobian:2")
    with pytest.raises(ModelError, match="already explained along directions"):
        with_directions(once, "jacobian:2")
    with pytest.raises(ConfigError, match="taken by the rest"):
        along_directions(load_model(f"{SPEC}:square_model"),
                         Directions(np.eye(4)[:1], ("rest0",), (1.0,), {"method": "test"}))


def test_resume_refuses_changed_directions(capsys, tmp_path):
    path = _npy(tmp_path, np.eye(4)[[0, 3]])
    args = ["explain", "--model", f"{SPEC}:square_model", "--directions", path, "--samples", 2, "--latents", "0",
            "--out", tmp_path / "run", "--quiet"]
    assert run_cli(capsys, *args)[0] == 0
    assert run_cli(capsys, *args, "--resume")[0] == 0  # the same file: resumed
    np.save(path, np.eye(4)[[1, 3]])
    code, _, err = run_cli(capsys, *args, "--resume")
    assert code == 2 and "cannot resume" in err and len(err.strip().splitlines()) == 1, err


def test_python_api(tmp_path):
    """ExplainSettings.directions (a keyword of explain), or a model wrapped beforehand: the same run."""
    model = load_model(f"{SPEC}:square_model")
    run = explain(model, tmp_path / "a", directions=str(_npy(tmp_path, np.eye(4)[[1]])), samples=2,
                  show_progress=False, report=False)
    assert [(r.latent_name, "grows larger" in (r.explanation or "")) for r in run.records] == [("d0", True)]
    wrapped = with_directions(model, "jacobian:2", seed=1)
    run = explain(wrapped, tmp_path / "b", samples=2, show_progress=False, report=False)
    assert [r.latent_name for r in run.records] == ["d0", "d1"]
    assert run.config["model_identity"]["directions"]["seed"] == 1
