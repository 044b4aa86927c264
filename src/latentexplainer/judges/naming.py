"""Which factor a claim names: a ground-truth factor read with the same lexicon as the
explanations (its property, what it is of, its orientation), and the best-fitting factor for
each claim of an explanation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    _HUE_RE,
    BACKGROUND_KINDS,
    GENERIC,
    HUES,
    LIGHT_DEVICES,
    LIGHT_SOURCE,
    LIGHT_WORDS,
    PATTERN_NAMES,
    PERIOD_WORDS,
    PROPERTY_WORDS,
    STOP,
    hue_gap,
)
from .reading import _DIRECTION, Claim, _find, _kinds, _part, _places, _words, read_claims


# ------------------------------------------------------------------------------- factors
@dataclass(frozen=True)
class FactorReading:
    """A ground-truth factor read with the same lexicon: its property, what it is of, and
    whether its values run with the property's scale (+1) or against it (-1)."""

    name: str
    prop: str | None
    part: str
    kinds: tuple[str, ...]
    places: tuple[str, ...]
    light: bool
    categorical: bool
    orientation: int = 1
    words: tuple[str, ...] = ()
    source: bool = False  # a visible light source's place or size: the thing and its light alike
    also: tuple[str, ...] = ()  # properties its values change besides its own (a colour from pale to dark: lightness)
    owned: bool = False  # of a part of a thing ("the submarine's periscope"), not of the whole thing
    enclosed: bool = False  # a light inside a thing ("the light inside the shop"): it lights that thing
    weather: bool = False  # rain or snow falling: drops or flakes (things) that grey the whole scene
    greys: bool = False  # a colour whose values run from white through grey to black ("white to charcoal"): no hue


_LAMPS = r"\b(lamps?|lanterns?|bulbs?|torch(es)?)\b"  # things that give light, named as things
# things of two arms or boards that open on a hinge between them
_HINGED = r"\b(shears|scissors|snips|bellows|tongs|pliers|pincers|jaws?|beaks?|clam\w*|compass(es)?|callipers|calipers)\b"
_FULL = r"(^|:)\s*how (full|empty)\b|\bfullness\b|\bfill level\b"  # how full a thing is
# how high a heap is piled: its top rises as it grows on the ground it stands on, a height
_HEAP = r"\bhow (high|tall)\b[^()]*\b(heaps?|piles?|stacks?|mounds?|drifts?)\b|\b(piled|heaped)\b|\bstacked (up )?(high|low)\b"


def _factor_prop(text: str, categorical: bool, light: bool) -> str | None:
    # the property named first; of two named at one place, the longer phrase ("scale of the
    # pattern" is a frequency, "scale" a size)
    found = sorted((m.start(), -len(m.group(0)), p) for p, pat in PROPERTY_WORDS.items()
                   for m in [re.search(pat, text)] if m)
    order = [p for _, _, p in found]
    if _find(_FULL, text) and not order:  # "how full the jar of olive oil is": what fills it, whatever its colour
        return "height"
    if _find(PROPERTY_WORDS["hue"] + "|" + _HUE_RE.pattern, text) and not order:
        return "hue"
    for special in ("phase", "spread", "count"):
        if special in order and order.index(special) == 0:
            return special
    if _find(r"^\s*(the )?number of\b|^\s*how many\b", text):
        return "count"  # "number of suit symbols on the card": how many of a thing, whatever it is
    if _find(r"(^|:)\s*how (bright|dark|light|lit|pale|dim)(ly)?\b|" + _DAYTIME, text):
        return "lightness"  # "how bright it is outside (night to day)", "time of day: how lit the sky is"
    if _find(r"(^|:)\s*how (strongly|intensely|fiercely|hard)\b[^,.;()]*\b(shines?|shining|shone|glows?|glowing|gleams?"
             r"|gleaming|blazes?|blazing|beams?|beaming)\b", text):
        return "lightness"  # "how strongly the sun shines in (overcast to bright shafts)": how bright its light is
    if categorical and _find(r"\bwhich\b|\bkind|\btype|\bclass|\blabel|\bcategor|\bidentity|\bletter|\bdigit|\bcharacter"
                             r"|\bglyph|\bsymbol|\bgarment|\bclothing", text):
        return "identity"
    if categorical and _find(_MADE_OF, text):
        return "identity"  # "what the hanging pans are made of (copper, iron or enamel)": which material, not where
    if _find(_FULL, text):
        return "height"  # "how full the glass is (nearly empty to full)": how high what fills it stands
    if _find(_HEAP, text):
        return "height"  # "how high the heap of sawdust is (low to tall)": how tall the heap stands
    if _find(r"\bhow steep(ly)?\b|\bsteepness\b", text):
        return "rotation"  # "how steeply the spout points up (nearly level to steep)": its angle
    if _find(r"\bhorizontal|\bx[- ]?(position|coordinate|pos)\b|\bpos(ition)?[ _-]?x\b|\bleft[- ]?(to|-)[- ]?right"
             r"|\bright[- ]?(to|-)[- ]?left|\bazimuth", text):
        return "x"
    if _find(r"\bvertical|\by[- ]?(position|coordinate|pos)\b|\bpos(ition)?[ _-]?y\b|\btop[- ]?(to|-)[- ]?bottom"
             r"|\bbottom[- ]?(to|-)[- ]?top|\belevation|\baltitude|\bheight above"
             r"|\bdepth\b|\bhow deep\b|\bdeep down\b|\bhow (high|low)\b", text):  # how deep a diver is: how far down
        return "y"
    if _find(_WEATHER, text) or _falls_and_lies(text):
        return "count"  # "how heavily it rains (dry to a downpour)": how many drops or flakes fall
    if _find(r"\b(how far|where)( out| in)? along\b", text):
        return "position"  # "how far out along the jib the trolley is": where it is on a line
    if _find(r"\bhow far\b[^,.;()]*\b(turned|rotated|tilted|twisted|swivell?ed|tipped|tips|heel(s|ed)|keel(s|ed)|leans|leaned"
             r"|reclined|reclines|(throws|thrown|tips|tipped|leans|bent|bends) (\w+ )?\w+ back)\b", text):
        # "how far the card is turned (to the left, upright, to the right)", "how far the chair is
        # tipped back on its back legs", "how far the boat heels over", "how far a seat's back is
        # reclined", "how far a bird throws its head back"
        return "rotation"
    if _find(r"\b(direction|way)\b[^,.;()]*\b(points?|pointing|faces?|facing|aims?|aiming)\b", text) \
            or _find(r"^\s*where\b[^,.;()]*\b(points|faces|aims)\b", text):
        # the direction a beam, an arrow or a pointer points, "where the watch's minute hand points,
        # round the dial": which way it is turned ("round" there says where it goes, not its shape)
        return "rotation"
    if _find(r"\((from )?(the |out |over |blown )?(left|right)\b[^()]*\b(right|left)\)", text):
        # where it has swung or leans, "(left, straight down, right)", which way the wind blows a
        # flag "(out left, hanging down, out right)": from one side to the other
        return "x"
    if light and _find(r"\bdirection|\bangle|\bposition|\bsource", text):
        return "x" if _find(r"\bleft|\bright|\bside", text) else "y" if _find(r"\bup|\bdown|\btop|\bbottom", text) else "x"
    if light and _find(r"(^|:)\s*(how much|amount of|quantity of) (\w+ )?(day|sun|moon|star|lamp|candle|fire|gas)?light\b",
                       text):
        return "lightness"  # "how much daylight comes into the mill (dim to bright)": how light, not a size
    if _find(r"(^|:)\s*(how much|amount of|quantity of) (?!(of )?(the|a|an|it|its|their|his|her)\b)[a-z]+\b", text) \
            and not (_find(_VEIL, text) and _find(_PLUME, text)):
        # "how much water falls (a thin ribbon to a wide torrent)": how much of a stuff there is,
        # whatever it does ("falls" says where it goes, not what changes); but smoke or steam that
        # rises is a plume, which reaches up as it thickens (below)
        return "size"
    for p in order:
        if p == "position":
            continue
        if p == "hue" or p in PROPERTY_WORDS:
            return p
    if _find(r"\((from )?(very )?short to (very )?long\)|\((from )?(very )?long to (very )?short\)", text):
        return "length"  # whatever runs "(short to long)" and names no other property is a length
    if _find(r"\bflar(es?|ed|ing)\b|\((from )?([a-z]+ )?[a-z]+ to (very )?(wide|broad)\)"
             r"|\((from )?(very )?(wide|broad) to ([a-z]+ )?[a-z]+\)", text):
        return "width"  # "how far the skirt flares out at its hem (straight to wide)": how wide it spreads
    if "position" in order:
        return "position"
    if _find(r"\bhow (big|large|small)\b|\bhow much\b|\bamount of\b|\bquantity of\b", text):
        # "how big a bite is taken out of the slice", "how much syrup is poured over the stack",
        # "amount of smoke from the chimney": how much of it there is to see, its size
        return "size"
    if _find(r"\bhow far\b[^,.;()]*\b(spray|squirt|spurt|spout|jet|reach|spill|trail|fl(y|ies|ew|own|ying)|shoot|shot)\w*",
             text):
        # "how far water sprays from the nozzle (none to far)", "how far the sparks fly from the
        # wheel": how long the jet or the spray is
        return "length"
    if _find(r"\bhow far\b[^,.;()]*\b((pulled|drawn|wound|rolled|cranked|let|hauled) (out|down)|unroll(s|ed|ing)?)\b",
             text):
        return "length"  # "how far the shop's awning is pulled out (rolled up to fully out)": how far it reaches
    if _find(r"\bhow far\b[^,.;()]*\b(pulled|driven|rolled|steamed|sailed|drawn|run|ridden|travell?ed|come|moved)"
             r" (in|into|out|up|off|away|along|across)\b", text):
        return "position"  # "how far the tram has pulled into the stop (arriving to in)": where it has got to
    if _find(_ROUGH, text):
        return "count"  # "how rough the sea is (calm to white-crested waves)": how many waves or ripples there are
    if _find(_STAINED, text):
        return "hue"  # "how rusty the wrecked car is (shiny paint to rusted through)": what colour it has turned
    if _find(_SHOWN_BY_NEEDLE, text):
        return "rotation"  # "pressure shown by the gauge's needle (low to high)": a reading is where the needle points
    return "identity" if categorical else None  # "suit shown on the card (hearts, ...)": which one of its kinds


