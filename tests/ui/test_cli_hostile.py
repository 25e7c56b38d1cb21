"""End to end: ``krachtenveld validate`` and ``import`` on every hostile file, in both languages.

The command line must answer with an exit code and a message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exports.test_hostile_imports import HOSTILE as HOSTILE_IMPORTS
from tests.models.test_fuzz_kvmap import HOSTILE as HOSTILE_KVMAP
from ui.cli import main

pytestmark = pytest.mark.slow


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


@pytest.mark.parametrize("name", sorted(HOSTILE_KVMAP))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_validate_hostile_kvmap(
    name: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = HOSTILE_KVMAP[name]
    path = tmp_path / "vijandig.kvmap"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    code, text = _run(["validate", "--lang", lang, str(path)], capsys)
    assert code in (0, 1)
    assert str(path) in text
    if code == 1:
        assert ("problem" if lang == "en" else "proble") in text  # probleem, problemen


@pytest.mark.parametrize("name", sorted(HOSTILE_IMPORTS))
def test_import_hostile_file(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filename, make = HOSTILE_IMPORTS[name]
    path = tmp_path / filename
    path.write_bytes(make())
    out = tmp_path / "uit.kvmap"
    code, text = _run(["import", "--lang", "nl", "--to", str(out), str(path)], capsys)
    assert code in (0, 1, 2)
    if code == 0:
        assert out.is_file()
    else:
        assert str(path) in text or filename in text
