"""An export from the app lets go of what the anonymising remembered of it (issue 14, session
18: at 10,000 actors the nota's texts stayed in those caches, 19 MB, to the app's end)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.exports.test_memory_kept18 import _cached
from tests.ui.test_readable import window_at
from ui.exchange.export_kinds import EXPORTS
from ui.exchange.export_work import export_job

__all__ = ["window_at"]


def test_the_anonymised_nota_from_the_app_keeps_no_text_cached(
    window_at: object, qtbot: QtBot, tmp_path: Path
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    kind = next(k for k in EXPORTS if k.key == "docx")
    job = export_job(win, kind, str(tmp_path / "n.docx"), True)
    job.work()
    assert (tmp_path / "n.docx").stat().st_size > 0
    assert not any(_cached().values()), _cached()  # old: each cache held the nota's texts
