"""Abstentions: does an answer say that nothing changes (or that it cannot tell)?

Used by the uncertainty stage (an abstention agrees with nothing) and by the gist of an answer
(its abstaining clauses are dropped).
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn CountVectorizer's default token pattern

# Abstentions. An answer abstains when it says, anywhere, that nothing changes / no pattern is
# visible / it cannot tell - and asserts no change of its own. "Looking at both rows, I can't see
# any consistent change." abstains; "There is no rotation; the square just slides to the left."
# does not: a negated or scoped "no change" ("no colour change", "nothing else changes") next to
# an asserted change ("slides to the left") is a description. The text is cut into clauses
# (sentences, and at , ; : - but / however / except / ...); a change verb in a clause counts
# unless a negation ("not", "n't", "no", "nothing", "never", "neither", "if", "unclear", ...)
# comes before it in its clause. One rule overrides: a conclusion "so there is no consistent
# pattern" abstains even after changes seen in single rows ("one row moves right, the other
# left, so ...").

_CLAUSE_SPLIT = re.compile(
    r"[.;:!?\n()\[\]]+|,|\s[-\u2013\u2014]+\s|\s[-\u2013\u2014]+$|^[-\u2013\u2014]+\s"
    r"|\b(?:but|however|although|though|whereas|while|except|besides|apart from|other than|instead of|"
    r"rather than|then|unlike)\b"
)
_AS_VALUE_GROWS = re.compile(r"\bas (?:the )?(?:value|latent|strength|alpha|z_?\w*|\w_\w+)(?: value)?"
                             r" (?:increases|grows|goes up|rises)\b")
# rows that each change their own way say no change between them ("both rows change in different ways")
_APART = re.compile(r"\b(?:rows|frames|samples|sequences|strips)\s+(?:\w+\s+)?(?:change|changes|vary|varies|move|moves"
                    r"|differ|behave)\s+(?:in\s+)?(?:different|opposite|inconsistent|contradictory)\s+(?:ways|directions)\b")
_NEGATORS = frozenset({"not", "no", "never", "nothing", "neither", "nor", "none", "cannot", "without", "zero",
                       "hardly", "barely", "if", "whether", "unclear", "impossible", "unsure", "uncertain",
                       "nobody", "unable"})
# verbs that assert a change (some only with the complement that makes them one: "gets bigger", "goes up")
_CHANGE_VERB = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|slid(?:e|es|ing)|shift(?:s|ed|ing)?|drift(?:s|ed|ing)?|travel(?:s|led|ling|ed|ing)?"
    r"|ris(?:e|es|ing)|rose|climb(?:s|ed|ing)?|sink(?:s|ing)?|sank|descend(?:s|ed|ing)?|drop(?:s|ped|ping)?"
    r"|fall(?:s|ing)?|grow(?:s|ing|n)?|grew|shrink(?:s|ing)?|shrank|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?"
    r"|enlarg(?:e|es|ed|ing)|swell(?:s|ing)?|dwindl(?:e|es|ed|ing)|rotat(?:e|es|ed|ing)|spin(?:s|ning)?"
    r"|tilt(?:s|ed|ing)?|turn(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|fad(?:e|es|ed|ing)"
    r"|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|morph(?:s|ed|ing)?|stretch(?:es|ed|ing)?"
    r"|darken(?:s|ed|ing)?|brighten(?:s|ed|ing)?|lighten(?:s|ed|ing)?|transform(?:s|ed|ing)?"
    r"|var(?:y|ies|ied|ying)|controls?|becom(?:e|es|ing)|became|tak(?:e|es|ing)\s+on|took\s+on"
    r"|acquir(?:e|es|ed|ing)|gain(?:s|ed|ing)?|los(?:e|es|ing)|lost|reduc(?:e|es|ed|ing)|resiz(?:e|es|ed|ing)"
    r"|scal(?:e|es|ed|ing)\s+(?:up|down)|(?:widen|narrow|lengthen|shorten|flatten|thicken)(?:s|ed|ing)?"
    r"|(?:get|gets|getting|got)\s+\w+ed\b"
    r"|(?:get|gets|getting|got)(?:\s+\w+){0,2}?\s+(?:\w+er|more|less)"
    r"|(?:go|goes|going|went)\s+(?:from|up|down|left|right|toward|towards|higher|lower|darker|lighter)"
    r"|(?:go|goes|going|went)\s+to\s+(?:the\s+)?(?:left|right|top|bottom)"
    r"|(?:edg|creep|wander|migrat|head|inch|balloon|dim|flip|swap|transition|cycl|slip|glid|bounc|jump|zoom"
    r"|sweep|step|march|walk)(?:e|es|s|ed|ing|ped|ping|ned|ning|med|ming)?\b(?=\s+(?:\w+\s+){0,2}?"
    r"(?:to|toward|towards|from|up|down|left|right|out|away|through|into|across|along|over)\b)"
    r"|appear(?:s|ed|ing)?\s+(?:on|in|at|from|gradually|out)"
    r"|diminish(?:es|ed|ing)?|dim(?:s|med|ming)|ascend(?:s|ed|ing)?|(?:start|end)(?:s|ed|ing)?\s+(?:out|up)\s+(?!the\b|a\b)\w+"
    r"|pass(?:es|ed|ing)?\s+from"
    r"|chang(?:e|es|ed|ing))\b"
)
_NOUN_BEFORE = frozenset({"the", "a", "an", "any", "no", "other", "some", "these", "those", "this", "same", "of",
                          "consistent", "clear", "visible", "obvious", "noticeable", "meaningful", "systematic",
                          "discernible", "big", "small", "subtle", "slight", "real", "common", "shared", "such",
                          "every", "each", "much", "little", "apparent", "significant", "only", "main",
                          # adjectives of changes that are not asserted ("non-monotonic changes only")
                          "monotonic", "minor", "tiny", "faint", "spurious", "sporadic", "incidental", "erratic",
                          "inconsistent", "few", "several"})
_VERB_BEFORE_BASE = frozenset({"to", "not", "does", "do", "did", "will", "would", "can", "could", "may", "might",
                               "and", "or", "nor", "never", "also", "n't"})
_CHANGE_CUE = re.compile(  # a change asserted without a verb
    r"\b(?:right|left|up|down)wards?\b|\b(?:counter-?|anti-?)?clockwise\b|\u2192|->|=>|\u27f6"
    r"|\b(?:to|toward|towards)\s+the\s+(?:right|left|top|bottom|upper|lower)\b"
    r"|\b(?:position|size|scale|colou?r|hue|rotation|orientation|brightness|shape|direction|change)\s*[:(]\s*"
    r"(?!no\b|none\b|n/?a\b|unchanged\b|same\b|constant\b|nothing\b)\w"
)
_NULL = re.compile(
    r"\b(?:no|zero)\s+(?!other\b)(?:\w+\s+){0,2}?(?:pattern|change|trend|difference|variation|effect|conclusion"
    r"|semantic|meaning|interpretation|signal|structure)s?\b"
    r"|\bno (?:property|attribute|factor|feature)\b"
    # a report's or a record's empty field ("attribute: none", '"direction": null', "effect size: zero")
    r"|\b(?:attribute|effect|change|factor|property|direction)s?(?: size)?\"?\s*:\s*\"?(?:null|none|nil|n/?a|not applicable"
    r"|nothing|zero|negligible)\b"
    r"|(?<!from )\bnothing\b(?!\s+(?:but|else|other|except|about|of|more|less)\b)"
    r"|\b(?:identical|indistinguishable|unchanged|static|alike|imperceptible|inactive|unused|dead|random|noise"
    r"|constant|frozen|copy|copies|repeated|uniform|invariant|unaffected|unlabell?ed|unassigned|uninterpretable"
    r"|uninformative)\b|\bmatch(?:es)?\s+(?:the others|each other|one another)\b"
    r"|\b(?:images|frames|pictures|rows)\s+(?:all\s+)?match\b|\b(?:barely|hardly|scarcely)\s+(?:\w+\s+)?differ"
    r"|\b(?:stay|stays|stayed|remain|remains|remained)\s+(?:\w+\s+)?as\s+(?:they|it)\s+(?:were|was|are|is)\b"
    r"|\b(?:look|looks|looked|stay|stays|stayed|remain|remains|appear|appears|seem|seems|are|is|be|'s|'re)\s+"
    r"(?:\w+\s+)?the\s+same\b|\ball the same\b|\bstays?\s+put\b|\bkeeps?\s+(?:its|the same)\b"
    r"|\b(?:can't|cannot|can not|couldn't|could not|don't|do not|didn't|did not|unable to|not able to|not|never)\s+"
    r"(?:\w+\s+){0,2}?(?:see|seeing|tell|find|identify|detect|spot|notice|noticing|make out|pick out|pin down|determine"
    r"|discern|name|say|observe|perceive|recogni[sz]e|attribute|assign|establish|state)\b"
    r"|(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}?(?:any|anything|anywhere)\b"
    r"|\b(?:hard|impossible|difficult)\s+to\s+(?:tell|say)\b|\bnot\s+possible\b|\bno idea\b|\bdon't know\b"
    r"|\bdo not know\b|\bnot\s+(?:sure|certain)\b|\btoo\s+(?:subtle|small|faint|slight|weak|noisy)\b"
    r"|\b(?:isn't|is not|aren't|are not|there's not|doesn't seem to be|don't seem to be|does not seem to be)\s+"
    r"(?:\w+\s+){0,3}?(?:pattern|change|trend|difference|variation)s?\b"
    r"|\b(?:do not|don't|does not|doesn't|did not|didn't)\s+(?:seem to\s+|appear to\s+)?(?:\w+ly\s+)?"
    r"(?:change|vary|affect|alter|influence|differ|share|follow|show|respond|react|matter|map|correspond|form"
    r"|reveal|produce|encode|exhibit|display|induce|yield)\b"
    r"|\bnot (?:reproduced|repeated|consistent|shared)\b"
    r"|\bneither\b|\bnope\b|\bnah\b|\bn/a\b|^\W*(?:none|unclear|same)\W*$|^\W*none\s+(?:that|i)\b|^\W*(?:the\s+)?same\b"
    r"|\brows\s+disagree\b|\binconclusive\b|\bundetermined\b|\bindeterminate\b|\bnegligible\b|\bmarginal\b"
    r"|\bnone of (?:the )?(?:\w+\s+)?(?:frames|images|pictures|rows|strips|columns)\s+(?:\w+\s+)?(?:differ|change|vary)"
    r"|\bfound none\b|\bnone of them\b|\bno\s+(?:\w+\s+){0,2}?(?:direction|story)\b"
    r"|\b(?:isn't|is not|there's not)\s+(?:\w+\s+){0,3}?story\b"
)
_CONCLUDING_NULL = re.compile(
    r"^\s*(?:so|therefore|hence|thus|which means|meaning)\b.*(?:\bno\s+(?:\w+\s+){0,2}?(?:pattern|trend)"
    r"|\b(?:can't|cannot|unable to|not able to)\b.*\b(?:pattern|trend|consistent|shared|common)\b"
    # a verdict not to name it ("so I won't label it")
    r"|\b(?:won't|will not|wouldn't|would not|can't|cannot)\s+(?:\w+\s+)?(?:label|assign|name|interpret)\b)"
)
# a list in brackets ("other factors (position, scale, colour) remain invariant"): an aside naming
# things, which would otherwise cut its sentence's subject from its verb
_ASIDE = re.compile(r"\((?:\s*[a-z][a-z' -]*,)+\s*(?:and\s+|or\s+)?[a-z][a-z' -]*\)")
_WORD = re.compile(r"[a-z_]+(?:'[a-z]+)?|n't")
# a first impression taken back ("At first I thought it drifted, but ...", "My first impression was
# that it slid up; on a closer look it slides down", "Initially I read this as ... - correction:
# ..."): the clause says what the answer no longer holds
_RETRACTED = re.compile(
    r"\b(?:at first|initially)\W+(?:i|it|this)\W+(?:\w+\W+){0,2}?(?:thought|read|took|assumed|guessed|seemed"
    r"|believed|figured|mistook)\b|\b(?:my|the) first (?:impression|guess|thought|reading|read|instinct)\b"
    r"|\bi first (?:thought|read|took|assumed)\b")


def retracted(clause: str) -> bool:
    """Whether a clause gives a first impression that the answer then takes back."""
    return bool(_RETRACTED.search(clause.lower().replace("\u2019", "'")))



def _normalise(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"[*`#>]+|(?<!\w)_+|_+(?!\w)", " ", t)  # markdown emphasis, headings, quotes (not z_i)
    t = re.sub(r"(?m)^\s*(?:[-*+\u2022]|\d+[.)])\s+", "\n", t)  # list bullets
    t = re.sub(r"\bcan not\b", "cannot", t)
    t = _ASIDE.sub(" ", t)
    t = _AS_VALUE_GROWS.sub(" ", t)
    t = _APART.sub(" rows disagree ", t)
    return t


def _tokens(s: str) -> list[str]:
    out = []
    for w in _WORD.findall(s):
        if w.endswith("n't") and w != "n't":
            out += [w[:-3], "n't"]
        else:
            out.append(w)
    return out


def _negated(before: list[str]) -> bool:
    return any(w in _NEGATORS or w == "n't" for w in before)


def _asserted_changes(clause: str, sentence_start: bool) -> tuple[bool, bool]:
    """(a change asserted in the clause, a change negated in it)."""
    asserted = negated = False
    for m in _CHANGE_VERB.finditer(clause):
        word = m.group(0).split()[0]
        before = _tokens(clause[: m.start()])
        if before and before[-1] in ("a", "an", "the", "any", "no") and not word.startswith("chang"):
            continue  # "a turn", "the drift", "no shift": a noun, not an assertion
        if len(before) >= 2 and before[-2] in ("a", "an") and not re.search(r"(?:s|ed|ing)$", word):
            continue  # "a colour shift", "a slight turn": a noun (a verb after "a X" would agree with it)
        if word.startswith("chang"):
            prev = before[-1] if before else ""
            if word in ("change", "changing") and prev in _NOUN_BEFORE:
                continue  # "no change", "a changing attribute": a noun, not an assertion
            if word == "changes" and prev in _NOUN_BEFORE - {"only", "main"}:
                continue  # "the changes are subtle"
            if word == "change" and prev not in _VERB_BEFORE_BASE and not re.match(
                    r"change\s+(?:from|to|into|in|colou?r|size|shape|position|hue|its|their|direction)\b",
                    clause[m.start():]):
                continue
        if word.endswith("ing") and not before and (sentence_start or re.match(
                r"\w+ing\s+(?:this|the|that|its)\s+(?:latent|value|dimension|unit|variable|code|input)\b", clause[m.start():])):
            continue  # "Changing z_i has no effect", "... - changing this latent leaves it unchanged": a gerund subject
        if _negated(before):
            negated = True
        else:
            asserted = True
    if not asserted and _CHANGE_CUE.search(clause) and not _negated(_tokens(clause)):
        asserted = True
    return asserted, negated


def clause_changes(clause: str) -> tuple[bool, bool]:
    """(a change asserted in a clause of an answer, a change negated in it), the clause lower-cased."""
    return _asserted_changes(clause, sentence_start=False)


def words(text: str) -> list[str]:
    """The words of lower-cased text, "n't" split off ("isn't" -> "is", "n't")."""
    return _tokens(text)


_BASE_VERBS = frozenset({"move", "grow", "shrink", "change", "rotate", "vary", "turn", "shift", "slide", "expand",
                         "fade", "become", "get", "go", "spin", "tilt", "drift", "rise", "sink", "or", "nor"})


def is_abstention(text: str) -> bool:
    """True for an answer that says nothing changes, no pattern is visible or it cannot tell - anywhere
    in the text, after any preamble - or that says nothing at all (empty, whitespace, punctuation).

    False for an answer that asserts a change, even next to negations of other changes ("The object
    doesn't move but grows.", "No colour change, but the ball gets bigger.", "The only change: the
    object moves up.", "The wall turns red. Nothing else changes."). Pure and fast (regular
    expressions over the clauses of one answer); English answers.
    """
    if not _TOKEN.search(text or ""):
        return True
    t = _normalise(text)
    asserted = negated = concluded = False
    for sentence in re.split(r"[.!?\n]+", t):
        pieces = [p for p in _CLAUSE_SPLIT.split(sentence) if p and p.strip()]
        prev_negated = False
        for i, clause in enumerate(pieces):
            if retracted(clause):
                continue  # a first impression taken back asserts nothing
            a, n = _asserted_changes(clause, sentence_start=(i == 0))
            words = _tokens(clause)
            if a and prev_negated and words and words[0] in _BASE_VERBS:
                a, n = False, True  # "does not move, grow or change colour": the list stays negated
            asserted |= a
            negated |= n
            prev_negated = n and not a
            if _CONCLUDING_NULL.search(clause):
                concluded = True
    if concluded:
        return True
    if asserted:
        return False
    return negated or bool(_NULL.search(t))
