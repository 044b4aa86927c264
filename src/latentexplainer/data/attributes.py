"""Binary attributes y for the conditional bias (a CSVAE's label), derived from factors.

An attribute spec is one of:

* a name the data set declares (``scenes``: ``large-object``, ``warm-wall``, ``warm-floor``,
  ``warm-object``, ``round-object``; ``shapes``: ``large``, ``left``, ``top``);
* ``FACTOR=CATEGORY`` for a categorical factor (``class=trouser``, ``shape=sphere``);
* ``FACTOR>VALUE`` or ``FACTOR<VALUE`` for a continuous one (``scale>0.5``).

The record says which factor the attribute comes from, so the benchmark knows what a
correct explanation of the attribute's direction must name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..errors import DataError
from .base import Dataset


@dataclass(frozen=True)
class Attribute:
    """A binary label of every image: which factor it comes from and how."""

    name: str
    factor: str
    rule: str  # "=CATEGORY", ">VALUE" or "<VALUE"
    description: str = ""

    def labels(self, data: Dataset) -> np.ndarray:
        """(N,) bool: which images have the attribute."""
        if not data.has_factors:
            raise DataError(f"--attribute {self.name} needs labelled data; data set '{data.name}' has no factors "
                            "(use scenes, shapes, fashion-mnist or npz:PATH with a 'factors' array)")
        names = data.factor_names
        if self.factor not in names:
            raise DataError(f"--attribute {self.name}: data set '{data.name}' has no factor '{self.factor}'; "
                            f"its factors are: {', '.join(names)}")
        k = names.index(self.factor)
        col = data.factors[:, k]
        op, arg = self.rule[0], self.rule[1:]
        if op == "=":
            cats = data.factor_info[k].categories
            if arg in cats:
                return col == cats.index(arg)
            try:
                return col == float(arg)
            except ValueError:
                raise DataError(f"--attribute {self.name}: '{arg}' is not a value of factor '{self.factor}'; "
                                f"choose one of: {', '.join(cats) or 'its numeric values'}") from None
        value = float(arg)
        return col > value if op == ">" else col < value


# Attributes each procedural data set declares (median splits of its uniform factors).
NAMED: dict[str, dict[str, Attribute]] = {
    "scenes": {
        "large-object": Attribute("large-object", "scale", ">0.5", "the object is large"),
        "warm-wall": Attribute("warm-wall", "wall_hue", "<0.4", "the wall is red, orange or yellow"),
        "warm-floor": Attribute("warm-floor", "floor_hue", "<0.4", "the floor is red, orange or yellow"),
        "warm-object": Attribute("warm-object", "object_hue", "<0.4", "the object is red, orange or yellow"),
        "round-object": Attribute("round-object", "shape", "=sphere", "the object is a sphere"),
    },
    "shapes": {
        "large": Attribute("large", "scale", ">0.5", "the object is large"),
        "left": Attribute("left", "pos_x", "<0.5", "the object is in the left half"),
        "top": Attribute("top", "pos_y", "<0.5", "the object is in the upper half"),
    },
}

_RULE = re.compile(r"^([A-Za-z_][\w-]*)\s*([=<>])\s*(.+)$")


def parse_attribute(spec: str, data: Dataset) -> Attribute:
    """The attribute ``spec`` names for ``data`` (see the module docstring), checked against it."""
    text = spec.strip()
    named = NAMED.get(data.name.split(":")[0], {})
    if text in named:
        attr = named[text]
    else:
        m = _RULE.match(text)
        if not m:
            known = ", ".join(named) if named else "none declared"
            raise DataError(f"--attribute '{spec}' is neither a named attribute of '{data.name}' ({known}) nor "
                            "FACTOR=CATEGORY / FACTOR>VALUE / FACTOR<VALUE (e.g. class=trouser, scale>0.5)")
        factor, op, arg = m.group(1), m.group(2), m.group(3).strip()
        if op in "<>":
            try:
                float(arg)
            except ValueError:
                raise DataError(f"--attribute '{spec}': '{arg}' is not a number; write e.g. scale>0.5") from None
        attr = Attribute(text, factor, op + arg, text)
    y = attr.labels(data)
    share = float(y.mean()) if len(y) else 0.0
    if not 0.02 <= share <= 0.98:
        raise DataError(f"--attribute '{spec}' holds for {share:.1%} of the images; a CSVAE needs both "
                        "values well represented (between 2% and 98%): choose another split")
    return attr
