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

# ------------------------------------------------------------------------------- things
# noun -> canonical kind; kinds in GENERIC name any object
NOUN_KINDS: dict[str, str] = {}
for _kind, _words in {
    "object": "object shape figure thing item blob form element subject foreground one it entity",
    "disc": "disc disk circle ball sphere orb round dot spot bubble",
    "square": "square box block cube rectangle rect tile",
    "bar": "bar stripe band line strip column rod beam",
    "letter": "letter character glyph symbol digit char numeral",
    "face": "face head",
    "eye": "eye pupil eyeball",
    "mouth": "mouth lip smile",
    "hair": "hair fringe",
    "nose": "nose",
    "light": "light lighting illumination lamp sun sunlight highlight shading glare sheen",
    "pattern": "pattern texture grating tiling lattice motif wave ripple check checker cell stripes bands waves",
    "garment": "garment clothing clothes shirt tshirt t-shirt trouser trousers pants dress coat shoe sneaker bag "
               "boot sandal pullover sweater jacket",
    "hand": "hand needle pointer arm",
    "background": "background bg surroundings surrounding canvas",
    "wall": "wall sky ceiling backdrop",
    "floor": "floor ground",
    "triangle": "triangle",
    "heart": "heart",
    "star": "star",
    "rim": "rim border",
    "number": "number numbers numeral",
}.items():
    for _w in _words.split():
        NOUN_KINDS[_w] = _kind
GENERIC = {"object"}
BACKGROUND_KINDS = {"background": "", "wall": "upper", "floor": "lower"}
PATTERN_PLURALS = {"stripes", "bands", "lines", "bars", "waves", "ripples", "checks", "cells", "tiles", "dots",
                   "spots", "circles", "squares", "stripe", "band", "pattern", "texture", "grating",
                   "tiling", "lattice", "motif"}
LIGHT_WORDS = r"\blight(ing|s)?\b(?!\s*(blue|green|red|grey|gray|brown|pink|purple|yellow|orange))|\blit\b" \
              r"|\billuminat\w*|\bhighlight\w*|\bshading|\bshaded|\bshadow\w*|\blamp\b|\bsun(light)?\b" \
              r"|\bbright (spot|side|patch|area)|\bglare|\bsheen|\bspecular"

# ------------------------------------------------------------------------------- properties
MOTION = (r"\b(mov|slid|shift|drift|travel|glid|wander|go|goes|went|head|jump|step|translat|pass|run|walk|creep"
          r"|migrat|relocat|swing|sweep|advanc|pan)\w*")
# a range of places names a change of position only beside a verb of motion ("moves from left to
# right"; "gets noisier from left to right" reads the strip, not the thing)
RANGES = {"x": r"\bleft[- ](to|-)[- ]right|\bright[- ](to|-)[- ]left|\bfrom (the )?(far )?(left|right)\b"
               r"|\b(left|right)(most)?\s+(edge|side)\b",
          "y": r"\btop[- ](to|-)[- ]bottom|\bbottom[- ](to|-)[- ]top|\bfrom (the )?(top|bottom)\b"
               r"|\b(top|bottom)(most)?\s+(edge|side)\b"}
