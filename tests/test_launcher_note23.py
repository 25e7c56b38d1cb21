"""The launcher's note names the current folder when the foreign packages come from it (hostile
review 22, H8): ``PYTHONPATH=:`` (an empty entry) or ``python -m krachtenveld`` in a folder that
holds ``models/`` and ``ui/`` got the advice to install in a virtual environment of its own,
though Krachtenveld was in one already."""

from __future__ import annotations

import os
from pathlib import Path

import krachtenveld


def _foreign(folder: Path) -> list[tuple[str, str]]:
    return [("models", str(folder / "models")), ("ui", str(folder / "ui"))]


def test_the_current_folder_on_the_path_is_named_as_the_cause(tmp_path: Path) -> None:
    replaced = _foreign(tmp_path)
    where = krachtenveld._from_current_folder
    assert where(replaced, "", ["", "/usr/lib/python3"], tmp_path) == str(tmp_path.resolve())
    assert where(replaced, os.pathsep, ["/usr/lib/python3"], tmp_path) == str(tmp_path.resolve())
    assert where(replaced, "", [str(tmp_path.resolve())], tmp_path) == str(tmp_path.resolve())
    # the current folder is not on the path: it is not the cause
    assert where(replaced, "", ["/usr/lib/python3"], tmp_path) is None
    # on the path, but the packages come from elsewhere
    assert where(_foreign(tmp_path / "x"), "", [""], tmp_path) is None


def test_the_note_says_to_start_from_another_folder(tmp_path: Path) -> None:
    here = str(tmp_path)
    en = krachtenveld.note(_foreign(tmp_path), Path("/opt/kv"), False, os.pathsep, here)
    assert en.endswith(
        f"They come from the current folder ({here}): start Krachtenveld from another folder "
        "and this note goes away."
    )
    assert "virtual environment" not in en
    nl = krachtenveld.note(_foreign(tmp_path)[:1], Path("/opt/kv"), True, "", here)
    assert nl.endswith(
        f"Het komt uit de huidige map ({here}): start Krachtenveld vanuit een andere map, dan "
        "verschijnt deze melding niet meer."
    )
    # an explicit PYTHONPATH entry keeps its own way out
    said = krachtenveld.note(_foreign(tmp_path), Path("/opt/kv"), False, here, here)
    assert "leave that folder out of PYTHONPATH" in said


def test_a_parent_folder_on_pythonpath_is_not_blamed(tmp_path: Path) -> None:
    """(hostile review 23, 6) ``PYTHONPATH=/`` was named as the source of packages that came
    from the current folder below it."""
    found = krachtenveld._from_pythonpath
    assert found(_foreign(tmp_path), os.pathsep.join(["/", str(tmp_path.parent)])) is None
    assert found(_foreign(tmp_path), str(tmp_path)) == str(tmp_path.resolve())
