"""Texts of building block 3: room to act (the needed decisions)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["ROUTE_SHORTENED", "TEXTS"]

#: A long route named by its first and last three actors.
ROUTE_SHORTENED = Message(
    "{head} → … ({hidden} more) → {tail}", "{head} → … (nog {hidden}) → {tail}"
)

# Parts every needed-decision text can switch on.
_WHAT = {
    "with_budget": Message(", {budget:money}", ", {budget:money}"),
    "push": Message(
        "The needed decision ‘{decision}’ involves several organisations, so someone must be "
        "able to push it through. ",
        "Het benodigde besluit ‘{decision}’ raakt meerdere organisaties; iemand moet kunnen "
        "doorzetten. ",
    ),
    "alternatives": Message(
        " Invalid mandates for this power: {alternatives:semi}.",
        " Ongeldige mandaten voor deze bevoegdheid: {alternatives:semi}.",
    ),
}
_FAR = {
    **_WHAT,
    "urgent": Message(
        " The decision is urgent; this route is too long.",
        " Het besluit is urgent; deze route is te lang.",
    ),
    "cut_off": Message(
        " {cut_off:list} {n_cut:form:holds|hold} this power too, but {n_cut:form:is|are} out of "
        "reach from {handler}.",
        " Ook {cut_off:list} {n_cut:form:heeft|hebben} deze bevoegdheid, maar {n_cut:form:is|zijn} "
        "vanuit {handler} niet bereikbaar.",
    ),
}
_UNREACHABLE_DETAIL = Message(
    "{push}For ‘{decision}’ ({power}{with_budget}) only {holders:list} {n_holders:form:holds|hold} "
    "the power, and no escalation, hierarchy or signal route leads there from {handler}."
    "{alternatives}",
    "{push}Voor ‘{decision}’ ({power}{with_budget}) {n_holders:form:heeft|hebben} alleen "
    "{holders:list} de bevoegdheid, en geen escalatie-, hiërarchische of signaalroute leidt "
    "daarheen vanuit {handler}.{alternatives}",
)
_UNREACHABLE_SUGGESTION = Message(
    "Open an escalation line from {handler} to {first}, or mandate someone within reach.",
    "Open een escalatielijn van {handler} naar {first}, of mandateer iemand binnen bereik.",
)
_FAR_DETAIL = Message(
    "{push}The nearest actor who may decide on ‘{decision}’ ({power}{with_budget}) is {nearest}, "
    "{steps:count:step|steps} from {handler}: {route}.{urgent}{alternatives}{cut_off}",
    "{push}De dichtstbijzijnde die mag beslissen over ‘{decision}’ ({power}{with_budget}) is "
    "{nearest}, {steps:count:stap|stappen} van {handler}: {route}.{urgent}{alternatives}"
    "{cut_off}",
)
_FAR_SUGGESTION = Message(
    "Mandate ‘{power}’ closer to the case, for example to {next}.",
    "Beleg ‘{power}’ dichter bij de casus, bijvoorbeeld bij {next}.",
)
_NOBODY_DETAIL = Message(
    "{push}No actor on the map holds ‘{power}’, by law or by a valid mandate.{alternatives}",
    "{push}Geen actor op de kaart heeft ‘{power}’, op grond van de wet of met een geldig "
    "mandaat.{alternatives}",
)
_NOBODY_SUGGESTION = Message(
    "Have the competent body mandate ‘{power}’ to someone close to {handler}.",
    "Laat het bevoegde bestuursorgaan ‘{power}’ mandateren aan iemand dicht bij {handler}.",
)

TEXTS: dict[Code, Entry] = {
    Code.NEED_NO_HANDLER: Entry(
        Message("Nobody handles: {decision}", "Niemand behandelt: {decision}"),
        Message(
            "The needed decision ‘{decision}’ has no handler, so it is unclear who must see to it.",
            "Het benodigde besluit ‘{decision}’ heeft geen behandelaar; het is onduidelijk wie "
            "het oppakt.",
        ),
        Message(
            "Name the handler of this decision.",
            "Wijs een behandelaar aan voor dit besluit.",
        ),
    ),
    Code.NEED_NO_HOLDER: Entry(
        Message("Nobody may decide: {decision}", "Niemand mag beslissen: {decision}"),
        _NOBODY_DETAIL,
        _NOBODY_SUGGESTION,
        _WHAT,
    ),
    Code.NEED_NO_PUSH_THROUGH: Entry(
        Message("Nobody can push through: {decision}", "Niemand kan doorzetten: {decision}"),
        _NOBODY_DETAIL,
        _NOBODY_SUGGESTION,
        _WHAT,
    ),
    Code.NEED_BUDGET_SHORT: Entry(
        Message("Not enough budget{nearby}: {decision}", "Te weinig budget{nearby}: {decision}"),
        Message(
            "‘{decision}’ asks {budget:money}.{largest}{short}",
            "‘{decision}’ vraagt {budget:money}.{largest}{short}",
        ),
        Message("{raise_named}{raise_any}", "{raise_named}{raise_any}"),
        {
            "nearby": Message(" close to the case", " dicht bij de casus"),
            "largest": Message(
                " The largest budget anyone holds for ‘{power}’ is {most:money} ({best}).",
                " Het grootste budget voor ‘{power}’ is {most:money} ({best}).",
            ),
            "short": Message(
                " {best} ({steps:count:step|steps} from {handler}) may decide on ‘{power}’ only "
                "up to {most:money}; {then}.",
                " {best} ({steps:count:stap|stappen} van {handler}) mag over ‘{power}’ "
                "beslissen tot {most:money}; {then}.",
            ),
            "raise_named": Message(
                "Raise the budget in the mandate of {best}, or agree how to decide above it "
                "quickly.",
                "Verhoog het budget in het mandaat van {best}, of spreek af hoe snel boven die "
                "grens wordt besloten.",
            ),
            "raise_any": Message(
                "Raise the budget in the mandate, or arrange a decision above the limit.",
                "Verhoog het budget in het mandaat, of regel een besluit boven de grens.",
            ),
        },
    ),
    Code.NEED_HOLDER_UNREACHABLE: Entry(
        Message(
            "{handler} cannot reach anyone who may decide: {decision}",
            "{handler} bereikt niemand die mag beslissen: {decision}",
        ),
        _UNREACHABLE_DETAIL,
        _UNREACHABLE_SUGGESTION,
        _WHAT,
    ),
    Code.NEED_PUSH_THROUGH_UNREACHABLE: Entry(
        Message(
            "{handler} cannot reach anyone who can push through: {decision}",
            "{handler} bereikt niemand die kan doorzetten: {decision}",
        ),
        _UNREACHABLE_DETAIL,
        _UNREACHABLE_SUGGESTION,
        _WHAT,
    ),
    Code.NEED_HOLDER_FAR: Entry(
        Message(
            "The decision lies {steps:count:step|steps} above the case: {decision}",
            "Het besluit ligt {steps:count:stap|stappen} boven de casus: {decision}",
        ),
        _FAR_DETAIL,
        _FAR_SUGGESTION,
        _FAR,
    ),
    Code.NEED_PUSH_THROUGH_FAR: Entry(
        Message(
            "Push-through power lies {steps:count:step|steps} above the case: {decision}",
            "Doorzettingsmacht ligt {steps:count:stap|stappen} boven de casus: {decision}",
        ),
        _FAR_DETAIL,
        _FAR_SUGGESTION,
        _FAR,
    ),
}
