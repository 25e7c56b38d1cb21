"""The anonymised nota keeps the case description as written where it names nobody (new user,
twelfth round B9): 'Een gezin met een kind' became 'Een inwoner met een kind' (the resident's
id 'gezin' read as a name), 'Een moeder …' or 'Een de moeder …' once the resident was renamed;
the Wmo template's first sentence, about 'Een oudere inwoner' who can no longer live 'veilig
thuis', was dropped as health; and the template's instruction 'Vul de namen en bedragen van uw
eigen casus in.' went into the nota's Aanleiding."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from exports.anonymise import anonymise
from exports.nota import write_nota
from models import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.i18n import Lang
from models.templates import template_case

YOUTH = "Een gezin met een kind dat dringend intensieve hulp nodig heeft."
WMO = "Een oudere inwoner kan niet meer veilig thuis wonen; de mantelzorger is overbelast."


def _occasion(case: Case, tmp_path: Path, lang: Lang = "nl") -> str:
    out = tmp_path / f"nota-{lang}.docx"
    write_nota(case, out, lang=lang, picture=b"", anonymised=True)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    heading = "2. Aanleiding" if lang == "nl" else "2. Occasion"
    start = paragraphs.index(heading)
    end = next(i for i, p in enumerate(paragraphs) if p.startswith("3. "))
    return " ".join(paragraphs[start + 1 : end])


def test_the_youth_templates_family_stays_a_family() -> None:
    for lang in ("nl", "en"):
        assert anonymise(template_case("youth_care"), lang).info.description.startswith(YOUTH)


def test_the_wmo_templates_first_sentence_stays_whole() -> None:
    described = anonymise(template_case("wmo"), "nl").info.description
    assert described.startswith(WMO), described


@pytest.mark.parametrize("name", ["Moeder van Sem", "Moeder", "Ouders en kind"])
def test_a_renamed_resident_leaves_the_family_in_the_description(name: str) -> None:
    case = template_case("youth_care")
    case.update(EntityKind.ACTOR, "gezin", {"name": name})  # the template's resident
    case.set_case_field("title", "Sem (14) wacht vier maanden op specialistische hulp")
    anon = anonymise(case, "nl")
    assert anon.info.description.startswith(YOUTH), anon.info.description
    if "Sem" in name:  # the child the resident is named after is named nowhere
        assert anon.info.title == "Het kind wacht vier maanden op specialistische hulp"


def test_an_id_that_names_a_resident_is_still_replaced_in_a_text() -> None:
    case = template_case("youth_care")
    case.update(EntityKind.ACTOR, "gezin", {"name": "Anna Visser"})
    case.set_case_field("description", "Zie dossier gezin_visser en Anna Visser.")
    case.add(EntityKind.ACTOR, _resident("gezin_visser", "Piet Visser"))
    said = anonymise(case, "nl").info.description
    assert "visser" not in said.casefold(), said


def _resident(id_: str, name: str) -> Actor:
    return Actor(id_, name, ActorKind.CITIZEN)


@pytest.mark.parametrize("key", ["youth_care", "wmo", "debt_eviction"])
def test_the_template_instruction_never_reaches_the_nota(key: str, tmp_path: Path) -> None:
    case = template_case(key)
    assert "Vul de namen" in case.info.description  # the test can fail: the template has it
    occasion = _occasion(case, tmp_path)
    assert "Vul de namen" not in occasion
    assert "eigen casus" not in occasion
    first = case.info.description.split(".")[0]
    assert occasion.startswith(first), occasion  # the case itself is all there
