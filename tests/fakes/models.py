"""Decoders with known behaviour, for tests: `--model fakes.models:NAME` (tests/ on PYTHONPATH)."""

from __future__ import annotations

import numpy as np

from latentexplainer.data import scenes, shapes


def _sig(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, float)))


def shapes_decode(z: np.ndarray) -> np.ndarray:
    """z0 -> horizontal position, z1 -> scale, z2 -> vertical position, z3 does nothing."""
    out = [shapes.render(0, 0.5 + 0.5 * _sig(c[1]), 0.3, _sig(c[0]), _sig(c[2])) for c in z]
    return np.stack(out)[:, None].astype(np.float32) / 255.0


def shapes_model():
    return shapes_decode, 4


def scenes_decode(z: np.ndarray) -> np.ndarray:
    """z0 -> floor hue, z1 -> object hue, z2 does nothing."""
    out = [scenes.render(0.8 * _sig(c[0]), 0.3, 0.8 * _sig(c[1]), 0.6, 2, 0.0) for c in z]
    return np.stack(out).transpose(0, 3, 1, 2).astype(np.float32) / 255.0


def scenes_model():
    return scenes_decode, 3


def nan_model():
    return (lambda z: np.full((len(z), 1, 64, 64), np.nan, np.float32)), 3


def wrong_shape_model():
    return (lambda z: np.zeros((len(z), 64, 64), np.float32)), 3


def out_of_range_model():
    return (lambda z: np.full((len(z), 1, 64, 64), 5.0, np.float32)), 3


def raising_model():
    def decode(z):
        raise RuntimeError("boom")

    return decode, 3


def bad_dim_model():
    return shapes_decode, "four"


def not_a_model():
    return 42


def inf_model():
    return (lambda z: np.full((len(z), 3, 64, 64), np.inf, np.float32)), 3


def oversize_model():
    return (lambda z: np.zeros((len(z), 1, 2048, 2048), np.float32)), 2


def uint8_model():
    return (lambda z: np.full((len(z), 1, 64, 64), 200, np.uint8)), 3
