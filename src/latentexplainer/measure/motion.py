"""A thing carried across the picture, whatever it is in front of: how far one shift of each
frame explains the next.

The figure of :mod:`change` is the mass that differs from its surround; a thing that moves in
front of a steady one it touches (a windsock passing a hangar, a laptop sliding beside its
books) joins it into one mass whose outline changes, and no move of the whole is measured.
Here no mass is formed at all. Between each two neighbouring frames, the pixels that change
colour are compared with the earlier frame shifted by every offset up to REACH of the image:
where a thing moves, one offset carries its colours to where they arrive, and where it left
the colours of what it uncovers were beside it, one offset away, as well (a steady background
of one colour, or a steady thing whose colours the moving one does not share). The best offset
per step, and the share of the change it explains, give the move; a colour that changes in
place, a thing that grows or turns, is explained by no one offset. A thing that turns as one
piece is measured the same way, each turn of the earlier frame tried with its best offset.
A thing that the decoder fades out where it was and in where it goes is measured between the
first frame and the last (:func:`jump`), and, in front of a background whose colours no one
offset carries, one pixel at a time: the way it arrived or the way it left (:func:`crossing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import ndimage

from .image import as_rgb, colour_distance
from .parts import CHANGE_FLOOR

REACH = 0.2  # the largest offset tried between two neighbouring frames, in fractions of the image


@dataclass(frozen=True)
class Translation:
    """How the changing part of a row moves: ``dx``, ``dy`` from the first frame to the last
    (fractions of the image width and height; down is positive), ``explained`` the share of the
    change between neighbouring frames that the best offset of each step explains (weighted by
    how much changes at each step), ``steady`` whether no step goes against the whole move,
    and ``centre`` (x, y) and ``box`` (x0, y0, x1, y1) of where the change is, in fractions."""

    dx: float
    dy: float
    explained: float
    steady: bool
    centre: tuple[float, float]
    box: tuple[float, float, float, float]


def _offset_errors(a: np.ndarray, b: np.ndarray, mask: np.ndarray, reach: int) -> np.ndarray:
    """The sum over ``mask`` of the squared colour difference between b(p) and a(p - s), for
    every offset s = (dx, dy) within ``reach`` pixels (indexed [dy + reach, dx + reach]; the
    earlier frame padded with its own edge). Every offset at once: the squared difference
    expands into correlations, computed by FFT."""
    h, w, _ = a.shape
    size = (h + 2 * reach, w + 2 * reach)
    ap = np.pad(a, ((reach, reach), (reach, reach), (0, 0)), mode="edge")
    m = np.zeros(size)
    m[reach:reach + h, reach:reach + w] = mask
    bm = np.zeros(size + (3,))
    bm[reach:reach + h, reach:reach + w] = b * mask[..., None]
    fa = np.fft.rfft2(ap, axes=(0, 1))
    cross = np.fft.irfft2((np.fft.rfft2(bm, axes=(0, 1)) * np.conj(fa)).sum(-1), size)  # sum_p b(p) a(p - s)
    square = np.fft.irfft2(np.fft.rfft2(m) * np.conj(np.fft.rfft2((ap ** 2).sum(-1))), size)  # sum_p |a(p - s)|^2
    err = float(((b ** 2).sum(-1) * mask).sum()) - 2.0 * cross + square
    offsets = np.arange(-reach, reach + 1)
    return err[np.ix_(offsets % size[0], offsets % size[1])]


def _best_offset(a: np.ndarray, b: np.ndarray, mask: np.ndarray, reach: int) -> tuple[int, int, float, float]:
    """The offset (dx, dy) within ``reach`` pixels for which b(p) is nearest a(p - offset) over
    ``mask`` (mean squared colour difference), the share of the unshifted difference it
    removes, and that unshifted difference. Of offsets that fit alike (a band across the whole
    picture fits every offset along it) the shortest."""
    grid = _offset_errors(a, b, mask, reach) / max(float(mask.sum()), 1.0)
    still = float(grid[reach, reach])
    offsets = np.arange(-reach, reach + 1)
    length = offsets[:, None] ** 2 + offsets[None, :] ** 2
    tie = grid <= float(grid.min()) + 1e-6 * max(still, 1e-9)
    iy, ix = np.unravel_index(int(np.argmin(np.where(tie, length, np.iinfo(np.int64).max))), grid.shape)
    return int(ix) - reach, int(iy) - reach, (1.0 - float(grid[iy, ix]) / still) if still > 1e-9 else 0.0, still


def translation(frames: np.ndarray) -> Translation | None:
    """How the part of a row that changes moves (see the module docstring); None when nothing
    changes between any two neighbouring frames. ``frames``: (F, C, H, W) in [0, 1]."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    reach = max(2, int(round(REACH * max(h, w))))
    steps, weights, gains = [], [], []
    where = np.zeros((h, w), bool)
    for k, mask in _changing_steps(x):
        dx, dy, gain, still = _best_offset(x[k], x[k + 1], mask, reach)
        steps.append((dx, dy))
        weights.append(still * float(mask.sum()))
        gains.append(gain)
        where |= mask
    if not steps:
        return None
    explained = _weighted(weights, gains)
    total = np.asarray(steps, float).sum(0)
    steady = all(float(np.dot(s, total)) >= 0.0 for s in np.asarray(steps, float))
    return Translation(float(total[0]) / max(w - 1, 1), float(total[1]) / max(h - 1, 1), explained, steady,
                       *_centre_and_box(where))