PROPERTY_WORDS: dict[str, str] = {
    "x": r"\bhorizontal(ly)?\b(?!\s+(line|bar|stripe|band|edge)s?\b)|\bsideways|\blaterally|\bleft-?wards?\b"
         r"|\bright-?wards?\b|\bx[- ]?(position|coordinate|axis|location|pos)\b|\bpos(ition)?[ _-]?x\b|\bazimuth"
         r"|\beast\b|\bwest\b"
         rf"|{MOTION}\W+(\w+\W+){{0,3}}?(left|right)\b|\b(to|towards?) the (far )?(left|right)\b",
    "y": r"\bvertical(ly)?\b(?!\s+(line|bar|stripe|band|edge)s?\b)|\bupwards?\b|\bdownwards?\b"
         r"|\b(ris|fall|descend|ascend|sink|drop|climb|lift|rais|float|bob)(s|es|ed|ing|e)?\b|\blower(s|ed|ing)\b"
         r"|\bsank\b|\brose\b|\bfell\b|\by[- ]?(position|coordinate|axis|location|pos)\b|\bpos(ition)?[ _-]?y\b"
         r"|\belevation|\baltitude|\bnorth\b|\bsouth\b"
         rf"|{MOTION}\W+(\w+\W+){{0,3}}?(up|down|higher|lower)\b|\b(up|down)\b(?!\s+(to|by)\b)"
         r"|\b(to|towards?) the (top|bottom)\b|\bhigher up\b|\bheight above\b",
    "position": rf"\bposition\w*|\blocation|\bplacement|\bwhere\b|{MOTION}",
    "size": r"\bsize\b|\bsized\b|\bscale[ds]?\b|\bscaling\b|\blarger\b|\bbigger\b|\bsmaller\b|\bgrow\w*\b(?! in (number|count))|\bshrink\w*\b(?! in (number|count))"
            r"|\bshrank\b|\bexpand\w*|\benlarg\w*|\bcontract(s|ing|ed)?\b|\bswell\w*|\bdiameter|\bradius|\bmagnif\w*"
            r"|\bzoom\w*|\bbigness|\bdimension",
    "width": r"\bwidth|\bwider\b|\bwidens?\b|\bwidening\b|\bnarrower\b|\bnarrow(s|ing|ed)\b|\bbroader\b|\bbroaden\w*"
             r"|\bthick(ness|er|en\w*)\b|\bthinner\b|\bthin(s|ning|ned)\b|\bslimm?(er|ing|s)\b|\bfatter\b|\bchunk\w*"
             r"|\bstroke( weight| width)?\b|\bweight\b|\bheavier\b|\bbolder\b|\bbold(ness|er|ens?)\b|\bskinnier\b",
    "height": r"\bheight\b(?! above)|\btaller\b|\bshorter\b|\blengthen\w*|\belongat\w*|\bstretch\w*|\bsquash\w*"
              r"|\bsquish\w*|\blength\b|\blonger\b",
    "rotation": r"\brotat\w*|\borientation|\borient(ed|s)?\b|\bangle[ds]?\b|\btilt\w*|\bspin\w*|\bclockwise"
                r"|\banti-?clockwise|\bcounter-?clockwise|\bturns? (around|about|round|a (little|bit)|slightly|by)\b"
                r"|\bturns?\W*$|\bpivot\w*|\bslant\w*|\bswivel\w*|\blean\w*|\bslope\w*|\btheta\b|\bheading\b"
                r"|\bpoint(s|ing)? (at|to|towards?)\b",
    "shape": r"\bshape\b|\bshapes\b|\boutline|\bcontour|\bform\b|\bmorph\w*|\bsilhouette|\bcurv\w*|\bbend\w*"
             r"|\bsmil\w*|\bfrown\w*|\brounder\b|\bround(ed|ness)?\b|\bangular|\bsquare|\bcircle|\bcircular"
             r"|\btriang\w*|\bellip\w*|\boval\b|\brectang\w*|\bpointy|\bcorners?\b|\bdeform\w*|\bwarp\w*|\bcube\b"
             r"|\bcylinder|\bpill\b|\bsphere\b|\bsadd?\w*|\bhapp(y|ier|iness)\b|\bgrump\w*|\bcheer\w*|\bgloom\w*"
             r"|\bexpression\b|\bmood\b|\bupturned|\bdownturned|\breplaced (by|with)\b",
    "identity": r"\bidentity|\bclass\b|\blabel\b|\bcategor\w*|\bkind\b|\btype\b|\bwhich (letter|digit|object|item|garment"
                r"|character|symbol)|\bletter\b|\bcharacter\b|\bdigit\b|\bglyph|\bsymbol|\bgarment|\bclothing"
                r"|\btransforms? into\b|\bturns? into\b|\bbecomes? (a|an) (different|new|another)\b|\bbecomes? (a|an)\b",
    "hue": r"\bcolou?r\w*|\bhues?\b|\btint\w*|\btinge\w*|\bchroma\b",  # plus colour names, see _colour_changes
    "lightness": r"\bbright(er|en|ens|ened|ening|ness)\b|\blight(er|en|ens|ened|ening|ness)\b|\bdark(er|en|ens|ened"
                 r"|ening|ness)\b|\bdim(s|mer|med|ming)?\b|\bluminan\w*|\bluminosity|\bintensity|\bwhiter\b"
                 r"|\bblacker\b|\bexposure|\bglow\w*|\bgr[ae]y level|\bbrightness",
    "saturation": r"\bsaturat\w*|\bvivid\w*|\bvibran\w*|\bduller\b|\bdull(s|ed|ing)\b|\bgrey(er|ish)\b|\bgray(er|ish)\b"
                  r"|\bwashed[- ]out|\bfad(e|es|ed|ing)\b|\bmuted\b|\bcolou?rful|\bcolou?rless|\bpurity|\bpastel|\bpaler\b",
    "contrast": r"\bcontrast\w*|\bfaint\w*|\bcrisp(er|ness)\b|\bpronounced|\bstrength of the (stripes|pattern)"
                r"|\bamplitude|\bweaker\b|\bstronger\b|\bvisibility\b",
    "frequency": r"\bfrequenc\w*|\bspacing|\bspaced\b|\bperiod\w*|\bwavelength|\bfiner\b|\bcoarser\b|\bdenser\b"
                 r"|\bdensely\b|\bsparser\b|\bdensity|\bcloser together|\bfurther apart|\bfarther apart|\btighter\b"
                 r"|\bpacked\b|\bmore (stripes|lines|bands|bars|repetitions|cycles|often)|\bfewer (stripes|lines|bands"
                 r"|bars|repetitions|cycles)|\bnumber of (stripes|lines|bands|cycles)|\bcell size|\btile size"
                 r"|\bsize of the (cells|tiles|pattern|checks|texture)|\b(pattern|texture|grid|tiling) (scale|size)\b"
                 r"|\bscale of the (pattern|texture|tiling)|\brepeats? more|\brepeat(s|ing)? (less|more)\b"
                 r"|\bgap between",
    "phase": r"\bphase\b|\bswap (places|positions)|\btrade places|\binvert\w*|\b(stripes|bands|pattern|waves|grating"
             r"|texture) (shift|slide|drift|move|travel)\w*",
    "spread": r"\bspread\w*|\bscatter\w*|\bdispers\w*|\bclustered\b|\bcluster (tightens|loosens|expands|contracts)"
              r"|\bconverg\w*|\bdiverg\w*|\bhuddl\w*|\bbunch\w*|\bfurther apart from each other|\bcloser to each other"
              r"|\bapart\b|\bcompact\w*",
    "count": r"\bnumber of (objects|items|shapes|dots|things|elements|spots|blobs)|\bcount\b|\bhow many|\bmore of them"
             r"|\bmore (objects|dots|shapes|items|spots|blobs)|\bfewer (objects|dots|shapes|items|spots|blobs)"
             r"|\bdisappear\w*|\bvanish\w*|\bappears? (in|on)\b|\bnew (dots|objects|shapes)"
             r"|\b(increas|decreas|grow|ris|drop|fall|fell|shrink|go|goes|went|climb|multipl)\w* in (number|count)\b"
             r"|\b(more|less) numerous|\bmultipl(y|ies|ied)\b|\bgreater number|\bsmaller number",
}
HUES: dict[str, float] = {"red": 0.0, "crimson": 0.98, "scarlet": 0.01, "orange": 0.08, "amber": 0.11, "gold": 0.12,
                          "golden": 0.12, "yellow": 0.16, "blond": 0.13, "blonde": 0.13, "lime": 0.24, "green": 0.33,
                          "teal": 0.48, "turquoise": 0.47, "cyan": 0.5, "aqua": 0.5, "azure": 0.58, "blue": 0.64,
                          "navy": 0.66, "indigo": 0.7, "violet": 0.76, "purple": 0.78, "lilac": 0.78, "orchid": 0.83,
                          "magenta": 0.84, "fuchsia": 0.86, "pink": 0.92, "rose": 0.95, "brown": 0.07,
                          "ginger": 0.06, "auburn": 0.03, "olive": 0.2, "mint": 0.4, "lavender": 0.75, "maroon": 0.98,
                          "salmon": 0.02, "coral": 0.03, "peach": 0.07, "tan": 0.09, "beige": 0.1}
