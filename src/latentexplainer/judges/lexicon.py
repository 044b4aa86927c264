"""The graders' lexicon: the words and patterns of visual change in general English - the
things (background parts, objects and their kinds, light, patterns), the properties
(position, size, shape, colour, lightness, frequency, count, ...), which way a word moves a
property, hue names, negation, clause breaks. Written apart from every explainer: it holds
none of their sentences (tests/test_reading.py checks)."""

from __future__ import annotations

import re

# ------------------------------------------------------------------------------- things
# noun -> canonical kind; kinds in GENERIC name any object
NOUN_KINDS: dict[str, str] = {}
for _kind, _words in {
    "object": "object shape figure thing item blob form element subject foreground one it entity",
    "disc": "disc disk circle ball sphere orb round dot spot bubble moon planet",
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
    "background": "background bg surroundings surrounding canvas sea ocean",
    "wall": "wall wallpaper sky ceiling backdrop",
    "floor": "floor ground pond lake river",  # the water at the ground's level, as the ground
    "triangle": "triangle",
    "heart": "heart",
    "star": "star",
    "rim": "rim border",
    "number": "number numbers numeral",
}.items():
    for _w in _words.split():
        NOUN_KINDS[_w] = _kind
GENERIC = {"object"}
# parts of things that sit at one end of them by what they are ("the neck of a bottle" is its top)
PART_PLACES = {"upper": r"\bnecks?\b|\blids?\b|\bcaps?\b|\broofs?\b|\bcrowns?\b|\bpeaks?\b|\bspires?\b"
                        r"|\bchimneys?\b|\bhats?\b|\bsummits?\b",
               "lower": r"\bbases?\b|\bfoot\b|\bfeet\b|\bstems?\b|\bpedestals?\b|\blegs?\b|\bsoles?\b|\broots?\b"}
BACKGROUND_KINDS = {"background": "", "wall": "upper", "floor": "lower"}
PATTERN_PLURALS = {"stripes", "bands", "lines", "bars", "waves", "ripples", "checks", "cells", "tiles", "dots",
                   "spots", "circles", "squares", "stripe", "band", "pattern", "texture", "grating",
                   "tiling", "lattice", "motif"}
# "light" of a colour ("light blue") or of a thing's shade ("the light part", "light shapes") is no light
LIGHT_WORDS = r"\blight(ing|s)?\b(?!\s*(blue|green|red|grey|gray|brown|pink|purple|yellow|orange" \
              r"|parts?\b|portions?\b|shapes?\b|objects?\b|patch(es)?\b|colou?red\b|-?coloured\b))|\blit\b" \
              r"|\billuminat\w*|\bhighlight\w*|\bshading|\bshaded|\bshadow\w*|\blamps?\b|\bsun(light)?\b" \
              r"|\bbright (spot|side|patch|area)|\bglare|\bsheen|\bspecular" \
              r"|\b(day|moon|star|candle|fire|lamp|torch)light\b"  # the light of a source, named with it

# a device named after its light is a thing, not light falling on something ("the traffic light")
LIGHT_DEVICES = re.compile(r"\b(traffic|street|tail|brake|head|signal|stop|fairy|night|porch|ceiling)[- ]?lights?\b")
# a visible source whose place or size is the factor ("height of the sun in the sky", "how high
# the sun has climbed"), or a beam one sees, is a thing as well as light: claims about either fit it
LIGHT_SOURCE = re.compile(r"\b(height|position|size|altitude|elevation|location|radius|diameter|place)\b[^.()]*?"
                          r"\bof (the |a |an )?(sun|moon|lamp|lantern|bulb|star)s?\b|\b(beam|ray)s?\b"
                          r"|\b(how (high|low|far)|where)\b[^.()]*?\b(the |a |an )?(sun|moon|lamp|lantern|bulb|star)s?\b")

# ------------------------------------------------------------------------------- properties
# verbs of motion with their own endings only: a stem and any letters after it took "rung",
# "panel", "pants", "gold", "jumper" and "passenger" for motion
MOTION = (r"\b(mov(e|es|ed|ing|ement|ements)|slid(e|es|ing)|shift(s|ed|ing)?|drift(s|ed|ing)?"
          r"|travel(s|led|ed|ling|ing)?|glid(e|es|ed|ing)|wander(s|ed|ing)?|go|goes|going|gone|went"
          r"|head(s|ed|ing)|jump(s|ed|ing)?|step(s|ped|ping)?|translat(e|es|ed|ing|ion)|pass(es|ed|ing)?"
          r"|run(s|ning)?|ran|walk(s|ed|ing)?|creep(s|ing)?|crept|migrat(e|es|ed|ing|ion)|relocat(e|es|ed|ing|ion)"
          r"|swing(s|ing)?|swung|sweep(s|ing)?|swept|advanc(e|es|ed|ing)|pan(s|ned|ning)?)\b")
