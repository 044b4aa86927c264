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


def _square_frames(z: np.ndarray, size: int = 64) -> np.ndarray:
    """An orange square on a grey background: z0 moves it sideways (far enough to touch the
    image border), z1 sizes it, z2 does nothing, z3 sets the background's brightness."""
    z = np.asarray(z, float)
    n = len(z)
    out = np.empty((n, 3, size, size), np.float32)
    xs = np.arange(size)[None, :]
    ys = np.arange(size)[:, None]
    for k, c in enumerate(z):
        side = 8.0 + 16.0 * _sig(c[1])
        cx = size / 2 + (size / 2) * np.tanh(c[0] / 2.0)
        bg = 0.2 + 0.6 * _sig(c[3])
        inside = (np.abs(xs - cx) <= side / 2) & (np.abs(ys - size / 2) <= side / 2)
        img = np.full((3, size, size), bg, np.float32)
        for ch, v in enumerate((0.95, 0.55, 0.15)):
            img[ch][inside] = v
        out[k] = img
    return out


def square_model():
    """The analytic decoder of issue 11: a square; z0 moves it, z1 sizes it, z2 nothing, z3 background."""
    return _square_frames, 4


def colour_noise_model():
    """A decoder that outputs colour noise: every code decodes to fresh random pixels."""
    def decode(z):
        z = np.asarray(z, float)
        seed = np.abs(np.round(z * 1000).astype(np.int64)).sum(1)
        return np.stack([np.random.default_rng(int(s)).random((3, 64, 64)) for s in seed]).astype(np.float32)

    return decode, 4


# decoders that break the contract in ways a careless or hostile decode function might
def generator_model():
    return (lambda z: (np.zeros((1, 8, 8)) for _ in range(len(z)))), 3


def strings_model():
    return (lambda z: ["pixel"] * len(z)), 3


def none_model():
    return (lambda z: None), 3


def dict_model():
    return (lambda z: {"images": np.zeros((len(z), 1, 8, 8))}), 3


def ragged_model():
    return (lambda z: [np.zeros((1, 8, 8)), np.zeros((1, 4, 4))] * (len(z) // 2 + 1)), 3


def huge_number_model():
    return (lambda z: np.full((len(z), 1, 8, 8), 1e300 * 1e300)), 3


def wide_model():
    """latent_dim 100,000: z0 sets the grey level, the other latents do nothing."""
    def decode(z):
        z = np.asarray(z, np.float32)
        img = np.empty((len(z), 1, 64, 64), np.float32)
        img[:] = (0.5 + 0.3 * np.tanh(z[:, 0]))[:, None, None, None]
        return img
    return decode, 100_000


def big_model():
    """3x1024x1024 images: z0 moves a light square sideways, z1 makes it taller."""
    def decode(z):
        z = np.asarray(z, np.float32)
        out = np.zeros((len(z), 3, 1024, 1024), np.float32)
        for k, v in enumerate(z):
            x = int(512 + 300 * np.tanh(v[0] / 2))
            h = int(100 + 60 * np.tanh(v[1] / 2))
            out[k, :, 512 - h:512 + h, x - 100:x + 100] = 0.9
        return out
    return decode, 4


def dying_once_model():
    """The shapes decoder, except that a process other than the one that made the model (a Ray
    worker) kills itself the first time it decodes, as an out-of-memory kill would: once per
    marker file named by LE_TEST_DIE_ONCE."""
    import os

    maker, marker = os.getpid(), os.environ.get("LE_TEST_DIE_ONCE", "")

    def decode(z: np.ndarray) -> np.ndarray:
        if marker and os.getpid() != maker and len(z) == 1 and not os.path.exists(marker):
            open(marker, "w").close()
            os._exit(1)
        return shapes_decode(z)

    return decode, 4


def slow_model():
    """A CPU-bound decoder for the scale benchmark: 64 latents (z0-z2 as the shapes decoder's, the
    rest unused) and 20 ms of single-threaded work per image, so about 1 s per unit at 5 samples
    (5 base codes x 2 rows x 5 frames)."""
    import time

    def decode(z: np.ndarray) -> np.ndarray:
        end = time.process_time() + 0.02 * len(z)
        while time.process_time() < end:
            sum(i * i for i in range(1000))
        return shapes_decode(z)

    return decode, 64
