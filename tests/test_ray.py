"""--executor ray: units made (and, for the probe, answered) on Ray workers, the run directory
written by this process alone; records the same as a local run's; a worker that dies loses
nothing; remote API calls stay on the driver (one rate limit, one cache); bad input is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import TESTS
from latentexplainer import ExplainSettings, explain
from latentexplainer.errors import ConfigError, MissingDependencyError
from latentexplainer.executors import LocalExecutor, RayExecutor, get_executor
from latentexplainer.models import load_model

ray = pytest.importorskip("ray", reason="pip install 'latentexplainer[ray]'")


@pytest.fixture(scope="module")
def cluster():
    """One local Ray cluster for the in-process tests (the executor joins it and leaves it up)."""
    path = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             runtime_env={"env_vars": {"PYTHONPATH": path}})
    yield
    ray.shutdown()


def _cli(*args, env=None):
    e = dict(os.environ, **(env or {}))
    e["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(TESTS.parent / "src"), e.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "latentexplainer", *map(str, args)], env=e, capture_output=True,
                          text=True, timeout=600)


def _lines(run) -> list[dict]:
    return [json.loads(x) for x in (run / "explanations.jsonl").read_text().splitlines()]


@pytest.mark.slow
def test_a_ray_run_writes_what_a_local_run_writes(tmp_path):
    # the real path: the CLI starts a Ray cluster on this machine, two workers, and stops it
    common = ("explain", "--model", "fakes.models:shapes_model", "--samples", "3", "--quiet")
    local = _cli(*common, "--out", tmp_path / "local")
    assert local.returncode == 0, local.stderr
    r = _cli(*common, "--executor", "ray", "--workers", "2", "--out", tmp_path / "ray")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "Traceback" not in r.stderr
    assert (tmp_path / "ray" / "explanations.jsonl").read_text() == \
        (tmp_path / "local" / "explanations.jsonl").read_text()  # the deterministic probe: identical
    for name in sorted(os.listdir(tmp_path / "local" / "images")):
        assert (tmp_path / "ray" / "images" / name).read_bytes() == (tmp_path / "local" / "images" / name).read_bytes()
    assert json.loads((tmp_path / "ray" / "config.json").read_text())["executor"] == "ray"
    assert not ray.is_initialized()  # nothing of the cluster is left in this process


@pytest.mark.slow
def test_a_worker_that_dies_mid_unit_loses_nothing(cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("LE_TEST_DIE_ONCE", str(tmp_path / "died"))
    model = load_model("fakes.models:dying_once_model")
    run = explain(model, tmp_path / "run", ExplainSettings(samples=3, executor="ray", workers=2),
                  show_progress=False, report=False)
    assert (tmp_path / "died").exists()  # a worker did die, mid-unit
    assert run.failed == [] and [r.latent for r in run.records] == [0, 1, 2, 3]
    assert [x["latent"] for x in _lines(tmp_path / "run")] == [0, 1, 2, 3]  # each unit once
    again = explain(load_model("fakes.models:shapes_model"), tmp_path / "local", ExplainSettings(samples=3),
                    show_progress=False, report=False)
    assert [r.explanation for r in run.records] == [r.explanation for r in again.records]


@pytest.mark.slow
@pytest.mark.skipif(not __import__("importlib").util.find_spec("openai"), reason="pip install 'latentexplainer[openai]'")
def test_an_api_backend_is_asked_from_the_driver_through_one_cache(cluster, tmp_path):
    from fakes.servers import FakeServer
    from latentexplainer.backends.cache import CachePolicy

    model = load_model("fakes.models:shapes_model")
    with FakeServer() as srv:
        s = ExplainSettings(samples=2, executor="ray", workers=2, backend="openai-compatible:m",
                            backend_options={"base_url": srv.url + "/v1", "max_retries": 0},
                            cache=CachePolicy(tmp_path / "cache"))
        run = explain(model, tmp_path / "a", s, show_progress=False, report=False)
        assert run.failed == [] and srv.n_calls == 4 * 2
        explain(model, tmp_path / "b", s, show_progress=False, report=False)
        assert srv.n_calls == 4 * 2  # the second run: every answer from the one cache


def test_executor_specs_and_their_errors(monkeypatch):
    assert isinstance(get_executor("local"), LocalExecutor) and isinstance(get_executor(None), LocalExecutor)
    assert get_executor("ray") == RayExecutor()
    assert get_executor("ray:auto", workers=3) == RayExecutor("auto", 3)
    assert get_executor("ray:ray://head:10001").address == "ray://head:10001"
    for bad, words in (("spark", "unknown executor 'spark'; choose local, ray"),
                       ("ray:not an address", "needs auto, ray://HOST:PORT")):
        with pytest.raises(ConfigError, match=words):
            get_executor(bad)
    with pytest.raises(ConfigError, match="--workers must be at least 1"):
        get_executor("ray", workers=0)
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MissingDependencyError, match=r"latentexplainer\[ray\]"):
        with RayExecutor().session(lambda: None):
            pass


def test_bad_executor_is_one_line_before_any_work(tmp_path):
    r = _cli("explain", "--model", "fakes.models:shapes_model", "--executor", "spark", "--out", tmp_path / "r")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "unknown executor" in r.stderr
    assert not (tmp_path / "r").exists()


@pytest.mark.slow
def test_a_sweep_runs_its_points_on_ray_workers(cluster, tiny_vae_dir, tmp_path):
    from latentexplainer.evaluate.result import BenchmarkOptions
    from latentexplainer.evaluate.sweep import model_points, run_sweep

    quick = BenchmarkOptions(n_images=400, predictor_epochs=1)
    points = model_points([str(tiny_vae_dir), str(tiny_vae_dir)])
    on_ray = run_sweep("shapes", tmp_path / "ray", points, ExplainSettings(samples=2), quick, executor="ray",
                       workers=2, show_progress=False)
    here = run_sweep("shapes", tmp_path / "local", points[:1], ExplainSettings(samples=2), quick, show_progress=False)
    assert [r["point"] for r in on_ray["points"]] == [points[0].name, points[1].name]
    assert all(not r.get("error") for r in on_ray["points"])
    figures = ("factor_accuracy", "certainty_auroc", "confident_wrong_rate", "n_latents")
    assert {k: on_ray["points"][0][k] for k in figures} == {k: here["points"][0][k] for k in figures}


@pytest.mark.slow
def test_a_local_vlm_answers_inside_the_workers(cluster, tiny_llava, tmp_path):
    # hf computes its own answers: each worker loads the model folder once and answers there
    from latentexplainer.backends import get_backend
    from latentexplainer.units import answers_in_workers

    spec = f"hf:{tiny_llava}"
    assert answers_in_workers(RayExecutor(), get_backend(spec, {"device": "cpu"}))
    run = explain(load_model("fakes.models:shapes_model"), tmp_path / "r",
                  ExplainSettings(samples=2, latents=[0, 1], backend=spec, executor="ray", workers=2,
                                  backend_options={"max_tokens": 3, "device": "cpu"}),
                  show_progress=False, report=False)
    assert run.failed == [] and [r.latent for r in run.records] == [0, 1]
    assert all(len(r.responses) == 2 and set(r.response_status) <= {"ok", "empty"} for r in run.records)
    assert sum(r.usage.get("input_tokens", 0) for r in run.records) > 0  # generated, in the workers


@pytest.mark.slow
def test_resume_and_the_report_work_as_in_a_local_run(cluster, tmp_path):
    model = load_model("fakes.models:shapes_model")
    s = ExplainSettings(samples=2, executor="ray", workers=2)
    first = explain(model, tmp_path / "r", s, latents=[0, 2], show_progress=False)
    before = (tmp_path / "r" / "records" / "z0000.json").read_bytes()
    run = explain(model, tmp_path / "r", s, resume=True, show_progress=False)
    assert [r.latent for r in run.records] == [0, 1, 2, 3] and run.failed == []
    assert (tmp_path / "r" / "records" / "z0000.json").read_bytes() == before  # a finished unit: never again
    assert [x["latent"] for x in _lines(tmp_path / "r")] == [0, 1, 2, 3]
    assert "z3" in (tmp_path / "r" / "report.html").read_text() and first.records[0].latent == 0


@pytest.mark.slow
def test_workers_import_what_the_driver_put_on_its_path(tmp_path):
    # the model's module is importable here only through sys.path (not PYTHONPATH): the cluster this
    # run starts hands the driver's path to its workers, and the environment is left as it was
    script = (
        "import os, sys\n"
        f"sys.path.insert(0, {str(TESTS)!r})\n"
        "from latentexplainer import explain, load_model\n"
        "before = os.environ.get('PYTHONPATH')\n"
        f"run = explain(load_model('fakes.models:shapes_model'), {str(tmp_path / 'r')!r}, samples=2, "
        "executor='ray', workers=2, show_progress=False, report=False)\n"
        "assert run.complete and os.environ.get('PYTHONPATH') == before, before\n"
        "print('ok', len(run.records))\n")
    env = dict(os.environ, PYTHONPATH=str(TESTS.parent / "src"))
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0 and "ok 4" in r.stdout, r.stderr[-3000:]  # the shapes model: 4 latents


def test_the_monitor_of_a_cluster_this_process_started_is_stopped_at_once():
    # ray.shutdown gives the autoscaler's monitor a second to end on SIGTERM, which it always
    # took; it is killed first. Ray's internals may change: then ray.shutdown does it
    from types import SimpleNamespace

    from latentexplainer.executors import _stop_monitor

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    node = SimpleNamespace(all_processes={"monitor": [SimpleNamespace(process=proc)], "raylet": []})
    fake = SimpleNamespace(_private=SimpleNamespace(worker=SimpleNamespace(_global_node=node)))
    _stop_monitor(fake)
    assert proc.poll() is not None  # gone, not waited on for a second
    _stop_monitor(SimpleNamespace())  # no such internals: nothing raised
    _stop_monitor(SimpleNamespace(_private=SimpleNamespace(worker=SimpleNamespace(_global_node=None))))