JUMP_REACH = 0.5  # the largest offset tried between the first frame and the last, in fractions of the image
JUMP_STEP = 0.6  # the largest share of a row's change between neighbouring frames one step may hold in a jump


def _spread(x: np.ndarray) -> bool:
    """Whether a row's change is spread along the sweep: no step between neighbouring frames
    holds more than JUMP_STEP of it (a thing that leaps at one step is swapped, not moved)."""
    steps = np.array([colour_distance(x[k], x[k + 1]).sum() for k in range(len(x) - 1)])
    return bool(steps.max() <= JUMP_STEP * steps.sum())


def jump(frames: np.ndarray) -> Translation | None:
    """How the part of a row that changes has moved from the first frame to the last, however it
    got there: a decoder that has not learnt to carry a thing across fades it out where it was
    and in where it goes, and no offset between neighbouring frames explains that, but one
    offset (up to JUMP_REACH of the image) carries the first frame's colours onto the last
    frame's wherever they differ. ``explained`` is the share of that difference it removes;
    ``steady`` whether the change is spread along the sweep, no step between neighbouring
    frames holding more than JUMP_STEP of it (a thing that leaps at one step is swapped, not
    moved). None when the first and last frames do not differ."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    mask = _changed(x[0], x[-1])
    if mask is None:
        return None
    dx, dy, gain, _ = _best_offset(x[0], x[-1], mask, max(2, int(round(JUMP_REACH * max(h, w)))))
    spread = _spread(x)
    return Translation(dx / max(w - 1, 1), dy / max(h - 1, 1), gain, spread, *_centre_and_box(mask))


def _changed(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """The pixels whose colour differs between two frames (H, W, 3 each), and their neighbours;
    None when fewer than 8 do."""
    mask = ndimage.binary_dilation(colour_distance(a, b) > CHANGE_FLOOR, iterations=1)
    return mask if mask.sum() >= 8 else None


def _changing_steps(x: np.ndarray):
    """Each step between neighbouring frames (H, W, 3 each) where something changes: its index
    and the pixels that change colour there (and their neighbours)."""
    for k in range(len(x) - 1):
        mask = _changed(x[k], x[k + 1])
        if mask is not None:
            yield k, mask


def _weighted(weights: list[float], values: list[float]) -> float:
    """The mean of the steps' values, each weighted by how much changes at it."""
    wts = np.asarray(weights)
    return float((wts * np.asarray(values)).sum() / max(wts.sum(), 1e-12))


