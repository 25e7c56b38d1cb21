"""The eleventh jurist's findings on her map H (session 12 brief, issue 10): known answers on
the nota's beslispunten, the casebook's questions and the consent text."""

from __future__ import annotations

from pathlib import Path

import docx

from exports.case_decision import secretaris_id
from exports.casebook import run_casebook
from exports.casebook.note import build_note
from exports.decisions import decision_points
from exports.register_write import write_register_docx
from mapper import analyse
from models import fileformat
from models.fileformat import case_from_dict
from tests.exports.jurist11_map_h import map_h, map_h_dict


def test_h1_the_griffier_is_not_the_gemeentesecretaris() -> None:
    """H1: the griffier (kind executive, under the raad, listed first) was asked to set up a
    second route and to arrange the secretaris's stand-in; the college arranges that itself
    (art. 103 lid 2 Gemeentewet). The raad's volmacht to the griffier is the college's here:
    on map H itself it is a critical defect of its own (H5, art. 160 lid 1 onder e Gemeentewet)
    whose beslispunt names the griffier rightly and pushes the secretaris out of the first
    three causes."""
    d = map_h_dict()
    next(p for p in d["powers"] if p["id"] == "huurv")["holder"] = "college"
    next(m for m in d["mandates"] if m["id"] == "m8")["grantor"] = "college"
    case = case_from_dict(d)
    assert secretaris_id(case) == "secretaris"
    nl = decision_points(case, analyse(case), "nl")
    assert not any("griffier" in p for p in nl)
    assert (
        "vast te leggen wie de gemeentesecretaris bij afwezigheid vervangt (art. 103 lid 2 "
        "Gemeentewet)" in nl
    )
    en = decision_points(case, analyse(case), "en")
    assert not any("Griffier" in p or "clerk" in p for p in en)


def test_h1_a_directeur_listed_first_is_not_the_secretaris() -> None:
    """With no secretaris named, the executive the college's hierarchy line reaches leads the
    civil service, not a directeur listed before him (H1's cause)."""
    d = map_h_dict()
    d["actors"] = [a for a in d["actors"] if a["id"] != "griffier"]
    d["mandates"] = [m for m in d["mandates"] if m["holder"] != "griffier"]
    d["needs"] = [n for n in d["needs"] if n["handler"] != "griffier"]
    sec = next(a for a in d["actors"] if a["id"] == "secretaris")
    d["actors"].insert(0, dict(sec, id="dir", name="Directeur Sociaal Domein"))
    sec["name"] = "Algemeen directeur"
    d["relationships"] = [r for r in d["relationships"] if r["target"] != "griffier"]
    d["relationships"].append(
        dict(d["relationships"][0], id="r20", source="secretaris", target="dir")
    )
    assert secretaris_id(case_from_dict(d)) == "secretaris"


def test_h2_the_casebook_does_not_ask_to_bring_bezwaar_closer_to_the_handler(
    tmp_path: Path,
) -> None:
    """H2: on map H the decision on bezwaar lies three steps from the handler because the law
    keeps it away from whoever took the primary decision (art. 10:3 lid 3 Awb); the casebook
    asked whether it should lie closer to the handler."""
    fileformat.save(map_h(), tmp_path / "h.kvmap", backup=False)
    run = run_casebook(tmp_path, "nl", workers=1)
    assert any(str(s.category) == "decide_objection" and s.far for s in run.book.steps)
    nl = "\n".join(p.text for p in build_note(run, "nl").paragraphs)
    assert "bezwaar te beslissen dichter bij de behandelaar" not in nl
    assert (
        "Beslist op bezwaar iemand die niet bij het primaire besluit betrokken was (art. 10:3 "
        "lid 3 Awb), en haalt die de beslistermijn (art. 7:10 Awb)?"
    ) in nl
    en = "\n".join(p.text for p in build_note(run, "en").paragraphs)
    assert "no part in the primary decision (art. 10:3(3) Awb)" in en


