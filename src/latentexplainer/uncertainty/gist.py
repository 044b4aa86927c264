"""The gist of an answer: what it says changes, in a small canonical vocabulary.

Real multimodal models say one thing many ways ("shifts from left to right", "travels
rightward", "slides toward the right edge") and wrap it in preambles, hedges and stock remarks
("Looking at both rows, ...", "The rest of the scene stays the same."). Counted word for word,
two answers that agree look different, and two that disagree share their boilerplate. The gist
keeps only the clauses that assert a change, drops hedges and filler, and writes the words of
change in one spelling each (move, right, left, up, down, larger, smaller, lighter, darker,
rotate, colour, background, ...); "from A to B" keeps its end (where a thing goes), and a
measure said to go up or down ("its size increases", "it increases in brightness", "from small
to big") is the change said with an adjective ("it grows larger", "it becomes lighter"). Words
that do not say what changes are left out: the object that moves or resizes (every answer has
one), "moves" beside the way it moves, and the colours at the ends of a change of colour and
the way round the wheel it went (they depend on where the sweep starts; that the colour of
this or that part changes is what answers agree on). A part of the thing ("the lower part of
the object") is the thing's, not the background's. The ``gist`` certainty estimator is the
authors' bag-of-words cosine on gists; ``bow`` stays the authors' recipe on the answers as
written.
"""

from __future__ import annotations

import re

from .abstain import clause_changes, is_abstention, retracted
from .abstain import words as clause_words

_SPLIT = re.compile(r"[.;!?\n]+|\s[-\u2013\u2014]+\s|\b(?:but|however|whereas|while|although)\b|,\s*(?:and|so)\b")
_FILLER = re.compile(
    r"^\W*(?:sure|okay|ok|yes|well|alright|certainly|of course|here(?:'s| is) what i (?:see|notice)|observations?"
    r"|summary|answer|in short|overall|in summary)\b\W*"
    r"|\b(?:looking at|comparing|across|in|going from|from|along|reading)\s+(?:both |all |the |these |each )*"
    r"(?:rows?|frames?|images?|sequence|strips?|columns?)(?:\s+(?:from\s+)?(?:left to right|first to last|"
    r"the first (?:frame )?to the last(?: frame)?))?\s*,?"
    r"|\b(?:both|all) rows (?:agree|show)\b\W*|\bin (?:every|each|both) rows?\b|\bas (?:you go|we go|one goes|the value"
    r" increases|the latent (?:value )?increases|z\w* increases|it increases)\b"
    r"|\b(?:i think|i believe|i'd say|i would say|it seems(?: that)?|it appears(?: that)?|it looks like"
    r"|apparently|probably|possibly|perhaps|likely|clearly|noticeably|gradually|steadily|slightly|somewhat"
    r"|a (?:little|bit)|a little bit|slowly|smoothly|progressively|consistently)\b"
    r"|\b(?:seems?|appears?|looks?) to\b"
    r"|\b(?:increasing|raising|decreasing|lowering) (?:it|the (?:latent|value|code|unit)|this (?:latent|dimension|unit))\b"
    r"|\b(?:on|at|in|near) the (?:far )?(?:upper |lower )?(?:left|right|top|bottom|centre|center|middle)"
    r"(?: side| edge| corner| half)?(?: of the (?:image|frame|picture|scene))?\b"
    r"|,?\s*partly out of (?:the )?(?:image|frame|picture|view)")
# canonical words: (pattern, replacement); applied in order to lower-cased clauses
_END = {"left": " left ", "right": " right ", "top": " up ", "upper": " up ", "bottom": " down ", "lower": " down "}
# a measure said to go up or down ("its size increases", "the brightness of the wall drops") is
# the change said with an adjective ("it grows larger", "the wall becomes darker")
_MEASURES = {r"elongation|aspect ratio|length-to-width ratio": (" elongated ", " compact "),
             r"size|scale|area|diameter|radius|extent": (" larger ", " smaller "),
             r"brightness|lightness|luminance|luminosity": (" lighter ", " darker "),
             r"darkness": (" darker ", " lighter "), r"width|thickness|breadth": (" wider ", " narrower "),
             r"height": (" taller ", " shorter "), r"length": (" longer ", " shorter ")}
