"""Qt's four lines about the C locale on stderr (issue 15, new user 13, S8): with LANG unset,
as for a scheduled task, a service account or the bundle (whose Python does not switch the C
locale to UTF-8 as ``python3`` does: ``PYTHONCOERCECLOCALE=0`` here), every command that
starts Qt said 'Detected locale "C" … switched to "C.UTF-8"'."""

from __future__ import annotations

import locale
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import fileformat
from models.example import example_case
from ui.cli import utf8_locale

ROOT = Path(__file__).resolve().parents[2]
POSIX_QT = pytest.mark.skipif(
    os.name != "posix" or sys.platform == "darwin", reason="Qt asks for UTF-8 on Linux only"
)


@pytest.fixture
def _ctype_kept() -> Iterator[None]:
    before = locale.setlocale(locale.LC_CTYPE)
    yield
    locale.setlocale(locale.LC_CTYPE, before)


@POSIX_QT
def test_a_command_that_starts_qt_says_nothing_about_the_locale(tmp_path: Path) -> None:
    src = tmp_path / "c.kvmap"
    fileformat.save(example_case(), src, backup=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {"PYTHONCOERCECLOCALE": "0", "QT_QPA_PLATFORM": "offscreen"}
    args = ["export", str(src), "--to", str(tmp_path / "c.png"), "--lang", "nl"]
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "locale" not in done.stderr, done.stderr
    assert (tmp_path / "c.png").stat().st_size > 0
    assert "geschreven" in done.stdout  # the language asked for, as before


@POSIX_QT
@pytest.mark.usefixtures("_ctype_kept")
@pytest.mark.parametrize(
    ("env", "after"),
    [
        ({}, {"LC_CTYPE": "C.UTF-8"}),
        ({"LANG": "C"}, {"LANG": "C", "LC_CTYPE": "C.UTF-8"}),
        ({"LC_ALL": "POSIX", "LANG": "nl_NL.UTF-8"}, {"LC_ALL": "C.UTF-8", "LANG": "nl_NL.UTF-8"}),
        ({"LC_ALL": "", "LANG": "C"}, {"LC_ALL": "", "LANG": "C", "LC_CTYPE": "C.UTF-8"}),
        # a locale of the user's own is left alone
        ({"LANG": "nl_NL.UTF-8"}, {"LANG": "nl_NL.UTF-8"}),
        ({"LC_CTYPE": "C.UTF-8"}, {"LC_CTYPE": "C.UTF-8"}),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "C"}, {"LC_ALL": "en_GB.UTF-8", "LANG": "C"}),
    ],
)
def test_only_the_c_locale_becomes_utf8(env: dict[str, str], after: dict[str, str]) -> None:
    utf8_locale(env)
    assert env == after
