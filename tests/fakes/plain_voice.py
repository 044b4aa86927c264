"""A second simulated multimodal model: same eyes as the chatty one, a terse, report-like voice.

It looks at the strip exactly as :mod:`fakes.chatty` does (the same request parsing, the same
measurements, the same deliberate ~10% wrong answers and the same occasional second change), but
words what it decided to say the way a different, analytical model would:

* measure-style sentences ("The object's size increases.", "Brightness of the upper background
  decreases.", "There is a steady rightward shift of the object."), with the direction of movement,
  turning, growing, stretching or lightening always said in plain words;
* structured answers: a small report ("Attribute: ...", "Direction: ...", "Confidence: ..."), a JSON
  object, or a numbered list;
* framings of the latent ("Latent dimension appears to control ...", "This unit encodes ...");
* reading-order lead-ins ("From the first to the last frame, ...", "Left to right, ...");
* colour changes with the colour names at both ends ("hue: red -> blue");
* abstentions in its own words, chosen to fit what the strip shows (identical frames, a faint
  change, rows that disagree).

Deterministic per request: the ``random.Random`` is seeded with :func:`fakes.chatty.seed_of` of the
prompt and the images, and draws the same decisions (wrong or not, second change or not) as the
chatty model before it draws its own words. Imports nothing from ``latentexplainer``.
"""

from __future__ import annotations

import json
import random
from typing import Any

from . import chatty
from .chatty import Answer, Change

# --------------------------------------------------------------------------------------------
# vocabulary (its own; none of the chatty model's tables)

_OBJECT = {"grey": ("the object", "the object", "the white object", "the foreground element", "the bright object"),
           "colour": ("the object", "the object", "the central object", "the foreground element", "the main object")}
_AREA = {"upper": ("the upper background", "the upper region of the background", "the top portion of the background"),
         "lower": ("the lower background", "the lower region of the background",
                   "the bottom portion of the background"),
         "background": ("the background", "the surrounding background", "the background area")}
_AREA_LABEL = {"object": "object", "upper": "upper background", "lower": "lower background",
               "background": "background"}

# what is measured (a noun): "the {noun} of {subject}"
_MEASURE = {"x": ("horizontal position", "x-position", "horizontal location"),
            "y": ("vertical position", "y-position", "vertical location"),
            "size": ("size", "scale", "area"),
            "rotation": ("orientation", "rotation angle"),
            "stretch": ("elongation", "length-to-width ratio"),
            "brightness": ("brightness", "lightness", "luminance"),
            "hue": ("colour", "hue")}

# what the measured quantity does (follows the noun): "the horizontal position ... shifts to the right"
_TREND = {("x", 1): ("shifts to the right", "moves toward the right", "goes from left to right"),
          ("x", -1): ("shifts to the left", "moves toward the left", "goes from right to left"),
          ("y", 1): ("shifts downward", "moves toward the bottom", "goes from top to bottom"),
          ("y", -1): ("shifts upward", "moves toward the top", "goes from bottom to top"),
          ("size", 1): ("increases",), ("size", -1): ("decreases",),
          ("rotation", 1): ("turns clockwise", "changes in the clockwise direction"),
          ("rotation", -1): ("turns counter-clockwise", "changes in the anticlockwise direction"),
          ("stretch", 1): ("increases",), ("stretch", -1): ("decreases",),
          ("brightness", 1): ("increases",), ("brightness", -1): ("decreases",)}

# what the thing itself does (follows the subject): "the object ... moves toward the right"
_MOTION = {("x", 1): ("moves toward the right", "shifts rightward", "translates to the right",
                      "travels from left to right", "moves right"),
           ("x", -1): ("moves toward the left", "shifts leftward", "translates to the left",
                       "travels from right to left", "moves left"),
           ("y", 1): ("shifts downward", "moves toward the bottom of the frame", "descends", "moves down",
                      "travels from top to bottom"),
           ("y", -1): ("shifts upward", "moves toward the top of the frame", "rises", "moves up",
                       "travels from bottom to top"),
           ("size", 1): ("grows", "increases in size", "scales up", "becomes larger"),
           ("size", -1): ("shrinks", "decreases in size", "scales down", "becomes smaller"),
           ("rotation", 1): ("rotates clockwise", "turns clockwise", "rotates in the clockwise direction"),
           ("rotation", -1): ("rotates counter-clockwise", "turns anticlockwise",
                              "rotates in the counter-clockwise direction"),
           ("stretch", 1): ("becomes more elongated", "elongates", "becomes more stretched out"),
           ("stretch", -1): ("becomes less elongated", "becomes more compact", "grows less elongated"),
           ("brightness", 1): ("becomes lighter", "lightens", "turns lighter", "increases in brightness"),
           ("brightness", -1): ("becomes darker", "turns darker", "decreases in brightness", "loses brightness")}

