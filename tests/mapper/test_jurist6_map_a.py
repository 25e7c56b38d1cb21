"""Jurist, fifth round, map A and N3 (second half); issue 17's agreement of block 2 and 3.

Map A: college -> gemeentesecretaris (three levels of sub-mandate) -> manager -> teamleider ->
consulent; the secretaris's sub-mandate to the manager expired on 30 June 2026.

- The headline remedy renews the expired sub-mandate where it was granted (the secretaris, not
  the college) and has the college ratify what was decided on the chain since 1 July 2026.
- A manager without the power whom the secretaris may sub-mandate: the secretaris can do it
  himself, no new decision of the college.
- The chain names an expired mandate "verlopen op …", not "ongeldig door een eigen gebrek".
- Under MANDATE_EXPIRED: the holder who still holds the power through another valid
  (sub)mandate is told so.
- NEED_HOLDER_FAR says "te laat" exactly when NEED_TOO_LATE_BY_DESIGN fires.
"""

from __future__ import annotations

import itertools
from datetime import date

from mapper import analyse
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    Organisation,
    OrganisationKind,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from models.i18n import Lang

AS_OF = date(2026, 10, 1)
START = date(2025, 1, 1)
BB = Power("bb", "Bijzondere bijstand verlenen", PowerCategory.SPEND_BUDGET,
           "Participatiewet art. 35", RuleType.POLICY_RULE, holder="college")  # fmt: skip
TERUG = Power("terug", "Terugvorderen van bijstand", PowerCategory.OTHER,
              "Participatiewet art. 58 lid 1", RuleType.STATUTE, holder="college")  # fmt: skip


def _m(mid: str, g: str, h: str, p: str, **kw: object) -> Mandate:
    values: dict[str, object] = {"valid_from": START, "legal_basis": "Mandaatbesluit 2025"}
    return Mandate(mid, g, h, p, **(values | kw))  # type: ignore[arg-type]


def map_a(
    *,
    expired: bool = True,
    deadline: date = date(2026, 11, 15),
    sub_levels: int = 3,
    terug_levels: int = 2,
    renewed_direct: bool = False,
) -> Case:
    """The jurist's map A, with switches for the lawful variants."""
    h, acc = RelationKind.HIERARCHY, RelationKind.ACCOUNTABILITY
    chain = ["college", "secretaris", "manager", "teamleider", "consulent"]
    rels = [Relationship(f"h{i}", a, b, h) for i, (a, b) in enumerate(itertools.pairwise(chain))]
    rels += [Relationship(f"a{i}", b, a, acc) for i, (a, b) in enumerate(itertools.pairwise(chain))]
    rels.append(Relationship("s1", "inwoner", "consulent", RelationKind.SIGNAL))
    until = date(2026, 6, 30) if expired else None
    mandates = [
        _m("m1", "college", "secretaris", "bb", budget=100000, sub_mandate_levels=sub_levels),
        _m("m2", "secretaris", "manager", "bb", budget=50000, valid_until=until),
        _m("m3", "manager", "teamleider", "bb", budget=10000),
        _m("m4", "teamleider", "consulent", "bb", budget=2000),
        _m("m5", "college", "secretaris", "terug", sub_mandate_levels=terug_levels),
        _m("m6", "manager", "teamleider", "terug"),
    ]
    if renewed_direct:  # the college also mandates the manager directly
        mandates.append(_m("m7", "college", "manager", "bb", budget=50000))
    k = ActorKind
    actors = [
        Actor("college", "College van B&W", k.ADMINISTRATOR, organisation="o1", public_body=True),
        Actor("secretaris", "Gemeentesecretaris", k.EXECUTIVE, organisation="o1"),
        Actor("manager", "Manager Inkomen", k.MANAGER, organisation="o1"),
        Actor("teamleider", "Teamleider Inkomen", k.MANAGER, organisation="o1"),
        Actor("consulent", "Consulent inkomen", k.PROFESSIONAL, organisation="o1"),
        Actor("inwoner", "Inwoner", k.CITIZEN),
    ]
    needs = [
        Need(
            "n1",
            "Bijzondere bijstand voor woonkosten € 1.800",
            "bb",
            1800,
            "consulent",
            ("o1",),
            Urgency.HIGH,
            deadline=deadline,
        ),
        Need(
            "n2",
            "Terugvordering van € 900 instellen",
            "terug",
            900,
            "teamleider",
            ("o1",),
            Urgency.HIGH,
            deadline=deadline,
        ),
    ]
    return Case.from_parts(
        CaseInfo("Map A", as_of=AS_OF),
        actors,
        rels,
        mandates,
        needs,
        organisations=[Organisation("o1", "Gemeente Oeverdam", OrganisationKind.MUNICIPALITY)],
        powers=[BB, TERUG],
    )


