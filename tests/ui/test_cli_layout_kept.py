"""Hostile review 8, N4 / stops-p7 issue 16: ``krachtenveld layout FILE`` on a map with a
damaged snapshot or an unreadable history time refused without ``--force``, because
``open_map_to_write`` counted what is kept as written as repairs. Kept metadata loses nothing
when the map is written: the command runs, keeps it, and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import fileformat
from models.example import example_case
from ui.cli import main


def _kept(tmp_path: Path, *, snapshot: bool, history: bool, repair: bool = False) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    if snapshot:
        doc["snapshots"][1]["state"]["mandates"]["set"][0]["holder"] = "niemand"
    times = ["2026-01-02T10:00:00Z", "3 januari 2026" if history else "2026-01-03T10:00:00Z"]
    doc["history"] = [{"time": t, "author": "x", "edits": ["Bewerking"], "more": 0} for t in times]
    if repair:  # a control character in a name: removed on reading, a real repair
        doc["actors"][0]["name"] += "\u0007"
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("snapshot", "history"), [(True, False), (False, True), (True, True)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_layout_runs_and_keeps_what_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], snapshot: bool, history: bool, lang: str
) -> None:
    path = _kept(tmp_path, snapshot=snapshot, history=history)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert main(["layout", str(path), "--method", "grid", "--lang", lang]) == 0
    err = capsys.readouterr().err
    said = "blijven ongewijzigd in" if lang == "nl" else "they are kept in"
    assert said in err
    assert "--force" not in err
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["snapshots"] == written["snapshots"]  # the damaged one too, as written
    assert [h["time"] for h in again["history"][: len(written["history"])]] == [
        h["time"] for h in written["history"]
    ]
    assert again["actors"] != written["actors"]  # the layout was written: new positions
    assert Path(f"{path}.bak").read_text(encoding="utf-8") == json.dumps(
        written, ensure_ascii=False
    )


def test_a_real_repair_beside_a_kept_snapshot_still_asks_for_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _kept(tmp_path, snapshot=True, history=False, repair=True)
    before = path.read_bytes()
    assert main(["layout", str(path), "--method", "grid", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "opens only with 1 repair (above)" in err  # the kept snapshot is not counted
    assert path.read_bytes() == before