# a noun phrase for the change: "there is a steady {nominal}"; {s}: subject, {p}: its possessive
_NOMINAL = {("x", 1): ("rightward shift of {s}", "shift of {s} toward the right", "left-to-right translation of {s}"),
            ("x", -1): ("leftward shift of {s}", "shift of {s} toward the left", "right-to-left translation of {s}"),
            ("y", 1): ("downward shift of {s}", "shift of {s} toward the bottom", "downward translation of {s}"),
            ("y", -1): ("upward shift of {s}", "shift of {s} toward the top", "upward translation of {s}"),
            ("size", 1): ("increase in {p} size", "growth of {s}", "increase in the size of {s}"),
            ("size", -1): ("decrease in {p} size", "reduction in the size of {s}", "decrease in the size of {s}"),
            ("rotation", 1): ("clockwise rotation of {s}", "clockwise turn of {s}"),
            ("rotation", -1): ("counter-clockwise rotation of {s}", "anticlockwise turn of {s}"),
            ("stretch", 1): ("increase in {p} elongation", "increase in the elongation of {s}"),
            ("stretch", -1): ("decrease in {p} elongation", "decrease in the elongation of {s}"),
            ("brightness", 1): ("increase in the brightness of {s}", "lightening of {s}"),
            ("brightness", -1): ("decrease in the brightness of {s}", "darkening of {s}")}

# the direction as a report states it
_DIRECTION = {("x", 1): ("rightward", "left to right", "toward the right"),
              ("x", -1): ("leftward", "right to left", "toward the left"),
              ("y", 1): ("downward", "top to bottom", "toward the bottom"),
              ("y", -1): ("upward", "bottom to top", "toward the top"),
              ("size", 1): ("increasing", "larger", "growing"), ("size", -1): ("decreasing", "smaller", "shrinking"),
              ("rotation", 1): ("clockwise",), ("rotation", -1): ("counter-clockwise", "anticlockwise"),
              ("stretch", 1): ("increasing", "toward a more elongated shape"),
              ("stretch", -1): ("decreasing", "toward a more compact shape"),
              ("brightness", 1): ("lighter", "increasing", "brighter"),
              ("brightness", -1): ("darker", "decreasing")}
_LABEL = {"x": ("position (horizontal)", "horizontal position", "x-position"),
          "y": ("position (vertical)", "vertical position", "y-position"),
          "size": ("size", "scale"), "rotation": ("orientation", "rotation"), "stretch": ("elongation",),
          "brightness": ("brightness", "lightness"), "hue": ("hue", "colour")}

_STEADY = ("steady", "gradual", "consistent", "monotonic", "clear")
_LEAD = ("From the first to the last frame, ", "Left to right, ", "Frame by frame, ", "Along the sequence, ",
         "Over the sweep, ")
_CONFIDENCE = ("high", "high", "medium", "moderate")

# --------------------------------------------------------------------------------------------
# abstentions, by what the strip shows

ABSTAIN_ANY = ("Result: no systematic effect detected.",
               "I could not identify a consistent transformation.",
               "No consistent change detected.",
               "Unable to attribute a specific effect to this latent.",
               "Undetermined: no property shows a consistent trend.",
               "Verdict: no interpretable effect.",
               "Attribute: none\nDirection: n/a\nConfidence: low",
               '{"attribute": null, "direction": null}',
               "1. Affected attribute: none identified\n2. Direction: not applicable",
               "There is no monotonic trend in any visible property.",
               "No attribute varies systematically with this latent.",
               "This dimension does not map to an identifiable visual factor.")