def _held(text: str) -> list[str]:
    """Where a thing is that the sky or the floor holds ("the moon in the sky", "bees that fly
    round the hive", how cloudy it is: upper)."""
    return (["upper"] if _find(r"\b(in|across|through) the (sky|air|clouds)\b|\b(fly|flies|flying|flown|hover"
                               r"|hovers|hovering|soar|soars|soaring)\b|" + _CLOUDY, text) else []) + \
        (["lower"] if _find(r"\b(on|along) the (floor|ground)\b", text) else [])


# what ends the name of the things a count counts ("how many birds | perch on the lines")
_COUNTED_END = {"on", "in", "at", "between", "across", "along", "round", "around", "under", "over", "above", "below",
                "inside", "within", "from", "to", "by", "with", "that", "which", "who", "are", "is", "there"}


def _counted(text: str, kinds: list[str]) -> list[str]:
    """The kinds of the things a count counts: those named between "how many" (or "number of")
    and the first word that ends their name, at most three words; ``kinds`` when the text says
    no "how many"."""
    m = re.search(r"\b(how many|number of)\s+", text)
    if m is None:
        return kinds
    named = []
    for w in text[m.end():].split()[:3]:
        if w.strip(",;:()") in _COUNTED_END or not w.strip(",;:()"):
            break
        named.append(w.strip(",;:()"))
        if w[-1] in ",;:()":
            break
    # the words before the first plural only say which ones: "sea anemones" are no sea
    plural = next((i for i, w in enumerate(named) if re.fullmatch(r"[a-z-]*[^su's]s", w)), 0)
    return [k for _, k in _kinds(" ".join(named[plural:]))]


def _ranges(text: str) -> list[str]:
    """The text of each range a description gives in brackets: "almost white to deep blue"."""
    return re.findall(r"\(([^()]*\bto\b[^()]*)\)", text)


def _to_colourless(span: str) -> bool:
    """Whether a range runs between a named colour and white, grey or black, either way ("dull
    red to white-hot")."""
    ends = re.split(r"\bto\b", span, maxsplit=1)
    if len(ends) != 2:
        return False
    plain = [bool(re.search(r"\b(white|grey|gray|black)\b", e)) for e in ends]  # (no hue of the lexicon's)
    hued = [bool(_HUE_RE.search(e)) for e in ends]
    return (plain[1] and hued[0] and not plain[0]) or (plain[0] and hued[1] and not plain[1])


def _hues_apart(span: str) -> bool:
    """Whether both ends of a range name a hue, and hues KIND_HUE or more apart on the colour
    wheel ("dull red to yellow-white", however light or dark either end is; "dark brown to pale
    tan" is one hue, lighter)."""
    ends = re.split(r"\bto\b", span, maxsplit=1)
    hues = [_HUE_RE.search(e.lower()) for e in ends]
    return len(ends) == 2 and all(hues) and hue_gap(HUES[hues[0].group(1)], HUES[hues[1].group(1)]) > KIND_HUE


def _colourless_ends(span: str) -> bool:
    """Whether both ends of a range are white, grey or black, and neither a hue ("white to
    charcoal", "pale grey to black")."""
    ends = re.split(r"\bto\b", span, maxsplit=1)
    return len(ends) == 2 and all(re.search(rf"\b({_GREYS})\b", e) and not _HUE_RE.search(e) for e in ends)


def _dark_and_light(text: str) -> bool:
    """Whether values run from a dark end to a light one, or back ("dark dusk to bright day",
    "pale white to dark brown")."""
    return _find(rf"\b({_DARK_END})\b[^()]*?\bto\b[^()]*?\b({_LIGHT_END})\b", text) \
        or _find(rf"\b({_LIGHT_END})\b[^()]*?\bto\b[^()]*?\b({_DARK_END})\b", text)


