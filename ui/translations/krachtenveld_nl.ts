<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AcceptButton</name>
    <message>
        <source>Accept the chosen finding, or every finding of the chosen cause, with a reason; on an accepted finding: withdraw the acceptance (%1)</source>
        <translation>De gekozen bevinding, of elke bevinding van de gekozen oorzaak, met een reden accepteren; bij een geaccepteerde bevinding: de acceptatie intrekken (%1)</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept with reason</source>
        <translation>Accepteren met reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why do you accept this risk?</source>
        <translation>Waarom accepteert u dit risico?</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Without an end date the finding stays accepted until it changes. It comes back by itself when the date has passed or its content changes.</source>
        <translation>Zonder einddatum blijft de bevinding geaccepteerd tot zij verandert. Zij komt vanzelf terug als de datum voorbij is of de inhoud verandert.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
</context>
<context>
    <name>AcceptanceMenu</name>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Acceptatie intrekken</translation>
    </message>
    <message>
        <source>Accept with reason…</source>
        <translation>Accepteren met reden…</translation>
    </message>
    <message>
        <source>This also accepts %1 findings of this cause:</source>
        <translation>Dit accepteert ook %1 bevindingen van deze oorzaak:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
</context>
<context>
    <name>ActorsDock</name>
    <message>
        <source>By organisation</source>
        <translation>Per organisatie</translation>
    </message>
    <message>
        <source>Group the actors by organisation</source>
        <translation>De actoren per organisatie groeperen</translation>
    </message>
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
    <name>AgreementsDock</name>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>The separate analysis process did not respond and has been restarted. The map is now being analysed in the app itself.</source>
        <translation>Het afzonderlijke analyseproces reageerde niet en is opnieuw gestart. De kaart wordt nu in de app zelf geanalyseerd.</translation>
    </message>
</context>
<context>
    <name>BuildingBlocks</name>
    <message>
        <source>Clarity about the intent</source>
        <extracomment>(title, what it asks, where the map shows it), in building-block order 1..7</extracomment>
        <translation>Helderheid over de bedoeling</translation>
    </message>
    <message>
        <source>Everyone knows what the case is for. A member of the executive owns that purpose, says so, and gives room to set aside routines that do not serve it.</source>
        <translation>Iedereen weet waar de casus om draait. Een bestuurder is eigenaar van die bedoeling, spreekt haar uit en geeft ruimte om routines opzij te zetten die haar niet dienen.</translation>
    </message>
    <message>
        <source>The intent of the case and its owner, and a mandate to deviate from the rules that reaches the people who handle the case.</source>
        <translation>de bedoeling van de casus en haar eigenaar, en een mandaat om van de regels af te wijken dat reikt tot wie de casus behandelt.</translation>
    </message>
    <message>
        <source>Signalling and triage</source>
        <translation>Signaleren en triage</translation>
    </message>
    <message>
        <source>The organisation sees in time that the routine fails. Signals from the resident, from partners or from the ombudsman reach someone, and it is clear who may decide that a case needs a custom solution.</source>
        <translation>De organisatie ziet op tijd dat de routine tekortschiet. Signalen van de inwoner, van ketenpartners of van de ombudsman komen bij iemand aan, en het is duidelijk wie mag besluiten dat een casus maatwerk vraagt.</translation>
    </message>
    <message>
        <source>Signal and escalation lines, and who does triage with a mandate to do it.</source>
        <translation>signaal- en escalatielijnen, en wie triage doet met een mandaat daarvoor.</translation>
    </message>
    <message>
        <source>Room to act</source>
        <translation>Handelingsruimte</translation>
    </message>
    <message>
        <source>Whoever handles the case has the powers, the budget, the contacts and the repertoire the case needs.</source>
        <translation>Wie de casus behandelt, heeft de bevoegdheden, het budget, de contacten en het repertoire die de casus vraagt.</translation>
    </message>
    <message>
        <source>The decisions the case needs and who may take each one: mandates that lead back to the body that holds the power by law, and agreements with partners for what the municipality cannot decide itself.</source>
        <translation>de besluiten die de casus nodig heeft en wie elk daarvan mag nemen: mandaten die teruggaan op het bestuursorgaan dat de bevoegdheid op grond van de wet heeft, en afspraken met ketenpartners over wat de gemeente niet zelf kan beslissen.</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>A custom solution is accounted for without a paper trail for its own sake and without arbitrariness: who answers to whom, what sets a precedent, how risks are weighed.</source>
        <translation>Over maatwerk wordt verantwoording afgelegd zonder papierwerk om het papierwerk en zonder willekeur: wie legt aan wie verantwoording af, wat schept een precedent, hoe worden risico’s gewogen.</translation>
    </message>
    <message>
        <source>Accountability lines up to the executive, and a line back to whoever granted each mandate.</source>
        <translation>verantwoordingslijnen tot aan de bestuurder, en bij elk mandaat een lijn terug naar wie het verleende.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Trust runs both ways: the professional who deviates can count on backing from the top, and the top trusts the professional&apos;s judgement.</source>
        <translation>Vertrouwen werkt twee kanten op: de professional die afwijkt, kan rekenen op rugdekking van de top, en de top vertrouwt op het oordeel van de professional.</translation>
    </message>
    <message>
        <source>Trust relationships and how strong they are, in both directions.</source>
        <translation>vertrouwensrelaties en hoe sterk ze zijn, in beide richtingen.</translation>
    </message>
    <message>
        <source>Political and administrative reality connected</source>
        <translation>Politieke en ambtelijke werkelijkheid verbonden</translation>
    </message>
    <message>
        <source>The council, the mayor and the aldermen on one side and the civil service on the other stay aligned on the case, including those who oppose it.</source>
        <translation>De raad, de burgemeester en de wethouders aan de ene kant en de ambtelijke organisatie aan de andere kant blijven op één lijn over de casus, ook met wie ertegen is.</translation>
    </message>
    <message>
        <source>The spheres, and the ties between the political and the administrative world.</source>
        <translation>de sferen, en de verbindingen tussen de politieke en de ambtelijke wereld.</translation>
    </message>
    <message>
        <source>System learning</source>
        <translation>Systeemleren</translation>
    </message>
    <message>
        <source>The organisation learns from custom cases: a rule that keeps getting in the way is changed, without evaluating every exception and without a new rule after every incident.</source>
        <translation>De organisatie leert van maatwerk: een regel die steeds in de weg zit, wordt aangepast, zonder elke uitzondering te evalueren en zonder na elk incident een nieuwe regel.</translation>
    </message>
    <message>
        <source>Feedback lines from the case back to whoever owns the rule.</source>
        <translation>terugkoppelingslijnen van de casus naar de eigenaar van de regel.</translation>
    </message>
    <message>
        <source>Routines handle most cases well. Some cases do not fit, and then doing what is needed means deviating from the routine. Whether the people who see that can act depends on seven building blocks. Every finding of the analysis hangs under one of them.</source>
        <translation>Routines handelen de meeste casussen goed af. Sommige casussen passen er niet in, en dan betekent doen wat nodig is: afwijken van de routine. Of wie dat ziet ook kan handelen, hangt af van zeven bouwstenen. Elke bevinding van de analyse valt onder een van die zeven.</translation>
    </message>
    <message>
        <source>On the map:</source>
        <translation>Op de kaart:</translation>
    </message>
    <message>
        <source>The seven building blocks</source>
        <translation>De zeven bouwstenen</translation>
    </message>
</context>
<context>
    <name>BuildingBlocksDialog</name>
    <message>
        <source>The seven building blocks</source>
        <translation>De zeven bouwstenen</translation>
    </message>
