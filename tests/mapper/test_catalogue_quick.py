"""The catalogue fills in a template from its pieces parsed once: same text as
:class:`string.Formatter`, and a template seen again is not parsed again."""

from __future__ import annotations

import string
from typing import Any

import pytest

from mapper.catalogue import _Formatter, _parsed
from mapper.names import Name
from models import ActorKind

VALUES: dict[str, Any] = {
    "a": Name.of("Manager Werk en Inkomen", ActorKind.MANAGER),
    "n": 2,
    "x": [5, 6],
    "b": 1234.5,
    "s": "tekst",
}


@pytest.mark.parametrize(
    "template",
    [
        "{a} beslist",
        "{a:bare} – {s!r} {{letterlijk}}",
        "{n:form:het mandaat|de mandaten} en {n:count:besluit|besluiten}",
        "{b} euro, {b:money}",
        "{x[0]} en {x[1]}",  # an index: the slow path
        "{s:>{n}}",  # a nested field in the spec: the slow path
        "zonder velden",
    ],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_same_text_as_string_formatter(template: str, lang: str) -> None:
    quick = _Formatter(lang)  # type: ignore[arg-type]
    slow = string.Formatter.vformat(quick, template, (), VALUES)
    assert quick.vformat(template, (), VALUES) == slow


def test_a_missing_value_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        _Formatter("nl").vformat("{ontbreekt}", (), VALUES)


def test_a_template_is_parsed_once() -> None:
    template = "{a} en nog eens {a} (uniek voor deze test)"
    before = _parsed.cache_info()
    for _ in range(50):
        _Formatter("nl").vformat(template, (), VALUES)
    after = _parsed.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits == 49
