"""Formula -> prompt through the symbol-to-word mapping and the in-context example.

Deterministic and pure: the same bias and settings give the same prompt, which is stored
with every record so a run can be re-asked of another backend.
"""

from __future__ import annotations

from ..biases import Bias
from ..records import Prompt

TEMPLATE = """You are shown {n_rows} rows of images made by a deep generative model ({model_kind}).
In every row one latent variable, z_i, takes the values {values} from left to right; nothing else changes within a row.
{row_lines}
The model was trained with the inductive bias of {bias_name}: {formula}
Translated into words, symbol by symbol: {words}.
So the expected observation reads: "{in_context}"
Question: what is the pattern of change that the rows share as z_i increases? Answer in one short sentence that names the attribute of the image that changes and the direction of the change (for example "The object moves horizontally from left to right."). If the rows show no consistent change, answer "No clear pattern." """


PLAIN = """You are shown {n_rows} rows of images made by a deep generative model ({model_kind}).
In every row one latent variable takes the values {values} from left to right.
Describe in one short sentence what changes in the images as the value increases. If nothing changes, answer "No clear pattern." """


def plain_prompt(bias: Bias, model_kind: str = "VAE", values: tuple[float, ...] | None = None) -> Prompt:
    """The ablation's prompt (--no-bias-prompt): the same images, no formula, no mapping, no example."""
    vals = values or bias.values
    text = PLAIN.format(n_rows=len(bias.rows), model_kind=model_kind, values=", ".join(f"{v:g}" for v in vals)).strip()
    return Prompt(text, bias.name, "", {}, "")


def build_prompt(bias: Bias, model_kind: str = "VAE", values: tuple[float, ...] | None = None) -> Prompt:
    vals = values or bias.values
    rows = "\n".join(f"Row {i + 1}: {desc}." for i, desc in enumerate(bias.rows))
    text = TEMPLATE.format(
        n_rows=len(bias.rows),
        model_kind=model_kind,
        values=", ".join(f"{v:g}" for v in vals),
        row_lines=rows,
        bias_name=bias.name,
        formula=bias.formula,
        words=bias.formula_in_words(),
        in_context=bias.in_context,
    ).strip()
    return Prompt(text, bias.name, bias.formula, dict(bias.mapping), bias.in_context)
