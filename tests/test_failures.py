"""No success that did not happen: failed units give exit code 3 and a retry command, --resume
asks only what is missing, Ctrl-C gives 130 and whole records, `train` refuses changed settings,
the response cache tells endpoints apart, and every record keeps the model the server reported.

Servers are tests/fakes/servers.py on 127.0.0.1; an unreachable server is a closed loopback port."""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import fakes.servers as fake_servers
from fakes.servers import FakeServer
from latentexplainer.cli.main import main
from latentexplainer.records import LatentRecord

pytest.importorskip("openai", reason="pip install 'latentexplainer[openai]'")

ANSWER = fake_servers.ANSWER


def _free_port() -> int:
    """A loopback port nobody listens on (connecting to it is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PortServer(FakeServer):
    """The fake server on a given port: the address a recorded command line names."""

    def __init__(self, port: int) -> None:
        super().__init__()
        self.port = port

    def start(self) -> "PortServer":
        base, port = fake_servers.ThreadingHTTPServer, self.port

        class Bound(base):
            def __init__(self, address, handler, *args, **kwargs):
                super().__init__(("127.0.0.1", port), handler, *args, **kwargs)

        fake_servers.ThreadingHTTPServer = Bound
        try:
            return super().start()
        finally:
            fake_servers.ThreadingHTTPServer = base


def _records(out: Path) -> dict[int, dict]:
    """Every records/*.json, parsed (a torn file fails the test here)."""
    return {int(p.stem[1:]): json.loads(p.read_text()) for p in sorted((out / "records").glob("z*.json"))}


def _jsonl(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "explanations.jsonl").read_text().splitlines()]


def _cli(args: list[str], env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "latentexplainer", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def _retry_command(stderr: str) -> str:
    last = stderr.strip().splitlines()[-1]
    assert "retry only those with: latentexplainer explain " in last, last
    return last.split("retry only those with: ", 1)[1]


def _explain_args(model: Path, url: str, out: Path, cache: Path, *extra: str) -> list[str]:
    return ["explain", "--model", str(model), "--backend", "openai:gpt-4o-mini", "--base-url", url,
            "--samples", "2", "--latents", "0,1", "--concurrency", "1", "--backend-option", "max_retries=0",
            "--cache-dir", str(cache), "--quiet", "--out", str(out), *extra]


# ------------------------------------------------------------------ exit code 3 and the retry command
def test_unreachable_server_exits_3_and_the_retry_command_completes_the_run(tiny_vae_dir, tmp_path, cli_env,
                                                                            monkeypatch):
    port = _free_port()
    out, cache = tmp_path / "run", tmp_path / "cache"
    env = dict(cli_env, OPENAI_API_KEY="sk-test")
    r = _cli(_explain_args(tiny_vae_dir, f"http://127.0.0.1:{port}/v1", out, cache, "--no-cache"), env)
    assert r.returncode == 3, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("error: 2 of 2 latents failed (")
    assert "connection failed" in last  # why
    retry = _retry_command(r.stderr)
    words = shlex.split(retry)
    assert words[-1] == "--resume" and words.count("--resume") == 1
    assert f"http://127.0.0.1:{port}/v1" in words and "--no-cache" in words  # the recorded command, as typed
    recs = _records(out)
    assert sorted(recs) == [0, 1] and all(x["status"] == "failed" for x in recs.values())
    assert all(x["explanation"] is None and x["response_status"] == ["error", "error"] for x in recs.values())
    assert not [p for p in cache.rglob("*.json")]  # errors are never cached

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with PortServer(port) as srv:
        assert main(words[1:]) == 0  # the retry command, in this process
        assert srv.n_calls == 2 * 2  # the failed latents' answers, each asked once
        done = _records(out)
        assert all(x["status"] == "ok" and x["explanation"] == ANSWER for x in done.values())
        assert [x["latent"] for x in _jsonl(out)] == [0, 1]
        # the same command again: everything is finished, nothing is asked
        assert main(words[1:]) == 0
        assert srv.n_calls == 4
        assert _records(out) == done


def test_partial_errors_fail_the_unit_and_resume_asks_only_the_missing_answer(tiny_vae_dir, tmp_path, capsys,
                                                                              monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    out, cache = tmp_path / "run", tmp_path / "cache"
    with FakeServer() as srv:
        srv.fail_next(1, status=500)  # one answer of one latent never comes (no retries)
        args = _explain_args(tiny_vae_dir, srv.url + "/v1", out, cache, "--no-cache")
        args[args.index("--samples") + 1] = "3"
        assert main(args) == 3
        err = capsys.readouterr().err
        assert err.strip().splitlines()[-1].startswith("error: 1 of 2 latents failed (no usable answer after 1 "
                                                       "attempt(s): HTTP 500")
        recs = _records(out)
        failed = [x for x in recs.values() if x["status"] == "failed"]
        assert len(failed) == 1
        bad = failed[0]
        assert bad["reason"].startswith("1 of 3 answers failed: no usable answer after 1 attempt(s): HTTP 500")
        assert sorted(bad["response_status"]) == ["error", "ok", "ok"] and bad["explanation"] is None
        good = next(x for x in recs.values() if x["status"] != "failed")
        good_bytes = (out / "records" / f"z{good['latent']:04d}.json").read_bytes()
        assert srv.n_calls == 6

        assert main(shlex.split(_retry_command(err))[1:]) == 0  # --no-cache still in it: the record keeps the answers
        assert srv.n_calls == 7  # only the missing answer was asked
        after = _records(out)
        assert (out / "records" / f"z{good['latent']:04d}.json").read_bytes() == good_bytes  # kept, not redone
        fixed = after[bad["latent"]]
        assert fixed["status"] == "ok" and fixed["response_status"] == ["ok", "ok", "ok"]
        assert fixed["usage"]["input_tokens"] == 3 * 11  # the two earlier answers' tokens are kept
    assert [x["latent"] for x in _jsonl(out)] == [0, 1]


def test_python_api_resume_retries_failed_units(tiny_vae_dir, tmp_path):
    import latentexplainer as le

    port = _free_port()
    model = le.load_model(str(tiny_vae_dir))
    s = le.ExplainSettings(backend="openai-compatible:m", samples=2, latents=[0, 1],
                           backend_options={"base_url": f"http://127.0.0.1:{port}/v1", "max_retries": 0},
                           cache=le.CachePolicy(tmp_path / "cache"))
    run = le.explain(model, tmp_path / "run", s, show_progress=False, report=False)
    assert [r.latent for r in run.failed] == [0, 1] and not run.complete
    with PortServer(port) as srv:
        again = le.explain(model, tmp_path / "run", s, resume=True, show_progress=False, report=False)
        assert again.failed == [] and again.complete and srv.n_calls == 4
        assert [r.status for r in again.records] == ["ok", "ok"]
        assert again.records[0].reported_models == ["m"]


def test_refusals_and_empty_answers_are_answers_not_failures(tiny_vae_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with FakeServer() as srv:
        srv.set_mode("refusal")
        assert main(_explain_args(tiny_vae_dir, srv.url + "/v1", tmp_path / "run", tmp_path / "cache")) == 0
    assert "failed" not in capsys.readouterr().err
    recs = _records(tmp_path / "run")
    assert all(x["status"] == "abstained" and x["response_status"] == ["refused", "refused"] for x in recs.values())
    assert all("refused" in x["reason"] for x in recs.values())


def _record(i: int, status: str, reason: str = "") -> LatentRecord:
    return LatentRecord(latent=i, latent_name=f"g{i}", bias="combination", prompt="p", responses=["", ""],
                        abstentions=[True, True], certainty=0.0, certainty_estimator="bow", certainties={},
                        explanation=None, clear=False, threshold=0.26, status=status, reason=reason)


def test_benchmark_exit_code_counts_failed_units_of_both_runs(tmp_path, capsys):
    """benchmark (every bias; with the ablation its second run too) exits 3 when a unit failed."""
    from latentexplainer.cli.main import _benchmark_exit
    from latentexplainer.run.rundir import RunDir

    for name, statuses in [("run", ["ok", "unclear", "abstained"]), ("run-no-bias-prompt", ["ok", "ok", "ok"])]:
        rd = RunDir(tmp_path / name)
        rd.open({"bias_definition": {"unit": "group"}})
        for i, st in enumerate(statuses):
            rd.append(_record(i, st))
    assert _benchmark_exit(tmp_path, True, "latentexplainer benchmark --out x") == 0
    assert capsys.readouterr().err == ""
    RunDir(tmp_path / "run-no-bias-prompt").append(_record(2, "failed", "1 of 2 answers failed: HTTP 503: busy"))
    assert _benchmark_exit(tmp_path, False, "latentexplainer benchmark --out x") == 0  # no ablation asked: not counted
    assert _benchmark_exit(tmp_path, True, "latentexplainer benchmark --out x") == 3
    line = capsys.readouterr().err.strip()
    assert line.startswith("error: 1 of 6 groups failed (HTTP 503: busy); retry only those by running the same "
                           "command again") and line.endswith(": latentexplainer benchmark --out x")


# ------------------------------------------------------------------ Ctrl-C
def test_sigint_exits_130_with_one_line_and_whole_records(tiny_vae_dir, tmp_path, cli_env):
    out, cache = tmp_path / "run", tmp_path / "cache"
    env = dict(cli_env, OPENAI_API_KEY="sk-test")
    with FakeServer() as srv:
        # 8 answers of 2 s each: the run cannot finish before the signal on a slow, loaded
        # machine, and the answer in flight when it comes ends within 2 s
        srv.set_delay(2.0)
        args = _explain_args(tiny_vae_dir, srv.url + "/v1", out, cache)
        args[args.index("--latents") + 1] = "0,1,2,3"
        # a test suite started as a background job inherits SIGINT ignored; the child gets the default
        proc = subprocess.Popen([sys.executable, "-m", "latentexplainer", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            end = time.monotonic() + 120
            while time.monotonic() < end and not (len(list((out / "records").glob("z*.json"))) >= 1
                                                  and srv.in_flight >= 1):
                time.sleep(0.02)
            assert srv.in_flight >= 1, "the run never got going"
            os.kill(proc.pid, signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 130, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "--resume" in lines[0] and lines[0].startswith("interrupted"), err
        saved = _records(out)  # every record file parses
        assert 1 <= len(saved) < 4
        assert [x["latent"] for x in _jsonl(out)] == sorted(saved)
        assert not list(out.rglob("*.tmp"))
        srv.set_delay(0)
        retry = shlex.split(lines[0].split("continue with: ", 1)[1])
        r = _cli(retry[1:], env)
        assert r.returncode == 0, r.stderr
    done = _records(out)
    assert sorted(done) == [0, 1, 2, 3] and all(x["status"] == "ok" for x in done.values())
    assert all(done[k] == v for k, v in saved.items())  # what was saved is kept as it was


# ------------------------------------------------------------------ train into an existing folder
def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


TRAIN = ["train", "--dataset", "shapes", "--latent-dim", "2", "--epochs", "1", "--n-images", "128",
         "--batch-size", "64", "--threads", "1", "--quiet"]


def _with(args: list[str], **changes: str) -> list[str]:
    args = list(args)
    for flag, value in changes.items():
        flag = "--" + flag.replace("_", "-")
        if flag in args:
            args[args.index(flag) + 1] = value
        else:
            args += [flag, value]
    return args


def test_train_into_an_existing_model_needs_resume_or_overwrite(tmp_path, capsys):
    out = tmp_path / "m"
    base = TRAIN + ["--out", str(out)]
    assert main(base) == 0
    capsys.readouterr()
    before = _hashes(out)
    for again in (base, _with(base, dataset="scenes", latent_dim="3")):  # same or other settings: refused
        assert main(again) == 2
        line = capsys.readouterr().err.strip()
        assert "already holds a beta-tcvae model" in line and "--resume" in line and "--overwrite" in line, line
        assert "\n" not in line and "Traceback" not in line
        assert _hashes(out) == before
    assert main(base + ["--resume", "--overwrite"]) == 2
    assert "exclude each other" in capsys.readouterr().err and _hashes(out) == before
    # --overwrite replaces it with a model of the new settings
    assert main(_with(base, dataset="scenes", latent_dim="3") + ["--overwrite"]) == 0
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["dataset"] == "scenes" and cfg["latent_dim"] == 3 and cfg["epochs_done"] == 1
    assert len((out / "train_log.jsonl").read_text().splitlines()) == 1


def test_train_never_writes_into_a_folder_of_other_files(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "images.npz").write_bytes(b"precious")
    before = _hashes(data)
    for extra in ([], ["--overwrite"], ["--resume"]):
        assert main(TRAIN + ["--out", str(data)] + extra) == 2
        line = capsys.readouterr().err.strip()
        assert "no model written by `latentexplainer train`" in line and "\n" not in line, line
        assert _hashes(data) == before
    model = tmp_path / "m"  # a model of ours with a file beside it that training did not write
    assert main(TRAIN + ["--out", str(model)]) == 0
    (model / "notes.txt").write_text("mine")
    before = _hashes(model)
    capsys.readouterr()
    assert main(TRAIN + ["--out", str(model), "--overwrite"]) == 2
    assert "notes.txt" in capsys.readouterr().err and _hashes(model) == before


def test_train_resume_refuses_changed_settings_and_continues_with_the_same(tmp_path, capsys):
    out = tmp_path / "m"
    base = TRAIN + ["--out", str(out)]
    assert main(base) == 0
    base = base + ["--resume"]
    capsys.readouterr()
    before = _hashes(out)
    assert main(_with(base, dataset="scenes", latent_dim="3", epochs="2")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "--dataset shapes -> scenes" in err[0] and "--latent-dim 2 -> 3" in err[0]
    assert "nothing was changed" in err[0]
    assert _hashes(out) == before
    for change, named in [({"lr": "0.002"}, "--lr 0.001 -> 0.002"), ({"seed": "1"}, "--seed 0 -> 1"),
                          ({"beta": "2"}, "--beta 6.0 -> 2.0"), ({"n_images": "192"}, "--n-images"),
                          ({"model": "beta-vae"}, "--model beta-tcvae -> beta-vae")]:
        assert main(_with(base, **change)) == 2, change
        line = capsys.readouterr().err.strip()
        assert named in line and "\n" not in line, line
        assert _hashes(out) == before
    # same settings: nothing to do; a larger --epochs continues the same model; fewer is refused
    assert main(base) == 0
    assert json.loads((out / "config.json").read_text())["epochs_done"] == 1
    assert main(_with(base, epochs="2")) == 0
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["epochs_done"] == 2 and cfg["latent_dim"] == 2 and cfg["dataset"] == "shapes"
    assert "--epochs 2" in cfg["command"]
    assert len((out / "train_log.jsonl").read_text().splitlines()) == 2
    capsys.readouterr()
    trained = _hashes(out)
    assert main(base) == 2
    assert "trained for 2 epochs" in capsys.readouterr().err
    assert _hashes(out) == trained


def test_train_refuses_other_model_kinds_in_the_folder(tmp_path, capsys):
    vae = tmp_path / "vae"
    assert main(TRAIN + ["--out", str(vae)]) == 0
    before = _hashes(vae)
    capsys.readouterr()
    assert main(_with(TRAIN, model="csvae", dataset="scenes", attribute="large-object", out=str(vae)) + ["--resume"]) == 2
    line = capsys.readouterr().err.strip()
    assert "--model beta-tcvae -> csvae" in line and "\n" not in line
    assert _hashes(vae) == before
    # a run directory is not a model folder: its config.json is never overwritten
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.json").write_text(json.dumps({"model": "x", "backend": "probe"}))
    run_before = _hashes(run)
    assert main(TRAIN + ["--out", str(run)]) == 2
    assert "did not write" in capsys.readouterr().err and _hashes(run) == run_before


def test_train_csvae_refuses_another_attribute(tmp_path, capsys):
    out = tmp_path / "cs"
    args = _with(TRAIN, model="csvae", dataset="scenes", attribute="large-object", out=str(out))
    assert main(args) == 0
    before = _hashes(out)
    capsys.readouterr()
    assert main(_with(args, attribute="warm-wall", kl_w_weight="0.5") + ["--resume"]) == 2
    line = capsys.readouterr().err.strip()
    assert "--attribute large-object -> warm-wall" in line and "--kl-w-weight 1.0 -> 0.5" in line
    assert _hashes(out) == before


def test_train_ddpm_names_the_settings_that_differ(tmp_path, capsys):
    pytest.importorskip("diffusers", reason="pip install 'latentexplainer[diffusion]'")
    from latentexplainer.diffusion_demo import SHIPPED_DDPM

    out = tmp_path / "ddpm"
    shutil.copytree(SHIPPED_DDPM, out)
    before = _hashes(out)
    assert main(["train", "--model", "ddpm", "--dataset", "shapes", "--epochs", "8", "--lr", "0.001", "--threads", "1",
                 "--quiet", "--out", str(out)]) == 2
    line = capsys.readouterr().err.strip()
    assert "--epochs 6 -> 8" in line and "--lr 0.0005 -> 0.001" in line and "\n" not in line
    assert main(TRAIN + ["--out", str(out)]) == 2  # a VAE into the DDPM's folder
    assert "holds a DDPM" in capsys.readouterr().err
    assert _hashes(out) == before


# ------------------------------------------------------------------ the cache and the reported model
def _png(tmp: Path) -> Path:
    path = tmp / "strip.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (12, 24, 3), dtype=np.uint8)).save(path)
    return path


def test_cache_key_includes_the_endpoint_but_not_the_key(tmp_path):
    from latentexplainer.backends import get_backend
    from latentexplainer.backends.cache import CachePolicy, ResponseCache, with_cache
    from latentexplainer.backends.images import ImagePart
    from latentexplainer.backends.remote import Ask

    k = dict(backend="openai-compatible", model="m", answer_options={}, prompt="p", image_hashes=["h"], sample=0)
    assert ResponseCache.key(**k, endpoint="http://a:1/v1") != ResponseCache.key(**k, endpoint="http://b:1/v1")
    assert ResponseCache.key(**k) == ResponseCache.key(**k, endpoint=None)

    ask = Ask("What changes?", (ImagePart("", _png(tmp_path).read_bytes()),))
    cache = tmp_path / "cache"
    with FakeServer() as a, FakeServer() as b:
        def ask_at(srv: FakeServer, **opts):
            backend = with_cache(get_backend("openai-compatible:same-name", {"base_url": srv.url + "/v1", **opts}),
                                 CachePolicy(cache))
            return backend.ask_many([ask])[0]

        first = ask_at(a)
        assert not first.cached and a.n_calls == 1
        b.set_answer("The background turns darker.")
        other = ask_at(b)  # another server under the same model name: not answered from a's cache
        assert b.n_calls == 1 and not other.cached and other.text == "The background turns darker."
        again = ask_at(a, api_key="sk-another-key")  # the key is not part of the key
        assert again.cached and again.text == first.text and a.n_calls == 1
    entries = [json.loads(p.read_text()) for p in cache.rglob("*.json")]
    assert len(entries) == 2 and {e["endpoint"] for e in entries} == {a.url + "/v1", b.url + "/v1"}
    assert all("sk-another-key" not in json.dumps(e) for e in entries)


def test_ollama_endpoint_from_ollama_host(monkeypatch):
    from latentexplainer.backends import get_backend

    pytest.importorskip("ollama")
    monkeypatch.setenv("OLLAMA_HOST", "http://gpu-box:11434")
    assert get_backend("ollama:llava", {}).endpoint() == "http://gpu-box:11434"
    assert get_backend("ollama:llava", {"base_url": "http://other:1"}).endpoint() == "http://other:1"


def test_reported_model_is_kept_in_record_and_cache(tiny_vae_dir, tmp_path, capsys):
    pytest.importorskip("google.genai", reason="pip install 'latentexplainer[gemini]'")
    cache = tmp_path / "cache"
    with FakeServer() as srv:  # Gemini's answers name the model that answered ("modelVersion": "fake")
        args = ["explain", "--model", str(tiny_vae_dir), "--backend", "gemini:gemini-2.5-flash", "--base-url", srv.url,
                "--api-key", "sk-test", "--samples", "2", "--latents", "0", "--cache-dir", str(cache), "--quiet"]
        assert main(args + ["--out", str(tmp_path / "r1")]) == 0
        assert main(args + ["--out", str(tmp_path / "r2")]) == 0  # from the cache
        assert srv.n_calls == 2
    for run in ("r1", "r2"):
        rec = LatentRecord.from_dict(_records(tmp_path / run)[0])
        assert rec.reported_models == ["fake"]
    entries = [json.loads(p.read_text()) for p in cache.rglob("*.json")]
    assert [e["response"]["model"] for e in entries] == ["fake", "fake"]
    assert all(e["model"] == "gemini-2.5-flash" for e in entries)  # the name asked for, beside
    old = _records(tmp_path / "r1")[0]
    del old["reported_models"]
    assert LatentRecord.from_dict(old).reported_models == []  # records written before still load
