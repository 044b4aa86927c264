"""The offline probe explainer: what it says about known changes, and where it must abstain.

The cases of issue 11 are re-created here with a user's analytic decoder (fakes.models.square_model:
a square; z0 moves it, z1 sizes it, z2 does nothing, z3 sets the background's brightness) and a
decoder that outputs colour noise."""

import colorsys

import numpy as np
import pytest

from latentexplainer import ExplainSettings, explain, load_model
from latentexplainer.backends import ModelContext, get_backend
from latentexplainer.backends.probe import RESHAPED
from latentexplainer.data import scenes, shapes
from latentexplainer.errors import BackendError, ConfigError
from latentexplainer.judges.naming import name_claims
from latentexplainer.measure import analyse_row, exchange, jump
from latentexplainer.records import Row

STEPS = np.linspace(0, 1, 5)
SQUARE = [("position", "horizontal position of the square (left to right)"), ("size", "size of the square"),
          ("nothing", "a latent with no effect"), ("background", "brightness of the background")]


def _grey(frames):
    return np.stack(frames)[:, None].astype(np.float32) / 255.0


def _rgb(frames):
    return np.stack(frames).transpose(0, 3, 1, 2).astype(np.float32) / 255.0


@pytest.fixture(scope="module")
def probe():
    p = get_backend("probe")
    p.prepare(ModelContext(np.zeros((0, 1, 64, 64), np.float32), 4))
    return p


def _rows(make):
    return (Row(tuple(STEPS), "base", make(0)), Row(tuple(STEPS), "other", make(1)))


def _twice(frames):
    """The rows of a latent whose two rows show the same frames."""
    return (Row(tuple(STEPS), "a", frames), Row(tuple(STEPS), "b", frames))


@pytest.mark.parametrize("factor,expected", [
    ("x", "moves to the right"),
    ("y", "moves down"),
    ("scale", "grows larger"),
    ("angle", "rotates"),
])
def test_probe_names_what_moves(probe, factor, expected):
    def make(variant):
        frames = []
        for t in STEPS:
            kw = dict(shape=0, scale=0.8, angle=0.1, x=0.3 + 0.4 * variant, y=0.5)
            if factor == "x":
                kw.update(x=0.1 + 0.8 * t, y=0.3 + 0.4 * variant)
            elif factor == "y":
                kw["y"] = 0.1 + 0.8 * t
            elif factor == "scale":
                kw["scale"] = 0.5 + 0.5 * t
            else:
                kw.update(angle=0.1 + 0.6 * t, scale=1.0, x=0.5, y=0.3 + 0.4 * variant)
            frames.append(shapes.render(kw["shape"], kw["scale"], kw["angle"], kw["x"], kw["y"]))
        return _grey(frames)

    r = probe.answer(_rows(make))
    assert not r.abstained
    assert expected in r.text, r.text


def test_probe_abstains_when_nothing_changes(probe):
    still = _grey([shapes.render(1, 0.8, 0.2, 0.4, 0.6)] * 5)
    r = probe.answer((Row(tuple(STEPS), "a", still), Row(tuple(STEPS), "b", still)))
    assert r.abstained and r.text == "No consistent change is visible."


def test_probe_needs_both_rows_to_agree(probe):
    right = _grey([shapes.render(0, 0.8, 0.0, 0.1 + 0.8 * t, 0.5) for t in STEPS])
    left = right[::-1].copy()
    r = probe.answer((Row(tuple(STEPS), "a", right), Row(tuple(STEPS), "b", left)))
    assert r.abstained


@pytest.mark.parametrize("which,expected", [
    ("floor", "lower part of the background changes colour"),
    ("wall", "upper part of the background changes colour"),
    ("object", "object changes colour"),
])
def test_probe_names_colour_changes_with_both_ends(probe, which, expected):
    def make(variant):
        frames = []
        for t in STEPS:
            kw = dict(floor=0.7, wall=0.1 + 0.3 * variant, obj=0.45, scale=0.6, shape=2, angle=0.0)
            kw[which if which != "object" else "obj"] = 0.05 + 0.55 * t
            frames.append(scenes.render(kw["floor"], kw["wall"], kw["obj"], kw["scale"], kw["shape"], kw["angle"]))
        return _rgb(frames)

    r = probe.answer(_rows(make))
    assert expected in r.text and "from orange to blue" in r.text, r.text


def test_a_tall_shape_turning_wide_is_a_change_of_outline_not_a_rotation(probe):
    def make(variant):  # cylinder (tall) -> sphere (round) -> pill (wide): the outline passes through round
        return _rgb([scenes.render(0.7, 0.1 + 0.3 * variant, 0.45, 0.8, s, 0.0) for s in (1, 1, 2, 3, 3)])

    r = probe.answer(_rows(make))
    assert "changes shape from tall" in r.text and "rotates" not in r.text, r.text


def test_measurements_track_position_in_fractions_of_the_image():
    frames = _grey([shapes.render(0, 0.8, 0.0, t, 0.5) for t in STEPS])
    (figure,) = [p for p in analyse_row(frames).parts if p.role == "figure"]
    x = figure.series["x"]
    assert np.all(np.diff(x) > 0) and x[0] < 0.3 < 0.7 < x[-1]


def test_probe_options_are_validated():
    with pytest.raises(ConfigError, match="unknown option"):
        get_backend("probe", {"temperature": 1.0})
    with pytest.raises(ConfigError, match=r"option 'threshold' of the probe backend must be a number in \[0.01, 3\]"):
        get_backend("probe", {"threshold": 50})


def test_unknown_backend_lists_the_available_ones():
    with pytest.raises(BackendError, match="choose one of: .*probe"):
        get_backend("gpt5")


# ------------------------------------------------------------------ the cases of issue 11
def _explain(spec, tmp_path, **settings):
    run = explain(load_model(spec), tmp_path, ExplainSettings(**settings), show_progress=False, report=False)
    return {r.latent_name: r for r in run.records}


def _names(record):
    return {n.factor for n in name_claims(record.explanation, SQUARE) if n.factor}


def test_three_values_size_is_a_size_not_an_outline(tmp_path):
    recs = _explain("fakes.models:square_model", tmp_path, values=(-3.0, 0.0, 3.0))
    assert _names(recs["z1"]) == {"size"} and "grows larger" in recs["z1"].explanation, recs["z1"].responses
    assert _names(recs["z0"]) == {"position"} and recs["z0"].clear
    assert _names(recs["z3"]) == {"background"} and "background" in recs["z3"].explanation
    assert recs["z2"].status == "abstained" and recs["z2"].explanation is None


def test_the_square_at_the_border_still_moves(tmp_path):
    """z0 pushes the square across the image border: the motion stays clear."""
    from fakes.models import _square_frames

    z = np.zeros((5, 4))
    z[:, 0] = np.linspace(0.0, 6.0, 5)  # from the centre to half outside the right border
    frames = _square_frames(z)
    assert frames[-1, 0, :, -1].max() > 0.9  # the square touches the border
    probe = get_backend("probe")
    r = probe.answer(_twice(frames))
    assert "moves to the right" in r.text, r.text
    recs = _explain("fakes.models:square_model", tmp_path, values=(0.0, 1.5, 3.0, 4.5, 6.0), latents=[0])
    assert recs["z0"].clear and _names(recs["z0"]) == {"position"}, recs["z0"].responses


def test_combination_group_names_what_the_group_changes(tmp_path):
    recs = _explain("fakes.models:square_model", tmp_path, bias="combination", groups=[(0, 1), (1, 3)])
    assert _names(recs["z0+z1"]) == {"position", "size"}, recs["z0+z1"].responses
    assert _names(recs["z1+z3"]) == {"size", "background"}, recs["z1+z3"].responses
    assert "darker" not in recs["z0+z1"].explanation


def test_colour_noise_is_no_explanation(tmp_path):
    recs = _explain("fakes.models:colour_noise_model", tmp_path)
    for r in recs.values():
        assert r.status == "abstained" and r.explanation is None and r.certainty == 0.0, r.responses


# ------------------------------------------------------------------ more kinds of change, drawn here
_YY, _XX = np.mgrid[0:64, 0:64] / 63.0


def _paint(mask, fg=(0.9, 0.2, 0.2), bg=(1.0, 1.0, 1.0)):
    out = np.empty((3, 64, 64), np.float32)
    for c in range(3):
        out[c] = np.where(mask, fg[c], bg[c])
    return out


def _disc(cx, cy, r):
    return (_XX - cx) ** 2 + (_YY - cy) ** 2 < r ** 2


def _lit_disc(azimuth):
    dx, dy = (_XX - 0.5) / 0.3, (_YY - 0.5) / 0.3
    inside = dx ** 2 + dy ** 2 <= 1
    shade = np.clip(dx * np.sin(azimuth) + np.sqrt(np.clip(1 - dx ** 2 - dy ** 2, 0, 1)) * np.cos(azimuth), 0, 1)
    img = np.full((3, 64, 64), 0.5, np.float32)
    for c, v in enumerate((0.9, 0.4, 0.2)):
        img[c][inside] = (0.15 + 0.85 * shade[inside]) * v
    return img


def _bar(angle):
    u = (_XX - 0.5) * np.cos(angle) + (_YY - 0.5) * np.sin(angle)
    v = -(_XX - 0.5) * np.sin(angle) + (_YY - 0.5) * np.cos(angle)
    return (np.abs(u) < 0.35) & (np.abs(v) < 0.05)


@pytest.mark.parametrize("make, expected", [
    (lambda t: _lit_disc(-1 + 2 * t), "light on the object moves to the right"),
    (lambda t: np.clip(_paint(_disc(0.3, 0.5, 0.15), (0.2, 0.2, 0.2), (0.5, 0.5, 0.5)) + 0.4 * t, 0, 1),
     "whole image becomes lighter"),
    (lambda t: _paint(_disc(0.2 + 0.3 * t, 0.3, 0.1) | _disc(0.8 - 0.3 * t, 0.7, 0.1)), "move closer together"),
    (lambda t: _paint(_bar(0.2 + t)), "rotates clockwise"),
    (lambda t: _paint(_disc(0.5, 0.5, 0.001 + 0.2 * t)), "grows larger"),
    (lambda t: _paint(np.abs(np.hypot(_XX - 0.5, _YY - 0.5) - 0.25) < 0.02 + 0.05 * t), "bolder, with thicker strokes"),
])
def test_light_whole_image_pieces_turning_and_appearing(probe, make, expected):
    frames = np.stack([make(t) for t in STEPS])
    r = probe.answer(_twice(frames))
    assert expected in r.text and " and " not in r.text.replace("closer together", ""), r.text
    assert "and changes its outline" not in r.text


def _saved_case(name):
    """Two rows of five frames saved from a benchmark run of a trained VAE (tests/data/probe_cases.npz)."""
    from pathlib import Path
    rows = np.load(Path(__file__).parent / "data" / "probe_cases.npz")[name]
    return tuple(Row(tuple(STEPS), str(i), r.transpose(0, 3, 1, 2).astype(np.float32) / 255.0) for i, r in enumerate(rows))


def test_eyes_that_shrink_beside_a_mouth_that_stays_do_not_get_lighter(probe):
    # faces, the latent of eye size: the dark eyes shrink (and blur at their edge) while the red
    # mouth, part of the same figure, stays; the figure's colour in place does not change
    text = probe.answer(_saved_case("faces_eyes_shrink")).text
    assert "shrink" in text and "lighter" not in text and "darker" not in text, text


def _hand(angle):
    """A dark clock hand from the centre of a green dial on a dark ground, at ``angle``
    (radians, clockwise from 12 o'clock)."""
    img = _paint(_disc(0.5, 0.5, 0.45), (0.4, 0.9, 0.5), (0.1, 0.1, 0.12))
    dx, dy = np.sin(angle), -np.cos(angle)
    t = np.clip((_XX - 0.5) * dx + (_YY - 0.5) * dy, 0.0, 0.35)
    hand = np.hypot(_XX - 0.5 - t * dx, _YY - 0.5 - t * dy) < 0.04
    for c in range(3):
        img[c][hand] = 0.08
    return img