def test_h3_consent_for_a_gr_employee_goes_to_the_dagelijks_bestuur() -> None:
    """H3: the map's hierarchy runs algemeen bestuur -> dagelijks bestuur -> directeur ->
    consulent; the consent of art. 10:4 lid 1 Awb and the point on the directeur were asked
    of the algemeen bestuur, the GR's first public body in list order."""
    d = map_h_dict()
    next(m for m in d["mandates"] if m["id"] == "m5")["consent"] = None  # her ph2.py
    case = case_from_dict(d)
    analysis = analyse(case)
    [consent] = [f for f in analysis.findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    assert (
        "instemming nodig van de gemandateerde en van het dagelijks bestuur van het Werkbedrijf "
        "(art. 10:4 lid 1 Awb)"
    ) in consent.detail.nl
    assert "algemeen bestuur" not in consent.detail.nl + consent.suggestion.nl
    assert "executive board of Werkbedrijf" in consent.detail.en
    points = decision_points(case, analysis, "nl")
    assert (
        "het dagelijks bestuur van het Werkbedrijf te vragen te voorkomen dat de casus van één "
        "persoon (de directeur Werkbedrijf) afhangt, bijvoorbeeld met een tweede route of een "
        "vervanger"
    ) in points
    assert not any("algemeen bestuur" in p for p in points)


def test_h6_a_machtiging_and_a_volmacht_passed_on_too_far_keep_their_words(
    tmp_path: Path,
) -> None:
    """H6 on map G: "machtiginggever" is no Dutch word, and the handler's own grant was cited
    as an "ondermandaat … art. 10:9 Awb" for a machtiging and a volmacht."""
    case = fileformat.load(Path(__file__).parent / "data" / "jurist10_map_g.kvmap")
    found = analyse(case).findings
    text = " ".join(f.detail.nl for f in found)
    assert "machtiginggever" not in text
    # "dat college, als …," since rev-jurist19 R2 ("het college" read as the addressee)
    assert "alleen dat college, als oorspronkelijke verlener van de machtiging, bepaalt" in text
    short = [f.detail for f in found if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT"]
    nl = " ".join(t.nl for t in short)
    assert (
        "op de machtiging van de manager Sociaal Domein (ondermachtiging niet toegestaan, "
        "art. 10:12 jo. 10:9 lid 1 Awb)"
    ) in nl
    assert (
        "op de ondervolmacht die de teamleider Inkomen verleende (niet toegestaan, art. 10:12 jo. "
        "10:9 lid 1 Awb; art. 3:64 BW)"
    ) in nl
    assert "art. 10:9 Awb)" not in nl
    assert "(sub-authorisation not allowed, Awb 10:12 with 10:9(1))" in " ".join(
        t.en for t in short
    )
    out = tmp_path / "g.docx"
    write_register_docx(case, out, "nl")
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Machtigende" in cells
    assert "Machtiginggever" not in cells


def test_j14_the_delegation_without_basis_names_power_body_and_consent() -> None:
    """J14 rest, map G4: the first cause read a bare "Delegatie zonder wettelijke grondslag",
    and its remedy ("verleen dan mandaat") had neither the GR's regeling nor the consent of
    the dagelijks bestuur a mandate to it needs (art. 10:4 lid 1 Awb)."""
    case = fileformat.load(Path(__file__).parent / "data" / "jurist10_map_g4.kvmap")
    [f] = [f for f in analyse(case).findings if f.code == "DELEGATION_NO_LEGAL_BASIS"]
    assert f.title.nl == (
        "De delegatie van ‘Loonkostensubsidie vaststellen’ aan het dagelijks bestuur van het "
        "Werkbedrijf heeft geen wettelijke grondslag"
    )
    assert f.suggestion.nl == (
        "Noem het wettelijk voorschrift dat in delegatie voorziet, of de bepaling van de "
        "gemeenschappelijke regeling die dat doet; is dat er niet, verleen dan mandaat, met "
        "instemming van het dagelijks bestuur van het Werkbedrijf (art. 10:4 lid 1 Awb)."
    )
    assert f.title.en.startswith("The delegation of ‘Loonkostensubsidie vaststellen’ to ")
    assert f.suggestion.en.endswith(
        "with the consent of the executive board of Werkbedrijf (Awb 10:4(1))."
    )
