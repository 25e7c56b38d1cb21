"""The launcher names where a foreign plain module of one of the four names lives
(rev-hostile18 F3): a single-file ``models.py`` on the path was reported as ``'models'
(nothing)``, since a module has no package folders, only its file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import sys
from pathlib import Path
foreign, root = sys.argv[1], sys.argv[2]
sys.path[:0] = [foreign, root]
import krachtenveld
replaced = krachtenveld.use_own_packages(Path(root))
print(krachtenveld.note(replaced, Path(root), False))
"""


def test_a_foreign_single_file_module_is_named_with_its_path(tmp_path: Path) -> None:
    """Fails on the old code: the note said ``'models' (nothing)``."""
    foreign = tmp_path / "elsewhere"
    foreign.mkdir()
    (foreign / "models.py").write_text('print("FOREIGN models RAN")\n')
    done = subprocess.run(
        [sys.executable, "-I", "-c", SCRIPT, str(foreign), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "FOREIGN" not in done.stdout + done.stderr  # never imported
    path = (foreign / "models.py").resolve()
    assert f"another package named 'models' ({path}) comes first" in done.stdout
    assert "nothing" not in done.stdout
