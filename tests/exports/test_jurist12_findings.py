"""The twelfth jurist's new findings L1-L10 on her maps J and K (session 12, issue 10): known
answers on the nota's beslispunten, the analysis texts and the register."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx

from exports.anonymise import anonymise
from exports.body_decision import body_blocks
from exports.casebook import run_casebook
from exports.casebook.note import build_note
from exports.decisions import decision_points
from exports.nota import build_nota
from exports.register_status import mandate_statuses
from mapper import analyse
from models import fileformat
from models.fileformat import case_from_dict
from tests.exports.jurist12_maps import map_j, map_j_dict, map_k


def _paragraphs(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_l1_the_college_neither_mandates_nor_ratifies_the_burgemeester_s_power() -> None:
    """L1: the college mandated the burgemeester's 'Woning sluiten' (art. 174a Gemeentewet);
    the college only states it could not grant it, the burgemeester grants the mandate with
    the consent of the holder and the college, and ratifies."""
    case = map_k()
    analysis = analyse(case)
    nl = decision_points(case, analysis, "nl")
    assert (
        "vast te stellen dat het college van B&W het mandaat voor ‘Woning sluiten na "
        "drugsvondst’ aan de teamleider Openbare Orde en Veiligheid niet kon verlenen, omdat die "
        "bevoegdheid bij de burgemeester berust (art. 174a Gemeentewet; art. 10:1 Awb)" in nl
    )
    assert not any("vanuit de burgemeester te mandateren" in p for p in nl)
    ((name, intro, points),) = body_blocks(case, analysis, "nl")
    assert (name, intro) == ("de burgemeester", "De burgemeester besluit:")
    assert points[0] == (
        "de teamleider Openbare Orde en Veiligheid mandaat te verlenen voor ‘Woning sluiten na "
        "drugsvondst’, met instemming van de teamleider en van het college (art. 10:4 lid 1 "
        "Awb), en de besluiten die de teamleider op het mandaat van het college nam, te laten "
        "inventariseren en de besluiten die geen geldig mandaat dekte, ter bekrachtiging voor te "
        "leggen"
    )  # then the designation of the signer (jurist 12b M1: test_jurist12b_residues)
    text = _paragraphs(build_nota(case, analysis=analysis))
    at = text.index("De burgemeester besluit:")
    assert text[at + 1] == points[0] + ";"
    rows = build_nota(case, analysis=analysis).tables[0].rows
    assert rows[0].cells[1].text == "College van B&W en de burgemeester"
    en = decision_points(case, analysis, "en")
    assert any(p.startswith("to establish that the municipal executive") for p in en)
    ((_, intro_en, _),) = body_blocks(case, analysis, "en")
    assert intro_en == "The Burgemeester decides:"


def test_l2_an_expired_volmacht_is_renewed_in_its_own_besluit() -> None:
    """L2: the expired volmacht for the € 48.000 contract was renewed "in het Mandaatbesluit
    college 2025", with "besluiten" to ratify. It is renewed in its own besluit, the contracts
    ratified; since jurist 12b M1 the college renews the mandate to decide on the contract and
    the burgemeester designates the signer (test_jurist12b_residues)."""
    case = map_k()
    nl = decision_points(case, analyse(case), "nl")
    assert (
        "in het Volmachtbesluit 2025 het mandaat van de manager Bedrijfsvoering om te besluiten "
        "tot ‘Overeenkomst dagbesteding sluiten’, dat op 30 juni 2026 verliep, opnieuw te "
        "verlenen (art. 160 lid 1 onder e Gemeentewet), en de overeenkomsten die de manager "
        "sinds 1 juli 2026 op de verlopen volmacht sloot, te laten inventariseren en ter "
        "bekrachtiging voor te leggen (art. 3:69 BW)" in nl
    )
    assert not any("Mandaatbesluit college 2025" in p for p in nl)
    en = decision_points(case, analyse(case), "en")
    assert any("the mandate of the Manager Bedrijfsvoering to decide on" in p for p in en)


def test_l3_no_grant_to_the_provider_s_staff_that_the_next_point_withdraws() -> None:
    """L3: the nota widened the provider manager's sub-mandate to the wijkcoach ("het Afspraak
    per e-mail zo te wijzigen dat de wijkcoach … gemandateerd is") and the next point withdrew
    the manager's mandate under art. 2:4 Awb; now one point withdraws both, and the cause's
    remedy no longer proposes a wider grant."""
    case = map_j()
    analysis = analyse(case)
    nl = decision_points(case, analysis, "nl")
    assert not any("wijkcoach Zorggroep Welzijn rechtstreeks" in p for p in nl)
    withdraw = [p for p in nl if "in te trekken" in p and "Zorggroep Welzijn" in p]
    assert withdraw == [
        "de mandaten voor ‘Maatwerkvoorziening Wmo toekennen’ aan de manager Zorggroep Welzijn en "
        "de wijkcoach Zorggroep Welzijn in te trekken; de besluiten daarover neemt dan een "
        "ambtenaar van de gemeente in mandaat, en Zorggroep Welzijn adviseert over de omvang "
        "(art. 2:4 Awb)"
    ]
    (sub,) = [
        f
        for f in analysis.findings
        if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED" and "m5" in f.mandates
    ]
    assert sub.suggestion.nl.startswith(
        "Trek de mandaten voor ‘Maatwerkvoorziening Wmo toekennen’ aan de manager Zorggroep "
        "Welzijn en de wijkcoach Zorggroep Welzijn in: Zorggroep Welzijn zou dan als aanbieder "
        "beslissen over de eigen ondersteuning (art. 2:4 Awb)."
    )
    assert "rechtstreeks" not in sub.suggestion.nl
    assert "rechtstreeks" not in sub.suggestion.en


def test_l8_the_sub_mandate_remedy_reaches_the_handler() -> None:
    """L8: the remedy stopped one level short ("één niveau ondermandaat meer toestaan, of het
    mandaat rechtstreeks aan de manager verlenen"); the handler is the medewerker, two levels
    down, who works under the GR's dagelijks bestuur."""
    case = map_j()
    analysis = analyse(case)
    (sub,) = [
        f
        for f in analysis.findings
        if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED" and "m2" in f.mandates
    ]
    assert sub.suggestion.nl == (
        "Laat het college van B&W in het Mandaatbesluit Jeugdregio 2025 ondermandaat tot en met "
        "de medewerker Regionaal Expertiseteam toestaan (twee niveaus), of het mandaat "
        "rechtstreeks aan de medewerker verlenen, met instemming van de medewerker en van het "
        "dagelijks bestuur van de Jeugdregio (art. 10:4 lid 1 Awb)."
    )
    assert "(two levels)" in sub.suggestion.en
    nl = decision_points(case, analysis, "nl")
    assert (
        "het Mandaatbesluit Jeugdregio 2025 zo te wijzigen dat de medewerker Regionaal "
        "Expertiseteam rechtstreeks en schriftelijk gemandateerd is om individuele voorziening "
        "jeugdhulp toe te kennen, met instemming van de medewerker en van het dagelijks bestuur "
        "van de Jeugdregio (art. 10:4 lid 1 Awb)" in nl
    )


def _all_text(document: docx.document.Document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([*_paragraphs(document), *cells])


def test_l4_the_pseudonymised_nota_analyses_the_real_map() -> None:
    """L4: the pseudonymised nota of map J found fifteen causes to the named nota's fourteen:
    its pseudonyms made two actors "Medewerker" ("Twee actoren heten de medewerker (wret en
    zm)"), with raw ids in the text. Functions are no personal data: "Manager Regionaal
    Expertiseteam" stays; no two actors share a pseudonym."""
    for case in (map_j(), map_k()):
        named = build_nota(case, picture=b"")
        pseudo = build_nota(case, picture=b"", anonymised=True)
        intro = [p for p in _paragraphs(named) if p.startswith("kennis te nemen")]
        intro_pseudo = [p for p in _paragraphs(pseudo) if p.startswith("kennis te nemen")]
        assert intro[0].split(" en de ")[-1] == intro_pseudo[0].split(" en de ")[-1]
        text = _all_text(pseudo)
        assert "heten de medewerker" not in text
        ids = {"wret", "zm", "zw", "mret", "tloov", "moov", "tlink", "mbv", "hoeve"}
        words = set(re.findall(r"\w+", text))
        assert not ids & words, ids & words
    text = _all_text(build_nota(map_j(), picture=b"", anonymised=True))
    assert "Manager Regionaal Expertiseteam" in text
    copy = anonymise(map_j(), "nl", names="nl")
    names = [a.name.casefold() for a in copy.actors]
    assert len(names) == len(set(names))


def test_a_same_name_finding_names_no_ids() -> None:
    """L4: "Deze actoren (wret en zm) hebben dezelfde naam" printed raw ids; their
    organisations tell them apart."""
    d = map_j_dict()
    for a in d["actors"]:
        if a["id"] in ("wret", "zm"):
            a["name"] = "Medewerker"
    (found,) = [
        f for f in analyse(case_from_dict(d)).findings if f.code == "STRUCTURE_DUPLICATE_NAME"
    ]
    assert found.detail.nl.startswith(
        "Deze actoren (van Jeugdregio Noordkust en Zorggroep Welzijn) hebben dezelfde naam"
    )
    assert "wret" not in found.detail.en


def test_l7_a_contract_is_not_pushed_through_and_its_expired_volmacht_blocks_it() -> None:
    """L7: the € 48.000 contract got 'Niemand kan doorzetten' (kritiek) and a beslispunt asking
    the burgemeester for a doorbraakafspraak with the provider, while the expired volmacht, the
    real blocker, was a warning. A contract needs both parties (art. 6:217 BW); the college
    decides to conclude it, the burgemeester represents the municipality (art. 171 Gemw)."""
    case = map_k()
    analysis = analyse(case)
    assert not [f for f in analysis.findings if f.code == "NEED_NO_PUSH_THROUGH"]
    (expired,) = [f for f in analysis.findings if f.code == "MANDATE_EXPIRED"]
    assert expired.severity.value == "critical"
    # the college decides and mandates that decision, the burgemeester designates the signer
    # (as the beslispunten say it since jurist 12b M1; test_jurist12b_residues)
    assert expired.suggestion.nl.startswith(
        "Laat het college van B&W het mandaat om tot de overeenkomst te besluiten opnieuw "
        "verlenen (art. 160 lid 1 onder e Gemeentewet) en laat de burgemeester de manager "
        "Bedrijfsvoering opnieuw aanwijzen om de gemeente te vertegenwoordigen (art. 171 lid 2 "
        "Gemeentewet), of laat de volmacht vervallen als zij niet meer nodig is. Laat de "
        "overeenkomsten die sinds 1 juli 2026 op de verlopen volmacht zijn gesloten, "
        "inventariseren en leg ze ter bekrachtiging voor aan het college (art. 3:69 BW)."
    )
    assert "Gemeentewet art. 171(2)" in expired.suggestion.en
    assert not any("doorbraakafspraak" in p for p in decision_points(case, analysis, "nl"))


def test_l6_policy_rules_of_the_burgemeester_s_power_are_his() -> None:
    """L6: 'voor beleidsregels bij ‘Last onder bestuursdwang openbare orde (APV)’ is dat het
    college (art. 4:81 Awb)': that is the burgemeester's power, and he sets its beleidsregels."""
    (found,) = [f for f in analyse(map_k()).findings if f.code == "LEARNING_NO_RULE_OWNER"]
    assert (
        "voor beleidsregels bij ‘Last onder bestuursdwang openbare orde (APV)’ is dat de "
        "burgemeester, die de bevoegdheid heeft (art. 4:81 lid 1 Awb)" in found.detail.nl
    )
    assert "that is the Burgemeester, who holds the power (Awb 4:81(1))" in found.detail.en


def test_l9_an_excluded_mandate_names_its_verordening_and_lid_1() -> None:
    """L9: 'door de regeling die haar toekent (…) of door art. 10:3 lid 2 onder b of c Awb'
    although the map says which: an ordinance power. The nota said a bare '(art. 10:3 Awb)'
    and 'de teamleider en consulent Inkomen kan'; the decision that waits is taken now."""
    case = map_k()
    analysis = analyse(case)
    excluded = [f for f in analysis.findings if f.code == "MANDATE_EXCLUDED"]
    assert excluded
    for f in excluded:
        assert (
            "voor deze bevoegdheid is mandaat uitgesloten, door art. 6 van de Verordening meedoen "
            "Heuvelrode 2024 (art. 10:3 lid 1 Awb: ‘tenzij bij of krachtens wettelijk voorschrift "
            "anders is bepaald’)." in f.detail.nl
        )
        assert "lid 2" not in f.detail.nl
    (cause,) = [c for c in analysis.causes if c.id == "power:mkt"]
    assert cause.suggestion.nl == (
        "Laat het college van B&W deze besluiten zelf nemen; de voorbereiding kan bij de "
        "teamleider en de consulent Inkomen liggen."
    )
    (point,) = [p for p in decision_points(case, analysis, "nl") if "uitgesloten" in p]
    assert "(art. 10:3 lid 1 Awb)" in point
    assert point.endswith(
        ", en op ‘Tegemoetkoming meerkosten € 750 voor mevrouw Jansen’ vóór 18 december 2026 "
        "zelf te beslissen; als mandaat gewenst is, de raad voor te stellen art. 6 van de "
        "Verordening meedoen Heuvelrode 2024 te wijzigen"
    )


def test_l9_the_casebook_does_not_ask_to_grant_an_excluded_mandate_again(tmp_path: Path) -> None:
    """L9: the casebook of map K alone asked 'Wordt het mandaat dat niet (meer) geldt, opnieuw
    verleend …?' of a mandate the verordening excludes."""
    fileformat.save(map_k(), tmp_path / "k.kvmap", backup=False)
    run = run_casebook(tmp_path, "nl", workers=1)
    nl = "\n".join(p.text for p in build_note(run, "nl").paragraphs)
    assert "opnieuw verleend in de ene casus waarin de bevoegdheid om budget" not in nl
    assert (
        "In de ene casus waarin de bevoegdheid om budget te besteden nu ver van de behandelaar "
        "ligt, ligt het besluit bij het bestuursorgaan, omdat een regeling mandaat ervoor "
        "uitsluit; is dat nog gewenst?" in nl
    )


def test_l5_the_burgemeester_s_mandate_to_a_civil_servant_needs_the_college_s_consent() -> None:
    """L5: the burgemeester mandated the teamleider OOV (hierarchy college -> secretaris ->
    teamleider): no finding, and the register said 'geldig'. A civil servant works under the
    college (art. 160 lid 1 onder c Gemeentewet), so the college consents too (art. 10:4 lid 1
    Awb); the griffier, drawn under the raad, works under the raad."""
    case = map_k()
    analysis = analyse(case)
    (consent,) = [f for f in analysis.findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    assert consent.mandates == ("k1",)
    # the sentence has a subject, not "{mandaat}: de teamleider werkt" (jurist 15, J19)
    assert (
        "is instemming nodig van de gemandateerde en van het college van B&W (art. 10:4 lid 1 "
        "Awb): de teamleider werkt niet onder verantwoordelijkheid van de burgemeester, maar van "
        "het college, dat de ambtelijke organisatie regelt (art. 160 lid 1 onder c "
        "Gemeentewet). Die instemming is niet vastgelegd." in consent.detail.nl
    )
    assert consent.suggestion.nl == (
        "Leg de instemming van de teamleider Openbare Orde en Veiligheid en van het college van "
        "B&W vast bij het mandaatbesluit."
    )
    assert mandate_statuses(case, date(2026, 12, 4), "nl")["k1"] != "geldig"


def test_l10_language_points() -> None:
    """L10: 'in het Afspraak per e-mail'; the K first step 'Mandaat zonder bevoegdheid: het
    college van B&W heeft ‘Woning sluiten na drugsvondst’ niet' read truncated; K cause 10
    repeated 'Leg een tweede verbinding, bijvoorbeeld …' twice."""
    j = analyse(map_j())
    (sub,) = [
        f for f in j.findings if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED" and "m5" in f.mandates
    ]
    assert "stond in de Afspraak per e-mail geen ondermandaat toe" in sub.detail.nl
    k = analyse(map_k())
    (root,) = [f for f in k.findings if f.code == "MANDATE_NO_LEGAL_ROOT"]
    assert root.title.nl == (
        "Het college van B&W mandateerde ‘Woning sluiten na drugsvondst’, een bevoegdheid van de "
        "burgemeester"
    )
    assert root.title.en.startswith("The municipal executive (College van B&W) mandated")
    texts = [c.suggestion.nl for c in k.causes]
    assert not any(t.count("Leg een tweede verbinding") > 1 for t in texts)
    assert any(
        "bijvoorbeeld vast overleg tussen de portefeuillehouder en de verantwoordelijke manager, "
        "of een casusoverleg" in t
        for t in texts
    )


def test_l10_mandate_or_delegation_without_contradiction() -> None:
    """L10: 'kan alleen met mandaat …; delegatie kan alleen als …' contradicted itself."""
    (found,) = [
        f
        for f in analyse(map_j()).findings
        if f.code == "NEED_OTHER_BODY_DECIDES" and f.needs == ("n1",)
    ]
    assert "kan alleen met mandaat" not in found.detail.nl
    assert "Het besluit bij een ander leggen kan met mandaat" in found.detail.nl
