"""The bias record and the built-in disentanglement bias (the authors' `invariance`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ConfigError


@dataclass(frozen=True)
class Bias:
    """An inductive bias as the prompt generator and the manipulation need it.

    ``mapping`` takes each symbol (or symbol group) of the formula to one word or phrase;
    ``in_context`` is the sentence that tells the explainer what to look for, in those words.
    ``rows`` names what each row of a sequence holds (the manipulation plan).
    """

    name: str
    formula: str
    mapping: dict[str, str]
    in_context: str
    rows: tuple[str, ...]
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
    rows=("the latent swept from -3 to 3 from a base code",
          "the same sweep after another latent z_j was set to a different value"),
    description="the effect of z_i on the image does not depend on the other latents",
)

BIASES: dict[str, Bias] = {"disentanglement": DISENTANGLEMENT}


def get_bias(name: str) -> Bias:
    if name not in BIASES:
        raise ConfigError(f"unknown bias '{name}'; choose one of: {', '.join(BIASES)}")
    return BIASES[name]
