"""New Word documents find a style type's default style by one query, with python-docx's answer
(issue 15: python-docx read every style in Python for each styled paragraph)."""

from __future__ import annotations

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.styles import CT_Styles

from exports.docx_document import default_style, new_document


def _scan(styles: CT_Styles, style_type: WD_STYLE_TYPE) -> object:
    """python-docx's own ``default_for``: the last style of the type marked default."""
    found = [s for s in styles.xpath("w:style") if s.type == style_type and s.default]
    return found[-1] if found else None


@pytest.mark.parametrize("style_type", list(WD_STYLE_TYPE))
def test_the_default_of_each_style_type_is_python_docx_s(style_type: WD_STYLE_TYPE) -> None:
    doc = new_document()
    styles = doc.styles.element
    assert default_style(styles, style_type) is _scan(styles, style_type)
    # a second default of the type, later in the document, is the one (as the spec says)
    added = doc.styles.add_style(f"Eigen {style_type.name}", style_type).element
    for value in ("1", "true", "on", "0", "false", "off"):
        added.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}default", value)
        assert default_style(styles, style_type) is _scan(styles, style_type), value


def test_a_styled_paragraph_does_not_read_every_style(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = new_document()

    def every_style(_self: CT_Styles) -> None:
        raise AssertionError("read every style")

    monkeypatch.setattr(CT_Styles, "_iter_styles", every_style)
    heading = doc.add_paragraph("Aanleiding", style="Heading 1")
    plain = doc.add_paragraph("Tekst", style="Normal")
    assert [p.style.name for p in (heading, plain) if p.style is not None] == [
        "Heading 1",
        "Normal",
    ]
    assert plain._p.style is None  # the default style is stored as none


def _members(doc: object) -> dict[str, bytes]:
    """The parts of ``doc`` as saved (zip member name -> bytes), the core properties' times out."""
    import io
    import re
    import zipfile

    buffer = io.BytesIO()
    doc.save(buffer)  # type: ignore[attr-defined]
    with zipfile.ZipFile(buffer) as archive:
        return {
            name: re.sub(rb"\d{4}-\d\d-\d\dT[\d:]+Z", b"T", archive.read(name))
            for name in archive.namelist()
        }


def test_a_new_document_is_python_docx_s_template_part_for_part() -> None:
    """The template is read once for the process (issue 15); each document still is what
    ``Document()`` makes, and what one document is given never reaches the next."""
    from docx import Document

    from exports.docx_document import _from_template

    first = _from_template()
    first.add_paragraph("alleen in de eerste", style="Heading 1")
    first.styles["Normal"].font.bold = True
    first.core_properties.title = "eerste"
    second = _from_template()
    assert second.element is not first.element
    assert _members(second) == _members(Document())
    assert new_document().paragraphs == []
