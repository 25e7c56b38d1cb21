"""The grouped causes of a large map say what holds for every member (issue 14, rev-jurist15 on
the 2,000-actor nota: J5, J11, J12, J18). A 300-actor generated map has each of them."""

from __future__ import annotations

from functools import cache

from benchmarks.generate import generate_case
from mapper.analysis import Analysis, analyse
from mapper.codes import Code
from mapper.findings import Cause
from tests.exports.big_map import mapped


@cache
def _analysis() -> Analysis:
    return mapped(300)[1]  # shared with the other files (tests/exports/big_map.py)


def _cause(start: str) -> Cause:
    [cause] = [c for c in _analysis().causes if c.id.startswith(start)]
    return cause


def test_a_power_nobody_holds_is_nobody_on_the_map() -> None:
    # J5: the heading said "dicht bij de casus", the body "niemand op de kaart", and the
    # remedy asked a body "dat ‘doorzettingsmacht’ op grond van de wet heeft"
    cause = _cause("power:push_through")
    assert cause.title.nl.startswith("Niemand op de kaart heeft ‘doorzettingsmacht’: ")
    assert cause.title.en.startswith("Nobody on the map holds ‘push through’: ")
    assert "op grond van de wet heeft" not in cause.suggestion.nl
    assert cause.suggestion.nl.startswith("Ga na of een wet of een regeling")
    assert "leg dan in een afspraak tussen de organisaties vast" in cause.suggestion.nl
    assert "record in an agreement between the organisations" in cause.suggestion.en


def test_a_power_far_from_the_case_gives_every_need_its_remedy() -> None:
    # J12: needs of several kinds under one heading, and the remedy fitted one kind of them
    # ("verhoog het maximumbedrag in het mandaat van de directeur 31.1" for six decisions); on
    # 500 actors one decision asks more than the nearby mandate covers, others sit far away
    analysis = analyse(generate_case(500))
    [cause] = [c for c in analysis.causes if c.id == "power:spend_budget"]
    by_id = {f.id: f for f in analysis.findings}
    assert {by_id[f].code for f in cause.findings} == {"NEED_BUDGET_SHORT", "NEED_HOLDER_FAR"}
    assert "Verhoog het maximumbedrag in het mandaat van" in cause.suggestion.nl
    assert "Beleg ‘budget besteden’ dichter bij de casus" in cause.suggestion.nl
    assert "Raise the maximum amount in the mandate of" in cause.suggestion.en
    assert "Place ‘spend budget’ closer to the case" in cause.suggestion.en


def test_expired_mandates_say_their_kinds_and_who_grants_them_again() -> None:
    # J11: "146 mandaten" beside a list of consulents, and "laat de teamleider … het
    # ondermandaat opnieuw verlenen … Doe hetzelfde bij" for mandates a college granted
    cause = next(c for c in _analysis().causes if "medewerkers zijn verlopen" in c.title.nl)
    assert "Het gaat om zeven mandaten die een bestuursorgaan zelf verleende, 12 ondermandaten" in (
        cause.detail.nl
    )
    # "granted by the public body itself", not "a public body granted itself" (rev-jurist19 R10)
    assert "This concerns seven mandates granted by the public body itself" in cause.detail.en
    nl = cause.suggestion.nl
    assert "Doe hetzelfde bij" not in nl
    assert "de mandaten door het bestuursorgaan zelf" in nl
    assert "de ondermandaten door de gemandateerde die ze verleende" in nl
    # J2: put forward for ratification, not ratified blind
    assert "bekrachtigen wat" not in nl
    assert "ter bekrachtiging voor aan het bestuursorgaan dat de bevoegdheid heeft" in nl


def test_the_opponents_counted_in_the_title_are_accounted_for() -> None:
    # J11: "310 invloedrijke tegenstanders" beside a remedy naming "… en 287 anderen"
    cause = _cause("theme:political")
    assert "54 invloedrijke tegenstanders" in cause.title.nl
    assert (
        "Van de 54 invloedrijke tegenstanders horen er vijf bij de raden van andere gemeenten "
        "en één bij de pers en de media; die vragen een eigen aanpak, de andere 48 een gesprek."
    ) in cause.detail.nl  # the councils of Gemeente 2 …, not the college's own (rev-jurist16 N4)
    assert "de burgemeester 7 en 45 anderen in gesprek gaan" in cause.suggestion.nl  # 48
    assert "Of the 54 influential opponents, five belong to the councils of other " in (
        cause.detail.en
    )


def _finding(code: str) -> str:
    [f] = [f for f in _analysis().findings if f.code == code]
    return f.detail.nl


