"""Reading explanations: what property of what thing an explanation says changes, and which way.

This is the graders' reader. It is written from a general English lexicon of visual change
(position, size, width, height, rotation, shape, identity, colour, lightness, saturation,
contrast, spatial frequency, phase, spread, count) and of the things that change (background
parts such as wall, floor and sky; objects and their kinds; light; patterns), and it reads
factor names and descriptions with the same lexicon. It shares no code and no sentence
templates with any explainer: it must read a chatty multimodal model ("Looking at both rows,
it appears that the ball slides toward the right edge") as well as a terse one.

A text is cut into clauses; a clause gives at most one claim per property, with a direction
on the property's own scale (+1: right, down, larger, wider, taller, clockwise, lighter, more
saturated, more contrast, finer, more spread, more), the hues it names at the start and the
end, and the thing it is about (its *focus*: the noun nearest to the words of the change).
A claim in a negated stretch ("the object does not move", "the background stays the same",
"Position: unchanged") is dropped. A factor is read into the same terms, plus its
orientation: a factor that grows upwards (elevation) or with the spacing of a pattern
(period, cell size) runs against the property's scale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    _CLAUSE,
    _EXPLICIT_FREQUENCY,
    _FROM_TO,
    _HUE_RE,
    _NEG_AFTER,
    _SHAPE_CHANGE,
    _TO_COLOUR,
    BACKGROUND_KINDS,
    CHANGE_VERB,
    ENDS,
    GENERIC,
    HUES,
    IDIOMS,
    LIGHT_DEVICES,
    LIGHT_WORDS,
    MOTION,
    NEGATION,
    NOUN_KINDS,
    PART_PLACES,
    PATTERN_KIND,
    PERIOD_WORDS,
    POLARITY,
    PROPERTY_WORDS,
    RANGES,
    STOP,
)


@dataclass(frozen=True)
class Claim:
    """What a clause says changes: a property, which way, and of what."""

    prop: str
    sign: int = 0  # +1 / -1 on the property's scale, 0 when not said
    part: str = ""  # "background", "object", "whole" or "" (not said)
    focus: str = ""  # the kind of thing the change is about (NOUN_KINDS), "" when not said
    kinds: tuple[str, ...] = ()  # every kind of thing the clause names
    places: tuple[str, ...] = ()
    hues: tuple[float | None, float | None] = (None, None)  # named hue at the start and the end (turns)
    light: bool = False  # the clause is about light falling on something
    words: tuple[str, ...] = ()  # the clause's content words (for telling similar factors apart)
    portion: bool = False  # the clause is about a part of a thing ("a portion of the lid", "one section of it")
    view: bool = False  # the clause is about a part of the picture itself ("the middle part of the image")


def _find(pattern: str, text: str) -> bool:
    return bool(pattern) and re.search(pattern, text) is not None






def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text)


_OWNED = re.compile(r"(?:\b\w+'s?|\bits|\btheir|\bhis|\bher)\s+(?:\w+\s+)?$")  # the house's (front) wall
# but the walls and floor of a place seen from inside it ("the cave's walls", "the walls of the
# tunnel") are what is behind everything: the background
# (and the rooms people work or live in: "the surgery's wall", "the workshop's floor")
_ENCLOSURE = (r"room|cave|cavern|grotto|tunnel|hall|chamber|cellar|vault|interior|surgery|workshop|studio|office"
              r"|kitchen|laboratory|salon|parlou?r|classroom|clinic|attic|garage|bathroom|bedroom|chapel")
_INSIDE_OWNER = re.compile(rf"\b(?:{_ENCLOSURE})s?'s?\s+(?:\w+\s+)?$")
_OF_A_THING = re.compile(rf"^\s+of\s+(?:the|a|an|this|that)\s+(?!image|scene|picture|frame|background|view|(?:\w+ )?(?:{_ENCLOSURE})s?\b)\w")
_PLACE_REFERENCE = re.compile(r"\b(?:along|against|across|on|onto|over|above|below|under|beneath|beside|near|behind"
                              r"|in front of|at)\s+(?:the\s+)?(?:[a-z'-]+\s+)?$")
# "the moon in the sky": a thing in a background part; "the change in the sky" is the sky's
_IN_PLACE = re.compile(r"\b([a-z][a-z'-]*)\s+in\s+(?:the\s+)?$")
_NOT_A_THING = re.compile("|".join(PROPERTY_WORDS.values()) + r"|^(change|changes|difference|variation|shift|everything"
                          r"|something|nothing|tone|shade|tones|shades|area|region|areas|regions)$")


def _kinds(text: str) -> list[tuple[int, str]]:
    """(position, kind) of every noun of a known kind, singular or plural. A background's
    noun that belongs to a thing ("the house's wall", "the wall of the tower") is that thing's
    part: an object. One that only says where something is ("the door along the wall", "the
    ball on the floor") is no kind of what changes."""
    out = []
    for m in re.finditer(r"[a-z][a-z-]*", text):
        w = m.group(0)
        kind = NOUN_KINDS.get(w) or (NOUN_KINDS.get(w[:-1]) if w.endswith("s") and w != "its" else None) \
            or (NOUN_KINDS.get(w[:-2]) if w.endswith("es") else None)
        if kind == "number" and (re.search(r"\bin\s+$", text[:m.start()]) or re.match(r"\s+of\b", text[m.end():])):
            continue  # "grow in number", "the number of stripes": how many, not a numeral
        if kind in BACKGROUND_KINDS and kind != "background":
            before, after = text[:m.start()], text[m.end():]
            if (_OWNED.search(before) and not _INSIDE_OWNER.search(before)) or _OF_A_THING.match(after):
                kind = "object"
            elif _PLACE_REFERENCE.search(before):
                continue
            elif (m_in := _IN_PLACE.search(before)) and not re.search(_NOT_A_THING, m_in.group(1)):
                continue
        if kind:
            out.append((m.start(), kind))
    return out


def _places(text: str) -> list[str]:
    found = []
    for name, pat in (("upper", r"\bupper\b|\btop\b|\babove\b|" + PART_PLACES["upper"]),
                      ("lower", r"\blower\b|\bbottom\b|\bbelow\b|" + PART_PLACES["lower"]),
                      ("left", r"\bleft\b"), ("right", r"\bright\b"), ("centre", r"\bcent(re|er|ral)\b|\bmiddle\b")):
        if re.search(pat, text):
            found.append(name)
    return found


def _part(kinds: list[str], text: str) -> str:
    if _find(r"\bwhole (image|scene|picture|frame)|\bentire (image|scene|picture|frame)|\beverything\b|\boverall\b"
             r"|\bthe (image|scene|picture|frame) as a whole", text):
        return "whole"
    if kinds and kinds[0] in BACKGROUND_KINDS:
        return "background"
    if kinds and kinds[0] not in ("pattern", "light"):
        return "object"
    return ""


def _negated(clause: str, pattern: str) -> bool:
    """Every match of the property's words sits in a negated stretch ("does not move",
    "stays the same", "keeps its width", "Position: unchanged")."""
    matches = list(re.finditer(pattern, clause))
    if not matches:
        return False
    negations = list(re.finditer(NEGATION, clause))  # read in the whole clause ("a steady turn" is no negation)
    for m in matches:
        before = clause[max(0, m.start() - 45): m.start()]
        after = clause[m.end(): m.end() + 40]
        exempt = re.search(r"\bnot only\b|\bno longer\b|\b(fewer|more) \w+ remain", before + clause[m.start():m.end() + 12])
        neg_before = any(m.start() - 45 <= n.start() and n.end() <= m.start() for n in negations) and not exempt
        neg_after = re.search(_NEG_AFTER, after) is not None and not exempt
        if not (neg_before or neg_after):
            return False
    return True


_LIT_FROM = re.compile(r"\b(?:lit|illuminated|lighted|light(?:ing)? (?:comes|falls|shines))\s+"
                       r"(?:(?:more and more|increasingly|more|now|mostly|further|strongly|brightly|gradually)\s+)?from\s+"
                       r"(?:the\s+)?(?:further\s+|more\s+)?(left|right|above|below|top|bottom|higher|lower)")


def _range_ends(prop: str, m: re.Match) -> tuple[bool, bool, bool, bool]:
    """Which ends of the property's scale (ENDS) "from A to B" names: (A low, A high, B low, B high)."""
    if prop not in ENDS:
        return False, False, False, False
    lo, hi = ENDS[prop]
    a, b = m.group("a"), m.group("b")
    return _find(lo, a), _find(hi, a), _find(lo, b), _find(hi, b)


def _polarity(prop: str, clause: str) -> int:
    lit = _LIT_FROM.search(clause)
    if lit and prop in ("x", "y"):  # "lit more and more from the right": the light goes right
        side = lit.group(1)
        if prop == "x" and side in ("left", "right"):
            return 1 if side == "right" else -1
        if prop == "y" and side not in ("left", "right"):
            return -1 if side in ("above", "top", "higher") else 1
    m = _FROM_TO.search(clause)
    a_lo, a_hi, b_lo, b_hi = _range_ends(prop, m) if m else (False,) * 4
    s = (a_lo - a_hi) + (b_hi - b_lo)
    if s:
        return 1 if s > 0 else -1
    if prop not in POLARITY:
        return 0
    if prop == "lightness" and _find(r"\b(darkness|dimness)\b", clause) and not _find(r"\b(bright|light)", clause):
        # "the darkness of the wall increases": the measure is named by its dark end (read as a size grows)
        return -_polarity("size", clause)
    if prop == "frequency" and _find(PERIOD_WORDS, clause) and not _find(_EXPLICIT_FREQUENCY, clause):
        return -_polarity("size", clause)  # "the spacing grows", "the period shortens": the frequency goes the other way
    up, down = POLARITY[prop]
    d = [x.start() for x in re.finditer(down, clause)]
    u = [x.start() for x in re.finditer(up, clause)]
    # 'counterclockwise' holds 'clockwise': a decrease word found at the same place wins
    u = [p for p in u if not any(abs(p - q) <= 8 for q in d)]
    if d and not u:
        sign = -1
    elif u and not d:
        sign = 1
    else:
        return 0
    return sign


def _hue_ends(clause: str) -> tuple[float | None, float | None]:
    names = [HUES[m.group(1)] for m in _HUE_RE.finditer(clause)]
    if not names:
        return None, None
    m = _FROM_TO.search(clause)
    if m:
        a = [HUES[x.group(1)] for x in _HUE_RE.finditer(m.group("a"))]
        b = [HUES[x.group(1)] for x in _HUE_RE.finditer(m.group("b"))]
        if a or b:
            return (a[0] if a else None), (b[-1] if b else None)
    if len(names) >= 2:
        return names[0], names[-1]
    return None, names[0]


def _colour_changes(clause: str, hues: tuple[float | None, float | None]) -> bool:
    """The clause says a colour changes (not just names the colour of a thing)."""
    if hues[0] is not None and hues[1] is not None and hues[0] != hues[1]:
        return True
    if _find(PROPERTY_WORDS["hue"], clause) and _find(CHANGE_VERB, clause) and not _negated(clause,
                                                                                         PROPERTY_WORDS["hue"]):
        return True
    return _TO_COLOUR.search(clause) is not None or _find(r"\b(warmer|cooler|redder|bluer|greener|yellower|pinker)\b",
                                                          clause)


# a report's fields ("attribute: hue / region: object / direction: red -> blue") say one change
# a report's fields, what changes and which way ("attribute: size ... direction: increasing", "1. encoded
# factor: the hue of the floor / 2. direction along the traversal: from red to blue"): one clause
_REPORT = re.compile(r"\b(?:attribute|factor|property)\W{0,3}:\W{0,3}([^\n,{}\"]+)(.*?)"
                     r"\bdirection(?: along the \w+| of (?:the )?change)?\W{0,3}:\W{0,3}([^\n,{}\"]+)", re.DOTALL)


def _report(m: re.Match) -> str:
    between = " ".join(re.sub(r"[^a-z ]+|\b(?:region|confidence|secondary)\b", " ", m.group(2)).split())
    return f"{m.group(1)}{' of the ' + between if between else ''} {m.group(3)}. "


def clauses(text: str) -> list[str]:
    """Lower-cased clauses; a short piece that says no change ("the floor" of "the floor and the
    wall turn blue") is joined to the next."""
    low = (text or "").lower().replace("\u2019", "'")
    low = _REPORT.sub(_report, re.sub(r"\s*(?:->|=>|\u2192)\s*", " to ", low))
    low = re.sub(r"[*_`#>]+", " ", low)
    low = re.sub(IDIOMS, " ", low)
    pieces = [c.strip() for c in _CLAUSE.split(low) if c and c.strip()]
    out: list[str] = []
    carry = ""
    for c in pieces:
        c = f"{carry} and {c}" if carry else c
        carry = ""
        if len(c.split()) <= 4 and not any(re.search(pat, c) for pat in PROPERTY_WORDS.values()) \
                and not _HUE_RE.search(c) and _kinds(c) and not re.search(NEGATION, c):
            carry = c
            continue
        out.append(c)
    if carry:
        out.append(carry)
    return out


def _focus(clause: str, found: list[tuple[int, str]], at: int) -> str:
    """The kind of thing nearest before the change's words (else nearest after). A thing named
    only as where another is ("the stripes behind the sofa", "the hand on the clock") is not
    it, when that other is named before it."""
    before = [(p, k) for p, k in found if p < at]
    before = before[:1] + [(p, k) for p, k in before[1:] if not _PLACE_REFERENCE.search(clause[:p])]
    if before:
        return before[-1][1]
    after = [k for p, k in found if p > at]
    return after[0] if after else ""


# where a thing goes is no place of the thing ("moves to the left" is not "the one on the left")
_DIRECTION = re.compile(r"\b(to|towards?|further|more to) the (far )?(left|right|top|bottom)\b|\b(left|right)-?wards?\b"
                        r"|\bfrom (the )?(far )?(left|right|top|bottom)( (edge|side))?( to (the )?(left|right|top|bottom))?\b")


_PORTION = r"\b(part|parts|portion|piece|section|end) of\b|\b(part|spot|patch|area|hole|opening)s? (inside|within)\b"
# a part of the picture itself, not of a thing in it ("the middle part of the image", "the top third of the frame")
_VIEW = r"\b(part|portion|half|third|section|band|strip|area|region)s? of (the|this|each) (image|picture|frame|view|photo)s?\b"


# properties that a range of plain adjectives names ("from small to big", "from black to white")
_RANGED = ("size", "width", "height", "length", "lightness")
# a change said as growing or shrinking in a measure ("grows in width", "decreases in brightness")
_MEASURE_OF = {"size": "size", "width": "width", "thickness": "width", "height": "height", "length": "length",
               "brightness": "lightness", "lightness": "lightness"}
_GROWS_ONE_WAY = re.compile(r"\bgr[eo]w(s|n|ing)? (taller|wider|longer|thicker|broader|fatter|shorter|narrower)\b")
# a thing that grows (or shrinks) one way: "the cup grows downwards" is taller, not bigger and lower
# (a thing that extends or stretches one way is longer: lexicon's length)
_GROWS_TOWARDS = re.compile(r"\b(?:(gr[eo]w(?:s|n|ing)?|expand\w*)|(shrink\w*|shr[au]nk|contract\w*))"
                            r"\s+(?:further\s+|farther\s+)?(?:(up|down)wards?|(sideways))\b")
_IN_MEASURE = re.compile(r"\b(?:(grow\w*|increas\w*|expand\w*|swell\w*|ris(?:e|es|ing))|(?:shrink\w*|decreas\w*"
                         r"|contract\w*|reduc\w*|drop\w*|fall\w*|diminish\w*)) in (" + "|".join(_MEASURE_OF) + r")\b")


# what lies above or below a horizon is the sky or the ground; a likeness ("much like a mood ring")
# says what a change resembles, not what changes
_HORIZON = ((re.compile(r"\b(?:the\s+)?(?:area|part|band|region|zone|strip)?\s*above the horizon(?:\s+line)?\b"), " the sky "),
            (re.compile(r"\b(?:the\s+)?(?:area|part|band|region|zone|strip)?\s*below the horizon(?:\s+line)?\b"),
             " the ground "))
_LIKENESS = re.compile(r"\b(?:much |a bit |rather |just |a little )?like an? [^,.;:!?\n]*")


def read_claims(text: str | None) -> list[Claim]:
    """Claims of an explanation, in order; one per property (the first that gives a direction)."""
    out: list[Claim] = []
    low = _LIKENESS.sub(" ", (text or "").lower())
    for pat, rep in _HORIZON:
        low = pat.sub(rep, low)
    for clause in clauses(LIGHT_DEVICES.sub(r"\1 signal", low)):
        found = _kinds(clause)
        kinds = [k for _, k in found]
        part = _part(kinds, clause)
        places = tuple(dict.fromkeys(_places(_DIRECTION.sub(" ", clause)) + [BACKGROUND_KINDS[k] for k in kinds
                                                         if BACKGROUND_KINDS.get(k)]))
        light = _find(LIGHT_WORDS, clause)
        hues = _hue_ends(clause)
        props = {p: m.start() for p, pat in PROPERTY_WORDS.items()
                 for m in [re.search(pat, clause)] if m and not _negated(clause, pat)}
        lit = _LIT_FROM.search(clause)
        if lit:
            props.setdefault("x" if lit.group(1) in ("left", "right") else "y", lit.start())
        if _find(MOTION, clause):
            for axis, pat in RANGES.items():
                m = re.search(pat, clause)
                if m and axis not in props and not _negated(clause, pat):
                    props[axis] = m.start()
        ranged = _FROM_TO.search(clause)
        for prop in _RANGED if ranged else ():
            a_lo, a_hi, b_lo, b_hi = _range_ends(prop, ranged)
            if (a_lo and b_hi) or (a_hi and b_lo):
                props.setdefault(prop, ranged.start())  # "goes from small to big", "from black to white"
        measured = _IN_MEASURE.search(clause)
        if measured:  # "grows in width", "decreases in brightness": that measure, not the size
            props = {p: at for p, at in props.items() if p not in _MEASURE_OF.values()}
            props[_MEASURE_OF[measured.group(2)]] = measured.start()
        if _GROWS_ONE_WAY.search(clause):  # "the plants grow taller": taller, not bigger as well
            props.pop("size", None)
        towards = None if measured else _GROWS_TOWARDS.search(clause)
        if towards:  # its extent that way, where it does not move (its other end stays); a move said
            # before it is a move ("moves to the left and grows downwards")
            axis = ("y", "height") if towards.group(3) else ("x", "width")
            props = {p: at for p, at in props.items()
                     if p != "size" and not (p in (axis[0], "position") and at >= towards.start())}
            props[axis[1]] = towards.start()
        if _colour_changes(clause, hues) and not _negated(clause, _HUE_RE.pattern + "|" + PROPERTY_WORDS["hue"]):
            hm = re.search(_HUE_RE.pattern + "|" + PROPERTY_WORDS["hue"], clause)
            props.setdefault("hue", hm.start() if hm else 0)
        else:
            props.pop("hue", None)
        words = tuple(w for w in _words(clause) if w not in STOP and len(w) > 2)
        resolved = _resolve(props, clause, kinds)
        subjects = _subjects(clause, found, min(resolved.values())) if resolved else []
        for prop, at in resolved.items():
            sign = _polarity(prop, clause)
            if measured and prop == _MEASURE_OF[measured.group(2)]:
                sign = 1 if measured.group(1) else -1
            if towards and prop in ("height", "width"):
                sign = 1 if towards.group(1) else -1
            near = "mouth" if prop == "shape" and _find(r"\bsmil|\bfrown|\bsad|\bhapp|\bgrump|\bcheer|\bgloom"
                                                         r"|\bexpression|\bmood", clause) else _focus(clause, found, at)
            for focus in subjects or [near]:
                own = [BACKGROUND_KINDS[focus]] if BACKGROUND_KINDS.get(focus) and len(subjects) > 1 else list(places)
                out.append(Claim(prop, sign, "background" if focus in BACKGROUND_KINDS else part, focus,
                                 tuple(dict.fromkeys(kinds)), tuple(own), hues if prop == "hue" else (None, None),
                                 light, words, _find(_PORTION, clause), _find(_VIEW, clause)))
    best: dict[tuple[str, str], Claim] = {}
    for c in out:
        key = (c.prop, c.focus)
        if key not in best or (best[key].sign == 0 and c.sign != 0 and best[key].hues == (None, None)):
            best[key] = c
    return list(best.values())


def _subjects(clause: str, found: list[tuple[int, str]], first: int) -> list[str]:
    """Two or more things named together before the change ("the floor and the wall both turn
    blue", "both hands rotate"); else []."""
    head = clause[:first]
    kinds = list(dict.fromkeys(k for p, k in found if p < first and k not in GENERIC))
    if len(kinds) >= 2 and re.search(r"\band\b|\bboth\b|,", head):
        return kinds
    return []


# words that make "closer together" a pattern's scale rather than how far apart things are
_EXPLICIT_SCALE = r"\bfiner\b|\bcoarser\b|\bdenser\b|\bsparser\b|\bspacing\b|\bfrequenc|\bperiod|\bgrid\b|\bpattern"
QUANTITIES = {"size", "width", "height", "length", "lightness", "saturation", "contrast", "frequency", "count", "spread"}


def _resolve(props: dict[str, int], clause: str, kinds: list[str]) -> dict[str, int]:
    """Words shared between properties: keep the reading the clause supports (property ->
    where its words start)."""
    p = dict(props)
    if "shape" in p and not _find(_SHAPE_CHANGE, clause) and (len(p) > 1 or not _find(CHANGE_VERB, clause)):
        p.pop("shape")  # "the square grows", "the shape slides left", "the ellipse sits": the noun names the object
    has = set(p)
    motion = _find(MOTION, clause)
    concrete = [k for k in kinds if k not in GENERIC and k not in ("pattern", "light", "bar")]
    pattern_subject = not concrete and (bool(kinds) and kinds[0] == "pattern" or _find(
        r"\b(stripes|bands|waves|lines|ripples|grating|tiling|lattice)\b", clause))

    def drop(*names: str) -> None:
        for n in names:
            p.pop(n, None)

    if "length" in p and p.get("height") == p["length"]:
        drop("height")  # "stretches out": the same words read longer, as a length (a stretch alone is a height)
    if "rotation" in has and not motion:
        drop("x")  # "tilts to the right": which way it turns, not where it goes
    if "rotation" in has and _find(r"\b(from|to|into) (the )?(vertical|horizontal)|\b(vertical|horizontal)(ly)? (to|into)\b",
                                   clause):
        drop("x", "y")  # "tilts from vertical to horizontal": orientations
    if "rotation" in p and ({"lightness", "hue", "saturation", "contrast"} & set(p)) and not _find(
            r"\brotat|\borient|\bangle|\btilt|\bspin|clockwise|\bpivot|\bslant|\bswivel|\blean|\bslope", clause):
        drop("rotation")  # "turns a bit brighter"
    if "phase" in has:
        drop("x", "y", "position")
    if pattern_subject and ({"x", "y", "position"} & has) and not ({"rotation", "frequency", "size"} & has) \
            and "phase" not in p:
        p["phase"] = min(p.get(k, 10**6) for k in ("x", "y", "position"))
        drop("x", "y", "position")  # stripes sliding sideways: their phase
    if pattern_subject and "width" in has:
        p.setdefault("frequency", p["width"])
        drop("width")  # thicker stripes: a coarser pattern
    if pattern_subject and ({"saturation", "lightness"} & has) and _find(r"\bfad|\bwashed|\bfaint|\bgr[ae]y"
                                                                         r"|\buniform|\bpronounced", clause):
        p.setdefault("contrast", min(p.get(k, 10**6) for k in ("saturation", "lightness") if k in p))
        drop("saturation", "lightness")
    if "frequency" in p and not pattern_subject and _find(r"\b(closer|nearer) together|\b(further|farther) apart",
                                                          clause) and not _find(_EXPLICIT_SCALE, clause):
        p.setdefault("spread", p["frequency"])
        drop("frequency")  # two dice drawing closer together: how far apart they are, not a scale
    if "frequency" in p:
        drop("size", "width")  # "the cells get smaller", "the spacing grows": the pattern's scale
    if "spread" in p:
        drop("size", "position", "frequency", "x", "y")
    if "y" in p and (set(p) & QUANTITIES) and not motion and not _find(
            r"vertical|y[- ]?(position|coordinate)|elevation|altitude|\bupwards?\b|\bdownwards?\b", clause):
        drop("y")  # "brightness goes up", "the size rises": a change of that property
    if "x" in p and "y" in p and not _find(PROPERTY_WORDS["y"].replace(r"|\b(up|down)\b(?!\s+(to|by)\b)", ""), clause):
        drop("y")
    if "lightness" in p and "hue" in p and _hue_ends(clause) != (None, None) and _polarity("lightness", clause) == 0:
        drop("lightness")  # "turns light blue": a colour
    if "hue" in p and "saturation" in p and _hue_ends(clause) == (None, None):
        drop("hue")
    if "shape" in p and "width" in p and "height" in p:
        drop("width", "height")  # "its outline goes from tall and thin to broad": one change of outline
    if "shape" in p and "identity" in p:
        if _find(_SHAPE_CHANGE, clause):
            drop("identity")
        else:
            drop("shape")
    if "identity" in p and not (_find(r"\bidentity|\bclass\b|\blabel\b|\bcategor|\bkind\b|\btype\b|\bwhich\b"
                                      r"|\bbecomes? (a|an)\b|\b(turns?|transforms?|changes?|morphs?|switch\w*"
                                      r"|transitions?) (in)?to\b|\bfrom\b.*\b(in)?to\b|\bdifferent\b|\banother\b|\bswitch"
                                      r"|" + PATTERN_KIND, clause)):
        drop("identity")  # "the letter moves left": a noun
    if "identity" in p and len(p) > 1 and not _find(r"\bidentity|\bclass\b|\blabel\b|\bcategor|\bkind\b|\btype\b"
                                                    r"|\bwhich\b|\bdifferent\b|\banother\b|\b(turns?|transforms?)"
                                                    r" into\b|" + PATTERN_KIND, clause):
        drop("identity")
    if "count" in p and _find(r"\bappears? (to|that|as|like|more|less)\b", clause):
        drop("count")  # "appears to move": a hedge
    if ({"position", "x", "y"} & set(p)) and "rotation" not in p and bool(kinds) and kinds[0] == "hand":
        p["rotation"] = min(p.get(k, 10**6) for k in ("position", "x", "y"))
        drop("position", "x", "y")  # a hand or a needle moves by turning
    if "position" in p and len(p) > 1:
        drop("position")  # "shifts colour", "the shape moves and grows": the verb names no position
    if "position" in p and not _find(r"\bposition\w*|\blocation|\bplacement", clause) and not motion:
        drop("position")
    if "contrast" in p and len(p) > 1 and not _find(r"contrast", clause):
        drop("contrast")
    return dict(sorted(p.items(), key=lambda kv: kv[1]))
