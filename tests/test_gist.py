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
