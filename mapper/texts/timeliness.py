"""Texts of building block 2 on time: a needed decision whose route to whoever may take it
takes longer than the time left before its deadline (too late by design)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.NEED_TOO_LATE_BY_DESIGN: Entry(
        Message("{late}{passed}", "{late}{passed}"),
        Message(
            "{route_late}{given}{today}{late_end}{route_passed}{statutory}",
            "{route_late}{given}{today}{late_end}{route_passed}{statutory}",
        ),
        Message(
            "{fits_some}{fits_none}{public}{partner}{public_none}{partner_none}{now_public}"
            "{now_partner}.",
            "{fits_some}{fits_none}{public}{partner}{public_none}{partner_none}{now_public}"
            "{now_partner}.",
        ),
        parts={
            "late": Message(
                "‘{decision}’ comes too late by design",
                "‘{decision}’ komt te laat door de inrichting",
            ),
            "passed": Message(
                "The period for ‘{decision}’ expired on {deadline:date}",
                "De termijn voor ‘{decision}’ is op {deadline:date} verstreken",
            ),
            "route_passed": Message(
                "The period expired on {deadline:date}; on the reference date {as_of:date} no "
                "change in the route can make the decision timely. The route from {handler} "
                "to {decider}, who may take the decision ‘{decision}’, takes "
                "{steps:count:step|steps}: {route}.",
                "De termijn is op {deadline:date} verstreken; op de peildatum {as_of:date} "
                "maakt geen wijziging van de route het besluit nog tijdig. De route van "
                "{handler} naar {decider}, die over ‘{decision}’ mag beslissen, telt "
                "{steps:count:stap|stappen}: {route}.",
            ),
            "statutory": Message(
                " Where this is a statutory period for deciding on an application, the "
                "applicant can give the public body notice of default, and two weeks later a "
                "penalty is due (Awb 4:17).",
                " Gaat het om een wettelijke beslistermijn op een aanvraag, dan kan de "
                "aanvrager het bestuursorgaan in gebreke stellen en is twee weken daarna een "
                "dwangsom verschuldigd (art. 4:17 Awb).",
            ),
            "now_public": Message(
                "Decide now: put ‘{decision}’ before {decider} without delay, and in future let "
                "such decisions be taken under mandate close to the case",
                "Beslis nu: leg ‘{decision}’ direct voor aan {decider}, en laat zulke besluiten "
                "voortaan in mandaat dicht bij de casus nemen",
            ),
            "now_partner": Message(
                "Ask {decider} to decide now, and agree within which period such a decision is "
                "taken from now on",
                "Vraag {decider} nu te beslissen, en spreek af binnen welke termijn zo'n besluit "
                "voortaan valt",
            ),
            "route_late": Message(
                "The route from {handler} to {decider}, who may take the decision ‘{decision}’, "
                "takes {steps:count:step|steps}: {route}. At {per_step:count:working day|working "
                "days} a step, as assumed for this case, that is "
                "{total:count:working day|working days}. ",
                "De route van {handler} naar {decider}, die over ‘{decision}’ mag beslissen, telt "
                "{steps:count:stap|stappen}: {route}. Bij {per_step:count:werkdag|werkdagen} per "
                "stap, zoals voor deze casus is aangenomen, is dat "
                "{total:count:werkdag|werkdagen}. ",
            ),
            "late_end": Message(
                " the decision reaches {decider} on {arrives:date} at the earliest; it must "
                "be taken by {deadline:date}. To be in time the route should have started by "
                "{latest:date}. Working days are Monday to Friday. Public holidays are not "
                "deducted; if one falls in this period, it takes longer.",
                " ligt het besluit op zijn vroegst op {arrives:date} bij {decider}; het moet "
                "uiterlijk op {deadline:date} genomen zijn. Om op tijd te zijn had de route "
                "uiterlijk op {latest:date} moeten beginnen. Als werkdagen gelden maandag tot "
                "en met vrijdag. Feestdagen zijn niet afgetrokken; valt er een in deze periode, "
                "dan duurt het langer.",
            ),
            "given": Message(
                "Starting on the reference date {as_of:date},",
                "Gerekend vanaf de peildatum {as_of:date}",
            ),
            "today": Message(
                "Starting today ({as_of:date}),",
                "Gerekend vanaf vandaag ({as_of:date})",
            ),
            "fits_some": Message(
                "{left:count:working day is|working days are} left: place the decision at most "
                "{fits:count:step|steps} from {handler}",
                "Er {left:form:is|zijn} nog {left:count:werkdag|werkdagen}: beleg het besluit "
                "op hoogstens {fits:count:stap|stappen} van {handler}",
            ),
            "fits_none": Message(
                "Not even one step fits in the time left: agree an urgent route by which "
                "{handler} puts the decision before {decider} the same week",
                "Zelfs één stap past niet meer in de tijd die rest: spreek een spoedroute af "
                "waarlangs {handler} het besluit nog dezelfde week aan {decider} voorlegt",
            ),
            "public": Message(
                ", for instance by a mandate from the public body that holds the power, or "
                "agree an urgent route by which {handler} puts it before {decider} directly",
                ", bijvoorbeeld met een mandaat van het bestuursorgaan dat de bevoegdheid "
                "heeft, of spreek een spoedroute af waarlangs {handler} het rechtstreeks aan "
                "{decider} voorlegt",
            ),
            "partner": Message(
                ": agree with {decider} whom {handler} can reach directly for it, and within "
                "which period {decider} decides",
                ": spreek met {decider} af wie {handler} er rechtstreeks voor kan benaderen en "
                "binnen welke termijn {decider} beslist",
            ),
            "public_none": Message(
                ", and in future let such decisions be taken under mandate close to the case",
                ", en laat zulke besluiten voortaan in mandaat dicht bij de casus nemen",
            ),
            "partner_none": Message(
                ", and agree with {decider} within which period such a decision is taken",
                ", en spreek met {decider} af binnen welke termijn zo'n besluit valt",
            ),
        },
    ),
}
