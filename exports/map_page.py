"""The nota's map page (issue 12): a map wider than high gets a page across (A4 landscape,
a section of its own), so that its names stay at 9 pt printed with the screen's places kept
where they fit; a map higher than wide stays on the upright page at the text width."""

from __future__ import annotations

import io
from typing import Any

from exports.docx_tables import MARGIN, TEXT_WIDTH

__all__ = ["ACROSS_HEIGHT", "ACROSS_WIDTH", "NOTA_MAP_ACROSS", "add_map", "nota_map_page"]

#: the text width of an A4 page across (cm), and the height its map may take there: the
#: page less its margins, the section heading and the caption
ACROSS_WIDTH = 29.7 - 2 * MARGIN
ACROSS_HEIGHT = 21.0 - 2 * 2.54 - 2.6  # the template's top and bottom margins of an inch
#: the nota's map on the page across (inches), see :data:`exports.picture.NOTA_MAP_PAGE`
NOTA_MAP_ACROSS = (ACROSS_WIDTH / 2.54, ACROSS_HEIGHT / 2.54)


def nota_map_page(scene: Any) -> tuple[float, float]:
    """The page (inches) the nota's map of ``scene`` is drawn for: across for a map wider
    than high (or square), else the upright page's text width."""
    from exports.picture import A4_LANDSCAPE, NOTA_MAP_PAGE, page_for

    return NOTA_MAP_ACROSS if page_for(scene) == A4_LANDSCAPE else NOTA_MAP_PAGE


def add_map(doc: Any, picture: bytes, heading: str, caption: str) -> None:
    """``heading``, the map ``picture`` and its ``caption`` in ``doc``: a picture wider than
    high on a page across of its own (the next text goes on an upright page again), fitted
    within its text width and the height left there; else at the upright text width."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    from exports.picture import picture_size

    size = picture_size(picture)
    across = size is not None and size[0] > size[1]
    if across and size is not None:
        _section(doc, WD_SECTION.NEW_PAGE, WD_ORIENT.LANDSCAPE)
        width = min(ACROSS_WIDTH, ACROSS_HEIGHT * size[0] / size[1])
    else:
        width = TEXT_WIDTH
    doc.add_heading(heading, level=1)
    doc.add_picture(io.BytesIO(picture), width=Cm(width))
    doc.add_paragraph(caption, style="Caption")
    if across:
        _section(doc, WD_SECTION.NEW_PAGE, WD_ORIENT.PORTRAIT)


def _section(doc: Any, start: Any, orientation: Any) -> None:
    """A new section of ``doc`` on an A4 page in ``orientation`` with the nota's margins."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = doc.add_section(start)
    section.orientation = orientation
    across = orientation == WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = (
        (Cm(29.7), Cm(21.0)) if across else (Cm(21.0), Cm(29.7))
    )
    section.left_margin = section.right_margin = Cm(MARGIN)  # top and bottom: as before
