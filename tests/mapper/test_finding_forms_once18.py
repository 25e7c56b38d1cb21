"""A finding's six texts (title, detail, suggestion in Dutch and English) name the same actors:
their forms are made once per language, not once per text (issue 15, suite18c: rendering is
about a third of an analysis)."""

from __future__ import annotations

from typing import Any

import pytest

import mapper.checks  # noqa: F401  (the checks register the catalogue's texts)
from mapper.catalogue import say
from mapper.codes import Code
from mapper.findings import Severity
from mapper.names import Name
from models import ActorKind


def test_a_findings_names_are_formed_once_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers = [Name.of(f"Consulent wijkteam {i}", ActorKind.PROFESSIONAL) for i in range(3)]
    top = Name.of("Gemeentesecretaris", ActorKind.EXECUTIVE)
    values = {"handlers": handlers, "top": top}
    expected = say(Code.TRUST_NO_LINE_TO_TOP, Severity.WARNING, values)
    formed: list[tuple[str, str]] = []
    real = Name.forms

    def counted(self: Name, lang: str) -> Any:
        formed.append((str(self), lang))
        return real(self, lang)

    monkeypatch.setattr(Name, "forms", counted)
    found = say(Code.TRUST_NO_LINE_TO_TOP, Severity.WARNING, values)
    assert (found.title, found.detail, found.suggestion) == (
        expected.title,
        expected.detail,
        expected.suggestion,
    )
    # in Dutch a name is formed only to name a long role once (English fills names in by their
    # forms too, as many times as the texts name them): four names, once each; the old code
    # formed them for each of the three texts (12)
    dutch = [name for name, lang in formed if lang == "nl"]
    assert sorted(dutch) == sorted(map(str, [*handlers, top])), dutch
