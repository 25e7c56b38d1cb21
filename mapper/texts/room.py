"""Texts of building block 3: room to act on each needed decision.

A text about deviating names the ground the rule allows for it: Awb 4:84 for a policy rule,
the hardship clause of an ordinance, a specific clause of a statute (Awb 3:4 lid 2 only
weighs consequences within the room a statute leaves; it sets no binding rule aside).
``{what}`` is the decision as the check names it: ``'Huurachterstand overnemen' (Bijzondere
bijstand, € 4.200, uiterlijk 01-12-2026)``.
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

_URGENT = Message(
    " The decision must be taken by {deadline:date}; along this route it reaches "
    "{nearest} on {arrives:date} at the earliest, which is too late.",
    " Het besluit moet uiterlijk {deadline:date} genomen zijn; langs deze route ligt het op "
    "zijn vroegst op {arrives:date} bij {nearest}, en dat is te laat.",
)
#: The route is long, but by the reckoning of block 2 it still makes the deadline (issue 17).
_URGENT_TIME = Message(
    " The decision must be taken by {deadline:date}; along this route it reaches "
    "{nearest} on {arrives:date} at the earliest.",
    " Het besluit moet uiterlijk {deadline:date} genomen zijn; langs deze route ligt het op "
    "zijn vroegst op {arrives:date} bij {nearest}.",
)
_URGENT_PASSED = Message(
    " The period for the decision ended on {deadline:date}.",
    " De termijn voor het besluit is op {deadline:date} verstreken.",
)

TEXTS: dict[Code, Entry] = {
    Code.NEED_NO_HANDLER: Entry(
        Message("Nobody handles ‘{decision}’", "Niemand behandelt ‘{decision}’"),
        Message(
            "The needed decision {what} has no handler, so it is unclear who takes it up.",
            "Het benodigde besluit {what} heeft geen behandelaar; onduidelijk is wie ermee aan "
            "de slag gaat.",
        ),
        Message(
            "Name the handler of this decision.",
            "Wijs een behandelaar aan voor dit besluit.",
        ),
    ),
    Code.NEED_NO_HOLDER: Entry(
        Message("{none_title}{exists_title}", "{none_title}{exists_title}"),
        Message("{none}{exists}{deviation}{alt}", "{none}{exists}{deviation}{alt}"),
        Message("{place}", "{place}"),
        parts={
            "none_title": Message(
                "Nobody may decide on ‘{decision}’", "Niemand mag beslissen over ‘{decision}’"
            ),
            "none": Message(
                "For {what} nobody on the map holds ‘{power}’{practice}: not by statute, not by "
                "delegation, not by a valid mandate.",
                "Voor {what} heeft niemand op de kaart ‘{power}’{practice}: niet op grond van de "
                "wet, niet door delegatie en niet met een geldig mandaat.",
            ),
            # the power exists, but the rule leaves no room to depart from it (jurist W4)
            "exists_title": Message(
                "The rule leaves no room to depart from it for ‘{decision}’",
                "De regel biedt geen ruimte om af te wijken bij ‘{decision}’",
            ),
            "exists": Message(
                "For {what} the power exists: {holders:list} {n:form:holds|hold} it. But this "
                "decision departs from the rule the power falls under, and whoever holds the "
                "power may do that only where the rule itself leaves room.",
                "Voor {what} bestaat de bevoegdheid: {holders:list} {n:form:heeft|hebben} haar. "
                "Maar dit besluit wijkt af van de regel waaronder de bevoegdheid valt, en wie de "
                "bevoegdheid heeft, mag dat alleen waar de regel zelf daarvoor ruimte laat.",
            ),
            "alt": Message(
                " Invalid mandates for this power: {alts}.",
                " Ongeldige mandaten voor deze bevoegdheid: {alts}.",
            ),
        },
    ),
    Code.NEED_NO_PUSH_THROUGH: Entry(
        Message("Nobody can push through ‘{decision}’", "Niemand kan doorzetten bij ‘{decision}’"),
        Message(
            "{what} involves {orgs:list}. The power to push a decision through across "
            "organisations comes from an agreement between them (a covenant, an escalation "
            "protocol or a breakthrough agreement) or from a specific statute; the map has "
            "neither for this decision, and a partner's own powers do not count.",
            "{what} raakt {orgs:list}. Doorzettingsmacht over organisaties heen komt uit een "
            "afspraak tussen die organisaties (een convenant, escalatieprotocol of "
            "doorbraakafspraak) of uit een specifieke wet; de kaart heeft geen van beide voor "
            "dit besluit, en eigen bevoegdheden van een partner tellen daarvoor niet.",
        ),
        Message(
            "Make a breakthrough agreement or escalation protocol between {orgs:list} that "
            "names who decides when the organisations disagree.",
            "Maak tussen {orgs:list} een doorbraakafspraak of escalatieprotocol waarin staat wie "
            "beslist als de organisaties het niet eens worden.",
        ),
    ),
    Code.NEED_BUDGET_SHORT: Entry(
        Message(
            "{nobody}{nearby} ‘{decision}’",
            "{nobody}{nearby} ‘{decision}’",
        ),
        Message(
            "{what} asks {budget:money}.{highest}{short_more}{short_none}",
            "{what} vraagt {budget:money}.{highest}{short_more}{short_none}",
        ),
        Message(
            "Raise the maximum amount in the mandate{of_best}, or agree who decides above it, "
            "and how quickly.",
            "Verhoog het maximumbedrag in het mandaat{of_best}, of spreek af wie daarboven "
            "beslist, en hoe snel.",
        ),
        parts={
            "nobody": Message("Not enough budget for", "Onvoldoende budget voor"),
            "nearby": Message(
                "Not enough budget close to the case for",
                "Te weinig budget dicht bij de casus voor",
            ),
            "highest": Message(
                " The highest amount anyone may decide on for ‘{power}’ is {most:money} ({best}).",
                " Het hoogste bedrag waarover iemand mag beslissen voor ‘{power}’ is "
                "{most:money} ({best}).",
            ),
            "short_more": Message(
                " {best}, {steps:count:step|steps} from {handler}, may decide on ‘{power}’ only "
                "up to {has:money}; the nearest who may decide on more is {enough}, "
                "{further:count:step|steps} away.",
                " {best}, {steps:count:stap|stappen} van {handler}, mag over ‘{power}’ beslissen "
                "tot {has:money}; de dichtstbijzijnde die over meer mag beslissen, is {enough}, "
                "{further:count:stap|stappen} verder.",
            ),
            "short_none": Message(
                " {best}, {steps:count:step|steps} from {handler}, may decide on ‘{power}’ only "
                "up to {has:money}; nobody within reach may decide on that much.",
                " {best}, {steps:count:stap|stappen} van {handler}, mag over ‘{power}’ beslissen "
                "tot {has:money}; niemand binnen bereik mag over zoveel beslissen.",
            ),
            "of_best": Message(" of {best}", " van {best}"),
        },
    ),
    Code.NEED_HOLDER_UNREACHABLE: Entry(
        Message(
            "{handler} cannot reach anyone who may decide on ‘{decision}’",
            "{handler} bereikt niemand die mag beslissen over ‘{decision}’",
        ),
        Message(
            # a mandate holder exercises the body's power, it does not hold it: "mogen alleen
            # … beslissen", as the title's "niemand die mag beslissen" (rev-jurist19 R14)
            "Only {holders:list} {n:form:is|are} allowed to decide on {what}, and no escalation, "
            "hierarchy or signal route leads there from {handler}.{deviation}{alt}",
            "Over {what} {n:form:mag|mogen} alleen {holders:list} beslissen, en geen "
            "escalatie-, hiërarchische of signaalroute leidt daarheen vanuit {handler}."
            "{deviation}{alt}",
        ),
        Message(
            "Open an escalation line from {handler} to {first}, or place the power with "
            "someone within reach.",
            "Open een escalatielijn van {handler} naar {first}, of beleg de bevoegdheid bij "
            "iemand binnen bereik.",
        ),
        parts={
            "alt": Message(
                " Invalid mandates for this power: {alts}.",
                " Ongeldige mandaten voor deze bevoegdheid: {alts}.",
            )
        },
    ),
    Code.NEED_PUSH_THROUGH_UNREACHABLE: Entry(
        Message(
            "{handler} cannot reach anyone who can push through ‘{decision}’",
            "{handler} bereikt niemand die kan doorzetten bij ‘{decision}’",
        ),
        Message(
            "{what} involves {orgs:list}. Only {holders:list} {n:form:can|can} push it through, "
            "and no escalation, hierarchy or signal route leads there from {handler}.",
            "{what} raakt {orgs:list}. Alleen {holders:list} {n:form:kan|kunnen} doorzetten, en "
            "geen escalatie-, hiërarchische of signaalroute leidt daarheen vanuit {handler}.",
        ),
        Message(
            "Open an escalation line from {handler} to {first}.",
            "Open een escalatielijn van {handler} naar {first}.",
        ),
    ),
    Code.NEED_HOLDER_FAR: Entry(
        Message("{far_title}{broken_title}", "{far_title}{broken_title}"),
        Message(
            "The nearest who may decide on {what} is {nearest}, {steps:count:step|steps} from "
            "{handler}: {path}.{urgent}{urgent_time}{urgent_passed}{deviation}{alt}"
            "{cut}",
            "De dichtstbijzijnde die mag beslissen over {what} is {nearest}, "
            "{steps:count:stap|stappen} van {handler}: {path}.{urgent}{urgent_time}"
            "{urgent_passed}{deviation}{alt}{cut}",
        ),
        Message("{place}", "{place}"),
        parts={
            "far_title": Message(
                "The decision ‘{decision}’ lies {steps:count:step|steps} above the case",
                "Het besluit ‘{decision}’ ligt {steps:count:stap|stappen} boven de casus",
            ),
            # far only because a mandate on the chain lapsed: say that, not the distance
            # (jurist, seventh round W2, map A)
            "broken_title": Message(
                "The chain to ‘{decision}’ is broken: {lapsed_kind} of {to} expired on "
                "{lapsed:date}",
                "De keten naar ‘{decision}’ is gebroken: {lapsed_kind} van {to} is op "
                "{lapsed:date} verlopen",
            ),
            "urgent": _URGENT,
            "urgent_time": _URGENT_TIME,
            "urgent_passed": _URGENT_PASSED,
            "alt": Message(
                " Invalid mandates for this power: {alts}.",
                " Ongeldige mandaten voor deze bevoegdheid: {alts}.",
            ),
            "cut": Message(
                " {cut_off:list} {k:form:holds|hold} this power too, but {k:form:is|are} out of "
                "reach from {handler}.",
                " Ook {cut_off:list} {k:form:heeft|hebben} deze bevoegdheid, maar "
                "{k:form:is|zijn} vanuit {handler} niet bereikbaar.",
            ),
        },
    ),
    Code.NEED_PUSH_THROUGH_FAR: Entry(
        Message(
            "Pushing through ‘{decision}’ lies {steps:count:step|steps} above the case",
            "Doorzetten bij ‘{decision}’ ligt {steps:count:stap|stappen} boven de casus",
        ),
        Message(
            "{what} involves {orgs:list}. The nearest who can push it through is "
            "{nearest}{under}, {steps:count:step|steps} from {handler}: {path}.{urgent}"
            "{urgent_time}{urgent_passed}",
            "{what} raakt {orgs:list}. De dichtstbijzijnde die kan doorzetten is "
            "{nearest}{under}, {steps:count:stap|stappen} van {handler}: {path}.{urgent}"
            "{urgent_time}{urgent_passed}",
        ),
        Message(
            "Agree with {orgs:list} that someone closer to the case, such as {next}, may push "
            "such decisions through.",
            "Spreek met {orgs:list} af dat iemand dichter bij de casus, zoals {next}, zulke "
            "besluiten mag doorzetten.",
        ),
        parts={
            "urgent": _URGENT,
            "urgent_time": _URGENT_TIME,
            "urgent_passed": _URGENT_PASSED,
            "under": Message(" (under ‘{agreement}’)", " (op grond van ‘{agreement}’)"),
        },
    ),
    Code.NEED_PARTNER_NOT_REACHED: Entry(
        Message(
            "{plain_title}{private_title}{said_title}{held_title}",
            "{plain_title}{private_title}{said_title}{held_title}",
        ),
        Message(
            "{what} {plain}{private}{said}; nobody in the organisation of {handler} can take "
            "{it} or mandate it.{no_contact}{contact}{expired}",
            "{what} {plain}{private}{said}; niemand in de organisatie van {handler} kan {it} "
            "nemen of mandateren.{no_contact}{contact}{expired}",
        ),
        Message("{fix}", "{fix}"),
        parts={
            # an agreement covers a decision ("dekt"), it does not reach it (jurist 15, J21)
            "plain_title": Message(
                "‘{decision}’ is a decision of {owner}; no agreement in force covers it",
                "‘{decision}’ is een besluit van {owner}; geen geldende afspraak dekt het",
            ),
            "private_title": Message(
                "‘{decision}’ is a decision of {owner}; no agreement in force covers it",
                "‘{decision}’ is een beslissing van {owner}; geen geldende afspraak dekt het",
            ),
            "plain": Message("is a decision of {owner} itself", "is een eigen besluit van {owner}"),
            # a private party's decision is no besluit: no bezwaar (jurist 15, J23)
            "private": Message(
                "is a decision of {owner} itself (no decision within the meaning of Awb 1:3)",
                "is een eigen beslissing van {owner} (geen besluit in de zin van art. 1:3 Awb)",
            ),
            # the decision's name already says whose decision it is (an anonymised copy's
            # "Besluit van de aanbieder"): said once (jurist, seventh round W12)
            "said_title": Message(
                "No agreement in force with {owner} covers ‘{decision}’",
                "Geen geldende afspraak met {owner} dekt ‘{decision}’",
            ),
            # the anonymised copy's neutral name is no title to quote (jurist 15, J21); a care
            # provider's "de beslissing" (rev-jurist17 R10)
            "held_title": Message(
                "No agreement in force covers {held} of {owner}",
                "Geen geldende afspraak dekt {held} van {owner}",
            ),
            "said": Message("rests with {owner}", "ligt bij {owner}"),
            # {this}: "deze beslissing" for a private party's, no besluit (rev-jurist16 J23)
            "no_contact": Message(
                " No agreement in force with {org} covers {this}, and the map shows no contact "
                "between {handler} and {partner}.",
                " Geen afspraak met {org} die nu geldt, dekt {this}, en de kaart toont geen "
                "contact tussen {handler} en {partner}.",
            ),
            "contact": Message(
                " {org} decides it itself, and nobody outside {org} can be given the power to "
                "push it through. {handler} is in contact with {partner}, but no agreement in "
                "force with {org} covers {this}.",
                " Dat beslist {org} zelf, en niemand buiten {org} kan daarover doorzettingsmacht "
                "krijgen. {handler} heeft contact met {partner}, maar geen afspraak met {org} "
                "die nu geldt, dekt {this}.",
            ),
        },
    ),
    # each grant named by what it is in law: a volmacht or machtiging is no mandate, and who
    # holds the power by statute needs none (jurist, ninth round F1)
    Code.NEED_HANDLER_MANDATE_FALLS_SHORT: Entry(
        Message(
            # "dekt", not "draagt" (jurist 15, J14); said of the grants that can decide, never
            # of a signing authorisation, which covers no decision (rev-jurist16 J14)
            "{cover_title}{signing_title}",
            "{cover_title}{signing_title}",
        ),
        Message(
            "For {what} {handler} relies on {own}.{short}{short_valid}{within} {whoever} "
            "{need_deviate}{need_amount}{need_valid}; {best}, {steps:count:step|steps} up from "
            "{handler}, {has_it}{by}.",
            "Voor {what} steunt {handler} op {own}.{short}{short_valid}{within} {whoever}, "
            "{need_deviate}{need_amount}{need_valid}; {best}, {steps:count:stap|stappen} boven "
            "{handler}, {has_it}{by}.",
        ),
        # a valid grant that is only too low: widen it (rev-jurist17 R9, rev-jurist17b N5: the
        # map knows the amount, not the scope, so never "raise the amount" alone); after the
        # deadline, "decide now … and in future close to the case" precedes (NEED_TOO_LATE):
        # only how, not "Laat de teamleider dit besluit nemen" again (R9)
        Message(
            "{let}{fix_valid}{fix_raise}{then_raise}.",
            "{let}{fix_valid}{fix_raise}{then_raise}.",
        ),
        parts={
            "let": Message("Have {best} {act}, or ", "Laat {best} {act}, of "),
            "then_raise": Message(
                "To that end, widen {cover_the} of {handler}",
                "Verruim daarvoor {cover_the} van {handler}",
            ),
            "fix_valid": Message(
                "see that {cover_the} of {handler} {n_cover:form:is|are} valid and "
                "{n_cover:form:covers|cover} the amount",
                "zorg dat {cover_the} van {handler} geldig {n_cover:form:is|zijn} en het bedrag "
                "{n_cover:form:dekt|dekken}",
            ),
            "fix_raise": Message(
                "widen {cover_the} of {handler}", "verruim {cover_the} van {handler}"
            ),
            "cover_title": Message(
                "{cover_the} of {handler} {n_cover:form:does|do} not cover ‘{decision}’",
                "{cover_the} van {handler} {n_cover:form:dekt|dekken} ‘{decision}’ niet",
            ),
            "signing_title": Message(
                "For ‘{decision}’ {handler} holds only a signing authorisation",
                "Voor ‘{decision}’ heeft {handler} alleen een ondertekeningsmachtiging",
            ),
            # the reason the decision goes up: the deviation, the amount, or a valid mandate
            # (jurist, fourth round N3)
            "need_deviate": Message(
                "must be allowed to depart from the policy rule",
                "moet van de beleidsregel mogen afwijken",
            ),
            "need_amount": Message(
                "must hold the power for the amount", "moet de bevoegdheid voor het bedrag hebben"
            ),
            "need_valid": Message("{valid_one}", "{valid_one}"),
            "by": Message("{held_by}", "{held_by}"),
            "short": Message(
                " {if_valid} at most {has:money}, less than the {budget:money} needed.",
                " {if_valid} hooguit {has:money} gedekt, minder dan de {budget:money} die nodig "
                "is.",
            ),
            "short_valid": Message(
                " {cover_The} {n_cover:form:covers|cover} at most {has:money}, less than the "
                "{budget:money} needed.",
                " {cover_The} {n_cover:form:dekt|dekken} hooguit {has:money}, minder dan de "
                "{budget:money} die nodig is.",
            ),
            "within": Message(
                " This decision departs from the policy rule; {within:list} may decide on "
                "‘{power}’ only within it: {n_within:form:the mandate reserves|the mandates "
                "reserve} deviating to the grantor.",
                " Dit besluit wijkt af van de beleidsregel; {within:list} "
                "{n_within:form:mag|mogen} over ‘{power}’ alleen binnen die regel beslissen, omdat "
                "{n_within:form:het mandaat|de mandaten} het afwijken aan de mandaatgever "
                "{n_within:form:voorbehoudt|voorbehouden}.",
            ),
        },
    ),
    Code.MANDATE_EXPIRES_BEFORE_DEADLINE: Entry(
        Message(
            "The mandate of {holder} ends before the deadline of ‘{decision}’",
            "Het mandaat van {holder} eindigt vóór de uiterste datum van ‘{decision}’",
        ),
        Message(
            "For {what} {holder} relies on mandate {mandate} of {grantor}, which is valid up to "
            "and including {until:date}. Taken later, the decision is no longer covered by it.",
            "Voor {what} steunt {holder} op mandaat {mandate} van {grantor}, dat geldt tot en "
            "met {until:date}. Valt het besluit later, dan dekt dit mandaat het niet meer.",
        ),
        Message(
            "Have {grantor} extend the mandate in time, or make sure the decision is taken by "
            "{until:date}.",
            "Laat {grantor} het mandaat tijdig verlengen, of zorg dat het besluit uiterlijk "
            "{until:date} valt.",
        ),
    ),
    Code.AGREEMENT_DECIDER_OVER_PARTNER: Entry(
        Message(
            "‘{agreement}’ lets {decider} decide on ‘{decision}’, a decision of {org} itself",
            "‘{agreement}’ laat {decider} beslissen over ‘{decision}’, een eigen besluit van {org}",
        ),
        Message(
            "{what} is a decision of {org} itself. Under ‘{agreement}’ {decider} decides "
            "when the organisations disagree, but nobody outside {org} can take a partner's own "
            "decision: it stays the partner's own decision, whatever the agreement says. The "
            "agreement can only settle how {partner} decides: with what priority, within what "
            "time, and whom {handler} turns to when that fails.",
            "{what} is een eigen besluit van {org}. Volgens ‘{agreement}’ beslist {decider} "
            "als de organisaties het niet eens worden, maar niemand buiten {org} kan een eigen "
            "besluit van een partner nemen: het blijft een besluit van de partner zelf, wat de "
            "afspraak ook zegt. De afspraak kan alleen vastleggen hoe {partner} beslist: met "
            "welke voorrang, binnen welke termijn, en bij wie {handler} terechtkan als dat niet "
            "lukt.",
        ),
        Message(
            "Amend ‘{agreement}’: agree with {org} how an urgent case from {handler} gets "
            "priority and whom {handler} turns to when that fails, instead of a decider from "
            "outside {org}.",
            "Pas ‘{agreement}’ aan: spreek met {org} af hoe een urgente casus van {handler} "
            "voorrang krijgt en bij wie {handler} terechtkan als dat niet lukt, in plaats van "
            "een beslisser van buiten {org}.",
        ),
    ),
    Code.AGREEMENT_EXPIRES_BEFORE_DEADLINE: Entry(
        Message(
            "The agreement ‘{agreement}’ ends before the deadline of ‘{decision}’",
            "De afspraak ‘{agreement}’ eindigt vóór de uiterste datum van ‘{decision}’",
        ),
        Message(
            "For {what} the case relies on ‘{agreement}’ between {parties:list}, which is valid "
            "up to and including {until:date}.",
            "Voor {what} steunt de casus op ‘{agreement}’ tussen {parties:list}, die geldt tot "
            "en met {until:date}.",
        ),
        Message(
            "Extend the agreement with {parties:list} in time, or make sure the decision is "
            "taken by {until:date}.",
            "Verleng de afspraak met {parties:list} tijdig, of zorg dat het besluit uiterlijk "
            "{until:date} valt.",
        ),
    ),
}
