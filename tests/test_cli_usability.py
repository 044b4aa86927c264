"""The command line and the Python API as a newcomer meets them: -h and --version, flags that read
naturally in --help, names that suggest the one meant, a model in the current folder, load_model
taking Python objects, API errors naming API arguments, and --debug for the whole traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import latentexplainer as le
from fakes.models import shapes_decode, shapes_model
from latentexplainer.cli import main
from latentexplainer.cli.common import app
from latentexplainer.errors import ConfigError, DataError, LatentExplainerError, ModelError, RunDirError

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def option_help(out: str, flag: str) -> str:
    """The help text of one option in a command's --help (its row and the rows it wraps onto)."""
    rows, found = [], False
    for line in out.splitlines():
        cell = line.strip("│ ").lstrip("* ")
        if cell.startswith("--"):
            if found:
                break
            found = cell.split()[0] == flag
        if found:
            rows.append(cell)
    assert rows, f"{flag} is not in the help"
    return " ".join(rows)


@pytest.fixture()
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # help text unwrapped, the same width every run


def test_the_commands_are_known():
    assert {"explain", "train", "sweep", "benchmark", "demo", "evaluate", "calibrate", "backends"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_h_is_help_for_the_app_and_every_command(capsys, wide, command):
    words = [command] if command else []
    code, long_help, err = run_cli(capsys, *words, "--help")
    assert code == 0 and "Usage: latentexplainer" in long_help, err
    code, short_help, err = run_cli(capsys, *words, "-h")
    assert code == 0 and short_help == long_help, err


def test_version_prints_the_version_and_exits_0(capsys):
    code, out, err = run_cli(capsys, "--version")
    assert code == 0 and out.strip() == f"latentexplainer {le.__version__}" and not err


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_no_double_negatives_and_no_value_for_a_flag(capsys, wide, command):
    code, out, _ = run_cli(capsys, *([command] if command else []), "--help")
    assert code == 0
    assert "--no-no-" not in out and "<bool>" not in out
    for flag in ("quiet", "resume", "trust-run", "allow-download", "diffusion", "overwrite", "debug", "version"):
        assert f"--no-{flag}" not in out, flag  # plain flags have no --no- twin


def test_explain_help_reads_naturally(capsys, wide):
    _, out, _ = run_cli(capsys, "explain", "--help")
    for flag in ("--no-cache", "--bias-prompt", "--no-bias-prompt", "--uncertainty", "--no-uncertainty", "--resume",
                 "--quiet", "--trust-run", "--allow-download"):
        assert flag in out, flag
    assert "clusters" in option_help(out, "--certainty")


def test_benchmark_certainty_help_names_every_estimator(capsys, wide):
    from latentexplainer.uncertainty.registry import ESTIMATORS

    _, out, _ = run_cli(capsys, "benchmark", "--help")
    certainty = option_help(out, "--certainty")
    for name in ESTIMATORS.names():
        assert name in certainty, name


def test_explain_flags_reach_the_settings(capsys, monkeypatch, tmp_path):
    import latentexplainer.pipeline as pipeline

    seen = {}

    def fake_explain(model, out, settings, **kw):
        seen["settings"], seen["resume"], seen["quiet"] = settings, kw["resume"], not kw["show_progress"]
        raise ConfigError("stop here")

    monkeypatch.setattr(pipeline, "explain", fake_explain)
    base = ["explain", "--model", "fakes.models:shapes_model", "--out", tmp_path / "r"]
    assert run_cli(capsys, *base)[0] == 2
    s = seen["settings"]
    assert s.bias_prompt and s.uncertainty and s.cache.read and not seen["resume"] and not seen["quiet"]
    assert run_cli(capsys, *base, "--no-bias-prompt", "--no-uncertainty", "--no-cache", "--resume", "--quiet")[0] == 2
    s = seen["settings"]
    assert not s.bias_prompt and not s.uncertainty and not s.cache.read and seen["resume"] and seen["quiet"]
    assert run_cli(capsys, *base, "--no-bias-prompt", "--bias-prompt")[0] == 2  # the last one given wins
    assert seen["settings"].bias_prompt


# ------------------------------------------------------------------ keys
def test_a_missing_key_names_the_flag_and_the_python_option(monkeypatch):
    from latentexplainer.backends.options import resolve_key
    from latentexplainer.errors import MissingKeyError

    monkeypatch.delenv("SOME_PROVIDER_KEY", raising=False)
    with pytest.raises(MissingKeyError) as got:
        resolve_key(None, ("SOME_PROVIDER_KEY",), "someprovider")
    message = str(got.value)
    assert "SOME_PROVIDER_KEY" in message and "--api-key" in message and "api_key=" in message
    assert "the api_key option" not in message


def test_a_missing_key_on_the_command_line_is_one_line(capsys, monkeypatch, tmp_path):
    pytest.importorskip("openai")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    code, _, err = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--backend", "openai:gpt-4o",
                           "--out", tmp_path / "r", "--cache-dir", tmp_path / "cache")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--api-key" in err and "OPENAI_API_KEY" in err


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("call,typo,meant", [
    (lambda n: le.load_dataset(n, 8), "fasion-mnist", "fashion-mnist"),
    (lambda n: le.load_dataset(n, 8), "Shapes", "shapes"),
    (lambda n: le.load_dataset(n, 8), "mnist", "fashion-mnist"),
    (lambda n: __import__("latentexplainer.backends.base", fromlist=["get_backend"]).get_backend(n), "opnai:gpt-4o",
     "openai"),
    (lambda n: __import__("latentexplainer.biases.base", fromlist=["get_bias"]).get_bias(n), "disentanglment",
     "disentanglement"),
    (lambda n: __import__("latentexplainer.judges.base", fromlist=["get_judge"]).get_judge(n), "prob", "probe"),
    (lambda n: __import__("latentexplainer.uncertainty.registry", fromlist=["x"]).get_estimator(n), "gits", "gist"),
])
def test_an_unknown_name_suggests_the_one_meant(call, typo, meant):
    with pytest.raises(LatentExplainerError) as got:
        call(typo)
    message = str(got.value)
    assert "unknown" in message and f"'{typo.split(':')[0]}" in message
    assert f"(did you mean '{meant}'" in message and "choose one of:" in message


