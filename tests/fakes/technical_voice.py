"""A fourth simulated multimodal model: the chatty model's eyes, a technical, analyst-style voice.

It looks at the strip exactly as :mod:`fakes.chatty` does (the same request parsing, the same
measurements, the same deliberate ~10% wrong answers and the same occasional second change), and
then words what it decided to say the way an ML researcher describes a latent dimension:

* the latent framed as what it encodes or controls ("This latent dimension appears to encode the
  horizontal translation of ...", "Traversing this dimension produces a monotonic increase in ...",
  "The dominant effect is ...", "Primary factor: vertical position (object moves downward).");
* terse, label-like forms ("Effect: luminance of ... decreases (darker).") and now and then a
  numbered list;
* axis notation in parentheses ("(+x)", "(-y)") next to the direction in words;
* a second change named as a secondary effect or as what the factor is entangled with;
* remarks on what stays invariant, on monotonicity and on consistency across rows;
* colour changes with the colour named at both ends, in varied forms;
* abstentions in its own technical words, chosen to fit what the strip shows (static frames, a
  faint change, rows that disagree or only some rows changing), some of which name attributes only
  to say that they do not change.

Deterministic per request: the ``random.Random`` is seeded with :func:`fakes.chatty.seed_of` of the
prompt and the images and draws the chatty model's decisions (wrong or not, a second change or
not) in the chatty model's order before it draws any words of its own. Imports nothing from
``latentexplainer``.
"""

from __future__ import annotations

import random
from typing import Any

from . import chatty
from .chatty import Answer, Change

# --------------------------------------------------------------------------------------------
# who and where

_OBJECT = {"grey": ("the foreground object", "the object", "the shape", "the sprite", "the white object"),
           "colour": ("the foreground object", "the object", "the shape", "the central object",
                      "the rendered object")}
_REGION = {"upper": ("the upper background region", "the upper half of the background",
                     "the background above the horizon", "the upper background band"),
           "lower": ("the lower background region", "the lower half of the background", "the floor region",
                     "the background below the horizon"),
           "background": ("the background", "the global background", "the backdrop region")}

# the quantity a dimension encodes
_NOUN = {"x": ("horizontal translation", "horizontal position", "x-coordinate", "lateral position"),
         "y": ("vertical translation", "vertical position", "y-coordinate"),
         "size": ("scale", "size", "spatial extent", "apparent size"),
         "rotation": ("orientation", "rotation angle", "in-plane rotation"),
         "stretch": ("aspect ratio", "elongation"),
         "brightness": ("luminance", "brightness", "intensity"),
         "hue": ("hue", "colour", "chromaticity")}
_GEOMETRY = ("x", "y", "size", "rotation", "stretch")

# --------------------------------------------------------------------------------------------
# the change in words

# what increasing the latent does to the thing ({s})
_ACTS = {("x", 1): ("shifts {s} toward the right", "translates {s} rightward (+x)", "moves {s} to the right",
                    "displaces {s} along +x, i.e. to the right"),
         ("x", -1): ("shifts {s} toward the left", "translates {s} leftward (-x)", "moves {s} to the left",
                     "displaces {s} along -x, i.e. to the left"),
         ("y", 1): ("shifts {s} downward", "translates {s} toward the bottom of the frame (-y)", "moves {s} down"),
         ("y", -1): ("shifts {s} upward", "translates {s} toward the top of the frame (+y)", "moves {s} up"),
         ("size", 1): ("enlarges {s}", "scales {s} up", "increases the scale of {s}", "makes {s} larger"),
         ("size", -1): ("shrinks {s}", "scales {s} down", "reduces the scale of {s}", "makes {s} smaller"),
         ("rotation", 1): ("rotates {s} clockwise", "applies a clockwise in-plane rotation to {s}",
                           "turns {s} clockwise"),
         ("rotation", -1): ("rotates {s} counter-clockwise", "applies an anticlockwise in-plane rotation to {s}",
                            "turns {s} counterclockwise"),
         ("stretch", 1): ("elongates {s}", "stretches {s} along its major axis", "makes {s} more elongated"),
         ("stretch", -1): ("makes {s} more compact", "reduces the elongation of {s}",
                           "makes {s} more isotropic (less elongated)"),
         ("brightness", 1): ("brightens {s}", "raises the luminance of {s} (lighter)", "makes {s} lighter"),
         ("brightness", -1): ("darkens {s}", "lowers the luminance of {s} (darker)", "makes {s} darker")}

