"""Crash safety: a real process killed with SIGKILL mid-run against a fake server that counts
the answers it hands out; after --resume the run is complete and no answer was paid twice."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from fakes.servers import FakeServer

pytest.importorskip("openai", reason="pip install 'latentexplainer[openai]'")


def _wait(predicate, timeout=120.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _records(out):
    path = out / "explanations.jsonl"
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip().endswith("}")]


def test_kill_9_then_resume_pays_for_nothing_twice(tiny_vae_dir, tmp_path, cli_env):
    out, cache = tmp_path / "run", tmp_path / "cache"
    latents, samples = 4, 3
    with FakeServer() as srv:
        args = [sys.executable, "-m", "latentexplainer", "explain", "--model", str(tiny_vae_dir),
                "--backend", "openai:gpt-4o-mini", "--base-url", srv.url + "/v1", "--api-key", "sk-test",
                "--samples", str(samples), "--concurrency", "1", "--cache-dir", str(cache), "--quiet",
                "--out", str(out)]
        # answer latent 0 in full and one sample of latent 1, then hold every request
        srv.gate_after(samples + 1)
        proc = subprocess.Popen(args, env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            assert _wait(lambda: len(_records(out)) >= 1 and srv.answered == samples + 1), "run did not start"
            assert _wait(lambda: len(list(cache.rglob("*.json"))) >= samples + 1, 30)  # answers saved
            # a second writer is refused while the first one holds the run directory
            second = subprocess.run(args[:-1] + [str(out), "--resume"], env=cli_env, capture_output=True,
                                    text=True, timeout=120)
            assert second.returncode == 2 and "another latentexplainer process" in second.stderr
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL
        before = _records(out)
        assert [r["latent"] for r in before] == [0]
        srv.gate_after(None)
        r = subprocess.run(args + ["--resume"], env=cli_env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        after = _records(out)
        assert sorted(x["latent"] for x in after) == list(range(latents))  # complete, no duplicates
        assert after[0] == before[0]  # nothing already written was changed
        assert srv.answered == latents * samples  # every answer paid for exactly once
        assert all(len(x["responses"]) == samples for x in after)
    assert not any(p for p in out.rglob("*.tmp"))
    assert os.path.exists(out / "report.html")
