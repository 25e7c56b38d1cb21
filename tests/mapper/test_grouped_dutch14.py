"""Dutch slips in the grouped texts (new user at scale, session 14, F7): "De één mandaten
verderop in de keten steunen erop", "staat één verder niveau ondermandaat toe", "Eigenaar het
college B&W 1 is tegen de bedoeling", "staat er -2 tegenover", and a remedy that said "de
bevindingen noemen ze afzonderlijk" where they are grouped (F5)."""

from __future__ import annotations

from mapper.catalogue import entry, render
from mapper.cause_words import joined_texts
from mapper.checks import mandate_chain
from mapper.context import Context
from mapper.findings import Text
from mapper.names import Name
from models.enums import ActorKind
from tests.mapper.test_mandate_scaling import deep_chain


def _broken(n: int) -> tuple[str, str]:
    found = mandate_chain.check(Context.of(deep_chain(n)))
    [broken] = [f for f in found if f.code == "MANDATE_CHAIN_BROKEN"]
    return broken.detail("nl"), broken.detail("en")


def test_one_mandate_further_down_the_chain_reads_in_the_singular() -> None:
    nl, en = _broken(3)
    assert "Verderop in de keten steunt één mandaat erop en geeft evenmin iets door: " in nl
    assert "Further down the chain, one mandate rests on it and passes nothing on either: " in en
    assert "één mandaten" not in nl


def test_many_mandates_further_down_read_in_the_plural() -> None:
    nl, en = _broken(40)
    assert "Verderop in de keten steunen 38 mandaten erop en geven evenmin iets door: " in nl
    assert "Further down the chain, 38 mandates rest on it and pass nothing on either: " in en


def test_the_owner_who_opposes_is_named_with_an_article_and_no_bare_score() -> None:
    item = entry("INTENT_OWNER_OPPOSES")
    values = {"name": Name.of("College B&W 1", ActorKind.ADMINISTRATOR), "stance": -2}
    assert render(item.title, values, "nl") == (
        "De eigenaar van de bedoeling, het college B&W 1, is ertegen"
    )
    detail = render(item.detail, values, "nl")
    assert "staat er afwijzend tegenover (houding -2 op een schaal van −2 tot +2)." in detail
    assert "staat er -2 tegenover" not in detail
    assert render(item.title, values, "en").startswith("The owner of the intent, the ")


def test_one_more_level_of_sub_mandate_reads_nog_een_niveau() -> None:
    item = entry("MANDATE_SUBMANDATE_WIDENED")
    values = {
        "m": "Het mandaat",
        "asked": 1,
        "top": Name.of("College B&W 1", ActorKind.ADMINISTRATOR),
        "none_left": "geen niveaus",
        "some_left": "",
        "first": "het mandaat van 1 januari",
        "grantor": Name.of("Directeur 1.1", ActorKind.MANAGER),
        # the grantor at the root, named since rev-jurist19 R3 (2a63ba6; the check gives it)
        "back": Name.of("College B&W 1", ActorKind.ADMINISTRATOR),
    }
    detail = render(item.detail, values, "nl")
    assert "staat nog één niveau ondermandaat toe" in detail
    assert "verder niveau" not in detail


def test_a_counted_remedy_does_not_say_the_findings_name_them_apart() -> None:
    parts = [
        (Text(f"T{i}", f"T{i}"), Text("", ""), Text(f"Have the board {i} allow {i}.", s))
        for i, s in enumerate(
            f"Laat het college B&W {i} in het mandaat dat het college B&W {i} verleende meer "
            "toestaan."
            for i in range(12)
        )
    ]
    suggestion = joined_texts(parts)[2]
    # no count of its own beside the heading's (nota15, F5): "the other cases"
    assert suggestion.nl.endswith("Voor de overige gevallen geldt een vergelijkbaar voorstel.")
    assert "afzonderlijk" not in suggestion.nl
    assert suggestion.en.endswith("A similar suggestion holds for the other cases.")


def test_the_room_at_the_top_names_each_power_once() -> None:
    from benchmarks.generate import generate_case
    from mapper.analysis import analyse

    [found] = [
        f for f in analyse(generate_case(500)).findings if f.code == "INTENT_NOT_PASSED_DOWN"
    ]
    assert "hebben ‘Routine opschorten’ en ‘Afwijken van regel’, maar hebben" in found.detail("nl")
    # the English names of the categories the powers are named by (rev-jurist19 R12)
    assert "hold ‘suspend the routine’ and ‘deviate from a rule’ but" in found.detail("en")


def test_a_list_of_people_in_a_dat_clause_takes_a_plural_verb() -> None:
    from mapper.sentence_merge import one_name

    said = [
        f"Leg in de werkinstructie vast dat de teamleider {i} bepaalt of een casus maatwerk vraagt."
        for i in range(6)
    ]
    assert one_name(said, "nl") == [
        "Leg in de werkinstructie vast dat de teamleider 0, de teamleider 1, de teamleider 2 en "
        "drie anderen bepalen of een casus maatwerk vraagt."
    ]
    one = ["Leg vast dat de teamleider 0 bepaalt of het kan."]
    assert one_name(one, "nl") == one
    english = [f"Lay down that the team leader {i} decides whether." for i in range(2)]
    assert one_name(english, "en") == [
        "Lay down that the team leader 0 and the team leader 1 decide whether."
    ]