def test_a_name_like_none_suggests_nothing():
    from latentexplainer.backends.base import get_backend

    with pytest.raises(DataError) as got:
        le.load_dataset("zzzzzz", 8)
    assert "did you mean" not in str(got.value) and "choose one of:" in str(got.value)
    with pytest.raises(LatentExplainerError) as got:
        get_backend("nope")
    assert "unknown backend 'nope'; choose one of:" in str(got.value)


def test_a_mistyped_data_set_on_the_command_line(capsys, tmp_path):
    code, _, err = run_cli(capsys, "train", "--dataset", "fasion-mnist", "--out", tmp_path / "m")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "unknown data set 'fasion-mnist' (did you mean 'fashion-mnist'?)" in err and "folder:PATH" in err


# ------------------------------------------------------------------ a model in the current folder
MYMODELS = '''
import numpy as np

def my_vae():
    def decode(z):
        ramp = np.linspace(0, 1, 16, dtype=np.float32)
        img = 0.5 + 0.4 * np.tanh(np.asarray(z)[:, 0])[:, None, None] * ramp[None, None, :]
        return np.broadcast_to(img[:, None], (len(z), 1, 16, 16)).copy()
    return decode, 2
'''


def _cli_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI as `latentexplainer ...` typed in ``folder``: -P keeps Python from putting the current
    folder on the import path itself (the console script does not), PYTHONPATH names only src."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run([sys.executable, "-P", "-m", "latentexplainer", *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_model_in_the_current_folder_is_found(tmp_path):
    (tmp_path / "mymodels.py").write_text(MYMODELS)
    # latent 5 of a 2-latent model: refused only once the model was imported and called
    r = _cli_in(tmp_path, "explain", "--model", "mymodels:my_vae", "--latents", "5", "--out", "run")
    assert r.returncode == 2, r.stderr
    assert "out of range: this model has latents 0..1" in r.stderr and "cannot import" not in r.stderr
    r = _cli_in(tmp_path, "explain", "--model", "othermodels:my_vae", "--out", "run")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "cannot import module 'othermodels'" in r.stderr and f"the current folder ({tmp_path})" in r.stderr


def test_the_python_api_leaves_the_import_path_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "elsewhere_models.py").write_text(MYMODELS)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", ".", str(tmp_path))])
    with pytest.raises(ModelError, match="cannot import module 'elsewhere_models'"):
        le.load_model("elsewhere_models:my_vae")


