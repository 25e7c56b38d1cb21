"""The eleventh jurist's points left open after session 11 (session 12 brief, jur12): known
answers on her map H (tests/exports/jurist11_map_h.py) for the sub-delegation (H4), the raad's
volmacht for a private-law act (H5) and the pending bezwaar (H8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exports.casebook import run_casebook
from exports.casebook.note import build_note
from exports.decisions import decision_points
from exports.register_status import mandate_statuses
from mapper import analyse
from mapper.authority import Authority, Defect
from mapper.findings import Finding
from mapper.graph import build_graphs
from models import fileformat
from models.fileformat import case_from_dict
from tests.exports.jurist11_map_h import map_h, map_h_dict

AS_OF = date(2026, 12, 4)


def _finding(code: str) -> Finding:
    found = [f for f in analyse(map_h()).findings if f.code == code]
    assert len(found) == 1, [f.code for f in analyse(map_h()).findings]
    return found[0]


def test_h4_a_delegataris_delegating_further_is_to_be_checked() -> None:
    """H4: the dagelijks bestuur, which holds 'Re-integratievoorziening toekennen' only by
    delegation from the college, delegates it on to a bestuurscommissie on its own
    'Delegatiebesluit dagelijks bestuur 2025'. Delegation needs a statutory provision that
    provides for it (art. 10:15 Awb), for the delegataris too; the register said 'geldig'."""
    auth = Authority.of(build_graphs(map_h()), AS_OF)
    assert Defect.ONWARD_DELEGATION in auth.defects["m7"]
    assert Defect.ONWARD_DELEGATION not in auth.defects["m6"]  # the college holds it by law
    statuses = mandate_statuses(map_h(), AS_OF, "nl")
    assert statuses["m7"] == (
        "na te gaan: een delegataris delegeert verder; ga na of een wettelijk voorschrift "
        "daarin voorziet (art. 10:15 Awb)"
    )
    assert statuses["m6"] == "geldig"
    f = _finding("DELEGATION_ONWARD_UNCHECKED")
    assert f.title.nl == (
        "Het dagelijks bestuur van het Werkbedrijf delegeert ‘Re-integratievoorziening "
        "toekennen’ verder aan de bestuurscommissie re-integratie; de grondslag is na te gaan"
    )
    assert (
        "Het Delegatiebesluit dagelijks bestuur 2025 is een besluit van het dagelijks bestuur "
        "zelf en geen wettelijk voorschrift." in f.detail.nl
    )
    assert f.suggestion.nl.startswith(
        "Ga na of de gemeenschappelijke regeling het dagelijks bestuur van het Werkbedrijf "
        "toestaat deze bevoegdheid verder over te dragen (art. 10:15 Awb); een "
        "bestuurscommissie krijgt haar bevoegdheden van het algemeen bestuur van het "
        "Werkbedrijf (art. 25 Wgr)."
    )
    assert "(Awb 10:15)" in f.suggestion.en


def test_h4_a_statutory_basis_named_drops_the_own_decision_sentence() -> None:
    """A sub-delegation whose basis names the regeling's article is still to be checked
    (whether that article lets the delegataris delegate further), without the sentence that
    its basis is its own decision."""
    d = map_h_dict()
    m7 = next(m for m in d["mandates"] if m["id"] == "m7")
    m7["legal_basis"] = "Gemeenschappelijke regeling Werkbedrijf 2024 art. 9"
    case = case_from_dict(d)
    f = next(f for f in analyse(case).findings if f.code == "DELEGATION_ONWARD_UNCHECKED")
    assert "zelf en geen wettelijk voorschrift" not in f.detail.nl
    assert "rust op de Gemeenschappelijke regeling Werkbedrijf 2024 art. 9" in f.detail.nl


def test_h4_a_mandate_by_the_delegataris_needs_no_such_basis() -> None:
    """A delegataris holds the power as its own and may mandate it (art. 10:13 jo. 10:3 Awb):
    only delegating it further needs a statutory basis."""
    d = map_h_dict()
    m7 = next(m for m in d["mandates"] if m["id"] == "m7")
    m7["instrument"] = "mandate"
    m7["consent"] = True
    case = case_from_dict(d)
    assert mandate_statuses(case, AS_OF, "nl")["m7"].startswith("geldig")
    assert not [f for f in analyse(case).findings if f.code == "DELEGATION_ONWARD_UNCHECKED"]


def test_h4_the_beslispunt_asks_the_delegataris_for_the_basis() -> None:
    """A sub-delegation's beslispunt, should its cause come first: the GR's body that
    delegated further is asked which provision of the regeling provides for it."""
    from exports.grant_point import mandate_point

    case = map_h()
    f = _finding("DELEGATION_ONWARD_UNCHECKED")
    assert mandate_point(case, f, "nl") == (
        "het dagelijks bestuur van het Werkbedrijf te vragen na te gaan welk wettelijk "
        "voorschrift of welke bepaling van de gemeenschappelijke regeling voorziet in de "
        "delegatie van ‘Re-integratievoorziening toekennen’ aan de bestuurscommissie "
        "re-integratie (art. 10:15 Awb), en die delegatie anders in te trekken"
    )


def test_h5_the_raad_grants_no_volmacht_for_a_private_law_act() -> None:
    """H5: the raad granted the griffier a volmacht to conclude a lease, on 'Gemeentewet art.
    160 lid 1 onder e', which gives the municipality's private-law acts to the college; the
    register printed 'geldig' and the analysis said nothing."""
    auth = Authority.of(build_graphs(map_h()), AS_OF)
    assert Defect.COUNCIL_PRIVATE_LAW in auth.defects["m8"]
    assert not auth.valid("m8")
    assert "raad" not in auth.holders("huurv")  # the raad is no root of a private-law act
    assert mandate_statuses(map_h(), AS_OF, "nl")["m8"] == (
        "ongeldig: de raad beslist niet over privaatrechtelijke rechtshandelingen van de "
        "gemeente; dat doet het college (art. 160 lid 1 onder e Gemeentewet)"
    )
    f = _finding("MANDATE_COUNCIL_PRIVATE_LAW")
    assert f.title.nl == (
        "De gemeenteraad kan geen volmacht verlenen voor ‘Huurovereenkomst vergaderlocatie sluiten’"
    )
    assert (
        "over privaatrechtelijke rechtshandelingen van de gemeente beslist het college (art. 160 "
        "lid 1 onder e Gemeentewet), en de burgemeester vertegenwoordigt de gemeente (art. 171 "
        "Gemeentewet). De gemeenteraad kan hiervoor geen volmacht verlenen" in f.detail.nl
    )
    # the college mandates its decision, the burgemeester designates the signer (12b M1)
    assert f.suggestion.nl == (
        "Laat het college de griffier mandaat verlenen om tot de overeenkomst te besluiten en "
        "de burgemeester de griffier aanwijzen om de gemeente te vertegenwoordigen (art. 171 "
        "Gemeentewet). Laat de overeenkomsten die de griffier op de volmacht van de gemeenteraad "
        "sloot, inventariseren en leg ze ter bekrachtiging voor aan het college (art. 3:69 BW)."
    )
    points = decision_points(map_h(), analyse(map_h()), "nl")
    assert (
        # the griffier works under the raad: both consent (jurist 12b M1)
        "het mandaat om te besluiten tot ‘Huurovereenkomst vergaderlocatie sluiten’ aan de "
        "griffier te verlenen, met instemming van de griffier en van de gemeenteraad (art. "
        "10:4 lid 1 jo. 10:12 Awb), omdat over privaatrechtelijke rechtshandelingen van de "
        "gemeente het college beslist en niet de raad (art. 160 lid 1 onder e Gemeentewet), en "
        "de overeenkomsten die de griffier op de volmacht van de gemeenteraad sloot, te laten "
        "inventariseren en ter bekrachtiging voor te leggen (art. 3:69 BW)" in points
    )


def test_h5_the_college_may_grant_that_volmacht() -> None:
    """The same volmacht from the college, which holds the power, is valid."""
    d = map_h_dict()
    next(p for p in d["powers"] if p["id"] == "huurv")["holder"] = "college"
    next(m for m in d["mandates"] if m["id"] == "m8")["grantor"] = "college"
    case = case_from_dict(d)
    assert mandate_statuses(case, AS_OF, "nl")["m8"] == "geldig"
    assert not [f for f in analyse(case).findings if f.code == "MANDATE_COUNCIL_PRIVATE_LAW"]


def test_h8_the_pending_bezwaar_has_its_beslispunt() -> None:
    """H8: map H's bezwaar is due on 18 December 2026 and both mandates to decide it are void
    (art. 10:3 lid 3 Awb); the nota fixed only the future, and only for the teamleider."""
    points = decision_points(map_h(), analyse(map_h()), "nl")
    future = (
        "in het Mandaatbesluit 2025 vast te leggen dat op bezwaar tegen een besluit dat een "
        "gemandateerde zelf nam, een ander beslist (art. 10:3 lid 3 Awb)"
    )
    now = (
        "het besluit ‘Besluit op bezwaar tegen weigering bijzondere bijstand’ uiterlijk op 18 "
        "december 2026 zelf te nemen (art. 7:10 Awb), of daarvoor een ambtenaar te mandateren "
        "die niet bij het bestreden besluit betrokken was (art. 10:3 lid 3 Awb)"
    )
    assert future in points
    assert now in points
    assert points.index(now) == points.index(future) + 1
    en = decision_points(map_h(), analyse(map_h()), "en")
    assert any(p.startswith("to take the decision ‘Besluit op bezwaar") for p in en)


def test_h8_with_a_bezwaaradviescommissie_its_advice_is_named() -> None:
    """Where the map has a bezwaaradviescommissie, the point names its advice (art. 7:13 Awb)."""
    d = map_h_dict()
    commissie = dict(d["actors"][-1], id="bac", name="Bezwaaradviescommissie", kind="other")
    d["actors"].append(commissie)
    case = case_from_dict(d)
    points = decision_points(case, analyse(case), "nl")
    assert any(
        p.endswith("(art. 10:3 lid 3 Awb), na advies van de bezwaaradviescommissie (art. 7:13 Awb)")
        for p in points
    ), points


def test_h8_no_point_for_a_bezwaar_whose_deadline_passed() -> None:
    """A deadline already passed: no point to decide before it."""
    d = map_h_dict()
    next(n for n in d["needs"] if n["id"] == "n2")["deadline"] = "2026-11-30"
    case = case_from_dict(d)
    assert not any(
        "zelf te nemen (art. 7:10 Awb)" in p for p in decision_points(case, analyse(case), "nl")
    )


def test_h9_one_second_route_in_the_debt_template() -> None:
    """H9: the debt template had two near-duplicate points, a second route 'naast de manager'
    from the consulent and 'naast de consulent een tweede ambtelijke route', which is a route
    around the handler herself. The consulent, on whom the signals hang, gets a stand-in."""
    from models.templates import template_case

    case = template_case("debt_eviction")
    points = decision_points(case, analyse(case), "nl")
    assert len([p for p in points if "tweede ambtelijke route" in p]) == 1
    assert not any("naast de consulent" in p for p in points)
    assert (
        "de gemeentesecretaris te vragen een vervanger voor de consulent schuldhulpverlening aan "
        "te wijzen, bij wie "
        "ook de signalen over de casus terechtkomen, zodat de casus niet van één persoon afhangt"
        in points
    )
    en = decision_points(case, analyse(case), "en")
    assert any(
        "to appoint a stand-in for the Consulent schuldhulpverlening, who also" in p for p in en
    )


def test_residues_consent_headline_and_wording() -> None:
    """H3 rest: the consent headline names both whose consent art. 10:4 lid 1 Awb asks (the
    consulent and the GR's dagelijks bestuur, under which he works). H6 rest: a power whose
    object has no article is quoted as written ('huurovereenkomst noodwoning' read bare)."""
    from mapper.wording import to_do

    d = map_h_dict()
    next(m for m in d["mandates"] if m["id"] == "m5")["consent"] = None
    case = case_from_dict(d)
    f = next(f for f in analyse(case).findings if f.code == "MANDATE_CONSENT_UNKNOWN")
    assert f.title.nl == (
        "De instemming van de consulent Werkbedrijf en van het dagelijks bestuur van het "
        "Werkbedrijf met het mandaat is niet vastgelegd"
    )
    assert to_do("Huurovereenkomst noodwoning sluiten", "nl") == (
        "voor ‘Huurovereenkomst noodwoning sluiten’"
    )
    assert to_do("Huurovereenkomst sluiten", "nl") == "om een huurovereenkomst te sluiten"


def test_h2_rest_the_summary_does_not_count_bezwaar_as_far(tmp_path: Path) -> None:
    """H2 rest: the casebook's 'In het kort' still listed the power to decide on an objection
    among the decisions far from the case, which the law keeps away from the handler (art. 10:3
    lid 3 Awb); the section on distance still counts it, and asks the right question."""
    fileformat.save(map_h(), tmp_path / "h.kvmap", backup=False)
    run = run_casebook(tmp_path, "nl", workers=1)
    texts = [p.text for p in build_note(run, "nl").paragraphs]
    short = texts[texts.index("In het kort") + 1 : texts.index("Wat steeds terugkomt")]
    assert not any("bezwaar" in t for t in short), short
    later = texts[texts.index("Hoe ver de beslissing van de casus af ligt") :]
    assert any("bezwaar" in t for t in later)


def test_j4_rest_the_pseudonymised_nota_says_whose_staff_member() -> None:
    """J4 rest: the pseudonymised nota of map E withdrew the mandate 'aan de medewerker', a
    word the reader takes for the municipality's own; the provider's staff member is named so."""
    from exports.anonymise import anonymise
    from tests.exports.jurist8_map_e import map_e

    case = anonymise(map_e(), "nl")
    points = decision_points(case, analyse(case), "nl")
    assert any(
        "aan de medewerker van de zorgaanbieder in te trekken; de besluiten daarover neemt dan "
        "een ambtenaar van de gemeente in mandaat" in p
        for p in points
    ), points