</context>
<context>
    <name>BundleList</name>
    <message numerus="yes">
        <source>%1 (%n mandates), to:</source>
        <translation>
            <numerusform>%1 (%n mandaat), aan:</numerusform>
            <numerusform>%1 (%n mandaten), aan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties between %1 and %2:</source>
        <translation>
            <numerusform>%n verbinding tussen %1 en %2:</numerusform>
            <numerusform>%n verbindingen tussen %1 en %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasebookDialog</name>
    <message>
        <source>Casebook</source>
        <translation>Casusboek</translation>
    </message>
    <message>
        <source>Open the map on this cause</source>
        <translation>Open de kaart op deze oorzaak</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Reading the maps in %1 …</source>
        <translation>De kaarten in %1 worden gelezen …</translation>
    </message>
    <message>
        <source>Stopped. What was analysed is kept for the next run.</source>
        <translation>Gestopt. Wat al is geanalyseerd, blijft bewaard voor de volgende keer.</translation>
    </message>
    <message>
        <source>The folder could not be read: %1</source>
        <translation>De map kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The analysis of the folder stopped. %1</source>
        <translation>De analyse van de map is gestopt. %1</translation>
    </message>
    <message>
        <source>No cause occurs in more than one case.</source>
        <translation>Geen oorzaak komt in meer dan één casus voor.</translation>
    </message>
    <message numerus="yes">
        <source>Files left out (%n)</source>
        <translation>
            <numerusform>Overgeslagen bestand (%n)</numerusform>
            <numerusform>Overgeslagen bestanden (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasebookFolder</name>
    <message>
        <source>Krachtenveld cases (*.kvmap)</source>
        <translation>Krachtenveld-casussen (*.kvmap)</translation>
    </message>
</context>
<context>
    <name>CollapsedItem</name>
    <message>
        <source>Double-click to expand</source>
        <translation>Dubbelklik om uit te klappen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
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
        <source>Suggestion:</source>
        <translation>Suggestie:</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 vergelijken met %2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaten</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Benodigde besluiten</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>Bevoegdheden</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Not in the open case</source>
        <translation>Niet in de geopende casus</translation>
    </message>
    <message numerus="yes">
        <source>changed: %n field(s)</source>
        <translation>
            <numerusform>gewijzigd: %n veld</numerusform>
            <numerusform>gewijzigd: %n velden</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>Nieuwe bevindingen</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>Verdwenen bevindingen</translation>
    </message>
    <message>
        <source>Findings changed</source>
        <translation>Bevindingen gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>From “%1” (before) to “%2” (after): %n difference(s).</source>
        <translation>
            <numerusform>Van „%1” (eerder) naar „%2” (later): %n verschil.</numerusform>
            <numerusform>Van „%1” (eerder) naar „%2” (later): %n verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same in substance and in findings.</source>
        <translation>„%1” en „%2” zijn inhoudelijk en in bevindingen gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>From “%1” (before) to the open case (now): %n difference(s).</source>
        <translation>
            <numerusform>Van „%1” (eerder) naar de geopende casus (nu): %n verschil.</numerusform>
            <numerusform>Van „%1” (eerder) naar de geopende casus (nu): %n verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” and the open case are the same in substance and in findings.</source>
        <translation>„%1” en de geopende casus zijn inhoudelijk en in bevindingen gelijk.</translation>
    </message>
    <message>
        <source>Click an entry to select it on the map.</source>
        <translation>Klik op een regel om die op de kaart te selecteren.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Voorheen: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
</context>
<context>
    <name>DeviationsDock</name>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>Add deviation</source>
        <translation>Afwijking toevoegen</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Untitled</source>
        <extracomment>how many of the oldest saves the last save dropped from history[] (at its limit) where an actor whose organisation changes goes on the map (None: it stays); the map view sets it (:meth:`ui.canvas.view_edit.EditingView.place_in_organisation`)</extracomment>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s)</source>
        <translation>
            <numerusform>%n bevinding accepteren</numerusform>
            <numerusform>%n bevindingen accepteren</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Acceptatie intrekken</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>New organisation: %1</source>
        <translation>Nieuwe organisatie: %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Ongedaan gemaakt: {0}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Maak de laatste bewerking ongedaan</translation>
    </message>
    <message>
        <source>Redo the edit you undid</source>
        <translation>Voer de ongedaan gemaakte bewerking opnieuw uit</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Niets om te plakken: %1</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Separate items with a semicolon (;)</source>
        <translation>Scheid items met een puntkomma (;)</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>Kies uit de lijst</translation>
    </message>
    <message>
        <source>Delete clears the date (—: no date)</source>
        <translation>Delete wist de datum (—: geen datum)</translation>
    </message>
    <message>
        <source>Choose an organisation, or type a new name to add one</source>
        <translation>Kies een organisatie, of typ een nieuwe naam om die toe te voegen</translation>
    </message>
</context>
<context>
    <name>EmptyMapHint</name>
    <message>
        <source>This map is still empty</source>
        <translation>Deze kaart is nog leeg</translation>
    </message>
    <message>
        <source>Double-click anywhere on the map to add an actor (or press Insert), give it a name and choose its kind. Then drag from one actor to another with Alt, or press C, to connect them.

Or start from a typical case and make it your own:</source>
        <translation>Dubbelklik ergens op de kaart om een actor toe te voegen (of druk op Insert), geef hem een naam en kies de soort. Sleep daarna met Alt van de ene actor naar de andere, of druk op C, om ze te verbinden.