_HUE_NAMES = "|".join(sorted(HUES, key=len, reverse=True))
_HUE_RE = re.compile(rf"\b({_HUE_NAMES})(dish|ish|y)?\b")
_TO_COLOUR = re.compile(r"\b(turn(s|ed|ing)?|becom\w*|go(es)?|going|chang\w*|shift\w*|fad\w*|into|to|towards?|get(s)?)\s+"
                        r"(a |an |more |slightly |bright |dark |light |deep |pale |darker |lighter |brighter |vivid )*"
                        rf"({_HUE_NAMES})(dish|ish|y)?\b")
CHANGE_VERB = (r"\bchang\w*|\bturn(s|ed|ing)?\b|\bbecom\w*|\bshift\w*|\bgo(es)? from\b|\bgoing from\b|\btransition\w*"
               r"|\bvar(y|ies|ying)\b|\bfrom\b.*\bto\b|\binto\b|\bfades? (to|into)\b|\bprogress\w*|\bevolv\w*"
               r"|\bdeepens?\b|\bgets\b|\bgrows?\b|\balter\w*|\bswitch\w*|\bcycles?\b")
_SHAPE_CHANGE = (r"\bshape (chang|morph|vari|of\b|becom|is alter|shift)(?!\w*\s+(in\s+|their\s+|its\s+)?(colou?r|hue"
                 r"|tint|size|position|place|brightness|lighter|darker|brighter|larger|smaller|bigger))|\b(chang|alter|morph|vary|varies|switch)\w*"
                 r" (its |their |the |in )?(shape|form|outline)|\boutline|\bcontour|\bmorph|\bsilhouette|\bcurv|\bbend"
                 r"|\bdeform|\bwarp|\brounder|\bmore (round|angular|square|elongated|pointed|circular|triangular)"
                 r"|\b(into|to|from) an? (square|circle|triangle|ellipse|oval|rectangle|cube|sphere|cylinder|pill|star"
                 r"|heart)|\bsmil|\bfrown|\bsad|\bhapp|\bgrump|\bcheer|\bgloom|\bexpression|\bmood|\bupturned"
                 r"|\bdownturned|\bproportion|\baspect|\breplaced (by|with)")
