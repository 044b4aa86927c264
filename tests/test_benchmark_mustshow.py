"""The foundation's promise, checked on every `make test`: with the default settings and the
shipped models, the probe's explanations meet the ground-truth bar on both procedural data sets.

Each case trains the factor predictor (the decoder-side judge), explains every latent and
scores the explanations by use (detection among 4 distractors, direction): about two
minutes on 2 cores. Figures are in benchmark.json; docs/benchmark.md says how.
"""

import pytest

from latentexplainer.evaluate.benchmark import run_benchmark


@pytest.mark.slow
@pytest.mark.parametrize("dataset", ["shapes", "scenes"])
def test_default_benchmark_meets_the_bar(dataset, tmp_path):
    r = run_benchmark(dataset, tmp_path / dataset, show_progress=False)
    table = [(x["latent"], x["decoder_factor"], x["named_factor"], round(x["certainty"], 2)) for x in r["latents"]]
    assert r["n_with_factor"] >= 3, table
    assert r["factor_accuracy"] >= 0.9, table
    assert r["certainty_auroc"] >= 0.9, table
    assert r["certainty_auroc_active"] is not None and r["certainty_auroc_active"] >= 0.8, table
    assert r["n_latents"] == 10 and r["mig"] > 0
    # scoring by use (the probe judge, k = 4 distractors: chance 0.2; direction: chance 0.5)
    det, dirn = r["detection"], r["direction"]
    uses = [(t["latent"], t["shown"], t["answer"], t["correct"]) for t in det["trials"] + dirn["trials"]]
    assert det["k"] == 4 and det["chance"] == 0.2 and dirn["chance"] == 0.5, uses
    assert det["n"] == dirn["n"] >= 3, uses  # the latents with a clear explanation
    assert det["accuracy"] >= 0.8, uses
    assert dirn["accuracy"] > 0.5, uses
