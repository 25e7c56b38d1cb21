"""Known answers for the value conversions behind the tables and the Properties panel."""

from __future__ import annotations

import pytest

from models import ModelError, Role
from models.fields import ACTOR_FIELDS, MANDATE_FIELDS, by_name
from tests.ui.docks_support import english_ui, small_case  # noqa: F401
from ui.docks.fields import display_text, number_text, parse_list, parse_number, to_model_value

ACTOR = by_name(ACTOR_FIELDS)
MANDATE = by_name(MANDATE_FIELDS)

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (250000, "nl", "250.000"),
        (250000, "en", "250,000"),
        (1234.5, "nl", "1.234,5"),
        (0.25, "en", "0.25"),
    ],
)
def test_number_text(value: float, lang: str, text: str) -> None:
    assert number_text(value, lang) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("250.000", "nl", 250000.0),
        ("250.000,50", "nl", 250000.5),
        ("2,5", "nl", 2.5),
        ("2.5", "nl", 2.5),
        ("250,000", "en", 250000.0),
        ("2,5", "en", 2.5),
        ("€ 1 500", "en", 1500.0),
        ("", "en", None),
        ("veel", "nl", "veel"),
    ],
)
def test_parse_number(text: str, lang: str, value: object) -> None:
    assert parse_number(text, lang) == value  # type: ignore[arg-type]


def test_lists_read_dutch_and_english_labels_and_values() -> None:
    spec = ACTOR["roles"]
    got = parse_list(spec, "Casusregisseur; triage;rule_owner", "a1.roles")
    assert got == (Role.CASE_HANDLER, Role.TRIAGE, Role.RULE_OWNER)
    with pytest.raises(ModelError) as info:
        parse_list(spec, "Casusregisseur; toveren", "a1.roles")
    assert info.value.problems[0].location == "a1.roles"
    assert '"toveren"' in info.value.render("nl")
    assert parse_list(ACTOR["tags"], " wijk ;; zorg ", "a1.tags") == ("wijk", "zorg")


def test_display_text() -> None:
    case = small_case()
    assert display_text(MANDATE["grantor"], "a1", case, "nl") == "Wethouder"
    assert display_text(MANDATE["budget"], 5000.0, case, "nl") == "5.000"
    assert display_text(MANDATE["consent"], None, case, "en") == "Unknown"
    assert display_text(ACTOR["stance"], 2, case, "en") == "+2"
    assert display_text(ACTOR["kind"], case.actors[0].kind, case, "nl") == "Bestuurder"
    assert to_model_value(MANDATE["budget"], "1.500", "m1.budget", "nl") == 1500.0
    assert to_model_value(ACTOR["sphere"], None, "a1.sphere") is None