_MORE = r"increas(?:e|es|ed|ing)|grows?|growth|goes up|went up|ris(?:e|es|ing)|rose|gains?|gained|gaining"
_LESS = r"decreas(?:e|es|ed|ing)|drops?|dropped|falls?|fell|goes down|went down|shrinks?|reduc(?:e|es|ed|ing|tion)" \
        r"|declin(?:e|es|ed|ing)|los(?:e|es|t|ing)"
# the ends of a range of plain adjectives, and the change from the one to the other and back
_RANGES = (("dark|black|dim", "light|white|bright|pale", " lighter ", " darker "),
           ("small|tiny|little", "large|big|huge", " larger ", " smaller "))
_QUALIFIED = r"(?:an? )?(?:(?:very|almost|nearly|near|pure|quite) )?"
_CANON: list[tuple[str, object]] = [
    *((rf"\b(?:{m})\b(.{{0,40}}?)\b(?:({_MORE})|{_LESS})\b",
       lambda g, more=more, less=less: (more if g.group(2) else less) + g.group(1))
      for m, (more, less) in _MEASURES.items()),
    *((rf"\b(?:({_MORE})|{_LESS}) (?:in|of) (?:(?:the|its|their) )?(?:\w+'s )?(?:{m})\b",
       lambda g, more=more, less=less: more if g.group(1) else less)
      for m, (more, less) in _MEASURES.items()),  # "it increases in brightness", "grows in width"
    # a range from one end to the other says the way it goes ("from dark to light", "from small to big")
    *((rf"\bfrom {_QUALIFIED}(?:{a})\w* (?:\w+ )?to {_QUALIFIED}(?:{b})\w*\b", way)
      for low_end, high_end, up, down in _RANGES for a, b, way in ((low_end, high_end, up), (high_end, low_end, down))),
    (r"\bfrom (?:the )?(?:far )?(?:left|right|top|bottom|upper|lower)(?: \w+)? (?:side |edge |part )?to(?:wards?)? "
     r"(?:the )?(?:far )?(left|right|top|bottom|upper|lower)\b", lambda m: _END[m.group(1)]),
    (r"\b(?:left|right|top|bottom|upper|lower) to (?:the )?(left|right|top|bottom|upper|lower)\b",
     lambda m: _END[m.group(1)]),  # "direction: left to right"
    (rf"\b(?:({_MORE})|{_LESS}) (?:brightness|lightness)\b", lambda g: " lighter " if g.group(1) else " darker "),
    (r"\bforeground (?:element|object|shape)s?\b|\bmain object\b|\bcentral object\b", " object "),
    (r"\bgrowth\b|\bexpansion\b", " larger "),
    (r"\bcontraction\b", " smaller "),
    (r"\b(?:grows?|grew|growing|gets?|getting|turns?) (?=(?:less|more) )", " becomes "),  # "grows less elongated"
    (r"\bless elongated\b|\bmore compact\b|\brounder\b", " compact "),
    (r"\bmore elongated\b|\belongat(?:es|ed|ing)\b|\bstretch(?:es|ed)? out\b|\blonger and thinner\b", " elongated "),
    # a part of the thing is the thing's, not the background's ("the lower part of the object")
    (r"\b(top|upper|bottom|lower|left|right)(?:-hand)? (?:half|part|portion|section|side|end)s? of (?:it|them"
     r"|(?:the |its |their |an? )?(?:object|shape|blob|figure|thing|item|form)s?)\b",
     lambda m: f" {_END[m.group(1)].strip()}part "),
    (r"\b(?:top|upper) (?:half|part|portion|section|area|region|band)(?: of the (?:background|image|scene|picture))?",
     " upper background "),
    (r"\b(?:bottom|lower) (?:half|part|portion|section|area|region|band)(?: of the (?:background|image|scene|picture))?",
     " lower background "),
    (r"\b(left|right)(?:-hand)? (?:half|part|portion|section|area|region|side)(?: of the (?:background|image|scene"
     r"|picture))?", r" \1side background "),
    (r"\bcounter-?clockwise|\banti-?clockwise", " counterclockwise "),
    (r"\b(?:to|towards?) the (?:far )?right(?: (?:side|edge|hand side))?|\bright-?wards?\b|\beastwards?", " right "),
    (r"\b(?:to|towards?) the (?:far )?left(?: (?:side|edge|hand side))?|\bleft-?wards?\b|\bwestwards?", " left "),
    (r"\b(?:to|towards?) the (?:top|upper)(?: (?:side|edge|part))?|\bupwards?\b|\bhigher(?: up)?\b|\bris(?:e|es|ing)\b"
     r"|\brose\b|\bclimb(?:s|ing)?\b|\bascend(?:s|ing)?\b|\blift(?:s|ing)?\b", " up "),
    (r"\b(?:to|towards?) the (?:bottom|lower)(?: (?:side|edge|part))?|\bdownwards?\b|\bfall(?:s|ing)?\b|\bsink(?:s|ing)?\b"
     r"|\bsank\b|\bdescend(?:s|ing)?\b|\bdrop(?:s|ping)?\b|\blower(?:s|ing)\b", " down "),
    (r"(?<!colour )(?<!color )(?<!hue )(?<!tint )\b(?:mov(?:e|es|ed|ing)|slid(?:e|es|ing)|shift(?:s|ed|ing)?|drift(?:s|ed|ing)?|travel(?:s|led|ling|ed|ing)?"
     r"|glid(?:e|es|ing)|wander(?:s|ing)?|translat(?:e|es|ed|ing)|migrat(?:e|es|ing)|creep(?:s|ing)?|float(?:s|ed|ing)?"
     r"|edg(?:e|es|ing)|sweep(?:s|ing)?|head(?:s|ed|ing)|displac(?:e|es|ed|ing|ement)|motion|movement)\b(?!\s+(?:in\s+|its\s+|their\s+|the\s+)?(?:colou?r|hue|tint|shade|tone|from))", " move "),
    (r"\b(?:grow(?:s|ing|n)?|grew|larger|bigger|expand(?:s|ed|ing)?|enlarg(?:e|es|ed|ing)|swell(?:s|ing)?"
     r"|balloon(?:s|ing)?|increas(?:e|es|ing) in size|(?:gets?|becomes?) (?:big|large)r?|scal(?:e|es|ed|ing) up)\b",
     " larger "),
    (r"\b(?:shrink(?:s|ing)?|shrank|smaller|contract(?:s|ed|ing)?|dwindl(?:e|es|ing)|decreas(?:e|es|ing) in size"
     r"|reduc(?:e|es|ed|ing) in size|scal(?:e|es|ed|ing) down)\b", " smaller "),
    (r"\b(?:rotat(?:e|es|ed|ing|ion)|spin(?:s|ning)?|tilt(?:s|ed|ing)?|turn(?:s|ed|ing)? (?:around|about|round)"
     r"|pivot(?:s|ing)?|swivel(?:s|ing)?)\b", " rotate "),
    (r"\b(?:light(?:er|ens?|ening)|bright(?:er|ens?|ening)|whiter|paler)\b", " lighter "),
    (r"\b(?:dark(?:er|ens?|ening)|dimm(?:er|ing)|dims?|blacker|duller)\b", " darker "),
    # the way round the wheel is the ends' matter: that its colour changes is what answers agree on
    (r"\b(?:a?round|through|across|along) (?:(?:the|a) )?(?:(?:whole|entire|full|complete) )?"
     r"(?:colou?r (?:wheel|circle|spectrum)|spectrum|rainbow)(?: of (?:colou?rs?|hues?))?\b", " colour "),
    (r"\b(?:colou?rs?|hues?|tint(?:s|ed)?|tinge|chromaticity|recolou?r(?:s|ed|ing)?)\b", " colour "),
    (r"\b(?:wider|widens?|broader|thicker|fatter)\b", " wider "),
    (r"\b(?:narrower|narrows|thinner|slimmer)\b", " narrower "),
    (r"\b(?:wall|sky|upper (?:part|half|portion|region) of the (?:background|image|scene|picture))\b",
     " upper background "),
    (r"\b(?:floor|ground|lower (?:part|half|portion|region) of the (?:background|image|scene|picture))\b",
     " lower background "),
    (r"\b(?:backdrop|surroundings|bg)\b", " background "),
    (r"\b(?:object|shape|blob|figure|sprite|thing|item|square|ellipse|circle|ball|disc|disk|triangle|sphere|cube"
     r"|cylinder|pill|dot|spot|form)s?\b", " object "),
]
_STOP = set("""a an the of in on at to is are was were be been being it its it's this that these those and or as with
by for from into onto than then there here what which who whom whose i we you they he she me my our your their
both all each every row rows frame frames image images picture pictures scene sequence strip strips column columns
first last left-to-right across along over through while also just only very much more less most least some any
same other rest else everything nothing remains remain stays stay stay unchanged one two three
white bright dark light gets get getting got becomes become becoming became makes make does do did has have had
value values latent variable increases increase increasing seem seems appear appears look looks
notice noticed see seen can could would will may might toward towards part change changes changed changing
way what holds hold back front behind vertically horizontally position goes go going went turns turn turned
shift shifts shifted shifting about roughly approximately degree degrees transition transitions transitioning
dimension dimensions control controls controlled controlling encode encodes encoded encoding
correspond corresponds corresponding primary main describe described cycle cycles cycling
gradual clear noticeable visible obvious significant subtle slight steady marked
attribute attributes region direction confidence secondary affected consistency magnitude effect json high medium
moderate low strong large monotonic consistent trend observed null mainly affects affect governs govern modulates
let take walk describe reading read starting start starts started end ends ended point different repeats repeat
story tells tell agreement agree agrees progression linear fairly pretty exactly far course interesting verdict
happens happen closely looked honestly really definitely whatever call clean single factor stands difference
between shows show after second though correction closer look central piece lone
untouched quite short answer smooth even how well so pushed further out passes
modulate unit units location translation reversal area surrounding
traversal traversing traverse produces produce produced monotonically response reproduced dominant factors remaining
apparent rendered tones negative positive spatial coordinate lateral axis decrease decreases decreasing decreased
full range""".split())
# a measure's name beside the way it went says nothing more ("it changes in size, getting bigger")
_NAMED_BY = {"larger": {"size", "scale", "diameter", "radius", "area", "extent"},
             "smaller": {"size", "scale", "diameter", "radius", "area", "extent"},
             "lighter": {"brightness", "lightness", "luminance", "luminosity"},
             "darker": {"brightness", "lightness", "luminance", "luminosity", "darkness"},
             "wider": {"width", "thickness"}, "narrower": {"width", "thickness"},
             "taller": {"height"}, "shorter": {"height", "length"}, "longer": {"length"},
             "right": {"horizontal"}, "left": {"horizontal"}, "up": {"vertical"}, "down": {"vertical"},
             "clockwise": {"orientation", "angle"}, "counterclockwise": {"orientation", "angle"},
             "elongated": {"elongation", "ratio"}, "compact": {"elongation", "ratio"}}