# a range of places names a change of position only beside a verb of motion ("moves from left to
# right"; "gets noisier from left to right" reads the strip, not the thing)
RANGES = {"x": r"\bleft[- ](to|-)[- ]right|\bright[- ](to|-)[- ]left|\bfrom (the )?(far )?(left|right)\b"
               r"|\b(left|right)(most)?\s+(edge|side)\b",
          "y": r"\btop[- ](to|-)[- ]bottom|\bbottom[- ](to|-)[- ]top|\bfrom (the )?(top|bottom)\b"
               r"|\b(top|bottom)(most)?\s+(edge|side)\b"}
# the names of the patterns a surface may show, as a choice among them lists them ("plain, striped
# or spotted", "plain brown, patched or belted"): naming.read_factor reads such a choice as which pattern
PATTERN_NAMES = (r"\b(plain|stripe[sd]?|stripy|spot(?:s|ted|ty)|dot(?:s|ted)|check(?:s|ed)|chequered|checkered"
                 r"|patch(?:es|ed)|belted|banded|dappled|speckled|brindled|tabby|tartan|plaid|floral)\b")
# a surface's pattern changing kind (stripes to dots, plain to checked): which pattern it is
PATTERN_KIND = (r"\b(pattern|texture|motif|design|print)s? ((of|on|in|behind|across) (the |its |their |an? )?"
                r"([\w']+ ){0,2})?(chang|switch|alter|vari)\w*"
                r"|\b(chang|switch|alter)\w* (its |their |the |in )?(pattern|texture|motif|design|print)"
                r"|\bbecomes? (plain|striped|stripy|dotted|spotted|spotty|polka-dotted|checked|checkered|chequered|patterned|patched|banded"
                r"|tartan|plaid|floral|blank|bare|unpatterned)\b"
                r"|\bfrom (plain|stripes|striped|dots|dotted|spots|spotted|checks|checked) (\w+ )?(to|into)\b")
