"""What the analysis runner keeps of an open handed to the analysis process, and whether the
answer may be used (:meth:`ui.background.analysis_runner.AnalysisRunner.await_answer`).

The answer is used only when it is the analysis of the case as shown: the child read the same
bytes (the sha256 of the file's bytes, which the app's own read computes too), the case has not
been edited since it was read (its ``revision``), the practice is the one the child used, and
the child answered with an analysis (not an error, not its death, not a timeout). Anything else
is said in the log and the runner analyses as it would without the process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import Case
    from models.enums import Practice
    from ui.background.analysis_process import AnalysisProcess, Answer
    from ui.document.controller import DocumentController

__all__ = [
    "CHILD_TIMEOUT_MIN_MS",
    "CHILD_TIMEOUT_MS_PER_MB",
    "Awaited",
    "Handed",
    "child_timeout_ms",
    "settle_verdict",
]

# an open's analysis in the analysis process waits ten times the child's expected CPU: about a
# second per MB of file, rounded up from 1.66-1.81 s for the 3 MB of a 2,000-actor map and
# 9.6-12.9 s at 10,000 (the child got a fifth of a core at load 12); at least this long
CHILD_TIMEOUT_MIN_MS = 30_000
CHILD_TIMEOUT_MS_PER_MB = 10_000


@dataclass(frozen=True, slots=True)
class Handed:
    """A job given to the analysis process: the process, the job's number, the practice."""

    process: AnalysisProcess
    job: int
    practice: Practice | None


@dataclass(slots=True)
class Awaited:
    """An open whose analysis is expected from the analysis process."""

    handed: Handed
    case: Case | None = None  # None until the app's own read is done (the answer may come first)
    revision: int = 0
    digest: str = ""
    answer: Answer | None = None
    ended: bool = False  # the process ended before it answered
    shown: bool = False  # the case is the window's (the runner counts as running until settled)

    @property
    def answered(self) -> bool:
        return self.answer is not None

    def current(self, controller: DocumentController) -> bool:
        """Whether the case is still shown as it was read, under the same practice."""
        case = controller.case
        return (
            self.case is case
            and self.revision == case.revision
            and self.handed.practice == controller.practice
        )


def child_timeout_ms(path: str | os.PathLike[str], most: int) -> int:
    """How long an open of ``path`` waits for the analysis process (see
    :data:`CHILD_TIMEOUT_MS_PER_MB`), at most ``most`` ms: a stopped or hung child is given up
    on this soon (rev-hostile19 H2; it was always 120 s)."""
    try:
        megabytes = os.path.getsize(path) / 1_000_000
    except OSError:
        megabytes = 0.0
    return min(most, max(CHILD_TIMEOUT_MIN_MS, round(megabytes * CHILD_TIMEOUT_MS_PER_MB)))


def _changed(awaited: Awaited, controller: DocumentController) -> str:
    """What changed since the case was read ("" when nothing did)."""
    if awaited.case is not controller.case:
        return "another map was opened meanwhile"
    if awaited.revision != controller.case.revision:
        return "the map was edited meanwhile"
    if awaited.handed.practice != controller.practice:
        return "the practice changed meanwhile"
    return ""


def settle_verdict(awaited: Awaited, controller: DocumentController) -> str | None:
    """None when the answer is the analysis of the case as shown; else why not (for the log:
    an edit or a practice change is said as such, also before an answer came: rev-hostile19
    H4 found them logged as "no answer in time")."""
    answer = awaited.answer
    changed = _changed(awaited, controller)
    if answer is None:
        return "the process ended" if awaited.ended else changed or "no answer in time"
    if answer.analysis is None:
        return f"the process failed: {answer.error}"
    if answer.digest != awaited.digest:
        return "the process read other bytes"
    return changed or None
