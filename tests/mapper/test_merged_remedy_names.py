"""A remedy merged from many findings that differ only in the actor named reads as one sentence:
a few whole names, each with its noun, then "en N anderen", and no capital mid-sentence (user,
thirteenth round S1: "… mandateren aan Iemand dicht bij de consulent 156.16 en 26.1 en 28.8 en
…", 130 numbers; "laat het college B&W 70 in het mandaat … en 26 in het mandaat …")."""

from __future__ import annotations

from mapper import analyse
from mapper.cause_words import joined_texts
from mapper.findings import Text
from mapper.sentence_merge import one_name, one_who
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
)
from tests.mapper.cases import AS_OF


def _teams(n: int) -> Case:
    """A wethouder above ``n`` teams (a manager and a case handler), each handler needing a
    budget decision no one on the map may take: one cause, ``n`` findings of one power."""
    actors = [Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)]
    rels: list[Relationship] = []
    needs: list[Need] = []
    for i in range(n):
        actors += [
            Actor(f"m{i}", f"Manager {i}", ActorKind.MANAGER),
            Actor(f"c{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,)),
        ]
        rels += [
            Relationship(f"h{i}", "top", f"m{i}", RelationKind.HIERARCHY),
            Relationship(f"k{i}", f"m{i}", f"c{i}", RelationKind.HIERARCHY),
        ]
        needs.append(Need(f"n{i}", f"Besluit {i}", PowerCategory.SPEND_BUDGET, 100.0, f"c{i}"))
    return Case.from_parts(
        CaseInfo("teams", as_of=AS_OF, intent_owner="top"), actors, rels, [], needs
    )


def test_thirteen_teams_give_three_names_and_the_rest_counted() -> None:
    # the names in the order of their numbers, 0, 1, 2, not as text, 0, 1, 10 (nota15)
    cause = analyse(_teams(13)).causes[0]
    # nobody on the map holds the power: find the statute first (jurist 15, J5)
    assert cause.suggestion.nl == (
        "Ga na of een wet of een regeling (bijvoorbeeld een gemeenschappelijke regeling) "
        "‘budget besteden’ aan een bestuursorgaan toekent; zo ja, laat dat bestuursorgaan de "
        "bevoegdheid mandateren aan iemand dicht bij de consulent 0, de consulent 1, de "
        "consulent 2 en tien anderen. Kent geen wet of regeling haar toe, leg dan in een "
        "afspraak tussen de organisaties vast wie dit besluit neemt."
    )
    assert cause.suggestion.en == (
        "Check whether a statute or an arrangement (for example a joint arrangement) gives "
        "‘spend budget’ to a public body; if so, have that body mandate it to someone close to "
        "the Consulent 0, the Consulent 1, the Consulent 2 and ten others. If no statute or "
        "arrangement gives it, record in an agreement between the organisations who takes this "
        "decision."
    )


def test_four_names_are_all_named() -> None:
    said = [f"Open een lijn van de consulent {i} naar de manager." for i in range(4)]
    assert one_name(said, "nl") == [
        "Open een lijn van de consulent 0, de consulent 1, de consulent 2 en de consulent 3 "
        "naar de manager."
    ]


def test_sentences_differing_in_more_than_a_name_stay_apart() -> None:
    said = ["Bel de consulent 1 vandaag.", "Schrijf de raad een brief over het beleid morgen."]
    assert one_name(said, "nl") == said


def test_a_name_is_not_split_when_asks_merge() -> None:
    said = [
        "Laat het college B&W 70 in het mandaat dat het college B&W 70 verleende meer toestaan.",
        "Laat het college B&W 26 in het mandaat dat het college B&W 26 verleende meer toestaan.",
    ]
    merged = one_who(one_name(said, "nl"), "nl")
    assert merged == said  # not "… en 26 in het mandaat dat het college B&W 26 verleende …"


def test_a_name_without_an_article_keeps_its_noun() -> None:
    said = [f"Laat Schakel {i} het ondermandaat opnieuw verlenen." for i in (348, 9, 99, 101, 104)]
    assert one_name(said, "nl") == [
        # a numbered series by its numbers, the rest in words (nota15; was "Schakel 348,
        # Schakel 9, Schakel 99 en 2 anderen")
        "Laat Schakel 9, Schakel 99, Schakel 101 en twee anderen het ondermandaat opnieuw verlenen."
    ]


def test_many_asks_of_one_shape_are_three_and_the_rest_counted() -> None:
    """Sentences that differ in more than one name (the thirteenth user's cause 3, one per team)
    are not merged, but at most three are said; each finding keeps its own suggestion."""
    parts = [
        (Text(f"T{i}", f"T{i}"), Text("", ""), Text(f"Have the board {i} allow {i}.", s))
        for i, s in enumerate(
            f"Laat het college B&W {i} in het mandaat dat het college B&W {i} verleende meer "
            "toestaan."
            for i in range(12)
        )
    ]
    suggestion = joined_texts(parts)[2]
    assert suggestion.nl.count("Laat het college B&W") == 3
    # not "de bevindingen noemen ze afzonderlijk": the nota groups them (user 14, F5); and no
    # count of sentences beside the heading's count of places (nota15)
    assert suggestion.nl.endswith("Voor de overige gevallen geldt een vergelijkbaar voorstel.")
    assert suggestion.en.count("Have the board") == 3
    assert "for the other cases." in suggestion.en
