"""Memory in proportion to the work asked (issue 12): nothing grows with latent_dim squared,
and large frames are decoded in batches bounded by their pixel count. Each check runs the CLI
in a child process of a small wrapper, whose peak resident memory is read back."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")


def _peak_mb(argv: list[str], env: dict) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "-m", "latentexplainer", *argv],
                         env=env, capture_output=True, text=True, timeout=600)
    kb, code = out.stdout.split()[-2:]
    return int(kb) / 1024, int(code)


@pytest.mark.slow
def test_latent_dim_100000_explaining_one_latent_stays_under_1_gb(tmp_path, cli_env):
    run = tmp_path / "r"
    mb, code = _peak_mb(["explain", "--model", "fakes.models:wide_model", "--latents", "0", "--samples", "2",
                         "--quiet", "--out", str(run)], cli_env)
    assert code == 0 and mb < 1024, mb
    rec = json.loads((run / "records" / "z0000.json").read_text())
    assert rec["status"] == "ok" and any(w in rec["explanation"] for w in ("darker", "lighter")), rec


@pytest.mark.slow
def test_a_3x1024x1024_decoder_explains_a_latent_within_2_gb(tmp_path, cli_env):
    run = tmp_path / "r"
    mb, code = _peak_mb(["explain", "--model", "fakes.models:big_model", "--latents", "0", "--quiet",
                         "--out", str(run)], cli_env)
    assert code == 0 and mb < 2048, mb
    rec = json.loads((run / "records" / "z0000.json").read_text())
    assert "right" in (rec["explanation"] or ""), rec
