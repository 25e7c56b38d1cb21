"""The last jurist's rests in the three notas (issue 14, rev-jurist18 K1-K7): known answers on
the benchmark's 2,000 map, the example and the youth-care template, each failing on the code
before."""

from __future__ import annotations

from datetime import date

from exports.anonymise import anonymise
from exports.decisions import decision_points
from exports.nota import build_nota
from exports.renewal import after_renewal
from mapper.analysis import Analysis, analyse
from mapper.authority import Status
from models.case import Case
from models.enums import EntityKind, Scope
from models.example import example_case
from models.templates.youth_care import youth_care_case
from tests.exports.big_map import mapped as _mapped


def _expired_remedy(analysis: Analysis) -> tuple[str, str]:
    [cause] = [c for c in analysis.causes if c.title.nl.endswith("zijn verlopen")]
    assert cause.suggestion is not None
    return cause.suggestion.nl, cause.suggestion.en


def test_the_other_bodies_renew_in_writing() -> None:
    # K1, fails on the old code: "… opnieuw te verlenen of te laten verlenen voor zover hun
    # mandaatbesluit dat toestaat" - m106 is a general mandate not in writing that a renewal as
    # it stands counts valid, for art. 10:5 lid 2 Awb is a warning, not a status
    case, analysis = _mapped(2000)
    m106 = case.mandates.get("m106")
    assert m106 is not None
    assert m106.scope is Scope.GENERAL
    assert m106.in_writing is not True
    assert after_renewal(case, [m106], date(2026, 6, 1))["m106"] is Status.VALID
    [nl] = [p for p in decision_points(case, analysis, "nl") if "andere 139" in p]
    assert (
        "manager 6.0.1) schriftelijk opnieuw te verlenen of te laten verlenen voor zover hun "
        "mandaatbesluit dat toestaat" in nl
    ), nl
    [en] = [p for p in decision_points(case, analysis, "en") if "other 139" in p]
    assert "again in writing or have them granted again in writing as far as" in en, en


def test_the_expired_remedy_renews_in_writing() -> None:
    # K1 (§5.16), fails on the old code: "Laat elk verlopen mandaat opnieuw verlenen door wie
    # dat mag"
    _, analysis = _mapped(2000)
    nl, en = _expired_remedy(analysis)
    assert nl.startswith(
        "Laat elk verlopen mandaat schriftelijk opnieuw verlenen (art. 10:5 lid 2 Awb) door wie "
        "dat mag, of laat het vervallen"
    ), nl
    assert en.startswith(
        "Have each expired mandate granted again in writing (art. 10:5(2) Awb) by whoever"
    ), en


def _now(case: Case, lang: str) -> str:
    points = decision_points(case, analyse(case), lang)  # type: ignore[arg-type]
    return next(p for p in points if "daartoe gemandateerd is:" in p or "decides now:" in p)


def test_the_college_itself_arranges_the_bezwaar_against_the_manager() -> None:
    # K2, fails on the old code: "…, en op een bezwaar tegen het besluit van de manager een
    # ander dan de manager te laten beslissen" - asked of the gemeentesecretaris, while only the
    # college holds the power to decide bezwaren and the manager its only mandate to
    nl = _now(example_case(), "nl")
    assert nl.endswith(
        "(€ 4.200, afwijking van de beleidsregel); en zelf op een bezwaar tegen het besluit van "
        "de manager te beslissen, of daartoe een ander dan de manager te mandateren (art. 10:3 "
        "lid 3 Awb)"
    ), nl  # "zelf" first since rev-jurist18b J1 (tests/exports/test_jurist18f.py)
    en = _now(example_case(), "en")
    assert en.endswith(
        "; and to decide itself on an objection to the decision of the manager, or to mandate "
        "someone other than the manager to do so (Awb 10:3(3))"
    ), en


