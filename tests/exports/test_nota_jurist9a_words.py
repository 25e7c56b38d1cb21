"""The ninth jurist's F1 carried into the advice note: where the map passes a power on by
volmacht or delegation, the note does not call it a mandate. The legal risks name what an
invalid volmacht means (art. 3:69, 3:61 lid 2 BW) beside what an invalid mandate means, annex A
is headed by what it lists, and the method says volmachten are checked through art. 10:12 Awb."""

from __future__ import annotations

import docx

from exports.nota import build_nota
from models.templates.wmo import wmo_case
from tests.exports.jurist9_map_f import map_f
from tests.exports.test_nota_jurist4 import _risks


def _texts(doc: docx.document.Document) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def test_map_f_s_risks_say_what_an_invalid_volmacht_means() -> None:
    doc = build_nota(map_f(), lang="nl", picture=b"", anonymised=False)
    legal = _risks(doc)
    assert legal[:2] == [
        "Besluiten op een ongeldig mandaat kunnen in bezwaar of beroep sneuvelen; het "
        "bestuursorgaan met de bevoegdheid blijft verantwoordelijk.",
        "Een rechtshandeling die op een ongeldige volmacht is verricht, bindt de volmachtgever "
        "alleen als die haar bekrachtigt (art. 3:69 BW) of als de wederpartij mocht vertrouwen "
        "op een schijn van volmacht die de volmachtgever wekte (art. 3:61 lid 2 BW).",
    ]
    en = _risks(build_nota(map_f(), lang="en", picture=b"", anonymised=False))
    assert en[1].startswith("A legal act performed under an invalid power of attorney binds")


def test_map_f_s_annex_a_is_headed_by_what_it_lists() -> None:
    doc = build_nota(map_f(), lang="nl", picture=b"", anonymised=False)
    texts = _texts(doc)
    assert "Bijlage A. Mandaten, volmachten en delegaties" in texts
    assert "Bijlage A. Mandaten" not in texts
    assert any(t.rows[0].cells[0].text == "Verlener → houder" for t in doc.tables)
    en = _texts(build_nota(map_f(), lang="en", picture=b"", anonymised=False))
    assert "Annex A. Mandates, powers of attorney and delegations" in en


def test_a_map_of_mandates_only_keeps_its_mandate_words() -> None:
    doc = build_nota(wmo_case(), lang="nl", picture=b"", anonymised=False)
    texts = _texts(doc)
    assert "Bijlage A. Mandaten" in texts
    assert any(t.rows[0].cells[0].text == "Mandaatgever → houder" for t in doc.tables)
    assert not any("ongeldige volmacht" in line for line in _risks(doc))


def test_the_method_names_volmachten_and_their_article() -> None:
    texts = _texts(build_nota(map_f(), lang="nl", picture=b"", anonymised=False))
    assert any(
        t.startswith(
            "Mandaten en delegaties worden getoetst aan titel 10.1 van de Algemene wet "
            "bestuursrecht op de peildatum, en via art. 10:12 Awb ook volmachten en machtigingen"
        )
        for t in texts
    )
    assert not any("dichtstbijzijnde actor met een geldig mandaat" in t for t in texts)
