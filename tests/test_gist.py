"""The gist of an answer (uncertainty/gist.py) and the `gist` certainty: paraphrases agree,
boilerplate does not, and the way a thing changes still matters."""

import pytest

from latentexplainer.uncertainty import assess, get_estimator
from latentexplainer.uncertainty.gist import gist

RIGHT = ["Sure! In this sequence the white shape probably shifts from left to right.",
         "Here's what I see: the white shape appears to travel rightward.",
         "The object slides rightward as the latent increases. Nothing else changes.",
         "Going from the first frame to the last, the shape moves toward the right edge.",
         "The object seems to move horizontally to the right."]


def test_paraphrases_of_one_change_have_one_gist():
    assert {gist(t) for t in RIGHT} <= {"right", "horizontally right", "move right"}
    assert gist("I think the bright shape dwindles. Everything else looks unchanged.") == \
        gist("Both rows agree: the white shape contracts.") == gist("The object becomes smaller.") == "smaller"
    assert gist("The back wall goes from red to green.") == gist("The upper part of the background changes "
                                                                 "from a blue hue to a red one.")


def test_stock_remarks_and_abstaining_clauses_are_left_out():
    assert gist("The rest of the scene stays the same.") == ""
    assert gist("Looking at both rows, I can't make out any consistent change.") == ""
    assert gist("The object grows. The direction is the same in every row.") == "larger"


def test_the_way_it_changes_still_tells_answers_apart():
    est = get_estimator("gist")
    up_down = assess(["The ball drifts upward.", "The shape sinks toward the bottom."], est)
    assert up_down.score == 0.0
    agree = assess(RIGHT, est)
    assert agree.score > 0.8
    raw = assess(RIGHT, get_estimator("bow"))
    assert raw.score < 0.5  # word for word, the same change looks like disagreement


@pytest.mark.parametrize("a, b", [
    ("The object moves to the right.", "The object moves to the left."),
    ("The object grows larger.", "The object shrinks."),
    ("The wall turns blue.", "The object turns blue."),
    ("The left part of the background turns blue.", "The object moves to the left."),
])
def test_different_changes_differ(a, b):
    assert gist(a) != gist(b)


def test_turning_one_way_and_the_other_are_no_agreement():
    # fish-like figures turned clockwise in some rows and counterclockwise in others: opposite
    # answers, so no shared word of change (before, both kept "rotate" and scored 0.5)
    est = get_estimator("gist")
    assert gist("The object rotates clockwise.") == "clockwise"
    assert gist("The shape turns around anti-clockwise.") == "counterclockwise"
    assert assess(["The object rotates clockwise.", "The object rotates counterclockwise."], est).score == 0.0
    assert assess(["The object rotates clockwise.", "The shape spins clockwise."], est).score == 1.0


@pytest.mark.parametrize("text", [
    "The object changes colour round the colour wheel, from purple through green and orange to red.",
    "The object changes color around the whole color wheel.",
    "The object's hue goes through the spectrum, from red to violet.",
    "The object changes colour from magenta to pink.",
])
def test_the_way_round_the_colour_wheel_is_no_other_change(text):
    # eggs (the twenty-fifth held-out run): three of five answers said the box changes colour,
    # one "from magenta to pink", two "round the colour wheel, from purple through ... to red";
    # "round" and "wheel" counted as words of what changes, so they agreed at 0.71, and the
    # certainty (0.24) fell under the threshold
    assert gist(text).split()[-1] == "colour" and not {"round", "around", "wheel", "spectrum"} & set(gist(text).split())
    answers = [text, "The object changes colour from magenta to pink.", "The object shrinks."]
    assert assess(answers, get_estimator("gist")).score == pytest.approx(1 / 3)


def test_a_part_of_the_thing_is_not_a_part_of_the_background():
    # lollipop (a dev set): "The lower part of the object becomes wider." had the gist "lower
    # background wider", and so agreed in part with every answer about the lower background
    est = get_estimator("gist")
    assert gist("The lower part of the object becomes wider.") == gist("The bottom half of the shape widens.")
    assert "background" not in gist("The upper part of the object becomes narrower.")
    apart = assess(["The lower part of the object becomes wider.",
                    "The lower part of the background becomes lighter."], est)
    assert apart.score == 0.0
    assert gist("The lower part of the background becomes lighter.") == gist("The floor brightens.")


