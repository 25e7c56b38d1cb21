"""The English of a numbered role and the remedies that ask another college (issue 14,
session 18, jur18c: rev-jurist17b N6; the asking form of MANDATE_SIGNING_NOT_BY_BODY)."""

from __future__ import annotations

from mapper.names import Name
from mapper.role_words import english_short
from models import (
    Actor,
    ActorKind,
    Instrument,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
)
from tests.mapper.legal_cases import BB, M, case, of

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
    # no level of sub-mandate left to the directeur (rev-jurist19b N3: with one, it may)
    chain = [M("m1", "college", "dir", "bb", sub_mandate_levels=0)]
    mandates = [*chain, M("s1", "dir", "consulent", "bb", instrument=S)]
    c = case(mandates, extra=[DIRECTOR], rels=[line])
    [f] = of(c, "MANDATE_SIGNING_NOT_BY_BODY")
    en = f.detail("en")
    assert "that the Directeur 2.1 granted to" in en
    assert "the Directeur is not a public body" in en
    assert "the director" not in en
    assert "de directeur is geen bestuursorgaan" in f.detail("nl")


# another college than the note's is asked, not had act (rev-jurist17 R4; session 18, item 2)
COLLEGE2 = Actor("college2", "College B&W 2", ActorKind.ADMINISTRATOR, organisation="gr")
DIRECTOR2 = Actor("dir2", "Directeur 2.1", ActorKind.MANAGER, organisation="gr")
CONSULENT2 = Actor("cons2", "Consulent 2.6", ActorKind.PROFESSIONAL, organisation="gr")
P2 = Power("p2", "Afwijken van regel", PowerCategory.DEVIATE_FROM_RULE, "Verordening 2",
           RuleType.INTERNAL, holder="college2")  # fmt: skip


def test_another_college_is_asked_to_grant_the_signing_authorisation() -> None:
    h = RelationKind.HIERARCHY
    rels = [Relationship("h8", "college2", "dir2", h), Relationship("h9", "dir2", "cons2", h)]
    mandates = [
        M("m2", "college2", "dir2", "p2", sub_mandate_levels=0),  # none left (N3)
        M("s2", "dir2", "cons2", "p2", instrument=S),
        M("s1", "manager", "consulent", "bb", instrument=S),
        M("m1", "college", "manager", "bb", sub_mandate_levels=0),
    ]
    c = case(mandates, extra=[COLLEGE2, DIRECTOR2, CONSULENT2], rels=rels, powers=[BB, P2])
    found = {f.mandates[0]: f for f in of(c, "MANDATE_SIGNING_NOT_BY_BODY")}
    # the body grants it itself or allows it in its own mandate decision, and ratifies (since
    # rev-jurist19 R5: "of haar op te nemen in het (onder)mandaatbesluit" cured nothing)
    nl, en = found["s2"].suggestion("nl"), found["s2"].suggestion("en")
    assert nl.startswith(
        "Vraag het college B&W 2 zelf de machtiging aan de consulent 2.6 te verlenen, of in "
        "zijn mandaatbesluit toe te staan dat"
    ), nl
    assert en.startswith(
        "Ask the College B&W 2 to grant the Consulent 2.6 the signing authorisation itself, or "
        "to allow in its mandate decision that"
    ), en
    # the note's own college still has it done
    assert found["s1"].suggestion("nl").startswith("Laat het college van B&W zelf de machtiging")


def test_a_kind_of_remedy_one_pair_alone_has_is_said_without_a_list() -> None:
    # the group of 42 signing findings of the 2,000 map: 41 ask another college, one has the
    # note's own college act; that one kind had no other pairs, and _few raised IndexError
    from mapper.repeats import _few

    assert _few([], 2, "pairs", "nl", "bij") == ""


def test_the_english_of_5_18_is_one_sentence_as_the_dutch() -> None:
    # the remedies of many colleges merge: "or ask each College B&W" (brief item 3). A college
    # is no longer shortened to "the College B&W" (jur18e: in a note to the College B&W 1 that
    # could be either), so each remedy names its college twice in full; the repeat is marked
    # before the remedies are compared (mapper.name_again)
    from mapper.sentence_merge import one_name

    assert Name.of("College B&W 3", ActorKind.ADMINISTRATOR).forms("en")[1] == ""
    said = [
        f"Bring the sub-mandate in line with the mandate the College B&W {i} granted, or ask "
        f"the College B&W {i} to allow more levels."
        for i in (1, 3)
    ]
    assert one_name(said, "en") == [
        "Bring the sub-mandate in line with the mandates the College B&W 1 and the College B&W 3 "
        "granted, or ask each College B&W to allow more levels."
    ]
