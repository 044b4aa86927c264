"""A figure's measurements, frame by frame: centroid, size, width and height (and the width of
its upper and lower half), orientation
(angular harmonics of its mass), outline (its mass in its own centred, unit-spread frame),
how much of its extent it fills, its colour measured in place and how far apart in time its
pixels change colour, where its light falls, where
its extent ends, how many stripes cross it; and for a figure of a few pieces, how far apart they are."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from .image import colour_distance, has_hue, hsv, hue_step, luminance, periodic_peaks, unwrap_turns
from .parts import SWEEP

TURN_KEEPS_FORM = 0.3  # the most a harmonic's strength (0..1) may differ between a turn's first and last frame


def _figure_series(x: np.ndarray, weight: np.ndarray, core: np.ndarray, bg: np.ndarray) -> dict[str, np.ndarray]:
    """Per-frame measurements of a figure given its mass (F, H, W), core mass and surround
    colour (F, H, W, 3); ``contrast_fg`` is how far its core stands out from the surround."""
    f, h, w, _ = x.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    out = {k: np.full(f, np.nan) for k in ("x", "y", "size", "width", "height", "hue", "saturation", "lightness",
                                           "light_x", "light_y")}
    mags = np.full((f, 3), np.nan)
    phases = np.full((f, 3), np.nan)
    on = np.flatnonzero(weight.max(0).max(1) > 0.5)  # the rows it covers in any frame
    middle = (on[0] + on[-1]) / 2.0 if len(on) else h / 2.0
    bands = {"upper_width": ys < middle, "lower_width": ys >= middle}
    for k in range(f):
        m = weight[k]
        area = m.sum()
        out["size"][k] = np.log(area + 4.0)
        if area < 4.0:
            continue
        for name, rows in bands.items():  # the width of its upper and of its lower half (a neck, a belly)
            mb = m * rows
            if mb.sum() >= 4.0:
                bx = (mb * xs).sum() / mb.sum()
                out.setdefault(name, np.full(f, np.nan))[k] = np.log(np.sqrt((mb * (xs - bx) ** 2).sum() / mb.sum()) + 0.5)
        cx, cy = (m * xs).sum() / area, (m * ys).sum() / area
        out["x"][k], out["y"][k] = cx / max(w - 1, 1), cy / max(h - 1, 1)
        sx = np.sqrt((m * (xs - cx) ** 2).sum() / area)
        sy = np.sqrt((m * (ys - cy) ** 2).sum() / area)
        out["width"][k], out["height"][k] = np.log(sx + 0.5), np.log(sy + 0.5)
        dz = (xs - cx) + 1j * (ys - cy)
        for j, n in enumerate((2, 3, 4)):
            cn = _harmonic(m, dz, n)
            mags[k, j], phases[k, j] = abs(cn), np.angle(cn)
        # how much of it lies on each image edge (a figure cut by the border looks smaller than it is)
        out.setdefault("edge_left", np.zeros(f))[k] = float(m[:, 0].sum() / max(m.sum(0).max(), 1e-9))
        out.setdefault("edge_right", np.zeros(f))[k] = float(m[:, -1].sum() / max(m.sum(0).max(), 1e-9))
        out.setdefault("edge_top", np.zeros(f))[k] = float(m[0].sum() / max(m.sum(1).max(), 1e-9))
        out.setdefault("edge_bottom", np.zeros(f))[k] = float(m[-1].sum() / max(m.sum(1).max(), 1e-9))
        # where its extent ends on each side (fractions of the image): a figure moves only when these do;
        # crumbs beside it (a star by the moon) are not where it ends
        labels, big = _big_pieces(m > 0.5)
        solid = np.isin(labels, big)
        on_rows, on_cols = np.flatnonzero(solid.any(1)), np.flatnonzero(solid.any(0))
        if len(on_rows) and len(on_cols):
            for name, v in (("box_top", on_rows[0] / max(h - 1, 1)), ("box_bottom", on_rows[-1] / max(h - 1, 1)),
                            ("box_left", on_cols[0] / max(w - 1, 1)), ("box_right", on_cols[-1] / max(w - 1, 1))):
                out.setdefault(name, np.full(f, np.nan))[k] = v
            bend = _bend(m, on_cols, on_rows)
            if bend is not None:
                out.setdefault("bend", np.full(f, np.nan))[k] = bend
        c = core[k]
        if c.sum() >= 2.0:
            out.setdefault("contrast_fg", np.full(f, np.nan))[k] = float((colour_distance(x[k], bg[k]) * c).sum() / c.sum())
            mean = (x[k] * c[..., None]).reshape(-1, 3).sum(0) / c.sum()
            hue, sat, _ = hsv(mean)
            out["hue"][k] = float(hue) if has_hue(mean) else np.nan
            out["saturation"][k] = float(sat)
            lum = luminance(x[k])
            out["lightness"][k] = float((lum * c).sum() / c.sum())
            lw = lum * c
            if lw.sum() > 1e-6 and sx > 0.5 and sy > 0.5:
                out["light_x"][k] = ((lw * xs).sum() / lw.sum() - cx) / sx
                out["light_y"][k] = ((lw * ys).sum() / lw.sum() - cy) / sy
    out["hue"] = unwrap_turns(out["hue"])
    sweep = _sweep(x, core)
    _colour_in_place(x, core, out, together=sweep < TOGETHER * SWEEP)
    out["sweep"] = np.full(f, sweep)
    # orientation: the dominant harmonic's phase / n, where the outline keeps a measurable angle
    # (a turn keeps the outline; one that passes through round is a change of outline, not a turn)
    # and ends with the form it began with: a turn keeps every harmonic's strength, which a part
    # that swings up (a whale's tail) changes, though it shifts the phase of the whole
    mean_mag = np.nan_to_num(mags, nan=0.0).mean(0)
    j = int(np.argmax(mean_mag))
    ok = np.isfinite(phases[:, j])
    angle = np.full(f, np.nan)
    if ok.sum() >= 2 and mean_mag[j] > 0.15 and mags[ok, j].min() >= 0.5 * mags[ok, j].max() \
            and np.nanmax(np.abs(mags[ok][-1] - mags[ok][0])) <= TURN_KEEPS_FORM:
        angle[ok] = np.unwrap(phases[ok, j]) / (j + 2)
        first, last = np.flatnonzero(ok)[[0, -1]]
        if not _turn_seen(weight[first], weight[last], float(angle[last] - angle[first])):
            angle[:] = np.nan  # the phase moved as the form changed (a chimney cut down atop its kiln)
    out["angle"] = angle
    out["part_angle"] = _part_angle(weight)
    out["outline"] = _outline_change(weight)
    # how much of its extent it fills: a bolder stroke fills more of the same extent, a larger
    # thing fills as much of a larger one
    sx, sy = np.exp(out["width"]) - 0.5, np.exp(out["height"]) - 0.5
    area = np.exp(out["size"]) - 4.0
    out["fill"] = np.where(np.isfinite(sx * sy) & (sx * sy > 0.25), area / np.maximum(sx * sy, 0.25), np.nan)
    out["fill"] = np.log(np.maximum(out["fill"], 1e-3))
    return out


TOGETHER = 0.5  # of SWEEP: a figure's pixels that change colour closer in time than this change together


def _colour_in_place(x: np.ndarray, core: np.ndarray, out: dict[str, np.ndarray], together: bool = False) -> None:
    """Make the figure's colour series count only changes of colour in place, measured where
    the figure is (core) in every frame: a figure whose dark part shrinks beside a lighter part
    that stays gets no lighter, nor does one that shrinks and blurs at its receding edge. A
    figure that moves has no such place; from one frame to the next its change is then measured
    where it is in both, and where two frames share too little of it, the per-frame means
    stand. A figure that is where it was (its ends overlap by half) but fades into its
    surround on the way (so is not in place in every frame) is measured where it is at both
    ends. Where one part of a figure changes colour in place (``_tinted``), its hue is that
    part's, and ``tint_saturation`` how vivid that part is in each frame; so are its lightness
    and saturation when its pixels change ``together`` (a well's stones darkening under a roof
    that keeps its colour; doors sliding open over a dark doorway change pixel after pixel,
    and the figure's own colour is not what changes). Its steps of hue are added to the whole
    figure's hue, unless the whole has none on the way while that part, changing together, goes
    from one hue to another (TINT_HUE_MOVES): then the figure's hue is that part's own."""
    f = len(x)
    lum = luminance(x)
    always = core.min(0)
    ends = core[0] * core[-1]
    stays = ends.sum() >= 0.5 * min(core[0].sum(), core[-1].sum())  # where it was: it does not move
    if stays and always.sum() < 0.5 * ends.sum() and ends.sum() >= 4.0:  # it fades into its surround on the way (a grey cloud
        for k in range(f):  # turning white passes the sky's colour): measured where it is at both ends
            mean = (x[k] * ends[..., None]).reshape(-1, 3).sum(0) / ends.sum()
            out["lightness"][k] = float((lum[k] * ends).sum() / ends.sum())
            out["saturation"][k] = float(hsv(mean)[1])
        return  # its hue stays the per-frame one: a hue named midway would be the surround's
    tinted = _tinted(x, always)
    # the colour of the part whose colour changes, per frame (hue, saturation, value)
    tint_means = [(x[k] * tinted[..., None]).reshape(-1, 3).sum(0) / tinted.sum() for k in range(f)] \
        if tinted is not None else []
    tints = [hsv(m) for m in tint_means]
    for k in range(1, f):
        both = always if always.sum() >= 4.0 else core[k - 1] * core[k]
        if both.sum() < 2.0:
            continue
        means = [(x[j] * both[..., None]).reshape(-1, 3).sum(0) / both.sum() for j in (k - 1, k)]
        (h0, s0, _), (h1, s1, _) = hsv(means[0]), hsv(means[1])
        l0, l1 = ((lum[j] * both).sum() / both.sum() for j in (k - 1, k))
        if tinted is not None:  # its hue where its colour changes: a hammock's cloth between its posts
            tint = tints[k - 1], tints[k]
            h0, h1 = tint[0][0], tint[1][0]
            if together:
                (s0, s1), (l0, l1) = (tint[0][1], tint[1][1]), (float(lum[j][tinted].mean()) for j in (k - 1, k))
        if np.isfinite(out["lightness"][k - 1]) and np.isfinite(out["lightness"][k]):
            out["lightness"][k] = out["lightness"][k - 1] + float(l1 - l0)
            out["saturation"][k] = out["saturation"][k - 1] + float(s1 - s0)
        if np.isfinite(out["hue"][k - 1]) and np.isfinite(out["hue"][k]) and has_hue(means[0]) and has_hue(means[1]):
            out["hue"][k] = out["hue"][k - 1] + hue_step(h0, h1)
    if tints and together and not np.isfinite(out["hue"]).all() and has_hue(tint_means[0]) and has_hue(tint_means[-1]) \
            and abs(hue_step(tints[0][0], tints[-1][0])) >= TINT_HUE_MOVES:
        # the whole figure greys on the way where the part's colour goes from one hue to another,
        # mixed with the parts that keep theirs (a painting turning from blue through grey to cream
        # in a gilt frame): its hue is that part's, in every frame
        out["hue"] = unwrap_turns(np.array([float(t[0]) if has_hue(m) else np.nan for t, m in zip(tints, tint_means)]))
    if tints:  # how vivid the part whose hue is measured is, in each frame (the figure's own
        # saturation mixes it with the parts that keep their colour: a row of doors in a white wall)
        out["tint_saturation"] = np.array([float(t[1]) for t in tints])


BEND_WIDE = 1.2  # the least ratio of a figure's width to its height for its middle to sag or rise against its ends


def _bend(m: np.ndarray, cols: np.ndarray, rows: np.ndarray) -> float | None:
    """How far below its ends the middle of a wide figure hangs (a string of flags, a hammock, a
    mouth): the height of the centre of its mass in the middle third of its columns less that in
    the outer thirds (their mean), in fractions of the image; a line that sags more hangs lower
    in the middle, a smile rises there. None for a figure whose solid pieces reach fewer than
    BEND_WIDE times as many columns as rows (not wide)."""
    if len(cols) < 6 or len(cols) < BEND_WIDE * len(rows):
        return None
    ys = np.arange(m.shape[0], dtype=np.float64)[:, None]
    c0, c1 = int(cols[0]), int(cols[-1]) + 1
    cut = np.round(np.linspace(c0, c1, 4)).astype(int)
    centres = []
    for a, b in zip(cut[:-1], cut[1:]):
        mm = m[:, a:b]
        if mm.sum() < 1.0:
            return None
        centres.append(float((mm * ys).sum() / mm.sum()))
    return (centres[1] - (centres[0] + centres[2]) / 2.0) / max(m.shape[0] - 1, 1)


TURN_SEEN = 0.02  # how much closer to its last frame's mass its first frame's must come, turned by the angle


def _turn_seen(a: np.ndarray, b: np.ndarray, turn: float) -> bool:
    """Whether mass ``a`` turned by ``turn`` (radians, image axes) about its centre is more like
    mass ``b`` (each centred on its own centre) than ``a`` unturned is, by TURN_SEEN of their
    overlap (the shared share of their mass): a turn is seen in the outline, not only in the
    phase of its harmonics, which moves when the form changes unevenly as well."""
    h, w = a.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)

    def centre(m: np.ndarray) -> tuple[float, float]:
        return float((m * xs).sum() / m.sum()), float((m * ys).sum() / m.sum())

    if a.sum() < 4.0 or b.sum() < 4.0:
        return True
    (ax, ay), (bx, by) = centre(a), centre(b)

    def placed(angle: float) -> np.ndarray:  # a, turned by angle, with its centre on b's
        c, s = np.cos(angle), np.sin(angle)
        dx, dy = xs - bx, ys - by  # each pixel of b's frame comes from a's, turned back
        return ndimage.map_coordinates(a, [ay - s * dx + c * dy, ax + c * dx + s * dy], order=1, cval=0.0)

    return _soft_overlap(placed(turn), b) >= _soft_overlap(placed(0.0), b) + TURN_SEEN


def _soft_overlap(a: np.ndarray, b: np.ndarray) -> float:
    """The soft overlap (intersection over union) of two masses: the share of their mass they share."""
    return float(np.minimum(a, b).sum() / max(np.maximum(a, b).sum(), 1e-9))


def _harmonic(m: np.ndarray, dz: np.ndarray, n: int) -> complex:
    """A mass's n-th angular harmonic about its centre (``dz``: each pixel's offset from it as a
    complex number): its strength (0..1, 1 for a thin line when n = 2) and phase (n times the
    angle it points at)."""
    return complex((m * dz ** n).sum() / max((m * np.abs(dz) ** n).sum(), 1e-9))


def _sweep(x: np.ndarray, core: np.ndarray) -> float:
    """How far apart in time (in frame steps) the pixels of a figure that stays in place change
    colour: about 0 when they change together (a thing that turns vivid), more when things move
    across it and each pixel changes as they pass (a coloured part that grows over a grey one,
    its folds passing by: a colour of the whole that changes by what it is made of). The
    spread of the times at which its most changing pixels change, each weighted by how much
    it changes."""
    always = core.min(0) > 0
    if always.sum() < 16 or len(x) < 3:
        return 0.0
    steps = np.abs(np.diff(x[:, always], axis=0)).sum(-1)  # (F-1, N)
    total = steps.sum(0)
    keep = (total >= 0.5 * float(np.percentile(total, 90))) & (total > 1e-9)  # pixels that change at all
    if keep.sum() < 8:
        return 0.0
    w = total[keep]
    t = (steps[:, keep] * np.arange(len(steps))[:, None]).sum(0) / w
    mean = float((w * t).sum() / w.sum())
    return float(np.sqrt((w * (t - mean) ** 2).sum() / w.sum()))


SPOT_SHARE = 0.6  # the most of a figure's steady place a part that grows inside it may take, but for one swept across it
SPOT_RIM = 0.6  # the least share of the figure's outermost ring (1.5 pixels) such a part must run along to be its border
SPOT_LAG = 0.25  # frame steps: how much later its inner half must change than its outer half (or sooner) to be one
SPOT_CORE = 0.5  # the least share of the figure's other steady pixels a border that narrows must enclose
SPOT_ALIKE = 0.6  # the least share of that part's pixels whose first and whose last colours are each alike
SPOT_SPREAD = 0.5  # frame steps: the least spread of the times at which its pixels take their new colour
SPOT_SPREAD_SWEPT = 0.4  # frame steps: the least, where a straight sweep across it explains SPOT_SWEPT of them
SPOT_PATCHY = 0.35  # the most Geary's ratio of the moments its pixels turn at may be (see _patchy)
SPOT_STEP = 0.7  # the most of that part one step between frames may cover
SPOT_FROM = 0.2  # the least share of the figure's other steady pixels with that part's first colour first, or its last last
SPOT_SWEPT = 0.6  # the least share of the spread of its pixels' times a straight sweep across it must explain
SPOT_OPENING = 0.25, 0.5  # an opening's dark inside (luminance at most), and the light it was covered by or shows (at least)


def _spot(x: np.ndarray, core: np.ndarray) -> dict[str, np.ndarray] | None:
    """The size of a part of a figure that grows (or shrinks) inside it while the figure stays
    (a hole that widens in a wall, a door that rolls down over a dark opening), as the log of
    the area of its darker state per frame (``spot``), and whether that part is the figure's
    border (``spot_rim``): when it runs along SPOT_RIM or more of the figure's outermost ring and
    its new colour comes in from that edge (its inner half, further from the edge than its
    median pixel, takes it SPOT_LAG frame steps later than its outer half), or goes out to it
    round a middle that stays (SPOT_CORE or more of the figure's other steady pixels enclosed),
    the border is the new state or the old one: +1 a dark border, -1 a light one, 0 no border;
    and whether its edge sweeps across it from one side (``spot_axis``: a straight-line fit of
    the times at which its pixels turn on their place explains SPOT_SWEPT or more of their
    spread, and more than their depth from the figure's edge does): +1 up or down, the part
    grows taller, -1 across, it grows wider, 0 neither. A part swept across is no border (water
    drained from a tub leaves its inside dark from the top down, not from all round).
    None when what changes inside the figure is no such part. Such a part is some of the
    figure's steady pixels (at most SPOT_SHARE of them) that each change once, from one common
    colour to another (SPOT_ALIKE of them alike at each end), one after another as its edge
    passes (the times at which they take their new colour spread by SPOT_SPREAD frame steps or
    more, SPOT_SPREAD_SWEPT where its edge is seen to sweep straight across it, no one step
    covering more than SPOT_STEP of it, neighbours turning at nearly the same moments:
    :func:`_patchy` at most SPOT_PATCHY): a colour that changes over a whole figure, or
    over a part of it all at once, is no part that grows. It grows out of the figure
    or into it: SPOT_FROM or more of the figure's other steady pixels have its first colour in
    the first frame (a hole in a wall starts as the wall) or its last in the last (a door rolled
    down ends as the door above it), or it is an opening, its inside dark (SPOT_OPENING: black, or a window's dark glass)
    against a light cover (a white door rolled up off a dark boathouse); colours that change
    over a figure's parts as they shift (flags on a string turning from yellow to blue while
    they move along it) are none. A part that is (nearly) all of the figure (over SPOT_SHARE of
    its steady place: a hopper whose dark inside is all that shows of it) grows only as a sweep
    from one side across it (a hopper filled with pale grain from the bottom up): a figure that
    changes colour at once, or from all round, changes colour."""
    always = core.all(0)
    if always.sum() < 30 or len(x) < 4:
        return None
    rng = (x.max(0) - x.min(0)).max(-1)
    high = float(np.percentile(rng[always], 95))
    zone = always & (rng >= 0.5 * high)
    n = int(zone.sum())
    if high < 0.15 or n < 8:
        return None
    whole = n > SPOT_SHARE * always.sum()  # it is (nearly) all of the figure: only a sweep across it says it grows
    first, last = x[0][zone], x[-1][zone]
    d = last - first
    span = (d ** 2).sum(-1)
    if float((np.sqrt(span) >= 0.6 * rng[zone]).mean()) < 0.9:
        return None  # its pixels do not end where they went: things pass over them and go
    start, end = np.median(first, axis=0), np.median(last, axis=0)
    if float(colour_distance(start, end)) < 0.3 or min(float((colour_distance(first, start) < 0.2).mean()),
                                                      float((colour_distance(last, end) < 0.2).mean())) < SPOT_ALIKE:
        return None
    rest = always & ~zone  # the part grows out of the figure (its first colour is the rest's) or into it
    ends = sorted(float(v) for v in luminance(np.stack([start, end])))
    opening = ends[0] <= SPOT_OPENING[0] and ends[1] >= SPOT_OPENING[1]  # or it opens onto a dark inside
    if not opening and not whole and (not rest.any() or max(
            float((colour_distance(x[0][rest], start) < 0.2).mean()),
            float((colour_distance(x[-1][rest], end) < 0.2).mean())) < SPOT_FROM):
        return None
    progress = np.clip(((x[:, zone] - first) * d).sum(-1) / np.maximum(span, 1e-9), 0.0, 1.0)  # (F, N)
    turned = progress > 0.5
    times = np.argmax(turned, axis=0).astype(float)
    share = turned.mean(1)
    inward = ndimage.distance_transform_edt(always)  # how far in from the figure's edge each pixel is
    depth, edge = inward[zone], always & (inward <= 1.5)  # the part's pixels', and the figure's outermost ring
    ys, xs = np.nonzero(zone)
    swept = _explained(times, xs, ys)  # its edge passes across it from one side (a tub drained from the top down)
    sweeps = swept >= SPOT_SWEPT and swept > _explained(times, depth)
    # (an edge seen to pass straight across it, as ink goes down a bottle, may pass in two steps of five)
    if float(np.std(times)) < (SPOT_SPREAD_SWEPT if sweeps else SPOT_SPREAD) or float(np.diff(share).max()) > SPOT_STEP:
        return None
    if _patchy(times, zone) > SPOT_PATCHY:
        return None  # its pixels turn at moments that neighbours do not share: no edge passes across it
    dark = luminance(end) < luminance(start)
    colour = end if dark else start
    ring = ndimage.binary_dilation(zone, iterations=2) & always & ~zone
    held = int((ring & (colour_distance(x, colour) < 0.2).all(0)).sum())  # the dark part's pixels that stay so
    rim = 0.0
    mid = float(np.median(depth))
    axis = 0.0
    if sweeps:
        # along the axis it sweeps, the part that grows becomes taller (+1) or wider (-1)
        axis = 1.0 if _explained(times, ys) >= _explained(times, xs) else -1.0
    if whole and not axis:  # all of a figure that changes colour at once, or from all round, changes colour
        return None
    if (ndimage.binary_dilation(zone, iterations=2) & edge).sum() >= SPOT_RIM * edge.sum() and (depth > mid).any() \
            and not axis:
        lag = float(times[depth > mid].mean() - times[depth <= mid].mean())  # its inner half turns after its outer
        # the new colour comes in from the edge (a border widens), or goes out to it from an inside
        # that was there all along (a border narrows; from nothing inside, a part grows from within),
        # from all round: a part swept across from one side is none
        if lag >= SPOT_LAG or (lag <= -SPOT_LAG and _enclosed(always & ~zone, edge) >= SPOT_CORE):
            border_dark = dark if lag > 0 else not dark  # the border is the new state, or the old one
            rim = 1.0 if border_dark else -1.0
    return {"spot": np.log(held + n * (share if dark else 1.0 - share) + 4.0), "spot_rim": np.full(len(x), rim),
            "spot_axis": np.full(len(x), axis)}


def _patchy(times: np.ndarray, zone: np.ndarray) -> float:
    """How little neighbouring pixels of ``zone`` share the moments at which they turn (``times``,
    in the order of np.nonzero(zone)): Geary's ratio, the mean squared difference of side-by-side
    neighbours' times over twice the times' variance; near 0 where an edge passes across the part
    (neighbours turn one after the other), near 1 where each pixel turns at its own moment about
    one frame (a colour changing over the part all at once, the decoder's noise spreading its
    moments). 0 when the times do not vary."""
    index = np.full(zone.shape, -1)
    index[zone] = np.arange(int(zone.sum()))
    across, down = zone[:, :-1] & zone[:, 1:], zone[:-1] & zone[1:]
    a = np.concatenate([index[:, :-1][across], index[:-1][down]])
    b = np.concatenate([index[:, 1:][across], index[1:][down]])
    spread = float(np.var(times))
    if spread <= 1e-9 or not len(a):
        return 0.0
    return float(((times[a] - times[b]) ** 2).mean()) / (2.0 * spread)


def _explained(values: np.ndarray, *by: np.ndarray) -> float:
    """The share of the variance of ``values`` that a straight-line fit on ``by`` explains (0
    when they do not vary)."""
    spread = float(((values - values.mean()) ** 2).sum())
    if spread <= 1e-9:
        return 0.0
    a = np.column_stack([np.ones(len(values)), *[np.asarray(b, float) for b in by]])
    rest = values - a @ np.linalg.lstsq(a, values, rcond=None)[0]
    return 1.0 - float((rest ** 2).sum()) / spread


def _enclosed(rest: np.ndarray, edge: np.ndarray) -> float:
    """The share of ``rest`` (pixels of a figure) in pieces that do not reach the figure's outermost
    ring ``edge``: what a border around them encloses (a quilt's middle inside its border; the
    tapes either side of a zip's opening reach the edge, and the opening is no border)."""
    if not rest.any():
        return 0.0
    labels, _ = ndimage.label(rest)
    outer = np.unique(labels[edge & rest])
    return float((rest & ~np.isin(labels, outer)).sum() / rest.sum())


PART_ELONGATED = (0.5, 0.6)  # the second harmonic's strength (0..1) of a part whose turn can be measured, and
# of its largest; a figure's changing part (_changing_part) blurs more as it sweeps (a lid on its hinge): less
PART_SWEEPS_ELONGATED = (0.4, 0.5)


def _part_angle(weight: np.ndarray, elongated: tuple[float, float] = PART_ELONGATED) -> np.ndarray:
    """The orientation (radians, image axes) of the part of a figure that comes and goes (its
    mass where it is in some frames and not in all), per frame, when that part is elongated alike
    in every frame (its second angular harmonic at least ``elongated[0]`` and ``elongated[1]``
    of its largest): a plank that tilts on a stand that stays. NaN otherwise (a spider's blob going
    down inside its web is elongated only as it smears)."""
    present = weight > 0.5
    changing = present.any(0) & ~present.all(0)
    f, h, w = weight.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    phase, mag = np.full(f, np.nan), np.zeros(f)
    for k in range(f):
        m = weight[k] * changing
        area = m.sum()
        if area < 8.0:
            return np.full(f, np.nan)
        c2 = _harmonic(m, (xs - (m * xs).sum() / area) + 1j * (ys - (m * ys).sum() / area), 2)
        phase[k], mag[k] = np.angle(c2), abs(c2)
    if mag.min() < elongated[0] or mag.min() < elongated[1] * mag.max():
        return np.full(f, np.nan)
    return np.unwrap(phase) / 2.0


TINT_HUE_MOVES = 0.1  # turns: the least a part's hue goes from end to end to be the figure's hue where the whole greys
TINTED = (0.1, 0.8)  # the share of a figure where its colour changes for its hue to be measured there alone


def _tinted(x: np.ndarray, always: np.ndarray) -> np.ndarray | None:
    """Where a figure that stays in place changes colour, when that is one part of it (a
    hammock's cloth between its posts, a cupcake's frosting on its wrapper): the pixels of it
    whose colour travels at least half as far along the frames as its most changing pixels do,
    when they are TINTED[0] to TINTED[1] of it. Its mean colour there has the hue the part has;
    over all of it the part's hue is diluted by the parts that keep theirs. None otherwise."""
    if always.sum() < 16.0:
        return None
    travel = np.abs(np.diff(x, axis=0)).max(-1).sum(0) * always  # how far each pixel's colour goes
    top = float(np.percentile(travel[always > 0], 95))
    if top <= 0.0:
        return None
    tinted = (travel >= 0.5 * top) & (always > 0)
    share = float(tinted.sum()) / float((always > 0).sum())
    return tinted if TINTED[0] <= share <= TINTED[1] and tinted.sum() >= 8 else None


_GRID = np.stack(np.meshgrid(np.linspace(-2.2, 2.2, 24), np.linspace(-2.2, 2.2, 24)), -1).reshape(-1, 2)


def _normalised(m: np.ndarray) -> np.ndarray | None:
    """A figure's mass resampled in its own frame: centred and stretched to unit spread along
    its principal axes (affine-free: moving, resizing or stretching it changes nothing)."""
    h, w = m.shape
    area = m.sum()
    if area < 4.0:
        return None
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    cx, cy = (m * xs).sum() / area, (m * ys).sum() / area
    dx, dy = xs - cx, ys - cy
    cov = np.array([[(m * dx * dx).sum(), (m * dx * dy).sum()], [(m * dx * dy).sum(), (m * dy * dy).sum()]]) / area
    vals, vecs = np.linalg.eigh(cov + 1e-6 * np.eye(2))
    root = vecs @ np.diag(np.sqrt(np.maximum(vals, 0.05))) @ vecs.T
    pts = _GRID @ root.T + [cx, cy]
    return ndimage.map_coordinates(m, [pts[:, 1], pts[:, 0]], order=1, mode="constant")


def _outline_change(weight: np.ndarray) -> np.ndarray:
    """Per frame, how far the figure's affine-free outline is from the first frame's: 1 - the
    soft overlap of the normalised masses (0: the same outline, moved, resized or stretched)."""
    shapes = [_normalised(w) for w in weight]
    first = next((s for s in shapes if s is not None), None)
    out = np.full(len(weight), np.nan)
    if first is None:
        return out
    for k, s in enumerate(shapes):
        if s is not None:
            out[k] = 1.0 - _soft_overlap(s, first)
    return out




def _big_pieces(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The connected pieces of a mask (labels) and the labels of those that are not crumbs
    (at least a tenth of the largest piece)."""
    labels, n = ndimage.label(mask, structure=np.ones((3, 3)))
    if n == 0:
        return labels, np.zeros(0, int)
    sizes = ndimage.sum(mask, labels, index=np.arange(1, n + 1))
    return labels, np.flatnonzero(sizes >= 0.1 * sizes.max()) + 1


def _pieces(mask: np.ndarray) -> int:
    """Connected pieces of a mask, not counting crumbs (under a tenth of the largest piece)."""
    return len(_big_pieces(mask)[1])


def _pieces_apart(present: np.ndarray) -> dict[str, np.ndarray]:
    """For a figure of two or three pieces: ``apart``, their mean distance from their common
    centre per frame (in image widths), and ``diverge`` = 1 when they move in different
    directions (one left, another right), which the joint position and spread cannot describe."""
    f, h, w = present.shape
    cents = []
    for k in range(f):
        labels, big = _big_pieces(present[k])
        if labels.max() < 2:
            cents.append(None)
            continue
        cents.append(np.array(ndimage.center_of_mass(present[k], labels, big)) / np.array([h, w]))
    apart = np.array([np.nan if c is None else float(np.linalg.norm(c - c.mean(0), axis=1).mean()) for c in cents])
    diverge = np.zeros(f)
    ends = [c for c in (cents[0], cents[-1]) if c is not None]
    if len(ends) == 2 and len(ends[0]) == len(ends[1]):
        a, b = ends
        order = [int(np.argmin(np.abs(b - p).sum(1))) for p in a]  # each piece's nearest at the end
        if len(set(order)) == len(order):
            moves = b[order] - a
            for axis in (0, 1):
                if np.sign(moves[:, axis]).min() < 0 < np.sign(moves[:, axis]).max() and np.abs(moves[:, axis]).min() > 0.04:
                    diverge[:] = 1.0
    return {"apart": apart, "diverge": diverge}


STEADY_SHARE = 0.25  # the least share of a figure that stays in place for a part of it to swing about the rest
HINGE_ARM = 1.25  # the most a swinging part's centre may be further from its hinge at one end than at the other
SLIDES = 0.6  # a part whose joint with the steady part moves this much of as far as its centre slides, not swings


def _swing(present: np.ndarray, min_share: float = 0.12) -> dict[str, np.ndarray] | None:
    """For a figure with a steady part and one part that swings about it (a beam about its
    tower, an arm on a body): ``swing``, the direction (radians, image axes: growing is
    clockwise) of the moving part's centre seen from the steady part's. None unless STEADY_SHARE of the figure or more stays in
    place and in every frame the rest is one piece, at least ``min_share`` of the figure, joined
    to the steady part (within 3 pixels: a burrow that goes along a meadow past a steady hill
    swings about nothing), at a distance that keeps within a factor 1.6 of its median (a figure that slides has its moving
    parts on both sides midway, one that grows has them all round), and where it touches the
    steady part (within 3 pixels) moves less than SLIDES of as far as its centre does (a bird
    going along its perch keeps its distance from the perch's middle, but its feet go with it),
    or it touches at one place (a hinge) in every frame, its centre as far from there at both
    ends (within HINGE_ARM); its direction is then seen from the hinge."""
    f, h, w = present.shape
    always = present.all(0)
    if always.sum() < max(8.0, STEADY_SHARE * float(np.median(present.reshape(f, -1).sum(1)))):
        return None  # little of it stays (a clock hand keeps only its hub): it turns as a whole
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    px, py = (xs * always).sum() / always.sum(), (ys * always).sum() / always.sum()
    steady = ndimage.binary_dilation(always, iterations=1)
    radius = np.full(f, np.nan)
    centre = np.full((f, 2), np.nan)
    touches = []
    near = ndimage.binary_dilation(always, iterations=3)
    for k in range(f):
        moving = present[k] & ~steady
        if moving.sum() < max(6.0, min_share * present[k].sum()):
            return None
        labels, n = ndimage.label(moving, structure=np.ones((3, 3)))
        sizes = ndimage.sum(moving, labels, index=np.arange(1, n + 1))
        if sizes.max() < 0.6 * moving.sum():
            return None
        part = labels == int(np.argmax(sizes)) + 1
        dx, dy = (xs * part).sum() / part.sum() - px, (ys * part).sum() / part.sum() - py
        radius[k] = np.hypot(dx, dy)
        centre[k] = dx + px, dy + py
        touch = part & near
        if not touch.any():
            return None  # it is not joined to the steady part: nothing it swings about (a burrow going past a hill)
        touches.append(touch)
    med = float(np.median(radius))
    if med < 3.0 or radius.max() > 1.6 * med or radius.min() < med / 1.6:
        return None
    # where it touches the steady part goes along with it: it slides (a bird along its perch);
    # unless it touches at one place in every frame, whatever else it brushes on the way, and
    # its centre is as far from there at both ends (a chair's back reclining past the frames on
    # the wall): a hinge, which it swings about (a bird sliding along its perch is nearer the
    # place its feet touch throughout at one end than at the other)
    hinge = np.logical_and.reduce([ndimage.binary_dilation(t, iterations=1) for t in touches])
    if hinge.any():
        arm = np.hypot(centre[[0, -1], 0] - xs[hinge].mean(), centre[[0, -1], 1] - ys[hinge].mean())
        if arm.max() > HINGE_ARM * arm.min():
            hinge[:] = False
    joint = np.array([[(xs * t).sum() / t.sum(), (ys * t).sum() / t.sum()] for t in (touches[0], touches[-1])])
    if not hinge.any() and np.linalg.norm(joint[-1] - joint[0]) >= SLIDES * np.linalg.norm(centre[-1] - centre[0]):
        return None
    hx, hy = (float(xs[hinge].mean()), float(ys[hinge].mean())) if hinge.any() else (px, py)
    return {"swing": np.unwrap(np.arctan2(centre[:, 1] - hy, centre[:, 0] - hx))}


PATTERN_PIECES = (4, 12)  # like pieces that come and go together in one frame, laid out periodically, or this many
PATTERN_ALIKE = 0.6  # like pieces: the spread of their sizes (standard deviation over mean) is at most this
PATTERN_LAYOUT = (0.2, 5.0)  # periodic: this share of the power in the 12 strongest frequencies, this many cycles
PATTERN_BORDER = 2  # of them reaching the image border in one frame: it lies behind the thing, across the picture


def _pattern_behind(present: np.ndarray) -> np.ndarray | None:
    """Where a pattern behind a figure (a wallpaper's stripes or dots) joins it in some frames:
    the pixels in the figure in some frames and not in others (H x W), when in one frame they
    are like pieces (of 4 pixels at least, sizes within PATTERN_ALIKE), PATTERN_PIECES[1] or
    more, or PATTERN_PIECES[0] or more laid out periodically at a fine scale (PATTERN_LAYOUT;
    the edges of a thing that moves, or of a garment that becomes a bag, are pieces too, unlike
    and in no order), in one frame PATTERN_BORDER of them reach the image border, and
    STEADY_SHARE of the figure or more stays in every frame (the thing in front). A thing's own
    part that comes and goes is a piece or two inside the picture; a pattern that comes and goes
    across the background, joined to the thing where it touches it, would otherwise be read as
    the thing growing and shrinking. Else None."""
    f, h, w = present.shape
    union, always = present.any(0), present.all(0)
    area = float(np.median(present.reshape(f, -1).sum(1)))
    if area < 8.0 or always.sum() < STEADY_SHARE * area:
        return None
    rim = np.zeros((h, w), bool)
    rim[0] = rim[-1] = rim[:, 0] = rim[:, -1] = True
    laid_out = reach = 0
    for k in range(f):
        come = present[k] & ~always
        labels, n = ndimage.label(come, structure=np.ones((3, 3)))
        if n == 0:
            continue
        sizes = ndimage.sum(come, labels, index=np.arange(1, n + 1))
        ids = 1 + np.flatnonzero(sizes >= 4)
        big = sizes[ids - 1]
        alike = len(ids) >= PATTERN_PIECES[0] and big.std() <= PATTERN_ALIKE * big.mean()
        if alike and (len(ids) >= PATTERN_PIECES[1]
                      or periodic_peaks(come.astype(np.float64), *PATTERN_LAYOUT) is not None):
            laid_out += 1
        reach = max(reach, len(np.intersect1d(labels[rim], ids)))
    if not laid_out or reach < PATTERN_BORDER:
        return None
    return union & ~always


# the share of a figure its changing part takes: at least PART_SHARE[0] of where the figure ever is (less is its
# edge flickering), at most PART_SHARE[1] of the figure in a frame (more is all of it)
PART_SHARE = (0.05, 0.75)


def _changing_part(present: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray], str] | None:
    """Where a figure's mass comes and goes while the rest of it stays (a wheel that shrinks,
    claws that rise, tentacles that grow): the pixels that are in the figure in some frames and
    not in others (opened, so that a blurred edge flickering by a pixel does not count), in
    pieces of at least a quarter of the largest, and around them (2 pixels) the figure's mass
    per frame. Returns (where the part is: F x H x W, its series ``size`` (log of its area),
    ``x`` and ``y`` (its centre, fractions of the image), ``width`` and ``height`` (the spread,
    as a figure's, of the figure across the rows, and down the columns, where the part is),
    ``form`` (how alike what the figure lost from the first frame to the last and what it gained
    are, or how much of the difference one shift explains: a part that moves keeps its form) and
    ``balance`` (the smaller of the two areas over the larger: a part that grows or shrinks only
    gains or only loses), ``grow_x`` and ``grow_y`` (from the centre of what the figure gained
    there first to that of what it gained last: which way it grows), ``shrink_x`` and
    ``shrink_y`` (the same of what it lost: which way it shrinks, water that sinks in a jar whose
    walls stay shrinking downwards), ``angle`` (how the part lies, where it is elongated: a lid
    turning on its hinge), and where the zone is in the
    figure's box, along the axis it is furthest off centre: "upper", "lower", "left", "right", or
    "" (within the middle 40 %)). None when the zone is under PART_SHARE[0] of where the figure
    ever is, or over PART_SHARE[1] of the figure in a frame, or when less than STEADY_SHARE of
    the figure stays in place (it moves or changes as a whole: its own measures say how)."""
    f, h, w = present.shape
    union, always = present.any(0), present.all(0)
    area = float(np.median(present.reshape(f, -1).sum(1)))
    if area < 8.0 or always.sum() < STEADY_SHARE * area:
        return None
    zone = ndimage.binary_opening(union & ~always)
    labels, n = ndimage.label(zone, structure=np.ones((3, 3)))
    if n == 0:
        return None
    sizes = ndimage.sum(zone, labels, index=np.arange(1, n + 1))
    zone = np.isin(labels, 1 + np.flatnonzero(sizes >= 0.25 * sizes.max()))
    share = float(zone.sum()) / float(union.sum())  # where it ever changes, of where the figure ever is
    each = float(np.median((present & zone[None]).reshape(f, -1).sum(1))) / area  # of the figure in a frame
    if share < PART_SHARE[0] or each > PART_SHARE[1]:
        return None
    around = ndimage.binary_dilation(zone, iterations=2) & union
    mask = present & around[None]
    lost, gained = present[0] & ~present[-1], present[-1] & ~present[0]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    count = mask.reshape(f, -1).sum(1).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        series = {"size": np.where(count > 0, np.log(np.maximum(count, 1.0)), np.nan),
                  "x": np.where(count > 0, (mask * xs).reshape(f, -1).sum(1) / count / max(w - 1, 1), np.nan),
                  "y": np.where(count > 0, (mask * ys).reshape(f, -1).sum(1) / count / max(h - 1, 1), np.nan),
                  "form": np.full(f, max(_alike(lost, gained), _shifted(present[0], present[-1]))),
                  "balance": np.full(f, min(lost.sum(), gained.sum()) / max(lost.sum(), gained.sum(), 1))}
    zy, zx = np.nonzero(zone)
    for key, coords, band in (("width", xs, (ys >= zy.min()) & (ys <= zy.max())),  # the figure across the
                              ("height", ys, (xs >= zx.min()) & (xs <= zx.max()))):  # rows (columns) of the part
        m = present & band[None]
        n_ = m.reshape(f, -1).sum(1).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            c = (m * coords).reshape(f, -1).sum(1) / n_
            spread = (m * (coords[None] - c[:, None, None]) ** 2).reshape(f, -1).sum(1) / n_
        series[key] = np.where(n_ >= 4, np.log(np.sqrt(spread) + 0.5), np.nan)  # as a figure's: see _figure_series
    for how, moved, last in (("grow", gained & around, present), ("shrink", lost & around, ~present)):
        # which way it grows (shrinks): from what it gained (lost) first to what it gained (lost) last
        settled = f - np.flip(last, 0).cumprod(0).sum(0)  # the frame from which each pixel keeps its last state
        late = moved & (settled > np.median(settled[moved])) if moved.any() else moved
        early = moved & ~late
        for key, coords, n in (("x", xs, w), ("y", ys, h)):
            series[f"{how}_{key}"] = np.full(f, (coords[late].mean() - coords[early].mean()) / max(n - 1, 1)
                                             if late.any() and early.any() else np.nan)
    series["angle"] = _part_angle((present & zone[None]).astype(np.float64), PART_SWEEPS_ELONGATED)  # how it lies
    uy, ux = np.nonzero(union)
    px, py = ((zx.mean() - ux.min()) / max(np.ptp(ux), 1), (zy.mean() - uy.min()) / max(np.ptp(uy), 1))
    if abs(py - 0.5) >= abs(px - 0.5):
        return mask, series, "upper" if py < 0.3 else "lower" if py > 0.7 else ""
    return mask, series, "left" if px < 0.3 else "right" if px > 0.7 else ""


def _shifted(first: np.ndarray, last: np.ndarray) -> float:
    """How much of the difference between a figure's first and last frame one shift of the
    first explains: (best overlap over every shift of at least a pixel - overlap unshifted) /
    (1 - overlap unshifted), overlaps as intersection over union. A thing that moves against a
    steady one it touches (a canoe before a tree line, a tractor on its field), however little
    and whatever its form (a cab of thin bars), is where it was, shifted: most of the
    difference is explained; a figure that becomes another is not, or not at every step.
    Computed for every shift at once (cross-correlation by FFT); 0 for a figure under 4 pixels."""
    if min(first.sum(), last.sum()) < 4.0:
        return 0.0
    iou = _overlaps(first, last)
    zero = float(iou[0, 0])
    iou[0, 0] = 0.0  # no shift is no move
    if zero >= 1.0:
        return 0.0
    return float(np.clip((iou.max() - zero) / (1.0 - zero), 0.0, 1.0))


def _overlaps(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """The overlap (intersection over union) of ``last`` with ``first`` shifted by every shift
    at once (cross-correlation by FFT, zero-padded: a shift does not wrap round); [0, 0] is no
    shift."""
    a, b = first.astype(np.float64), last.astype(np.float64)
    h, w = a.shape
    size = (2 * h, 2 * w)
    both = np.fft.irfft2(np.fft.rfft2(b, size) * np.conj(np.fft.rfft2(a, size)), size)  # overlap per shift
    return both / np.maximum(a.sum() + b.sum() - both, 1e-9)


def _alike(lost: np.ndarray, gained: np.ndarray) -> float:
    """How alike in form what a figure lost and what it gained are (1: the same form, as when a
    part moves; 0: nothing alike, or either is nothing): the soft overlap of the two masks in
    their own centred, unit-spread frames, when both are of one number of pieces and of
    areas within a factor of two."""
    a, b = float(lost.sum()), float(gained.sum())
    if min(a, b) < 4.0 or max(a, b) > 2.0 * min(a, b) or _pieces(lost) != _pieces(gained):
        return 0.0
    s, t = _normalised(lost.astype(np.float64)), _normalised(gained.astype(np.float64))
    if s is None or t is None:
        return 0.0
    return _soft_overlap(s, t)


STRIPE_LINES = 3  # the fewest lines across a figure (rows or columns) that must cross its stripes in a frame
STRIPE_CONTRAST = 0.15  # the least spread of lightness along a line for it to cross stripes
STRIPE_BAND = 0.2  # of that spread: how far past the middle lightness a line must go to change stripe (blur flickers)
STRIPE_SPAN = 2.0  # how many times as much (log) the count must change as the span along its lines, the same way


def _crossings(line: np.ndarray) -> int:
    """How many times a line of lightness passes between dark and light, past a band about its
    middle (STRIPE_BAND of its spread either side), so that a blurred edge counts once."""
    lo, hi = float(line.min()), float(line.max())
    mid, band = (lo + hi) / 2.0, STRIPE_BAND * (hi - lo)
    sides = np.where(line > mid + band, 1, np.where(line < mid - band, -1, 0))
    sides = sides[sides != 0]  # inside the band a line stays on the side it was
    return int(np.count_nonzero(sides[1:] != sides[:-1]))


def _stripes_across(lum: np.ndarray, fig: np.ndarray) -> float:
    """The median number of stripes that the lines (rows) across a figure cross, where it holds
    stripes (NaN when fewer than STRIPE_LINES lines hold any contrast)."""
    counts = []
    for y in range(fig.shape[0]):
        xs = np.flatnonzero(fig[y])
        if len(xs) < 8:
            continue
        line = lum[y, xs[0]:xs[-1] + 1]
        if line.max() - line.min() >= STRIPE_CONTRAST:
            counts.append((_crossings(line) + 1) / 2.0)
    return float(np.median(counts)) if len(counts) >= STRIPE_LINES else np.nan


def _at_one_end(absent: np.ndarray) -> bool:
    """Whether the frames flagged ``absent`` are a run at the start or at the end of them, and
    only there (a thing that comes, or goes, once)."""
    where = np.flatnonzero(absent)
    run = len(where) == where[-1] - where[0] + 1
    return bool(run and (where[0] == 0) != (where[-1] == len(absent) - 1))


def _stripes(x: np.ndarray, present: np.ndarray) -> dict[str, np.ndarray] | None:
    """How many stripes (bars, posts, strings) cross a figure, per frame: the median count over
    the lines across it, rows or columns, whichever cross more in that frame (stripes that turn
    do not change in number). Not where the count follows the figure's span along those lines
    (STRIPE_SPAN) and its span across them grows or shrinks with it (half as much or more): one
    that grows shows more of a pattern of fixed size, which is its size. A row of jars that
    loses jars narrows as they go, and keeps its height.
    A figure that comes from nothing (or goes to nothing) at one end of the frames crosses no
    stripes where it is not yet (lines of writing put on a board one under another, the first
    of them before the frames begin): its stripes come with it, unless where it is they follow
    its span as above (a striped ball that grows from a dot).
    None when some frame where it is has no line of contrast, or none has two stripes."""
    f = len(x)
    lum = luminance(x)
    figs = [ndimage.binary_fill_holes(present[k]) for k in range(f)]
    absent = np.array([m.sum() < 16 for m in figs])
    comes = bool(absent.any() and not absent.all() and _at_one_end(absent))
    if absent.any() and not comes:
        return None
    counts = np.array([[0.0, 0.0] if absent[k] else [_stripes_across(lum[k], figs[k]), _stripes_across(lum[k].T, figs[k].T)]
                       for k in range(f)])
    if np.isnan(counts).all(1).any():
        return None
    most = np.nanmax(counts, 1)
    if most.max() < 2:
        return None
    there = np.flatnonzero(~absent)
    if len(there) < 2:
        return None
    seen = counts[there]
    axis = int(np.nanmean(seen[:, 1] > seen[:, 0]) > 0.5)  # 0: along rows (upright stripes), 1: along columns
    span, across = (np.array([np.ptp(np.flatnonzero(figs[k].any(a))) + 1 for k in there], float) for a in (axis, 1 - axis))
    grown, more = np.log(span[-1] / span[0]), np.log(max(most[there[-1]], 0.5) / max(most[there[0]], 0.5))
    scaled = np.log(across[-1] / across[0])
    if grown * more > 0 and abs(more) < STRIPE_SPAN * abs(grown) and grown * scaled > 0 and abs(scaled) >= 0.5 * abs(grown):
        return None
    return {"stripes": most}
