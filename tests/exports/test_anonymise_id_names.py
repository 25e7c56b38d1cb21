"""Ids and tags that name a person (issue 16; hostile reviews 13 P4 and 13b): "annav" and
"av_2026" (the resident Anna Visser's initials) stayed in the copy and the nota as tags and as
ids, and the check passed them; an id "zoon_daan" made the copy be refused for an id the user
cannot change in the app. The copy now renames such ids, the same in every snapshot with every
reference, and says the resident's role for such a tag; the check refuses a resident's
initials left in an id or a tag, with the field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import CopyLeakError, _check
from models import fileformat
from models.case import Case
from models.enums import EntityKind

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


def _map(tmp_path: Path, old_id: str = "consulent", new_id: str = "consulent") -> Case:
    """The example with the resident 'Mevrouw Anna Visser' and the id ``old_id`` written
    ``new_id`` everywhere (relationships, mandates, snapshots)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("Mevrouw Jansen", "Mevrouw Anna Visser").replace("Jansen", "Visser")
    text = text.replace(f'"{old_id}"', f'"{new_id}"')
    path = tmp_path / "kaart.kvmap"
    path.write_text(text, encoding="utf-8")
    return fileformat.load(path)


# "adhd-daan", "zwanger", a date: kept in the copy before rev-hostile16b's H9 (fail on c57ec17)
@pytest.mark.parametrize(
    "new_id",
    ["annav", "av_2026", "anna_v", "zoon_daan", "adhd-daan", "zwanger", "bezoek_03_03_1985"],
)
def test_an_id_that_names_someone_is_renamed_everywhere(tmp_path: Path, new_id: str) -> None:
    case = _map(tmp_path, "consulent", new_id)
    refs = sum(new_id in (r.source, r.target) for r in case.relationships)
    assert refs > 0
    for named in (anonymise(case, "nl", for_copy=True), anonymise(case, "nl")):
        written = fileformat.dumps(named)
        assert new_id not in written
        again = fileformat.loads(written)  # every reference follows the new id
        actor = next(a for a in again.actors if a.name.startswith("Consulent"))
        assert sum(actor.id in (r.source, r.target) for r in again.relationships) == refs
        assert actor.id in json.dumps(json.loads(written)["snapshots"])
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


# "D.V.", "D. E. V.": a relative's initials, kept before rev-hostile16b's H9 (fail on c57ec17)
@pytest.mark.parametrize("tag", ["annav", "av_2026", "anna.v", "AV1980", "D.V.", "D. E. V."])
def test_a_tag_with_the_residents_initials_is_the_residents_role(tmp_path: Path, tag: str) -> None:
    case = _map(tmp_path)
    case.update(EntityKind.ACTOR, "consulent", {"tags": (tag, "av", "wijkteam")})
    for named in (anonymise(case, "nl", for_copy=True), anonymise(case, "nl")):
        tags = named.actors.get("consulent").tags  # type: ignore[union-attr]
        assert tags == ("inwoner", "av", "wijkteam")  # "av" alone: the general terms
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


def test_the_check_refuses_initials_left_in_a_tag_or_an_id(tmp_path: Path) -> None:
    case = _map(tmp_path)
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    at = next(i for i, a in enumerate(data["actors"]) if a["id"] == "consulent")
    data["actors"][at]["tags"] = ["wijkteam", "av_2026"]
    assert _check(case, copy, data) == ("av_2026", f"/actors/{at}/tags/1")
    said = str(CopyLeakError("kopie.kvmap", "av_2026", f"/actors/{at}/tags/1", "en", data))
    assert "still names 'av_2026' (in a tag of actor 'Consulent wijkteam'" in said
    data["actors"][at]["tags"] = []
    data["actors"][at]["id"] = "annav"
    assert _check(case, copy, data) == ("annav", f"/actors/{at}/id")


def test_a_renamed_id_leaves_the_analysis_as_it_was(tmp_path: Path) -> None:
    """The copy with 'adhd-daan' renamed analyses as the original does, by structure
    (rev-hostile16b, H9): the same findings by code and as many actors per finding."""
    from mapper.analysis import analyse

    case = _map(tmp_path, "consulent", "adhd-daan")
    copy = anonymise(case, "nl", for_copy=True)
    assert "adhd-daan" not in fileformat.dumps(copy)

    def shape(c: Case) -> list[tuple[str, int, int]]:
        found = analyse(c).findings
        return sorted((f.id.split(":")[0], len(f.actors), len(f.relationships)) for f in found)

    assert shape(copy) == shape(case)


def test_a_tag_of_a_companys_form_or_no_residents_initial_stays(tmp_path: Path) -> None:
    case = _map(tmp_path)
    case.update(EntityKind.ACTOR, "consulent", {"tags": ("B.V.", "v.v.", "X.Y.")})
    tags = anonymise(case, "nl", for_copy=True).actors.get("consulent").tags  # type: ignore[union-attr]
    assert tags == ("B.V.", "v.v.", "X.Y.")


@pytest.mark.parametrize("new_id", ["daan", "daan_school", "school-daan"])
def test_an_id_with_a_name_the_copy_gives_a_letter_is_renamed(tmp_path: Path, new_id: str) -> None:
    """A map that writes 'Daan Visser spijbelt.' (the copy: 'X spijbelt.') kept the id 'daan'
    (rev-hostile16b, H9: an id that holds a known name); fails on c57ec17. A map that names
    no Daan keeps it (a word, not a name the copy knows)."""
    case = _map(tmp_path, "consulent", new_id)
    assert new_id in fileformat.dumps(anonymise(case, "nl", for_copy=True))
    case.set_case_field("description", case.info.description + " Daan Visser spijbelt.")
    copy = anonymise(case, "nl", for_copy=True)
    written = fileformat.dumps(copy)
    assert new_id not in written
    assert "X spijbelt." in copy.info.description
    actor = next(a for a in copy.actors if a.name.startswith("Consulent"))
    assert sum(actor.id in (r.source, r.target) for r in copy.relationships) == sum(
        new_id in (r.source, r.target) for r in case.relationships
    )
    assert _check(case, copy, json.loads(written)) is None


def test_a_snapshot_id_that_speaks_of_health_is_renamed(tmp_path: Path) -> None:
    """'na_adhd_diagnose' and 'zwanger' stayed as snapshot ids (rev-hostile16b, H9); fails on
    04a3557. The states follow the new ids; 's3' stays."""
    case = _map(tmp_path, "s1", "na_adhd_diagnose")
    text = fileformat.dumps(case).replace('"s2"', '"zwanger"')
    case = fileformat.loads(text)
    copy = anonymise(case, "nl", for_copy=True)
    written = fileformat.dumps(copy)
    assert [s.id for s in copy.timeline.snapshots] == ["snapshot", "snapshot_2", "s3"]
    assert "adhd" not in written.casefold()
    assert "zwanger" not in written
    assert len(copy.timeline.snapshots[0].state["actors"]) == len(
        case.timeline.snapshots[0].state["actors"]
    )