NEGATION = (r"\bnot\b|n't\b|\bno\b|\bnever\b|\bwithout\b|\bneither\b|\bnor\b|\bnone\b|\bnothing\b"
            r"|\bstays?\b|\bstaying\b|\bremains?\b|\bremaining\b|\bunchanged|\bunaffected|\bconstant\b|\bfixed\b"
            r"|\bstatic\b|\bsteady\b|\bstable\b|\bthe same\b|\bidentical\b|\bbarely\b|\bhardly\b|\bkeeps?\b"
            r"|\bkeeping\b|\bretain\w*|\bmaintain\w*|\bpreserv\w*|\bholds?\b|\bsame\b")
_NEG_AFTER = (r"^\W*(\w+\W+){0,4}?(stays?|remains?|is unchanged|does not change|doesn't change|is constant|is the same"
              r"|unchanged|constant|same|stays put|is fixed|untouched|unaltered)\b")

# direction per property: (increase, decrease) words; "from A to B" is read with ENDS
_UP_GENERIC = r"\bincreas\w*|\bgo(es)? up\b|\bwent up\b|\brises?\b|\brising\b|\bclimbs?\b|\bhigher\b|\bmore\b|\bup\b"
_DOWN_GENERIC = r"\bdecreas\w*|\bgo(es)? down\b|\bwent down\b|\bdrops?\b|\bfalls?\b|\bfalling\b|\blower\b(?!\W+(part|half|left|right|side|edge|corner|region|area|portion|third|section|band|row))|\bless\b" \
                r"|\breduc\w*|\bdiminish\w*|\bdown\b|\bshorten\w*"