PROPERTY_WORDS: dict[str, str] = {
    "x": r"\bhorizontal(ly)?\b(?!\s+(line|bar|stripe|band|edge)s?\b)|\bsideways|\blaterally|\bleft-?wards?\b"
         r"|\bright-?wards?\b|\bx[- ]?(position|coordinate|axis|location|pos)\b|\bpos(ition)?[ _-]?x\b|\bazimuth"
         r"|\beast\b|\bwest\b"
         rf"|{MOTION}\W+(\w+\W+){{0,3}}?(left|right)\b|\b(to|towards?) the (far )?(left|right)\b",
    "y": r"\bvertical(ly)?\b(?!\s+(line|bar|stripe|band|edge)s?\b)|\bupwards?\b|\bdownwards?\b"
         r"|\b(ris|fall|descend|ascend|sink|drop|climb|lift|rais|float|bob)(s|es|ed|ing|e)?\b|\blower(s|ed|ing)\b"
         r"|\brisen\b|\bsank\b|\brose\b|\bfell\b|\by[- ]?(position|coordinate|axis|location|pos)\b|\bpos(ition)?[ _-]?y\b"
         r"|\belevation|\baltitude|\bnorth\b|\bsouth\b"
         rf"|{MOTION}\W+(\w+\W+){{0,3}}?(up|down|higher|lower)\b|\b(up|down)\b(?!\s+(to|by)\b)"
         r"|\b(to|towards?) the (top|bottom)\b|\bhigher up\b|\bheight above\b",
    "position": rf"\bposition\w*|\blocation|\bplacement|\bwhere\b|{MOTION}",
    "size": r"\bsize\b|\bsized\b|\bscale[ds]?\b|\bscaling\b|\blarger\b|\bbigger\b|\bsmaller\b|\bgrow\w*\b(?! in (number|count))|\bshrink\w*\b(?! in (number|count))"
            r"|\bshrank\b|\bexpand\w*|\benlarg\w*|\bcontract(s|ing|ed)?\b|\bswell\w*|\bdiameter|\bradius|\bmagnif\w*"
            r"|\bzoom\w*|\bbigness|\bdimension"
            # the area a thing covers (not "the area behind it")
            r"|\barea of (?:the |its |their |an? )?(?:\w+ )?(?:object|shape|figure|blob|thing|circle|square|disc|ball|item)s?\b"
            r"|\b(?:object|shape|figure|blob|thing)'s area\b",
    "width": r"\bwidth|\bwider\b|\bwidens?\b|\bwidening\b|\bnarrower\b|\bnarrow(s|ing|ed)\b|\bbroader\b|\bbroaden\w*"
             r"|\bthick(ness|er|en\w*)\b|\bthinner\b|\bthin(s|ning|ned)\b|\bslimm?(er|ing|s)\b|\bfatter\b|\bchunk\w*"
             r"|\bstroke( weight| width)?\b|\bweight\b|\bheavier\b|\bbolder\b|\bbold(ness|er|ens?)\b|\bskinnier\b"
             r"|\bopen(s|ed|ing)?\b(?!\s+(its|their|his|her|the|a|an|up)\b)|\bunfold\w*|\bunfurl\w*|\bfurl(s|ed|ing)?\b|\bfold(s|ed|ing)\b|\bclos(es|ed|ing)\b",
    "height": r"\bheight\b(?! above)|\btaller\b|\bshorter\b|\bstretch\w*|\bsquash\w*|\bsquish\w*|\bhow tall\b|\btallness\b",
    # the long dimension, which way it runs not said: a mailbox's or a bus's is across, a ladder's up
    # as is how far a thing sticks out of another or stretches ahead (a head out of a shell)
    "length": r"\blength\b|\blonger\b|\blengthen\w*|\belongat\w*|\bextend(s|ed|ing)?\b|\bprotrud\w*"
              r"|\b(pokes?|poking|poked|sticks?|sticking|stuck|juts?|jutting|jutted|stretch\w*) (further )?(out|ahead|forwards?)\b",
    "rotation": r"\brotat\w*|\borientation|\borient(ed|s)?\b|\bangle[ds]?\b|\btilt\w*|\bspin(s|ning)?\b|\bspun\b|\bclockwise"
                r"|\banti-?clockwise|\bcounter-?clockwise|\bturns? (around|about|round|a (little|bit)|slightly|by)\b"
                r"|\bturns?\W*$|\bpivot\w*|\bslant\w*|\bswivel\w*|\blean\w*|\bslope\w*|\btheta\b|\bheading\b"
                r"|\bpoint(s|ing)? (at|to|towards?)\b|\bpitch(es|ed|ing)?\b(?![- ](black|dark))|\byaw(s|ed|ing)?\b"
                # a thing tipped, heeled or keeled over (not "the tip of the pencil")
                r"|\b(tip|heel|keel)(s|ped|ping|ed|ing)? (back|backwards?|over|forwards?|sideways)\b",
    "shape": r"\bshape\b|\bshapes\b|\boutline|\bcontour|\bform\b|\bmorph\w*|\bsilhouette|\bcurv\w*|\bbend\w*"
             r"|\bsmil\w*|\bfrown\w*|\brounder\b|\bround(ed|ness)?\b|\bangular|\bsquare|\bcircle|\bcircular"
             r"|\btriang\w*|\bellip\w*|\boval\b|\brectang\w*|\bpointy|\bcorners?\b|\bdeform\w*|\bwarp\w*|\bcube\b"
             r"|\bcylinder|\bpill\b|\bsphere\b|\bsad(der|dest|ness|ly)?\b|\bhapp(y|ier|iness)\b|\bgrump\w*|\bcheer\w*|\bgloom\w*"
             r"|\bexpression\b|\bmood\b|\bupturned|\bdownturned|\breplaced (by|with)\b",
    "identity": r"\bidentity|\bclass\b|\blabel\b|\bcategor\w*|\bkind\b|\btype\b(?! (?!of\b)[a-z])|\bwhich (letter|digit|object|item|garment"
                r"|character|symbol)|\bletter\b|\bcharacter\b|\bdigit\b|\bglyph|\bsymbol|\bgarment|\bclothing"
                r"|\btransforms? into\b|\bturns? into\b|\bbecomes? (a|an) (different|new|another)\b|\bbecomes? (a|an)\b"
                # which pattern a surface shows: "the wallpaper's pattern changes", "becomes striped"
                rf"|{PATTERN_KIND}",
    # a tone is a shade of colour: of a range from dark to pale, its lightness (see naming.read_factor)
    "hue": r"\bcolou?r\w*|\bhues?\b|\btint\w*|\btinge\w*|\bchroma\b|\btones?\b",  # plus colour names, see _colour_changes
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
             r"|\bdisappear\w*|\bvanish\w*|\bappears? (in|on|at|near|beside|above|below)\b|\bnew (dots|objects|shapes)"
             r"|\b(increas|decreas|grow|ris|drop|fall|fell|shrink|go|goes|went|climb|multipl)\w* in (number|count)\b"
             r"|\b(more|less) numerous|\bmultipl(y|ies|ied)\b|\bgreater number|\bsmaller number"
             # "more windows light up", "fewer arches": more or fewer of a plural thing
             r"|\b(more and more|more|fewer) (?!and\b|or\b|than\b|less\b|this\b|its\b|is\b|was\b|as\b|has\b)[a-z]+s\b",
}
HUES: dict[str, float] = {"red": 0.0, "crimson": 0.98, "scarlet": 0.01, "orange": 0.08, "amber": 0.11, "gold": 0.12,
                          "golden": 0.12, "yellow": 0.16, "blond": 0.13, "blonde": 0.13, "lime": 0.24, "green": 0.33,
                          "teal": 0.48, "turquoise": 0.47, "cyan": 0.5, "aqua": 0.5, "azure": 0.58, "blue": 0.64,
                          "navy": 0.66, "indigo": 0.7, "violet": 0.76, "purple": 0.78, "lilac": 0.78, "orchid": 0.83,
                          "magenta": 0.84, "fuchsia": 0.86, "pink": 0.92, "rose": 0.95, "brown": 0.07,
                          "ginger": 0.06, "auburn": 0.03, "olive": 0.2, "mint": 0.4, "lavender": 0.75, "maroon": 0.98,
                          "salmon": 0.02, "coral": 0.03, "peach": 0.07, "tan": 0.09, "beige": 0.1}


