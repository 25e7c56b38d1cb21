"""The Word documents made here look their styles up by an index, with python-docx's answers
(issue 15: python-docx's XPath query over every style for each styled paragraph was 1 % of the
suite's CPU)."""

from __future__ import annotations

from typing import Any

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.styles import CT_Styles
from docx.oxml.xmlchemy import BaseOxmlElement

from exports.docx_document import new_document

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _query(styles: Any, xpath: str) -> Any:
    """python-docx's own query (the base class's ``xpath``, whatever CT_Styles does)."""
    return next(iter(BaseOxmlElement.xpath(styles, xpath)), None)


def _default(styles: Any, style_type: WD_STYLE_TYPE) -> Any:
    found = [s for s in BaseOxmlElement.xpath(styles, "w:style") if s.type == style_type]
    found = [s for s in found if s.default]
    return found[-1] if found else None


def _same_as_python_docx(styles: Any) -> None:
    for style in BaseOxmlElement.xpath(styles, "w:style"):
        name, style_id = style.name_val, style.styleId
        assert styles.get_by_name(name) is _query(styles, f'w:style[w:name/@w:val="{name}"]')
        assert styles.get_by_id(style_id) is _query(styles, f'w:style[@w:styleId="{style_id}"]')
    for style_type in WD_STYLE_TYPE:
        assert styles.default_for(style_type) is _default(styles, style_type), style_type
    assert styles.get_by_name("Geen stijl") is None
    assert styles.get_by_id("GeenStijl") is None


def test_a_styled_paragraph_runs_no_query_over_the_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on main 90d10d7: get_by_name and default_for each ran an XPath query."""
    doc = new_document()
    assert doc.styles["Heading 1"].name == "Heading 1"

    def query(_self: CT_Styles, *_args: object, **_kwargs: object) -> None:
        raise AssertionError("an XPath query over the styles")

    monkeypatch.setattr(CT_Styles, "xpath", query)
    heading = doc.add_paragraph("Aanleiding", style="Heading 1")
    plain = doc.add_paragraph("Tekst", style="Normal")
    run = plain.add_run("vet", style="Strong")
    assert [p.style.name for p in (heading, plain) if p.style is not None] == [
        "Heading 1",
        "Normal",
    ]
    assert run.style.name == "Strong"
    assert plain._p.style is None  # the default style is stored as none


def test_the_index_answers_as_python_docx_as_the_styles_change() -> None:
    doc = new_document()
    styles = doc.styles.element
    _same_as_python_docx(styles)
    added = doc.styles.add_style("Eigen kop", WD_STYLE_TYPE.PARAGRAPH).element
    added.set(f"{_W}default", "1")  # a later default of its type, with one style more
    _same_as_python_docx(styles)
    assert doc.styles.default(WD_STYLE_TYPE.PARAGRAPH).name == "Eigen kop"
    added.set(f"{_W}default", "0")  # the index's default is no default any more
    _same_as_python_docx(styles)
    heading = doc.styles["Heading 2"].element
    heading.name_val = "Kop twee"  # the index's style renamed
    _same_as_python_docx(styles)
    assert doc.styles["Kop twee"].element is heading
    with pytest.raises(KeyError):
        doc.styles["Heading 2"]
    styles.remove(added)  # one style fewer
    _same_as_python_docx(styles)
    styles.append(added)  # removed and back, the same number
    _same_as_python_docx(styles)


def test_a_run_with_text_is_still_cleared_before_new_text() -> None:
    doc = new_document()
    run = doc.add_paragraph().add_run("eerst")
    run.add_tab()
    run.text = "daarna"
    assert run.text == "daarna"
    assert [child.tag for child in run._r] == [f"{_W}t"]