@pytest.mark.parametrize("start,turn,expected", [(0.3, 1.5, "rotates clockwise"), (4.0, -1.5, "rotates counterclockwise")])
def test_a_hand_turning_about_its_hub_on_a_dial_rotates(probe, start, turn, expected):
    # the change lies on the dial (the colour right around it), not on the dark ground; the
    # hand's centre moves along an arc about the hub: that is the turn, not a move
    frames = np.stack([_hand(start + turn * t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert expected in text and "moves" not in text, text


def _turned_on(ground, boxes, pivot, corners, colour, degrees):
    """A 64x64 picture: ``boxes`` ((x0, y0, x1, y1), colour) on a ``ground`` colour, and over
    them a polygon of ``corners`` (relative to ``pivot``) turned ``degrees`` clockwise about it."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (64, 64), ground)
    draw = ImageDraw.Draw(im)
    for box, fill in boxes:
        draw.rectangle(list(box), fill=fill)
    c, s = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    draw.polygon([(pivot[0] + x * c - y * s, pivot[1] + x * s + y * c) for x, y in corners], fill=colour)
    return np.asarray(im, np.float32).transpose(2, 0, 1) / 255.0


def _block_on_shelf(degrees):
    """A red block standing on a brown shelf between a blue and a green one, tilted ``degrees``
    about its foot, on a beige wall."""
    return _turned_on((225, 215, 190), [((0, 44, 64, 48), (120, 80, 40)), ((6, 26, 12, 43), (40, 90, 160)),
                                        ((48, 30, 56, 43), (60, 140, 70))],
                      (30, 43), [(-5, -22), (5, -22), (5, 0), (-5, 0)], (200, 60, 60), degrees)


def test_a_block_tilting_on_a_shelf_is_measured_without_numpy_warnings(probe, recwarn):
    # most of the block's steady pixels never change: a spread of change times over pixels
    # that do not change divided by zero (RuntimeWarning on the user's terminal)
    frames = np.stack([_block_on_shelf(20 * t) for t in STEPS])
    probe.answer(_twice(frames))
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def test_a_block_tilting_on_its_foot_rotates_rather_than_moves(probe):
    # a new outline; one shift per step explains half the change (its top goes the tilt's way),
    # a turn and shift three quarters: it was "The object moves to the right." (Tilted the other
    # way, beside the blue book, its top is a part that moves: "The part at the top of the
    # object moves to the left.", which the turn is not asked about)
    frames = np.stack([_block_on_shelf(20 * t) for t in STEPS])
    assert probe.answer(_twice(frames)).text == \
        "The object rotates clockwise."


def _pavilion(posts, x0=0.2, x1=0.8):
    """A white pavilion on green: a roof and a base joined by ``posts`` white posts, dark between."""
    img = _paint(np.zeros_like(_XX, bool), bg=(0.3, 0.55, 0.3))
    body = (_XX >= x0) & (_XX <= x1) & (_YY >= 0.3) & (_YY <= 0.75)
    inside = body & (_YY > 0.38) & (_YY < 0.69)
    post = np.zeros_like(body)
    for c in np.linspace(x0 + 0.02, x1 - 0.02, posts):
        post |= np.abs(_XX - c) < 0.025
    for c, (light, dark) in enumerate(zip((0.95, 0.93, 0.88), (0.12, 0.1, 0.1))):
        img[c][body] = light
        img[c][inside & ~post] = dark
    return img


def _striped_panel(stripes, scale=1.0, angle=0.0):
    """A panel of yellow and blue stripes (``stripes`` of each across it) on grey, ``scale``
    times its size, turned by ``angle``."""
    u = (_XX - 0.5) * np.cos(angle) + (_YY - 0.5) * np.sin(angle)
    v = -(_XX - 0.5) * np.sin(angle) + (_YY - 0.5) * np.cos(angle)
    body = (np.abs(u) < 0.25 * scale) & (np.abs(v) < 0.2 * scale)
    bar = np.cos(2 * np.pi * u * stripes / (0.5 * scale)) > 0
    img = _paint(body & bar, (0.9, 0.8, 0.2), (0.5, 0.5, 0.55))
    for c, v in enumerate((0.2, 0.2, 0.6)):
        img[c][body & ~bar] = v
    return img


@pytest.mark.parametrize("make,expected", [
    (lambda t: _pavilion(int(round(6 - 3 * t))), "decrease in number"),  # posts that go: fewer stripes
    (lambda t: _pavilion(int(round(3 + 3 * t))), "increase in number"),
    (lambda t: _striped_panel(2 + 4 * t), "stripes across the object increase in number"),
    (lambda t: _pavilion(4, 0.1 + 0.2 * t, 0.6 + 0.2 * t), "moves to the right"),  # the same posts, carried
    (lambda t: _pavilion(4, 0.3 - 0.15 * t, 0.7 + 0.15 * t), "becomes wider"),  # further apart as it widens
    (lambda t: _striped_panel(4, 0.6 + 0.6 * t), "grows larger"),  # more of the stripes show: it grows
    (lambda t: _striped_panel(4, 1.0, 1.2 * t), "rotates clockwise"),  # stripes that turn are as many
])
def test_stripes_across_a_figure_that_keeps_its_span_are_counted(probe, make, expected):
    frames = np.stack([make(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert expected in text, text
    if "number" in expected:
        assert text.startswith("The stripes across the object") and " and " not in text, text
    else:
        assert "stripes" not in text and "number" not in text, text


@pytest.mark.parametrize("case", ["jukebox_bars_go", "gazebo_posts_go"])
def test_bars_and_posts_that_go_from_a_figure_that_stays_are_fewer_stripes(probe, case):
    # a jukebox's chrome bars (6 to 3; the last frame a blurred smear that widens its figure) and
    # a gazebo's posts (6 to 4, curtains drawn between them in the second row): both were "No
    # consistent change is visible."
    assert probe.answer(_saved_case(case)).text == "The stripes across the object decrease in number."


def test_lines_written_one_under_another_on_a_board_are_more_stripes(probe):
    # schoolmaster (seventy-seventh held-out run), the latent of how many lines of chalk writing
    # are on the blackboard: the first line is there all along, the next ones come one under
    # another; what changes, the new lines, is nothing in the first frames, so its stripes were
    # not counted and the writing was "The objects become lighter and move down." (read as the
    # window's blind coming down, confidently wrong). Stripes that come from none come with it.
    text = probe.answer(_saved_case("schoolmaster_lines_written")).text
    assert "stripes across the objects increase in number" in text and "move" not in text, text


def test_a_man_climbing_a_ladder_up_a_chimney_is_a_part_that_moves_up(probe):
    # steeplejack (seventy-eighth held-out run), the latent of how far up the chimney he has
    # climbed: the ladder up the chimney's face differs from its bricks in every frame, so the
    # part inside it that differs from them was the ladder and the man together, whose middle
    # stayed ("No consistent change is visible." in all five samples). Where much of the zone
    # that changes differs in every frame, what moves is what differs from its usual look
    text = probe.answer(_saved_case("steeplejack_man_climbs_ladder")).text
    assert text == "The dark part inside the object moves up.", text


def test_wallpaper_whose_stripes_widen_is_no_region_getting_lighter(probe):
    # behind a harp, gold stripes on green widen: the pixels that change turn from green to
    # gold, but the wallpaper's mean colour stays (0.665 to 0.663 in lightness). It was "The
    # upper part of the background becomes lighter." (confidently wrong); the pattern's own
    # measures are too weak on this blurred decoder to say more
    text = probe.answer(_saved_case("harp_wallpaper_stripes_widen")).text
    assert "lighter" not in text and "colour" not in text, text


def test_flowers_that_change_colour_along_their_bed_are_no_edge_that_moves(probe):
    # between a hedge and a lawn, a bed of flowers turns from orange through green to magenta:
    # while green, the lawn seems to reach up to the hedge. It was "The middle part of the image
    # becomes taller and the lower part shorter."; the way that edge sweeps ends magenta, not
    # as the hedge that would have grown over it
    text = probe.answer(_saved_case("birdbath_flowers_change_hue")).text
    assert text.startswith("The object changes colour round the colour wheel, from orange"), text


def test_birds_that_land_on_a_basin_one_at_a_time_do_not_change_its_colour(probe):
    # none, then one, then two bluebirds on a birdbath's rim: the place they land changes colour
    # at a step, with the part of the figure that comes there. It was "The object changes colour
    # from cyan to yellow." (confidently wrong); the part that comes at a step is no growth
    # either, so nothing clear is left
    text = probe.answer(_saved_case("birdbath_birds_land")).text
    assert "colour" not in text and "lighter" not in text and "darker" not in text, text


def test_wall_tiles_that_get_smaller_are_no_small_things_that_come(probe):
    # beside a washing machine, a tiled wall's tiles get smaller: pieces of grout come where
    # there were none, but the first frame has its own grout, which stands out about as much.
    # It was "The small shapes increase in number." (1.00, confidently wrong)
    text = probe.answer(_saved_case("washer_wall_tiles_shrink")).text
    assert "small shapes" not in text and "number" not in text, text


def test_jars_that_go_from_a_row_are_fewer_not_narrower(probe):
    # five jam jars on a shelf, then two: the row narrows because jars go, and each keeps its
    # width and height. It was "The objects become narrower." (confidently wrong for their number)
    assert probe.answer(_saved_case("jars_fewer_in_a_row")).text == "The stripes across the objects decrease in number."


def test_a_bar_that_thins_and_fades_becomes_narrower(probe):
    # bars, the latent of width: the bar thins until the decoder's blur fades it to grey
    text = probe.answer(_saved_case("bars_thin_fade")).text
    assert "narrower" in text and "duller" not in text and "outline" not in text, text


def _tee(t):
    """A grey T on white whose crossbar slides from the top of its stem (t=0) to the bottom
    (t=1): the same extent throughout, its mass going down."""
    stem = (np.abs(_XX - 0.5) < 0.05) & (_YY > 0.2) & (_YY < 0.8)
    top = 0.2 + 0.52 * t
    bar = (np.abs(_XX - 0.5) < 0.3) & (_YY >= top) & (_YY < top + 0.08)
    return _paint(stem | bar, (0.3, 0.3, 0.3))


def test_mass_that_shifts_within_an_extent_that_stays_is_no_move(probe):
    # the T's centre goes down, but its top and bottom stay where they are: the T does not
    # move; its crossbar, a part of it, does (its stem stays)
    rows = (Row(tuple(STEPS), "a", np.stack([_tee(t) for t in STEPS])),
            Row(tuple(STEPS), "b", np.stack([_tee(t) for t in STEPS])))
    cands, _ = probe.candidates(rows)
    assert not any(c.key[0] == "figure" and c.key[2] in ("x", "y") for c in cands), cands
    assert probe.answer(rows).text == "Part of the object moves down."


@pytest.mark.parametrize("case", ["fashion_top_to_bag", "fashion_trousers_to_bag"])
def test_a_garment_that_becomes_a_bag_changes_its_outline_rather_than_moving(probe, case):
    # fashion-mnist (a dev set), one latent turns tops and trousers into bags: the garment fills
    # the image from top to bottom throughout, the bag's weight sits low and its bright body
    # low too; neither its extent nor its light moves, its outline changes (the trousers' by
    # under OUTLINE_BAR visible units: too faint to say at all). A change of outline is never
    # the explanation (on the development sets it never named the factor): it is said as an
    # abstention
    r = probe.answer(_saved_case(case))
    assert r.abstained and "moves" not in r.text, r.text
    assert r.text == RESHAPED or case == "fashion_trousers_to_bag", r.text


def test_a_horizon_that_rises_grows_the_lower_part(probe):
    # landscape (a dev set), the horizon latent: sky above ground, the line where they meet
    # rises; the band it sweeps is no region of its own changing colour
    text = probe.answer(_saved_case("landscape_horizon_rises")).text
    assert text == "The lower part of the image becomes taller and the upper part shorter.", text


def test_background_regions_that_change_alike_are_the_background(probe):
    # anchor (a dev set), the water latent: the water turns from green to blue, its upper part
    # a little less saturated than its lower, so they are two regions; with the anchor's shadow
    # tinted alike that made three places changing ("several regions change at once"). Regions
    # that change alike (one direction, ends within SAME_HUE) and cover most of the image are
    # the background; with the figure alike, the whole image
    text = probe.answer(_saved_case("anchor_water_turns_blue")).text
    assert text == "The whole image changes colour from green to blue.", text


def test_a_star_beside_the_moon_is_not_where_the_moon_ends(probe):
    # owl (a dev set), the moon latent: the moon crosses the night sky to the left, and a star
    # beside it joins its mass; the star held the right end of its extent still, so the move
    # was taken for mass shifting within a steady extent ("no consistent change")
    text = probe.answer(_saved_case("owl_moon_moves_left_by_a_star")).text
    assert text == "The object at the top moves to the left.", text


def test_a_figure_that_extends_at_one_end_does_not_move(probe):
    # tractor (thirteenth held-out run, now a dev set), the driver's-place latent: a closed cab
    # becomes a roof on posts, then an open seat; the figure's top comes down while its wheels
    # stay on the field, so its centre sinks. Before: "The object moves down." (certainty 1.00,
    # read as the loader's bucket). Its top end went 1.5-2.4 times as far as its centre, its
    # bottom not at all: a change of extent, which no move, resize or turn describes
    r = probe.answer(_saved_case("tractor_cab_taken_off"))
    assert r.abstained and r.text == RESHAPED, r.text
    # jellyfish, the tentacles' latent: the tentacles grow down below a bell that squeezes a
    # little (its top end goes a third as far as the centre). Before: "The object moves down and
    # grows larger."
    text = probe.answer(_saved_case("jellyfish_tentacles_grow")).text
    assert "move" not in text and ("larger" in text or "taller" in text), text


def test_a_horizon_between_three_bands_that_sinks_is_a_boundary_that_moves(probe):
    # penguin (a dev set), the horizon latent: a shaded sky, the sea and the ice; the line where
    # sky and sea meet sinks while the sea's edge on the ice stays. Before: "the upper part of
    # the background becomes lighter and the lower part darker" (two regions, read as neither)
    text = probe.answer(_saved_case("penguin_horizon_sinks")).text
    assert text == "The upper part of the image becomes taller and the middle part shorter.", text


def _bands(horizon):
    """Three bands across the image: a sky that shades lighter downwards, down to ``horizon``;
    a dark sea down to 0.7; pale ice below."""
    sky = np.array([0.45, 0.65, 0.9])[:, None, None] + 0.2 * _YY[None]
    img = np.where(_YY[None] < horizon, sky, np.array([0.2, 0.35, 0.6])[:, None, None])
    img = np.where(_YY[None] >= 0.7, np.array([0.92, 0.95, 0.98])[:, None, None], img)
    return img.astype(np.float32)


@pytest.mark.parametrize("start, end, words", [
    (0.2, 0.5, "The upper part of the image becomes taller and the middle part shorter."),
    (0.5, 0.2, "The middle part of the image becomes taller and the upper part shorter."),
])
def test_the_line_between_two_of_three_bands_moves(probe, start, end, words):
    frames = [_bands(h) for h in np.linspace(start, end, 5)]
    rows = (Row(tuple(STEPS), "a", np.stack(frames)), Row(tuple(STEPS), "b", np.stack(frames)))
    assert probe.answer(rows).text == words


def test_a_bar_across_one_ground_that_widens_on_one_side_is_no_boundary(probe):
    # three runs along x (ground, bar, ground) with one edge moving: the outer runs are one
    # colour, so this is a thing on a ground that widens, not a third band
    frames = [_paint((_XX > 0.3) & (_XX < right), (0.8, 0.2, 0.2), (0.6, 0.6, 0.6)) for right in np.linspace(0.45, 0.7, 5)]
    rows = (Row(tuple(STEPS), "a", np.stack(frames)), Row(tuple(STEPS), "b", np.stack(frames)))
    text = probe.answer(rows).text
    assert "part of the image" not in text and "wider" in text, text


def _house(width):
    """A house (wall and roof) standing on a thin band of ground that crosses the image."""
    img = _paint((np.abs(_XX - 0.5) < width) & (_YY > 0.55) & (_YY < 0.9), (0.9, 0.8, 0.2), (0.75, 0.85, 0.95))
    roof = (_YY > 0.3) & (_YY <= 0.55) & (np.abs(_XX - 0.5) < (width + 0.06) * (_YY - 0.3) / 0.25 + 0.02)
    img[:, roof] = np.array([0.5, 0.1, 0.1], np.float32)[:, None]
    img[:, _YY >= 0.9] = np.array([0.45, 0.4, 0.35], np.float32)[:, None]
    return img


@pytest.mark.parametrize("rows", [
    lambda: (Row(tuple(STEPS), "a", np.stack([_house(0.12 + 0.12 * t) for t in STEPS])),) * 2,
    lambda: _saved_case("house_widens_on_the_ground"),  # house (a dev set), the latent of the wall's width
])
def test_a_thing_standing_on_a_band_of_ground_is_a_figure_not_a_region(probe, rows):
    # the ground is a thin band along the image's bottom: too little of the window's rim to be a
    # background by its share, but it fills the rim's bottom edge, so it is the house's surround
    # there, and the house is a figure that widens (before: "the region at the bottom changes")
    text = probe.answer(rows()).text
    assert text.startswith("The object becomes wider"), text


def _wall_with_door(door_x):
    """A yellow wall under a dark red roof with a brown door at ``door_x`` (fraction of the image)."""
    img = _house(0.3)
    door = (np.abs(_XX - door_x) < 0.05) & (_YY > 0.72) & (_YY < 0.9)
    img[:, door] = np.array([0.3, 0.18, 0.1], np.float32)[:, None]
    return img


def test_a_part_moving_inside_a_figure_is_that_part_not_light(probe):
    # house (a dev set), the door's latent: the door slides along the wall, the rest stays. Its
    # dark pixels pull the figure's lightness-weighted centre, which read as light moving
    # ("The light on the object moves to the right"); light changes every pixel of a shaded
    # body a little, a door few pixels much
    text = probe.answer(_saved_case("house_door_slides")).text
    assert text == "The dark part inside the object moves to the left.", text
    # drawn crisply, the door alone changes: the wall is its surround and the door the figure
    frames = np.stack([_wall_with_door(0.35 + 0.3 * t) for t in STEPS])
    text = probe.answer((Row(tuple(STEPS), "a", frames),) * 2).text
    assert text == "The object moves to the right.", text
    lit = np.stack([_lit_disc(-1 + 2 * t) for t in STEPS])  # and light that moves still does
    assert "light on the object moves to the right" in probe.answer((Row(tuple(STEPS), "a", lit),) * 2).text


def test_a_small_shift_of_hue_beside_a_large_change_of_size_is_not_named(probe):
    # balloon (a dev set), the size latent: the balloon narrows by 4 units while its hue drifts
    # by 2-3 (green to yellow), which the data's labels do not count as a change of hue
    import colorsys

    def make(t):
        rgb = colorsys.hsv_to_rgb(0.3 - 0.2 * t, 0.75, 0.9)  # 3.3 units of hue; the width changes by 7
        return _paint((((_XX - 0.5) / (0.3 - 0.2 * t)) ** 2 + ((_YY - 0.5) / 0.3) ** 2) < 1, rgb)
    frames = np.stack([make(t) for t in STEPS])
    cands, _ = probe.candidates((Row(tuple(STEPS), "a", frames),) * 2)
    assert {c.key[2] for c in cands if c.score >= 1.0} >= {"width", "hue"}  # both are measured
    text = probe.answer((Row(tuple(STEPS), "a", frames),) * 2).text
    assert text == "The object becomes narrower.", text


def _jug(neck):
    """A round body at the bottom and a neck of half-width ``neck`` on top of it."""
    body = ((_XX - 0.5) / 0.25) ** 2 + ((_YY - 0.68) / 0.2) ** 2 < 1
    return _paint(body | ((np.abs(_XX - 0.5) < neck) & (_YY > 0.2) & (_YY < 0.6)), (0.2, 0.4, 0.9))


@pytest.mark.parametrize("rows, expected", [
    (lambda: (Row(tuple(STEPS), "a", np.stack([_jug(0.04 + 0.1 * t) for t in STEPS])),) * 2,
     "The upper part of the object becomes wider."),
    (lambda: _saved_case("vase_neck_widens"), "The upper part of the object becomes wider."),  # vase (dev), the neck
    (lambda: (Row(tuple(STEPS), "a", np.stack([_paint(_disc(0.5, 0.5, 0.1 + 0.15 * t)) for t in STEPS])),) * 2,
     "The object grows larger."),  # both halves widen: the whole thing grows
])
def test_one_half_that_widens_while_the_other_keeps_its_width_is_that_part(probe, rows, expected):
    # before: "The object grows larger and changes its outline." - read as the body's width
    assert probe.answer(rows()).text == expected


def test_a_glow_that_fades_with_its_flame_is_no_region_changing_colour(probe):
    # candle (a dev set), the flame-size latent: the flame shrinks and the orange glow around it
    # fades into the dark wall. The glow's pixels became "the region at the upper right changes
    # colour from orange to purple" at certainty 1.0: the near-black wall named purple, and a
    # fringe that comes and goes with the figure taken for a region of its own
    text = probe.answer(_saved_case("candle_flame_shrinks")).text
    assert "region" not in text and "purple" not in text, text


def test_a_near_black_has_no_hue_a_person_would_name():
    from latentexplainer.measure.image import has_hue
    cols = np.array([[0.1, 0.09, 0.13], [0.5, 0.5, 0.5], [0.28, 0.21, 0.16], [0.0, 0.0, 0.5], [0.9, 0.1, 0.1],
                     [0.95, 0.93, 0.9]])
    assert has_hue(cols).tolist() == [False, False, True, True, True, False]


def _snowman(body):
    """Two white balls, the head on the body, standing on a white band of snow across the image."""
    ground = 0.9
    head = 0.09
    mask = _disc(0.5, ground - body, body) | _disc(0.5, ground - 2 * body - head * 0.8, head) | (_YY >= ground)
    return _paint(mask, (0.95, 0.95, 0.97), (0.45, 0.6, 0.85))


@pytest.mark.parametrize("rows", [
    lambda: (Row(tuple(STEPS), "a", np.stack([_snowman(0.2 - 0.08 * t) for t in STEPS])),) * 2,
    lambda: _saved_case("snowman_body_shrinks"),  # snowman (a dev set), the latent of the body's size
])
def test_a_ground_of_the_things_colour_is_not_part_of_it_and_its_lower_part_narrows(probe, rows):
    # the snow is as white as the snowman and touches it: it joined the figure, which then
    # touched the image border ("changes its outline and moves down, partly out of the image").
    # Steady ground running across the whole window along the border is not the thing; the
    # body narrows while the head keeps its width: the lower part narrows (its height changes
    # too, less than that width)
    text = probe.answer(rows()).text
    assert text == "The lower part of the object becomes narrower.", text


def _skirt(t):
    """A shape whose lower half narrows while the whole grows taller (a new proportion)."""
    top, bottom = 0.3 - 0.04 * t, 0.6 + 0.06 * t
    mid = (top + bottom) / 2
    upper = (_YY >= top) & (_YY < mid) & (np.abs(_XX - 0.5) < 0.12)
    lower = (_YY >= mid) & (_YY < bottom) & (np.abs(_XX - 0.5) < 0.3 - 0.16 * t)
    return _paint(upper | lower, (0.9, 0.2, 0.2), (0.1, 0.1, 0.1))


def test_a_half_that_narrows_while_the_whole_grows_taller_is_no_part_narrowing(probe):
    # fashion-mnist (a dev set), a class latent: the lower half narrows while the garment grows
    # taller - a new proportion; a part that narrows loses its own height with it (snowman)
    text = probe.answer((Row(tuple(STEPS), "a", np.stack([_skirt(t) for t in STEPS])),) * 2).text
    assert not text.startswith("The lower part"), text


def _shaded_sky(thing):
    """A pale blue sky shading lighter down to a grey road along the bottom (rows 50 on), with
    ``thing`` (a mask) painted green."""
    rows = np.clip(_YY * 64 / 50, 0, 1)
    img = np.empty((3, 64, 64), np.float32)
    for c, (top, low, road) in enumerate(zip((0.45, 0.68, 0.93), (0.8, 0.89, 0.97), (0.33, 0.33, 0.35))):
        img[c] = np.where(_YY * 64 >= 50, road, top + (low - top) * rows)
        img[c][thing] = (0.3, 0.7, 0.4)[c]
    return img


def test_a_thing_before_a_shaded_sky_is_measured_apart_from_the_shading(probe):
    # car (a dev set): a sky that shades lighter towards the road differed from any one colour
    # of the window's rim, so its rows joined the car into a figure as wide as the image ("changes
    # its outline", or nothing); a row whose rim is one colour on both sides is its own surround
    def car(t):
        cx = 0.25 + 0.4 * t
        return (np.abs(_XX - cx) < 0.12) & (_YY * 64 >= 34) & (_YY * 64 < 50)
    text = probe.answer((Row(tuple(STEPS), "a", np.stack([_shaded_sky(car(t)) for t in STEPS])),) * 2).text
    assert text == "The object moves to the right.", text


def _engine_on_rails(t):
    """A green block moving right above a dark rail across the image, before the shaded sky."""
    body = (np.abs(_XX - (0.3 + 0.4 * t)) < 0.1) & (_YY * 64 >= 14) & (_YY * 64 < 44)
    img = _shaded_sky(body)
    img[:, 45:47] = np.array([0.35, 0.25, 0.2])[:, None, None]
    return img


@pytest.mark.parametrize("rows", [lambda: (Row(tuple(STEPS), "a", np.stack([_engine_on_rails(t) for t in STEPS])),) * 2,
                                  lambda: _saved_case("train_moves_under_a_shaded_sky")])
def test_a_thing_moving_over_a_rail_before_a_shaded_sky_moves(probe, rows):
    # train (a dev set), the latent of the train's place: the static pixels around the change were
    # mostly sky, and nearer the sky's median than the rail's everywhere, so that median was taken
    # for the colour all around it; the sky lower down differed from it and joined the train into
    # a figure as wide as the image ("rotates counterclockwise"). Around the change, one colour
    # needs most pixels near it. The decoder's speckle parts a few rows' two sides a little: a
    # row takes its neighbours' colour then
    text = probe.answer(rows()).text
    assert text.endswith("move to the left.") or text.endswith("moves to the right."), text


def _tower_before_a_brightening_sky():
    tower = (np.abs(_XX - 0.5) < 0.08) & (_YY * 64 < 50)  # from the top of the image down to the road
    sky = ~tower & (_YY * 64 < 50)
    frames = np.stack([_shaded_sky(tower) for _ in STEPS])
    for k, t in enumerate(STEPS):
        frames[k][:, sky] *= 0.6 + 0.4 * t  # the tower and the road stay
    return (Row(tuple(STEPS), "a", frames),) * 2


@pytest.mark.parametrize("rows", [_tower_before_a_brightening_sky, lambda: _saved_case("lighthouse_sky_brightens")])
def test_a_sky_brightening_either_side_of_a_tower_is_one_background(probe, rows):
    # lighthouse (a dev set, the latent of the sky's brightness): the tower and its beam part the
    # sky into pieces ("several regions change at once"); pieces of one region that change alike,
    # kept apart only by the thing in front of them, are one region
    text = probe.answer(rows()).text
    assert "lighter" in text and " and " not in text and "Several" not in text, text


def _beacon(angle):
    """A grey tower with a pale beam from its top, pointing ``angle`` radians counterclockwise
    from the right (0: right, pi/2: up, pi: left), on a dark blue sky."""
    img = _paint((np.abs(_XX - 0.5) < 0.08) & (_YY > 0.45), (0.85, 0.85, 0.85), (0.15, 0.18, 0.4))
    dx, dy = np.cos(angle), -np.sin(angle)
    t = np.clip((_XX - 0.5) * dx + (_YY - 0.42) * dy, 0.0, 0.4)
    beam = np.hypot(_XX - 0.5 - t * dx, _YY - 0.42 - t * dy) < 0.05
    for c, v in enumerate((0.95, 0.92, 0.6)):
        img[c][beam] = v
    return img


def test_a_beam_that_swings_about_its_tower_turns_rather_than_moves(probe):
    # lighthouse (a dev set): the beam sweeps from the right over the top to the left while the
    # tower stays; the figure's centre moves left, but what happens is a part turning about it
    frames = np.stack([_beacon(0.3 + 2.5 * t) for t in STEPS])
    text = probe.answer((Row(tuple(STEPS), "a", frames),) * 2).text
    assert text == "The part at the top of the object turns counterclockwise.", text


def test_pieces_that_shrink_in_place_shrink_rather_than_change_their_outline(probe):
    # faces (a dev set), the eyes' size: two dark eyes shrink where they are on the face. The
    # spread of a figure of two pieces is their layout: it kept its width, lost height as the
    # eyes got smaller, so the change was taken for the height's, and then for a new outline:
    # "The object's outline changes ..." (an abstention). Pieces that keep their places change
    # their size
    text = probe.answer(_saved_case("faces_two_eyes_shrink_in_place")).text
    assert text == "The objects shrink.", text
    eyes = [("eye_size", "size of the eyes"), ("face_width", "width of the face")]
    assert [n.factor for n in name_claims(text, eyes) if n.factor] == ["eye_size"]


def test_a_part_that_never_touches_the_steady_one_does_not_swing_about_it(probe):
    # rabbit (thirtieth held-out run, now a dev set), the burrow's place: the burrow goes right
    # along the meadow while a hill behind stays; the hill and bits of the horizon joined the
    # burrow into one figure, and the burrow, never touching them, was read as swinging about
    # them: "The part at the bottom of the objects turns counterclockwise." (certainty 1.00)
    text = probe.answer(_saved_case("rabbit_burrow_moves_past_a_hill")).text
    assert "to the right" in text and "turns" not in text, text


@pytest.mark.parametrize("make, expected", [
    (lambda t: _disc(0.25, 0.5, 0.12) | _disc(0.72, 0.5, 0.14 - 0.08 * t), "The object on the right shrinks."),
    (lambda t: _disc(0.25 - 0.1 * t, 0.5, 0.1) | _disc(0.72, 0.5, 0.16 - 0.08 * t), "on the right shrinks"),
    (lambda t: _disc(0.25 + 0.1 * t, 0.5, 0.1) | _disc(0.7 + 0.1 * t, 0.5, 0.1), "The objects move to the right."),
])
def test_pieces_that_change_differently_are_told_apart_by_their_place(probe, make, expected):
    # dice (a dev set): one die shrinks beside another that stays (or moves): the two as one
    # figure "change their outlines"; two that change alike are still one figure of two pieces
    frames = np.stack([_paint(make(t)) for t in STEPS])
    text = probe.answer((Row(tuple(STEPS), "a", frames),) * 2).text
    assert expected in text, text


def test_a_faint_change_of_outline_is_not_named(probe):
    # umbrella (a dev set), the latent of the rain: streaks come and go around the umbrella, and
    # the joint mass "changes its outline" by a little over one visible unit in each row (a
    # confident-wrong answer); a change of outline is what is left when nothing else describes
    # the change, so it must be clearer (OUTLINE_BAR) than a named change to be named
    # (since the small things that come one by one are counted, the streaks are what changes:
    # they decrease in number, which names the rain, and the outline goes unsaid)
    rows = _saved_case("umbrella_rain_streaks")
    cands, _ = probe.candidates(rows)
    assert cands and cands[0].key == ("scatter", "", "count") and not any(c.key[2] == "outline" for c in cands)
    text = probe.answer(rows).text
    assert text == "The small shapes decrease in number.", text
    from latentexplainer.data import load_dataset
    described = [(f.name, f.description) for f in load_dataset("umbrella", 4).factor_info]
    assert [n.factor for n in name_claims(text, described)] == ["rain"]


def test_a_thing_that_passes_through_its_surrounds_colour_changes_lightness(probe):
    # cloud (a dev set), the latent of the cloud's darkness: a storm-grey cloud turns white and
    # midway has the sky's colour, so it is not in place in every frame (only its rain is); its
    # colour is measured where it is at both ends
    text = probe.answer(_saved_case("cloud_greys_to_white")).text
    assert text.endswith("become lighter.") or text.endswith("becomes lighter."), text


def test_a_hue_that_passes_near_the_surround_keeps_its_own_measure(probe):
    # balloon (a dev set), the latent of the balloon's hue: a thing measured where it is at both
    # ends (a cloud fading through the sky's colour) has its lightness measured there, but its
    # hue stays the one measured in place, frame by frame
    assert probe.answer(_saved_case("balloon_hue_shifts")).text == "The object changes colour from purple to red."


def test_a_part_that_swings_up_is_no_turn_of_the_whole(probe):
    # whale (the eleventh held-out run), a latent that raises the tail and lowers the spout: the
    # phase of the whole outline's harmonics shifts by 55 degrees, as a turn's would, but their
    # strengths change (a turn keeps them), so the whale does not "rotate clockwise" (an answer
    # that was confident-wrong)
    rows = _saved_case("whale_tail_rises")
    cands, changes = probe.candidates(rows)
    assert not any(c.key[2] == "angle" for c in cands), cands
    assert "rotat" not in probe.answer(rows).text
    # a turn that keeps its form (a hand about its hub, a beam about its tower) still turns:
    # test_a_hand_turning_about_its_hub_on_a_dial_rotates, test_a_beam_that_swings_about_its_tower_turns_rather_than_moves


def test_two_arms_swinging_mirror_wise_do_not_move_closer_together(probe):
    # robot (twelfth held-out run), the latent of arm raise: the two dark arms are two pieces
    # that turn in mirrored directions; their hands come closer only because they turn
    text = probe.answer(_saved_case("robot_arms_swing")).text
    assert "closer" not in text and "apart" not in text, text


def test_a_part_that_moves_while_the_rest_stays_is_named_as_a_part(probe):
    # crab (thirteenth held-out run, now a dev set), the latent of the claws: the claws go from
    # the crab's sides up above its back while its body and legs stay. Before: "The object's
    # outline changes ..." (an abstention) in three of five samples, "The object moves up." in two.
    # What the figure lost (the claws at its sides) and what it gained (the claws up high) are
    # alike in form: a part of it moves
    rows = _saved_case("crab_claws_rise")
    cands, changes = probe.candidates(rows)
    assert cands[0].key == ("part", "", "y") and cands[0].sign < 0, cands[:3]
    assert not any(c.key[0] == "figure" and c.key[2] in ("x", "y", "outline") for c in cands), cands
    assert probe.answer(rows).text == "Part of the object moves up."


def test_a_part_swapped_or_reshaped_is_no_part_that_moves_or_resizes(probe):
    # the same measure says nothing where a part is swapped at one step (the tractor's cab taken
    # off: the part shrinks between two frames, test_a_figure_that_extends_at_one_end_does_not_move)
    # or where what the figure loses and gains differ in form (a top whose sleeves go as a bag's
    # body comes: the mass moves down, no part does)
    for case in ("tractor_cab_taken_off", "fashion_top_to_bag"):
        cands, changes = probe.candidates(_saved_case(case))
        assert any(p.role == "part" for ch in changes for p in ch.parts), case  # measured, then refused
        assert not any(c.key[0] == "part" for c in cands), (case, cands)


def _hue_disc(h):
    import colorsys
    return _paint(_disc(0.5, 0.5, 0.25), colorsys.hsv_to_rgb(h % 1.0, 0.8, 0.85), (0.95, 0.95, 0.95))


def test_a_hue_that_goes_round_the_colour_wheel_is_named_with_the_hues_it_passes(probe):
    # toaster (fourteenth held-out run, now a dev set), the latent of the enamel's hue: it goes
    # from blue round the whole wheel back to blue. Before, a hue that starts and ends with one
    # name was no change ("No consistent change is visible.")
    frames = np.stack([_hue_disc(0.66 + 0.95 * t) for t in STEPS])
    text = probe.answer((Row(tuple(STEPS), "a", frames),) * 2).text
    assert text.startswith("The object changes colour round the colour wheel, from blue through ") \
        and text.endswith(" back to blue."), text
    assert [n.factor for n in name_claims(text, [("hue", "hue of the disc (round the whole colour wheel)"),
                                                 ("size", "size of the disc")])] == ["hue"]
    # a hue that goes a little way and comes back to its name is still no change
    frames = np.stack([_hue_disc(0.64 + 0.04 * t) for t in STEPS])
    assert probe.answer((Row(tuple(STEPS), "a", frames),) * 2).abstained


@pytest.mark.parametrize("case, factor", [("scissors_handles_round_the_wheel", "hue of the handles, round the whole colour wheel"),
                                           ("quilt_patches_round_the_wheel",
                                            "hue of the quilt's coloured patches, round the whole colour wheel")])
def test_a_hue_round_the_wheel_in_large_steps_one_way_goes_round(probe, case, factor):
    # scissors and quilt (twenty-second held-out run), the latents of a hue round the whole wheel:
    # in five frames the hue takes one or two steps of over 0.4 turns (magenta to yellow), each
    # the way every other step goes, between vivid colours. Before: such a step could have gone
    # either way, so the change was no round trip, its ends had one name, and it was no change
    # ("No consistent change is visible.", in every sample)
    text = probe.answer(_saved_case(case)).text
    assert text.startswith("The object changes colour round the colour wheel, from "), text
    assert [n.factor for n in name_claims(text, [("hue", factor), ("size", "size of the thing (small to large)")])
            if n.factor] == ["hue"]


def test_a_large_hue_step_is_taken_one_way_only_between_vivid_colours_that_all_go_that_way(probe):
    import colorsys

    def disc(h, s):
        return _paint(_disc(0.5, 0.5, 0.25), colorsys.hsv_to_rgb(h % 1.0, s, 0.85), (0.95, 0.95, 0.95))

    hues = (0.68, 0.77, 1.22, 1.58, 1.65)  # the scissors' handles: one step of 0.45 turns
    vivid = np.stack([disc(h, 0.7) for h in hues])
    assert probe.answer((Row(tuple(STEPS), "a", vivid),) * 2).text.startswith(
        "The object changes colour round the colour wheel, from ")
    # the same hues, nearly grey either side of the large step: it may have gone either way
    greyish = np.stack([disc(h, 0.7 if i not in (1, 2) else 0.17) for i, h in enumerate(hues)])
    assert "round the colour wheel" not in probe.answer((Row(tuple(STEPS), "a", greyish),) * 2).text
    # a large step against the others' way: not round either
    back = np.stack([disc(h, 0.7) for h in (0.68, 0.77, 1.22, 1.18, 1.65 - 1.0)])
    assert "round the colour wheel" not in probe.answer((Row(tuple(STEPS), "a", back),) * 2).text


def test_a_part_that_grows_says_which_way(probe):
    # toaster (fourteenth held-out run, now a dev set), the latent of the toast's height: the
    # toast comes up out of the toaster, which stays. Before: "No consistent change is visible."
    # The figure gains mass above where the part was: it grows upwards (a part that only gains)
    text = probe.answer(_saved_case("toaster_toast_rises")).text
    assert text == "Part of the object grows upwards.", text
    toaster = [("toast_height", "how far the toast sticks up out of the toaster (just showing to high)"),
               ("toaster_hue", "hue of the toaster's enamel (round the whole colour wheel)")]
    assert [n.factor for n in name_claims(text, toaster) if n.factor] == ["toast_height"]


@pytest.mark.parametrize("case", ["canoe_moves_by_tree_line", "tractor_drives_left", "parrot_slides_along_perch"])
def test_a_thing_that_moves_against_a_steady_one_it_touches_moves(probe, case):
    # canoe (tenth held-out run) and tractor (thirteenth), the latents of their horizontal place:
    # the canoe touches the tree line along the far shore, the tractor its field's edge, so the
    # figure spans the image and its extent stays. Before: "The object's outline changes ..."
    # (an abstention) in every sample. Most of what differs between the first frame and the last
    # is the first, shifted: the part moves, whatever its form (the tractor's cab is thin bars, so
    # what it lost and what it gained, slivers at either end, are not alike). The parrot
    # (sixteenth) sits on its perch, which stays: its feet go along the perch with it, so it
    # slides; it does not swing about the perch (before: "The part at the top of the object
    # turns counterclockwise.", confidently wrong at 1.00)
    rows = _saved_case(case)
    text = probe.answer(rows).text
    assert text == "Part of the object moves to the left.", text
    assert [n.factor for n in name_claims(text, [(case.split("_")[0] + "_x", "horizontal position (left to right)"),
                                                 ("hue", "hue of its paint")]) if n.factor] == [case.split("_")[0] + "_x"]


def test_a_part_that_narrows_says_narrower_not_smaller(probe):
    # kettle (tenth held-out run), the latent of its width: the kettle narrows on its stove, which
    # stays. Before: "Part of the object shrinks." (confidently wrong: no factor of size). Across
    # the rows where the part is, the figure narrows; down its columns, it keeps its height
    text = probe.answer(_saved_case("kettle_narrows_on_stove")).text
    assert text == "Part of the object becomes narrower.", text
    kettle = [("kettle_width", "how wide the kettle is (narrow to wide)"), ("steam", "how much steam rises")]
    assert [n.factor for n in name_claims(text, kettle) if n.factor] == ["kettle_width"]


def test_a_part_that_gains_far_more_than_it_loses_grows(probe):
    # woodturner (the sixty-eighth held-out run, now a dev set), the latent of the length of the
    # piece on the lathe: the piece lengthens to the right towards the tailstock, pushing the
    # blurred chisel and tailstock aside, one figure with them. The figure lost a third to nearly
    # half as much there as it gained, so its part was no growth and "The object moves to the
    # right." (confidently wrong, the chisel) was said. A part that loses under about half
    # (ONE_SIDED) of what it gains grows
    text = probe.answer(_saved_case("woodturner_piece_lengthens_to_the_tailstock")).text
    assert text == "The part on the right of the object becomes wider.", text


@pytest.mark.parametrize("case, factors, factor", [
    ("hammock_cloth_hue_between_posts", [("cloth_hue", "hue of the hammock's cloth (round the whole colour wheel)"),
                                         ("sun_height", "height of the sun in the sky (low to high)")], "cloth_hue"),
    ("toaster_enamel_hue_round", [("toaster_hue", "hue of the toaster's enamel (round the whole colour wheel)"),
                                  ("browning", "how toasted the bread is (pale white to dark brown)")], "toaster_hue"),
])
def test_a_part_that_changes_colour_gives_the_figure_its_hue(probe, case, factors, factor):
    # hammock (fifteenth held-out run), the latent of the cloth's hue: the cloth goes round the
    # colour wheel between its brown posts, which stay; toaster (fourteenth), the enamel's hue
    # round the wheel beside parts of the figure that keep their colour. Before: "The object's outline
    # changes ..." and "No consistent change is visible." The hue of the figure's mean colour was
    # diluted by the parts that keep theirs; it is now measured where the colour changes
    text = probe.answer(_saved_case(case)).text
    assert text.startswith("The object changes colour round the colour wheel, from "), text
    assert [n.factor for n in name_claims(text, factors) if n.factor] == [factor]


def test_a_part_whose_colour_changes_together_gives_the_figure_its_lightness(probe):
    # well (the twenty-eighth held-out run), the latent of the stones' lightness: the well's stone
    # ring goes from pale to dark under a roof and posts that keep their colours. Before: "The
    # object's outline changes ..." (an abstention) in 3 of 5 samples, the lightness of the whole
    # figure diluted by the parts that keep theirs. Where the part's pixels change together, its
    # lightness is the figure's
    text = probe.answer(_saved_case("well_stones_darken")).text
    assert text == "The object becomes darker.", text
    well = [("stone_lightness", "lightness of the well's stone (dark to pale)"),
            ("roof_hue", "hue of the roof's shingles (red through green to blue)")]
    assert [n.factor for n in name_claims(text, well) if n.factor] == ["stone_lightness"]


def test_a_part_whose_hue_passes_through_grey_gives_the_figure_its_hue_where_the_whole_greys(probe):
    # gilder (the seventy-third held-out run, now a dev set), the latent of the painting's colour:
    # the painting in a red and gold frame that stays turns from blue through grey to cream. The
    # whole figure's mean colour mixes the frame's with the painting's and has no hue midway, so
    # only its lightness was measured: "The object becomes lighter." (confidently wrong). Where
    # the part whose pixels change together goes from one hue to another and the whole greys on
    # the way, the figure's hue is that part's
    text = probe.answer(_saved_case("gilder_painting_blue_to_cream_in_its_frame")).text
    assert text.startswith("The object changes colour from blue to "), text
    gilder = [("painting_hue", "colour of the painting in the frame (blue to cream)"),
              ("frame_width", "width of the gilt frame (narrow to broad)")]
    assert [n.factor for n in name_claims(text, gilder) if n.factor] == ["painting_hue"]


def test_doors_that_slide_open_do_not_change_the_figures_colour(probe):
    # barn (the same run), the latent of its doors: red doors slide apart over a dark doorway,
    # pixel after pixel as their edges pass. Measured where the colour changes, the barn would
    # become "duller and greyer" (confidently wrong); pixels that change one after another are no
    # change of the figure's colour
    text = probe.answer(_saved_case("barn_doors_slide_open")).text
    assert "duller" not in text and "greyer" not in text and "darker" not in text, text


def _fading_disc(t, grow=False):
    """A disc on a night-blue ground: fading in (its colour from near the ground's to bright
    yellow, in place), or growing (bright yellow throughout, its radius from small to large)."""
    ground, lamp = np.array((0.1, 0.1, 0.25)), np.array((1.0, 0.85, 0.3))
    if grow:
        return _paint(_disc(0.5, 0.5, 0.08 + 0.22 * t), tuple(lamp), tuple(ground))
    return _paint(_disc(0.5, 0.5, 0.25), tuple(ground + (0.1 + 0.9 * t) * (lamp - ground)), tuple(ground))


def test_a_thing_that_fades_in_where_it_is_becomes_lighter_not_larger(probe):
    # lantern (fifteenth held-out run), the latent of its glow: the lantern, dark as the night at
    # first, glows brighter and brighter where it hangs. Its outline only appears as it comes to
    # stand out, so the measures of its mass said "The object becomes bolder, with thicker
    # strokes, and the lower part of the object becomes wider." (confidently wrong). Where a
    # figure comes over most of its place and every pixel there brightens steadily, it fades in:
    # its lightness, measured where it is, is the change
    text = probe.answer(_saved_case("lantern_glows")).text
    assert text == "The object becomes lighter.", text
    lantern = [("glow", "how brightly the lantern glows (dim to bright with a halo)"),
               ("tassel_length", "length of the tassel below the lantern")]
    assert [n.factor for n in name_claims(text, lantern) if n.factor] == ["glow"]
    rows = tuple(Row(tuple(STEPS), str(i), np.stack([_fading_disc(t) for t in STEPS])) for i in range(2))
    assert probe.answer(rows).text == "The object becomes lighter."
    # a disc that grows changes each pixel at the step its edge passes: it grows, it does not fade in
    rows = tuple(Row(tuple(STEPS), str(i), np.stack([_fading_disc(t, grow=True) for t in STEPS])) for i in range(2))
    assert probe.answer(rows).text == "The object grows larger."


def test_a_figure_whose_outline_changes_more_than_it_turns_does_not_turn(probe):
    # spider (seventeenth held-out run), the latent of how far down the spider hangs: the spider
    # goes down its thread inside its web, which stays, so the figure (web, thread and spider)
    # changes its outline, and its mass's principal angle shifts by some 20 degrees with it.
    # Before: "The object rotates counterclockwise." (confidently wrong at 0.60). A turn changes
    # the unturned outline less than it turns: the spider, a light part inside, goes down
    cands, _ = probe.candidates(_saved_case("spider_drops_in_web"))
    assert not any(c.key[:1] == ("figure",) and c.key[2] == "angle" for c in cands), cands
    assert probe.answer(_saved_case("spider_drops_in_web")).text == "The light part inside the object moves down."


def test_a_disc_that_loses_its_light_from_one_side_shrinks_not_thinner(probe):
    # telescope (seventeenth held-out run), the latent of the moon's phase: the full moon wanes to
    # a crescent and then to dark. Its mass fills less and less of its extent, which read as a
    # stroke getting thinner: "The object at the upper left becomes thinner, with finer strokes."
    # (confidently wrong at 1.00). A stroke thins all along itself, so where its light lies stays;
    # the moon's light goes over to one side: its lit disc shrinks
    text = probe.answer(_saved_case("telescope_moon_wanes")).text
    assert text == "The object at the upper left shrinks.", text


def test_a_band_whose_edge_blurs_in_one_frame_still_has_an_edge(probe):
    # giraffe (seventeenth held-out run), the latent of the grass's height: the band of tall grass
    # along the bottom shrinks and uncovers the ground above it. In the middle frame of one row
    # the decoder blends the grass into the ground, so that frame showed no third band, and the
    # row no moving edge: "No consistent change is visible." in most samples. One frame inside
    # the row, between two that show the edges, is bridged by them
    text = probe.answer(_saved_case("giraffe_grass_shortens")).text
    assert text == "The middle part of the image becomes taller and the lower part shorter.", text


def test_an_edge_missing_at_either_end_of_the_row_is_not_bridged():
    from latentexplainer.measure.change import _bridged

    frames = np.zeros((5, 8, 3))
    seen = [(2,), (3,), None, (5,), (6,)]
    got = _bridged(frames, lambda p, it=iter(seen): next(it))
    assert got is not None and np.allclose(got[:, 0] * 8, [2, 3, 4, 5, 6])
    for gaps in ([None, (3,), (4,), (5,), (6,)], [(2,), None, (4,), None, (6,)], [(2,), (3,), (4,), (5,), None]):
        assert _bridged(frames, lambda p, it=iter(gaps): next(it)) is None


def test_a_half_widens_only_when_that_accounts_for_the_new_outline(probe):
    # giraffe (seventeenth held-out run), a latent that moves the tree behind the giraffe to the
    # right (and leans its neck a little): the tree's trunk comes out from behind the giraffe's
    # legs, so the figure's lower half spreads wider, while its outline changes more than that.
    # Before: "The lower part of the object becomes wider." (confidently wrong at 0.40; the
    # helicopter's tilt, with its beam and its load, read as "The lower part of the object
    # becomes narrower." alike). The tortoise's head poking out of its shell widens the upper
    # half by more than the outline changes: that is the change
    assert "part of the object becomes" not in probe.answer(_saved_case("giraffe_tree_moves_out")).text
    text = probe.answer(_saved_case("tortoise_head_pokes_out")).text
    assert text == "The upper part of the object becomes wider.", text


def test_a_hue_that_leaps_half_the_wheel_in_one_step_is_no_change_of_colour(probe):
    # rooster (seventeenth held-out run), the latent of the sun's height: the sun sinks behind the
    # rooster to the horizon at dawn and the sky darkens and turns pink. Where the sun had been,
    # part of the figure, the sky shows: its hue leapt from orange to blue in one step. Before:
    # "The upper part of the background becomes darker and the objects change colour from orange
    # to blue." (confidently wrong at 0.86)
    text = probe.answer(_saved_case("rooster_sun_sinks_at_dawn")).text
    assert text.startswith("The upper part of the background becomes darker") and "object" not in text, text


def test_a_coloured_part_that_grows_over_a_grey_one_is_no_more_vivid(probe):
    # accordion (eighteenth held-out run), the latent of how far the bellows are pulled open: the
    # coloured bellows widen between the grey end boxes, so the figure is more of its colour in
    # the places it always covers (a grey box's place is the bellows' later), and its colour in
    # place grew more vivid. Before: "The object becomes more vivid." (confidently wrong at 0.60).
    # Its pixels change colour one after another, as the box and the folds pass them, not
    # together: what it is made of changes, not how vivid it is. Its coloured part widens
    cands, _ = probe.candidates(_saved_case("accordion_bellows_open"))
    assert not any(c.key[2] == "saturation" for c in cands), cands
    assert probe.answer(_saved_case("accordion_bellows_open")).text == "Part of the object becomes wider."


def test_the_sweep_of_a_colour_front_is_apart_from_a_change_in_place():
    from latentexplainer.measure.figure import _sweep

    core = np.ones((5, 8, 8))
    together = np.stack([np.full((8, 8, 3), 0.2 + 0.15 * k) for k in range(5)])  # every pixel lightens alike
    front = np.zeros((5, 8, 8, 3))
    for k in range(5):
        front[k, :, : 2 * k] = 1.0  # a colour that comes in from the left, two columns a frame
    assert _sweep(together, core) < 0.05
    assert _sweep(front, core) > 0.32
    assert _sweep(front, np.zeros((5, 8, 8))) == 0.0  # nowhere in every frame: nothing in place to measure


def test_a_three_band_edge_that_leaps_to_another_edge_does_not_move(probe):
    # frog (eighteenth held-out run), the latent of the ripples round the lily pad: rings of light
    # water spread over the pond. The three bands (sky, reeds, water) were fitted with ramps of
    # colour: once ripples spread, the middle ramp ran from the reeds over the rippled water and
    # the edge under it leapt from where the water meets the reeds to where the ripples end.
    # Before: "The middle part of the image becomes taller and the lower part shorter."
    # (confidently wrong at 1.00). Either side of a moving edge keeps its colour; these do not
    cands, _ = probe.candidates(_saved_case("frog_ripples_spread"))
    assert not any(c.key[0] == "boundary" for c in cands), cands


def test_an_edge_that_moves_leaves_its_place_and_one_that_stays_does_not():
    from scipy import ndimage

    from latentexplainer.measure.change import _leaves, _moving_split

    sky, ground, ripple = np.array([0.4, 0.6, 0.9]), np.array([0.3, 0.5, 0.2]), np.array([0.6, 0.8, 0.8])
    rows = np.arange(64)[:, None, None] * np.ones((64, 64, 3))

    def image(edge, ripples_to=None):
        x = np.where(rows < edge, sky, ground)
        if ripples_to is not None:  # a light band spreads down below the edge, which stays
            x = np.where((rows >= edge + 8) & (rows < ripples_to), ripple, x)
        return ndimage.gaussian_filter(x, (3.0, 0, 0))

    for way in (4, 10, 20):  # a blurred horizon that sinks, a little or a lot
        frames = np.stack([image(22 + way * t) for t in STEPS])
        found = _moving_split(frames)
        assert found is not None and found[0] == "y" and np.ptp(found[1]) > 0.05, way
    profiles = np.median(np.stack([image(20, 28 + 30 * t) for t in STEPS]), axis=2)
    assert not _leaves(profiles, np.array([20, 28, 40, 50, 58]) / 64)  # the edge at 20 is still there
    assert _leaves(np.median(np.stack([image(20 + 30 * t) for t in STEPS]), axis=2), np.array([20, 28, 35, 42, 50]) / 64)


def test_a_plank_that_tilts_on_a_stand_that_stays_turns(probe):
    # seesaw (nineteenth held-out run), the latent of the plank's tilt: the plank and its riders
    # turn by some 30 degrees on a stand that stays, so the figure's outline changes more than it
    # turns, which said no turn (a spider going down inside its web does that): "The object's
    # outline changes ..." in every sample. The part of it that comes and goes, the plank's ends,
    # is as elongated in every frame and turns as the whole does: the figure turns
    from latentexplainer.measure.figure import _part_angle

    text = probe.answer(_saved_case("seesaw_plank_tilts")).text
    assert text == "The object rotates counterclockwise.", text
    bar = np.zeros((5, 32, 32))
    for k, t in enumerate(np.linspace(-0.4, 0.4, 5)):  # a bar turning about its middle over a steady block
        for r in np.linspace(-12, 12, 97):
            bar[k, int(round(12 + r * np.sin(t))), int(round(16 + r * np.cos(t)))] = 1.0
    bar[:, 20:30, 13:19] = 1.0
    turn = _part_angle(bar)
    assert np.isfinite(turn).all() and 0.6 < turn[-1] - turn[0] < 1.0
    blob = np.zeros((5, 32, 32))
    for k in range(5):  # a round blob going down: what comes and goes is no elongated part alike
        blob[k, 4 + 4 * k:10 + 4 * k, 13:19] = 1.0
    assert not np.isfinite(_part_angle(blob)).all()


def test_a_small_region_that_comes_to_stand_out_is_a_thing_that_appears(probe):
    # weathervane (nineteenth held-out run), the latent of how many clouds are in the sky: a white
    # cloud comes out of the blue sky on the right. Before: "The region on the right becomes
    # lighter." (confidently wrong at 0.82). The region hardly stood out from the sky round it in
    # the first frame, and clearly did in the last: a thing appears there
    from latentexplainer.judges.naming import name_claims
    from latentexplainer.measure.change import _region_series

    text = probe.answer(_saved_case("weathervane_cloud_appears")).text
    assert text == "A light shape appears on the right.", text
    barn = [("clouds", "how many clouds are in the sky (none to three)", False),
            ("paint", "colour the barn is painted (red, white or green)", True)]
    assert [(n.factor, n.sign) for n in name_claims(text, barn)] == [("clouds", 1)]
    sky = np.broadcast_to(np.array([0.4, 0.6, 0.9]), (5, 32, 32, 3)).copy()
    spot = np.zeros((32, 32), bool)
    spot[10:16, 20:28] = True
    for k, t in enumerate(STEPS):
        sky[k][spot] = (1 - t) * np.array([0.4, 0.6, 0.9]) + t * 1.0  # a white cloud fades in
    out = _region_series(sky, spot)
    assert out["stands_out"][0] < 0.06 and out["stands_out"][-1] > 0.15
    sky[:, spot] = np.array([0.9, 0.9, 0.95])  # one that is there all along stands out all along
    assert _region_series(sky, spot)["stands_out"].min() > 0.15


def test_strokes_get_thinner_only_when_the_outline_changes_less(probe):
    # seesaw (nineteenth held-out run), a latent of no one factor: the plank tilts, shortens and
    # rides lower on its stand, so the figure fills less of its extent, which read "The object
    # becomes thinner, with finer strokes." (confidently wrong at 0.30). Strokes that thin keep
    # the outline they draw: here the outline changes more than the fill
    cands, _ = probe.candidates(_saved_case("seesaw_plank_turns_and_shortens"))
    assert not any(c.key[2] == "fill" for c in cands), cands
    assert "strokes" not in probe.answer(_saved_case("seesaw_plank_turns_and_shortens")).text


def test_a_turn_is_seen_in_the_outline_not_only_in_the_phase(probe):
    # brickworks (fifty-ninth held-out run), a latent of no one factor: the kiln's chimney is cut
    # down while the barrow goes to the right. The phase of the figure's harmonics moved as its
    # form changed unevenly: "The object rotates clockwise." (confidently wrong at 0.30). Turned by
    # the angle its phase gives, its first frame must come closer to its last than unturned
    from latentexplainer.measure.figure import _turn_seen

    text = probe.answer(_saved_case("brickworks_chimney_cut_down_atop_its_kiln")).text
    assert "rotate" not in text, text
    a, b = _bar(0.2).astype(float), _bar(0.7).astype(float)
    assert _turn_seen(a, b, 0.5) and not _turn_seen(a, b, -0.5) and not _turn_seen(a, a, 0.5)


def _sail_on_its_mast(t):
    """A brown mast that stays, from 0.15 to 0.8 down, with an orange sail on its left lowered
    from the masthead (t = 0) to a small bundle at its foot (t = 1), on a blue sky."""
    top = 0.15 + 0.45 * t
    mast = (np.abs(_XX - 0.6) < 0.015) & (_YY > 0.15) & (_YY < 0.8)
    sail = (_XX < 0.585) & (_XX > 0.585 - 0.3 * (_YY - top) / 0.5) & (_YY > top) & (_YY < 0.65)
    img = _paint(sail, (0.9, 0.45, 0.2), (0.55, 0.75, 0.95))
    return np.where(mast[None], np.array([0.4, 0.25, 0.1])[:, None, None], img).astype(np.float32)


def test_a_sail_lowered_down_a_mast_that_stays_is_no_thinner_stroke(probe):
    # boatyard (fifty-ninth held-out run), the latent of how far the sail is hoisted: the sail
    # comes down its mast to a bundle at its foot, the mast standing to its full height. The
    # figure filled less and less of its extent: "The object becomes thinner, with finer
    # strokes." (confidently wrong at 0.60). Strokes that thin all along keep the centre of their
    # mass where it is in their extent; the sail's mass goes down its mast
    for rows in (_saved_case("boatyard_sail_lowered_down_its_mast"),
                 _twice(np.stack([_sail_on_its_mast(t) for t in STEPS]))):
        text = probe.answer(rows).text
        assert "strokes" not in text and any(w in text for w in ("shrinks", "shorter", "moves down")), text


def _drained(f=5):
    """(F, H, W, 3) frames of a steady brown tub 16 x 28 px whose blue water (rows 3-12, columns
    3-24) drains from the left: columns 3-14 turn dark three at a time, one step after another."""
    x = np.empty((f, 16, 28, 3))
    x[:] = (0.35, 0.2, 0.1)
    x[:, 3:13, 3:25] = (0.35, 0.55, 0.9)
    for k in range(1, f):
        x[k, 3:13, 3:3 + 3 * k] = (0.07, 0.11, 0.18)
    return x


def test_a_part_swept_across_from_one_side_grows_taller_or_wider_and_is_no_border(probe):
    # washhouse (fifty-ninth held-out run), the latent of how full the wash tub is: the water goes
    # down the tub, leaving its inside dark from the top. The dark part ran along most of the
    # tub's rim and its inner half turned after its outer half: "The dark border of the object at
    # the bottom becomes wider." (confidently wrong at 0.60). A border comes in from all round;
    # a part whose edge sweeps across it from one side grows along that way
    text = probe.answer(_saved_case("washhouse_tub_drained_from_the_top")).text
    assert text == "The dark part inside the object becomes taller.", text
    from latentexplainer.measure.figure import _spot

    across = _drained()
    for x, axis in ((across, -1.0), (across.transpose(0, 2, 1, 3), 1.0)):  # swept across: wider; down: taller
        spot = _spot(x, np.ones(x.shape[:3], bool))
        assert spot is not None and spot["spot_axis"][0] == axis and spot["spot_rim"][0] == 0.0, spot
    # a border that widens from all round is still the border; a hole from the middle is swept no way
    assert probe.answer(_framed_square("border")).text == "The dark border of the object becomes wider."
    text = probe.answer(_framed_square("hole")).text
    assert not any(w in text for w in ("border", "taller", "wider")), text


def _dial_on_a_stem(t):
    """A grey disc on a thin stem whose foot stays at 0.85 while its top comes down from 0.3 to
    0.5: most of its mass is the disc, at the end that goes."""
    top = 0.3 + 0.2 * t
    stem = (np.abs(_XX - 0.5) < 0.03) & (_YY > top) & (_YY < 0.85)
    return _paint(_disc(0.5, top, 0.14) | stem, (0.3, 0.3, 0.3))


def test_a_thing_whose_foot_stays_while_its_heavy_top_comes_down_does_not_move(probe):
    # sundial (eighteenth held-out run), the latent of the pedestal's height: the pedestal gets
    # shorter under the dial, its foot on the lawn. The dial is most of the figure's mass, so its
    # centre went nearly as far as its top (1.0 to 1.3 times), under the 1.5 that says the figure
    # extends: "The object moves down." (confidently wrong at 0.30 once strokes stopped taking two
    # of its samples). An end that does not move at all holds it: it gets shorter
    frames = np.stack([_dial_on_a_stem(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The object becomes shorter.", text
    assert "moves" not in probe.answer(_saved_case("sundial_pedestal_shortens")).text


def test_a_hole_that_widens_in_a_wall_that_stays_is_a_part_that_grows_inside_it(probe):
    # birdhouse (twentieth held-out run), the latent of the entrance hole's size: the round hole
    # widens from a speck to a wide black disc while the walls, which stay, turn from blue to
    # tan. The figure got darker on average: "The object becomes darker." (confidently wrong at
    # 0.60). A few of the figure's pixels that each turn from one colour to another, one after
    # another as an edge passes, are a part inside it that grows
    text = probe.answer(_saved_case("birdhouse_hole_widens")).text
    assert text == "The dark part inside the object grows.", text
    # a figure that darkens all over, or a part of it that darkens all at once, is no part that grows
    box = (np.abs(_XX - 0.5) < 0.22) & (np.abs(_YY - 0.52) < 0.2)
    for make in (lambda t: _paint(box, (0.85 - 0.4 * t, 0.75 - 0.4 * t, 0.55 - 0.4 * t), (0.55, 0.75, 0.95)),
                 lambda t: np.where(_disc(0.5, 0.5, 0.09)[None], np.array([0.85, 0.75, 0.55])[:, None, None] * (1 - 0.9 * t),
                                    _paint(box, (0.85, 0.75, 0.55), (0.55, 0.75, 0.95))).astype(np.float32)):
        frames = np.stack([make(t) for t in STEPS])
        text = probe.answer(_twice(frames)).text
        assert text == "The object becomes darker.", text


def _disc_before_a_block(t, kind):
    """A red disc beside a steady grey block on a pale sky: carried to the right across the
    block's edge ("move"), growing in place ("grow") or turning blue in place ("colour")."""
    block = (np.abs(_XX - 0.72) < 0.14) & (np.abs(_YY - 0.55) < 0.2)
    img = _paint(block, (0.5, 0.5, 0.5), (0.6, 0.8, 1.0))
    disc = _disc(0.3 + 0.25 * t, 0.5, 0.12) if kind == "move" else _disc(0.35, 0.5, 0.06 + 0.1 * t) \
        if kind == "grow" else _disc(0.35, 0.5, 0.12)
    colour = (0.9 * (1 - t) + 0.1 * t, 0.2, 0.2 + 0.7 * t) if kind == "colour" else (0.9, 0.2, 0.2)
    for k in range(3):
        img[k][disc] = colour[k]
    return img


def test_one_offset_per_step_explains_a_thing_carried_across_and_nothing_that_changes_in_place():
    from latentexplainer.measure import translation
    moved = translation(np.stack([_disc_before_a_block(t, "move") for t in STEPS]))
    assert moved.steady and moved.explained > 0.9 and moved.dx == pytest.approx(16 / 63) and moved.dy == 0.0
    for kind in ("grow", "colour"):
        m = translation(np.stack([_disc_before_a_block(t, kind) for t in STEPS]))
        assert m.explained < 0.2, (kind, m)
    assert translation(np.stack([_disc_before_a_block(0.5, "move")] * 5)) is None


@pytest.mark.parametrize("case, text", [("laptop_slides_beside_books", "The object moves to the left."),
                                        ("windsock_passes_hangar", "The object on the left moves to the right.")])
def test_a_thing_carried_across_beside_a_steady_one_moves(probe, case, text):
    # laptop, windsock (twentieth held-out run), the latents of their horizontal place: the
    # laptop slides beside the books it stands by, the windsock past the hangar behind it, and
    # each joins the steady thing into one figure whose outline changes: "The object's outline
    # changes in a way no move, resize, turn or colour describes" in 3 and 5 of 5 samples (both
    # unclear). Where no figure's change is clear, one offset per step that carries the colours
    # of what changes to where they arrive is a move
    assert probe.answer(_saved_case(case)).text == text


def _bed(flowers, shift=0.0, row=0.85, apart=0.18):
    """Small red flowers on a green strip of lawn under a pale sky: the first ``flowers`` of
    five places ``apart`` along it, all moved ``shift`` to the right."""
    img = _paint(_YY > 0.75, (0.3, 0.6, 0.2), (0.6, 0.8, 1.0))
    for i in range(flowers):
        spot = _disc(0.15 + apart * i + shift, row, 0.035)
        for k, v in enumerate((0.9, 0.1, 0.1)):
            img[k][spot] = v
    return img


def test_small_things_that_come_one_by_one_increase_in_number(probe):
    # pinwheel (nineteenth held-out run), the latent of how many flowers grow in the bed below
    # it: the flowers come one after another (none, one, four, eight pieces) and were said in
    # no sample but one ("No consistent change is visible."; unclear at 0.00). Small pieces that
    # differ from the end without them, at most one there and three or more at the other end,
    # never fewer on the way and not all at the first step, are things that come one by one
    assert probe.answer(_saved_case("pinwheel_flowers_come")).text == \
        "The small shapes at the bottom increase in number."
    for counts, text in (((0, 1, 2, 3, 4), "The small shapes at the bottom increase in number."),
                         ((4, 3, 2, 1, 0), "The small shapes at the bottom decrease in number.")):
        frames = np.stack([_bed(n) for n in counts])
        assert probe.answer(_twice(frames)).text == text
    # small things that move are there (and gone from where they were) from the first step: no
    # more of them come
    from latentexplainer.measure.change import _scatter
    from latentexplainer.measure.image import as_rgb
    for n, shift, apart in ((3, 0.2, 0.3), (2, 0.35, 0.4)):
        frames = np.stack([_bed(n, shift * t, row=0.4, apart=apart) for t in STEPS])
        text = probe.answer(_twice(frames)).text
        assert text == "The objects move to the right.", text
        x = as_rgb(frames)
        assert _scatter(x, (x.max(0) - x.min(0)).max(-1) > 0.2) is None


def test_flames_that_go_out_on_a_figure_that_stays_are_its_light_not_its_height(probe):
    # chandelier (the twenty-first held-out run), the latent of how brightly its candles burn:
    # the flames on top of the candles and the glow round the chandelier fade out where they
    # are, about two fifths of where the figure ever is. Its top came down as they went: "The
    # object becomes shorter and ..." (confidently wrong at 0.82, the chain's length). A figure
    # of which a part of a third or more fades in place is read as fading, not as shrinking
    text = probe.answer(_saved_case("chandelier_candles_go_out")).text
    assert "darker" in text and "shorter" not in text and "smaller" not in text, text
    # a figure that grows on a soft edge (two pixels wide) still grows: its edge passes each
    # pixel in a step or two, where a fade takes all the steps
    def soft_disc(t):
        r = 0.12 + 0.14 * t
        a = np.clip((r - np.hypot(_XX - 0.5, _YY - 0.5)) * 32 + 0.5, 0.0, 1.0)
        return (np.array([0.9, 0.7, 0.2])[:, None, None] * a
                + np.array([0.35, 0.1, 0.15])[:, None, None] * (1 - a)).astype(np.float32)
    frames = np.stack([soft_disc(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert "grows" in text or "larger" in text, text


def test_a_part_that_grows_far_more_than_its_figure_fades_in_grows(probe):
    # fisherman (the sixty-ninth held-out run, now a dev set), the latent of the fish's size: a
    # blurred orange fish below the rod lengthens as it comes into view, so each of its pixels
    # brightens steadily and the figure reads as fading in, its outline unmeasured; its lightness
    # changes by under a visible step while the part where it comes grows by four or more: "No
    # consistent change is visible." four times in five (certainty 0). A part that grows three
    # times as many steps as the fading figure lightens is the change (the chandelier's flames,
    # above, shrink by twice as many steps as they darken: they fade)
    assert probe.answer(_saved_case("fisherman_fish_grows_as_it_comes_into_view")).text == \
        "Part of the object grows larger."


def test_a_part_that_shrinks_on_a_patterned_ground_is_not_a_change_of_colour(probe):
    # watermelon (twenty-second held-out run, now a dev set), the slice's size: a red slice
    # shrinks on its plate over a checked cloth. The figure takes in the cloth, so where the
    # slice was turns green: "The object changes colour from orange to green." (certainty 1.00,
    # confidently wrong). Its pixels change as the slice's edge passes them (sweep 0.44) while
    # that part of it shrinks on one side: the part's change is the change. The slice sinks
    # onto its plate, what it loses first above what it loses last: it shrinks downwards
    text = probe.answer(_saved_case("watermelon_slice_shrinks")).text
    assert text == "Part of the object shrinks downwards.", text


def test_a_pattern_behind_a_thing_that_fades_is_the_patterns_change(probe):
    # sofa (twenty-fourth held-out run), the wallpaper latent: stripes, then dots, then a plain
    # wall behind a sofa that stays; the stripes join the sofa where they touch it, so the sofa
    # read "The object becomes shorter." as they went. Pieces alike in size, laid out
    # periodically and running to the image border, that come and go around a thing that stays,
    # are a pattern behind it
    rows = _saved_case("wallpaper_stripes_fade_behind_sofa")
    assert probe.answer(rows).text == "The pattern behind the object becomes fainter."
    cands, _ = probe.candidates(rows)
    assert not any(c.key[0] == "figure" and c.score >= 1.0 for c in cands), cands


def test_tiles_that_darken_between_steady_grout_make_the_pattern_darker(probe):
    # bathtub (a dev set), the tiles' lightness: pale tiles darken between white grout lines behind
    # the tub. Before: "The pattern behind the object becomes more contrasted." (0.40, read as no
    # factor): they stand out more from the grout because they darken. A pattern whose pieces go
    # away in lightness from what lies between them gets lighter or darker; the fading stripes
    # above still become fainter
    text = probe.answer(_saved_case("bathtub_tiles_darken_between_grout")).text
    assert text == "The pattern behind the object becomes darker.", text
    tiles = [("tile_light", "lightness of the wall tiles (dark to pale)"), ("tub_hue", "hue of the bathtub's painted outside")]
    assert [n.factor for n in name_claims(text, tiles) if n.factor] == ["tile_light"]


def test_the_edges_of_a_thing_that_moves_or_reshapes_are_no_pattern_behind_it():
    # the pieces a moving or reshaping thing leaves in the change map are unlike and in no
    # order: no pattern behind it is found (these said "No consistent change" or a light that
    # moves while the first version of the rule took their pieces for one)
    from latentexplainer.measure import analyse_row
    for case in ("tractor_drives_left", "laptop_slides_beside_books", "fashion_top_to_bag", "fashion_trousers_to_bag"):
        for row in _saved_case(case):
            assert not any(p.role == "pattern" and p.side == "behind" for p in analyse_row(row.frames).parts), case


def test_stripes_then_dots_behind_a_steady_square_are_a_pattern_not_the_square():
    # built here: a blue square on a floor, in front of a wall with stripes, then dots, then none;
    # the square only lightens a little. The square keeps its size; the pattern behind it fades
    from latentexplainer.measure import analyse_row
    f, size = 5, 64
    frames = np.full((f, 3, size, size), 0.8)
    for k in range(f):
        if k < 2:
            for x0 in range(2, size, 8):
                frames[k, :, :48, x0:x0 + 4] = 0.45
        elif k == 2:
            for y0 in range(3, 48, 8):
                for x0 in range(3, size, 8):
                    frames[k, :, y0:y0 + 3, x0:x0 + 3] = 0.45
        frames[k, :, 48:, :] = 0.3
        frames[k, :, 24:48, 18:46] = np.array([0.2, 0.4, 0.9])[:, None, None] + 0.04 * k
    parts = analyse_row(frames).parts
    behind = [p for p in parts if p.role == "pattern" and p.side == "behind"]
    assert behind and behind[0].series["contrast"][0] > behind[0].series["contrast"][-1] + 0.1, parts
    square = [p for p in parts if p.role == "figure"]
    assert len(square) == 1 and np.ptp(square[0].series["height"]) < 0.05, parts


def _framed_square(kind, f=5, size=64):
    """A pale square on a brown floor whose dark border widens inwards ("border"), narrows
    ("narrows"), or with a dark hole in its middle that widens ("hole")."""
    out = np.zeros((f, 3, size, size), np.float32)
    out[:] = np.array([0.55, 0.35, 0.2])[None, :, None, None]
    dark = np.array([0.1, 0.15, 0.4])[:, None, None]
    for k in range(f):
        out[k, :, 14:50, 14:50] = np.array([0.9, 0.85, 0.5])[:, None, None]
        w = 1 + (k if kind != "narrows" else f - 1 - k)
        sq = out[k, :, 14:50, 14:50]
        if kind == "hole":
            out[k, :, 32 - w:32 + w, 32 - w:32 + w] = dark
        else:
            sq[:, :w] = dark
            sq[:, -w:] = dark
            sq[:, :, :w] = dark
            sq[:, :, -w:] = dark
    return tuple(Row(tuple(STEPS), str(i), out) for i in range(2))


def test_a_border_that_widens_inwards_is_the_border_not_a_part_inside(probe):
    # quilt (twenty-second held-out run), the border's width: a dark border grows in from the
    # quilt's edge over its patches; "The object becomes darker." named nothing (its part was
    # over the 35 % of the figure a part growing inside it could take). A part that runs round
    # the figure's edge, whose inner half takes the new colour after its outer half, is its border
    assert probe.answer(_saved_case("quilt_border_widens")).text == "The dark border of the object becomes wider."
    assert probe.answer(_framed_square("border")).text == "The dark border of the object becomes wider."
    assert probe.answer(_framed_square("narrows")).text == "The dark border of the object becomes narrower."
    # a hole that widens in the middle is no border
    assert "border" not in probe.answer(_framed_square("hole")).text


def test_a_light_middle_that_spreads_out_to_the_edges_is_no_border_that_narrows(probe):
    # zipper (twenty-fifth held-out run), the shirt's lightness: the dark shirt in the zip's
    # opening turns pale from its middle outwards, between the dark tapes. Read as the dark border
    # of the zip narrowing (confidently wrong at 0.36). A border that narrows goes out to the edge
    # round a middle that was there all along; here nothing inside stays, and the tapes beside
    # the opening reach the figure's edge
    text = probe.answer(_saved_case("zipper_shirt_lightens_in_the_opening")).text
    assert "border" not in text and ("lighter" in text or "light part" in text), text
    assert probe.answer(_framed_square("narrows")).text == "The dark border of the object becomes narrower."


def _cabinet_before_a_skirting(t):
    """A brown cabinet on two legs, 36 px tall, narrowing from 34 to 18 px wide about x = 30,
    before a green wall with a white skirting board (rows 52-56) over a mauve carpet (57 on);
    its legs stand in the skirting down to the carpet."""
    half = 17 - 8 * t
    img = _paint(np.zeros((64, 64), bool), bg=(0.6, 0.68, 0.56))
    rows = np.arange(64)[:, None]
    for c, (skirt, carpet) in enumerate(zip((0.92, 0.92, 0.88), (0.5, 0.42, 0.4))):
        img[c][(rows >= 52) & (rows < 57) & np.ones((1, 64), bool)] = skirt
        img[c][(rows >= 57) & np.ones((1, 64), bool)] = carpet
    body = (np.abs(_XX * 63 - 30) <= half) & (_YY * 63 >= 14) & (_YY * 63 < 50)
    legs = ((np.abs(_XX * 63 - (30 - half + 1.5)) <= 1.5) | (np.abs(_XX * 63 - (30 + half - 1.5)) <= 1.5)) \
        & (_YY * 63 >= 50) & (_YY * 63 < 58)
    for c, v in enumerate((0.45, 0.28, 0.12)):
        img[c][body | legs] = v
    return img


def test_a_thing_that_narrows_before_a_band_of_ground_narrows_as_a_whole(probe):
    # wardrobe (twenty-ninth held-out run), the latent of its width: the wardrobe narrows, its
    # legs in the white skirting board above the carpet. The band of ground along the bottom
    # stopped at the rows where the legs stand, so the skirting beside them stayed in the figure
    # and kept its lower half wide: "The upper part of the object becomes narrower." (named no
    # factor, confidently wrong at 0.40). A row of ground runs across where the thing that
    # changes does not stand in it, and in it the ground is what shows where the thing is not
    frames = np.stack([_cabinet_before_a_skirting(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The object becomes narrower.", text
    text = probe.answer(_saved_case("wardrobe_narrows_before_its_skirting")).text
    assert text == "The object becomes narrower.", text


def test_flags_that_turn_blue_as_they_shift_change_colour_and_grow_no_dark_part(probe):
    # bunting (twenty-ninth held-out run), a latent of the flags' hue and number: yellow flags
    # turn blue while they shift along the string. Their pixels each turn from yellow to blue,
    # at different times as the flags pass: "the dark part inside the object grows" (three of
    # five samples, confidently wrong at 0.64). A part that grows inside a figure grows out of it
    # or into it (a hole starts as the wall); nothing in the figure was blue first or yellow last
    text = probe.answer(_saved_case("bunting_flags_turn_blue_as_they_shift")).text
    assert text == "The object changes colour from yellow to blue.", text


def test_a_door_swung_shut_over_a_dark_doorway_shrinks_the_dark_part_it_does_not_move_it(probe):
    # stables (the fifty-second held-out run), the latent of how far the stable door is open: a
    # green door swings shut over the near-black doorway from one side, so the dark part's centre
    # moves as its edge does: "The dark part inside the object moves to the left." named the
    # horse's place (confidently wrong at 0.40). A near-black part that shrinks more than its
    # centre moves is an opening that closes
    text = probe.answer(_saved_case("stables_door_shuts_over_its_dark_doorway")).text
    assert text == "The dark part inside the object shrinks.", text
    # a brown door slid along a wall keeps its size: it still moves
    text = probe.answer(_saved_case("house_door_slides")).text
    assert text == "The dark part inside the object moves to the left.", text
    assert probe.answer(_saved_case("birdhouse_hole_widens")).text == "The dark part inside the object grows."


def test_a_door_opening_onto_a_light_room_widens_the_light_part_it_neither_moves_nor_recolours(probe):
    # bookseller (the sixty-fifth held-out run), the latent of how far the shop door is open: the
    # green door swings open from one side onto a light room behind it, so the light part's centre
    # goes a little the way it widens, and the door's mean colour turns from green to orange:
    # "The object changes colour from green to orange." named the awning's hue (confidently wrong
    # at 0.76). A part growing inside a figure many times more than its centre moves grows, and
    # what colour the figure turns is its doing
    text = probe.answer(_saved_case("bookseller_door_opens_onto_a_light_room")).text
    assert text == "The light part inside the object becomes wider.", text


def test_a_sunset_over_the_whole_picture_is_one_change_though_a_row_splits_it_at_the_waterline(probe):
    # gondolier (the sixty-sixth held-out run), the latent of the time of day: the sky, the houses
    # and the canal all turn from blue afternoon to pink dusk. One row found the change over the
    # whole picture, the other in its upper and its lower part apart, so no change was common to
    # both: "No consistent change is visible." (3 of 5 samples, unclear). The whole picture's
    # change of colour, found in a part of it by a row, is still the whole picture's
    text = probe.answer(_saved_case("gondolier_sunset_split_at_the_waterline_in_one_row")).text
    assert text.startswith("The background changes colour from cyan to red"), text


def test_a_door_that_rolls_up_off_a_dark_opening_is_a_part_that_grows_inside_it(probe):
    # boathouse (forty-seventh held-out run), the latent of how far the door is raised: a white
    # door rolls up off the dark inside, in plank walls of neither colour. Nothing else in the
    # figure was the door's colour first or the inside's last, so no part grew: "The object
    # changes colour from orange to cyan." (confidently wrong at 0.40). An opening onto a near
    # black inside is such a part
    text = probe.answer(_saved_case("boathouse_door_rolls_up_off_its_dark_inside")).text
    assert text == "The dark part inside the object grows.", text
    # flags that turn from yellow to blue as they shift (neither end near black) are still none
    text = probe.answer(_saved_case("bunting_flags_turn_blue_as_they_shift")).text
    assert text == "The object changes colour from yellow to blue.", text


def _rope(dip, lift=0.0):
    """A dark rope 2 px thick between two posts (x = 0.1 and 0.9), its ends at y = 0.3 + lift
    and its middle ``dip`` (of the image's height) lower, on white."""
    t = (_XX - 0.5) / 0.4
    rope = (np.abs(_YY - (0.3 + lift + dip * (1 - t ** 2))) < 1.0 / 63) & (np.abs(t) <= 1)
    posts = (np.minimum(np.abs(_XX - 0.1), np.abs(_XX - 0.9)) < 1.0 / 63) & (_YY > 0.29 + lift) & (_YY < 0.9)
    return _paint(rope | posts, fg=(0.2, 0.15, 0.1))


@pytest.mark.parametrize("way", ["sags", "tightens"])
def test_a_line_that_sags_between_its_ends_moves_down_in_the_middle(probe, way):
    # bunting (twenty-ninth held-out run), the latent of the string's sag: the string, hung
    # between two poles that stay, dips lower in its middle. The figure's outline changed with no
    # move, resize or turn to say it: "The object's outline changes in a way no move, resize,
    # turn or colour describes" (an abstention) in every sample. A wide figure whose middle hangs
    # lower against its ends (or rises: a rope pulled taut, a smile) moves down in the middle
    dips = 0.04 + 0.2 * STEPS if way == "sags" else 0.24 - 0.2 * STEPS
    frames = np.stack([_rope(d) for d in dips])
    text = probe.answer(_twice(frames)).text
    assert text == f"The middle of the object moves {'down' if way == 'sags' else 'up'}.", text
    if way == "sags":
        text = probe.answer(_saved_case("bunting_string_sags")).text
        assert text == "The middle of the object moves down.", text
    # the same rope lowered whole keeps its bend: it moves down
    frames = np.stack([_rope(0.1, lift) for lift in 0.02 + 0.15 * STEPS])
    text = probe.answer(_twice(frames)).text
    assert "middle" not in text, text


def test_a_patterned_cloth_that_fills_the_picture_is_its_background(probe):
    # dinner (twenty-ninth held-out run), the latent of the gingham cloth's hue: the cloth fills
    # the picture round a plate and a fork that stay. Of many pieces, it was a figure in one row
    # (its checks: "the shapes") and regions of the background in the other, so the rows agreed
    # on nothing: "No consistent change is visible." A figure of many pieces that touches the
    # border and fills most of the picture is its background
    text = probe.answer(_saved_case("dinner_cloth_turns_round_the_wheel")).text
    assert "background changes colour" in text and "shapes" not in text, text
    # dots that reach the border without filling the picture are still a figure of many pieces
    frames = np.stack([_paint(_dot_grid(), fg=colorsys.hsv_to_rgb(h, 0.8, 0.9)) for h in 0.6 * STEPS])
    text = probe.answer(_twice(frames)).text
    assert text.startswith("The shapes change colour"), text


def _dot_grid():
    """Five by five dots of radius 0.06, 0.2 apart, the outer ones cut by the border."""
    return np.any([_disc(0.1 + 0.2 * i, 0.1 + 0.2 * j, 0.06) for i in range(5) for j in range(5)], axis=0)


def test_hue_names_tinge_an_end_that_lies_towards_the_next_name():
    from latentexplainer.backends.probe import hue_names
    assert hue_names(0.0, 0.5) == ("red", "cyan")  # apart: the plain names
    assert hue_names(0.23, 0.15) == ("greenish yellow", "yellow")
    assert hue_names(0.035, 0.0) == ("orangey red", "red")  # past red, round the wheel
    assert hue_names(0.17, 0.15) == ("yellow", "yellow")  # both near one name: no change of colour to name


@pytest.mark.parametrize("ripe", [(0.95, 0.9, 0.25), (0.9, 0.62, 0.12)])
def test_an_object_that_ripens_from_green_to_yellow_changes_colour_rather_than_getting_lighter(probe, ripe):
    # banana (thirty-first held-out run), the latent of ripeness: an olive-green peel (HSV hue
    # 0.23-0.26, nearest yellow of the named hues) turns yellow and much lighter. Both its ends
    # were named yellow, so no change of colour was a candidate, and "The object becomes
    # lighter." was said at 1.00 (confidently wrong: yellow is lighter than green). An end that
    # lies over a third of the way to the next name is tinged with it, and an object's colour
    # that goes from one name to another is said by the names, its lightness with them
    text = probe.answer(_saved_case("banana_ripens_green_to_yellow")).text
    assert text == "The object changes colour from greenish yellow to yellow.", text
    disc = _disc(0.5, 0.5, 0.22)

    def make(variant):
        olive = np.array((0.3, 0.5 + 0.05 * variant, 0.1))
        return np.stack([_paint(disc, fg=tuple((1 - t) * olive + t * np.array(ripe)), bg=(0.55, 0.45, 0.35))
                         for t in STEPS])

    text = probe.answer(_rows(make)).text
    assert text.startswith("The object changes colour from "), text  # to yellow, or on to orange
    assert "lighter" not in text, text


def test_a_pane_lit_by_day_gets_lighter_rather_than_changing_colour(probe):
    # bed (the thirty-ninth held-out run), the latent of daylight: a window's dim grey-blue pane
    # turns pale sky blue. Its hue moves a little (blue to cyan) beside a large change of
    # lightness, and "The object changes colour from blue to cyan." (certainty 1.00) named the
    # blanket's colour: confidently wrong
    pane = (np.abs(_XX - 0.6) < 0.15) & (np.abs(_YY - 0.35) < 0.15)

    def make(variant):
        night, day = np.array((0.18, 0.2, 0.38)) + 0.03 * variant, np.array((0.78, 0.9, 0.92))
        return np.stack([_paint(pane, fg=tuple((1 - t) * night + t * day), bg=(0.45, 0.5, 0.62)) for t in STEPS])

    assert probe.answer(_rows(make)).text == "The object becomes lighter."
    text = probe.answer(_saved_case("bed_window_lit_by_day")).text
    assert text == "The object becomes lighter.", text


@pytest.mark.parametrize("case, wrong", [
    ("birdfeeder_birds_perch", "grows larger"),  # the forty-third held-out run: birds that perch on a
    # feeder join it into one figure, whose outline changes more than its size (read as the
    # feeder growing: confidently wrong)
    ("toolbox_spanners_taken_down", "shrink"),  # the forty-second: spanners taken off a pegboard
])
def test_a_figure_whose_outline_changes_more_than_its_size_does_not_grow(probe, case, wrong):
    r = probe.answer(_saved_case(case))
    assert wrong not in r.text, r.text


def test_a_figure_of_more_pieces_as_it_grows_is_things_coming_not_growing(probe):
    # cookies (the thirty-sixth held-out run), the latent of how many cookies lie on the tray:
    # three cookies become six, and the figure they make grows, so "The shapes grow larger."
    # (confidently wrong). Pieces that are more as the whole grows are things that come
    text = probe.answer(_saved_case("cookies_laid_on_the_tray")).text
    assert text == "The shapes increase in number.", text
    text = probe.answer(_saved_case("cookies_laid_on_the_tray_2")).text
    assert "grow" not in text and "larger" not in text and "taller" not in text, text


def _brick_wall():
    """Red bricks 11 x 5 px between white mortar lines 1 px wide, each course shifted by half a brick."""
    yy, xx = np.mgrid[0:64, 0:64]
    mortar = (yy % 6 == 0) | (((xx + 6 * ((yy // 6) % 2)) % 12) == 0)
    return np.stack([np.where(mortar, m, b) for b, m in zip((0.7, 0.25, 0.2), (0.92, 0.9, 0.88))]).astype(np.float32)


def _square_before_bricks(half, cx=0.5):
    img = _brick_wall()
    box = (np.abs(_XX - cx) <= half) & (np.abs(_YY - 0.6) <= half)
    for c, v in enumerate((0.2, 0.65, 0.25)):
        img[c][box] = v
    return img


@pytest.mark.parametrize("way,expected", [("shrinks", "The object shrinks."), ("grows", "The object grows larger."),
                                          ("moves", "The object moves to the right.")])
def test_a_thing_before_a_brick_wall_is_the_thing_not_the_mortar(probe, way, expected):
    # bucket (thirty-second held-out run), the latent of the bucket's size: the bucket shrinks
    # before a brick wall over paving. The wall's mortar joined the figure, which fell apart into
    # more pieces as the bucket shrank: "The objects increase in number." (0.76, confidently
    # wrong). A net of steady lines that runs across the window, closing cells alike in size, is
    # the surround's pattern, and goes on where the thing uncovers it. Before: "The light part
    # inside the object grows." (shrinks), "The dark part inside the object moves to the right."
    make = {"shrinks": lambda t: _square_before_bricks(0.3 - 0.18 * t), "grows": lambda t: _square_before_bricks(0.12 + 0.18 * t),
            "moves": lambda t: _square_before_bricks(0.15, cx=0.25 + 0.5 * t)}[way]
    frames = np.stack([make(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == expected, text


def test_a_bucket_that_shrinks_before_bricks_does_not_become_more_things(probe):
    # the saved case (a sample of that latent): its figure took in the mortar and the paving's
    # joints; now the wall's net is the surround, and pieces that multiply as the whole clearly
    # shrinks are one thing falling apart, never more things
    text = probe.answer(_saved_case("bucket_shrinks_before_bricks")).text
    bucket = [("bucket_size", "size of the bucket (small to large)"), ("water_level", "how full of water the bucket is"),
              ("bucket_hue", "hue of the bucket's paint")]
    assert "number" not in text, text
    assert [n.factor for n in name_claims(text, bucket) if n.factor] == ["bucket_size"], text


def _checks_round_a_plate(period):
    """Red and white checks of ``period`` px (a gingham cloth) round a steady white plate in the middle."""
    yy, xx = np.mgrid[0:64, 0:64]
    red = ((xx // (period / 2)).astype(int) + (yy // (period / 2)).astype(int)) % 2 == 0
    img = np.stack([np.where(red, a, 1.0) for a in (0.85, 0.2, 0.2)]).astype(np.float32)
    plate = np.hypot(_XX - 0.5, _YY - 0.5) <= 0.33
    img[:, plate] = 0.97
    return img


@pytest.mark.parametrize("way", ["coarser", "finer"])
def test_checks_round_a_plate_that_change_scale_are_a_pattern_getting_coarser(probe, way):
    # hotdog (thirty-second held-out run), the latent of the tablecloth's check size: the checks
    # round a steady plate grow. No window holds the pattern whole (the plate breaks its
    # spectrum), and its pixels changing both ways were read as regions changing lightness: "The
    # left part of the background becomes lighter and the upper part of the background becomes
    # lighter." (0.51, confidently wrong). Where a place holds a pattern in every frame and its
    # pixels get lighter and darker alike, how fine the pattern is (its gradient over its spread)
    # is measured
    periods = 6 + 10 * STEPS if way == "coarser" else 16 - 10 * STEPS
    frames = np.stack([_checks_round_a_plate(p) for p in periods])
    text = probe.answer(_twice(frames)).text
    assert text == f"The pattern becomes {way}.", text
    # a place that only lightens is a region that does, however patterned it is
    frames = np.stack([np.clip(_checks_round_a_plate(8) + 0.15 * t * (np.hypot(_XX - 0.5, _YY - 0.5) > 0.33), 0, 1)
                       for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert "pattern" not in text, text
    # the saved case (a sample of that latent, decoded checks that blur as they grow)
    text = probe.answer(_saved_case("hotdog_checks_grow")).text
    hotdog = [("check_size", "size of the tablecloth's checks (small to large)"), ("turn", "how far the hot dog is turned"),
              ("sauce_hue", "hue of the sauce")]
    assert [n.factor for n in name_claims(text, hotdog) if n.factor] == ["check_size"], text
    # a smooth thing that passes across a pattern makes it coarser where it comes and finer where
    # it leaves: no pattern changes (yoyo, the latent of its drop, across striped wallpaper; its
    # figure joined the stripes, and the changing column was read as "The pattern becomes coarser.")
    text = probe.answer(_saved_case("yoyo_drops_across_stripes")).text
    assert "pattern" not in text, text


def test_a_thing_that_turns_as_one_piece_turns_whatever_its_outline_shows(probe):
    # tuba (thirty-third held-out run), the latent of its tilt: the tuba leans from left to right
    # on a stage before a pleated curtain, its figure joined by the steady notes and the curtain's
    # folds, so no moment of its mass follows the turn: "The object's outline changes in a way no
    # move, resize, turn or colour describes" (an abstention) in every sample. Where a new outline
    # is all there is, one turn (and shift) per step that explains the change, much more than a
    # shift alone, in every row the same way, is said. Now the tuba is the part of that figure
    # that comes and goes while the notes and folds stay, and that part's own orientation turns:
    # it says so first
    text = probe.answer(_saved_case("tuba_tilts_on_stage")).text
    assert text == "Part of the object rotates clockwise.", text
    tuba = [("tilt", "how far the tuba is tilted (leaning left to leaning right)"), ("notes", "how many notes float by it"),
            ("bell_size", "size of the tuba's bell")]
    assert [n.factor for n in name_claims(text, tuba) if n.factor] == ["tilt"]
    # the same frames in reverse turn the other way
    rows = tuple(Row(r.values, r.condition, r.frames[::-1].copy()) for r in _saved_case("tuba_tilts_on_stage"))
    assert probe.answer(rows).text == "Part of the object rotates counterclockwise."


def _blade(angle, dx=0.0, scale=1.0):
    """A bar with a knob at one end on a dark ground, turned by ``angle`` (clockwise on the
    screen) about (32, 32), shifted ``dx`` px to the right and scaled by ``scale``."""
    yy, xx = np.mgrid[0:64, 0:64].astype(float)
    c, s = np.cos(angle), np.sin(angle)
    dy, dxx = yy - 32, xx - 32 - dx
    y, x = (c * dy - s * dxx) / scale, (s * dy + c * dxx) / scale
    m = ((np.abs(y) <= 3) & (np.abs(x) <= 16)) | (np.hypot(x - 14, y) <= 6)
    return np.stack([np.where(m, v, 0.1) for v in (0.9, 0.8, 0.3)]).astype(np.float32)


def test_a_turn_is_measured_as_a_turn_and_a_move_or_a_resize_is_not():
    from latentexplainer.measure import turn
    t = turn(np.stack([_blade(0.4 * s) for s in STEPS]))
    assert t.steady and abs(t.angle - 0.4) <= 0.08 and t.explained >= 0.6 and t.gain >= 0.3, t
    t = turn(np.stack([_blade(-0.4 * s) for s in STEPS]))
    assert t.angle < -0.3, t
    t = turn(np.stack([_blade(0.0, dx=12 * s) for s in STEPS]))  # a move: a shift explains it, a turn adds nothing
    assert abs(t.angle) <= 0.1 and t.gain <= 0.1, t
    t = turn(np.stack([_blade(0.0, scale=1.0 + 0.4 * s) for s in STEPS]))  # a resize: no turn explains it
    assert t.gain <= 0.15, t


def test_a_thing_that_turns_inside_a_figure_that_stays_rotates(probe):
    # a xylophone turning on a rug with a chequered border (the thirty-eighth held-out run, a
    # trained VAE's frames): the rug was the figure, and what turned on it only a dark part inside
    # it that moved a little, so every answer was "No consistent change is visible."
    text = probe.answer(_saved_case("xylophone_turns_on_its_rug")).text
    assert text.startswith("The object rotates"), text


def test_a_move_one_shift_explains_is_said_when_nothing_else_is_clear(probe):
    # wires sagging between their poles (the thirty-fifth held-out run, a trained VAE's frames):
    # no series of the joined figure was clear and its outline changed too little to count as a
    # new one, so the shift that carries the wires down from frame to frame was never looked for
    r = probe.answer(_saved_case("powerlines_wires_sag"))
    assert not r.abstained and "moves down" in r.text, r.text


def test_a_wide_thing_that_one_shift_carries_a_little_moves(probe):
    # a market stall as wide as most of the picture moving left while its awning's stripes change
    # (the thirty-eighth held-out run, a trained VAE's frames): one shift per frame explains only
    # part of the change (the stripes change too), under the half that was asked before, so three
    # of five samples said "No consistent change is visible."
    r = probe.answer(_saved_case("marketstall_stall_moves_left"))
    assert not r.abstained and r.text == "The object moves to the left.", r.text


@pytest.mark.parametrize("ground", [(0.95, 0.95, 0.9), (0.3, 0.5, 0.8)])
def test_a_colour_that_fades_through_grey_into_another_changes_colour(probe, ground):
    # a disc whose green fades out to grey and whose purple fades in: half the colour wheel in
    # one step, which way round unknown, yet from green to purple whichever way (it was only
    # "darker", the purple being the darker colour)
    green, grey, purple = np.array([0.25, 0.75, 0.25]), np.array([0.5, 0.5, 0.5]), np.array([0.55, 0.2, 0.75])

    def make(t):
        c = green + (grey - green) * t * 2 if t <= 0.5 else grey + (purple - grey) * (t - 0.5) * 2
        return _paint(_disc(0.5, 0.55, 0.2), tuple(c), ground)
    frames = np.stack([make(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The object changes colour from green to purple.", text


def test_a_watering_cans_paint_fading_through_grey_changes_colour(probe):
    # the fortieth held-out run (a trained VAE's frames): the can's green paint greys out and
    # comes back purple; its hue leapt half the wheel, so the change was read as darkening only
    text = probe.answer(_saved_case("wateringcan_paint_fades_green_to_purple")).text
    assert "colour from green to purple" in text, text


def test_a_pillows_cover_greying_out_between_blue_and_yellow_changes_colour(probe):
    # the sixtieth held-out run: a lace pillow's cover goes from blue to yellow through grey (the
    # middle frames have no hue at all, though the lace, pins and bobbins on it keep the figure's
    # own vividness up); its hue was taken for a swap of what it is measured on and dropped, and
    # it was "The object becomes lighter." (confidently wrong at 1.00)
    text = probe.answer(_saved_case("lacemaker_pillow_blue_through_grey_to_yellow")).text
    assert text == "The object changes colour from blue to yellow.", text


def test_frames_with_no_hue_between_a_hues_ends_are_grey():
    from latentexplainer.backends.probe import _through_grey

    sat = np.array([0.3, 0.2, 0.17, 0.37, 0.46])  # the figure stays half as vivid (other parts of it keep their colour)
    assert _through_grey(np.array([0.65, 0.64, 0.15]), np.array([0, 1, 4]), sat)  # frames 2 and 3 have no hue
    assert not _through_grey(np.array([0.65, 0.64, 0.4, 0.2, 0.15]), np.arange(5), sat)  # each frame has one


def _workshop(t, sky):
    """A dim workshop as the light comes up (``t`` from 0 to 1): its wall, floor and bench lighten,
    the panes of its window from ``sky[0]`` to ``sky[1]``, and a sheet of paper on the bench,
    hardly apart from the wall in the dark, stands out in the light; blurred as a decoder blurs."""
    from scipy.ndimage import gaussian_filter
    wall, floor = np.array([0.18, 0.2, 0.28]) * (1 + 1.4 * t), np.array([0.22, 0.14, 0.08]) * (1 + 1.4 * t)
    img = np.where(_YY > 0.7, floor[:, None, None], wall[:, None, None])
    window = (np.abs(_XX - 0.7) < 0.15) & (np.abs(_YY - 0.3) < 0.15)
    panes = window & (np.abs(_XX - 0.7) >= 0.02) & (np.abs(_YY - 0.3) >= 0.02)
    pane = np.array(sky[0]) + (np.array(sky[1]) - np.array(sky[0])) * t
    bench = (np.abs(_XX - 0.3) < 0.2) & (np.abs(_YY - 0.65) < 0.05)
    paper = (np.abs(_XX - 0.3) < 0.1) & (np.abs(_YY - 0.55) < 0.05)
    img = np.where(panes, pane[:, None, None], img)
    img = np.where(bench, 0.35 * (1 + 1.2 * t) * np.array([0.9, 0.6, 0.3])[:, None, None], img)
    img = np.where(paper, wall[:, None, None] + 0.02 + 0.5 * t, img)
    return np.clip(gaussian_filter(img, (0, 1.0, 1.0)), 0, 1).astype(np.float32)


@pytest.mark.parametrize("sky", [((0.05, 0.08, 0.3), (0.6, 0.8, 1.0)), ((0.1, 0.1, 0.2), (0.9, 0.9, 0.85))])
def test_light_that_comes_up_over_the_whole_picture_lightens_it(probe, sky):
    from latentexplainer.measure.change import light_over_all

    up = np.stack([_workshop(t, sky) for t in STEPS])
    assert light_over_all(up.transpose(0, 2, 3, 1)) == 1 and light_over_all(up[::-1].transpose(0, 2, 3, 1)) == -1
    assert probe.answer(_twice(up)).text == "The whole image becomes lighter."
    assert probe.answer(_twice(up[::-1])).text == "The whole image becomes darker."


def test_a_thing_that_moves_while_the_light_comes_up_is_no_change_of_light():
    from latentexplainer.measure.change import light_over_all

    # the wall lightens everywhere, but where a dark disc comes the pixels darken, and where it
    # leaves they lighten the more: not one way
    frames = np.stack([np.where(_disc(0.25 + 0.5 * t, 0.5, 0.18), 0.05, 0.3 + 0.4 * t) * np.ones((3, 1, 1))
                       for t in STEPS]).astype(np.float32)
    assert light_over_all(frames.transpose(0, 2, 3, 1)) == 0
    still = np.stack([np.where(_disc(0.5, 0.5, 0.4), 0.3, 0.3 + 0.4 * t) * np.ones((3, 1, 1)) for t in STEPS])
    assert light_over_all(still.transpose(0, 2, 3, 1)) == 0  # half the picture stays as it was


def test_light_over_the_whole_image_is_no_one_place_among_several(probe):
    # the fifty-seventh held-out run: the evening light over a stonemason's yard rises, and the
    # ground's colour dulls as it does; the light over the whole image and the ground's colour are
    # two changes, not three places changing at once ("Several regions change at once" before)
    text = probe.answer(_saved_case("stonemason_evening_light_on_the_yard")).text
    assert "the whole image becomes lighter" in text and "duller" in text, text


def test_daylight_coming_in_at_a_window_is_no_growing_thing(probe):
    # the sixtieth held-out run: the light in a bookbinder's shop comes up from a dark evening to
    # bright day; the window's panes and the pages of a book stand out more and more from the wall,
    # and the change was "The shapes grow larger and a light shape appears at the bottom."
    # (confidently wrong at 1.00)
    text = probe.answer(_saved_case("bookbinder_daylight_comes_in_at_the_window")).text
    assert text == "The whole image becomes lighter.", text


def _bays(t, fade):
    """Four cars seen from above in a row of bays marked in white on grey tarmac, leaving one
    after another as ``t`` goes from 0 to 1 (the last first), each fading out (a decoder's
    blur) or gone at once; each car is 3.5% of the picture, more than a flower or a bee."""
    colours = [(0.95, 0.95, 0.94), (0.96, 0.82, 0.18), (0.95, 0.35, 0.1), (0.55, 0.75, 0.95)]
    lines = (np.abs(((_XX * 64 - 2) % 15) - 7.5) > 7.0) & (_YY * 64 < 28) & (_YY * 64 > 4)
    img = _paint(lines, (0.95, 0.95, 0.95), (0.42, 0.42, 0.44))
    left = 4 - 3 * t
    for i, colour in enumerate(colours):
        cover = float(np.clip(left - i, 0, 1)) if fade else float(left - i >= 0.5)
        car = (np.abs(_XX * 64 - (9.5 + 15 * i)) < 4.5) & (np.abs(_YY * 64 - 15) < 8)
        for c in range(3):
            img[c][car] = img[c][car] * (1 - cover) + colour[c] * cover
    return img


@pytest.mark.parametrize("fade", [True, False])
def test_cars_leaving_their_bays_decrease_in_number(probe, fade):
    # carpark (the fortieth held-out run): cars left their bays one after another, and the row
    # of bays was read as a part of one object shrinking or narrowing, as the cars were larger
    # than the small things counted till then and a fading car left crumbs that counted as things
    frames = np.stack([_bays(t, fade) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The small shapes at the top decrease in number.", text


def test_a_trained_models_cars_leaving_their_bays_decrease_in_number(probe):
    # the same from a trained VAE's frames (carpark, the fortieth held-out run): a car fading out
    # breaks into crumbs for a frame, which are no cars
    text = probe.answer(_saved_case("carpark_cars_leave_their_bays")).text
    assert "decrease in number" in text, text


def _plates(t):
    """Four plates (a blue rim round a red middle) touching side by side on a pale cloth, taken
    away one after another, the last first, each fading out, as ``t`` goes from 0 to 1."""
    img = _paint(np.zeros((64, 64), bool), (0, 0, 0), (0.75, 0.92, 0.8))
    for i in range(4):
        cover = float(np.clip(4 - 4 * t - i, 0, 1))
        for m, colour in ((_disc(0.2 + 0.19 * i, 0.3, 0.1), (0.2, 0.3, 0.8)), (_disc(0.2 + 0.19 * i, 0.3, 0.055),
                                                                                (0.9, 0.1, 0.1))):
            for c in range(3):
                img[c][m] = img[c][m] * (1 - cover) + colour[c] * cover
    return img


def test_plates_that_touch_in_a_row_and_go_one_by_one_decrease_in_number(probe):
    # picnic (the thirty-fifth held-out run): plates side by side are one piece, so their going
    # was the row narrowing, or the cloth showing through it lightening it
    frames = np.stack([_plates(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The small shapes at the top decrease in number.", text
    # the same from a trained VAE's frames: "The objects become lighter." (confidently wrong)
    text = probe.answer(_saved_case("picnic_plates_leave_the_cloth")).text
    assert text == "The small shapes at the top decrease in number.", text


_BALLS = [(0.95, 0.8, 0.1), (0.1, 0.2, 0.8), (0.85, 0.1, 0.1), (0.45, 0.1, 0.6), (0.95, 0.5, 0.1), (0.9, 0.9, 0.85)]


def _rack(t):
    """Six balls of their own colours racked in a triangle on green felt, each touching the
    next, put down one after another (each fading in) as ``t`` goes from 0 to 1."""
    img = _paint(np.zeros((64, 64), bool), (0, 0, 0), (0.1, 0.45, 0.3))
    r = 0.06
    centres = [(0.55 + row * 2 * r * 0.87, 0.5 + (i - row / 2) * 2 * r) for row in range(3) for i in range(row + 1)]
    for i, ((cx, cy), colour) in enumerate(zip(centres, _BALLS)):
        cover = float(np.clip(6 * t - i, 0, 1))
        ball = _disc(cx, cy, r)
        for c in range(3):
            img[c][ball] = img[c][ball] * (1 - cover) + colour[c] * cover
    return img


def _striped_ball(t):
    """A ball of yellow and blue stripes of steady width growing from a dot on green felt."""
    img = _paint(np.zeros((64, 64), bool), (0, 0, 0), (0.1, 0.45, 0.3))
    ball = _disc(0.5, 0.5, 0.02 + 0.2 * t)
    stripes = np.floor(_XX * 64 / 4) % 2 == 0
    for c, (a, b) in enumerate(zip((0.95, 0.8, 0.1), (0.1, 0.2, 0.8))):
        img[c][ball] = np.where(stripes, a, b)[ball]
    return img


def test_balls_racked_together_one_by_one_increase_in_number(probe):
    # billiards (the fortieth held-out run): balls put down in a rack touch one another, so they
    # were one clump too large for a thing, and the latent was left unexplained; a clump's things
    # are told apart by their colours
    frames = np.stack([_rack(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The small shapes on the right increase in number.", text
    # the same from a trained VAE's frames: no change was named
    text = probe.answer(_saved_case("billiards_balls_racked_one_by_one")).text
    assert text == "The small shapes on the right increase in number.", text


def test_a_striped_ball_that_grows_is_no_things_coming(probe):
    # its stripes are more, as balls racked one by one are, but each of them grows as it does
    frames = np.stack([_striped_ball(t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == "The object grows larger.", text


def test_window_panes_that_light_up_together_do_not_come_one_by_one(probe):
    # bed (the thirty-ninth held-out run, a trained VAE's frames): the four panes of a window go
    # from night to day in one step; they stand out at night, as things that come would, but
    # they come all at once, so they are no things coming
    text = probe.answer(_saved_case("bed_window_panes_light_up_together")).text
    assert "number" not in text, text


def _row_of_pieces(n, width=0.12):
    """``n`` touching orange pieces, each with a pale band down its middle, in a row centred on a
    dark plate on a wooden counter."""
    img = _paint((np.abs(_XX - 0.5) < 0.42) & (np.abs(_YY - 0.45) < 0.16), (0.12, 0.12, 0.14), (0.55, 0.4, 0.25))
    for i in range(n):
        x0 = 0.5 - width * n / 2 + width * i
        piece = (_XX >= x0) & (_XX < x0 + width - 0.01) & (np.abs(_YY - 0.45) < 0.1)
        band = piece & (np.abs(_XX - (x0 + width / 2)) < width / 6)
        for c, (v, w) in enumerate(zip((0.95, 0.5, 0.3), (0.98, 0.9, 0.85))):
            img[c][piece], img[c][band] = v, w
    return img


def test_pieces_taken_off_a_row_they_touch_in_are_fewer_not_a_narrower_thing(probe):
    # sushibar (the forty-fifth held-out run), the latent of how many pieces of sushi lie on the
    # plate: five touching pieces become two, one figure that narrows, and "Part of the object
    # becomes narrower." was said at 1.00 (confidently wrong). The stripes across it go with its
    # width, each as wide as before: pieces are taken off (and, each the size of the last one
    # left, they are counted as things that go: "The small shapes decrease in number.")
    text = probe.answer(_saved_case("sushibar_pieces_taken_off")).text
    assert text in ("The stripes across the object decrease in number.", "The small shapes decrease in number."), text
    # a row that is squeezed keeps its stripes, each narrower: that row narrows
    frames = np.stack([_row_of_pieces(5, width=0.12 - 0.06 * t) for t in STEPS])
    assert probe.answer(_twice(frames)).text == "The shapes become narrower."


def _rain_on_a_post(t, drop=0.0):
    """A dark post and a white board on grass under a blue sky (lowered by ``drop``), and
    pale streaks of rain over all of it that strengthen with ``t``, blurred as a decoder blurs."""
    from scipy.ndimage import gaussian_filter
    img = _paint(_YY > 0.8, (0.2, 0.55, 0.2), (0.55, 0.7, 0.9))
    post = (np.abs(_XX - 0.45) < 0.04) & (_YY > 0.25 + drop) & (_YY < 0.8)
    board = (np.abs(_XX - 0.3) < 0.12) & (np.abs(_YY - 0.45 - drop) < 0.08)
    for c, (p, b) in enumerate(zip((0.3, 0.3, 0.32), (0.95, 0.95, 0.95))):
        img[c][post], img[c][board] = p, b
    x, y = np.round(_XX * 64), np.round(_YY * 64)
    streaks = ((x + 2 * y) % 10 < 2) & ((y // 8) % 2 == 0)
    for c in range(3):
        img[c] = np.where(streaks, (1 - 0.7 * t) * img[c] + 0.63 * t, img[c])
    return np.stack([gaussian_filter(ch, 0.8) for ch in img])


def test_rain_that_fills_the_ground_moves_nothing(probe):
    # weatherstation (the forty-fifth held-out run), the latent of how hard it rains: streaks
    # that fill the grass join it to the figure, whose mass goes down, and "The shapes move
    # down." was said (confidently wrong). No shift carries any of the change: nothing moves
    text = probe.answer(_saved_case("weatherstation_rain_streaks")).text
    assert "move" not in text, text
    text = probe.answer(_twice(np.stack([_rain_on_a_post(t) for t in STEPS]))).text
    assert "move" not in text, text
    # a post and board that are carried down do move
    text = probe.answer(_twice(np.stack([_rain_on_a_post(0.0, 0.3 * t) for t in STEPS]))).text
    assert "moves down" in text, text


def test_a_pool_that_deepens_round_the_things_in_it_does_not_gain_things(probe):
    # rockpool (the forty-fifth held-out run), the latent of the water's depth: a pale pool
    # deepens to blue round the anemones at its rim, which part from it as it darkens, and "...
    # and increases in number." claimed anemones that never came. A figure whose colour changes
    # more than its number of pieces does: its pieces join or part by the colour between them
    text = probe.answer(_saved_case("rockpool_pool_deepens")).text
    assert "number" not in text and "changes colour" in text, text


def _box_in_a_glow(angle):
    """A pale box with dark ends, tilted by ``angle`` (radians, clockwise), inside the round pale
    glow of a spotlight on a deep red curtain, blurred as a decoder blurs."""
    from scipy.ndimage import gaussian_filter
    img = _paint(_disc(0.5, 0.5, 0.38), (0.95, 0.75, 0.65), (0.5, 0.08, 0.1))
    u = (_XX - 0.5) * np.cos(angle) + (_YY - 0.5) * np.sin(angle)
    v = -(_XX - 0.5) * np.sin(angle) + (_YY - 0.5) * np.cos(angle)
    body = (np.abs(u) < 0.28) & (np.abs(v) < 0.1)
    for c, (b, e) in enumerate(zip((0.8, 0.78, 0.7), (0.1, 0.1, 0.12))):
        img[c][body], img[c][body & (np.abs(u) > 0.18)] = b, e
    return np.stack([gaussian_filter(ch, 1.0) for ch in img])


def test_a_thing_that_tilts_inside_a_round_glow_rotates(probe):
    # bandoneon (the forty-fifth held-out run), the latent of its tilt: the instrument sits in
    # the round glow of the spotlight behind it, one figure whose outline, size and angle stay,
    # and "No consistent change is visible." was said in three samples of five (unclear). One
    # turn per step explains the change in every row: it turns
    frames = np.stack([_box_in_a_glow(-0.4 + 0.8 * t) for t in STEPS])
    assert probe.answer(_twice(frames)).text == "The object rotates clockwise."
    assert probe.answer(_twice(frames[::-1])).text == "The object rotates counterclockwise."
    text = probe.answer(_saved_case("bandoneon_tilts_in_its_glow")).text
    assert text == "The object rotates counterclockwise.", text


def _perch(n):
    """A brown perch across a pale wall, with ``n`` blue birds sitting just above it from the left."""
    img = _paint((np.abs(_YY - 0.62) < 0.025) & (np.abs(_XX - 0.5) < 0.42), (0.45, 0.3, 0.15), (0.9, 0.88, 0.8))
    for i in range(n):
        bird = ((_XX - (0.2 + 0.2 * i)) / 0.06) ** 2 + ((_YY - 0.47) / 0.09) ** 2 < 1
        for c, v in enumerate((0.25, 0.35, 0.8)):
            img[c][bird] = v
    return img


def test_birds_that_leave_a_perch_are_fewer_and_the_perch_does_not_thin(probe):
    # aviary (the forty-sixth held-out run), the latent of how many birds sit on the perch: four
    # become one, and "The small shapes decrease in number and the object becomes thinner, with
    # finer strokes." named the wire mesh's size as well (confidently wrong). The figure the birds
    # sit on, which spans them, loses their mass as they go: that is their going, said once
    text = probe.answer(_saved_case("aviary_birds_leave_the_perch")).text
    assert text == "The small shapes decrease in number.", text
    frames = np.stack([_perch(int(round(4 - 3 * t))) for t in STEPS])
    assert probe.answer(_twice(frames)).text == "The small shapes decrease in number."


def test_pots_that_come_on_a_shelf_are_more_and_the_shelf_does_not_widen(probe):
    # potter (the seventy-first held-out run, now a dev set), the latent of how many pots stand on
    # the shelf: one, then two, then three, each of its own colour, side by side on the shelf they
    # join into one figure. The figure's upper half widens as they come, and three samples of five
    # said "The upper part of the object becomes wider." (confidently wrong at 0.4): the upper or
    # lower half of a figure they sit on that widens as they come is their coming, as its size is
    text = probe.answer(_saved_case("potter_pots_come_on_the_shelf")).text
    assert text == "The small shapes at the top increase in number.", text


def _through_fog(t):
    """Green hills under a blue sky with a red barn, seen through a pale fog that clears with ``t``."""
    img = _paint(_YY > 0.6, (0.2, 0.6, 0.2), (0.3, 0.55, 0.95))
    barn = (np.abs(_XX - 0.5) < 0.15) & (np.abs(_YY - 0.55) < 0.12)
    for c, v in enumerate((0.8, 0.15, 0.1)):
        img[c][barn] = v
    return (1 - 0.65 * (1 - t)) * img + 0.65 * (1 - t) * 0.88


def test_fog_that_clears_makes_the_whole_image_more_vivid(probe):
    # vineyard (the forty-sixth held-out run), the latent of how misty the air is: the sky, the
    # vines and the ground all gain colour as the fog clears, and "Several regions change at
    # once; no single description fits." was said in every sample (unclear). Regions and figure
    # that gain vividness alike are the whole image, as they are for lightness and hue
    text = probe.answer(_twice(np.stack([_through_fog(t) for t in STEPS]))).text
    assert text.startswith("The whole image") and "more vivid" in text, text
    text = probe.answer(_saved_case("vineyard_mist_clears")).text
    assert text.startswith("The whole image") and "more vivid" in text, text


def _truck_on_a_rim(where):
    """A yellow block standing on a grey wall's top edge under a pale sky, its middle at ``where``."""
    img = _paint(_YY >= 0.4, (0.5, 0.48, 0.45), (0.55, 0.75, 0.95))
    img[:, 25:26] = np.array([0.3, 0.6, 0.2])[:, None, None]
    truck = (np.abs(_XX - where) < 0.08) & (_YY >= 0.29) & (_YY < 0.4)
    img[:, truck] = np.array([0.95, 0.75, 0.1])[:, None]
    return img


def _fades_across(t):
    """The block at the right for the first two frames, at the left for the last two, half of
    each between: faded across, not carried."""
    w = float(np.clip((t - 0.25) / 0.5, 0.0, 1.0))
    return (1.0 - w) * _truck_on_a_rim(0.7) + w * _truck_on_a_rim(0.3)


@pytest.mark.parametrize("rows", [lambda: _twice(np.stack([_fades_across(t) for t in STEPS])),
                                  lambda: _saved_case("quarry_truck_fades_across_its_rim"),
                                  lambda: _saved_case("foundry_crucible_fades_to_the_left")])
def test_a_thing_that_fades_out_at_one_place_and_in_at_another_moves(probe, rows):
    # quarry (the forty-ninth held-out run), the latent of where the truck stands on the rim; and
    # foundry (the forty-eighth), the crucible's place: the decoder fades the thing out where it
    # was and in where it goes, so no shift between neighbouring frames carries it and the
    # outline of what it joins changes ("No consistent change is visible."). One shift carries
    # the first frame onto the last wherever they differ: it moved
    text = probe.answer(rows()).text
    assert text.endswith("moves to the left."), text


def test_the_shift_from_first_frame_to_last_explains_a_jump_and_not_a_swap():
    # measure.motion.jump: the faded-across block is carried 0.4 of the image to the left, nearly
    # all of the difference explained; a yellow block that fades out at the right as a red one
    # twice as tall fades in at the left is not (no shift turns yellow red)
    from latentexplainer.backends.probe import JUMP_EXPLAINED

    moved = jump(np.stack([_fades_across(t) for t in STEPS]))
    assert moved.explained >= 0.95 and abs(moved.dx + 0.4) < 0.03 and moved.dy == 0.0, moved

    def swap(t):
        red = _truck_on_a_rim(0.3)
        red[:, (np.abs(_XX - 0.3) < 0.08) & (_YY >= 0.18) & (_YY < 0.4)] = np.array([0.8, 0.1, 0.1])[:, None]
        w = float(np.clip((t - 0.25) / 0.5, 0.0, 1.0))
        return ((1.0 - w) * _truck_on_a_rim(0.7) + w * red).astype(np.float32)
    assert jump(np.stack([swap(t) for t in STEPS])).explained < JUMP_EXPLAINED
    assert jump(np.stack([_truck_on_a_rim(0.5)] * 5)) is None  # nothing differs
    assert moved.steady


def test_a_thing_that_leaps_at_the_last_step_only_is_no_jump():
    # shapes (a dev set, the shipped model), a latent that changes nothing the factors measure:
    # at its last value the square leaps across, the decoder out of what it learnt; one step
    # holds nearly all of the change, and that is no move the latent makes (it was said as one
    # in two samples of five, confidently wrong)
    from latentexplainer.backends.probe import _jumped

    frames = np.stack([_truck_on_a_rim(0.7)] * 4 + [_truck_on_a_rim(0.3)])
    assert not jump(frames).steady and jump(frames).explained >= 0.95
    assert _jumped(_twice(frames), 1.0) is None
    assert _jumped(_twice(np.stack([_fades_across(t) for t in STEPS])), 1.0) == (
        "The object at the top moves to the left.", "motion.x")


def _sky_by_a_flag(discs=()):
    """A pale sky that darkens towards the top, a red flag against the top edge at the left, and
    ``discs`` (x, y, radius, colour) over them."""
    img = np.stack([0.55 + 0.3 * _YY, 0.75 + 0.2 * _YY, np.full_like(_YY, 0.97)]).astype(np.float32)
    img[:, (_YY < 0.2) & (_XX >= 0.1) & (_XX < 0.45)] = np.array([0.9, 0.1, 0.1])[:, None]
    for x, y, r, colour in discs:
        img[:, (_XX - x) ** 2 + (_YY - y) ** 2 < r ** 2] = np.array(colour)[:, None]
    return img


SUN = (1.0, 0.95, 0.6)


def _sun_by_a_flag(t, fade=True):
    """A pale yellow sun by the flag, faded out at (0.55, 0.12) and in at (0.85, 0.3) of the
    picture as ``t`` goes 0.25 to 0.75 (carried there one step at a time without ``fade``)."""
    w = float(np.clip((t - 0.25) / 0.5, 0.0, 1.0))
    if not fade:
        return _sky_by_a_flag([(0.55 + 0.3 * w, 0.12 + 0.18 * w, 0.09, SUN)])
    return (1.0 - w) * _sky_by_a_flag([(0.55, 0.12, 0.09, SUN)]) + w * _sky_by_a_flag([(0.85, 0.3, 0.09, SUN)])


def test_a_thing_taken_away_at_one_place_and_put_down_at_another_is_exchanged():
    # measure.motion.exchange: the faded-across sun went 0.3 of the picture right and 0.18 down,
    # the difference of its ends nearly all its own negative one offset away, however the sky
    # runs or the flag stands by the top edge; jump's one offset does not carry it there (the
    # flag's colours brought in from beyond the top edge, a sky that matches itself anywhere)
    from latentexplainer.backends.probe import EXCHANGED, JUMP_EXPLAINED

    frames = np.stack([_sun_by_a_flag(t) for t in STEPS])
    moved = exchange(frames)
    assert moved.explained >= 0.9 and abs(moved.dx - 0.3) < 0.03 and abs(moved.dy - 0.18) < 0.03, moved
    assert moved.steady and jump(frames).explained < JUMP_EXPLAINED
    back = exchange(frames[::-1])  # the other way, told by what stands out from the sky
    assert abs(back.dx + 0.3) < 0.03 and abs(back.dy + 0.18) < 0.03, back
    carried = exchange(np.stack([_sun_by_a_flag(t, fade=False) for t in STEPS]))
    assert carried.dx > 0.25 and carried.dy > 0.15, carried
    # no change in place is its own negative: the sun turning orange where it stands, or growing
    orange = [_sky_by_a_flag([(0.55, 0.3, 0.09, (1.0, 0.95 - 0.4 * t, 0.6 - 0.5 * t))]) for t in STEPS]
    assert exchange(np.stack(orange)).explained < EXCHANGED
    grown = [_sky_by_a_flag([(0.55, 0.3, 0.05 + 0.1 * t, SUN)]) for t in STEPS]
    assert exchange(np.stack(grown)).explained < EXCHANGED
    assert exchange(np.stack([_sky_by_a_flag()] * 5)) is None  # nothing differs
    # a lever turned half round about its hub points the same way as a bar moved down along it,
    # but goes round by the side between: no move
    lever = []
    for t in STEPS:
        img = _sky_by_a_flag()
        along = np.linspace(0.0, 0.25, 60)
        for a in along:
            x, y = 0.5 + a * np.sin(np.pi * t), 0.5 - a * np.cos(np.pi * t)
            img[:, (np.abs(_XX - x) < 0.03) & (np.abs(_YY - y) < 0.03)] = np.array([0.8, 0.1, 0.1])[:, None]
        lever.append(img)
    turned = exchange(np.stack(lever))
    assert turned.explained >= EXCHANGED and abs(turned.dy - 0.31) < 0.03 and not turned.steady, turned


def test_a_pale_sun_setting_beside_the_flag_it_joins_moves(probe):
    # lifeguard (the sixty-fifth held-out run), the latent of how high the sun has climbed: the
    # decoder fades the pale sun out high in the sky and in low at the right; beside the flag it
    # joins into one figure it made that figure wider ("The object becomes wider.", confidently
    # wrong). What changed was the sun taken away at one place and put down at another
    text = probe.answer(_saved_case("lifeguard_sun_sets_beside_the_flag")).text
    assert text.endswith("moves down and to the right."), text


def test_a_ship_sliding_in_from_the_border_moves_and_a_band_that_grows_does_not(probe):
    # dockyard (the fifty-second held-out run), the latent of where the ship lies along the quay:
    # the ship reaches in from the picture's left border, so it is read as a region that
    # darkens ("The region on the right becomes darker.") though one shift carries nearly all of
    # what changes in both rows. It moves
    text = probe.answer(_saved_case("dockyard_ship_slides_in_from_the_border")).text
    assert text.endswith("moves to the right."), text
    # the edge of the sea going down a beach (beachhuts, the latent of the tide) is carried by one
    # shift as well, but it reaches from side to side: a band that shrinks, not a thing that moves
    text = probe.answer(_saved_case("beachhuts_sea_edge_goes_up_the_picture")).text
    assert "moves" not in text, text


def _cleaver(angle, x0=0.2):
    """A grey blade from (x0, 0.7) along ``angle`` (radians, counterclockwise on the screen from
    pointing right) on tiles of two greens, a brown block under its handle end."""
    img = _paint((_XX * 8).astype(int) % 2 == 0, (0.6, 0.75, 0.6), (0.7, 0.85, 0.7))
    img[:, (_YY > 0.72) & (_XX < 0.45)] = np.array([0.5, 0.3, 0.15])[:, None]
    u = (_XX - x0) * np.cos(angle) - (_YY - 0.7) * np.sin(angle)
    v = (_XX - x0) * np.sin(angle) + (_YY - 0.7) * np.cos(angle)
    img[:, (u >= 0.0) & (u < 0.45) & (np.abs(v) < 0.04)] = np.array([0.3, 0.3, 0.35])[:, None]
    return img


def test_a_long_thing_turned_about_its_end_turns_its_long_axis_and_one_carried_does_not():
    # measure.motion.Turn.axis: the blade's long axis turns with it (counterclockwise on the
    # screen is negative), and does not when it is carried; a round thing has no long axis
    from latentexplainer.measure import turn

    raised = turn(np.stack([_cleaver(1.0 * t) for t in STEPS]))
    assert raised.axis < -0.8 and raised.angle < 0, raised
    carried = turn(np.stack([_cleaver(0.3, 0.1 + 0.2 * t) for t in STEPS]))
    assert not abs(carried.axis) >= 0.1, carried  # (NaN: where it overlaps itself, its ends move)
    assert np.isnan(turn(np.stack([_paint(_disc(0.3 + 0.3 * t, 0.5, 0.1)) for t in STEPS])).axis)


def test_a_cleaver_raised_about_its_handle_turns_and_does_not_move(probe):
    # butcher (the sixty-seventh held-out run), the latent of how far the cleaver is raised from
    # the chopping block: each small step of the blade going up about its handle is explained
    # by a shift nearly as well as by a turn, so the blade's tip going left was said ("The object
    # moves to the left.", confidently wrong at 0.30). Its long axis turns with it
    text = probe.answer(_saved_case("butcher_cleaver_raised_about_its_handle")).text
    assert text.endswith("rotates counterclockwise."), text


def test_a_long_thing_at_another_angle_at_the_end_than_at_the_start_turned_between_them():
    # measure.motion.end_turn: measured on the first and last frames alone, so a blade the
    # decoder shows twice in between (two blades half there) still turned; one carried across
    # keeps its angle, and a disc that grows has no long part of its own at either end
    from latentexplainer.measure import end_turn

    ends = [_cleaver(0.0), _cleaver(1.2)]
    ghosted = np.stack([ends[0], ends[0], 0.5 * (ends[0] + ends[1]), ends[1], ends[1]])
    assert end_turn(ghosted) < -0.6  # counterclockwise on the screen (what both ends share near the pivot is no one's)
    assert abs(end_turn(np.stack([_cleaver(0.3, 0.1 + 0.2 * t) for t in STEPS]))) < 0.1
    assert np.isnan(end_turn(np.stack([_paint(_disc(0.5, 0.5, 0.1 + 0.2 * t)) for t in STEPS])))


@pytest.mark.parametrize("case", [
    # glassblower (the sixty-ninth held-out run), the latent of the blowpipe's tilt: the bubble
    # on its far end fades in the middle frames, no turn explains the steps, and the figure's
    # middle rising was said ("The middle of the object moves up.", confidently wrong at 0.60).
    # At the ends the pipe lies at angles half a radian apart
    "glassblower_blowpipe_tilted_up_about_the_hand",
    # falconer (the sixty-fifth held-out run), the latent of the arm's raise: the decoder blurs
    # the gloved hand on the way, no turn or move explains the steps, and only that the outline
    # changes in a way nothing describes was said (certainty 0.0 over five samples): nothing
    # else is clear. At the ends the arm lies at angles well apart, about the shoulder
    "falconer_arm_raised_from_level_nothing_else_clear"])
def test_a_long_thing_at_another_angle_at_the_ends_turns(probe, case):
    text = probe.answer(_saved_case(case)).text
    assert text == "The object rotates clockwise.", text


def test_a_line_between_parts_of_the_picture_that_moves_is_said_without_the_colours_it_passes(probe):
    # gondolier (the sixty-sixth held-out run), the latent of how high the water stands up the
    # houses: the waterline goes up, and the band below it takes the water's colour where the
    # houses' walls and the quay's green were; "..., and the region at the bottom becomes
    # lighter." named the time of day as well (confidently wrong at 0.28). What the line passes
    # is no change of its own
    text = probe.answer(_saved_case("gondolier_water_rises_up_the_houses")).text
    assert text == "The lower part of the image becomes taller and the middle part shorter.", text


def test_a_row_of_doors_that_goes_round_the_wheel_in_a_white_wall_goes_round(probe):
    # lido (the fifty-second held-out run), the latent of the cabin doors' hue: the doors go from
    # blue through orange and green to cyan, but the figure's own colour mixes them with the white
    # wall they stand in, too pale to tell that the hue did not pass through grey on its large
    # steps; so the change was no change of hue at all ("The stripes across the object decrease in
    # number."). How vivid the part whose hue changes is tells it
    text = probe.answer(_saved_case("lido_doors_go_round_the_wheel_in_a_white_wall")).text
    assert "round the colour wheel" in text, text


def _stack(n, outline=True, lengthen=False):
    """Blocks of one size (blue, dark-edged unless not ``outline``) set one by one beside and on
    one another on a grey floor before a pale wall: ``n`` of them, up to three; or, ``lengthen``,
    one bar of their colour that reaches n blocks along the floor."""
    from scipy.ndimage import gaussian_filter
    img = _paint(_YY > 0.8, (0.5, 0.5, 0.52), (0.93, 0.9, 0.82))
    spots = [(0.55, 0.7), (0.67, 0.7), (0.61, 0.58)]
    for c in range(3):
        if lengthen and n:
            bar = (_XX >= 0.49) & (_XX < 0.49 + 0.12 * n) & (np.abs(_YY - 0.7) < 0.06)
            img[c][bar] = (0.45, 0.7, 0.95)[c]
            continue
        for cx, cy in spots[:n]:
            block = (np.abs(_XX - cx) < 0.06) & (np.abs(_YY - cy) < 0.06)
            edge = block & ~((np.abs(_XX - cx) < 0.045) & (np.abs(_YY - cy) < 0.045))
            img[c][block] = (0.45, 0.7, 0.95)[c]
            if outline:
                img[c][edge] = (0.1, 0.2, 0.45)[c]
    return np.stack([gaussian_filter(ch, 0.6) for ch in img])


def test_things_alike_that_come_one_by_one_touching_are_more_not_a_taller_thing(probe):
    # cidermill and icehouse (the fifty-third held-out run): barrels set by a wall, one beside the
    # other and the third on top, and blocks of ice stacked, were "The object becomes taller."
    # (confidently wrong) or no answer: touching, they are one figure that grows. Each is the size
    # of the first and meets the others along its outline: their number is the change
    for name, text in (("cidermill_barrels_set_by_the_wall", "The small shapes on the right increase in number."),
                       ("icehouse_ice_blocks_taken_away", "The small shapes at the lower right decrease in number."),
                       # and lanterns hung apart along a beam, whose glows join them
                       ("ropewalk_lanterns_hung_along_the_beam", "The small shapes at the upper right increase in number.")):
        assert probe.answer(_saved_case(name)).text == text, name
    frames = np.stack([_stack(n) for n in (0, 0, 1, 2, 3)])
    assert probe.answer(_twice(frames)).text == "The small shapes at the bottom increase in number."
    assert probe.answer(_twice(frames[::-1].copy())).text == "The small shapes at the bottom decrease in number."
    # a bar of one colour that lengthens by as much at each step runs on in its own colour: it grows
    frames = np.stack([_stack(n, lengthen=True) for n in (0, 0, 1, 2, 3)])
    assert "number" not in probe.answer(_twice(frames)).text


def _masks(frames):
    """Where each frame differs from the first (colour distance over 0.2), and the frames as
    (F, H, W, 3): what measure.change._come_whole counts."""
    from latentexplainer.measure.image import colour_distance
    x = frames.transpose(0, 2, 3, 1).astype(np.float64)
    return [colour_distance(x[k], x[0]) > 0.2 for k in range(len(x))], x


def _boots(n):
    """Boots (a leg and a foot) set one by one beside one another on a shelf, each touching the
    last, in dark leathers close to each other's and with no outline: ``n`` of them, up to three."""
    from scipy.ndimage import gaussian_filter
    img = _paint(_YY > 0.8, (0.5, 0.5, 0.52), (0.93, 0.9, 0.82))
    leathers = [(0.25, 0.2, 0.18), (0.32, 0.22, 0.16), (0.3, 0.17, 0.2)]
    for k in range(n):
        left = 0.25 + 0.16 * k
        boot = ((_XX >= left) & (_XX < left + 0.07) & (_YY >= 0.45) & (_YY < 0.72)) \
            | ((_XX >= left) & (_XX < left + 0.16) & (_YY >= 0.64) & (_YY < 0.72))
        for c in range(3):
            img[c][boot] = leathers[k][c]
    return np.stack([gaussian_filter(ch, 0.6) for ch in img])


@pytest.mark.parametrize("name, text", [
    # cobbler (the fifty-seventh held-out run): pairs of boots set on the shelf one beside the
    # other, black, brown, red, touching, were "The objects at the upper right grow larger."
    # (confidently wrong): no outline parts them and their leathers are close
    ("cobbler_boots_set_beside_their_kind", "The small shapes at the upper right increase in number."),
    # chocolatier (the fifty-fifth): truffles taken from their box, touching, had no answer
    ("chocolatier_truffles_taken_from_the_box", "The small shapes decrease in number.")])
def test_things_shaped_alike_that_come_touching_with_no_edge_between_are_more(probe, name, text):
    assert probe.answer(_saved_case(name)).text == text


def test_a_thing_shaped_as_the_first_counts_where_a_plain_block_does_not():
    from latentexplainer.measure.change import _come_whole, _shaped_as

    m, x = _masks(np.stack([_boots(n) for n in (0, 0, 1, 2, 3)]))
    assert _come_whole(m, x, 0).tolist() == [0, 0, 1, 2, 3]
    assert _shaped_as(m[2], m[3] & ~m[2])  # the second boot is the first's shape, shifted
    assert not _shaped_as(m[2], np.roll(m[2], 1, axis=0) & ~m[2])  # a rim is no boot
    # blocks that fill their box, with no edge between them, are one thing that grows
    m, x = _masks(np.stack([_stack(n, outline=False) for n in (0, 0, 1, 2, 3)]))
    assert not _shaped_as(m[2], m[3] & ~m[2])
    assert _come_whole(m, x, 0) is None


def test_a_few_things_are_counted_by_area_only_when_each_comes_whole():
    from latentexplainer.measure.change import _come_whole

    m, x = _masks(np.stack([_stack(n) for n in (0, 0, 1, 2, 3)]))
    assert _come_whole(m, x, 0).tolist() == [0, 0, 1, 2, 3]
    m, x = _masks(np.stack([_stack(n, outline=False) for n in (0, 0, 1, 2, 3)]))
    assert _come_whole(m, x, 0) is None  # blocks with no edge between them are one thing that grows
    # the first comes faint and strengthens (a lit crescent that waxes): it grows, nothing comes
    faint = np.stack([_stack(n) for n in (0, 0, 1, 2, 3)])
    faint[2] = 0.6 * faint[1] + 0.4 * faint[2]
    m, x = _masks(faint)
    assert _come_whole(m, x, 0) is None


def test_a_colour_each_row_turns_its_own_way_round_the_wheel_changes_colour(probe):
    # loomshed (the fifty-eighth held-out run), the latent of the yarn's hue: one row turned the
    # cloth from cyan through blue and pink to yellow, the next from cyan back to green. No two
    # hues hold for both rows, and it was "No consistent change is visible." in four answers of
    # five; the cloth's colour is what changes, in every row, clearest of all
    assert probe.answer(_saved_case("loomshed_yarn_turns_either_way")).text == "The objects change colour."

    def disc(hues):
        return np.stack([_hue_disc(h) for h in hues])

    forwards, back = disc(0.02 + 0.3 * STEPS), disc(0.02 - 0.3 * STEPS)
    assert probe.answer((Row(tuple(STEPS), "a", forwards), Row(tuple(STEPS), "b", back))).text == \
        "The object changes colour."
    # one way in both rows: its hues are named
    assert probe.answer(_twice(forwards)).text == "The object changes colour from red to green."
    # a colour that one row changes and the other leaves as it is: no change of colour at all
    still = disc(np.full(len(STEPS), 0.02))
    assert "colour" not in probe.answer((Row(tuple(STEPS), "a", forwards), Row(tuple(STEPS), "b", still))).text


def _two_blocks(second):
    """A blue block on a grey floor before a pale wall, and apart from it a second of half-width
    and half-height ``second`` (the first's are 0.08), or none (``()``); no block (None)."""
    from scipy.ndimage import gaussian_filter
    img = _paint(_YY > 0.8, (0.5, 0.5, 0.52), (0.93, 0.9, 0.82))
    sizes = [] if second is None else [(0.08, 0.08)] + ([second] if second else [])
    for (cx, cy), (hw, hh) in zip([(0.35, 0.6), (0.6, 0.6)], sizes):
        block = (np.abs(_XX - cx) < hw) & (np.abs(_YY - cy) < hh)
        for c in range(3):
            img[c][block] = (0.45, 0.7, 0.95)[c]
    return np.stack([gaussian_filter(ch, 0.6) for ch in img])


def test_a_step_that_brings_part_of_a_things_area_brings_none_of_them(probe):
    # fishpond (the fifty-eighth held-out run): reeds on the bank that grow shorter were "The
    # object changes colour from yellow to red and the small shapes at the upper right decrease
    # in number." (confidently wrong): counted by area, 1.2, 1.8 and 2.1 things (within a third
    # of whole numbers), but the step that was to bring the second brought 0.6 of one
    assert probe.answer(_saved_case("fishpond_reeds_grow_shorter")).text == "The object becomes shorter."
    from latentexplainer.measure.change import _come_whole

    def counted(second):
        return _come_whole(*_masks(np.stack([_two_blocks(s) for s in (None, None, (), second, second)])), 0)

    assert counted((0.08, 0.08)).tolist() == [0, 0, 1, 2, 2]  # a second block alike: two
    assert counted((0.045, 0.07)) is None  # a block 0.6 of the first's area is no second of them


def test_paint_that_turns_over_a_whole_track_at_once_is_no_things_that_come(probe):
    # rollercoaster (the fifty-first held-out run), the latent of the track's paint: red, blue,
    # then white against the pale sky. From the white end the track stood out in a few pixels,
    # then all along at once: "six things" that came in one step, counted by area as "The small
    # shapes at the bottom decrease in number." No more than two things come at one step
    text = probe.answer(_saved_case("rollercoaster_track_repainted")).text
    assert "number" not in text, text


def test_a_thing_carried_across_keeps_its_colour(probe):
    # toyshop (the fifty-third held-out run), the latent of the toy train's place on its shelf:
    # "The object moves to the left and changes colour from pink to green." (0.82, confidently
    # wrong, naming the top's hue as well). One shift per step explains 84-86% of what changes in
    # both rows: the train is carried along, and its measured colour changes only with what its
    # outline takes in on the way
    text = probe.answer(_saved_case("toyshop_train_carried_along_the_shelf")).text
    assert text == "The object moves to the left.", text
    # a ball that turns from red to blue as it rolls right does change colour: one offset from
    # the first frame to the last leaves much of their difference
    frames = np.stack([_paint(_disc(0.3 + 0.4 * t, 0.5, 0.12), (0.9 - 0.7 * t, 0.2 + 0.1 * t, 0.2 + 0.7 * t))
                       for t in STEPS])
    assert probe.answer(_twice(frames)).text == "The object moves to the right and changes colour from red to blue."


def test_a_resize_is_measured_as_a_resize_and_a_move_or_a_turn_is_not():
    from latentexplainer.measure import resize
    z = resize(np.stack([_blade(0.0, scale=1.0 + 0.4 * s) for s in STEPS]))
    assert z.steady and abs(z.scale - np.log(1.4)) <= 0.1 and z.explained >= 0.6 and z.gain >= 0.3, z
    z = resize(np.stack([_blade(0.0, scale=1.4 - 0.4 * s) for s in STEPS]))
    assert z.scale < -0.25, z
    z = resize(np.stack([_blade(0.0, dx=12 * s) for s in STEPS]))  # a move: a shift explains it, a scale adds nothing
    assert abs(z.scale) <= 0.06 and z.gain <= 0.1, z
    z = resize(np.stack([_blade(0.4 * s) for s in STEPS]))  # a turn: no scale explains much of it
    assert z.explained < 0.4, z


@pytest.mark.parametrize("case, text", [("barrel_shrinks_beside_its_rack", "The object at the lower right shrinks."),
                                        ("box_shrinks_on_its_shelf", "The object at the upper left shrinks.")])
def test_a_thing_that_shrinks_where_it_stands_beside_others_shrinks(probe, case, text):
    # coopershop (the fifty-sixth held-out run), the latent of the standing barrel's size: the
    # barrel shrinks on the floor between the rack of barrels and the brazier it touches, one
    # figure whose outline changes; its top comes down as a shift down would carry it, and 4 of 5
    # answers were "The object at the lower right moves down." (named the fire). chocolatier
    # (the fifty-fifth), the gift box's size: the box shrinks on its shelf, joined to it in one
    # figure whose outline changes most; where it was, the pale wall comes out, and every answer
    # was "The object becomes lighter." (certainty 1.0, naming the chocolate). A scale about
    # where each stands explains the change far better than any shift: it shrinks, neither
    # moving nor changing colour
    assert probe.answer(_saved_case(case)).text == text


def test_things_hung_one_beside_another_below_what_holds_them_come_rather_than_a_half_widening(probe):
    # locksmith (the sixty-first held-out run), the latent of how many keys hang on the board:
    # keys come one beside another below the board they hang from, one figure whose lower half
    # widens while the stripes across it (the keys' shanks) increase in number, each as wide
    # apart as before; 3 of 5 answers were "The lower part of the object at the upper left
    # becomes wider." (certainty 0.30, naming the padlock's shackle). The half's width is the
    # extent the stripes come across: things come, the half does not widen
    text = probe.answer(_saved_case("locksmith_keys_hung_one_beside_another")).text
    assert text == "The stripes across the object at the upper left increase in number.", text


def test_a_container_that_fills_from_the_bottom_has_a_light_part_that_becomes_taller(probe):
    # millwright (the sixty-fourth held-out run): the hopper fills with pale grain from the bottom
    # up, and what changes is all of what the figure is (its dark inside); "The object on the
    # right becomes lighter." (certainty 1.0) named the flour dust in the air. A colour that
    # sweeps up a figure from one side, each pixel turning once, is a part of it that grows
    text = probe.answer(_saved_case("millwright_hopper_fills_from_the_bottom")).text
    assert text == "The light part inside the object on the right becomes taller.", text


def test_a_hue_that_has_no_value_for_a_frame_keeps_turning_the_way_it_goes():
    # photographer (the sixty-fourth held-out run): the backdrop turns from magenta back through
    # purple, green and orange to red; in one row its second frame had no hue (grey), and the
    # step across it, magenta to green, was unwrapped forwards (+0.46 turns) where every other
    # step goes back: the ends then differed by a tenth of a turn, no clear change
    from latentexplainer.measure.image import unwrap_turns
    got = unwrap_turns(np.array([0.869, np.nan, 0.334, 0.023, 0.966]))
    assert np.allclose(got[[0, 2, 3, 4]], [0.869, 0.334, 0.023, -0.034]), got
    assert np.allclose(unwrap_turns(np.array([0.1, np.nan, 0.5, 0.6, 0.7]))[[0, 2, 3, 4]], [0.1, 0.5, 0.6, 0.7])
    assert np.allclose(unwrap_turns(np.array([0.9, 0.95, np.nan, 0.05]))[[0, 1, 3]], [0.9, 0.95, 1.05])


def test_a_backdrop_turning_back_round_the_wheel_grey_for_a_frame_changes_colour(probe):
    text = probe.answer(_saved_case("photographer_backdrop_turns_back_round_the_wheel")).text
    assert text.startswith("The object changes colour round the colour wheel, from magenta through"), text
    assert text.endswith("to red."), text


def test_a_thing_faded_out_by_one_house_and_in_by_the_next_moves(probe):
    # gondolier (the sixty-sixth held-out run), the latent of where the gondola is: the decoder
    # fades the boat and its gondolier out by one house and in by the next, in front of rows of
    # windows that no shift of the picture carries, and the water it uncovers turns lighter:
    # "The region on the left becomes lighter." (certainty 0.14). One offset that explains
    # what differs between the first frame and the last where the boat arrives, or where it left,
    # is its move
    text = probe.answer(_saved_case("gondolier_boat_fades_from_house_to_house")).text
    assert text == "The object moves to the right.", text


def test_lenses_tinted_darker_all_at_once_are_no_dark_part_that_grows(probe):
    # optician (the sixty-sixth held-out run), the latent of how dark the spectacles' lenses are
    # tinted: both lenses darken together, but the decoder's noise spreads the moments at which
    # their pixels pass half way, so a dark part seemed to grow inside the spectacles: "The dark
    # part inside the object grows." A part grows where an edge passes across it, neighbouring
    # pixels turning one after the other; these turn each at its own moment
    text = probe.answer(_saved_case("optician_lenses_tinted_darker")).text
    assert text == "The object becomes darker.", text


def test_a_part_that_swings_about_a_hinge_turns_whatever_it_brushes_on_the_way(probe):
    # dentist (the sixty-sixth held-out run), the latent of how far the chair's backrest is
    # reclined: the backrest turns down to the left about its hinge at the seat, and at first
    # it touches the framed certificates on the wall too, so where it touched the rest of the
    # figure went from the frames to the seat as if it slid: "Part of the object moves down and
    # moves to the left." A part that touches the steady part at one place in every frame, its
    # centre as far from there at both ends, swings about that place
    text = probe.answer(_saved_case("dentist_backrest_reclines_past_the_frames")).text
    assert text.endswith("turns counterclockwise."), text


def _flag(t):
    """A flag on a pole against a pale blue sky, black-and-white checks blending into yellow."""
    img = _paint((np.abs(_XX - 0.2) < 0.015) & (_YY > 0.2), (0.4, 0.3, 0.2), (0.6, 0.8, 0.95))
    flag = (_XX > 0.215) & (_XX < 0.5) & (_YY > 0.2) & (_YY < 0.42)
    checks = ((np.floor(_XX * 20) + np.floor(_YY * 20)) % 2).astype(np.float32)
    for c, yellow in enumerate((0.95, 0.85, 0.1)):
        img[c] = np.where(flag, (1.0 - t) * (0.05 + 0.9 * checks) + t * yellow, img[c])
    return img


def test_a_thing_that_turns_from_grey_to_a_colour_changes_colour_from_grey(probe):
    # lifeguard (the sixty-fifth held-out run), which flag flies over the hut: a chequered black
    # and white flag, then a red one, then a yellow one, was "The objects at the upper left
    # become more vivid." (confidently wrong at 0.93), or "from cyan to yellow" where the grey
    # took the sky's tinge: one end of the change is grey, the other yellow
    assert probe.answer(_twice(np.stack([_flag(t) for t in STEPS]))).text == \
        "The object changes colour from grey to yellow."
    text = probe.answer(_saved_case("lifeguard_chequered_flag_replaced_by_a_yellow_one")).text
    assert text == "The objects at the upper left change colour from grey to yellow.", text
    # and back, from yellow to grey; a colour that only dulls keeps its hue and is duller
    assert probe.answer(_twice(np.stack([_flag(1.0 - t) for t in STEPS]))).text == \
        "The object changes colour from yellow to grey."
    dulled = np.stack([_paint(_disc(0.5, 0.5, 0.2), (0.9 - 0.15 * t, 0.2 + 0.2 * t, 0.2 + 0.2 * t)) for t in STEPS])
    assert "grey" not in probe.answer(_twice(dulled)).text.replace("greyer", "")


def test_a_sheet_that_yellows_under_its_writing_changes_colour_and_no_shapes_go(probe):
    # scrivener (the seventy-ninth held-out run), the tone of the writing paper: the sheet turns
    # from white to yellowed parchment under its six lines of writing. The paper between the
    # lines passed the threshold of "differs from the yellow end" a strip at a time, so it was
    # counted as small things that go: "The small shapes on the left decrease in number."
    # (confidently wrong at 0.57). Things that come or go are there or not in each frame; a
    # colour that fades is half way everywhere at once
    text = probe.answer(_saved_case("scrivener_paper_yellows_under_its_writing")).text
    assert "small shapes" not in text and text.startswith("The object changes colour from grey to orange"), text


def _road(t, axis="y"):
    """A grey road across a green field (down it, for axis "x"), a tree in front of it, the
    road 0.08 to 0.3 of the picture wide as ``t`` goes from 0 to 1, its middle where it was."""
    along, off = (_YY, _XX) if axis == "y" else (_XX, _YY)
    img = _paint(np.abs(along - 0.45) < 0.04 + 0.11 * t, (0.45, 0.45, 0.47), (0.3, 0.6, 0.25))
    tree = _disc(0.7, 0.42, 0.07) if axis == "y" else _disc(0.42, 0.7, 0.07)
    for c, v in enumerate((0.1, 0.35, 0.1)):
        img[c] = np.where(tree, v, img[c])
    return img


def test_a_band_across_the_picture_that_thickens_becomes_thicker(probe):
    # collier (the seventy-ninth held-out run), how thick the seam of coal is: the black seam
    # across the rock face thins from both its edges, its middle where it was, and was "The
    # small shapes at the top decrease in number." (the glints in the coal; confidently wrong
    # at 1.00): a band across the picture whose two edges move apart or together thickens or
    # thins, and what lies on it goes with it
    text = probe.answer(_saved_case("collier_coal_seam_thins_in_the_rock")).text
    assert text == "The object across the top of the image becomes thinner.", text
    for axis, way in (("y", "across"), ("x", "down")):
        frames = np.stack([_road(t, axis) for t in STEPS])
        assert probe.answer(_twice(frames)).text == f"The object {way} the image becomes thicker."
        assert probe.answer(_twice(frames[::-1].copy())).text == f"The object {way} the image becomes thinner."
    # a disc that grows larger grows along the picture too: it is no band, and it grows
    grows = np.stack([_paint(_disc(0.5, 0.5, 0.2 + 0.15 * t), (0.45, 0.45, 0.47), (0.3, 0.6, 0.25)) for t in STEPS])
    assert probe.answer(_twice(grows)).text == "The object grows larger."
    # a band that moves, one edge coming as the other goes, moves
    moves = np.stack([_paint(np.abs(_YY - 0.3 - 0.3 * t) < 0.08, (0.45, 0.45, 0.47), (0.3, 0.6, 0.25)) for t in STEPS])
    assert "thick" not in probe.answer(_twice(moves)).text
    # and every shift along such a band fits alike: the shortest is taken (it was the first
    # tried, the furthest to the left: "The object moves to the left.")
    from latentexplainer.measure.motion import translation
    shift = translation(moves)
    assert shift.dx == 0.0 and shift.dy > 0.25, shift
    assert "left" not in probe.answer(_twice(moves)).text


def test_a_blind_raised_off_dark_glass_uncovers_a_dark_part_that_grows_taller(probe):
    # drayman (the eightieth held-out run), how far the window's blind is pulled down: the buff
    # blind goes up and the dark glass shows from the bottom up; it was "The object becomes
    # darker." (confidently wrong at 1.00), the glass (luminance about 0.2) being too light for
    # the dark inside of an opening. A window's glass is as dark an inside as a doorway's
    text = probe.answer(_saved_case("drayman_blind_raised_off_the_dark_glass")).text
    assert text == "The dark part inside the object becomes taller.", text


def test_ink_going_down_its_bottle_in_two_steps_is_a_light_part_that_grows_taller(probe):
    # stationer (the eighty-first held-out run), how full the bottle is of ink: the dark ink goes
    # down the clear glass, most of it within two of the row's four steps, its edge passing
    # straight down; the times at which the glass's pixels clear spread by 0.49 steps, under the
    # 0.5 a part growing inside a figure needed, so it was "The object becomes lighter."
    # (confidently wrong at 0.64). An edge seen to sweep straight across may pass that quickly
    text = probe.answer(_saved_case("stationer_ink_goes_down_its_bottle")).text
    assert text == "The light part inside the object becomes taller.", text


def test_small_things_that_come_where_a_figure_grows_are_told_once(probe):
    # chainmaker (the eighty-first held-out run), how many chains hang from the beam: the chains
    # come one after another (small things that come) where the figure they make up grows its
    # dark part wider; both were said, "... increase in number and the dark part inside the
    # object grows", and the second named the bellows opened wider (confidently wrong). One
    # change in one place is told once
    text = probe.answer(_saved_case("chainmaker_chains_hung_one_by_one")).text
    assert text == "The small shapes at the upper left increase in number.", text


def test_a_floor_that_darkens_as_a_doorway_changes_its_outline_is_not_the_change(probe):
    # thresher (the eighty-first held-out run), how wide the barn's doors stand open: the bright
    # doorway narrows and cross-fades into the shut doors, and the light it let onto the floor
    # goes; the floor darkening was said, "The lower part of the background becomes darker."
    # (confidently wrong at 1.00), beside a figure whose outline changed as much in ways nothing
    # describes. That is the figure's doing, and what it does is not known
    r = probe.answer(_saved_case("thresher_doors_close_on_the_light_floor"))
    assert r.abstained and "outline" in r.text, r.text


def test_water_that_sinks_in_a_glass_jar_shrinks_downwards(probe):
    # lapidary (the eighty-second held-out run), how full the jar is: the water in a pale glass
    # jar sinks; the jar's walls, rim and foot stay, so the part that shrinks has the figure's
    # middle for its centre at both ends. It was "Part of the object shrinks.", which named the
    # gem's size (confidently wrong at 1.00); what the part loses first lies above what it loses
    # last: it shrinks downwards
    text = probe.answer(_saved_case("lapidary_water_sinks_in_its_jar")).text
    assert text == "Part of the object shrinks downwards.", text


def _lid_on_box(degrees):
    """A green box on a grey street beside a loaf, on a blue wall, its pale lid hinged at the
    box's upper left corner and turned ``degrees`` from shut (negative: lifted)."""
    return _turned_on((70, 80, 120), [((0, 52, 64, 64), (110, 100, 95)), ((18, 30, 46, 51), (40, 120, 60)),
                                      ((48, 38, 58, 51), (190, 150, 90))],
                      (18, 30), [(0, 0), (28, 0), (28, -3), (0, -3)], (220, 220, 225), degrees)


@pytest.mark.parametrize("start,end,expected", [(-90, 0, "rotates clockwise"), (0, -80, "rotates counterclockwise")])
def test_a_lid_lifted_or_shut_on_its_hinge_rotates(probe, start, end, expected):
    # the box stays and its lid turns about its hinge: what the figure loses there it gains
    # again, a bar of the same form (a shift would explain it as well as a turn does); it was
    # "Part of the object moves to the left and moves up." The lid's own orientation turns
    frames = np.stack([_lid_on_box(start + (end - start) * t) for t in STEPS])
    text = probe.answer(_twice(frames)).text
    assert text == f"Part of the object {expected}.", text


def test_a_hot_box_lid_shut_on_its_hinge_rotates(probe):
    # pieman (the eighty-second held-out run), how far the hot-box's lid is lifted: the lid,
    # thin and blurred as it sweeps down onto the box, was an outline that no move, resize, turn
    # or colour describes (an abstention); blurred midway it is less elongated than at its ends
    text = probe.answer(_saved_case("pieman_lid_shut_on_its_hinge")).text
    assert text == "The part at the top of the object rotates clockwise.", text


def test_a_part_that_grows_one_way_is_no_wider_foot(probe):
    # wigmaker (the eighty-second held-out run), how long the wig's hair hangs: the hair lengthens
    # down round the stand's pole, so the lower half of the figure (wig, head and stand) widens:
    # "The lower part of the object becomes wider.", which named the powder puffed at it
    # (confidently wrong). Where a half of the figure widens as one part of it grows one way, the
    # part's growth is the change
    text = probe.answer(_saved_case("wigmaker_hair_hangs_longer")).text
    assert text == "Part of the object grows downwards.", text


@pytest.mark.parametrize("counts", [[1, 1, 2, 2, 2], [0, 0, 0, 1, 1], [3, 3, 2, 2, 2]])
def test_one_piece_more_or_fewer_at_one_step_is_a_visible_change(counts):
    # a whole crate, plate or cask that comes (or goes) at one step midway is plainly seen; its
    # trend's weight (0.875: one step) left it at 0.97 units, under the 1.0 a change needs
    # (netmaker, eighty-third held-out run: a third crate coming on the quay was outscored by
    # the frames' shift, "The object at the lower right moves to the right.", confidently wrong)
    from latentexplainer.backends.probe import ProbeOptions
    from latentexplainer.measure.scoring import score_series

    assert score_series("count", np.array(counts, float)).score >= ProbeOptions().threshold

