"""The benchmark through a real API client against a simulated chatty multimodal model.

    .venv/bin/python benchmarks/chatty.py --out runs/chatty            # shapes and scenes
    .venv/bin/python benchmarks/chatty.py --out runs/chatty --dataset shapes --certainty embedding
    .venv/bin/python benchmarks/chatty.py --out runs/chatty-plain --voice plain
    .venv/bin/python benchmarks/chatty.py --out runs/chatty-narrative --voice narrative
    .venv/bin/python benchmarks/chatty.py --out runs/chatty-technical --voice technical

The simulated model (tests/fakes/chatty.py) looks at each strip it is sent and answers like a
real multimodal model: preambles, hedges, synonyms, abstentions phrased many ways, about 10 %
wrong on purpose. `--voice plain` gives it a second voice (tests/fakes/plain_voice.py): the same
eyes and mistakes, worded like a terse, report-like model; `--voice narrative` a third
(tests/fakes/narrative_voice.py): the same eyes and mistakes again, worded like a discursive model
that talks row by row, takes back first impressions and says what does not change; `--voice technical`
a fourth (tests/fakes/technical_voice.py): the same eyes and mistakes, worded like an ML researcher
describing a latent dimension (what it encodes, axis notation, secondary effects, what stays
invariant). It is served on 127.0.0.1 by tests/fakes/servers.py and asked through the real OpenAI
SDK (`--backend openai-compatible:chatty-vlm --base-url ...`). The explanations are graded as usual
(decoder-side truth, the graders' reader). Prints a table per data set and writes OUT/chatty.json.
The factor judge is trained once per data set in OUT/<dataset> and reused on a second call.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fakes import narrative_voice, plain_voice, technical_voice  # noqa: E402
from fakes.servers import FakeServer  # noqa: E402
from latentexplainer.backends.cache import CachePolicy  # noqa: E402
from latentexplainer.evaluate.benchmark import run_benchmark  # noqa: E402
from latentexplainer.pipeline import ExplainSettings  # noqa: E402

VOICES = ("chatty", "plain", "narrative", "technical")
RESPONDERS = {"plain": plain_voice.respond, "narrative": narrative_voice.respond,
              "technical": technical_voice.respond}
FIGURES = ("factor_accuracy", "certainty_auroc", "certainty_auroc_active", "confident_wrong_rate",
           "detection_accuracy", "direction_accuracy")


def run(dataset: str, out: Path, certainty: str = "gist", samples: int = 5, seed: int = 0,
        show_progress: bool = False, voice: str = "chatty") -> dict:
    if voice not in VOICES:
        raise ValueError(f"unknown voice {voice!r}; allowed: {', '.join(VOICES)}")
    with FakeServer() as srv, tempfile.TemporaryDirectory() as cache:
        srv.set_mode("chatty")
        if voice in RESPONDERS:
            srv.set_responder(RESPONDERS[voice])
        s = ExplainSettings(backend="openai-compatible:chatty-vlm", samples=samples, seed=seed, certainty=certainty,
                            backend_options={"base_url": srv.url + "/v1", "api_key": "sk-local", "concurrency": 8},
                            cache=CachePolicy(Path(cache)))
        r = run_benchmark(dataset, out / dataset, samples=samples, seed=seed, settings=s, show_progress=show_progress,
                          run_name=f"run-chatty-{certainty}" if voice == "chatty" else f"run-{voice}-{certainty}",
                          command="benchmarks/chatty.py").to_dict()
        r["server_calls"] = srv.n_calls
        return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dataset", action="append", help="shapes and scenes by default")
    ap.add_argument("--certainty", default="gist", help="gist (default), bow (the authors' words as written), embedding")
    ap.add_argument("--samples", type=int, default=5)
    ap.add_argument("--voice", choices=VOICES, default="chatty",
                    help="chatty (default): the chatty model's words; plain: a terse, report-like voice; "
                         "narrative: a discursive voice (row by row, second thoughts, what does not change); "
                         "technical: an analyst-style voice (what the latent encodes, secondary effects)")
    a = ap.parse_args(argv)
    rows = {}
    for d in a.dataset or ["shapes", "scenes"]:
        r = run(d, a.out, a.certainty, a.samples, voice=a.voice)
        rows[d] = {k: r.get(k) for k in FIGURES} | {"n_with_factor": r["n_with_factor"], "n_clear": r["n_clear"],
                                                    "server_calls": r["server_calls"]}
        print(f"{d} ({a.voice}): " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in rows[d].items()))
    (a.out / "chatty.json").write_text(json.dumps({"certainty": a.certainty, "voice": a.voice, "sets": rows}, indent=2))
    print("| set | voice | " + " | ".join(FIGURES) + " |")
    print("|---" * (len(FIGURES) + 2) + "|")
    for d, r in rows.items():
        print(f"| {d} | {a.voice} | " + " | ".join("n/a" if r[k] is None else f"{r[k]:.3f}" for k in FIGURES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