def _cause_of(c: Case, need: str, lang: str = "nl") -> str:
    a = analyse(c)
    cause = next(x for x in a.causes if need in x.needs)
    return cause.suggestion.nl if lang == "nl" else cause.suggestion.en


def _texts(c: Case, code: str, lang: Lang = "nl") -> list[str]:
    return [
        f.detail(lang) + " " + f.suggestion(lang) for f in analyse(c).findings if f.code == code
    ]


# ------------------------------------------------------------------- the headline remedy


def test_the_headline_remedy_renews_the_expired_sub_mandate_where_it_was_granted() -> None:
    nl = _cause_of(map_a(), "n1")
    assert nl.startswith(
        "Laat de gemeentesecretaris het ondermandaat aan de manager Inkomen voor ‘Bijzondere "
        "bijstand verlenen’ opnieuw verlenen. Dat kan de gemeentesecretaris zelf, zonder "
        "nieuw besluit van het college van B&W: het mandaat van het college staat "
        "ondermandaat toe. Laat de besluiten die sinds 1 juli 2026 op deze keten zijn "
        "genomen, inventariseren en leg de besluiten die geen geldig mandaat dekte, ter "
        "bekrachtiging voor aan het college."
    )
    # "Dat" points at the renewal, never at the ratification (jurist, eighth round N1)
    assert "bekrachtigen wat sinds" not in nl
    # a lapsed mandate cannot be extended (jurist, seventh round W2)
    assert "Dat kan de gemeentesecretaris zelf, zonder nieuw besluit van het college" in nl
    assert "verlengen" not in nl
    assert "dichter bij de casus" not in nl
    en = _cause_of(map_a(), "n1", "en")
    assert (
        "grant the sub-mandate to the Manager Inkomen for ‘Bijzondere bijstand verlenen’ "
        "again. The Gemeentesecretaris can do that without a new decision of the municipal "
        "executive (College van B&W)" in en
    )
    # each decision put forward, none ratified unseen (jurist 15, J2)
    assert (
        "Have the decisions taken on this chain since 1 July 2026 listed, and put those no valid "
        "mandate covered to the executive for ratification." in en
    )
    assert "renew" not in en


def test_without_an_expired_mandate_no_renewal_is_suggested() -> None:
    # the same chain, valid, but an amount only the secretaris may decide on: no expiry
    c = map_a(expired=False)
    c = replace_need_budget(c, 60000)  # only the secretaris, three steps up
    texts = " ".join(_texts(c, "NEED_HOLDER_FAR") + _texts(c, "NEED_BUDGET_SHORT"))
    assert texts
    assert "opnieuw verlenen" not in texts
    assert "bekrachtigen" not in texts


def replace_need_budget(c: Case, budget: float) -> Case:
    c2 = c.copy()
    from models import EntityKind

    c2.update(EntityKind.NEED, "n1", {"budget": budget})
    return c2


def test_a_mandate_the_college_granted_itself_is_renewed_by_the_college() -> None:
    c = map_a()
    from models import EntityKind

    c.update(EntityKind.MANDATE, "m2", {"valid_until": None})
    c.update(EntityKind.MANDATE, "m1", {"valid_until": date(2026, 6, 30)})
    nl = " ".join(_texts(c, "NEED_HOLDER_FAR") + _texts(c, "NEED_NO_HOLDER"))
    assert "Laat het college van B&W het mandaat aan de gemeentesecretaris" in nl
    # the college named once (rev-jurist16 N7, jur17a: "leg … ter bekrachtiging voor aan het
    # college" after other colleges in the 2,000 nota's §5.4 could be any of them)
    assert (
        "opnieuw verlenen, de besluiten die sinds 1 juli 2026 op deze keten zijn genomen, "
        "inventariseren en de besluiten die geen geldig mandaat dekte, bekrachtigen." in nl
    )
    assert "ondermandaat aan" not in nl


# ------------------------------------------------------- the secretaris can do it himself


def test_the_secretaris_who_may_sub_mandate_gives_the_manager_the_power_himself() -> None:
    [f] = [f for f in analyse(map_a()).findings if f.code == "MANDATE_NO_LEGAL_ROOT"]
    nl = f.suggestion("nl")
    assert nl.startswith("Laat de gemeentesecretaris de manager Inkomen ondermandaat verlenen")
    assert "geen nieuw besluit van het college nodig" in nl
    assert "Laat het college van B&W het mandaat verlenen" not in nl
    assert "Gemeentesecretaris grant the Manager Inkomen a sub-mandate" in f.suggestion("en")


def test_a_secretaris_without_room_for_sub_mandate_sends_it_to_the_college() -> None:
    [f] = [f for f in analyse(map_a(terug_levels=0)).findings if f.code == "MANDATE_NO_LEGAL_ROOT"]
    assert f.suggestion("nl").startswith("Laat het college van B&W het mandaat verlenen")
    assert "ondermandaat verlenen:" not in f.suggestion("nl")


# ------------------------------------------------------------------ "verlopen", J13


