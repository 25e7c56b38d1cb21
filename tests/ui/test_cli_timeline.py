"""``krachtenveld timeline FILE``: text and JSON, in Dutch and English, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from models import EntityKind, fileformat
from models.example import example_case
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of
from ui.cli import main


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    """The example with a snapshot of 15 January 2026, saved as ``kaart.kvmap``."""
    earlier = example_case()
    earlier.set_case_field("as_of", date(2026, 1, 15))
    earlier.update(EntityKind.MANDATE, "m5", {"valid_until": date(2026, 12, 31)})
    earlier.update(EntityKind.ACTOR, "college", {"stance": 2})
    state = state_of(fileformat.case_to_dict(earlier))
    case = example_case()
    case.timeline = Timeline()  # whatever the shipped example keeps
    case.timeline.add_snapshot(Snapshot("s1", date(2026, 1, 15), "Mandaat loopt nog", state))
    path = tmp_path / "kaart.kvmap"
    fileformat.save(case, path)
    return path


def test_text_in_dutch(history_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(history_file), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Scorekaart in de tijd" in out
    assert "15 januari 2026  Mandaat loopt nog" in out
    assert "nu (peildatum 1 oktober 2026)" in out
    assert "Houding per actor" in out
    assert "+2 → " in out
    assert "College van B&W" in out
    assert "1 juli 2026: Het mandaat ‘Bijzondere bijstand verlenen" in out  # as findings quote


def test_text_in_english(history_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(history_file), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Scorecard over time" in out
    assert "now (reference date 1 October 2026)" in out
    assert "What breaks before a decision is due" in out


def test_json(history_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(history_file), "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["label"] for m in data["moments"]] == ["Mandaat loopt nog", ""]
    assert data["as_of"] == "2026-10-01"
    assert {b["id"] for b in data["breaks"]} >= {"m5"}


def test_no_snapshots_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.kvmap"
    plain = example_case()
    plain.timeline = Timeline()
    fileformat.save(plain, path)
    assert main(["timeline", str(path), "--lang", "nl"]) == 0
    assert "Nog geen momentopnamen" in capsys.readouterr().out


def test_a_broken_snapshot_is_said_and_left_out(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It refused the whole map; since hostile review 10, H4, the map opens without it."""
    doc = json.loads(history_file.read_text(encoding="utf-8"))
    doc["snapshots"][0]["date"] = "15-01-2026"
    history_file.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["timeline", str(history_file), "--lang", "nl"]) == 0
    err = capsys.readouterr().err
    assert "kaart.kvmap" in err
    assert "snapshots[0].date" in err
    assert "de kaart is zonder haar geopend" in err


def test_the_shipped_example_tells_its_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three snapshots: before and after the mandate was renewed, then expired; an Excel
    export of it says the snapshots stay in the .kvmap only."""
    source = tmp_path / "voorbeeld.kvmap"
    fileformat.save(example_case(), source)
    assert main(["timeline", str(source), "--format", "json", "--lang", "nl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in data["moments"]] == ["s1", "s2", "s3", None]
    dates = [m["date"] for m in data["moments"][:3]]
    assert dates == sorted(dates)
    assert main(["export", str(source), "--to", str(tmp_path / "v.xlsx"), "--lang", "nl"]) == 0
    err = capsys.readouterr().err
    assert "momentopnamen en geschiedenis gaan niet mee in Excel" in err


def test_compare_two_snapshots_names_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipped example: from s1 to s2 the maatwerk mandate was renewed."""
    source = tmp_path / "voorbeeld.kvmap"
    fileformat.save(example_case(), source)
    assert main(["timeline", str(source), "--compare", "s1", "s2", "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Van s1 (1 december 2025, ")
    assert "Geldig tot en met: 31 december 2025 → 30 juni 2026" in out
    assert main(["timeline", str(source), "--compare", "s1", "s2", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == ("s1", "s2")
    assert "m5" in data["mandates"]["changed"]
    assert main(["timeline", str(source), "--compare", "s2", "s2"]) == 0  # no differences


def test_compare_with_now_and_an_unknown_id(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["timeline", str(history_file), "--compare", "s1", "now", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "to the map now" in out
    assert "College van B&W" in out  # stance +2 then, +1 now
    assert main(["timeline", str(history_file), "--compare", "s1", "s7", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert str(history_file) in err
    assert 'no snapshot with id "s7"; the map has: s1, now' in err


@pytest.mark.parametrize(
    ("lang", "now", "why"),
    [
        (
            "en",
            "now (reference date 1 October 2026)",
            "It is judged on its reference date, 1 October 2026, ",
        ),
        (
            "nl",
            "nu (peildatum 1 oktober 2026)",
            "Zij wordt beoordeeld op haar peildatum, 1 oktober 2026, ",
        ),
    ],
)
def test_snapshots_after_the_reference_date_say_why_now_is_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, now: str, why: str
) -> None:
    """New user, tenth round: two snapshots of 4 December 2026 were listed above "now (1
    October 2026)", which read backwards. Now is the map's latest state, so it stays last;
    the line under it says why its date is earlier."""
    case = example_case()
    case.timeline = Timeline()
    state = state_of(fileformat.case_to_dict(example_case()))
    case.timeline.add_snapshot(Snapshot("s1", date(2026, 12, 4), "Na het mandaat", state))
    path = tmp_path / "later.kvmap"
    fileformat.save(case, path)
    assert main(["timeline", str(path), "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [i for i, text in enumerate(lines) if "Na het mandaat" in text or now in text]
    assert [now in lines[i] for i in rows] == [False, True]  # the snapshot, then now
    assert why in lines[rows[1] + 1]
    assert "4 " in lines[rows[1] + 1]


def test_no_word_on_the_order_when_now_is_the_latest_date(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["timeline", str(history_file), "--lang", "en"]) == 0
    assert "comes last" not in capsys.readouterr().out