def read_factor(name: str, description: str = "", categorical: bool = False,
                values: tuple[str, ...] = ()) -> FactorReading:
    """A factor read from its name and description; ``values``: a categorical factor's names of
    its values, read as words of it (whether one is white, black or grey, and whether they are
    patterns: "plain, banded or dotted" is a choice among patterns), never for where it is
    ("vertical stripes" among a pattern's values is no vertical place)."""
    raw_name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    text = LIGHT_DEVICES.sub(r"\1 signal", f"{description} {raw_name.replace('_', ' ').replace('-', ' ')}".lower())
    # a range ("left to right", "smile to frown", "dark to light") says what the values mean,
    # not where the thing is, nor that it is about light
    bare = re.sub(r"\([^()]*\bto\b[^()]*\)|\(?\b(from )?(the )?\w+ (to|-) (the )?\w+\)?", " ", text)
    light = _find(LIGHT_WORDS, bare)
    # a canvas in a scene is a thing (a painting's, a tent's), not the picture's background
    kinds = [k for _, k in _kinds(re.sub(r"\bcanvas(es)?\b", "panel", bare))]
    if not any(k in BACKGROUND_KINDS for k in kinds) and _find(_BEHIND, bare):
        kinds = ["background", *kinds]  # "the curtain behind": what is behind everything is the background
    prop = _factor_prop(text, categorical, light)
    # a choice among patterns ("the pattern of the red awning (plain, striped or spotted)"): which
    # pattern it is; where their names come with colours ("the cows' coat (plain brown,
    # black-and-white patched or belted)"), its colour changes with it as well
    kinds_named = " ".join(re.findall(r"\(([^()]*)\)", text) + [v.lower() for v in values])
    patterned = categorical and prop in ("hue", None) and len(set(
        m.group(1) for m in re.finditer(PATTERN_NAMES, kinds_named))) >= 2
    coloured = patterned and _find(rf"{_HUE_RE.pattern}|\b({_GREYS})\b", kinds_named)
    if patterned and not coloured:
        prop = "identity"
    # the season a scene shows ("the season (summer, autumn or winter)", "the season, shown by the
    # bushes"): the colours of its leaves and ground, green in summer, orange in autumn, white
    # under winter's snow, how vivid and how light they are with them
    season = prop in ("identity", None) and _find(r"\bseasons?\b", text)
    if season:
        prop = "hue"
    if light and prop not in ("lightness", "hue", "saturation", "contrast", None) \
            and not _find(LIGHT_WORDS, re.sub(_LAMPS, " ", bare)):
        light = False  # a lamp's place, height, arm or style: the lamp is a thing here, not the light it gives
    if prop == "height" and (_find(r"\bheight of (the |a |an )?\w+(\s\w+)? (in|up in|high in) the (sky|air)\b", text)
                             or _find(r"\bheight of (the |a |an )?[\w']+(\s[\w']+)? on (the |a |an )?[\w' ]+"
                                      r"\(low to high\)", text)):
        prop = "y"  # how high a thing is in the sky, or sits on another ("the label on the bottle"), not how tall
    if prop == "hue" and _find(r"\b(black|dark\w*|white|pale|light)\b[^()]*?\bto\b[^()]*?"
                               r"\b(white|pale|light|milky|bright|black|dark\w*)\b", text) \
            and not _find(_HUE_RE.pattern, text):
        prop = "lightness"  # "colour of the coffee (black espresso to milky)": a colour from dark to light
    if prop == "hue" and _find(rf"\bhow {_HUE_RE.pattern}", text) and any(
            _find(rf"^(\w+ )?({_PLAIN})\b[^()]*\bto\b|\bto (\w+ )?({_PLAIN})$", r)
            and len({m.group(1) for m in _HUE_RE.finditer(r)}) == 1 for r in _ranges(text)):
        prop = "saturation"  # "how blue the ice is (almost white to deep blue)": how much of one colour, not which
    if prop is None and _dark_and_light(text):
        prop = "lightness"  # "light of the sky (dark dusk to bright day)": what runs from dark to light is lightness
    sliding = _find(r"\bslid(e|es|ing)\b", text) and _find(r"\b(open|opened|shut|closed)\b", text) \
        and prop in (None, "width", "size")
    if sliding:  # "how far the sliding door is open (shut to wide open)": the door slides along as the gap widens
        prop = "position"
    blown = prop is None and _find(r"\bhow (hard|strongly|fiercely)\b[^()]*\bwind\b[^()]*\bblow(s|ing)?\b", text)
    if blown:  # "how hard the wind blows the washing and smoke": what it blows leans over, and streams off to one side
        prop = "rotation"
    veil = (_find(_VEIL, text) and not _find(_PLUME, text) and prop in (None, "y", "width", "size")) or \
        (_find(_COVER, text) and not _find(_FALLING, text) and prop in (None, "size"))
    if veil:  # "how thick the mist lies, thickest low down", "how misted the glass is": how pale, not where or how big
        prop = "lightness"
    wet = prop is None and _find(_WET, text)
    if wet:  # "how wet the ground is after rain (dry to wet)": wet ground is darker, and shines in puddles
        prop = "lightness"
    flames = _find(_FLAMES_HIGH, text) and prop in (None, "y", "height", "size")
    if flames:  # "how high the fire under the still burns (out to blazing)": how tall its flames are
        prop = "height"
    if prop == "y" and kinds and kinds[0] == "pattern" and _find(r"\bhow (high|tall)\b", text):
        prop = "height"  # "how high the waves run (calm to rough)": a pattern has no one place; its swell stands taller
    broad = prop == "width" and not categorical and bool(kinds) and kinds[0] == "pattern"
    if broad or (prop == "size" and kinds and kinds[0] == "pattern"):
        # the size of a pattern's cell, or how broad its stripes are ("(fine to broad)"): its period
        prop = "frequency"
    orientation = 1
    if prop == "y" and _find(r"\belevation|\baltitude|\bheight above|\bbottom[- ]?(to|-)[- ]?top|\bhigher\b"
                             r"|\blow[- ]?(to|-)[- ]?high\b|\bheight of\b|\bhow high\b|\bhow far\b[^()]*\b(raised|lifted|risen|rose|climbed|up|upwards)\b",
                             text):
        orientation = -1
    if prop == "x" and _find(r"\bright[- ]?(to|-)[- ]?left", text):
        orientation = -1
    if prop == "frequency" and (_find(PERIOD_WORDS, text) or _find(r"\bsize\b|\bscale\b", text) or broad):
        orientation = -1
    # (values a description lists in its brackets are read there; brackets that say what tells
    # the kinds apart, "(the colour of its veins)", list none of them)
    shown = [v for v in values if re.search(rf"\b{re.escape(v.lower())}\b", description.lower())]
    listed = " ".join(values).lower() if categorical and ("(" not in description or not shown) else ""
    words = tuple(w for w in _words(f"{bare} {listed}") if w not in STOP and len(w) > 2)
    # a colour whose values run from a light end to a dark one ("pale white to dark brown"), or
    # whose name says it darkens or brightens ("sky darkness"), changes lightness as well as hue;
    # so does a number of things that are lit or glow ("how many windows are lit"), and a choice
    # of colours, finishes or kinds among which one is near white, grey or black ("painted red,
    # white or green", "the tap's finish: chrome, brass or black", _NEAR_GREY)
    achromatic_kind = categorical and _find(rf"\b({_NEAR_GREY})s?\b", f"{text} {listed}")
    # as does a choice of colours among which one is brown, the dark one of its hues ("willow
    # peeled buff, brown or fresh green"): from or to it a thing's colour darkens or lightens
    dark_kind = categorical and prop == "hue" and _find(r"\bbrowns?\b", f"{text} {listed}")
    shaded = dark_kind or (prop in ("hue", "saturation") and bool(
        _dark_and_light(text)
        or _find(r"dark|bright|lightness", raw_name.lower())
        or achromatic_kind)) or (prop == "identity" and achromatic_kind)
    # and so does a colour whose range ends dark or bright ("clear blue to dark storm clouds")
    shaded = shaded or (prop in ("hue", "saturation") and any(
        _find(rf"^(\w+ )?({_ONE_END})\b|\bto (a |an )?(\w+ )?({_ONE_END})\b", r) for r in _ranges(text)))
    also = ("lightness",) if shaded or (prop == "count" and light) else ()
    if achromatic_kind and prop in ("hue", "identity"):
        # and to or from a grey, cream or near-black one a thing's colour dulls or gains colour
        # ("painted green, maroon or cream"; "covered with thatch, slate or red tin")
        also = ("lightness", "saturation")
    material = categorical and prop == "identity" and (
        _find(rf"{_MATERIAL}\s*$", raw_name.replace("_", " ").replace("-", " ").lower())  # "pipe_metal", not "cloth_pattern"
        or _find(rf"^\s*(which|what|the) {_MATERIAL}", text) or _find(_MADE_OF, bare))
    if material:
        # which metal, wood or stone a thing is cast, cut or built of ("bronze, bell metal or
        # iron", named first or in the factor's name): the kinds look different by their colour,
        # how light and how vivid it is
        also = ("lightness", "hue", "saturation")
    elif categorical and prop == "identity" and len({m.group(0) for m in _HUE_RE.finditer(kinds_named)}) >= 2:
        # and kinds named by their colours ("brown loam, red clay or yellow sand") differ in how
        # light and how vivid they are (a change between two of their colours names them:
        # _between_kinds; one to a colour none is named by does not)
        also = ("lightness", "saturation")
    if prop in ("x", "y", "position") and _find(r"\b(sun|moon)\b", text) and _find(_TIME_OF_DAY, text):
        also = ("lightness", "hue")  # the sun rising from dawn into the morning: the sky brightens and turns blue
    if _find(_DAYTIME, text) and prop not in ("x", "y", "position"):
        # the time of day is the light over the whole scene, its brightness and its colour
        # ("how late in the day it is (a blue midday sky to an orange sunset)"), not a thing's
        light, kinds = True, []
        also = tuple(p for p in ("lightness", "hue") if p != prop)
    if veil:  # snow or frost that lies also piles up: the white on what it covers grows
        also = ("contrast", "saturation", "size") if _find(_COVER, text) else ("contrast", "saturation")
    if sliding:
        also = ("width", "size")
    if prop == "y" and _find(_VEIL, text) and _find(_PLUME, text) and _find(r"\bhow much\b|\bamount\b", text):
        also = ("size",)  # more smoke or steam rising from a thing: its plume reaches higher, and is bigger
    if prop == "count" and _find(_ROUGH, text):
        # rougher water shows more of a texture, and white crests or foam make it paler
        also = ("contrast", "frequency") + (("lightness",) if _find(r"\bwhite|\bfoam", text) else ())
    if prop == "hue" and _find(_STAINED, text):
        also = ("lightness", "saturation")  # and rust, mud or soot is darker and duller than what it covers
    if prop is None and _find(_CLOUDY, text):
        prop = "count"  # "how cloudy the sky is (clear to overcast)": how many clouds, greying the sky
    weather = prop == "count" and (_find(_WEATHER, text) or _find(_CLOUDY, text) or _falls_and_lies(text))
    if weather:
        also = ("lightness", "saturation", "contrast")  # a downpour or a blizzard greys the whole scene
    if wet:
        orientation, also = -1, ("contrast", "saturation")
    if light and _find(r"\bshadows?\b|\bshade\b", text) and prop in ("length", "size", "width", "height", "x", "y",
                                                                      "position"):
        also = ("lightness",)  # "how far a shadow reaches across the pool": the place it reaches darkens
    if prop == "height" and _find(_FULL, text):
        # what fills a thing rises in it, and there is more of it: more balls, a bigger heap
        also = ("y", "count", "size")
    if prop == "height" and _find(_HEAP, text) and not _find(_FULL, text):
        also = ("size", "y")  # a heap piled higher is bigger, and its top is higher up
    if patterned:
        also = (*also, "identity") if coloured else ("hue", "lightness")
    if season:
        also = ("lightness", "saturation")
    if categorical and prop in ("shape", "identity") and _find(r"\b(flat|squat|tall)\b", " ".join(values).lower()):
        also = (*also, "height")  # a choice of shapes with a flat or a tall one among them: how tall it stands
    if prop == "rotation" and _find(r"\bhow steep(ly)?\b|\bsteepness\b", text):
        also = ("height",)  # a roof or a ramp made steeper over the same span rises higher: it is taller
    lying, up = r"\b(level|flat|out)\b", r"\b(steep(ly)?|raised|upright)\b"  # the ends of a range a thing is raised over
    if prop in ("y", "height") and any(_find(rf"{lying}.*{up}|{up}.*{lying}", r) for r in _ranges(text)):
        also = (*also, "rotation")  # an arm (a ladder) raised from level (lying flat) to steeply up turns about where it is fixed
    elif prop == "y" and _find(r"\btilt(s|ed|ing)?\b|\bpivot(s|ed|ing)?\b|\bhinged\b", text):
        also = (*also, "rotation")  # a tilt hammer (a pivoting arm) raised turns about its pivot as its head rises
    if prop == "y" and _find(r"\bclimb(s|ed|ing)?\b[^()]*\b(canes?|poles?|trellis(es)?|stakes?|sticks?|strings?|wires?)\b",
                             text):
        also = (*also, "height", "size")  # plants that climb their canes grow up them: taller, and more of them
    if prop == "y" and _find(r"\bhoist(s|ed|ing)?\b", text):
        also = ("height", "size")  # a sail hoisted up its mast rises as it unfurls: taller, larger
    if blown:
        also = ("x",)
    if prop == "rotation" and _find(r"\blean", text) and _find(r"\b(left|right)\b", text):
        also = ("x",)  # a thing that leans to one side moves its top that way ("Part of it moves to the left.")
    if prop == "x" and _find(r"\bswing(s|ing)?\b|\bswung\b|\bangle\b", text):
        also = ("rotation",)  # a thing swung from side to side about where it hangs or stands turns as it goes
    if prop == "x" and _find(r"\b(blow(s|n|ing)?|blew)\b", text):
        also = (*also, "rotation")  # what the wind blows to one side (smoke, a shirt) leans over from where it is held
    if prop == "x" and _find(r"\((from )?(left|right)\b[^()]*\b(up|upright|upwards?|straight up|down|downwards?"
                             r"|straight down)\b[^()]*\b(right|left)\)", text):
        # which way it points or drifts "(left, up, right)", where a pendulum has swung "(left,
        # straight down, right)": a sweep through up or down is a turn
        also = ("rotation",)
    if prop == "rotation" and _find(r"\bswung\b|\bswings? (to|from)\b", text) and _find(r"\b(left|right)\b", text):
        also = ("x",)  # and the angle it has swung to, from the left to the right, is where it hangs as well
    if prop in ("x", "y") and _find(r"\b(open|opened|opening|shut|closed)\b", text):
        also = ("size",)  # a door rolled up or slid aside: the opening it leaves grows as it goes
    if prop == "width" and not also and _find(r"\bhow wide\b[^()]*\b(open|opened)\b", text) and _find(_HINGED, text):
        # "how wide the bellows are opened (nearly shut to wide open)": a thing of two arms or
        # boards on a hinge spreads them apart across it, whichever way that lies in the picture
        also = ("height", "size")
    if prop in ("y", "width", "height", "size") and (_find(r"\b(lids?|flaps?|visors?|hatch(es)?)\b", text) or _find(
            r"\bswung\b", text)) and _find(r"\b(lift(s|ed|ing)?|rais(e|es|ed|ing)|open(s|ed|ing)?|swung)\b", text) \
            and not _find(r"\b(off|slid(e|es|ing)?|roll(s|ed|ing)?)\b", text):
        also = (*also, "rotation")  # a lid, a flap or a gate lifted or swung open turns about its hinge as it goes
    if prop == "height" and _find(r"\bheight of\b[^()]*\((from )?(low|high) to (high|low)\)", text):
        also = ("y",)  # a height from low to high (a hoop, a fence, a stool's seat): where its top is, too
    if prop == "y" and _find(r"\b(stands?|standing|sits?|sitting|rests?|resting|raised|held|mounted|perched)\b[^()]*?"
                             r"\bon (its|their) (own )?(pole|stand|stem|post|neck|legs?|mast|stalk|shaft|stick|column"
                             r"|pedestal|arm|rod)s?\b", text):
        also = ("height",)  # a head raised on its own pole or stand: the whole thing is taller as it rises
    if prop in ("length", "height") and _find(r"\b(legs|stilts)\b|\b(stand|pedestal|plinth)\b[^()]*\bunder\b", text):
        # a thing on longer legs, or on a taller stand under it, stands higher: it rises off the
        # floor they stand on
        also = (*also, "y")
    if prop == "length" and _find(r"\b(extended|pulled out|drawn out|slid out|telescop(ed|es|ing))\b", text):
        also = ("y", "x")  # a handle pulled out of a case: its grip moves out, up or to the side, as it goes
    if prop == "length" and _find(r"\b(unroll(s|ed|ing)?|(rolled|spread|laid) out)\b[^()]*\b(across|along)\b", text):
        also = (*also, "width")  # a chart unrolled across a desk, a ribbon along a counter: wider as it goes
    if prop == "length" and _find(r"\((from )?(hanging |hung |sitting |standing )?(high|low) to (hanging |hung )?(low|high)\)",
                                  text):
        also = ("y",)  # a chain's length "(hanging high to low)": where what hangs on it is, too
    if prop is None and _find(r"\((from )?(no|none|nothing|few|one)\b[^()]*\bto (a |very )?(many|lots|several|dozens)\b",
                              text):
        prop = "count"  # "how hard it is raining (no streaks to many rain streaks)": how many there are
    if prop in ("size", "length", "height", "width") and "count" not in also and any(
            _find(r"^(from )?(only )?(a few|few|a couple of|a handful of|no) [a-z]+s\b", r) for r in _ranges(text)):
        # "how much of the sheet has been written (a few words to the whole sheet)": what there
        # is more of is more of the things its range starts with, a count as much as a size
        also = (*also, "count")
    if prop is None and _find(r"\bsag(s|ging|ged)?\b|\bdroop\w*", text):
        prop, also = "y", ("shape",)  # a line that sags: its middle goes down as it bends
    if _find(_SIDEWAYS_BEND, text):  # "which way the stalk bows (bowed left to bowed right)": its
        prop, also = "shape", ("x",)  # middle goes to one side as it bends, whatever it does as well
    if prop == "phase" and _find(r"\bmoon\b", text):
        # a moon's phase is how much of it is lit, and from which side: the lit disc shrinks as it
        # darkens, and the light on it moves across it
        also, light = ("size", "lightness"), True
    if prop == "lightness" and "saturation" not in also and any(_to_colourless(r) for r in _ranges(text)):
        # "how brightly the furnace glows (dull red to white-hot)": a colour that brightens to
        # white (or darkens to black) loses its colour as it goes
        also = (*also, "saturation")
    if prop == "lightness" and "hue" not in also and any(_hues_apart(r) for r in _ranges(text)):
        # "how hot the link glows (dull red to yellow-white)": as it brightens its colour passes
        # from one named hue to another, so a change of colour between them is its change too
        also = (*also, "hue")
    if flames:
        # flames that burn higher are taller, and a fire gives light: it brightens as it grows
        # (their top rising is no thing moving up)
        also = ("lightness",)
    if prop not in (None, "lightness", "contrast") and "lightness" not in also and _dark_and_light(text):
        # values that run from dim to bright ("how high the sun is (low and dim to high and
        # bright)"): what they light brightens as they go, as well
        also = (*also, "lightness")
    part = _part(kinds, bare)
    if prop == "count":  # how many of what: the things counted, not what they sit on ("how many
        kinds = _counted(bare, kinds)  # birds perch on the power lines" counts no lines); things
        # counted are things, never the background they sit in ("sea anemones in a rock pool")
        part = _part(kinds, bare) or ("object" if part == "background" else part)
    # (but the grass of a field, a meadow or a lawn is land's: the ground as much as a thing)
    owned = _find(r"\b(?!(fields?|meadows?|lawns?|pastures?|hills?|hillsides?|valleys?)'s?\s)[a-z]+'s? [a-z]+", bare)
    if part == "" and owned and not light:
        part = "object"  # "the tubes' metal", "the machine's paint": a thing's, as "the house's wall" is
    if part == "" and not light and _find(r"\b(paint|paintwork|enamel|varnish|glaze)\b[^()]*\bon\b", bare):
        part = "object"  # "the paint on the beehives": paint is on a thing, never on the sky behind it
    if part == "" and not light and (material or _find(_MADE_OF, bare)):
        part = "object"  # "what the dome is built of": what a thing is made of is the thing's, not the background's
    if part == "" and veil and _find(_COVER, text):
        part = "background"  # snow that lies, on nothing named: on the ground, not a thing's colour
    if part == "background" and prop in ("y", "height") and _find(r"\bhow high\b|\blevel\b", text) \
            and _find(r"\b(river|water|tide|sea|lake|pond|canal|flood\w*)\b", bare):
        part = ""  # "how high the river runs": what floats on the water rises and falls with it
    if part == "object" and _find(r"\b(fabric|cloth|textile|weave|knit)s?\b", bare):
        part = ""  # cloth seen close up fills the picture: its colour is the background's as much as a thing's
    places = list(dict.fromkeys(_places(_DIRECTION.sub(" ", bare)) + _held(bare)
                                + [BACKGROUND_KINDS[k] for k in kinds if BACKGROUND_KINDS.get(k) and part == "background"]))
    for a, b in (("upper", "lower"), ("left", "right")):
        if a in places and b in places:  # parts at both ends ("its cap, collar and pedestal"): all of it
            places = [p for p in places if p not in (a, b)]
    greys = prop == "hue" and any(_colourless_ends(r) for r in _ranges(text))
    # what fills a thing ("how full the bottle is of ink") is inside it, a part of it as a
    # periscope is a submarine's: a portion of a thing that shrinks is the ink going down, and
    # the whole thing becoming shorter a stack's beside it
    owned = owned or (prop == "height" and _find(_FULL, text))
    return FactorReading(name, prop, part, tuple(dict.fromkeys(kinds)), tuple(places),
                         light, categorical, orientation, words, light and LIGHT_SOURCE.search(text) is not None, also,
                         owned, light and _find(r"\b(inside|within|indoors|interior)\b", text), weather, greys)


