import gzip

import numpy as np
import pytest
from PIL import Image

from latentexplainer.data import load_dataset
from latentexplainer.errors import DataError


@pytest.mark.parametrize("name,channels,k", [("shapes", 1, 5), ("scenes", 3, 6)])
def test_procedural_data_has_known_factors(name, channels, k):
    d = load_dataset(name, 64, seed=3)
    assert d.images.shape == (64, 64, 64, channels) and d.images.dtype == np.uint8
    assert d.factors.shape == (64, k) and len(d.factor_names) == k
    assert all(f.description for f in d.factor_info)
    again = load_dataset(name, 64, seed=3)
    assert np.array_equal(d.images, again.images)
    assert not np.array_equal(d.images, load_dataset(name, 64, seed=4).images)


def test_shapes_position_factor_moves_the_object():
    from latentexplainer.data import shapes

    left = shapes.render(0, 1.0, 0.0, 0.0, 0.5).astype(float)
    right = shapes.render(0, 1.0, 0.0, 1.0, 0.5).astype(float)
    xs = np.arange(64)
    assert (left.sum(0) * xs).sum() / left.sum() < 25 < 40 < (right.sum(0) * xs).sum() / right.sum()


def test_scenes_floor_hue_colours_only_the_floor():
    from latentexplainer.data import scenes

    a = scenes.render(0.0, 0.5, 0.2, 0.5, 0, 0.0).astype(int)
    b = scenes.render(0.6, 0.5, 0.2, 0.5, 0, 0.0).astype(int)
    changed = np.abs(a - b).sum(-1) > 30
    assert changed[:30].mean() < 0.01 and changed[60:].mean() > 0.5


def _write_idx(path, arr):
    header = bytes([0, 0, 8, arr.ndim]) + b"".join(int(d).to_bytes(4, "big") for d in arr.shape)
    with gzip.open(path, "wb") as fh:
        fh.write(header + arr.astype(np.uint8).tobytes())


def test_fashion_mnist_idx_reader(tmp_path):
    imgs = np.random.default_rng(0).integers(0, 255, (20, 28, 28))
    _write_idx(tmp_path / "train-images-idx3-ubyte.gz", imgs)
    _write_idx(tmp_path / "train-labels-idx1-ubyte.gz", np.arange(20) % 10)
    d = load_dataset(f"fashion-mnist:{tmp_path}", 10, seed=0)
    assert d.images.shape == (10, 64, 64, 1) and d.factor_names == ("class",)
    assert set(d.factors[:, 0]) <= set(range(10))


def test_fashion_mnist_truncated_file_is_a_clear_error(tmp_path):
    imgs = np.zeros((20, 28, 28))
    _write_idx(tmp_path / "train-images-idx3-ubyte.gz", imgs)
    raw = gzip.open(tmp_path / "train-images-idx3-ubyte.gz").read()[:-100]
    with gzip.open(tmp_path / "train-images-idx3-ubyte.gz", "wb") as fh:
        fh.write(raw)
    with pytest.raises(DataError, match="truncated"):
        load_dataset(f"fashion-mnist:{tmp_path}", 10)


def test_fashion_mnist_missing_names_the_debian_package(tmp_path):
    with pytest.raises(DataError, match="dataset-fashion-mnist"):
        load_dataset(f"fashion-mnist:{tmp_path}", 10)


def test_npz_with_factors(tmp_path):
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "d.npz", images=rng.integers(0, 255, (30, 32, 32), dtype=np.uint8),
             factors=rng.uniform(size=(30, 2)), factor_names=np.array(["a", "b"]),
             factor_descriptions=np.array(["size of the object", "colour of the object"]))
    d = load_dataset(f"npz:{tmp_path / 'd.npz'}", 30)
    assert d.images.shape == (30, 64, 64, 1)
    assert d.factor_names == ("a", "b") and d.factor_info[0].description == "size of the object"


@pytest.mark.parametrize("arrays,msg", [
    ({"pictures": np.zeros((2, 8, 8), np.uint8)}, "no array 'images'"),
    ({"images": np.zeros((2, 8, 8), np.float32)}, "must be uint8"),
    ({"images": np.zeros((2, 8, 8), np.uint8), "factors": np.zeros((3, 2))}, "factors"),
])
def test_npz_bad_contents(tmp_path, arrays, msg):
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(DataError, match=msg):
        load_dataset(f"npz:{tmp_path / 'bad.npz'}", 10)


def test_folder_of_images(tmp_path):
    for i in range(3):
        Image.fromarray(np.full((40, 40, 3), 50 * i, np.uint8)).save(tmp_path / f"{i}.png")
    (tmp_path / "notes.txt").write_text("not an image")
    d = load_dataset(f"folder:{tmp_path}", 10)
    assert d.images.shape == (3, 64, 64, 3) and d.factors is None


def test_folder_with_a_corrupt_image(tmp_path):
    (tmp_path / "x.png").write_bytes(b"not a png")
    with pytest.raises(DataError, match="cannot read image"):
        load_dataset(f"folder:{tmp_path}", 10)


def test_unknown_data_set():
    with pytest.raises(DataError, match="choose one of"):
        load_dataset("mnist", 10)
