"""What `train` shows and leaves: the loss per epoch in the terminal (a line per epoch when the
output is not a terminal), loss_curve.svg in the model folder, a resumed training's progress
starting at the epochs already done; Fashion-MNIST installed by `make` and trainable."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from latentexplainer.cli import main

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
TINY = ("--n-images", "128", "--latent-dim", "3", "--batch-size", "32", "--threads", "1")

pytestmark = pytest.mark.usefixtures("one_thread")


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def curve_points(folder: Path) -> list[tuple[float, float]]:
    """The points of loss_curve.svg's line (the file must parse as SVG)."""
    root = ET.parse(folder / "loss_curve.svg").getroot()
    assert root.tag == f"{SVG}svg"
    lines = root.findall(f"{SVG}polyline") + root.findall(f"{SVG}path")
    assert len(lines) == 1
    return [tuple(map(float, p.split(","))) for p in lines[0].get("points").split()]


def test_train_prints_the_loss_per_epoch_and_writes_a_loss_curve(capsys, tmp_path):
    out = tmp_path / "vae"
    code, stdout, err = run_cli(capsys, "train", "--dataset", "shapes", "--epochs", "2", "--out", out, *TINY)
    assert code == 0, err
    shown = re.findall(r"^training beta-tcvae on shapes: epoch (\d)/2 loss ([0-9.e+]+)", stdout, re.M)
    assert [e for e, _ in shown] == ["1", "2"]  # a plain line per epoch: the output is not a terminal
    logged = [line for line in (out / "train_log.jsonl").read_text().splitlines()]
    assert len(logged) == 2 and f"{float(shown[1][1]):.4g}" == shown[1][1]
    assert len(curve_points(out)) == 2
    assert not list(out.glob("*.tmp"))

    # resumed: the progress starts at the 2 epochs done, and the curve holds all 3
    code, stdout, err = run_cli(capsys, "train", "--dataset", "shapes", "--epochs", "3", "--out", out, "--resume",
                                *TINY)
    assert code == 0, err
    assert "resumed at epoch 2/3" in stdout
    assert re.findall(r"epoch (\d)/3 loss", stdout) == ["3"]
    assert len(curve_points(out)) == 3
    # --quiet: no progress at all, the curve still written
    code, stdout, _ = run_cli(capsys, "train", "--dataset", "shapes", "--epochs", "1", "--out", tmp_path / "q",
                              "--quiet", *TINY)
    assert code == 0 and "epoch" not in stdout and len(curve_points(tmp_path / "q")) == 1


def test_train_says_how_many_latents_carry_information_and_warns_of_a_collapse(capsys, tmp_path):
    code, stdout, err = run_cli(capsys, "train", "--dataset", "shapes", "--epochs", "2", "--out", tmp_path / "a",
                                "--quiet", *TINY)
    used = re.findall(r"model written to .* \((\d) of 3 latents carry information\)", stdout)
    assert code == 0 and used and int(used[0]) >= 1 and "collapsed" not in err
    # a KL weight no information is worth: every latent at the prior, and a warning that says what to do
    code, stdout, err = run_cli(capsys, "train", "--dataset", "shapes", "--epochs", "1", "--gamma", "100000",
                                "--out", tmp_path / "b", "--quiet", *TINY)
    assert code == 0 and "(0 of 3 latents carry information)" in stdout
    warning = [line for line in err.splitlines() if line.strip()]
    assert len(warning) == 1 and "the model collapsed" in warning[0] and "--gamma, now 100000" in warning[0]


def test_a_terminal_gets_a_bar_with_the_loss_that_starts_at_the_done_epochs(monkeypatch, capsys):
    from rich.console import Console
    from rich.progress import Progress

    from latentexplainer.progress import progress_bar

    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    added = []
    real = Progress.add_task
    monkeypatch.setattr(Progress, "add_task", lambda self, *a, **kw: added.append(kw) or real(self, *a, **kw))
    with progress_bar(3, "training", completed=2, lines=True, unit="epoch") as advance:
        advance(3, "loss 123.4")
    assert added[0]["completed"] == 2
    out = capsys.readouterr().out
    assert "3/3" in out and "loss 123.4" in out and "resumed" not in out  # drawn by rich, not lines


def test_a_csvae_and_a_ddpm_show_their_loss_too(capsys, tmp_path):
    code, stdout, err = run_cli(capsys, "train", "--model", "csvae", "--attribute", "scale>0.8", "--dataset", "shapes",
                                "--epochs", "1", "--out", tmp_path / "cs", *TINY)
    assert code == 0, err
    assert re.search(r"training a CSVAE on shapes \(.*\): epoch 1/1 loss \S+", stdout)
    assert len(curve_points(tmp_path / "cs")) == 1
    pytest.importorskip("diffusers")
    code, stdout, err = run_cli(capsys, "train", "--model", "ddpm", "--dataset", "shapes", "--n-images", "32",
                                "--batch-size", "16", "--epochs", "2", "--threads", "1", "--out", tmp_path / "dd")
    assert code == 0, err
    assert re.findall(r"training a DDPM on shapes: epoch (\d)/2 loss", stdout) == ["1", "2"]
    assert len(curve_points(tmp_path / "dd")) == 2


def test_the_loss_curve_is_valid_svg_for_any_points():
    from latentexplainer.models.loss_curve import loss_curve_svg

    for pts in ([], [(1, 5.0)], [(1, 2.0), (2, 2.0)], [(1, float("nan")), (2, 1.0), (3, 0.5)]):
        root = ET.fromstring(loss_curve_svg(pts, "loss <of> a & b"))
        assert root.tag == f"{SVG}svg"


# -- Fashion-MNIST ---------------------------------------------------------------------------


def test_make_installs_fashion_mnist_with_the_other_debian_packages():
    text = (ROOT / "Makefile").read_text()
    debs = re.search(r"^DEBS\s*:=\s*(.*)$", text, re.M).group(1).split()
    assert "dataset-fashion-mnist" in debs
    suite = re.search(r"^suite:.*?(?=^\S|\Z)", text, re.M | re.S).group(0)
    assert "apt-get" not in suite  # installed once, by the $(STAMP) rule


def _fashion_installed() -> bool:
    if shutil.which("dpkg") is None:
        return False
    return subprocess.run(["dpkg", "-s", "dataset-fashion-mnist"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _fashion_installed(), reason="dataset-fashion-mnist is not installed (make installs it)")
def test_fashion_mnist_loads_and_trains(capsys, tmp_path):
    from latentexplainer.data import load_dataset

    data = load_dataset("fashion-mnist", 64, seed=0)
    assert data.name == "fashion-mnist" and data.images.shape[0] == 64
    code, stdout, err = run_cli(capsys, "train", "--dataset", "fashion-mnist", "--epochs", "1", "--out",
                                tmp_path / "fm", *TINY)
    assert code == 0, err
    assert "epoch 1/1 loss" in stdout and (tmp_path / "fm" / "model.safetensors").exists()
