"""Hostile review, third round N11 and N12: contradictory snapshot content, a key given twice,
a party listed twice, an agreement without parties, a snapshot dated after today, names that
differ only by an invisible character. Each test failed before the fix."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mapper import analyse
from models import Case, fileformat
from models.entities import Actor, CaseInfo, Relationship
from models.enums import EntityKind, RelationKind
from models.errors import FormatError
from models.example import example_case as shipped_example
from models.notices import map_notices
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of

pytestmark = pytest.mark.real_fsync  # durable writes: the real fsync (tests/conftest.py)


def example_case() -> Case:
    """The shipped example without the snapshots it ships with: these tests add their own."""
    case = shipped_example()
    case.timeline = Timeline()
    return case


def _doc() -> dict[str, object]:
    case = example_case()
    case.timeline.add_snapshot(
        Snapshot("s1", date(2026, 1, 15), "Eerste", state_of(fileformat.case_to_dict(case)))
    )
    case.update(EntityKind.ACTOR, "college", {"stance": 2})
    case.timeline.add_snapshot(
        Snapshot("s2", date(2026, 2, 1), "Tweede", state_of(fileformat.case_to_dict(case)))
    )
    doc: dict[str, object] = json.loads(fileformat.dumps(case))
    return doc


def _refused(doc: object) -> FormatError:
    with pytest.raises(FormatError) as info:
        fileformat.loads(json.dumps(doc), "kaart.kvmap")
    return info.value


def test_a_state_that_sets_and_drops_one_actor_is_refused() -> None:
    doc = _doc()
    actors = doc["snapshots"][1]["state"]["actors"]  # type: ignore[index]
    actors["drop"] = ["college"]
    error = _refused(doc)
    assert [p.key for p in error.problems] == ["snapshot_set_and_drop"]
    assert error.problems[0].location == "snapshots[1].state.actors.drop[0]"
    assert 'sets "college" and drops it in the same state' in error.render("en")
    assert 'zet "college" en laat het in dezelfde toestand vervallen' in error.render("nl")


def test_a_state_that_sets_one_actor_twice_is_refused() -> None:
    doc = _doc()
    actors = doc["snapshots"][1]["state"]["actors"]  # type: ignore[index]
    actors["set"] = [actors["set"][0], {**actors["set"][0], "influence": 1}]
    error = _refused(doc)
    assert [p.key for p in error.problems] == ["snapshot_set_twice"]
    assert "snapshots[1].state.actors.set[1]" in error.render("en")
    assert 'zet "college" een tweede keer (ook set[0])' in error.render("nl")


def test_a_key_given_twice_is_named() -> None:
    text = fileformat.dumps(example_case()).replace('"version": 2', '"version": 2, "version": 3')
    assert text.count('"version"') == 2
    with pytest.raises(FormatError) as info:
        fileformat.loads(text, "kaart.kvmap")
    assert [p.key for p in info.value.problems] == ["duplicate_key"]
    assert 'the key "version" appears twice in one object (2 and 3)' in info.value.render("en")
    assert "staat twee keer in één object" in info.value.render("nl")


def _with_party_twice() -> str:
    doc = json.loads(fileformat.dumps(example_case()))
    agreement = doc["agreements"][0]
    agreement["parties"] = [agreement["parties"][0], *agreement["parties"]]
    return json.dumps(doc)


def test_a_party_listed_twice_is_repaired_with_a_message() -> None:
    text = _with_party_twice()
    with pytest.raises(FormatError, match="listed twice"):
        fileformat.loads(text)  # strict: refused
    loaded = fileformat.reads(text)  # the app and validate: repaired, and said
    assert [p.key for p in loaded.problems] == ["items_twice_removed"]
    assert loaded.problems[0].location == "agreements[0].parties"
    parties = loaded.case.agreements[0].parties
    assert len(parties) == len(set(parties))


def test_an_agreement_without_parties_and_a_future_snapshot_are_noticed() -> None:
    case = example_case()
    first = case.agreements[0]
    case.update(EntityKind.AGREEMENT, first.id, {"parties": ()})
    state = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot("s1", date(2099, 1, 1), "Later", state))
    notices = map_notices(case, today=date(2026, 12, 3))
    assert [(p.location, p.key) for p in notices] == [
        (f"agreements[id={first.id}].parties", "agreement_no_parties"),
        ("snapshots[id=s1].date", "snapshot_after_today"),
    ]
    assert not map_notices(example_case(), today=date(2026, 12, 3))


def test_validate_says_the_slips_and_stays_valid(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    from ui.cli import main

    case = example_case()
    case.update(EntityKind.AGREEMENT, case.agreements[0].id, {"parties": ()})
    path = Path(str(tmp_path)) / "m.kvmap"
    fileformat.save(case, path, backup=False)
    assert main(["--lang", "nl", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "waarschuwing: agreements[id=" in out
    assert "noemt geen partijen" in out


def test_names_that_differ_by_an_invisible_character_are_one_name() -> None:
    people = [Actor("a", "College van B&W"), Actor("b", "College van B&W\u200b")]
    case = Case.from_parts(
        CaseInfo("zw"), people, [Relationship("r1", "a", "b", RelationKind.SIGNAL)]
    )
    found = [f for f in analyse(case).findings if f.code == "STRUCTURE_DUPLICATE_NAME"]
    assert [f.actors for f in found] == [("a", "b")]


def test_a_read_only_map_is_not_replaced_even_by_root(tmp_path: object) -> None:
    import errno
    from pathlib import Path

    from models.atomic import atomic_write_bytes

    target = Path(str(tmp_path)) / "m.kvmap"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(PermissionError) as info:
        atomic_write_bytes(target, b"new")
    assert info.value.errno == errno.EACCES
    assert target.read_bytes() == b"old"


def test_a_read_only_file_system_is_named_as_such(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os
    from pathlib import Path
    from types import SimpleNamespace

    from models.atomic import atomic_write_bytes

    target = Path(str(tmp_path)) / "m.kvmap"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    monkeypatch.setattr(os, "statvfs", lambda _p: SimpleNamespace(f_flag=os.ST_RDONLY))
    with pytest.raises(PermissionError) as info:
        atomic_write_bytes(target, b"new")
    assert info.value.errno == errno.EROFS
    assert "Read-only file system" in str(info.value)