def test_the_other_bodies_renewal_is_three_points() -> None:
    # K3, fails on the old code: one point of ~155 words with five tasks (renew; the 67; the four
    # signing authorisations civil servants gave; list; ratify). Now the renewal and the 67, the
    # four (named bodies, "verlopen"), and the listing and ratification, as beslispunten 6 and 7
    case, analysis = _mapped(2000)
    nl = decision_points(case, analysis, "nl")
    at = next(i for i, p in enumerate(nl) if "andere 139" in p)
    renew, signing, taken = nl[at : at + 3]
    assert renew.endswith(
        "rechtstreeks en schriftelijk te mandateren of de keten erboven te herstellen"
    )
    assert "ondertekeningsmachtigingen die een directeur" not in renew
    assert signing.startswith(
        "het college B&W 4, het college B&W 11, het college B&W 35 en het college B&W 38 te "
        "vragen de vier verlopen ondertekeningsmachtigingen die een directeur of een teamleider "
        "gaf zonder dat een mandaat dat toestond, zelf schriftelijk te verlenen of in hun "
        "mandaatbesluit toe te staan dat die ambtenaren ze opnieuw verlenen (art. 10:11 Awb; "
        "vgl. art. 10:9 lid 1 Awb)"
    ), signing  # "schriftelijk" since rev-jurist18b J3; "zelf", not "dat college" after four
    # colleges, since rev-jurist19 R9; one rule with the current ones' points (rev-jurist19b N2)
    assert taken.startswith(
        "de 49 andere bestuursorganen te vragen de besluiten die op de in 8 en 9 genoemde 143 "
        "verlopen"
    ), taken  # "de in 8 en 9 genoemde", not "de andere", since rev-jurist18b J4
    assert max(len(p.split()) for p in (renew, signing, taken)) < 100
    en = decision_points(case, analysis, "en")
    assert en[at + 1].startswith(
        "to ask the College B&W 4, the College B&W 11, the College B&W 35 and the College B&W "
        "38 to grant, each for its own decisions and by its own written decision, the four "
        "expired signing authorisations"
    ), en[at + 1]  # the grant first since rev-jurist19 R9; each its own (rev-jurist19b N4)
    assert en[at + 2].startswith(
        "to ask the 49 other public bodies to list the decisions taken or signed under the 143 "
        "expired"
    ), en[at + 2]


def test_the_expired_remedy_lists_in_sentences_a_reader_can_parse() -> None:
    # K4 (§5.16), fails on the old code: "Laat de besluiten die sindsdien op een verlopen mandaat
    # zijn genomen, en waar het ondermandaat nooit was toegestaan of onder een ondermandaat hangt
    # dat nooit was toegestaan, alle besluiten sinds de verlening ervan, inventariseren en leg …"
    _, analysis = _mapped(2000)
    nl, en = _expired_remedy(analysis)
    assert nl.endswith(
        "Laat de besluiten inventariseren die op een verlopen mandaat zijn genomen; was het "
        "ondermandaat nooit toegestaan, of hangt het onder zo'n ondermandaat, dan alle besluiten "
        "sinds de verlening. Leg de besluiten die geen geldig mandaat dekte, ter bekrachtiging "
        "voor aan het bestuursorgaan dat de bevoegdheid heeft."
    ), nl
    assert en.endswith(
        "Have the decisions taken under an expired mandate listed; where the sub-mandate was "
        "never allowed, or hangs below one that was never allowed, all decisions since it was "
        "granted. Put those no valid mandate covered to the public body that holds the power for "
        "ratification."
    ), en


