"""The confirming new user's C3 (rev-user12b) and the twelfth jurist's LANG remark on map J: a
care provider's staff became "the staff member" and "Staff member 2" in the pseudonymised nota
and deck ("De medewerker mag het mandaat … niet doormandateren aan de medewerker 2"; "volgens
de kaart werkt de medewerker onder verantwoordelijkheid van de medewerker"). An executive
cannot tell who is meant, nor that it is the provider's manager. The role stays as the map
gives it, the name and the provider's name go: "de manager van de zorgaanbieder", "de
wijkcoach van de zorgaanbieder"; a role that tells what care the resident gets is the neutral
"medewerker", a second one "de tweede medewerker van de zorgaanbieder"."""

from __future__ import annotations

import re
from typing import Any

import pytest

from exports.anonymise import anonymise
from exports.nota import build_nota
from exports.sessie import build_sessie
from models.fileformat import case_from_dict
from models.i18n import Lang
from tests.exports.jurist12_maps import map_j, map_j_dict
from tests.exports.jurist_rows import A

# a pseudonym with a bare number, or a staff member's provider said twice
_BARE = re.compile(r"(?:medewerker|staff member) \d|(?:zorgaanbieder|provider) (?:van|of) ", re.I)
_WORDS: dict[Lang, tuple[str, ...]] = {
    "nl": (
        "De manager van de zorgaanbieder mag het mandaat voor ‘Maatwerkvoorziening Wmo "
        "toekennen’ niet doormandateren aan de wijkcoach van de zorgaanbieder",
    ),
    "en": (
        "The manager of the provider may not pass on the mandate for ‘Maatwerkvoorziening Wmo "
        "toekennen’ to the neighbourhood coach of the provider",
    ),
}


def _nota_text(case: Any, lang: Lang) -> str:
    doc = build_nota(case, picture=b"", anonymised=True, lang=lang)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _deck_text(case: Any, lang: Lang) -> str:
    deck = build_sessie(case, lang=lang, picture=b"", causes={}, anonymised=True)
    texts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                texts += [c.text for row in shape.table.rows for c in row.cells]
    return "\n".join(texts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_map_j_nota_and_deck_name_the_providers_staff_by_role(lang: Lang) -> None:
    nota, deck = _nota_text(map_j(), lang), _deck_text(map_j(), lang)
    for text in (nota, deck):
        assert "Zorggroep Welzijn" not in text
        assert not _BARE.search(text), _BARE.search(text)
    for words in _WORDS[lang]:
        assert words in nota.replace("\n", " ")
    role = {
        "nl": "de wijkcoach van de zorgaanbieder",
        "en": "the neighbourhood coach of the provider",
    }
    assert role[lang] in deck.replace("\n", " ")
    under = {
        "nl": "volgens de kaart werkt de wijkcoach onder verantwoordelijkheid van de manager",
        "en": "the map has the neighbourhood coach of the provider work under the responsibility "
        "of the manager of the provider",
    }
    assert under[lang] in nota.replace("\n", " ")


def _many_staff() -> dict[str, Any]:
    d = map_j_dict()
    d["organisations"][2]["name"] = "Zorgboerderij De Hoeve"
    for a in d["actors"]:
        a["name"] = a["name"].replace("Zorggroep Welzijn", "De Hoeve")
    d["actors"] += [
        A("wv1", "Wijkverpleegkundige De Hoeve", "partner", "o3", False),
        A("wv2", "Verzorgende IG De Hoeve", "partner", "o3", False),
        A("beg", "Begeleider (Jan Smit) De Hoeve", "partner", "o3", False),
        A("beg2", "Begeleider De Hoeve", "partner", "o3", False),
        A("team", "Team De Hoeve", "partner", "o3", False),
    ]
    return d


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        (
            "nl",
            {
                "zm": "Manager van de zorgaanbieder",
                "zw": "Wijkcoach van de zorgaanbieder",
                "wv1": "Medewerker van de zorgaanbieder",
                "wv2": "Tweede medewerker van de zorgaanbieder",
                "beg": "Begeleider van de zorgaanbieder",
                "beg2": "Tweede begeleider van de zorgaanbieder",
                "team": "Zorgaanbieder",
            },
        ),
        (
            "en",
            {
                "zm": "Manager of the provider",
                "zw": "Neighbourhood coach of the provider",
                "wv1": "Staff member of the provider",
                "wv2": "Second staff member of the provider",
                "beg": "Support worker of the provider",
                "beg2": "Second support worker of the provider",
                "team": "Provider",
            },
        ),
    ],
)
def test_each_staff_member_keeps_a_role_and_no_name(lang: Lang, names: dict[str, str]) -> None:
    """A nurse's role tells the care (art. 9 AVG): the neutral word; two of one role are told
    apart by an ordinal; a team of the provider is the provider, as before."""
    case = case_from_dict(_many_staff())  # the anonymiser keeps the order, renames some ids
    new = anonymise(case, "nl", names=lang)
    got = {a.id: b.name for a, b in zip(case.actors, new.actors, strict=True) if a.id in names}
    assert got == names
    text = " ".join(a.name for a in new.actors)
    for word in ("Jan", "Smit", "Hoeve"):
        assert word not in text
