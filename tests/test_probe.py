import numpy as np
import pytest

from latentexplainer.backends import ModelContext, get_backend
from latentexplainer.data import scenes, shapes
from latentexplainer.errors import BackendError, ConfigError
from latentexplainer.measure import measure_row
from latentexplainer.records import Row

STEPS = np.linspace(0, 1, 5)


def _grey(frames):
    return np.stack(frames)[:, None].astype(np.float32) / 255.0


def _rgb(frames):
    return np.stack(frames).transpose(0, 3, 1, 2).astype(np.float32) / 255.0


def _probe(ref):
    p = get_backend("probe")
    p.prepare(ModelContext(ref, 4))
    return p


@pytest.fixture(scope="module")
def shapes_probe():
    d = shapes.load(None, 200, 0)
    return _probe(d.as_float())


@pytest.fixture(scope="module")
def scenes_probe():
    d = scenes.load(None, 200, 0)
    return _probe(d.as_float())


def _rows(make):
    return (Row(tuple(STEPS), "base", make(0)), Row(tuple(STEPS), "other", make(1)))


@pytest.mark.parametrize("factor,expected", [
    ("x", "horizontally from left to right"),
    ("y", "vertically from top to bottom"),
    ("scale", "grows larger"),
    ("angle", "rotates"),
])
def test_probe_names_what_moves(shapes_probe, factor, expected):
    def make(variant):
        base = dict(shape=0, scale=0.8, angle=0.1, x=0.5, y=0.3 + 0.4 * variant)
        frames = []
        for t in STEPS:
            kw = dict(base)
            if factor == "x":
                kw["x"] = 0.1 + 0.8 * t
            elif factor == "y":
                kw["y"] = 0.1 + 0.8 * t
                kw["x"] = 0.3 + 0.4 * variant
            elif factor == "scale":
                kw["scale"] = 0.5 + 0.5 * t
            else:
                kw["angle"] = 0.1 + 0.6 * t
                kw["scale"] = 1.0
            frames.append(shapes.render(kw["shape"], kw["scale"], kw["angle"], kw["x"], kw["y"]))
        return _grey(frames)

    r = shapes_probe.answer(_rows(make))
    assert not r.abstained
    assert expected in r.text, r.text


def test_probe_abstains_when_nothing_changes(shapes_probe):
    still = _grey([shapes.render(1, 0.8, 0.2, 0.4, 0.6)] * 5)
    r = shapes_probe.answer((Row(tuple(STEPS), "a", still), Row(tuple(STEPS), "b", still)))
    assert r.abstained and r.text == "No consistent change is visible."


def test_probe_needs_both_rows_to_agree(shapes_probe):
    right = _grey([shapes.render(0, 0.8, 0.0, 0.1 + 0.8 * t, 0.5) for t in STEPS])
    left = right[::-1].copy()
    r = shapes_probe.answer((Row(tuple(STEPS), "a", right), Row(tuple(STEPS), "b", left)))
    assert r.abstained


@pytest.mark.parametrize("which,expected", [
    ("floor", "lower part of the background"),
    ("wall", "upper part of the background"),
    ("object", "colour of the object"),
])
def test_probe_names_colour_changes_in_scenes(scenes_probe, which, expected):
    def make(variant):
        frames = []
        for t in STEPS:
            h = 0.05 + 0.55 * t
            kw = dict(floor=0.7, wall=0.1 + 0.3 * variant, obj=0.45, scale=0.6, shape=2, angle=0.0)
            kw[which if which != "object" else "obj"] = h
            frames.append(scenes.render(kw["floor"], kw["wall"], kw["obj"], kw["scale"], kw["shape"], kw["angle"]))
        return _rgb(frames)

    r = scenes_probe.answer(_rows(make))
    assert expected in r.text, r.text
    assert "from orange" in r.text or "from red" in r.text


def test_measurements_track_position():
    frames = _grey([shapes.render(0, 0.8, 0.0, t, 0.5) for t in STEPS])
    x = measure_row(frames).series("pos_x")
    assert np.all(np.diff(x) > 0) and x[0] < 0.3 < 0.7 < x[-1]


def test_probe_options_are_validated():
    with pytest.raises(ConfigError, match="unknown option"):
        get_backend("probe", {"temperature": 1.0})


def test_unknown_backend_lists_the_available_ones():
    with pytest.raises(BackendError, match="available: .*probe"):
        get_backend("gpt5")


def test_a_tall_shape_turning_wide_is_a_shape_change_not_a_rotation(scenes_probe):
    # cylinder (tall) -> sphere (round) -> pill (wide): the outline passes through round
    def make(variant):
        shapes_seq = (1, 1, 2, 3, 3)
        return _rgb([scenes.render(0.7, 0.1 + 0.3 * variant, 0.45, 0.8, s, 0.0) for s in shapes_seq])

    r = scenes_probe.answer(_rows(make))
    assert "morphs from tall to wide" in r.text and "rotates" not in r.text, r.text
