"""Helper process for the kill test (not a test module).

``python kill_writer.py TARGET ACTORS`` writes version A of a large case to TARGET, prints
``ready``, then for every ``fork`` line on stdin forks a child that saves versions B, A, B, …
to TARGET with :func:`models.fileformat.save` until it is killed; the parent prints the child's
pid, reaps it after the kill and prints ``reaped``; the child prints ``writing`` when its
first write starts. Writes go out in 64 KB chunks with a 2 ms
pause (a slow network drive), so many kills land while the temporary file is being written.
Forking from this small single-threaded process keeps each round cheap, so hundreds of kills
fit in well under a minute. Each line goes out in one ``write`` (:func:`_say`): the parent's pid
line and the child's ``writing`` can come at the same instant, and ``print`` writes a number and
its newline apart, so the two could mix into one line.
"""

from __future__ import annotations

import os
import sys
import time

from models import atomic, fileformat
from models.case import Case
from models.entities import Actor, CaseInfo, Position, Relationship
from models.enums import RelationKind
from models.fileformat import dumps, save


def build(actors: int, version: str) -> Case:
    """A large case; versions differ in title, names and size."""
    extra = 1 if version == "B" else 0
    people = [
        Actor(
            id=f"a{i}",
            name=f"Actor {i} versie {version}",
            notes="notitie " * (5 + 3 * extra),
            position=Position(float(i % 80) * 150, float(i // 80) * 80),
        )
        for i in range(actors + 50 * extra)
    ]
    kinds = list(RelationKind)
    rels = [
        Relationship(
            id=f"r{i}",
            source=f"a{i % len(people)}",
            target=f"a{(i * 7 + 1) % len(people)}",
            kind=kinds[i % len(kinds)],
            label=f"relatie {i}",
        )
        for i in range(2 * len(people))
    ]
    return Case.from_parts(CaseInfo(title=f"Versie {version}"), people, rels, [], [])


def versions(actors: int) -> tuple[bytes, bytes]:
    """The exact bytes of versions A and B as saved."""
    return (
        dumps(build(actors, "A")).encode("utf-8"),
        dumps(build(actors, "B")).encode("utf-8"),
    )


_told = False


def _say(line: str) -> None:
    """One line to stdout in one ``write``: shorter than PIPE_BUF, so never mixed with another."""
    os.write(1, f"{line}\n".encode("ascii"))


def _slow_write_all(fd: int, data: bytes) -> None:
    """Write in 64 KB chunks with a short pause, like a network drive: kills land mid-write.

    The first write of a child prints ``writing``, so the test times its kill from the moment
    bytes start to go out, not from the fork: how long checking and encoding take before
    (slower under load) then no longer decides whether kills hit a write.
    """
    global _told
    if not _told:
        _told = True
        _say("writing")
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:65536])
        view = view[written:]
        time.sleep(0.002)


def main() -> None:
    global _told
    _told = True  # only the children say when they start writing
    atomic._write_all = _slow_write_all
    target = sys.argv[1]
    cases = (build(int(sys.argv[2]), "A"), build(int(sys.argv[2]), "B"))
    # the children's saves encode and check the same two versions again and again: that work
    # writes nothing (a kill there leaves what the last complete save left, as a kill after its
    # rename does) and was four fifths of the children's CPU (issue 15). Each answer is the
    # real one, computed once here; save() itself runs unchanged.
    texts = {id(case): dumps(case) for case in cases}
    verdicts = {data: fileformat._clean(data) for data in (t.encode() for t in texts.values())}

    def encoded(case: Case) -> str:
        return texts[id(case)]

    def clean(data: bytes) -> bool:
        return verdicts[data]

    fileformat.dumps, fileformat._clean = encoded, clean
    save(cases[0], target)
    _say("ready")
    for line in sys.stdin:
        if line.strip() != "fork":
            break
        pid = os.fork()
        if pid == 0:  # the child saves until it is killed
            _told = False
            i = 1
            while True:
                save(cases[i % 2], target)
                i += 1
        _say(str(pid))
        os.waitpid(pid, 0)
        _say("reaped")


if __name__ == "__main__":
    main()
