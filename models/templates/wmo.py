"""Template: support under the Wmo 2015 (maatschappelijke ondersteuning).

An older resident who can no longer live safely at home; the informal carer is close to
breaking down. The college decides on a maatwerkvoorziening (Wmo 2015 art. 2.3.5); the
ordinance sets a standard amount for home adaptations, with a hardship clause; moving to an
adapted home is the housing corporation's own decision, reached through the performance
agreements (Woningwet art. 44), never by mandate.
"""

from __future__ import annotations

from datetime import date

from models.case import Case
from models.entities import Actor, Agreement, CaseInfo, Mandate, Need, Organisation, Power
from models.enums import (
    ActorKind,
    AgreementKind,
    MandateRule,
    OrganisationKind,
    PowerCategory,
    RelationKind,
    RuleType,
    Urgency,
)
from models.templates._parts import (
    CHAIN,
    OBJECTION_MANDATE,
    OBJECTION_POWER,
    municipality,
    ties,
)

__all__ = ["wmo_case"]

K = ActorKind
R = RelationKind


def wmo_case() -> Case:
    """A fresh Wmo case."""
    info = CaseInfo(
        title="Wmo: zelfstandig thuis blijven wonen",
        intent="De inwoner woont veilig thuis of in een passende woning, en de mantelzorger "
        "houdt het vol.",
        description="Een oudere inwoner kan niet meer veilig thuis wonen; de mantelzorger is "
        "overbelast. Een woningaanpassing kost meer dan het normbedrag, en verhuizen naar een "
        "aangepaste woning hangt af van de corporatie. Vul de namen en bedragen van uw eigen "
        "casus in.",
        intent_owner="wethouder",
    )
    orgs = [
        Organisation("gemeente", "Gemeente", OrganisationKind.MUNICIPALITY),
        Organisation("thuiszorg", "Aanbieder thuisondersteuning", OrganisationKind.PROVIDER),
        Organisation(
            "corporatie",
            "Woningcorporatie",
            OrganisationKind.PARTNER,
            notes="Toegelaten instelling (Woningwet); wijst haar woningen zelf toe.",
        ),
    ]
    actors = [
        Actor("inwoner", "Oudere inwoner", K.CITIZEN, influence=1, interest=5),
        Actor("mantelzorger", "Mantelzorger", K.CITIZEN, influence=1, interest=5),
        *municipality(
            alderman="Wethouder Zorg en Welzijn",
            manager="Manager Zorg en Welzijn",
            team_lead="Teamleider Wmo",
            caseworker="Wmo-consulent",
        ),
        Actor(
            "clientondersteuner",
            "Onafhankelijke cliëntondersteuner",
            K.OTHER,
            influence=1,
            interest=4,
        ),
        Actor(
            "thuiszorg_wk",
            "Wijkverpleegkundige",
            K.PARTNER,
            organisation="thuiszorg",
            influence=2,
            interest=4,
        ),
        Actor(
            "corporatie_wc",
            "Woonconsulent corporatie",
            K.PARTNER,
            organisation="corporatie",
            influence=4,
            interest=2,
        ),
        Actor("ombudsman", "Gemeentelijke ombudsman", K.OVERSIGHT, influence=3, interest=2),
    ]
    powers = [
        Power(
            "maatwerkvoorziening",
            "Maatwerkvoorziening Wmo toekennen",
            PowerCategory.SPEND_BUDGET,
            "Wmo 2015 art. 2.3.5; Beleidsregels Wmo",
            RuleType.POLICY_RULE,
            "college",
            MandateRule.ALLOWED,
            "Wie onder de beleidsregels beslist, ook een gemandateerde, moet ervan afwijken waar "
            "toepassing onevenredig uitpakt (art. 4:84 Awb); dat is geen aparte bevoegdheid.",
        ),
        Power(
            "afwijken_verordening",
            "Afwijken van het normbedrag woningaanpassing",
            PowerCategory.DEVIATE_FROM_RULE,
            "Verordening maatschappelijke ondersteuning, hardheidsclausule",
            RuleType.ORDINANCE,
            "college",
            MandateRule.ALLOWED,
            "Afwijken van de verordening kan alleen op grond van haar hardheidsclausule.",
        ),
        Power(
            "verordening_wmo",
            "Verordening maatschappelijke ondersteuning vaststellen",
            PowerCategory.SET_RULES,
            "Wmo 2015 art. 2.1.3",
            RuleType.STATUTE,
            "raad",
            MandateRule.FORBIDDEN,
            "Een algemeen verbindend voorschrift: mandaat is uitgesloten (art. 10:3 lid 2 onder a "
            "Awb).",
        ),
        OBJECTION_POWER,
        Power(
            "woning_toewijzen",
            "Een aangepaste woning met voorrang toewijzen",
            PowerCategory.OTHER,
            "Eigen besluit van de verhuurder; prestatieafspraken (Woningwet art. 44)",
            RuleType.INTERNAL,
            "corporatie_wc",
            MandateRule.ALLOWED,
            "Een besluit van de corporatie over haar verhuur: de gemeente bereikt het via "
            "de prestatieafspraken, niet via mandaat. Een publiekrechtelijke route is een "
            "urgentieverklaring van het college, als de huisvestingsverordening daarin "
            "voorziet (Huisvestingswet 2014 art. 12).",
        ),
    ]
    mandates = [
        Mandate(
            "m1",
            "college",
            "manager",
            "maatwerkvoorziening",
            "Algemeen mandaat Wmo; twee niveaus ondermandaat toegestaan",
            sub_mandate_levels=2,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        Mandate(
            "m2",
            "manager",
            "teamleider",
            "maatwerkvoorziening",
            "Ondermandaat Wmo",
            legal_basis="Ondermandaatbesluit Zorg en Welzijn",
        ),
        Mandate(
            "m3",
            "teamleider",
            "consulent",
            "maatwerkvoorziening",
            "Ondermandaat Wmo tot € 7.500 per voorziening",
            budget=7500.0,
            legal_basis="Ondermandaatbesluit Zorg en Welzijn",
        ),
        Mandate(
            "m4",
            "college",
            "manager",
            "afwijken_verordening",
            "Toepassen van de hardheidsclausule; geen ondermandaat",
            sub_mandate_levels=0,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        OBJECTION_MANDATE,
    ]
    relationships = ties(
        [
            *CHAIN,
            ("jz", "college", R.ACCOUNTABILITY, 1, "bezwaren"),
            ("wethouder", "college", R.COLLABORATION, 1, "portefeuille"),
            ("inwoner", "consulent", R.SIGNAL, 1, "melding"),
            ("mantelzorger", "clientondersteuner", R.SIGNAL, 1, "overbelasting"),
            ("clientondersteuner", "consulent", R.SIGNAL, 1, ""),
            ("thuiszorg_wk", "consulent", R.SIGNAL, 1, "onveilige situatie"),
            ("consulent", "teamleider", R.ESCALATION, 1, ""),
            ("teamleider", "manager", R.ESCALATION, 1, ""),
            ("consulent", "teamleider", R.TRUST, 1, ""),
            ("teamleider", "consulent", R.TRUST, 1, ""),
            ("consulent", "corporatie_wc", R.COLLABORATION, 1, "verhuizing"),
            ("ombudsman", "college", R.FEEDBACK, 1, "klachten"),
            ("manager", "wethouder", R.FEEDBACK, 1, "signalen uit casussen"),
        ]
    )
    needs = [
        Need(
            "n1",
            "Traplift en badkameraanpassing boven het normbedrag, € 14.500",
            "afwijken_verordening",
            14500.0,
            "consulent",
            ("gemeente",),
            Urgency.HIGH,
        ),
        Need(
            "n2",
            "Tijdelijk meer uren hulp bij het huishouden terwijl de mantelzorger uitvalt",
            "maatwerkvoorziening",
            3000.0,
            "consulent",
            ("gemeente",),
            Urgency.HIGH,
            deadline=date(2026, 10, 15),
        ),
        Need(
            "n3",
            "Verhuizing met voorrang naar een aangepaste woning",
            "woning_toewijzen",
            handler="consulent",
            organisations=("gemeente", "corporatie"),
        ),
    ]
    agreements = [
        Agreement(
            "g1",
            "Prestatieafspraken gemeente en corporatie",
            AgreementKind.COVENANT,
            ("gemeente", "corporatie"),
            None,
            ("woning_toewijzen",),
            valid_from=date(2026, 1, 1),
            valid_until=date(2026, 12, 31),
            notes="De corporatie wijst jaarlijks een aantal aangepaste woningen met "
            "voorrang toe op voordracht van de gemeente; wie bij een impasse beslist, "
            "staat er niet in.",
        ),
        Agreement(
            "g2",
            "Contract thuisondersteuning",
            AgreementKind.OTHER,
            ("gemeente", "thuiszorg"),
            None,
            ("maatwerkvoorziening",),
            valid_from=date(2025, 1, 1),
            notes="De gemeente is opdrachtgever: het besluit over de maatwerkvoorziening neemt "
            "de gemeente zelf; het contract regelt dat en hoe snel de aanbieder levert. Leg "
            "daarin vast hoe snel een spoedindicatie wordt uitgevoerd.",
        ),
    ]
    return Case.from_parts(
        info,
        actors,
        relationships,
        mandates,
        needs,
        organisations=orgs,
        powers=powers,
        agreements=agreements,
    )
