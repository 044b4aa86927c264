"""What changes along one row of frames, and where: numbers only (the probe puts words on them).

The analysis starts from the change map, not from a scene model:

1. **Where.** Per pixel, the range of its colour over the frames. Pixels whose range is
   clearly above the rest form the *changing area*; its spatial coherence (neighbouring
   pixels changing alike) tells a structured change from noise.
2. **Figure.** The surround is the one colour right outside the changing area when there is
   one (a hand turning on a dial, eyes on a face); else, around the changing area, a window
   whose rim is *static*: the rim's colour, row by row. Whatever differs from the surround and
   overlaps the changing area is the *figure* (one or several parts). Its mass gives per
   frame: centroid (x, y), size, width, height, orientation (angular harmonics of the mass),
   outline (the mass in its own centred, unit-spread frame) and how much of its extent it
   fills, colour (hue, saturation, lightness of its core, changed only where the figure is in
   every frame: a dark part that shrinks beside a light one that stays makes no figure
   lighter), how far apart in time its pixels change colour (the sweep: apart when things pass
   across it, together when its colour changes) and where its light falls (the
   lightness-weighted centroid inside it). When the rim is not static (the change spreads to the edges of the
   image) or the figure lies along the image border, there is no figure: the change is one
   of the background.
3. **Regions changing in place.** Changing pixels outside the figure form connected
   regions; each gives its mean colour per frame (hue, saturation, lightness) and how far it
   stands out from the pixels round it (a small one that comes to stand out is a thing that
   appears).
4. **Boundary.** When the picture is two parts of one colour each, one above the other (or
   side by side), and the line where they meet moves (it leaves the place it began), that
   line is a part of its own; the band it sweeps is its change, not a figure's or a region's.
5. **Pattern.** When the window holds a periodic pattern, its dominant spatial frequency,
   the orientation of its stripes and its contrast, from the power spectrum. When what comes
   and goes around a figure that stays is pieces alike in size, laid out periodically, that
   run to the image border (a wallpaper's stripes joined to the sofa in front of them), it is
   a pattern behind the figure: it leaves the figure, and its contrast per frame is its change.
6. **Small things that come one by one.** When the changing pixels that differ from one end
   of the row form small pieces whose number grows steadily from none to several (flowers in a
   bed, bees round a hive), that number per frame ("scatter"); a few things alike that come
   one or two at a time and stay, touching along an outline or apart (barrels set by a wall,
   blocks stacked), are counted by area, in units of the first.
7. **What a figure holds.** When the figure stays (its outline, holes filled, keeps its place)
   and what changes lies inside it (a xylophone turning on a rug, fruit in a stall), the box
   round that change is analysed again as a picture of its own, once, and what moves, turns,
   grows or comes there replaces the figure.

Every series comes with its unit: the change that is clearly visible (a 6 % move of the
image width, a 25 % change of area, 12 degrees, ...), so that scores of different kinds
compare. No thresholds here were fitted to any data set's factors.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from scipy import ndimage, signal

from .figure import (
    SPOT_OPENING,
    _big_pieces,
    _changing_part,
    _figure_series,
    _overlaps,
    _pattern_behind,
    _pieces,
    _pieces_apart,
    _spot,
    _stripes,
    _swing,
)
from .image import as_rgb, circular_mean, colour_distance, has_hue, hsv, luminance, periodic_peaks, unwrap_turns
from .parts import BACKGROUND_CONTACT, CHANGE_FLOOR, MASS_OFFSET, MASS_SCALE, MIN_REGION, UNITS, Part, RowChange
from .scoring import score_series


def _box(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def _coherence(r: np.ndarray) -> float:
    """Mean correlation of the range map with itself shifted by one pixel (both axes); a change
    that is nearly the same everywhere (the whole image brightens) is coherent too."""
    if r.std() < 0.1 * max(r.mean(), 1e-9):
        return 1.0
    out = []
    for a, b in ((r[:, :-1], r[:, 1:]), (r[:-1, :], r[1:, :])):
        a, b = a.ravel() - a.mean(), b.ravel() - b.mean()
        den = np.sqrt((a * a).sum() * (b * b).sum())
        out.append((a * b).sum() / den if den > 1e-12 else 0.0)
    return float(np.mean(out))


def _rim(h: int, w: int, box: tuple[int, int, int, int], width: int = 2) -> np.ndarray:
    x0, y0, x1, y1 = box
    rim = np.zeros((h, w), bool)
    rim[y0:y1 + 1, x0:x1 + 1] = True
    inner = np.zeros((h, w), bool)
    inner[y0 + width:y1 + 1 - width, x0 + width:x1 + 1 - width] = True
    return rim & ~inner


ONE_COLOUR = 0.1  # the most two colours (each channel) may differ and be one colour


def _near_share(pix: np.ndarray, colour: np.ndarray) -> float:
    """The share of some pixels (P, 3) that are one colour with ``colour``."""
    return float((np.abs(pix - colour).max(1) < ONE_COLOUR).mean())


def _two_colours(pix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """At most two colour groups of some pixels (P, 3): (centres, shares), largest first."""
    a = np.median(pix, axis=0)
    d = np.abs(pix - a).max(1)
    if d.max() < ONE_COLOUR:
        return a[None], np.ones(1)
    c = np.stack([a, pix[int(np.argmax(d))]])
    for _ in range(6):
        assign = np.argmin(np.abs(pix[:, None, :] - c[None]).max(2), axis=1)
        c = np.stack([np.median(pix[assign == j], axis=0) if (assign == j).any() else c[j] for j in range(2)])
    share = np.bincount(assign, minlength=2) / len(pix)
    if np.abs(c[0] - c[1]).max() < ONE_COLOUR:
        return c[:1], np.ones(1)
    order = np.argsort(-share)
    return c[order], share[order]


def _surround(x: np.ndarray, rim: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """Per frame and row of the window, the colour around it. In each frame the rim's pixels
    fall into at most two colours; a colour that holds at least 40 % of the rim is a
    background (a wall and a floor are two), and so is one that fills the rim's whole bottom or
    top edge (a band of ground or table the thing stands on, however thin); a rarer one is
    something crossing the rim (an object at the image border, the dots of a pattern). Each row
    takes the background colour nearest to its own rim pixels. (F, rows, 3)."""
    bx0, by0, bx1, by1 = box
    f, rows = len(x), by1 - by0 + 1
    out = np.zeros((f, rows, 3))
    meds = _rim_medians(x[:, by0:by1 + 1, bx0:bx1 + 1], rim[by0:by1 + 1, bx0:bx1 + 1])  # NaN: no rim in the row
    own_colours = _row_colours(x[:, by0:by1 + 1, bx0:bx1 + 1])
    edges = np.zeros(rim.shape, bool), np.zeros(rim.shape, bool)
    edges[0][by0, bx0:bx1 + 1] = edges[1][by1, bx0:bx1 + 1] = True
    for k in range(f):
        centres, shares = _two_colours(x[k][rim])
        band = [any(np.abs(x[k][e] - c).max(1).mean() < ONE_COLOUR and _near_share(x[k][e], c) >= 0.9
                    for e in edges) for c in centres]
        backgrounds = centres[(shares >= 0.4) | (np.arange(len(shares)) == 0) | np.array(band)]
        owns = own_colours[k]
        for r in range(rows):
            med = meds[k, r] if np.isfinite(meds[k, r]).all() else backgrounds[0]
            # a shaded background: the row's own colour on both sides, or its neighbours' where
            # the decoder's speckle parts its two sides a little
            own = owns[r] if owns[r] is not None else _between_rows(owns, r, med)
            out[k, r] = own if own is not None else backgrounds[int(np.argmin(np.abs(backgrounds - med).max(1)))]
    return out


def _rim_medians(window: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """Per frame and row of a window (F, rows, cols, 3), the median colour of the row's rim
    pixels (``ring``: rows x cols), in one pass; NaN for a row without any."""
    vals = np.where(ring[None, :, :, None], window, np.nan)
    out = np.full((len(window), len(ring), window.shape[-1]), np.nan)
    has = ring.any(1)
    if has.any():
        out[:, has] = np.nanmedian(vals[:, has], axis=2)
    return out


GAP = 3  # rows: how far a shaded background's colour is carried to a row whose own sides disagree


def _between_rows(owns: list, r: int, med: np.ndarray) -> np.ndarray | None:
    """The colour of row ``r`` of a shaded background, from the nearest rows within GAP above
    and below that have their own (their mean where both do), when the row's rim (``med``) is
    that colour; else None."""
    above = next((owns[j] for j in range(r - 1, max(r - GAP, 0) - 1, -1) if owns[j] is not None), None)
    below = next((owns[j] for j in range(r + 1, min(r + GAP + 1, len(owns))) if owns[j] is not None), None)
    near = [c for c in (above, below) if c is not None]
    if not near:
        return None
    colour = np.mean(near, axis=0)
    return colour if float(np.abs(med - colour).max()) < ONE_COLOUR else None


SIDE, SIDE_AGREE = 2, 0.05  # rim pixels per side of a row; the colour spread within which they are one colour


def _row_colours(window: np.ndarray) -> list[list[np.ndarray | None]]:
    """Per frame and row of a window (F, rows, W, 3), the row's colour when its ends are one
    colour on both sides (a background shading from row to row, a sky towards its horizon),
    else None."""
    sides = window[:, :, :SIDE], window[:, :, -SIDE:]
    left, right = (np.median(sd, axis=2) for sd in sides)  # (F, rows, 3)
    ok = np.abs(left - right).max(-1) < SIDE_AGREE
    for sd, c in zip(sides, (left, right)):
        ok &= np.abs(sd - c[:, :, None]).max(-1).max(-1) < SIDE_AGREE
    mid = (left + right) / 2.0
    return [[mid[k, r] if ok[k, r] else None for r in range(ok.shape[1])] for k in range(ok.shape[0])]


def _local_ground(x: np.ndarray, near: np.ndarray, width: int = 3, share: float = 0.7) -> np.ndarray | None:
    """The colour right around the changing area, per frame (F, 3), when the change lies inside
    the image and the static pixels around it are of one colour (at least ``share`` of them, in
    every frame); else None. Only
    what lies outside the change counts: static pixels it encloses (the middle of a square
    that grows while the background changes) are not its surround."""
    if _border_share(near) > 0.02:  # a change that reaches the image's edge has no "around"
        return None
    labels, _ = ndimage.label(~near)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    outside = np.isin(labels, edge[edge > 0])
    ring = ndimage.binary_dilation(near, iterations=width) & outside
    if ring.sum() < 8:
        return None
    out = np.zeros((len(x), 3))
    for k in range(len(x)):
        centres, _ = _two_colours(x[k][ring])
        # one colour: most of the ring lies near it (a sky shading towards its horizon is
        # nearer one of two colours everywhere, yet near neither)
        if _near_share(x[k][ring], centres[0]) < share:
            return None
        out[k] = centres[0]
    return out


def _split_at(profile: np.ndarray, margin: int = 2) -> tuple[int, float, float]:
    """The best cut of a profile (L, 3) into two runs of one colour each: (cut, share of the
    profile's variance the two runs explain, colour distance between their means)."""
    n = len(profile)
    if n < 2 * margin + 2:
        return 0, 0.0, 0.0
    s1, s2 = np.cumsum(profile, 0), np.cumsum(profile ** 2, 0)
    total = float((s2[-1] - s1[-1] ** 2 / n).sum())
    cuts = np.arange(margin, n - margin)
    a, b = cuts.astype(float), (n - cuts).astype(float)
    left = (s2[cuts - 1] - s1[cuts - 1] ** 2 / a[:, None]).sum(1)
    right = ((s2[-1] - s2[cuts - 1]) - (s1[-1] - s1[cuts - 1]) ** 2 / b[:, None]).sum(1)
    j = int(np.argmin(left + right))
    c = int(cuts[j])
    explained = 1.0 - float(left[j] + right[j]) / total if total > 1e-9 else 0.0
    gap = float(np.abs(profile[:c].mean(0) - profile[c:].mean(0)).max())
    return c, explained, gap


def _split_in_three(profile: np.ndarray, margin: int = 3) -> tuple[int, int, float, float]:
    """The best cuts of a profile (L, 3) into three runs, each a straight ramp of colour (a sky
    shades towards its horizon): (first cut, second cut, share of the profile's variance the
    runs explain, the smallest step of colour between two runs - at each cut, where one run
    ends and the next begins, and between the outer two runs' means: a band of a third colour,
    not a bar on one ground)."""
    n = len(profile)
    if n < 3 * margin + 3:
        return 0, 0, 0.0, 0.0
    t = np.arange(n, dtype=float)[:, None]
    sums = [np.concatenate([np.zeros((1, 3)), np.cumsum(v, 0)])
            for v in (np.ones_like(profile), np.broadcast_to(t, profile.shape), np.broadcast_to(t * t, profile.shape),
                      profile, t * profile, profile ** 2)]

    def fit(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Squared error of the best line through runs [a, b), and its slope and intercept."""
        m, st, stt, sy, sty, syy = (v[b] - v[a] for v in sums)
        m = np.maximum(m, 1.0)
        vt = np.maximum(stt - st ** 2 / m, 1e-9)
        slope = (sty - st * sy / m) / vt
        err = syy - sy ** 2 / m - slope ** 2 * vt
        return np.maximum(err, 0.0).sum(-1), slope, (sy - slope * st) / m

    total = float(((profile - profile.mean(0)) ** 2).sum())
    c1, c2 = np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij")
    ok = (c1 >= margin) & (c2 - c1 >= margin) & (n - c2 >= margin)
    err = fit(np.zeros_like(c1), c1)[0] + fit(c1, c2)[0] + fit(c2, np.full_like(c2, n))[0]
    err = np.where(ok, err, np.inf)
    i, j = (int(v) for v in np.unravel_index(int(np.argmin(err)), err.shape))
    explained = 1.0 - float(err[i, j]) / total if total > 1e-9 else 0.0
    lines = [fit(np.array(a), np.array(b))[1:] for a, b in ((0, i), (i, j), (j, n))]

    def at(k: int, pos: int) -> np.ndarray:
        return lines[k][0] * pos + lines[k][1]

    steps = [np.abs(at(0, i - 1) - at(1, i)).max(), np.abs(at(1, j - 1) - at(2, j)).max(),
             np.abs(profile[:i].mean(0) - profile[j:].mean(0)).max()]
    return i, j, explained, float(min(steps))


def _moving_split(x: np.ndarray, fit: float = 0.85, gap: float = 0.15) -> tuple[str, np.ndarray, str] | None:
    """A picture of two parts, one above the other (or side by side), whose boundary moves: the
    axis ("y": a horizontal boundary, "x": a vertical one), the boundary's place per frame (a
    fraction of the image) and which boundary it is ("" of two parts), when in every frame (but
    one inside the row, whose edge the decoder blurred: :func:`_bridged`) two runs of one
    colour each explain at least ``fit`` of the row (column) profile, differ by
    ``gap`` or more, and the boundary moves by a visible step (UNITS). The profile is the median
    across the image, so a small thing in either part (a sun in the sky) does not count.

    Failing that, a picture of three bands of distinct colours (sky, sea and ice) where one of
    the two boundaries moves by a visible step and the other stays (under half a step): that
    boundary, "upper" or "lower" ("left" or "right" along x) of the two."""
    for axis, profiles in (("y", np.median(x, axis=2)), ("x", np.median(x, axis=1))):
        cuts = _bridged(profiles, lambda p: _runs(_split_at(p), fit, gap))
        if cuts is not None and np.ptp(cuts) >= UNITS[axis] and _leaves(profiles, cuts[:, 0]):
            return axis, cuts[:, 0], ""
        both = _bridged(profiles, lambda p: _runs(_split_in_three(p), fit, gap))
        if both is not None:
            moves = np.ptp(both, axis=0)
            for j, side in enumerate(("upper", "lower") if axis == "y" else ("left", "right")):
                if moves[j] >= UNITS[axis] and moves[1 - j] < 0.5 * UNITS[axis] and _leaves(profiles, both[:, j]):
                    return axis, both[:, j], side
    return None


LAYER_CHANGE = 0.12  # colour distance: rows of the profile that differ this much between the ends change
LAYER_GAP = 0.15  # the least colour distance between a band and what it gives way to
LAYER_ACROSS = 0.6  # the least share of the picture's width (height) the band's steady rows take in its colour
LAYER_STAYS = 0.1  # the most that share may change along the row


def _runs_of(mask: np.ndarray) -> list[tuple[int, int]]:
    """The runs of True in a 1-D mask, as (start, stop)."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def _ends_in(rows: np.ndarray, band: np.ndarray, other: np.ndarray, reach: int = 3) -> bool:
    """Whether a band's steady rows (m, L, 3) end inside the picture in the ground it gives way
    to (the neck of a jug ends in the wall round it): beyond either end of where the band's
    colour holds in most of the rows, over half the pixels within ``reach`` are nearer that
    ground than half the way from it to the band. A band across the picture runs out of it, or
    under something in front (a seam of coal behind the timber posts)."""
    own = (colour_distance(rows, band) < colour_distance(rows, other)).mean(0) >= 0.5
    if not own.any():
        return True
    lo, hi = int(np.flatnonzero(own)[0]), int(np.flatnonzero(own)[-1]) + 1
    half = 0.5 * float(colour_distance(band, other))
    for beyond in (rows[:, max(0, lo - reach):lo], rows[:, hi:hi + reach]):
        if beyond.size and float((colour_distance(beyond, other) < half).mean()) > 0.5:
            return True
    return False


def _layer(x: np.ndarray) -> tuple[str, np.ndarray, tuple[int, int]] | None:
    """A band across the picture (a seam of coal through rock, a road across a field) that
    thickens or thins: both its edges move, apart or together, over a ground that stays. In the
    profile (the median across the picture, so small things in front do not count) the rows
    that change between the ends form two runs either side of steady rows of the band's colour
    (its core, LAYER_ACROSS of the picture's width in that colour in every frame, a share that
    changes by LAYER_STAYS at most: a disc that grows larger grows along it too; and not ending
    in the ground round it, :func:`_ends_in`); each run is of the band's
    colour at one end (nearer it than half the way to what it becomes) and, at the other, of
    the colour of the ground beyond it, LAYER_GAP or more from the band's. Returns the axis
    ("y": a band across, "x": one down the picture), the band's thickness per frame (fraction of
    the image) and the rows (columns) it spans at its thickest; or None."""
    for axis, profiles in (("y", np.median(x, axis=2)), ("x", np.median(x, axis=1))):
        f, n, _ = profiles.shape
        moved = _runs_of(colour_distance(profiles[-1], profiles[0]) > LAYER_CHANGE)
        steady = (colour_distance(profiles, profiles[:1]) < ONE_COLOUR).all(0)
        for (a0, a1), (b1, b0) in zip(moved, moved[1:]):
            if min(a1 - a0, b0 - b1) < 2 or a0 < 1 or b0 > n - 1 or not steady[a1:b1].all():
                continue
            band = profiles[:, a1:b1].mean((0, 1))
            runs = [profiles[:, a0:a1].mean(1), profiles[:, b1:b0].mean(1)]  # (F, 3) each
            near = [colour_distance(r, band[None]) for r in runs]  # per frame
            thin = [int(np.argmax(d[[0, -1]])) * (f - 1) for d in near]
            if thin[0] != thin[1]:
                continue  # one edge comes as the other goes: the band moves, it does not thicken
            thin, thick = thin[0], f - 1 - thin[0]
            ground = [profiles[thin, max(0, a0 - 2):a0].mean(0), profiles[thin, b0:b0 + 2].mean(0)]
            if any(d[thin] < LAYER_GAP or d[thick] > 0.5 * d[thin] for d in near) or \
                    any(float(colour_distance(r[thin], g)) > 0.5 * float(d[thin])
                        for r, g, d in zip(runs, ground, near)):
                continue
            rows = x[:, a1:b1] if axis == "y" else x[:, :, a1:b1].transpose(0, 2, 1, 3)
            other = 0.5 * (runs[0][thin] + runs[1][thin])
            across = (colour_distance(rows, band) < colour_distance(rows, other)).mean((1, 2))
            if float(across.min()) < LAYER_ACROSS or float(np.ptp(across)) > LAYER_STAYS or \
                    _ends_in(rows[f // 2], band, other):
                continue  # not across the picture, or a thing that grows along it too (a disc grows larger)
            profile_rows = np.concatenate([profiles[:, a0:a1], profiles[:, b1:b0]], 1)  # (F, m, 3)
            own = colour_distance(profile_rows, band[None, None]) < colour_distance(profile_rows, other[None, None])
            return axis, (b1 - a1 + own.sum(1)) / n, (a0, b0)
    return None


LEAVES = 0.5  # the most of its step a moving edge may leave at the place it left (or show before at the place it reaches)


def _step_at(profile: np.ndarray, k: int, near: tuple[int, int] = (2, 5)) -> float:
    """The step of colour across place ``k`` of a profile (L, 3): between the means of the
    pixels ``near`` before and after it (0 at the profile's ends)."""
    before, after = profile[max(0, k - near[1]):max(0, k - near[0])], profile[k + near[0]:k + near[1]]
    return float(np.abs(before.mean(0) - after.mean(0)).max()) if len(before) and len(after) else 0.0


def _leaves(profiles: np.ndarray, cuts: np.ndarray) -> bool:
    """Whether a boundary found in each frame's profile (F, L, 3) at ``cuts`` (fractions) is one
    edge that moves: at the end there is no edge where it began (or under LEAVES of the step it
    had there), and at the start none where it ends. An edge that stays while another shows up
    elsewhere is not one that moved (the water's edge on the reeds, and later, further down, the
    edge of ripples spreading on the water: the fit of a band of graded colour spans both). An
    edge that moves less than 10 pixels is taken as it is."""
    n = profiles.shape[1]
    k0, k1 = (int(round(float(c) * n)) for c in (cuts[0], cuts[-1]))
    if not _taken_over(profiles, k0, k1):
        return False
    if abs(k1 - k0) < 10:  # too short a way for the two places to be told apart through a blurred edge
        return True
    return _step_at(profiles[-1], k0) < LEAVES * _step_at(profiles[0], k0) and \
        _step_at(profiles[0], k1) < LEAVES * _step_at(profiles[-1], k1)


TAKEN = 0.5  # the most of its own change the way a moving edge sweeps may end from the colour of the part that grows


def _taken_over(profiles: np.ndarray, k0: int, k1: int, near: int = 4) -> bool:
    """Whether the way an edge sweeps (from place ``k0`` to ``k1`` of the profiles (F, L, 3))
    ends as the part that grows over it began beside the edge: nearer it than TAKEN of how far
    it changes. Flowers along a bed that change colour in place, from orange to green as the
    lawn, make an edge that seems to move; the way it sweeps ends magenta."""
    lo, hi = sorted((k0, k1))
    if hi <= lo:
        return True
    way = profiles[:, lo:hi].mean(1)  # (F, 3)
    grower = profiles[0, max(0, k0 - near):k0] if k1 > k0 else profiles[0, k0:k0 + near]
    if not len(grower):
        return True
    own = float(np.abs(way[-1] - way[0]).max())
    return float(np.abs(way[-1] - grower.mean(0)).max()) <= TAKEN * own if own > 1e-9 else True


def _runs(split: tuple, fit: float, gap: float) -> tuple[int, ...] | None:
    """The cuts of a split (cuts..., explained, gap) when it explains ``fit`` and its runs differ
    by ``gap``; else None."""
    *cuts, explained, g = split
    return tuple(cuts) if explained >= fit and g >= gap else None


def _bridged(profiles: np.ndarray, edges) -> np.ndarray | None:
    """The boundaries ``edges(profile)`` finds in each frame's profile (None: none) as an array
    (F, k) of fractions of the profile, when every frame shows them but at most one inside the
    row, between two that do: a decoder that cross-fades a band's edge blurs it in the middle of
    the row (grass that shortens blends into the ground it uncovers), which is no reason to see
    no edge. That frame's edges are the mean of its neighbours'. Stops at the first frame that
    rules it out."""
    f = len(profiles)
    out: list[np.ndarray | None] = []
    for k in range(f):
        v = edges(profiles[k])
        if v is None and (k in (0, f - 1) or any(o is None for o in out)):
            return None
        out.append(None if v is None else np.asarray(v, float) / profiles.shape[1])
    for k, v in enumerate(out):
        if v is None:
            out[k] = (out[k - 1] + out[k + 1]) / 2.0
    return np.stack(out)


def _border_share(mask: np.ndarray) -> float:
    border = np.concatenate([mask[0], mask[-1], mask[1:-1, 0], mask[1:-1, -1]])
    return float(border.mean())




def _pattern_series(lum: np.ndarray) -> dict[str, np.ndarray] | None:
    """Dominant spatial frequency (log cycles per window), orientation and contrast per frame,
    when every frame holds a periodic pattern of at least 3 cycles (most of its power in a few
    peaks of the spectrum, :func:`periodic_peaks`); else None. The orientation is that of stripes
    (2-fold) or of a grid of dots or checks (4-fold), whichever the spectrum shows more strongly."""
    f, h, w = lum.shape
    if min(h, w) < 16:
        return None
    freq, con = np.full(f, np.nan), np.full(f, np.nan)
    res = np.zeros((f, 2), complex)  # resultant of the peaks' doubled and quadrupled angles
    for k in range(f):
        con[k] = float(lum[k].std())
        peaks = periodic_peaks(lum[k])
        if peaks is None:
            return None
        p, top, phi, rk = peaks
        freq[k] = np.log(rk)
        for j, n in enumerate((2, 4)):
            res[k, j] = (p[top] * np.exp(1j * n * phi[top])).sum() / p[top].sum()
    j = int(np.argmax(np.abs(res).mean(0)))
    n = (2, 4)[j]
    angle = np.unwrap(np.angle(res[:, j])) / n
    return {"frequency": freq, "stripe_angle": angle, "contrast": con}


TEXTURED = 0.05  # the least spread of lightness (standard deviation) a place needs in every frame to hold a pattern
MIXED = 0.25  # the least share of its pixels that get lighter, and that get darker, in a pattern that rescales


def _texture(x: np.ndarray, place: np.ndarray) -> dict[str, np.ndarray] | None:
    """How fine the pattern in a place that changes is, per frame, where no window holds it
    whole (checks round a plate, which would break their spectrum): the mean lightness gradient
    over the spread of lightness, in log (a pattern twice as coarse halves it; one that fades
    keeps it). None unless the place holds a pattern in every frame (TEXTURED), its pixels
    change both ways (MIXED of them lighter and as many darker at the end: a pattern that
    rescales or shifts; a place that lightens or darkens as a whole is a region that does), and
    three quarters of it or more (each a tenth of it or more) get finer or coarser as it does."""
    lum = luminance(x)
    pix = lum[:, place]
    spread = pix.std(1)
    if spread.min() < TEXTURED:
        return None
    moved = pix[-1] - pix[0]
    if min(float((moved > CHANGE_FLOOR).mean()), float((moved < -CHANGE_FLOOR).mean())) < MIXED:
        return None
    grad = np.hypot(*np.gradient(lum, axis=(1, 2)))
    fine = np.log(grad[:, place].mean(1) / spread)
    # all over it alike: each quarter of it gets finer or coarser as the whole does (a smooth thing
    # that passes across a pattern makes it coarser where it comes and finer where it leaves)
    x0, y0, x1, y1 = _box(place)
    xm, ym = (x0 + x1 + 1) // 2, (y0 + y1 + 1) // 2
    quarters = 0
    for ys in (slice(y0, ym), slice(ym, y1 + 1)):
        for xs in (slice(x0, xm), slice(xm, x1 + 1)):
            q = np.zeros(place.shape, bool)
            q[ys, xs] = place[ys, xs]
            if q.sum() < 0.1 * place.sum():
                continue
            ends = [np.log(grad[k][q].mean() / max(float(lum[k][q].std()), 1e-6)) for k in (0, -1)]
            if np.sign(ends[1] - ends[0]) != np.sign(fine[-1] - fine[0]):
                return None
            quarters += 1
    return {"frequency": fine} if quarters >= 3 else None


def _regions(x: np.ndarray, mask: np.ndarray, total: int, bridge: np.ndarray | None = None) -> list[np.ndarray]:
    """Changing pixels that change alike: grouped by how their colour changes from the first to
    the middle and to the last frame (k-means, at most 3 groups, deterministic; a shaded part
    of one wall changes as the wall does), then split into connected pieces of at least
    MIN_REGION of the image; largest first. Pieces that only the ``bridge`` (the figure in
    front) keeps apart are one piece: the sky either side of a tower."""
    f = len(x)
    feats = np.concatenate([x[f // 2][mask] - x[0][mask], x[-1][mask] - x[0][mask]], axis=1)  # (P, 6)
    centres = [feats[0]]
    for _ in range(2):  # farthest-point start, then a few Lloyd steps
        d = np.min([np.abs(feats - c).max(1) for c in centres], axis=0)
        if d.max() < 0.25:
            break
        centres.append(feats[int(np.argmax(d))])
    c = np.array(centres)
    for _ in range(8):
        assign = np.argmin(np.abs(feats[:, None, :] - c[None]).max(2), axis=1)
        c = np.array([feats[assign == j].mean(0) if (assign == j).any() else c[j] for j in range(len(c))])
    out = []
    for j in range(len(c)):
        group = np.zeros(mask.shape, bool)
        group[mask] = assign == j
        labels, n = ndimage.label(group if bridge is None else group | bridge, structure=np.ones((3, 3)))
        labels[~group] = 0
        if n == 0:
            continue
        sizes = ndimage.sum(group, labels, index=np.arange(1, n + 1))
        out.extend(labels == k + 1 for k in np.flatnonzero(sizes >= MIN_REGION * total))
    return sorted(out, key=lambda r: -int(r.sum()))


def _region_series(x: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
    """A region's mean colour per frame (hue, saturation, lightness), and how far it stands out
    from the ring of pixels round it (``stands_out``, the colour distance of the two means; its
    ring's lightness, ``ring_lightness``): a region that stands out at one end only is a thing
    that appears there (a cloud in the sky), not a place that changes colour."""
    f = len(x)
    pix = x[:, mask]  # (F, P, 3)
    mean = pix.mean(1)
    hue, sat, _ = hsv(mean)
    hues = np.array([circular_mean(hsv(pix[k])[0], hsv(pix[k])[1]) if has_hue(mean[k]) else np.nan for k in range(f)])
    out = {"hue": unwrap_turns(hues), "saturation": sat, "lightness": luminance(mean)}
    ring = ndimage.binary_dilation(mask, iterations=4) & ~ndimage.binary_dilation(mask, iterations=1)
    if ring.sum() >= 8:
        around = x[:, ring].mean(1)
        out["stands_out"] = colour_distance(mean, around)
        out["ring_lightness"] = luminance(around)
    return out


def _part(role: str, masks: np.ndarray, series: dict[str, np.ndarray], parts: int) -> Part:
    """masks: (F, H, W) or (H, W) bool: where the part is (at any frame)."""
    union = masks.any(0) if masks.ndim == 3 else masks
    h, w = union.shape
    x0, y0, x1, y1 = _box(union)
    ys, xs = np.nonzero(union)
    extent = float(masks.reshape(len(masks), -1).mean(1).max()) if masks.ndim == 3 else float(union.mean())
    near = ndimage.binary_dilation(union, iterations=2)  # a blurred or frayed edge of the image still counts
    sides = (float(near[0].mean()), float(near[-1].mean()), float(near[:, 0].mean()), float(near[:, -1].mean()))
    return Part(role, (float(xs.mean() / max(w - 1, 1)), float(ys.mean() / max(h - 1, 1))),
                (x0 / w, y0 / h, (x1 + 1) / w, (y1 + 1) / h), extent, _border_share(union), parts, series, sides)


SWAPS = 0.25  # the most a pattern's mean colour may change, of what a region inside it changes, for the region to swap its tones


def _swaps_tones(x: np.ndarray, region: np.ndarray, pattern: np.ndarray) -> bool:
    """Whether a region that changes inside a periodic pattern only passes between the pattern's
    colours (wallpaper whose stripes widen: its pixels turn from green to gold or back): the
    pattern's mean colour changes by less than SWAPS of the region's, between the ends."""
    own = float(colour_distance(x[-1][region].mean(0), x[0][region].mean(0)))
    whole = float(colour_distance(x[-1][pattern].mean(0), x[0][pattern].mean(0)))
    return own > 0 and whole < SWAPS * own


def analyse_row(frames: np.ndarray) -> RowChange:
    """The analysis of one row of frames (F, C, H, W) in [0, 1]; see the module docstring."""
    return _analyse(as_rgb(frames), True)


def _band(h: int, w: int, axis: str, lo: int, hi: int) -> np.ndarray:
    """The rows ``lo:hi`` of an (h, w) picture (axis "y"), or its columns (axis "x")."""
    band = np.zeros((h, w), bool)
    if axis == "y":
        band[lo:hi] = True
    else:
        band[:, lo:hi] = True
    return band


LIT_CHANGING, LIT_ONE_WAY = 0.9, 0.95  # shares of the picture that changes, and of that which goes one way


def light_over_all(x: np.ndarray) -> int:
    """Whether the light over the whole picture rises (+1) or falls (-1) along the frames (F, H,
    W, 3): nearly all of it changes colour between the first frame and the last (LIT_CHANGING of
    its pixels, by CHANGE_FLOOR or more), and nearly all of that the same way in luminance
    (LIT_ONE_WAY): daylight coming in, a lamp dimmed, fog. Things lit brighter stand out more,
    or less, from what lies round them, so they seem to grow or come; that is the light. A dark
    thing that moves or grows against a surround that lightens changes its pixels both ways,
    and one in front of a surround that stays leaves most of the picture as it was (a light
    thing that grows as its surround lightens does neither: it keeps its own colour, which the
    probe asks of it). 0 otherwise."""
    if len(x) < 2:
        return 0
    moved = colour_distance(x[-1], x[0]) >= CHANGE_FLOOR
    if moved.mean() < LIT_CHANGING:
        return 0
    net = (luminance(x[-1]) - luminance(x[0]))[moved]
    for sign in (1, -1):
        if float((sign * net > 0).mean()) >= LIT_ONE_WAY:
            return sign
    return 0


def _analyse(x: np.ndarray, contents: bool) -> RowChange:
    """:func:`analyse_row` of frames (F, H, W, 3); ``contents``: look inside a figure that stays
    (once: not again inside what is found there)."""
    f, h, w, _ = x.shape
    rng = (x.max(0) - x.min(0)).max(-1)
    change = float(colour_distance(x[-1], x[0]).mean())
    top = float(np.percentile(rng, 99.5))
    changing = rng > max(CHANGE_FLOOR, 0.25 * top)
    coherence = _coherence(rng)
    share = float(changing.mean())
    lit = light_over_all(x) if contents else 0  # of the whole picture, not of a crop inside a figure
    if f < 2 or changing.sum() < max(3, 0.002 * h * w):
        return RowChange(f, change, share, coherence, lit=lit)
    parts: list[Part] = []
    scatter = _scatter(x, changing)
    if scatter is not None:  # small things that come one by one (flowers in a bed, bees round a hive)
        parts.append(_part("scatter", scatter[1], {"count": scatter[0]}, int(scatter[0].max())))
    split = _moving_split(x)
    if split is not None:  # the boundary of two parts moves: the band it sweeps is its change, not a figure's
        axis, cuts, side = split
        n = h if axis == "y" else w
        lo, hi = max(0, int(np.floor(cuts.min() * n)) - 2), min(n, int(np.ceil(cuts.max() * n)) + 2)
        band = _band(h, w, axis, lo, hi)
        parts.append(replace(_part("boundary", band, {axis: cuts}, 1), side=side))
        changing = changing & ~band
        if changing.sum() < max(3, 0.002 * h * w):
            return RowChange(f, change, share, coherence, tuple(parts), 0.0, _things(x[f // 2]), lit)
    layer = _layer(x) if split is None else None
    if layer is not None:  # a band across the picture thickens or thins: its two edges are its change
        axis, thickness, (lo, hi) = layer
        band = _band(h, w, axis, lo, hi)
        # small things on the band (glints in a seam of coal) come and go with it
        parts = [p for p in parts if not (p.role == "scatter" and scatter is not None and
                                          (scatter[1] & band).sum() >= 0.8 * scatter[1].sum())]
        parts.append(_part("layer", band, {"height" if axis == "y" else "width": np.log(thickness)}, 1))
        changing = changing & ~band
        if changing.sum() < max(3, 0.002 * h * w):
            return RowChange(f, change, share, coherence, tuple(parts), 0.0, _things(x[f // 2]), lit)
    near = ndimage.binary_dilation(changing, iterations=1)
    x0, y0, x1, y1 = _box(changing)
    pad = max(3, int(0.25 * max(x1 - x0 + 1, y1 - y0 + 1)))
    win = (max(0, x0 - pad), max(0, y0 - pad), min(w - 1, x1 + pad), min(h - 1, y1 + pad))
    rim = _rim(h, w, win)
    static_rim = rim & ~near
    still = float(static_rim.sum() / max(rim.sum(), 1))
    figure_pix = np.zeros((h, w), bool)
    behind = None  # a pattern behind the figure, joined to it
    bx0, by0, bx1, by1 = win
    bg = np.zeros((f, h, w, 3))
    ground = _local_ground(x, near)
    if ground is not None:  # the change happens on one colour (a hand on a dial, eyes on a face): that is its surround
        bg[:, by0:by1 + 1, bx0:bx1 + 1] = ground[:, None, None, :]
    else:
        bg[:, by0:by1 + 1, bx0:bx1 + 1] = _surround(x, rim, win)[:, :, None, :]
    inside = np.zeros((h, w), bool)
    inside[by0:by1 + 1, bx0:bx1 + 1] = True
    mass = np.clip((colour_distance(x, bg) - MASS_OFFSET) / MASS_SCALE, 0.0, 1.0) * inside[None]
    band = _steady_band((mass > 0.5).all(0) & ~near, near, win)
    if band.any():  # in the rows of ground along the edge, what shows where the thing is not is that ground
        for y in np.flatnonzero(band.any(1)):
            bg[:, y, bx0:bx1 + 1] = np.median(x[:, y, band[y]], axis=1)[:, None, :]
        mass = np.clip((colour_distance(x, bg) - MASS_OFFSET) / MASS_SCALE, 0.0, 1.0) * inside[None]
    labels, n = ndimage.label((mass > 0.5).any(0), structure=np.ones((3, 3)))
    keep_ids = np.unique(labels[near & (labels > 0)])
    if len(keep_ids) > 1:  # crumbs beside the thing that changes (blotches of a blurry decoder) are not it,
        sizes = ndimage.sum(labels > 0, labels, index=keep_ids)  # nor a neighbour that only flickers a little
        moved = ndimage.sum(rng * changing, labels, index=keep_ids)
        keep_ids = keep_ids[(sizes >= 0.15 * sizes.max()) & (moved >= 0.15 * moved.max())]
    lattice = _steady_lattice((mass > 0.5).all(0) & ~near, near, win)
    keep = np.isin(labels, keep_ids) & (labels > 0) & ~band & ~lattice
    if keep.any():
        weight = mass * ndimage.binary_dilation(keep, iterations=1)[None]
        if lattice.any():  # the net of lines behind goes on where the thing uncovers it
            weight = weight * ~_lattice_continues(x, lattice, near)
        present = weight > 0.5
        behind = _pattern_behind(present)
        if behind is not None:  # a pattern behind the thing joins it where it touches it: the thing is the rest
            weight = weight * ~ndimage.binary_dilation(behind, iterations=1)[None]
            present = weight > 0.5
            lum = luminance(x)
            around = ndimage.binary_dilation(behind, iterations=1) & ~ndimage.binary_dilation(present.all(0))
            # how contrasted it is, and how light: tiles that darken between steady grout lines
            # stand out more from them because they darken
            parts.append(replace(_part("pattern", behind, {"contrast": lum[:, around].std(1),
                                                           "lightness": lum[:, around].mean(1)}, 1), side="behind"))
        border = max(_border_share(present[k]) for k in range(f))
        many = np.median([_pieces(present[k]) for k in range(f)]) >= 4  # a pattern of many pieces, not a band
        # but one that fills most of the picture (a gingham cloth, a tiled floor) is its background
        fills = float(present.reshape(f, -1).mean(1).max()) >= PATTERN_FILLS
        if (border <= BACKGROUND_CONTACT or (many and not fills)) and present.any():
            series = _figure_series(x, weight, (weight >= 0.7).astype(np.float64), bg)
            spot = _spot(x, weight >= 0.7)
            if spot is not None:  # a part that grows inside it (a hole widening, a door rolling down)
                series.update(spot)
            inner = _inner_part(x, weight >= 0.7)
            if inner is not None:  # a part changes inside it, not the light on it
                series.update(inner)
                series["light_x"] = series["light_y"] = np.full(f, np.nan)
            faded = _fades(x, present, bg)
            if faded is not None:  # it stands out more and more from its surround in place: its light changes
                series.update({k: np.full(f, np.nan) for k in FADED_SHAPE})
                series["lightness"] = faded
            count = np.array([_pieces(present[k]) for k in range(f)], float)
            series["count"] = count
            stripes = _stripes(x, present)
            if stripes is not None:  # bars across it (posts, strings, jars in a row) that come or go
                series.update(stripes)
            pieces = int(np.median(count))
            if 2 <= pieces <= 3:
                series.update(_pieces_apart(present))
                parts.extend(_each_piece(x, weight, bg, pieces))
            swing = _swing(present)
            if swing is not None:  # one part swings about a steady one
                series.update(swing)
            changed = _changing_part(present)
            if changed is not None:  # its mass comes and goes in one part while the rest stays
                where_, part_series, side = changed
                parts.append(replace(_part("part", where_, part_series, 1), side=side))
            pattern = _pattern_series(luminance(x[:, by0:by1 + 1, bx0:bx1 + 1])) if pieces >= 3 else None
            if pattern is not None:
                parts.append(_part("pattern", present, pattern, pieces))
            inner = _contents(x, present, changing) if contents else None
            if inner is not None:  # the figure stays: what changes is what it holds
                parts = [p for p in parts if p.role != "part"] + inner
            else:
                parts.append(_part("figure", present, series, pieces))
            figure_pix = ndimage.binary_dilation(present.any(0), iterations=1)
    rest = changing & ~figure_pix
    if rest.sum() >= MIN_REGION * h * w:
        held = None  # the box of what changes round the figure, where a periodic pattern fills it at both ends
        if not any(p.role == "pattern" for p in parts):
            rx0, ry0, rx1, ry1 = _box(rest)
            lum = luminance(x[:, ry0:ry1 + 1, rx0:rx1 + 1])
            pattern = _pattern_series(lum)
            if pattern is not None:
                parts.append(_part("pattern", rest, pattern, 1))
            # periodic in every frame, or at least at both ends (a blurred decoder loses it midway)
            if pattern is not None or (min(lum.shape[1:]) >= 16 and all(periodic_peaks(lum[k]) is not None
                                                                        for k in (0, -1))):
                held = np.zeros((h, w), bool)
                held[ry0:ry1 + 1, rx0:rx1 + 1] = True
            else:  # a pattern round the figure, or one no window holds whole (checks round a plate)
                texture = _texture(x, rest)
                if texture is not None:
                    parts.append(replace(_part("pattern", rest, texture, 1), side="behind" if figure_pix.any() else ""))
        for region in _regions(x, rest, h * w, figure_pix)[:3]:
            if figure_pix.any() and _fringe(x, region, figure_pix, changing):
                continue
            if behind is not None and (region & ndimage.binary_dilation(behind, iterations=2)).sum() >= 0.5 * region.sum():
                continue  # the pattern behind the figure: its pieces' colours are its change
            if held is not None and _swaps_tones(x, region, held):
                continue  # its pixels pass between the pattern's colours, which stay: the pattern changes
            parts.append(_part("region", region, _region_series(x, region), 1))
    return RowChange(f, change, share, coherence, tuple(parts), still, _things(x[f // 2]), lit)




CONTAINER_STEADY = 0.15  # the most a holder's filled outline may change, of its area, for it to stay
CONTAINER_HOLDS = 0.65  # the largest share of a holder's area that may change inside it
CONTAINER_BOX = 0.95  # the largest share of a holder's area the box of what changes inside it may take
CONTAINER_MIN = 0.08  # the least share of the image a holder covers
HELD_MOVES = ("x", "y", "size", "width", "height", "angle", "outline", "count", "stripes")  # what a held thing may do
CONTAINER_RING = 0.9  # the least share of the pixels round what changes that must be the holder's
_IMAGE_FRACTIONS = {"x": "x", "y": "y", "inner_x": "x", "inner_y": "y", "box_left": "x", "box_right": "x",
                    "box_top": "y", "box_bottom": "y"}


def _contents(x: np.ndarray, present: np.ndarray, changing: np.ndarray) -> list[Part] | None:
    """What changes inside a figure that stays (a xylophone turning on a rug): when the figure's outline,
    holes filled, keeps its place and shape (CONTAINER_STEADY) and what changes lies inside it,
    at most CONTAINER_HOLDS of its area in a box of at most CONTAINER_BOX of it, with the
    holder all round it (CONTAINER_RING of the pixels round it), that box is analysed as a
    picture of its own: the holder's steady trim in it that runs to the box's edge (a rug's
    chequered border) is painted over with the holder's colour round what changes. Its parts
    are placed back in the image. None when the figure is not such a holder, or when nothing
    inside moves, turns, grows or comes (HELD_MOVES; a boundary, pieces or small things that
    come): then only colour changes in place, which the figure's own series tell."""
    f, h, w, _ = x.shape
    filled = np.stack([ndimage.binary_fill_holes(p) for p in present])
    always, ever = filled.all(0), filled.any(0)
    if always.sum() < CONTAINER_MIN * h * w or (ever & ~always).sum() > CONTAINER_STEADY * always.sum():
        return None
    interior = ndimage.binary_erosion(always, iterations=2)
    inside = changing & interior
    if inside.sum() < max(8, 0.8 * (changing & ever).sum()):
        return None
    x0, y0, x1, y1 = _box(inside)
    if inside.sum() > CONTAINER_HOLDS * always.sum() or (x1 - x0 + 1) * (y1 - y0 + 1) > CONTAINER_BOX * always.sum():
        return None
    ix0, iy0, ix1, iy1 = _box(interior)
    x0, y0, x1, y1 = max(ix0, x0 - 3), max(iy0, y0 - 3), min(ix1, x1 + 3), min(iy1, y1 + 3)
    ch, cw = y1 - y0 + 1, x1 - x0 + 1
    if min(ch, cw) < 8:
        return None
    ring = ndimage.binary_dilation(inside, iterations=3) & ~ndimage.binary_dilation(changing, iterations=1)
    if (ring & always).sum() < max(8, CONTAINER_RING * ring.sum()):
        return None  # what changes is at the figure's edge (its roof, its border), not held inside it
    ring &= always
    ground = np.median(x[:, ring], axis=1)  # (F, 3): the holder's own colour round what changes
    crop = x[:, y0:y1 + 1, x0:x1 + 1].copy()
    moving = ndimage.binary_dilation(changing[y0:y1 + 1, x0:x1 + 1], iterations=1)
    # the holder's steady trim in the box (a rug's chequered border) is not what it holds: its ground
    trim = (colour_distance(crop, ground[:, None, None, :]) > 2 * MASS_OFFSET).any(0) & ~moving
    labels, _ = ndimage.label(trim, structure=np.ones((3, 3)))
    edge = np.zeros(trim.shape, bool)
    edge[[0, -1], :] = edge[:, [0, -1]] = True
    paint = np.isin(labels, np.unique(labels[edge & (labels > 0)])) & (labels > 0)  # it runs to the box's edge
    crop[:, paint] = ground[:, None, :]
    sub = _analyse(crop, False)
    if not any(p.role in ("boundary", "scatter", "piece") or (p.role == "figure" and any(
            (sc := score_series(k, p.series[k])) is not None and sc.score >= 1.0 for k in HELD_MOVES if k in p.series))
            for p in sub.parts):
        return None  # nothing inside moves, turns, grows or comes: the figure's own colour tells the rest
    out = []
    for p in sub.parts:
        series = dict(p.series)
        for name, axis in _IMAGE_FRACTIONS.items():
            if name in series:
                lo, span, full = (x0, cw, w) if axis == "x" else (y0, ch, h)
                series[name] = (lo + np.asarray(series[name], float) * (span - 1)) / max(full - 1, 1)
        for name in ("edge_left", "edge_right", "edge_top", "edge_bottom"):
            if name in series:  # the holder's inside is no edge of the image
                series[name] = np.zeros_like(np.asarray(series[name], float))
        if "light_x" in series:  # light does not fall on what a holder holds alone: a part of it moves there
            series["light_x"] = series["light_y"] = np.full(f, np.nan)
        if "apart" in series:
            series["apart"] = np.asarray(series["apart"], float) * cw / w
        if "bend" in series:
            series["bend"] = np.asarray(series["bend"], float) * ch / h
        bx0, by0, bx1, by1 = p.box
        out.append(replace(p, centre=((x0 + p.centre[0] * (cw - 1)) / max(w - 1, 1), (y0 + p.centre[1] * (ch - 1)) / max(h - 1, 1)),
                           box=((x0 + bx0 * cw) / w, (y0 + by0 * ch) / h, (x0 + bx1 * cw) / w, (y0 + by1 * ch) / h),
                           extent=p.extent * ch * cw / (h * w), border=0.0, sides=(0.0, 0.0, 0.0, 0.0), series=series))
    return out


SCATTER_PIECE = 0.05  # the largest a small thing may be, as a share of the image
SCATTER_MIN = 3  # how many small things there must be at the end where they are
SCATTER_DROP = 0.8  # the least share of the small things one step towards that end may keep
SCATTER_FIRST = 0.7  # the most of them one step may bring (things that move come all at once)
SCATTER_CRUMB = 0.1  # of the largest piece in a frame: a piece smaller is a crumb of a thing fading, no thing
SCATTER_EMPTY = 0.6  # the most the end without them may stand out from round the place, of the end with them
SCATTER_FADE = 0.6  # the most share of their pixels that may be half way to their colour in a frame between the ends


def _scatter(x: np.ndarray, changing: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Small things that come (or go) one after another where the picture changes (flowers in
    a bed, bees round a hive, rings of a web): at one end of the row the changing pixels stand
    out least from the pixels round them (the end without the things), at most SCATTER_EMPTY as
    much as at the other end (tiles that get smaller have grout at both ends); in every frame, the
    changing pixels that differ from that end (colour distance over 0.2) form pieces of at
    least 3 pixels and SCATTER_CRUMB of the largest (a thing fading out leaves crumbs for a
    frame); things that touch in a row (plates side by side) are one piece, counted by
    :func:`_in_a_row`; each thing is at most SCATTER_PIECE of the image (cars leaving a row of
    bays, too). When the pieces so counted do not come one after another, they are counted
    again as things of their own colours (:func:`_cores`, balls racked together), in every
    frame, if each such thing keeps its size (CORE_STEADY). Their number goes from at most 1 at
    that end to SCATTER_MIN or more at the other, never falling by more than 1 - SCATTER_DROP of
    itself on the way, and no step brings more than SCATTER_FIRST of them (one after another:
    window panes that all light up at once change colour, they do not come). Returns the number
    per frame and where the pieces are (H, W), or None. A thing that moves, grows or changes colour is one piece, and a large one;
    small things that move (where they were and where they are, two pieces each) are all there
    from the first step. A colour that fades over a place cut up by lines is no things (:func:`_fades_over`)."""
    f, h, w, _ = x.shape
    ring = ndimage.binary_dilation(changing, iterations=2) & ~changing
    if ring.sum() < 8 or changing.sum() < 2 * SCATTER_MIN:
        return None
    stand = [float(colour_distance(x[k][changing], np.median(x[k][ring], axis=0)).mean()) for k in (0, f - 1)]
    if min(stand) > SCATTER_EMPTY * max(stand):  # both ends hold things alike: a pattern that changes (tiles
        return None  # that get smaller, their grout in pieces), not things that come onto a bare place
    empty = 0 if stand[0] <= stand[1] else f - 1
    found = []  # per frame: its pieces, and how many things each holds
    for k in range(f):
        on = changing & (colour_distance(x[k], x[empty]) > 0.2)
        labels, n = ndimage.label(on, structure=np.ones((3, 3)))
        sizes = ndimage.sum(on, labels, index=np.arange(1, n + 1)) if n else np.zeros(0)
        kept = 1 + np.flatnonzero(sizes >= max(3.0, SCATTER_CRUMB * sizes.max())) if n else []  # not a fading
        # thing's crumbs; things that touch in a row (plates, cars) are several
        found.append([(labels == j, sizes[j - 1], _in_a_row(labels == j)) for j in kept])
    # a clump may be several things of their own colours (balls racked together): when the
    # pieces, counted whole, do not come one after another, they are counted so in every frame
    for cored in (False, True):
        counted = [[(m, size, max(t, _cores(x[k], m)) if cored else t) for m, size, t in pieces]
                   for k, pieces in enumerate(found)]
        if any(size / t > SCATTER_PIECE * h * w for pieces in counted for _, size, t in pieces):
            continue
        counts = np.array([sum(t for _, _, t in pieces) for pieces in counted], np.float64)
        if cored:  # things that come keep their size: a thing of many colours that grows has more
            # of them, each larger (a striped ball); frames that hold a quarter of the most or less
            # are left out (a thing fading in is crumbs)
            area = np.array([sum(size for _, size, _ in pieces) for pieces in counted])
            full = area > 0.25 * area.max()
            each = area[full] / np.maximum(counts[full], 1)
            if each.size == 0 or each.max() > CORE_STEADY * each.min():
                continue
        run = counts if empty == 0 else counts[::-1]
        if run[0] > 1 or run[-1] < SCATTER_MIN or any(b < SCATTER_DROP * a for a, b in zip(run, run[1:])) \
                or float(np.diff(run).max()) > SCATTER_FIRST * run[-1]:
            continue
        where = np.any([m for pieces in found for m, _, _ in pieces] or [np.zeros((h, w), bool)], axis=0)
        return None if _fades_over(x, empty, where) else (counts, where)
    per_frame = [np.any([m for m, _, _ in pieces] or [np.zeros((h, w), bool)], axis=0) for pieces in found]
    counted = _come_whole(per_frame, x, empty)
    if counted is not None:  # a few things alike that come one or two at a time, touching or apart
        where = np.any(per_frame, axis=0)
        return None if _fades_over(x, empty, where) else (counted, where)
    return None


def _fades_over(x: np.ndarray, empty: int, where: np.ndarray) -> bool:
    """Whether what seemed small things that come one after another (pieces of a sheet of paper
    between its lines of writing, each counted as it passes a threshold) is one colour fading:
    in some frame between the ends, over SCATTER_FADE of the pixels that differ between the
    ends (colour distance over 0.2) are half way (0.3 to 0.7 of their distance). Things that
    come do so within a step, each pixel at one end or the other but those of the few that come
    (which the decoder cross-fades); a sheet that yellows passes half way all at once."""
    full = len(x) - 1 - empty
    way = colour_distance(x[full], x[empty])
    on = where & (way > 0.2)
    if not on.any():
        return False
    for k in range(1, len(x) - 1):
        p = colour_distance(x[k], x[empty])[on] / way[on]
        if float(((p > 0.3) & (p < 0.7)).mean()) > SCATTER_FADE:
            return True
    return False


UNIT_FIT = 0.3  # how far from a whole number of things a frame's area may be, in things
UNIT_GUESS = (0.8, 1.35)  # what one thing's area may be, of the area where the first thing comes
UNIT_STAY = 0.8  # the least share of what is there that the next step keeps (things stay where they came)
UNIT_APART = 0.5  # the least share of what a step brings that lies more than 2 pixels off what was there
UNIT_EDGE = 0.15  # colour distance: how far the pixels where a new thing touches the others stand from its body
UNIT_STEP = 2  # the most things one step may bring (paint turning over a whole track is no six things at once)
UNIT_CRUMB = 0.1  # of the most: a frame that differs from the empty end in fewer pixels holds none (crumbs)
UNIT_WHOLE = 0.75  # of how much it stands out at the end: how much a thing must when it comes
UNIT_STRONG = 0.35  # colour distance from the end without them: a thing's own pixels, not the glow or shade round it
UNIT_COPY = 0.9  # overlap (IoU) of a new thing with the first, shifted onto it: a thing alike, shaped as it is
UNIT_PLAIN = 0.8  # of its bounding box: a thing that fills more is a plain block (a bar that lengthens adds blocks too)


def _come_whole(masks: list[np.ndarray], x: np.ndarray, empty: int) -> np.ndarray | None:
    """A few things alike, each the size of the first, that come one or two at a time and stay
    where they came (barrels set by a wall, blocks of ice stacked, lanterns hung along a beam),
    counted by area: ``masks`` are where each frame differs from the end without them
    (``empty``). From that end the area is a whole number of things in every frame (within
    UNIT_FIT of one, for one thing's area between UNIT_GUESS of where the first comes), that
    number never falls and rises at two steps or more, by UNIT_STEP at most, to 2 or more, each
    rise bringing the area of as many things (within UNIT_FIT); each thing comes whole (what a
    step brings stands out from the empty end UNIT_WHOLE as much as at the other); each step
    keeps UNIT_STAY of what was there; what a step brings lies mostly apart from it (UNIT_APART:
    a thing that grows gains a rim round itself), and where it touches what was there (their own
    pixels, UNIT_STRONG, not a glow round them), the pixels of the contact stand out from the new
    thing's body (UNIT_EDGE: one thing meets another along an outline; a bar that lengthens runs
    on in its own colour), unless the new thing is shaped as the first, and no plain block
    (:func:`_shaped_as`: boots set beside their kind). Returns the number per frame, or None."""
    f, h, w, _ = x.shape
    order = list(range(f)) if empty == 0 else list(range(f - 1, -1, -1))
    largest = max(float(m.sum()) for m in masks)
    seq = [masks[k] if masks[k].sum() >= UNIT_CRUMB * largest else np.zeros_like(masks[k]) for k in order]
    area = np.array([m.sum() for m in seq], np.float64)
    first = int(np.argmax(area > 0)) if (area > 0).any() else None
    if first is None or area[first] < 6:
        return None
    best = None
    for unit in np.linspace(UNIT_GUESS[0], UNIT_GUESS[1], 12) * area[first]:
        n = area / unit
        err = float(np.abs(n - np.round(n)).max())
        if best is None or err < best[0]:
            best = (err, np.round(n), unit)
    err, counts, unit = best
    if err > UNIT_FIT or unit > SCATTER_PIECE * h * w or counts[first] != 1 or counts[-1] < 2 \
            or (np.diff(counts) < 0).any() or int((np.diff(counts) > 0).sum()) < 2 \
            or np.diff(counts).max() > UNIT_STEP:
        return None
    rise = np.diff(counts) > 0  # a step that brings things brings whole ones (reeds that grow taller
    if (np.abs(np.diff(area) / unit - np.diff(counts))[rise] > UNIT_FIT).any():  # gain part of one)
        return None

    def whole(where: np.ndarray, k: int) -> bool:  # what comes at step k stands out as much as it will at the end
        stands = [float(colour_distance(x[order[j]][where], x[empty][where]).mean()) for j in (k, f - 1)]
        return stands[0] >= UNIT_WHOLE * stands[1]

    if not whole(seq[first], first):
        return None  # (a lit disc that waxes from a faint crescent grows, nothing comes)
    for k in range(first + 1, f):
        before, now = seq[k - 1], seq[k]
        if (before & now).sum() < UNIT_STAY * before.sum():
            return None
        new = now & ~before
        if new.sum() < 0.5 * unit:
            continue
        if not whole(new, k):
            return None  # (paint that deepens over a track crosses the mark a little more each step)
        if (new & ~ndimage.binary_dilation(before, iterations=2)).sum() < UNIT_APART * new.sum():
            return None
        strong = [colour_distance(x[order[j]], x[empty]) > UNIT_STRONG for j in (k - 1, k)]
        if not ((new & strong[1]) & ndimage.binary_dilation(before & strong[0], iterations=1)).any():
            continue  # apart from what was there (a glow round each may join them)
        frame = x[order[k]]
        contact = new & ndimage.binary_dilation(before, iterations=1)
        body = new & ~ndimage.binary_dilation(before, iterations=3)
        if body.sum() < 3:
            return None
        if float(colour_distance(frame[contact], np.median(frame[body], axis=0)).mean()) < UNIT_EDGE \
                and not _shaped_as(seq[first], new):
            return None
    return counts if empty == 0 else counts[::-1]


def _shaped_as(first: np.ndarray, new: np.ndarray) -> bool:
    """Whether what a step brings is a thing shaped as the first that came (boots set beside a
    pair of their kind, truffles in a box): shifted onto it, the two overlap UNIT_COPY (IoU), and
    the first is no plain block (it fills at most UNIT_PLAIN of its bounding box). Things alike
    may touch in colours close to each other's, and no outline part them; a bar that lengthens
    by as much at each step adds plain blocks of its own colour, and is not counted so."""
    ys, xs = np.nonzero(first)
    if ys.size == 0 or not new.any() or first.sum() > UNIT_PLAIN * (np.ptp(ys) + 1) * (np.ptp(xs) + 1):
        return False
    return float(_overlaps(first, new).max()) >= UNIT_COPY


CORE_EDGE = 0.12  # colour distance between neighbouring pixels that parts two things of a clump
CORE_MIN = 3  # the fewest pixels a thing of a clump keeps once its edges are taken away
CORE_STEADY = 1.5  # how many times as large as where they are smallest things of a clump may be, per thing


def _cores(frame: np.ndarray, piece: np.ndarray) -> int:
    """How many things of their own colour a clump holds (balls racked together, heaps piled
    side by side): the pieces of it left, of at least CORE_MIN pixels, when the pixels where the
    colour changes sharply from a neighbour's (CORE_EDGE) are taken away."""
    h, w, _ = frame.shape
    edge = np.zeros((h, w), bool)
    across = colour_distance(frame[:, 1:], frame[:, :-1]) > CORE_EDGE
    down = colour_distance(frame[1:], frame[:-1]) > CORE_EDGE
    edge[:, 1:] |= across
    edge[:, :-1] |= across
    edge[1:] |= down
    edge[:-1] |= down
    core = piece & ~edge
    labels, n = ndimage.label(core)
    if n == 0:
        return 0
    return int((ndimage.sum(core, labels, index=np.arange(1, n + 1)) >= CORE_MIN).sum())


SCATTER_NECK = 0.35  # of the highest: how far the profile along a row of touching things dips between two of them
ROW_LONG = 2.0  # how many times as long as it is thick a piece must be to be a row of things


def _in_a_row(piece: np.ndarray) -> int:
    """How many things that touch in a row a piece holds (1 unless it is ROW_LONG times as long
    as thick): the peaks of its thickness along its length, each standing SCATTER_NECK of the
    highest above the necks either side of it (plates side by side, cars nose to tail)."""
    ys, xs = np.nonzero(piece)
    span_x, span_y = np.ptp(xs) + 1, np.ptp(ys) + 1
    if max(span_x, span_y) < ROW_LONG * max(piece.sum() / max(span_x, span_y), 1.0):
        return 1
    profile = ndimage.gaussian_filter1d(piece.sum(0 if span_x >= span_y else 1).astype(np.float64), 1.0)
    peaks, _ = signal.find_peaks(profile, prominence=SCATTER_NECK * profile.max())
    return max(1, len(peaks))


def _each_piece(x: np.ndarray, weight: np.ndarray, bg: np.ndarray, pieces: int) -> list[Part]:
    """Each piece of a figure of a few pieces that keep apart in every frame (two dice, a cup
    and its saucer), measured on its own as a part of role "piece": when they change in
    different ways (one shrinks while the other stays or moves) the joint measures mix them.
    None when the pieces touch or merge in some frame."""
    f = len(x)
    labels, ids = _big_pieces((weight > 0.5).any(0))
    if len(ids) != pieces:
        return []
    out = []
    for i in ids:
        w = weight * (labels == i)[None]
        present = w > 0.5
        if present.reshape(f, -1).sum(1).min() < 4:
            return []
        out.append(_part("piece", present, _figure_series(x, w, (w >= 0.7).astype(np.float64), bg), 1))
    return out


PATTERN_FILLS = 0.6  # the share of the picture a figure of many pieces that touches its border may fill: more is the background
BAND_HEIGHT = 0.25  # the most of the image's height a band of ground along its edge may take


def _steady_band(steady: np.ndarray, near: np.ndarray, win: tuple[int, int, int, int]) -> np.ndarray:
    """The steady rows along the image's bottom or top edge that run across the whole window
    (the snow a snowman stands on, a table, a shelf, a skirting board behind a wardrobe's
    legs): ground the changing thing touches, not part of it - a thing that changes is inside
    the window, which pads it on every side. A row runs across when it is steady wherever the
    thing that changes (``near``) does not stand in it: what stays beside a changing thing in
    such a row is ground, not the thing; so is the band's blurred edge beside it. At most
    BAND_HEIGHT of the image; a tall thing cut by the border (trousers) has no such rows."""
    h, w = steady.shape
    x0, y0, x1, y1 = win
    gaps = near[:, x0:x1 + 1]
    open_ = np.maximum((~gaps).sum(1), 1)
    full = (steady[:, x0:x1 + 1] & ~gaps).sum(1) >= 0.9 * open_
    out = np.zeros((h, w), bool)
    for rows in (range(h - 1, -1, -1), range(h)):  # up from the bottom edge, down from the top
        band = []
        for y in rows:
            if not full[y]:
                break
            band.append(y)
        if 0 < len(band) <= BAND_HEIGHT * h:
            out[band] = steady[band]
    # and its blurred edge, where the thing that changes does not stand
    return out | (ndimage.binary_dilation(out, iterations=1) & ~near)


LATTICE_MANY = 3  # the fewest lines, or cells between them, that make what stays put a pattern
LATTICE_REACH = 3  # pixels: a line this near a side of the window runs out of it (its rim is taken for the surround)
LATTICE_ALIKE = 1.5  # the most a cell of a pattern may differ in area from their median, as a factor
LATTICE_CELL = 4  # pixels: the least a space inside a net of lines takes to be a cell (a brick), not a pinhole


def _thin(mask: np.ndarray) -> np.ndarray:
    """The parts of a mask that are lines, not bodies: where no 5 x 5 square of it fits."""
    return mask & ~ndimage.binary_opening(mask, structure=np.ones((5, 5)))


def _steady_lattice(steady: np.ndarray, near: np.ndarray, win: tuple[int, int, int, int]) -> np.ndarray:
    """A pattern of lines that stays put and runs across the window, out of it on opposite sides
    (the mortar of a brick wall, the joints of paving, stripes of wallpaper behind the changing
    thing): the surround's own, not part of the thing. It is LATTICE_MANY lines or more that
    each run across, or a net of such lines that closes as many cells (with the changing
    thing, which stands in front of the rest of the net); one steady line or band (a
    string's steady posts, a tree line a canoe passes) is no pattern, nor is a steady body (a
    toaster's bread: a 5 x 5 square fits in it), nor a web that hangs in the window."""
    x0, y0, x1, y1 = win
    none = np.zeros(steady.shape, bool)
    thin = _thin(steady)
    labels, n = ndimage.label(ndimage.binary_dilation(thin, iterations=1), structure=np.ones((3, 3)))
    if n == 0:
        return none
    labels = labels * thin  # a decoder's line broken by a pixel is one line
    sides = [np.zeros(n + 1, bool) for _ in range(4)]
    r = LATTICE_REACH
    for k, edge in enumerate((labels[y0:y0 + r, x0:x1 + 1], labels[y1 + 1 - r:y1 + 1, x0:x1 + 1],
                              labels[y0:y1 + 1, x0:x0 + r], labels[y0:y1 + 1, x1 + 1 - r:x1 + 1])):
        sides[k][edge.ravel()] = True
    across = (sides[0] & sides[1]) | (sides[2] & sides[3])
    across[0] = False
    lines = across[labels]
    out = np.any(sides, axis=0)  # a pattern's lines the changing thing cuts off run out of the window on one side
    out[0] = False
    if int(across.sum()) >= LATTICE_MANY:
        return out[labels]
    if not across.any():
        return none
    window = np.zeros(steady.shape, bool)
    window[y0:y1 + 1, x0:x1 + 1] = True
    cells, m = ndimage.label(window & ~ndimage.binary_dilation(lines, iterations=1) & ~near)
    if m == 0:
        return none
    edge = np.concatenate([cells[y0, x0:x1 + 1], cells[y1, x0:x1 + 1], cells[y0:y1 + 1, x0], cells[y0:y1 + 1, x1]])
    size = ndimage.sum(np.ones(cells.shape), cells, index=np.arange(1, m + 1))
    closed = size[(size >= LATTICE_CELL) & ~np.isin(np.arange(1, m + 1), edge)]
    if len(closed) < LATTICE_MANY:
        return none
    mid = float(np.median(closed))  # a pattern's cells are alike (bricks, tiles), a thing's spaces are not
    alike = int(((closed >= mid / LATTICE_ALIKE) & (closed <= mid * LATTICE_ALIKE)).sum())
    return out[labels] if alike >= LATTICE_MANY else none


def _lattice_continues(x: np.ndarray, lattice: np.ndarray, near: np.ndarray) -> np.ndarray:
    """Per frame (F, H, W): the steady net of lines behind the changing thing, and where it goes
    on into the place the thing changes: pixels there of the lines' colour in that frame, in
    thin runs (no 5 x 5 square fits in them: not a body of that colour) joined to the net (the
    mortar a shrinking bucket uncovers)."""
    f = len(x)
    out = np.repeat(lattice[None], f, axis=0)
    for k in range(f):
        colour = np.median(x[k][lattice], axis=0)
        like = _thin(near & (np.abs(x[k] - colour).max(-1) < 1.5 * ONE_COLOUR))
        labels, n = ndimage.label(like | lattice, structure=np.ones((3, 3)))
        joined = np.unique(labels[lattice])
        out[k] |= like & np.isin(labels, joined[joined > 0])
    return out


def _fringe(x: np.ndarray, region: np.ndarray, figure: np.ndarray, changing: np.ndarray) -> bool:
    """Whether a region beside a figure is its fringe (a glow, a shadow, a blurred edge) that
    comes or goes with it rather than a part that changes colour: it touches the figure and, at
    one end of the row, has the colour of the image's steady border (the background showing
    through) but not at the other. A wall that changes colour changes the border too."""
    if not (ndimage.binary_dilation(figure, iterations=2) & region).any():
        return False
    h, w = region.shape
    edge = np.zeros((h, w), bool)
    edge[:2], edge[-2:], edge[:, :2], edge[:, -2:] = True, True, True, True
    edge &= ~changing
    if edge.sum() < 0.25 * (2 * h + 2 * w):
        return False
    ground = np.median(x[:, edge], axis=1)  # (F, 3)
    if float(colour_distance(ground[0], ground[-1])) > MASS_OFFSET:
        return False
    d = colour_distance(x[:, region].mean(1), ground)
    near, far = sorted((float(d[0]), float(d[-1])))
    return near <= MASS_OFFSET and far >= 2 * MASS_OFFSET


INNER_STAYS = 0.3  # the least share of the zone where a part changes that differs from the figure in every frame


def _inner_part(x: np.ndarray, core: np.ndarray, concentrated: float = 3.0) -> dict[str, np.ndarray] | None:
    """Whether what changes inside a figure is a part of it moving (a door along a wall, a
    pupil in an eye) rather than light moving over it: light changes every pixel of a shaded
    body a little, a part changes few pixels much. When the figure's steady pixels change by a
    median of at most 1 / ``concentrated`` of their 95th percentile, its light series say
    nothing (None is not returned then): the part's centre per frame (``inner_x``, ``inner_y``,
    fractions of the image; the pixels of the zone where the change is that differ from the
    figure's colour around that zone), ``inner_dark`` (1 when it is darker than that colour),
    ``inner_size`` (the log of its area; log 4 where it is gone) and ``inner_black`` (1 when it
    is near black, as an opening's dark inside is (SPOT_OPENING), where it is largest: a doorway
    a door swings over). None when the change is spread (light) or too small to tell."""
    f, h, w, _ = x.shape
    always = core.all(0)
    if always.sum() < 30:
        return None
    rng = (x.max(0) - x.min(0)).max(-1)
    high = float(np.percentile(rng[always], 95))
    if high < CHANGE_FLOOR or high < concentrated * float(np.median(rng[always])):
        return None
    out = {k: np.full(f, np.nan) for k in ("inner_x", "inner_y", "inner_dark", "inner_size", "inner_black")}
    zone = ndimage.binary_dilation(always & (rng > 0.5 * high), iterations=1) & always
    ring = ndimage.binary_dilation(zone, iterations=2) & always & ~zone
    if ring.sum() < 8:
        return out
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    largest = 3
    grounds = [np.median(x[k][ring], axis=0) for k in range(f)]  # the figure's colour round the zone, per frame
    parts = [zone & (colour_distance(x[k], grounds[k]) > 0.2) for k in range(f)]
    # where the whole zone differs from the figure's colour in every frame (a ladder up a chimney
    # that a man climbs), the part that moves is what differs from the zone's usual look, frame by
    # frame (the man, where there is enough of him in every frame)
    usual = np.median(x, axis=0)
    moved = [zone & (colour_distance(x[k], usual) > 0.2) for k in range(f)]
    stays = np.logical_and.reduce(parts)
    centre = moved if stays.sum() >= INNER_STAYS * zone.sum() and all(m.sum() >= 3 for m in moved) else parts
    for k in range(f):
        ground, part = grounds[k], parts[k]
        out["inner_size"][k] = np.log(part.sum() + 4.0)
        if part.sum() < 3:
            continue
        lum = float(luminance(x[k][part].mean(0)))
        if part.sum() >= largest:  # near black where it is largest (where it is small, its edge blends in)
            largest = int(part.sum())
            out["inner_black"][:] = float(lum <= SPOT_OPENING[0])
        out["inner_x"][k] = (xs * centre[k]).sum() / centre[k].sum() / max(w - 1, 1)
        out["inner_y"][k] = (ys * centre[k]).sum() / centre[k].sum() / max(h - 1, 1)
        out["inner_dark"][k] = float(lum < luminance(ground))
    return out


FADE_STEP = 0.5  # the most of a pixel's change one step between frames may take, on average, in a fade
FADE_ALIKE = 0.8  # the least share of the pixels where a figure comes or goes that change one way in a fade
FADE_ZONE = 0.3  # the least share of the figure's place where it comes or goes for it to fade in or out
# a figure that fades in or out has no outline of its own: what its mass measures is how much it stands out
FADED_SHAPE = ("x", "y", "size", "width", "height", "upper_width", "lower_width", "angle", "outline", "fill", "bend",
               "light_x", "light_y")


def _fades(x: np.ndarray, present: np.ndarray, bg: np.ndarray) -> np.ndarray | None:
    """Whether a figure fades in or out where it is (a lantern that glows brighter out of the
    night, a light going out, flames and their glow going out on a chandelier that stays) rather
    than growing, shrinking or moving: it comes or goes over a good part of its place (FADE_ZONE
    of where it ever is), and there every pixel runs steadily one
    way along the frames (no one step takes more than FADE_STEP of its change, on average, where
    an edge passing a pixel changes it at one step), most of them the same way (FADE_ALIKE) -
    both its luminance and its contrast with its surround (``bg``; its luminance less the
    surround's): a thing that moves while the whole background brightens changes steadily in
    luminance only, one that grows on a blurred edge that the surround follows in contrast
    only. Returns the mean luminance per frame where it ever is (its lightness, in place), or
    None."""
    union, always = present.any(0), present.all(0)
    zone = union & ~always
    if union.sum() < 16 or zone.sum() < FADE_ZONE * union.sum():
        return None
    lum = luminance(x)
    for values in (lum[:, zone], (lum - luminance(bg))[:, zone]):  # F x P each
        steps = np.diff(values, axis=0)
        total = np.abs(steps).sum(0)
        moved = total > 1e-3
        if moved.sum() < 8:
            return None
        share = float((np.abs(steps).max(0)[moved] / total[moved]).mean())
        net = values[-1] - values[0]
        if share > FADE_STEP or max(float((net > 0).mean()), float((net < 0).mean())) < FADE_ALIKE:
            return None
    return lum[:, union].mean(1)


def _things(img: np.ndarray) -> int:
    """Separate things in one frame: pieces that differ from the colour of the image border, of
    at least 0.5 % of the image, not lying along the border (a band of background)."""
    h, w, _ = img.shape
    ring = _rim(h, w, (0, 0, w - 1, h - 1))
    fg = colour_distance(img, np.median(img[ring], axis=0)) > 0.15
    labels, n = ndimage.label(fg, structure=np.ones((3, 3)))
    count = 0
    for k in range(1, n + 1):
        piece = labels == k
        if piece.sum() >= 0.005 * h * w and _border_share(piece) <= BACKGROUND_CONTACT:
            count += 1
    return count
