"""Which factor does an explanation name? A documented keyword lexicon of concepts.

Both sides go through the same lexicon: a factor's name and description give its concept
(e.g. "horizontal position of the object" -> ``pos_x``); an explanation's concept is the
one whose keywords appear *first* in the text, after background parts have taken
precedence over plain colour words (so "the lower part of the background changes colour"
is the floor, not the object). An explanation names a factor when their concepts agree.
Abstentions and "No clear explanation" name nothing.
"""

from __future__ import annotations

import re

CONCEPTS: dict[str, str] = {
    "floor_hue": r"\bfloor\b|\bground\b|lower (part of the )?background",
    "wall_hue": r"\bwall\b|upper (part of the )?background|\bsky\b",
    "object_hue": r"\bcolou?r|\bhue\b|\bred\b|\bgreen\b|\bblue\b|\byellow\b|\bpurple\b",
    "pos_x": r"horizontal|\bleft\b|\bright\b|\bx[- ]?(position|coordinate)",
    "pos_y": r"vertical|\btop\b|\bbottom\b|\bupwards?\b|\bdownwards?\b|\by[- ]?(position|coordinate)",
    "scale": r"\bsize\b|\bscale\b|larger|smaller|bigger|\bgrows?\b|shrinks?",
    "orientation": r"rotat|orientation|\bangle\b|clockwise|\btilt",
    "shape": r"\bshape\b|outline|morph|square|ellipse|triangle|elongat|\bcube\b|sphere|cylinder|\bpill\b|\bround(er)?\b",
}
BACKGROUND = ("floor_hue", "wall_hue")


def concepts_in(text: str) -> list[str]:
    """Concepts named in ``text``, in order of first appearance."""
    low = (text or "").lower()
    hits = []
    for name, pattern in CONCEPTS.items():
        m = re.search(pattern, low)
        if m:
            hits.append((m.start(), name))
    names = [n for _, n in sorted(hits)]
    if any(b in names for b in BACKGROUND):
        names = [n for n in names if n != "object_hue"]
    return names


def factor_concept(name: str, description: str = "") -> str | None:
    """A factor's concept from its name and description (the first concept they name)."""
    for text in (description, name.replace("_", " ")):
        found = concepts_in(text)
        if found:
            # "colour of the object" names a colour first: the background parts win above
            return found[0]
    return None


def named_factor(explanation: str | None, factors: list[tuple[str, str]]) -> str | None:
    """The factor (by name) that an explanation names first, or None."""
    if not explanation:
        return None
    wanted = concepts_in(explanation)
    by_concept = {}
    for name, desc in factors:
        c = factor_concept(name, desc)
        if c and c not in by_concept:
            by_concept[c] = name
    for c in wanted:
        if c in by_concept:
            return by_concept[c]
    return None
