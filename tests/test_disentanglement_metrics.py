"""MIG, DCI, SAP and the FactorVAE score on built representations (after disentanglement_lib's
tests): a perfect code scores near 1, a random one near 0 (FactorVAE: near chance)."""

import numpy as np
import pytest

from latentexplainer.errors import ConfigError
from latentexplainer.evaluate.disentanglement import (
    dci,
    discretize,
    factorvae_score,
    mig,
    sap,
)

N, K, VALUES = 800, 3, 6


@pytest.fixture(scope="module")
def factors():
    return np.random.default_rng(0).integers(0, VALUES, (N, K))


@pytest.fixture(scope="module")
def perfect(factors):
    return factors + np.random.default_rng(1).normal(0, 0.01, factors.shape)


@pytest.fixture(scope="module")
def random_code():
    return np.random.default_rng(2).normal(size=(N, K))


def test_mig(factors, perfect, random_code):
    assert mig(perfect, factors)["mig"] > 0.95
    assert mig(random_code, factors)["mig"] < 0.05
    # a permuted, rescaled perfect code is as good; a duplicated latent has no gap
    assert mig(-3 * perfect[:, ::-1], factors)["mig"] > 0.95
    assert mig(np.c_[perfect, perfect[:, :1]], factors)["per_factor"][0] < 0.05


def test_dci_gbt(factors, perfect, random_code):
    good = dci(perfect, factors)
    assert good["disentanglement"] > 0.9 and good["completeness"] > 0.9 and good["informativeness"] > 0.9
    bad = dci(random_code, factors)
    assert bad["disentanglement"] < 0.2 and bad["completeness"] < 0.2
    assert bad["informativeness"] < 0.3  # chance is 1/6


def test_dci_lasso_and_mixing(factors, perfect):
    good = dci(perfect, factors, model="lasso")
    assert good["disentanglement"] > 0.9 and good["completeness"] > 0.9 and good["informativeness"] > 0.9
    # a rotation mixes factors 0 and 1 into both latents: informative, not disentangled
    mixed = perfect @ np.array([[1, 1, 0], [1, -1, 0], [0, 0, 1.0]])
    m = dci(mixed, factors, model="lasso")
    assert m["informativeness"] > 0.9 and m["disentanglement"] < 0.8


def test_sap(factors, perfect, random_code):
    assert sap(perfect, factors)["sap"] > 0.9
    assert sap(random_code, factors)["sap"] < 0.1
    assert sap(perfect, factors, continuous=True)["sap"] > 0.95
    assert sap(random_code, factors, continuous=True)["sap"] < 0.05


def test_factorvae(factors, perfect, random_code):
    assert factorvae_score(perfect, factors)["factorvae"] > 0.95
    assert factorvae_score(random_code, factors)["factorvae"] < 0.6  # chance with 3 factors: about 1/3
    # a collapsed latent (variance below the pruning level) is never chosen
    collapsed = np.c_[perfect, np.zeros(N)]
    got = factorvae_score(collapsed, factors)
    assert got["active"] == K and got["factorvae"] > 0.95


def test_discretize_keeps_classes_and_bins_continuous():
    x = np.c_[np.array([3, 5, 5, 9] * 5), np.linspace(0, 1, 20)]
    d = discretize(x, bins=4)
    assert list(d[:4, 0]) == [0, 1, 1, 2]
    assert d[:, 1].min() == 0 and d[:, 1].max() == 3


def test_bad_shapes_teach(factors, perfect):
    with pytest.raises(ConfigError, match="rows"):
        mig(perfect[:-1], factors)
    with pytest.raises(ConfigError, match="2-D"):
        sap(perfect[:, 0], factors)
    with pytest.raises(ConfigError, match="gbt or lasso"):
        dci(perfect, factors, model="forest")
