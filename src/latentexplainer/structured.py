"""Reading files users give us (bias files, replays, references, labels, threshold files):
bounded in size and depth, every failure one :class:`ConfigError` line.

* Size: at most ``limit`` bytes are read (default 16 MiB); a larger file is refused before
  it is read whole.
* Depth: JSON, YAML and TOML nest at most ``MAX_DEPTH`` levels (a deeply nested file would
  otherwise exhaust the interpreter's stack).
* YAML: anchors and aliases are refused (an alias bomb expands a few lines into billions of
  items); no tag builds a Python object (safe loading).
* Numbers: an integer of more digits than Python converts, or a float that overflows, is an
  error naming the file, not a traceback.
* Text shown in an error is cut to a few dozen characters: a 50 MB value is not echoed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import ConfigError

MAX_DEPTH = 64
LIMIT = 16 * 1024 * 1024


def shorten(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, without building the whole repr of a huge
    or deeply nested value."""
    if isinstance(value, (str, bytes)):
        text = repr(value[: limit + 1])
    elif isinstance(value, (int, float, bool)) or value is None:
        try:
            text = repr(value)
        except ValueError:  # an int beyond the digits Python converts
            text = "<a number of more than 4300 digits>"
    elif isinstance(value, (list, tuple, dict)):
        text = f"<a {type(value).__name__} of {len(value)} item(s)>"
    else:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_open(fd: int, limit: int, error: Callable[[str], Exception]) -> bytes:
    """The bytes of an open file that must be a regular file of at most ``limit`` bytes;
    ``error(why)`` builds the exception ("is not a regular file", "is N bytes, more than ...")."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise error("is not a regular file")
    if info.st_size > limit:
        raise error(f"is {info.st_size} bytes, more than the {limit} allowed")
    chunks, left = [], limit + 1
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise error(f"grew beyond {limit} bytes while being read")
    return data


def read_bytes(path: str | Path, what: str, limit: int = LIMIT, fix: str = "") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (``what`` names it in errors, ``fix``
    is said after a file that cannot be read)."""
    p = Path(path).expanduser()
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ConfigError(f"cannot read the {what} {p} ({exc.strerror or exc}){'; ' + fix if fix else ''}") from None
    try:
        return read_open(fd, limit, lambda why: ConfigError(f"the {what} {p} {why}; give a regular file under "
                                                            f"{limit} bytes"))
    finally:
        os.close(fd)


def read_text(path: str | Path, what: str, limit: int = LIMIT) -> str:
    """The UTF-8 text of a regular file of at most ``limit`` bytes (``what`` names it in errors)."""
    p = Path(path).expanduser()
    data = read_bytes(p, what, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"the {what} {p} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def check_depth(value: Any, where: str, limit: int = MAX_DEPTH) -> Any:
    """``value`` unchanged, or a ConfigError when its lists and mappings nest deeper than ``limit``."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, tuple, dict)):
            if depth > limit:
                raise ConfigError(f"{where} nests more than {limit} levels deep; flatten it")
            stack.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict) else item))
    return value


@contextmanager
def _parsing(where: str) -> Iterator[None]:
    """What any parser may raise beyond its own syntax errors, as one line: nesting deeper than
    the interpreter's stack, a value it cannot convert (an int beyond Python's digit limit)."""
    try:
        yield
    except RecursionError:
        raise ConfigError(f"{where} nests more than {MAX_DEPTH} levels deep; flatten it") from None
    except ValueError as exc:
        raise ConfigError(f"{where} holds a value that cannot be read ({str(exc)[:80]})") from None


def parse_json(text: str, where: str, example: str = "") -> Any:
    """JSON with bounded depth; ``where`` names the source in errors, ``example`` shows the form."""
    with _parsing(where):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where} is not valid JSON ({exc.msg}, line {exc.lineno})"
                              f"{'; write ' + example if example else ''}") from None
    return check_depth(value, where)


def parse_yaml(text: str, where: str) -> Any:
    """YAML, safely: no anchors or aliases, nesting at most MAX_DEPTH, no Python objects."""
    import yaml

    with _parsing(where):
        value = _yaml(text, where, yaml)
    return check_depth(value, where)


def _yaml(text: str, where: str, yaml: Any) -> Any:
    try:
        depth = 0
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ConfigError(f"{where}: anchors and aliases (&name, *name) are not allowed; write the "
                                  "value out where it is used")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ConfigError(f"{where} nests more than {MAX_DEPTH} levels deep; flatten it")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"line {mark.line + 1}" if mark is not None else "somewhere"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}: {at}: not valid YAML ({problem}); check indentation and quote text that "
                          "contains ':' or '#'") from None


def parse_toml(text: str, where: str, hint: str = "") -> Any:
    """TOML with bounded depth (tomllib, or tomli on Python 3.10)."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            raise ConfigError("reading TOML on Python 3.10 needs the package tomli: pip install tomli "
                              "(or use a YAML file)") from None
    with _parsing(where):
        try:
            value = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{where}: not valid TOML ({exc}){'; ' + hint if hint else ''}") from None
    return check_depth(value, where)


def csv_rows(text: str, where: str) -> list[list[str]]:
    """The rows of CSV text; a malformed file (a field beyond the csv module's limit, a NUL
    byte) is one error line."""
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise ConfigError(f"{where} is not a CSV file we can read ({exc}); keep each field under 128 KB") from None
