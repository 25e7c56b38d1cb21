"""The casebook's record without anonymising the whole case (issue 16, the cold run): the
worker analyses the case itself and anonymises only the names a record keeps. The record says
what the record of the whole anonymised case says, and no resident's name, staff member's own
name or health word reaches it."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import generate_case
from exports.anonymise import anonymise
from exports.casebook.worker import analyse_file
from mapper.analysis import analyse
from mapper.casebook import CaseRecord, case_record, cause_keys
from mapper.timeline import case_at
from models import Actor, ActorKind, Case, Organisation, Power, fileformat
from models.enums import EntityKind
from models.example import example_case
from models.fields import KINDS
from models.fileformat import case_to_dict
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of
from tests.mapper.test_casebook import _chain


def _health_case() -> Case:
    """The example with a care provider whose id, organisation and power show health, a
    staff member named in brackets and a second resident."""
    case = example_case()
    case.add(EntityKind.ORGANISATION, Organisation("ggz-noord", "GGZ Noord"))
    case.add(
        EntityKind.ACTOR,
        Actor(
            "ggz-psychiater", "Psychiater GGZ Noord", ActorKind.PARTNER, organisation="ggz-noord"
        ),
    )
    case.add(EntityKind.ACTOR, Actor("piet", "Piet de Vries", ActorKind.CITIZEN))
    case.add(
        EntityKind.POWER, Power("ggz-opname", "Opname in de GGZ-kliniek", holder="ggz-psychiater")
    )
    return case


def _cases() -> list[Case]:
    return [example_case(), _health_case(), _chain(3), generate_case(60, seed=5)]


def _comparable(record: CaseRecord) -> dict[str, Any]:
    """What the reports use: everything but a cause's own id and rank and the order of its roles
    (an analysis of the case itself and one of its anonymised copy may break a tie between two
    causes, or order a cause's actors, by their ids)."""
    doc = record.to_dict()
    del doc["digest"], doc["earlier"]  # of the map as read: what finds its copies
    causes = Counter(
        json.dumps(
            {
                k: sorted(v) if k == "roles" else v
                for k, v in c.items()
                if k not in ("cause", "rank")
            },
            sort_keys=True,
        )
        for c in doc.pop("causes")
    )
    return {**doc, "causes": causes}


@pytest.mark.parametrize("index", range(4))
def test_the_record_is_the_record_of_the_anonymised_case(tmp_path: Path, index: int) -> None:
    case = _cases()[index]
    path = tmp_path / "casus.kvmap"
    fileformat.save(case, path, backup=False)
    fast = CaseRecord.from_dict(analyse_file(str(path), path.name, "nl").record or {})
    anon = anonymise(fileformat.load(path), "nl")
    trend = [
        (snap.date.isoformat(), cause_keys(analyse(then := case_at(anon, snap.id)), then))
        for snap in anon.timeline.snapshots
    ]
    full = case_record(anon, analyse(anon), trend)  # the way before: the whole case anonymised
    assert fast.causes
    assert _comparable(fast) == _comparable(full)


def _words(case: Case) -> list[str]:
    """The names and words no record may hold."""
    residents = [a.name for a in case.actors if a.kind is ActorKind.CITIZEN]
    return [*residents, *(n.split()[-1] for n in residents), "Sanne", "GGZ", "ggz", "Psychiat"]


def test_no_name_or_health_word_reaches_the_record(tmp_path: Path) -> None:
    case = _health_case()
    path = tmp_path / "casus.kvmap"
    fileformat.save(case, path, backup=False)
    outcome = analyse_file(str(path), path.name, "nl")
    text = json.dumps(outcome.record, ensure_ascii=False)
    assert outcome.record is not None
    # the residents, the care provider and its power are there, by their role and neutrally
    for said in ("Inwoner", "Inwoner 2", "Zorgaanbieder", "Eigen besluit van de aanbieder"):
        assert said in text
    leaked = [w for w in _words(case) if w in text]
    assert leaked == []


def test_a_resident_only_on_an_earlier_snapshot_leaves_the_title(tmp_path: Path) -> None:
    then = _health_case()  # Piet de Vries was on the map on 1 March
    now = example_case()
    info = dataclasses.replace(now.info, title="Piet de Vries: dreigende huisuitzetting")
    case = Case.build(info, {kind: list(now.collection(kind)) for kind in KINDS})
    state = state_of(case_to_dict(then))
    case.timeline = Timeline([Snapshot("s1", date(2026, 3, 1), "Begin", state)])
    path = tmp_path / "casus.kvmap"
    fileformat.save(case, path, backup=False)
    record = analyse_file(str(path), path.name, "nl").record
    assert record is not None
    assert record["trend"]  # the snapshot was read
    assert record["title"] == "Dreigende huisuitzetting"
    assert "Vries" not in json.dumps(record, ensure_ascii=False)