@pytest.mark.parametrize("measured, said", [
    ("The object's size increases.", "The object grows larger."),
    ("The size of the shape decreases steadily.", "The shape becomes smaller."),
    ("Its scale goes up.", "It gets bigger."),
    ("The brightness of the background increases.", "The background becomes lighter."),
    ("The darkness of the wall increases.", "The wall becomes darker."),
    ("The width of the bar decreases.", "The bar becomes narrower."),
    ("The object's height decreases.", "The object becomes shorter."),
])
def test_a_measure_that_goes_up_or_down_is_the_change_said_with_an_adjective(measured, said):
    # chatty models say "its size increases" as often as "it grows": the same change, one gist
    assert gist(measured) and sorted(gist(measured).split()) == sorted(gist(said).split())


def test_a_measure_going_up_and_one_going_down_still_differ():
    assert gist("The object's size increases.") != gist("The object's size decreases.")
    assert gist("The brightness of the background increases.") != gist("The darkness of the background increases.")
    assert gist("The size of the object increases and the background darkens.") == "larger background darker"


@pytest.mark.parametrize("a, b", [
    ("The object increases in brightness.", "The object becomes lighter."),
    ("The shape grows in width.", "The shape becomes wider."),
    ("The background transitions from black to white.", "The background becomes lighter."),
    ("The object goes from small to big.", "The object grows."),
    ("The object heads toward the bottom.", "The object moves down."),
    ("There's a leftward motion of the object.", "The object moves to the left."),
    ("The object is displaced to the right.", "The object moves to the right."),
    ("The shape is rotated by about 90 degrees clockwise.", "The shape rotates clockwise."),
])
def test_more_ways_to_say_one_change(a, b):
    assert gist(a) and gist(a) == gist(b)


def test_a_colour_that_shifts_does_not_move():
    assert "move" not in gist("The object's colour shifts toward blue.").split()
    assert gist("The background goes from white to black.") != gist("The background goes from black to white.")


@pytest.mark.parametrize("a, b", [
    ("Latent dimension 3 appears to control the object's horizontal position: as the value increases, "
     "the object moves from left to right.", "This latent seems to encode horizontal position. The shape slides rightward."),
    ("I'd describe this as an increase in the object's width.", "The object becomes wider."),
    ("The background goes from dark grey to almost white.", "The background becomes lighter."),
])
def test_what_a_latent_is_said_to_control_or_encode_is_no_change_of_its_own(a, b):
    # chatty answers name the latent ("dimension 3 controls ..."): the words of the frame are not
    # what changes, and do not make two answers of one change disagree
    assert gist(a) and gist(a) == gist(b)


@pytest.mark.parametrize("text, expected", [
    ("From left to right, the circle grows.", "larger"),
    ("The circle grows from left to right.", "larger"),
    ("Left to right: the square shrinks.", "smaller"),
    ("The object moves from left to right.", "right"),  # a thing that goes: the way it goes
    ("The object goes from left to right.", "right"),
])
def test_left_to_right_is_the_reading_order_unless_something_moves(text, expected):
    assert gist(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There is a gradual increase in the object's size.", "larger"),
    ("There's a clear change in brightness: the image darkens.", "darker"),
    ("The object changes in size, getting bigger.", "larger"),
    ("The circle's diameter expands.", "larger"),
    ("The size changes.", "size"),  # said without its way: the measure is all it says
])
def test_a_measure_named_beside_the_way_it_went_says_nothing_more(text, expected):
    assert gist(text) == expected


