"""User-defined biases from a YAML or TOML file (``--bias-file``), validated field by field.

The file's shape (YAML shown; TOML has the same keys)::

    name: my-bias                      # letters, digits, - and _
    description: what the bias says    # optional
    formula: "p(z_i | z_j = a) = p(z_i | z_j = b)"
    mapping:                           # symbol (or group of symbols) -> one word or phrase
      z_i: pattern of change
      "=": same
    in_context: Both rows show the same pattern of change despite other variations.
    setup: In every row one latent variable, z_i, takes the values {values} from left to right.
    question: what is the pattern of change that the rows share as z_i increases?
    manipulation:
      unit: latent                     # latent | group (with --groups) | condition (CSVAE, SD)
      values: [-3, -1.5, 0, 1.5, 3]    # at least 3 numbers
      rows:                            # 1 to 6 rows
        - describe: the latent swept from a base code
          move: unit                   # unit | each-member
          fixed: base                  # base | other | {latent index: value}
        - describe: the same sweep after another latent was set to a different value
          fixed: other
          shift: 2.0                   # how far "other" moves z_j (default 2)

Every error names the file, the field, what was wrong and what is allowed.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..records import MAX_INDEX_DIGITS
from ..structured import parse_toml, parse_yaml, read_text, shorten
from .base import FIXED, MOVES, PLACEHOLDERS, UNITS, Bias, RowPlan

TOP_KEYS = ("name", "description", "formula", "mapping", "in_context", "setup", "question", "manipulation")
REQUIRED = ("name", "formula", "mapping", "in_context", "setup", "question", "manipulation")
MANIP_KEYS = ("unit", "values", "rows")
ROW_KEYS = ("describe", "move", "fixed", "shift")
_NAME = re.compile(r"^[A-Za-z][\w-]{0,63}$")


class _Check:
    """Raises one-line ConfigErrors that name the file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, what: str) -> ConfigError:
        return ConfigError(f"bias file {self.path}: {where}: {what}")

    def keys(self, where: str, table: Any, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict:
        if not isinstance(table, dict):
            raise self.fail(where, f"must be a mapping of keys ({', '.join(allowed)}), got {type(table).__name__}")
        unknown = [k for k in table if k not in allowed]
        if unknown:
            raise self.fail(where, f"unknown key '{unknown[0]}'; allowed keys: {', '.join(allowed)}")
        missing = [k for k in required if k not in table]
        if missing:
            raise self.fail(where, f"missing key '{missing[0]}' (required: {', '.join(required)})")
        return table

    def text(self, where: str, value: Any, limit: int = 2000) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"must be non-empty text, got {shorten(value)}")
        if len(value) > limit:
            raise self.fail(where, f"is {len(value)} characters long; keep it under {limit}")
        try:
            parsed = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(value) if f is not None]
        except ValueError as exc:  # a lone brace
            raise self.fail(where, f"has an unmatched brace ({exc}); write {{{{ or }}}} for a literal brace") from None
        fancy = [(f, spec, conv) for f, spec, conv in parsed if spec or conv]
        if fancy:
            f, spec, conv = fancy[0]
            raise self.fail(where, f"placeholder {{{f}{'!' + conv if conv else ''}{':' if spec else ''}"
                                   f"{(spec or '')[:40]}}} has a format spec or conversion; placeholders are bare names "
                                   "only, like {values} (write {{ for a brace)")
        fields = [f for f, _, _ in parsed]
        bad = [f for f in fields if f not in PLACEHOLDERS]
        if bad:
            raise self.fail(where, f"unknown placeholder {{{bad[0]}}}; allowed: "
                                   + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + " (write {{ for a brace)")
        return value.strip()

    def number(self, where: str, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, f"must be a number, got {shorten(value)}")
        return float(value)


def _fixed(check: _Check, where: str, value: Any) -> str | tuple[tuple[int, float], ...]:
    if isinstance(value, str):
        if value not in FIXED:
            raise check.fail(where, f"{shorten(value)} is not allowed; use one of: {', '.join(FIXED)}, "
                                    "or a mapping {latent index: value}")
        return value
    if isinstance(value, dict) and value:
        out = []
        for k, v in value.items():
            key = str(k).lstrip("z")
            if not key.isdigit() or len(key) > MAX_INDEX_DIGITS:
                raise check.fail(where, f"{shorten(k)} is not a latent index; write e.g. 3 or z3")
            out.append((int(key), check.number(f"{where}.{k}", v)))
        return tuple(sorted(out))
    raise check.fail(where, f"must be base, other or a mapping {{latent index: value}}, got {shorten(value)}")


