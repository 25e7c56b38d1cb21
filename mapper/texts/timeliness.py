"""Texts of building block 2 on time: a needed decision whose route to whoever may take it
takes longer than the time left before its deadline (too late by design)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.NEED_TOO_LATE_BY_DESIGN: Entry(
        Message(
            "‘{decision}’ comes too late by design",
            "‘{decision}’ komt te laat door de inrichting",
        ),
        Message(
            "The route from {handler} to {decider}, who may take the decision ‘{decision}’, "
            "takes {steps:count:step|steps}: {route}. At {per_step:count:working day|working "
            "days} a step, as assumed for this case, that is "
            "{total:count:working day|working days}. {given}{today} the decision is reached on "
            "{arrives:date} at the earliest; it must be taken by {deadline:date}. To be in time "
            "the route should have started by {latest:date}. Working days are Monday to "
            "Friday; public holidays count as working days, so if one falls in this period it "
            "takes longer still.",
            "De route van {handler} naar {decider}, die over ‘{decision}’ mag beslissen, telt "
            "{steps:count:stap|stappen}: {route}. Bij {per_step:count:werkdag|werkdagen} per "
            "stap, zoals voor deze casus is aangenomen, is dat "
            "{total:count:werkdag|werkdagen}. {given}{today} ligt het besluit op zijn vroegst "
            "op {arrives:date} bij {decider}; het moet uiterlijk op {deadline:date} genomen "
            "zijn. Om op tijd te zijn had de route uiterlijk op {latest:date} moeten beginnen. "
            "Als werkdagen gelden maandag tot en met vrijdag; feestdagen tellen als werkdag "
            "mee, dus valt er een in deze periode, dan duurt het nog langer.",
        ),
        Message(
            "{fits_some}{fits_none}{public}{partner}{public_none}{partner_none}.",
            "{fits_some}{fits_none}{public}{partner}{public_none}{partner_none}.",
        ),
        parts={
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
