"""Measuring images: what changes along a row of frames, and where (numbers, no words).

Below the backends: the offline ``probe`` explainer, the ``probe`` judge and the proposer of
latent groups all measure through this package. ``image`` holds colour helpers, ``trend``
how a series runs along the frames, ``change`` the analysis of one row.
"""

from .change import UNITS, Part, RowChange, Scored, analyse_row, place, score_series, turns_about_a_point
from .image import as_rgb, circular_mean, hsv, luminance
from .trend import Trend, spearman, trend

__all__ = ["UNITS", "Part", "RowChange", "Scored", "Trend", "place", "score_series", "analyse_row", "as_rgb", "circular_mean", "hsv", "luminance",
           "spearman", "trend", "turns_about_a_point"]
