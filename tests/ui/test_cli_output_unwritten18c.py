"""Output that cannot be written is said to be the output's trouble, not a fault in
Krachtenveld (rev-hostile18 F4): a full disk or a file too large under the standard output
gave "This is a fault in Krachtenveld; please report it". The line names where the output
went and why (the system's words), and the exit code is 2 (README: a command that could not
finish)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from models.example import example_case
from models.fileformat import save

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def _map(folder: Path) -> Path:
    path = folder / "voorbeeld.kvmap"
    save(example_case(), path, backup=False)
    return path


def _run(args: list[str], out: Path, folder: Path, limit: int | None = None) -> tuple[int, str]:
    def small_files() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache")}
    with open(out, "w") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "ui.cli", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            env=env,
            preexec_fn=small_files,
        )
    return done.returncode, done.stderr


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_full_disk_under_the_output(tmp_path: Path, lang: str) -> None:
    """Fails on the old code: "could not finish (OSError: [Errno 28] …). This is a fault in
    Krachtenveld"."""
    code, err = _run(["--lang", lang, "validate", str(_map(tmp_path))], Path("/dev/full"), tmp_path)
    assert code == 2
    [line] = err.splitlines()  # one line, nothing more at exit
    # the cause in words, not the OS's English (rev-dutch21 D1)
    why = "the disk is full; make room and try again"
    if lang == "nl":
        why = "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    if lang == "en":
        assert line == (
            f"krachtenveld validate could not write its output to /dev/full ({why}); "
            "what is there is incomplete."
        )
    else:
        assert line == (
            f"krachtenveld validate kon de uitvoer niet schrijven naar /dev/full ({why}); "
            "wat daar staat is onvolledig."
        )


def test_a_file_too_large_for_the_limit(tmp_path: Path) -> None:
    """``ulimit -f``: the output file is named, and it is the output's limit, not our fault."""
    case = _map(tmp_path)
    out = tmp_path / "uit.json"
    code, err = _run(
        ["--lang", "en", "timeline", "--format", "json", str(case)], out, tmp_path, 1024
    )
    assert code == 2
    assert "fault" not in err
    too_large = "the file would be larger than the system allows here"
    assert f"could not write its output to {out.resolve()} ({too_large})" in err


def test_no_standard_output_at_all_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed bundle (pythonw) has no standard output (``sys.stdout`` is None): flushing
    it must not turn a command's success into exit 2 (failed on the F4 change before this)."""
    from ui.cli import main

    path = _map(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["--lang", "en", "validate", str(path)]) == 0


def test_a_reader_that_stops_early_gets_no_message(tmp_path: Path) -> None:
    """``krachtenveld analyse … | head``: the reader closing the pipe is ordinary use, not an
    error to report (as Unix tools, no line on stderr). Fails on a517514, which printed "could
    not write its output to the standard output (Broken pipe)"."""
    case = _map(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "analyse", "--format", "json", str(case)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        # The JSON (about 68 KiB) is larger than the pipe (64 KiB on Linux): after its first
        # byte is read the writer is bound to find the reader gone.
        assert proc.stdout.read(1) == b"{"
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=300)
    assert err == ""
    assert code == 2
