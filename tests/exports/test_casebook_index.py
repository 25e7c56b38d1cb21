"""The casebook's index is only a cache (hostile review 5, B7 and C12): a damaged page is
rebuilt, a write that fails (read-only, full, locked) lets the run go on without it, and the
report says which happened and why the index moved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import exports.casebook.index as index_mod
from exports.casebook import INDEX_NAME, run_casebook
from exports.casebook.index import trouble_of
from exports.casebook.words import as_json, text_report
from models import fileformat
from models.example import example_case
from tests.mapper.test_casebook import _chain


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "casussen"
    root.mkdir()
    fileformat.save(example_case(), root / "a.kvmap", backup=False)
    fileformat.save(_chain(1, "Afwijken 1"), root / "b.kvmap", backup=False)
    return root


def test_a_damaged_page_is_rebuilt_and_said(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    run_casebook(root, "en", workers=1, cache=tmp_path / "cache")
    index = root / INDEX_NAME
    data = bytearray(index.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 2 * page
    data[page : 2 * page] = b"\xff" * page  # the header stays valid, page 2 is garbage
    index.write_bytes(bytes(data))
    run = run_casebook(root, "en", workers=1, cache=tmp_path / "cache")  # raised before
    assert len(run.cases) == 2
    assert ("rebuilt", "damaged") in run.index_events
    assert "The index was damaged and was started afresh" in text_report(run, "en")
    again = run_casebook(root, "en", workers=1, cache=tmp_path / "cache")
    assert again.reused == 2
    assert again.index_events == ()


def test_an_index_that_cannot_be_written_is_left_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path)
    connect = index_mod._connect

    def read_only(path: Path) -> sqlite3.Connection:
        connect(path).close()
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    monkeypatch.setattr(index_mod, "_connect", read_only)
    run = run_casebook(root, "nl", workers=1, cache=tmp_path / "cache")  # raised before
    assert len(run.cases) == 2
    assert run.index_events == (("without", "readonly"),)
    said = text_report(run, "nl")
    assert "De index is niet te schrijven (alleen-lezen of niet te schrijven)" in said
    # the index by its name: its folder's path may name a resident (rev-hostile16a, R2)
    assert f"Verwijder {INDEX_NAME} om" in said
    assert as_json(run, "nl")["index_events"] == [{"what": "without", "why": "readonly"}]


def test_a_fifo_at_the_index_name_moves_it_to_the_cache_and_says_why(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    os_mkfifo = getattr(__import__("os"), "mkfifo", None)
    if os_mkfifo is None:
        pytest.skip("no FIFOs here")
    os_mkfifo(root / INDEX_NAME)
    run = run_casebook(root, "en", workers=1, cache=tmp_path / "cache")
    assert not run.index_in_folder
    assert run.index_events == (("moved", "notfile"),)
    assert "could not be used (not a regular file); it is kept in the cache" in text_report(
        run, "en"
    )


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "readonly"),
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("database is locked"), "locked"),
        (IsADirectoryError("x"), "notfile"),
        (sqlite3.OperationalError("something new"), "other"),
    ],
)
def test_what_went_wrong_is_named(error: Exception, key: str) -> None:
    assert trouble_of(error) == key


def test_a_folder_tree_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    # B8: os.walk recursed and raised RecursionError on 1,100 nested folders
    import os
    import sys

    from exports.casebook.run import walk

    root = tmp_path / "deep"
    depth = sys.getrecursionlimit() + 100
    here = str(root)
    os.mkdir(here)
    for _ in range(depth):  # os.makedirs recurses too
        here = os.path.join(here, "d")
        os.mkdir(here)
    fileformat.save(example_case(), Path(here) / "x.kvmap", backup=False)
    (root / "a.kvmap").write_text("{}", encoding="utf-8")
    try:
        found = walk(root)
        assert [p.name for p in found] == ["a.kvmap", "x.kvmap"]
        assert len(found[1].relative_to(root).parts) == depth + 1
    finally:  # bottom-up without recursion: pytest's own clean-up (shutil.rmtree) recurses
        os.remove(os.path.join(here, "x.kvmap"))
        while here != str(root):
            os.rmdir(here)
            here = os.path.dirname(here)


def test_one_map_is_counted_once(tmp_path: Path) -> None:
    # B6: a link to a map, a copy of it and a link out of the folder made four cases of one
    import shutil

    root = _folder(tmp_path)
    outside = tmp_path / "outside.kvmap"
    fileformat.save(_chain(3, "Afwijken 3"), outside, backup=False)
    (root / "c-link.kvmap").symlink_to(root / "a.kvmap")
    shutil.copyfile(root / "a.kvmap", root / "d-copy.kvmap")
    (root / "e-out.kvmap").symlink_to(outside)
    run = run_casebook(root, "en", workers=1, cache=tmp_path / "cache")
    assert [c.shown for c in run.cases] == ["a.kvmap", "b.kvmap"]
    problems = {Path(s.path).name: s.problem for s in run.skipped}
    assert problems == {
        "c-link.kvmap": "file 1: a link to a file already in the casebook: counted once",
        "d-copy.kvmap": "file 2: the same content as a.kvmap: counted once",
        "e-out.kvmap": "file 3: a link that points outside the folder: not read",
    }


def test_an_empty_folder_says_so_exits_1_and_writes_no_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.cli import main

    empty = tmp_path / "leeg"
    (empty / "sub").mkdir(parents=True)
    (empty / "notities.txt").write_text("geen kaart", encoding="utf-8")
    assert main(["--lang", "nl", "casebook", str(empty)]) == 1
    captured = capsys.readouterr()
    assert f"geen casuskaarten gevonden in {empty}" in captured.err
    assert captured.out == ""
    assert sorted(p.name for p in empty.iterdir()) == ["notities.txt", "sub"]


def test_no_file_name_or_quoted_value_in_the_index_or_the_left_out_list(tmp_path: Path) -> None:
    # B5: the index was keyed by the file name and the problems quoted a resident's name
    import json

    root = tmp_path / "casussen"
    root.mkdir()
    fileformat.save(example_case(), root / "jansen-schulden.kvmap", backup=False)
    doc = json.loads(fileformat.dumps(_chain(2)))
    doc["actors"][0]["influence"] = "Yilmaz"
    (root / "bakker-stuk.kvmap").write_text(json.dumps(doc), encoding="utf-8")
    run = run_casebook(root, "nl", workers=1, cache=tmp_path / "cache")
    index = (root / INDEX_NAME).read_bytes().lower()
    assert b"jansen" not in index
    assert b"bakker" not in index
    (left,) = run.skipped
    assert left.shown == "bestand 1"
    assert "bakker" not in left.problem
    assert "Yilmaz" not in left.problem
    assert "actors[0].influence" in left.problem
    assert run_casebook(root, "nl", workers=1, cache=tmp_path / "cache").reused == 1


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_locked_index_is_not_to_be_deleted(lang: str) -> None:
    # hostile review 6, B7: "Delete …sqlite to rebuild it" while another run is using it
    from exports.casebook.index_words import index_lines

    path = "/data/casussen/.krachtenveld-casebook.sqlite"
    [locked] = index_lines((("unwritable", "locked"),), path, lang)  # type: ignore[arg-type]
    [damaged] = index_lines((("unwritable", "damaged"),), path, lang)  # type: ignore[arg-type]
    assert path not in locked
    assert ("other run has finished" if lang == "en" else "andere run klaar is") in locked
    assert ("Delete" if lang == "en" else "Verwijder") + f" {path}" in damaged