# what the thing does (after its name)
_MOVES = {("x", 1): ("translates to the right (+x)", "moves rightward", "shifts toward the right",
                     "drifts along +x, i.e. to the right"),
          ("x", -1): ("translates to the left (-x)", "moves leftward", "shifts toward the left",
                      "drifts along -x, i.e. to the left"),
          ("y", 1): ("moves downward", "translates toward the bottom of the frame", "shifts down (-y)", "descends"),
          ("y", -1): ("moves upward", "translates toward the top of the frame", "shifts up (+y)", "ascends"),
          ("size", 1): ("increases in scale", "grows", "expands", "becomes larger"),
          ("size", -1): ("decreases in scale", "shrinks", "contracts", "becomes smaller"),
          ("rotation", 1): ("rotates clockwise", "undergoes a clockwise rotation", "turns clockwise"),
          ("rotation", -1): ("rotates counter-clockwise", "undergoes an anticlockwise rotation",
                             "turns counterclockwise"),
          ("stretch", 1): ("becomes more elongated", "elongates", "stretches along its major axis"),
          ("stretch", -1): ("becomes less elongated", "becomes more compact",
                            "becomes more isotropic (less elongated)"),
          ("brightness", 1): ("becomes lighter", "brightens", "increases in luminance (lighter)"),
          ("brightness", -1): ("becomes darker", "darkens", "decreases in luminance (darker)")}

# the change as a noun phrase ({s}: the thing, {p}: its possessive - only for the object)
_NOMINAL = {("x", 1): ("a rightward translation of {s} (+x)", "a monotonic shift of {s} toward the right",
                       "a horizontal translation of {s} to the right"),
            ("x", -1): ("a leftward translation of {s} (-x)", "a monotonic shift of {s} toward the left",
                        "a horizontal translation of {s} to the left"),
            ("y", 1): ("a downward translation of {s}", "a monotonic shift of {s} toward the bottom of the frame",
                       "a descent of {s} (-y)"),
            ("y", -1): ("an upward translation of {s}", "a monotonic shift of {s} toward the top of the frame",
                        "an ascent of {s} (+y)"),
            ("size", 1): ("a monotonic increase in {p} scale", "an enlargement of {s}",
                          "an increase in the size of {s}"),
            ("size", -1): ("a monotonic decrease in {p} scale", "a reduction in the size of {s}",
                           "a contraction of {s}"),
            ("rotation", 1): ("a clockwise rotation of {s}", "a monotonic clockwise change in {p} orientation"),
            ("rotation", -1): ("a counter-clockwise rotation of {s}",
                               "a monotonic anticlockwise change in {p} orientation"),
            ("stretch", 1): ("an increase in {p} elongation", "a stretching of {s} along its major axis"),
            ("stretch", -1): ("a decrease in {p} elongation (more compact)",
                              "a compaction of {s} toward a less elongated shape"),
            ("brightness", 1): ("an increase in {p} luminance (lighter)", "a brightening of {s}",
                                "a monotonic increase in the luminance of {s} (lighter)"),
            ("brightness", -1): ("a decrease in {p} luminance (darker)", "a darkening of {s}",
                                 "a monotonic decrease in the luminance of {s} (darker)")}

