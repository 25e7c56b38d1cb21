"""The case over time: the scorecard per snapshot, stance and trust per actor, and deadlines.

:func:`case_timeline` analyses every snapshot kept in a map (and the map as it is now) and
returns one :class:`Moment` each: the traffic light and the number of causes per building
block, every actor's stance and every trust tie's level. It also lays out the deadlines (the
needs' deadlines, the validity of mandates and agreements) and names each
:class:`Break`: a mandate or agreement for the power a decision needs that stops applying
before the decision is due.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from mapper.findings import Status
from models import Case, RelationKind
from models.fields import KINDS
from models.i18n import Lang, long_date
from models.timeline import Snapshot
from models.timeline_state import case_of, plain_state, state_digest

__all__ = [
    "Bar",
    "Break",
    "CaseTimeline",
    "Moment",
    "ScoreStore",
    "case_at",
    "case_timeline",
    "scorecard_of",
    "with_now",
]


@dataclass(frozen=True)
class Moment:
    """The map at one point in time: a snapshot, or the map as it is now (``id`` None)."""

    id: str | None
    date: date
    label: str
    status: dict[int, Status]  # building block -> traffic light
    causes: dict[int, int]  # building block -> number of causes counted there
    stance: dict[str, int]  # actor name -> stance -2..2
    trust: dict[str, int]  # "source → target" -> level -2..2


@dataclass(frozen=True)
class Bar:
    """A period on the timeline: a need's deadline (``start`` None) or a validity period."""

    kind: str  # "need", "mandate" or "agreement"
    id: str
    name: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Break:
    """A mandate or agreement for the power ``need`` needs that ends before its deadline."""

    need: str
    decision: str
    deadline: date
    kind: str  # "mandate" or "agreement"
    id: str
    name: str
    until: date  # the last day it applies
    expired: bool  # already ended on the map's reference date

    @property
    def on(self) -> date:
        """The first day the decision can no longer rest on it."""
        return self.until + timedelta(days=1)

    def text(self, lang: Lang) -> str:
        """One sentence a municipal adviser signs; names in the findings' quotes ‘…’ (new
        user, twelfth round B7: the Timeline wrote „…”)."""
        what = {
            ("mandate", "nl"): "Het mandaat",
            ("mandate", "en"): "The mandate",
            ("agreement", "nl"): "De afspraak",
            ("agreement", "en"): "The agreement",
        }[(self.kind, "nl" if lang == "nl" else "en")]
        if lang == "nl":
            tense = "gold" if self.expired else "geldt"
            after = {
                "mandate": "kan dat besluit niet meer onder dit mandaat worden genomen",
                "agreement": "valt dat besluit niet meer onder deze afspraak",
            }[self.kind]
            return (
                f"{what} \u2018{self.name}\u2019 {tense} tot en met "
                f"{long_date(self.until, lang)}; het besluit \u2018{self.decision}\u2019 is "
                f"uiterlijk {long_date(self.deadline, lang)} nodig. Vanaf "
                f"{long_date(self.on, lang)} {after}."
            )
        tense = "applied" if self.expired else "applies"
        after = {
            "mandate": "that decision can no longer be taken under this mandate",
            "agreement": "that decision no longer falls under this agreement",
        }[self.kind]
        return (
            f"{what} \u2018{self.name}\u2019 {tense} until {long_date(self.until, lang)} "
            f"inclusive; the decision \u2018{self.decision}\u2019 is needed by "
            f"{long_date(self.deadline, lang)}. From {long_date(self.on, lang)} {after}."
        )


@dataclass(frozen=True)
class CaseTimeline:
    """The moments (oldest first, the map now last), the deadline bars and the breaks."""

    moments: tuple[Moment, ...]
    bars: tuple[Bar, ...]
    breaks: tuple[Break, ...]
    as_of: date
    blocks: tuple[int, ...] = field(default=(1, 2, 3, 4, 5, 6, 7))

    def to_data(self, lang: Lang) -> dict[str, Any]:
        """A JSON-ready dict (``timeline --format json``)."""
        return {
            "as_of": self.as_of.isoformat(),
            "moments": [
                {
                    "id": m.id,
                    "date": m.date.isoformat(),
                    "label": m.label,
                    "scorecard": {str(b): m.status[b].value for b in self.blocks},
                    "causes": {str(b): m.causes[b] for b in self.blocks},
                    "stance": m.stance,
                    "trust": m.trust,
                }
                for m in self.moments
            ],
            "deadlines": [
                {
                    "kind": b.kind,
                    "id": b.id,
                    "name": b.name,
                    "start": b.start.isoformat() if b.start else None,
                    "end": b.end.isoformat() if b.end else None,
                }
                for b in self.bars
            ],
            "breaks": [
                {
                    "need": x.need,
                    "deadline": x.deadline.isoformat(),
                    "kind": x.kind,
                    "id": x.id,
                    "until": x.until.isoformat(),
                    "breaks_on": x.on.isoformat(),
                    "expired": x.expired,
                    "text": x.text(lang),
                }
                for x in self.breaks
            ],
        }


