"""Hostile review, fourth round: H4 (a snapshot with the id "now") and the H10 long id list of
``timeline --compare``. Each failed before the fix."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from models import fileformat
from models.example import example_case
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of
from ui.cli import main


def _map(tmp_path: Path, ids: list[str]) -> Path:
    case = example_case()
    state = state_of(fileformat.case_to_dict(case))
    case.timeline = Timeline()
    for n, snap_id in enumerate(ids):
        day = date(2025, 1, 1) + timedelta(days=n)
        case.timeline.add_snapshot(Snapshot(snap_id, day, f"Stand {n + 1}", state))
    path = tmp_path / "kaart.kvmap"
    fileformat.save(case, path)
    return path


def test_a_snapshot_called_now_makes_compare_say_it_is_ambiguous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _map(tmp_path, ["s1", "now"])
    assert main(["timeline", str(path), "--compare", "now", "s1", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert '--compare: "now" is ambiguous' in err
    assert 'the snapshot "Stand 2" has the id "now" too' in err
    assert main(["timeline", str(path), "--compare", "s1", "now", "--lang", "nl"]) == 2
    assert '"now" is dubbelzinnig' in capsys.readouterr().err


def test_an_unknown_id_lists_ten_ids_and_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _map(tmp_path, [f"s{n}" for n in range(1, 300)])
    assert main(["timeline", str(path), "--compare", "x", "s1", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert 'geen momentopname met id "x"' in err
    assert "s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, … (300 in totaal)" in err
    assert "s11" not in err
    assert main(["timeline", str(path), "--compare", "x", "s1", "--lang", "en"]) == 2
    assert "… (300 in all)" in capsys.readouterr().err
