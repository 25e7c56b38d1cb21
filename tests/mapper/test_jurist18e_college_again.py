"""A college is named in full every time in English, never "the College B&W" the second
time: in a note addressed to the College B&W 1 that could be either (issue 14, session 18,
jur18e: jur18d's regression of 982ff30)."""

from __future__ import annotations

from mapper.names import Name
from mapper.sentence_merge import one_name
from models import Actor, ActorKind, Power, PowerCategory, RelationKind, Relationship, RuleType
from tests.mapper.legal_cases import M, case, of

COLLEGE3 = Actor("college3", "College B&W 3", ActorKind.ADMINISTRATOR, organisation="gr")
DIRECTOR3 = Actor("dir3", "Directeur 3.1", ActorKind.MANAGER, organisation="gr")
CONSULENT3 = Actor("cons3", "Consulent 3.6", ActorKind.PROFESSIONAL, organisation="gr")
P3 = Power("p3", "Afwijken van regel", PowerCategory.DEVIATE_FROM_RULE, "Verordening 3",
           RuleType.INTERNAL, holder="college3")  # fmt: skip


def test_the_sub_mandate_finding_names_the_college_at_the_root_with_its_number_again() -> None:
    h = RelationKind.HIERARCHY
    rels = [Relationship("h8", "college3", "dir3", h), Relationship("h9", "dir3", "cons3", h)]
    mandates = [M("m3", "college3", "dir3", "p3"), M("s3", "dir3", "cons3", "p3")]
    c = case(mandates, extra=[COLLEGE3, DIRECTOR3, CONSULENT3], rels=rels, powers=[P3])
    [f] = of(c, "MANDATE_SUBMANDATE_NOT_ALLOWED")
    en = f.detail("en")
    # main (982ff30) said "only the College B&W, the grantor at the root, decides"
    assert "only the College B&W 3, the grantor at the root, decides" in en
    assert "the College B&W," not in en
    # the Dutch refers back: "dat college", as "het college" read as the college B&W 1 the
    # nota is addressed to (rev-jurist19 R2)
    assert "; alleen dat college, als oorspronkelijke mandaatgever, bepaalt" in f.detail("nl")
    assert f.suggestion("en").startswith("Ask the College B&W 3 to allow a further level")


def test_a_college_has_no_short_form_in_english_a_numbered_role_keeps_its_own() -> None:
    assert Name.of("College B&W 3", ActorKind.ADMINISTRATOR).forms("en") == (
        "the College B&W 3",
        "",
    )
    assert Name.of("Directeur 2.1", ActorKind.MANAGER).forms("en")[1] == "the Directeur"


def test_the_remedies_of_many_colleges_still_merge_into_one_sentence() -> None:
    said = [
        f"Bring the sub-mandate in line with the mandate the College B&W {i} granted, or ask "
        f"the College B&W {i} to allow more levels."
        for i in (1, 3, 4, 5, 6)
    ]
    assert one_name(said, "en") == [
        "Bring the sub-mandate in line with the mandates the College B&W 1, the College B&W 3, "
        "the College B&W 4 and two others granted, or ask each College B&W to allow more levels."
    ]
    # one alone, or the same twice, is said as it came, its college in full both times
    assert one_name(said[:1], "en") == said[:1]
    assert one_name([said[1], "Stop."], "en") == [said[1], "Stop."]
