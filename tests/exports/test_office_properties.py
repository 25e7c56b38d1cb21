"""Every Office file says it was made by Krachtenveld, now (hostile review 13: the deck said
it was last modified by python-pptx's template author, a real person, created in 2013; the
nota's creator was 'python-docx', the workbook's 'openpyxl'). Read back from the files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import openpyxl
import pptx
import pytest

from models.example import example_case
from models.fileformat import save
from ui.cli import main


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("office")
    source = folder / "a.kvmap"
    save(example_case(), source, backup=False)
    files = {end: folder / f"out.{end}" for end in ("docx", "pptx", "xlsx")}
    for path in files.values():
        assert main(["export", str(source), "--to", str(path)]) == 0
    return files


def _recent(when: datetime | None) -> bool:
    now = datetime.now(UTC).replace(tzinfo=None)
    return when is not None and now - timedelta(hours=1) < when.replace(tzinfo=None) <= now


@pytest.mark.parametrize("end", ["docx", "pptx"])
def test_word_and_powerpoint_name_krachtenveld_and_today(
    written: dict[str, Path], end: str
) -> None:
    reader = docx.Document if end == "docx" else pptx.Presentation
    props = reader(str(written[end])).core_properties
    assert (props.author, props.last_modified_by) == ("Krachtenveld", "Krachtenveld")
    assert _recent(props.created)
    assert _recent(props.modified)
    assert props.title  # the case's title, as before


def test_the_workbook_names_krachtenveld_and_today(written: dict[str, Path]) -> None:
    props = openpyxl.load_workbook(written["xlsx"], read_only=True).properties
    assert (props.creator, props.lastModifiedBy) == ("Krachtenveld", "Krachtenveld")
    assert _recent(props.created)