def _centre_and_box(where: np.ndarray) -> tuple[tuple[float, float], tuple[float, float, float, float]]:
    """The centre (x, y) and box (x0, y0, x1, y1) of a mask, in fractions of the image."""
    h, w = where.shape
    ys, xs = np.nonzero(where)
    sx, sy = max(w - 1, 1), max(h - 1, 1)
    return (float(xs.mean()) / sx, float(ys.mean()) / sy), (xs.min() / sx, ys.min() / sy, xs.max() / sx, ys.max() / sy)


ONE_WAY = 0.3  # the share of the first and last frames' difference one offset one way may explain in a crossing
CROSS_TRIED = 16  # how many of the best one-way offsets each way are tried both ways


def _shifted(a: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """a(p - s) for s = (dx, dy), the image padded with its own edge."""
    h, w = a.shape[:2]
    return a[np.ix_(np.clip(np.arange(h) - dy, 0, h - 1), np.clip(np.arange(w) - dx, 0, w - 1))]


def crossing(frames: np.ndarray) -> Translation | None:
    """How a thing has moved from the first frame to the last in front of a background it does
    not share colours with one offset away (houses with rows of windows behind a boat): where it
    arrives, the last frame holds the first frame's colours one offset back; where it left, the
    first frame holds the last frame's colours one offset on; what it uncovers is no colour of
    the first frame, and no one offset explains both ends of the move (:func:`jump`). Of the
    offsets (up to JUMP_REACH of the image) that explain most one way or the other, the one
    whose better way explains most of what differs, pixel by pixel, is the move; ``explained``
    is that share, ``steady`` as in :func:`jump`. None when the first and last frames do not
    differ, or when one offset one way explains ONE_WAY of it or more: then the colours that
    match both ways are ones found all over the picture (a white pipe turning copper against
    white tiles), and a thing carried across is measured by :func:`jump`."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    a, b = x[0], x[-1]
    mask = _changed(a, b)
    if mask is None:
        return None
    reach = max(2, int(round(JUMP_REACH * max(h, w))))
    arrived = _offset_errors(a, b, mask, reach)  # b(p) against a(p - s)
    left = _offset_errors(b, a, mask, reach)[::-1, ::-1]  # a(p) against b(p + s)
    if max(1.0 - grid.min() / max(float(grid[reach, reach]), 1e-12) for grid in (arrived, left)) >= ONE_WAY:
        return None
    tried = {(int(i % arrived.shape[1]) - reach, int(i // arrived.shape[1]) - reach)
             for grid in (arrived, left) for i in np.argsort(grid, axis=None)[:CROSS_TRIED]}
    still = ((a - b) ** 2).sum(-1)
    total = float((still * mask).sum())
    best = (0, 0, 0.0)
    for dx, dy in sorted(tried):
        ways = np.minimum(((b - _shifted(a, dx, dy)) ** 2).sum(-1), ((a - _shifted(b, -dx, -dy)) ** 2).sum(-1))
        share = 1.0 - float((np.minimum(ways, still) * mask).sum()) / max(total, 1e-12)
        if share > best[2]:
            best = (dx, dy, share)
    spread = _spread(x)
    return Translation(best[0] / max(w - 1, 1), best[1] / max(h - 1, 1), best[2], spread, *_centre_and_box(mask))


def exchange(frames: np.ndarray) -> Translation | None:
    """How a thing has moved from the first frame to the last when the decoder takes it away at
    one place and puts it down at another over a plain background (a pale sun setting across a
    pale sky, a flag beside it that joins it into one figure): the difference d = last - first
    is the thing less the background where it arrives and the background less the thing where
    it left, so d(p) is -d(p - s) for the move s, whatever the background's colour; no other
    change (a colour that changes in place, a thing that grows) is its own negative one offset
    away. Of the offsets, the one where d is most against itself shifted (by FFT, over the
    whole picture), way round where the last frame holds the first frame's colours one offset
    back (where it arrives) rather than one offset on; ``explained`` is how far d is against
    itself there, twice the correlation over d's own power (1 for a thing wholly moved off its
    old place). ``steady``: the change is spread along the sweep, as in :func:`jump`, and the
    thing goes that way, along it (:func:`_follows`), as a lever turned half round about its
    hub (the same bar pointing the other way) does not, nor a panel of stripes that grows.
    Which way: d says only that what was at one end of the offset is at the other, and a plain
    background carried back is as good a fit as the thing carried on; the thing is what stands
    out from what lies round it, in the first frame where it left and in the last where it
    arrives. None when the first and last frames do not differ."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    a, b = x[0], x[-1]
    mask = _changed(a, b)
    if mask is None:
        return None
    d = np.zeros((2 * h, 2 * w, 3))
    d[:h, :w] = b - a
    spectrum = np.fft.rfft2(d, axes=(0, 1))
    power = np.fft.irfft2((spectrum * np.conj(spectrum)).sum(-1), (2 * h, 2 * w))  # sum_p d(p + s) . d(p)
    iy, ix = np.unravel_index(int(np.argmin(power)), power.shape)
    dy, dx = (iy if iy < h else iy - 2 * h), (ix if ix < w else ix - 2 * w)
    changed = colour_distance(a, b) > CHANGE_FLOOR
    here, there = changed & _moved(changed, dx, dy, 1), changed & _moved(changed, dx, dy, -1)  # ends of the pairs
    if _stands_out(a, there) + _stands_out(b, here) < _stands_out(a, here) + _stands_out(b, there):
        dx, dy, here, there = -dx, -dy, there, here
    explained = -2.0 * float(power[iy, ix]) / max(float(power[0, 0]), 1e-12)
    # where it went: the thing apart from what is there in most frames (the background of a
    # thing carried across), or, where each frame between is the first and the last mixed (a
    # thing the decoder fades across), apart from what is there once it has gone
    seen = np.median(x, axis=0) if not _blended(x) else np.where(there[..., None], b, a)
    steady = _spread(x) and _follows(x, dx, dy, seen)
    return Translation(dx / max(w - 1, 1), dy / max(h - 1, 1), explained, steady, *_centre_and_box(mask))


