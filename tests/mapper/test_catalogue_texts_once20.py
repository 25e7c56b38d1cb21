"""A finding's six texts made with one formatter per language, the parts and the names' forms
once per language (issue 15, cat20): the same words as each text rendered on its own."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

import mapper.catalogue as catalogue
from benchmarks.generate import generate_case
from mapper.analysis import analyse
from mapper.catalogue import LANGS, Entry, _Formatter, say
from mapper.codes import CODES
from mapper.findings import Text
from mapper.name_once import once_forms
from mapper.names import sentences
from mapper.wording import capital
from models import Case
from models.fileformat import load

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


def _one_by_one(item: Entry, values: Mapping[str, Any], parts: Iterable[str]) -> tuple[Text, ...]:
    """Each text on its own, as before: a formatter, a copy of the values with the parts and
    the names' forms per text and language."""
    chosen = set(parts)
    names = catalogue._names(values)
    out = []
    for message in (item.title, item.detail, item.suggestion):
        pair = []
        for lang in LANGS:
            formatter = _Formatter(lang)
            full = dict(values)
            for name, part in item.parts.items():
                wanted = name in chosen
                full[name] = formatter.vformat(part.pick(lang), (), values) if wanted else ""
            text = formatter.vformat(message.pick(lang), (), full)
            pair.append(capital(once_forms(sentences(text), [n.forms(lang) for n in names])))
        out.append(Text(pair[0], pair[1]))
    return tuple(out)


@pytest.mark.parametrize("make", [lambda: load(EXAMPLE), lambda: generate_case(150, seed=5)])
def test_every_finding_reads_as_each_text_rendered_on_its_own(
    make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    case: Case = make()
    texts = catalogue._texts
    compared = []

    def both(item: Entry, values: Mapping[str, Any], parts: Iterable[str]) -> tuple[Text, ...]:
        parts = tuple(parts)
        made = texts(item, values, parts)
        assert made == _one_by_one(item, values, parts)
        compared.append(item)
        return made

    monkeypatch.setattr(catalogue, "_texts", both)
    analyse(case)
    assert len(compared) > 20
    assert any(item.parts for item in compared)


def test_a_finding_makes_no_formatter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old code: it made a formatter per language for every finding."""
    made = []
    monkeypatch.setattr(_Formatter, "__init__", lambda self, lang: made.append(lang))
    code = next(c for c, e in catalogue.CATALOGUE.items() if not e.parts)
    item = catalogue.entry(code)
    values = {f: 1 for m in (item.title, item.detail, item.suggestion) for f in _fields(m.nl)}
    values |= {f: 1 for m in (item.title, item.detail, item.suggestion) for f in _fields(m.en)}
    # a value of the wrong kind may stop it: only the formatters made matter
    with contextlib.suppress(TypeError, ValueError, AttributeError, catalogue.TextError):
        say(code, next(iter(CODES[code].severities)), values)
    assert made == []


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in catalogue._parsed(template)[0] if name]