# what the encoded quantity does (after "the <quantity> of <thing>")
_TREND = {("x", 1): ("increases (rightward, +x)", "shifts toward the right", "moves to the right monotonically"),
          ("x", -1): ("decreases (leftward, -x)", "shifts toward the left", "moves to the left monotonically"),
          ("y", 1): ("shifts downward", "moves toward the bottom of the frame (-y)", "changes monotonically downward"),
          ("y", -1): ("shifts upward", "moves toward the top of the frame (+y)", "changes monotonically upward"),
          ("size", 1): ("increases (larger)", "grows monotonically", "increases monotonically"),
          ("size", -1): ("decreases (smaller)", "shrinks monotonically", "decreases monotonically"),
          ("rotation", 1): ("turns clockwise", "changes in the clockwise direction"),
          ("rotation", -1): ("turns counter-clockwise", "changes in the anticlockwise direction"),
          ("stretch", 1): ("increases (more elongated)", "increases monotonically (more elongated)"),
          ("stretch", -1): ("decreases (less elongated)", "decreases (more compact)"),
          ("brightness", 1): ("increases (lighter)", "increases (brighter)", "rises monotonically (lighter)"),
          ("brightness", -1): ("decreases (darker)", "drops monotonically (darker)")}

# a word or two in parentheses after a label
_SHORT = {("brightness", 1): ("lighter", "brighter", "becomes lighter"),
          ("brightness", -1): ("darker", "becomes darker")}

_ISH = {"red": "reddish", "orange": "orangish", "yellow": "yellowish", "green": "greenish", "lime green": "lime-green",
        "blue": "bluish", "purple": "purplish", "pink": "pinkish", "grey": "greyish"}

# the attributes a remark may call invariant, and the changes that rule each out
_INVARIANT = (("position", ("x", "y")), ("scale", ("size",)), ("orientation", ("rotation",)),
              ("colour", ("hue", "brightness")), ("aspect ratio", ("stretch",)))

_FACTOR = ("Primary factor", "Encoded factor", "Dominant factor")

# --------------------------------------------------------------------------------------------
# abstentions, by what the strip shows ({the_rows}, {first}, {rest}: filled in by fill())

ABSTAIN_ANY = (
    "No interpretable factor: the decoded images show no systematic variation along the traversal.",
    "I can't assign a semantic to this dimension; no attribute varies monotonically.",
    "Inconclusive. None of the tracked factors (position, scale, orientation, colour) changes along the traversal.",
    "This latent does not appear to encode any identifiable generative factor.",
    "No disentangled factor can be identified for this dimension.",
    "Traversal result: no measurable effect on position, scale, rotation or colour.",
    "I'd leave this dimension unlabelled: there is no consistent semantic to report.",
    "The traversal does not reveal an interpretable direction in latent space.",
    "Null result - this dimension has no identifiable effect on the decoder output.",
    "Unassigned: no factor of variation is associated with this latent.",
    "Neither a translation, nor a change of scale, nor a hue shift is observable along this traversal.",
    "Factor: none. The decoded outputs provide no evidence for a specific semantic.",
)
ABSTAIN_STATIC = (
    "This dimension appears inactive: the decoded images are invariant along the traversal.",
    "Dead latent: every decoded frame is identical, so the decoder ignores this dimension.",
    "The decoder output is constant across the traversal; this looks like a posterior-collapsed dimension.",
    "Zero variance along the traversal - the object does not move, resize, rotate or change colour.",
    "Inactive unit. The reconstructions are pixel-identical for every latent value.",
    "The traversal leaves the output unchanged; most likely a collapsed dimension with near-zero KL.",
    "No effect: the frames are invariant to this latent, consistent with an unused dimension.",
    "Position, scale and colour are all constant over the traversal, so the dimension seems to be unused.",
)
ABSTAIN_FAINT = (
    "The traversal produces only low-amplitude noise; I'd classify this as a dead latent.",
    "Only sub-threshold fluctuations are visible, with no monotonic trend; no interpretable factor.",
    "The variation along the traversal is within noise level, so I can't attribute a semantic to it.",
    "Low-amplitude, non-monotonic changes only - too weak to label this dimension.",
    "There may be a residual effect, but its magnitude is too small to interpret reliably.",
    "Small pixel-level jitter, no systematic shift in position, scale or colour; I'd call it uninformative.",
)
ABSTAIN_DISAGREE = (
    "No interpretable factor: {the_rows} disagree, so I can't assign a consistent semantic.",
    "Inconclusive - the effect is not consistent across the sampled base codes.",
    "The direction of the effect depends on the base code ({first} and {rest} change in unrelated ways); "
    "no consistent factor.",
    "The traversal acts differently in each row, which suggests a context-dependent latent rather than a "
    "single factor.",
    "Conflicting evidence across {the_rows}: the changes are not the same, so no single semantic can be assigned.",
)
ABSTAIN_UNEVEN = (
    "The effect appears in only a subset of the rows; it is not reproduced across base codes, so I won't label it.",
    "Inconclusive: the change is present for some base codes and absent for others.",
    "Partial effect only - some rows vary while others stay invariant; no consistent factor.",
    "The traversal affects only part of the sampled rows, which points to an interaction effect rather than a "
    "clean factor.",
)


