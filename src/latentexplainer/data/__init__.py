"""Data sets with (optional) ground-truth factors, behind one registry.

A spec is ``NAME`` or ``NAME:ARGUMENT``. Built-in procedural sets (64x64, every factor known
exactly): ``shapes``, ``scenes``, ``bars``, ``objects``, ``gratings``, ``glyphs``, ``sphere``,
``faces``, ``textures``, ``clock``, ``landscape``, ``rings``, ``dots``, ``vase``, ``balloon``,
``house``, ``fish``, ``candle``, ``glass``, ``kite``, ``moon``, ``bookshelf``, ``umbrella``,
``traffic``, ``sailboat``, ``flower``, ``snowman``, ``butterfly``, ``windmill``,
``lighthouse``, ``car``, ``rocket``, ``dice``, ``bottle``, ``chess``, ``lamp``, ``tree``,
``hourglass``, ``coffee``, ``card``, ``cloud``, ``cactus``, ``train``, ``fence``, ``mug``,
``sign``, ``key``, ``bicycle``, ``teapot``, ``penguin``, ``tent``, ``guitar``, ``bridge``,
``ladder``, ``kettle``, ``owl``, ``anchor``, ``piano``, ``canoe``.
From files: ``fashion-mnist[:FOLDER]``, ``folder:PATH``, ``npz:PATH``. :mod:`.suite` splits the
labelled sets into development and held-out sets.
"""

from __future__ import annotations

from ..errors import DataError
from ..registry import Registry
from . import (
    anchor,
    balloon,
    bars,
    bicycle,
    bookshelf,
    bottle,
    bridge,
    butterfly,
    cactus,
    candle,
    canoe,
    car,
    card,
    chess,
    clock,
    cloud,
    coffee,
    dice,
    dots,
    faces,
    fence,
    files,
    fish,
    flower,
    glass,
    glyphs,
    gratings,
    guitar,
    hourglass,
    house,
    kettle,
    key,
    kite,
    ladder,
    lamp,
    landscape,
    lighthouse,
    moon,
    mug,
    objects,
    owl,
    penguin,
    piano,
    rings,
    rocket,
    sailboat,
    scenes,
    shapes,
    sign,
    snowman,
    sphere,
    teapot,
    tent,
    textures,
    traffic,
    train,
    tree,
    umbrella,
    vase,
    windmill,
)
from .base import Dataset, Factor, Loader

DATASETS: Registry[Loader] = Registry("datasets", "data set", DataError,
                                      "or a plugin's: entry point group latentexplainer.datasets")
for _name, _loader in (
    ("shapes", shapes.load),
    ("scenes", scenes.load),
    ("bars", bars.load),
    ("objects", objects.load),
    ("gratings", gratings.load),
    ("glyphs", glyphs.load),
    ("sphere", sphere.load),
    ("faces", faces.load),
    ("textures", textures.load),
    ("clock", clock.load),
    ("landscape", landscape.load),
    ("rings", rings.load),
    ("dots", dots.load),
    ("vase", vase.load),
    ("balloon", balloon.load),
    ("house", house.load),
    ("fish", fish.load),
    ("candle", candle.load),
    ("glass", glass.load),
    ("kite", kite.load),
    ("moon", moon.load),
    ("bookshelf", bookshelf.load),
    ("umbrella", umbrella.load),
    ("traffic", traffic.load),
    ("sailboat", sailboat.load),
    ("flower", flower.load),
    ("snowman", snowman.load),
    ("butterfly", butterfly.load),
    ("windmill", windmill.load),
    ("lighthouse", lighthouse.load),
    ("car", car.load),
    ("rocket", rocket.load),
    ("dice", dice.load),
    ("bottle", bottle.load),
    ("chess", chess.load),
    ("lamp", lamp.load),
    ("tree", tree.load),
    ("hourglass", hourglass.load),
    ("coffee", coffee.load),
    ("card", card.load),
    ("cloud", cloud.load),
    ("cactus", cactus.load),
    ("train", train.load),
    ("fence", fence.load),
    ("mug", mug.load),
    ("sign", sign.load),
    ("key", key.load),
    ("bicycle", bicycle.load),
    ("teapot", teapot.load),
    ("penguin", penguin.load),
    ("tent", tent.load),
    ("guitar", guitar.load),
    ("bridge", bridge.load),
    ("ladder", ladder.load),
    ("kettle", kettle.load),
    ("owl", owl.load),
    ("anchor", anchor.load),
    ("piano", piano.load),
    ("canoe", canoe.load),
    ("fashion-mnist", files.load_fashion),
    ("folder", files.load_folder),
    ("npz", files.load_npz),
):
    DATASETS.register(_name, _loader)
NEEDS_ARGUMENT = ("folder", "npz")


def load_dataset(spec: str, n: int = 20000, seed: int = 0) -> Dataset:
    """Load a data set by spec (see the module docstring)."""
    name, arg = Registry.parse(spec)
    if name not in DATASETS:
        raise DATASETS.unknown(name, spec, [f"{k}:PATH" if k in NEEDS_ARGUMENT else k for k in DATASETS])
    if n <= 0:
        raise DataError(f"the number of images must be positive, got {n}")
    return DATASETS.get(name)(arg or None, n, seed)


__all__ = ["DATASETS", "Dataset", "Factor", "load_dataset"]
