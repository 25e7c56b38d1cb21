"""Building blocks 5 and 6 in depth (issue 17), each finding on a small map that has it and on
the same map put right: backing runs along the line with trust (drawing the light
accountability route the tool recommends adds no warning), a citizen's distrust of whoever
handles or decides their need, the council's information position in a politically sensitive
case (art. 169 Gemeentewet), and a split at the top."""

from __future__ import annotations

from datetime import date
from typing import Any

from mapper import analyse
from mapper.checks import politics, trust
from mapper.context import Context
from mapper.findings import Finding
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    EntityKind,
    Need,
    Organisation,
    OrganisationKind,
    Power,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
)
from models.example import example_case
from models.fields import KINDS
from tests.mapper.cases import well_organised

H, A, C, T = (RelationKind.HIERARCHY, RelationKind.ACCOUNTABILITY, RelationKind.COLLABORATION,
              RelationKind.TRUST)  # fmt: skip


def _plus(case: Case, *rels: Relationship, actors: list[Actor] | None = None) -> Case:
    parts: dict[EntityKind, list[Any]] = {k: list(case.collection(k)) for k in KINDS}
    parts[EntityKind.RELATIONSHIP] += list(rels)
    parts[EntityKind.ACTOR] += actors or []
    return Case.build(case.info, parts, checked=True)


def _of(case: Case, check: object, code: str) -> list[Finding]:
    assert callable(check)
    return [f for f in check(Context.of(case)) if f.code == code]


# ----------------------------------------------------------- block 5: the trusted line
def _two_lines(trusted: bool) -> Case:
    """A wethouder with a long line of command to the consulent (trusted both ways at every
    link when ``trusted``) and a short reporting line nobody trusts."""
    actors = [
        Actor("w", "Wethouder", ActorKind.ADMINISTRATOR),
        Actor("s", "Gemeentesecretaris", ActorKind.EXECUTIVE),
        Actor("m", "Manager", ActorKind.MANAGER),
        Actor("p", "Consulent", ActorKind.PROFESSIONAL, roles=("case_handler",)),  # type: ignore[arg-type]
    ]
    rels = [
        Relationship("r1", "w", "s", H),
        Relationship("r2", "s", "m", H),
        Relationship("r3", "m", "p", H),
        Relationship("r4", "p", "w", A),
        Relationship("t0", "m", "p", T, level=2),
        Relationship("t1", "p", "m", T, level=2),
    ]
    if trusted:
        pairs = [("w", "s"), ("s", "m")]
        for i, (a, b) in enumerate(pairs):
            rels += [
                Relationship(f"t{i}a", a, b, T, level=2),
                Relationship(f"t{i}b", b, a, T, level=2),
            ]
    return Case.from_parts(CaseInfo("t", intent_owner="w"), actors, rels)


def test_backing_runs_along_the_trusted_line_not_the_shortest() -> None:
    # the short report p → w has no trust; the line of command is trusted at every link
    assert _of(_two_lines(True), trust.check, "TRUST_BACKING_WEAK") == []
    # without trust anywhere, the line is judged where it runs and is weak
    (weak,) = _of(_two_lines(False), trust.check, "TRUST_BACKING_WEAK")
    assert weak.actors[:2] == ("w", "s")  # the line of command, not the report


def test_the_recommended_light_accountability_route_adds_no_warning() -> None:
    """The custom practice's accountability stops at the manager; the tool advises a light
    route up to the administrator. Drawing it - from where the line stops, or from the
    consulent, to the wethouder or the college - removes that finding and adds none."""
    base = example_case()
    # the map without the route, analysed once per practice (the same map each time)
    found = {practice: analyse(base, practice=practice).findings for practice in _PRACTICES}
    (stops,) = [f for f in found[Practice.MAATWERK] if f.code == "ACCOUNTABILITY_LINE_STOPS"]
    assert "lichte verantwoordingsroute tot de bestuurder" in stops.suggestion("nl")
    for source in ("manager_wi", "teamleider", "consulent"):
        for top in ("wethouder", "college"):
            line = Relationship("rx", source, top, A, practice=Practice.MAATWERK)
            drawn = _plus(base, line)
            for practice in _PRACTICES:
                before = {f.id for f in found[practice]}
                now = analyse(drawn, practice=practice).findings
                assert {f.id for f in now} - before == set(), (source, top, practice)
                if practice is Practice.MAATWERK:
                    assert "ACCOUNTABILITY_LINE_STOPS" not in {f.code for f in now}


_PRACTICES = (None, Practice.MAATWERK)


