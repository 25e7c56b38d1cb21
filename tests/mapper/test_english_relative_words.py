"""English names a person "who" and an organisation or a body "which" (issue 11: "the trust
of Mevrouw Jansen in Woningcorporatie Thuisplus, who decides"), and the four-signatures rule
reads as plain English ("… also where the risk of then does not arise" was garbled)."""

from __future__ import annotations

import pytest

from mapper import analyse
from mapper.findings import Finding
from mapper.names import Name, is_body
from models import ActorKind
from models.example import example_case
from models.i18n import Lang


@pytest.fixture(scope="module")
def findings() -> tuple[Finding, ...]:
    return tuple(analyse(example_case()).findings)


def _texts(found: tuple[Finding, ...], lang: Lang) -> str:
    return "\n".join(f"{f.title(lang)}\n{f.detail(lang)}\n{f.suggestion(lang)}" for f in found)


@pytest.mark.parametrize(
    ("name", "kind", "body"),
    [
        ("Mevrouw Jansen", ActorKind.CITIZEN, False),
        ("Consulent wijkteam (Sanne)", ActorKind.PROFESSIONAL, False),
        ("Schuldhulpverlener Kredietbank", ActorKind.PARTNER, False),
        ("Invorderingsambtenaar van de Belastingsamenwerking", ActorKind.PARTNER, False),
        ("Gemeentelijke ombudsman", ActorKind.OVERSIGHT, False),
        ("Fractievoorzitter oppositie", ActorKind.COUNCIL, False),
        ("Rivierstad Dagblad", ActorKind.MEDIA, True),
        ("Gemeenteraad", ActorKind.COUNCIL, True),
        ("Team Juridische Zaken", ActorKind.PROFESSIONAL, True),
        ("GGZ-team Rivierland", ActorKind.PARTNER, True),
        ("Deurwaarderskantoor", ActorKind.PARTNER, True),
        ("College van B&W", ActorKind.ADMINISTRATOR, True),
    ],
)
def test_a_person_is_who_a_body_which(name: str, kind: ActorKind, body: bool) -> None:
    assert is_body(name, kind) is body
    assert Name.of(name, kind).who("en") == ("which" if body else "who")


def test_an_actor_named_as_its_organisation_is_which() -> None:
    made = Name.of("Woningcorporatie Thuisplus", ActorKind.PARTNER, proper=True)
    assert made.who("en") == "which"
    assert made.who("nl") == "die"
    assert Name.of("College van B&W", ActorKind.ADMINISTRATOR).who("nl") == "dat"


def test_the_housing_association_which_decides(findings: tuple[Finding, ...]) -> None:
    english = _texts(findings, "en")
    assert "Woningcorporatie Thuisplus, which decides" in english
    assert "Thuisplus, who" not in english
    dutch = _texts(findings, "nl")
    assert "Woningcorporatie Thuisplus, die over" in dutch


def test_the_four_signatures_rule_reads_as_english(findings: tuple[Finding, ...]) -> None:
    english = _texts(findings, "en")
    assert "risk of then" not in english
    assert "also where the risk it was made for does not arise" in english
    assert "het risico van toen niet speelt" in _texts(findings, "nl")


def test_evidence_and_signal_titles_read_as_english() -> None:
    """The reading pass of the English analysis (issue 11): an actor in the evidence takes its
    article ("Without the Manager Werk en Inkomen"), signals come *from* someone, and
    accountability "takes up" the room to act (it "ate" it)."""
    result = analyse(example_case())
    evidence = [e("en") for c in result.causes for e in c.evidence]
    assert "Without the Manager Werk en Inkomen the network falls apart." in evidence
    assert not [e for e in evidence if e.startswith("Without Manager")]
    assert not [e for e in evidence if e.endswith("than Consulent wijkteam (Sanne).")]
    english = _texts(result.findings, "en")
    assert "Signals of " not in english
    assert "Signals from the Deurwaarderskantoor reach nobody who may decide" in english
    assert "eats the room" not in english
    assert "Accountability takes up the room to act on the decision" in english


def test_the_cut_points_are_named_as_each_not_all_at_once() -> None:
    """ "If any one of them drops out (A, B and C)" read as all of them at once (issue 11)."""
    cuts = next(f for f in analyse(example_case()).structure if f.code == "STRUCTURE_CUT_POINTS")
    assert cuts.detail("en").startswith("They are the municipal executive (College van B&W), ")
    assert cuts.detail("en").endswith(
        "; without any one of them the network falls apart into separate parts."
    )
    assert "; zonder een van hen valt het netwerk uiteen" in cuts.detail("nl")