POLARITY: dict[str, tuple[str, str]] = {
    "x": (r"\bright-?wards?\b|\b(to|towards?) the (far )?right|\bto the east|\bfurther right|\bmore to the right"
          rf"|{MOTION}\W+(\w+\W+){{0,3}}?right\b|\bleft[- ](to|-)[- ]right|\bfrom (the )?left",
          r"\bleft-?wards?\b|\b(to|towards?) the (far )?left|\bto the west|\bfurther left|\bmore to the left"
          rf"|{MOTION}\W+(\w+\W+){{0,3}}?left\b|\bright[- ](to|-)[- ]left|\bfrom (the )?right"),
    "y": (r"\bdown(wards?)?\b|\b(to|towards?) the bottom|\b(fall|descend|sink|drop|lower)(s|es|ed|ing)?\b|\bsank\b"
          r"|\bfell\b|\bsouth|\btop[- ](to|-)[- ]bottom|\bfrom (the )?top",
          r"\bup(wards?)?\b|\b(to|towards?) the top|\b(ris|ascend|climb|lift|rais|float)(s|es|ed|ing|e)?\b|\brose\b"
          r"|\bhigher\b|\bnorth|\bbottom[- ](to|-)[- ]top|\bfrom (the )?bottom"),
    "size": (r"\blarger\b|\bbigger\b|\bgrow\w*|\bexpand\w*|\benlarg\w*|\bswell\w*|\bzooms? in\b|\bmagnif\w*|"
             + _UP_GENERIC,
             r"\bsmaller\b|\bshrink\w*|\bshrank\b|\bcontract\w*|\bzooms? out\b|" + _DOWN_GENERIC),
    "width": (r"\bwider\b|\bwidens?\b|\bwidening\b|\bbroader\b|\bbroaden\w*|\bthicker\b|\bthicken\w*|\bfatter\b"
              r"|\bbolder\b|\bheavier\b|\bchunkier\b|\bboldens?\b|" + _UP_GENERIC,
              r"\bnarrower\b|\bnarrow(s|ing|ed)\b|\bthinner\b|\bthin(s|ning|ned)\b|\bslimmer\b|\bskinnier\b"
              r"|\blighter weight|" + _DOWN_GENERIC),
    "height": (r"\btaller\b|\blonger\b|\blengthen\w*|\belongat\w*|\bstretch\w*|" + _UP_GENERIC,
               r"\bshorter\b|\bsquash\w*|\bsquish\w*|\bflatten\w*|" + _DOWN_GENERIC),
    "rotation": (r"(?<!counter)(?<!counter-)(?<!anti)(?<!anti-)\bclockwise|\b(to|towards?) the right",
                 r"counter-?clockwise|anti-?clockwise|\b(to|towards?) the left|\bbackwards?\b"),
    "lightness": (r"\blighter\b|\bbrighter\b|\blighten\w*|\bbrighten\w*|\bwhiter\b|\bglow\w*|" + _UP_GENERIC,
                  r"\bdarker\b|\bdarken\w*|\bdimmer\b|\bdim(s|med|ming)?\b|\bblacker\b|" + _DOWN_GENERIC),
    "saturation": (r"\bmore (saturated|vivid|vibrant|intense|colou?rful)|\bsaturates\b|\bintensif\w*|\bincreas\w*",
                   r"\bless (saturated|vivid|vibrant|intense|colou?rful)|\bdesaturat\w*|\bduller\b|\bgrey(er|ish)\b"
                   r"|\bgray(er|ish)\b|\bwashed[- ]out|\bfad(es|ed|ing)\b|\bmuted\b|\bpaler\b|\bcolou?rless"
                   r"|\bdecreas\w*"),
    "contrast": (r"\bmore (contrast\w*|pronounced|visible|distinct)|\bstronger\b|\bcrisper\b|\bsharper\b|\bincreas\w*",
                 r"\bless (contrast\w*|pronounced|visible|distinct)|\bweaker\b|\bfaint\w*|\bfad\w*|\bwashed[- ]out"
                 r"|\bdecreas\w*|\buniform\b"),
    "frequency": (r"\bfiner\b|\bdenser\b|\bdensely\b|\bcloser together|\bmore (stripes|lines|bands|bars|repetitions"
                  r"|cycles|often)|\btighter\b|\bpacked\b|\bhigher frequency|\bclosely spaced|\bmore closely"
                  r"|\brepeats? more|\bincreas\w*|\bthinner\b|\bnarrower\b",
                  r"\bcoarser\b|\bsparser\b|\bfurther apart|\bfarther apart|\bfewer (stripes|lines|bands|bars"
                  r"|repetitions|cycles)|\bwider spacing|\blower frequency|\bbroader\b|\bthicker\b|\bwider\b"
                  r"|\brepeats? less|\bdecreas\w*|\bfewer\b"),
    "spread": (r"\bspread\w*|\bscatter\w*|\bdispers\w*|\bapart\b|\bdiverg\w*|\boutward\w*|\bloosen\w*|\bexpand\w*"
               r"|" + _UP_GENERIC,
               r"\bconverg\w*|\bhuddl\w*|\bbunch\w*|\btogether\b|\btighten\w*|\bcontract\w*|\bcompact\w*"
               r"|\bcloser\b|\binward\w*|" + _DOWN_GENERIC),
    "count": (r"\bmore\b|\bappear\w*|\bemerg\w*|\bnew\b|\bincreas\w*|\badded\b|\bgrow\w* in number"
              r"|\bris\w* in number|\bmultipl\w*|\bgreater number|\brises?\b|\bgrows?\b|\bclimbs?\b",
              r"\bfewer\b|\bdisappear\w*|\bvanish\w*|\bdecreas\w*|\bremoved\b|\b(drop|fall|fell|shrink)\w*"
              r"|\bless numerous|\bsmaller number"),
}
ENDS: dict[str, tuple[str, str]] = {
    "x": (r"\bleft", r"\bright"), "y": (r"\btop\b|\bup\b|\babove|\bhigh", r"\bbottom|\bdown\b|\bbelow|\blow\b"),
    "size": (r"\bsmall|\btiny|\blittle", r"\blarge|\bbig|\bhuge"),
    "width": (r"\bnarrow|\bthin|\blight\b", r"\bwide|\bthick|\bbroad|\bheavy|\bbold"),
    "height": (r"\bshort|\bflat", r"\btall|\blong"), "lightness": (r"\bdark|\bblack|\bdim", r"\blight|\bbright|\bwhite"),
    "saturation": (r"\bgr[ae]y|\bdull|\bpale|\bmuted", r"\bvivid|\bsaturated|\bintense|\bvibrant"),
    "contrast": (r"\bfaint|\blow contrast|\bweak|\buniform", r"\bstrong|\bhigh contrast|\bcrisp"),
    "frequency": (r"\bcoarse|\bwide|\bsparse|\bbroad|\bfew", r"\bfine|\bnarrow|\bdense|\bmany|\bthin"),
}
# frequency told through the size of one period: the period grows, the frequency falls
PERIOD_WORDS = r"\bperiod|\bwavelength|\bspacing|\bcell size|\btile size|\bsize of the|\b(pattern|texture|grid" \
               r"|tiling) (scale|size)|\bscale of the|\bgap between|\bspaced\b"
_EXPLICIT_FREQUENCY = r"\bfiner\b|\bcoarser\b|\bdenser\b|\bsparser\b|\bcloser together|\bfurther apart|\bfarther apart" \
                      r"|\bclosely spaced|\bpacked\b|\bdensely\b|\bfewer\b|\bmore (stripes|lines|bands|bars|cycles)"
