"""Issue 13 item 8: no rendered message may show a raw ``{placeholder}``.

``Catalogue.text`` falls back to the bare template when a parameter is missing, so a call that
forgets one (or passes it under a name that :func:`exports.errors.problem` takes as the
location: ``sheet``, ``row``, ``column``) prints ``column {column} is missing``. Two checks
close the class:

* every template of every catalogue renders without braces when its own placeholders are given,
  and no exchange message uses a location name as a placeholder;
* every call in the source that names a message key literally (``problem("key", ...)``,
  ``Problem(loc, "key", {...})``, ``.warn("key", ...)``, ``.error("key", ...)``, ``.text("key",
  ...)``) passes every placeholder of that key's templates (calls that spread ``**params`` are
  taken on trust: they forward the parameters of an error that was itself checked here).
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from exports.errors import MESSAGES as EXCHANGE
from mapper.layout._common import MESSAGES as LAYOUT
from models.errors import MESSAGES as MODEL
from models.filelock import LOCK_MESSAGES
from models.i18n import Catalogue
from ui.safety.texts import TEXTS

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES: dict[str, Catalogue] = {
    "exports.errors": EXCHANGE,
    "models.errors": MODEL,
    "mapper.layout": LAYOUT,
    "models.filelock": LOCK_MESSAGES,
    "ui.safety.texts": TEXTS,
}
LOCATION = {"sheet", "row", "column"}
RAW = re.compile(r"\{[A-Za-z_]\w*\}")
#: a call of one of the names the scan looks at (``ruff format`` keeps a call's name at its
#: parenthesis): a module without one is not parsed (155 of 490 have one; issue 15)
_CALLED = re.compile(r"\b(?:problem|Problem|warn|error|text|add)\s*\(")


def _placeholders(catalogue: Catalogue, key: str) -> set[str]:
    names: set[str] = set()
    for lang in ("en", "nl"):
        template = catalogue._messages[key][0 if lang == "en" else 1]
        names |= {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return names


def _keys(catalogue: Catalogue) -> list[str]:
    return catalogue.keys()


def _all_keys() -> dict[str, set[str]]:
    """Placeholders of every key, over all catalogues (a key may live in several)."""
    found: dict[str, set[str]] = {}
    for catalogue in CATALOGUES.values():
        for key in _keys(catalogue):
            found.setdefault(key, set()).update(_placeholders(catalogue, key))
    return found


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_template_renders_completely(name: str) -> None:
    catalogue = CATALOGUES[name]
    for key in _keys(catalogue):
        params = dict.fromkeys(_placeholders(catalogue, key), "X")
        for lang in ("en", "nl"):
            text = catalogue.text(key, lang, **params)
            assert not RAW.search(text), (name, key, lang, text)


def test_exchange_messages_do_not_use_location_names() -> None:
    """``problem(key, column=...)`` takes ``column`` as the location, never as a parameter."""
    clashes = {k: _placeholders(EXCHANGE, k) & LOCATION for k in _keys(EXCHANGE)}
    assert {k: v for k, v in clashes.items() if v} == {}


def _literal_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, key, keyword names or None when ``**`` is spread) of every literal call."""
    calls: list[tuple[str, int, str, set[str] | None]] = []
    files = [p for d in ("models", "mapper", "exports", "ui") for p in (ROOT / d).rglob("*.py")]
    for path in files:
        source = path.read_text(encoding="utf-8")
        if not _CALLED.search(source):
            continue
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            method = isinstance(func, ast.Attribute)  # catalogue.text(...), problems.warn(...)
            if (
                name == "problem" or (method and name in ("warn", "error", "text", "add"))
            ) and args:
                key_node = args[0]
                kwargs = {k.arg for k in node.keywords if k.arg is not None}
                spread = any(k.arg is None for k in node.keywords)
                if name == "problem" or name in ("warn", "error"):
                    kwargs -= LOCATION
            elif name == "Problem" and len(args) >= 2:
                key_node = args[1]
                params = args[2] if len(args) > 2 else None
                spread = isinstance(params, ast.Dict) and None in params.keys
                if params is None:
                    kwargs = set()
                elif isinstance(params, ast.Dict):
                    kwargs = {str(k.value) for k in params.keys if isinstance(k, ast.Constant)}
                else:
                    continue  # a variable: forwarded from elsewhere
            else:
                continue
            if not (isinstance(key_node, ast.Constant) and isinstance(key_node.value, str)):
                continue
            rel = str(path.relative_to(ROOT))
            calls.append((rel, node.lineno, key_node.value, None if spread else kwargs))
    return calls


def test_every_literal_call_fills_its_placeholders() -> None:
    keys = _all_keys()
    calls = [c for c in _literal_calls() if c[2] in keys]
    assert len(calls) > 50  # the scan really finds the call sites
    missing = [
        (path, line, key, sorted(keys[key] - given))
        for path, line, key, given in calls
        if given is not None and keys[key] - given
    ]
    assert missing == []


def test_no_message_is_written_twice() -> None:
    """Issue 15 (D7): the same words under two keys are one text both keys name (the
    register's "header twice" is the exchange readers'), and the exchange catalogue repeats
    none of the model's (a problem falls back to the model's words: ``SheetProblem.message``)."""
    first: dict[tuple[str, ...], tuple[str, object]] = {}
    twice: list[tuple[str, str]] = []
    for name, catalogue in CATALOGUES.items():
        for key in _keys(catalogue):
            text = catalogue._messages[key]
            seen = first.setdefault(tuple(text), (f"{name}:{key}", text))
            if seen[1] is not text:
                twice.append((seen[0], f"{name}:{key}"))
    assert twice == []