# behind with nothing after it, or behind all else ("the curtain behind", "the hills behind it");
# not behind one thing ("the ball behind the pins" is in front of the rest)
_BEHIND = r"\bbehind\b(?!\s+(the|a|an|its|their|his|her|one|each|some)\b)"
_PLAIN = r"white|grey|gray|colou?rless|clear|plain"  # the end of a range with no colour at all
_MATERIAL = r"\b(metal|wood|timber|stone|alloy|material|fabric|cloth)\b"  # what a thing is made of
_MADE_OF = r"\b(built|made|carved|cast|woven|knitted|sewn)( up)? (of|from|out of)\b"  # "what the dome is built of"
# a quantity read off a dial: the needle or pointer that shows it turns ("the speed the
# dial's pointer shows", "pressure shown by the gauge's needle"), not a sewing needle pushed through
_SHOWN_BY_NEEDLE = (r"\b(shown|shows|show|read|reads|indicated|indicates|registered|registers)\b[^()]*"
                    r"\b(needles?|pointers?|dials?|gauges?)\b"
                    r"|\b(gauges?|dials?|meters?)('s?)? (needles?|pointers?)\b[^()]*\b(shows?|reads?|indicates?|points?)\b")
# colours near white, grey or black, and the materials named for such a colour: a choice among
# which one is, changes a thing's lightness and how much colour it has as well as which colour
_NEAR_GREY = r"white|black|grey|gray|cream|ivory|maroon|navy|charcoal|coal|slate|silver|ebony"
_GREYS = r"white|black|grey|gray|charcoal|coal|slate|silver|ebony|jet|soot"  # colours with no hue at all
_ONE_END = r"dark\w*|black|dim|gloomy|bright|brilliant|white|pale|straw"  # words that say a colour's end is dark or light
_LIGHT_END = r"white|pale|light|milky|bright|brilliant|day|daylight|noon|dawn"  # the light end of a colour's range
_DARK_END = r"black|dark\w*|deep|night|dusk|dim|faint|dull|brown|burnt|charred"  # and the dark end
_TIME_OF_DAY = r"\b(dawn|dusk|morning|evening|night|sunset|sunrise|twilight|noon|midday)\b"
# a factor that is the time of day ("how far night has fallen" too), or the light everywhere ("how
# dark it is (daytime to night)", "how bright the day is"; "how sunny it is (overcast to bright
# sunshine)" is no sun to see)
_DAYTIME = (r"^\s*(the )?time of (the )?day\b|\bhow (late|early) in the day\b|\bnight(fall| has fallen| falls)\b"
            r"|^\s*how (dark|light|bright|dim|sunny) (it|the day) (is|gets)\b")
