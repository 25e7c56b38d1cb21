"""Over-removal (issue 16, hostile review 15b, B7): a case title that names a kind of care or
a service and no one ('GGZ-wachtlijst en de gemeente', 'Beschermd wonen: mandaat
centrumgemeente') became 'Casus (titel weggelaten)', so in a casebook every such case read the
same; the example's copy lost its € 4.200 arrears with the health cause in front of them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from exports.anonymise_copy import write_anonymised_copy
from exports.anonymise_title import health_free_title
from exports.anonymise_words import health_in, without_health
from models import Case, fileformat
from models.example import example_case
from models.fields import KINDS

# each became 'Casus (titel weggelaten)' on the old code
POLICY = (
    "Beschermd wonen: mandaat centrumgemeente",
    "GGZ-wachtlijst en de gemeente",
    "Verslavingszorg en schuldhulp in Rivierstad",
    "Dementievriendelijke gemeente: wie beslist?",
    "Jeugdhulp na verwijzing door de huisarts",
    "Een zieke organisatie",
    "Mental health waiting list and the council",
    "Thuiszorg in Wijk Noord",
)
# about someone, or a condition: each still goes
PERSONAL = (
    "ADHD-zorg voor Daan",
    "Daan: GGZ-wachtlijst",
    "Mevrouw en de GGZ-wachtlijst",
    "Haar opname in de GGZ",
    "GGZ en depressie",
    "Jeugdhulp na verwijzing door de huisarts van Daan",
    "Huisarts verwijst X naar de GGZ",
    "Wachtlijst ggz bij zwangerschap",
    "Verslavingszorg voor Pieter",
    "Mental health care for her son",
    "De huisarts maakt zich zorgen",
    "Daan heeft ADHD",
    # a capital after "bij" or "and" is no place (both were kept by 14b638e)
    "GGZ-wachtlijst bij Visser",
    "GGZ and Daan",
)


@pytest.mark.parametrize("title", POLICY)
def test_a_title_that_names_a_kind_of_care_and_no_one_stays(title: str) -> None:
    assert health_free_title(title, "nl") == title


@pytest.mark.parametrize("title", PERSONAL)
def test_a_title_about_someone_s_health_still_goes(title: str) -> None:
    assert health_free_title(title, "nl") == "Casus (titel weggelaten)"


def test_the_copy_keeps_a_policy_title_and_passes_its_check(tmp_path: Path) -> None:
    case = example_case()
    info = dataclasses.replace(case.info, title=POLICY[1])
    case = Case.build(info, {k: list(case.collection(k)) for k in KINDS}, checked=True)
    write_anonymised_copy(case, tmp_path / "c.kvmap", "nl")
    assert fileformat.load(tmp_path / "c.kvmap").info.title == POLICY[1]


# the health is only in the leading cause: the rest of the clause stays (dropped whole before)
CAUSE = (
    (
        "Na een scheiding en uitval door psychische klachten is een huurachterstand van € 4.200"
        " ontstaan; de corporatie belt.",
        "Er is een huurachterstand van € 4.200 ontstaan; de corporatie belt.",
    ),
    ("Door haar depressie ontstond een schuld van € 900.", "Er ontstond een schuld van € 900."),
    ("Door de ADHD van Daan kwam een melding.", "Er kwam een melding."),
    (
        "After her depression, rent arrears of €4,200 built up.",
        "Rent arrears of €4,200 built up.",
    ),
)
# the health is also in the rest, or the rest has no subject of its own: all goes
CAUSE_GONE = (
    "Na de opname is een depressie vastgesteld.",
    "Na de psychose is mevrouw haar baan kwijt.",
    "After her depression, she was admitted to a clinic.",
)


@pytest.mark.parametrize(("text", "new"), CAUSE)
def test_a_health_cause_in_front_leaves_the_facts_after_it(text: str, new: str) -> None:
    assert without_health(text) == new
    assert health_in(new) is None


@pytest.mark.parametrize("text", CAUSE_GONE)
def test_a_clause_with_health_after_its_cause_still_goes(text: str) -> None:
    assert without_health(text) == ""


def test_the_example_s_copy_keeps_its_arrears(tmp_path: Path) -> None:
    write_anonymised_copy(example_case(), tmp_path / "c.kvmap", "nl")
    data = json.loads((tmp_path / "c.kvmap").read_text(encoding="utf-8"))
    assert (
        "Er is een huurachterstand van € 4.200 ontstaan; de corporatie"
        in (data["case"]["description"])
    )
    assert "psychisch" not in json.dumps(data, ensure_ascii=False)