def test_the_chain_names_the_expired_mandate_as_expired() -> None:
    texts = " ".join(_texts(map_a(), "MANDATE_CHAIN_BROKEN"))
    assert "(verlopen op 30 juni 2026)" in texts
    assert "eigen gebrek" not in texts
    assert "(expired on 30 June 2026)" in " ".join(_texts(map_a(), "MANDATE_CHAIN_BROKEN", "en"))


# ------------------------------------------------------ block 2 and block 3 agree (17)


def test_the_far_finding_says_too_late_only_when_block_2_finds_it_late() -> None:
    on_time = analyse(map_a())  # three steps of five working days: 22 October, before 15 Nov
    [far] = [f for f in on_time.findings if f.code == "NEED_HOLDER_FAR"]
    assert "NEED_TOO_LATE_BY_DESIGN" not in {f.code for f in on_time.findings}
    assert "langs deze route ligt het op zijn vroegst op 22 oktober 2026" in far.detail("nl")
    assert "te laat" not in far.detail("nl")
    assert "te lang" not in far.detail("nl")
    late = analyse(map_a(deadline=date(2026, 10, 15)))
    [far] = [f for f in late.findings if f.code == "NEED_HOLDER_FAR"]
    assert "NEED_TOO_LATE_BY_DESIGN" in {f.code for f in late.findings}
    assert (
        "ligt het op zijn vroegst op 22 oktober 2026 bij de gemeentesecretaris, en dat is "
        "te laat" in far.detail("nl")
    )
    assert "which is too late" in far.detail("en")


def test_a_deadline_already_passed_is_said_as_passed() -> None:
    passed = analyse(map_a(deadline=date(2026, 9, 15)))
    [far] = [f for f in passed.findings if f.code == "NEED_HOLDER_FAR"]
    assert "De termijn voor het besluit is op 15 september 2026 verstreken." in far.detail("nl")
    assert "te laat" not in far.detail("nl")


# ------------------------------------------------------- N3 second half: MANDATE_EXPIRED


def _expired_direct() -> Case:
    """The college's direct mandate to the manager expired; the secretaris's sub-mandate holds."""
    from models import EntityKind

    c = map_a(renewed_direct=True)
    c.update(EntityKind.MANDATE, "m2", {"valid_until": None})
    c.update(EntityKind.MANDATE, "m7", {"valid_until": date(2026, 6, 30)})
    return c


def test_an_expired_mandate_says_the_holder_still_holds_the_power_by_another() -> None:
    [f] = [f for f in analyse(_expired_direct()).findings if f.code == "MANDATE_EXPIRED"]
    assert (
        "De manager kan nog steeds besluiten over ‘Bijzondere bijstand verlenen’ op het "
        "ondermandaat van de gemeentesecretaris; het verlopen mandaat was het rechtstreekse "
        "mandaat van het college."
    ) in f.detail("nl")
    assert "the mandate that expired was the direct mandate of the executive" in f.detail("en")
    assert f.suggestion("nl").startswith("Haal het verlopen mandaat van de kaart")


def test_an_expired_mandate_without_another_is_renewed_and_ratified() -> None:
    [f] = [f for f in analyse(map_a()).findings if f.code == "MANDATE_EXPIRED"]
    assert "nog steeds besluiten" not in f.detail("nl")
    assert "still decide" not in f.detail("en")
    assert f.suggestion("nl") == (
        "Laat de gemeentesecretaris het ondermandaat opnieuw verlenen, of laat het vervallen "
        "als het niet meer nodig is. Laat de besluiten die sinds 1 juli 2026 erop zijn genomen, "
        "inventariseren en leg de besluiten die geen geldig mandaat dekte, ter bekrachtiging "
        "voor aan het college van B&W."
    )
    assert f.suggestion("en").startswith("Have the Gemeentesecretaris grant the sub-mandate again")


# --------------------------------------------- the what-if makes the change the advice names


def test_the_what_if_renews_the_expired_sub_mandate() -> None:
    from mapper.remedy import try_remedy

    c = map_a()
    a = analyse(c)
    cause = next(x for x in a.causes if "n1" in x.needs)
    outcome = try_remedy(c, cause, before=a)
    assert outcome is not None
    assert outcome.sentence("nl").startswith(
        "Wat als de gemeentesecretaris het ondermandaat aan de manager Inkomen opnieuw verleent?"
    )
    gone = {f.code for f in outcome.change.disappeared}
    assert {"NEED_HOLDER_FAR", "MANDATE_EXPIRED"} <= gone
    # no expired mandate: the what-if grants a mandate, it renews nothing
    plain = replace_need_budget(map_a(expired=False), 60000)
    b = analyse(plain)
    far = next(x for x in b.causes if "n1" in x.needs)
    other = try_remedy(plain, far, before=b)
    assert other is not None
    assert "opnieuw verleent" not in other.sentence("nl")