# a veil over a scene or a pane, or snow or frost lying on it: the more of it, the paler, greyer
# and flatter what it covers (snow that falls is many flakes: how heavily it snows is a count)
# snow or frost that lies, or has fallen (and so lies now): a white cover, not flakes in the air
_COVER = (r"\b(snow|frost|hoarfrost|rime)\b[^,.;()]*\b(lies|lying|on|covers?|covering|over)\b"
          r"|\b(snow|frost|hail)\b[^,.;()]*\b(has|have|had) (fallen|settled)\b")
_FALLING = r"\b(fall(s|ing)?|snows|snowing|flakes?|drift(s|ing)?|blizzard)\b"


def _falls_and_lies(text: str) -> bool:
    """Snow (hail, frost) that both falls and lies ("how much snow there is (none to thick snow
    falling and lying)"): weather, flakes that fall, and a white cover on all they settle on."""
    return _find(_COVER, text) and _find(_FALLING, text)


# how high a fire or its flames burn, rise or are turned up
# (not a fire engine's ladder, a fire station's tower: things named for fighting fire)
_FLAMES_HIGH = (r"\bhow (high|tall|low)\b[^,.;()]*\b(fires?|flames?|blazes?|bonfires?|campfires?)\b"
                r"(?!'?s? (engines?|stations?|trucks?|escapes?|alarms?|hydrants?|brigades?|fighters?|extinguishers?)\b)")