ABSTAIN_STATIC = ("The latent appears inactive.",
                  "The frames are effectively identical; no effect is visible.",
                  "The sequence is static - changing this latent leaves the image unchanged.",
                  "Changing this latent does not visibly alter the image.",
                  "No visible variation from the first to the last frame.",
                  "This unit appears to be unused: every frame looks the same.",
                  "Effect size: zero. The frames do not change.",
                  "From the first to the last frame, the image stays exactly as it is.")
ABSTAIN_FAINT = ("The differences between frames are too small to interpret.",
                 "Only minor, unsystematic variation is visible; no clear effect.",
                 "Observed variation is negligible. No interpretable change.",
                 "Effect size: negligible.",
                 "Any change is marginal and does not form a clear trend.")
ABSTAIN_DISAGREE = ("Inconclusive - {the_rows} disagree.",
                    "{The_rows} change in different ways; no common effect can be stated.",
                    "No consistent transformation: {the_rows} do not show the same change.",
                    "Inconclusive: each row shows a different change.",
                    "Result: inconsistent across rows - no single effect.")
ABSTAIN_UNEVEN = ("Inconclusive - only some of the rows show a change.",
                  "The change is not reproduced in every row; no conclusion.")


# --------------------------------------------------------------------------------------------
# words


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poss(subject: str) -> str:
    return subject + "'" if subject.endswith("s") else subject + "'s"


def _rows_words(n_rows: int) -> tuple[str, str]:
    """(where it holds, e.g. 'both rows'; how to say consistency, e.g. 'same in both rows')."""
    if n_rows == 1:
        return "the row", "monotonic along the row"
    if n_rows == 2:
        return "both rows", "same in both rows"
    return f"all {n_rows} rows", f"same in all {n_rows} rows"


