"""The bias record and the three built-in biases: disentanglement (the authors'
`invariance`), combination and conditional.

A bias is data: a formula, its symbol-to-word mapping, an in-context example, the words
of the prompt (``setup``, ``question``) and a manipulation plan (``unit``, ``values``,
``rows``). The same record comes from a user's YAML or TOML file (see files.py), and
the built-ins are shipped as such files under ``examples/biases/`` too.

Text fields may use these placeholders, filled per manipulated unit:
``{values}`` (the swept values), ``{members}`` (the unit's latents, e.g. "z1 and z4"),
``{member}`` (in an each-member row: that latent), ``{condition}`` (the model's condition:
a CSVAE's attribute or a Stable Diffusion edit prompt), ``{n_rows}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ConfigError
from ..registry import Registry

UNITS = ("latent", "group", "condition")  # what one explanation is about
MOVES = ("unit", "each-member")  # a row sweeps the whole unit together, or one row per member
FIXED = ("base", "other")  # what else holds: the base code, or another latent set differently
PLACEHOLDERS = ("values", "members", "member", "condition", "n_rows")


@dataclass(frozen=True)
class RowPlan:
    """One row (or, with ``move="each-member"``, one row per member) of a sequence.

    ``fixed`` is "base" (the rest of the base code), "other" (another latent z_j, outside
    the unit, set to -sign(z_j) * ``shift``) or explicit values ``{latent: value}``.
    """

    describe: str
    move: str = "unit"
    fixed: str | tuple[tuple[int, float], ...] = "base"
    shift: float = 2.0


@dataclass(frozen=True)
class Bias:
    """An inductive bias as the prompt generator and the manipulation need it.

    ``mapping`` takes each symbol (or symbol group) of the formula to one word or phrase;
    ``in_context`` is the sentence that tells the explainer what to look for, in those words.
    """

    name: str
    formula: str
    mapping: dict[str, str]
    in_context: str
    rows: tuple[RowPlan, ...]
    setup: str
    question: str
    unit: str = "latent"
    description: str = ""
    values: tuple[float, ...] = (-3.0, -1.5, 0.0, 1.5, 3.0)
    extra: dict = field(default_factory=dict)

    def formula_in_words(self) -> str:
        return "; ".join(f"{sym} -> {word}" for sym, word in self.mapping.items())


DISENTANGLEMENT = Bias(
    name="disentanglement",
    formula="p(z_i | z_j = a) = p(z_i | z_j = b), for all j != i, a != b",
    mapping={
        "z_i": "pattern of change",
        "=": "same",
        "z_j = a / z_j = b, for all j != i": "other variations",
        "two sides of the equation": "two rows",
    },
    in_context="Both rows show the same pattern of change despite other variations.",
    rows=(RowPlan("the latent swept from -3 to 3 from a base code"),
          RowPlan("the same sweep after another latent z_j was set to a different value", fixed="other")),
    setup=("In every row one latent variable, z_i, takes the values {values} from left to right; "
           "nothing else changes within a row."),
    question="what is the pattern of change that the rows share as z_i increases?",
    description="the effect of z_i on the image does not depend on the other latents",
)

COMBINATION = Bias(
    name="combination",
    formula="p(x | z_i, z_j) != p(x | z_i) p(x | z_j), for a group of latents z_i, z_j, ...",
    mapping={
        "z_i, z_j": "group of latents",
        "p(x | z_i, z_j)": "change when the group moves together",
        "p(x | z_i) p(x | z_j)": "changes of each member alone",
        "!=": "more than",
    },
    in_context="Moving the group of latents together gives a change that is more than the changes "
               "of each member alone.",
    rows=(RowPlan("the latents {members} swept together from a base code"),
          RowPlan("only {member} swept, the other members kept at the base code", move="each-member")),
    setup=("The latent variables {members} form a group. In the first row they all take the values {values} "
           "together, from left to right; in each further row only one member takes those values."),
    question="what does the group change when its latents move together, beyond what each member changes alone?",
    unit="group",
    description="a property carried jointly by a group of latents",
)

CONDITIONAL = Bias(
    name="conditional",
    formula="x' = G(z, w + alpha * delta_w), delta_w = E[w | y = 1] - E[w | y = 0]",
    mapping={
        "w": "condition subspace",
        "y": "condition '{condition}'",
        "delta_w": "direction of the condition",
        "alpha": "strength",
        "z": "everything else",
    },
    in_context="As the strength grows along the direction of the condition '{condition}', the image changes "
               "towards it while everything else stays the same.",
    rows=(RowPlan("the condition applied with growing strength to a base code"),),
    setup=("In the row, the latent subspace tied to the condition '{condition}' moves along that condition's "
           "direction with strength alpha = {values} from left to right; everything else stays fixed."),
    question="what changes in the images as the strength of the condition '{condition}' increases?",
    unit="condition",
    description="a latent subspace w tied to a label y (CSVAE), or an edit prompt (Stable Diffusion)",
    values=(0.0, 1.0, 2.0, 3.0, 4.0),
)

BIASES: Registry[Bias] = Registry("biases", "bias", ConfigError, "or give your own with --bias-file FILE.yaml")
for _bias in (DISENTANGLEMENT, COMBINATION, CONDITIONAL):
    BIASES.register(_bias.name, _bias)


def get_bias(name: str) -> Bias:
    """A bias by name (a plugin's too: group ``latentexplainer.biases``, the object a Bias)."""
    return BIASES.get(name)
