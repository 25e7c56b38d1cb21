"""The English of a numbered role and the remedies that ask another college (issue 14,
session 18, jur18c: rev-jurist17b N6; the asking form of MANDATE_SIGNING_NOT_BY_BODY)."""

from __future__ import annotations

from mapper.names import Name
from mapper.role_words import english_short
from models import Actor, ActorKind, Instrument, RelationKind, Relationship
from tests.mapper.legal_cases import M, case, of

S = Instrument.SIGNING
DIRECTOR = Actor("dir", "Directeur 2.1", ActorKind.MANAGER, organisation="sd")


def test_n6_a_numbered_role_is_shortened_to_its_name_not_its_english_role() -> None:
    # "the Directeur 2.1 … the director is not a public body" read as two people (N6)
    assert Name.of("Directeur 2.1", ActorKind.MANAGER).forms("en") == (
        "the Directeur 2.1",
        "the Directeur",
    )
    assert english_short("Consulent 3.6") == "Consulent"
    # a long name that is not numbered keeps its English role (new user, tenth round)
    assert english_short("Teamleider Wijkteam Noord") == "team leader"
    assert Name.of("Directeur 2.1", ActorKind.MANAGER).forms("nl")[1] == "de directeur"


def test_n6_the_signing_finding_names_the_numbered_grantor_by_its_name_again() -> None:
    line = Relationship("h9", "college", "dir", RelationKind.HIERARCHY)
    chain = [M("m1", "college", "dir", "bb", sub_mandate_levels=1)]
    mandates = [*chain, M("s1", "dir", "consulent", "bb", instrument=S)]
    c = case(mandates, extra=[DIRECTOR], rels=[line])
    [f] = of(c, "MANDATE_SIGNING_NOT_BY_BODY")
    en = f.detail("en")
    assert "that the Directeur 2.1 granted to" in en
    assert "the Directeur is not a public body" in en
    assert "the director" not in en
    assert "de directeur is geen bestuursorgaan" in f.detail("nl")
