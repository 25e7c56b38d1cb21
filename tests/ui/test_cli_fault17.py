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
    assert ("Krachtenveld; meld" if lang == "nl" else "fault in Krachtenveld") in err
