"""The exception hierarchy. Every error teaches: what was wrong, what is allowed, how to fix.

The CLI turns any :class:`LatentExplainerError` into one line on stderr and exit code 2.
"""

from __future__ import annotations

import re
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


class OutOfSpaceError(RunDirError):
    """The disk filled up (or the quota ran out) while writing: not bad input, work stopped.
    What was written is kept; the CLI exits 3 and names the command that continues."""

    exit_code = 3


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


_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/@\s:]*):([^/@\s]*)@")


def url_without_password(text: str) -> str:
    """Text with the password of every ``scheme://user:password@host`` URL in it replaced by ***."""
    return _URL_PASSWORD.sub(lambda m: f"{m.group(1)}:***@", str(text))


def url_passwords(text: str) -> list[str]:
    """The passwords of the ``scheme://user:password@host`` URLs in a text."""
    return [m.group(2) for m in _URL_PASSWORD.finditer(str(text)) if m.group(2)]


def without_secrets(text: str, secrets) -> str:
    """Text with every secret (of at least 4 characters) replaced by ***, and URL passwords hidden."""
    out = str(text)
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        out = out.replace(secret, "***")
    return url_without_password(out)


def one_line(message: str) -> str:
    """Collapse a message to one line, as the CLI prints it (control characters shown, not sent)."""
    return " ".join(for_terminal(message).split())