# The states of the last snapshots read (issue 15): the anonymiser reads every snapshot of a
# map three times (the plan, the copy, its check), the Timeline dock, the nota's trend and the
# casebook again; a snapshot never changes, and a copy of its case costs a hundredth of
# reading it. Keyed by the snapshot itself (copies of a case share their snapshots); a state
# of more than _STATES_ACTORS actors is read each time, so a big map's memory is not held.
_STATES: OrderedDict[int, tuple[Snapshot, Case]] = OrderedDict()
_STATES_MAX = 32
_STATES_ACTORS = 1_000
_STATES_LOCK = threading.Lock()  # the dock reads snapshots in a worker thread


def case_at(case: Case, snapshot_id: str) -> Case:
    """The map as it was at the snapshot ``snapshot_id`` (a new, independent case)."""
    from models import fileformat

    snap = case.timeline.snapshot(snapshot_id)
    if snap is None:
        raise KeyError(snapshot_id)
    with _STATES_LOCK:
        if (known := _STATES.get(id(snap))) is not None and known[0] is snap:
            _STATES.move_to_end(id(snap))
            return known[1].copy()
    state = case_of(snap.state, f"snapshot {snapshot_id}")  # its entities, the changed read
    if state is None:
        body = plain_state(snap.state)
        doc = {"format": fileformat.FORMAT_NAME, "version": fileformat.FORMAT_VERSION, **body}
        state = fileformat.case_from_dict(doc, f"snapshot {snapshot_id}")
    if len(state.actors) > _STATES_ACTORS:
        return state
    with _STATES_LOCK:
        _STATES[id(snap)] = snap, state  # the snapshot held: its id is not reused
        while len(_STATES) > _STATES_MAX:
            _STATES.popitem(last=False)
    return state.copy()  # the kept one is never handed out


# The scorecard of a snapshot's state, analysed once per process (issue 15): a snapshot never
# changes, yet the Timeline dock of every window, the nota's trend and the Excel report's
# timeline each analysed every snapshot again. Keyed by the state's text (and today's date when
# the state has no reference date: it is analysed as of today), or for the map now by its header
# and entities (immutable: an edit makes a new key); the few entries are small.
_SCORED: OrderedDict[tuple[object, ...], tuple[dict[int, Status], dict[int, int]]] = OrderedDict()
_SCORED_MAX = 64
_SCORED_LOCK = threading.Lock()  # the dock analyses in a worker thread


def _state_key(state: Mapping[str, Any], as_of: date | None) -> tuple[object, ...]:
    """A snapshot's key: its state's digest (a shared section's made once) and, only when the
    state names no reference date (``as_of``: then it is analysed as of today), today's date;
    a dated state is analysed the same on every day, so its key lasts (rev-hostile18 F2)."""
    digest = state_digest(state)
    return (digest,) if as_of is not None else (digest, date.today())


def _now_key(case: Case) -> tuple[object, ...] | None:
    """The map now as a key: its header and entities (None for a big map, whose entities
    the cache would hold)."""
    if len(case.actors) > _STATES_ACTORS:
        return None
    key = (case.info, *(tuple(case.collection(kind)) for kind in KINDS), date.today())
    try:
        hash(key)
    except TypeError:  # a field that is no value
        return None
    return key


class ScoreStore(Protocol):
    """Scorecards kept beyond the process (:mod:`exports.trend_scores`), keyed by a
    snapshot's state (a key that holds a date is asked for on that day only): ``get`` gives
    None for anything it cannot vouch for."""

    def get(self, key: tuple[object, ...]) -> tuple[dict[int, Status], dict[int, int]] | None:
        """The scorecard kept for ``key``, or None."""

    def put(
        self, key: tuple[object, ...], status: dict[int, Status], causes: dict[int, int]
    ) -> None:
        """Keep a scorecard for ``key``."""


def scorecard_of(rows: Iterable[Any]) -> tuple[dict[int, Status], dict[int, int]]:
    """The traffic light and the number of causes per building block of an analysis's
    scorecard rows (:class:`mapper.scorecard.ScoreRow`)."""
    rows = list(rows)
    return (
        {r.building_block: r.status for r in rows},
        {r.building_block: len(r.causes) for r in rows},
    )


def _scorecard(
    case: Case, key: tuple[object, ...] | None, store: ScoreStore | None = None
) -> tuple[dict[int, Status], dict[int, int]]:
    """The traffic light and the number of causes per building block of ``case``; a
    snapshot's (``key`` of its state) from the cache when it was analysed before, in this
    process or (``store``) in an earlier one."""
    from mapper.analysis import analyse

    if key is not None:
        with _SCORED_LOCK:
            if (known := _SCORED.get(key)) is not None:
                _SCORED.move_to_end(key)
                return dict(known[0]), dict(known[1])
    kept = store.get(key) if store is not None and key is not None else None
    if kept is not None:
        status, causes = kept
    else:
        # only the verdicts are kept: the findings' words are not made (issue 15: a third of
        # each snapshot's analysis; the unworded analysis has the same scorecard, see
        # tests/mapper/test_analysis_unworded.py)
        status, causes = scorecard_of(analyse(case, words=False).scorecard)
        if store is not None and key is not None:
            store.put(key, status, causes)
    if key is not None:
        with _SCORED_LOCK:
            _SCORED[key] = dict(status), dict(causes)
            while len(_SCORED) > _SCORED_MAX:
                _SCORED.popitem(last=False)
    return status, causes


