"""The anonymised copy never destroys an existing file (hostile review 5, B1): the leak check
runs before anything is written, and an existing file that is not an earlier anonymised copy
is refused unless forced (then kept as .bak)."""

from __future__ import annotations

from pathlib import Path

import pytest

import exports.anonymise_copy as copy_mod
from exports.anonymise_copy import CopyLeakError, write_anonymised_copy
from exports.copy_target import CopyTargetError
from models import fileformat
from models.case import Case
from models.entities import Actor, CaseInfo
from models.enums import ActorKind, EntityKind
from models.errors import FormatError
from models.example import example_case
from ui.cli import main


def _earlier_copy(tmp_path: Path) -> Path:
    out = tmp_path / "target.kvmap"
    write_anonymised_copy(example_case(), out, "nl")
    return out


def test_a_leak_leaves_an_earlier_copy_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _earlier_copy(tmp_path)
    before = out.read_bytes()
    monkeypatch.setattr(copy_mod, "anonymise", lambda case, lang, **_: case)
    with pytest.raises(CopyLeakError) as raised:
        write_anonymised_copy(example_case(), out, "nl")
    assert "nothing was written" in str(raised.value) or "niets geschreven" in str(raised.value)
    assert out.read_bytes() == before  # it was deleted before the fix
    assert not list(tmp_path.glob("*.bak"))


def test_a_working_map_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "realmap.kvmap"
    fileformat.save(example_case(), target, backup=False)
    before = target.read_bytes()
    with pytest.raises(CopyTargetError) as raised:
        write_anonymised_copy(example_case(), target, "en")
    assert str(target) in str(raised.value)
    assert "--force" in str(raised.value)
    assert target.read_bytes() == before
    write_anonymised_copy(example_case(), target, "en", force=True)
    assert Path(f"{target}.bak").read_bytes() == before
    assert "Jansen" not in target.read_text(encoding="utf-8")


def test_a_file_that_is_not_a_map_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "notes.kvmap"
    target.write_text("my own notes", encoding="utf-8")
    with pytest.raises(CopyTargetError):
        write_anonymised_copy(example_case(), target, "nl")
    assert target.read_text(encoding="utf-8") == "my own notes"


def test_an_earlier_anonymised_copy_is_replaced_without_force(tmp_path: Path) -> None:
    out = _earlier_copy(tmp_path)
    case = example_case()
    case.set_case_field("title", "Een andere titel")
    before = out.read_bytes()
    write_anonymised_copy(case, out, "nl")
    assert "Een andere titel" in out.read_text(encoding="utf-8")
    # the earlier copy is kept too: its mark may be on work done by hand since (review 7, F4)
    assert out.with_name("target.kvmap.bak").read_bytes() == before


def test_the_cli_refuses_to_overwrite_a_map_and_forces_with_a_bak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "src.kvmap", tmp_path / "realmap.kvmap"
    fileformat.save(example_case(), source, backup=False)
    other = example_case()
    other.set_case_field("title", "Een andere zaak")
    fileformat.save(other, target, backup=False)
    before = target.read_bytes()
    args = ["--lang", "en", "export", str(source), "--to", str(target), "--anonymise"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{target}: this file already exists and is not an anonymised copy" in err
    assert target.read_bytes() == before
    assert main([*args, "--force"]) == 0
    assert Path(f"{target}.bak").read_bytes() == before


def _map_without_residents() -> Case:
    actors = [Actor("college", "College", ActorKind.ADMINISTRATOR), Actor("team", "Team Werk")]
    return Case.build(CaseInfo(title="Organogram"), {EntityKind.ACTOR: actors})


def test_a_map_without_residents_is_not_taken_for_a_copy(tmp_path: Path) -> None:
    # review 6, N3: anonymising leaves such a map unchanged; it used to be overwritten, no .bak
    target = tmp_path / "work.kvmap"
    fileformat.save(_map_without_residents(), target, backup=False)
    before = target.read_bytes()
    with pytest.raises(CopyTargetError):
        write_anonymised_copy(example_case(), target, "en")
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_the_copy_carries_its_mark_and_round_trips(tmp_path: Path) -> None:
    out = _earlier_copy(tmp_path)
    text = out.read_text(encoding="utf-8")
    assert '"anonymised": true' in text
    assert fileformat.load(out).info.anonymised is True
    assert fileformat.dumps(fileformat.load(out)) == text
    plain = tmp_path / "plain.kvmap"
    fileformat.save(example_case(), plain, backup=False)
    assert "anonymised" not in plain.read_text(encoding="utf-8")
    assert fileformat.load(plain).info.anonymised is False


def test_a_mark_that_is_not_true_or_false_is_refused(tmp_path: Path) -> None:
    out = _earlier_copy(tmp_path)
    out.write_text(
        out.read_text(encoding="utf-8").replace('"anonymised": true', '"anonymised": "ja"'),
        encoding="utf-8",
    )
    with pytest.raises(FormatError) as raised:
        fileformat.load(out)
    assert "case.anonymised" in str(raised.value)