def hue_gap(a: float, b: float) -> float:
    """How far apart two hues are round the colour wheel (0 to 0.5 of a turn)."""
    d = abs((a - b) % 1.0)
    return min(d, 1.0 - d)


_HUE_NAMES = "|".join(sorted(HUES, key=len, reverse=True))
_HUE_RE = re.compile(rf"\b({_HUE_NAMES})(dish|ish|y)?\b")
_TO_COLOUR = re.compile(r"\b(turn(s|ed|ing)?|becom\w*|go(es)?|going|chang\w*|shift\w*|fad\w*|into|to|towards?|get(s)?)\s+"
                        r"(a |an |more |slightly |bright |dark |light |deep |pale |darker |lighter |brighter |vivid )*"
                        rf"({_HUE_NAMES})(dish|ish|y)?\b")
CHANGE_VERB = (r"\bchang\w*|\bturn(s|ed|ing)?\b|\bbecom\w*|\bshift\w*|\bgo(es)? from\b|\bgoing from\b|\btransition\w*"
               r"|\bvar(y|ies|ying)\b|\bfrom\b.*\bto\b|\binto\b|\bfades? (to|into)\b|\bprogress\w*|\bevolv\w*"
               r"|\bdeepens?\b|\bgets\b|\bgrows?\b|\balter\w*|\bswitch\w*|\bcycles?\b")
_SHAPE_CHANGE = (r"\bshape (chang|morph|vari|of\b|becom|is alter|shift)(?!\w*\s+(\w+ly\s+)?(in\s+|their\s+|its\s+)?(colou?r|hue"
                 r"|tint|size|position|place|brightness|lighter|darker|brighter|larger|smaller|bigger))|\b(chang|alter|morph|vary|varies|switch)\w*"
                 r" (its |their |the |in )?(shape|form|outline)|\boutline|\bcontour|\bmorph|\bsilhouette|\bcurv|\bbend"
                 r"|\bdeform|\bwarp|\brounder|\bmore (round|angular|square|elongated|pointed|circular|triangular)"
                 r"|\b(into|to|from) an? (square|circle|triangle|ellipse|oval|rectangle|cube|sphere|cylinder|pill|star"
                 r"|heart)|\bsmil|\bfrown|\bsad|\bhapp|\bgrump|\bcheer|\bgloom|\bexpression|\bmood|\bupturned"
                 r"|\bdownturned|\bproportion|\baspect|\breplaced (by|with)")
