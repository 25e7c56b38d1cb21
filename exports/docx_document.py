"""New Word documents (python-docx) whose style look-ups do not scan every style.

python-docx finds a style type's default style (``CT_Styles.default_for``) by reading the type
and the default flag of every ``w:style`` of the document in Python, and it does so for each
paragraph given a style (to store no style id for the default one) and each paragraph read
without one. On its built-in template (164 styles) that is about 5 ms a paragraph: a third of
the time of making the advice note (issue 15: 15 % of the CPU of the export tests).
:func:`new_document` lets lxml find the same element by one XPath query instead.

Examples
--------
>>> doc = new_document()
>>> doc.add_paragraph("Kop", style="Heading 1").style.name
'Heading 1'
>>> doc.add_paragraph("Tekst").style.name
'Normal'
>>> doc.paragraphs[1]._p.style is None  # the default style is stored as no style
True
"""

from __future__ import annotations

from functools import cache
from typing import Any

from exports.docx_styles import ON, index_styles, install
from exports.office_properties import stamp

__all__ = ["default_style", "new_document"]


def default_style(styles: Any, style_type: Any) -> Any:
    """The last ``w:style`` of ``style_type`` marked default in ``styles`` (a ``w:styles``
    element), or ``None``: what python-docx's ``CT_Styles.default_for`` returns."""
    on = " or ".join(f'@w:default="{value}"' for value in ON)
    found = styles.xpath(f'w:style[@w:type="{style_type.xml_value}" and ({on})]')
    return found[-1] if found else None


def new_document() -> Any:
    """A new python-docx ``Document`` on its built-in template, its style defaults found by
    :func:`default_style` (installed for the process on the first call) and its styles looked
    up by name, id and default through an index (:mod:`exports.docx_styles`)."""
    install()
    doc = _from_template()
    index_styles(doc.styles.element)
    stamp(doc.core_properties)
    _room_for_two_digits(doc)
    return doc


def _from_template() -> Any:
    """What python-docx's ``Document()`` returns: its built-in template unmarshalled into a
    new package, from the template's serialized parts read once for the process (reading and
    inflating the zip: ``Document()`` 8.2-8.5 ms of CPU, this 6.6-7.0, issue 15). The reader holds
    only bytes and the parts' names, types and relationships, which unmarshalling reads and
    never changes; each document parses its own elements from them."""
    from docx.opc.package import Unmarshaller
    from docx.opc.part import PartFactory
    from docx.package import Package

    package = Package()
    Unmarshaller.unmarshal(_template(), package, PartFactory)  # type: ignore[no-untyped-call]
    return package.main_document_part.document


@cache
def _template() -> Any:
    """python-docx's built-in template as its package reader gives it (read once)."""
    from docx.api import _default_docx_path
    from docx.opc.pkgreader import PackageReader

    path = _default_docx_path()  # type: ignore[no-untyped-call]
    return PackageReader.from_file(path)  # type: ignore[no-untyped-call]


#: The hanging indent of "List Number 2" in twips, its text still at 720: "99." in 10.5 pt
#: Calibri is about 270 wide, and the template's 360 left LibreOffice none between "10." and
#: the text ("10.de 49 andere", rev-jurist18b J5)
_HANGING = 540


def _room_for_two_digits(doc: Any) -> None:
    """The numbered list of the beslispunten ("List Number 2") starts its number further left,
    so that from 10 on too the number stands apart from the text."""
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    for num in doc.styles["List Number 2"].element.xpath("w:pPr/w:numPr/w:numId/@w:val"):
        for abstract in numbering.xpath(f'w:num[@w:numId="{num}"]/w:abstractNumId/@w:val'):
            path = f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="0"]/w:pPr/w:ind'
            for ind in numbering.xpath(path):
                ind.set(qn("w:hanging"), str(_HANGING))
    # a beslispunt is not split over a page: LibreOffice lost the numbering's hanging indent on
    # the lines that ran onto the next page (rev-jurist19b N8, exsig's Bp 6)
    doc.styles["List Number 2"].paragraph_format.keep_together = True