# how hard it rains, snows or hails ("how hard it is raining (dry to a grey downpour)"): how many
# drops or flakes fall (things), and how grey they make the whole scene
_WEATHER = (r"\bhow (heavily|hard|thickly|much) it (is )?(rain|snow|pour|hail|drizzl)(s|es|ing)?\b"
            # or weather that runs from fair to falling rain or snow ("the weather (clear to heavy rain)")
            r"|\((clear|dry|fine|fair|sunny|calm)\b[^()]*\bto\b[^()]*\b(rain|rainfall|snow|snowfall|downpour|drizzle"
            r"|hail|sleet|blizzard|showers?)\b")
# how far rust, mud or soot has spread over a thing: the colour it has turned
_STAINED = r"\bhow (muddy|rusty|rusted|dirty|grimy|mossy|tarnished|faded|weathered|scorched|sooty|stained)\b"
# how rough water is: waves or ripples (things, a texture) come on it
_ROUGH = r"\bhow (rough|choppy|rippled|wavy)\b|\broughness\b"
# how cloudy the sky is: clouds (things) come over it, and they grey all under them, as rain does
_CLOUDY = r"\bhow (cloudy|overcast)\b|\bcloud(iness| cover)\b"
# wet or soaked: how wet a surface is (a dry to wet scale, never a thing called "wetsuit")
_WET = r"\b(wet|wetness|damp|dampness|soaked|soggy|drenched|waterlogged)\b"
_VEIL = r"\b(mist(s|y|ed)?|fog(s|gy|ged)?|haze|hazy|smog|condensation|steam(y|ing)?|vapou?r|smok(e|y)|dust(y)?)\b"
# but steam or smoke that rises, shoots or drifts from a thing is a plume, a thing of its own, as is
# a cloud or a wisp of it ("how big the cloud of steam from the engine is")
_PLUME = r"\b(ris(e|es|ing)|risen|plumes?|puffs?|trails?|drift(s|ing)?|spouts?|shoots?|billow(s|ing)?|pours?|clouds? of|wisps?)\b"
# a thing that bends one way or the other across the picture: its range runs between left and right
_SIDEWAYS_BEND = (r"\b(bow(s|ed|ing)?|bend(s|ing)?|bent|curv(es|ed|ing)|arch(es|ed|ing)|buckl(es|ed|ing)|bulg(es|ed|ing))\b"
                  r"[^()]*\([^()]*\b(left|right)\b[^()]*\bto\b[^()]*\b(left|right)\b[^()]*\)")
