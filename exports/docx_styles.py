"""Style look-ups in the Word documents made here by a dictionary, not by an XPath query each.

python-docx finds a style by an XPath query over every ``w:style`` of the document (164 on its
template, about 0.08 ms a query): by name for every paragraph, run or table given a style
(``CT_Styles.get_by_name``), then the type's default to store none for it
(``CT_Styles.default_for``), and by id for every paragraph whose style is read
(``CT_Styles.get_by_id``). Over the suite those queries were 1 % of the CPU (issue 15).

A document made by :func:`exports.docx_document.new_document` carries an :class:`_Index` of
its styles (:func:`index_styles`): name, id and each type's default to the element the query
finds (the first with that name or id, the last default, in document order). The index is
made again when styles are added or removed, and every answer is checked against the element
(still in the document, still of that name, id, type or default), else the query answers.
What it cannot see is a *second* style renamed into a name, an id or a default of its type
while the number of styles stays the same: the builders here never rename a style or change
a default. Any other document (one read from a file) is looked up by python-docx's query.

Examples
--------
>>> from exports.docx_document import new_document
>>> doc = new_document()
>>> doc.styles["Heading 1"].name, doc.styles.default(doc.styles["Normal"].type).name
('Heading 1', 'Normal')
>>> doc.styles.add_style("Eigen kop", doc.styles["Heading 1"].type).name  # indexed again
'Eigen kop'
>>> doc.styles["Eigen kop"].style_id
'Eigenkop'
"""

from __future__ import annotations

from typing import Any

__all__ = ["index_styles", "install"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STYLE, _NAME, _VAL = f"{_W}style", f"{_W}name", f"{_W}val"
_TYPE, _DEFAULT, _ID = f"{_W}type", f"{_W}default", f"{_W}styleId"
#: The values of ``w:default`` that mean "on" (``ST_OnOff``, as python-docx reads them).
ON = ("1", "true", "on")


class _Index:
    """The first style of each name and id and the last default of each type."""

    __slots__ = ("count", "defaults", "ids", "names")

    def __init__(self, styles: Any) -> None:
        self.count = len(styles)
        self.names: dict[str | None, Any] = {}
        self.ids: dict[str | None, Any] = {}
        self.defaults: dict[str | None, Any] = {}
        for style in styles.iterchildren(_STYLE):
            for name in style.iterchildren(_NAME):
                self.names.setdefault(name.get(_VAL), style)
            self.ids.setdefault(style.get(_ID), style)
            if style.get(_DEFAULT) in ON:
                self.defaults[style.get(_TYPE)] = style


def index_styles(styles: Any) -> None:
    """Look the styles of ``styles`` (a ``w:styles`` element) up by an index from now on."""
    styles._kv_index = _Index(styles)


def _index(styles: Any, fresh: bool = False) -> _Index | None:
    index: _Index | None = getattr(styles, "_kv_index", None)
    if index is not None and (fresh or index.count != len(styles)):
        index = styles._kv_index = _Index(styles)
    return index


def _named(style: Any, name: str) -> bool:
    return any(n.get(_VAL) == name for n in style.iterchildren(_NAME))


def _found(styles: Any, table: str, key: str | None, holds: Any) -> tuple[bool, Any]:
    """Whether the index answers, and its answer: the element it holds for ``key`` when that
    is still a child of ``styles`` for which ``holds`` is true (once more on a fresh index)."""
    for fresh in (False, True):
        index = _index(styles, fresh)
        if index is None:
            return False, None
        style = getattr(index, table).get(key)
        if style is None:
            return False, None
        if style.getparent() is styles and holds(style):
            return True, style
    return False, None


def install() -> None:
    """Put the index in front of python-docx's three style queries (once per process)."""
    from docx.oxml.styles import CT_Styles
    from docx.oxml.text.run import CT_R

    from exports.docx_document import default_style

    if getattr(CT_Styles, "_kv_indexed", False):
        return
    by_name, by_id = CT_Styles.get_by_name, CT_Styles.get_by_id
    clear = CT_R.clear_content

    def get_by_name(self: Any, name: str) -> Any:
        known, style = _found(self, "names", name, lambda s: _named(s, name))
        return style if known else by_name(self, name)

    def get_by_id(self: Any, styleId: str) -> Any:  # noqa: N803  (python-docx's name)
        known, style = _found(self, "ids", styleId, lambda s: s.get(_ID) == styleId)
        return style if known else by_id(self, styleId)

    def default_for(self: Any, style_type: Any) -> Any:
        value = style_type.xml_value
        known, style = _found(
            self, "defaults", value, lambda s: s.get(_TYPE) == value and s.get(_DEFAULT) in ON
        )
        return style if known else default_style(self, style_type)

    def clear_content(self: Any) -> None:
        if len(self):  # a new run has nothing to clear: no XPath query for it
            clear(self)

    CT_Styles.get_by_name = get_by_name  # type: ignore[method-assign]
    CT_Styles.get_by_id = get_by_id  # type: ignore[method-assign]
    CT_Styles.default_for = default_for  # type: ignore[method-assign]
    CT_R.clear_content = clear_content  # type: ignore[method-assign]
    CT_Styles._kv_indexed = True
