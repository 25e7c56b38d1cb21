"""Who and when a Word, PowerPoint or Excel file says it was made.

python-pptx's built-in template says its deck was last modified by the template's author, a
real person, and created in 2013; python-docx and openpyxl name themselves (hostile review
13). A file meant to be shared carries neither someone else's name nor the user's: every file
Krachtenveld writes says it was made and last modified by Krachtenveld, now.

>>> from docx import Document
>>> props = Document().core_properties
>>> stamp(props, datetime(2026, 12, 4, 21, 40))
>>> (props.author, props.last_modified_by, props.created.year, props.revision)
('Krachtenveld', 'Krachtenveld', 2026, 1)
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = ["MAKER", "stamp", "stamp_workbook"]

MAKER = "Krachtenveld"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def stamp(props: Any, when: datetime | None = None) -> None:
    """Set the core properties of a python-docx document or python-pptx presentation."""
    when = when or _now()
    props.author = MAKER
    props.last_modified_by = MAKER
    props.created = when
    props.modified = when
    props.revision = 1
    props.comments = ""
    props.keywords = ""


def stamp_workbook(workbook: Any, when: datetime | None = None, lang: str | None = None) -> None:
    """Set the document properties of an openpyxl workbook; ``lang``: the language its sheets
    speak ("nl-NL", "en-GB"), which names its sheet of continued texts too."""
    when = when or _now()
    if lang is not None:
        workbook.properties.language = "nl-NL" if lang == "nl" else "en-GB"
    workbook.properties.creator = MAKER
    workbook.properties.lastModifiedBy = MAKER
    workbook.properties.created = when
    workbook.properties.modified = when
