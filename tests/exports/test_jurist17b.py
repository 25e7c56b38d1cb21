"""rev-jurist16's rests on the example's and the youth-care nota (issue 14): N5, N10, N13, N14
and the rests of J13, J14, J20, J21 and J23. Each test fails on the wording before it."""

from __future__ import annotations

from typing import Any

from exports.decisions import decision_points
from exports.nota import build_nota
from mapper import analyse
from models.example import example_case
from models.templates.youth_care import youth_care_case
from tests.exports.nota_text import DEC_5, document_texts, example_analysis, nota_text


def test_the_mandate_decision_is_followed_by_who_decides_the_two_blocked_needs_now() -> None:
    # N5: beslispunt 4 repaired the form (the consulent's € 1.000), but the € 1.500 and the
    # € 4.200 that departs from the beleidsregel stay beyond it: who decides them now
    nl = decision_points(example_case(), example_analysis(), "nl")
    at = next(i for i, p in enumerate(nl) if p.startswith("het Mandaatbesluit Rivierstad 2025"))
    assert nl[at + 1] == (
        "de gemeentesecretaris te vragen ervoor te zorgen dat in deze casus nu wordt beslist "
        "door wie daartoe gemandateerd is: de teamleider Wijkteam Noord (€ 1.500) en de manager "
        "Werk en Inkomen (€ 4.200, afwijking van de beleidsregel); en zelf op een bezwaar tegen "
        "het besluit van de manager te beslissen, of daartoe een ander dan de manager te "
        "mandateren (art. 10:3 lid 3 Awb)"
    ), nl  # the bezwaar clause since rev-jurist17 R8, the college's own since rev-jurist18 K2
    # and "zelf" before the bezwaar since rev-jurist18b J1
    en = decision_points(example_case(), example_analysis(), "en")
    assert en[at + 1] == (
        "to ask the Gemeentesecretaris to see to it that in this case whoever is mandated to do "
        "so decides now: the Teamleider Wijkteam Noord (€1,500) and the Manager Werk en "
        "Inkomen (€4,200, departing from the policy rule); and to decide itself on an objection "
        "to the decision of the manager, or to mandate someone other than the manager to do so "
        "(Awb 10:3(3))"
    ), en
    # the youth-care nota's own point on its one waiting application stays the only one
    youth = youth_care_case()
    points = decision_points(youth, analyse(youth), "nl")
    assert sum("daartoe gemandateerd" in p for p in points) == 1, points


def test_a_partner_s_own_decision_is_a_beslissing_said_once() -> None:
    # J23: "een eigen beslissing van Woningcorporatie Thuisplus (geen besluit …)", then "dekt
    # dit besluit", "dekte dit besluit" and "Daardoor blijft één benodigd besluit liggen: ‘…’"
    nl = nota_text("ex", "nl", anonymised=False)
    assert "Geen afspraak met Woningcorporatie Thuisplus die nu geldt, dekt deze beslissing" in nl
    assert "Rivierstad 2024’ dekte deze beslissing, maar is op 31 december 2025 verlopen." in nl
    assert "verlopen. Daardoor blijft deze beslissing liggen." in nl
    assert "dekt dit besluit" not in nl
    assert "dekte dit besluit" not in nl
    assert "benodigd besluit liggen: ‘Ontruiming" not in nl
    en = nota_text("ex", "en", anonymised=False)
    assert "expired on 31 December 2025. This holds the decision up." in en


def test_the_copy_s_neutral_name_is_not_quoted_as_a_title() -> None:
    # J21: "‘Besluit van de aanbieder’ ligt bij de zorgaanbieder … Daardoor blijft één benodigd
    # besluit liggen: ‘Besluit van de aanbieder’"
    nl = nota_text("ex", "nl")
    assert "‘Besluit van de aanbieder’" not in nl
    # a care provider takes no besluit in the sense of art. 1:3 Awb (rev-jurist17 R10)
    assert "De beslissing ligt bij de zorgaanbieder; niemand in de organisatie van de" in nl
    assert "dekt deze beslissing. Daardoor blijft deze beslissing liggen." in nl
    en = nota_text("ex", "en")
    assert "‘The provider's decision’" not in en
    assert "The decision rests with the provider" in en


def test_the_risk_line_says_the_sub_mandate_is_not_allowed() -> None:
    # N13: "(mandaat tot € 1.000; art. 10:2 Awb)" where the ondermandaat is not allowed at all
    nl = nota_text("ex", "nl", anonymised=False)
    assert (
        "Neemt de consulent wijkteam (Sanne) het besluit van € 4.200 zelf, dan is het onbevoegd "
        # the unreal past since rev-jurist17 R10
        "genomen (het ondermandaat is niet toegestaan, art. 10:9 lid 1 Awb, en zou ook als het "
        "geldig was geweest niet verder reiken dan € 1.000)."
    ) in nl
    en = nota_text("ex", "en", anonymised=False)
    assert "(the sub-mandate is not allowed, Awb 10:9(1), and even if it had been valid" in en
    # a valid sub-mandate that is too small keeps its line (the youth-care template)
    assert "(mandaat tot € 10.000; art. 10:2 Awb)" in nota_text("jeugd")


