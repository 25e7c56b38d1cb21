<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActorsDock</name>
    <message>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Actor toevoegen</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nieuwe actor</translation>
    </message>
</context>
<context>
    <name>AddMandateDialog</name>
    <message>
        <source>Add mandate</source>
        <translation>Mandaat toevoegen</translation>
    </message>
    <message>
        <source>Grantor:</source>
        <translation>Mandaatgever:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Bevoegdheid:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Mandaatnemer:</translation>
    </message>
</context>
<context>
    <name>AddNeedDialog</name>
    <message>
        <source>Add need</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>e.g. suspend the eviction for three months</source>
        <translation>bijv. de huisuitzetting drie maanden opschorten</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Bevoegdheid:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Behandelaar:</translation>
    </message>
    <message>
        <source>Describe the decision that is needed.</source>
        <translation>Beschrijf welk besluit nodig is.</translation>
    </message>
</context>
<context>
    <name>AddRelationshipDialog</name>
    <message>
        <source>Add relationship</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Separate items with a semicolon (;)</source>
        <translation>Scheid items met een puntkomma (;)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sphere</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>Bevoegdheden</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Werkpraktijk</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Mandaatgever</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Mandaatnemer</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Bevoegdheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Sub-mandate allowed</source>
        <translation>Ondermandaat toegestaan</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Instemming</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Bedoeling</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Owner of the intent</source>
        <translation>Eigenaar van de bedoeling</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>(from kind)</source>
        <translation>(volgens soort)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>De analyse is mislukt: %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <source>No findings: nothing stands in the way.</source>
        <translation>Geen bevindingen: niets staat in de weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n bevinding: </numerusform>
            <numerusform>%n bevindingen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritiek</numerusform>
            <numerusform>%n kritiek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;oorspronkelijk&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis van bewerkingen</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message>
        <source>Force-directed</source>
        <translation>Krachtgestuurd</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hiërarchie</translation>
    </message>
    <message>
        <source>Spheres</source>
        <translation>Sferen</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>Invloed/belang-raster</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Indeling: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Layout failed</source>
        <translation>Indelen mislukt</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Lay out the map automatically</source>
        <translation>De kaart automatisch indelen</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>&amp;Werkpraktijk:</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Maatwerk</source>
        <translation>Maatwerk</translation>
    </message>
    <message>
        <source>Show the routine practice, maatwerk, or both</source>
        <translation>Toon de routinepraktijk, maatwerk of beide</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Werkpraktijk</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Voortgang van de indeling</translation>
    </message>
    <message>
        <source>Select an actor to focus on.</source>
        <translation>Selecteer een actor om op te focussen.</translation>
    </message>
    <message>
        <source>A layout is already running.</source>
        <translation>Er loopt al een indeling.</translation>
    </message>
    <message>
        <source>Layout: %1…</source>
        <translation>Indeling: %1…</translation>
    </message>
    <message>
        <source>%1 actors · %2 relationships · %3 mandates</source>
        <translation>%1 actoren · %2 relaties · %3 mandaten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About Krachtenveld</source>
        <translation>Over Krachtenveld</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krachtenveld&lt;/b&gt;&lt;br&gt;Map the field of forces around a case and find where the organisation fails to do what is needed.&lt;br&gt;Licence: EUPL-1.2</source>
        <translation>&lt;b&gt;Krachtenveld&lt;/b&gt;&lt;br&gt;Breng het krachtenveld rond een casus in kaart en vind waar de organisatie niet doet wat nodig is.&lt;br&gt;Licentie: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>MandatesDock</name>
    <message>
        <source>Mandates</source>
        <translation>Mandaten</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Mandaat toevoegen</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>The map of actors, relationships and mandates. Tab selects the next actor.</source>
        <translation>De kaart met actoren, relaties en mandaten. Tab selecteert de volgende actor.</translation>
    </message>
    <message>
        <source>New actor %1</source>
        <translation>Nieuwe actor %1</translation>
    </message>
    <message>
        <source>Select one or two actors to connect.</source>
        <translation>Selecteer een of twee actoren om te verbinden.</translation>
    </message>
</context>
<context>
    <name>NeedsDock</name>
    <message>
        <source>Needs</source>
        <translation>Benodigde besluiten</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Besluit toevoegen</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item geselecteerd</numerusform>
            <numerusform>%n items geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one item to edit its properties.</source>
        <translation>Selecteer één item om de eigenschappen te bewerken.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Benodigd besluit</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
</context>
<context>
    <name>RelationshipsDock</name>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Relatie toevoegen</translation>
    </message>
</context>
<context>
    <name>ScorecardDock</name>
    <message>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Bouwsteen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>TableDock</name>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del)</source>
        <translation>Geselecteerde rijen verwijderen (Del)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>De tabel filteren</translation>
    </message>
</context>
<context>
    <name>_TwoActorDialog</name>
    <message>
        <source>Add at least two actors first.</source>
        <translation>Voeg eerst minstens twee actoren toe.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Kies twee verschillende actoren.</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Move on the grid</source>
        <translation>Verplaatsen in het raster</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n item verwijderen</numerusform>
            <numerusform>%n items verwijderen</numerusform>
        </translation>
    </message>
</context>
</TS>