BLENDED = 0.25  # the most of a frame's difference from the nearer end that a mix of the ends may leave


def _blended(x: np.ndarray) -> bool:
    """Whether each frame between the first and the last is a mix of them: the best mix leaves at
    most BLENDED of what differs between it and the nearer end (a thing faded out at one place
    and in at another, not carried between)."""
    a, b = x[0], x[-1]
    ends = b - a
    power = float((ends ** 2).sum())
    if power <= 1e-12:
        return False
    for frame in x[1:-1]:
        mix = float(np.clip(((frame - a) * ends).sum() / power, 0.0, 1.0))
        left = float(((frame - a - mix * ends) ** 2).sum())
        if left > BLENDED * min(float(((frame - a) ** 2).sum()), float(((frame - b) ** 2).sum())) + 1e-9:
            return False
    return True


def _apart(frame: np.ndarray, background: np.ndarray) -> np.ndarray | None:
    """What of a frame (H, W, 3) is not ``background``: how far each pixel's colour is from it,
    where more than CHANGE_FLOOR (0 elsewhere); None where no pixel is."""
    away = colour_distance(frame, background)
    away = np.where(away > CHANGE_FLOOR, away, 0.0)
    return away if away.sum() > 0.0 else None


OFF_ITS_LINE = 0.3  # how far from the line through its first place along a move a thing may pass, in lengths of the move
ALONG = 0.5  # the least share of an offset a thing must go along it between the first frame and the last


def _follows(x: np.ndarray, dx: int, dy: int, background: np.ndarray) -> bool:
    """Whether a thing goes the way of an offset s = (dx, dy) of the first frame to the last: it
    is what of each frame is not ``background`` (:func:`_apart`); it must go at least ALONG of s
    along s, and never be further than OFF_ITS_LINE of s from the line through its first place
    along s (a panel of stripes that grows about its middle goes nowhere; a lever turned half
    round about its hub goes round by the side)."""
    _, h, w, _ = x.shape
    ys, xs = np.mgrid[0:h, 0:w]
    way = np.array([dx, dy], float)
    length = float(np.hypot(dx, dy))
    if length < 1.0:
        return False
    centres = []
    for frame in x:
        away = _apart(frame, background)
        if away is None:
            return False
        centres.append(np.array([(away * xs).sum(), (away * ys).sum()]) / away.sum())
    gone = [c - centres[0] for c in centres]
    off = max(abs(float(way[0] * g[1] - way[1] * g[0])) for g in gone) / length ** 2
    return float(np.dot(gone[-1], way)) >= ALONG * length ** 2 and off <= OFF_ITS_LINE