def test_a_missing_line_of_accountability_counts_the_others() -> None:
    # J18: "… de consulent 1.5 en nog 894 ontbreekt en bereikt geen bestuurder"
    detail = _finding("ACCOUNTABILITY_LINE_STOPS")
    assert "en nog" not in detail
    assert "de consulent 1.7 en 118 anderen ontbreekt, zodat geen verantwoording" in detail
    assert "ontbreekt en bereikt" not in detail


def test_signals_from_partners_count_the_others() -> None:
    # J18: "… en de ombudsman 277 en nog 57 naar"
    [f] = [f for f in _analysis().findings if f.code == "LEARNING_EXTERNAL_SIGNALS_LOST"]
    assert " en nog " not in f.detail.nl
    # twelve here: all named, in the detail and in the invitation (more: "en 57 anderen")
    assert " en de medewerker Woningcorporatie 3 300 naar iemand die eigenaar" in f.detail.nl
    assert " en de medewerker Woningcorporatie 3 300 uit bij de periodieke" in f.suggestion.nl


def test_the_widened_sub_mandate_names_its_referent() -> None:
    # J18: "… liet daarna geen niveaus over (het mandaat dat het college verleende)"
    [f] = [f for f in _analysis().findings if f.code == "MANDATE_SUBMANDATE_WIDENED"]
    assert "het college B&W 1 liet in zijn mandaat daarna geen niveaus over." in f.detail.nl
    assert "(het mandaat dat" not in f.detail.nl


def test_the_owners_stance_has_a_minus_sign() -> None:
    # J18 / G11: "houding -2 op een schaal van −2 tot +2"
    detail = _finding("INTENT_OWNER_OPPOSES")
    assert "houding −2 op een schaal van −2 tot +2" in detail
    assert "-2" not in detail


def test_a_grouped_remedy_of_another_kind_is_not_the_same_for_all() -> None:
    # J18: "De ombudsman 318 brengt verslag uit … (art. 9:36 Awb) … Doe hetzelfde bij de
    # consulent 3.0 …": the consulents need a second route, not the ombudsman's report
    from mapper.findings import Finding, Severity, Text
    from mapper.names import Name
    from mapper.repeats import group_repeats

    def f(i: int, said: str) -> Finding:
        return Finding(
            Code.SIGNAL_SINGLE_PERSON,
            2,
            Severity.WARNING,
            Text(f"Signals run through clerk {i}", f"Signalen lopen via de klerk {i}"),
            Text("d", "d"),
            Text(said, said),
            actors=(str(i),),
            id=f"S:{i}",
            shape="S|x",
            subjects=(Name.of(f"Klerk {i}"),),
        )

    report = "De ombudsman 9 brengt verslag uit aan het bestuursorgaan zelf (art. 9:36 Awb)."
    found = [f(1, report), *(f(i, f"Geef de inwoner {i} een tweede route.") for i in (2, 3, 4))]
    [group], _ = group_repeats(found)
    assert group.suggestion.nl == (
        f"{report} Geef de inwoner 2 een tweede route. Doe hetzelfde bij Klerk 3 en Klerk 4."
    )
    same = [f(i, f"Geef de inwoner {i} een tweede route.") for i in (1, 2, 3)]
    [group], _ = group_repeats(same)  # one kind of remedy: as before
    assert group.suggestion.nl == (
        "Geef de inwoner 1 een tweede route. Doe hetzelfde bij Klerk 2 en Klerk 3."
    )


def test_the_mandates_several_bodies_granted_are_plural() -> None:
    # J18: "breng het ondermandaat in lijn met het mandaat dat het college B&W 1, het college
    # B&W 3, het college B&W 4 en 40 anderen verleende, of …"
    from mapper.sentence_merge import one_name

    said = [
        f"Breng het ondermandaat in lijn met het mandaat dat het college {i} verleende, of laat "
        "het college meer niveaus toestaan."
        for i in range(1, 6)
    ]
    assert one_name(said, "nl") == [
        "Breng het ondermandaat in lijn met de mandaten die het college 1, het college 2, het "
        # "elk college" since rev-jurist16 N7 (jur17a): not "het college" after several
        "college 3 en twee anderen verleenden, of laat elk college meer niveaus toestaan."
    ]


def test_up_to_twenty_others_in_words_in_a_list() -> None:
    # J18: a heading's "… en 19 anderen" above a detail's "dertien anderen"
    from mapper.catalogue import Message, render
    from mapper.names import Name

    names = [Name.of(f"Consulent {i}") for i in range(27)]
    assert render(Message("{x:list}", "{x:list}"), {"x": names}, "nl").endswith(
        "de consulent 7 en negentien anderen"
    )
