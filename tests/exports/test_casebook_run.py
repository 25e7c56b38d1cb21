"""The casebook over a folder (issue 16): the index is keyed by content and analysis version,
a second run analyses only what changed, bad files are listed and skipped, nothing but the
index is written in the folder, a folder that cannot hold the index uses the cache, and no
resident's name reaches a report."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from exports.casebook import INDEX_NAME, run_casebook
from exports.casebook.words import as_json, text_report
from models import fileformat
from models.example import example_case
from tests.mapper.test_casebook import _chain


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "casussen"
    (root / "2026").mkdir(parents=True)
    fileformat.save(example_case(), root / "jansen-schulden.kvmap", backup=False)
    for n in (1, 3, 4):
        fileformat.save(_chain(n, f"Afwijken {n}"), root / "2026" / f"keten{n}.kvmap", backup=False)
    (root / "2026" / "stuk.kvmap").write_text("{ niet af", encoding="utf-8")
    doc = json.loads(fileformat.dumps(_chain(2)))
    doc["version"] = 99
    (root / "nieuwer.kvmap").write_text(json.dumps(doc), encoding="utf-8")
    (root / "notities.txt").write_text("geen kaart", encoding="utf-8")
    return root


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != INDEX_NAME
    }


def test_second_run_reads_only_what_changed_and_writes_only_the_index(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    before = _hashes(root)
    first = run_casebook(root, "nl", workers=1, cache=tmp_path / "cache")
    assert (first.analysed, first.reused) == (6, 0)  # four maps, two bad files
    assert len(first.cases) == 4
    assert first.index_in_folder
    assert Path(first.index) == root / INDEX_NAME
    assert _hashes(root) == before  # nothing but the index was written
    assert sorted(p.name for p in root.iterdir()) == sorted(
        [INDEX_NAME, "2026", "jansen-schulden.kvmap", "nieuwer.kvmap", "notities.txt"]
    )
    second = run_casebook(root, "nl", workers=1, cache=tmp_path / "cache")
    assert (second.analysed, second.reused) == (2, 4)  # only the bad files are read again
    assert second.book == first.book
    # one map changes: only that one is analysed again
    fileformat.save(_chain(2, "Afwijken 1"), root / "2026" / "keten1.kvmap", backup=False)
    third = run_casebook(root, "nl", workers=1, cache=tmp_path / "cache")
    assert (third.analysed, third.reused) == (3, 3)
    (deviate,) = [s for s in third.book.steps if s.category == "deviate_from_rule"]
    assert len(deviate.far) == 2  # keten3, keten4 (keten1 is now two steps)


def test_another_analysis_version_analyses_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path)
    run_casebook(root, "nl", workers=1)
    from mapper.casebook import ANALYSIS_VERSION

    monkeypatch.setattr("exports.casebook.index.ANALYSIS_VERSION", ANALYSIS_VERSION + 1)
    again = run_casebook(root, "nl", workers=1)
    assert again.reused == 0


def test_bad_files_are_listed_with_their_problem_and_skipped(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    run = run_casebook(root, "nl", workers=1)
    # B5: a neutral label in the reports (a file name is often a resident's)
    problems = {Path(s.path).name: (s.shown, s.problem) for s in run.skipped}
    assert set(problems) == {"stuk.kvmap", "nieuwer.kvmap"}
    assert {shown for shown, _ in problems.values()} == {"bestand 1", "bestand 2"}
    assert "ongeldige JSON op regel 1" in problems["stuk.kvmap"][1]
    assert "99" in problems["nieuwer.kvmap"][1]
    shown, problem = problems["nieuwer.kvmap"]
    assert problem.startswith(shown)
    assert "nieuwer.kvmap" not in problem
    assert "Overgeslagen bestanden" in text_report(run, "nl")


def test_no_residents_name_in_any_report(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    run = run_casebook(root, "nl", workers=1)
    for text in (text_report(run, "nl"), json.dumps(as_json(run, "nl"), ensure_ascii=False)):
        assert "Jansen" not in text
        assert "jansen" not in text
    assert "de inwoner-schulden.kvmap" in [c["file"] for c in as_json(run, "nl")["cases"]]
    index = (root / INDEX_NAME).read_bytes()
    assert b"Jansen" not in index
    # the file's own name is the index's key, as it is in the folder; nothing else names her
    assert b"jansen" not in index.replace(b"jansen-schulden.kvmap", b"")


def test_a_folder_that_cannot_hold_the_index_uses_the_cache(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / INDEX_NAME).mkdir()  # something else stands where the index would go
    cache = tmp_path / "cache"
    before = _hashes(root)
    run = run_casebook(root, "en", workers=1, cache=cache)
    assert not run.index_in_folder
    assert Path(run.index).parent == cache
    assert len(run.cases) == 4
    assert _hashes(root) == before
    assert run_casebook(root, "en", workers=1, cache=cache).reused == 4


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_folder_uses_the_cache(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    for p in [root, *root.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        run = run_casebook(root, "en", workers=1, cache=tmp_path / "cache")
        assert not run.index_in_folder
        assert not (root / INDEX_NAME).exists()
    finally:
        for p in [root, *root.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)


def test_a_damaged_index_is_started_afresh(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / INDEX_NAME).write_bytes(b"not a database at all" * 100)
    run = run_casebook(root, "nl", workers=1)
    assert run.index_in_folder
    assert (run.analysed, len(run.cases)) == (6, 4)


def test_parallel_processes_give_the_same_casebook(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    for n in range(6):  # enough files that the processes are started
        shutil.copy(root / "2026" / "keten3.kvmap", root / "2026" / f"kopie{n}.kvmap")
    serial = run_casebook(root, "nl", workers=1, cache=tmp_path / "c1")
    (root / INDEX_NAME).unlink()
    parallel = run_casebook(root, "nl", workers=2, cache=tmp_path / "c2")
    assert parallel.workers == 2
    assert parallel.book == serial.book
    assert [c.shown for c in parallel.cases] == [c.shown for c in serial.cases]


def test_stopping_keeps_what_was_analysed(tmp_path: Path) -> None:
    from exports.casebook import CasebookCancelled

    root = _folder(tmp_path)
    asked = iter(range(100))

    def stop_after_three() -> bool:
        return next(asked) >= 3 + 6  # six files are hashed first, then three analysed

    with pytest.raises(CasebookCancelled):
        run_casebook(root, "nl", workers=1, cancelled=stop_after_three)
    again = run_casebook(root, "nl", workers=1)
    # the three read before Stop: jansen-schulden and 2026/keten1 kept, nieuwer.kvmap refused
    assert again.reused == 2
    assert len(again.cases) == 4
