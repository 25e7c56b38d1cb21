"""Hostile review 11, H7 rest: a zero-width space before a CSV name ("\\u200bVisser") was
imported silently as written, and an edge naming the actor "visser" made a second actor of
it. Invisible characters at the start or end of a name or id (U+200B, U+200C, U+200D,
U+2060, U+FEFF, U+00AD) are removed with a warning naming file, row and what was removed, as
the other invisible characters are; one inside a name stays (the look-alike warning names it).
An edge to an actor no row declares still makes that actor, said at its row as GraphML and
GEXF say it at their element."""

from __future__ import annotations

from pathlib import Path

from exports.formats import import_file


def _files(tmp_path: Path, nodes: str, edges: str) -> Path:
    (tmp_path / "kaart-edges.csv").write_text(edges, encoding="utf-8")
    path = tmp_path / "kaart-nodes.csv"
    path.write_text(nodes, encoding="utf-8")
    return path


def test_a_zero_width_space_around_a_name_or_id_is_removed_and_said(tmp_path: Path) -> None:
    path = _files(
        tmp_path,
        "Id,Label,kind\n\u200bvisser,\u200bVisser,citizen\njan,Jan\u2060\u00ad,citizen\n"
        "anna,Anna\u200bMaria,citizen\n",
        "Source,Target,Type\nvisser,jan,Directed\n\u200bjan,\ufeffanna ,Directed\n",
    )
    result = import_file(path)
    names = {a.id: a.name for a in result.case.actors}
    assert names == {"visser": "Visser", "jan": "Jan", "anna": "Anna\u200bMaria"}
    assert [(r.source, r.target) for r in result.case.relationships] == [
        ("visser", "jan"),
        ("jan", "anna"),
    ]
    said = [w.render("en") for w in result.warnings]
    assert said == [
        'file "kaart-nodes.csv", row 2: the name began or ended with characters that cannot be'
        ' seen (U+200B); they were removed: "Visser"',
        'file "kaart-nodes.csv", row 2: the id began or ended with characters that cannot be'
        ' seen (U+200B); they were removed: "visser"',
        'file "kaart-nodes.csv", row 3: the name began or ended with characters that cannot be'
        ' seen (U+2060, U+00AD); they were removed: "Jan"',
    ]
    assert result.warnings[0].render("nl") == (
        'bestand "kaart-nodes.csv", rij 2: de naam begon of eindigde met tekens die niet te zien'
        ' zijn (U+200B); die zijn weggehaald: "Visser"'
    )


def test_a_name_of_only_invisible_characters_still_skips_its_row(tmp_path: Path) -> None:
    path = _files(tmp_path, "Id,Label\na,\u200b\u200d\nb,Bert\n", "Source,Target\n")
    result = import_file(path)
    assert [a.name for a in result.case.actors] == ["Bert"]
    assert [w.key for w in result.warnings] == ["invisible_label"]


def test_an_edge_to_no_row_makes_the_actor_and_says_so(tmp_path: Path) -> None:
    path = _files(tmp_path, "Id,Label\na,Anna\n", "Source,Target\na,zz\n")
    result = import_file(path)
    assert sorted(a.name for a in result.case.actors) == ["Anna", "zz"]
    [said] = [w.render("en") for w in result.warnings]
    assert said == (
        'file "kaart-edges.csv", row 2: no element "zz"; an actor "zz" was made so that the row'
        " is kept: check its name and kind, or add a row for it"
    )
