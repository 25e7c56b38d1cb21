"""anon13's open list after the twelfth hostile review (issue 16, session 13): a relative named
after a compound kinship word ("stiefbroer", "schoonzus", "kleinzoon", "stepbrother",
"half-sister", "foster daughter"), after an adjective ("Haar oudste zoon, Mark") or a little
one ("neefje"); a name beside a second resident said without its article ("Inwoner 2 en
Fleur", rh12's org.kvmap); the resident's initials read by the check itself; a year of birth
beside the resident; a GP's name left bare by the health filter ("Huisarts dr. Smit
verwijst." became "Smit verwijst."); a relative with the resident's surname at the start of a
sentence ("De dochter van de inwoner"). The cleaner's answer is the same for the copy and the
nota, the copy's check agrees with it, and the check refuses on its own what the old cleaner
kept."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import fileformat
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case
from models.i18n import Lang
from tests.exports.leak_cases import resident_case

VISSER = "Mevrouw Anna Visser"


def _said(text: str, lang: Lang = "nl") -> str:
    """The description as the copy writes it (the nota's is the same), after the copy's
    check passed it."""
    case = resident_case(VISSER if lang == "nl" else "Mrs Anna Visser", text)
    copy = anonymise(case, lang, for_copy=True)
    assert anonymise(case, lang).info.description == copy.info.description
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None
    return copy.info.description


@pytest.fixture(scope="module")
def visser_copy() -> Iterator[tuple[Case, Case]]:
    """The example with the resident Mevrouw Anna Visser and its anonymised copy, made once for
    the module (issue 15: sixteen tests anonymised the same map): the tests only read them and
    change a JSON of the copy of their own; at the end both are what they were made as."""
    case = resident_case(VISSER, "")
    copy = anonymise(case, "nl", for_copy=True)
    made = fileformat.dumps(case), fileformat.dumps(copy)
    yield case, copy
    assert (fileformat.dumps(case), fileformat.dumps(copy)) == made, "a test changed them"


SAID_NL = [
    ("Haar stiefbroer, Mark de Vries, werkt.", "Haar stiefbroer, X, werkt."),
    ("Haar stiefbroer Mark de Vries werkt.", "Haar stiefbroer X werkt."),
    ("Stiefbroer Mark belt.", "Stiefbroer X belt."),
    ("Zijn stiefzus Els belt.", "Zijn stiefzus X belt."),
    ("Haar schoonzus, Els Bakker, belt.", "Haar schoonzus, X, belt."),
    ("Haar halfzus Els belt.", "Haar halfzus X belt."),
    ("Haar pleegdochter Noor woont er.", "Haar pleegdochter X woont er."),
    ("Haar kleinzoontje, Daan, belt.", "Haar kleinzoontje, X, belt."),
    ("Haar stiefopa, Mark de Vries, werkt.", "Haar stiefopa, X, werkt."),
    ("Haar stiefkinderen (Daan, Fleur) komen.", "Haar stiefkinderen (X, Y) komen."),
    ("De kleinkinderen Daan en Fleur komen.", "De kleinkinderen X en Y komen."),
    ("Haar ex-schoonzus, Els Bakker, belt.", "Haar ex-schoonzus, X, belt."),
    ("Haar neefje, Mark de Vries, werkt.", "Haar neefje, X, werkt."),
    ("Haar nichtje, Els, belt.", "Haar nichtje, X, belt."),
    # an adjective between the possessive and the kinship word
    ("Haar oudste zoon, Mark, werkt.", "Haar oudste zoon, X, werkt."),
    ("Haar nieuwe partner, Mark de Vries, werkt.", "Haar nieuwe partner, X, werkt."),
    ("Haar aangetrouwde neef, Mark de Vries, werkt.", "Haar aangetrouwde neef, X, werkt."),
    ("Haar tweede man, Mark, werkt.", "Haar tweede man, X, werkt."),
    # the surname of the second of two relatives goes with her ("X en Y Bakker" before)
    ("Haar schoonouders, Kees en Els Bakker, bellen.", "Haar schoonouders, X en Y, bellen."),
    # a year of birth beside the resident (hostile review 12, P4)
    ("Visser, A. (1980) belde.", "De inwoner belde."),
    ("Mevrouw Visser (1980) belde.", "De inwoner belde."),
    ("Anna (1980) belde.", "De inwoner belde."),
    # the health filter leaves out the whole sentence, never the GP's bare name (P6)
    ("Huisarts dr. Smit verwijst. Zij belt morgen.", "Zij belt morgen."),
    ("Huisarts P. de Wit verwijst. Zij belt morgen.", "Zij belt morgen."),
    ("Zie art. 4 Awb. Ze heeft een depressie. Daarna belt ze.", "Zie art. 4 Awb. Daarna belt ze."),
    # a relative with the resident's surname reads as one (P6)
    ("Dochter Visser belt.", "De dochter van de inwoner belt."),
    (
        "Het gesprek met Dochter Visser ging goed.",
        "Het gesprek met de dochter van de inwoner ging goed.",
    ),
    ("Zij sprak de dochter Visser.", "Zij sprak de dochter van de inwoner."),
    ("Haar dochter Visser belt.", "Haar dochter belt."),
    # kept: a body after a kinship word
    (
        "De gemeente en de partner, Stichting Rivierland, overleggen.",
        "De gemeente en de partner, Stichting Rivierland, overleggen.",
    ),
]
SAID_EN = [
    ("Her stepbrother, Mark de Vries, works.", "Her stepbrother, X, works."),
    ("Her stepbrother Mark de Vries works.", "Her stepbrother X works."),
    ("Her half-sister, Els Bakker, calls.", "Her half-sister, X, calls."),
    ("Her half sister Els calls.", "Her half sister X calls."),
    ("Her foster daughter, Noor, lives here.", "Her foster daughter, X, lives here."),
    ("Her foster daughter Noor lives here.", "Her foster daughter X lives here."),
    ("Her grandson, Daan, calls.", "Her grandson, X, calls."),
    ("Her sister-in-law, Els, calls.", "Her sister-in-law, X, calls."),
    ("Her stepson Daan calls.", "Her stepson X calls."),
    ("The grandchildren Daan and Fleur visit.", "The grandchildren X and Y visit."),
    ("Daughter Visser calls.", "The resident's daughter calls."),
    ("She met the daughter Visser.", "She met the resident's daughter."),
]


@pytest.mark.parametrize(("text", "said"), SAID_NL)
def test_dutch_relatives(text: str, said: str) -> None:
    assert _said(text) == said


@pytest.mark.parametrize(("text", "said"), SAID_EN)
def test_english_relatives(text: str, said: str) -> None:
    assert _said(text, "en") == said


@pytest.mark.parametrize(
    "text",
    [
        "Her stepbrother, Mark de Vries, works.",
        "Her half-sister Els calls.",
        "Her foster daughter, Noor, lives here.",
        "Her sister-in-law, Els, calls.",
        "Haar oudste zoon, Mark, werkt.",
        "Haar neefje, Mark de Vries, werkt.",
        "Haar ex-schoonzus, Els Bakker, belt.",
        "Haar tweede man, Mark, werkt.",
        # the resident's initials and year of birth, read by the check itself (P4)
        "A.V. belde.",
        "Gisteren belde mw. A. V terug.",
        "AV belde.",
        "De inwoner, A. belde.",
        "De inwoner V. belde.",
        "De inwoner (1980) belde.",
    ],
)
def test_the_check_refuses_what_the_old_cleaner_kept(
    text: str, visser_copy: tuple[Case, Case]
) -> None:
    case, copy = visser_copy
    data = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = text
    assert _check(case, copy, data) is not None


def test_a_name_beside_a_second_resident_without_article() -> None:
    # rh12's org.kvmap: "Daan en Fleur wonen hier" in an organisation's notes became "Inwoner 2
    # en Fleur wonen hier", which the check refused: the copy of that map was never written
    case = example_case()
    daan = Actor("daan", "Daan de Groot (14)", ActorKind.CITIZEN, influence=1, interest=3)
    case.add(EntityKind.ACTOR, daan)
    case.update(EntityKind.ORGANISATION, "o2", {"notes": "Daan en Fleur wonen hier."})
    copy = anonymise(case, "nl", for_copy=True)
    notes = {o.id: o.notes for o in copy.organisations}
    assert "Inwoner 2 en X wonen hier." in notes.values()
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


@pytest.mark.parametrize("text", ["De AV zijn van toepassing.", "Zie bijlage A. Daarna belt ze."])
def test_the_check_keeps_what_is_no_initial(text: str, visser_copy: tuple[Case, Case]) -> None:
    case, copy = visser_copy
    data = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = text
    assert _check(case, copy, data) is None
