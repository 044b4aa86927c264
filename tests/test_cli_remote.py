"""End to end through the CLI in a real process: a remote backend against a fake OpenAI server
on 127.0.0.1 - a full run directory and report, answers cached, the key never written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fakes.servers import FakeServer

pytest.importorskip("openai", reason="pip install 'latentexplainer[openai]'")
SENTINEL = "sk-SENTINEL-cli-4242"


def _files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_explain_with_openai_against_a_fake_server(tiny_vae_dir, tmp_path, cli_env):
    out, cache = tmp_path / "run", tmp_path / "cache"
    with FakeServer() as srv:
        demo = tmp_path / "demo"  # as the issue puts it: explain the model of an earlier run
        first = subprocess.run([sys.executable, "-m", "latentexplainer", "explain", "--model", str(tiny_vae_dir),
                                "--samples", "2", "--latents", "0", "--quiet", "--out", str(demo)], env=cli_env,
                               capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        args = [sys.executable, "-m", "latentexplainer", "explain", "--model", str(demo),
                "--backend", "openai:gpt-4o-mini", "--base-url", srv.url + "/v1", "--samples", "3",
                "--cache-dir", str(cache), "--quiet", "--out", str(out)]
        env = dict(cli_env, OPENAI_API_KEY=SENTINEL)
        r = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        calls = srv.n_calls
        assert calls == 4 * 3  # 4 latents x 3 samples
        body = srv.bodies("chat/completions")[0]
        assert body["model"] == "gpt-4o-mini"
        # the same run again, into a new folder: every answer comes from the cache
        r = subprocess.run(args[:-1] + [str(tmp_path / "run2")], env=env, capture_output=True, text=True,
                           timeout=300)
        assert r.returncode == 0, r.stderr
        assert srv.n_calls == calls
        # the key given on the command line is not written either
        r = subprocess.run(args[:-1] + [str(tmp_path / "run3"), "--api-key", SENTINEL, "--no-cache"],
                           env=cli_env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        assert srv.n_calls == 2 * calls
    records = [json.loads(x) for x in (out / "explanations.jsonl").read_text().splitlines()]
    assert len(records) == 4 and all(len(x["responses"]) == 3 for x in records)
    assert all(x["explanation"] == "The object moves horizontally from left to right." for x in records)
    assert all(x["usage"] for x in records)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["packing"] == "composite" and summary["usage"]
    assert (out / "report.html").exists()
    cfg = json.loads((tmp_path / "run3" / "config.json").read_text())
    assert "--api-key '***'" in cfg["command"] and SENTINEL not in cfg["command"]
    for root in (tmp_path,):
        assert _files_containing(root, SENTINEL) == []


def test_missing_key_is_one_line(tiny_vae_dir, tmp_path, cli_env):
    env = {k: v for k, v in cli_env.items() if k != "OPENAI_API_KEY"}
    r = subprocess.run([sys.executable, "-m", "latentexplainer", "explain", "--model", str(tiny_vae_dir),
                        "--backend", "openai:gpt-4o-mini", "--out", str(tmp_path / "r"), "--quiet"],
                       env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    assert "OPENAI_API_KEY" in r.stderr and len(r.stderr.strip().splitlines()) == 1