_SMALL = {"small", "smaller", "tiny", "little"}  # things a claim calls small
ALSO_FIT = 0.8  # a claim of a property a factor changes besides its own fits it, less than its own


COMPATIBLE: dict[str, dict[str, float]] = {  # claim property -> factor property -> how well it fits
    # "the height of the sun" is how high it is as often as how tall: a rise fits it, less well
    "x": {"x": 1.0, "position": 0.8, "phase": 0.5}, "y": {"y": 1.0, "position": 0.8, "phase": 0.5, "height": 0.5},
    "position": {"position": 1.0, "x": 0.7, "y": 0.7, "phase": 0.6},
    "size": {"size": 1.0, "width": 0.5, "height": 0.5, "length": 0.5},
    # a length runs across or up: taller fits it, less well than a height; wider (thicker,
    # bolder) hardly, as a thing's length is its long side
    # a thing spread out (a wing, a fan, dots) is wider for it
    "width": {"width": 1.0, "size": 0.6, "length": 0.5, "spread": 0.6},
    # and a thing that gets taller as it rises off what it stands on (a frog leaping off its pad)
    # fits how high it is, as well
    "height": {"height": 1.0, "length": 0.9, "size": 0.6, "y": 0.5},
    "length": {"length": 1.0, "height": 0.9, "width": 0.9, "size": 0.6},
    "rotation": {"rotation": 1.0}, "shape": {"shape": 1.0, "identity": 0.9},
    "identity": {"identity": 1.0, "shape": 0.9}, "hue": {"hue": 1.0, "saturation": 0.3},
    "lightness": {"lightness": 1.0, "contrast": 0.3}, "saturation": {"saturation": 1.0, "hue": 0.4, "contrast": 0.3},
    "contrast": {"contrast": 1.0, "lightness": 0.3}, "frequency": {"frequency": 1.0, "size": 0.4},
    "phase": {"phase": 1.0, "x": 0.5, "y": 0.5, "position": 0.5}, "spread": {"spread": 1.0},
    "count": {"count": 1.0},
}
KIND_COLOURS = 0.8  # a change of colour between colours a category's kinds are named by fits it, less than a hue
MIN_MATCH = 10 * 0.5  # a property that fits at least half
_SPECIFIC_EXEMPT = GENERIC | {"pattern", "light", "background", "rim"}


KIND_HUE = 0.06  # turns of the colour wheel: a colour this near one a category's kind is named by is that one


def _between_kinds(claim: Claim, factor: FactorReading) -> bool:
    """Whether a change of colour goes between colours that a category's description names its
    kinds by ("kind of sign: round blue, red triangle, yellow diamond"): every colour the claim
    names is one of them, or next to one on the colour wheel (KIND_HUE: golden apples are
    yellow), and it names at least one."""
    if claim.prop != "hue" or factor.prop != "identity" or not factor.categorical:
        return False
    colours = {m.group(1) for w in claim.words for m in [_HUE_RE.fullmatch(w)] if m}
    kinds = [HUES[w] for w in factor.words if w in HUES]
    return bool(colours) and all(any(hue_gap(HUES[c], k) <= KIND_HUE for k in kinds) for c in colours)


def match_score(claim: Claim, factor: FactorReading) -> float:
    """How well a claim names a factor (0: not at all): the property decides (10 x how well the
    properties fit); what the claim is about (part, thing, place, shared words) only tells apart
    factors of equally fitting properties."""
    if factor.prop is None:
        return 0.0
    base = max(COMPATIBLE.get(claim.prop, {}).get(factor.prop, 0.0), ALSO_FIT if claim.prop in factor.also else 0.0)
    if base == 0.0 and _between_kinds(claim, factor):
        base = KIND_COLOURS
    if claim.focus == "pattern" and claim.prop in ("contrast", "count") and factor.prop == "identity" \
            and factor.categorical and "pattern" in factor.kinds:
        # which pattern a surface shows (plain, striped or dotted) changes as one fades out and
        # another comes: a pattern that fades, or whose stripes disappear, names it
        base = max(base, ALSO_FIT)
    if claim.view and (claim.prop, factor.prop) in (("height", "y"), ("width", "x")):
        # a band of the picture that becomes taller (wider) has no size of its own: its edge moves
        # (the sea coming up the beach, the middle band taller and the lower one shorter)
        base = max(base, ALSO_FIT)
    if factor.greys and claim.prop == "hue" and None not in claim.hues and claim.hues[0] != claim.hues[1]:
        base = 0.0  # a thing turning from blue to red is no colour that runs from white to charcoal
    if base == 0.0:
        return 0.0
    if claim.part == "object" and factor.light and not factor.source and claim.prop == "lightness" \
            and not factor.enclosed:
        # a thing darkening: its own colour first, the light over the scene second. Daylight
        # brightens the thing only as it brightens all it falls on, so it fits as a side effect
        # does, no better than a colour that runs from black to white ("a dog's coat: white,
        # golden or black"). A light inside a thing (a shop's, a lantern's) lights that thing.
        base = min(base, ALSO_FIT)
    score = 0.0
    if claim.part and factor.part and "whole" not in (claim.part, factor.part) \
            and not (factor.weather and claim.prop in factor.also):  # the rain greys the background too
        if claim.part != factor.part:
            return 0.0  # the background is not the object
        if not (factor.owned and (factor.places or not factor.kinds) and claim.focus in GENERIC and not claim.places
                and not claim.portion):
            # (a part at one end of a thing is the object's as the whole thing is: that "the
            # stapler's top arm" is a thing's and "the stapler" a word the lexicon lacks does not
            # make the arm's factor fit a claim about the whole object better; nor does a part of a
            # thing the lexicon has no word for, "the submarine's periscope")
            score += 0.3
    if claim.part in ("whole", "background") and factor.light and claim.prop in ("lightness", "hue"):
        # all of the picture, or all behind the things in it, brightening or changing colour: the
        # light over the scene first (before a thing's colour the lexicon has no word for)
        score += 0.2
        if claim.part == "background" and "upper" in claim.places and not factor.places and not factor.source \
                and all(k in BACKGROUND_KINDS for k in factor.kinds):
            # and the light of the day, over all the scene, shows first in its sky: the upper part
            # of the background is its place (before a veil of smoke from a chimney up there)
            score += 0.3
    if claim.part == "object" and factor.light and not factor.source and claim.prop == "lightness":
        score -= 0.2  # (and of two that fit as well, the thing's own colour)
    if claim.light != factor.light and not factor.source and claim.prop in ("x", "y", "position", "lightness", "rotation") \
            and not (factor.light and claim.prop == "lightness"):
        return 0.0  # the lit side moving is not the object moving (a light that brightens lightens what it lights)
    if claim.prop == "count" and "bar" in factor.kinds and _SMALL.intersection(claim.words):
        score -= 0.3  # small things that come or go are no lines, stripes or bands
    concrete = [k for k in factor.kinds if k not in _SPECIFIC_EXEMPT and k not in BACKGROUND_KINDS]
    if claim.focus and claim.focus not in _SPECIFIC_EXEMPT and claim.focus not in BACKGROUND_KINDS and concrete:
        if claim.focus not in factor.kinds:
            return 0.0  # the disc's change is not the square's factor
        score += 0.2
    score += 0.1 * len(set(claim.kinds) & set(factor.kinds) - GENERIC)
    score += 0.15 * len(_plain(claim.words) & _plain(factor.words))
    if claim.places and factor.places:
        agree = set(claim.places) & set(factor.places)
        opposite = {("upper", "lower"), ("lower", "upper"), ("left", "right"), ("right", "left")}
        if agree:
            score += 0.3
        elif any((a, b) in opposite for a in claim.places for b in factor.places):
            score -= 0.6
    elif factor.places and not claim.places:
        score -= 0.1  # a claim about the whole thing fits a factor of one end of it (the neck) less
    if claim.prop in ("x", "y") and factor.prop == claim.prop and "rotation" in factor.also:
        # which way a thing leans, drifts or is blown "(to the left, straight up, to the right)"
        # turns it as much as it takes it aside: a thing that moves fits where a thing stands better
        score -= 0.2
    if factor.owned and (not claim.places or (claim.portion and not factor.places)) and claim.focus in GENERIC | {""}:
        # a factor of a part of a thing ("the submarine's periscope") fits a claim about a part
        # of it a little better, wherever the thing lies ("the part inside the object at the
        # bottom"), and one about the whole thing a little less
        score += 0.05 if claim.portion else -0.05
    return 10 * base + min(max(score, -2.0), 2.0) + 2.0