@pytest.mark.parametrize("a, b", [
    ("Attribute: size\nRegion: object\nDirection: increasing\nConfidence: high", "The object grows."),
    ('{"attribute": "position (horizontal)", "region": "object", "direction": "rightward", "confidence": "moderate"}',
     "The object moves to the right."),
    ("Attribute: brightness\nRegion: lower background\nDirection: lighter", "The lower background becomes lighter."),
    ("Hue of the upper background: red -> blue.", "The upper background changes colour from green to pink."),
    ("Direction: left to right", "It moves to the right."),
    ("The object grows less elongated.", "The object becomes more compact."),
    ("The foreground element loses brightness.", "The object becomes darker."),
    ("This unit encodes the area of the object; it scales up.", "The object grows."),
    ("1. Affected attribute: size of the white object\n2. Direction: decreasing\n3. Consistency: same in both rows",
     "The object shrinks."),
])
def test_reports_records_and_terse_answers_have_the_plain_gist(a, b):
    # a second simulated model (tests/fakes/plain_voice.py) answers in reports, JSON records and
    # terse measure sentences: its field names and grades are not what changes
    assert gist(a) and sorted(gist(a).split()) == sorted(gist(b).split())


def test_left_to_right_and_right_to_left_in_a_report_still_differ():
    assert gist("Direction: left to right") != gist("Direction: right to left")


@pytest.mark.parametrize("a, b", [
    ("My first impression was that the figure was sliding upward; after a second look though, it glides downward.",
     "The object moves down."),
    ("Initially I read this as the shape gliding leftwards - correction: it creeps rightwards.", "It moves right."),
    ("The shape creeps across to the left. It is definitely not edging rightwards.", "The object moves left."),
    ("The back wall starts out red and ends up green.", "The wall changes colour from red to green."),
    ("The area above the horizon line loses its magenta and takes on a yellowish cast.",
     "The area above the horizon line changes colour."),
    ("The central piece shrinks. It doesn't spin as far as I can see.", "The object shrinks."),
])
def test_retracted_impressions_denials_and_framings_are_not_the_gist(a, b):
    # a third simulated model (tests/fakes/narrative_voice.py) takes back first impressions, says
    # what does not happen and frames a change as a start and an end; only what it holds counts
    assert gist(a) and sorted(gist(a).split()) == sorted(gist(b).split()), (gist(a), gist(b))


@pytest.mark.parametrize("a, b", [
    ("Take the upper strip: the figure creeps higher up. And in the lower strip it slides toward the top edge as well.",
     "The object moves up."),
    ("The lone shape descends.\n- Horizontal travel? Not really.", "The object moves down."),
    ("The area above the horizon line changes colour.", "The upper part of the background changes colour."),
])
def test_which_row_a_question_answered_no_and_the_horizon(a, b):
    assert gist(a) and sorted(set(gist(a).split())) == sorted(set(gist(b).split())), (gist(a), gist(b))


def test_tinged_colour_names_are_colours():
    # "bluish", "orangey", "cyan-tinged": the colours at the ends, which answers need not agree on
    assert gist("The object changes colour from greenish yellow to yellow.") == \
        gist("The object changes colour from greenish yellow to orangey yellow.") == \
        gist("The object changes colour, from a bluish to a cyan-tinged green.") == gist("The object changes colour.")


@pytest.mark.parametrize("texts, expected", [
    # a fourth simulated model (tests/fakes/technical_voice.py): an analyst's words for one change
    (["1. Primary factor: the lateral position of the sprite\n2. Direction along the traversal: moves to the left "
      "monotonically\n3. Consistency: same direction in both rows",
      "This dimension encodes the horizontal translation of the sprite; the sprite moves leftward monotonically "
      "over the traversal. The response is monotonic and approximately linear in the latent value.",
      "Dominant factor: horizontal position (foreground object moves leftward). The effect is monotonic over the "
      "full traversal range."], "left"),
    (["This latent dimension appears to encode the spatial extent of the sprite: increasing it makes the sprite "
      "smaller. The remaining attributes stay invariant.",
      "Effect: scale of the foreground object decreases (smaller). Other factors (position, orientation, colour, "
      "aspect ratio) remain invariant along the traversal.",
      "Traversing this dimension produces a contraction of the shape."], "smaller"),
])
def test_an_analysts_words_for_one_change_have_one_gist(texts, expected):
    assert {gist(t) for t in texts} == {expected}
