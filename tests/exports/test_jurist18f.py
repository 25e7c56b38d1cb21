"""The jurist's last should-fixes in the notas (issue 14, rev-jurist18b J1-J5), each failing on
the code before."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper.analysis import analyse
from models.example import example_case
from tests.exports.big_map import mapped as _mapped


def _points(lang: str) -> list[str]:
    case, analysis = _mapped(2000)
    return decision_points(case, analysis, lang)  # type: ignore[arg-type]


def test_the_colleges_grant_the_signing_themselves_in_writing() -> None:
    # J2, J3, fails on the old code: "maar door het college zelf (art. 10:11 Awb)" - "het
    # college" read as the college B&W 1 the nota decides for, and no "schriftelijk" while
    # art. 10:5 lid 2 applies through art. 10:12 as in beslispunt 8
    [nl] = [p for p in _points("nl") if "de vier verlopen ondertekeningsmachtigingen" in p]
    assert nl.endswith(
        "zelf schriftelijk te verlenen of in hun mandaatbesluit toe te staan dat die ambtenaren "
        "ze opnieuw verlenen (art. 10:11 Awb; vgl. art. 10:9 lid 1 Awb)"
    ), nl  # "zelf", not "dat college" after four colleges (rev-jurist19 R9); one rule (19b N2)
    # each its own, "by its own written decision", not "by that college" after four (R9), nor
    # "grant themselves", read as "grant to themselves" (rev-jurist19b N4)
    [en] = [p for p in _points("en") if "four expired signing authorisations" in p]
    assert "each for its own decisions and by its own written decision, the four" in en, en


def test_the_listing_names_the_points_of_the_143() -> None:
    # J4, fails on the old code: "de andere 143" beside beslispunt 8's "de andere 139"; the
    # numbers are the nota's own (beslispunt 1 is "kennis te nemen")
    nl = _points("nl")
    at = next(i for i, p in enumerate(nl) if "andere 139" in p)
    assert "een teamleider gaf" in nl[at + 1]
    assert nl[at + 2].startswith(
        f"de 49 andere bestuursorganen te vragen de besluiten die op de in {at + 2} en {at + 3} "
        "genoemde 143 verlopen mandaten, ondermandaten en ondertekeningsmachtigingen zijn "
        "genomen of ondertekend, te inventariseren"
    ), nl[at + 2]
    assert at + 2 == 8  # beslispunt 8 in the nota: rev-jurist18b's count
    en = _points("en")
    assert en[at + 2].startswith(
        "to ask the 49 other public bodies to list the decisions taken or signed under the 143 "
        "expired mandates, sub-mandates and signing authorisations named in 8 and 9 and to ratify"
    ), en[at + 2]
    assert not [p for p in nl + en if "\x00" in p]


def test_the_college_itself_decides_the_bezwaar_zelf_first() -> None:
    # J1, fails on the old code: "op een bezwaar tegen het besluit van de manager zelf te
    # beslissen" - "zelf" after "de manager" read as the manager's own decision
    case = example_case()
    [nl] = [p for p in decision_points(case, analyse(case), "nl") if "10:3 lid 3" in p]
    assert nl.endswith(
        "; en zelf op een bezwaar tegen het besluit van de manager te beslissen, of daartoe een "
        "ander dan de manager te mandateren (art. 10:3 lid 3 Awb)"
    ), nl
    assert "manager zelf" not in nl


def test_the_beslispunten_leave_room_for_two_digits() -> None:
    # J5, fails on the old code: "List Number 2" hung its number 360 twips (0.25") before the
    # text, and LibreOffice set "10." against it ("10.de 49 andere"); now 540, the text at 720
    import re

    from exports.docx_document import new_document

    doc = new_document()
    point = doc.add_paragraph("de 49 andere bestuursorganen te vragen", style="List Number 2")
    [num] = point.style.element.xpath("w:pPr/w:numPr/w:numId/@w:val")
    xml = doc.part.numbering_part.element.xml
    [abstract] = re.findall(rf'<w:num w:numId="{num}"[^>]*>\s*<w:abstractNumId w:val="(\d+)"', xml)
    level = xml.split(f'w:abstractNumId="{abstract}"', 1)[1].split("</w:abstractNum>", 1)[0]
    [(left, hanging)] = re.findall(r'<w:ind w:left="(\d+)" w:hanging="(\d+)"', level)
    assert int(left) == 720  # the text where it was
    assert int(hanging) >= 500, hanging  # "99." in 10.5 pt is about 270 twips, DejaVu 340