def _moved(mask: np.ndarray, dx: int, dy: int, way: int) -> np.ndarray:
    """mask(p - way * s) for s = (dx, dy), False where that lies outside the picture."""
    h, w = mask.shape
    ys, xs = np.mgrid[0:h, 0:w]
    sy, sx = ys - way * dy, xs - way * dx
    inside = (sy >= 0) & (sy < h) & (sx >= 0) & (sx < w)
    out = np.zeros_like(mask)
    out[inside] = mask[sy[inside], sx[inside]]
    return out


def _stands_out(x: np.ndarray, where: np.ndarray) -> float:
    """How far the mean colour of ``where`` in an (H, W, 3) frame is from that of the pixels
    round it (two pixels wide); 0 when either is empty."""
    ring = ndimage.binary_dilation(where, iterations=2) & ~where
    if not where.any() or not ring.any():
        return 0.0
    return float(colour_distance(x[where].mean(0), x[ring].mean(0)))


TURN_REACH = 0.35  # radians: the largest turn tried between two neighbouring frames (20 degrees)
TURN_STEP = 0.07  # radians between the turns tried (4 degrees)


@dataclass(frozen=True)
class Turn:
    """How the part of a row that changes turns: ``angle`` from the first frame to the last
    (radians, image axes: clockwise on the screen is positive), ``explained`` the share of the
    change between neighbouring frames that the best turn and shift of each step explain
    (weighted as in :class:`Translation`), ``gain`` how much more of it that is than the best
    shift alone explains, ``steady`` whether no step turns against the whole, ``centre``
    and ``box`` of where the change is (fractions), and ``axis`` how far the long axis of
    what moves turns from the first frame to the last (:func:`_long_axis_turn`)."""

    angle: float
    explained: float
    gain: float
    steady: bool
    centre: tuple[float, float]
    box: tuple[float, float, float, float]
    axis: float = float("nan")  # how far the long axis of what moves turns (:func:`_long_axis_turn`)


def _mapped(a: np.ndarray, m: np.ndarray, centre: tuple[float, float]) -> np.ndarray:
    """The picture (H, W, 3) whose pixel p shows ``a`` at centre + m (p - centre) (row, column),
    its edge carried outwards."""
    off = np.asarray(centre) - m @ np.asarray(centre)
    return np.stack([ndimage.affine_transform(a[..., k], m, offset=off, order=1, mode="nearest")
                     for k in range(a.shape[-1])], axis=-1)


def _rotated(a: np.ndarray, angle: float, centre: tuple[float, float]) -> np.ndarray:
    """The picture (H, W, 3) turned by ``angle`` (clockwise on the screen) about ``centre``
    (row, column), its edge carried outwards."""
    c, s = np.cos(angle), np.sin(angle)
    return _mapped(a, np.array([[c, -s], [s, c]]), centre)


def _best_transform(a: np.ndarray, b: np.ndarray, mask: np.ndarray, reach: int, tried: np.ndarray, step: float,
                    transform) -> tuple[float, float, float, float]:
    """Between two neighbouring frames, the best of the transforms ``tried`` (parameters, 0 for
    none; ``transform(a, value, centre)``, about the middle of what changes), each with its best
    shift, then half a ``step`` either side of the best: its parameter (0 when none explains
    more than the shift alone), the share of the change it explains, what the shift alone
    explains, and the unshifted difference (0: nothing to explain)."""
    ys, xs = np.nonzero(mask)
    centre = (float(ys.mean()), float(xs.mean()))
    _, _, shift_only, still = _best_offset(a, b, mask, reach)
    if still <= 1e-9:
        return 0.0, shift_only, shift_only, 0.0
    best, chosen = shift_only, 0.0
    values = [float(v) for v in tried if abs(v) > 1e-9]
    for _ in range(2):  # every one tried; then half a step either side of the best
        for value in values:
            _, _, share, left = _best_offset(transform(a, value, centre), b, mask, reach)
            explained = 1.0 - (1.0 - share) * left / still  # what its best shift leaves, of what no change leaves
            if explained > best + 1e-9:
                best, chosen = explained, value
        values = [chosen - step / 2, chosen + step / 2] if chosen else []
    return chosen, best, shift_only, still