# --------------------------------------------------------------------------------------------
# small helpers


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _a(phrase: str) -> str:
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


def _bare(name: str) -> str:
    return name.removeprefix("the ")


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _rows(n_rows: int) -> dict[str, str]:
    if n_rows == 2:
        return {"first": "the first row", "rest": "the second row", "the_rows": "the two rows"}
    n = {3: "three", 4: "four", 5: "five", 6: "six"}.get(n_rows, str(n_rows))
    return {"first": "the first row", "rest": "the other rows", "the_rows": f"the {n} rows"}


def fill(template: str, n_rows: int) -> str:
    """An abstention template with its row words filled in."""
    w = _rows(max(n_rows, 2))
    for key in ("the_rows", "first", "rest"):
        template = template.replace("{" + key + "}", w[key]).replace("{" + _cap(key) + "}", _cap(w[key]))
    return template


# --------------------------------------------------------------------------------------------
# the analyst


class _Analyst:
    """Words for one answer; each region keeps the name it is first given."""

    def __init__(self, rng: random.Random, kind: str, n_rows: int):
        self.rng, self.kind, self.n_rows = rng, kind, n_rows
        self._names: dict[str, str] = {}

    def pick(self, options):
        return self.rng.choice(options)

    def name(self, c: Change) -> str:
        if c.region not in self._names:
            table = _OBJECT[self.kind] if c.region == "object" else _REGION[c.region]
            if c.attr == "brightness":  # not "the white object becomes lighter"
                table = tuple(t for t in table if "white" not in t)
            self._names[c.region] = self.pick(table)
        return self._names[c.region]

    # ---- colour

    def pair(self, c: Change, bare: bool = False) -> str:
        """The two ends of a colour change: 'from red to blue', 'from a reddish hue to blue'."""
        a, b = c.start, c.end
        ai = _ISH.get(a, a)
        if bare:
            return self.pick((f"{a} to {b}", f"{ai} to {b}", f"{a} toward {b}"))
        return self.pick((f"from {a} to {b}", f"from {_a(ai)} hue to {b}", f"from {a} toward {b}",
                          f"from {a} at negative values to {b} at positive values",
                          f"from {a} (low end) to {b} (high end)", f"from {ai} tones to {b}"))

    def _colours(self, c: Change) -> str:
        """'both': two colour names; 'same': one colour, another shade; 'none': no names."""
        if not c.start or not c.end:
            return "none"
        return "same" if c.start == c.end else "both"

    # ---- the change in words

    def acts(self, c: Change) -> str:
        s = self.name(c)
        if c.attr == "hue":
            how = self._colours(c)
            if how == "none":
                return self.pick((f"shifts the hue of {s}", f"recolours {s}"))
            if how == "same":
                return f"shifts the shade of {s} (still {c.start})"
            return self.pick((f"shifts the hue of {s} {self.pair(c)}", f"recolours {s} {self.pair(c)}"))
        return self.pick(_ACTS[(c.attr, c.sign)]).format(s=s)

    def moves(self, c: Change, bare: bool = False) -> str:
        if c.attr == "hue":
            how = self._colours(c)
            if how == "none":
                return self.pick(("changes hue", "undergoes a hue shift"))
            if how == "same":
                return self.pick((f"stays {c.start} while its shade shifts", f"shifts in shade within {c.start}"))
            if bare:
                return self.pick((f"changes colour from {c.start} to {c.end}", f"goes from {c.start} to {c.end}"))
            return self.pick((f"changes colour {self.pair(c)}", f"shifts in hue {self.pair(c)}",
                              f"goes {self.pair(c)}"))
        options = _MOVES[(c.attr, c.sign)]
        if bare:  # inside parentheses: none of its own
            options = tuple(o for o in options if "(" not in o) or options
        return self.pick(options)

    def nominal(self, c: Change) -> str:
        s = self.name(c)
        if c.attr == "hue":
            how = self._colours(c)
            if how == "none":
                return f"a hue shift of {s}"
            if how == "same":
                return f"a shade shift of {s} within {c.start}"
            return self.pick((f"a hue shift of {s} {self.pair(c)}", f"a change in the colour of {s} {self.pair(c)}",
                              f"a monotonic hue transition of {s} {self.pair(c)}"))
        options = _NOMINAL[(c.attr, c.sign)]
        if c.region != "object":
            options = tuple(o for o in options if "{p}" not in o)
        return self.pick(options).format(s=s, p=_poss(s))

    def trend(self, c: Change) -> str:
        if c.attr == "hue":
            how = self._colours(c)
            if how == "none":
                return self.pick(("shifts steadily in hue", "changes monotonically around the colour wheel"))
            if how == "same":
                return f"stays {c.start} but shifts in shade"
            return self.pick((f"goes {self.pair(c)}", f"shifts {self.pair(c)}", f"transitions {self.pair(c)}"))
        return self.pick(_TREND[(c.attr, c.sign)])

    def short(self, c: Change) -> str:
        if c.attr == "hue":
            how = self._colours(c)
            if how == "none":
                return "hue shift"
            if how == "same":
                return f"shade shift, still {c.start}"
            return self.pair(c, bare=True)
        return self.pick(_SHORT[(c.attr, c.sign)])

    def owned(self, c: Change) -> str:
        """'the scale of the object', "the object's scale", 'the luminance of the floor region'."""
        noun, s = self.pick(_NOUN[c.attr]), self.name(c)
        if c.region == "object" and self.rng.random() < 0.4:
            return f"{_poss(s)} {noun}"
        return f"the {noun} of {s}"

    def label(self, c: Change) -> str:
        """'vertical position (object moves downward)', 'luminance of the floor region (darker)'."""
        noun, s = self.pick(_NOUN[c.attr]), self.name(c)
        if c.region == "object" and c.attr in _GEOMETRY:
            return f"{noun} ({_bare(s)} {self.moves(c, bare=True)})"
        return f"{noun} of {s} ({self.short(c)})"

    # ---- sentences

    def primary(self, c: Change) -> str:
        s = self.name(c)
        style = self.rng.random()
        if style < 0.16:
            return f"This latent dimension appears to encode {self.owned(c)}: increasing it {self.acts(c)}."
        if style < 0.28:
            return f"Traversing this dimension produces {self.nominal(c)}."
        if style < 0.40:
            return f"The dominant effect is {self.nominal(c)}."
        if style < 0.52:
            return f"The latent controls {self.owned(c)}, which {self.trend(c)}."
        if style < 0.62:
            return f"Effect: {self.pick(_NOUN[c.attr])} of {s} {self.trend(c)}."
        if style < 0.72:
            return f"{self.pick(_FACTOR)}: {self.label(c)}."
        if style < 0.82:
            return f"Along the traversal, {s} {self.moves(c)}."
        if style < 0.91:
            return f"Increasing the latent value {self.acts(c)}."
        return f"This dimension encodes {self.owned(c)}; {s} {self.moves(c)} monotonically over the traversal."

    def secondary(self, c: Change, also: Change) -> str:
        s2 = self.name(also)
        it = "it" if also.region == c.region else s2
        style = self.rng.random()
        if style < 0.25:
            return f"Secondary effect: {self.nominal(also)}."
        if style < 0.5:
            return f"This factor is entangled with a change in {self.owned(also)}: {it} {self.moves(also)}."
        if style < 0.7:
            return f"There is also a secondary effect on {self.owned(also)}, which {self.trend(also)}."
        if style < 0.85:
            return f"A weaker, entangled component is visible as well: {self.nominal(also)}."
        return f"Secondary effect on the {self.pick(_NOUN[also.attr])}: {s2} {self.moves(also)}."

    def inline(self, text: str, also: Change) -> str:
        """The first sentence extended by its secondary effect."""
        s2 = self.name(also)
        tail = self.pick((f", with a secondary effect on {self.owned(also)} ({_bare(s2)} {self.moves(also, True)})",
                          f", entangled with {self.nominal(also)}"))
        return text[:-1] + tail + "."

    def invariant(self, c: Change, also: Change | None) -> list[str]:
        changed = {c.attr} | ({also.attr} if also is not None else set())
        out = [name for name, attrs in _INVARIANT if not changed & set(attrs)]
        if self.kind == "grey" or c.region != "object":
            out = [n for n in out if n != "colour"]
        return out

    def remark(self, c: Change, also: Change | None) -> str:
        options = ["The remaining attributes stay invariant.",
                   "The response is monotonic and approximately linear in the latent value.",
                   "The effect is monotonic over the full traversal range."]
        others = self.invariant(c, also)
        if len(others) >= 2:
            listed = ", ".join(others[:-1]) + " and " + others[-1]
            options += [f"Other factors ({', '.join(others)}) remain invariant along the traversal.",
                        f"{_cap(listed)} stay invariant."]
        if also is None:
            options.append("This looks like a well-disentangled, single-factor dimension.")
        if self.n_rows == 1:
            options.append("Monotonic over the whole traversal.")
        elif self.n_rows == 2:
            options += ["Reproduced in both rows.", "The same direction holds for both base codes."]
        elif self.n_rows > 2:
            options += [f"Reproduced across all {self.n_rows} rows.",
                        "The same direction holds for every sampled base code."]
        return self.pick(options)

    def numbered(self, c: Change, also: Change | None) -> str:
        items = [f"{self.pick(_FACTOR)}: {self.owned(c)}", f"Direction along the traversal: {self.trend(c)}"]
        if also is not None:
            items.append(f"Secondary effect: {self.nominal(also)}")
        if self.rng.random() < 0.6:
            items.append(f"{self.pick(('Remaining attributes', 'Other factors'))}: invariant")
        if self.n_rows >= 2 and self.rng.random() < 0.4:
            where = "both rows" if self.n_rows == 2 else f"all {self.n_rows} rows"
            items.append(f"Consistency: same direction in {where}")
        return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))

    # ---- a whole answer

    def tell(self, c: Change, also: Change | None) -> str:
        if self.rng.random() < 0.14:
            return self.numbered(c, also)
        text = self.primary(c)
        if also is not None:
            if self.rng.random() < 0.3:
                text = self.inline(text, also)
            else:
                text += " " + self.secondary(c, also)
        if self.rng.random() < 0.4:
            text += " " + self.remark(c, also)
        return text


def compose(rng: random.Random, change: Change | None, kind: str, also: Change | None = None, n_rows: int = 2,
            why: str = "any") -> str:
    """The technical voice's words for one change (or an abstention; ``why``: static, faint, disagree,
    uneven, any)."""
    if change is None:
        return abstain(rng, why, n_rows)
    return _Analyst(rng, kind, n_rows).tell(change, also)


def abstain(rng: random.Random, why: str, n_rows: int) -> str:
    pool = chatty.abstentions(why, n_rows, ABSTAIN_ANY, static=ABSTAIN_STATIC, faint=ABSTAIN_FAINT,
                              disagree=ABSTAIN_DISAGREE, uneven=ABSTAIN_UNEVEN)
    return fill(rng.choice(pool), n_rows)


# --------------------------------------------------------------------------------------------
# the model


def answer(body: Any, path: str = "") -> Answer:
    """What the technically-voiced model says to one request body (any of the four protocols)."""
    d = chatty.decide(body, path)
    return Answer(compose(d.rng, d.said, d.kind, d.also, len(d.rows), d.why), d.seen, d.said, d.wrong)


def respond(path: str, body: Any) -> str:
    """The answer's text, for :meth:`fakes.servers.FakeServer.set_responder`."""
    return answer(body, path).text
