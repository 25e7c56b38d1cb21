"""The JSON text of a ``.kvmap``: writing it fast, and the guards of reading it.

Writing: :func:`indented` gives exactly the text of ``json.dumps(value, ensure_ascii=False,
indent=2)`` (the file format's documented shape: two-space indentation, one key or item per
line), but lets the standard library's C encoder write every object or list that holds no
other object or list (an entity, a list of ids) in one call: the separators carry the line
break and the indentation. ``json.dumps`` with ``indent`` runs the pure-Python encoder for
the whole document, which cost a third of a save (issue 14).

Reading: a key given twice, the nesting depth and a JSON syntax error said in words.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from models.errors import Problem

__all__ = [
    "NOT_VALID_JSON",
    "KeyTwiceError",
    "depth",
    "indented",
    "json_problem",
    "json_reason",
    "no_key_twice",
]

_INDENT = "  "
_LOG = logging.getLogger(__name__)
_LOG.addHandler(logging.NullHandler())  # the app's log file takes it; the CLI prints nothing

NOT_VALID_JSON = ("the text is not valid JSON", "de tekst is geen geldige JSON")
# the JSON parser's message (its start) -> what is wrong, in words (rev-dutch21 D1)
_JSON_REASONS: dict[str, tuple[str, str]] = {
    "Expecting value": (
        "a value is missing there, or what stands there is not JSON",
        "daar ontbreekt een waarde, of wat er staat is geen JSON",
    ),
    "Expecting ',' delimiter": (
        "a comma is missing between two items",
        "er ontbreekt een komma tussen twee onderdelen",
    ),
    "Expecting ':' delimiter": (
        "a colon is missing after a name",
        "er ontbreekt een dubbele punt na een naam",
    ),
    "Expecting property name enclosed in double quotes": (
        "a name in double quotes belongs there (is there a comma too many?)",
        "daar hoort een naam tussen dubbele aanhalingstekens (staat er een komma te veel?)",
    ),
    "Extra data": (
        "there is more text after the end of the map",
        "er staat nog tekst na het einde van de kaart",
    ),
    "Invalid control character": (
        "a control character (such as a tab) inside a text",
        "een stuurteken (zoals een tab) binnen een tekst",
    ),
    "Invalid \\": (
        "a backslash (\\) that may not stand there",
        "een backslash (\\) die daar niet mag staan",
    ),
}


_CONTAINERS = (dict, list, tuple)


def _unknown(value: object) -> object:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@cache
def _flat(level: int) -> Callable[[Any], str]:
    """The C encoder with items and keys at ``level``: right for a container holding no
    container, and for a list of such objects once their brackets are put on lines."""
    item_separator = ",\n" + _INDENT * level
    encode = c_make_encoder(
        None, _unknown, encode_basestring, None, ": ", item_separator, False, False, True
    )
    return lambda value: "".join(encode(value, 0))


def _scalar(value: object) -> str:
    return _flat(0)(value)


def indented(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, faster.

    Examples
    --------
    >>> print(indented({"a": [1, {"b": None}], "c": []}))
    {
      "a": [
        1,
        {
          "b": null
        }
      ],
      "c": []
    }
    """
    if c_make_encoder is None:  # an interpreter without the C accelerator
        return json.dumps(value, ensure_ascii=False, indent=2)
    return _write(value, 0)


