"""Direct identifiers, special categories of data and the residents' notes leave the anonymised
copy (hostile review 5, B3): generated BSNs, telephone numbers and e-mail addresses in any
free text never survive, nor do the health, pregnancy, addiction and other art. 9 AVG words
the reviewer found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.anonymise import anonymise
from exports.anonymise_copy import CopyLeakError, write_anonymised_copy
from exports.anonymise_identifiers import elfproef, identifiers, without_identifiers
from exports.anonymise_words import HEALTH, without_health
from models import fileformat
from models.case import Case
from models.entities import Need, Organisation, Relationship
from models.enums import EntityKind
from models.example import example_case

_FILLER = ["de", "inwoner", "belde", "over", "de", "huur", "en", "zei", "dat", "zij", "op",
           "5 november 2026", "€ 4.200", "art. 4:84 Awb", "zaak", "2024", "kamer 12"]  # fmt: skip


def _bsn_text(digits: str, sep: str) -> str:
    return digits if not sep else sep.join((digits[:3], digits[3:6], digits[6:]))


_valid_bsn = st.builds(
    lambda head, sep: _bsn_text(_complete(head), sep),
    st.lists(st.integers(0, 9), min_size=8, max_size=8),
    st.sampled_from(["", ".", " "]),
)


def _complete(head: list[int]) -> str:
    """Eight digits and the ninth that makes them pass the elfproef (a fixed one otherwise)."""
    last = sum(w * d for w, d in zip(range(9, 1, -1), head, strict=True)) % 11
    if last == 10 or not any(head):
        return "123456782"
    return "".join(map(str, head)) + str(last)


_phone = st.builds(
    lambda form, digits: form.format(*digits),
    st.sampled_from(
        [
            "06-{0}{1}{2}{3}{4}{5}{6}{7}",
            "06 {0}{1}{2}{3} {4}{5}{6}{7}",
            "+31 6 {0}{1}{2}{3}{4}{5}{6}{7}",
            "+31 (0)6 {0}{1} {2}{3} {4}{5} {6}{7}",
            "0031 6{0}{1}{2}{3}{4}{5}{6}{7}",
            "010-{1}{2}{3}{4}{5}{6}{7}",
            "020 {1}{2}{3} {4}{5}{6}{7}",
        ]
    ),
    st.lists(st.integers(0, 9).map(str), min_size=8, max_size=8),
)
_email = st.builds(
    lambda user, domain: f"{user}@{domain}.nl",
    st.from_regex(r"[a-z][a-z0-9.]{0,10}[a-z]", fullmatch=True),
    st.from_regex(r"[a-z]{2,10}", fullmatch=True),
)


def _in_text(data: st.DataObject, secret: str) -> str:
    words = data.draw(st.lists(st.sampled_from(_FILLER), min_size=0, max_size=8))
    at = data.draw(st.integers(0, len(words)))
    end = data.draw(st.sampled_from(["", ".", ",", ";", ")"]))
    words.insert(at, secret + end)
    return " ".join(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.one_of(_valid_bsn, _phone, _email))
def test_generated_identifiers_never_survive_in_free_text(data: st.DataObject, secret: str) -> None:
    text = _in_text(data, secret)
    out = without_identifiers(text, "nl")
    digits = "".join(c for c in secret if c.isdigit())
    assert secret not in out
    if len(digits) >= 8:  # no run of its digits is left either
        assert digits[-6:] not in "".join(c for c in out if c.isdigit())
    assert "weggelaten" in out
    assert identifiers(out) == []


@pytest.mark.parametrize(
    "kept",
    [
        "Zaak 123456789 loopt sinds 2024.",  # fails the elfproef: a zaaknummer
        "Het krediet is € 123.456.782.",  # an amount
        "Ontruiming op 05-11-2026 om 10:00, art. 4:84 Awb.",  # a date and an article
        "In 2024 OM-zaak geworden; Wet 2024 EN regeling.",  # no postcode
        "Huurachterstand van € 4.200 sinds 1 juli 2026.",
    ],
)
def test_what_is_no_identifier_stays(kept: str) -> None:
    assert without_identifiers(kept, "nl") == kept


def test_a_labelled_bsn_goes_even_when_it_fails_the_elfproef() -> None:
    assert not elfproef("123456789")
    assert without_identifiers("BSN: 123456789", "nl") == "BSN: (BSN weggelaten)"
    assert without_identifiers("sofinummer 12345678.", "en") == "sofinummer (BSN left out)."


@pytest.mark.parametrize(
    "sentence",
    [
        "Heeft schizofrenie en ADHD.",
        "Gebruikt medicatie.",
        "Heeft een alcoholprobleem.",
        "Is zwanger.",
        "Is suïcidaal geweest.",
        "Had een psychose in 2024.",
        "Heeft een LVB.",
        "Dementie bij moeder.",
        "Heeft autisme.",
        "Die kanker heeft.",
        "De huisarts gebeld.",
        "Verslaafd aan gokken.",
        "Is opgenomen geweest.",
        "Heeft een verstandelijke beperking.",
        "Zit in een rolstoel.",
        "Is moslim en draagt een hoofddoek.",
        "Van Marokkaanse afkomst.",
        "Heeft een strafblad.",
        "Was gedetineerd.",
        "Over haar seksuele geaardheid.",
        "HIV-positief.",
        "Na een crisisopname.",
    ],
)
def test_the_special_categories_the_reviewer_found_leave_a_text(sentence: str) -> None:
    assert HEALTH.search(sentence)
    assert without_health(f"Belt vaak terug. {sentence}") == "Belt vaak terug."


@pytest.mark.parametrize(
    "kept",
    [
        "Een beperking van het mandaat tot € 50.000.",
        "De opname in het register volgt.",
        "Afkomstig van de gemeente.",
        "Ontruiming aanhouden zolang het schuldentraject loopt.",
        "De zorgverzekeraar is schuldeiser.",
        "Ingesteld na een fraudezaak met bijzondere bijstand in 2023.",
    ],
)
def test_words_with_an_innocent_meaning_in_case_work_stay(kept: str) -> None:
    assert without_health(kept) == kept


def _notes(item: Need | Relationship | Organisation | None) -> str:
    assert item is not None
    return item.notes


def _hostile() -> Case:
    """The example with the reviewer's notes (B3) on the resident, a need and a tie."""
    case = example_case()
    case.update(
        EntityKind.ACTOR,
        "jansen",
        {"notes": "Belt vaak terug. Mail m.jansen@gmail.com, tel 06-12345678, BSN 123456782."},
    )
    case.update(EntityKind.NEED, "n1", {"notes": "Mevrouw Jansen wil graag in de wijk blijven."})
    case.update(EntityKind.RELATIONSHIP, "r13", {"notes": "Zij vertrouwt de consulent niet."})
    case.set_case_field(
        "description",
        case.info.description + " Bereikbaar op +31 6 12345678; woont op Dorpsstraat 12, "
        "1234 AB Rivierstad; geb. 12-03-1985.",
    )
    case.update(EntityKind.ORGANISATION, "o2", {"notes": "Contact: NL91 ABNA 0417 1643 00."})
    return case