def bias_from_dict(raw: Any, path: Path) -> Bias:
    """Validate a parsed bias file and build its :class:`Bias`."""
    check = _Check(path)
    top = check.keys("top level", raw, TOP_KEYS, REQUIRED)
    name = top["name"]
    if not isinstance(name, str) or not _NAME.match(name):
        raise check.fail("name", f"{shorten(name)} is not a name: use letters, digits, - and _, starting with a letter")
    mapping = top["mapping"]
    if not isinstance(mapping, dict) or not mapping:
        raise check.fail("mapping", "must map each symbol of the formula to a word, e.g. {z_i: pattern of change}")
    words = {}
    for sym, word in mapping.items():
        if not isinstance(sym, (str, int, float)) or not str(sym).strip():
            raise check.fail("mapping", f"symbol {shorten(sym)} must be text")
        words[str(sym)] = check.text(f"mapping.{sym}", word)
    manip = check.keys("manipulation", top["manipulation"], MANIP_KEYS, ("rows",))
    unit = manip.get("unit", "latent")
    if unit not in UNITS:
        raise check.fail("manipulation.unit", f"{shorten(unit)} is not allowed; use one of: {', '.join(UNITS)}")
    values_raw = manip.get("values", [-3.0, -1.5, 0.0, 1.5, 3.0] if unit != "condition" else [0, 1, 2, 3, 4])
    if not isinstance(values_raw, list) or len(values_raw) < 3 or len(values_raw) > 16:
        raise check.fail("manipulation.values", f"must be a list of 3 to 16 numbers, got {shorten(values_raw)}")
    values = tuple(check.number(f"manipulation.values[{k}]", v) for k, v in enumerate(values_raw))
    rows_raw = manip["rows"]
    if not isinstance(rows_raw, list) or not 1 <= len(rows_raw) <= 6:
        raise check.fail("manipulation.rows", f"must be a list of 1 to 6 rows, got {shorten(rows_raw)}")
    rows = []
    for k, r in enumerate(rows_raw):
        where = f"manipulation.rows[{k}]"
        r = check.keys(where, r, ROW_KEYS, ("describe",))
        move = r.get("move", "unit")
        if move not in MOVES:
            raise check.fail(f"{where}.move", f"{shorten(move)} is not allowed; use one of: {', '.join(MOVES)}")
        shift = check.number(f"{where}.shift", r.get("shift", 2.0))
        rows.append(RowPlan(check.text(f"{where}.describe", r["describe"]), move,
                            _fixed(check, f"{where}.fixed", r.get("fixed", "base")), shift))
    return Bias(
        name=name, formula=check.text("formula", top["formula"]), mapping=words,
        in_context=check.text("in_context", top["in_context"]), rows=tuple(rows),
        setup=check.text("setup", top["setup"]),
        question=check.text("question", top["question"]), unit=unit,
        description=check.text("description", top["description"]) if "description" in top else "",
        values=values,
    )


def load_bias_file(path: str | Path) -> Bias:
    """Read and validate a YAML (.yaml / .yml) or TOML (.toml) bias file (bounded: structured.py)."""
    p = Path(path).expanduser()
    if not p.is_file():
        raise ConfigError(f"bias file {p} does not exist; give a YAML or TOML file (see examples/biases/)")
    suffix = p.suffix.lower()
    if suffix not in (".yaml", ".yml", ".toml"):
        raise ConfigError(f"bias file {p}: unknown extension '{suffix or '(none)'}'; use .yaml, .yml or .toml")
    text = read_text(p, "bias file", 1024 * 1024)
    if suffix == ".toml":
        raw = parse_toml(text, f"bias file {p}", 'quote keys such as "=" and "z_i, z_j" in [mapping]')
    else:
        raw = parse_yaml(text, f"bias file {p}")
    return bias_from_dict(raw, p)