# ----------------------------------------------------- block 5: the citizen's distrust
def _citizen(level: int, *, partner: bool = False) -> Case:
    actors = [
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, organisation="gem"),
        Actor("p", "Consulent", ActorKind.PROFESSIONAL, organisation="gem"),
        Actor("k", "Kredietbank", ActorKind.PROFESSIONAL, organisation="gem"),
        Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="thuis"),
        Actor("j", "Mevrouw Jansen", ActorKind.CITIZEN),
    ]
    rels = [
        Relationship("r1", "j", "p", T, level=level),
        Relationship("r2", "j", "k", T, level=2),
        Relationship("r3", "j", "corp", T, level=level),
    ]
    powers = [
        Power("bb", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, holder="college"),
        Power("oa", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE, holder="corp"),
    ]
    needs = [Need("n1", "Noodbudget", "bb", handler="p")]
    if partner:
        needs.append(
            Need("n2", "Ontruiming aanhouden", "oa", handler="k", organisations=("gem", "thuis"))
        )
    orgs = [
        Organisation("gem", "Gemeente", OrganisationKind.MUNICIPALITY),
        Organisation("thuis", "Thuisplus", OrganisationKind.PARTNER),
    ]
    return Case.from_parts(
        CaseInfo("t"), actors, rels, needs=needs, powers=powers, organisations=orgs
    )


