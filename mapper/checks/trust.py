"""Trust (building block 5): backing from the top to the professional, both ways.

The *backing chain* of a case handler is the line of hierarchy, accountability, escalation or
collaboration relationships to the intent owner (or, without one, the nearest administrator)
that runs along trust: the fewest links over distrust, then the fewest reporting links nobody
trusts, then the fewest links without trust both ways, then the shortest. Along it, trust must
be mapped both ways and never be negative. A citizen's distrust of the partner or professional
that handles their need is a finding of its own.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Relationship, RelationKind
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")], [
...     Relationship("r1", "a", "b", RelationKind.TRUST, level=2),
...     Relationship("r2", "b", "a", RelationKind.TRUST, level=-1)])
>>> [str(f.code) for f in check(Context.of(case))]
['TRUST_ASYMMETRIC']
"""

from __future__ import annotations

from mapper.catalogue import LANGS, Message, render, say
from mapper.checks._backing_tree import BackingTree
from mapper.checks._room_partners import _partner_of
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.legal import OUTSIDE_SPHERES
from mapper.names import Name
from mapper.texts.trust import (
    BACKING_STATE,
    DISTRUSTS,
    MORE_PROBLEMS,
    NO_TRUST_MAPPED,
    ONE_WAY,
    STRONGLY,
)
from models import ActorKind, Instrument, Need, OrganisationKind, RelationKind, Sphere

__all__ = ["LINE_KINDS", "backing_lines", "check"]

_LISTED = 8  # problems named per backing finding (the rest are counted)
_SHOWN_LINE = 10  # actors of a backing line named in full (longer lines are shortened)

_OWN_SPHERES = frozenset({Sphere.POLITICAL, Sphere.ADMINISTRATIVE})

LINE_KINDS = frozenset(
    {
        RelationKind.HIERARCHY,
        RelationKind.ACCOUNTABILITY,
        RelationKind.ESCALATION,
        RelationKind.COLLABORATION,
    }
)


def check(ctx: Context) -> list[Finding]:
    """Backing chains, asymmetric and mutual distrust, and lines over negative trust."""
    g = ctx.graphs
    if not g.trust:
        if ctx.case_handlers and len(g.actors) > 1:
            return [_not_mapped()]
        return []
    found = _backing(ctx)
    found.extend(_citizens(ctx))
    found.extend(_pairs(ctx))
    found.extend(_negative_lines(ctx))
    return found


def _not_mapped() -> Finding:
    return say(Code.TRUST_NOT_MAPPED, Severity.INFO)


def _backing_trees(ctx: Context) -> tuple[list[str], list[BackingTree]]:
    """The top of the line of command and the backing trees from it (and, for handlers it
    cannot reach, from the map's other bestuursorganen); no top: nothing."""
    g = ctx.graphs
    top = [g.info.intent_owner] if g.info.intent_owner else list(ctx.administrators)
    if not top:
        return [], []
    # Backing runs through the own organisation: political and administrative actors only,
    # preferring lines of command over collaboration.
    # The council is never a link in a line of command or backing (jurist J22): the college
    # answers to it, and it has no line to a GR's bestuur; it stays only where it is the top.
    top = _heads(ctx, top)
    inside = [
        a.id
        for a in g.actors.values()
        if a.effective_sphere in _OWN_SPHERES and (a.kind != ActorKind.COUNCIL or a.id in top)
    ]
    inside_set = set(inside)
    tree = _lines_from(ctx, inside, [t for t in top if t in inside_set])
    # a handler the top cannot reach without the council (a GR's staff) is backed from the
    # nearest other bestuursorgaan on the map, e.g. the GR's dagelijks bestuur (J22)
    other = [
        a
        for a in inside
        if a not in top
        and (actor := g.actors[a]).kind == ActorKind.ADMINISTRATOR
        and actor.is_public_body
    ]
    trees = [tree]
    if other and any(h not in tree.parent for h in ctx.case_handlers):
        trees.append(_lines_from(ctx, inside, other))
    return top, trees


def backing_lines(ctx: Context) -> dict[str, list[str]]:
    """Each case handler's backing line (top first) that has a problem on it: a link without
    mutual trust or a distrust pair (what a TRUST_BACKING_* finding is about)."""
    top, trees = _backing_trees(ctx)
    lines: dict[str, list[str]] = {}
    for handler in ctx.case_handlers:
        tree = next((t for t in trees if handler in t.parent), None)
        if handler not in top and tree is not None and tree.last[handler] is not None:
            lines[handler] = tree.line(handler)
    return lines