_HUE_WORDS = re.compile(r"\b(?:red|orange|yellow|green|cyan|teal|turquoise|blue|navy|purple|violet|magenta|pink"
                        r"|brown|gold|golden|lime|crimson|scarlet|indigo|aqua|azure|lilac|orchid|blond|blonde)"
                        r"(?:dish|ish|-tinged)?\b|\b(?:bluish|purplish|orangey|orangish)\b")
_FORM = {"move", "larger", "smaller", "rotate", "wider", "narrower", "right", "left", "up", "down", "clockwise",
         "counterclockwise"}


# "from left to right" in a clause that moves nothing is the order the frames are read in ("the
# circle grows from left to right"), not a way the thing goes
_READING_ORDER = re.compile(r"\b(?:from )?left to right\b")
_MOTION = re.compile(r"\b(?:mov\w*|slid\w*|shift\w*|drift\w*|travel\w*|glid\w*|go|goes|went|going|gone|runs?"
                     r"|running|head(?:s|ed|ing)|pass(?:es|ed|ing)?|cross(?:es|ed|ing)?|displac\w*|translat\w*"
                     r"|wander\w*|migrat\w*|creep\w*|sweep\w*|motion|movement|position\w*|direction)\b")


# a report or a record names what changes and which way in two fields: read them as one clause
_FIELDS = re.compile(r"\battribute\"?\s*:\s*\"?([^\n\",{}]+)\"?((?:[^\n]*\n){0,3}?[^\n]*?)\bdirection\"?\s*:\s*\"?([^\n\",{}]+)\"?")