# ------------------------------------------------------------------ load_model from Python
def test_load_model_takes_a_function_a_pair_and_a_model():
    from_fn = le.load_model(shapes_model)
    assert isinstance(from_fn, le.GenerativeModel) and from_fn.latent_dim == 4
    assert from_fn.name == "fakes.models:shapes_model" and from_fn.info["spec"] == "fakes.models:shapes_model"
    pair = le.load_model((shapes_decode, 4))
    assert pair.latent_dim == 4 and pair.decode([[0, 0, 0, 0]]).shape[0] == 1
    assert le.load_model(pair) is pair
    local = le.load_model(lambda: (shapes_decode, 4))
    assert local.latent_dim == 4 and "spec" not in local.info  # a lambda cannot be imported again by name
    assert "GenerativeModel" in le.__all__


@pytest.mark.parametrize("given,message", [
    (shapes_decode, "for a decoder itself pass load_model((shapes_decode, latent_dim))"),
    ((shapes_decode, 4, 5), "a tuple must be (decode, latent_dim)"),
    ((shapes_decode, "four"), "latent_dim must be a positive integer"),
    (lambda: 42, "must return (decode, latent_dim)"),
])
def test_load_model_says_what_a_python_object_must_be(given, message):
    with pytest.raises(ModelError) as got:
        le.load_model(given)
    assert message in str(got.value)


def test_a_model_from_a_pair_is_explained(tmp_path):
    run = le.explain(le.load_model((shapes_decode, 4)), tmp_path / "r", samples=2, latents=[0], report=False,
                     show_progress=False)
    assert [r.latent for r in run.records] == [0] and not run.failed


# ------------------------------------------------------------------ API errors name API arguments
def test_api_errors_name_the_api_argument(tmp_path):
    model = le.load_model((shapes_decode, 4))
    le.explain(model, tmp_path / "r", samples=2, latents=[0], report=False, show_progress=False)
    with pytest.raises(RunDirError) as got:
        le.explain(model, tmp_path / "r", samples=2, latents=[0], report=False, show_progress=False)
    assert "resume=True" in str(got.value) and "--resume" in str(got.value)
    with pytest.raises(ConfigError, match=r"samples \(--samples\) must be between 2 and 100"):
        le.explain(model, tmp_path / "s", samples=1, report=False, show_progress=False)
    with pytest.raises(ModelError, match="no such folder") as got:
        le.load_model(tmp_path / "missing")
    assert "(decode, latent_dim)" in str(got.value)


# ------------------------------------------------------------------ --debug
RAISING = ["explain", "--model", "fakes.models:raising_model", "--latents", "0"]


def test_a_raising_decoder_is_one_line_without_debug(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("LATENTEXPLAINER_DEBUG", raising=False)
    code, _, err = run_cli(capsys, *RAISING, "--out", tmp_path / "r")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_debug_adds_the_whole_traceback_and_keeps_the_exit_code(capsys, monkeypatch, tmp_path, how):
    monkeypatch.delenv("LATENTEXPLAINER_DEBUG", raising=False)
    if how == "environment":
        monkeypatch.setenv("LATENTEXPLAINER_DEBUG", "1")
    code, out, err = run_cli(capsys, *(["--debug"] if how == "flag" else []), *RAISING, "--out", tmp_path / "r")
    assert code == 2 and "Traceback" not in out
    assert "Traceback (most recent call last)" in err
    assert "RuntimeError: boom" in err  # what the decoder itself raised, with its frame
    assert "fakes/models.py" in err.replace(os.sep, "/")
    assert err.strip().splitlines()[-1].startswith("error: ") and "decoder raised RuntimeError: boom" in err


def test_debug_after_the_command_says_where_it_goes(capsys, tmp_path):
    code, _, err = run_cli(capsys, *RAISING, "--out", tmp_path / "r", "--debug")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "latentexplainer --debug COMMAND" in err


def test_a_misspelled_estimator_is_refused_before_any_benchmark_work(tmp_path, capsys, monkeypatch):
    # it used to train the factor predictor (about 40 s) before the name was looked up
    from latentexplainer.cli import main
    from latentexplainer.evaluate import benchmark

    def no_work(*a, **k):
        raise AssertionError("data loaded before the estimator was checked")

    monkeypatch.setattr(benchmark, "load_dataset", no_work)
    code = main(["benchmark", "--dataset", "shapes", "--certainty", "gits", "--out", str(tmp_path / "b")])
    err = capsys.readouterr().err
    assert code == 2 and "did you mean 'gist'" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "b").exists()
