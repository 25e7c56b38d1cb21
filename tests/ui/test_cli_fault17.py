"""rev-hostile17 F4: a command that stops on an error of Krachtenveld's own prints one line and
exits 2, never a traceback and never 1 (the code of critical findings). Fails on the old code,
where the exception left ``main``."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.example import example_text
from ui.cli import EXIT_ERROR, main


def _broken(*_args: object, **_kwargs: object) -> object:
    raise OverflowError("date value out of range")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_fault_is_one_line_and_exit_two(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    path = tmp_path / "voorbeeld.kvmap"
    path.write_text(example_text(), encoding="utf-8")
    monkeypatch.delenv("KRACHTENVELD_TRACEBACK", raising=False)
    monkeypatch.setattr("mapper.analyse", _broken)
    assert main(["--lang", lang, "analyse", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "Traceback" not in err
    assert "OverflowError: date value out of range" in err
    # rev-dutch21 D12 reworded the tail: a fault of ours, not of the file
    assert ("fout in Krachtenveld zelf" if lang == "nl" else "fault in Krachtenveld") in err


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_fault_asks_for_an_anonymised_copy_not_the_map(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    """rev-dutch21 D12: the map names residents and their health data (art. 9 GDPR), so the
    report asks for an anonymised copy and names the command that makes one. Fails on the
    old code, which said 'voeg het bestand bij' / 'report it with the file'."""
    path = tmp_path / "voorbeeld.kvmap"
    path.write_text(example_text(), encoding="utf-8")
    monkeypatch.delenv("KRACHTENVELD_TRACEBACK", raising=False)
    monkeypatch.setattr("mapper.analyse", _broken)
    assert main(["--lang", lang, "analyse", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert (
        "--to kopie.kvmap --anonymise" in err if lang == "nl" else "copy.kvmap --anonymise" in err
    )
    assert ("geanonimiseerde kopie" if lang == "nl" else "anonymised copy") in err
    assert "voeg het bestand bij" not in err
    assert "with the file" not in err