_NEGATION = {"not", "n't", "no", "never", "nor", "neither"}


def _denies(clause: str) -> bool:
    """A clause that says something does not happen and asserts no change of its own."""
    for piece in re.split(r",|\b(?:and|rather than|instead of)\b", clause):
        negated = bool(_NEGATION & set(clause_words(piece)))
        if negated and not clause_changes(piece)[0]:
            continue
        if re.search(r"[a-z]{2}", piece) and not negated:
            return False
    return bool(_NEGATION & set(clause_words(clause)))


# said as a start and an end ("starts out red and ends up green"), a cast taken on or a colour lost,
# likened to something: the change, not the words
_FRAMING = re.compile(r"\b(?:start(?:s|ed|ing)?\s+out|end(?:s|ed|ing)?\s+up|over the course of)\b"
                      # which row or strip it is ("the upper strip", "the second row"), not a place
                      r"|\b(?:top|bottom|upper|lower|first|second|other)\s+(?:rows?|strips?)\b"
                      r"|\b(?:much |a bit |rather |just )?like an? [^,;]*")
_CAST = re.compile(r"\btak(?:e|es|ing)\s+on\s+an?\s+\w+\s+(?:cast|tint|tinge|hue|tone)\b"
                   r"|\blos(?:e|es|t|ing)\s+(?:its|their|the|some of its)\s+(?=" + _HUE_WORDS.pattern[2:] + r")")


