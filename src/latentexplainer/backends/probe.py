"""`probe`: the offline explainer. It measures what changes along each row of a strip
(measure/change.py: where the change is, whether a figure moves, resizes, turns or changes
its outline or colour, whether a region changes colour in place, whether a pattern gets
finer) and says so in a plain sentence - or abstains.

Each measured series becomes a *candidate* with a score: how many visibility units it
changes by (capped at 3), times its consistency squared (a steady change along the frames
scores, a jittery one does not). Every row that sweeps the whole unit must show the same
candidate in the same direction; the smallest score counts. The answer names the strongest
candidate and the next one when it is nearly as strong; it abstains when nothing reaches the
threshold, when the change is unstructured (noise), or when several regions change at once
and no one or two descriptions fit. Before it abstains because a figure's outline changes in
a way nothing clear describes, a move that one offset per step explains in every row
(measure/motion.py: a thing carried across in front of a steady one that joins it into one
figure) is said, or a turn; or else a move that one offset from the first frame to the last
explains in every row (a thing the decoder fades out where it was and in where it goes); a
move that one scale and shift per step explain clearly better is a thing that grows or
shrinks where it stands beside others it touches, as is a figure whose outline changes more
than its colour where a scale explains the change far better than a shift (what it uncovers is
no colour of its own). A figure whose colour is every row's clearest change, each row turning it
its own way round the colour wheel, changes colour, and no hues are named. A region whose
colour changes, where one offset per step explains nearly all of the change in every row, is a
thing moving over it (a ship reaching in from the border), unless what moves spans the picture
across the move (a band's edge); so is one where one offset from the first frame to the last
explains each pixel where the thing arrived or where it left, in front of a background no shift
carries (a boat faded out by one house and in by the next); a figure that moves keeps its colour
where one offset carries the first frame's colours onto the last frame's. Each base code answers on
its own, so agreement between the answers (the certainty) measures how well one description
fits the latent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..measure import (
    REACH,
    SWEEP,
    UNITS,
    Part,
    RowChange,
    Translation,
    Turn,
    analyse_row,
    crossing,
    end_turn,
    exchange,
    hue_step,
    jump,
    place,
    resize,
    score_series,
    translation,
    turn,
    turns_about_a_point,
)
from ..records import Response, Row
from .base import BaseBackend, ExplainRequest, ModelContext, register_backend
from .options import Options, number

ABSTAIN = "No consistent change is visible."
SEVERAL = "Several regions change at once; no single description fits."
RESHAPED = "The object's outline changes in a way no move, resize, turn or colour describes; no single description fits."
NOISE = "The images change in an unstructured, noise-like way; no consistent change is visible."
_HUES = ((0.0, "red"), (0.083, "orange"), (0.167, "yellow"), (0.333, "green"), (0.5, "cyan"),
         (0.667, "blue"), (0.75, "purple"), (0.833, "magenta"), (0.93, "pink"), (1.0, "red"))
CAP = 3.0  # units: beyond this a change is not more certain
SECOND = 1.5  # a second change this many caps strong is named however strong the first
HUE_OVER_LIGHT = 0.3  # the least share of a change of lightness a change of hue beside it needs to be said instead
COLOUR = ("lightness", "hue", "saturation", "contrast")  # the ways a colour changes
OUTLINE_BAR = 1.5  # how much clearer than the bar a change of outline must be to be said (as an abstention)
SAME_HUE = 0.1  # hues this close on the circle (turns) end alike, whatever their names
ROUND = 0.75  # turns: a hue that goes this far goes round the colour wheel
AMBIGUOUS = 0.4  # turns: a step of hue between two frames this large could have gone either way
VIVID = 0.2  # saturation of a colour that surely did not pass through grey on its way to the next
VIVID_SHARE = 0.6  # and the share of its vividness at the ends it keeps (a balloon dulled half-way did not)
BACKGROUND = 0.6  # regions that change alike and together cover this share of the image are its background
MIN_COHERENCE = 0.3  # spatial coherence of the change map below which the change is noise
GEOMETRY = ("x", "y", "size", "width", "height", "aspect", "angle", "upper_width", "lower_width", "swing")
SHAPE = GEOMETRY[:-1] + ("outline", "fill")  # a figure's place, extent and outline: what its joint mass measures
# what a part growing inside a figure makes of it: its colour, and the centre of what changes in it
INSIDE_SAYS = ("lightness", "saturation", "hue", "inner_x", "inner_y")
# a part inside a figure that grows this many times more than its centre moves grows (a door
# opening onto a light room: its centre goes the way it widens, a little), rather than moves
SPOT_OVER_MOVE = 3.0


def _vividness(c: "Candidate") -> np.ndarray:
    """A candidate's vividness per frame: that of the part of it whose colour changes, where one
    part does (``tint_saturation``: doors in a white wall are vivid though the wall is pale)."""
    return np.asarray(c.part.series.get("tint_saturation", c.part.series.get("saturation", [])), float)


def _round(c: "Candidate") -> bool:
    """Whether a change of hue goes most of the way round the colour wheel (ROUND turns or more),
    every step between frames surely one way: under AMBIGUOUS turns (a step near half a turn,
    through grey, could have gone either way), or larger steps that go the way all the others
    go, each between two frames whose colour is vivid (VIVID saturation or more, and VIVID_SHARE
    of the vividness at the ends: it did not pass through grey). A hue that goes round the wheel
    in five frames takes a large step somewhere (the scissors' handles, from magenta to yellow).
    Where one part of a figure changes colour, the vividness is that part's (``tint_saturation``:
    doors in a white wall are vivid though the whole figure is pale)."""
    hues = np.asarray(c.part.series.get("hue", []), float)
    sat = _vividness(c)
    keep = np.isfinite(hues)
    hues = hues[keep]
    if abs(c.end - c.start) < ROUND or len(hues) < 2:
        return False
    steps = np.diff(hues)
    large = np.flatnonzero(np.abs(steps) >= AMBIGUOUS)
    if not len(large):
        return True
    if len(sat) != len(keep) or not (np.sign(steps) == np.sign(steps[large[0]])).all():
        return False
    sat = sat[keep]
    across = float(np.minimum(sat[large], sat[large + 1]).min())
    return bool(across >= VIVID and across >= VIVID_SHARE * max(sat[0], sat[-1]))


def hue_name(h: float) -> str:
    h = h % 1.0
    return min(_HUES, key=lambda t: abs(t[0] - h))[1]


# an end of a change of hue tinged with the next named hue on its side
_TINGES = {"red": "reddish", "orange": "orangey", "yellow": "yellowish", "green": "greenish", "cyan": "cyan-tinged",
           "blue": "bluish", "purple": "purplish", "magenta": "magenta-tinged", "pink": "pinkish"}
TINGED = 1.0 / 3.0  # of the way from its name's hue to the next name's: a hue this far off is tinged with that one


def hue_names(start: float, end: float) -> tuple[str, str]:
    """The names of a change of hue's two ends. Where both ends have one name, an end that lies
    over TINGED of the way to the next name on its side is tinged with it: a peel ripening from
    a greenish yellow to yellow changes colour, though both its ends are nearest yellow."""
    names = [hue_name(start), hue_name(end)]
    if names[0] != names[1]:
        return names[0], names[1]
    for j, h in enumerate((start % 1.0, end % 1.0)):
        i = min(range(len(_HUES)), key=lambda k: abs(_HUES[k][0] - h))
        centre = _HUES[i][0]
        k = i + 1 if h > centre else i - 1
        if 0 <= k < len(_HUES) and abs(h - centre) > TINGED * abs(_HUES[k][0] - centre):
            names[j] = f"{_TINGES[_HUES[k][1]]} {names[j]}"
    return names[0], names[1]


@dataclass(frozen=True)
class Candidate:
    """One measured change of one row (or, after :func:`combine`, of all rows of a sample)."""

    key: tuple[str, str, str]  # (role, where, series), e.g. ("figure", "", "x"), ("region", "upper", "hue")
    score: float
    sign: int
    start: float
    end: float
    part: Part
    leaves: bool = False  # a move that carries the figure out across the image border
    strength: float = 0.0  # the same change uncapped: ranks changes of one latent against each other

    def weaker(self, by: float) -> "Candidate":
        return replace(self, score=max(0.0, self.score - by), strength=max(0.0, self.strength - by))


def _where(part: Part) -> str:
    """Where a figure sits, for the words (regions are placed by measure.place)."""
    return _placed(part.box, part.centre)


def _placed(box: tuple[float, float, float, float], centre: tuple[float, float]) -> str:
    x0, y0, x1, y1 = box
    cx, cy = centre
    # along an axis the figure spans (its sweep crosses the image) it has no place to name
    horiz = "" if x1 - x0 > 0.6 else "left" if cx < 0.38 else "right" if cx > 0.62 else ""
    vert = "" if y1 - y0 > 0.6 else "upper" if cy < 0.38 else "lower" if cy > 0.62 else ""
    return f"{vert} {horiz}".strip()


def row_candidates(change: RowChange) -> list[Candidate]:
    out: dict[tuple[str, str, str], Candidate] = {}
    pieces = [_where(p) for p in change.parts if p.role == "piece"]
    named = all(pieces) and len(set(pieces)) == len(pieces)  # pieces are told apart by where they are
    for part in sorted(change.parts, key=lambda p: p.extent):  # two pieces in one place: the larger speaks
        if part.role == "piece" and not named:
            continue
        # one figure per row: its place may differ; a piece, and a band across the picture, is named by its place
        where = place(part) if part.role == "region" else _where(part) if part.role in ("piece", "layer") else \
            part.side if part.role == "boundary" else ""
        damp = _contrast_damping(part)
        for name, values in part.series.items():
            s = score_series(name, values, CAP)
            if s is not None and part.role == "part" and not _part_says(part, name):
                continue
            if s is not None:
                if name in EXTENT and part.role in ("figure", "piece") and not extent_moves(s, part, EXTENT[name]):
                    continue  # its centre shifts but its extent stays: its mass shifts (a new outline)
                d = damp if name in GEOMETRY + ("outline", "bend") else 1.0
                out[(part.role, where, name)] = Candidate((part.role, where, name), s.score * d, s.sign, s.start,
                                                          s.end, part, strength=s.strength * d)
    turns = [c for c in out.values() if c.key[0] == "piece" and c.key[2] == "angle" and c.score >= 1.0]
    apart = out.get(("figure", "", "apart"))
    if apart is not None and len(turns) == 2 and turns[0].sign != turns[1].sign and \
            min(t.strength for t in turns) >= apart.strength:
        out.pop(apart.key)  # two pieces turning mirror-wise (arms raised, wings) come closer only as they turn
    return list(out.values())


IN_PLACE = 0.15  # the most the pieces' distance from their common centre may change, of its median, for them to stay


def _in_place(part: Part) -> bool:
    """Whether a figure of several pieces keeps them where they are (their mean distance from
    their common centre is measured in two frames or more and changes by IN_PLACE of it at most):
    then its spread is their layout, and what changes their area changes their size."""
    apart = np.asarray(part.series.get("apart", []), float)
    apart = apart[np.isfinite(apart)]
    return part.parts > 1 and len(apart) >= 2 and float(np.ptp(apart)) <= IN_PLACE * float(np.median(apart))


def _steady_period(stripes: Candidate, *extents: Candidate | None) -> bool:
    """Whether stripes come or go with the extent across them, each as wide as before (pieces of
    sushi taken off a row that touch one another), rather than crowd into a thing that narrows (a
    bellows squeezed shut keeps its pleats): the number of stripes changes the same way as the
    extent, by half to one and a half times as much (its log), so that their period stays. Stripes
    that multiply much faster than the whole grows fill a part of it that grows more (a jukebox's
    grille, in a cabinet that gets taller)."""
    if min(stripes.start, stripes.end) <= 0 or round(stripes.start) == round(stripes.end):
        return False
    gained = float(np.log(stripes.end / stripes.start))
    return any(e is not None and e.score >= 1.0 and np.sign(e.end - e.start) == np.sign(gained)
               and 0.5 * abs(e.end - e.start) <= abs(gained) <= 1.5 * abs(e.end - e.start) for e in extents)


def _level(x: np.ndarray | None) -> bool:
    """Whether a figure's centre stays across the image (within half a visible step): its mass
    goes no further to one side."""
    if x is None or not np.isfinite(x).any():
        return True
    return float(np.nanmax(x) - np.nanmin(x)) < 0.5 * UNITS["x"]


def _contrast_damping(part: Part) -> float:
    """A figure that in some frame hardly stands out from its surround (a blue object on a floor
    turning blue) has no reliable outline there: its geometry counts less, in proportion."""
    c = part.series.get("contrast_fg")
    if c is None or not np.isfinite(c).any():
        return 1.0
    return float(min(1.0, np.nanmin(c) / 0.25) ** 2)


def _same_change(c: Candidate, d: Candidate) -> bool:
    """Whether two rows' candidates are one change: the same key, or a change of the whole
    picture that one row finds everywhere ("all") and the other in a part of it (a sunset that
    turns the sky and the water alike in one row, and is split at the waterline in the next)."""
    if d.key == c.key:
        return True
    return (c.key[0] == d.key[0] == "region" and c.key[2] == d.key[2] and "all" in (c.key[1], d.key[1])
            and c.key[2] in COLOUR)


def combine(rows: list[list[Candidate]]) -> list[Candidate]:
    """Candidates every row shows in the same direction, with the smallest score (a change of
    the whole picture's colour, found in a part of it by some rows, as the whole picture's)."""
    out: dict = {}
    for c in rows[0]:
        others = [next((d for d in r if d.key == c.key), None)
                  or next((d for d in r if _same_change(c, d) and d.sign == c.sign), None) for r in rows[1:]]
        if any(o is None or o.sign != c.sign for o in others):
            continue
        score = min([c.score, *(o.score for o in others if o is not None)])
        strength = min([c.strength, *(o.strength for o in others if o is not None)])
        key = c.key if all(o.key == c.key for o in others) else ("region", "all", c.key[2])
        if key not in out or out[key].score < score:
            out[key] = Candidate(key, score, c.sign, c.start, c.end, c.part, strength=strength)
    return list(out.values())


def _hue_either_way(changes: list[RowChange], threshold: float) -> Candidate | None:
    """The figure's change of hue where it is each row's clearest change (none other scores as
    much, its outline aside) and clear (``threshold``), but the rows do not agree which way round
    the colour wheel it goes: a candidate with no sign (sign 0), its score and strength the
    least of the rows'. None when any row lacks it, or every row goes one way (then
    :func:`combine` keeps it)."""
    found = []
    for change in changes:
        cands = row_candidates(change)
        hue = next((c for c in cands if c.key == ("figure", "", "hue")), None)
        if hue is None or hue.score < threshold \
                or any(c.score > hue.score for c in cands if c is not hue and c.key[2] != "outline"):
            return None
        found.append(hue)
    if len(found) < 2 or len({c.sign for c in found}) < 2:
        return None
    return Candidate(found[0].key, min(c.score for c in found), 0, float("nan"), float("nan"), found[0].part,
                     strength=min(c.strength for c in found))


def _by_piece(cands: list[Candidate], steady: float = 0.35) -> list[Candidate]:
    """The pieces of a figure of a few pieces speak for themselves when they change in
    different ways: one changes clearly (a visible unit or more) and another changes in another
    way or direction, or stays (its strongest change under ``steady`` of the clearest piece's).
    Pieces moving apart, or changing alike (both move right, both shrink), are one figure of
    several pieces. Returns the candidates with either the pieces' (as figures named by their
    place) or the whole figure's."""
    pieces = [c for c in cands if c.key[0] == "piece"]
    rest = [c for c in cands if c.key[0] != "piece"]
    apart = next((c for c in rest if c.key == ("figure", "", "apart")), None)
    if not pieces or (apart is not None and apart.score >= 1.0):
        return rest
    tops: dict[str, Candidate] = {}
    for c in pieces:
        if c.key[1] not in tops or c.strength > tops[c.key[1]].strength:
            tops[c.key[1]] = c
    clear = [t for t in tops.values() if t.score >= 1.0]
    if not clear:
        return rest
    best = max(t.strength for t in clear)
    whole = next((c.part for c in rest if c.key[0] == "figure"), None)
    n = max(whole.parts if whole is not None else 0, len(tops))
    still = len(tops) < n or any(t.strength < steady * best for t in tops.values())
    kinds = {(t.key[2], t.sign) for t in clear}
    if len(kinds) < 2 and not still:
        return rest
    return [c for c in rest if c.key[0] != "figure"] + [replace(c, key=("figure",) + c.key[1:]) for c in pieces]