def test_a_citizen_who_distrusts_the_handler() -> None:
    (f,) = _of(_citizen(-1), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    assert f.building_block == 5
    assert f.needs == ("n1",)
    assert f.actors[:2] == ("j", "p")
    assert f.title("nl") == "Mevrouw Jansen wantrouwt de consulent, de behandelaar van de casus"
    assert (
        "Het vertrouwen van mevrouw Jansen in de consulent, die ‘Noodbudget’ behandelt, is "
        "negatief" in f.detail("nl")
    )
    (strong,) = _of(_citizen(-2), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    assert "is strongly negative" in strong.detail("en")
    # the municipality's own handler: another one, or the complaints route (jurist J16)
    assert f.suggestion("nl").startswith("Bied mevrouw Jansen een andere consulent aan")
    assert "complaints procedure (Awb chapter 9)" in f.suggestion("en")
    assert _of(_citizen(0), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER") == []
    assert _of(_citizen(1), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER") == []


def test_a_citizen_who_distrusts_the_partner_that_decides() -> None:
    found = _of(_citizen(-2, partner=True), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    corp = next(f for f in found if f.actors[1] == "corp")
    assert corp.needs == ("n2",)
    assert (
        corp.title("nl") == "Mevrouw Jansen wantrouwt de woningcorporatie, die in de casus beslist"
    )
    assert "die over ‘Ontruiming aanhouden’ beslist, is sterk negatief" in corp.detail("nl")


def test_the_example_names_mevrouw_jansens_distrust_of_the_corporation() -> None:
    (f,) = _of(example_case(), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    assert f.actors[:2] == ("jansen", "corporatie")
    assert f.needs == ("n1",)
    assert "Laat de consulent wijkteam (Sanne), die mevrouw Jansen wel vertrouwt" in (
        f.suggestion("nl")
    )
    # one cause with the pair's mutual distrust
    result = analyse(example_case())
    (g,) = [x for x in result.findings if x.code == "TRUST_CITIZEN_DISTRUSTS_HANDLER"]
    (cause,) = [c for c in result.causes if g.id in c.findings]
    assert any(x.code == "TRUST_MUTUAL_DISTRUST" for x in result.findings if x.id in cause.findings)


# --------------------------------------------- block 6: the council's information position
def _salient(*, line: bool, media: int = 4, opponent: int = 0) -> Case:
    actors = [
        Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2),
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, stance=1),
        Actor("raad", "Gemeenteraad", ActorKind.COUNCIL),
        Actor("krant", "Dagblad", ActorKind.MEDIA, influence=media),
        Actor("opp", "Fractievoorzitter", ActorKind.COUNCIL, stance=-2, influence=opponent),
    ]
    rels = [Relationship("r1", "w", "college", C)]
    if line:  # through the college: the wethouder is one of its members
        rels += [Relationship("r2", "w", "college", A), Relationship("r3", "college", "raad", A)]
    return Case.from_parts(CaseInfo("t", intent_owner="w"), actors, rels)


def test_a_salient_case_without_an_information_line_to_the_council() -> None:
    (f,) = _of(_salient(line=False), politics.check, "SPHERES_COUNCIL_NOT_INFORMED")
    assert f.building_block == 6
    assert f.actors == ("w", "raad", "krant")
    nl = f.detail("nl")
    assert nl.startswith("De casus ligt politiek gevoelig: Dagblad volgt de casus")
    assert "geen verantwoordings- of signaallijn van de wethouder naar de gemeenteraad" in nl
    assert "(art. 169 Gemeentewet)" in nl
    assert "art. 169 Gemeentewet" in f.detail("en")
    assert "raadsinformatiebrief" in f.suggestion("nl")
    assert "persoonsgegevens van de inwoner blijven daarbuiten" in f.suggestion("nl")
    # an opponent with influence makes it salient too; so does neither (quiet)
    (o,) = _of(
        _salient(line=False, media=1, opponent=4), politics.check, "SPHERES_COUNCIL_NOT_INFORMED"
    )
    assert "de fractievoorzitter staat negatief tegenover de bedoeling" in o.detail("nl")
    assert _of(_salient(line=False, media=1), politics.check, "SPHERES_COUNCIL_NOT_INFORMED") == []
    # the line through the college ends it
    assert _of(_salient(line=True), politics.check, "SPHERES_COUNCIL_NOT_INFORMED") == []


# ----------------------------------------------------------- block 6: a split at the top
def _top(servant: int, kind: ActorKind = ActorKind.EXECUTIVE, influence: int = 4) -> Case:
    actors = [
        Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2),
        Actor("s", "Gemeentesecretaris", kind, stance=servant, influence=influence),
    ]
    return Case.from_parts(CaseInfo("t", intent_owner="w"), actors)


def test_an_administrator_and_a_senior_civil_servant_pull_opposite_ways() -> None:
    (f,) = _of(_top(-1), politics.check, "SPHERES_SPLIT_AT_TOP")
    assert f.building_block == 6
    assert f.actors == ("w", "s")
    assert f.title("nl") == (
        "Verdeeldheid aan de top: de wethouder en de gemeentesecretaris trekken verschillende "
        "kanten op"
    )
    assert (
        "De wethouder staat achter de bedoeling, de gemeentesecretaris staat er negatief "
        "tegenover" in f.detail("nl")
    )
    assert "The Wethouder supports the intent, the Gemeentesecretaris is against it" in f.detail(
        "en"
    )
    assert _of(_top(0), politics.check, "SPHERES_SPLIT_AT_TOP") == []  # neutral: no split
    assert _of(_top(1), politics.check, "SPHERES_SPLIT_AT_TOP") == []
    # a manager counts when senior (much influence), a team leader does not
    assert _of(_top(-1, ActorKind.MANAGER), politics.check, "SPHERES_SPLIT_AT_TOP") != []
    assert _of(_top(-1, ActorKind.MANAGER, 2), politics.check, "SPHERES_SPLIT_AT_TOP") == []


# ------------------------------------------------------------------ the healthy reference
def test_a_healthy_map_has_none_of_the_new_findings() -> None:
    new = {
        "NEED_TOO_LATE_BY_DESIGN",
        "TRUST_CITIZEN_DISTRUSTS_HANDLER",
        "SPHERES_COUNCIL_NOT_INFORMED",
        "SPHERES_SPLIT_AT_TOP",
    }
    case = well_organised()
    # made politically sensitive: a newspaper with influence, which the healthy map answers
    # with the wethouder's and the college's accountability to the council
    krant = Actor("krant", "Dagblad", ActorKind.MEDIA, influence=4)
    case = _plus(case, actors=[krant])
    assert not new & {f.code for f in analyse(case).findings}


# ------------------------------------------------- causes, ranks and the scorecard block
def test_each_new_finding_has_a_ranked_cause_and_a_scorecard_block() -> None:
    from tests.mapper.test_timeliness import _case as timed_case

    maps = {
        "NEED_TOO_LATE_BY_DESIGN": timed_case(date(2026, 10, 15)),
        "TRUST_CITIZEN_DISTRUSTS_HANDLER": _citizen(-2),
        "SPHERES_COUNCIL_NOT_INFORMED": _salient(line=False),
        "SPHERES_SPLIT_AT_TOP": _top(-1),
    }
    for code, case in maps.items():
        result = analyse(case)
        (f,) = [x for x in result.findings if x.code == code]
        (cause,) = [c for c in result.causes if f.id in c.findings]
        assert cause.rank >= 1, code
        assert f.building_block in cause.blocks, code
        rows = [r for r in result.scorecard if f.id in {x.id for x in r.findings}]
        assert [r.building_block for r in rows] == [cause.block], code
        assert rows[0].status != "green", code
