"""The foundation's promise, checked on every `make test`: with the default settings and the
shipped models, the probe's explanations meet the ground-truth bar on both procedural data sets.

Each case trains the factor predictor (the decoder-side judge) and explains every latent:
about two minutes on 2 cores. Figures are in benchmark.json; docs/benchmark.md says how.
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
