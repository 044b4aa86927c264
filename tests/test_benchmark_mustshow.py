"""What the benchmark must show, checked on every `make test`, on the shipped models of the two
built-in data sets:

* the offline probe: factor accuracy >= 0.9, certainty AUROC >= 0.9, no more than 10 % of its
  clear explanations confidently wrong, and its explanations usable (detection, direction);
* a simulated chatty multimodal model (tests/fakes/chatty.py: varied wording, hedges,
  abstentions phrased many ways, about 10 % wrong on purpose) asked through the real OpenAI SDK
  against the loopback fake server: accuracy >= 0.85 and AUROC >= 0.9.

Both explainers are graded in one folder per data set, so the factor judge is trained once
(about a minute on 2 cores; the scenes one is shared with the combination benchmark's test).
Figures are in benchmark.json / benchmark-run-chatty.json; docs/benchmark.md says how they are
made.
"""

import importlib.util

import pytest

from fakes.servers import FakeServer
from latentexplainer.backends.cache import CachePolicy
from latentexplainer.evaluate.benchmark import run_benchmark
from latentexplainer.pipeline import ExplainSettings

# one worker trains each shipped model's judge once, for both tests here and test_bias_benchmark's combination
pytestmark = pytest.mark.xdist_group("shipped-judges")


@pytest.fixture(scope="module", params=["shapes", "scenes"])
def bench(request, tmp_path_factory, judges):
    out = tmp_path_factory.mktemp(f"bench-{request.param}")
    judges.lend(request.param, out)  # the scenes judge is shared with test_bias_benchmark's combination case
    yield request.param, out
    judges.keep(request.param, out)


def _table(r):
    return [(x["latent"], x["decoder_factor"], x["explanation"], x["named_factors"], round(x["certainty"], 2))
            for x in r.latents]


@pytest.mark.slow
def test_probe_meets_the_bar(bench):
    dataset, out = bench
    r = run_benchmark(dataset, out, show_progress=False)
    table = _table(r)
    assert r.n_with_factor >= 3, table
    assert r.factor_accuracy >= 0.9, table
    assert r.certainty_auroc >= 0.9, table
    assert r.confident_wrong_rate is not None and r.confident_wrong_rate <= 0.1, table
    assert r.n_latents == 10 and r.mig > 0
    # scoring by use (the probe judge, k = 4 distractors: chance 0.2; direction: chance 0.5)
    det, dirn = r.detection, r.direction
    uses = [(t["latent"], t["shown"], t["answer"], t["correct"]) for t in det["trials"] + dirn["trials"]]
    assert det["k"] == 4 and det["chance"] == 0.2 and dirn["chance"] == 0.5, uses
    assert det["n"] == dirn["n"] >= 3, uses  # the latents with a clear explanation
    assert det["accuracy"] >= 0.75, uses
    assert dirn["accuracy"] > 0.5, uses


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("openai") is None, reason="pip install 'latentexplainer[openai]'")
def test_a_chatty_multimodal_model_meets_the_bar(bench, tmp_path):
    dataset, out = bench
    with FakeServer() as srv:
        srv.set_mode("chatty")
        s = ExplainSettings(backend="openai-compatible:chatty-vlm", backend_options={
            "base_url": srv.url + "/v1", "api_key": "sk-local", "concurrency": 8},
                            cache=CachePolicy(tmp_path / "cache"))
        r = run_benchmark(dataset, out, settings=s, show_progress=False, run_name="run-chatty")
        assert srv.n_calls == 10 * 5  # every answer came through the API, none from a cache
    table = _table(r)
    assert r.factor_accuracy >= 0.85, table
    assert r.certainty_auroc >= 0.9, table
    assert r.confident_wrong_rate is not None and r.confident_wrong_rate <= 0.2, table