def _backing(ctx: Context) -> list[Finding]:
    top, trees = _backing_trees(ctx)
    if not top:
        return []
    found: list[Finding] = []
    top_set = set(top)
    # handlers with the same problems share one finding: the same deepest problem on the line
    groups: dict[tuple[int, str], list[str]] = {}
    lineless: list[str] = []  # one finding for all of them: the missing line is one cause
    for handler in ctx.case_handlers:
        if handler in top_set:
            continue
        at = next((i for i, t in enumerate(trees) if handler in t.parent), None)
        if at is None:
            lineless.append(handler)
            continue
        last = trees[at].last[handler]
        if last is not None:
            groups.setdefault((at, last), []).append(handler)
    if lineless:
        found.append(_no_line(ctx, lineless, top[0]))
    said: dict[tuple[str, str, str], Text] = {}  # the lines share their upper links
    found.extend(
        _backing_finding(ctx, trees[at], last, handlers, said)
        for (at, last), handlers in groups.items()
    )
    return found


def _heads(ctx: Context, top: list[str]) -> list[str]:
    """Where the line of command starts: a portfolio holder (a wethouder) has no line over the
    civil service; the college has (art. 160 Gemeentewet). A top that is an administrator but
    no bestuursorgaan is replaced by the bestuursorganen of its organisation on a line of
    command or accountability (jurist N9); a map without one keeps its top."""
    g = ctx.graphs
    command = {RelationKind.HIERARCHY, RelationKind.ACCOUNTABILITY}
    on_line = {x for r in g.relationships if r.kind in command for x in (r.source, r.target)}
    heads: list[str] = []
    for t in top:
        actor = g.actors.get(t)
        if actor is None or actor.kind != ActorKind.ADMINISTRATOR or actor.is_public_body:
            heads.append(t)
            continue
        bodies = [
            a.id
            for a in g.actors.values()
            if a.id in on_line
            and a.kind == ActorKind.ADMINISTRATOR
            and a.is_public_body
            and a.organisation == actor.organisation
        ]
        heads.extend(bodies or [t])
    return list(dict.fromkeys(heads))


def _lines_from(ctx: Context, inside: list[str], starts: list[str]) -> BackingTree:
    """The backing line from the nearest start to every actor ``inside`` (scipy search).

    Backing runs along the line with trust, and is judged there: of all lines, the one with
    the fewest links over distrust, then the fewest reporting links nobody trusts (an
    accountability relationship alone is a line of report, not of backing), then the fewest
    links without trust both ways, then the shortest (lines of command count 1, collaboration
    2). So drawing a light accountability route to the top adds no backing line of its own.
    The relationships are read undirected.
    """
    g = ctx.graphs
    if not starts:
        return BackingTree()
    index = {a: i for i, a in enumerate(inside)}
    trust = g.trust
    step = 2.0 * len(inside) + 2.0  # more than any line's length: the ranks never mix
    weak_cost, report_cost, negative_cost = step, step**2, step**3
    edges = []  # every relationship apart: two actors tied by several count the best one
    for r in g.relationships:
        u, v, kind = r.source, r.target, r.kind
        if kind not in LINE_KINDS or u not in index or v not in index or u == v:
            continue
        levels = [x for x in (trust.get((u, v)), trust.get((v, u))) if x is not None]
        cost = 2.0 if kind == RelationKind.COLLABORATION else 1.0
        if any(x < 0 for x in levels):
            cost += negative_cost
        mutual = len(levels) == 2 and min(levels) > 0
        if not mutual:
            cost += weak_cost
            if kind == RelationKind.ACCOUNTABILITY:
                cost += report_cost
        edges.append((index[u], index[v], cost))
    return BackingTree.build(inside, edges, starts, trust)


def _no_line(ctx: Context, handlers: list[str], top: str) -> Finding:
    """One finding for every handler without a line to the top: the first eight named, the
    rest counted, all of them among the finding's actors (issue 14: a map of long mandate
    chains without a line of command gave one finding per member)."""
    g = ctx.graphs
    # the catalogue shortens the list: three in the title, eight in the detail
    values = {"handlers": [g.name(a) for a in handlers], "top": g.name(top)}
    return say(Code.TRUST_NO_LINE_TO_TOP, Severity.WARNING, values, actors=[*handlers, top])


