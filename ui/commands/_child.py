"""``krachtenveld analyse FILE --child`` (hidden): the analysis made by the app's analysis
process, a spawned child (:mod:`ui.background.analysis_process`), instead of in this process.

A check, not a feature: the bundle's smoke test (``.ci/bundle-smoke``) compares its output with
the plain ``analyse``, so the frozen program's *spawn* child (``freeze_support`` in
:func:`ui.cli.main`, the launcher's :func:`krachtenveld.serve_analysis`, the pickles both ways)
is started and answers once per build (rev-code19 C4: the smoke never started it, and on
Windows spawn is the only start method).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from models import Practice
    from ui.background.analysis_process import Answer

__all__ = ["analysed_in_child"]

WAIT_MS = 120_000  # the app's own bound for an open's answer (AnalysisRunner.CHILD_TIMEOUT_MS)


def analysed_in_child(path: str, practice: Practice | None) -> Analysis | None:
    """The child's analysis of the file ``path``; None when it gave none (why, on stderr)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from ui.background.analysis_process import AnalysisProcess

    app = QCoreApplication.instance() or QCoreApplication([])
    process = AnalysisProcess(app)
    answers: list[Answer] = []
    loop = QEventLoop()
    process.answered.connect(answers.append)
    process.answered.connect(loop.quit)
    process.ended.connect(loop.quit)
    QTimer.singleShot(WAIT_MS, loop.quit)
    process.start()
    job = process.submit(path, practice)
    if job is not None:
        loop.exec()
    pid = process.pid
    process.stop()
    process.deleteLater()
    answer = next((a for a in answers if a.job == job), None)
    if answer is None or answer.analysis is None:
        why = "no answer" if answer is None else answer.error
        print(f"krachtenveld: analysis process {pid}: {why}", file=sys.stderr)
        return None
    print(
        f"krachtenveld: analysis process {pid} answered ({answer.pickled_bytes} bytes)",
        file=sys.stderr,
    )
    return answer.analysis