class _Voice:
    """Words for one answer: the subject of each region is chosen once, so one object keeps one name."""

    def __init__(self, rng: random.Random, kind: str, n_rows: int):
        self.rng, self.kind, self.n_rows = rng, kind, n_rows
        self._subjects: dict[str, str] = {}

    def pick(self, options):
        return self.rng.choice(options)

    def subject(self, c: Change) -> str:
        if c.region not in self._subjects:
            table = _OBJECT[self.kind] if c.region == "object" else _AREA[c.region]
            if c.attr == "brightness":  # not "the white object becomes lighter"
                table = tuple(t for t in table if "white" not in t and "bright" not in t)
            self._subjects[c.region] = self.pick(table)
        return self._subjects[c.region]

    # ---- pieces

    def noun(self, c: Change) -> str:
        """'the size of the object' / "the object's size" / 'the brightness of the upper background'."""
        measure, subj = self.pick(_MEASURE[c.attr]), self.subject(c)
        if c.region == "object" and self.rng.random() < 0.5:
            return f"{_poss(subj)} {measure}"
        return f"the {measure} of {subj}"

    def trend(self, c: Change) -> str:
        """What the measured quantity does: 'shifts to the right', 'increases', 'goes from red to blue'."""
        if c.attr == "hue":
            a, b = c.start, c.end
            if not a or not b:
                return self.pick(("changes steadily", "shifts along the colour wheel"))
            if a == b:
                return self.pick((f"stays {a} but shifts in shade", f"changes shade while remaining {a}"))
            return self.pick((f"goes from {a} to {b}", f"changes from {a} to {b}", f"shifts from {a} toward {b}"))
        return self.pick(_TREND[(c.attr, c.sign)])

    def motion(self, c: Change, plain: bool = False) -> str:
        """What the thing does: 'moves toward the right', 'becomes darker', 'turns from red into blue'."""
        if c.attr == "hue":
            a, b = c.start, c.end
            if not a or not b:
                return self.pick(("changes in hue", "shifts in colour"))
            if a == b:
                return self.pick((f"shifts to a different shade of {a}", f"changes tone while remaining {a}"))
            return self.pick((f"goes from {a} to {b}", f"turns from {a} into {b}", f"shifts in colour from {a} to {b}"))
        options = _MOTION[(c.attr, c.sign)]
        if plain:  # after a reading-order lead-in: no second 'from ... to ...'
            options = tuple(o for o in options if " from " not in o) or options
        return self.pick(options)

    def nominal(self, c: Change) -> str:
        subj = self.subject(c)
        if c.attr == "hue":
            a, b = c.start, c.end
            if not a or not b:
                return f"change in the hue of {subj}"
            if a == b:
                return f"shift in the shade of {subj} (it remains {a})"
            return self.pick((f"colour shift of {subj} from {a} to {b}", f"change in the hue of {subj}, {a} to {b}"))
        return self.pick(_NOMINAL[(c.attr, c.sign)]).format(s=subj, p=_poss(subj))

    def direction(self, c: Change) -> str:
        if c.attr == "hue":
            a, b = c.start, c.end
            if not a or not b:
                return "hue shift"
            if a == b:
                return f"shade shift within {a}"
            return self.pick((f"{a} -> {b}", f"{a} to {b}"))
        return self.pick(_DIRECTION[(c.attr, c.sign)])

    def label(self, c: Change) -> str:
        """'position (horizontal)', 'brightness (upper background)', 'object size'."""
        attr = self.pick(_LABEL[c.attr])
        where = _AREA_LABEL[c.region]
        if c.region == "object" and c.attr not in ("hue", "brightness") and self.rng.random() < 0.5:
            return attr  # position, size, orientation, elongation: only the object has them
        if "(" in attr:
            return f"{where} {attr}"
        return self.pick((f"{attr} ({where})", f"{where} {attr}"))

    # ---- one sentence (with its full stop)

    def sentence(self, c: Change) -> str:
        style = self.rng.random()
        if style < 0.22:  # "The object moves toward the right."
            return f"{_cap(self.subject(c))} {self.motion(c)}."
        if style < 0.42:  # "The object's size increases."
            return f"{_cap(self.noun(c))} {self.trend(c)}."
        if style < 0.58:  # "There is a steady rightward shift of the object."
            return f"There is a {self.pick(_STEADY)} {self.nominal(c)}."
        if style < 0.76:  # "Left to right, the object grows."
            leads = _LEAD + (("In each row, ", "In every row, ") if self.n_rows > 1 else
                             ("Along the row, ",) if self.n_rows == 1 else ())
            if c.attr == "x":  # not "Left to right, it moves to the left"
                leads = tuple(lead for lead in leads if "left" not in lead.lower())
            lead = self.pick(leads)
            return f"{lead}{self.subject(c)} {self.motion(c, plain=True)}."
        if style < 0.9:  # "Object size: increasing." / "Hue of the upper background: red -> blue."
            return f"{_cap(self.label(c))}: {self.direction(c)}."
        return f"{_cap(self.pick(_STEADY))} {self.nominal(c)}."  # a fragment

    def framed(self, c: Change) -> str:
        """The latent named as what it controls."""
        noun = self.noun(c)
        style = self.rng.random()
        if style < 0.25:
            return f"Latent dimension appears to control {noun}: it {self.trend(c)}."
        if style < 0.45:
            return f"This unit encodes {noun}; from the first to the last frame, {self.subject(c)} " \
                   f"{self.motion(c, plain=True)}."
        if style < 0.65:
            return f"Changing this latent mainly affects {noun}, which {self.trend(c)}."
        if style < 0.82:
            return f"This dimension governs {noun} (direction: {self.direction(c)})."
        return f"The latent modulates {noun}. {_cap(self.subject(c))} {self.motion(c)}."

    def remark(self) -> str:
        where, _ = _rows_words(self.n_rows)
        options = ["The trend is monotonic.", "No reversal of direction is observed.",
                   f"Effect magnitude: {self.pick(('moderate', 'large', 'strong'))}.",
                   f"Confidence: {self.pick(_CONFIDENCE)}."]
        if self.n_rows == 1:
            options += ["Consistent along the row.", "Observed across the whole row."]
        elif self.n_rows > 1:
            options += [f"Consistent across {where}.", f"Observed in {where}."]
        return self.pick(options)

    # ---- whole answers

    def prose(self, c: Change, also: Change | None) -> str:
        text = self.framed(c) if self.rng.random() < 0.3 else self.sentence(c)
        if also is not None:
            way = self.rng.random()
            if way < 0.3:
                text += f" Secondary effect: {self.subject(also)} {self.motion(also)}."
            elif way < 0.55:
                text += f" Additionally, {self.subject(also)} {self.motion(also)}."
            elif way < 0.8:
                text += f" A weaker concurrent change: {self.nominal(also)}."
            else:
                text += f" {_cap(self.noun(also))} also {self.trend(also)}."
        if self.rng.random() < 0.25:
            text += " " + self.remark()
        return text

    def report(self, c: Change, also: Change | None) -> str:
        lines = [f"Attribute: {self.pick(_LABEL[c.attr])}"]
        if c.region != "object" or c.attr in ("hue", "brightness") or self.rng.random() < 0.3:
            lines.append(f"Region: {_AREA_LABEL[c.region]}")
        lines.append(f"Direction: {self.direction(c)}")
        if also is not None:
            lines.append(f"Secondary: {self.label(also)}, {self.direction(also)}")
        lines.append(f"Confidence: {self.pick(_CONFIDENCE)}")
        return "\n".join(lines)

    def json(self, c: Change, also: Change | None) -> str:
        record: dict[str, Any] = {"attribute": self.pick(_LABEL[c.attr]), "region": _AREA_LABEL[c.region]}
        if c.attr == "hue" and c.start and c.end and c.start != c.end:
            record |= {"from": c.start, "to": c.end}
        else:
            record["direction"] = self.direction(c)
        if also is not None:
            record["secondary"] = {"attribute": self.pick(_LABEL[also.attr]), "direction": self.direction(also)}
        if self.rng.random() < 0.5:
            record["confidence"] = self.pick(_CONFIDENCE)
        text = json.dumps(record)
        return f"```json\n{text}\n```" if self.rng.random() < 0.3 else text

    def numbered(self, c: Change, also: Change | None) -> str:
        _, consistency = _rows_words(self.n_rows)
        items = [f"Affected attribute: {self.pick(_MEASURE[c.attr])} of {self.subject(c)}",
                 f"Direction: {self.direction(c)}"]
        if also is not None:
            items.append(f"Secondary change: {self.nominal(also)}")
        if self.n_rows >= 1:
            items.append(f"Consistency: {consistency}")
        return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))

    def words(self, c: Change, also: Change | None = None) -> str:
        style = self.rng.random()
        if style < 0.6:
            return self.prose(c, also)
        if style < 0.75:
            return self.report(c, also)
        if style < 0.87:
            return self.json(c, also)
        return self.numbered(c, also)


