"""The confirming twelfth jurist's residues (rev-jurist12b, session 13, issue 10): M1 on map K
and the LANG points, with known answers on the nota's beslispunten and the analysis texts."""

from __future__ import annotations

from datetime import date

import docx

from exports.body_decision import body_blocks
from exports.casebook.words import steps_line
from exports.decisions import decision_points
from exports.nota import build_nota
from exports.register_status import mandate_statuses
from mapper import analyse
from mapper.casebook.aggregate import StepCount
from models.example import example_case
from models.fileformat import case_from_dict
from tests.exports.jurist8_map_e import map_e
from tests.exports.jurist11_map_h import map_h
from tests.exports.jurist12_maps import map_j, map_k, map_k_dict


def _paragraphs(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_m1_the_college_renews_the_mandate_and_the_burgemeester_designates_the_signer() -> None:
    """M1 (map K): the college decides to conclude the contract (art. 160 lid 1 onder e
    Gemeentewet) and renews the mandate to decide it; the burgemeester, who represents the
    municipality, designates the signer again (art. 171 lid 2 Gemeentewet). The nota asked the
    college alone to renew 'de volmacht'."""
    case = map_k()
    analysis = analyse(case)
    nl = decision_points(case, analysis, "nl")
    renewal = (
        "in het Volmachtbesluit 2025 het mandaat van de manager Bedrijfsvoering om te besluiten "
        "tot ‘Overeenkomst dagbesteding sluiten’, dat op 30 juni 2026 verliep, opnieuw te "
        "verlenen (art. 160 lid 1 onder e Gemeentewet), en de overeenkomsten die de manager "
        "sinds 1 juli 2026 op de verlopen volmacht sloot, te laten inventariseren en ter "
        "bekrachtiging voor te leggen (art. 3:69 BW)"
    )
    assert renewal in nl
    assert not any("de volmacht van de manager" in p for p in nl)
    ((name, intro, points),) = body_blocks(case, analysis, "nl")
    assert (name, intro) == ("de burgemeester", "De burgemeester besluit:")
    assert points[-1] == (
        "de manager Bedrijfsvoering opnieuw aan te wijzen om de gemeente te vertegenwoordigen "
        "bij ‘Overeenkomst dagbesteding sluiten’, waartoe het college besluit (art. 171 lid 2 "
        "Gemeentewet)"
    )
    text = _paragraphs(build_nota(case, analysis=analysis))
    assert text[text.index("De burgemeester besluit:") + 2] == points[-1] + "."
    ((_, _, en),) = body_blocks(case, analysis, "en")
    assert en[-1] == (
        "to designate the Manager Bedrijfsvoering again to represent the municipality in "
        "‘Overeenkomst dagbesteding sluiten’, on which the executive decides (art. 171(2) "
        "Municipalities Act)"
    )
    assert any(
        p.startswith(
            "to grant again in the Volmachtbesluit 2025 the mandate of the Manager "
            "Bedrijfsvoering to decide on ‘Overeenkomst dagbesteding sluiten’, which expired on "
            "30 June 2026 (art. 160(1)(e) Municipalities Act), and to have the agreements"
        )
        for p in decision_points(case, analysis, "en")
    )


def test_m1_without_the_burgemeester_on_the_map_the_burgemeester_still_designates() -> None:
    """The burgemeester represents the municipality by law (art. 171 Gemeentewet), so the
    designation has its block even when the map leaves him out; the note is addressed to him
    too."""
    d = map_k_dict()
    d["actors"] = [a for a in d["actors"] if a["id"] != "burgemeester"]
    keep = {a["id"] for a in d["actors"]}
    d["relationships"] = [
        r for r in d["relationships"] if r["source"] in keep and r["target"] in keep
    ]
    d["mandates"] = [m for m in d["mandates"] if m["grantor"] in keep and m["holder"] in keep]
    for p in d["powers"]:
        p["holder"] = p["holder"] if p["holder"] in keep else "college"
    d["case"]["intent_owner"] = "college"
    case = case_from_dict(d)
    analysis = analyse(case)
    blocks = body_blocks(case, analysis, "nl")
    assert [(n, i) for n, i, _ in blocks] == [("de burgemeester", "De burgemeester besluit:")]
    assert blocks[0][2][0].startswith("de manager Bedrijfsvoering opnieuw aan te wijzen")
    rows = build_nota(case, analysis=analysis).tables[0].rows
    assert rows[0].cells[1].text == "College van B&W en de burgemeester"


def test_lang1_the_wijkcoach_works_under_the_manager_not_under_the_mandaatgever() -> None:
    """LANG-1 (map J): "Dat de wijkcoach onder de mandaatgever werkt" left open which
    mandaatgever (the college granted the mandate, the manager the sub-mandate)."""
    (found,) = [
        f
        for f in analyse(map_j()).findings
        if f.code == "MANDATE_PROVIDER_INTEREST" and "onder verantwoordelijkheid" in f.detail.nl
    ]
    assert found.detail.nl.endswith(
        "Dat de wijkcoach onder de manager werkt, neemt dat niet weg: de wijkcoach werkt nog "
        "steeds voor Zorggroep Welzijn."
    )
    assert "mandaatgever" not in found.detail.nl
    assert found.detail.en.endswith(
        "That the neighbourhood coach works under the manager does not cure that: the "
        "neighbourhood coach still works for Zorggroep Welzijn."
    )


def test_lang1_a_board_s_consent_is_its_own_in_the_register() -> None:
    """LANG-1 (map J register 1.1): the mandate to the Jeugdregio's dagelijks bestuur read
    "de instemming van de gemandateerde en van degene onder wiens verantwoordelijkheid hij
    werkt": a bestuursorgaan works under no one's responsibility (art. 10:4 lid 1 Awb)."""
    case = map_j()
    assert mandate_statuses(case, date(2026, 12, 4), "nl")["m1"] == (
        "geldig: de instemming van de gemandateerde is vastgelegd (art. 10:4 lid 1 Awb)"
    )
    assert mandate_statuses(case, date(2026, 12, 4), "en")["m1"] == (
        "valid: the holder's consent is recorded (Awb 10:4(1))"
    )


def test_lang2_each_beslispunt_names_the_wethouder_it_asks() -> None:
    """LANG-2 (example): "de wethouder te vragen met GGZ Rivierland …" did not say which
    wethouder; a besluitenlijst quotes each point on its own. Within one point the role alone
    after the first mention stays (L-d)."""
    case = example_case()
    analysis = analyse(case)
    nl = decision_points(case, analysis, "nl")
    assert nl[1] == (
        "de wethouder Sociaal Domein te vragen met GGZ Rivierland en de zorgverzekeraar "
        "afspraken te maken over een snelle urgentiebeoordeling en een escalatieroute"
    )
    assert "het mandaat van de manager Werk en Inkomen" in nl[2]
    assert "de besluiten die de manager sinds 1 juli 2026" in nl[2]
    assert decision_points(case, analysis, "en")[1].startswith(
        "to ask the Wethouder Sociaal Domein to make arrangements with GGZ Rivierland and the "
        "health insurer"
    )


def test_j4_an_opmerking_stays_out_of_the_headline() -> None:
    """J4 residue (map E): the headline "Het mandaat aan de medewerker botst met het eigen
    belang van de zorgaanbieder; de kaart noemt de volmacht aan de manager Wmo een mandaat"
    joined an unrelated opmerking; the detail still tells it."""
    (cause,) = [c for c in analyse(map_e()).causes if "eigen belang" in c.title.nl]
    assert cause.title.nl == (
        "Het mandaat aan de wijkverpleegkundige Zorggroep Anker botst met het eigen belang van "
        "Zorggroep Anker"
    )
    assert cause.title.en == (
        "The mandate to the Wijkverpleegkundige Zorggroep Anker conflicts with Zorggroep "
        "Anker's own interest"
    )
    assert "De kaart noemt de volmacht aan de manager Wmo een mandaat" in cause.detail.nl


def test_lang6_the_casebook_names_the_kind_of_power_as_the_map_does() -> None:
    """LANG-6 (casebook): "Van de 5 casussen met een besluit waarvoor een bevoegdheid van een
    andere soort nodig is" was vague; the kind is named as the map names it."""
    step = StepCount("other", (1, 2, 3, 4, 5), far=(), unreachable=(1, 2, 3, 4, 5))
    assert steps_line(step, 7, "nl") == (
        "Van de 5 casussen met een besluit waarvoor een bevoegdheid van de soort ‘Overig’ op de "
        "kaart nodig is, is in vijf vanaf de behandelaar niemand te bereiken die het besluit mag "
        "nemen."
    )
    assert steps_line(step, 7, "en").startswith(
        "Of the 5 cases with a decision that needs a power of the kind ‘Other’ on the map, "
    )


def test_m1_the_remedy_says_what_the_beslispunten_decide() -> None:
    """M1 follow-up (map K): the remedy said 'laat het college van B&W de volmacht opnieuw
    verlenen … ga na of de burgemeester volmacht tot vertegenwoordiging verleende' beside
    beslispunten in which the college renews its mandate and the burgemeester designates."""
    (expired,) = [f for f in analyse(map_k()).findings if f.code == "MANDATE_EXPIRED"]
    assert expired.suggestion.nl == (
        "Laat het college van B&W het mandaat om tot de overeenkomst te besluiten opnieuw "
        "verlenen (art. 160 lid 1 onder e Gemeentewet) en laat de burgemeester de manager "
        "Bedrijfsvoering opnieuw aanwijzen om de gemeente te vertegenwoordigen (art. 171 lid 2 "
        "Gemeentewet), of laat de volmacht vervallen als zij niet meer nodig is. Laat de "
        "overeenkomsten die sinds 1 juli 2026 op de verlopen volmacht zijn gesloten, "
        "inventariseren en leg ze ter bekrachtiging voor aan het college (art. 3:69 BW)."
    )
    assert expired.suggestion.en.startswith(
        "Have the municipal executive (College van B&W) grant again the mandate to decide on "
        "the contract (Gemeentewet art. 160(1)(e)) and have the mayor designate the Manager "
        "Bedrijfsvoering again to represent the municipality (Gemeentewet art. 171(2)), or let "
        "the power of attorney lapse if it is no longer needed. Have the contracts concluded "
        "under the expired power of attorney since 1 July 2026 listed and put to the executive "
        "for ratification"
    )


def test_m1_on_map_h_the_college_mandates_and_the_burgemeester_designates() -> None:
    """M1 on map H (nota beslispunt 2): the raad's void volmacht to the griffier was replaced
    by 'de volmacht … aan de griffier te verlenen' of the college alone; the college mandates
    its decision to conclude the lease, the burgemeester designates the signer (art. 171 lid 2
    Gemeentewet). The map has no burgemeester: the note is addressed to him all the same."""
    case = map_h()
    analysis = analyse(case)
    nl = decision_points(case, analysis, "nl")
    assert nl[0].startswith(
        "het mandaat om te besluiten tot ‘Huurovereenkomst vergaderlocatie sluiten’ aan de "
        "griffier te verlenen, met instemming van de griffier en van de gemeenteraad (art. 10:4 "
        "lid 1 jo. 10:12 Awb), omdat over privaatrechtelijke rechtshandelingen van de gemeente "
        "het college beslist en niet de raad (art. 160 lid 1 onder e Gemeentewet)"
    )
    assert not any("de volmacht voor" in p for p in nl)
    assert body_blocks(case, analysis, "nl") == [
        (
            "de burgemeester",
            "De burgemeester besluit:",
            [
                "de griffier aan te wijzen om de gemeente te vertegenwoordigen bij "
                "‘Huurovereenkomst vergaderlocatie sluiten’, waartoe het college besluit (art. "
                "171 lid 2 Gemeentewet)"
            ],
        )
    ]
    ((_, intro, en),) = body_blocks(case, analysis, "en")
    assert intro == "The Burgemeester decides:"
    assert en[0].startswith("to designate the Griffier to represent the municipality in ")
    rows = build_nota(case, analysis=analysis).tables[0].rows
    assert rows[0].cells[1].text.endswith(" en de burgemeester")