Of begin met een veelvoorkomende casus en maak die tot de uwe:</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nieuw van sjabloon…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Voorbeeld openen</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>Zo begint u</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Read a case from Excel, Kumu, GraphML, GEXF or CSV</source>
        <translation>Een casus inlezen uit Excel, Kumu, GraphML, GEXF of CSV</translation>
    </message>
    <message>
        <source>Import &amp;mandate register…</source>
        <translation>&amp;Mandaatregister importeren…</translation>
    </message>
    <message>
        <source>Add the powers and mandates of a mandate register (.xlsx, .csv) to the map</source>
        <translation>Voeg de bevoegdheden en mandaten van een mandaatregister (.xlsx, .csv) toe aan de kaart</translation>
    </message>
    <message>
        <source>Excel &amp;report…</source>
        <translation>Excel-&amp;rapport…</translation>
    </message>
    <message>
        <source>Workbook with the case, findings, scorecard, metrics and the map</source>
        <translation>Werkmap met de casus, bevindingen, scorekaart, maten en de kaart</translation>
    </message>
    <message>
        <source>Advice &amp;note (Word)…</source>
        <translation>Advies&amp;nota (Word)…</translation>
    </message>
    <message>
        <source>Advice note for the college: summary, scorecard, map, causes, risks and annexes</source>
        <translation>Adviesnota voor het college: samenvatting, scorekaart, kaart, oorzaken, risico&apos;s en bijlagen</translation>
    </message>
    <message>
        <source>&amp;Session slides (PowerPoint)…</source>
        <translation>&amp;Sessiepresentatie (PowerPoint)…</translation>
    </message>
    <message>
        <source>Slides for the strategy session: map, scorecard, top causes, what if</source>
        <translation>Dia&apos;s voor de strategiesessie: kaart, scorekaart, belangrijkste oorzaken, wat als</translation>
    </message>
    <message>
        <source>&amp;Anonymised (note, slides and picture)</source>
        <translation>Geanon&amp;imiseerd (nota, presentatie en afbeelding)</translation>
    </message>
    <message>
        <source>The advice note, the slides and the map picture name residents by their role and leave out their names and health data as far as possible (art. 5 and 9 AVG); a staff member&apos;s own name leaves their actor&apos;s name and a mental-health provider is called the care provider. A note for the college may name a resident where its decision needs that; it rarely does.</source>
        <translation>De adviesnota, de presentatie en de afbeelding van de kaart noemen inwoners bij hun rol en laten hun naam en gezondheidsgegevens zoveel mogelijk weg (art. 5 en 9 AVG); de eigen naam van een medewerker verdwijnt uit de naam van de actor en een ggz-instelling heet de zorgaanbieder. Een nota aan het college mag een inwoner noemen als het besluit dat vraagt; dat is zelden zo.</translation>
    </message>
    <message>
        <source>&amp;Kumu workbook…</source>
        <translation>&amp;Kumu-werkmap…</translation>
    </message>
    <message>
        <source>Elements and connections in Kumu&apos;s spreadsheet layout</source>
        <translation>Elementen en verbindingen in de spreadsheetindeling van Kumu</translation>
    </message>
    <message>
        <source>&amp;GraphML…</source>
        <translation>&amp;GraphML…</translation>
    </message>
    <message>
        <source>For yEd, Gephi, Cytoscape and networkx</source>
        <translation>Voor yEd, Gephi, Cytoscape en networkx</translation>
    </message>
    <message>
        <source>G&amp;EXF…</source>
        <translation>G&amp;EXF…</translation>
    </message>
    <message>
        <source>For Gephi</source>
        <translation>Voor Gephi</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Nodes and edges as two CSV files (Gephi style)</source>
        <translation>Knopen en verbindingen als twee CSV-bestanden (zoals Gephi)</translation>
    </message>
    <message>
        <source>&amp;DOT (Graphviz)…</source>
        <translation>&amp;DOT (Graphviz)…</translation>
    </message>
    <message>
        <source>For Graphviz</source>
        <translation>Voor Graphviz</translation>
    </message>
    <message>
        <source>&amp;Mandate register (Excel)…</source>
        <translation>&amp;Mandaatregister (Excel)…</translation>
    </message>
    <message>
        <source>The powers and mandates as a register that can be imported again</source>
        <translation>De bevoegdheden en mandaten als register dat weer te importeren is</translation>
    </message>
    <message>
        <source>Overview of mandates and powers (&amp;Word)…</source>
        <translation>Overzicht mandaten en bevoegdheden (&amp;Word)…</translation>
    </message>
    <message>
        <source>Per public-law power its statutory basis, policy rules and mandates with their status; derived from the case, not the adopted mandate register</source>
        <translation>Per publiekrechtelijke bevoegdheid de wettelijke grondslag, de beleidsregels en de mandaten met hun status; afgeleid van de casus, niet het vastgestelde mandaatregister</translation>
    </message>
    <message>
        <source>Anonymised c&amp;opy of the map (.kvmap)…</source>
        <translation>Geanonimiseerde k&amp;opie van de kaart (.kvmap)…</translation>
    </message>
    <message>
        <source>A copy of the map to share: residents named by their role and under new ids, staff without their own names, health data left out as far as possible, in the snapshots too, and the saves without who saved</source>
        <translation>Een kopie van de kaart om te delen: inwoners bij hun rol genoemd en onder een nieuwe id, medewerkers zonder hun eigen naam, gezondheidsgegevens zoveel mogelijk weggelaten, ook in de momentopnamen, en de opslagmomenten zonder wie opsloeg</translation>
    </message>
    <message>
        <source>&amp;Compare with file…</source>
        <translation>&amp;Vergelijken met bestand…</translation>
    </message>
    <message>
        <source>What differs between another .kvmap file and the open case</source>
        <translation>Wat verschilt tussen een ander .kvmap-bestand en de geopende casus</translation>
    </message>
    <message>
        <source>&amp;What if…</source>
        <translation>&amp;Wat als…</translation>
    </message>
    <message>
        <source>Which findings appear and disappear if the selected actors leave or the selected connections are cut</source>
        <translation>Welke bevindingen ontstaan en verdwijnen als de geselecteerde actoren vertrekken of de geselecteerde verbindingen wegvallen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint-presentatie (*.pptx)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF (*.gexf)</source>
        <translation>GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Krachtenveld map (*.kvmap)</source>
        <translation>Krachtenveld-kaart (*.kvmap)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importable files (*.xlsx *.graphml *.gexf *.csv);;Excel or Kumu workbook (*.xlsx);;GraphML (*.graphml);;GEXF (*.gexf);;CSV (*.csv);;All files (*)</source>
        <translation>Te importeren bestanden (*.xlsx *.graphml *.gexf *.csv);;Excel- of Kumu-werkmap (*.xlsx);;GraphML (*.graphml);;GEXF (*.gexf);;CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>mandate-register</source>
        <translation>mandaatregister</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export with names: residents as named on the map</source>
        <translation>Exporteren met namen: inwoners zoals ze op de kaart staan</translation>
    </message>
    <message>
        <source>Export anonymised: residents named by their role</source>
        <translation>Geanonimiseerd exporteren: inwoners genoemd naar hun rol</translation>
    </message>
    <message>
        <source>Compare with file</source>
        <translation>Vergelijken met bestand</translation>
    </message>
    <message>
        <source>Krachtenveld cases (*.kvmap);;All files (*)</source>
        <translation>Krachtenveld-casussen (*.kvmap);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>The map picture could not be made from the screen; the advice note has a simpler drawing of the map instead. The details are in the log file.</source>
        <translation>De kaartafbeelding kon niet van het scherm worden gemaakt; de adviesnota bevat in plaats daarvan een eenvoudiger tekening van de kaart. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>The map picture could not be made from the screen; the presentation has a simpler drawing of the map instead. The details are in the log file.</source>
        <translation>De kaartafbeelding kon niet van het scherm worden gemaakt; de presentatie bevat in plaats daarvan een eenvoudiger tekening van de kaart. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>The map picture could not be made from the screen; the Excel report has a simpler drawing of the map instead. The details are in the log file.</source>
        <translation>De kaartafbeelding kon niet van het scherm worden gemaakt; het Excel-rapport bevat in plaats daarvan een eenvoudiger tekening van de kaart. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>The note leaves out the template&apos;s instruction ‘Vul de namen … in.’: describe your own case in the case&apos;s Description (Properties).</source>
        <translation>De nota laat de aanwijzing van het sjabloon ‘Vul de namen … in.’ weg: beschrijf uw eigen casus bij Omschrijving in de eigenschappen van de casus.</translation>
    </message>
    <message>
        <source>the anonymised copy would overwrite the open map itself</source>
        <translation>de geanonimiseerde kopie zou de geopende kaart zelf overschrijven</translation>
    </message>
    <message>
        <source>The snapshots are anonymised too; the saves no longer say who saved.</source>
        <translation>Ook de momentopnamen zijn geanonimiseerd; bij de opslagmomenten staat niet meer wie opsloeg.</translation>
    </message>
    <message>
        <source>Snapshots and history are not carried by this format.</source>
        <translation>Momentopnamen en geschiedenis gaan in dit formaat niet mee.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 exporteren…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren niet gelukt</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>Kon %1 niet schrijven:</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <source>The file there had been changed after Krachtenveld wrote it; it is kept apart as %1.</source>
        <translation>Het bestand daar was gewijzigd nadat Krachtenveld het schreef; het blijft apart bewaard als %1.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergelijken met %1…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergelijken niet gelukt</translation>
    </message>
    <message>
        <source>Could not compare with %1:</source>
        <translation>Kon niet vergelijken met %1:</translation>
    </message>
    <message>
        <source>Select actors or connections to see what happens without them.</source>
        <translation>Selecteer actoren of verbindingen om te zien wat er zonder hen gebeurt.</translation>
    </message>
    <message>
        <source>Analysing what if…</source>
        <translation>Wat-als analyseren…</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <source>Import mandate register</source>
        <translation>Mandaatregister importeren</translation>
    </message>
    <message>
        <source>Mandate register (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Mandaatregister (*.xlsx *.csv);;Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import mandate register %1</source>
        <translation>Mandaatregister %1 importeren</translation>
    </message>
    <message>
        <source>Imported %1: %2 added</source>
        <translation>%1 geïmporteerd: %2 toegevoegd</translation>
    </message>
    <message>
        <source>The file names residents; check File › Export › Anonymised for a note to the college.</source>
        <translation>Het bestand noemt inwoners bij naam; vink Bestand › Exporteren › Geanonimiseerd aan voor een nota aan het college.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Geanonimiseerd: %1.</translation>
    </message>
    <message>
        <source>%1 residents were given a role name; point at this message for the list.</source>
        <translation>%1 inwoners kregen een rolnaam; houd de muis op deze melding voor de lijst.</translation>
    </message>
    <message>
        <source>Notes about residents, direct identifiers (such as BSN, telephone number and address) and special categories of personal data are left out.</source>
        <translation>Notities over inwoners, directe identificatiegegevens (zoals BSN, telefoonnummer en adres) en bijzondere persoonsgegevens zijn weggelaten.</translation>
    </message>
    <message>
        <source>Health details left out of the occasion and the intent.</source>
        <translation>Gezondheidsgegevens zijn weggelaten uit de aanleiding en de bedoeling.</translation>
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
        <source>Public body</source>
        <translation>Bestuursorgaan</translation>
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
        <source>Sub-mandate levels</source>
        <translation>Ondermandaat (niveaus)</translation>
    </message>
    <message>
        <source>Works under the grantor</source>
        <translation>Werkt onder verantwoordelijkheid mandaatgever</translation>
    </message>
    <message>
        <source>Deviation reserved</source>
        <translation>Afwijken voorbehouden</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Deviates from the rule</source>
        <translation>Wijkt af van de regel</translation>
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
        <source>Part of</source>
        <translation>Onderdeel van</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Ingeklapt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation>Soort regel</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Kind of act</source>
        <translation>Soort handeling</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Beslisser</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Dekt</translation>
    </message>
    <message>
        <source>Working days per step</source>
        <translation>Werkdagen per stap</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>What led to it</source>
        <translation>Toelichting aanleiding</translation>
    </message>
    <message>
        <source>Burden per case</source>
        <translation>Last per casus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Benodigd besluit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Comparable to</source>
        <translation>Vergelijkbaar met</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Gemeld aan</translation>
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
    <name>FileHandler</name>
    <message>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <source>Krachtenveld cases (*.kvmap);;All files (*)</source>
        <translation>Krachtenveld-casussen (*.kvmap);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Casus opslaan</translation>
    </message>
    <message>
        <source>Krachtenveld cases (*.kvmap)</source>
        <translation>Krachtenveld-casussen (*.kvmap)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>Eerst de wijzigingen in “%1” opslaan?</translation>
    </message>
    <message>
        <source>Open casebook: choose a folder of maps</source>
        <translation>Casusboek openen: kies een map met kaarten</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <source>The file had problems that Krachtenveld repaired to open it. Check these values and save to keep the repair; the file itself is unchanged until then.</source>
        <translation>Het bestand had problemen die Krachtenveld heeft hersteld om het te openen. Controleer deze waarden en sla op om het herstel te bewaren; tot dan is het bestand zelf ongewijzigd.</translation>
    </message>
    <message>
        <source>Opened with repairs</source>
        <translation>Geopend met herstel</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Kan het bestand niet opslaan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>; the history of saves was full (it keeps the last %1), so the oldest were removed from it: %2</source>
        <translation>; de geschiedenis van opslagmomenten was vol (ze bewaart de laatste %1), daarom zijn de oudste eruit verwijderd: %2</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Afbeelding exporteren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the picture</source>
        <translation>Kan de afbeelding niet exporteren</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, role or organisation</source>
        <translation>Naam, rol of organisatie</translation>
    </message>
    <message>
        <source>Find an actor</source>
        <translation>Een actor zoeken</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorige treffer (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Volgende treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <source>The filter is cleared to show the match.</source>
        <translation>Het filter is opgeheven om de treffer te tonen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>No actor found</source>
        <translation>Geen actor gevonden</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
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
        <source>Cause %1</source>
        <translation>Oorzaak %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Evidence on the map</source>
        <translation>Onderbouwing op de kaart</translation>
    </message>
    <message>
        <source>What to organise</source>
        <translation>Wat te organiseren</translation>
    </message>
    <message>
        <source>Relevant articles</source>
        <translation>Relevante artikelen</translation>
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
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <source>Nothing to analyse yet: the map is empty. Add actors with Add actor, or open the example case.</source>
        <translation>Nog niets te analyseren: de kaart is leeg. Voeg actoren toe met Actor toevoegen, of open de voorbeeldcasus.</translation>
    </message>
    <message>
        <source>No findings: nothing stands in the way.</source>
        <translation>Geen bevindingen: niets staat in de weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s), </source>
        <translation>
            <numerusform>%n oorzaak, </numerusform>
            <numerusform>%n oorzaken, </numerusform>
        </translation>
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
        <source>Do first</source>
        <translation>Eerst doen</translation>
    </message>
    <message>
        <source>The analysis of the last change failed; the findings below belong to the map as it was before that change. %1</source>
        <translation>De analyse van de laatste wijziging is mislukt; de bevindingen hieronder horen bij de kaart van vóór die wijziging. %1</translation>
    </message>
    <message>
        <source>The analysis failed. %1</source>
        <translation>De analyse is mislukt. %1</translation>
    </message>
    <message>
        <source>Choose a finding to read it in full here.</source>
        <translation>Kies een bevinding om die hier volledig te lezen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>GridBackgroundItem</name>
    <message>
        <source>high influence, high interest</source>
        <translation>hoge invloed, hoog belang</translation>
    </message>
    <message>
        <source>high influence, low interest</source>
        <translation>hoge invloed, laag belang</translation>
    </message>
    <message>
        <source>low influence, high interest</source>
        <translation>lage invloed, hoog belang</translation>
    </message>
    <message>
        <source>low influence, low interest</source>
        <translation>lage invloed, laag belang</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Belang →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Invloed →</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
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
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing has changed.</source>
        <translation>%1 kan niet worden geïmporteerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation>Actoren (%1)</translation>
    </message>
    <message>
        <source>Relationships (%1)</source>
        <translation>Relaties (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Waarschuwingen (%1)</translation>
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
    <name>KindSphereChooser</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Sphere:</source>
        <translation>S&amp;feer:</translation>
    </message>
    <message>
        <source>Return: apply · Esc: skip</source>
        <translation>Enter: toepassen · Esc: overslaan</translation>
    </message>
    <message>
        <source>Kind of the new actor</source>
        <translation>Soort van de nieuwe actor</translation>
    </message>
    <message>
        <source>Sphere of the new actor</source>
        <translation>Sfeer van de nieuwe actor</translation>
    </message>
    <message>
        <source>As its kind implies (%1)</source>
        <translation>Volgens de soort (%1)</translation>
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
    <name>LegendItem</name>
    <message>
        <source>owner of the intent</source>
        <translation>eigenaar van de bedoeling</translation>
    </message>
    <message>
        <source>Spheres</source>
        <translation>Sferen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaten</translation>
    </message>
    <message>
        <source>trust −2 … +2</source>
        <translation>vertrouwen −2 … +2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>mandate, with its power</source>
        <translation>mandaat, met zijn bevoegdheid</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Werkpraktijk</translation>
    </message>
    <message>
        <source>Actor &amp;kind</source>
        <translation>&amp;Soort actor</translation>
    </message>
    <message>
        <source>&amp;Sphere</source>
        <translation>S&amp;feer</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Connection kind</source>
        <translation>Soort &amp;verbinding</translation>
    </message>
    <message>
        <source>Focus &amp;depth</source>
        <translation>Focus&amp;diepte</translation>
    </message>
    <message>
        <source>Fil&amp;ter</source>
        <translation>Filt&amp;er</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Indeling</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 stappen</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaten</translation>
    </message>
    <message>
        <source>(no tags in this case)</source>
        <translation>(geen tags in deze casus)</translation>
    </message>
    <message>
        <source>Select the next / previous actor</source>
        <translation>Selecteer de volgende / vorige actor</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Verplaats de selectie</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: further)</source>
        <translation>Pijltoetsen (Shift: verder)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Wheel, + and -</source>
        <translation>Scrollwiel, + en -</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Middle button, or Space and drag</source>
        <translation>Middelste knop, of spatie en slepen</translation>
    </message>
    <message>
        <source>Connect two actors</source>
        <translation>Twee actoren verbinden</translation>
    </message>
    <message>
        <source>Alt and drag from one actor to another</source>
        <translation>Alt en slepen van de ene actor naar de andere</translation>
    </message>
    <message>
        <source>Next / previous match (find bar)</source>
        <translation>Volgende / vorige treffer (zoekbalk)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Accept the chosen finding with a reason (Findings panel)</source>
        <translation>De gekozen bevinding met een reden accepteren (paneel Bevindingen)</translation>
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
        <source>Lay out the map: a click uses the hierarchy when the map has mandates, else the force-directed layout; the arrow offers every layout</source>
        <translation>Deel de kaart automatisch in: een klik kiest de hiërarchie als de kaart mandaten heeft, anders de krachtgestuurde indeling; het pijltje biedt elke indeling</translation>
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
        <source>Layout cancelled; the map is unchanged.</source>
        <translation>Indeling geannuleerd; de kaart is niet veranderd.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actoren</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>1 relatie</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>%1 relaties</translation>
    </message>
    <message>
        <source>1 mandate</source>
        <translation>1 mandaat</translation>
    </message>
    <message>
        <source>%1 mandates</source>
        <translation>%1 mandaten</translation>
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
    <name>MapFocus</name>
    <message>
        <source>Focus: only ‘%1’ and the actors directly connected to it, %2 of the %3 actors. Ctrl+Shift+G shows the whole map again.</source>
        <translation>Focus: alleen ‘%1’ en de actoren die er rechtstreeks mee verbonden zijn, %2 van de %3 actoren. Ctrl+Shift+G toont weer de hele kaart.</translation>
    </message>
    <message>
        <source>Focus: only ‘%1’ and the actors at most %4 steps away from it, %2 of the %3 actors. Ctrl+Shift+G shows the whole map again.</source>
        <translation>Focus: alleen ‘%1’ en de actoren die er ten hoogste %4 stappen van verwijderd zijn, %2 van de %3 actoren. Ctrl+Shift+G toont weer de hele kaart.</translation>
    </message>
    <message>
        <source>At this zoom none of their names can be read: zoom in (mouse wheel or +).</source>
        <translation>Bij deze zoom is geen van hun namen leesbaar: zoom in (muiswiel of +).</translation>
    </message>
    <message>
        <source>At this zoom %1 of their %2 names can be read: zoom in (mouse wheel or +).</source>
        <translation>Bij deze zoom zijn %1 van hun %2 namen leesbaar: zoom in (muiswiel of +).</translation>
    </message>
    <message>
        <source>The whole map is shown again.</source>
        <translation>De hele kaart is weer te zien.</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Kind of connection</source>
        <translation>Soort verbinding</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Other category</source>
        <translation>Andere categorie</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 naar %2</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Label bewerken…</translation>
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
        <source>Connect to…</source>
        <translation>Verbinden met…</translation>
    </message>
    <message>
        <source>Focus on this actor</source>
        <translation>Focus op deze actor</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 inklappen</translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation>Richting omkeren</translation>
    </message>
    <message>
        <source>Add actor here</source>
        <translation>Hier een actor toevoegen</translation>
    </message>
    <message>
        <source>Collapse organisation</source>
        <translation>Organisatie inklappen</translation>
    </message>
    <message>
        <source>Expand organisation</source>
        <translation>Organisatie uitklappen</translation>
    </message>
    <message>
        <source>Rename organisation</source>
        <translation>Naam van de organisatie wijzigen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>MapProgress</name>
    <message>
        <source>Opening the map with %1 actors…</source>
        <translation>Kaart met %1 actoren openen…</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>De kaart tekenen</translation>
    </message>
    <message>
        <source>Fitting the map to the window</source>
        <translation>De kaart in het venster passen</translation>
    </message>
    <message>
        <source>Opening the map…</source>
        <translation>Kaart openen…</translation>
    </message>
    <message>
        <source>Reading the file (%1 MB)</source>
        <translation>Het bestand lezen (%1 MB)</translation>
    </message>
    <message>
        <source>Opening the map</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <source>Saving the map</source>
        <translation>Kaart opslaan</translation>
    </message>
    <message>
        <source>Saving the map with %1 actors…</source>
        <translation>Kaart met %1 actoren opslaan…</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>%1 mandates</source>
        <translation>%1 mandaten</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>%1 relaties</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 verbindingen</translation>
    </message>
    <message>
        <source>%1 (%2 mandates)</source>
        <translation>%1 (%2 mandaten)</translation>
    </message>
    <message>
        <source>1 mandate</source>
        <translation>1 mandaat</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>1 relatie</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 inklappen</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 uitklappen</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actoren</translation>
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
    <message>
        <source>Some lines run past the edge of the window: the map is fitted so that every name stays readable. Zoom out or scroll to see them.</source>
        <extracomment>a map this many times as wide as it is tall is said to be so when none of its names can be read (the hierarchy of 10,000 actors: 28 times, of 2,000: 11, whose band still shows its structure at 1366 x 768; the force layout of 10,000: 1.5)</extracomment>
        <translation>Enkele lijnen lopen buiten de rand van het venster: de kaart is zo ingepast dat elke naam leesbaar blijft. Zoom uit of schuif om ze te zien.</translation>
    </message>
    <message>
        <source>At %1 the names of the %2 actors are too small to read. Zoom in with the mouse wheel or + to read them; Ctrl+Shift+F shows the whole map again.</source>
        <translation>Bij %1 zijn de namen van de %2 actoren te klein om te lezen. Zoom in met het muiswiel of + om ze te lezen; Ctrl+Shift+F toont weer de hele kaart.</translation>
    </message>
    <message>
        <source>The shown part of the map is in the window, but at this zoom only %1 of the %2 names can be read. Zoom in (mouse wheel or +) to read the others.</source>
        <translation>Het getoonde deel van de kaart staat in het venster, maar bij deze zoom zijn maar %1 van de %2 namen leesbaar. Zoom in (muiswiel of +) om de andere te lezen.</translation>
    </message>
    <message>
        <source>The whole map is in the window, but at this zoom only %1 of the %2 names can be read. Zoom in (mouse wheel or +) to read the others.</source>
        <translation>De hele kaart staat in het venster, maar bij deze zoom zijn maar %1 van de %2 namen leesbaar. Zoom in (muiswiel of +) om de andere te lezen.</translation>
    </message>
    <message>
        <source>Some lines run past the edge of the window; scroll to see them.</source>
        <translation>Enkele lijnen lopen buiten de rand van het venster; schuif om ze te zien.</translation>
    </message>
    <message>
        <source>%1 (names too small)</source>
        <translation>%1 (namen te klein)</translation>
    </message>
    <message>
        <source>At %1 the names of the %2 actors are too small to read: the map is %3 times as wide as it is tall. Find an actor with Ctrl+F, or choose Layout › Force-directed for a map that fills the window.</source>
        <translation>Bij %1 zijn de namen van de %2 actoren te klein om te lezen: de kaart is %3 keer zo breed als hoog. Zoek een actor met Ctrl+F, of kies Indeling › Krachtgestuurd voor een kaart die het venster vult.</translation>
    </message>
    <message>
        <source>The %1 actors this is about are selected and shown together.</source>
        <translation>De %1 actoren waar dit over gaat, zijn geselecteerd en staan samen in beeld.</translation>
    </message>
    <message>
        <source>The %1 actors this is about are shown together; with its consequences %2 actors are selected.</source>
        <translation>De %1 actoren waar dit over gaat, staan samen in beeld; met de gevolgen erbij zijn %2 actoren geselecteerd.</translation>
    </message>
    <message>
        <source>At %1 their names are too small to read; zoom in with the mouse wheel or + to read them.</source>
        <translation>Bij %1 zijn hun namen te klein om te lezen; zoom in met het muiswiel of + om ze te lezen.</translation>
    </message>
    <message>
        <source>At this zoom %1 of their names can be read; zoom in with the mouse wheel or + to read the others.</source>
        <translation>Bij deze zoom zijn %1 van hun namen te lezen; zoom in met het muiswiel of + om de andere te lezen.</translation>
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
    <name>OrganisationsDock</name>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
</context>
<context>
    <name>PowersDock</name>
    <message>
        <source>Powers</source>
        <translation>Bevoegdheden</translation>
    </message>
    <message>
        <source>Add power</source>
        <translation>Bevoegdheid toevoegen</translation>
    </message>
    <message>
        <source>New power</source>
        <translation>Nieuwe bevoegdheid</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Overview</source>
        <extracomment>Computes the what-if lines of a cause in a language (None: no concrete change to try). Whether a cause has a concrete change to try (cheap; without it W is offered on every point). the day of the session: the overview names the peildatum and the deadlines gone since, the points ask &quot;zo spoedig mogelijk&quot; where a deadline has gone (U4)</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Nothing to present yet: the map is empty.</source>
        <translation>Nog niets te presenteren: de kaart is leeg.</translation>
    </message>
    <message>
        <source>No points to present: the analysis finds nothing that stands in the way.</source>
        <translation>Geen punten om te presenteren: de analyse vindt niets dat in de weg staat.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to discuss; press → to begin.</source>
        <translation>
            <numerusform>%n punt om te bespreken; druk op → om te beginnen.</numerusform>
            <numerusform>%n punten om te bespreken; druk op → om te beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Eerst doen</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>Punt %1 van %2</translation>
    </message>
    <message>
        <source>What to organise: %1</source>
        <translation>Wat te organiseren: %1</translation>
    </message>
    <message>
        <source>→ next · ← back · Esc back to the editor</source>
        <translation>→ volgende · ← terug · Esc terug naar de editor</translation>
    </message>
    <message>
        <source>What if: calculating…</source>
        <translation>Wat als: wordt berekend…</translation>
    </message>
    <message>
        <source>What if: no concrete change to try for this point.</source>
        <translation>Wat als: voor dit punt is er geen concrete wijziging om uit te proberen.</translation>
    </message>
    <message>
        <source>What if: the calculation failed.</source>
        <translation>Wat als: de berekening is mislukt.</translation>
    </message>
    <message>
        <source>Presentation — Krachtenveld</source>
        <translation>Presentatie — Krachtenveld</translation>
    </message>
    <message>
        <source>→ next · ← back · W what if · Esc back to the editor</source>
        <translation>→ volgende · ← terug · W wat als · Esc terug naar de editor</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>New: %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <source>And %1 more %2.</source>
        <translation>En nog %1 %2.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message numerus="yes">
        <source>Changes apply to all %n.</source>
        <translation>
            <numerusform>Wijzigingen gelden voor alle %n.</numerusform>
            <numerusform>Wijzigingen gelden voor alle %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>Selecteer items van één soort om ze samen te bewerken.</translation>
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
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Bevoegdheid</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(verschillende waarden)</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1: %n items</source>
        <translation>
            <numerusform>%1 wijzigen: %n item</numerusform>
            <numerusform>%1 wijzigen: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation ‘%1’ created; its box is drawn once a second actor is in it</source>
        <translation>Organisatie ‘%1’ aangemaakt; het kader verschijnt zodra er een tweede actor in staat</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actoren</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>1 relatie</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>%1 relaties</translation>
    </message>
    <message>
        <source>1 mandate</source>
        <translation>1 mandaat</translation>
    </message>
    <message>
        <source>%1 mandates</source>
        <translation>%1 mandaten</translation>
    </message>
    <message>
        <source>1 needed decision</source>
        <translation>1 benodigd besluit</translation>
    </message>
    <message>
        <source>%1 needed decisions</source>
        <translation>%1 benodigde besluiten</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisaties</translation>
    </message>
    <message>
        <source>1 power</source>
        <translation>1 bevoegdheid</translation>
    </message>
    <message>
        <source>%1 powers</source>
        <translation>%1 bevoegdheden</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 afspraken</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <source>1 deviation</source>
        <translation>1 afwijking</translation>
    </message>
    <message>
        <source>%1 deviations</source>
        <translation>%1 afwijkingen</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 geselecteerd</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import mandate register %1</source>
        <translation>Mandaatregister %1 importeren</translation>
    </message>
    <message>
        <source>%1 mandate</source>
        <translation>%1 mandaat</translation>
    </message>
    <message>
        <source>%1 mandates</source>
        <translation>%1 mandaten</translation>
    </message>
    <message>
        <source>%1 power</source>
        <translation>%1 bevoegdheid</translation>
    </message>
    <message>
        <source>%1 powers</source>
        <translation>%1 bevoegdheden</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation>%1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actoren</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>Adds %1 to the map.</source>
        <translation>Voegt %1 toe aan de kaart.</translation>
    </message>
    <message>
        <source>%1 of %2 warnings shown; see Warnings.</source>
        <translation>%1 van %2 waarschuwingen getoond; zie Waarschuwingen.</translation>
    </message>
    <message>
        <source>1 warning; see Warnings.</source>
        <translation>1 waarschuwing; zie Waarschuwingen.</translation>
    </message>
    <message>
        <source>%1 warnings; see Warnings.</source>
        <translation>%1 waarschuwingen; zie Waarschuwingen.</translation>
    </message>
    <message>
        <source>1 row skipped as a repeat.</source>
        <translation>1 rij overgeslagen als herhaling.</translation>
    </message>
    <message>
        <source>%1 rows skipped as repeats.</source>
        <translation>%1 rijen overgeslagen als herhaling.</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Mandaatgever</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Bevoegdheid</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Gemandateerde</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Bevoegd orgaan</translation>
    </message>
    <message>
        <source>Mandates (%1)</source>
        <translation>Mandaten (%1)</translation>
    </message>
    <message>
        <source>Powers (%1)</source>
        <translation>Bevoegdheden (%1)</translation>
    </message>
    <message>
        <source>… and %1 more warnings, not shown.</source>
        <translation>… en nog %1 waarschuwingen die niet getoond worden.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Waarschuwingen (%1)</translation>
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
    <name>RulesDock</name>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
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
        <source>Grey</source>
        <translation>Grijs</translation>
    </message>
    <message>
        <source>Not enough to judge</source>
        <translation>Niet te beoordelen</translation>
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
    <name>SnapshotDialog</name>
    <message>
        <source>Save snapshot</source>
        <translation>Momentopname vastleggen</translation>
    </message>
    <message>
        <source>e.g. after the mandate was renewed</source>
        <translation>bijv. na verlenging van het mandaat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>The snapshot keeps the map as it is now, under this name and date. Undo takes it away again.</source>
        <translation>De momentopname legt de kaart vast zoals die nu is, onder deze naam en datum. Ongedaan maken haalt haar weer weg.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The previous version is in %1; open it via File › Open (choose ‘All files’).</source>
        <translation>De vorige versie staat in %1; open die via Bestand › Openen (kies ‘Alle bestanden’).</translation>
    </message>
    <message>
        <source>Last case not opened</source>
        <translation>Laatste casus niet geopend</translation>
    </message>
    <message>
        <source>%1 could not be opened, so the example case is shown instead.</source>
        <translation>%1 kon niet worden geopend; daarom ziet u nu de voorbeeldcasus.</translation>
    </message>
    <message>
        <source>The file itself is unchanged.</source>
        <translation>Het bestand zelf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file itself is unchanged.</source>
        <translation>%1 kon niet worden geopend. Het bestand zelf is niet gewijzigd.</translation>
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
    <name>TablesDock</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>Which table to show</source>
        <translation>Welke tabel u ziet</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Debts and a threatened eviction</source>
        <extracomment>key -&gt; (title, description), marked for lupdate and translated when shown</extracomment>
        <translation>Schulden en dreigende huisuitzetting</translation>
    </message>
    <message>
        <source>A household with rent arrears and several creditors; the housing corporation has a court order to evict. Special assistance (Participatiewet art. 35), debt relief, a covenant on evictions and a breakthrough agreement on debts.</source>
        <translation>Een huishouden met een huurachterstand en meerdere schuldeisers; de corporatie heeft een vonnis tot ontruiming. Bijzondere bijstand (Participatiewet art. 35), schuldhulpverlening, een convenant over huisuitzettingen en een doorbraakafspraak over schulden.</translation>
    </message>
    <message>
        <source>Youth care across organisations</source>
        <translation>Jeugdhulp over organisaties heen</translation>
    </message>
    <message>
        <source>A child needs intensive help now, outside the regional contract. The individual provision (Jeugdwet art. 2.3), the ordinance&apos;s hardship clause, the GP&apos;s referral, and a regional escalation protocol that names who decides.</source>
        <translation>Een kind heeft nu intensieve hulp nodig, buiten het regionale contract. De individuele voorziening (Jeugdwet art. 2.3), de hardheidsclausule van de verordening, de verwijzing door de huisarts en een regionaal escalatieprotocol dat zegt wie beslist.</translation>
    </message>
    <message>
        <source>Wmo: living safely at home</source>
        <translation>Wmo: veilig thuis blijven wonen</translation>
    </message>
    <message>
        <source>An older resident can no longer live safely at home and the informal carer is overburdened. A maatwerkvoorziening (Wmo 2015 art. 2.3.5), a home adaptation above the standard amount, and a move that depends on the housing corporation.</source>
        <translation>Een oudere inwoner kan niet meer veilig thuis wonen en de mantelzorger is overbelast. Een maatwerkvoorziening (Wmo 2015 art. 2.3.5), een woningaanpassing boven het normbedrag en een verhuizing die van de corporatie afhangt.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nieuw van sjabloon</translation>
    </message>
    <message>
        <source>Start from a typical case: actors, organisations, powers with their legal basis, mandates, agreements and the decisions the case needs. Rename and extend it to fit your own case.</source>
        <translation>Begin met een veelvoorkomende casus: actoren, organisaties, bevoegdheden met hun wettelijke grondslag, mandaten, afspraken en de besluiten die de casus nodig heeft. Hernoem en vul aan tot het uw eigen casus is.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>No mandate or agreement ends before a decision it serves is due.</source>
        <translation>Geen mandaat of afspraak loopt af voordat een besluit waarvoor het dient nodig is.</translation>
    </message>
    <message>
        <source>no edits listed</source>
        <translation>geen bewerkingen vermeld</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(en nog %1)</translation>
    </message>
    <message>
        <source>The snapshots could not be analysed: %1</source>
        <translation>De momentopnamen konden niet worden geanalyseerd: %1</translation>
    </message>
    <message>
        <source>Analysing the snapshots…</source>
        <translation>De momentopnamen worden geanalyseerd…</translation>
    </message>
    <message>
        <source>Snapshot not saved</source>
        <translation>Momentopname niet vastgelegd</translation>
    </message>
    <message>
        <source>The map on %1 (read-only)</source>
        <translation>De kaart op %1 (alleen lezen)</translation>
    </message>
    <message>
        <source>Snapshot “%1”: the map as it was on %2. Read-only.</source>
        <translation>Momentopname „%1”: de kaart zoals die was op %2. Alleen lezen.</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and the map now; select two snapshots (Ctrl+click) to compare them with each other</source>
        <translation>Wat er veranderde tussen de gekozen momentopname en de kaart nu; kies twee momentopnamen (Ctrl+klik) om ze met elkaar te vergelijken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>Momentopname vastleggen…</translation>
    </message>
    <message>
        <source>Keep the map as it is now, with a name and a date</source>
        <translation>Leg de kaart vast zoals die nu is, met een naam en een datum</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Show the map as it was at the selected snapshot</source>
        <translation>Toon de kaart zoals die was bij de gekozen momentopname</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Vergelijken met nu</translation>
    </message>
    <message>
        <source>Between the two:</source>
        <translation>Tussen de twee:</translation>
    </message>
    <message>
        <source>Since this snapshot:</source>
        <translation>Sinds deze momentopname:</translation>
    </message>
    <message>
        <source>Compare the two</source>
        <translation>De twee vergelijken</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentopnamen</translation>
    </message>
    <message>
        <source>Scorecard per building block over the snapshots</source>
        <translation>Scorekaart per bouwsteen over de momentopnamen</translation>
    </message>
    <message>
        <source>Ends before a decision</source>
        <translation>Loopt af vóór besluit</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Opslagen</translation>
    </message>
    <message>
        <source>Saved by:</source>
        <translation>Opgeslagen door:</translation>
    </message>
    <message>
        <source>The name each save records in the map; kept for next time</source>
        <translation>De naam die elke opslag in de kaart vastlegt; wordt onthouden voor de volgende keer</translation>
    </message>
    <message>
        <source>What ends before a decision is due</source>
        <translation>Wat afloopt voordat een besluit nodig is</translation>
    </message>
    <message>
        <source>One row per building block, one column per snapshot and now. The colour is the block&apos;s traffic light; the number is how many causes of findings it counts.</source>
        <translation>Per bouwsteen één rij, per momentopname en voor nu één kolom. De kleur is het stoplicht van de bouwsteen; het getal is het aantal oorzaken van bevindingen dat daar telt.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <source>Without %1: %2 finding(s) appear and %3 disappear. The map is not changed.</source>
        <translation>Zonder %1: %2 bevinding(en) ontstaan en %3 verdwijnen. De kaart verandert niet.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Findings that change</source>
        <translation>Bevindingen die veranderen</translation>
    </message>
    <message>
        <source>Findings that appear</source>
        <translation>Bevindingen die ontstaan</translation>
    </message>
    <message>
        <source>Findings that disappear</source>
        <translation>Bevindingen die verdwijnen</translation>
    </message>
</context>
<context>
    <name>WideMap</name>
    <message>
        <source>The map of the %1 actors is %2 times as wide as it is tall; the window shows its full height at the left. Scroll right for the rest, or press Ctrl+Shift+F for the whole map. Find an actor with Ctrl+F, or choose Layout › Force-directed for a map that fills the window.</source>
        <translation>De kaart van de %1 actoren is %2 keer zo breed als hoog; het venster toont de volle hoogte van het linkerdeel. Schuif naar rechts voor de rest, of toon met Ctrl+Shift+F de hele kaart. Zoek een actor met Ctrl+F, of kies Indeling › Krachtgestuurd voor een kaart die het venster vult.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start an empty case</source>
        <translation>Begin een lege casus</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nieuw van s&amp;jabloon…</translation>
    </message>
    <message>
        <source>Start from a typical case: debts and eviction, youth care, Wmo</source>
        <translation>Begin met een veelvoorkomende casus: schulden en huisuitzetting, jeugdhulp, Wmo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a .kvmap file</source>
        <translation>Open een .kvmap-bestand</translation>
    </message>
    <message>
        <source>Open the &amp;example case</source>
        <translation>Open de &amp;voorbeeldcasus</translation>
    </message>
    <message>
        <source>Open the built-in example case</source>
        <translation>Open de ingebouwde voorbeeldcasus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Sla de casus op</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the case under a new name</source>
        <translation>Sla de casus op onder een nieuwe naam</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name and a date, to look back and compare later</source>
        <translation>De kaart zoals zij nu is vastleggen onder een naam en een datum, om later op terug te kijken en te vergelijken</translation>
    </message>
    <message>
        <source>Show the snapshots, the scorecard over time and the saves</source>
        <translation>De momentopnamen, de scorekaart in de tijd en de opslagmomenten tonen</translation>
    </message>
    <message>
        <source>Open case&amp;book…</source>
        <translation>&amp;Casusboek openen…</translation>
    </message>
    <message>
        <source>Analyse every map in a folder and show which causes recur across the cases</source>
        <translation>Analyseer alle kaarten in een map en toon welke oorzaken in meerdere casussen terugkomen</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Sla de kaart op als PNG, SVG of PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Close Krachtenveld</source>
        <translation>Sluit Krachtenveld</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>Cut the selection to the clipboard</source>
        <translation>Knip de selectie naar het klembord</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Kopieer de selectie naar het klembord</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Paste actors and connections from the clipboard</source>
        <translation>Plak actoren en verbindingen van het klembord</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Copy the selection beside itself</source>
        <translation>Kopieer de selectie ernaast</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Verwijder de selectie</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select every actor and connection</source>
        <translation>Selecteer alle actoren en verbindingen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>Rename the selected actor or edit the label</source>
        <translation>Hernoem de geselecteerde actor of bewerk het label</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find an actor on the map by name, role or organisation (Ctrl+F)</source>
        <translation>Een actor op de kaart zoeken op naam, rol of organisatie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Vol&amp;gende zoeken</translation>
    </message>
    <message>
        <source>Show the next actor found (F3)</source>
        <translation>De volgende gevonden actor tonen (F3)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <source>Show the previous actor found (Shift+F3)</source>
        <translation>De vorige gevonden actor tonen (Shift+F3)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Selecteren</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Selecteren en verplaatsen (V)</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>&amp;Actor toevoegen</translation>
    </message>
    <message>
        <source>Click on the map to add an actor (A, Insert)</source>
        <translation>Klik op de kaart om een actor toe te voegen (A, Insert)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Drag from one actor to another to connect them (C)</source>
        <translation>Sleep van de ene actor naar de andere om ze te verbinden (C)</translation>
    </message>
    <message>
        <source>&amp;New actor</source>
        <translation>&amp;Nieuwe actor</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view</source>
        <translation>Voeg een actor toe in het midden van het beeld</translation>
    </message>
    <message>
        <source>Connect the two selected actors, or the selected actor to another</source>
        <translation>Verbind de twee geselecteerde actoren, of de geselecteerde actor met een andere</translation>
    </message>
    <message>
        <source>&amp;Force-directed</source>
        <translation>&amp;Krachtgestuurd</translation>
    </message>
    <message>
        <source>Lay out by the connections</source>
        <translation>Indelen volgens de verbindingen</translation>
    </message>
    <message>
        <source>&amp;Hierarchy</source>
        <translation>&amp;Hiërarchie</translation>
    </message>
    <message>
        <source>Mandate and hierarchy chains top-down</source>
        <translation>Mandaat- en hiërarchieketens van boven naar beneden</translation>
    </message>
    <message>
        <source>&amp;Spheres</source>
        <translation>&amp;Sferen</translation>
    </message>
    <message>
        <source>Political, administrative, partners and society as bands</source>
        <translation>Politiek, ambtelijk, partners en samenleving als banen</translation>
    </message>
    <message>
        <source>Power/interest &amp;grid</source>
        <translation>Invloed/belang-&amp;raster</translation>
    </message>
    <message>
        <source>Positions from influence and interest</source>
        <translation>Posities volgens invloed en belang</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>&amp;Cirkel</translation>
    </message>
    <message>
        <source>Actors on a circle</source>
        <translation>Actoren op een cirkel</translation>
    </message>
    <message>
        <source>Cancel &amp;layout</source>
        <translation>Indeling &amp;annuleren</translation>
    </message>
    <message>
        <source>Stop the running layout</source>
        <translation>Stop de lopende indeling</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>Show the map</source>
        <translation>Toon de kaart</translation>
    </message>
    <message>
        <source>Show actors by influence and interest</source>
        <translation>Toon actoren naar invloed en belang</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Uitzoomen (-)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Werkelijke &amp;grootte</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom naar 100 %</translation>
    </message>
    <message>
        <source>Show the &amp;whole map</source>
        <translation>&amp;Hele kaart tonen</translation>
    </message>
    <message>
        <source>Show the whole map in the window (Ctrl+Shift+F)</source>
        <translation>De hele kaart in het venster tonen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>&amp;Afbeelding exporteren…</translation>
    </message>
    <message>
        <source>Save sna&amp;pshot…</source>
        <translation>Momen&amp;topname vastleggen…</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Tij&amp;dlijn</translation>
    </message>
    <message>
        <source>Connect s&amp;elected…</source>
        <translation>&amp;Geselecteerde verbinden…</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <source>Full screen, the map only: step through the top causes with the arrow keys (W: what if, Esc: back)</source>
        <translation>Volledig scherm, alleen de kaart: loop met de pijltjestoetsen door de belangrijkste oorzaken (W: wat als, Esc: terug)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Show the legend on the map</source>
        <translation>Toon de legenda op de kaart</translation>
    </message>
    <message>
        <source>&amp;Focus on selected actor</source>
        <translation>&amp;Focus op geselecteerde actor</translation>
    </message>
    <message>
        <source>Show only the neighbourhood of the actor</source>
        <translation>Toon alleen de omgeving van de actor</translation>
    </message>
    <message>
        <source>&amp;Show everything</source>
        <translation>Alles &amp;tonen</translation>
    </message>
    <message>
        <source>Clear the filter and the focus</source>
        <translation>Wis het filter en de focus</translation>
    </message>
    <message>
        <source>&amp;Both practices</source>
        <translation>&amp;Beide werkpraktijken</translation>
    </message>
    <message>
        <source>Show routine and custom practice</source>
        <translation>Toon routine en maatwerk</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>Show the routine practice only</source>
        <translation>Toon alleen de routinepraktijk</translation>
    </message>
    <message>
        <source>&amp;Custom (maatwerk)</source>
        <translation>&amp;Maatwerk</translation>
    </message>
    <message>
        <source>Show the custom practice only</source>
        <translation>Toon alleen maatwerk</translation>
    </message>
    <message>
        <source>&amp;Analyse now</source>
        <translation>Nu &amp;analyseren</translation>
    </message>
    <message>
        <source>Run the analysis again</source>
        <translation>Voer de analyse opnieuw uit</translation>
    </message>
    <message>
        <source>Show &amp;findings</source>
        <translation>&amp;Bevindingen tonen</translation>
    </message>
    <message>
        <source>Show the findings panel</source>
        <translation>Toon het paneel Bevindingen</translation>
    </message>
    <message>
        <source>Show &amp;scorecard</source>
        <translation>&amp;Scorekaart tonen</translation>
    </message>
    <message>
        <source>Show the scorecard panel</source>
        <translation>Toon het paneel Scorekaart</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Toon de sneltoetsen</translation>
    </message>
    <message>
        <source>The seven &amp;building blocks</source>
        <translation>De zeven &amp;bouwstenen</translation>
    </message>
    <message>
        <source>What the seven building blocks mean, in plain words</source>
        <translation>Wat de zeven bouwstenen betekenen, in gewone woorden</translation>
    </message>
    <message>
        <source>&amp;About Krachtenveld</source>
        <translation>&amp;Over Krachtenveld</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>&amp;Nederlands</source>
        <translation>&amp;Nederlands</translation>
    </message>
    <message>
        <source>Show the program in Dutch</source>
        <translation>Toon het programma in het Nederlands</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>Show the program in English</source>
        <translation>Toon het programma in het Engels</translation>
    </message>
</context>
<context>
    <name>_NamedDock</name>
    <message>
        <source>%1 actor</source>
        <translation>%1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actoren</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 organisatie</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisaties</translation>
    </message>
    <message>
        <source>%1 mandate</source>
        <translation>%1 mandaat</translation>
    </message>
    <message>
        <source>%1 mandates</source>
        <translation>%1 mandaten</translation>
    </message>
    <message>
        <source>%1 need</source>
        <translation>%1 benodigd besluit</translation>
    </message>
    <message>
        <source>%1 needs</source>
        <translation>%1 benodigde besluiten</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1 afspraak</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 afspraken</translation>
    </message>
    <message>
        <source>%1 rule</source>
        <translation>%1 regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <source>%1 deviation</source>
        <translation>%1 afwijking</translation>
    </message>
    <message>
        <source>%1 deviations</source>
        <translation>%1 afwijkingen</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 onderdeel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 onderdelen</translation>
    </message>
    <message>
        <source>References cleared: %1 (Undo puts them back).</source>
        <translation>Verwijzingen gewist: %1 (Ongedaan maken zet ze terug).</translation>
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
    <message>
        <source>Add actor</source>
        <translation>Actor toevoegen</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Mandaat toevoegen</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Add power</source>
        <translation>Bevoegdheid toevoegen</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>Bevinding accepteren</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Add deviation</source>
        <translation>Afwijking toevoegen</translation>
    </message>
    <message>
        <source>Add actor: %1</source>
        <translation>Actor toevoegen: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>%1 items verwijderen</translation>
    </message>
    <message>
        <source>Rename: %1</source>
        <translation>Naam wijzigen: %1</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>%1 wijzigen: %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Casus: %1 bewerken</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Save snapshot “{0}”</source>
        <translation>Momentopname “{0}” vastleggen</translation>
    </message>
    <message>
        <source>Remove snapshot “{0}”</source>
        <translation>Momentopname “{0}” verwijderen</translation>
    </message>
</context>
</TS>