def _write(value: object, level: int) -> str:
    pad = "\n" + _INDENT * level
    inner = pad + _INDENT
    if isinstance(value, dict):
        if not value:
            return "{}"
        if not all(isinstance(key, str) for key in value):  # keys json converts: its own way
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)
        if not any(isinstance(v, _CONTAINERS) for v in value.values()):
            return "{" + inner + _flat(level + 1)(value)[1:-1] + pad + "}"
        shallow = _shallow(value, level + 1)
        if shallow is not None:
            return shallow
        parts = [_scalar(k) + ": " + _write(v, level + 1) for k, v in value.items()]
        return "{" + inner + ("," + inner).join(parts) + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if not any(isinstance(v, _CONTAINERS) for v in value):
            return "[" + inner + _flat(level + 1)(value)[1:-1] + pad + "]"
        if _objects_only(value):
            return _objects(value, level)
        parts = [_write(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(parts) + pad + "]"
    return _scalar(value)


def _shallow(value: dict[str, Any], level: int) -> str | None:
    """An object whose containers hold no container (an actor: its roles, its position), in
    one call of the C encoder, each non-empty container's text then put on its lines; None
    when a container holds a container, or when its text could also stand inside a string.

    The encoder's text of a container names that container alone when it holds a line break
    (two items or more: no string holds one, the encoder writes it ``\\n``) or starts with
    ``["`` or ``{"`` (inside a string a quote is written ``\\"``; a quote that closes a
    string is never followed by the first character of an item)."""
    flat = _flat(level)
    texts: dict[str, str] = {}
    for v in value.values():
        if not isinstance(v, _CONTAINERS) or not v:
            continue
        items = v.values() if isinstance(v, dict) else v
        if any(isinstance(i, _CONTAINERS) for i in items):
            return None
        if isinstance(v, dict) and not all(isinstance(k, str) for k in v):
            return None
        text = flat(v)
        if "\n" not in text and text[1] != '"':
            return None
        texts[text] = _write(v, level)
    text = flat(value)
    for old, new in texts.items():
        text = text.replace(old, new)
    pad = "\n" + _INDENT * (level - 1)
    return "{" + pad + _INDENT + text[1:-1] + pad + "}"


def _objects_only(value: list[Any] | tuple[Any, ...]) -> bool:
    """Whether ``value`` holds only non-empty objects with text keys and no container."""
    if not all(type(v) is dict for v in value) or not all(value):
        return False
    keys = {type(k) for v in value for k in v}
    values = {type(x) for v in value for x in v.values()}
    return all(issubclass(t, str) for t in keys) and not any(
        issubclass(t, _CONTAINERS) for t in values
    )


def _objects(value: list[Any] | tuple[Any, ...], level: int) -> str:
    """A list of non-empty objects that hold no container (a section of entities), in one
    call of the C encoder: its item separator puts each key on its line; between two objects
    the text ``},<newline><indent>{`` (which no string can hold: the encoder writes a line
    break in a string as ``\\n``) becomes the objects' own lines."""
    pad = "\n" + _INDENT * level
    item = pad + _INDENT
    key = item + _INDENT
    text = _flat(level + 2)(value)
    between = text[2:-2].replace("}," + key + "{", item + "}," + item + "{" + key)
    return "[" + item + "{" + key + between + item + "}" + pad + "]"


# --------------------------------------------------------------------------- reading
def json_problem(text: str, exc: json.JSONDecodeError) -> Problem:
    """What is wrong with JSON that does not parse, said in words (hostile review 5, C2): an
    empty file, a file that stops before its end (a truncated copy: the parser's own message
    would end mid-sentence, "Unterminated string starting at"), or malformed JSON at a place."""
    if not text.strip():
        return Problem("", "empty_file", {})
    if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
        return Problem("", "json_cut_off", {"size": len(text.encode("utf-8"))})
    where: dict[str, object] = {"line": exc.lineno, "column": exc.colno}
    return Problem("", "bad_json", where | json_reason(exc))


def json_reason(exc: json.JSONDecodeError) -> dict[str, str]:
    """What the parser met, in words: the ``reason`` and ``reason_nl`` of a message; the
    parser's own text goes to the log."""
    _LOG.warning("JSON refused: %s", exc)
    en, nl = next(
        (said for start, said in _JSON_REASONS.items() if exc.msg.startswith(start)),
        NOT_VALID_JSON,
    )
    return {"reason": en, "reason_nl": nl}


class KeyTwiceError(Exception):
    """A JSON object naming one key twice (``"version": 2, "version": 3``)."""

    def __init__(self, key: str, first: object, second: object) -> None:
        from models.fields import describe

        super().__init__(key)
        self.params: dict[str, object] = {
            "key": describe(key),
            "first": describe(first),
            "second": describe(second),
        }


def no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object of ``pairs``; raises :class:`KeyTwiceError` for a key given twice."""
    out = dict(pairs)
    if len(out) == len(pairs):  # the usual object, in one call of C
        return out
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise KeyTwiceError(key, seen[key], value)
        seen[key] = value
    raise AssertionError("unreachable: a key was given twice")  # pragma: no cover


_PARSED_CONTAINERS = frozenset({dict, list})  # what json.loads makes (no subclasses)


def depth(value: object, limit: int) -> int:
    """Nesting depth of a value ``json.loads`` made, stopping early past ``limit``.

    Level by level, only objects and lists; the types of a container's children are taken in
    one call, so a container of values alone costs one step (a map has half a million values).
    """
    level: list[Any] = [value] if type(value) in _PARSED_CONTAINERS else []
    found = 0
    while level:
        found += 1
        if found > limit:
            return found
        below: list[Any] = []
        for item in level:
            children = item.values() if type(item) is dict else item
            types = set(map(type, children))
            if types.isdisjoint(_PARSED_CONTAINERS):
                continue  # only values: the most common container of a map (an entity)
            if types <= _PARSED_CONTAINERS:
                below.extend(children)  # only containers: a section of entities
            else:
                below.extend([c for c in children if type(c) in _PARSED_CONTAINERS])
        level = below
    return found