def _backing_finding(
    ctx: Context,
    tree: BackingTree,
    last: str,
    handlers: list[str],
    said: dict[tuple[str, str, str], Text],
) -> Finding:
    g = ctx.graphs
    chain_to = handlers[0]
    others = handlers[1:]
    negative, weak = tree.problems(last, _LISTED)
    more = tree.weak_count(last) + tree.negative_count(last) - len(negative) - len(weak)
    rels = [g.trust_relationships[p] for p in negative]

    def once(key: tuple[str, str, str], message: Message, values: dict[str, object]) -> Text:
        # issue 15: handlers' lines share the links near the top; each problem is worded
        # once per analysis, not once per finding that lists it (7,654 -> 1,256 on 2,000)
        text = said.get(key)
        if text is None:
            text = said[key] = _say(message, values)
        return text

    def problem(how: str, a: str, b: str) -> Text:
        message = {"negative": DISTRUSTS, "absent": NO_TRUST_MAPPED}.get(how, ONE_WAY)
        return once((how, a, b), message, {"a": g.name(a), "b": g.name(b)})

    neg = [problem("negative", a, b) for a, b in negative]
    weak_words = [problem(w, a, b) for a, b, w in weak]
    if more:  # a long line: the problems nearest the handler, and how many more there are
        weak_words.append(once(("more", str(more), ""), MORE_PROBLEMS, {"n": more}))
    line = _line(tree, chain_to)
    values = {
        "handler": g.name(chain_to),
        "n": len(handlers),
        "others": [g.name(a) for a in others[:8]],
        "top": g.name(tree.root[chain_to]),
        "negative": neg,
        "weak": weak_words,
        "state": _state(weak),
    }
    parts = {"many", "also"} if others else {"one"}
    listed = [x for pair in negative for x in pair] + [x for a, b, _ in weak for x in (a, b)]
    involved = [*line, *listed, *handlers]
    if negative:
        return say(
            Code.TRUST_BACKING_NEGATIVE,
            Severity.CRITICAL,
            values,
            parts=parts | ({"weak_part"} if weak_words else set()),
            actors=involved,
            relationships=rels,
        )
    return say(Code.TRUST_BACKING_WEAK, Severity.WARNING, values, parts=parts, actors=involved)


def _state(weak: list[tuple[str, str, str]]) -> Text:
    """How trust stands on the line: not mutual, or (mostly) not mapped at all."""
    absent = sum(1 for _, _, w in weak if w == "absent")
    key = "one_way"
    if weak and absent == len(weak):
        key = "unmapped"
    elif absent * 2 > len(weak):
        key = "mostly"
    return Text(BACKING_STATE[key].en, BACKING_STATE[key].nl)


def _say(message: Message, values: dict[str, object]) -> Text:
    return Text(*(render(message, values, lang, sentence=False) for lang in LANGS))


def _line(tree: BackingTree, handler: str) -> list[str]:
    """The backing line's actors that are shown on the map (long lines shortened: the top and
    the part nearest the handler)."""
    tail = tree.line(handler, _SHOWN_LINE)
    if tree.depth[handler] + 1 - len(tail) <= 0:
        return tail
    return [tree.root[handler], *tail[-(_SHOWN_LINE - 2) :]]


def _citizens(ctx: Context) -> list[Finding]:
    """A citizen who distrusts the professional who handles their need, or the partner whose
    own decision it is: one finding per citizen and distrusted actor, naming the needs."""
    g = ctx.graphs
    citizens = [a for a in ctx.of_kind(ActorKind.CITIZEN) if any(t[0] == a for t in g.trust)]
    if not citizens:
        return []
    by_actor: dict[str, dict[str, list[Need]]] = {}  # actor -> "handles"/"decides" -> needs
    for need in g.needs:
        if need.handler is not None:
            by_actor.setdefault(need.handler, {}).setdefault("handles", []).append(need)
        partner = _partner_of(ctx, need) if need.handler is not None else None
        if partner is not None:
            by_actor.setdefault(partner, {}).setdefault("decides", []).append(need)
    found: list[Finding] = []
    for citizen in citizens:
        trusted = [b for (a, b), x in g.trust.items() if a == citizen and x > 0]
        for actor, roles in by_actor.items():
            level = g.trust.get((citizen, actor))
            if level is None or level >= 0:
                continue
            needs = list(
                {n.id: n for r in ("handles", "decides") for n in roles.get(r, ())}.values()
            )
            role = "handles" if "handles" in roles else "decides"
            others = [t for t in ctx.sorted_actors(trusted) if t != actor]
            values = {
                "citizen": g.name(citizen),
                "actor": g.name(actor),
                "needs": [Text(f"‘{n.decision}’", f"‘{n.decision}’") for n in needs],
                "strongly": STRONGLY if level <= -2 else Text("", ""),
                "trusted": [g.name(t) for t in others[:3]],
            }
            parts = {role, f"{role}_do"}
            if role == "handles" and _own_side(ctx, actor):
                # the municipality's own handler: another one, or the complaints route (J16)
                parts.add("other_handler")
                values["role"] = _role_word(g.name(actor))
            else:
                parts |= {"via_trusted" if others else "via_support", "data"}
            found.append(
                say(
                    Code.TRUST_CITIZEN_DISTRUSTS_HANDLER,
                    Severity.WARNING,
                    values,
                    parts=parts,
                    actors=[citizen, actor, *others[:3]],
                    relationships=[g.trust_relationships[(citizen, actor)]],
                    needs=[n.id for n in needs],
                )
            )
    return found