IDIOMS = (r"\b(ends?|ended|ending|light(s|ed)?|open(s|ed)?|show(s|ed)?|set|make|made|pick(s|ed)?|take(s|n)?|look(s|ed)?"
          r"|sum(s|med)?|add(s|ed)?|line(s|d)?|wind(s)?|wound) up\b|\bup close\b|\bturns? out\b|\bas you (go|move|look)"
          r"( \w+)?( along| across| through)?( the)?( row| rows| strip| sequence| frames)?\b|\bgoing (across|along)\b"
          r"|\b(from|reading) left to right(?= (across|along|in|through) the (row|strip|sequence|frames))")
_CLAUSE = re.compile(r"(?<!\d)[.;!?](?!\d)|\n|\s[-\u2013\u2014]+\s|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b"
                     r"|\balthough\b|\bthough\b|,\s*(?:and|then|meanwhile|also|yet)\b"
                     r"|\band (?:also |then )?(?=(?:the|its|his|her|their|a|an|each|it|there|this|that)\b)")
_FROM_TO = re.compile(r"\bfrom\b(?P<a>.*?)\b(?:to|into|towards?)\b(?P<b>.*)")


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


def _find(pattern: str, text: str) -> bool:
    return bool(pattern) and re.search(pattern, text) is not None


STOP = set("the a an of its their his her it is are was were be been to from in on at and or as by with into onto "
           "this that these those there here very more less some any each both one two row rows image images frame "
           "frames sequence strip left right top bottom upper lower".split())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text)


def _kinds(text: str) -> list[tuple[int, str]]:
    """(position, kind) of every noun of a known kind, singular or plural."""
    out = []
    for m in re.finditer(r"[a-z][a-z-]*", text):
        w = m.group(0)
        kind = NOUN_KINDS.get(w) or (NOUN_KINDS.get(w[:-1]) if w.endswith("s") else None) \
            or (NOUN_KINDS.get(w[:-2]) if w.endswith("es") else None)
        if kind:
            out.append((m.start(), kind))
    return out


