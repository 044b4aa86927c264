"""Throughput benchmark: the openai backend's describe_many against a loopback fake server.

    PYTHONPATH=src .venv/bin/python benchmarks/backend_throughput.py [--latents 100] [--samples 5]
        [--delay 0.1] [--concurrency 16] [--fail 0.3] [--out runs/bench/backend_throughput.json]

The fake server (tests/fakes/servers.py) answers every call after a fixed delay d. Three runs
of L latents x n samples at concurrency c: a clean one (wall time against the ideal
L*n*d/c), the same again (the cache should make 0 calls), and one against a server failing
a fraction of calls with 429/500 (every latent must still get exactly n answers). Prints a
Markdown table and writes JSON. The server runs in a process of its own, as a real provider
would: its CPU does not share the client's interpreter lock, and d counts from the moment a
request arrives (its own reading and parsing inside d, as a provider's latency is), so the
ratio measures the client. The backend is prepared before the clock starts, as a run does,
and ``--warmup`` calls (16, uncached, not counted) go first: the SDK's first-use costs (lazy
imports, its response classes) are paid once per process, not per run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # for fakes.servers

from fakes.servers import FakeServer
from latentexplainer.backends import get_backend
from latentexplainer.backends.base import ExplainRequest, ModelContext
from latentexplainer.backends.cache import CachePolicy, with_cache
from latentexplainer.biases import get_bias
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence


def make_requests(folder: Path, latents: int, samples: int) -> list[ExplainRequest]:
    prompt = build_prompt(get_bias("disentanglement"))
    out = []
    for i in range(latents):
        seqs, paths = [], []
        for s in range(samples):
            frames = np.random.default_rng([i, s]).random((5, 3, 8, 8)).astype(np.float32)
            seqs.append(Sequence(LatentRef(i), s, (Row((-2.0, -1.0, 0.0, 1.0, 2.0), "base code", frames),) * 2))
            path = folder / f"z{i}_s{s}.png"
            Image.fromarray((frames[0].transpose(1, 2, 0) * 255).astype(np.uint8)).resize((96, 32)).save(path)
            paths.append(path)
        out.append(ExplainRequest(LatentRef(i), tuple(seqs), prompt, tuple(paths)))
    return out


def _serve(conn) -> None:
    """Child process: a FakeServer driven by commands over a pipe."""
    with FakeServer() as srv:
        conn.send(srv.url)
        while True:
            cmd, *args = conn.recv()
            if cmd == "stop":
                break
            if cmd == "stats":
                conn.send({"n_calls": srv.n_calls, "failures_sent": srv.failures_sent,
                           "max_in_flight": srv.max_in_flight})
            else:
                getattr(srv, cmd)(*args)
                conn.send(None)


class ServerProcess:
    """The fake server in its own process, with the FakeServer methods the benchmark needs."""

    def __init__(self) -> None:
        self._conn, child = mp.Pipe()
        self._proc = mp.Process(target=_serve, args=(child,), daemon=True)
        self._proc.start()
        self.url = self._conn.recv()

    def _call(self, *cmd):
        self._conn.send(cmd)
        return self._conn.recv()

    def set_delay(self, d: float) -> None:
        self._call("set_delay", d)

    def fail_randomly(self, fraction: float, seed: int = 0) -> None:
        self._call("fail_randomly", fraction, seed)

    def reset(self) -> None:
        self._call("reset")

    def __getattr__(self, name: str):
        if name in ("n_calls", "failures_sent", "max_in_flight"):
            return self._call("stats")[name]
        raise AttributeError(name)

    def __enter__(self) -> "ServerProcess":
        return self

    def __exit__(self, *exc) -> None:
        self._conn.send(("stop",))
        self._proc.join(timeout=10)


def one_run(server: ServerProcess, requests: list[ExplainRequest], options: dict, cache: Path | None = None) -> dict:
    backend = with_cache(get_backend("openai:gpt-4o-mini", {"base_url": server.url + "/v1", "api_key": "sk-bench",
                                                            **options}), CachePolicy(cache) if cache else None)
    backend.prepare(ModelContext(np.zeros((1, 3, 8, 8), np.float32), 8))  # as a run does, before its first call
    before, failures_before = server.n_calls, server.failures_sent
    answers: dict[int, list] = {}

    def done(k, responses):
        answers.setdefault(k, []).append(responses)

    t0 = time.perf_counter()
    backend.describe_many(requests, done)
    wall = time.perf_counter() - t0
    n = len(requests[0].sequences)
    complete = (sorted(answers) == list(range(len(requests)))
                and all(len(v) == 1 and len(v[0]) == n and all(r.status == "ok" for r in v[0]) for v in answers.values()))
    return {"wall_s": round(wall, 3), "calls": server.n_calls - before, "retries": backend.stats["retries"],
            "failures_sent": server.failures_sent - failures_before, "cache_hits": backend.stats.get("cache_hits", 0),
            "max_in_flight": server.max_in_flight, "complete": complete}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latents", type=int, default=100)
    ap.add_argument("--samples", type=int, default=5)
    ap.add_argument("--delay", type=float, default=0.1, help="server latency per call, seconds")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--fail", type=float, default=0.3, help="fraction of calls failed with 429/500 in the third run")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--warmup", type=int, default=16, help="calls made (and not counted) before the first run")
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench" / "backend_throughput.json")
    args = ap.parse_args()
    L, n, d, c = args.latents, args.samples, args.delay, args.concurrency
    ideal = L * n * d / c
    with tempfile.TemporaryDirectory() as tmp, ServerProcess() as server:
        requests = make_requests(Path(tmp), L, n)
        cache = Path(tmp) / "cache"
        opts = {"concurrency": c, "max_retries": 10, "timeout": 30}
        server.set_delay(d)
        if args.warmup:  # the SDK's first-use costs (lazy imports, model classes), uncached and not counted
            (Path(tmp) / "warmup").mkdir()
            one_run(server, make_requests(Path(tmp) / "warmup", args.warmup, 1), opts)
            server.reset()
            server.set_delay(d)
        rows = {"clean": one_run(server, requests, opts, cache)}
        server.reset()
        server.set_delay(d)
        rows["cached (identical second run)"] = one_run(server, requests, opts, cache)
        server.reset()
        server.set_delay(d)
        server.fail_randomly(args.fail, seed=args.seed)
        rows[f"{args.fail:.0%} of calls fail (429/500)"] = one_run(server, requests, opts)
    for r in rows.values():
        r["ideal_s"] = round(ideal, 3)
        r["ideal_over_actual"] = round(ideal / r["wall_s"], 3) if r["calls"] else None
        r["ideal_for_calls_made_s"] = round(r["calls"] * d / c, 3)  # retries included
    cols = ["wall_s", "ideal_s", "ideal_over_actual", "ideal_for_calls_made_s", "calls", "retries", "failures_sent", "cache_hits",
            "max_in_flight", "complete"]
    print(f"openai backend, fake server: L={L} latents x n={n} samples = {L * n} answers, d={d * 1000:g} ms, c={c}\n")
    print("| run | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, r in rows.items():
        print(f"| {name} | " + " | ".join("n/a" if r[k] is None else str(r[k]) for k in cols) + " |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"latents": L, "samples": n, "delay_s": d, "concurrency": c, "fail": args.fail,
                                    "warmup_calls": args.warmup, "runs": rows}, indent=2))
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