#: Organisations whose staff are not the public side of a case.
_NOT_PUBLIC = frozenset({OrganisationKind.PROVIDER, OrganisationKind.PARTNER})


def _own_side(ctx: Context, actor: str) -> bool:
    """Whether ``actor`` works for the public side (the municipality, a joint arrangement):
    not a partner's or a provider's employee."""
    legal = ctx.legal
    a = legal.actors[actor]
    if a.kind == ActorKind.PARTNER:
        return False
    if not a.organisation:
        return a.effective_sphere not in OUTSIDE_SPHERES
    org = ctx.graphs.organisations.get(legal.top(a.organisation))
    return org is None or org.kind not in _NOT_PUBLIC


def _role_word(name: Name) -> Text:
    """The handler's role without article, for "een andere consulent" ("behandelaar" when
    the name has no role of its own)."""
    short = name.short or name.running("nl")
    head = short.split(" ", 1)
    word = head[1] if len(head) == 2 and head[0] in ("de", "het") else ""
    return Text("case handler", word.split(" ", 1)[0] if word else "behandelaar")


def _pairs(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    trust = g.trust
    found: list[Finding] = []
    for (a, b), level in trust.items():
        back = trust.get((b, a))
        if back is None or back >= 0:
            continue
        ids = [g.trust_relationships[(a, b)], g.trust_relationships[(b, a)]]
        strong = min(level, back) <= -2
        values = {
            "a": g.name(a),
            "b": g.name(b),
            "strongly": Text(", strongly on at least one side", ", aan minstens één kant sterk")
            if strong
            else Text("", ""),
        }
        if level > 0:
            found.append(
                say(
                    Code.TRUST_ASYMMETRIC,
                    Severity.WARNING,
                    values,
                    actors=[a, b],
                    relationships=ids,
                )
            )
        elif level < 0 and ctx.order[a] < ctx.order[b]:
            found.append(
                say(
                    Code.TRUST_MUTUAL_DISTRUST,
                    Severity.INFO,
                    values,
                    actors=[a, b],
                    relationships=ids,
                )
            )
    return found


def _negative_lines(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    trust = g.trust
    lines: dict[frozenset[str], tuple[list[str], list[str]]] = {}
    for m in g.mandates:
        if m.instrument != Instrument.SIGNING and m.grantor != m.holder:
            lines.setdefault(frozenset((m.grantor, m.holder)), ([], []))[0].append(m.id)
    for r in g.relationships:
        if r.kind == RelationKind.ESCALATION:
            lines.setdefault(frozenset((r.source, r.target)), ([], []))[1].append(r.id)
    found: list[Finding] = []
    by_id = {m.id: m for m in g.mandates}  # once, not per line (was O(lines × ties))
    rels = {r.id: r for r in g.relationships}
    for pair, (mandates, escalations) in lines.items():
        a, b = sorted(pair, key=ctx.order.__getitem__)
        levels = [v for v in (trust.get((a, b)), trust.get((b, a))) if v is not None]
        if not levels or min(levels) >= 0:
            continue
        en = {a: g.name(a).link_in("en"), b: g.name(b).link_in("en")}
        nl = {a: g.name(a).link, b: g.name(b).link}
        described = [
            Text(
                f"the mandate {en[by_id[m].grantor]} → {en[by_id[m].holder]}",
                f"het mandaat {nl[by_id[m].grantor]} → {nl[by_id[m].holder]}",
            )
            for m in mandates
        ]
        described += [
            Text(
                f"the escalation {en[rels[e].source]} → {en[rels[e].target]}",
                f"de escalatie {nl[rels[e].source]} → {nl[rels[e].target]}",
            )
            for e in escalations
        ]
        values = {
            "a": g.name(a),
            "b": g.name(b),
            "lines": described,
            "n": len(described),
        }
        found.append(
            say(
                Code.TRUST_NEGATIVE_LINE,
                Severity.WARNING,
                values,
                actors=[a, b],
                relationships=escalations,
                mandates=mandates,
            )
        )
    return found
