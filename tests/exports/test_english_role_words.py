"""No Dutch role word in lower case inside an English sentence (new user, seventh round, 7):
the English analysis text, nota and deck of the example and the three templates name an
actor by its name as on the map, with its capital ("the Gemeentesecretaris", "the
Deurwaarderskantoor", "the Consulent wijkteam (Sanne)"; a name is never translated: new user,
tenth round, N6), never "the consulent wijkteam", "Signals of the deurwaarderskantoor" or "a
wethouder hears".

The list of Dutch words is built from the actors' names of the maps themselves. What the
user wrote on the map (the names as written, the occasion, decisions, powers, agreements) is
quoted as written and left out of the check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import pytest

from exports.nota import build_nota
from exports.sessie import build_sessie
from mapper.analysis import analyse
from mapper.report import to_text
from models import Case
from models.example import example_case
from models.fileformat import case_to_dict
from models.templates import TEMPLATES, without_template_hint

CASES: dict[str, Callable[[], Case]] = {"example": example_case} | {
    t.key: t.build for t in TEMPLATES
}

# words of actor names that are English too, or small Dutch words inside proper names
# ("Werk en Inkomen")
_NOT_DUTCH_ONLY = {"manager", "team", "school", "kind", "ombudsman", "van", "de", "het", "en"}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _dutch_words(case: Case) -> set[str]:
    """The Dutch role words of the map's actors: every word of a name, lower-cased, except a
    word inside a name written with a capital (a proper name such as "Wijkteam Noord")."""
    words: set[str] = set()
    for actor in case.actors:
        for i, w in enumerate(re.findall(r"[^\W\d_]+", actor.name)):
            if i == 0 or not w[0].isupper():
                words.add(w.casefold())
    return words - _NOT_DUTCH_ONLY


@cache
def _english(key: str) -> tuple[str, str, str]:
    case = CASES[key]()
    analysis = analyse(case)
    names = {a.id: a.name for a in case.actors}
    text = to_text(analysis, "en", title=case.info.title, names=names)
    doc = build_nota(case, lang="en", picture=b"", analysis=analysis)
    nota = [p.text for p in doc.paragraphs]
    nota += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    deck = build_sessie(case, lang="en", picture=b"", analysis=analysis, causes={})
    slides = [
        p.text
        for s in deck.slides
        for shape in s.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
    ]
    return text, "\n".join(nota), "\n".join(slides)


def _lowercased_role_words(key: str, text: str) -> list[str]:
    case = CASES[key]()
    text = re.sub(r"(?<=\w-)\s+", "", text)  # a wrapped "Wmo-\n  consulent"
    text = re.sub(r"\s+", " ", text)
    # what the user wrote, quoted as written, longest first
    # (texts of more than one word and the actors' names; not the ids)
    # a text may start a quote in lower case; a name is left out only as written
    names = {a.name for a in case.actors}
    # (also without its closing full stop: a note is quoted in brackets)
    texts = {s.strip() for s in _strings(case_to_dict(case)) if " " in s.strip()}
    # a template's description reaches the nota without its fill-in instruction
    texts |= {without_template_hint(s) for s in texts} - {""}
    written = texts | {s.rstrip(".") for s in texts} | names
    for s in sorted(written, key=len, reverse=True):
        said = re.escape(re.sub(r"\s+", " ", s))
        if s not in names:
            said = f"[{s[0].upper()}{s[0].lower()}]{said[len(re.escape(s[0])) :]}"
        text = re.sub(rf"(?<!\w){said}(?!\w)", "·", text)
    out = []
    for w in sorted(_dutch_words(case)):
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?!\w)", text):
            out.append(f"{w}: …{text[max(0, m.start() - 50) : m.end() + 20]}…")
    return out


@pytest.mark.parametrize("key", list(CASES))
@pytest.mark.parametrize("part", ["analysis", "nota", "deck"])
def test_no_dutch_role_word_in_lower_case_in_english(key: str, part: str) -> None:
    text = _english(key)[["analysis", "nota", "deck"].index(part)]
    found = _lowercased_role_words(key, text)
    assert found == [], "\n".join(found)


def test_the_list_of_dutch_words_is_real() -> None:
    """The check has teeth: the example's role words are in the list, and a sentence as
    before this fix is caught."""
    words = _dutch_words(example_case())
    assert {"deurwaarderskantoor", "consulent", "gemeentesecretaris", "teamleider"} <= words
    assert "noord" not in words  # "Teamleider Wijkteam Noord": a proper name
    old = "Signals of the deurwaarderskantoor reach nobody; the consulent wijkteam (Sanne) waits"
    assert len(_lowercased_role_words("example", old)) == 3


def test_english_names_read_as_english() -> None:
    text, nota, _ = _english("example")
    assert "the municipal executive (College van B&W)" in nota
    assert "the Deurwaarderskantoor" in text
    assert "the Consulent wijkteam (Sanne)" in text
    assert "College van B&W → Gemeentesecretaris" in text + nota


def test_english_wording_of_the_new_user_s_examples() -> None:
    """ "assigns … to the manager", not "places … with"; "allows any amount", not "allows up to
    unlimited" (new user, seventh round, 7)."""
    from mapper.catalogue import Message, render

    text, _, _ = _english("example")
    assert "The ‘Doorbraakafspraak schulden Rivierland 2025’ assigns a request of " in text
    assert " places a " not in text
    said = Message("{m} allows {budget:upto}", "{m} staat {budget:upto} toe")
    assert render(said, {"m": "It", "budget": None}, "en") == "It allows any amount"
    assert render(said, {"m": "It", "budget": 50000}, "en") == "It allows up to €50,000"
    assert render(said, {"m": "Het", "budget": 50000}, "nl") == "Het staat € 50.000 toe"
