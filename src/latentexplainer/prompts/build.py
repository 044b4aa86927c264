"""Formula -> prompt through the symbol-to-word mapping and the in-context example.

Deterministic and pure: the same bias, unit and settings give the same prompt, which is
stored with every record so a run can be re-asked of another backend. The placeholders of
the bias's text ({values}, {members}, {member}, {condition}, {n_rows}) are filled per unit.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from ..biases import Bias
from ..errors import ConfigError
from ..records import Prompt

TEMPLATE = """You are shown {rows_word} of images made by a deep generative model ({model_kind}).
{setup}
{row_lines}
The model was trained with the inductive bias of {bias_name}: {formula}
Translated into words, symbol by symbol: {words}.
So the expected observation reads: "{in_context}"
Question: {question} Answer in one short sentence that names the attribute of the image that changes and the direction of the change (for example "The object moves horizontally from left to right."). If the rows show no consistent change, answer "No clear pattern." """


PLAIN = """You are shown {rows_word} of images made by a deep generative model ({model_kind}).
In every row one latent variable takes the values {values} from left to right.
Describe in one short sentence what changes in the images as the value increases. If nothing changes, answer "No clear pattern." """


@dataclass(frozen=True)
class UnitWords:
    """What the placeholders of a bias's text become for one manipulated unit."""

    members: tuple[str, ...] = ("z_i",)  # names of the latents that move
    condition: str = ""  # the model's condition (attribute, edit prompt)
    along: str = ""  # a latent that is a direction of the latent space: its symbol (d_3), said after the setup


def _rows_word(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"


def fill(text: str, words: dict[str, str]) -> str:
    """``text`` with each bare ``{name}`` replaced by ``words[name]`` (``{{`` and ``}}`` are
    braces). Nothing else is evaluated: a format spec, a conversion, attribute access or an
    index (``{values:>9}``, ``{members.__class__}``) is refused, as is an unknown name."""
    out = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ConfigError(f"prompt text has an unmatched brace ({exc}); write {{{{ or }}}} for a brace") from None
    for literal, field, spec, conv in parsed:
        out.append(literal)
        if field is None:
            continue
        if spec or conv or field not in words:
            raise ConfigError(f"prompt text: '{{{field}...}}' is not a placeholder; use bare names only: "
                              + ", ".join("{" + k + "}" for k in words))
        out.append(words[field])
    return "".join(out)


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _words(bias: Bias, unit: UnitWords, values: tuple[float, ...]) -> dict[str, str]:
    return {"values": ", ".join(f"{v:g}" for v in values), "members": _join(unit.members),
            "member": unit.members[0], "condition": unit.condition, "n_rows": str(n_rows(bias, unit))}


def n_rows(bias: Bias, unit: UnitWords) -> int:
    return sum(len(unit.members) if plan.move == "each-member" else 1 for plan in bias.rows)


def row_descriptions(bias: Bias, unit: UnitWords, values: tuple[float, ...]) -> list[str]:
    """One description per row of the sequence, each-member plans expanded per member."""
    kw = _words(bias, unit, values)
    out = []
    for plan in bias.rows:
        for m in (unit.members if plan.move == "each-member" else (unit.members[0],)):
            out.append(fill(plan.describe, {**kw, "member": m}))
    return out


def plain_prompt(bias: Bias, model_kind: str = "VAE", values: tuple[float, ...] | None = None,
                 unit: UnitWords | None = None) -> Prompt:
    """The ablation's prompt (--no-bias-prompt): the same images, no formula, no mapping, no example."""
    vals = values or bias.values
    text = PLAIN.format(rows_word=_rows_word(n_rows(bias, unit or UnitWords())), model_kind=model_kind,
                        values=", ".join(f"{v:g}" for v in vals)).strip()
    return Prompt(text, bias.name, "", {}, "")


def build_prompt(bias: Bias, model_kind: str = "VAE", values: tuple[float, ...] | None = None,
                 unit: UnitWords | None = None) -> Prompt:
    u = unit or UnitWords()
    vals = values or bias.values
    descs = row_descriptions(bias, u, vals)
    kw = _words(bias, u, vals)
    rows = "\n".join(f"Row {i + 1}: {d}." for i, d in enumerate(descs))
    mapping = {sym: fill(word, kw) for sym, word in bias.mapping.items()}
    words = "; ".join(f"{sym} -> {word}" for sym, word in mapping.items())
    in_context = fill(bias.in_context, kw)
    text = TEMPLATE.format(
        rows_word=_rows_word(len(descs)),
        model_kind=model_kind,
        setup=fill(bias.setup, kw) + (f" Here z_i is the coordinate along direction {u.along} of the model's latent "
                                      "space: moving it moves the code along that direction."
                                      if u.along else ""),
        row_lines=rows,
        bias_name=bias.name,
        formula=fill(bias.formula, kw),
        words=words,
        in_context=in_context,
        question=fill(bias.question, kw),
    ).strip()
    return Prompt(text, bias.name, bias.formula, mapping, in_context)
