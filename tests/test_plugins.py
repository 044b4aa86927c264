"""Third-party plugins (issue 13): a package that declares entry points in the groups
``latentexplainer.backends`` and ``latentexplainer.datasets`` is usable from the CLI by name
after ``pip install`` alone. The plugin here is a real distribution, built and installed by pip
(offline, into a folder of its own put on the path of the CLI it runs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import TESTS

PLUGIN = '''
from dataclasses import dataclass

import numpy as np

from latentexplainer.backends.base import BaseBackend
from latentexplainer.backends.options import Options, choice
from latentexplainer.data.base import Dataset, Factor
from latentexplainer.records import Response


@dataclass(frozen=True)
class EchoOptions(Options):
    case: str = choice("as-is", ("as-is", "upper"), "how the words are written")


class EchoBackend(BaseBackend):
    """Says the same thing about every sequence."""

    name = "echo"
    summary = "says the same thing about every sequence"
    Options = EchoOptions

    def __init__(self, model, options):
        self.options = EchoOptions.parse(options, self.name)
        self.words = model or "The object moves to the right."
        if self.options.case == "upper":
            self.words = self.words.upper()

    def describe(self, request):
        return [Response(self.words, seq.sample, False) for seq in request.sequences]


def load_stripes(arg, n, seed):
    """A vertical white stripe on black; its horizontal position is the one factor."""
    rng = np.random.default_rng(seed)
    pos = rng.uniform(0, 1, n)
    x = np.arange(64)[None, :]
    centre = (8 + 48 * pos)[:, None]
    rows = (np.abs(x - centre) < 3).astype(np.uint8) * 255
    images = np.repeat(rows[:, None, :], 64, axis=1)[..., None]
    return Dataset("stripes", images, pos[:, None], (Factor("position", "horizontal position of the stripe",
                                                            "continuous"),))


def broken(*args):
    raise RuntimeError("never reached")
'''

PYPROJECT = '''
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "latentexplainer-echo-plugin"
version = "0.1.0"

[project.entry-points."latentexplainer.backends"]
echo = "le_echo_plugin:EchoBackend"
ghost = "le_echo_plugin_missing:Nothing"

[project.entry-points."latentexplainer.datasets"]
stripes = "le_echo_plugin:load_stripes"

[tool.setuptools]
py-modules = ["le_echo_plugin"]
'''


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory):
    src = tmp_path_factory.mktemp("plugin-src")
    (src / "le_echo_plugin.py").write_text(textwrap.dedent(PLUGIN))
    (src / "pyproject.toml").write_text(textwrap.dedent(PYPROJECT))
    site = tmp_path_factory.mktemp("plugin-site")
    pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                          "--no-build-isolation", "--target", str(site), str(src)],
                         capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr[-2000:]
    assert list(site.glob("latentexplainer_echo_plugin-0.1.0.dist-info"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(TESTS), str(TESTS.parent / "src"), env.get("PYTHONPATH", "")])
    return env


def _cli(env, *args):
    return subprocess.run([sys.executable, "-m", "latentexplainer", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_a_plugin_backend_answers_by_name(plugin_env, tmp_path):
    run = tmp_path / "r"
    r = _cli(plugin_env, "explain", "--model", "fakes.models:shapes_model", "--backend", "echo:The bar slides left.",
             "--latents", "0", "--samples", "2", "--quiet", "--out", run)
    assert r.returncode == 0, r.stderr
    rec = json.loads((run / "records" / "z0000.json").read_text())
    assert rec["responses"] == ["The bar slides left.", "The bar slides left."] and rec["clear"]
    r = _cli(plugin_env, "explain", "--model", "fakes.models:shapes_model", "--backend", "nope", "--out",
             tmp_path / "x")
    assert r.returncode == 2 and "echo" in r.stderr and "probe" in r.stderr  # the choices name the plugin's
    # its typed options: checked by its own class, listed by `latentexplainer backends`
    r = _cli(plugin_env, "explain", "--model", "fakes.models:shapes_model", "--backend", "echo:It slides.",
             "--backend-option", "case=upper", "--latents", "0", "--samples", "2", "--quiet", "--out", tmp_path / "u")
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "u" / "records" / "z0000.json").read_text())["responses"] == ["IT SLIDES."] * 2
    r = _cli(plugin_env, "explain", "--model", "fakes.models:shapes_model", "--backend", "echo",
             "--backend-option", "case=loud", "--out", tmp_path / "v")
    assert r.returncode == 2 and "option 'case' of the echo backend must be one of as-is, upper" in r.stderr
    r = _cli(plugin_env, "backends", "echo")
    assert r.returncode == 0 and "says the same thing" in r.stdout and "case" in r.stdout and "upper" not in r.stderr


@pytest.mark.slow
def test_a_plugin_data_set_trains_by_name(plugin_env, tmp_path):
    model = tmp_path / "m"
    r = _cli(plugin_env, "train", "--dataset", "stripes", "--latent-dim", "2", "--epochs", "1", "--n-images", "128",
             "--batch-size", "64", "--quiet", "--out", model)
    assert r.returncode == 0, r.stderr
    assert json.loads((model / "config.json").read_text())["dataset"] == "stripes"


def test_a_plugin_that_fails_to_load_is_one_line_naming_it(plugin_env, tmp_path):
    r = _cli(plugin_env, "explain", "--model", "fakes.models:shapes_model", "--backend", "ghost", "--out",
             tmp_path / "x")
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "plugin 'ghost' from latentexplainer-echo-plugin" in r.stderr and "ModuleNotFoundError" in r.stderr
