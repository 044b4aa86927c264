"""Measuring images: what changes along a row of frames, and where (numbers, no words).

Below the backends: the offline ``probe`` explainer, the ``probe`` judge and the proposer of
latent groups all measure through this package. ``image`` holds colour helpers, ``trend``
how a series runs along the frames, ``change`` the analysis of one row, ``figure`` a figure's
measurements, ``motion`` a thing carried across, turned or resized whatever it is in front of, ``parts`` the records and units, ``scoring`` series in visibility units.
"""

from .change import analyse_row
from .image import as_rgb, circular_mean, hsv, hue_step, luminance
from .motion import REACH, Resize, Translation, Turn, crossing, end_turn, exchange, jump, resize, translation, turn
from .parts import SWEEP, UNITS, Part, RowChange
from .scoring import Scored, place, score_series, turns_about_a_point
from .trend import Trend, spearman, trend

__all__ = ["REACH", "SWEEP", "UNITS", "Part", "Resize", "RowChange", "Scored", "Translation", "Trend", "place", "score_series", "analyse_row", "as_rgb", "circular_mean", "hsv", "hue_step", "crossing", "end_turn", "exchange", "jump", "luminance",
           "resize", "spearman", "trend", "translation", "turn", "Turn", "turns_about_a_point"]