NEGATION = (r"\bnot\b|n't\b|\bno\b|\bnever\b|\bwithout\b|\bneither\b|\bnor\b|\bnone\b|\bnothing\b"
            r"|\bstays?\b|\bstaying\b|\bremains?\b|\bremaining\b|\bunchanged|\bunaffected|\bconstant\b|\bfixed\b"
            r"|\bstatic\b|\bsteady\b(?!\s+(?:[\w-]+\s+)?(?:increas|decreas|ris|fall|drop|growth|grow|shift|mov|darken|lighten"
            r"|brighten|chang|turn|rotat|translat|declin|climb|slid|drift|shrink|expan))|\bstable\b|\bthe same\b|\bidentical\b|\bbarely\b|\bhardly\b|\bkeeps?\b"
            r"|\bkeeping\b|\bretain\w*|\bmaintain\w*|\bpreserv\w*|\bholds?\b|\bsame\b")
_NEG_AFTER = (r"^\W*(\w+\W+){0,4}?(stays?|remains?|is unchanged|does not change|doesn't change|is constant|is the same"
              r"|unchanged|constant|same|stays put|is fixed|untouched|unaltered)\b")

# direction per property: (increase, decrease) words; "from A to B" is read with ENDS
_UP_GENERIC = r"\bincreas\w*|\bgo(es)? up\b|\bwent up\b|\brises?\b|\brising\b|\bclimbs?\b|\bhigher\b|\bmore\b|\bup\b"
_DOWN_GENERIC = r"\bdecreas\w*|\bgo(es)? down\b|\bwent down\b|\bdrops?\b|\bfalls?\b|\bfalling\b|\blower\b(?!\W+(part|half|left|right|side|edge|corner|region|area|portion|third|section|band|row|background|wall|floor))|\bless\b" \
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
              r"|\bbolder\b|\bheavier\b|\bchunkier\b|\bboldens?\b|\bopen(s|ed|ing)?\b(?!\s+(its|their|his|her|the|a|an|up)\b)|\bunfold\w*|\bunfurl\w*|"
              + _UP_GENERIC,
              r"\bnarrower\b|\bnarrow(s|ing|ed)\b|\bthinner\b|\bthin(s|ning|ned)\b|\bslimmer\b|\bskinnier\b"
              r"|\blighter weight|\bfurl(s|ed|ing)?\b|\bfold(s|ed|ing)\b|\bclos(es|ed|ing)\b|" + _DOWN_GENERIC),
    "height": (r"\btaller\b|\blonger\b|\blengthen\w*|\belongat\w*|\bstretch\w*|" + _UP_GENERIC,
               r"\bshorter\b|\bsquash\w*|\bsquish\w*|\bflatten\w*|" + _DOWN_GENERIC),
    "length": (r"\blonger\b|\blengthen\w*|\belongat\w*|\bstretch\w*|" + _UP_GENERIC,
               r"\bshorter\b|\bshorten\w*|" + _DOWN_GENERIC),
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
    "width": (r"\bnarrow|\bthin|\blight\b|\bfurled|\bfolded|\bclosed", r"\bwide|\bthick|\bbroad|\bheavy|\bbold|\bopen"),
    "height": (r"\bshort|\bflat", r"\btall|\blong"), "length": (r"\bshort", r"\blong"), "lightness": (r"\bdark|\bblack|\bdim", r"\blight|\bbright|\bwhite"),
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
          r"|\b(from|reading) left to right(?= (across|along|in|through) the (row|strip|sequence|frames))"
          # "latent dimension 3": which latent is meant, not a size
          r"|\blatent (dimension|dim)s?\b|\bdimensions? (\d+|z_?\d+)\b"
          r"|\b(this|that|each|the|a|an|one|same)\s+([\w,-]+\s+){0,3}?dimension\b(?! of)"
          # a sentence that opens "Left to right, ..." says the order the frames are read in
          r"|(?:^|(?<=[.!?:]\s))\W*(from )?left to right(?=\s*,)")
_CLAUSE = re.compile(r"(?<!\d)[.;!?](?!\d)|\n|\s[-\u2013\u2014]+\s|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b"
                     r"|\balthough\b|\bthough\b|,\s*(?:and|then|meanwhile|also|yet)\b"
                     r"|\band (?:also |then )?(?=(?:the|its|his|her|their|a|an|each|it|there|this|that)\b)")
_FROM_TO = re.compile(r"\bfrom\b(?P<a>.*?)\b(?:to|into|towards?)\b(?P<b>.*)")



STOP = set("the a an of its their his her it is are was were be been to from in on at and or as by with into onto "
           "this that these those there here very more less some any each both one two row rows image images frame "
           "frames sequence strip left right top bottom upper lower part parts portion half".split())
