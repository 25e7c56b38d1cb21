"""Saving a .kvmap (split from tests/models/test_fileformat.py): a round trip through the disk,
accepted findings written and read back, the previous file kept as a backup, a failed save
that leaves the old file, a missing folder and a failed first save said as they are."""

from __future__ import annotations

import errno
import json
import os
from datetime import date
from pathlib import Path

import pytest

from models import FormatError
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict, load, save
from tests.models.test_fileformat import minimal

pytestmark = pytest.mark.real_fsync  # durable writes: the real fsync (tests/conftest.py)


def test_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "map.kvmap"
    save(case, path)
    assert case_to_dict(load(path)) == case_to_dict(case)
    assert not list(tmp_path.glob(".~kv-*"))


def test_accepted_findings_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    case.add(
        EntityKind.ACCEPTANCE,
        Acceptance(
            "acc1",
            "MANDATE_EXPIRED:m5",
            "Wordt in januari vernieuwd",
            "Directie",
            date(2026, 9, 1),
            date(2027, 1, 31),
            "0123456789ab",
        ),
    )
    case.add(EntityKind.ACCEPTANCE, Acceptance("acc2", "NO_TRUST:a2", "Bewust", until=None))
    path = tmp_path / "map.kvmap"
    save(case, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["accepted"][0] == {
        "id": "acc1",
        "finding": "MANDATE_EXPIRED:m5",
        "reason": "Wordt in januari vernieuwd",
        "by": "Directie",
        "on": "2026-09-01",
        "until": "2027-01-31",
        "content": "0123456789ab",
    }
    assert doc["accepted"][1]["until"] is None
    back = load(path)
    assert list(back.accepted) == list(case.accepted)
    assert case_to_dict(back) == case_to_dict(case)


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "map.kvmap"
    first = case_from_dict(minimal())
    save(first, path)
    second = first.copy()
    second.set_case_field("title", "Second")
    save(second, path)
    assert load(path).info.title == "Second"
    assert load(path.with_name("map.kvmap.bak")).info.title == "T"


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.kvmap"
    save(case_from_dict(minimal()), path)
    old_bytes = path.read_bytes()
    changed = case_from_dict(minimal())
    changed.set_case_field("title", "Changed")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FormatError) as info:
        save(changed, path)
    assert "previous file is unchanged" in info.value.render()
    assert str(path) in info.value.render()
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.kvmap"]


def test_save_into_missing_folder_reports_clearly(tmp_path: Path) -> None:
    # hostile finding 15: there was no previous file, so never "the previous file is unchanged"
    with pytest.raises(FormatError) as info:
        save(case_from_dict(minimal()), tmp_path / "gone" / "map.kvmap")
    assert info.value.problems[0].key == "folder_missing"
    text = info.value.render()
    assert f"the folder {tmp_path / 'gone'} does not exist. Nothing was written" in text
    assert "previous file" not in text


def test_a_failed_first_save_does_not_speak_of_a_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FormatError) as info:
        save(case_from_dict(minimal()), tmp_path / "new.kvmap")
    assert "Nothing was written" in info.value.render()
    assert "previous file" not in info.value.render()
