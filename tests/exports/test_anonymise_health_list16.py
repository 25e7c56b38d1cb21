"""One health list for texts, titles, actor names and file names (issue 16, hostile review
15b, B5): 'Zoon slikt Ritalin', 'Mevrouw heeft MS', 'Mevrouw is overspannen' and 'She had a
miscarriage' were kept in the copy's texts, while a second list dropped the same words from
casebook file names only; 'Moeder (blind)' and 'Zoon (MS)' stayed as actor names. Blind, deaf
and MS are health only where they are said of a person: 'MS Teams', 'Blinde vlek', 'Blind
vertrouwen' and 'Doof voor signalen' stay (the last was dropped whole: B7)."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from exports.anonymise_title import health_free_title
from exports.anonymise_words import health_in, without_health
from exports.casebook.file_health import without_health_or_dates
from models import Case
from models.entities import Actor, Relationship
from models.enums import ActorKind, EntityKind, RelationKind
from models.example import example_case

# each of these was kept whole on the old code
DROPPED = (
    "Mevrouw heeft MS.",
    "Zoon slikt Ritalin.",
    "Hij gebruikt methylfenidaat.",
    "Zoon krijgt Concerta.",
    "Mevrouw is overspannen.",
    "Mevrouw is erg overspannen.",
    "Mevrouw heeft een whiplash.",
    "She had a miscarriage.",
    "Her son is bipolar.",
    "Zoon zit op speciaal onderwijs cluster 4.",
    "Daan heeft A.D.H.D.",
    "De blinde moeder belt niet terug.",
    "Moeder, blind, belt niet terug.",
    "De MS-patiënt wacht op de aanvraag.",
    "She is deaf.",
)
# over-removal: each stays whole ('Doof voor signalen' was dropped on the old code)
KEPT = (
    "Overleg via MS Teams met het wijkteam.",
    "Het gesprek was met MS Teams.",
    "De woningmarkt is overspannen.",
    "De overspannen woningmarkt maakt het lastig.",
    "Blinde vlek in het mandaat.",
    "Blind vertrouwen op de consulent.",
    "Het team vaart blind op de regels.",
    "De organisatie is doof voor signalen.",
    "Doof voor signalen.",
    "Cluster 4 van de begroting.",
)


@pytest.mark.parametrize("text", DROPPED)
def test_a_health_word_of_the_one_list_drops_its_sentence(text: str) -> None:
    assert health_in(text) is not None
    assert without_health(text) == ""
    if not text.endswith("H.D."):  # "D." may be an initial: the next sentence goes with it
        assert without_health(text + " Zij belt de consulent.") == "Zij belt de consulent."


@pytest.mark.parametrize("text", KEPT)
def test_blind_deaf_and_ms_said_of_no_person_stay(text: str) -> None:
    assert health_in(text) is None
    assert without_health(text) == text


@pytest.mark.parametrize(
    ("title", "new"),
    [
        ("Zoon slikt Ritalin", "Casus (titel weggelaten)"),
        ("Mevrouw heeft MS", "Casus (titel weggelaten)"),
        ("Doof voor signalen", "Doof voor signalen"),
        ("Blinde vlek in het mandaat", "Blinde vlek in het mandaat"),
    ],
)
def test_the_title_uses_the_one_list(title: str, new: str) -> None:
    assert health_free_title(title, "nl") == new


def _case(name: str) -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.add(EntityKind.ACTOR, Actor("zz", name, ActorKind.PARTNER))
    case.add(EntityKind.RELATIONSHIP, Relationship("zz-c", "zz", "consulent", RelationKind.SIGNAL))
    return case


@pytest.mark.parametrize(
    ("name", "new"),
    [
        ("Moeder (blind)", "Moeder"),
        ("Zoon (MS)", "Zoon"),
        ("Zoon Daan (gebruikt Ritalin)", "Zoon X"),
        ("Vader (overspannen)", "Vader"),
    ],
)
def test_an_actor_name_uses_the_one_list(name: str, new: str) -> None:
    anon = anonymise(_case(name), "nl", for_copy=True)
    actor = anon.actors.get("zz") or next(a for a in anon.actors if a.name.startswith(new))
    assert actor.name == new


@pytest.mark.parametrize(
    ("shown", "new"),
    [
        ("MS-patient.kvmap", "kaart.kvmap"),
        ("c/Ritalin schulden.kvmap", "c/schulden.kvmap"),
        ("b/overspannen moeder.kvmap", "b/moeder.kvmap"),
        ("b/doof vader.kvmap", "b/vader.kvmap"),
        ("MS Teams overleg.kvmap", "Teams overleg.kvmap"),
    ],
)
def test_file_names_use_the_same_list(shown: str, new: str) -> None:
    assert without_health_or_dates(shown, "nl") == new
