"""The analysis child starts through the launcher (rev-code19 C1): with a foreign ``exports``
first on the path, the app's spawned child imported it and ran its code, since a spawned child
gets the app's ``sys.path`` but not the ``sys.modules`` the launcher set up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the app as the launcher starts it, with a foreign `exports` and `mapper` first on the path;
# then its analysis process, one job, and what came back
SCRIPT = """
import sys, time
from pathlib import Path
foreign, root, kvmap = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path[:0] = [foreign, root]
import krachtenveld
assert krachtenveld.use_own_packages(Path(root))
from PySide6.QtCore import QCoreApplication
from ui.background.analysis_process import AnalysisProcess
app = QCoreApplication([])
process = AnalysisProcess()
answers = []
process.answered.connect(answers.append)
process.start()
end = time.monotonic() + 240  # a bound for a loaded machine, not a measure
while not process.ready and process.alive and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
print("ready", process.ready)
job = process.submit(kvmap, None)
while job is not None and not answers and process.alive and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
for answer in answers:
    print("answer", answer.job == job, answer.analysis is not None, answer.error)
process.stop()
"""


def _foreign(folder: Path, marker: Path, *names: str) -> Path:
    """Packages that, when imported, write ``marker`` (by the importing pid) and fail."""
    for name in names:
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text(
            "import os\n"
            f"open({str(marker)!r} + '-' + str(os.getpid()), 'w').close()\n"
            f"raise ImportError('FOREIGN {name} RAN')\n"
        )
    return folder


def test_the_analysis_child_never_runs_a_foreign_package_first_on_the_path(
    tmp_path: Path,
) -> None:
    """Fails on the old code: the child's target was ``exports.analysis_child.serve``, which
    the child imported from the foreign ``exports`` (the marker written by the child's pid,
    its traceback on stderr, no READY, no answer)."""
    marker = tmp_path / "FOREIGN_RAN"
    foreign = _foreign(tmp_path / "elsewhere", marker, "exports", "mapper")
    kvmap = ROOT / "examples" / "huisuitzetting-schulden-zorg.kvmap"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(foreign)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(foreign), str(ROOT), str(kvmap)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert not list(tmp_path.glob("FOREIGN_RAN*")), done.stderr
    assert "FOREIGN" not in done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ready True", "answer True True "], done.stderr