def test_the_notes_of_a_resident_and_of_what_is_about_them_are_left_out() -> None:
    copy = anonymise(_hostile(), "nl", for_copy=True)
    resident = copy.actors.get("inwoner")
    assert resident is not None
    assert resident.notes == "(notitie weggelaten)"
    assert _notes(copy.needs.get("n1")) == "(notitie weggelaten)"
    assert _notes(copy.relationships.get("r13")) == "(notitie weggelaten)"
    # a need that does not name her keeps its notes, and an empty note stays empty
    assert _notes(copy.needs.get("n4")) == _notes(example_case().needs.get("n4"))
    assert _notes(copy.relationships.get("r29")) == ""


def test_the_written_copy_has_no_identifier_left(tmp_path: Path) -> None:
    out = tmp_path / "copy.kvmap"
    write_anonymised_copy(_hostile(), out, "nl")
    text = out.read_text(encoding="utf-8")
    for secret in ("gmail", "12345678", "123456782", "Dorpsstraat", "1234 AB", "1985", "ABNA"):
        assert secret not in text
    data = json.loads(text)
    assert "(telefoonnummer weggelaten)" in data["case"]["description"]
    assert "(adres weggelaten)" in data["case"]["description"]
    assert "(geboortedatum weggelaten)" in data["case"]["description"]
    assert _notes(fileformat.load(out).organisations.get("o2")) == (
        "Contact: (rekeningnummer weggelaten)."
    )


def test_the_check_refuses_a_copy_with_an_identifier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.anonymise_plan as anon_mod

    case = example_case()
    case.update(EntityKind.ORGANISATION, "o2", {"notes": "Bel 06-12345678."})
    monkeypatch.setattr(anon_mod, "without_identifiers", lambda text, lang: text)
    out = tmp_path / "copy.kvmap"
    with pytest.raises(CopyLeakError) as raised:
        write_anonymised_copy(case, out, "nl")
    assert raised.value.where == "/organisations/1/notes"
    assert not out.exists()
