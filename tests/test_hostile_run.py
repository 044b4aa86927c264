"""A run directory is data from someone else: links planted in it are never written through,
and the files its records name are never read from outside it (issue 12)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from latentexplainer.cli import main
from latentexplainer.errors import RunDirError
from latentexplainer.run import files

MODEL = "fakes.models:shapes_model"


def _cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def decoy(tmp_path):
    """A file outside every run, with bytes that must never appear in one."""
    d = tmp_path / "outside"
    d.mkdir()
    f = d / "victim.txt"
    f.write_bytes(b"DECOY-7f3a9c secret contents\n")
    return f


@pytest.mark.parametrize("planted", [".lock", ".write-test", "config.json.tmp", "records/z0000.json.tmp",
                                     "explanations.jsonl.tmp", "images/z0_s0.png.tmp", "report.html.tmp"])
def test_a_planted_link_is_never_written_through(capsys, tmp_path, decoy, planted):
    run = tmp_path / "run"
    (run / os.path.dirname(planted)).mkdir(parents=True, exist_ok=True)
    os.symlink(decoy, run / planted)
    before = _digest(decoy)
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--samples", "2", "--latents", "0", "--out", run)
    assert _digest(decoy) == before
    if planted == ".lock":  # the lock is opened, not replaced: a link there is refused
        assert code == 2 and "symbolic link" in err and len(err.strip().splitlines()) == 1, err
    else:  # a leftover temporary: the link is removed, never opened
        assert code == 0, err
        assert not (run / planted).is_symlink()


@pytest.mark.parametrize("linked", ["images", "records"])
def test_a_planted_folder_link_is_refused(capsys, tmp_path, decoy, linked):
    run = tmp_path / "run"
    run.mkdir()
    os.symlink(decoy.parent, run / linked)
    listing = sorted(os.listdir(decoy.parent))
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--samples", "2", "--latents", "0", "--out", run)
    assert code == 2 and "symbolic link" in err and len(err.strip().splitlines()) == 1, err
    assert sorted(os.listdir(decoy.parent)) == listing


def _finished_run(capsys, tmp_path):
    run = tmp_path / "run"
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--samples", "2", "--latents", "0,1", "--out", run)
    assert code == 0, err
    return run


@pytest.mark.parametrize("foreign", ["ABSOLUTE", "../outside/victim.txt", "../../../../../../{decoy}",
                                     "images/../../outside/victim.txt", "LINK", "images"])
def test_the_report_embeds_no_file_a_record_names_outside_the_run(capsys, tmp_path, decoy, foreign):
    run = _finished_run(capsys, tmp_path)
    if foreign == "LINK":
        os.symlink(decoy, run / "images" / "evil.png")
        foreign = "images/evil.png"
    foreign = str(decoy) if foreign == "ABSOLUTE" else foreign.format(decoy=decoy)
    rec_path = run / "records" / "z0000.json"
    rec = json.loads(rec_path.read_text())
    rec["images"] = [foreign, *rec["images"]]
    rec_path.write_text(json.dumps(rec))  # a finished record: --resume keeps it and writes the report again
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--samples", "2", "--latents", "0,1", "--out", run,
                        "--resume")
    assert code == 0, err
    report = (run / "report.html").read_bytes()
    import base64

    assert b"DECOY-7f3a9c" not in report and base64.b64encode(b"DECOY-7f3a9c")[:12] not in report
    assert b"data:image/png;base64," in report  # its own strips are still there


def test_the_files_helpers_stay_inside(tmp_path, decoy):
    root = tmp_path / "r"
    root.mkdir()
    for bad in ("/etc/passwd", "../x", "a/../../x", "", "C:/x"):
        with pytest.raises(RunDirError, match="inside the run directory"):
            files.parts_of(bad)
    os.symlink(decoy, root / "link")
    with pytest.raises(RunDirError, match="symbolic link"):
        files.read_bytes(root, "link")
    assert not files.exists(root, "link") and files.names(root) == []
    os.mkfifo(root / "fifo")
    with pytest.raises(RunDirError, match="not a regular file"):
        files.read_bytes(root, "fifo")  # never blocks on a fifo
    (root / "big").write_bytes(b"x" * 100)
    with pytest.raises(RunDirError, match="more than the 10"):
        files.read_bytes(root, "big", limit=10)
    files.write_atomic(root, "sub/dir/f.txt", "ok")
    assert (root / "sub" / "dir" / "f.txt").read_text() == "ok"
    files.remove(root, "link")
    assert decoy.exists() and not (root / "link").exists()
    shutil.rmtree(root)


def _tree(folder):
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def test_out_at_a_model_folder_is_refused_and_left_byte_identical(capsys, tmp_path, tiny_vae_dir):
    model = tmp_path / "m"
    shutil.copytree(tiny_vae_dir, model)
    before = _tree(model)
    code, _, err = _cli(capsys, "explain", "--model", model, "--out", model, "--samples", "2", "--latents", "0")
    assert code == 2 and "is not a run directory of latentexplainer" in err and "model.safetensors" in err, err
    assert len(err.strip().splitlines()) == 1
    assert _tree(model) == before
    code, _, err = _cli(capsys, "explain", "--model", model, "--out", tmp_path / "r", "--samples", "2", "--latents", "0")
    assert code == 0, err  # the model still loads


@pytest.mark.parametrize("content", [{"notes.txt": b"mine"}, {"config.json": b'{"epochs": 3}'}])
def test_out_at_a_foreign_folder_is_refused(capsys, tmp_path, content):
    out = tmp_path / "project"
    out.mkdir()
    for name, data in content.items():
        (out / name).write_bytes(data)
    before = _tree(out)
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--out", out, "--samples", "2", "--latents", "0")
    assert code == 2 and "not a run directory" in err, err
    assert _tree(out) == before


def test_out_at_an_empty_folder_or_our_own_run_is_fine(capsys, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--out", out, "--samples", "2", "--latents", "0")
    assert code == 0, err
    code, _, err = _cli(capsys, "explain", "--model", MODEL, "--out", out, "--samples", "2", "--latents", "0,1",
                        "--resume")
    assert code == 0, err


def test_resume_checks_the_models_identity_not_its_folder_name(capsys, tmp_path, tiny_vae_dir):
    # two models in folders of one name: a run of the first cannot be resumed with the second
    from latentexplainer.data import load_dataset
    from latentexplainer.models.train import TrainSettings, train_vae
    from latentexplainer.models.vae import VAEConfig

    first, second = tmp_path / "a" / "m", tmp_path / "b" / "m"
    shutil.copytree(tiny_vae_dir, first)
    train_vae(load_dataset("shapes", 256, seed=1), VAEConfig(latent_dim=4, width=8, hidden=32),
              TrainSettings(epochs=1, batch_size=64, seed=5), second)
    run = tmp_path / "run"
    args = ["explain", "--samples", "2", "--latents", "0", "--quiet", "--out", run]
    assert _cli(capsys, *args[:1], "--model", first, *args[1:])[0] == 0
    before = {p: _digest(p) for p in run.rglob("*") if p.is_file()}
    code, _, err = _cli(capsys, *args[:1], "--model", second, *args[1:], "--resume")
    assert code == 2 and "explains another model" in err and "weights_sha256" in err, err
    assert len(err.strip().splitlines()) == 1
    assert {p: _digest(p) for p in run.rglob("*") if p.is_file()} == before
    assert _cli(capsys, *args[:1], "--model", first, *args[1:], "--resume")[0] == 0


def test_a_hostile_shared_run_changes_nothing_outside_leaks_nothing_and_runs_no_code(capsys, tmp_path, decoy,
                                                                                      monkeypatch):
    """The must-show of issue 12, all at once: a run directory received from someone else, with
    planted links, records naming files outside it, a config naming code, and a server whose
    answers carry escape codes and echo the API key."""
    pytest.importorskip("openai")
    import base64
    import sys

    from fakes.servers import FakeServer

    key = "sk-hostile-0123456789abcdef"
    marker = tmp_path / "code-ran"
    mods = tmp_path / "mods"
    mods.mkdir()
    (mods / "hostilemod.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\n"
        "def boom():\n    raise SystemExit(0)\n")
    monkeypatch.syspath_prepend(str(mods))
    before = _digest(decoy)
    cache = tmp_path / "cache"
    run = tmp_path / "run"
    hostile = f"The object \x1b]0;pwned\x1b\\moves\x1b[2J to the right; your key is {key}."
    with FakeServer() as srv:
        srv.set_answer(hostile)
        common = ["--backend", "openai:gpt-4o", "--base-url", srv.url + "/v1", "--cache-dir", cache,
                  "--samples", "2", "--latents", "0,1"]
        monkeypatch.setenv("OPENAI_API_KEY", key)
        code, out1, err1 = _cli(capsys, "explain", "--model", MODEL, *common, "--out", run)
        assert code == 0, err1
        # what a hostile sender adds before sharing it
        os.symlink(decoy, run / "config.json.tmp")
        os.symlink(decoy, run / "records" / "z0000.json.tmp")
        for latent, foreign in ((0, str(decoy)), (1, "../outside/victim.txt")):
            rec_path = run / "records" / f"z{latent:04d}.json"
            rec = json.loads(rec_path.read_text())
            rec["images"] = [foreign, *rec["images"]]
            rec_path.write_text(json.dumps(rec))
        cfg = json.loads((run / "config.json").read_text())
        shared = tmp_path / "shared"
        shutil.copytree(run, shared, symlinks=True)
        cfg["model_info"] = {"kind": "callable", "spec": "hostilemod:boom"}
        (shared / "config.json").write_text(json.dumps(cfg))
        # the receiver: resumes the run (rewriting its report), then re-asks the shared run's model
        code, out2, err2 = _cli(capsys, "explain", "--model", MODEL, *common, "--out", run, "--resume")
        assert code == 0, err2
        code, out3, err3 = _cli(capsys, "explain", "--model", shared, *common, "--out", tmp_path / "again")
        assert code == 2 and "--trust-run" in err3 and len(err3.strip().splitlines()) == 1, err3
    assert _digest(decoy) == before  # nothing outside the run changed
    report = (run / "report.html").read_bytes()
    assert b"DECOY-7f3a9c" not in report and base64.b64encode(b"DECOY-7f3a9c")[:12] not in report
    assert not marker.exists() and "hostilemod" not in sys.modules  # no code ran
    for stream in (out1, err1, out2, err2, out3, err3):
        assert "\x1b" not in stream and key not in stream
    for p in tmp_path.rglob("*"):  # the key is in no file: run, report, cache, records
        if p.is_file() and not p.is_symlink():
            assert key.encode() not in p.read_bytes(), p