def _transformed(frames: np.ndarray, tried: np.ndarray, step: float, transform):
    """Each changing step's best transform (:func:`_best_transform`), weighted as in
    :func:`translation`: the parameters, the shares explained with and without it, and where
    anything changes; None when nothing changes."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    reach = max(2, int(round(REACH * max(h, w))))
    steps, weights, done, shifted = [], [], [], []
    where = np.zeros((h, w), bool)
    for k, mask in _changing_steps(x):
        value, best, shift_only, still = _best_transform(x[k], x[k + 1], mask, reach, tried, step, transform)
        if still <= 1e-9:
            continue
        steps.append(value)
        weights.append(still * float(mask.sum()))
        done.append(best)
        shifted.append(shift_only)
        where |= mask
    if not steps:
        return None
    total = float(np.sum(steps))
    steady = all(v * total >= 0.0 for v in steps)
    return total, _weighted(weights, done), _weighted(weights, shifted), steady, where


def turn(frames: np.ndarray) -> Turn | None:
    """How the part of a row that changes turns, as :func:`translation` finds how it moves:
    between neighbouring frames, every turn up to TURN_REACH (about the middle of what changes,
    in steps of TURN_STEP, then half a step either side of the best), each with its best shift
    (a turn about another point is a turn and a shift). None when nothing changes between any
    two neighbouring frames."""
    got = _transformed(frames, np.arange(-TURN_REACH, TURN_REACH + 1e-9, TURN_STEP), TURN_STEP, _rotated)
    if got is None:
        return None
    total, explained, by_shift, steady, where = got
    return Turn(total, explained, explained - by_shift, steady, *_centre_and_box(where), _long_axis_turn(as_rgb(frames)))


LONG = 2.5  # the least ratio of the spreads along and across a thing for it to have a long axis
AXIS_BACK = 0.15  # radians: the most a long axis may turn back at one step


def _long_axis_turn(x: np.ndarray) -> float:
    """How far (radians, clockwise on the screen positive) the long axis of what moves turns from
    the first frame to the last: what moves is where each frame differs from the frames' per-pixel
    median (what is there in most frames), weighted by how far; its long axis is that of its
    spread (:func:`_apart`). A bar turned about its end turns its axis with it; a thing carried
    across keeps it. NaN where in some frame nothing moves or it is not LONG, or a step turns
    back more than AXIS_BACK."""
    background = np.median(x, axis=0)
    _, h, w, _ = x.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    doubled = []
    for frame in x:
        away = _apart(frame, background)
        axis = None if away is None else _axis(away, xs, ys)
        if axis is None or axis.ratio < LONG:
            return float("nan")
        doubled.append(2.0 * axis.angle)
    angles = np.unwrap(np.array(doubled)) / 2.0
    total = float(angles[-1] - angles[0])
    if any(step * total < 0.0 and abs(step) > AXIS_BACK for step in np.diff(angles)):
        return float("nan")
    return total


class _Axis(NamedTuple):
    """The long axis of a weighted spread of pixels: ``angle`` (radians, clockwise on the screen
    positive, in (-pi/2, pi/2]), ``ratio`` of the spreads along it and across, centre ``x``, ``y``
    (pixels) and ``length`` (pixels, of an even bar with that spread)."""

    angle: float
    ratio: float
    x: float
    y: float
    length: float


def _axis(weight: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> _Axis | None:
    """The long axis of ``weight`` (H, W) over pixel grids ``xs``, ``ys``; None where it weighs nothing."""
    total = float(weight.sum())
    if total <= 0.0:
        return None
    cx, cy = (weight * xs).sum() / total, (weight * ys).sum() / total
    sxx, syy = (weight * (xs - cx) ** 2).sum() / total, (weight * (ys - cy) ** 2).sum() / total
    sxy = (weight * (xs - cx) * (ys - cy)).sum() / total
    low, high = np.linalg.eigvalsh(np.array([[sxx, sxy], [sxy, syy]]))
    return _Axis(float(np.arctan2(2.0 * sxy, sxx - syy)) / 2.0, float(high / max(low, 1e-9)), float(cx), float(cy),
                 float(2.0 * np.sqrt(3.0 * max(high, 0.0))))


ENDS_LONG = 2.0  # the least ratio of the spreads along and across what an end frame has of its own
ENDS_ALIKE = 0.6  # the least the smaller of the two ends' own parts may be of the larger
ENDS_NEAR = 1.0  # the furthest apart their centres may be, in lengths of the longer


def end_turn(frames: np.ndarray) -> float:
    """How far (radians, clockwise on the screen positive) a long thing turned between the first
    frame and the last, measured on those two alone (the decoder may blur it, or show it twice,
    between them): what each end has of its own is where the two differ clearly (twice
    CHANGE_FLOOR) and that end is further from the frames' per-pixel median than the other; both
    must be long (ENDS_LONG), alike in extent (ENDS_ALIKE) and near each other (ENDS_NEAR), as a
    blowpipe tilted about the hand that holds it is at each end. NaN otherwise."""
    x = as_rgb(frames)
    _, h, w, _ = x.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    background = np.median(x, axis=0)
    differ = colour_distance(x[0], x[-1]) > 2.0 * CHANGE_FLOOR
    first, last = colour_distance(x[0], background), colour_distance(x[-1], background)
    own = [(differ & (first > last)).astype(np.float64), (differ & (last > first)).astype(np.float64)]
    axes = [_axis(o, xs, ys) for o in own]
    if any(a is None or a.ratio < ENDS_LONG for a in axes):
        return float("nan")
    start, end = axes
    small, large = sorted(float(o.sum()) for o in own)
    apart = float(np.hypot(end.x - start.x, end.y - start.y))
    if small < ENDS_ALIKE * large or apart > ENDS_NEAR * max(start.length, end.length):
        return float("nan")
    return float((end.angle - start.angle + np.pi / 2.0) % np.pi - np.pi / 2.0)


RESIZE_REACH = 0.3  # the largest change of scale tried between two neighbouring frames (log of the linear scale)
RESIZE_STEP = 0.05  # log of the linear scale between the scales tried


@dataclass(frozen=True)
class Resize:
    """How the part of a row that changes grows or shrinks as one piece: ``scale`` the log of
    its linear scale from the first frame to the last (negative: it shrinks), ``explained``,
    ``gain``, ``steady``, ``centre`` and ``box`` as of :class:`Turn`."""

    scale: float
    explained: float
    gain: float
    steady: bool
    centre: tuple[float, float]
    box: tuple[float, float, float, float]


def _scaled(a: np.ndarray, log_scale: float, centre: tuple[float, float]) -> np.ndarray:
    """The picture (H, W, 3) grown by exp(``log_scale``) about ``centre`` (row, column), its edge
    carried outwards."""
    return _mapped(a, np.eye(2) * np.exp(-log_scale), centre)


def resize(frames: np.ndarray) -> Resize | None:
    """How the part of a row that changes grows or shrinks, as :func:`turn` finds how it turns:
    every scale up to RESIZE_REACH either way, each with its best shift (a thing that grows up
    from the floor it stands on grows about its foot: a scale and a shift). A thing that grows
    while touching others that stay is explained by a scale far better than by any shift,
    though its top edge moves as a shift would carry it. None when nothing changes."""
    got = _transformed(frames, np.arange(-RESIZE_REACH, RESIZE_REACH + 1e-9, RESIZE_STEP), RESIZE_STEP, _scaled)
    if got is None:
        return None
    total, explained, by_shift, steady, where = got
    return Resize(total, explained, explained - by_shift, steady, *_centre_and_box(where))
