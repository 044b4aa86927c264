"""A third simulated multimodal model: the chatty model's eyes, a discursive, talkative voice.

It looks at the strip exactly as :mod:`fakes.chatty` does (the same request parsing, the same
measurements, the same deliberate ~10% wrong answers and the same occasional second change), and
then talks about what it decided to say the way a wordy, essay-like model would:

* several sentences, often walking through the strip row by row (the first row, then "the same"
  in the next one);
* hedges and second thoughts: a first impression that it takes back before giving its answer;
* negated alternatives and comparisons next to the change itself (what the figure does *not* do,
  what the change resembles);
* markdown now and then: bold words, a short heading, bullet points;
* many ways to name a direction, and colour changes that name the colour at both ends in
  varied forms;
* abstentions in its own words, chosen to fit what the strip shows (frozen frames, a faint
  flicker, rows that disagree or only some rows changing), some of which list changes only to
  deny them.

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

_FIGURE = {"grey": ("the shape", "the figure", "the form in the middle", "the lone shape", "the central figure"),
           "colour": ("the shape", "the object in the foreground", "the central piece", "the main figure",
                      "the thing in the middle")}
_PLACE = {"upper": ("the back wall", "the upper band of the backdrop", "the wall behind",
                    "the area above the horizon line"),
          "lower": ("the floor", "the lower band of the backdrop", "the ground plane",
                    "the area below the horizon line"),
          "background": ("the backdrop", "the surroundings", "the background", "the field behind everything")}

# --------------------------------------------------------------------------------------------
# what it does: (base, third person, gerund)

_GO = (("drift", "drifts", "drifting"), ("slide", "slides", "sliding"), ("glide", "glides", "gliding"),
       ("travel", "travels", "travelling"), ("make its way", "makes its way", "making its way"),
       ("edge", "edges", "edging"), ("creep", "creeps", "creeping"))
_TOWARD = {("x", 1): ("rightwards", "toward the right edge", "to the viewer's right", "over to the right-hand side",
                      "across to the right"),
           ("x", -1): ("leftwards", "toward the left edge", "to the viewer's left", "over to the left-hand side",
                       "across to the left"),
           ("y", 1): ("downward", "toward the bottom edge", "lower down in the frame"),
           ("y", -1): ("upward", "toward the top edge", "higher up in the frame")}
_DOES = {("y", 1): (("sink", "sinks", "sinking"), ("descend", "descends", "descending"),
                    ("drop lower", "drops lower", "dropping lower")),
         ("y", -1): (("climb", "climbs", "climbing"), ("rise", "rises", "rising"),
                     ("float upward", "floats upward", "floating upward"), ("ascend", "ascends", "ascending")),
         ("size", 1): (("swell", "swells", "swelling"), ("balloon", "balloons", "ballooning"),
                       ("get bigger", "gets bigger", "getting bigger"), ("puff up", "puffs up", "puffing up"),
                       ("take up more of the frame", "takes up more of the frame", "taking up more of the frame"),
                       ("enlarge", "enlarges", "enlarging")),
         ("size", -1): (("dwindle", "dwindles", "dwindling"), ("contract", "contracts", "contracting"),
                        ("get smaller", "gets smaller", "getting smaller"),
                        ("shrink down", "shrinks down", "shrinking down"),
                        ("take up less of the frame", "takes up less of the frame", "taking up less of the frame"),
                        ("diminish", "diminishes", "diminishing")),
         ("rotation", 1): (("turn clockwise", "turns clockwise", "turning clockwise"),
                           ("spin clockwise", "spins clockwise", "spinning clockwise"),
                           ("rotate the way a clock's hands go", "rotates the way a clock's hands go",
                            "rotating the way a clock's hands go"),
                           ("pivot clockwise", "pivots clockwise", "pivoting clockwise"),
                           ("swivel clockwise", "swivels clockwise", "swivelling clockwise")),
         ("rotation", -1): (("turn counter-clockwise", "turns counter-clockwise", "turning counter-clockwise"),
                            ("spin anticlockwise", "spins anticlockwise", "spinning anticlockwise"),
                            ("rotate against the clock", "rotates against the clock", "rotating against the clock"),
                            ("pivot counterclockwise", "pivots counterclockwise", "pivoting counterclockwise"),
                            ("swivel anticlockwise", "swivels anticlockwise", "swivelling anticlockwise")),
         ("stretch", 1): (("elongate", "elongates", "elongating"),
                          ("get longer and narrower", "gets longer and narrower", "getting longer and narrower"),
                          ("draw out into a more oblong form", "draws out into a more oblong form",
                           "drawing out into a more oblong form"),
                          ("stretch out lengthwise", "stretches out lengthwise", "stretching out lengthwise")),
         ("stretch", -1): (("turn squatter", "turns squatter", "turning squatter"),
                           ("round out", "rounds out", "rounding out"),
                           ("get less oblong", "gets less oblong", "getting less oblong"),
                           ("squash into a stubbier form", "squashes into a stubbier form",
                            "squashing into a stubbier form"),
                           ("even out toward a square", "evens out toward a square", "evening out toward a square")),
         ("brightness", 1): (("get paler", "gets paler", "getting paler"), ("lighten", "lightens", "lightening"),
                             ("brighten up", "brightens up", "brightening up"),
                             ("wash out", "washes out", "washing out"),
                             ("bleach toward a lighter tone", "bleaches toward a lighter tone",
                              "bleaching toward a lighter tone"),
                             ("turn lighter", "turns lighter", "turning lighter")),
         ("brightness", -1): (("dim", "dims", "dimming"), ("darken", "darkens", "darkening"),
                              ("deepen in tone", "deepens in tone", "deepening in tone"),
                              ("get murkier", "gets murkier", "getting murkier"),
                              ("grow duskier", "grows duskier", "growing duskier"),
                              ("turn darker", "turns darker", "turning darker"))}

# the change as a noun, without article: "the same {..}", "a {..}"
_AS_NOUN = {("x", 1): ("rightward drift", "slide toward the right edge", "glide to the viewer's right"),
            ("x", -1): ("leftward drift", "slide toward the left edge", "glide to the viewer's left"),
            ("y", 1): ("downward slide", "gradual sinking", "descent toward the bottom edge"),
            ("y", -1): ("upward climb", "gradual rise", "ascent toward the top edge"),
            ("size", 1): ("swelling", "gradual enlargement", "ballooning"),
            ("size", -1): ("dwindling", "gradual contraction", "shrinking down"),
            ("rotation", 1): ("clockwise spin", "clockwise turn"),
            ("rotation", -1): ("counter-clockwise spin", "anticlockwise turn"),
            ("stretch", 1): ("elongation", "lengthening into a more oblong form"),
            ("stretch", -1): ("squashing into a squatter form", "rounding out"),
            ("brightness", 1): ("lightening", "gradual paling", "washing out"),
            ("brightness", -1): ("darkening", "gradual dimming", "deepening of tone")}

# what a thing could have done instead (for "it does not ..."): (base, gerund, noun)
_OTHERWISE = {"x": (("move sideways", "moving sideways", "sideways movement"),
                    ("travel across the frame", "travelling across the frame", "horizontal travel")),
              "y": (("move up or down", "moving up or down", "vertical movement"),
                    ("change height", "changing height", "change in height")),
              "size": (("change size", "changing size", "change of scale"),
                       ("get bigger or smaller", "getting bigger or smaller", "swelling or shrinking")),
              "rotation": (("turn", "turning", "rotation"), ("spin", "spinning", "spin")),
              "stretch": (("change its proportions", "changing its proportions", "change in proportions"),),
              "hue": (("change colour", "changing colour", "colour change"),
                      ("shift in hue", "shifting in hue", "hue shift")),
              "brightness": (("get lighter or darker", "getting lighter or darker", "change in lightness"),)}

_LIKE = {("x", 1): ("a bit like a bead sliding along a wire",), ("x", -1): ("a bit like a bead sliding along a wire",),
         ("y", 1): ("like a stone settling in a pond",), ("y", -1): ("like a bubble rising through water",),
         ("size", 1): ("like a balloon being inflated",), ("size", -1): ("as if it were receding into the distance",),
         ("rotation", 1): ("like a dial being turned",), ("rotation", -1): ("like a dial being turned",),
         ("stretch", 1): ("like dough being pulled",), ("stretch", -1): ("as though squeezed from both ends",),
         ("brightness", 1): ("as if more light were falling on it",),
         ("brightness", -1): ("as if someone were turning down a dimmer",),
         ("hue", 1): ("much like a mood ring",), ("hue", -1): ("much like a mood ring",)}

_ISH = {"red": "reddish", "orange": "orangey", "yellow": "yellowish", "green": "greenish", "lime green": "lime-green",
        "teal": "teal", "cyan": "cyan", "blue": "bluish", "purple": "purplish", "magenta": "magenta",
        "pink": "pinkish", "grey": "greyish", "black": "blackish", "white": "whitish"}

# --------------------------------------------------------------------------------------------
# the talk around it

_OPENERS = ("Let me walk through what I see.", "Okay, here's my reading of the strip.", "Interesting sequence.",
            "Here is how I read it.", "So, I looked closely at the frames.", "This one took a careful look.",
            "Let me describe this one, then.")
_SPANS = (" frame after frame", " as the sequence goes on", " over the course of the sequence",
          " from the first frame to the last", " step by step", " as the latent is pushed further")
_HEDGES = ("{s} {third}", "{s} {third}", "{s} seems to {base}", "{s} appears to {base}",
           "as far as I can tell {s} {third}", "I'd say {s} {third}", "{s} gradually {third}",
           "{s} pretty clearly {third}", "what I notice is that {s} {third}",
           "I'm not completely sure, but {s} {third}")
_CLOSERS = ("It's a smooth, even progression.", "You can see it best by comparing the two ends of the sequence.",
            "I'd call this a clean, single-factor effect.", "The progression looks fairly linear to me.",
            "Quite a clear effect, honestly.", "Everything else in the picture looks untouched.",
            "I'm fairly confident about this one.", "Nothing else seems to be affected.",
            "It stands out far more than any other difference between the frames.")
_CLOSERS_ROWS = ("The rows are in good agreement on this.", "Every row tells the same story here.")
_HEADINGS = ("### Reading the strip", "### My take", "#### What changes along the sequence", "**In short**",
             "## Short answer")
_BULLET = ("**Change:**", "**What happens:**", "**Main effect:**", "**Effect:**")

# --------------------------------------------------------------------------------------------
# abstentions, by what the strip shows ({the_rows}, {first}, {rest}: filled in by fill())

ABSTAIN_ANY = (
    "I've gone back and forth over these frames, and I can't pin down a change that holds throughout.",
    "Honestly? I don't see anything systematic here.",
    "### Verdict\n\nNo reliable trend. Whatever differs between the frames doesn't add up to a single effect.",
    "I'd rather not guess: the frames don't point to any one property changing.",
    "Nothing I can name with confidence. The images wobble a little, but without any direction.",
    "My best answer is that this latent doesn't do anything visible.",
    "I can't find a property that changes steadily from the first frame to the last.",
    "- **Position:** steady\n- **Size:** steady\n- **Colour:** steady\n\nSo, as far as I can tell, no effect.",
    "There isn't a clear story in these frames.",
    "It's tempting to read something into small differences, but I don't think anything really changes.",
    "I looked for movement, a change of scale, a turn and a colour shift, and found none of them.",
    "No effect that I'd be willing to stand behind.",
    "This one stumps me: there is no dependable change.",
    "Neither the position, nor the scale, nor the colouring of anything genuinely changes here.",
)
ABSTAIN_STATIC = (
    "The frames look like copies of each other.",
    "Every frame in the sequence is the same picture, as far as I can tell.",
    "Nothing in the frames shifts, grows or recolours; they're identical.",
    "The shape stays put, keeps its size and keeps its colour - so, no visible effect.",
    "I'd call this latent dead: the images don't budge.",
    "The first and last frames are pixel-for-pixel alike, and so is everything between them.",
    "Zero movement, zero change of scale, zero change of tint. The picture is frozen.",
    "**No change.** The picture is frozen from start to finish.",
    "The sequence is perfectly still; turning this knob appears to do nothing at all.",
)
ABSTAIN_FAINT = (
    "There are tiny flickers between frames, but nothing that builds into a trend.",
    "Maybe a hint of something, but it's too slight for me to call it a change.",
    "The differences are within what I'd consider noise.",
    "I can spot small wobbles - a pixel here or there - yet no steady direction.",
    "If anything changes, it's too subtle to name; I'd say there's no clear effect.",
    "At first I thought the shape was drifting a little, but comparing the two ends, it really isn't going "
    "anywhere, and it doesn't grow or shrink either.",
)
ABSTAIN_DISAGREE = (
    "{The_rows} pull in different directions, so I can't name one shared change.",
    "Whatever happens in {first} is undone or reversed in {rest}, so there is no common effect.",
    "Each row seems to do its own thing; there's no change they have in common.",
    "{First} and {rest} contradict each other, so I won't commit to an answer.",
    "I see changes, but {the_rows} don't agree on what they are. No single effect, then.",
)
ABSTAIN_UNEVEN = (
    "Something changes in one row but not in the others, so it doesn't look like a consistent effect.",
    "The change shows up in some rows and not in others, which makes me doubt it's real.",
    "Only part of the sequence moves at all; I'd leave this one open rather than call it an effect.",
)


# --------------------------------------------------------------------------------------------
# small helpers


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _a(phrase: str) -> str:
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


def _rows(n_rows: int) -> dict[str, str]:
    """Row words: the first row, the rest (and whether 'rest' is plural), all of them."""
    if n_rows == 2:
        return {"first": "the top row", "rest": "the bottom row", "the_rows": "the two rows", "plural": ""}
    n = {3: "three", 4: "four", 5: "five", 6: "six"}.get(n_rows, str(n_rows))
    return {"first": "the top row", "rest": "the rows below it", "the_rows": f"the {n} rows", "plural": "1"}


def fill(template: str, n_rows: int) -> str:
    """An abstention template with its row words filled in."""
    w = _rows(max(n_rows, 2))
    for key in ("the_rows", "first", "rest"):
        template = template.replace("{" + key + "}", w[key]).replace("{" + _cap(key) + "}", _cap(w[key]))
    return template


# --------------------------------------------------------------------------------------------
# the narrator


class _Narrator:
    """Words for one answer; each region keeps the name it is first given."""

    def __init__(self, rng: random.Random, kind: str, n_rows: int):
        self.rng, self.kind, self.n_rows = rng, kind, n_rows
        self._names: dict[str, str] = {}

    def pick(self, options):
        return self.rng.choice(options)

    def name(self, c: Change) -> str:
        if c.region not in self._names:
            table = _FIGURE[self.kind] if c.region == "object" else _PLACE[c.region]
            self._names[c.region] = self.pick(table)
        return self._names[c.region]

    # ---- the change in words

    def forms(self, c: Change) -> tuple[str, str, str]:
        """(base, third person, gerund) of what the thing does, direction included."""
        key = (c.attr, c.sign)
        if c.attr == "hue":
            return self._hue(c)
        if c.attr in ("x", "y"):
            if key in _DOES and self.rng.random() < 0.4:
                return self.pick(_DOES[key])
            way = self.pick(_TOWARD[key])
            base, third, ing = self.pick(_GO)
            return f"{base} {way}", f"{third} {way}", f"{ing} {way}"
        return self.pick(_DOES[key])

    def _hue(self, c: Change) -> tuple[str, str, str]:
        a, b = c.start, c.end
        if not a or not b:
            return self.pick((("take on a different tint", "takes on a different tint", "taking on a different tint"),
                              ("drift in hue", "drifts in hue", "drifting in hue")))
        if a == b:
            way, third, ing = ("warm up", "warms up", "warming up") if c.sign < 0 else \
                ("cool down", "cools down", "cooling down")
            return self.pick(((f"stay {a} while its tint {third}", f"stays {a} while its tint {third}",
                               f"staying {a} while its tint {third}"),
                              (f"keep its {a} hue but {way} a little", f"keeps its {a} hue but {third} a little",
                               f"keeping its {a} hue but {ing} a little")))
        ai, bi = _ISH.get(a, a), _ISH.get(b, b)
        return self.pick(((f"go from {a} to {b}", f"goes from {a} to {b}", f"going from {a} to {b}"),
                          (f"start out {a} and end up {b}", f"starts out {a} and ends up {b}",
                           f"starting out {a} and ending up {b}"),
                          (f"turn from {a} into {b}", f"turns from {a} into {b}", f"turning from {a} into {b}"),
                          (f"shift from a {ai} tone toward {b}", f"shifts from a {ai} tone toward {b}",
                           f"shifting from a {ai} tone toward {b}"),
                          (f"lose its {a} and take on a {bi} cast", f"loses its {a} and takes on a {bi} cast",
                           f"losing its {a} and taking on a {bi} cast"),
                          (f"change colour, {a} at the start and {b} by the end",
                           f"changes colour, {a} at the start and {b} by the end",
                           f"changing colour, {a} at the start and {b} by the end"),
                          (f"pass from {a} over to {b}", f"passes from {a} over to {b}",
                           f"passing from {a} over to {b}")))

    def noun(self, c: Change) -> str:
        """The change as a noun phrase without article."""
        if c.attr == "hue":
            a, b = c.start, c.end
            if not a or not b:
                return "change of tint"
            if a == b:
                return f"shift in shade (still {a})"
            return self.pick((f"colour shift from {a} to {b}", f"{a}-to-{b} change", f"move from {a} toward {b}"))
        return self.pick(_AS_NOUN[(c.attr, c.sign)])

    def third(self, c: Change, bold: float = 0.12) -> str:
        _, third, _ = self.forms(c)
        return f"**{third}**" if self.rng.random() < bold else third

    def claim(self, c: Change, hedge: bool = True) -> str:
        """One clause, lower-case start, no full stop: 'the shape seems to drift leftwards'."""
        base, third, _ = self.forms(c)
        if self.rng.random() < 0.12:
            third = f"**{third}**"
        template = self.pick(_HEDGES) if hedge else "{s} {third}"
        return template.format(s=self.name(c), third=third, base=base)

    def span(self, c: Change) -> str:
        if self.rng.random() < 0.5:
            return ""
        spans = _SPANS if c.attr != "hue" else tuple(s for s in _SPANS if " from " not in s)
        return self.pick(spans)

    # ---- what it did not do

    def other(self, c: Change, also: Change | None, figure: bool = False) -> tuple[str, str, str] | None:
        """Something that could have changed but did not (never the change or the second one): of the
        thing that changes, or (``figure``) of the figure while a region changes. None: nothing fits."""
        skip = {c.attr} if c.region == "object" or not figure else set()
        if also is not None:
            skip.add(also.attr)
        attrs = [a for a in _OTHERWISE if a not in skip and not (a == "hue" and self.kind == "grey")]
        if c.region != "object" and not figure:
            attrs = [a for a in attrs if a in ("hue", "brightness")]
        return self.pick(_OTHERWISE[self.pick(attrs)]) if attrs else None

    def backwards(self, c: Change) -> str:
        """The gerund of the opposite change: 'drifting leftwards', 'going from blue to red'."""
        if c.attr == "hue":
            return self.pick((f"going from {c.end} to {c.start}", f"turning from {c.end} into {c.start}"))
        return self.forms(c.opposite())[2]

    def _reversible(self, c: Change) -> bool:
        return c.attr != "hue" or bool(c.start and c.end and c.start != c.end)

    def foil(self, c: Change, also: Change | None) -> str:
        """A sentence about what is *not* happening (every clause of it carries its negation)."""
        style = self.rng.random()
        alt = self.other(c, also)
        if c.region != "object" and also is None and (style < 0.35 or alt is None and not self._reversible(c)):
            fig = _cap(self.pick(_FIGURE[self.kind]))
            return self.pick((f"{fig} itself does not change at all.", f"{fig} itself is not affected."))
        if c.region == "object" and also is None and style < 0.2:
            return self.pick(("The backdrop is not affected.", "Nothing happens in the background."))
        if alt is not None and (style < 0.6 or not self._reversible(c)):
            base, ing, noun = alt
            return self.pick((f"It doesn't {base} as far as I can see.", f"There's no {noun} to speak of.",
                              f"I don't see any {noun}.", f"{_cap(noun)}? Not really.",
                              f"It isn't {ing} in any way that I can see."))
        if not self._reversible(c):
            return "It is not a change of position."
        ing = self.backwards(c)
        return self.pick((f"It is definitely not {ing}.", f"This isn't {_a(self.noun(c.opposite()))}.",
                          f"I don't think it's {ing} in any row." if self.n_rows >= 2 else
                          f"I don't think it's {ing} at any point."))

    # ---- pieces of an answer

    def rows_part(self, c: Change) -> str:
        """The change told row by row (two rows or more)."""
        w = _rows(self.n_rows)
        first, rest, pl = w["first"], w["rest"], bool(w["plural"])
        if self.n_rows == 2 and self.rng.random() < 0.5:
            first, rest = self.pick((("the upper strip", "the lower strip"), ("the first row", "the second row")))
        s = self.name(c)
        style = self.rng.random()
        if style < 0.25:
            return f"In {first}, {s} {self.third(c)}; {rest} {'show' if pl else 'shows'} the same {self.noun(c)}."
        if style < 0.45:
            _, _, ing = self.forms(c)
            return f"{_cap(first)} has {s} {ing}, and {rest} {'do' if pl else 'does'} exactly the same."
        if style < 0.65:
            return (f"Starting with {first}: {s} {self.third(c)}. {_cap(rest)} {'repeat' if pl else 'repeats'} it, "
                    f"just from a different starting point.")
        if style < 0.85:
            where = "in each of the other rows" if pl else f"in {rest}"
            return f"Take {first}: {s} {self.third(c)}. And {where} it {self.third(c)} as well."
        everyone = "both rows" if self.n_rows == 2 else f"all {w['the_rows'].split()[1]} rows"
        return f"{_cap(everyone)} agree on this: {s} {self.third(c)}."

    def plain_part(self, c: Change) -> str:
        text = _cap(self.claim(c)) + self.span(c)
        if self.rng.random() < 0.5:
            text += ", " + self.pick(_LIKE[(c.attr, c.sign)])
        return text + "."

    def second_thoughts(self, c: Change, also: Change | None) -> str:
        """A first impression taken back, then the change."""
        s = self.name(c)
        alt = self.other(c, also)
        if alt is not None and (not self._reversible(c) or self.rng.random() < 0.3):
            wrong = alt[1]
        else:
            wrong = self.backwards(c)
        it = "it" if c.region == "object" else s
        again = self.pick(("on a closer look", "looking again", "comparing the ends", "after a second look"))
        return self.pick((f"At first I thought {s} was {wrong}, but {again} {it} {self.third(c)}.",
                          f"My first impression was that {s} was {wrong}; {again} though, {it} {self.third(c)}.",
                          f"Initially I read this as {s} {wrong} - correction: {it} {self.third(c)}."))

    def instead(self, c: Change, also: Change | None) -> str:
        """What does not happen, then what does."""
        s = self.name(c)
        if c.region != "object":
            alt = self.other(c, also, figure=True)
            if alt is None:
                return f"The figure stays as it is; it's {s} that {self.third(c)}."
            return f"It's not {_a(alt[2])} of the figure; it's {s} that {self.third(c)}."
        base, ing, noun = self.other(c, also) or _OTHERWISE["stretch"][0]
        return self.pick((f"{_cap(s)} doesn't really {base}; rather, it {self.third(c)}.",
                          f"It isn't {_a(noun)} that I see here - {s} {self.third(c)}.",
                          f"Rather than {ing}, {s} {self.third(c)}."))

    def also_part(self, c: Change, also: Change) -> str:
        it = "it" if also.region == c.region else self.name(also)
        third = self.third(also, bold=0.0)
        return self.pick((f"At the same time {it} {third}.", f"Alongside that, {it} {third} as well.",
                          f"There's a second, weaker effect too: {it} {third}.", f"On top of that, {it} {third}.",
                          f"Meanwhile {it} also {third}."))

    def closer(self) -> str:
        pool = _CLOSERS + (_CLOSERS_ROWS if self.n_rows >= 2 else ())
        return self.pick(pool)

    def markdown(self, c: Change, also: Change | None) -> str:
        lines = [self.pick(_HEADINGS), "", f"- {self.pick(_BULLET)} {_cap(self.name(c))} {self.third(c, 0.0)}."]
        if self.n_rows == 2:
            lines.append(f"- **Rows:** {self.pick(('both rows show it the same way', 'the two rows agree'))}.")
        elif self.n_rows > 2:
            lines.append(f"- **Rows:** {_rows(self.n_rows)['the_rows']} all agree.")
        if self.rng.random() < 0.6:
            lines.append(f"- {self.foil(c, also)}")
        if also is not None:
            it = "it" if also.region == c.region else self.name(also)
            lines.append(f"- **Also:** {it} {self.third(also, 0.0)}.")
        if self.rng.random() < 0.5:
            lines += ["", self.closer()]
        return "\n".join(lines)

    # ---- a whole answer

    def tell(self, c: Change, also: Change | None) -> str:
        style = self.rng.random()
        if style < 0.16:
            return self.markdown(c, also)
        parts = []
        if self.rng.random() < 0.3:
            parts.append(self.pick(_OPENERS))
        foiled = False
        if style < 0.55 and self.n_rows >= 2:
            parts.append(self.rows_part(c))
        elif style < 0.68:
            parts.append(self.second_thoughts(c, also))
            foiled = True
        elif style < 0.8:
            parts.append(self.instead(c, also))
            foiled = True
        else:
            parts.append(self.plain_part(c))
        if not foiled and self.rng.random() < 0.45:
            parts.append(self.foil(c, also))
        if also is not None:
            parts.append(self.also_part(c, also))
        if self.rng.random() < 0.35:
            parts.append(self.closer())
        if len(parts) >= 3 and self.rng.random() < 0.3:  # a paragraph break before the last remark
            return " ".join(parts[:-1]) + "\n\n" + parts[-1]
        return " ".join(parts)


def compose(rng: random.Random, change: Change | None, kind: str, also: Change | None = None, n_rows: int = 2,
            why: str = "any") -> str:
    """The narrative voice's words for one change (or an abstention; ``why``: static, faint, disagree,
    uneven, any)."""
    if change is None:
        return abstain(rng, why, n_rows)
    return _Narrator(rng, kind, n_rows).tell(change, also)


def abstain(rng: random.Random, why: str, n_rows: int) -> str:
    pool = chatty.abstentions(why, n_rows, ABSTAIN_ANY, static=ABSTAIN_STATIC, faint=ABSTAIN_FAINT,
                              disagree=ABSTAIN_DISAGREE, uneven=ABSTAIN_UNEVEN)
    return fill(rng.choice(pool), n_rows)


# --------------------------------------------------------------------------------------------
# the model


def answer(body: Any, path: str = "") -> Answer:
    """What the narrative-voiced model says to one request body (any of the four protocols)."""
    d = chatty.decide(body, path)
    return Answer(compose(d.rng, d.said, d.kind, d.also, len(d.rows), d.why), d.seen, d.said, d.wrong)


def respond(path: str, body: Any) -> str:
    """The answer's text, for :meth:`fakes.servers.FakeServer.set_responder`."""
    return answer(body, path).text