def test_the_college_s_three_are_not_renewed_as_they_were() -> None:
    # K5, fails on the old code: "… niet opnieuw te laten verlenen, want …" and then "… de
    # ondermandaten dan schriftelijk opnieuw te laten verlenen": the halves seemed to contradict
    case, analysis = _mapped(2000)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "teamleider 1.1.1 niet" in p]
    assert nl.startswith(
        "de drie verlopen ondermandaten aan de teamleider 1.0.0, de teamleider 1.0.1 en de "
        "teamleider 1.1.1 niet zoals ze waren opnieuw te laten verlenen, want"
    ), nl
    [en] = [p for p in decision_points(case, analysis, "en") if "Teamleider 1.1.1 granted" in p]
    # the college by its name, not "the college's mandate" (rev-jurist19 R8)
    assert (
        "Teamleider 1.1.1 granted again as they were, as the mandate the College B&W 1 granted"
    ) in en, en


def test_the_own_college_is_not_read_as_the_addressee() -> None:
    # K6, fails on the old code: §5.9 "moet dus naar het eigen college" and §5.25 "vraag dan het
    # eigen college mandaat te verlenen", read by College B&W 1, to whom the nota is addressed,
    # as itself
    _, analysis = _mapped(2000)
    said = [t.nl for c in analysis.causes for t in (c.detail, c.suggestion) if t is not None]
    assert not [t for t in said if "het eigen college" in t]
    assert [
        t
        for t in said
        if "een besluit waarvoor die ruimte nodig is, moet dus naar het college dat de "
        "bevoegdheid heeft. " in t
    ]
    assert [
        t
        for t in said
        # zestien, not zes, since rev-jurist19b N3: ten more signing authorisations lie within a
        # mandate that allows ondermandaat, so their holders sign but do not decide; twintig
        # since rev-jurist19c J1: four more lay within a mandate that has expired since
        if "de directeur 18.2 en twintig anderen zelf beslissen, vraag dan hun eigen college "
        "mandaat "
        "te verlenen voor ‘afwijken van regel’." in t
    ]


def test_a_jeugdwet_case_keeps_the_jeugdhulpaanbieder() -> None:
    # K7, fails on the old code: "de hulpverlener van de zorgaanbieder" where the map's actor is
    # "Hulpverlener jeugdhulpaanbieder", a role the Jeugdwet names (art. 1.1), in a case that
    # says on every page that it is a Jeugdwet case
    for lang, org, staff in (
        ("nl", "de jeugdhulpaanbieder", "Hulpverlener van de jeugdhulpaanbieder"),
        ("en", "the youth care provider", "Care worker of the youth care provider"),
    ):
        copy = anonymise(youth_care_case(), lang)  # type: ignore[arg-type]
        assert org in [o.name for o in copy.organisations]
        assert staff in [a.name for a in copy.actors]


def test_another_case_does_not_say_that_a_child_gets_youth_care() -> None:
    # K7's other half: the same provider in a case that is no Jeugdwet case stays "de
    # zorgaanbieder" - the word would tell that a child gets youth care (art. 9 AVG)
    case = youth_care_case()
    for p in list(case.powers):
        if "jeugdwet" in p.legal_basis.casefold():
            case.update(EntityKind.POWER, p.id, {"legal_basis": "Wmo 2015"})
    copy = anonymise(case, "nl")
    names = [o.name for o in copy.organisations] + [a.name for a in copy.actors]
    assert not [n for n in names if "jeugdhulpaanbieder" in n.casefold()], names
    assert "Hulpverlener van de zorgaanbieder" in names


def test_the_annexes_start_a_page_without_a_blank_one() -> None:
    # fails on the old code: the annexes began with an empty paragraph holding a page break;
    # where §6 filled its page to the end (the youth-care nota after K7, the English example),
    # that paragraph was a blank page of its own. Now the heading starts the page.
    doc = build_nota(
        youth_care_case(), lang="nl", picture=b"", today=date(2026, 12, 5), anonymised=True
    )
    paragraphs = list(doc.paragraphs)
    at = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Bijlage A."))
    assert paragraphs[at].paragraph_format.page_break_before is True
    before = paragraphs[at - 1]
    assert before.text.strip() or 'w:type="page"' not in before._p.xml
