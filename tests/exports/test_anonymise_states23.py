"""The copy's check and the exports' gate read the snapshots' states anonymise built, not the
copy's written states read back (issue 15, session 23): the states read the same as their
written form read back, and the check finds what it found reading them back."""

from __future__ import annotations

import json

import pytest

import exports.anonymise_copy as copy_module
from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from mapper.timeline import case_at
from models import fileformat
from models.case import Case
from models.example import example_case
from models.fields import KINDS


@pytest.mark.parametrize(("lang", "for_copy"), [("nl", True), ("en", False)])
def test_the_cleaned_states_are_their_written_form_read_back(lang: str, for_copy: bool) -> None:
    case = example_case()
    cleaned: dict[str, Case] = {}
    copy = anonymise(case, lang, for_copy=for_copy, cleaned=cleaned)  # type: ignore[arg-type]
    assert len(cleaned) == len(copy.timeline.snapshots) == len(case.timeline.snapshots) > 0
    for snap in copy.timeline.snapshots:
        built, read = cleaned[snap.id], case_at(copy, snap.id)
        # the whole state, not only the names and ids the check reads
        assert fileformat.case_to_dict(built) == fileformat.case_to_dict(read)
        for kind in KINDS:
            assert [(i.id, getattr(i, "name", None)) for i in built.collection(kind)] == [
                (i.id, getattr(i, "name", None)) for i in read.collection(kind)
            ]


def test_the_check_reads_no_state_of_the_copy_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # fails on the old code: the check read every snapshot of the copy back from its JSON
    case = example_case()
    cleaned: dict[str, Case] = {}
    copy = anonymise(case, "nl", for_copy=True, cleaned=cleaned)
    data = json.loads(fileformat.dumps(copy))
    read: list[object] = []
    real = case_at

    def counted(of: Case, snapshot_id: str) -> Case:
        read.append(of)
        return real(of, snapshot_id)

    monkeypatch.setattr(copy_module, "case_at", counted)
    assert _check(case, copy, data, cleaned) is None
    assert not any(of is copy for of in read)
    assert _check(case, copy, data) is None  # without them, read back as before
    assert sum(of is copy for of in read) == len(copy.timeline.snapshots)


def test_a_leak_in_a_snapshot_is_found_with_the_cleaned_states() -> None:
    # the check still reads the written data: a name put back into a snapshot's written state
    # is found whether or not the states are handed over
    case = example_case()
    cleaned: dict[str, Case] = {}
    copy = anonymise(case, "nl", for_copy=True, cleaned=cleaned)
    data = json.loads(fileformat.dumps(copy))
    snapshot = data["snapshots"][-1]
    actors = snapshot["state"].setdefault("actors", [])
    resident = next(a for a in case.actors if a.kind.value == "citizen")
    actors.append({"id": "extra", "name": resident.name, "kind": "citizen"})
    assert _check(case, copy, data) is not None
    assert _check(case, copy, data, cleaned) == _check(case, copy, data)