def _moment(
    case: Case,
    ident: str | None,
    when: date,
    label: str,
    key: tuple[object, ...] | None = None,
    store: ScoreStore | None = None,
    scored: tuple[dict[int, Status], dict[int, int]] | None = None,
) -> Moment:
    status, causes = scored if scored is not None else _scorecard(case, key, store)
    names = {a.id: a.name for a in case.actors}
    trust = {
        f"{names.get(r.source, r.source)} \u2192 {names.get(r.target, r.target)}": r.level
        for r in case.relationships
        if r.kind is RelationKind.TRUST
    }
    return Moment(
        ident,
        when,
        label,
        status,
        causes,
        {a.name: a.stance for a in case.actors},
        trust,
    )


def _mandate_name(case: Case, mandate: Any) -> str:
    """``Bijzondere bijstand verlenen (College van B&W → Manager W&I)``."""
    names = {a.id: a.name for a in case.actors}
    ends = f"{names.get(mandate.grantor, mandate.grantor)} \u2192 "
    ends += names.get(mandate.holder, mandate.holder)
    return f"{case.power_name(mandate.power, 'nl')} ({ends})"


def _bars(case: Case) -> list[Bar]:
    bars = [Bar("need", n.id, n.decision, None, n.deadline) for n in case.needs if n.deadline]
    for m in case.mandates:
        if m.valid_from or m.valid_until:
            name = _mandate_name(case, m)
            bars.append(Bar("mandate", m.id, name, m.valid_from, m.valid_until))
    bars += [
        Bar("agreement", g.id, g.name, g.valid_from, g.valid_until)
        for g in case.agreements
        if g.valid_from or g.valid_until
    ]
    return bars


def _breaks(case: Case, as_of: date) -> list[Break]:
    found: list[Break] = []
    for need in case.needs:
        if need.deadline is None:
            continue
        power = str(need.power)
        for m in case.mandates:
            if str(m.power) == power and m.valid_until and m.valid_until < need.deadline:
                name = _mandate_name(case, m)
                expired = m.valid_until < as_of
                found.append(
                    Break(
                        need.id,
                        need.decision,
                        need.deadline,
                        "mandate",
                        m.id,
                        name,
                        m.valid_until,
                        expired,
                    )
                )
        for g in case.agreements:
            covers = {str(c) for c in g.covers}
            if power in covers and g.valid_until and g.valid_until < need.deadline:
                found.append(
                    Break(
                        need.id,
                        need.decision,
                        need.deadline,
                        "agreement",
                        g.id,
                        g.name,
                        g.valid_until,
                        g.valid_until < as_of,
                    )
                )
    return sorted(found, key=lambda b: (b.on, b.deadline, b.need, b.id))


def breaks_of(case: Case, today: date | None = None) -> tuple[Break, ...]:
    """What ends before a decision is due, on the map now (no analysis: cheap)."""
    return tuple(_breaks(case, case.info.as_of or today or date.today()))


def case_timeline(
    case: Case,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    last: int | None = None,
    store: ScoreStore | None = None,
    now: tuple[dict[int, Status], dict[int, int]] | None = None,
) -> CaseTimeline:
    """Analyse every snapshot of ``case`` (``last``: only the last so many, for a figure that
    shows no more; ``store``: the snapshots' scorecards kept between runs) and the map now
    (``now``: its :func:`scorecard_of` ``analyse(case)``, when the caller just made it);
    the deadlines and breaks of now.

    The map now is dated by its reference date (``case.as_of``), else ``today``.
    """
    day = case.info.as_of or today or date.today()
    snaps = case.timeline.snapshots
    if last is not None:  # the nota shows six moments: it analysed all 30 (rev-hostile17 F2)
        snaps = snaps[max(len(snaps) - last, 0) :] if last > 0 else ()
    moments: list[Moment] = []
    for i, snap in enumerate(snaps):
        if progress is not None:
            progress(i, len(snaps) + 1)
        state = case_at(case, snap.id)
        key = _state_key(snap.state, state.info.as_of)
        moments.append(_moment(state, snap.id, snap.date, snap.label, key, store))
    if progress is not None:
        progress(len(snaps), len(snaps) + 1)
    moments.append(_moment(case, None, day, "", _now_key(case), scored=now))
    return CaseTimeline(tuple(moments), tuple(_bars(case)), tuple(_breaks(case, day)), day)


def with_now(line: CaseTimeline, case: Case, *, today: date | None = None) -> CaseTimeline:
    """``line`` with its last column (the map now), its deadlines and breaks taken again from
    ``case`` as it is after an edit; the snapshots are not analysed again (they do not change
    when the map does)."""
    now = case.info.as_of or today or date.today()
    moments = (*line.moments[:-1], _moment(case, None, now, ""))
    return CaseTimeline(moments, tuple(_bars(case)), tuple(_breaks(case, now)), now, line.blocks)
