"""The exception hierarchy. Every error teaches: what was wrong, what is allowed, how to fix.

The CLI turns any :class:`LatentExplainerError` into one line on stderr and exit code 2.
"""

from __future__ import annotations

import unicodedata


class LatentExplainerError(Exception):
    """Base class: a problem the user can fix (bad input, missing file, missing extra)."""


class ConfigError(LatentExplainerError):
    """An option, argument or file has a value that is not allowed."""


class DataError(LatentExplainerError):
    """A data set could not be found, read or understood."""


class ModelError(LatentExplainerError):
    """A model could not be loaded, or it broke its contract (shape, dtype, finite values)."""


class BackendError(LatentExplainerError):
    """An explainer backend failed or is unknown."""


class MissingKeyError(BackendError):
    """A remote backend needs an API key that was not given."""


class MissingDependencyError(LatentExplainerError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the package '{package}', which is not installed; "
            f"install it with: pip install 'latentexplainer[{extra}]'"
        )
        self.package = package
        self.extra = extra


class RunDirError(LatentExplainerError):
    """A run directory cannot be created, written, or resumed."""


def for_terminal(text: str) -> str:
    """Text from elsewhere (a model's answer, a server's error) made safe to print: control and
    format characters (escape sequences, bidirectional overrides) are shown as ``\\x1b`` or
    ``\\u202e`` instead of being sent raw; tabs and newlines stay."""
    out = []
    for ch in str(text):
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"):
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return "".join(out)


def one_line(message: str) -> str:
    """Collapse a message to one line, as the CLI prints it (control characters shown, not sent)."""
    return " ".join(for_terminal(message).split())