_HORIZON = ((re.compile(r"\b(?:area|part|band|sky|region)?\s*above the horizon(?: line)?\b"), " upper background "),
            (re.compile(r"\b(?:area|part|band|ground|region)?\s*below the horizon(?: line)?\b"), " lower background "))
# a question answered no ("Horizontal travel? Not really."): what does not happen
_ASKED_NO = re.compile(r"[^.?!\n]*\?\s*(?:not really|no|nope|not at all|none)\b")


def _canon(clause: str) -> str:
    if _READING_ORDER.search(clause) and not _MOTION.search(clause):
        clause = _READING_ORDER.sub(" ", clause)
    for pat, rep in _HORIZON:
        clause = pat.sub(rep, clause)
    c = _FILLER.sub(" ", _CAST.sub(" colour ", _FRAMING.sub(" ", clause)))
    for pat, rep in _CANON:
        c = re.sub(pat, rep, c)  # type: ignore[call-overload]
    return c


def gist(text: str) -> str:
    """The change an answer asserts, in canonical words ('' when it asserts none)."""
    low = (text or "").lower().replace("\u2019", "'")
    low = re.sub(r"\s*(?:->|=>|\u2192|\u27f6)\s*", " to ", low)  # "red -> blue": from one to the other
    # "attribute: size / region: object / direction: increasing": one clause, what and where first
    low = _FIELDS.sub(lambda m: f"{m.group(1)} {' '.join(re.sub(r'[^a-z ]+', ' ', m.group(2)).split())} {m.group(3)}\n",
                      low)
    low = re.sub(r"[*`#>_]+", " ", low)
    low = _ASKED_NO.sub(" ", low)
    low = re.sub(r"(?m)^\s*(?:[-+\u2022]|\d+[.)])\s+", "\n", low)
    kept = []
    for clause in _SPLIT.split(low):
        if not clause or not re.search(r"[a-z]{2}", clause) or is_abstention(clause) or retracted(clause):
            continue  # (a first impression taken back says nothing the answer holds)
        if _denies(clause):
            continue  # "it is definitely not edging rightwards": what does not happen
        canon = _canon(clause)
        hues = _HUE_WORDS.findall(canon)
        if len(hues) >= 2 or (hues and "colour" in canon):
            # the colours at the ends depend on where the sweep starts: that a colour changes, and
            # of what, is what answers can agree on
            canon = _HUE_WORDS.sub(" ", canon) + " colour"
        words = [w for w in re.findall(r"[a-z]+", canon) if w not in _STOP and len(w) > 1]
        if {"right", "left", "up", "down"} & set(words):
            words = [w for w in words if w != "move"]  # the way it goes says it moves
        if {"clockwise", "counterclockwise"} & set(words):
            words = [w for w in words if w != "rotate"]  # and the way it turns that it turns
        if _FORM & set(words):
            words = [w for w in words if w != "object"]  # what moves or resizes is always some thing
        kept.extend(dict.fromkeys(words))
    named = set().union(*(_NAMED_BY.get(w, set()) for w in kept))
    if _FORM & set(kept):
        named.add("object")  # "this unit encodes the area of the object; it scales up": some thing, again
    kept = [w for w in kept if w not in named]
    return " ".join(kept)