def _refine(cands: list[Candidate]) -> list[Candidate]:
    """Merge what one change shows in several series.

    * Width and height that change together are a change of size; in opposite directions a
      change of outline (tall to wide). The spread of pieces that keep their places is their
      layout: what changes their area is their size. A figure of several pieces, more at one
      end than at the other, growing the same way, is things that come, not a thing that grows.
    * A figure pushed across the image border is cut: its shrinking is its leaving.
    * A figure that moves or resizes also changes its measured outline, lightness and lit side
      a little; one whose colour changes much has a fuzzy, changing edge, so its outline and
      size look like they change, and its pieces join or part as the colour between them comes
      near that around them or leaves it (a pool that deepens to blue round the anemones in it).
      The stronger kind takes from the weaker.
    * Stripes across a figure that come or go with its extent, each as wide as before, are
      things that come or go (pieces taken off a row they touch in), not a figure that narrows.
    * Pieces of one background region that change alike are one region (the largest speaks).
    * A colour that starts and ends with the same name is no change of hue.
    * A pattern behind a figure whose pieces lighten or darken away from what lies between them
      stands out more because of it: its lightness is the change, not its contrast.
    """
    by = {c.key: c for c in cands}
    out = dict(by)
    for role, where in {(k[0], k[1]) for k in by if k[0] == "figure"}:
        def get(name: str, role: str = role, where: str = where) -> Candidate | None:
            return by.get((role, where, name))

        bend = out.pop((role, where, "bend"), None)
        size, wid, hei, count = get("size"), get("width"), get("height"), get("count")
        if count is not None and size is not None and count.sign != size.sign and size.score >= 1.0:
            # more pieces as the whole clearly shrinks (or fewer as it grows) are one thing falling
            # apart into bits of what it stands before (a bucket shrinking before a brick wall
            # leaves the mortar's ends beside it): the thing's size changes, not the number of things
            out.pop(count.key)
        for k in ("size", "width", "height"):
            out.pop((role, where, k), None)
        if wid and hei and wid.sign != hei.sign and min(wid.score, hei.score) >= 0.5 * max(wid.score, hei.score):
            out[(role, where, "aspect")] = replace(wid, key=(role, where, "aspect"),
                                                   score=min(wid.score, hei.score) + 0.5 * abs(wid.score - hei.score),
                                                   strength=min(wid.strength, hei.strength))
        else:
            ws, hs = (wid.score if wid else 0.0), (hei.score if hei else 0.0)
            ss = size.score if size else 0.0  # a change of size that is mostly one extent's is that extent's,
            # but the spread of pieces that keep their places is their layout (a face's two eyes)
            main = (size if size is not None and _in_place(size.part) else hei if size and hs >= 0.5 * ss and ws < 0.45 * hs else
                    wid if size and ws >= 0.5 * ss and hs < 0.45 * ws else size)
            if main is not None:
                out[main.key] = main
        # things that come or go, each keeping its size, as the whole grows or shrinks with them:
        # their number is the change, not the whole's extent. Things in a row (jars on a shelf)
        # show as stripes across it; several pieces, more at one end (cookies laid on a tray), as
        # its count. (One thing that grows and gains a piece - a shadow, a part cut off by
        # another thing - still grows.)
        # (keys hung one beside another below the board they hang from widen the figure's lower
        # half only: that half's width is the extent across them; stripes that come from none, a
        # figure that comes as they do, are the things that come: lines written on a board)
        stripes = get("stripes")
        halves = [c for c in (get("upper_width"), get("lower_width")) if c is not None]
        coming = [stripes] if stripes is not None and stripes.score >= 1.0 and (
            stripes.part.parts >= 2 or _steady_period(stripes, wid, hei, *halves)
            or min(stripes.start, stripes.end) < 1.0) else []
        if count is not None and round(count.start) != round(count.end) and min(count.start, count.end) >= 2:
            coming.append(count)
        for things in coming:
            for k in ("size", "width", "height", "aspect"):
                c = out.get((role, where, k))
                if c is not None and c.sign == things.sign:
                    out.pop(c.key)
        for k in ("upper_width", "lower_width"):
            out.pop((role, where, k), None)
        # one half widens, the other keeps its width, and the height keeps or grows less (a part
        # that grows adds its own height; a height that grows while a half narrows is a new
        # proportion, not a part): a part widens - unless things come or go across it as it does
        halves = [c for c in halves if not any(t.sign == c.sign for t in coming)]
        if halves:
            main = max(halves, key=lambda c: c.strength)
            other = next((c for c in halves if c is not main), None)
            turn, hei, outline = get("angle"), get("height"), get("outline")
            # and the half's widening accounts for the new outline: an outline that changes more
            # than the half widens is another change (a tree that moves out from behind a
            # giraffe, a helicopter that tilts with its beam and its load)
            if (main.score >= 1.0 and main.part.parts <= 1 and (other is None or other.strength <= 0.35 * main.strength)
                    and (hei is None or hei.score < 1.0 or (hei.sign == main.sign and hei.strength <= 0.75 * main.strength))
                    and (turn is None or turn.score < 1.0) and (outline is None or outline.strength <= main.strength)):
                for k in ("size", "width", "height", "aspect", "outline"):
                    out.pop((role, where, k), None)
                out[main.key] = main
        for axis, sides in (("x", ("edge_left", "edge_right")), ("y", ("edge_top", "edge_bottom"))):
            move = out.get((role, where, axis))
            if move is None:
                continue
            if move.score < 1.0:
                continue
            edge = move.part.series.get(sides[1] if move.sign > 0 else sides[0])
            if edge is not None and np.nanmax(edge[len(edge) // 2:]) > 0.3:
                for k in ("size", "width", "height", "aspect"):
                    c = out.get((role, where, k))
                    if c is not None and c.sign < 0:
                        out.pop(c.key)
                out[move.key] = replace(move, leaves=True)
        angle = out.get((role, where, "angle"))
        outline = out.get((role, where, "outline"))
        if angle is not None and outline is not None and outline.score >= 1.0 and outline.strength > angle.strength \
                and not _part_turns(angle.part.series):
            # a turn changes the (unturned) outline less than it turns (an elongated figure not at
            # all): a figure whose outline changes more than it turns does not turn, its mass
            # shifts (a spider going down its thread inside a steady web); unless the part of it
            # that comes and goes turns as it does (a seesaw's plank tilting on its stand)
            out.pop(angle.key)
            angle = None
        if angle is not None and angle.score >= 1.0:  # a turning figure's spread and outline turn with it
            for k in ("aspect", "width", "height", "outline"):
                c = out.get((role, where, k))
                if c is not None and c.score <= angle.score:
                    out.pop(c.key)
            if turns_about_a_point(angle.part.series):  # a hand turning about its hub: its move is the turn
                for k in ("x", "y"):
                    out.pop((role, where, k), None)
        swing = out.pop((role, where, "swing"), None)
        moves = [out[(role, where, k)].strength for k in ("x", "y") if (role, where, k) in out]
        if swing is not None and swing.score >= 1.0 and swing.strength >= 0.8 * max(moves + [0.0]):
            for k in SHAPE + ("light_x", "light_y", "inner_x", "inner_y", "inner_size"):  # one part swings: that is the change
                out.pop((role, where, k), None)
            out[swing.key] = swing
        outline, turn = out.get((role, where, "outline")), out.get((role, where, "angle"))
        extents = [out[(role, where, k)].strength for k in ("x", "y", "size", "width", "height", "aspect")
                   if (role, where, k) in out and out[(role, where, k)].score >= 1.0]
        if (bend is not None and bend.score >= 1.0 and outline is not None and outline.score >= 1.0
                and (turn is None or turn.score < 1.0) and bend.strength >= max(extents + [0.0])
                and _level(bend.part.series.get("x"))):
            # a wide figure whose middle sags or rises against its ends (a string of flags hung
            # slacker, a mouth that smiles) with no move, resize or turn as large, its mass no
            # further to one side (a thing carried along beside a steady one is no bend): its new
            # outline is that bend
            for k in SHAPE:
                out.pop((role, where, k), None)
            out[bend.key] = bend
        figure = next(c.part for k, c in by.items() if k[:2] == (role, where))
        if _swept(figure):
            # its pixels change as things pass across them: the vividness of its mean colour, which
            # a little grey mixed in or out moves most, says what it is made of, not how vivid it is
            out.pop((role, where, "saturation"), None)
        if figure.series.get("diverge", np.zeros(1))[0]:  # pieces going different ways: joint measures say nothing
            for k in SHAPE:
                out.pop((role, where, k), None)
        else:
            out.pop((role, where, "apart"), None)
        geometric = max([0.0] + [out[(role, where, g)].score for g in GEOMETRY if (role, where, g) in out])
        colour = max([0.0] + [out[(role, where, g)].score for g in ("hue", "lightness") if (role, where, g) in out])
        outline = out.get((role, where, "outline"))
        if outline is not None and outline.score >= 1.0:  # a new outline, not a stretched one: that is the change
            for k in ("aspect", "width", "height"):
                c = out.get((role, where, k))
                if c is not None and c.score <= outline.score:
                    out.pop(c.key)
        fill = out.get((role, where, "fill"))
        size = out.get((role, where, "size"))
        lit = max([0.0] + [by[(role, where, k)].score for k in ("light_x", "light_y") if (role, where, k) in by])
        if fill is not None and (fill.part.parts > 1 or not np.nanmin(fill.part.series["fill"]) < np.log(6.0)
                                 or lit >= 1.0 or (outline is not None and outline.strength > fill.strength)
                                 or _off_centre(fill.part.series) >= FILL_CENTRED):
            # a solid blob fills its extent whatever it does, pieces apart fill little: only the
            # strokes of one thing get bolder, and all along them, so that where its light lies
            # stays (a full moon that wanes to a crescent loses its light from one side), so does
            # where its mass lies in its extent (a sail lowered down its mast that stays), and its
            # outline changes less than its strokes thicken (a seesaw whose plank tilts and
            # shortens on its stand fills less of its extent, its outline changing more)
            out.pop(fill.key)
            fill = None
        if fill is not None and (size is None or (fill.sign == size.sign and fill.score >= 0.8 * size.score)):
            if size is not None:
                out.pop(size.key)  # more mass in the same extent: bolder, not larger
            if outline is not None:
                out[outline.key] = outline.weaker(0.8 * fill.score)  # a bolder outline is the same outline
        elif fill is not None:
            out.pop(fill.key)
        geometric = max([0.0] + [out[(role, where, g)].score for g in GEOMETRY if (role, where, g) in out])
        outline = out.get((role, where, "outline"))
        if outline is not None and outline.score >= 1.0:  # where the light falls is read on a steady outline:
            for k in ("light_x", "light_y"):  # on a new one, the bright part's place is the new shape's
                out.pop((role, where, k), None)
        spot = out.get((role, where, "spot"))
        moves = [out[(role, where, k)] for k in ("inner_x", "inner_y") if (role, where, k) in out]
        opens = out.get((role, where, "inner_size"))  # onto a near-black inside: told as an opening (below)
        opens = opens is not None and np.nanmean(opens.part.series.get("inner_black", np.zeros(1))) >= 0.5
        inner = max([0.0] + [c.score for c in moves
                             if spot is None or opens or c.strength * SPOT_OVER_MOVE >= spot.strength])
        if spot is not None and (geometric >= 1.0 or spot.score < 1.0 or inner >= 1.0):
            # a figure that moves or changes shape changes colour where its edge passes; a part
            # inside it that grows one way so far that its centre clearly moves (a stream of lava
            # running down) is told by its move
            out.pop(spot.key)
        elif spot is not None:  # a part inside it grows: that is what darkens or brightens it
            for k in INSIDE_SAYS:
                out.pop((role, where, k), None)
        opening = out.pop((role, where, "inner_size"), None)
        if opening is not None and (role, where, "spot") not in out and geometric < 1.0 and opening.score >= 1.0 \
                and np.nanmean(opening.part.series.get("inner_black", np.zeros(1))) >= 0.5 \
                and opening.strength >= max([0.0] + [out[(role, where, k)].strength for k in ("inner_x", "inner_y")
                                                      if (role, where, k) in out]):
            # a near-black part inside a steady figure that grows or shrinks more than its centre
            # moves is an opening onto a dark inside (a door swung open or shut over a doorway,
            # whose dark part's centre moves as its edge does): it grows, it does not move; and
            # it is what darkens or brightens the figure
            for k in INSIDE_SAYS:
                out.pop((role, where, k), None)
            out[opening.key] = opening
        for name in ("outline", "lightness", "saturation", "light_x", "light_y", "inner_x", "inner_y", "inner_size",
                     "count", "spot"):
            c = out.get((role, where, name))
            if c is not None and geometric > 0:
                out[c.key] = c.weaker(0.6 * geometric)
        for name in ("outline", "size", "width", "height", "aspect", "count"):
            c = out.get((role, where, name))
            if c is not None and colour > c.score:
                out[c.key] = c.weaker(0.6 * colour)
    _prefer_part(out)
    scatter = out.get(("scatter", "", "count"))
    if scatter is not None and scatter.score >= 1.0:  # small things that come one by one: the figure's
        out.pop(("figure", "", "count"), None)  # pieces are they, counted again; and a figure that
        sx0, sy0, sx1, sy1 = scatter.part.box  # is only they spreads as they come, and takes the colour
        for key, c in list(out.items()):  # of the bare place as they go (plates off a pale cloth)
            x0, y0, x1, y1 = c.part.box
            if key[0] == "figure" and key[2] in SHAPE + ("hue", "saturation", "lightness", "stripes") \
                    and x0 >= sx0 - 0.05 and y0 >= sy0 - 0.05 \
                    and x1 <= sx1 + 0.05 and y1 <= sy1 + 0.05:
                out.pop(key)
            elif key[0] in ("figure", "part") \
                    and key[2] in ("size", "width", "height", "upper_width", "lower_width", "fill", "spot") \
                    and c.sign == scatter.sign \
                    and sx0 >= x0 - 0.05 and sy0 >= y0 - 0.05 and sx1 <= x1 + 0.05 and sy1 <= y1 + 0.05:
                out.pop(key)  # and a figure they sit on (birds on a perch) shrinks and thins as they go,
                # and where it grows or shrinks in one part (blocks stacked on one) is where they come,
                # and its upper half widens as they come side by side on it (pots on a shelf), and a
                # dark part grows inside it where they come (chains hung one by one on a wall)
    light, contrast = out.get(("pattern", "", "lightness")), out.get(("pattern", "", "contrast"))
    if light is not None and contrast is not None:  # a pattern whose pieces lighten or darken away
        # from parts that stay (tiles darkening between white grout lines) stands out more because
        # of it: a visible change of its lightness is said; one that fades into what lies between
        # its pieces (stripes paling into their wall) becomes fainter, and one whose mean stays
        # changes only its contrast
        out.pop((contrast if light.score >= 1.0 and contrast.sign > 0 else light).key)
    own = any(k[0] == "pattern" and c.part.side != "behind" for k, c in out.items())
    for key in list(out):  # a pattern's spread of parts is a figure of many pieces: its series are the pattern's
        if key[0] == "figure" and own and key[2] in ("count", "outline", "x", "y"):
            out.pop(key)
    moving_pattern = [c for c in out.values() if c.key[0] == "pattern" and c.key[2] in ("frequency", "stripe_angle")
                      and c.score >= 1.0]
    if moving_pattern:  # stripes that get finer or turn light and darken the pixels they pass: that is the pattern
        x0, y0, x1, y1 = moving_pattern[0].part.box
        for key, c in list(out.items()):
            bx0, by0, bx1, by1 = c.part.box
            if key[0] == "region" and bx0 >= x0 - 0.05 and by0 >= y0 - 0.05 and bx1 <= x1 + 0.05 and by1 <= y1 + 0.05:
                out.pop(key)
    for name in ("lightness", "hue", "saturation"):  # background regions that change alike and cover most of it: the background
        alike = [c for c in out.values() if c.key[0] == "region" and c.key[2] == name and c.key[1] != "all"]
        if (len(alike) >= 2 and len({c.sign for c in alike}) == 1 and sum(c.part.extent for c in alike) >= BACKGROUND
                and (name != "hue" or max(abs(hue_step(a.end, b.end)) for a in alike for b in alike) <= SAME_HUE)
                and ("region", "all", name) not in out):
            largest = max(alike, key=lambda c: c.part.extent)
            for c in alike:
                out.pop(c.key)
            out[("region", "all", name)] = replace(largest, key=("region", "all", name),
                                                   score=min(c.score for c in alike),
                                                   strength=min(c.strength for c in alike))
    for name in ("lightness", "hue", "saturation"):  # background and figure alike: the whole image (mist that clears)
        bg, fg = out.get(("region", "all", name)), out.get(("figure", "", name))
        if bg is not None and fg is not None and bg.sign == fg.sign and fg.score >= 0.6 * bg.score and (
                name != "hue" or abs(hue_step(bg.end, fg.end)) <= SAME_HUE):
            out.pop(fg.key)
            out.pop(bg.key)
            out[("region", "whole", name)] = replace(bg, key=("region", "whole", name))
    _appearing(out)
    regions: dict[tuple[str, int], list[Candidate]] = {}
    for c in out.values():
        if c.key[0] == "region":
            regions.setdefault((c.key[2], c.sign), []).append(c)
    for group in regions.values():
        largest = max(c.part.extent for c in group)
        for c in group:
            if c.part.extent < 0.35 * largest:
                out.pop(c.key, None)
    for key, c in list(out.items()):
        if key[2] == "hue" and (not np.isfinite(c.start) or not np.isfinite(c.end)
                                or (len(set(hue_names(c.start, c.end))) == 1 and not _round(c)) or _leaps(c)):
            out.pop(key)
    return list(out.values())


def _part_turns(series: dict) -> bool:
    """Whether the part of a figure that comes and goes turns as the whole figure does: the
    same way, by within a third of as much (the rest of it, which stays, turns nothing)."""
    a, p = (np.asarray(series.get(k, []), float) for k in ("angle", "part_angle"))
    if len(a) < 2 or len(p) < 2 or not np.isfinite(a[[0, -1]]).all() or not np.isfinite(p[[0, -1]]).all():
        return False
    turn, part = a[-1] - a[0], p[-1] - p[0]
    return bool(turn * part > 0 and abs(part - turn) <= abs(turn) / 3.0)


APPEAR_EXTENT = 0.05  # the most of the image a region may cover to be a thing that appears
FAINT, STANDS_OUT = 0.06, 0.15  # how far a region's colour is from its ring's: hardly at all, and clearly


def _appearing(out: dict) -> None:
    """A small region inside the picture that hardly stands out from the pixels round it at one
    end of the row (under FAINT) and clearly does at the other (STANDS_OUT or more) is a thing that
    appears there, or disappears (a cloud in the sky): its change of colour is that, said once."""
    keys = [k for k in (("region", "", n) for n in ("hue", "saturation", "lightness")) if k in out]
    for key in keys:
        part = out[key].part
        s = np.asarray(part.series.get("stands_out", [np.nan]), float)
        if part.extent > APPEAR_EXTENT or not np.isfinite(s[[0, -1]]).all():
            continue
        sign = 1 if s[0] < FAINT and s[-1] >= STANDS_OUT else -1 if s[-1] < FAINT and s[0] >= STANDS_OUT else 0
        if sign:
            colours = [out.pop(k) for k in keys]
            best = max(colours, key=lambda d: d.score)
            out[("region", "", "appear")] = replace(best, key=("region", "", "appear"), sign=sign, start=float(s[0]),
                                                    end=float(s[-1]), strength=max(d.strength for d in colours))
            return


def _leaps(c: Candidate) -> bool:
    """Whether a hue goes most of its way in one step between two frames as large as half the
    colour wheel (AMBIGUOUS turns or more): what the colour is measured on was swapped for
    something else (a sun that sinks out of a figure leaves the sky where it was), as a colour
    fading through grey has no hue between. Whichever way round it went is not known. Only of a
    figure: a region is measured where it is (a sky going round the colour wheel may leap)."""
    if c.key[0] == "region":
        return False
    hues = np.asarray(c.part.series.get("hue", []), float)
    sat = np.asarray(c.part.series.get("saturation", []), float)
    at = np.flatnonzero(np.isfinite(hues))
    hues = hues[at]
    if not (len(hues) >= 2 and _stepwise(hues) and float(np.abs(np.diff(hues)).max()) >= AMBIGUOUS):
        return False
    return not (len(sat) == len(c.part.series["hue"]) and _through_grey(hues, at, sat))


GREY_SHARE = 0.35  # of the vividness at its ends: a colour this dull between them faded out, through grey


def _through_grey(hues: np.ndarray, at: np.ndarray, sat: np.ndarray) -> bool:
    """Whether a hue's largest step (``hues`` of the frames ``at`` that have one) is a colour
    fading out and another fading in: a frame from one side of the step to the other is grey
    (GREY_SHARE of the duller end's vividness or less, or no hue at all), both ends vivid
    (VIVID). Which way round the wheel it went is not known, nor does it matter: from green to
    purple, through grey, is a change of colour whichever way, and the thing measured is the
    same (what a figure is swapped for keeps its own colour)."""
    k = int(np.argmax(np.abs(np.diff(hues))))
    ends = min(sat[at[0]], sat[at[-1]])
    return bool(ends >= VIVID and (at[k + 1] - at[k] > 1 or sat[at[k]:at[k + 1] + 1].min() <= GREY_SHARE * ends))


STEP = 0.7  # a part whose change is mostly one step between two frames is swapped for another


FILL_CENTRED = 0.1  # of its extent: how far a figure's mass may go in it for its strokes to have thickened all along


def _off_centre(series: dict) -> float:
    """How far the centre of a figure's mass goes within its extent over the frames, the larger
    of its moves across and down in fractions of the extent's width and height (0 where the
    extent is not measured): strokes that thicken or thin all along keep it where it was."""
    moved = 0.0
    for centre, (low, high) in EXTENT.items():
        if low not in series or high not in series:
            continue
        place = (series[centre] - series[low]) / np.maximum(series[high] - series[low], 1e-3)
        if np.isfinite(place).sum() >= 2:
            moved = max(moved, float(np.nanmax(place) - np.nanmin(place)))
    return moved


def _prefer_part(out: dict) -> None:
    """A figure whose outline changes (clearly, after what its moves, resizing and colour
    explain) while most of it stays, and whose mass comes and goes in one part: that part's
    change (it shrinks, grows, moves) is the change, when it is clearer than any change of the
    whole figure. A part that changes at one step (a cab taken off, a roof swapped for a tree's
    crown) is swapped for another, which no such word describes: the outline stays the answer
    (an abstention). Of a part that grows or shrinks, its centre moves with its edge: the size
    speaks. A figure whose hue clearly changes as something passes across its pixels (its
    sweep) while one part of it clearly grows or shrinks changes colour because that part does
    (a slice that shrinks on a green cloth is not a slice turning green): the part's change is
    the change, and the figure's colour goes with its shape; with a part swapped at one step, the
    colour goes too. The part's change is the change as well where the figure fades in or out
    where it is and the part grows or shrinks far more than its light changes
    (:func:`_grows_as_it_fades`). Otherwise the part's candidates go (in place)."""
    parts = [c for c in out.values() if c.key[0] == "part"]
    for c in parts:
        out.pop(c.key)
    turn = out.get(("figure", "", "angle"))
    if turn is not None and turn.score >= 1.0:  # the figure turns (a plank tilting on its stand): the part's
        parts = [c for c in parts if c.key[2] != "angle"]  # turn is that turn, which the figure tells
    outline = out.get(("figure", "", "outline"))
    hue = out.get(("figure", "", "hue"))
    passes = hue is not None and hue.score >= 1.0 and _swept(hue.part) and \
        any(c.key[2] in ("size", "width", "height") and c.score >= 1.0 for c in parts)
    reshaped = outline is not None and outline.score >= 1.0
    halves = HALVES if _widens_as_a_part_lengthens(out, parts) else ()
    if not parts or not (reshaped or halves or passes or _grows_as_it_fades(out, parts)):
        return
    if any(c.score >= 1.0 and _stepwise(c.part.series[c.key[2]]) for c in parts):
        if passes:  # the colour changes where the part comes at a step (birds that land on a basin's
            for k in ("hue", "saturation", "lightness"):  # rim are no basin changing colour)
                out.pop(("figure", "", k), None)
        return
    whole = max([0.0] + [c.strength for k, c in out.items() if k[:2] == ("figure", "") and k[2] in GEOMETRY
                         and k[2] not in halves])
    if max(c.strength for c in parts) <= whole:
        return
    for k in SHAPE + ("swing",) + (("hue", "saturation", "lightness") if passes else ()):
        out.pop(("figure", "", k), None)
    size = next((c for c in parts if c.key[2] == "size" and c.score >= 1.0), None)
    if size is not None:  # a part that grows or shrinks along one axis only becomes wider, narrower, ...
        wid, hei = (next((c for c in parts if c.key[2] == k and c.sign == size.sign), None) for k in ("width", "height"))
        ws, hs = (wid.score if wid else 0.0), (hei.score if hei else 0.0)
        size = hei if hs >= 0.5 * size.score and ws < 0.45 * hs else wid if ws >= 0.5 * size.score and hs < 0.45 * ws \
            else size
    if size is not None and size.key[2] == "size":  # which way it grows, or shrinks (_way)
        size = replace(size, key=("part", _way(size.part, "grow" if size.sign > 0 else "shrink"), "size"))
    for c in [size] if size is not None else parts:
        out[c.key] = c


HALVES = ("upper_width", "lower_width")


def _widens_as_a_part_lengthens(out: dict, parts: list[Candidate]) -> bool:
    """Whether a figure's upper or lower half clearly widens while one part of it clearly grows
    up or down (:func:`_way`): hair that hangs longer round a wig stand's pole is a part growing
    downwards, not a wider foot. A head poking out sideways widens its half as it grows, and a
    body that shrinks narrows its half: those halves speak."""
    lengthens = any(c.key[2] == "size" and c.score >= 1.0 and c.sign > 0 and _way(c.part) in ("up", "down")
                    for c in parts)
    widens = [out.get(("figure", "", k)) for k in HALVES]
    return lengthens and any(c is not None and c.score >= 1.0 and c.sign > 0 for c in widens)


def _grows_as_it_fades(out: dict, parts: list[Candidate]) -> bool:
    """Whether a figure that fades in or out where it is (measure.change: its outline is not
    measured, only its light in place) grows or shrinks in one part of it far more than its light
    changes (a fish on a line, blurred by the decoder, that lengthens as it comes into view): a
    part that grows or shrinks clearly, by FADE_OVER times as many visible steps as the figure
    lightens or darkens, or more. Flames that go out on a chandelier darken it by half as many
    steps as they shrink: they fade."""
    light = out.get(("figure", "", "lightness"))
    figure = light.part if light is not None else next((c.part for k, c in out.items() if k[:2] == ("figure", "")), None)
    if figure is None or np.isfinite(np.asarray(figure.series.get("outline", [0.0]), float)).any():
        return False
    return any(c.key[2] in ("size", "width", "height") and c.score >= 1.0
               and c.strength > FADE_OVER * (light.strength if light is not None else 0.0) for c in parts)


def _swept(part: Part) -> bool:
    """Whether a figure's pixels change colour as things pass across them (SWEEP or more)."""
    return float(np.nanmax(part.series.get("sweep", np.zeros(1)))) >= SWEEP


def _way(part: Part, how: str = "grow") -> str:
    """Which way a part that grows grows ("up", "down", "left", "right"): from what it gained
    first towards what it gained last, when that is a visible step (UNITS) or more; else "".
    With ``how="shrink"``, which way one that shrinks shrinks: from what it lost first towards
    what it lost last (water sinking in a jar shrinks downwards). """
    steps = {axis: float(np.nanmean(part.series[f"{how}_{axis}"])) / UNITS[axis] for axis in ("x", "y")
             if np.isfinite(part.series.get(f"{how}_{axis}", np.full(1, np.nan))).any()}
    if not steps:
        return ""
    axis = max(steps, key=lambda a: abs(steps[a]))
    if abs(steps[axis]) < 1.0:
        return ""
    return ("down" if steps[axis] > 0 else "up") if axis == "y" else ("right" if steps[axis] > 0 else "left")


FADE_OVER = 3.0  # how many times as many visible steps a part of a fading figure must grow as it lightens
PART_FORM = 0.3  # how alike what a figure lost and what it gained must be for a part of it to move
# the most the smaller of the two may be of the larger for a part of it to grow or shrink: about half (a
# piece lengthening on a lathe loses up to 0.46 of what it gains where it pushes the chisel aside; a
# barrel shrinking beside its rack, 0.5 in a row where the rack's edge joins it, is left to the resize)
ONE_SIDED = 0.47


def _part_says(part: Part, name: str) -> bool:
    """Whether a figure's changing part may say ``name``: it moves when what the figure lost
    and what it gained are alike in form (claws that rise; not a shirt whose sleeves go as a
    bag's body comes), it grows or shrinks when the figure gains, or loses, far more there
    than it does the other (ONE_SIDED), and it turns where it gains about as much as it loses
    (a lid lifted on its hinge; a bar that turns loses and gains a bar alike in form)."""
    if name in ("x", "y"):
        return float(np.nanmin(part.series["form"])) >= PART_FORM
    if name in ("size", "width", "height"):
        return float(np.nanmax(part.series["balance"])) <= ONE_SIDED
    if name == "angle":
        return float(np.nanmax(part.series["balance"])) > ONE_SIDED
    return False


def _stepwise(values: np.ndarray, share: float = STEP) -> bool:
    """Whether a series changes mostly at one step between two frames."""
    v = np.asarray(values, float)
    v = v[np.isfinite(v)]
    total = abs(v[-1] - v[0]) if len(v) >= 2 else 0.0
    return bool(total > 0 and np.abs(np.diff(v)).max() >= share * total)


EXTENT = {"x": ("box_left", "box_right"), "y": ("box_top", "box_bottom")}
BORDER = 0.03  # an end of a figure's extent this near the image's edge is held there by the border
EXTENDS = 1.5  # one end going this many times as far as the centre, the other still: the figure extends
STILL = 0.1  # the share of the centre's shift under which an end of a figure does not move at all


def extent_moves(move, part: Part, sides: tuple[str, str], share: float = 0.5, lag: float = 0.5) -> bool:
    """Whether a figure's move shows in its extent (``sides``: the box series of its two ends
    along the axis). The end it moves towards goes at least ``share`` of its centre's shift: a
    centre that shifts within an extent that stays (a shirt turning into a bag, a T into an
    upside-down T) is mass shifting. The other end follows, by at least ``lag`` of the shift,
    unless it is held: at the image border (a figure cut by the border), by another of the
    figure's pieces, or by what the figure passes (a moon going behind an owl's head: the
    leading end then goes about as far as the centre). A figure of one piece whose one end goes
    :data:`EXTENDS` times as far as its centre while the other stays is extended or cut back at
    that end (a cab's roof taken off, a stem growing up; for an even bar the centre follows
    halfway): that is a change of extent, not a move. When the other end does not move at all
    (under STILL of the centre's shift), as far as the centre is enough: a thing whose mass sits
    at the end that goes (a sundial's dial on a pedestal that gets shorter) takes its centre
    nearly as far as that end."""
    shift = abs(move.end - move.start)
    ends = [np.asarray(part.series.get(s, []), float) for s in sides]
    if any(len(e) < 2 or not np.isfinite(e).sum() >= 2 for e in ends):
        return True  # not measured: nothing to say against the move
    ends = [e[np.isfinite(e)] for e in ends]
    moved = [move.sign * (e[-1] - e[0]) for e in ends]
    if max(moved) < share * shift:
        return False
    trailing = ends[int(np.argmin(moved))]
    if min(moved) >= lag * shift or part.parts > 1 or trailing.min() <= BORDER or trailing.max() >= 1.0 - BORDER:
        return True
    if abs(min(moved)) < STILL * shift:  # the other end does not move at all: as far as the centre is enough
        return bool(max(moved) < shift)
    return bool(max(moved) < EXTENDS * shift)


def _subject(c: Candidate, places: bool = True) -> str:
    """Who changes, in words; a figure's place is named only when other things are in the
    picture (``places``), as it tells them apart."""
    role, where, _ = c.key
    if role == "pattern":
        return "the pattern behind the object" if c.part.side == "behind" else "the pattern"
    if role == "region":
        if where == "whole" or (where == "all" and c.part.extent >= 0.97):
            return "the whole image"
        if where == "all":
            return "the background"
        if where:
            return f"the {where} part of the background"
        where = _where(c.part)
        return f"the region {_at(where) if where else 'in the centre'}"
    if role == "part":
        side = _PLACES.get(c.part.side, "")
        return f"the part {side} of the object" if side else "part of the object"
    if role == "scatter":  # small things that come one by one: named by where they are
        where = _where(c.part)
        return _placed_noun("the small shapes", where)
    where = _where(c.part) if places else ""
    noun = "the object" if c.part.parts <= 1 else "the objects" if c.part.parts <= 3 else "the shapes"
    return _placed_noun(noun, where)


_WAYS = {"up": "upwards", "down": "downwards", "left": "to the left", "right": "to the right"}
_PLACES = {"left": "on the left", "right": "on the right", "upper": "at the top", "lower": "at the bottom"}


def _at(where: str) -> str:
    """A place key in words: "on the left", "at the top", "at the upper left"."""
    return _PLACES.get(where, "at the " + where)


def _placed_noun(noun: str, where: str) -> str:
    """A noun with its place, when it has one: "the object on the left"."""
    return f"{noun} {_at(where)}" if where else noun


GREY_END = 0.3  # of the vividness at a colour change's other end: an end this dull is grey, whatever hue it leans to


def _grey_end(c: Candidate) -> str | None:
    """"grey to <hue>" (or "<hue> to grey") where one end of a thing's change of colour is grey:
    GREY_END of the other end's vividness or less, the other end VIVID and its hue named (a
    chequered black-and-white flag that a yellow one replaces goes from grey to yellow, neither
    from the cyan its grey leans to, nor only more vivid). None for a region (a sky that clears
    is more vivid, no grey thing turning blue) or where neither end is grey."""
    if c.key[0] not in ("figure", "piece"):
        return None
    sat = _vividness(c)
    hue = np.asarray(c.part.series.get("hue", []), float)
    if len(sat) < 2 or len(hue) != len(sat) or not np.isfinite(sat[[0, -1]]).all():
        return None
    vivid = -1 if sat[-1] > sat[0] else 0
    if sat[vivid] < VIVID or sat[-1 - vivid] > GREY_END * sat[vivid] or not np.isfinite(hue[vivid]):
        return None
    return f"grey to {hue_name(hue[vivid])}" if vivid else f"{hue_name(hue[vivid])} to grey"


def _predicate(c: Candidate, plural: bool) -> str:
    name, up = c.key[2], c.sign > 0
    s = "" if plural else "s"
    es = "" if plural else "es"
    out = ", partly out of the image" if c.leaves else ""
    if name == "x":
        return f"move{s} to the {'right' if up else 'left'}{out}"
    if name == "y":
        return f"move{s} {'down' if up else 'up'}{out}"
    if name == "size":
        if c.key[0] == "part" and c.key[1]:  # a part that grows, or shrinks, one way: "grows upwards"
            return f"{'grow' if up else 'shrink'}{s} {_WAYS[c.key[1]]}"
        return f"grow{s} larger" if up else f"shrink{s}"
    if name == "width":
        return f"become{s} {'wider' if up else 'narrower'}"
    if name == "height":
        return f"become{s} {'taller' if up else 'shorter'}"
    if name == "aspect":
        return f"change{s} shape from {'tall and narrow to wide and flat' if up else 'wide and flat to tall and narrow'}"
    if name == "angle":
        return f"rotate{s} {'clockwise' if up else 'counterclockwise'}"
    if name == "swing":  # the subject comes first: see sentence()
        mid = (c.start + c.end) / 2.0
        side = ("at the top" if np.sin(mid) < -0.7 else "at the bottom" if np.sin(mid) > 0.7 else
                "on the left" if np.cos(mid) < 0 else "on the right")
        return f"part {side} of {'them' if plural else 'it'} turns {'clockwise' if up else 'counterclockwise'}"
    if name == "fill":
        return f"become{s} {'bolder, with thicker strokes' if up else 'thinner, with finer strokes'}"
    if name == "hue":
        if c.sign == 0:  # each row its own way (see _hue_either_way): no hues to name
            return f"change{s} colour"
        if grey := _grey_end(c):
            return f"change{s} colour from {grey}"
        if _round(c):  # most of the way round the wheel: the hues it passes say how
            seen = [hue_name(h) for h in c.part.series.get("hue", []) if np.isfinite(h)]
            passed = [n for i, n in enumerate(seen[1:-1]) if n != seen[i]]
            passed = [n for n in dict.fromkeys(passed) if n not in (hue_name(c.start), hue_name(c.end))]
            through = f" through {', '.join(passed[:-1]) + ' and ' + passed[-1] if len(passed) > 1 else passed[0]}" \
                if passed else ""
            return (f"change{s} colour round the colour wheel, from {hue_name(c.start)}{through} "
                    f"{'back ' if hue_name(c.start) == hue_name(c.end) else ''}to {hue_name(c.end)}")
        return "change{} colour from {} to {}".format(s, *hue_names(c.start, c.end))
    if name == "saturation":
        if grey := _grey_end(c):
            return f"change{s} colour from {grey}"
        return f"become{s} {'more vivid' if up else 'duller and greyer'}"
    if name == "lightness":
        return f"become{s} {'lighter' if up else 'darker'}"
    if name in ("light_x", "light_y"):
        way = ("to the right" if up else "to the left") if name == "light_x" else ("down" if up else "up")
        return f"light on {'them' if plural else 'it'} moves {way}"  # the subject comes first: see sentence()
    if name in ("upper_width", "lower_width"):
        return f"{name.split('_')[0]} part of {'them' if plural else 'it'} becomes {'wider' if up else 'narrower'}"
    if name == "bend":  # its middle hangs lower against its ends, or rises: the subject comes first, see sentence()
        return f"middle of {'them' if plural else 'it'} moves {'down' if up else 'up'}"
    if name in ("inner_x", "inner_y"):
        way = ("to the right" if up else "to the left") if name == "inner_x" else ("down" if up else "up")
        shade = "dark" if np.nanmean(c.part.series.get("inner_dark", np.zeros(1))) >= 0.5 else "light"
        return f"{shade} part inside {'them' if plural else 'it'} moves {way}"  # the subject comes first: see sentence()
    if name == "inner_size":  # an opening's dark inside grows or shrinks: the subject comes first, see sentence()
        return f"dark part inside {'them' if plural else 'it'} {'grows' if up else 'shrinks'}"
    if name == "spot":  # the darker state of a part inside grows, or the lighter one as the darker shrinks
        rim = float(np.nanmean(c.part.series.get("spot_rim", np.zeros(1))))
        if rim:  # that part runs round its edge: its border, dark (rim > 0) or light, widens or narrows
            wider = up == (rim > 0)
            return (f"{'dark' if rim > 0 else 'light'} border of {'them' if plural else 'it'} becomes "
                    f"{'wider' if wider else 'narrower'}")  # the subject comes first: see sentence()
        axis = float(np.nanmean(c.part.series.get("spot_axis", np.zeros(1))))
        grows = "becomes taller" if axis > 0 else "becomes wider" if axis < 0 else "grows"  # swept across from one side
        return f"{'dark' if up else 'light'} part inside {'them' if plural else 'it'} {grows}"
    if name == "frequency":
        return f"become{s} {'finer' if up else 'coarser'}"
    if name == "stripe_angle":
        return f"rotate{s} {'clockwise' if up else 'counterclockwise'}"
    if name == "contrast":
        return f"become{s} {'more contrasted' if up else 'fainter'}"
    if name == "apart":
        return "move apart" if up else "move closer together"
    if name == "count":
        return f"increase{s} in number" if up else f"decrease{s} in number"
    if name == "stripes":  # the subject comes first: see sentence()
        return f"stripes across {'them' if plural else 'it'} {'increase' if up else 'decrease'} in number"
    return f"chang{es}"


# the parts either side of a moving boundary: of two parts (""), or which of three bands' two boundaries
BANDS = {"y": {"": ("upper", "lower"), "upper": ("upper", "middle"), "lower": ("middle", "lower")},
         "x": {"": ("left", "right"), "left": ("left", "middle"), "right": ("middle", "right")}}


def sentence(chosen: list[Candidate], places: bool = True) -> str:
    parts, last_subject = [], None
    moves = [c for c in chosen if c.key[0] == "figure" and c.key[2] in ("x", "y")]
    if len(moves) == 2:  # one move along both axes: "moves down and to the right"
        x, y = sorted(moves, key=lambda c: c.key[2])
        subject = _subject(x, places)
        verb = "move" if subject.startswith(("the objects", "the shapes")) else "moves"
        out = ", partly out of the image" if x.leaves or y.leaves else ""
        text = f"{subject} {verb} {'down' if y.sign > 0 else 'up'} and to the {'right' if x.sign > 0 else 'left'}{out}"
        return text[0].upper() + text[1:] + "."
    for c in chosen:
        if c.key[2] == "appear":  # a thing comes where there was none (or goes): "a light shape appears on the right"
            seen = -1 if c.sign > 0 else 0  # the end where it shows
            lit = c.part.series["lightness"][seen] >= c.part.series["ring_lightness"][seen]
            shape = f"{'light' if lit else 'dark'} shape"
            where = _where(c.part)
            spot = _at(where) if where else "in the centre"
            parts.append(f"a {shape} appears {spot}" if c.sign > 0 else f"the {shape} {spot} disappears")
            last_subject = None
            continue
        if c.key[0] == "boundary":  # the line where two parts meet moves: one part grows as the other shrinks
            before, after = BANDS[c.key[2]][c.key[1]]  # the parts above and below it (left and right)
            more, less = (before, after) if c.sign > 0 else (after, before)
            parts.append(f"the {more} part of the image becomes {'taller' if c.key[2] == 'y' else 'wider'} "
                         f"and the {less} part {'shorter' if c.key[2] == 'y' else 'narrower'}")
            last_subject = None
            continue
        if c.key[0] == "layer":  # a band across the picture (or down it) thickens or thins: "the object across the top ..."
            at = {"upper": "the top of ", "lower": "the bottom of ", "left": "the left of ",
                  "right": "the right of "}.get(c.key[1], "")
            way = "across" if c.key[2] == "height" else "down"
            parts.append(f"the object {way} {at}the image becomes {'thicker' if c.sign > 0 else 'thinner'}")
            last_subject = None
            continue
        subject = _subject(c, places)
        plural = subject.startswith(("the objects", "the shapes", "the small shapes"))
        pred = _predicate(c, plural)
        if pred.startswith("light on"):  # "the light on the object moves to the right"
            parts.append("the " + pred.replace("on them" if plural else "on it", "on " + subject))
            last_subject = None
            continue
        if pred.startswith(("part ", "middle of ")) or " part of it " in pred or " part of them " in pred:  # "the upper part of the object becomes wider"
            parts.append("the " + pred.replace("of them" if plural else "of it", "of " + subject))
            last_subject = None
            continue
        if pred.startswith("stripes across "):  # "the stripes across the object increase in number"
            parts.append("the " + pred.replace("across them" if plural else "across it", "across " + subject))
            last_subject = None
            continue
        if " part inside " in pred or " border of " in pred:  # "the dark part inside (border of) the object ..."
            parts.append("the " + pred.replace("inside them" if plural else "inside it", "inside " + subject)
                         .replace("of them" if plural else "of it", "of " + subject))
            last_subject = None
            continue
        if subject == last_subject and parts[-1].endswith(pred):  # a thing's hue and vividness from grey: said once
            continue
        parts.append(pred if subject == last_subject else f"{subject} {pred}")
        last_subject = subject
    text = parts[0]
    for prev, nxt in zip(parts, parts[1:]):
        text += (", and " if "," in prev or " and " in prev else " and ") + nxt
    return text[0].upper() + text[1:] + "."


# the least share of the change between frames one offset per step must explain for a move: a
# blurred thing that moves while what it passes or shows changes too (a stall whose awning's
# stripes change, a pagoda among trees) leaves about half of the change to the rest; a top that
# becomes a bag, whose mass goes down, is explained by a shift at a third (every row must show
# the move the same way, no step going back)
UNCARRIED = 0.05  # the least share of a row's change a shift must explain to carry anything
MOVE_EXPLAINED = 0.4
SPANS = 0.9  # the share of the picture across a move that what moves must cover to be a band's edge
KEEPS_COLOUR = 0.85  # the least share of the first and last frames' difference one offset must explain for a moving thing's colour to stay
SHIFT_OVER_COLOUR = 0.75  # the least share of every row's change a shift must explain to be said over a region's colour


def _whole_unit(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows that sweep the whole unit (a group's each-member rows show its parts)."""
    widest = max(len(r.moving) for r in rows)
    return tuple(r for r in rows if len(r.moving) == widest)


def _carried_its_way(move: Candidate, shifts: list, steps: int) -> bool:
    """Whether some row's best shift (measure.motion) carries a share of its change the way a
    figure's measured move goes: a mass that moves because pixels join or leave it in place
    (rain streaks filling the grass below a steady mast) is carried no way at all. A move of
    more than REACH per step (a few frames far apart) is beyond what a shift is tried over,
    and stands."""
    axis = move.key[2][-1]
    return abs(move.end - move.start) > REACH * steps or any(
        m is not None and m.explained >= UNCARRIED and np.sign(m.dx if axis == "x" else m.dy) == move.sign for m in shifts)


def _spans_across(move: Translation) -> bool:
    """Whether what a shift carries reaches from one side of the picture to the other across
    the way it goes (SPANS of the width for a move up or down): a band's edge, not a thing."""
    x0, y0, x1, y1 = move.box
    return (x1 - x0 if abs(move.dy) > abs(move.dx) else y1 - y0) >= SPANS


def _carried(moves: list, threshold: float) -> tuple[str, str] | None:
    """A move that every row shows the same way (``moves``: each row's best shift, from
    measure.motion.translation): one offset per step explains
    at least MOVE_EXPLAINED of the change, no step goes back, and the whole move is at least
    ``threshold`` visibility units along its main axis, the same axis and way in every row;
    along the other axis too when every row goes that way by a unit and half as far. What
    moves is named by where it is, when that is one side of the picture: it is one thing among
    others that stay. Returns the sentence and its attribute, or None."""
    if not moves or any(m is None or not m.steady or m.explained < MOVE_EXPLAINED for m in moves):
        return None
    first = moves[0]
    axis = "x" if abs(first.dx) >= abs(first.dy) else "y"
    along = [(m.dx, m.dy) if axis == "x" else (m.dy, m.dx) for m in moves]
    sign = np.sign(along[0][0])
    other = "y" if axis == "x" else "x"
    if any(np.sign(a) != sign or abs(a) < threshold * UNITS[axis] or abs(b) > abs(a) for a, b in along):
        return None
    both = all(np.sign(b) == np.sign(along[0][1]) and abs(b) >= max(UNITS[other], 0.5 * abs(a)) for a, b in along)
    way = {("x", 1): "to the right", ("x", -1): "to the left", ("y", 1): "down", ("y", -1): "up"}
    if both:
        (dx, dy) = (along[0][0], along[0][1]) if axis == "x" else (along[0][1], along[0][0])
        said = f"{way[('y', int(np.sign(dy)))]} and {way[('x', int(np.sign(dx)))]}"
    else:
        said = way[(axis, int(sign))]
    where = _placed(first.box, first.centre)
    subject = _placed_noun("the object", where)
    text = f"{subject} moves {said}."
    return text[0].upper() + text[1:], f"motion.{axis}"


CROSSED = 0.8  # the least share of the first frame's difference from the last that one offset, one way or the other at each pixel, must explain
JUMP_EXPLAINED = 0.8  # the least share of the first frame's difference from the last that one offset must explain


def _jumped(rows: tuple[Row, ...], threshold: float) -> tuple[str, str] | None:
    """A thing that is somewhere else in the last frame than in the first, the same way in every
    row, though no offset between neighbouring frames carries it there (measure.motion.jump: a
    truck that fades out at one end of a rim and in at the other): one offset carries at least
    JUMP_EXPLAINED of what differs between the first frame and the last, and the change is
    spread along the sweep (``steady``: a thing that only leaps at the sweep's end, beyond the
    values the decoder learnt, goes there at one step, which is no move the latent makes).
    Said as a move, as :func:`_carried` says one. Returns the sentence and its attribute, or
    None."""
    jumps = [jump(r.frames) for r in rows]
    if any(j is None or j.explained < JUMP_EXPLAINED for j in jumps):
        return None
    return _carried(jumps, threshold)


def _crossed(rows: tuple[Row, ...], threshold: float) -> tuple[str, str] | None:
    """A thing somewhere else in the last frame than in the first, the same way in every row, in
    front of a background whose colours no offset carries (measure.motion.crossing: a boat that
    the decoder fades out by one house and in by the next): one offset explains at least CROSSED
    of what differs, one way or the other at each pixel, and what moves does not span the
    picture across the move. Said as a move, as :func:`_carried` says one."""
    crossed = [crossing(r.frames) for r in rows]
    if any(m is None or m.explained < CROSSED or _spans_across(m) for m in crossed):
        return None
    return _carried(crossed, threshold)


EXCHANGED = 0.8  # the least share of the first and last frames' difference that is its own negative one offset away
OUTLINE = ("width", "height", "upper_width", "lower_width", "outline", "size", "fill", "bend")  # a figure's form


def _exchanged(rows: tuple[Row, ...], threshold: float) -> tuple[str, str] | None:
    """A thing the decoder takes away at one place and puts down at another, the same way in
    every row (measure.motion.exchange): the first and last frames' difference is, for at least
    EXCHANGED of it, its own negative one offset away. Said as a move, as :func:`_carried` says one."""
    moves = [exchange(r.frames) for r in rows]
    if any(m is None or m.explained < EXCHANGED for m in moves):
        return None
    return _carried(moves, threshold)


TURN_GAIN = 0.3  # the least share of the change between frames a turn must explain beyond what a shift alone does
TURN_EXPLAINED = 0.4  # and the least share it must explain with its shift (a shift alone explains none of a turn)
TURN_OVER_MOVE = 0.2  # the least share more than a move explains for a turn to be said instead of the move


AXIS_TURN = 0.5  # radians: the least turn of a long thing's axis that says a turn a shift explains nearly as well


def _axis_turns(t: Turn) -> bool:
    """Whether what a turn carries is a long thing whose long axis turns the same way by at least
    AXIS_TURN (measure.motion.Turn.axis): a cleaver raised about its handle, whose every small step
    a shift explains nearly as well as a turn, points another way at the end; a thing carried across
    points the same way."""
    return bool(np.isfinite(t.axis) and abs(t.axis) >= AXIS_TURN and np.sign(t.axis) == np.sign(t.angle))


def _turned(rows: tuple[Row, ...], threshold: float, gain: float = TURN_GAIN) -> tuple[str, str] | None:
    """A turn that every row shows the same way (measure.motion.turn): one turn and shift per
    step explain at least TURN_EXPLAINED of the change, ``gain`` more than a shift alone, no
    step turns back, and the whole turn is at least ``threshold`` visibility units (a tuba
    tilting from left to right on its stand, whose outline no moment of its mass follows).
    Returns the sentence and its attribute, or None."""
    turns = [turn(r.frames) for r in rows]
    if not turns or any(t is None or not t.steady or t.explained < TURN_EXPLAINED or (t.gain < gain and not _axis_turns(t))
                        or abs(t.angle) < threshold * UNITS["angle"] for t in turns):
        return None
    if len({np.sign(t.angle) for t in turns}) != 1:
        return None
    subject = _placed_noun("the object", _placed(turns[0].box, turns[0].centre))
    text = f"{subject} rotates {'clockwise' if turns[0].angle > 0 else 'counterclockwise'}."
    return text[0].upper() + text[1:], "motion.angle"


RESIZE_OVER_MOVE = 0.2  # the least share more than a move explains for a resize to be said instead of the move


def _ends_turned(rows: tuple[Row, ...], threshold: float) -> tuple[str, str] | None:
    """A long thing turned between the first frame and the last the same way in every row
    (measure.motion.end_turn), by at least ``threshold`` visibility units: a blowpipe tilted
    about the hand that holds it, whose far end the decoder blurs on the way. Returns the
    sentence and its attribute, or None."""
    turns = [end_turn(r.frames) for r in rows]
    if not turns or not all(np.isfinite(t) and abs(t) >= threshold * UNITS["angle"] for t in turns) \
            or len({np.sign(t) for t in turns}) != 1:
        return None
    return f"The object rotates {'clockwise' if turns[0] > 0 else 'counterclockwise'}.", "motion.angle"


def _resized(rows: tuple[Row, ...], threshold: float) -> tuple[str, str] | None:
    """A resize that every row shows the same way (measure.motion.resize), said instead of a
    move: one scale and shift per step explain at least MOVE_EXPLAINED of the change and
    RESIZE_OVER_MOVE more than a shift alone, no step goes back, and the area changes by at
    least ``threshold`` visibility units. Returns the sentence and its attribute, or None."""
    sizes = [resize(r.frames) for r in rows]
    if not sizes or any(z is None or not z.steady or z.explained < MOVE_EXPLAINED or z.gain < RESIZE_OVER_MOVE
                        or abs(2.0 * z.scale) < threshold * UNITS["size"] for z in sizes):
        return None
    if len({np.sign(z.scale) for z in sizes}) != 1:
        return None
    subject = _placed_noun("the object", _placed(sizes[0].box, sizes[0].centre))
    text = f"{subject} {'grows larger' if sizes[0].scale > 0 else 'shrinks'}."
    return text[0].upper() + text[1:], "motion.size"


@dataclass(frozen=True)
class ProbeOptions(Options):
    threshold: float = number(1.0, 0.01, CAP, "visibility (in units of change) a change needs to be named")
    ratio: float = number(0.75, 0.01, 1.0, "a second change is named when it scores at least this share of the first")


class ProbeBackend(BaseBackend):
    """Measures images; see the module docstring. Options: :class:`ProbeOptions`."""

    name = "probe"
    runs_in_workers = True  # computes its answers itself: with --executor ray, inside the workers
    summary = "offline: measures what changes in the images (the default; no key, no network)"
    Options = ProbeOptions

    def __init__(self, model: str = "", options: dict | ProbeOptions | None = None) -> None:
        self.options = ProbeOptions.parse(options, self.name)
        self.threshold, self.ratio = self.options.threshold, self.options.ratio

    def prepare(self, context: ModelContext) -> None:
        return None  # every unit of change is absolute (fractions of the image, colour units)

    def candidates(self, rows: tuple[Row, ...]) -> tuple[list[Candidate], list[RowChange]]:
        """The changes every row that sweeps the whole unit agrees on (a group's each-member rows
        show the parts, not what the combination does, so they are left out), strongest first."""
        changes = [analyse_row(r.frames) for r in _whole_unit(rows)]
        cands = _refine(_by_piece(combine([row_candidates(c) for c in changes])))
        return sorted(cands, key=lambda c: (-c.score, -c.strength)), changes

    def answer(self, rows: tuple[Row, ...]) -> Response:
        cands, changes = self.candidates(rows)
        if any(c.changing > 0 and c.coherence < MIN_COHERENCE for c in changes):
            return Response(NOISE, 0, abstained=True)
        # a new outline is what is left when no move, resize, turn or colour describes the change
        # (pieces joined by a shading, a part swinging, wheels that shrink under a saddle that
        # stays): it is never the explanation. Where it is the clearest change and nothing else
        # is clear, that is said, as an abstention (on the development sets every "changes its
        # outline" named a factor wrongly or none)
        strong = [c for c in cands if c.score >= self.threshold and c.key[2] != "outline"]
        # nor is a thing that grows while its outline changes more than its size does (birds that
        # perch on a feeder join it into one figure): that is no growth
        outline = {c.key[:2]: c.score for c in cands if c.key[2] == "outline"}
        strong = [c for c in strong if not (c.key[2] == "size" and outline.get(c.key[:2], 0.0) >= c.score)]
        # where the light over the whole picture rises or falls in every row (daylight coming in
        # through a window, a lamp dimmed: measure.change.light_over_all), that is the change, over
        # the whole image, whichever parts of it lighten most: what it lights stands out more or
        # less from what lies round it, and seems to come or go, or to grow or move where its own
        # colour changes with the light more than its measured extent does (a square that grows
        # on a background that lightens keeps its own colour: it grows)
        lit = changes[0].lit
        if lit and all(c.lit == lit for c in changes):
            light = {c.key[:2]: c.strength for c in cands if c.key[2] == "lightness" and c.sign == lit}
            strong = [c for c in strong if c.key[2] in COLOUR
                      or (c.key[2] != "appear" and light.get(c.key[:2], 0.0) < c.strength)]
            lights = [c for c in strong if c.key[2] == "lightness" and c.sign == lit]
            if lights:
                whole = replace(lights[0], key=("region", "whole", "lightness"))
                strong = [whole if c is lights[0] else c for c in strong if not any(c is d for d in lights[1:])]
        # nor does a figure, or a part inside it, move when no shift carries any of what changes
        # (rain streaks that fill the grass join it to the figure, whose mass goes down): its mass
        # moves as it gains or loses pixels in place
        whole = _whole_unit(rows)
        shifts = None  # each whole-unit row's best shift (measure.motion), measured once when needed
        moved = [c for c in strong if c.key[0] == "figure" and c.key[2] in ("x", "y", "inner_x", "inner_y")]
        if moved:
            shifts = [translation(r.frames) for r in whole]
            steps = max(1, len(whole[0].frames) - 1)
            strong = [c for c in strong if c not in moved or _carried_its_way(c, shifts, steps)]
            # and a figure carried across keeps its colour when one offset carries the first
            # frame's colours onto the last frame's (KEEPS_COLOUR of their difference, in every
            # row): a change of its measured colour is what its outline took in or left on the way
            # (a toy train on a shelf is no pink turning green; a ball that turns from red to blue
            # as it rolls is left half unexplained)
            if any(c in strong for c in moved) and all((j := jump(r.frames)) is not None
                                                       and j.explained >= KEEPS_COLOUR for r in whole):
                strong = [c for c in strong if not (c.key[0] == "figure" and c.key[2] in ("hue", "saturation",
                                                                                          "lightness"))]
        if not strong:
            reshaped = any(c.key[2] == "outline" and c.score >= self.threshold * OUTLINE_BAR for c in cands)
            # a new outline that no move, resize, turn or colour of the figure describes: a thing
            # carried across in front of a steady one it touches, which joins it into one figure,
            # still moves
            carried = _carried(shifts if shifts is not None else [translation(r.frames) for r in whole], self.threshold)
            # or turned, about whatever point, as one piece: rather than moved, when the turn
            # explains clearly more than the move (a block tilting on its foot); and a thing that
            # turns inside a round figure that keeps its outline (an instrument tilting in the
            # round glow of the spotlight behind it) turns as well; and so does a long thing that
            # lies at another angle at the end than at the start, though the decoder blurs it
            # on the way (a falconer's arm lowered from raised to level about the shoulder)
            turned = _turned(whole, self.threshold, TURN_GAIN if carried is None else TURN_OVER_MOVE)
            carried = turned or carried or _jumped(whole, self.threshold) or _exchanged(whole, self.threshold) \
                or _ends_turned(whole, self.threshold)
            # and a move that a resize explains clearly better is a thing growing or shrinking
            # about where it stands (a barrel shrinking on the floor beside the rack it touches:
            # its top comes down as a shift down would carry it, its sides come in as none does)
            if carried is not None and turned is None:
                carried = _resized(whole, self.threshold) or carried
            if carried is not None:
                return Response(carried[0], 0, abstained=False, attributes=(carried[1],))
            # a thing whose colour changes most of all in every row, but each row its own way
            # round the wheel (a cyclic hue that one row turns forwards and the next back): it
            # changes colour, and no two hues are named
            either = _hue_either_way(changes, self.threshold)
            if either is not None:
                return Response(sentence([either], max(c.things for c in changes) > 1), 0, abstained=False,
                                attributes=("figure.hue",))
            return Response(RESHAPED if reshaped else ABSTAIN, 0, abstained=True)
        top = strong[0]
        # a figure whose form changes most, where a thing is taken away at one place and put down
        # at another, is that thing moving: a pale sun setting across the sky beside the flag it
        # joins into one figure is no figure growing wider
        # and one whose form changes most, where a long thing lies at another angle at the end
        # than at the start (a blowpipe tilting up about the hand, its bubble blurred on the
        # way), is that thing turning: the middle of no figure rises
        if top.key[0] == "figure" and top.key[2] in OUTLINE:
            moved = _exchanged(whole, self.threshold) or _ends_turned(whole, self.threshold)
            if moved is not None:
                return Response(moved[0], 0, abstained=False, attributes=(moved[1],))
        # a figure whose outline changes more than its colour does, where one scale and shift per
        # step explain the change far better than a shift alone, grows or shrinks: its colour in
        # place is what it uncovers or covers on the way (a gift box shrinking on its shelf
        # leaves the pale wall where it was: no box turning lighter)
        if top.key[0] == "figure" and top.key[2] in ("lightness", "hue", "saturation") \
                and outline.get(top.key[:2], 0.0) >= top.score:
            resized = _resized(whole, self.threshold)
            if resized is not None:
                return Response(resized[0], 0, abstained=False, attributes=(resized[1],))
        # a region that darkens or changes colour where one shift carries nearly all of what
        # changes, in every row, is a thing moving across it (a ship that enters from the border
        # slides over the water and the quay): the move is said, not the colour left behind -
        # unless what moves spans the picture across the move (the edge of the sea coming up a
        # beach is a band that grows, no thing); and so is one that the decoder fades out where it
        # was and in where it goes in front of a background no shift carries, where one offset
        # explains nearly all of what differs between the first frame and the last, one way or
        # the other at each pixel (a boat that leaves one house's windows for the next house's)
        if top.key[0] == "region" and top.key[2] in COLOUR:
            shifts = shifts if shifts is not None else [translation(r.frames) for r in whole]
            if all(m is not None and m.explained >= SHIFT_OVER_COLOUR and not _spans_across(m) for m in shifts):
                carried = _carried(shifts, self.threshold)
                if carried is not None:
                    return Response(carried[0], 0, abstained=False, attributes=(carried[1],))
            carried = _crossed(whole, self.threshold)
            if carried is not None:
                return Response(carried[0], 0, abstained=False, attributes=(carried[1],))
            # and one that darkens or lightens beside a figure whose outline changes clearly and
            # as much, in ways nothing describes, is that figure's doing (the light a barn's
            # doorway lets onto the floor goes as its doors close): what the figure does is not known
            if any(c.key[0] == "figure" and c.key[2] == "outline" and c.score >= self.threshold * OUTLINE_BAR
                   and c.strength >= top.strength for c in cands):
                return Response(RESHAPED, 0, abstained=True)
        # an object whose colour changes from one named colour to another (its hue's ends are named
        # apart, or it would be no candidate) changes colour: the names carry their own lightness
        # (a peel ripening from green to yellow gets lighter, as yellow is), so it is not said apart
        # - unless the hue moves a little beside a large change of lightness (a dim grey-blue
        # pane lit by day is lighter, not "blue to cyan")
        hue = next((c for c in strong if c.key == top.key[:2] + ("hue",)), None)
        if top.key[2] == "lightness" and top.key[0] in ("figure", "piece") and hue is not None \
                and hue.strength >= HUE_OVER_LIGHT * top.strength:
            strong, top = [hue] + [c for c in strong if c is not hue and c is not top], hue
        # a second change is named when nearly as clear as the first, and nearly as large or
        # unmistakable on its own (SECOND x CAP units: scores are capped, strengths are not, and
        # a hue shift of 2-3 units beside a change of size of 4-5 is not named); of two of one
        # kind (the floor's hue and the wall's), only when nearly as large
        peak: dict[str, float] = {}
        for c in strong:
            peak[c.key[2]] = max(peak.get(c.key[2], 0.0), c.strength)
        # a line where two parts of the picture meet that moves (water rising up the houses)
        # changes the colour of the regions it passes: that is no second change of their own
        swept = top.key[0] == "boundary"
        rest = [c for c in strong[1:] if not (swept and c.key[0] == "region" and c.key[2] in COLOUR)]
        near = [top] + [c for c in rest if c.score >= self.ratio * top.score
                        and c.strength >= self.ratio * peak[c.key[2]]
                        and (c.strength >= self.ratio * top.strength or c.strength >= SECOND * CAP)]
        places = {(c.key[0], c.key[1]) for c in near if c.key[:2] != ("region", "whole")}  # the whole image is no one place
        if len(near) > 2 and len(places) > 2:
            return Response(SEVERAL, 0, abstained=True)
        chosen = near[:2]
        # several things in the picture (or one of a figure's pieces changes): say which one changes
        places = max(c.things for c in changes) > 1 or any(c.part.role == "piece" for c in chosen)
        return Response(sentence(chosen, places), 0, abstained=False,
                        attributes=tuple(".".join(k for k in c.key if k) for c in chosen))

    def describe(self, request: ExplainRequest) -> list[Response]:
        out = []
        for seq in request.sequences:
            r = self.answer(seq.rows)
            out.append(Response(r.text, seq.sample, r.abstained, r.attributes))
        return out


register_backend("probe", ProbeBackend)