def test_no_tool_language_and_who_grants_the_mandate() -> None:
    # N13: "of haal het van de kaart" and "laat dan mandaat verlenen" (who?)
    from mapper.catalogue import render
    from mapper.codes import Code
    from mapper.texts.mandate_validity import TEXTS as VALIDITY
    from mapper.texts.mandates import TEXTS as MANDATES

    renew = VALIDITY[Code.MANDATE_EXPIRED].parts["renew"]
    assert "haal" not in renew.nl
    assert "of laat het vervallen als het niet meer nodig is" in renew.nl
    own = MANDATES[Code.MANDATE_SIGNING_NO_POWER].parts["own_mandate"]
    values = {"holder": "de consulent 26.1", "body_role": "het college", "power": "X"}
    assert render(own, values, "nl") == (
        "Moet de consulent 26.1 zelf beslissen, laat het college dan mandaat verlenen voor ‘X’."
    )
    [f] = [f for f in example_analysis().findings if f.code == "MANDATE_SIGNING_NO_POWER"]
    assert "moet de consulent ze zelf nemen, laat het college dan mandaat verlenen voor" in (
        f.suggestion("nl")
    )
    assert "if the consultant is to take them, have the executive grant a mandate" in (
        f.suggestion("en")
    )


def test_two_sentences_a_jurist_signs_in_the_youth_care_nota() -> None:
    # N10: "het college van B&W heeft die en heeft die bevoegdheid in mandaat gegeven" and
    # "de ouders en het kind en de intern begeleider school"
    nl = nota_text("jeugd")
    assert (
        "geen eigen bevoegdheid; de bevoegdheid ligt bij het college van B&W en is in mandaat "
        "gegeven aan de manager Jeugd en Onderwijs, die de hardheidsclausule"
    ) in nl
    assert "heeft die en heeft die" not in nl
    # the pair last, without a comma to be missed (rev-jurist17 R10)
    assert "van de intern begeleider school en de ouders en het kind naar iemand" in nl
    # J20: a gemeenschappelijke regeling named by an adjective takes its article
    assert "in het bestuur van de Regionale inkooporganisatie jeugd, waarin" in nl


def test_annex_b_names_an_organisation_without_its_article() -> None:
    # N14: "Zorgaanbieder | Ketenpartner | de zorgaanbieder" in the anonymised nota
    for which in ("ex", "jeugd"):
        nl = nota_text(which)
        assert "| de zorgaanbieder" not in nl
        # a Jeugdwet case keeps the Jeugdwet's "jeugdhulpaanbieder" since rev-jurist18 K7
        assert "\nZorgaanbieder\n" in nl or "\nJeugdhulpaanbieder\n" in nl


def test_a_copy_anonymised_again_has_no_second_staff_member(tmp_path: Any) -> None:
    # N14: the nota of an already anonymised copy said "de tweede hulpverlener van de
    # zorgaanbieder", though there is no first
    from exports.anonymise_copy import write_anonymised_copy
    from models import fileformat

    write_anonymised_copy(youth_care_case(), tmp_path / "c.kvmap", "nl")
    copy = fileformat.load(tmp_path / "c.kvmap")
    doc = build_nota(copy, lang="nl", picture=b"", today=DEC_5, anonymised=True)
    text = "\n".join(document_texts(doc))
    assert "tweede hulpverlener" not in text
    assert "via de hulpverlener van de jeugdhulpaanbieder" in text  # rev-jurist18 K7


def test_the_objection_point_is_in_the_heading_and_among_the_risks() -> None:
    # J13: the art. 10:3 lid 3 point merged into 5.12 was absent from its heading and from
    # Risico's
    nl = nota_text("ex", "nl", anonymised=False)
    assert (
        "met het mandaat is niet vastgelegd; de manager Werk en Inkomen beslist op bezwaar en "
        "neemt ook primaire besluiten\n"
    ) in nl
    assert (
        "Beslist de manager Werk en Inkomen op bezwaar tegen een besluit dat de manager zelf in "
        "mandaat nam, dan is de beslissing op bezwaar onbevoegd genomen (art. 10:3 lid 3 Awb)."
    ) in nl
    # the consent's own line keeps its own title and article
    assert "met het mandaat is niet vastgelegd (art. 10:4 lid 1 Awb)." in nl
    en = nota_text("ex", "en", anonymised=False)
    assert "the decision on the objection is taken without authority (art. 10:3(3) Awb)." in en


def test_a_signing_authorisation_is_not_said_to_cover_a_decision() -> None:
    # J14: "Het mandaat en de ondertekeningsmachtiging van de consulent wijkteam dekken ‘…’
    # niet": a signing authorisation covers no decision at all
    nl = nota_text("ex", "nl", anonymised=False)
    assert (
        "Het mandaat van de consulent wijkteam (Sanne) dekt ‘Noodbudget voor de eerste huur en "
        "energie’ niet"
    ) in nl
    assert "en de ondertekeningsmachtiging van de consulent wijkteam (Sanne) dekken" not in nl
    en = nota_text("ex", "en", anonymised=False)
    assert "The mandate of the Consulent wijkteam (Sanne) does not cover ‘Noodbudget" in en