def compose(rng: random.Random, change: Change | None, kind: str, also: Change | None = None, n_rows: int = 2,
            why: str = "any") -> str:
    """The plain voice's words for one change (or an abstention; ``why``: static, faint, disagree, uneven, any)."""
    if change is None:
        return abstain(rng, why, n_rows)
    return _Voice(rng, kind, n_rows).words(change, also)


def abstain(rng: random.Random, why: str, n_rows: int) -> str:
    pool = chatty.abstentions(why, n_rows, ABSTAIN_ANY, static=ABSTAIN_STATIC, faint=ABSTAIN_FAINT,
                              disagree=ABSTAIN_DISAGREE, uneven=ABSTAIN_UNEVEN)
    the_rows = "the two rows" if n_rows == 2 else f"the {n_rows} rows"
    return rng.choice(pool).replace("{the_rows}", the_rows).replace("{The_rows}", _cap(the_rows))


# --------------------------------------------------------------------------------------------
# why there is nothing to say


# --------------------------------------------------------------------------------------------
# the model


def answer(body: Any, path: str = "") -> Answer:
    """What the plain-voiced model says to one request body (any of the four protocols)."""
    d = chatty.decide(body, path)
    return Answer(compose(d.rng, d.said, d.kind, d.also, len(d.rows), d.why), d.seen, d.said, d.wrong)


def respond(path: str, body: Any) -> str:
    """The answer's text, for :meth:`fakes.servers.FakeServer.set_responder`."""
    return answer(body, path).text
