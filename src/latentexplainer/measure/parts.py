"""The records of a row's analysis (:class:`Part`, :class:`RowChange`) and the visibility unit
of every measured series (:data:`UNITS`): the change that counts as one clearly visible step."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# the change that counts as one clearly visible step, per kind of series
UNITS = {
    "x": 0.06, "y": 0.06,  # fraction of the image width / height
    "size": 0.25,  # log of the area
    "width": 0.15, "height": 0.15,  # log of the spread along x / y
    "upper_width": 0.15, "lower_width": 0.15,  # the same of the figure's upper / lower half
    "angle": 0.21,  # radians (12 degrees)
    "swing": 0.21,  # radians: the direction of a swinging part from the steady one
    "outline": 0.15,  # 1 - overlap of the affine-free (centred, unit-spread) outlines
    "fill": 0.2,  # log of the share of its extent a figure fills (bolder strokes)
    "hue": 0.06,  # turns
    "saturation": 0.15,
    "lightness": 0.08,
    "light_x": 0.12, "light_y": 0.12,  # lit-side offset, in units of the figure's spread
    "inner_x": 0.06, "inner_y": 0.06,  # centre of a part of its own colour inside a figure (fractions)
    "inner_size": 0.25,  # log of the area of that part
    "spot": 0.25,  # log of the area of the darker state of a part that grows or shrinks inside a figure
    "frequency": 0.18,  # log of the dominant spatial frequency
    "stripe_angle": 0.21,
    "contrast": 0.05,  # standard deviation of lightness
    "count": 0.85,  # parts of the figure: one more, at one step midway (trend weight 0.875), is a visible change
    "stripes": 0.9,  # stripes (bars, posts, strings) across a figure
    "apart": 0.05,  # mean distance of its pieces from their centre, in image widths
    "bend": 0.04,  # how far below its ends a wide figure's middle hangs, in image heights
}
CHANGE_FLOOR = 0.08  # a pixel whose colour moves less than this (of 1) is static
MASS_OFFSET, MASS_SCALE = 0.06, 0.2  # colour distance to the surround -> figure mass in [0, 1]
BACKGROUND_CONTACT = 0.25  # share of the image border a figure may cover before it is background
SWEEP = 0.32  # frame steps: a figure's pixels that change colour this far apart in time change as things pass
MIN_REGION = 0.015  # share of the image a region changing in place must cover


@dataclass(frozen=True)
class Part:
    """A region of the image that changes, with its measured series (one value per frame)."""

    role: str  # "figure" (something that differs from its surround), "region" (changes in place), "pattern",
    # "scatter" (small things that come or go one after another: its series is "count"),
    # "boundary" (where two parts of the picture meet, when it moves: its series is "y" or "x"),
    # "layer" (a band across the picture that thickens or thins: its series is "height" or "width"),
    # "part" (the part of a figure where its mass comes and goes while the rest stays)
    centre: tuple[float, float]  # (x, y) in fractions of the image, over all frames
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in fractions
    extent: float  # share of the image it covers (at its largest)
    border: float  # share of the image border it covers
    parts: int  # connected pieces (a figure of several objects, a pattern of many)
    series: dict[str, np.ndarray] = field(default_factory=dict)
    sides: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # share of the top, bottom, left, right edge it covers
    side: str = ""  # a boundary between three bands: which of the two moves ("upper"/"lower", "left"/"right");
    # a figure's changing part: where in the figure it is ("upper", "lower", "left", "right", "" in the middle)


@dataclass(frozen=True)
class RowChange:
    """The analysis of one row: how much changes, how structured, and the changing parts."""

    frames: int
    change: float  # mean absolute colour change between the first and the last frame
    changing: float  # share of the image in the changing area
    coherence: float  # spatial correlation of the change map (noise: ~0, structure: ~1)
    parts: tuple[Part, ...] = ()
    still: float = 0.0  # share of the rim around the changing area that does not change
    things: int = 0  # separate things in the middle frame (apart from the background): > 1 means places matter
    lit: int = 0  # +1 / -1: the light over the whole picture rises / falls (see measure.change.light_over_all)
