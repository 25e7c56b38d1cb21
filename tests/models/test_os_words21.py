"""The system's reason for a refused file in the user's words, never the OS's English text
(issue 15, rev-dutch21 D1)."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

import exports.output
from exports.errors import ExportFileError
from exports.output import write_bytes
from models.errors import MESSAGES
from models.os_words import os_reason
from models.safeio import write_failure

ENGLISH_OS = ("Permission denied", "No such file", "Not a directory", "No space", "error 13")


@pytest.mark.parametrize(
    ("code", "nl"),
    [
        (errno.EACCES, "nog geopend in een ander programma (bijvoorbeeld Excel)"),
        (errno.EPERM, "alleen-lezen"),
        (errno.ENOENT, "kan daar niet worden aangemaakt"),
        (errno.ENOTDIR, "een bestand, geen map"),
        (errno.EISDIR, "een map, geen bestand"),
        (errno.EROFS, "de schijf of map is alleen-lezen"),
        (errno.ENOSPC, "de schijf is vol"),
        (errno.ENAMETOOLONG, "te lang"),
        (errno.EEXIST, "bestaat al"),
        (errno.EIO, "het systeem weigerde (foutcode 5)"),
    ],
)
def test_each_cause_has_its_own_words(code: int, nl: str) -> None:
    reason = os_reason(OSError(code, "Some English text"))
    assert nl in reason["reason_nl"]
    assert "English" not in reason["reason_nl"] + reason["reason"]


def test_a_failed_save_names_the_cause_in_dutch_and_logs_the_os_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    target = tmp_path / "kaart.kvmap"
    target.write_text("{}")
    exc = PermissionError(errno.EACCES, "Permission denied", str(target))
    with caplog.at_level(logging.WARNING, logger="models.os_words"):
        key, params = write_failure(exc, target)
    nl = MESSAGES.text(key, "nl", **params)
    en = MESSAGES.text(key, "en", **params)
    assert nl.startswith("opslaan mislukt: het bestand is alleen-lezen of nog geopend")
    assert nl.endswith("Het vorige bestand is ongewijzigd")
    assert "still open in another program (such as Excel)" in en
    assert not any(words in nl + en for words in ENGLISH_OS)
    assert "Permission denied" in caplog.text  # the OS's own text is kept, in the log


def test_an_export_names_the_cause_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports.output, "atomic_write_bytes", refuse)
    with pytest.raises(ExportFileError) as caught:
        write_bytes(tmp_path / "rapport.xlsx", b"x")
    nl = caught.value.render("nl")
    assert "schrijven mislukt: de schijf is vol; maak ruimte vrij" in nl
    assert not any(words in nl for words in ENGLISH_OS)


def test_an_export_under_a_file_names_that_file(tmp_path: Path) -> None:
    in_the_way = tmp_path / "afile"
    in_the_way.write_text("x")
    with pytest.raises(ExportFileError) as caught:
        write_bytes(in_the_way / "sub" / "rapport.xlsx", b"x")
    nl, en = caught.value.render("nl"), caught.value.render("en")
    assert f"schrijven mislukt: {in_the_way} is een bestand, geen map; er is niets" in nl
    assert f"could not write: {in_the_way} is a file, not a folder; nothing was" in en


def test_a_layout_by_graphviz_that_cannot_start_says_why_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil
    import subprocess

    from mapper.layout._common import LayoutError
    from mapper.layout.graphviz import run_graphviz

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/dot")
    monkeypatch.setattr(subprocess, "run", refuse)
    with pytest.raises(LayoutError) as caught:
        run_graphviz("dot", "digraph {}", 0)
    nl = caught.value.render("nl")
    assert "Graphviz dot is mislukt: het programma kan niet worden gestart" in nl
    assert "het programma kan niet worden gestart; installeer het opnieuw" in nl
    assert "Permission denied" not in nl