@dataclass(frozen=True)
class Named:
    """A claim and the factor it names (None: no factor of the set), with the claim's direction
    on the factor's own scale (0: not said)."""

    claim: Claim
    factor: str | None
    sign: int = 0


# a comparative says its adjective: "taller" is a word of "how tall the candle stands"
_COMPARATIVE = {"taller": "tall", "shorter": "short", "wider": "wide", "narrower": "narrow", "longer": "long",
                "larger": "large", "bigger": "big", "smaller": "small", "higher": "high", "lower": "low",
                "thicker": "thick", "thinner": "thin", "fuller": "full", "emptier": "empty", "deeper": "deep",
                "shallower": "shallow", "steeper": "steep", "brighter": "bright", "darker": "dark", "lighter": "light"}


def _plain(words) -> set[str]:
    return {_COMPARATIVE.get(w, w) for w in words}


def name_claims(explanation: str | None, factors) -> list[Named]:
    """Each claim of an explanation with the factor it names best. ``factors``: (name,
    description), (name, description, categorical) or (name, description, categorical, value
    names) tuples. A claim about what the claim before it is about ("the cave's walls lose
    their colour and also brighten") names that claim's factor when it fits it at all: one
    thing changing in several ways is one change (ice turning from blue to white is both
    less vivid and paler), not another factor for each way."""
    readings = [read_factor(*f) for f in factors]
    out: list[Named] = []
    for claim in read_claims(explanation):
        scored = sorted(((match_score(claim, r), k) for k, r in enumerate(readings)), reverse=True)
        best = scored[0] if scored else (0.0, -1)
        tie = len(scored) > 1 and scored[1][0] == best[0]
        earlier = next((r for n in out[-1:] if n.factor is not None and _continues(n.claim, claim)
                        for r in readings if r.name == n.factor), None)
        if earlier is not None and match_score(claim, earlier) >= MIN_MATCH:
            out.append(_named(claim, earlier))
        elif earlier is not None and _with_its_colour(out[-1].claim, claim, earlier):
            out.append(Named(claim, earlier.name, 0))  # (which way it goes on the colour's scale is not said)
        elif best[0] >= MIN_MATCH and not tie:
            out.append(_named(claim, readings[best[1]]))
        else:
            out.append(Named(claim, None, 0))
    for k in range(len(out) - 1):  # and the other way round: what becomes lighter as it changes from
        a, b = out[k], out[k + 1]  # one named colour to another ("becomes lighter and changes colour
        colour = next((r for r in readings if r.name == b.factor), None)  # from green to yellow")
        if colour is not None and a.factor != b.factor and _continues(a.claim, b.claim) \
                and _with_its_colour(b.claim, a.claim, colour):
            out[k] = Named(a.claim, b.factor, 0)
    return out


def _with_its_colour(a: Claim, b: Claim, factor: FactorReading) -> bool:
    """Whether claim b, beside claim a's change from one named colour to another, is what that
    change of colour brings with it: the names carry their own lightness and vividness (grass
    that turns from green to yellow becomes lighter as it goes), so it is the same factor's when
    that factor is a colour."""
    return a.prop == "hue" and a.hues != (None, None) and b.prop in ("lightness", "saturation") \
        and factor.prop in ("hue", "saturation")


def _continues(a: Claim, b: Claim) -> bool:
    """Whether claim b is about what claim a, just before it, is about: it names no subject of
    its own ("..., and becomes lighter"), or the same part, kind, place and portion."""
    own = (b.part, b.focus, b.kinds, b.places, b.portion, b.view)
    return own == ("", "", (), (), False, False) or own == (a.part, a.focus, a.kinds, a.places, a.portion, a.view)


def _named(claim: Claim, r: FactorReading) -> Named:
    flip = -1 if {claim.prop, r.prop} == {"y", "height"} else 1  # rising (y falls) is gaining height
    # a property the factor changes besides its own runs its own way (the sky darkens as
    # the sun goes down: the sun's orientation is its height's)
    own = claim.prop in r.also and not COMPATIBLE.get(claim.prop, {}).get(r.prop)
    if own and r.prop == "length" and {"x", "y"} <= set(r.also):
        flip = 0  # which way a part is pulled out (up, sideways) is not said: nor is which way its end moves
    return Named(claim, r.name, claim.sign * (1 if own else r.orientation) * flip)


def named_factors(explanation: str | None, factors) -> list[tuple[Claim, str | None]]:
    """Each claim of an explanation with the factor (by name) it names best, or None."""
    return [(n.claim, n.factor) for n in name_claims(explanation, factors)]


def named_factor(explanation: str | None, factors) -> str | None:
    """The first factor an explanation names (None when it names none)."""
    for _, name in named_factors(explanation, factors):
        if name is not None:
            return name
    return None
