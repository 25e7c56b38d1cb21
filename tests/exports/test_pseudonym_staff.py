"""The ninth jurist's F5: in a pseudonymised output a person who works for a care provider is
named by a role word, never by the provider's own pseudonym. Map E's wijkverpleegkundige of
Zorggroep Anker read "de zorgaanbieder van de zorgaanbieder werkt niet onder verantwoordelijkheid
van het college … instemming nodig van de gemandateerde en van de zorgaanbieder": one party
whose consent was asked twice. Checked in the analysis, the nota and the mandate register,
Dutch and English."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from exports.anonymise import anonymise
from mapper.analysis import analyse
from models.example import example_case
from models.fileformat import save
from models.i18n import Lang
from tests.exports.jurist8_map_e import map_e
from ui.cli import main

# a person and an organisation that read the same: "de zorgaanbieder van de zorgaanbieder"
_DOUBLED = re.compile(
    r"(zorgaanbieder|medewerker)\w* (?:van|of) (?:de |the )?\1|provider of the provider", re.I
)
_WORDS: dict[Lang, tuple[str, str]] = {
    "nl": (
        "de medewerker van de zorgaanbieder werkt niet onder verantwoordelijkheid van het college",
        "instemming nodig van de gemandateerde en van de zorgaanbieder",
    ),
    "en": (
        "the staff member of the provider does not work under the responsibility of the executive",
        "the consent of the holder and of the provider",
    ),
}


def _docx(path: Path) -> str:
    doc = docx.Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_analysis_names_the_staff_member(lang: Lang) -> None:
    case = anonymise(map_e(), "nl", names=lang)
    names = {a.id: a.name for a in case.actors} | {o.id: o.name for o in case.organisations}
    # a role that tells the care (a nurse) is the neutral word, with its provider (12b, C3)
    assert (
        names["wvp"]
        == {
            "nl": "Medewerker van de zorgaanbieder",
            "en": "Staff member of the provider",
        }[lang]
    )
    assert names["o2"] == {"nl": "de zorgaanbieder", "en": "the provider"}[lang]
    found = next(f for f in analyse(case).findings if f.code == "MANDATE_CONSENT_UNKNOWN")
    detail = found.detail(lang)
    for words in _WORDS[lang]:
        assert words in detail
    texts = [t(lang) for f in analyse(case).findings for t in (f.title, f.detail, f.suggestion)]
    assert not [t for t in texts if _DOUBLED.search(t)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_nota_and_register_name_the_staff_member(lang: Lang, tmp_path: Path) -> None:
    src = tmp_path / "kaart_e.kvmap"
    save(map_e(), src, backup=False)
    nota, register = tmp_path / "nota.docx", tmp_path / "register.docx"
    assert main(["export", str(src), "--to", str(nota), "--lang", lang]) in (0, 1)
    args = ["export", str(src), "--format", "mandate-register", "--to", str(register)]
    assert main([*args, "--lang", lang]) in (0, 1)
    for path in (nota, register):
        text = _docx(path)
        assert "Zorggroep Anker" not in text
        assert not _DOUBLED.search(text), _DOUBLED.search(text)
    assert _WORDS[lang][0] in _docx(nota).replace("\n", " ")


def test_a_team_or_the_provider_itself_keeps_the_providers_name() -> None:
    from exports.anonymise_words import one_person

    assert one_person("Wijkverpleegkundige Zorggroep Anker", "Zorggroep Anker")
    assert one_person("Behandelaar", "GGZ Rivierland")
    assert not one_person("Zorggroep Anker", "Zorggroep Anker")
    assert not one_person("GGZ-team Rivierland", "GGZ Rivierland")
    assert not one_person("Raad van bestuur Zorggroep Anker", "Zorggroep Anker")
    # the example's GGZ team stands for its provider, as before
    assert [a.name for a in anonymise(example_case(), "nl").actors if a.id == "zorgaanbieder"] == [
        "Zorgaanbieder"
    ]
