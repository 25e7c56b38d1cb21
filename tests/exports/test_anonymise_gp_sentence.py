"""C5 done safely (issue 16; hostile review 14 C5 and 14b N1): the health rule read every
"huisarts" and took the GP's clause out of the youth-care template's working agreement ("De
huisarts overlegt met het jeugdteam voor hij verwijst; een verwijzing blijft zijn eigen
bevoegdheid" -> "Een verwijzing blijft zijn eigen bevoegdheid", "zijn" with no one it refers
to). The first fix (ea3dd14, reverted) kept every GP sentence and so kept health facts about
the resident beside "huisarts". Now a sentence with a GP is kept only when it is about no one;
otherwise the whole sentence goes, never its first clause alone, in notes, descriptions and
an agreement's name, in the copy and the nota; the check refuses such a sentence.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from exports.anonymise_words import health_in, without_health
from exports.nota import build_nota
from models import Case, fileformat, templates
from models.entities import Agreement
from models.enums import EntityKind
from models.example import example_case

TEMPLATE_NOTE = (
    "De huisarts overlegt met het jeugdteam voor hij verwijst; een verwijzing blijft zijn eigen"
    " bevoegdheid (Jeugdwet art. 2.6 lid 1 onder g)."
)
# a GP as a role, about no one: kept whole
KEPT = (
    TEMPLATE_NOTE,
    "De huisarts verwijst zelf.",
    "De huisarts overlegt met het jeugdteam.",
    "Samenwerkingsafspraak huisartsen en jeugdteam",
    "De huisartsen in de wijk doen mee aan het overleg.",
)
# a GP with the resident, a relative, a letter, a pronoun for her, a contact or a complaint
DROPPED = (
    "De huisarts meldt dat mevrouw slecht slaapt.",
    "Huisartsenpost: inwoner opgenomen.",
    "De huisarts verwees mevrouw door.",
    "De huisarts maakt zich zorgen over mevrouw.",
    "De huisarts stuurde mevrouw Visser door.",
    "De huisarts overlegt met het jeugdteam over de inwoner.",
    "De huisartsenpost verwees Daan door.",
    "De huisarts heeft Daan doorverwezen.",
    "De huisarts heeft X doorverwezen.",
    "De huisarts verwees haar door naar de GGZ.",
    "De huisarts van Daan belde.",
    "Ze ging naar de huisarts.",
    "POH-GGZ van de huisarts ziet haar.",
    "De huisarts zegt dat hij slecht slaapt.",
    # an event or an opinion about someone unnamed: a participle, a past tense, a worry
    "De huisarts is ingeschakeld.",
    "De huisarts vindt opname nodig.",
    "De huisarts is bezorgd.",
    "De huisarts was er vorige week.",
    # a person in the second clause: the whole sentence, never "De huisarts overlegt … ."
    "De huisarts overlegt voor hij verwijst; een verwijzing van mevrouw blijft zijn bevoegdheid.",
)


def _case(texts: tuple[str, ...]) -> Case:
    """The example with ``texts`` as sentences in the description and in a professional's notes
    (the resident's own notes go whole), each between sentences that stay, and each the name
    of an agreement of its own."""
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    sentences = " ".join(t if t.endswith(".") else f"{t}." for t in texts)  # a title too
    case.set_case_field("description", f"Belt vaak terug. {sentences} Komt op afspraken.")
    case.update(EntityKind.ACTOR, "consulent", {"notes": f"Belt vaak terug. {sentences}"})
    for i, text in enumerate(texts):
        case.add(EntityKind.AGREEMENT, Agreement(f"gp{i}", text, parties=("o1",)))
    return case


def _notes(case: Case) -> str:
    actor = case.actors.get("consulent")
    assert actor is not None
    return actor.notes


def _names(case: Case) -> list[str]:
    return [a.name for a in case.collection(EntityKind.AGREEMENT) if a.id.startswith("gp")]


@pytest.fixture(scope="module")
def dropped() -> tuple[Case, Case]:
    """The copy and the nota's case of a map with every dropped row in each field."""
    case = _case(DROPPED)
    return anonymise(case, "nl", for_copy=True), anonymise(case, "nl")


@pytest.mark.parametrize("text", DROPPED)
def test_a_gp_sentence_about_someone_goes_whole(text: str) -> None:
    said = without_health(f"Belt vaak terug. {text} Komt op afspraken.")
    assert said == "Belt vaak terug. Komt op afspraken."
    assert health_in(text) is not None


@pytest.mark.parametrize("which", ["copy", "nota"])
def test_each_field_loses_every_gp_sentence_about_someone(
    which: str, dropped: tuple[Case, Case]
) -> None:
    anon = dropped[0] if which == "copy" else dropped[1]
    assert anon.info.description == "Belt vaak terug. Komt op afspraken."
    assert _notes(anon) == "Belt vaak terug."
    assert _names(anon) == ["Afspraak"] * len(DROPPED)


def test_a_gp_as_a_role_about_no_one_is_kept_whole() -> None:
    for anon in (anonymise(_case(KEPT), "nl", for_copy=True), anonymise(_case(KEPT), "nl")):
        sentences = " ".join(t if t.endswith(".") else f"{t}." for t in KEPT)
        assert anon.info.description == f"Belt vaak terug. {sentences} Komt op afspraken."
        assert _notes(anon) == f"Belt vaak terug. {sentences}"
        assert _names(anon) == list(KEPT)


@pytest.fixture(scope="module")
def plain() -> tuple[Case, Case, dict[str, Any]]:
    """A map with no GP, its copy and the copy as written (the check's fixture)."""
    case = _case(())
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    assert _check(case, copy, data) is None
    return case, copy, data


@pytest.mark.parametrize("text", DROPPED)
def test_the_check_refuses_a_gp_sentence_about_someone(
    text: str, plain: tuple[Case, Case, dict[str, Any]]
) -> None:
    case, copy, data = plain
    for where in ("case", "agreements"):
        changed = json.loads(json.dumps(data))
        if where == "case":
            changed["case"]["description"] = text
        else:
            changed["agreements"][0]["name"] = text
        assert _check(case, copy, changed) is not None, (where, text)


@pytest.mark.parametrize("text", KEPT)
def test_the_check_passes_a_gp_as_a_role(
    text: str, plain: tuple[Case, Case, dict[str, Any]]
) -> None:
    case, copy, data = plain
    data = {**data, "case": {**data["case"], "description": text}}
    assert _check(case, copy, data) is None
    assert health_in(text) is None
    assert without_health(text) == text


def test_the_nota_tells_no_gp_sentence_about_someone() -> None:
    case = _case(DROPPED)
    doc = build_nota(case, lang="nl", picture=b"", anonymised=True)
    text = "\n".join(
        [p.text for p in doc.paragraphs]
        + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    )
    assert "Belt vaak terug. Komt op afspraken." in text  # the description is in the nota
    for word in ("huisarts", "slaapt", "opgenomen", "verwees", "Daan", "mevrouw"):
        assert word not in text, word


def test_the_youth_care_template_keeps_its_gp_agreement_whole() -> None:
    case = templates.template_case("youth_care")
    for anon in (anonymise(case, "nl", for_copy=True), anonymise(case, "en")):
        notes = [a.notes for a in anon.collection(EntityKind.AGREEMENT)]
        assert TEMPLATE_NOTE in notes
        assert not [n for n in notes if n.startswith("Een verwijzing")]


# In English the GP was no health word at all: "Her GP called." and "The GP referred Mrs
# Visser." were kept whole. The same reading now holds for "GP", "doctor" and "general
# practitioner".
EN_KEPT = (
    "The GP consults the youth team before he refers; a referral remains his own power.",
    "GPs and the youth team meet monthly.",
)
EN_DROPPED = (
    "The GP referred Mrs Visser.",
    "Her GP called.",
    "The GP says she sleeps badly.",
    "The doctor saw Daan.",
    "The GP is worried about the resident.",
    "She went to the GP.",
    "The GP of Daan called.",
    "A general practitioner admitted her.",
)


@pytest.mark.parametrize("text", EN_KEPT)
def test_an_english_gp_as_a_role_is_kept(text: str) -> None:
    assert without_health(text) == text


@pytest.mark.parametrize("text", EN_DROPPED)
def test_an_english_gp_sentence_about_someone_goes_whole(text: str) -> None:
    assert without_health(f"Calls back often. {text} Comes to meetings.") == (
        "Calls back often. Comes to meetings."
    )