def _places(text: str) -> list[str]:
    found = []
    for name, pat in (("upper", r"\bupper\b|\btop\b|\babove\b"), ("lower", r"\blower\b|\bbottom\b|\bbelow\b"),
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
    for m in matches:
        before = clause[max(0, m.start() - 45): m.start()]
        after = clause[m.end(): m.end() + 40]
        exempt = re.search(r"\bnot only\b|\bno longer\b|\b(fewer|more) \w+ remain", before + clause[m.start():m.end() + 12])
        neg_before = re.search(NEGATION, before) is not None and not exempt
        neg_after = re.search(_NEG_AFTER, after) is not None and not exempt
        if not (neg_before or neg_after):
            return False
    return True


_LIT_FROM = re.compile(r"\b(?:lit|illuminated|lighted|light(?:ing)? (?:comes|falls|shines))\s+"
                       r"(?:(?:more and more|increasingly|more|now|mostly|further|strongly|brightly|gradually)\s+)?from\s+"
                       r"(?:the\s+)?(?:further\s+|more\s+)?(left|right|above|below|top|bottom|higher|lower)")


def _polarity(prop: str, clause: str) -> int:
    lit = _LIT_FROM.search(clause)
    if lit and prop in ("x", "y"):  # "lit more and more from the right": the light goes right
        side = lit.group(1)
        if prop == "x" and side in ("left", "right"):
            return 1 if side == "right" else -1
        if prop == "y" and side not in ("left", "right"):
            return -1 if side in ("above", "top", "higher") else 1
    m = _FROM_TO.search(clause)
    if m and prop in ENDS:
        lo, hi = ENDS[prop]
        a, b = m.group("a"), m.group("b")
        s = (_find(lo, a) - _find(hi, a)) + (_find(hi, b) - _find(lo, b))
        if s:
            return 1 if s > 0 else -1
    if prop not in POLARITY:
        return 0
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


def clauses(text: str) -> list[str]:
    """Lower-cased clauses; a short piece that says no change ("the floor" of "the floor and the
    wall turn blue") is joined to the next."""
    low = re.sub(r"[*_`#>]+", " ", (text or "").lower().replace("\u2019", "'"))
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
    """The kind of thing nearest before the change's words (else nearest after)."""
    before = [k for p, k in found if p < at]
    if before:
        return before[-1]
    after = [k for p, k in found if p > at]
    return after[0] if after else ""


def read_claims(text: str | None) -> list[Claim]:
    """Claims of an explanation, in order; one per property (the first that gives a direction)."""
    out: list[Claim] = []
    for clause in clauses(text or ""):
        found = _kinds(clause)
        kinds = [k for _, k in found]
        part = _part(kinds, clause)
        places = tuple(dict.fromkeys(_places(clause) + [BACKGROUND_KINDS[k] for k in kinds
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
            near = "mouth" if prop == "shape" and _find(r"\bsmil|\bfrown|\bsad|\bhapp|\bgrump|\bcheer|\bgloom"
                                                         r"|\bexpression|\bmood", clause) else _focus(clause, found, at)
            for focus in subjects or [near]:
                own = [BACKGROUND_KINDS[focus]] if BACKGROUND_KINDS.get(focus) and len(subjects) > 1 else list(places)
                out.append(Claim(prop, sign, "background" if focus in BACKGROUND_KINDS else part, focus,
                                 tuple(dict.fromkeys(kinds)), tuple(own), hues if prop == "hue" else (None, None),
                                 light, words))
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


QUANTITIES = {"size", "width", "height", "lightness", "saturation", "contrast", "frequency", "count", "spread"}


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
                                      r"|transitions?) (in)?to\b|\bfrom\b.*\b(in)?to\b|\bdifferent\b|\banother\b|\bswitch",
                                      clause)):
        drop("identity")  # "the letter moves left": a noun
    if "identity" in p and len(p) > 1 and not _find(r"\bidentity|\bclass\b|\blabel\b|\bcategor|\bkind\b|\btype\b"
                                                    r"|\bwhich\b|\bdifferent\b|\banother\b|\b(turns?|transforms?)"
                                                    r" into\b", clause):
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


def _factor_prop(text: str, categorical: bool, light: bool) -> str | None:
    # the property named first; of two named at one place, the longer phrase ("scale of the
    # pattern" is a frequency, "scale" a size)
    found = sorted((m.start(), -len(m.group(0)), p) for p, pat in PROPERTY_WORDS.items()
                   for m in [re.search(pat, text)] if m)
    order = [p for _, _, p in found]
    if _find(PROPERTY_WORDS["hue"] + "|" + _HUE_RE.pattern, text) and not order:
        return "hue"
    for special in ("phase", "spread", "count"):
        if special in order and order.index(special) == 0:
            return special
    if categorical and _find(r"\bwhich\b|\bkind|\btype|\bclass|\blabel|\bcategor|\bidentity|\bletter|\bdigit|\bcharacter"
                             r"|\bglyph|\bsymbol|\bgarment|\bclothing", text):
        return "identity"
    if _find(r"\bhorizontal|\bx[- ]?(position|coordinate|pos)\b|\bpos(ition)?[ _-]?x\b|\bleft[- ]?(to|-)[- ]?right"
             r"|\bright[- ]?(to|-)[- ]?left|\bazimuth", text):
        return "x"
    if _find(r"\bvertical|\by[- ]?(position|coordinate|pos)\b|\bpos(ition)?[ _-]?y\b|\btop[- ]?(to|-)[- ]?bottom"
             r"|\bbottom[- ]?(to|-)[- ]?top|\belevation|\baltitude|\bheight above", text):
        return "y"
    if light and _find(r"\bdirection|\bangle|\bposition|\bsource", text):
        return "x" if _find(r"\bleft|\bright|\bside", text) else "y" if _find(r"\bup|\bdown|\btop|\bbottom", text) else "x"
    for p in order:
        if p == "position":
            continue
        if p == "hue" or p in PROPERTY_WORDS:
            return p
    return "position" if "position" in order else None


def read_factor(name: str, description: str = "", categorical: bool = False) -> FactorReading:
    raw_name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    text = f"{description} {raw_name.replace('_', ' ').replace('-', ' ')}".lower()
    # a range ("left to right", "smile to frown", "dark to light") says what the values mean,
    # not where the thing is, nor that it is about light
    bare = re.sub(r"\(?\b(from )?(the )?\w+ (to|-) (the )?\w+\)?", " ", text)
    light = _find(LIGHT_WORDS, bare)
    kinds = [k for _, k in _kinds(bare)]
    prop = _factor_prop(text, categorical, light)
    if prop == "size" and kinds and kinds[0] == "pattern":
        prop = "frequency"  # the size of a pattern's cell: its period
    orientation = 1
    if prop == "y" and _find(r"\belevation|\baltitude|\bheight above|\bbottom[- ]?(to|-)[- ]?top|\bhigher\b", text):
        orientation = -1
    if prop == "x" and _find(r"\bright[- ]?(to|-)[- ]?left", text):
        orientation = -1
    if prop == "frequency" and (_find(PERIOD_WORDS, text) or _find(r"\bsize\b|\bscale\b", text)):
        orientation = -1
    words = tuple(w for w in _words(bare) if w not in STOP and len(w) > 2)
    return FactorReading(name, prop, _part(kinds, bare), tuple(dict.fromkeys(kinds)),
                         tuple(dict.fromkeys(_places(bare) + [BACKGROUND_KINDS[k] for k in kinds
                                                             if BACKGROUND_KINDS.get(k)])),
                         light, categorical, orientation, words)


COMPATIBLE: dict[str, dict[str, float]] = {  # claim property -> factor property -> how well it fits
    # "the height of the sun" is how high it is as often as how tall: a rise fits it, less well
    "x": {"x": 1.0, "position": 0.8, "phase": 0.5}, "y": {"y": 1.0, "position": 0.8, "phase": 0.5, "height": 0.5},
    "position": {"position": 1.0, "x": 0.7, "y": 0.7, "phase": 0.6},
    "size": {"size": 1.0, "width": 0.5, "height": 0.5},
    "width": {"width": 1.0, "size": 0.6}, "height": {"height": 1.0, "size": 0.6},
    "rotation": {"rotation": 1.0}, "shape": {"shape": 1.0, "identity": 0.9},
    "identity": {"identity": 1.0, "shape": 0.9}, "hue": {"hue": 1.0, "saturation": 0.3},
    "lightness": {"lightness": 1.0, "contrast": 0.3}, "saturation": {"saturation": 1.0, "hue": 0.4, "contrast": 0.3},
    "contrast": {"contrast": 1.0, "lightness": 0.3}, "frequency": {"frequency": 1.0, "size": 0.4},
    "phase": {"phase": 1.0, "x": 0.5, "y": 0.5, "position": 0.5}, "spread": {"spread": 1.0},
    "count": {"count": 1.0},
}
MIN_MATCH = 10 * 0.5  # a property that fits at least half
_SPECIFIC_EXEMPT = GENERIC | {"pattern", "light", "background", "rim"}


def match_score(claim: Claim, factor: FactorReading) -> float:
    """How well a claim names a factor (0: not at all): the property decides (10 x how well the
    properties fit); what the claim is about (part, thing, place, shared words) only tells apart
    factors of equally fitting properties."""
    if factor.prop is None:
        return 0.0
    base = COMPATIBLE.get(claim.prop, {}).get(factor.prop, 0.0)
    if base == 0.0:
        return 0.0
    score = 0.0
    if claim.part and factor.part and "whole" not in (claim.part, factor.part):
        if claim.part != factor.part:
            return 0.0  # the background is not the object
        score += 0.3
    if claim.light != factor.light and claim.prop in ("x", "y", "position", "lightness", "rotation"):
        return 0.0  # the lit side moving is not the object moving
    concrete = [k for k in factor.kinds if k not in _SPECIFIC_EXEMPT and k not in BACKGROUND_KINDS]
    if claim.focus and claim.focus not in _SPECIFIC_EXEMPT and claim.focus not in BACKGROUND_KINDS and concrete:
        if claim.focus not in factor.kinds:
            return 0.0  # the disc's change is not the square's factor
        score += 0.2
    score += 0.1 * len(set(claim.kinds) & set(factor.kinds) - GENERIC)
    score += 0.15 * len(set(claim.words) & set(factor.words))
    if claim.places and factor.places:
        agree = set(claim.places) & set(factor.places)
        opposite = {("upper", "lower"), ("lower", "upper"), ("left", "right"), ("right", "left")}
        if agree:
            score += 0.3
        elif any((a, b) in opposite for a in claim.places for b in factor.places):
            score -= 0.6
    return 10 * base + min(max(score, -2.0), 2.0) + 2.0


@dataclass(frozen=True)
class Named:
    """A claim and the factor it names (None: no factor of the set), with the claim's direction
    on the factor's own scale (0: not said)."""

    claim: Claim
    factor: str | None
    sign: int = 0


def name_claims(explanation: str | None, factors) -> list[Named]:
    """Each claim of an explanation with the factor it names best. ``factors``: (name,
    description) or (name, description, categorical) tuples."""
    readings = [read_factor(*f) for f in factors]
    out = []
    for claim in read_claims(explanation):
        scored = sorted(((match_score(claim, r), k) for k, r in enumerate(readings)), reverse=True)
        best = scored[0] if scored else (0.0, -1)
        tie = len(scored) > 1 and scored[1][0] == best[0]
        if best[0] >= MIN_MATCH and not tie:
            r = readings[best[1]]
            flip = -1 if claim.prop == "y" and r.prop == "height" else 1  # rising (y falls) is gaining height
            out.append(Named(claim, r.name, claim.sign * r.orientation * flip))
        else:
            out.append(Named(claim, None, 0))
    return out


def named_factors(explanation: str | None, factors) -> list[tuple[Claim, str | None]]:
    """Each claim of an explanation with the factor (by name) it names best, or None."""
    return [(n.claim, n.factor) for n in name_claims(explanation, factors)]


def named_factor(explanation: str | None, factors) -> str | None:
    """The first factor an explanation names (None when it names none)."""
    for _, name in named_factors(explanation, factors):
        if name is not None:
            return name
    return None
