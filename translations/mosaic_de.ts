<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AwayList</name>
    <message>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message>
        <source>Its time was %1</source>
        <extracomment>%1 is the time of day the reminder was due, e.g. &quot;7:30&quot;.</extracomment>
        <translation>Vorgesehen um %1</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Button: the ritual of this reminder is done (check it off for today).</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Check off %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>%1 abhaken</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Button: remind me again later (snooze).</extracomment>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me of %1 later</source>
        <extracomment>%1 is the name of a ritual (a habit) or a reminder.</extracomment>
        <translation>Später an %1 erinnern</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>Remind me at this time of day</source>
        <translation>Zu dieser Uhrzeit erinnern</translation>
    </message>
    <message>
        <source>Set</source>
        <extracomment>Button (verb): remind me again at the time typed.</extracomment>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button (verb): show this ritual on the Habits page.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Placeholder of a field for a time of day to be reminded again; %1 is an example time as the user&apos;s language writes it (e.g. &quot;6:30 PM&quot; or &quot;18:30&quot;).</extracomment>
        <translation>um %1</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <extracomment>Accessible name of a chart&apos;s legend (the key to its colours).</extracomment>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <source>Edit circle</source>
        <extracomment>Dialog title; &quot;Edit&quot; is a verb. A circle is a group the user belongs to (family, a team, a club…).</extracomment>
        <translation>Kreis bearbeiten</translation>
    </message>
    <message>
        <source>A new circle</source>
        <translation>Ein neuer Kreis</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the circle.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the circle&apos;s name.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Climbing club, my sister, the night-shift team…</source>
        <translation>Kletterverein, meine Schwester, das Team der Nachtschicht…</translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation>Name des Kreises</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Field label: the kind of circle (family, friends, work…).</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of circle</source>
        <translation>Art des Kreises</translation>
    </message>
    <message>
        <source>Which side of you it brings out</source>
        <translation>Welche Seite er in dir weckt</translation>
    </message>
    <message>
        <source>Patient, a bit daring</source>
        <extracomment>Example of a side of the user a circle brings out.</extracomment>
        <translation>Geduldig, ein bisschen mutig</translation>
    </message>
    <message>
        <source>Which side of you this circle brings out</source>
        <translation>Welche Seite dieser Kreis in dir weckt</translation>
    </message>
    <message>
        <source>How much it matters to you</source>
        <translation>Wie wichtig er dir ist</translation>
    </message>
    <message>
        <source>How much this circle matters, 1 to 5</source>
        <translation>Wie wichtig dir dieser Kreis ist, 1 bis 5</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Colour choice: let Mosaic pick the circle&apos;s colour.</extracomment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic colour</source>
        <translation>Automatische Farbe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <extracomment>Accessible name of a colour swatch; %1 is its number (1 to 8).</extracomment>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Field label (noun): free notes about the circle.</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>When you meet, what you share…</source>
        <translation>Wann ihr euch trefft, was ihr teilt…</translation>
    </message>
    <message>
        <source>Notes about this circle</source>
        <translation>Notizen zu diesem Kreis</translation>
    </message>
</context>
<context>
    <name>CirclesBalanceCard</name>
    <message>
        <source>Balance</source>
        <extracomment>Card heading: how the user&apos;s ties are spread over their circles (noun).</extracomment>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>effective circles</source>
        <extracomment>Follows a number with one decimal, e.g. &quot;2.4&quot;: how many circles the ties are spread over, in effect.</extracomment>
        <translation>tragende Kreise</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>in the largest circle</source>
        <extracomment>Follows a percentage, e.g. &quot;40%&quot;: the share of the user&apos;s ties in their largest circle.</extracomment>
        <translation>im größten Kreis</translation>
    </message>
    <message numerus="yes">
        <source>circles with someone close</source>
        <extracomment>Follows a number (shown apart, above this text, so %n does not appear): how many circles have someone in their inner ring.</extracomment>
        <translation>
            <numerusform>Kreis mit engen Vertrauten</numerusform>
            <numerusform>Kreise mit engen Vertrauten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CirclesBalanceFigure</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Accessible name of a figure of the balance: %1 is the number, %2 what it counts (e.g. &quot;effective circles&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CirclesCirclePanel</name>
    <message>
        <source>%1 · matters %2 of 5 · %3 of your ties</source>
        <extracomment>About a circle: %1 is its kind (e.g. &quot;Friends&quot;), %2 how much it matters (1 to 5), %3 its share of all the user&apos;s ties, e.g. &quot;25%&quot;.</extracomment>
        <translation>%1 · Wichtigkeit %2 von 5 · %3 deiner Verbindungen</translation>
    </message>
    <message>
        <source>Brings out: %1</source>
        <extracomment>%1 is the side of the user the circle brings out, e.g. &quot;my playful side&quot;.</extracomment>
        <translation>Weckt in dir: %1</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The people in the selected circle.</extracomment>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>No one here yet.</source>
        <translation>Noch niemand hier.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Ring of %1</source>
        <extracomment>Ring: how close the person is in the circle (inner, middle, outer); %1 is the person&apos;s name.</extracomment>
        <translation>Ring von %1</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this circle.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <translation>Wir haben gesprochen</translation>
    </message>
</context>
<context>
    <name>CirclesContactLogCard</name>
    <message>
        <source>Contact log</source>
        <extracomment>Card heading: the record of contacts with people (calls, visits…).</extracomment>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>Who you talked to, and how it felt.</source>
        <translation>Mit wem du gesprochen hast und wie es sich angefühlt hat.</translation>
    </message>
    <message>
        <source>I talked to…</source>
        <extracomment>Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.</extracomment>
        <translation>Gesprochen mit…</translation>
    </message>
    <message>
        <source>Nothing noted yet. After a call, a coffee or a club evening, note it here: the small contacts add up.</source>
        <translation>Noch nichts notiert. Nach einem Anruf, einem Kaffee oder einem Vereinsabend kannst du es hier festhalten: Auch kleine Kontakte summieren sich.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A contact: %1 is with whom (people or a circle), %2 how it felt (e.g. &quot;warm&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a contact: %1 is its date, %2 the note written about it.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): remove this contact from the log.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the contact with %1 on %2</source>
        <extracomment>%1 is with whom (people or a circle), %2 the date of the contact.</extracomment>
        <translation>Kontakt mit %1 am %2 entfernen</translation>
    </message>
    <message>
        <source>Show more</source>
        <extracomment>Button: show older contacts of the log.</extracomment>
        <translation>Mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>CirclesDiagramCard</name>
    <message>
        <source>Your belonging</source>
        <translation>Deine Zugehörigkeit</translation>
    </message>
    <message>
        <source>Click a dot or a circle to see it beside the diagram; drag a dot to another ring to move them closer or further.</source>
        <translation>Klick auf einen Punkt oder einen Kreis, um ihn neben dem Diagramm zu sehen; zieh einen Punkt in einen anderen Ring, um die Person näher heran oder weiter weg zu rücken.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The user, drawn in the centre of the belonging diagram.</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Belonging diagram</source>
        <translation>Zugehörigkeitsdiagramm</translation>
    </message>
</context>
<context>
    <name>CirclesDotTip</name>
    <message>
        <source>%1, %2 ring</source>
        <extracomment>%1 is a circle&apos;s name (e.g. &quot;Choir&quot;), %2 how close the person is in it (&quot;inner&quot;, &quot;middle&quot; or &quot;outer&quot;).</extracomment>
        <translation>%1, Ring: %2</translation>
    </message>
    <message>
        <source>Brings: %1</source>
        <extracomment>%1 is what the person brings to the user, e.g. &quot;practical help, fun&quot;.</extracomment>
        <translation>Gibt dir: %1</translation>
    </message>
</context>
<context>
    <name>CirclesHintsCard</name>
    <message>
        <source>Not heard from in a while</source>
        <extracomment>Card heading: circles the user has had no contact with for some time.</extracomment>
        <translation>Länger nichts gehört</translation>
    </message>
    <message>
        <source>No pressure. A message, a wave, a &quot;thinking of you&quot; keeps a thread alive.</source>
        <translation>Kein Druck. Eine Nachricht, ein kurzes Hallo, ein „Ich denk an dich“ – so bleibt der Faden lebendig.</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <extracomment>Button: note a contact with the people of this circle.</extracomment>
        <translation>Wir haben gesprochen</translation>
    </message>
    <message>
        <source>I talked to %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Ich habe mit %1 gesprochen</translation>
    </message>
</context>
<context>
    <name>CirclesLegend</name>
    <message>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <source>Circles and their share of your ties</source>
        <translation>Kreise und ihr Anteil an deinen Verbindungen</translation>
    </message>
    <message>
        <source>%1, %2 of your ties</source>
        <extracomment>%1 is a circle&apos;s name, %2 its share of all the user&apos;s ties, e.g. &quot;25%&quot;.</extracomment>
        <translation>%1, %2 deiner Verbindungen</translation>
    </message>
    <message>
        <source>Many people: the dots are drawn smaller so that all of them fit.</source>
        <translation>Viele Menschen: Die Punkte werden kleiner gezeichnet, damit alle hineinpassen.</translation>
    </message>
</context>
<context>
    <name>CirclesListCard</name>
    <message>
        <source>Circles</source>
        <extracomment>Card heading: the user&apos;s social circles (groups of people they belong to).</extracomment>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 · resting</source>
        <extracomment>A circle set aside (resting, archived); %1 is its kind (e.g. &quot;Friends&quot;).</extracomment>
        <translation>%1 · ruht</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people</source>
        <extracomment>%1 is the circle&apos;s kind (e.g. &quot;Friends&quot;), %n how many people are in it.</extracomment>
        <translation>
            <numerusform>%1 · %n Person</numerusform>
            <numerusform>%1 · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this circle.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Button (verb): bring a resting (archived) circle back into the diagram.</extracomment>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>Button (verb): let the circle rest, that is archive it and take it out of the diagram.</extracomment>
        <translation>Ruhen lassen</translation>
    </message>
    <message>
        <source>Bring %1 back into the diagram</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 zurück ins Diagramm holen</translation>
    </message>
    <message>
        <source>Let %1 rest outside the diagram</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 außerhalb des Diagramms ruhen lassen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Button (verb): remove this circle; asks first.</extracomment>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and everyone&apos;s place in it? The people stay, with the contacts you noted with them; contacts noted with the whole circle go with it.</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>%1 und alle Plätze darin entfernen? Die Menschen bleiben, mit den Kontakten, die du mit ihnen notiert hast; Kontakte mit dem ganzen Kreis gehen mit ihm.</translation>
    </message>
</context>
<context>
    <name>CirclesPage</name>
    <message>
        <source>Circles</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar: the social circles (groups of people) the user belongs to.</extracomment>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Where you belong: the closer someone is, the nearer the centre.</source>
        <translation>Wo du dazugehörst: Je näher dir jemand steht, desto näher an der Mitte.</translation>
    </message>
    <message>
        <source>Add a circle</source>
        <extracomment>Button: add a social circle (a group one belongs to: family, a team, a club…).</extracomment>
        <translation>Kreis hinzufügen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>I talked to…</source>
        <extracomment>Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.</extracomment>
        <translation>Gesprochen mit…</translation>
    </message>
    <message>
        <source>Your circles will appear here</source>
        <translation>Hier erscheinen deine Kreise</translation>
    </message>
    <message>
        <source>A circle is anywhere you belong: family, friends, a team, a club, a choir, the neighbours. When one of them lets you down, the others still hold you. Start with one.</source>
        <translation>Ein Kreis ist überall dort, wo du dazugehörst: Familie, Freunde, ein Team, ein Verein, ein Chor, die Nachbarn. Wenn einer davon dich enttäuscht, halten dich die anderen trotzdem. Fang mit einem an.</translation>
    </message>
    <message>
        <source>Add your first circle</source>
        <translation>Deinen ersten Kreis anlegen</translation>
    </message>
</context>
<context>
    <name>CirclesPeopleCard</name>
    <message>
        <source>People</source>
        <extracomment>Card heading: all the people in the user&apos;s circles.</extracomment>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A circle the person is in: %1 is the circle&apos;s name, %2 the ring (&quot;inner&quot;, &quot;middle&quot; or &quot;outer&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the circles a person is in, in a list such as &quot;Choir (inner), Work (outer)&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>not in a circle yet</source>
        <translation>noch in keinem Kreis</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this person.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>CirclesPersonPanel</name>
    <message>
        <source>Brings: %1</source>
        <extracomment>%1 is what the person brings to the user, e.g. &quot;practical help, fun&quot;.</extracomment>
        <translation>Gibt dir: %1</translation>
    </message>
    <message>
        <source>Circles</source>
        <extracomment>The social circles (groups of people) the selected person belongs to.</extracomment>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Ring in %1</source>
        <extracomment>Ring: how close the person is in a circle (inner, middle, outer); %1 is the circle&apos;s name.</extracomment>
        <translation>Ring in %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <extracomment>Button (verb): take the person out of this circle.</extracomment>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <source>Take %1 out of %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a circle&apos;s name.</extracomment>
        <translation>%1 aus %2 herausnehmen</translation>
    </message>
    <message>
        <source>Circle to add them to</source>
        <translation>Kreis, in den die Person kommt</translation>
    </message>
    <message>
        <source>Ring</source>
        <extracomment>How close the person will be in the circle: inner, middle or outer ring.</extracomment>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): add the person to the circle chosen.</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to this circle</source>
        <translation>Zu diesem Kreis hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this person.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <translation>Wir haben gesprochen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Button (verb): remove this person; asks first.</extracomment>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1 from the journal</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 aus dem Tagebuch entfernen</translation>
    </message>
    <message>
        <source>Remove %1, their places in your circles and the contacts you noted with them?</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>%1 entfernen, samt den Plätzen in deinen Kreisen und den Kontakten, die du mit dieser Person notiert hast?</translation>
    </message>
</context>
<context>
    <name>CirclesRemoveDialog</name>
    <message>
        <source>Remove?</source>
        <extracomment>Title of the dialog that confirms removing a person or a circle.</extracomment>
        <translation>Entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb) of the dialog that confirms removing a person or a circle.</extracomment>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>I talked to…</source>
        <extracomment>Dialog title: note a contact with someone (a call, a coffee, a visit).</extracomment>
        <translation>Gesprochen mit…</translation>
    </message>
    <message>
        <source>Note it</source>
        <extracomment>Button (verb): save the contact in the log.</extracomment>
        <translation>Notieren</translation>
    </message>
    <message>
        <source>Whom</source>
        <extracomment>Field label: with whom the user talked (a person, a circle, or both).</extracomment>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The person the user talked to.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>The social circle (group of people) the user talked to.</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Field label: the day of the contact.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>It felt %1</source>
        <extracomment>%1 is how the contact felt, e.g. &quot;warm&quot; or &quot;hard&quot;.</extracomment>
        <translation>Es fühlte sich so an: %1</translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation>Ein Wort dazu</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>Placeholder of a field that may stay empty.</extracomment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>Eine kurze Notiz</translation>
    </message>
    <message>
        <source>Day of the contact</source>
        <extracomment>The day of a contact with someone.</extracomment>
        <translation>Tag des Kontakts</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>That is not a date Mosaic can read. Write it like %1 or %2, or pick it from the calendar.</source>
        <extracomment>Under a date field with text that is not a date; %1 is an example in the user&apos;s own format (e.g. &quot;3/7/2026&quot;), %2 the same date as year-month-day.</extracomment>
        <translation>Dieses Datum kann Mosaic nicht lesen. Schreib es wie %1 oder %2, oder wähl es im Kalender aus.</translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <extracomment>Button beside a date field: open a calendar to pick the date; %1 is the field&apos;s name.</extracomment>
        <translation>%1 im Kalender auswählen</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Im Kalender auswählen (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Calendar</source>
        <extracomment>Accessible name of the calendar that picks a date.</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous month</source>
        <extracomment>Button of the calendar (Page Up does the same).</extracomment>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <extracomment>Button of the calendar (Page Down does the same).</extracomment>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): close the dialog without saving.</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DistortionBars</name>
    <message numerus="yes">
        <source>%1: %n time(s), %2 recently</source>
        <extracomment>A thinking pattern&apos;s bar: %1 is the pattern (e.g. &quot;Mind reading&quot;), %n how often it was named in all, %2 how often in the most recent days.</extracomment>
        <translation>
            <numerusform>%1: %n-mal insgesamt, %2-mal in letzter Zeit</numerusform>
            <numerusform>%1: %n-mal insgesamt, %2-mal in letzter Zeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitDetailView</name>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this habit.
----------
Button (verb): edit this note.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Button (verb): bring an archived habit back.</extracomment>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Button (verb): archive the habit.</extracomment>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Bring the habit back from the archive</source>
        <translation>Gewohnheit aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <source>Archive the habit</source>
        <translation>Gewohnheit archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button (verb): delete this habit.
----------
Button (verb) of the dialog that confirms deleting a habit.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the habit</source>
        <translation>Gewohnheit löschen</translation>
    </message>
    <message>
        <source>Current streak</source>
        <extracomment>Streak: how many times in a row the habit was kept, up to now.</extracomment>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <extracomment>Streak: the longest run of times in a row the habit was kept.</extracomment>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Strength</source>
        <extracomment>The habit&apos;s strength: a score from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>Festigkeit</translation>
    </message>
    <message>
        <source>Done today. Well kept.</source>
        <translation>Heute erledigt. Schön drangeblieben.</translation>
    </message>
    <message>
        <source>Some of it done today.</source>
        <translation>Heute zum Teil erledigt.</translation>
    </message>
    <message>
        <source>Skipped today, and that is fine.</source>
        <extracomment>The habit was skipped on purpose today.</extracomment>
        <translation>Heute ausgelassen, und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Not due today.</source>
        <extracomment>The habit&apos;s schedule has no check-in today.</extracomment>
        <translation>Heute nicht dran.</translation>
    </message>
    <message>
        <source>Still open today.</source>
        <translation>Heute noch offen.</translation>
    </message>
    <message>
        <source>Amount today</source>
        <translation>Menge heute</translation>
    </message>
    <message>
        <source>Log today</source>
        <extracomment>Button: record today&apos;s amount (&quot;Log&quot; is a verb).</extracomment>
        <translation>Heute eintragen</translation>
    </message>
    <message>
        <source>Done today</source>
        <extracomment>Button: tick the habit off as done for today.</extracomment>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <source>Skip today</source>
        <extracomment>Button (verb): skip the habit today on purpose, without breaking the streak.</extracomment>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Undo today</source>
        <extracomment>Button (verb): take back today&apos;s check-in or skip.</extracomment>
        <translation>Heute rückgängig machen</translation>
    </message>
    <message>
        <source>This week&apos;s letter</source>
        <extracomment>The weekly letter: a letter the user writes to themselves once a week. A check-in: ticking the habit off for a day.</extracomment>
        <translation>Der Brief dieser Woche</translation>
    </message>
    <message>
        <source>A note with today&apos;s check-in</source>
        <translation>Eine Notiz zum heutigen Eintrag</translation>
    </message>
    <message>
        <source>It starts with the week&apos;s wins and the rituals you kept; write on from there.</source>
        <translation>Er beginnt mit den Erfolgen der Woche und den Ritualen, die du gepflegt hast; schreib von dort aus weiter.</translation>
    </message>
    <message>
        <source>A line about how it went, for you to read back later.</source>
        <translation>Eine Zeile dazu, wie es lief – zum späteren Nachlesen.</translation>
    </message>
    <message>
        <source>Write this week&apos;s letter</source>
        <translation>Den Brief dieser Woche schreiben</translation>
    </message>
    <message>
        <source>Write a note for today</source>
        <translation>Eine Notiz für heute schreiben</translation>
    </message>
    <message>
        <source>Check off or skip today, and you can add a note to it.</source>
        <translation>Hak den heutigen Tag ab oder lass ihn aus, dann kannst du eine Notiz dazu schreiben.</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <extracomment>%1 is a date, e.g. &quot;Monday, 3 March&quot;.</extracomment>
        <translation>Notiz für %1</translation>
    </message>
    <message>
        <source>Close the note</source>
        <extracomment>Button (verb): close the note&apos;s editor.</extracomment>
        <translation>Notiz schließen</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>Each square is a day. A day left empty is only a gap, never a failure.</source>
        <translation>Jedes Kästchen ist ein Tag. Ein leerer Tag ist nur eine Lücke, nie ein Versagen.</translation>
    </message>
    <message>
        <source>Pause for a while</source>
        <extracomment>Card heading (verb): pause the habit for some days.</extracomment>
        <translation>Eine Weile pausieren</translation>
    </message>
    <message>
        <source>Away or unwell? Pausing marks those days as skipped, so your streak waits for you.</source>
        <translation>Unterwegs oder krank? Eine Pause markiert diese Tage als ausgelassen, so wartet deine Serie auf dich.</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the first day of a pause: &quot;From [date] to [date]&quot;.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>Erster Tag der Pause</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of a pause: &quot;From [date] to [date]&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Letzter Tag der Pause</translation>
    </message>
    <message>
        <source>Pause these days</source>
        <extracomment>Button (verb): pause the habit on the days chosen.</extracomment>
        <translation>Diese Tage pausieren</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <extracomment>%1 is a span of days, e.g. &quot;3 – 9 March&quot;.</extracomment>
        <translation>Pause: %1</translation>
    </message>
    <message>
        <source>End this pause</source>
        <extracomment>Button (verb): end the pause of the habit.</extracomment>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>End the pause %1</source>
        <extracomment>%1 is a span of days, e.g. &quot;3 – 9 March&quot;.</extracomment>
        <translation>Pause %1 beenden</translation>
    </message>
    <message>
        <source>Notes along the way</source>
        <translation>Notizen auf dem Weg</translation>
    </message>
    <message>
        <source>Notes you write with your check-ins gather here, newest first.</source>
        <translation>Notizen, die du zu deinen Einträgen schreibst, sammeln sich hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>%1 · skipped</source>
        <extracomment>Above a note of a day the habit was skipped on purpose; %1 is the date.</extracomment>
        <translation>%1 · ausgelassen</translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <extracomment>%1 is the date of the note.</extracomment>
        <translation>Notiz vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Ältere Notizen anzeigen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <extracomment>Title of the dialog that confirms deleting a habit; %1 is the habit&apos;s name.</extracomment>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its check-ins, notes and reminders go with it. Archiving keeps them instead.</source>
        <translation>Ihre Einträge, Notizen und Erinnerungen werden mitgelöscht. Beim Archivieren bleiben sie erhalten.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <extracomment>The habit&apos;s strength score; %1 is the score from 0 to 100.</extracomment>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a figure of the habit: %1 is what it is (e.g. &quot;Best streak&quot;), %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HabitFormDialog</name>
    <message>
        <source>A new habit</source>
        <extracomment>Dialog title; &quot;Edit&quot; is a verb.</extracomment>
        <translation>Eine neue Gewohnheit</translation>
    </message>
    <message>
        <source>Edit the habit</source>
        <translation>Gewohnheit bearbeiten</translation>
    </message>
    <message>
        <source>Add habit</source>
        <extracomment>Button: add the new habit, or save the changes to the habit edited.</extracomment>
        <translation>Gewohnheit hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Start from a ritual</source>
        <translation>Mit einem Ritual starten</translation>
    </message>
    <message>
        <source>Start from %1: %2</source>
        <extracomment>Accessible name of a preset: %1 is the ritual&apos;s name, %2 its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>Mit %1 starten: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the habit&apos;s name.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>A short name, such as “Evening walk”</source>
        <translation>Ein kurzer Name, etwa „Abendspaziergang“</translation>
    </message>
    <message>
        <source>Prompt</source>
        <extracomment>Field label (noun): a question or nudge shown when doing the habit.
----------
Field name (noun): a question or nudge shown when doing the habit.</extracomment>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>A question or a nudge for when you do it</source>
        <translation>Eine Frage oder ein Anstoß für den Moment, in dem du es tust</translation>
    </message>
    <message>
        <source>Kind of ritual</source>
        <translation>Art des Rituals</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Section label: the habit&apos;s schedule (on which days it is due).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Every day</source>
        <extracomment>Schedule choice: the habit is due every day.</extracomment>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>On chosen days</source>
        <translation>An bestimmten Tagen</translation>
    </message>
    <message>
        <source>Times a week</source>
        <extracomment>Schedule choice: a number of times a week, on any days.
----------
Name of the number field: how many times a week the habit is due.</extracomment>
        <translation>Mal pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>times a week, on any days</source>
        <extracomment>Follows the number field of how many times a week (1 to 7) the habit is due; the number itself is in the field before this text, so %n does not appear.</extracomment>
        <translation>
            <numerusform>Mal pro Woche, an beliebigen Tagen</numerusform>
            <numerusform>Mal pro Woche, an beliebigen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>What counts as done</source>
        <translation>Was als erledigt zählt</translation>
    </message>
    <message>
        <source>Checking it off</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>Reaching a number</source>
        <translation>Eine Zahl erreichen</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>Name of the number field: the amount to reach each day (e.g. 20 minutes).</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>unit, such as minutes</source>
        <translation>Einheit, etwa Minuten</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Name of the field: the unit of the goal (e.g. minutes, pages).</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <extracomment>Accessible name of a colour swatch; %1 is its number (1 to 8).</extracomment>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Colour choice: let Mosaic pick the habit&apos;s colour.</extracomment>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>HabitHeatmap</name>
    <message>
        <source>The last year of %1</source>
        <extracomment>Accessible name of a habit&apos;s year of check-ins; %1 is the habit&apos;s name.</extracomment>
        <translation>Das letzte Jahr von %1</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was done (past participle).</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Partly done</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was partly done.</extracomment>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was skipped on purpose (past participle).</extracomment>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was paused (past participle).</extracomment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>A quiet day</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was due and not done (said gently, not a failure).</extracomment>
        <translation>Ein ruhiger Tag</translation>
    </message>
    <message>
        <source>Not due</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was not due.</extracomment>
        <translation>Nicht dran</translation>
    </message>
</context>
<context>
    <name>HabitReminders</name>
    <message>
        <source>Reminders</source>
        <extracomment>Noun, plural: the reminders of one ritual.</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>No reminders yet. Add a time of day and Mosaic will bring this ritual up gently then.</source>
        <translation>Noch keine Erinnerungen. Füge eine Uhrzeit hinzu, dann erinnert dich Mosaic zu dieser Zeit sanft an dieses Ritual.</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a reminder&apos;s switch: switched on.</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The state of a reminder&apos;s switch: switched off.</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Reminder on: %1</source>
        <extracomment>%1 describes the reminder, e.g. &quot;7:30 on weekdays&quot;.</extracomment>
        <translation>Erinnerung eingeschaltet: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): remove this reminder.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the reminder %1</source>
        <extracomment>%1 describes the reminder, e.g. &quot;7:30 on weekdays&quot;.</extracomment>
        <translation>Erinnerung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the time %1</source>
        <extracomment>%1 is a time of day, e.g. &quot;7:30 AM&quot;.</extracomment>
        <translation>Uhrzeit %1 entfernen</translation>
    </message>
    <message>
        <source>another time</source>
        <extracomment>Placeholder of a field for another time of day of the reminder.</extracomment>
        <translation>weitere Uhrzeit</translation>
    </message>
    <message>
        <source>Another time of day for this reminder</source>
        <translation>Eine weitere Uhrzeit für diese Erinnerung</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>The days of the week the reminder comes on.</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Time of day for a new reminder</source>
        <translation>Uhrzeit für eine neue Erinnerung</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Placeholder of a field for a time of day; %1 is an example time as the user&apos;s language writes it (e.g. &quot;7:30 AM&quot; or &quot;07:30&quot;).</extracomment>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Show %1</source>
        <extracomment>Accessible name of a habit in the list; %1 is its name. Shows the habit in full.</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <extracomment>Under an archived habit; %1 is its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>%1 · archiviert</translation>
    </message>
    <message>
        <source>best %1</source>
        <extracomment>The habit&apos;s best streak; %1 is its length, e.g. &quot;12 days&quot;.</extracomment>
        <translation>Rekord: %1</translation>
    </message>
    <message>
        <source>Strength %1 of 100</source>
        <extracomment>The habit&apos;s strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>Festigkeit %1 von 100</translation>
    </message>
    <message>
        <source>strength %1</source>
        <extracomment>The habit&apos;s strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>Festigkeit %1</translation>
    </message>
    <message>
        <source>%1 today, in %2</source>
        <extracomment>Name of the amount field of a habit: %1 is the habit&apos;s name, %2 the unit (e.g. &quot;minutes&quot;).</extracomment>
        <translation>%1 heute, in %2</translation>
    </message>
    <message>
        <source>%1 today</source>
        <extracomment>Name of the amount field of a habit; %1 is the habit&apos;s name.</extracomment>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>Done today</source>
        <extracomment>The state of a habit&apos;s check: done today.</extracomment>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <source>Skipped today</source>
        <extracomment>The state of a habit&apos;s check: skipped on purpose today.</extracomment>
        <translation>Heute ausgelassen</translation>
    </message>
    <message>
        <source>Check off today</source>
        <extracomment>The habit&apos;s check button (verb): check it off for today.</extracomment>
        <translation>Heute abhaken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a habit&apos;s check: %1 is the habit&apos;s name, %2 its state (e.g. &quot;Done today&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done today. Click to undo.</source>
        <extracomment>Tooltip of a habit&apos;s check; &quot;Log&quot; is a verb (record today&apos;s amount).</extracomment>
        <translation>Heute erledigt. Klick, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Log today&apos;s amount</source>
        <translation>Heutige Menge eintragen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a habit: %1 is its schedule (e.g. &quot;Every day&quot;), %2 its goal (e.g. &quot;20 minutes&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>HabitsPage</name>
    <message>
        <source>Habits</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>Small rituals that remind you of your worth, kept at your own pace.</source>
        <translation>Kleine Rituale, die dich an deinen Wert erinnern – in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>New habit</source>
        <extracomment>Button: add a new habit.</extracomment>
        <translation>Neue Gewohnheit</translation>
    </message>
    <message>
        <source>Rituals that steady you</source>
        <translation>Rituale, die dir Halt geben</translation>
    </message>
    <message>
        <source>A few minutes a day, such as naming a strength or writing three good things, build a sense of worth that does not hang on anyone&apos;s approval. Start from a ritual below, or make your own.</source>
        <translation>Ein paar Minuten am Tag – etwa eine Stärke benennen oder drei gute Dinge aufschreiben – stärken ein Selbstwertgefühl, das nicht von der Zustimmung anderer abhängt. Beginne mit einem der Rituale unten oder gestalte dein eigenes.</translation>
    </message>
    <message>
        <source>Make a habit</source>
        <translation>Gewohnheit anlegen</translation>
    </message>
    <message>
        <source>Your habits</source>
        <translation>Deine Gewohnheiten</translation>
    </message>
    <message>
        <source>Show archived (%1)</source>
        <extracomment>Check box: also show the archived habits; %1 is how many there are.</extracomment>
        <translation>Archivierte anzeigen (%1)</translation>
    </message>
    <message>
        <source>Every habit is archived. Show them to bring one back, or make a new one.</source>
        <translation>Alle Gewohnheiten sind archiviert. Zeig sie an, um eine zurückzuholen, oder leg eine neue an.</translation>
    </message>
    <message>
        <source>Start from a ritual</source>
        <translation>Mit einem Ritual beginnen</translation>
    </message>
    <message>
        <source>Start from %1: %2</source>
        <extracomment>Accessible name of a preset: %1 is the ritual&apos;s name, %2 its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>Mit %1 beginnen: %2</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Patterns in what you have written, noticed gently. Numbers are a mirror, never a grade.</source>
        <translation>Muster in dem, was du geschrieben hast – behutsam betrachtet. Zahlen sind ein Spiegel, nie eine Note.</translation>
    </message>
    <message>
        <source>Thinking patterns that recur</source>
        <translation>Wiederkehrende Denkmuster</translation>
    </message>
    <message>
        <source>How often each pattern was named in your reflections.</source>
        <translation>Wie oft jedes Muster in deinen Reflexionen genannt wurde.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <extracomment>Legend of the bars of mentions before the most recent days.</extracomment>
        <translation>Früher</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>Noch keine Muster</translation>
    </message>
    <message>
        <source>When a reflection names a thinking pattern — mind reading, fortune telling — it is counted here, so you can see which ones visit most.</source>
        <translation>Wenn du in einer Reflexion ein Denkmuster benennst – Gedankenlesen, Hellsehen –, wird es hier gezählt. So siehst du, welche am häufigsten vorbeischauen.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Eine Reflexion schreiben</translation>
    </message>
    <message>
        <source>Before and after reframing</source>
        <translation>Vor und nach der neuen Sichtweise</translation>
    </message>
    <message>
        <source>Average intensity each month, 0 to 100, when you rated it before and after.</source>
        <translation>Durchschnittliche Intensität pro Monat, 0 bis 100, wenn du vorher und nachher eingeschätzt hast.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <extracomment>Chart heading: how strong the feelings were before and after reframing.</extracomment>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Belief in the hard thought</source>
        <translation>Glaube an den schweren Gedanken</translation>
    </message>
    <message>
        <source>Nothing rated yet</source>
        <translation>Noch nichts eingeschätzt</translation>
    </message>
    <message>
        <source>In a reflection, rate how strong a feeling is before you reframe the thought and again after. Here you will see how much they ease, month by month.</source>
        <translation>Schätze in einer Reflexion ein, wie stark ein Gefühl ist, bevor du den Gedanken anders betrachtest, und noch einmal danach. Hier siehst du dann Monat für Monat, wie sehr deine Gefühle nachlassen.</translation>
    </message>
    <message>
        <source>Rituals kept, week by week</source>
        <translation>Gepflegte Rituale, Woche für Woche</translation>
    </message>
    <message>
        <source>Of the rituals due each week, the share you kept. Skipped days and the day still under way are not counted as due.</source>
        <translation>Von den Ritualen, die in einer Woche dran waren, der Anteil, den du gepflegt hast. Ausgelassene Tage und der laufende Tag zählen nicht mit.</translation>
    </message>
    <message>
        <source>Share of rituals kept</source>
        <translation>Anteil gepflegter Rituale</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 kept</source>
        <extracomment>Accessible description of a week on the chart: %1 is the week&apos;s label (a date), %2 how many of the rituals due were kept, %3 how many were due.</extracomment>
        <translation>Woche vom %1: %2 von %3 gepflegt</translation>
    </message>
    <message>
        <source>No rituals due yet</source>
        <translation>Noch keine Rituale fällig</translation>
    </message>
    <message>
        <source>Once a ritual has been due for a day or a week, how often you kept it shows here.</source>
        <translation>Sobald ein Ritual einen Tag oder eine Woche lang dran war, siehst du hier, wie oft du es gepflegt hast.</translation>
    </message>
    <message>
        <source>Set up a ritual</source>
        <translation>Ein Ritual einrichten</translation>
    </message>
    <message>
        <source>Belonging across circles</source>
        <translation>Zugehörigkeit über deine Kreise hinweg</translation>
    </message>
    <message>
        <source>How many circles your belonging effectively rests on, at the end of each month. Estimated from when people joined and left circles, as far as the journal knows.</source>
        <translation>Auf wie vielen Kreisen deine Zugehörigkeit tatsächlich ruht, jeweils am Monatsende. Geschätzt danach, wann Menschen zu Kreisen hinzukamen oder sie verließen – soweit das Tagebuch es weiß.</translation>
    </message>
    <message>
        <source>Effective circles</source>
        <extracomment>Legend of the chart: how many circles belonging rests on, in effect.</extracomment>
        <translation>Tragende Kreise</translation>
    </message>
    <message>
        <source>%1: about %2 circles, the largest carrying %3%</source>
        <extracomment>Accessible description of a month on the chart: %1 is the month, %2 a number with one decimal (how many circles belonging rests on, in effect), %3 the percentage of ties in the largest circle.</extracomment>
        <translation>%1: etwa %2 Kreise, der größte trägt %3%</translation>
    </message>
    <message>
        <source>No circles yet</source>
        <translation>Noch keine Kreise</translation>
    </message>
    <message>
        <source>Add the circles you belong to and the people in them; how your belonging is spread will show here over the months.</source>
        <translation>Füge die Kreise hinzu, zu denen du gehörst, und die Menschen darin; wie sich deine Zugehörigkeit verteilt, zeigt sich hier im Lauf der Monate.</translation>
    </message>
    <message>
        <source>Go to Circles</source>
        <extracomment>Button: show the Circles page (use the page&apos;s name as in the sidebar).</extracomment>
        <translation>Zu den Kreisen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <extracomment>Legend of the bars of mentions in the most recent days; %n is how many days (e.g. 90).</extracomment>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage on the chart&apos;s axis; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>JournalEntryView</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>A rating (0 to 100) before and after the reflection: %1 before, %2 after.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <extracomment>%1 is a feeling (or &quot;How much I believed it&quot;), %2 its rating (0 to 100) before the reflection, %3 after.</extracomment>
        <translation>%1: vorher %2, nachher %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a feeling (or &quot;How much I believed it&quot;), %2 its rating (0 to 100).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this entry.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Open in Habits</source>
        <extracomment>Button: show the ritual of this note on the Habits page (use the page&apos;s name as in the sidebar).</extracomment>
        <translation>In Gewohnheiten öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button (verb): delete this entry.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>You can undo this for a few seconds.</source>
        <translation>Du kannst das ein paar Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Button (verb): close this entry.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The win</source>
        <extracomment>Label of the field: a win is something that went well (a success, not a game).
----------
Field name: a win is something that went well (a success, not a game).</extracomment>
        <translation>Der Erfolg</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut gelaufen ist</translation>
    </message>
    <message>
        <source>Its day</source>
        <extracomment>Label of the field: the date of the win.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Its day, as year-month-day</source>
        <translation>Datum, als Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the edited win.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): stop editing without saving.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Feelings, before → after</source>
        <extracomment>Section heading: how strong each feeling was before and after the reflection.</extracomment>
        <translation>Gefühle, vorher → nachher</translation>
    </message>
    <message>
        <source>How much I believed it</source>
        <translation>Wie sehr ich es geglaubt habe</translation>
    </message>
    <message>
        <source>Thinking patterns noticed</source>
        <translation>Bemerkte Denkmuster</translation>
    </message>
    <message>
        <source>Kinder, truer readings</source>
        <extracomment>Section heading: the reframes, kinder and truer ways to read what happened.</extracomment>
        <translation>Freundlichere, wahrere Sichtweisen</translation>
    </message>
    <message>
        <source>%1 · believable %2 of 100</source>
        <extracomment>%1 is the kind of reframe (e.g. &quot;Another explanation&quot;), %2 how believable it felt, 0 to 100.</extracomment>
        <translation>%1 · glaubwürdig %2 von 100</translation>
    </message>
    <message>
        <source>One small next step</source>
        <translation>Ein kleiner nächster Schritt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Above an entry&apos;s title: %1 is the kind of entry (e.g. &quot;Reflection&quot;, &quot;Win&quot;), %2 its date.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scroll the entry</source>
        <extracomment>Accessible name of the scroll bar beside the journal entry being read.</extracomment>
        <translation>Eintrag scrollen</translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a filter: %1 is what it filters by (e.g. &quot;Person&quot;), %2 the choice shown (e.g. &quot;Anyone&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Filter of the journal: what kind of entry (reflection, win, note).</extracomment>
        <translation>Was</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>Filter of the journal: a social circle (a group of people the user belongs to).</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>Filter of the journal: a person involved.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Filter of the journal: a keyword (label) given to entries.</extracomment>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Thinking pattern</source>
        <extracomment>Filter of the journal: a thinking pattern (cognitive distortion) noticed in a reflection.</extracomment>
        <translation>Denkmuster</translation>
    </message>
    <message>
        <source>Show everything</source>
        <extracomment>Button: clear all the filters of the journal.</extracomment>
        <translation>Alles anzeigen</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Scroll the entries</source>
        <extracomment>Accessible name of the scroll bar beside the list of journal entries.</extracomment>
        <translation>Einträge scrollen</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Everything you have written, to look back on.</source>
        <translation>Alles, was du geschrieben hast – zum Zurückblicken.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Toggle: show the journal as a list, newest first (noun).</extracomment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Toggle: show the journal as a month calendar (noun).</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Search everything you wrote</source>
        <translation>Alles durchsuchen, was du geschrieben hast</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Filters •</source>
        <extracomment>Button (noun): shows the filters; the dot marks that some filters are on.</extracomment>
        <translation>Filter •</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Button (noun): shows the filters of the journal.</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (some are on)</source>
        <extracomment>Button (noun): shows the filters of the journal, some of which are on.</extracomment>
        <translation>Filter (einige aktiv)</translation>
    </message>
    <message>
        <source>Showing one day. Choose it again to see every day.</source>
        <translation>Ein einzelner Tag wird angezeigt. Wähl ihn noch einmal, um alle Tage zu sehen.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Nothing here with these filters</source>
        <translation>Mit diesen Filtern gibt es hier nichts</translation>
    </message>
    <message>
        <source>Your journal is waiting</source>
        <translation>Dein Tagebuch wartet auf dich</translation>
    </message>
    <message>
        <source>No entry has these words. Try fewer words, or the start of a word.</source>
        <translation>Kein Eintrag enthält diese Wörter. Versuch es mit weniger Wörtern oder dem Anfang eines Wortes.</translation>
    </message>
    <message>
        <source>Another choice, or another day, may show more.</source>
        <translation>Eine andere Auswahl oder ein anderer Tag zeigt vielleicht mehr.</translation>
    </message>
    <message>
        <source>Reflections, wins and the notes of your rituals will gather here, newest first.</source>
        <translation>Reflexionen, Erfolge und die Notizen zu deinen Ritualen sammeln sich hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show everything</source>
        <extracomment>Button: clear all the filters of the journal.</extracomment>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Eine Reflexion schreiben</translation>
    </message>
    <message>
        <source>Choose an entry to read it</source>
        <translation>Wähl einen Eintrag, um ihn zu lesen</translation>
    </message>
    <message>
        <source>Look back at what happened, what you thought then, and the kinder readings you found.</source>
        <translation>Schau zurück auf das, was passiert ist, was du damals gedacht hast und welche freundlicheren Sichtweisen du gefunden hast.</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Button (verb): bring back the entry just deleted.</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Not searched</source>
        <extracomment>Shown in place of results when a search is beyond the limits; the text under it says which.</extracomment>
        <translation>Nicht gesucht</translation>
    </message>
</context>
<context>
    <name>JournalSearchRow</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <extracomment>Accessible name of a search result: %1 is the kind of record (e.g. &quot;Win&quot;), %2 its title (or name), %3 its date (or nothing), %4 the words around the match.</extracomment>
        <translation>%1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>JournalTimelineRow</name>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>Accessible name of a journal entry: %1 is its kind (e.g. &quot;Reflection&quot;), %2 its date, %3 its title or first words.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Today</source>
        <extracomment>Page name in the sidebar: the overview of the day (noun).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Reflect</source>
        <extracomment>Page name in the sidebar: working through a painful moment step by step (verb used as a name).</extracomment>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <source>Journal</source>
        <extracomment>Page name in the sidebar: all past reflections, wins and notes.</extracomment>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>Page name in the sidebar: the user&apos;s personal strengths (qualities) and wins.</extracomment>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Habits</source>
        <extracomment>Page name in the sidebar: small daily rituals the user keeps.</extracomment>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>Circles</source>
        <extracomment>Page name in the sidebar: the social circles (groups of people) the user belongs to.</extracomment>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Insights</source>
        <extracomment>Page name in the sidebar: charts and trends over time.</extracomment>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Page name in the sidebar.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <extracomment>The window title: the application&apos;s name.</extracomment>
        <translation>Mosaic</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Write it down as it comes. Nobody else reads this.</source>
        <translation>Schreib es auf, wie es kommt. Niemand sonst liest das.</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>The accessible name of the writing area: a journal entry (noun).</extracomment>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <extracomment>Tooltip of the bold button; keep the shortcut as it is.</extracomment>
        <translation>Fett (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <extracomment>Tooltip of the italic button; keep the shortcut as it is.</extracomment>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Toolbar button (noun): makes the selection a Markdown link.</extracomment>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <extracomment>Tooltip of the Link button; keep the shortcut as it is.</extracomment>
        <translation>Link (Ctrl+K)</translation>
    </message>
    <message>
        <source>Write</source>
        <extracomment>Toolbar toggle (verb): leaves the read view and goes back to writing.</extracomment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Toolbar toggle (verb): shows the text rendered, read-only.</extracomment>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Focus</source>
        <extracomment>Toolbar toggle: focus mode, only the text on screen (noun or verb, keep it short).</extracomment>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>%1, rendered</source>
        <extracomment>Accessible name of the read view. %1 is the writing area&apos;s name, e.g. &quot;Entry&quot;.</extracomment>
        <translation>%1, Leseansicht</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <extracomment>The word count under the editor.</extracomment>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to writing (Ctrl+Shift+R)</source>
        <extracomment>Tooltips of the Read/Write toggle; keep the shortcut as it is.</extracomment>
        <translation>Zurück zum Schreiben (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Read view: the text as it will look (Ctrl+Shift+R)</source>
        <translation>Leseansicht: der Text, wie er aussehen wird (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Focus mode: only the text (Ctrl+Shift+F, Esc to leave)</source>
        <extracomment>Tooltip of the Focus toggle; keep the shortcuts as they are.</extracomment>
        <translation>Fokusmodus: nur der Text (Ctrl+Shift+F, Esc zum Verlassen)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Button (verb): hides the message about what went wrong.</extracomment>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>Scroll the page</source>
        <extracomment>Accessible name of the scroll bar at the side of a page.</extracomment>
        <translation>Seite scrollen</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message>
        <source>Before</source>
        <extracomment>Legend of a chart: the rating before reframing the thought.</extracomment>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Legend of a chart: the rating after reframing the thought.</extracomment>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <extracomment>A month on the chart: %1 is the month, %2 the average rating (0 to 100) before reframing, %3 after.</extracomment>
        <translation>%1: vorher %2, nachher %3</translation>
    </message>
    <message>
        <source>%1: nothing rated</source>
        <extracomment>A month on the chart with no ratings; %1 is the month.</extracomment>
        <translation>%1: nicht eingeschätzt</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <extracomment>Dialog title; &quot;Edit&quot; is a verb.</extracomment>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Someone in your circles</source>
        <translation>Jemand aus deinen Kreisen</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the person.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the person&apos;s name.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name or a nickname</source>
        <translation>Ein Name oder Spitzname</translation>
    </message>
    <message>
        <source>What they bring</source>
        <extracomment>Field label: the kinds of support the person gives the user (e.g. practical help, fun).</extracomment>
        <translation>Was die Person dir gibt</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <extracomment>%1 is a kind of support a person gives, e.g. &quot;practical help&quot;.</extracomment>
        <translation>Unterstützung: %1</translation>
    </message>
    <message>
        <source>In which circle, and how close</source>
        <translation>In welchem Kreis, und wie nah</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>The social circle (group of people) to put the person in.</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Ring</source>
        <extracomment>How close the person is in the circle: inner, middle or outer ring.</extracomment>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Field label (noun): free notes about the person.</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What you value in them, what you could ask them…</source>
        <translation>Was du an der Person schätzt, worum du sie bitten könntest…</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Notizen zu dieser Person</translation>
    </message>
</context>
<context>
    <name>ReflectChipGroup</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a chip: %1 is what the chips are (&quot;Feeling&quot;, &quot;Person&quot;, &quot;Angle&quot;), %2 the chip&apos;s label.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReflectChoiceBox</name>
    <message>
        <source>“%1”</source>
        <extracomment>%1 is an example of how a thinking pattern sounds, in quotation marks (use your language&apos;s quotation marks).</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1  (your own)</source>
        <extracomment>A thinking pattern or factor the user added; %1 is its name.</extracomment>
        <translation>%1  (von dir)</translation>
    </message>
</context>
<context>
    <name>ReflectDistortionsStep</name>
    <message>
        <source>Is the thought bending things?</source>
        <translation>Verzerrt der Gedanke etwas?</translation>
    </message>
    <message>
        <source>A mind under stress takes shortcuts; everybody&apos;s does. Read through these and tick the ones that sound like your thought. None at all is a fine answer too.</source>
        <translation>Unter Stress nimmt der Kopf Abkürzungen – bei jedem Menschen. Lies dir diese hier durch und kreuz die an, die nach deinem Gedanken klingen. Auch gar keine ist eine gute Antwort.</translation>
    </message>
    <message>
        <source>A pattern of your own</source>
        <translation>Ein eigenes Muster</translation>
    </message>
    <message>
        <source>Noticed a habit of thought that is not in the list? Name it, and it will be here for next time too.</source>
        <translation>Dir ist eine Denkgewohnheit aufgefallen, die nicht in der Liste steht? Gib ihr einen Namen, dann ist sie auch beim nächsten Mal hier.</translation>
    </message>
    <message>
        <source>Its name, e.g. “Comparing myself”</source>
        <translation>Ihr Name, z. B. „Mich vergleichen“</translation>
    </message>
    <message>
        <source>The name of your own pattern</source>
        <translation>Der Name deines eigenen Musters</translation>
    </message>
    <message>
        <source>What it does, in a few words (optional)</source>
        <translation>Was es bewirkt, in wenigen Worten (optional)</translation>
    </message>
    <message>
        <source>What your own pattern does</source>
        <translation>Was dein eigenes Muster bewirkt</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): adds the user&apos;s own thinking pattern to the list.</extracomment>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReflectEmotionRating</name>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): removes a feeling from the reflection.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>Accessible name of the Remove button; %1 is a feeling, e.g. &quot;sad&quot;.</extracomment>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ReflectEvidenceStep</name>
    <message>
        <source>What do you actually know?</source>
        <translation>Was weißt du wirklich?</translation>
    </message>
    <message>
        <source>Look at the thought like a fair friend would. What supports it, and what doesn&apos;t quite fit? Facts on both sides, not feelings; both lists count.</source>
        <translation>Sieh dir den Gedanken an, wie es ein fairer Freund tun würde. Was spricht dafür, und was passt nicht ganz? Fakten auf beiden Seiten, keine Gefühle; beide Listen zählen.</translation>
    </message>
    <message>
        <source>What supports the thought</source>
        <translation>Was für den Gedanken spricht</translation>
    </message>
    <message>
        <source>What actually happened that points this way?</source>
        <translation>Was ist tatsächlich passiert, das in diese Richtung weist?</translation>
    </message>
    <message>
        <source>What doesn&apos;t fit it</source>
        <translation>Was dagegen spricht</translation>
    </message>
    <message>
        <source>What doesn&apos;t fit the thought</source>
        <translation>Was gegen den Gedanken spricht</translation>
    </message>
    <message>
        <source>Other times, other people, other explanations…</source>
        <translation>Andere Male, andere Menschen, andere Erklärungen…</translation>
    </message>
</context>
<context>
    <name>ReflectExitStep</name>
    <message>
        <source>Your way out</source>
        <translation>Dein Ausweg</translation>
    </message>
    <message>
        <source>Decide now how you can step out or pause if it gets too much: a sentence to say, a time to leave, someone to text. Knowing the exit makes it easier to stay.</source>
        <translation>Leg jetzt schon fest, wie du aussteigen oder eine Pause machen kannst, wenn es zu viel wird: ein Satz, den du sagen kannst, eine Uhrzeit zum Gehen, jemand, dem du schreiben kannst. Wer den Ausweg kennt, kann leichter bleiben.</translation>
    </message>
    <message>
        <source>If it gets too much, I can…</source>
        <translation>Wenn es zu viel wird, kann ich…</translation>
    </message>
</context>
<context>
    <name>ReflectFactorsStep</name>
    <message>
        <source>What else was going on?</source>
        <translation>Was war sonst noch los?</translation>
    </message>
    <message>
        <source>A lot shapes a moment that has nothing to do with your worth. Which of these might have played a part?</source>
        <translation>Vieles prägt einen Moment, das nichts mit deinem Wert zu tun hat. Was davon könnte eine Rolle gespielt haben?</translation>
    </message>
    <message>
        <source>Anything else worth noting</source>
        <translation>Was sonst noch wichtig ist</translation>
    </message>
    <message>
        <source>Optional: whatever does not fit anywhere else.</source>
        <translation>Optional: alles, was sonst nirgends hinpasst.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notizen…</translation>
    </message>
</context>
<context>
    <name>ReflectFeelingsStep</name>
    <message>
        <source>What are you feeling?</source>
        <translation>Was fühlst du?</translation>
    </message>
    <message>
        <source>Pick every feeling that is there, even the small or contradictory ones, then say how strong each is right now, from 0 (barely there) to 100 (as strong as it gets). Every feeling is allowed here.</source>
        <translation>Wähl jedes Gefühl, das da ist, auch die kleinen oder widersprüchlichen, und gib dann an, wie stark jedes gerade ist: von 0 (kaum spürbar) bis 100 (so stark wie nur möglich). Jedes Gefühl darf hier sein.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <extracomment>Noun: an emotion. Starts the accessible name of each feeling&apos;s chip (&quot;Feeling: sad&quot;).</extracomment>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Another feeling, in your own word</source>
        <translation>Ein weiteres Gefühl, in deinen Worten</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): adds a feeling named in the user&apos;s own word.</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>How strong, right now?</source>
        <translation>Wie stark, gerade jetzt?</translation>
    </message>
</context>
<context>
    <name>ReflectFinishedView</name>
    <message>
        <source>Nothing was written, and that is fine</source>
        <translation>Nichts aufgeschrieben – und das ist in Ordnung</translation>
    </message>
    <message>
        <source>Your plan is saved</source>
        <translation>Dein Plan ist gespeichert</translation>
    </message>
    <message>
        <source>Thank you for taking this time</source>
        <translation>Danke, dass du dir diese Zeit genommen hast</translation>
    </message>
    <message>
        <source>Sometimes a pause is all a moment needs. The flow is here whenever you want it.</source>
        <translation>Manchmal braucht ein Moment nur eine Pause. Die Reflexion ist hier, wann immer du sie möchtest.</translation>
    </message>
    <message>
        <source>Go and try it when the time comes, and use your way out if you need it. Afterwards, come back to write how it went; Today will remind you.</source>
        <translation>Probier es aus, wenn es so weit ist, und nutze deinen Ausweg, falls du ihn brauchst. Komm danach zurück und schreib auf, wie es gelaufen ist; „Heute“ erinnert dich daran.</translation>
    </message>
    <message>
        <source>Looking closely at a hard moment takes courage. Everything you wrote is in your journal, and you can come back to it at any time.</source>
        <translation>Einen schwierigen Moment genau anzuschauen, braucht Mut. Alles, was du geschrieben hast, steht in deinem Tagebuch, und du kannst jederzeit darauf zurückkommen.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A rating (0 to 100) before and after the reflection: %1 before, %2 after.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Read it in the journal</source>
        <translation>Im Tagebuch lesen</translation>
    </message>
    <message>
        <source>It already happened</source>
        <extracomment>Button: the planned challenge already took place; go on to write how it went.</extracomment>
        <translation>Es ist schon passiert</translation>
    </message>
    <message>
        <source>Go back into it</source>
        <translation>Noch einmal hineinschauen</translation>
    </message>
    <message>
        <source>Start another reflection</source>
        <translation>Eine weitere Reflexion beginnen</translation>
    </message>
</context>
<context>
    <name>ReflectHappenedStep</name>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Only the facts, the way a camera would have seen them: who said or did what, where and when. What it meant can wait for the next steps.</source>
        <translation>Nur die Fakten, so wie eine Kamera sie gesehen hätte: wer was gesagt oder getan hat, wo und wann. Was es bedeutet hat, kann bis zu den nächsten Schritten warten.</translation>
    </message>
    <message>
        <source>What happened, in plain facts</source>
        <translation>Was passiert ist, in nüchternen Fakten</translation>
    </message>
    <message>
        <source>For instance: “I asked Sam if I could come along on Saturday. Sam said the group was full.”</source>
        <translation>Zum Beispiel: „Ich habe Sam gefragt, ob ich am Samstag mitkommen kann. Sam hat gesagt, die Gruppe sei voll.“</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Who, what, where, when…</source>
        <translation>Wer, was, wo, wann…</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Field label: keywords (labels) to find a reflection again.</extracomment>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Optional, separated by commas, to find it again later.</source>
        <translation>Optional, durch Kommas getrennt, um es später wiederzufinden.</translation>
    </message>
</context>
<context>
    <name>ReflectHelpedStep</name>
    <message>
        <source>What helped?</source>
        <translation>Was hat geholfen?</translation>
    </message>
    <message>
        <source>What made it easier: something you said to yourself, someone who was there, the exit you had ready? Write it down for the next challenge.</source>
        <translation>Was hat es leichter gemacht: etwas, das du dir selbst gesagt hast, jemand, der da war, der Ausweg, den du bereit hattest? Schreib es für die nächste Herausforderung auf.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>It helped that…</source>
        <translation>Geholfen hat, dass…</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>About the challenge, about others, about yourself…</source>
        <translation>Über die Herausforderung, über andere, über dich selbst…</translation>
    </message>
</context>
<context>
    <name>ReflectLearnStep</name>
    <message>
        <source>What will you take from this?</source>
        <translation>Was nimmst du daraus mit?</translation>
    </message>
    <message>
        <source>Keep it small: one thing you learned, one thing you might do a little differently, someone who could offer another view, and one next step you can actually take.</source>
        <translation>Halte es klein: eine Sache, die du gelernt hast, eine Sache, die du beim nächsten Mal ein wenig anders machen könntest, jemand, der dir eine andere Sicht geben könnte, und ein nächster Schritt, den du wirklich gehen kannst.</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>About the situation, about them, about yourself…</source>
        <translation>Über die Situation, über die anderen, über dich selbst…</translation>
    </message>
    <message>
        <source>One small adjustment</source>
        <translation>Eine kleine Anpassung</translation>
    </message>
    <message>
        <source>Not a verdict on yourself: a small thing to try next time, if any.</source>
        <translation>Kein Urteil über dich: eine Kleinigkeit, die du beim nächsten Mal ausprobieren könntest, falls es eine gibt.</translation>
    </message>
    <message>
        <source>Next time I might…</source>
        <translation>Beim nächsten Mal könnte ich…</translation>
    </message>
    <message>
        <source>Whom could you ask for another view?</source>
        <translation>Wen könntest du nach einer anderen Sicht fragen?</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Starts the accessible name of each person&apos;s chip: ask this person for another view (verb, imperative).</extracomment>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>One small next step</source>
        <translation>Ein kleiner nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Message Alex about Sunday</source>
        <translation>z. B. Alex wegen Sonntag schreiben</translation>
    </message>
    <message>
        <source>By when, as a date</source>
        <translation>Bis wann, als Datum</translation>
    </message>
</context>
<context>
    <name>ReflectMomentFields</name>
    <message>
        <source>A few words to name it</source>
        <translation>Ein paar Worte, um ihn zu benennen</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Field label: when the moment happened (a date and time).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What kind of moment</source>
        <translation>Was für ein Moment</translation>
    </message>
    <message>
        <source>In which circle</source>
        <extracomment>Field label: in which of the user&apos;s social circles (groups of people) the moment happened.</extracomment>
        <translation>In welchem Kreis</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>%1: the day</source>
        <extracomment>Accessible name of the day of a moment; %1 is the field&apos;s label (e.g. &quot;When&quot;).</extracomment>
        <translation>%1: der Tag</translation>
    </message>
    <message>
        <source>%1: the time of day</source>
        <extracomment>Accessible name of the time of day of a moment; %1 is the field&apos;s label (e.g. &quot;When&quot;).</extracomment>
        <translation>%1: die Uhrzeit</translation>
    </message>
    <message>
        <source>That is not a time Mosaic can read. Write it like %1.</source>
        <extracomment>Under the time of a moment when the text typed is not a time; %1 is an example in the user&apos;s own format (e.g. &quot;6:30 PM&quot;).</extracomment>
        <translation>Diese Uhrzeit kann Mosaic nicht lesen. Schreib sie wie %1.</translation>
    </message>
</context>
<context>
    <name>ReflectOutcomeStep</name>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Whatever happened, you tried something hard, or you noticed what stopped you; both are worth writing down. What actually happened, and how anxious did you really feel?</source>
        <translation>Was auch immer passiert ist: Du hast etwas Schweres gewagt oder bemerkt, was dich aufgehalten hat – beides ist es wert, aufgeschrieben zu werden. Was ist tatsächlich passiert, und wie viel Angst hattest du wirklich?</translation>
    </message>
    <message>
        <source>You expected an anxiety of %1 out of 100.</source>
        <extracomment>%1 is the anxiety the user expected, from 0 to 100.</extracomment>
        <translation>Du hattest mit einer Angst von %1 von 100 gerechnet.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>In the end…</source>
        <translation>Am Ende…</translation>
    </message>
    <message>
        <source>How anxious did you actually feel?</source>
        <translation>Wie viel Angst hattest du tatsächlich?</translation>
    </message>
    <message>
        <source>calm</source>
        <extracomment>The low end of the anxiety scale (0).</extracomment>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>as anxious as it gets</source>
        <translation>so viel Angst wie nur möglich</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>A small challenge</source>
        <extracomment>Page title while planning an exposure: a small, planned social challenge.</extracomment>
        <translation>Eine kleine Herausforderung</translation>
    </message>
    <message>
        <source>Reflect</source>
        <extracomment>Page title: the guided reflection (same as the page&apos;s name in the sidebar).</extracomment>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <source>Step %1 of %2 · every step is optional, and everything is saved as you write</source>
        <extracomment>%1 is the number of the step shown, %2 how many steps there are.</extracomment>
        <translation>Schritt %1 von %2 · jeder Schritt ist freiwillig, und alles wird beim Schreiben gespeichert</translation>
    </message>
    <message>
        <source>Reflect on a moment instead</source>
        <translation>Stattdessen über einen Moment nachdenken</translation>
    </message>
    <message>
        <source>Plan a small challenge instead</source>
        <translation>Stattdessen eine kleine Herausforderung planen</translation>
    </message>
    <message>
        <source>New reflection</source>
        <extracomment>Button: start a new reflection (noun phrase).</extracomment>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <source>This one stays in your journal, ready to continue.</source>
        <translation>Diese bleibt in deinem Tagebuch und wartet darauf, fortgesetzt zu werden.</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button (verb): to the previous step of the reflection.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <extracomment>The keyboard shortcut of the Back button; translate the key name only if your keyboards label it differently.</extracomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ctrl+Enter to go on</source>
        <extracomment>Hint beside the buttons: the keyboard shortcut to go on to the next step.</extracomment>
        <translation>Weiter mit Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>It already happened</source>
        <extracomment>Button: the planned challenge already took place; go on to write how it went.</extracomment>
        <translation>Es ist schon passiert</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Button: finishes the reflection (adjective/verb: &quot;finished&quot;).</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: to the next step of the reflection.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish the reflection (Ctrl+Enter)</source>
        <translation>Reflexion abschließen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The next step (Ctrl+Enter or Alt+Right); you can leave this one empty</source>
        <translation>Zum nächsten Schritt (Ctrl+Enter oder Alt+Right); dieser darf leer bleiben</translation>
    </message>
</context>
<context>
    <name>ReflectPauseStep</name>
    <message>
        <source>Back to this moment</source>
        <translation>Zurück zu diesem Moment</translation>
    </message>
    <message>
        <source>Pause for a moment</source>
        <translation>Halte kurz inne</translation>
    </message>
    <message>
        <source>You can change anything you wrote, add what came to you since, or just read it again. Take a breath first.</source>
        <translation>Du kannst alles ändern, was du geschrieben hast, ergänzen, was dir seitdem eingefallen ist, oder es einfach noch einmal lesen. Atme zuerst einmal durch.</translation>
    </message>
    <message>
        <source>Something stung, and that is human. Before writing anything, breathe along with the circle: in while it grows, out while it shrinks. Three or four breaths are enough. There is no hurry here, and every step after this one is optional.</source>
        <translation>Etwas hat wehgetan, und das ist menschlich. Bevor du etwas schreibst, atme mit dem Kreis: ein, während er wächst, aus, während er schrumpft. Drei oder vier Atemzüge genügen. Hier gibt es keine Eile, und jeder Schritt nach diesem ist freiwillig.</translation>
    </message>
    <message>
        <source>and out…</source>
        <extracomment>Paces a breathing exercise, shown while the circle shrinks: now breathe out.</extracomment>
        <translation>und aus…</translation>
    </message>
    <message>
        <source>breathe in…</source>
        <extracomment>Paces a breathing exercise, shown while the circle grows.</extracomment>
        <translation>atme ein…</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button (verb): goes on to the next step of the reflection.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <extracomment>Button: ends the breathing pause and begins the reflection.</extracomment>
        <translation>Ich bin bereit</translation>
    </message>
</context>
<context>
    <name>ReflectPeoplePicker</name>
    <message>
        <source>Person</source>
        <extracomment>Starts the accessible name of each person&apos;s chip (&quot;Person: Alex&quot;).</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>The people you add on the Circles page can be picked here.</source>
        <extracomment>“Circles” is the name of a page: use the same translation as in the sidebar.</extracomment>
        <translation>Die Menschen, die du auf der Seite „Kreise“ hinzufügst, kannst du hier auswählen.</translation>
    </message>
</context>
<context>
    <name>ReflectPlanStep</name>
    <message>
        <source>Plan a small challenge</source>
        <translation>Plane eine kleine Herausforderung</translation>
    </message>
    <message>
        <source>Pick something a little uncomfortable but doable: asking to join, saying hello first, sharing an idea. Small is the point. Write what you will do, and when and where.</source>
        <translation>Such dir etwas aus, das ein wenig unangenehm, aber machbar ist: fragen, ob du mitmachen kannst, zuerst Hallo sagen, eine Idee teilen. Klein ist genau richtig. Schreib auf, was du tun wirst, und wann und wo.</translation>
    </message>
    <message>
        <source>The challenge, in a few words</source>
        <translation>Die Herausforderung in wenigen Worten</translation>
    </message>
    <message>
        <source>When you plan to do it</source>
        <translation>Wann du es vorhast</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>What exactly you will do, where, with whom…</source>
        <translation>Was genau du tun wirst, wo, mit wem…</translation>
    </message>
</context>
<context>
    <name>ReflectPredictionStep</name>
    <message>
        <source>What do you expect?</source>
        <translation>Was erwartest du?</translation>
    </message>
    <message>
        <source>Write down what you think will happen, honestly, even the worst guess. Later you can put it beside what really happened.</source>
        <translation>Schreib ehrlich auf, was deiner Meinung nach passieren wird, auch die schlimmste Vermutung. Später kannst du es neben das halten, was wirklich passiert ist.</translation>
    </message>
    <message>
        <source>What you expect to happen</source>
        <translation>Was du erwartest</translation>
    </message>
    <message>
        <source>I think that…</source>
        <translation>Ich glaube, dass…</translation>
    </message>
    <message>
        <source>How anxious do you expect to feel?</source>
        <translation>Wie viel Angst erwartest du?</translation>
    </message>
    <message>
        <source>calm</source>
        <extracomment>The low end of the anxiety scale (0).</extracomment>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>as anxious as it gets</source>
        <extracomment>The high end of the anxiety scale (100).</extracomment>
        <translation>so viel Angst wie nur möglich</translation>
    </message>
    <message>
        <source>When the plan feels right, save it. Today will remind you to come back and write how it went.</source>
        <translation>Wenn sich der Plan stimmig anfühlt, speichere ihn. „Heute“ erinnert dich daran, zurückzukommen und aufzuschreiben, wie es gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>ReflectRatingSlider</name>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of a rating scale, e.g. of a feeling&apos;s strength.</extracomment>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>as strong as it gets</source>
        <extracomment>The high end (100) of the rating scale of a feeling&apos;s strength.</extracomment>
        <translation>so stark wie nur möglich</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A rating (0 to 100) then and now: %1 is the earlier rating, %2 the new one.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(%1 lighter)</source>
        <extracomment>After rating again: %1 is how many points (of 100) lower the new rating is.</extracomment>
        <translation>(%1 leichter)</translation>
    </message>
    <message>
        <source>(%1 stronger)</source>
        <extracomment>After rating again: %1 is how many points (of 100) higher the new rating is.</extracomment>
        <translation>(%1 stärker)</translation>
    </message>
</context>
<context>
    <name>ReflectReframeCard</name>
    <message>
        <source>Reframe %1</source>
        <extracomment>Noun: a kinder, truer way to read what happened. %1 is its number (1, 2, 3…).</extracomment>
        <translation>Neue Sichtweise %1</translation>
    </message>
    <message>
        <source>Kind of reframe %1</source>
        <extracomment>%1 is the reframe&apos;s number (1, 2, 3…).</extracomment>
        <translation>Art der neuen Sichtweise %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): removes a reframe.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove reframe %1</source>
        <extracomment>%1 is the reframe&apos;s number (1, 2, 3…).</extracomment>
        <translation>Neue Sichtweise %1 entfernen</translation>
    </message>
    <message>
        <source>How believable does it feel?</source>
        <translation>Wie glaubwürdig fühlt sie sich an?</translation>
    </message>
    <message>
        <source>not yet</source>
        <extracomment>The low end (0) of how believable a reframe feels.</extracomment>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how believable a reframe feels.</extracomment>
        <translation>völlig</translation>
    </message>
</context>
<context>
    <name>ReflectReframesStep</name>
    <message>
        <source>Another way to see it</source>
        <translation>Eine andere Sicht darauf</translation>
    </message>
    <message>
        <source>Write one or more other readings of what happened that are kinder and at least as true. Say how believable each feels; it does not have to be 100 to help.</source>
        <translation>Schreib eine oder mehrere andere Deutungen dessen auf, was passiert ist – freundlicher und mindestens genauso wahr. Gib an, wie glaubwürdig sich jede anfühlt; sie muss nicht bei 100 liegen, um zu helfen.</translation>
    </message>
    <message>
        <source>Your first reframe</source>
        <extracomment>Reframe (noun): a kinder, truer way to read what happened.</extracomment>
        <translation>Deine erste neue Sichtweise</translation>
    </message>
    <message>
        <source>Another reframe</source>
        <extracomment>Reframe (noun): a kinder, truer way to read what happened.</extracomment>
        <translation>Eine weitere neue Sichtweise</translation>
    </message>
    <message>
        <source>Start from one of these angles, or any other.</source>
        <translation>Beginne mit einem dieser Blickwinkel oder einem ganz anderen.</translation>
    </message>
    <message>
        <source>Angle</source>
        <extracomment>Noun: a point of view to start a reframe from. Starts the accessible name of each chip (&quot;Angle: context&quot;).</extracomment>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>A new reframe</source>
        <translation>Eine neue Sichtweise</translation>
    </message>
    <message>
        <source>How believable does it feel?</source>
        <translation>Wie glaubwürdig fühlt sie sich an?</translation>
    </message>
    <message>
        <source>not yet</source>
        <extracomment>The low end (0) of how believable a reframe feels.</extracomment>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how believable a reframe feels.</extracomment>
        <translation>völlig</translation>
    </message>
    <message>
        <source>Keep this reframe</source>
        <extracomment>Button: saves the reframe just written (reframe: a kinder, truer way to read what happened).</extracomment>
        <translation>Diese Sichtweise behalten</translation>
    </message>
</context>
<context>
    <name>ReflectRerateStep</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>Rate your feelings again, as they are now. Whatever the numbers say, you took the time to look at this carefully, and that counts.</source>
        <translation>Schätze deine Gefühle noch einmal ein, so wie sie jetzt sind. Was auch immer die Zahlen sagen: Du hast dir die Zeit genommen, genau hinzuschauen, und das zählt.</translation>
    </message>
    <message>
        <source>Your feelings</source>
        <translation>Deine Gefühle</translation>
    </message>
    <message>
        <source>You did not name any feelings earlier. That is fine; you can still go back to “Feelings”.</source>
        <extracomment>“Feelings” is the name of an earlier step of the reflection: use the same translation as that step&apos;s name.</extracomment>
        <translation>Du hast vorhin keine Gefühle benannt. Das ist in Ordnung; du kannst immer noch zu „Gefühle“ zurückgehen.</translation>
    </message>
    <message>
        <source>The thought</source>
        <extracomment>Card heading: the automatic thought the user wrote down (and the name of that earlier step).</extracomment>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>How much do you believe “%1” now?</source>
        <extracomment>%1 is the automatic thought the user wrote down.</extracomment>
        <translation>Wie sehr glaubst du „%1“ jetzt?</translation>
    </message>
    <message>
        <source>How much do you believe the thought now?</source>
        <translation>Wie sehr glaubst du den Gedanken jetzt?</translation>
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of how much the user believes the thought.</extracomment>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how much the user believes the thought.</extracomment>
        <translation>völlig</translation>
    </message>
</context>
<context>
    <name>ReflectStepDot</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Accessible name of a step of the reflection: %1 is its number, %2 how many steps there are, %3 its name.</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ReflectTagsField</name>
    <message>
        <source>e.g. work, family</source>
        <translation>z. B. Arbeit, Familie</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Field name: keywords (labels) to find a reflection again.</extracomment>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ReflectThoughtCard</name>
    <message>
        <source>The thought you are looking at: %1</source>
        <extracomment>%1 is the automatic thought the user wrote down.</extracomment>
        <translation>Der Gedanke, den du dir ansiehst: %1</translation>
    </message>
    <message>
        <source>The thought you are looking at</source>
        <translation>Der Gedanke, den du dir ansiehst</translation>
    </message>
    <message>
        <source>Not written down yet — you can go back to “The thought” at any time.</source>
        <extracomment>“The thought” is the name of an earlier step of the reflection: use the same translation as that step&apos;s name.</extracomment>
        <translation>Noch nicht aufgeschrieben – du kannst jederzeit zu „Der Gedanke“ zurückgehen.</translation>
    </message>
</context>
<context>
    <name>ReflectThoughtStep</name>
    <message>
        <source>What went through your mind?</source>
        <translation>Was ging dir durch den Kopf?</translation>
    </message>
    <message>
        <source>Write the first thought that came, in your own words, however harsh or silly it sounds. Then, if you can, the belief underneath it: what the moment seemed to say about you.</source>
        <translation>Schreib den ersten Gedanken auf, der kam, in deinen eigenen Worten – egal wie hart oder albern er klingt. Dann, wenn du kannst, die Überzeugung darunter: was der Moment über dich zu sagen schien.</translation>
    </message>
    <message>
        <source>The thought</source>
        <extracomment>Field label and the name of this step: the automatic thought that came to mind.</extracomment>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>For instance: “They don&apos;t want me around.”</source>
        <translation>Zum Beispiel: „Die wollen mich nicht dabeihaben.“</translation>
    </message>
    <message>
        <source>The automatic thought</source>
        <translation>Der automatische Gedanke</translation>
    </message>
    <message>
        <source>The words that came to mind…</source>
        <translation>Die Worte, die dir in den Sinn kamen…</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>Die Überzeugung darunter</translation>
    </message>
    <message>
        <source>For instance: “I&apos;m not likeable.” It often starts with “I&apos;m…”.</source>
        <translation>Zum Beispiel: „Ich bin nicht liebenswert.“ Oft beginnt sie mit „Ich bin…“.</translation>
    </message>
    <message>
        <source>The belief underneath the thought</source>
        <translation>Die Überzeugung unter dem Gedanken</translation>
    </message>
    <message>
        <source>What it seemed to say about you…</source>
        <translation>Was es über dich zu sagen schien…</translation>
    </message>
    <message>
        <source>How much do you believe it right now?</source>
        <translation>Wie sehr glaubst du das gerade?</translation>
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of how much the user believes the thought.</extracomment>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how much the user believes the thought.</extracomment>
        <translation>völlig</translation>
    </message>
    <message>
        <source>Also true about you</source>
        <translation>Auch wahr über dich</translation>
    </message>
    <message>
        <source>A belief is not a fact. Here is what you have written about yourself on calmer days.</source>
        <translation>Eine Überzeugung ist keine Tatsache. Hier steht, was du an ruhigeren Tagen über dich geschrieben hast.</translation>
    </message>
    <message>
        <source>Your values: %1</source>
        <extracomment>%1 is the list of the user&apos;s personal values, e.g. &quot;kindness, honesty&quot;.</extracomment>
        <translation>Deine Werte: %1</translation>
    </message>
    <message>
        <source>Your strengths and your mission will show up here once you write them on the Strengths page.</source>
        <translation>Deine Stärken und dein Leitsatz erscheinen hier, sobald du sie auf der Seite „Stärken“ aufschreibst.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <extracomment>Noun, plural: the reminder settings.</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me of my rituals</source>
        <translation>An meine Rituale erinnern</translation>
    </message>
    <message>
        <source>Each ritual&apos;s reminders are set with the ritual, on the Habits page.</source>
        <translation>Die Erinnerungen für jedes Ritual stellst du beim Ritual selbst ein, auf der Seite „Gewohnheiten“.</translation>
    </message>
    <message>
        <source>Reminders are resting. Your rituals&apos; times stay as they are for when you switch them back on.</source>
        <translation>Die Erinnerungen ruhen. Die Uhrzeiten deiner Rituale bleiben erhalten, bis du sie wieder einschaltest.</translation>
    </message>
    <message>
        <source>Need some quiet?</source>
        <translation>Brauchst du etwas Ruhe?</translation>
    </message>
    <message>
        <source>Pause for an hour</source>
        <extracomment>Button (verb): hold all reminders for an hour.</extracomment>
        <translation>Eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <extracomment>Button (verb): hold all reminders until tomorrow.</extracomment>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume now</source>
        <extracomment>Button (verb): end the pause of the reminders.</extracomment>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Erinnerungen während der Ruhezeiten zurückhalten</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the start time of quiet hours: &quot;From [time] to [time]&quot;.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of quiet hours: &quot;From [time] to [time]&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>Nights with quiet hours</source>
        <translation>Nächte mit Ruhezeiten</translation>
    </message>
    <message>
        <source>Reminders that fall in quiet hours wait until they end. The days are the evenings quiet hours begin.</source>
        <translation>Erinnerungen, die in die Ruhezeiten fallen, warten, bis diese enden. Die Tage stehen für die Abende, an denen die Ruhezeiten beginnen.</translation>
    </message>
    <message>
        <source>In the background</source>
        <extracomment>Section heading: Mosaic running in the background (in the system tray).</extracomment>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>Keep Mosaic in the tray when the window closes</source>
        <translation>Mosaic im Infobereich behalten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Reminders can only reach you while Mosaic runs. With this on, closing the window leaves Mosaic&apos;s icon in the tray; quit from its menu.</source>
        <translation>Erinnerungen erreichen dich nur, solange Mosaic läuft. Ist dies eingeschaltet, bleibt beim Schließen des Fensters das Mosaic-Symbol im Infobereich; beenden kannst du es über sein Menü.</translation>
    </message>
    <message>
        <source>Start Mosaic when I log in</source>
        <translation>Mosaic bei der Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Export it to keep a copy or to move it elsewhere.</source>
        <translation>Dein Tagebuch bleibt auf diesem Computer. Exportiere es, um eine Kopie aufzubewahren oder es anderswohin mitzunehmen.</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Dein Tagebuch</translation>
    </message>
    <message>
        <source>Mosaic keeps everything in one file, journal.sqlite, in this folder. Keep it on a local disk: a synced or network folder can damage an open journal. Use export or backup for copies.</source>
        <translation>Mosaic speichert alles in einer Datei, journal.sqlite, in diesem Ordner. Bewahre ihn auf einem lokalen Laufwerk auf: Ein synchronisierter oder Netzwerkordner kann ein geöffnetes Tagebuch beschädigen. Für Kopien nutze den Export oder eine Sicherung.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open folder</source>
        <extracomment>Button (verb): open the data folder in the file manager.</extracomment>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportieren und Importieren</translation>
    </message>
    <message>
        <source>Exports follow Mosaic&apos;s interchange format (JSON), which any copy of Mosaic can import and merge; Markdown is for reading. An import checks the whole file first and changes nothing when something is wrong.</source>
        <translation>Exporte folgen dem Austauschformat von Mosaic (JSON), das jede Mosaic-Installation importieren und zusammenführen kann; Markdown ist zum Lesen gedacht. Ein Import prüft zuerst die ganze Datei und ändert nichts, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Sicherung speichern…</translation>
    </message>
    <message>
        <source>Import a journal file…</source>
        <translation>Tagebuchdatei importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Button (verb): import the file that was just checked.</extracomment>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): do not import the file.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <extracomment>Card heading (noun, plural): the reminders of rituals.</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Label (noun): the colour theme of the window.</extracomment>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme: light colours.</extracomment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme: dark colours.</extracomment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <extracomment>%1 is a colour theme, e.g. &quot;Dark&quot;.</extracomment>
        <translation>Design: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Mosaic starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Mosaic.</translation>
    </message>
    <message>
        <source>About Mosaic</source>
        <translation>Über Mosaic</translation>
    </message>
    <message>
        <source>Mosaic %1 — a journal for taking rejection less hard and growing from it.</source>
        <extracomment>%1 is the version of Mosaic, e.g. 1.2.0.</extracomment>
        <translation>Mosaic %1 – ein Tagebuch, um Zurückweisung weniger schwer zu nehmen und daran zu wachsen.</translation>
    </message>
    <message>
        <source>Markdown highlighting: %1. Settings are kept in %2.</source>
        <extracomment>%1 is the name of the engine that highlights Markdown (e.g. &quot;KSyntaxHighlighting&quot;), %2 the settings file&apos;s path.</extracomment>
        <translation>Markdown-Hervorhebung: %1. Einstellungen werden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation>Tagebuch als JSON exportieren</translation>
    </message>
    <message>
        <source>Mosaic journal (*.json)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.json)&quot; as it is.</extracomment>
        <translation>Mosaic-Tagebuch (*.json)</translation>
    </message>
    <message>
        <source>Export the journal as Markdown</source>
        <translation>Tagebuch als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.md)&quot; as it is.</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save a backup of the journal</source>
        <translation>Sicherung des Tagebuchs speichern</translation>
    </message>
    <message>
        <source>Mosaic journal backup (*.sqlite)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.sqlite)&quot; as it is.</extracomment>
        <translation>Mosaic-Tagebuchsicherung (*.sqlite)</translation>
    </message>
    <message>
        <source>Import a journal file</source>
        <translation>Tagebuchdatei importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>In the file dialog; keep &quot;(*)&quot; as it is.</extracomment>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Motion</source>
        <extracomment>Label (noun): how much moves on screen.</extracomment>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <extracomment>A setting: less animation (the breathing guide of Reflect keeps its size).</extracomment>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>The breathing guide paces your breath without growing and shrinking.</source>
        <translation>Die Atemhilfe gibt dir den Rhythmus für deinen Atem vor, ohne größer und kleiner zu werden.</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Card heading (noun, plural): the automatic copies of the journal.</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Once a day, when the journal changed, Mosaic keeps a checked copy in the backups folder of the data folder: the last 7 days, 4 weeks and 12 months, within 2 GB.</source>
        <translation>Einmal am Tag, wenn sich das Tagebuch geändert hat, legt Mosaic eine geprüfte Kopie im Ordner backups des Datenordners ab: für die letzten 7 Tage, 4 Wochen und 12 Monate, bis zu 2 GB.</translation>
    </message>
    <message>
        <source>No backups yet. The first is made a little while after you write something.</source>
        <translation>Noch keine Sicherungen. Die erste entsteht kurz nachdem du etwas geschrieben hast.</translation>
    </message>
    <message>
        <source>%1 (kept before a restore)</source>
        <extracomment>A backup in the list: %1 is when the journal was kept, just before a restore replaced it.</extracomment>
        <translation>%1 (vor einer Wiederherstellung aufbewahrt)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Button (verb): put this backup in place of the journal.</extracomment>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <extracomment>%1 is the backup&apos;s date.</extracomment>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <extracomment>Button (verb): make a backup of the journal now.</extracomment>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Check the journal</source>
        <extracomment>Button (verb): check the journal for damage.</extracomment>
        <translation>Tagebuch prüfen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <extracomment>Title of the dialog that confirms restoring a backup.</extracomment>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The journal will be as it was on %1. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <extracomment>%1 is the backup&apos;s date.</extracomment>
        <translation>Das Tagebuch wird so sein, wie es am %1 war. Das Tagebuch, wie es jetzt ist, wird vorher als Sicherung aufbewahrt, sodass du zu ihm zurückkehren kannst.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button (verb): put the chosen backup back in place of the journal.</extracomment>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Mosaic</source>
        <extracomment>The application&apos;s name, above the pages.</extracomment>
        <translation>Mosaic</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <extracomment>The keyboard shortcut of a page; %1 is the page&apos;s number (1 to 8).</extracomment>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <source>Strengths</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar: the user&apos;s personal strengths (qualities), not a score.</extracomment>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>What you do well, and the wins that show it. Worth that does not hang on anyone&apos;s approval.</source>
        <extracomment>A win is something that went well (a success, not a game).</extracomment>
        <translation>Was du gut kannst, und die Erfolge, die es zeigen. Ein Selbstwert, der nicht von der Zustimmung anderer abhängt.</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <extracomment>Card heading: personal strengths, qualities the user has.</extracomment>
        <translation>Deine Stärken</translation>
    </message>
    <message>
        <source>Choose one to see the wins that show it.</source>
        <translation>Wähl eine aus, um die Erfolge zu sehen, die sie zeigen.</translation>
    </message>
    <message>
        <source>Name one thing you do well</source>
        <translation>Nenne eine Sache, die du gut kannst</translation>
    </message>
    <message>
        <source>Patience, explaining things, showing up for friends — a strength can be small and still true. Wins you log can then be linked to it.</source>
        <translation>Geduld, Dinge erklären, für Freunde da sein – eine Stärke darf klein sein und trotzdem wahr. Erfolge, die du festhältst, kannst du dann mit ihr verknüpfen.</translation>
    </message>
    <message>
        <source>%1, showing its wins</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;); its wins are shown.</extracomment>
        <translation>%1, mit ihren Erfolgen</translation>
    </message>
    <message>
        <source>Show the wins of %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;).</extracomment>
        <translation>Erfolge zu %1 anzeigen</translation>
    </message>
    <message>
        <source>no wins yet</source>
        <extracomment>Beside a strength that no win is linked to yet.</extracomment>
        <translation>noch keine Erfolge</translation>
    </message>
    <message>
        <source>More for %1</source>
        <extracomment>Accessible name of the menu button of a strength; %1 is the strength&apos;s name.</extracomment>
        <translation>Mehr zu %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Menu item (verb): edit this strength.</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Menu item (verb): bring a strength that was put away (archived) back.</extracomment>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Put away</source>
        <extracomment>Menu item (verb): put the strength away (archive it).</extracomment>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Menu item (verb): delete this strength.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Name der Stärke</translation>
    </message>
    <message>
        <source>What it looks like when you use it (optional)</source>
        <translation>Wie es aussieht, wenn du sie einsetzt (optional)</translation>
    </message>
    <message>
        <source>Description of the strength</source>
        <translation>Beschreibung der Stärke</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the edited strength.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): stop editing without saving.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Something you do well, e.g. Patience</source>
        <translation>Etwas, das du gut kannst, z. B. Geduld</translation>
    </message>
    <message>
        <source>Name another strength</source>
        <translation>Nenne eine weitere Stärke</translation>
    </message>
    <message>
        <source>New strength</source>
        <extracomment>Field name: a new personal strength (a quality the user has).</extracomment>
        <translation>Neue Stärke</translation>
    </message>
    <message>
        <source>Add strength</source>
        <extracomment>Button: add a personal strength (a quality the user has).</extracomment>
        <translation>Stärke hinzufügen</translation>
    </message>
    <message>
        <source>Show put away (%1)</source>
        <extracomment>Check box: also show the strengths that were put away (archived); %1 is how many there are.</extracomment>
        <translation>Beiseitegelegte anzeigen (%1)</translation>
    </message>
    <message>
        <source>Wins that show %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;); wins are successes that show it.</extracomment>
        <translation>Erfolge, die %1 zeigen</translation>
    </message>
    <message>
        <source>Recent wins</source>
        <extracomment>Wins: things that went well (successes, not games).</extracomment>
        <translation>Letzte Erfolge</translation>
    </message>
    <message>
        <source>Show all wins</source>
        <translation>Alle Erfolge anzeigen</translation>
    </message>
    <message>
        <source>No wins linked yet</source>
        <translation>Noch keine Erfolge verknüpft</translation>
    </message>
    <message>
        <source>Your wins will gather here</source>
        <translation>Hier sammeln sich deine Erfolge</translation>
    </message>
    <message>
        <source>When you add a win, choose this strength to link it.</source>
        <translation>Wenn du einen Erfolg hinzufügst, wähl diese Stärke, um ihn damit zu verknüpfen.</translation>
    </message>
    <message>
        <source>A kind word you gave, a hard message you sent, a step you took. Add one above; small counts.</source>
        <translation>Ein freundliches Wort, das du gesagt hast, eine schwierige Nachricht, die du geschickt hast, ein Schritt, den du gegangen bist. Füg oben einen hinzu; auch Kleines zählt.</translation>
    </message>
    <message>
        <source>Remove this win</source>
        <translation>Diesen Erfolg entfernen</translation>
    </message>
    <message>
        <source>Show more wins</source>
        <translation>Weitere Erfolge anzeigen</translation>
    </message>
    <message>
        <source>Mission</source>
        <extracomment>Card heading: the user&apos;s personal mission statement.</extracomment>
        <translation>Leitsatz</translation>
    </message>
    <message>
        <source>Who you want to be, in a few sentences of your own. It is shown again when a reflection reaches the hard belief.</source>
        <translation>Wer du sein willst, in ein paar eigenen Sätzen. Er wird wieder angezeigt, wenn eine Reflexion bei der schwierigen Überzeugung ankommt.</translation>
    </message>
    <message>
        <source>Values</source>
        <extracomment>Card heading: the user&apos;s personal values (what matters most to them).</extracomment>
        <translation>Werte</translation>
    </message>
    <message>
        <source>A few words for what matters most to you: kindness, curiosity, courage…</source>
        <translation>Ein paar Worte für das, was dir am wichtigsten ist: Freundlichkeit, Neugier, Mut…</translation>
    </message>
    <message>
        <source>Click a value to rename it.</source>
        <translation>Klick auf einen Wert, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>%1 (put away)</source>
        <extracomment>A strength that was put away (archived); %1 is its name.</extracomment>
        <translation>%1 (beiseitegelegt)</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <extracomment>Beside a strength: how many wins (successes) are linked to it.
----------
How many wins (successes) there are in all.</extracomment>
        <translation>
            <numerusform>%n Erfolg</numerusform>
            <numerusform>%n Erfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <extracomment>Above a win: %1 is its date, %2 its kind (e.g. &quot;Courage&quot;).</extracomment>
        <translation>%1  ·  %2</translation>
    </message>
</context>
<context>
    <name>TodayMemoryRow</name>
    <message>
        <source>A win</source>
        <extracomment>Heading of a memory from an earlier year: a win the user noted (a success, not a game).</extracomment>
        <translation>Ein Erfolg</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <extracomment>Heading of a memory from an earlier year: a note on a ritual; %1 is the ritual&apos;s name.</extracomment>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Read again</source>
        <extracomment>Button: opens something written in an earlier year again.</extracomment>
        <translation>Nochmal lesen</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <extracomment>Accessible name of the button; %1 is the heading or the text of the memory.</extracomment>
        <translation>Nochmal lesen: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Something happened</source>
        <extracomment>The main button: something hurtful happened and the user wants to reflect on it.</extracomment>
        <translation>Etwas ist passiert</translation>
    </message>
    <message>
        <source>Something happened: start a reflection</source>
        <translation>Etwas ist passiert: eine Reflexion beginnen</translation>
    </message>
    <message>
        <source>Welcome. This is your day at a glance.</source>
        <translation>Willkommen. Hier siehst du deinen Tag auf einen Blick.</translation>
    </message>
    <message>
        <source>Here you will find the small rituals you keep, the next steps you chose after a hard moment, and a reminder of what you are good at. When something stings, “Something happened” walks you through it gently. Begin wherever it feels right.</source>
        <translation>Hier findest du die kleinen Rituale, die du pflegst, die nächsten Schritte, die du dir nach einem schwierigen Moment vorgenommen hast, und eine Erinnerung daran, was du gut kannst. Wenn etwas wehtut, begleitet dich „Etwas ist passiert“ behutsam hindurch. Fang einfach da an, wo es sich richtig anfühlt.</translation>
    </message>
    <message>
        <source>Set up a first ritual</source>
        <translation>Ein erstes Ritual einrichten</translation>
    </message>
    <message>
        <source>Name a strength of yours</source>
        <translation>Eine deiner Stärken benennen</translation>
    </message>
    <message>
        <source>Continue your reflection</source>
        <translation>Deine Reflexion fortsetzen</translation>
    </message>
    <message>
        <source>What you wrote is kept. Pick it up whenever you are ready.</source>
        <translation>Was du geschrieben hast, bleibt erhalten. Mach weiter, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button (verb): continue a reflection left half-way.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue the reflection “%1”</source>
        <extracomment>Accessible name of the Continue button; %1 is the reflection&apos;s title.</extracomment>
        <translation>Die Reflexion „%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Today’s rituals</source>
        <extracomment>Heading. A ritual is a small daily habit the user keeps.</extracomment>
        <translation>Heutige Rituale</translation>
    </message>
    <message>
        <source>Small things, done kindly. Click the circle when one is done.</source>
        <translation>Kleine Dinge, liebevoll getan. Klick auf den Kreis, wenn eins erledigt ist.</translation>
    </message>
    <message>
        <source>No rituals yet</source>
        <translation>Noch keine Rituale</translation>
    </message>
    <message>
        <source>A ritual is something small you repeat to remind yourself of your worth: naming a strength in the morning, three good things at night, a message to someone you like. Today lists the ones due.</source>
        <translation>Ein Ritual ist etwas Kleines, das du wiederholst, um dich an deinen Wert zu erinnern: morgens eine Stärke benennen, abends drei gute Dinge aufschreiben, jemandem schreiben, den du magst. Unter „Heute“ stehen die, die gerade fällig sind.</translation>
    </message>
    <message>
        <source>Set up a ritual</source>
        <translation>Ein Ritual einrichten</translation>
    </message>
    <message>
        <source>Nothing is due today. A day of rest is part of the rhythm.</source>
        <translation>Heute ist nichts fällig. Ein Ruhetag gehört zum Rhythmus dazu.</translation>
    </message>
    <message>
        <source>Today’s note on %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>Heutige Notiz zu %1</translation>
    </message>
    <message>
        <source>A few words about today, if you like.</source>
        <translation>Ein paar Worte zu heute, wenn du magst.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>You planned a small challenge. Whatever happened, noting it helps the next one.</source>
        <translation>Du hattest dir eine kleine Herausforderung vorgenommen. Was auch immer passiert ist: Es festzuhalten hilft beim nächsten Mal.</translation>
    </message>
    <message>
        <source>Tell how it went</source>
        <extracomment>Button: tell how a planned challenge went.</extracomment>
        <translation>Erzählen, wie es lief</translation>
    </message>
    <message>
        <source>Tell how “%1” went</source>
        <extracomment>Accessible name of the button; %1 is the planned challenge.</extracomment>
        <translation>Erzählen, wie „%1“ lief</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Deine nächsten Schritte</translation>
    </message>
    <message>
        <source>One small step at a time. Tick one off when it is done.</source>
        <translation>Ein kleiner Schritt nach dem anderen. Hak einen ab, wenn er erledigt ist.</translation>
    </message>
    <message>
        <source>No open steps. A reflection ends with one small next step; it waits here until you take it.</source>
        <translation>Keine offenen Schritte. Eine Reflexion endet mit einem kleinen nächsten Schritt; er wartet hier, bis du ihn gehst.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more in your journal.</source>
        <extracomment>Under the list of open next steps; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>Und %n weiterer in deinem Tagebuch.</numerusform>
            <numerusform>Und %n weitere in deinem Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember</source>
        <extracomment>Card heading (imperative): keep in mind one of your strengths or your mission.</extracomment>
        <translation>Denk daran</translation>
    </message>
    <message>
        <source>Your mission</source>
        <extracomment>The user&apos;s personal mission statement.</extracomment>
        <translation>Dein Leitsatz</translation>
    </message>
    <message>
        <source>One of your strengths. Where could it help you today?</source>
        <extracomment>Strength: a personal quality the user is good at.</extracomment>
        <translation>Eine deiner Stärken. Wo könnte sie dir heute helfen?</translation>
    </message>
    <message>
        <source>Name your strengths or write your mission, and Today will hold one of them up for you each day.</source>
        <translation>Benenne deine Stärken oder schreib deinen Leitsatz auf, dann zeigt dir „Heute“ jeden Tag etwas davon.</translation>
    </message>
    <message>
        <source>Name a strength</source>
        <translation>Eine Stärke benennen</translation>
    </message>
    <message>
        <source>See all your strengths</source>
        <translation>Alle deine Stärken ansehen</translation>
    </message>
    <message>
        <source>On this day</source>
        <extracomment>Card heading: what was written on this calendar day in earlier years.</extracomment>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>Once your journal is older than a year, what you wrote on this day comes back here.</source>
        <translation>Sobald dein Tagebuch älter als ein Jahr ist, kehrt hier zurück, was du an diesem Tag geschrieben hast.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more from this day.</source>
        <extracomment>Under the memories of this day in earlier years; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>Und %n weiterer Eintrag von diesem Tag.</numerusform>
            <numerusform>Und %n weitere Einträge von diesem Tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayRitualRow</name>
    <message>
        <source>%1: done today. Take it back</source>
        <extracomment>Accessible name of a ritual&apos;s ticked check; %1 is the ritual&apos;s name.</extracomment>
        <translation>%1: heute erledigt. Rückgängig machen</translation>
    </message>
    <message>
        <source>Check off %1 for today</source>
        <extracomment>Accessible name of a ritual&apos;s check; %1 is the ritual&apos;s name.</extracomment>
        <translation>%1 für heute abhaken</translation>
    </message>
    <message>
        <source>Resting today — that is part of the rhythm too.</source>
        <extracomment>The ritual was skipped (paused) for today on purpose.</extracomment>
        <translation>Heute ist Pause – auch das gehört zum Rhythmus.</translation>
    </message>
    <message>
        <source>How many %1 for %2</source>
        <extracomment>Accessible name of the count field; %1 is the unit (e.g. &quot;glasses&quot;), %2 the ritual&apos;s name.</extracomment>
        <translation>Wie viele %1 für %2</translation>
    </message>
    <message>
        <source>How many for %1</source>
        <extracomment>Accessible name of the count field; %1 is the ritual&apos;s name.</extracomment>
        <translation>Wie viele für %1</translation>
    </message>
    <message>
        <source>Close note</source>
        <extracomment>Button (verb): closes the editor of today&apos;s note.</extracomment>
        <translation>Notiz schließen</translation>
    </message>
    <message>
        <source>Read your note</source>
        <translation>Deine Notiz lesen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Close the note on %1</source>
        <extracomment>%1 is the ritual&apos;s name.</extracomment>
        <translation>Notiz zu %1 schließen</translation>
    </message>
    <message>
        <source>Write a note on %1</source>
        <extracomment>%1 is the ritual&apos;s name.</extracomment>
        <translation>Notiz zu %1 schreiben</translation>
    </message>
</context>
<context>
    <name>TodayStepRow</name>
    <message>
        <source>Mark done: %1</source>
        <extracomment>Accessible name of a next step&apos;s check box; %1 is the step.</extracomment>
        <translation>Als erledigt markieren: %1</translation>
    </message>
    <message>
        <source>%1 · from “%2”</source>
        <extracomment>Under a next step: %1 is when it is due (e.g. &quot;tomorrow&quot;), %2 the reflection it came from.</extracomment>
        <translation>%1 · aus „%2“</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>Under a next step: %1 is the title of the reflection it came from.</extracomment>
        <translation>Aus „%1“</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button (verb): opens the reflection this step came from.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the reflection “%1”</source>
        <extracomment>Accessible name of the Open button; %1 is the reflection&apos;s title.</extracomment>
        <translation>Die Reflexion „%1“ öffnen</translation>
    </message>
</context>
<context>
    <name>ValueChips</name>
    <message>
        <source>Rename %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>Neuer Name für %1</translation>
    </message>
    <message>
        <source>A value that matters to you, e.g. Honesty</source>
        <translation>Ein Wert, der dir wichtig ist, z. B. Ehrlichkeit</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Add value</source>
        <extracomment>Button: add a personal value (what matters to the user).</extracomment>
        <translation>Wert hinzufügen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mosaic</source>
        <translation>Willkommen bei Mosaic</translation>
    </message>
    <message>
        <source>A private journal for the moments when rejection stings. Reflect on what happened, test the thoughts it brings, keep a record of your strengths and wins, practise small daily rituals, and see the many circles where you belong.</source>
        <translation>Ein privates Tagebuch für die Momente, in denen Zurückweisung wehtut. Denk in Ruhe darüber nach, was passiert ist, prüfe die Gedanken, die es auslöst, halte deine Stärken und Erfolge fest, übe kleine tägliche Rituale und entdecke die vielen Kreise, zu denen du gehörst.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in %1.</source>
        <extracomment>%1 is the folder where the journal is kept, e.g. /home/ana/.local/share/Mosaic.</extracomment>
        <translation>Alles bleibt auf diesem Computer, in %1.</translation>
    </message>
    <message>
        <source>Look around an example journal</source>
        <translation>Ein Beispiel-Tagebuch ansehen</translation>
    </message>
    <message>
        <source>Start my own</source>
        <extracomment>Button: start with an empty journal of one&apos;s own (instead of the example journal).</extracomment>
        <translation>Mein eigenes beginnen</translation>
    </message>
</context>
<context>
    <name>WinComposer</name>
    <message>
        <source>Add a win</source>
        <extracomment>A win is something that went well (a success, not a game).</extracomment>
        <translation>Einen Erfolg festhalten</translation>
    </message>
    <message>
        <source>Anything that went well, however small: evidence of what you can do.</source>
        <translation>Alles, was gut lief, egal wie klein: ein Beleg dafür, was du kannst.</translation>
    </message>
    <message>
        <source>What went well?</source>
        <translation>Was lief gut?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Label of the date field of a new win.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Label of the list of kinds of win (e.g. courage, kindness).</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of win</source>
        <translation>Art des Erfolgs</translation>
    </message>
    <message>
        <source>Add win</source>
        <extracomment>Button: add the win (a success) just written.</extracomment>
        <translation>Erfolg hinzufügen</translation>
    </message>
    <message>
        <source>Strengths it shows</source>
        <extracomment>The user&apos;s personal strengths that this win shows.</extracomment>
        <translation>Stärken, die er zeigt</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;) to link the win to.</extracomment>
        <translation>Mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>Day of the win</source>
        <translation>Tag des Erfolgs</translation>
    </message>
</context>
<context>
    <name>mosaic::Autostart</name>
    <message>
        <source>The folder %1 could not be created, so Mosaic cannot start at login.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden, deshalb kann Mosaic nicht bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>%1 could not be written, so Mosaic cannot start at login.</source>
        <translation>%1 konnte nicht geschrieben werden, deshalb kann Mosaic nicht bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>%1 could not be removed; delete it to stop Mosaic from starting at login.</source>
        <translation>%1 konnte nicht entfernt werden; lösch die Datei, damit Mosaic nicht mehr bei der Anmeldung startet.</translation>
    </message>
</context>
<context>
    <name>mosaic::AwayModel</name>
    <message>
        <source>That is after this reminder&apos;s next time, so it will simply come then.</source>
        <translation>Das liegt nach dem nächsten Termin dieser Erinnerung, sie kommt also einfach dann.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example %1.</source>
        <extracomment>%1 is an evening time as the user&apos;s language writes it (e.g. &quot;6:30 PM&quot; or &quot;18:30&quot;).</extracomment>
        <translation>Schreib die Uhrzeit als Stunden und Minuten, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>mosaic::BackupsModel</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>When a copy of the journal was kept before a restore: %1 is the date, %2 the time.</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>That backup is no longer there.</source>
        <translation>Diese Sicherung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The journal is back as it was on %1. The journal as it was before is kept as a backup (%2).</source>
        <extracomment>After a restore: %1 is the backup&apos;s date, %2 the file keeping the journal as it was before.</extracomment>
        <translation>Das Tagebuch ist wieder so, wie es am %1 war. Das Tagebuch, wie es vorher war, ist als Sicherung aufbewahrt (%2).</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Saved a checked backup in %1.</source>
        <translation>Geprüfte Sicherung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The journal passed every check.</source>
        <translation>Das Tagebuch hat jede Prüfung bestanden.</translation>
    </message>
    <message>
        <source>A check of the journal failed (%1). Nothing was changed. Restore a backup below: the journal as it is now is kept as a backup first.</source>
        <extracomment>%1 names the checks that failed (integrity, foreign-keys, search-index, orphans), as `mosaic check` names them.</extracomment>
        <translation>Eine Prüfung des Tagebuchs ist fehlgeschlagen (%1). Es wurde nichts geändert. Stell unten eine Sicherung wieder her: Das Tagebuch, wie es jetzt ist, wird vorher als Sicherung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>mosaic::BalanceInsights</name>
    <message>
        <source>Your belonging now rests on about %1 circles, up from %2; the largest carries %3% of it.</source>
        <translation>Deine Zugehörigkeit ruht jetzt auf etwa %1 Kreisen – mehr als vorher (%2); der größte trägt %3&#xa0;% davon.</translation>
    </message>
    <message>
        <source>Your belonging now rests on about %1 circles, down from %2; the largest carries %3% of it.</source>
        <translation>Deine Zugehörigkeit ruht jetzt auf etwa %1 Kreisen – weniger als vorher (%2); der größte trägt %3&#xa0;% davon.</translation>
    </message>
    <message>
        <source>Your belonging rests on about %1 circles; the largest carries %2% of it.</source>
        <translation>Deine Zugehörigkeit ruht auf etwa %1 Kreisen; der größte trägt %2&#xa0;% davon.</translation>
    </message>
</context>
<context>
    <name>mosaic::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n Eintrag</numerusform>
            <numerusform>%1, %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::CalendarQueries</name>
    <message>
        <source>Reading the journal&apos;s calendar</source>
        <translation>Das Lesen des Kalenders</translation>
    </message>
</context>
<context>
    <name>mosaic::CheckInRecording</name>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Dieses Ritual ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>The number for “%1” can be zero or more.</source>
        <translation>Die Zahl für „%1“ kann null oder mehr sein.</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleActions</name>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Ein kürzerer Name passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A shorter text works better here: at most %1 characters.</source>
        <translation>Ein kürzerer Text passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>How it felt goes from -2 (hard) to 2 (warm).</source>
        <translation>Wie es sich angefühlt hat, reicht von -2 (schwer) bis 2 (herzlich).</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleDeletion</name>
    <message>
        <source>This circle is no longer in the journal.</source>
        <translation>Dieser Kreis ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Diese Person ist nicht mehr im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleStore</name>
    <message>
        <source>Saving the circle</source>
        <translation>Das Speichern des Kreises</translation>
    </message>
    <message>
        <source>Saving the circles</source>
        <translation>Das Speichern der Kreise</translation>
    </message>
    <message>
        <source>Reading the circle</source>
        <translation>Das Lesen des Kreises</translation>
    </message>
    <message>
        <source>Reading the circles</source>
        <translation>Das Lesen der Kreise</translation>
    </message>
    <message>
        <source>Deleting the circle</source>
        <translation>Das Löschen des Kreises</translation>
    </message>
    <message>
        <source>Saving the person</source>
        <translation>Das Speichern der Person</translation>
    </message>
    <message>
        <source>Saving the people</source>
        <translation>Das Speichern der Personen</translation>
    </message>
    <message>
        <source>Reading the person</source>
        <translation>Das Lesen der Person</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>Das Lesen der Personen</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>Das Löschen der Person</translation>
    </message>
    <message>
        <source>Saving the membership</source>
        <translation>Das Speichern des Platzes im Kreis</translation>
    </message>
    <message>
        <source>Saving the memberships</source>
        <translation>Das Speichern der Plätze in den Kreisen</translation>
    </message>
    <message>
        <source>Reading the membership</source>
        <translation>Das Lesen des Platzes im Kreis</translation>
    </message>
    <message>
        <source>Reading the memberships</source>
        <translation>Das Lesen der Plätze in den Kreisen</translation>
    </message>
    <message>
        <source>Removing the person from the circle</source>
        <translation>Das Herausnehmen der Person aus dem Kreis</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>Das Speichern des Kontakts</translation>
    </message>
    <message>
        <source>Saving the contacts</source>
        <translation>Das Speichern der Kontakte</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>Das Lesen des Kontakts</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Das Lesen der Kontakte</translation>
    </message>
    <message>
        <source>Deleting the contact</source>
        <translation>Das Löschen des Kontakts</translation>
    </message>
</context>
<context>
    <name>mosaic::CirclesModel</name>
    <message numerus="yes">
        <source>You are in the centre. %n circle(s) around you</source>
        <translation>
            <numerusform>Du bist in der Mitte. %n Kreis um dich herum</numerusform>
            <numerusform>Du bist in der Mitte. %n Kreise um dich herum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 of your ties, no one yet</source>
        <translation>%1, %2 deiner Verbindungen, noch niemand darin</translation>
    </message>
    <message>
        <source>%1, %2 of your ties; %3</source>
        <translation>%1, %2 deiner Verbindungen; %3</translation>
    </message>
    <message>
        <source>Once people are in your circles, you will see here how your belonging is spread.</source>
        <translation>Sobald Menschen in deinen Kreisen sind, siehst du hier, wie sich deine Zugehörigkeit verteilt.</translation>
    </message>
    <message>
        <source>Your ties are spread over about %1 circles; the largest, %2, holds %3 of them.</source>
        <translation>Deine Verbindungen verteilen sich auf etwa %1 Kreise; der größte, %2, hält %3 davon.</translation>
    </message>
    <message>
        <source>%1 carries most of your ties. That is a lot for one circle to hold: when it wobbles, everything does. Is there a place where another part of you could feel at home?</source>
        <translation>%1 trägt die meisten deiner Verbindungen. Das ist viel für einen einzigen Kreis: Wenn er wackelt, wackelt alles. Gibt es einen Ort, an dem sich ein anderer Teil von dir zu Hause fühlen könnte?</translation>
    </message>
    <message>
        <source>Your belonging rests mostly on one place. A class, a club, a neighbour or an old friend: one small new thread can soften the next setback.</source>
        <translation>Deine Zugehörigkeit ruht vor allem auf einem Ort. Ein Kurs, ein Verein, jemand aus der Nachbarschaft oder eine alte Freundschaft: Schon ein kleiner neuer Faden kann den nächsten Rückschlag abfedern.</translation>
    </message>
    <message>
        <source>No one is in an inner ring yet. Who would you call on a hard day? They may belong closer in.</source>
        <translation>Noch ist niemand in einem inneren Ring. Wen würdest du an einem schweren Tag anrufen? Vielleicht gehört dieser Mensch weiter nach innen.</translation>
    </message>
    <message>
        <source>A good cushion: when one circle wobbles, the others still hold.</source>
        <translation>Ein gutes Polster: Wenn ein Kreis wackelt, halten die anderen noch.</translation>
    </message>
    <message numerus="yes">
        <source>%1: your last noted contact was %n day(s) ago. A short message is enough.</source>
        <translation>
            <numerusform>%1: Dein letzter notierter Kontakt war vor %n Tag. Eine kurze Nachricht genügt.</numerusform>
            <numerusform>%1: Dein letzter notierter Kontakt war vor %n Tagen. Eine kurze Nachricht genügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no contact noted yet. Maybe say hello this week?</source>
        <translation>%1: noch kein Kontakt notiert. Vielleicht meldest du dich diese Woche mal?</translation>
    </message>
    <message>
        <source>A circle needs a name, even a short one.</source>
        <translation>Ein Kreis braucht einen Namen, und sei er noch so kurz.</translation>
    </message>
    <message>
        <source>A colour is written like #3e7f7a.</source>
        <translation>Eine Farbe wird so geschrieben: #3e7f7a.</translation>
    </message>
    <message>
        <source>This circle is no longer in the journal.</source>
        <translation>Dieser Kreis ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>A person needs a name, even a nickname.</source>
        <translation>Ein Mensch braucht einen Namen, und sei es ein Spitzname.</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Diese Person ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A circle&apos;s share of the user&apos;s ties; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>mosaic::ContactLog</name>
    <message>
        <source>Reading the contacts</source>
        <translation>Das Lesen der Kontakte</translation>
    </message>
    <message>
        <source>Counting the contacts</source>
        <translation>Das Zählen der Kontakte</translation>
    </message>
    <message>
        <source>Reading the latest contacts</source>
        <translation>Das Lesen der letzten Kontakte</translation>
    </message>
</context>
<context>
    <name>mosaic::ContactLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose whom you talked to: a person, a circle, or both.</source>
        <translation>Wähl aus, mit wem du gesprochen hast: eine Person, einen Kreis oder beides.</translation>
    </message>
    <message>
        <source>The date is written like 2026-11-20.</source>
        <translation>Das Datum wird so geschrieben: 2026-11-20.</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>a bit hard</source>
        <translation>etwas schwer</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>herzlich</translation>
    </message>
</context>
<context>
    <name>mosaic::CustomDistortionStore</name>
    <message>
        <source>Give the pattern a short name.</source>
        <translation>Gib dem Denkmuster einen kurzen Namen.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Bitte halte den Namen unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name cannot hold a comma or a &apos;#&apos;.</source>
        <translation>Der Name darf kein Komma und kein „#“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ steht schon in der Liste.</translation>
    </message>
    <message>
        <source>Adding the thinking pattern</source>
        <translation>Das Hinzufügen des Denkmusters</translation>
    </message>
    <message>
        <source>Removing the thinking pattern</source>
        <translation>Das Entfernen des Denkmusters</translation>
    </message>
    <message>
        <source>Reading your own thinking patterns</source>
        <translation>Das Lesen deiner eigenen Denkmuster</translation>
    </message>
    <message>
        <source>Reading a thinking pattern</source>
        <translation>Das Lesen eines Denkmusters</translation>
    </message>
</context>
<context>
    <name>mosaic::Database</name>
    <message>
        <source>%1 is not a Mosaic journal. It was left untouched. Choose another data folder with --data-dir, or move the file away.</source>
        <translation>%1 ist kein Mosaic-Tagebuch. Die Datei wurde nicht verändert. Wähl mit --data-dir einen anderen Datenordner oder verschieb die Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Checking the SQLite library</source>
        <translation>Das Prüfen der SQLite-Bibliothek</translation>
    </message>
    <message>
        <source>Mosaic needs SQLite 3.32 or later, but the Qt SQLite driver uses %1. Update SQLite or Qt.</source>
        <translation>Mosaic braucht SQLite 3.32 oder neuer, aber der SQLite-Treiber von Qt verwendet %1. Aktualisiere SQLite oder Qt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Das Laufwerk ist voll. Schaff etwas Platz und versuch es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened. Check that the data folder exists and is writable, or choose another with --data-dir.</source>
        <translation>Die Tagebuchdatei lässt sich nicht öffnen. Prüf, ob es den Datenordner gibt und ob darin geschrieben werden kann, oder wähl mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <extracomment>An error message: %1 says what was being done (e.g. &quot;Saving the circle&quot;), %2 is advice on what to do next.</extracomment>
        <translation>%1 ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Opening an in-memory journal</source>
        <translation>Das Öffnen eines Tagebuchs im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>Den Datenordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden. Prüf die Berechtigungen.</translation>
    </message>
    <message>
        <source>Opening the journal %1</source>
        <translation>Das Öffnen des Tagebuchs %1</translation>
    </message>
    <message>
        <source>Reading the journal %1</source>
        <translation>Das Lesen des Tagebuchs %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). It was left untouched. Update Mosaic to open it.</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the file&apos;s schema number, %3 the newest schema number this version knows.</extracomment>
        <translation>%1 wurde von einer neueren Version von Mosaic geschrieben (Tagebuch-Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert. Aktualisiere Mosaic, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Setting up the journal</source>
        <translation>Das Einrichten des Tagebuchs</translation>
    </message>
    <message>
        <source>The journal cannot use write-ahead logging here (%1). Keep the data folder on a local disk, not a network or synced folder.</source>
        <extracomment>%1 is the SQLite journal mode that was used instead (e.g. &quot;delete&quot;); not translated.</extracomment>
        <translation>Das Tagebuch kann hier kein Write-Ahead-Logging verwenden (%1). Bewahre den Datenordner auf einem lokalen Laufwerk auf, nicht in einem Netzwerkordner oder synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>Reading the journal&apos;s schema version</source>
        <translation>Das Lesen der Schemaversion des Tagebuchs</translation>
    </message>
    <message>
        <source>The journal needs an update, but its backup copy could not be written, so it was left as it was. %1</source>
        <translation>Das Tagebuch braucht eine Aktualisierung, aber seine Sicherungskopie konnte nicht geschrieben werden, deshalb bleibt es, wie es war. %1</translation>
    </message>
    <message>
        <source>Recording the journal&apos;s schema version</source>
        <translation>Das Speichern der Schemaversion des Tagebuchs</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Das Schreiben der Sicherung %1</translation>
    </message>
    <message>
        <source>Starting a change to the journal</source>
        <translation>Das Beginnen einer Änderung am Tagebuch</translation>
    </message>
    <message>
        <source>No change to the journal is in progress.</source>
        <translation>Es ist gerade keine Änderung am Tagebuch im Gange.</translation>
    </message>
    <message>
        <source>Saving the change to the journal</source>
        <translation>Das Speichern der Änderung am Tagebuch</translation>
    </message>
    <message>
        <source>The journal is busy: another program (or another Mosaic) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Das Tagebuch ist gerade belegt: Ein anderes Programm (oder ein anderes Mosaic) schreibt hinein. Es wurde nichts geändert; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The journal cannot be written here (a read-only file, folder or disk). Nothing was changed. To write in it, copy it to a writable folder (mosaic backup -o FILE) and use that folder with --data-dir.</source>
        <translation>In das Tagebuch kann hier nicht geschrieben werden (Datei, Ordner oder Laufwerk sind schreibgeschützt). Es wurde nichts geändert. Um darin zu schreiben, kopier es in einen beschreibbaren Ordner (mosaic backup -o FILE) und verwende diesen Ordner mit --data-dir.</translation>
    </message>
    <message>
        <source>Permission was denied. Check that the data folder and the journal belong to you.</source>
        <translation>Der Zugriff wurde verweigert. Prüf, ob der Datenordner und das Tagebuch dir gehören.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Keep it as it is, and restore your latest backup: with Mosaic closed, copy the backup over journal.sqlite in the data folder (mosaic backup -o FILE makes backups).</source>
        <translation>Die Tagebuchdatei ist beschädigt. Lass sie, wie sie ist, und stell deine letzte Sicherung wieder her: Kopier die Sicherung bei geschlossenem Mosaic über journal.sqlite im Datenordner (mosaic backup -o FILE legt Sicherungen an).</translation>
    </message>
    <message>
        <source>The disk reported an error (it may be full, removed or failing). Free some space or check the drive, then try again.</source>
        <translation>Das Laufwerk hat einen Fehler gemeldet (vielleicht ist es voll, wurde entfernt oder hat einen Defekt). Schaff etwas Platz oder prüf das Laufwerk und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again; nothing was changed.</source>
        <translation>Der Arbeitsspeicher des Computers ist voll. Schließ andere Programme und versuch es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>One entry is too large to store. Shorten it and try again; nothing was changed.</source>
        <translation>Ein Eintrag ist zu groß zum Speichern. Kürz ihn und versuch es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change conflicts with what is already in the journal (it may have changed meanwhile). Nothing was changed; reload and try again.</source>
        <translation>Die Änderung passt nicht zu dem, was schon im Tagebuch steht (vielleicht hat es sich inzwischen geändert). Es wurde nichts geändert; lad neu und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (error %1). Nothing was changed; try again, and if it happens again, make a backup and report the error number.</source>
        <extracomment>%1 is a number identifying the error, for a bug report.</extracomment>
        <translation>Etwas Unerwartetes ist schiefgegangen (Fehler %1). Es wurde nichts geändert; versuch es noch einmal, und wenn es wieder passiert, leg eine Sicherung an und melde die Fehlernummer.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only here (a read-only file, folder or disk): you can read and export it, but not change it. To write in it, copy it to a writable folder.</source>
        <translation>Das Tagebuch %1 kann hier nur gelesen werden (Datei, Ordner oder Laufwerk sind schreibgeschützt): Du kannst es lesen und exportieren, aber nicht ändern. Um darin zu schreiben, kopier es in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>A new journal cannot be created in %1: the folder is not writable. Choose another with --data-dir.</source>
        <translation>In %1 kann kein neues Tagebuch angelegt werden: In den Ordner kann nicht geschrieben werden. Wähl mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>A new journal cannot be created in %1 (%2). Check that the folder is writable, or choose another with --data-dir.</source>
        <extracomment>%1 is the data folder, %2 what went wrong.</extracomment>
        <translation>In %1 kann kein neues Tagebuch angelegt werden (%2). Prüf, ob in den Ordner geschrieben werden kann, oder wähl mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The journal %1 could be read by other people on this computer; it is now private to you.</source>
        <translation>Das Tagebuch %1 konnte von anderen Personen auf diesem Computer gelesen werden; jetzt ist es nur noch für dich zugänglich.</translation>
    </message>
    <message>
        <source>The journal %1 was written by an older Mosaic and needs an update, but it is read-only here. Copy it to a writable folder and open it there.</source>
        <translation>Das Tagebuch %1 wurde von einer älteren Mosaic-Version geschrieben und braucht eine Aktualisierung, ist hier aber schreibgeschützt. Kopier es in einen beschreibbaren Ordner und öffne es dort.</translation>
    </message>
    <message>
        <source>Reading the journal&apos;s version</source>
        <translation>Das Lesen der Version des Tagebuchs</translation>
    </message>
</context>
<context>
    <name>mosaic::DependantRecords</name>
    <message>
        <source>Deleting what belonged to deleted records</source>
        <translation>Das Löschen dessen, was zu gelöschten Einträgen gehörte</translation>
    </message>
</context>
<context>
    <name>mosaic::DistortionCatalogue</name>
    <message>
        <source>All-or-nothing thinking</source>
        <translation>Schwarz-Weiß-Denken</translation>
    </message>
    <message>
        <source>Seeing things in only two boxes, total success or total failure, with nothing in the wide space between.</source>
        <translation>Die Dinge nur in zwei Schubladen sehen, voller Erfolg oder völliges Scheitern, ohne den weiten Raum dazwischen.</translation>
    </message>
    <message>
        <source>She said no to coffee, so the whole friendship is ruined.</source>
        <translation>Sie wollte keinen Kaffee mit mir trinken, also ist die ganze Freundschaft kaputt.</translation>
    </message>
    <message>
        <source>Overgeneralizing</source>
        <translation>Übergeneralisieren</translation>
    </message>
    <message>
        <source>Turning one painful moment into a rule about how things always, or never, go for you.</source>
        <translation>Aus einem schmerzhaften Moment eine Regel machen, wie es für dich immer – oder nie – läuft.</translation>
    </message>
    <message>
        <source>Nobody answered my message in the group chat. People always ignore me.</source>
        <translation>Niemand hat im Gruppenchat auf meine Nachricht geantwortet. Die Leute ignorieren mich immer.</translation>
    </message>
    <message>
        <source>Mental filter</source>
        <translation>Mentaler Filter</translation>
    </message>
    <message>
        <source>Letting one hurtful detail fill the whole picture while everything else quietly fades from view.</source>
        <translation>Ein verletzendes Detail füllt das ganze Bild, während alles andere leise aus dem Blick gerät.</translation>
    </message>
    <message>
        <source>Most people laughed at my story, but all I can think about is the one who checked their phone.</source>
        <translation>Die meisten haben über meine Geschichte gelacht, aber ich kann nur an die eine Person denken, die aufs Handy geschaut hat.</translation>
    </message>
    <message>
        <source>Discounting the positives</source>
        <translation>Das Positive abwerten</translation>
    </message>
    <message>
        <source>Waving away the good things as luck or politeness, so that they never get to count.</source>
        <translation>Das Gute als Glück oder Höflichkeit abtun, sodass es nie zählen darf.</translation>
    </message>
    <message>
        <source>They only invited me because they felt sorry for me.</source>
        <translation>Die haben mich nur eingeladen, weil ich ihnen leidgetan habe.</translation>
    </message>
    <message>
        <source>Mind reading</source>
        <translation>Gedankenlesen</translation>
    </message>
    <message>
        <source>Feeling sure you know what someone else thinks of you, usually something unkind, without having asked them.</source>
        <translation>Sicher sein, dass du weißt, was jemand anderes von dir denkt – meist etwas Unfreundliches –, ohne gefragt zu haben.</translation>
    </message>
    <message>
        <source>He hasn&apos;t replied because he finds me annoying.</source>
        <translation>Er hat nicht geantwortet, weil er mich nervig findet.</translation>
    </message>
    <message>
        <source>Fortune telling</source>
        <translation>Hellsehen</translation>
    </message>
    <message>
        <source>Predicting that things will go badly and then treating the guess as if it were already a fact.</source>
        <translation>Vorhersagen, dass es schlecht ausgeht, und die Vermutung dann behandeln, als wäre sie schon eine Tatsache.</translation>
    </message>
    <message>
        <source>If I ask to join their table they&apos;ll say no, so why even try.</source>
        <translation>Wenn ich frage, ob ich mich zu ihnen setzen darf, sagen sie sowieso Nein – warum es also überhaupt versuchen?</translation>
    </message>
    <message>
        <source>Catastrophizing</source>
        <translation>Katastrophisieren</translation>
    </message>
    <message>
        <source>Leaping to the worst ending you can imagine and feeling it as though it has already happened.</source>
        <translation>Zum schlimmsten denkbaren Ausgang springen und ihn so fühlen, als wäre er schon eingetreten.</translation>
    </message>
    <message>
        <source>I didn&apos;t get picked for the team, so I&apos;ll end up with no one at all.</source>
        <translation>Ich wurde nicht ins Team gewählt, also werde ich am Ende ganz allein dastehen.</translation>
    </message>
    <message>
        <source>Emotional reasoning</source>
        <translation>Emotionale Beweisführung</translation>
    </message>
    <message>
        <source>Taking a strong feeling as proof: because it feels true, it must be true.</source>
        <translation>Ein starkes Gefühl als Beweis nehmen: Weil es sich wahr anfühlt, muss es wahr sein.</translation>
    </message>
    <message>
        <source>I feel like an outsider here, so I must not belong.</source>
        <translation>Ich fühle mich hier wie ein Außenseiter, also gehöre ich wohl nicht dazu.</translation>
    </message>
    <message>
        <source>Should statements</source>
        <translation>Muss-Sätze</translation>
    </message>
    <message>
        <source>Holding yourself or others to strict rules about how things ought to be, then feeling guilty or bitter when life breaks them.</source>
        <translation>Dich selbst oder andere an strengen Regeln messen, wie alles zu sein hat, und dich dann schuldig oder verbittert fühlen, wenn das Leben sich nicht daran hält.</translation>
    </message>
    <message>
        <source>I should be over this by now. A normal person wouldn&apos;t still care.</source>
        <translation>Ich sollte längst darüber hinweg sein. Einem normalen Menschen wäre das inzwischen egal.</translation>
    </message>
    <message>
        <source>Labeling</source>
        <translation>Etikettieren</translation>
    </message>
    <message>
        <source>Summing up a whole person, often yourself, with one harsh word because of one moment.</source>
        <translation>Einen ganzen Menschen, oft dich selbst, wegen eines einzigen Moments mit einem harten Wort abstempeln.</translation>
    </message>
    <message>
        <source>I stumbled over my words when I asked her out. I&apos;m such a loser.</source>
        <translation>Ich habe mich verhaspelt, als ich sie um ein Date gebeten habe. Ich bin so ein Versager.</translation>
    </message>
    <message>
        <source>Personalizing</source>
        <translation>Personalisieren</translation>
    </message>
    <message>
        <source>Taking something as being all about you, when many other things in other people&apos;s lives are at play.</source>
        <translation>Etwas ganz auf dich beziehen, obwohl im Leben der anderen viele andere Dinge mitspielen.</translation>
    </message>
    <message>
        <source>My friend was quiet all through lunch. I must have done something to upset her.</source>
        <translation>Meine Freundin war beim Mittagessen die ganze Zeit still. Ich muss sie irgendwie verärgert haben.</translation>
    </message>
    <message>
        <source>Blaming</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <source>Putting the whole cause on one person, someone else or entirely yourself, and losing sight of the rest of the situation and of what you can change.</source>
        <translation>Die ganze Ursache bei einer Person suchen, bei jemand anderem oder ganz bei dir selbst, und dabei den Rest der Situation aus dem Blick verlieren – und das, was du ändern kannst.</translation>
    </message>
    <message>
        <source>It&apos;s completely their fault that I have no friends in this town.</source>
        <translation>Es ist ganz allein ihre Schuld, dass ich in dieser Stadt keine Freunde habe.</translation>
    </message>
</context>
<context>
    <name>mosaic::DistortionInsights</name>
    <message>
        <source>One thinking pattern named so far, once. Patterns show with time.</source>
        <translation>Bisher ein Denkmuster benannt, einmal. Muster zeigen sich mit der Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 came up most often: %n times each.</source>
        <translation>
            <numerusform>%1 und %2 kamen am häufigsten vor: je %n Mal.</numerusform>
            <numerusform>%1 und %2 kamen am häufigsten vor: je %n Mal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 came up most often: %n times.</source>
        <translation>
            <numerusform>%1 kam am häufigsten vor: %n Mal.</numerusform>
            <numerusform>%1 kam am häufigsten vor: %n Mal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of them came up in the last %n days.</source>
        <translation>
            <numerusform>Seit %n Tag ist keins davon mehr vorgekommen.</numerusform>
            <numerusform>Seit %n Tagen ist keins davon mehr vorgekommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days, %2 came up most: %n times.</source>
        <translation>
            <numerusform>In den letzten %1 Tagen kam %2 am häufigsten vor: %n Mal.</numerusform>
            <numerusform>In den letzten %1 Tagen kam %2 am häufigsten vor: %n Mal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thinking pattern(s) named so far, each once. Patterns show with time.</source>
        <translation>
            <numerusform>Bisher ein Denkmuster benannt, einmal. Muster zeigen sich mit der Zeit.</numerusform>
            <numerusform>Bisher %n Denkmuster benannt, jedes einmal. Muster zeigen sich mit der Zeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::EmotionCatalogue</name>
    <message>
        <source>Hurt</source>
        <translation>Verletztheit</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <source>Disappointment</source>
        <translation>Enttäuschung</translation>
    </message>
    <message>
        <source>Grief</source>
        <translation>Trauer</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Furcht</translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrung</translation>
    </message>
    <message>
        <source>Shame</source>
        <translation>Scham</translation>
    </message>
    <message>
        <source>Embarrassment</source>
        <translation>Verlegenheit</translation>
    </message>
    <message>
        <source>Humiliation</source>
        <translation>Demütigung</translation>
    </message>
    <message>
        <source>Guilt</source>
        <translation>Schuldgefühl</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frust</translation>
    </message>
    <message>
        <source>Resentment</source>
        <translation>Groll</translation>
    </message>
    <message>
        <source>Jealousy</source>
        <translation>Eifersucht</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Hoffnung</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Stolz</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Hurt and sadness</source>
        <translation>Verletztheit und Traurigkeit</translation>
    </message>
    <message>
        <source>Fear and worry</source>
        <translation>Angst und Sorge</translation>
    </message>
    <message>
        <source>Shame and self-consciousness</source>
        <translation>Scham und Befangenheit</translation>
    </message>
    <message>
        <source>Anger and envy</source>
        <translation>Wut und Neid</translation>
    </message>
    <message>
        <source>Lighter feelings</source>
        <translation>Leichtere Gefühle</translation>
    </message>
</context>
<context>
    <name>mosaic::FeelingShiftInsights</name>
    <message>
        <source>After reframing, feelings eased by %1 points on average, from %2 to %3.</source>
        <translation>Mit einer neuen Sichtweise wurden die Gefühle im Schnitt um %1 Punkte leichter, von %2 auf %3.</translation>
    </message>
    <message>
        <source>Feelings stayed about as strong after reframing (%1 before, %2 after). That happens; naming them still helps.</source>
        <translation>Die Gefühle blieben mit einer neuen Sichtweise etwa gleich stark (%1 vorher, %2 nachher). Das kommt vor; sie zu benennen hilft trotzdem.</translation>
    </message>
    <message>
        <source>Belief in the hard thought fell by %1 points on average, from %2 to %3.</source>
        <translation>Wie sehr du den schweren Gedanken glaubst, sank im Schnitt um %1 Punkte, von %2 auf %3.</translation>
    </message>
    <message>
        <source>Belief in the hard thought held about steady (%1 before, %2 after).</source>
        <translation>Wie sehr du den schweren Gedanken glaubst, blieb etwa gleich (%1 vorher, %2 nachher).</translation>
    </message>
</context>
<context>
    <name>mosaic::FileWriting</name>
    <message>
        <source>%1 could not be written. %2</source>
        <extracomment>%1 is a file&apos;s path, %2 advice on what to do (e.g. &quot;The disk is full. Free some space and try again.&quot;).</extracomment>
        <translation>%1 konnte nicht geschrieben werden. %2</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Das Laufwerk ist voll. Schaff etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only. Choose a writable place.</source>
        <translation>Das Laufwerk oder der Ordner ist schreibgeschützt. Wähl einen Ort, an dem geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Permission was denied. Choose a folder you can write to.</source>
        <translation>Der Zugriff wurde verweigert. Wähl einen Ordner, in den du schreiben kannst.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Den Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>It is a folder; give a file name.</source>
        <translation>Das ist ein Ordner; gib einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The disk reported an error. Check the drive, then try again.</source>
        <translation>Das Laufwerk hat einen Fehler gemeldet. Prüf das Laufwerk und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The file is too large for this disk.</source>
        <translation>Die Datei ist zu groß für dieses Laufwerk.</translation>
    </message>
    <message>
        <source>The system reported: %1.</source>
        <extracomment>%1 is the system&apos;s own description of an error, e.g. &quot;Broken pipe&quot;.</extracomment>
        <translation>Das System hat gemeldet: %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüf die Berechtigungen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private.</source>
        <translation>Der Zugriff auf den Ordner %1 kann nicht auf dich beschränkt werden.</translation>
    </message>
    <message>
        <source>%1 is being written by another Mosaic right now. Try again when it has finished.</source>
        <translation>In %1 schreibt gerade ein anderes Mosaic. Versuch es noch einmal, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitDeletion</name>
    <message>
        <source>This habit is no longer in the journal.</source>
        <translation>Diese Gewohnheit ist nicht mehr im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitDetail</name>
    <message>
        <source>before the start</source>
        <translation>vor dem Start</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>nicht fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teilweise erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>a quiet day</source>
        <translation>ein ruhiger Tag</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>steht noch an</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Those dates hold no scheduled day without a check-in, so there is nothing to pause.</source>
        <translation>In diesem Zeitraum gibt es keinen geplanten Tag ohne Eintrag, also gibt es nichts zu pausieren.</translation>
    </message>
    <message>
        <source>The pause could not be saved.</source>
        <translation>Die Pause konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A day of the ritual&apos;s calendar, read out to screen readers: %1 the date, %2 how the day went (done, skipped, …).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <extracomment>As above, for a ritual with a count: %3 the amount done, %4 the day&apos;s goal with its unit (&quot;3 pages&quot;).</extracomment>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitForm</name>
    <message>
        <source>This habit was deleted meanwhile, so the changes could not be saved.</source>
        <translation>Diese Gewohnheit wurde inzwischen gelöscht, deshalb konnten die Änderungen nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitHistory</name>
    <message>
        <source>Reading the check-in notes</source>
        <translation>Das Lesen der Notizen zu den Einträgen</translation>
    </message>
    <message>
        <source>Counting the check-in notes</source>
        <translation>Das Zählen der Notizen zu den Einträgen</translation>
    </message>
    <message>
        <source>Reading the habit&apos;s pauses</source>
        <translation>Das Lesen der Pausen der Gewohnheit</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>Das Lesen der Einträge</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>Das Lesen der Erfolge</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitNotesModel</name>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>ddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitPause</name>
    <message>
        <source>Write both dates as YYYY-MM-DD, for example 2026-12-24.</source>
        <translation>Schreib beide Daten als YYYY-MM-DD, zum Beispiel 2026-12-24.</translation>
    </message>
    <message>
        <source>The pause ends before it starts. Swap the two dates?</source>
        <translation>Die Pause endet, bevor sie beginnt. Die beiden Daten tauschen?</translation>
    </message>
    <message>
        <source>A pause can last up to a year. Archiving the habit may suit a longer break.</source>
        <translation>Eine Pause kann bis zu einem Jahr dauern. Für eine längere Auszeit passt es vielleicht besser, die Gewohnheit zu archivieren.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitPresets</name>
    <message>
        <source>Morning strengths</source>
        <translation>Stärken am Morgen</translation>
    </message>
    <message>
        <source>Name one strength you will lean on today, and where it might help.</source>
        <translation>Nenne eine Stärke, auf die du dich heute stützen willst, und wo sie dir helfen könnte.</translation>
    </message>
    <message>
        <source>Three good things</source>
        <translation>Drei gute Dinge</translation>
    </message>
    <message>
        <source>Write down three things that went well today, however small.</source>
        <translation>Schreib drei Dinge auf, die heute gut gelaufen sind, egal wie klein.</translation>
    </message>
    <message>
        <source>things</source>
        <translation>Dinge</translation>
    </message>
    <message>
        <source>Weekly letter to myself</source>
        <translation>Wochenbrief an mich</translation>
    </message>
    <message>
        <source>Write yourself a short, kind letter about this week: what you tried, what went well, and what you would tell a friend who lived it.</source>
        <translation>Schreib dir einen kurzen, freundlichen Brief über diese Woche: was du versucht hast, was gut lief und was du einem guten Freund sagen würdest, der diese Woche erlebt hätte.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Langsam atmen</translation>
    </message>
    <message>
        <source>Breathe in for four, out for six. Let your shoulders drop a little with each breath.</source>
        <translation>Vier Takte einatmen, sechs ausatmen. Lass deine Schultern mit jedem Atemzug ein wenig sinken.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Small brave step</source>
        <translation>Kleiner mutiger Schritt</translation>
    </message>
    <message>
        <source>Try one small social step that feels a little uncomfortable, then notice what actually happened.</source>
        <translation>Wage einen kleinen sozialen Schritt, der sich etwas unbequem anfühlt, und achte dann darauf, was wirklich passiert ist.</translation>
    </message>
    <message>
        <source>Boundary practice</source>
        <translation>Grenzen üben</translation>
    </message>
    <message>
        <source>Say one kind, clear no, or ask plainly for something you need.</source>
        <translation>Sag ein freundliches, klares Nein oder bitte direkt um etwas, das du brauchst.</translation>
    </message>
    <message>
        <source>Reach out to someone</source>
        <translation>Auf jemanden zugehen</translation>
    </message>
    <message>
        <source>Send a message, make a call, or say hello to someone you would like to know better.</source>
        <translation>Schick eine Nachricht, ruf an oder sag Hallo zu jemandem, den du gern besser kennenlernen würdest.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitRemindersModel</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Jeden Tag um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Dieses Ritual ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>This reminder is no longer in your journal.</source>
        <translation>Diese Erinnerung ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>A reminder holds up to %1 times of day.</source>
        <translation>Eine Erinnerung kann höchstens %1 Uhrzeiten haben.</translation>
    </message>
    <message>
        <source>A reminder needs one time of day; remove the reminder instead.</source>
        <translation>Eine Erinnerung braucht eine Uhrzeit; entferne stattdessen die Erinnerung.</translation>
    </message>
    <message>
        <source>A reminder needs at least one day. To rest it, switch it off.</source>
        <translation>Eine Erinnerung braucht mindestens einen Tag. Wenn sie ruhen soll, schalte sie aus.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example %1 or 19:00.</source>
        <extracomment>%1 is a morning time as the user&apos;s language writes it (e.g. &quot;7:30 AM&quot; or &quot;07:30&quot;).</extracomment>
        <translation>Schreib die Uhrzeit als Stunden und Minuten, zum Beispiel %1 oder 19:00.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitStore</name>
    <message>
        <source>Saving the habit</source>
        <translation>Das Speichern der Gewohnheit</translation>
    </message>
    <message>
        <source>Saving the habits</source>
        <translation>Das Speichern der Gewohnheiten</translation>
    </message>
    <message>
        <source>Reading the habit</source>
        <translation>Das Lesen der Gewohnheit</translation>
    </message>
    <message>
        <source>Reading the habits</source>
        <translation>Das Lesen der Gewohnheiten</translation>
    </message>
    <message>
        <source>Deleting the habit</source>
        <translation>Das Löschen der Gewohnheit</translation>
    </message>
    <message>
        <source>Saving the check-in</source>
        <translation>Das Speichern des Eintrags</translation>
    </message>
    <message>
        <source>Saving the check-ins</source>
        <translation>Das Speichern der Einträge</translation>
    </message>
    <message>
        <source>Reading the check-in</source>
        <translation>Das Lesen des Eintrags</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>Das Lesen der Einträge</translation>
    </message>
    <message>
        <source>Reading the habit&apos;s check-ins</source>
        <translation>Das Lesen der Einträge der Gewohnheit</translation>
    </message>
    <message>
        <source>Undoing the check-in</source>
        <translation>Das Rückgängigmachen des Eintrags</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitTexts</name>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a per-week ritual is due; %n is 2 to 7.</extracomment>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it off</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>A ritual&apos;s daily goal without a unit; %1 is the number.</extracomment>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>goal with unit</comment>
        <extracomment>A ritual&apos;s daily goal; %1 is the number, %2 the unit the user typed (e.g. &quot;things&quot;, &quot;minutes&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>A streak&apos;s length in weeks.</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::HabitValidation</name>
    <message>
        <source>Give the habit a name, so you can find it again.</source>
        <translation>Gib der Gewohnheit einen Namen, damit du sie wiederfindest.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Wähl mindestens einen Wochentag aus.</translation>
    </message>
    <message>
        <source>Choose between 1 and 7 times a week.</source>
        <translation>Wähl zwischen 1 und 7 Mal pro Woche.</translation>
    </message>
    <message>
        <source>Set a goal above 0, such as 3 or 10.</source>
        <translation>Setz ein Ziel über 0, zum Beispiel 3 oder 10.</translation>
    </message>
    <message>
        <source>Write the start date as YYYY-MM-DD, for example 2026-11-20.</source>
        <translation>Schreib das Startdatum als YYYY-MM-DD, zum Beispiel 2026-11-20.</translation>
    </message>
    <message>
        <source>Pick one of the colours, or leave it empty.</source>
        <translation>Wähl eine der Farben oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Ein kürzerer Name passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A shorter unit works better here: at most %1 characters.</source>
        <translation>Eine kürzere Einheit passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>mosaic::IncidentDeletion</name>
    <message>
        <source>It was changed since it was deleted, so it cannot be brought back.</source>
        <translation>Es wurde nach dem Löschen noch geändert und kann deshalb nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This reflection is no longer in the journal.</source>
        <translation>Diese Reflexion ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Bringing the reflection back</source>
        <translation>Das Wiederherstellen der Reflexion</translation>
    </message>
    <message>
        <source>This win is no longer in the journal.</source>
        <translation>Dieser Erfolg ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Bringing the win back</source>
        <translation>Das Wiederherstellen des Erfolgs</translation>
    </message>
</context>
<context>
    <name>mosaic::IncidentStore</name>
    <message>
        <source>Saving the reflection</source>
        <translation>Das Speichern der Reflexion</translation>
    </message>
    <message>
        <source>Saving the reflections</source>
        <translation>Das Speichern der Reflexionen</translation>
    </message>
    <message>
        <source>Reading the reflection</source>
        <translation>Das Lesen der Reflexion</translation>
    </message>
    <message>
        <source>Reading the reflections</source>
        <translation>Das Lesen der Reflexionen</translation>
    </message>
    <message>
        <source>Deleting the reflection</source>
        <translation>Das Löschen der Reflexion</translation>
    </message>
    <message>
        <source>Saving the reframe</source>
        <translation>Das Speichern der neuen Sichtweise</translation>
    </message>
    <message>
        <source>Saving the reframes</source>
        <translation>Das Speichern der neuen Sichtweisen</translation>
    </message>
    <message>
        <source>Reading the reframe</source>
        <translation>Das Lesen der neuen Sichtweise</translation>
    </message>
    <message>
        <source>Reading the reframes</source>
        <translation>Das Lesen der neuen Sichtweisen</translation>
    </message>
    <message>
        <source>Reading the reflection&apos;s reframes</source>
        <translation>Das Lesen der neuen Sichtweisen der Reflexion</translation>
    </message>
    <message>
        <source>Deleting the reframe</source>
        <translation>Das Löschen der neuen Sichtweise</translation>
    </message>
</context>
<context>
    <name>mosaic::InsightModels</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date format</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>mosaic::InsightQueries</name>
    <message>
        <source>Counting the thinking patterns</source>
        <translation>Das Zählen der Denkmuster</translation>
    </message>
    <message>
        <source>Reading the ratings of the reflections</source>
        <translation>Das Lesen der Einschätzungen in den Reflexionen</translation>
    </message>
    <message>
        <source>Reading the habits</source>
        <translation>Das Lesen der Gewohnheiten</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>Das Lesen der Einträge</translation>
    </message>
    <message>
        <source>Reading the circles</source>
        <translation>Das Lesen der Kreise</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>Das Lesen der Personen</translation>
    </message>
    <message>
        <source>Reading the memberships</source>
        <translation>Das Lesen der Plätze in den Kreisen</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalBackups</name>
    <message>
        <source>The backups folder %1 cannot be created. Check that the data folder is writable.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden. Prüf, ob in den Datenordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Another backup is being made right now. Try again in a moment.</source>
        <translation>Gerade wird schon eine andere Sicherung erstellt. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A check of the journal found a problem, so no new backup was made and the older ones were kept. Restore a backup (Settings, Backups; or mosaic restore --list).
%1</source>
        <extracomment>%1 lists what the check found, in English, as the database reports it.</extracomment>
        <translation>Eine Prüfung des Tagebuchs hat ein Problem gefunden, deshalb wurde keine neue Sicherung erstellt und die älteren wurden behalten. Stell eine Sicherung wieder her (Einstellungen, Sicherungen; oder mosaic restore --list).
%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place in %1.</source>
        <translation>Die Sicherung konnte in %1 nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 gibt es nicht oder es ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is the journal itself; choose a backup to restore.</source>
        <translation>%1 ist das Tagebuch selbst; wähl eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the data folder. Check that the disk has room and the folder is writable.</source>
        <translation>%1 konnte nicht in den Datenordner kopiert werden. Prüf, ob auf dem Laufwerk Platz ist und in den Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written to disk.</source>
        <translation>Die Kopie von %1 konnte nicht auf das Laufwerk geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not restored and nothing was changed. Choose another backup.
%2</source>
        <extracomment>%1 is the file&apos;s path, %2 lists what the check found (in English, as the database reports it).</extracomment>
        <translation>%1 ist beschädigt, deshalb wurde es nicht wiederhergestellt und es wurde nichts geändert. Wähl eine andere Sicherung.
%2</translation>
    </message>
    <message>
        <source>This backup was already restored.</source>
        <translation>Diese Sicherung wurde schon wiederhergestellt.</translation>
    </message>
    <message>
        <source>A backup is being made right now. Nothing was changed; try again in a moment.</source>
        <translation>Gerade wird eine Sicherung erstellt. Es wurde nichts geändert; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The current journal could not be kept as a backup, so nothing was restored. %1</source>
        <extracomment>%1 says why the copy failed.</extracomment>
        <translation>Das aktuelle Tagebuch konnte nicht als Sicherung aufbewahrt werden, deshalb wurde nichts wiederhergestellt. %1</translation>
    </message>
    <message>
        <source>The journal is open in another Mosaic (its window, or a command still running). Close it, then restore again. Nothing was changed; a copy of the journal was kept in %1.</source>
        <translation>Das Tagebuch ist in einem anderen Mosaic geöffnet (in seinem Fenster oder in einem Befehl, der noch läuft). Schließ es und stell dann noch einmal wieder her. Es wurde nichts geändert; eine Kopie des Tagebuchs wurde in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The current journal could not be copied aside, so nothing was restored. Check that the disk has room.</source>
        <translation>Das aktuelle Tagebuch konnte nicht beiseitekopiert werden, deshalb wurde nichts wiederhergestellt. Prüf, ob auf dem Laufwerk Platz ist.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place. The current journal was kept in %1.</source>
        <translation>Die Sicherung konnte nicht an ihren Platz verschoben werden. Das aktuelle Tagebuch wurde in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalCheck</name>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalEntry</name>
    <message>
        <source>A reflection</source>
        <translation>Eine Reflexion</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>If it gets too much</source>
        <translation>Wenn es zu viel wird</translation>
    </message>
    <message>
        <source>What I expected</source>
        <translation>Was ich erwartet habe</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>Die Überzeugung dahinter</translation>
    </message>
    <message>
        <source>What supports it</source>
        <translation>Was dafür spricht</translation>
    </message>
    <message>
        <source>What speaks against it</source>
        <translation>Was dagegen spricht</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>One adjustment</source>
        <translation>Eine Anpassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ritual note</source>
        <translation>Ritualnotiz</translation>
    </message>
    <message>
        <source>The reflection was deleted.</source>
        <translation>Die Reflexion wurde gelöscht.</translation>
    </message>
    <message>
        <source>The win was deleted.</source>
        <translation>Der Erfolg wurde gelöscht.</translation>
    </message>
    <message>
        <source>A win needs a few words. Nothing was changed.</source>
        <translation>Ein Erfolg braucht ein paar Worte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Mosaic understands; write it as 2026-11-20. Nothing was changed.</source>
        <translation>„%1“ ist kein Datum, das Mosaic versteht; schreib es als 2026-11-20. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This win is no longer in the journal.</source>
        <translation>Dieser Erfolg ist nicht mehr im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFile</name>
    <message>
        <source>%1 is not a Mosaic journal or backup, or it is damaged beyond reading. Nothing was changed.</source>
        <translation>%1 ist kein Mosaic-Tagebuch und keine Sicherung, oder es ist so beschädigt, dass es sich nicht lesen lässt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 gibt es nicht oder es ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden. Prüf die Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). Update Mosaic to use it.</source>
        <extracomment>%1 is a file&apos;s path, %2 its schema number, %3 the newest schema number this version knows.</extracomment>
        <translation>%1 wurde von einer neueren Version von Mosaic geschrieben (Tagebuchschema %2; diese Version kennt bis %3). Aktualisier Mosaic, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Counting the records</source>
        <translation>Das Zählen der Datensätze</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Das Lesen des Tagebuchs</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFilterOptions</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Ritual notes</source>
        <translation>Ritualnotizen</translation>
    </message>
    <message>
        <source>Any circle</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any thinking pattern</source>
        <translation>Alle Denkmuster</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFilterQueries</name>
    <message>
        <source>Reading the circles</source>
        <translation>Das Lesen der Kreise</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>Das Lesen der Personen</translation>
    </message>
    <message>
        <source>Reading the tags</source>
        <translation>Das Lesen der Schlagwörter</translation>
    </message>
    <message>
        <source>Reading the distortions</source>
        <translation>Das Lesen der Denkverzerrungen</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalIntegrity</name>
    <message>
        <source>a circle</source>
        <translation>einen Kreis</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>eine Reflexion</translation>
    </message>
    <message>
        <source>a strength</source>
        <translation>eine Stärke</translation>
    </message>
    <message>
        <source>a habit</source>
        <translation>eine Gewohnheit</translation>
    </message>
    <message>
        <source>must be unique among the %1 (same as %2)</source>
        <extracomment>%1 is a collection&apos;s name as the file spells it (e.g. &quot;circles&quot;), %2 the JSON path of the earlier record.</extracomment>
        <translation>darf in %1 nur einmal vorkommen (schon bei %2)</translation>
    </message>
    <message>
        <source>must name %1 in the file or already in the journal (none has id %2)</source>
        <extracomment>%1 is a kind of record with its article (e.g. &quot;a circle&quot;), %2 the id that was not found.</extracomment>
        <translation>muss auf %1 in der Datei oder im Tagebuch verweisen (die ID %2 gibt es dort nicht)</translation>
    </message>
    <message>
        <source>must be the only membership of person %1 in circle %2 (same as %3)</source>
        <extracomment>%1 is a person&apos;s id, %2 a circle&apos;s id, %3 the JSON path of the earlier membership.</extracomment>
        <translation>muss der einzige Platz von Person %1 in Kreis %2 sein (schon bei %3)</translation>
    </message>
    <message>
        <source>must be the only check-in of habit %1 on %2 (same as %3)</source>
        <extracomment>%1 is a habit&apos;s id, %2 a date as YYYY-MM-DD, %3 the JSON path of the earlier check-in.</extracomment>
        <translation>muss der einzige Eintrag von Gewohnheit %1 am %2 sein (schon bei %3)</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalJsonReader</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>In &quot;must have at least %1&quot;: a number of list entries.</extracomment>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <extracomment>%1 is a field&apos;s name in quotes, %2 the object&apos;s type as the file names it (e.g. &quot;daily&quot;).</extracomment>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>unknown field %1 for type &quot;%2&quot;</source>
        <translation>unbekanntes Feld %1 für den Typ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be null or %1 (got %2)</source>
        <extracomment>%1 describes the value wanted (e.g. &quot;a string&quot;), %2 is the value found in the file.</extracomment>
        <translation>muss null oder %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be %1 (got %2)</source>
        <translation>muss %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be unique in the list (same as [%1])</source>
        <translation>darf in der Liste nur einmal vorkommen (schon bei [%1])</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>must be valid Unicode text (an unpaired surrogate \u%1 at character %2)</source>
        <translation>muss gültiger Unicode-Text sein (ein ungepaartes Surrogat \u%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>must be at most %1 characters long (got %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (es sind %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must contain a character that is not a space (got %1)</source>
        <translation>muss ein Zeichen enthalten, das kein Leerzeichen ist (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be a tag without &quot;,&quot; or &quot;#&quot; that does not start with a space (got %1)</source>
        <translation>muss ein Schlagwort ohne &quot;,&quot; und &quot;#&quot; sein, das nicht mit einem Leerzeichen beginnt (gefunden: %1)</translation>
    </message>
    <message>
        <source>a lowercase UUID like 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e</source>
        <translation>eine UUID in Kleinbuchstaben wie 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time with Z or an offset, like 2026-03-29T07:30:00+02:00</source>
        <translation>ein Datum mit Uhrzeit nach RFC 3339 mit Z oder einem Offset, wie 2026-03-29T07:30:00+02:00</translation>
    </message>
    <message>
        <source>a calendar date YYYY-MM-DD that exists, like 2026-03-29</source>
        <translation>ein existierendes Kalenderdatum YYYY-MM-DD, wie 2026-03-29</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from 0 to 1000000</source>
        <translation>eine Zahl von 0 bis 1000000</translation>
    </message>
    <message>
        <source>a number greater than 0 and at most 1000000</source>
        <translation>eine Zahl größer als 0 und höchstens 1000000</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the allowed names in quotes, e.g. &quot;daily&quot;, &quot;weekdays&quot;, &quot;per-week&quot;.</extracomment>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a color #rrggbb like #3a7bd5</source>
        <translation>eine Farbe #rrggbb wie #3a7bd5</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>eine Uhrzeit HH:MM von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>must have at least %1 (got %2)</source>
        <translation>muss mindestens %1 enthalten (es sind %2)</translation>
    </message>
    <message>
        <source>must have at most %1 (got %2)</source>
        <translation>darf höchstens %1 enthalten (es sind %2)</translation>
    </message>
    <message>
        <source>must have &quot;personId&quot; or &quot;circleId&quot; (a contact is with a person or a circle)</source>
        <translation>muss &quot;personId&quot; oder &quot;circleId&quot; haben (ein Kontakt gilt einer Person oder einem Kreis)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (at byte %1); a Mosaic journal is UTF-8 text</source>
        <translation>die Datei ist kein gültiges UTF-8 (bei Byte %1); ein Mosaic-Tagebuch ist UTF-8-Text</translation>
    </message>
    <message>
        <source>the file nests arrays and objects too deeply (at %1); a Mosaic journal nests them at most %2 levels deep</source>
        <translation>die Datei verschachtelt Arrays und Objekte zu tief (bei %1); ein Mosaic-Tagebuch verschachtelt sie höchstens %2 Ebenen tief</translation>
    </message>
    <message>
        <source>the file is not JSON: a Mosaic journal starts with &quot;{&quot; (%1 at %2)</source>
        <translation>die Datei ist kein JSON: Ein Mosaic-Tagebuch beginnt mit &quot;{&quot; (%1 bei %2)</translation>
    </message>
    <message>
        <source>the file ends too early (at %1): it looks truncated; use a complete copy of the export</source>
        <translation>die Datei endet zu früh (bei %1) und ist wohl abgeschnitten; nimm eine vollständige Kopie des Exports</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at %2</source>
        <translation>die Datei ist kein gültiges JSON: %1 bei %2</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal
%1</source>
        <extracomment>%1 is one line naming the JSON path and the rule it breaks.</extracomment>
        <translation>die Datei ist kein Mosaic-Tagebuch
%1</translation>
    </message>
    <message>
        <source>the file was written by a newer Mosaic (format version %1); this version reads version %2
$.version: must be %2 (got %1)</source>
        <extracomment>%1 is the file&apos;s format version, %2 the version this Mosaic reads; keep the second line&apos;s &quot;$.version&quot; as it is.</extracomment>
        <translation>die Datei wurde von einer neueren Mosaic-Version geschrieben (Formatversion %1); diese Version liest Version %2
$.version: muss %2 sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>the file is empty; a Mosaic journal is a JSON object</source>
        <translation>die Datei ist leer; ein Mosaic-Tagebuch ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal: its top level is an array, where a journal is a JSON object
$: must be an object (got an array)</source>
        <extracomment>Keep the second line&apos;s &quot;$&quot; (the JSON path of the whole file) as it is.</extracomment>
        <translation>die Datei ist kein Mosaic-Tagebuch: Auf oberster Ebene steht ein Array, ein Tagebuch ist aber ein JSON-Objekt
$: muss ein Objekt sein (gefunden: ein Array)</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder, not a file</source>
        <translation>%1 kann nicht gelesen werden: Das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be (it is %3 MiB)</source>
        <extracomment>%1 is the file&apos;s path, %2 the largest size allowed and %3 the file&apos;s size, both in mebibytes.</extracomment>
        <translation>%1 kann nicht importiert werden: Die Datei ist größer als %2 MiB, das Maximum für eine Mosaic-Tagebuchdatei (sie hat %3 MiB)</translation>
    </message>
    <message>
        <source>cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be</source>
        <extracomment>%1 is the file&apos;s path, %2 the largest size allowed in mebibytes.</extracomment>
        <translation>%1 kann nicht importiert werden: Die Datei ist größer als %2 MiB, das Maximum für eine Mosaic-Tagebuchdatei</translation>
    </message>
    <message>
        <source>cannot import %1: the file is empty; a Mosaic journal is a JSON object</source>
        <translation>%1 kann nicht importiert werden: Die Datei ist leer; ein Mosaic-Tagebuch ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal: it packs %1 JSON values into %2 bytes, far more densely than any journal</source>
        <extracomment>%1 is the number of arrays, objects and values in the file, %2 the file&apos;s size in bytes.</extracomment>
        <translation>die Datei ist kein Mosaic-Tagebuch: Sie packt %1 JSON-Werte in %2 Bytes, viel dichter als jedes Tagebuch</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>fehlender Namenstrenner</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape like \n)</source>
        <translation>Steuerzeichen in einer Zeichenkette (als Escape-Sequenz wie \n schreiben)</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>nach einem Komma fehlt ein Objekt</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>überzählige Zeichen am Ende des Dokuments</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalJsonWriter</name>
    <message>
        <source>Could not write the journal: %1</source>
        <translation>Das Tagebuch konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalSearchQueries</name>
    <message>
        <source>Reading what the search found</source>
        <translation>Das Lesen der Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalSession</name>
    <message>
        <source>No data folder was given for the journal.</source>
        <translation>Für das Tagebuch wurde kein Datenordner angegeben.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that the disk is writable.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüf, ob auf das Laufwerk geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalTextField</name>
    <message>
        <source>This entry was deleted, so the text could not be saved. Copy it elsewhere if you want to keep it.</source>
        <translation>Dieser Eintrag wurde gelöscht, deshalb konnte der Text nicht gespeichert werden. Kopier ihn woandershin, wenn du ihn behalten möchtest.</translation>
    </message>
    <message>
        <source>A reframe needs a few words. Write one, or remove the reframe.</source>
        <translation>Eine neue Sichtweise braucht ein paar Worte. Schreib eine auf oder entferne sie.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalTransfer</name>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Exported the journal to %1.</source>
        <translation>Das Tagebuch wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The example journal is missing from this build.</source>
        <translation>Das Beispiel-Tagebuch fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>the example journal</source>
        <translation>das Beispiel-Tagebuch</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.
%2</source>
        <translation>%1 wurde nicht importiert; es hat sich nichts geändert.
%2</translation>
    </message>
    <message>
        <source>%1 is valid. Importing it would add %2, update %3 and leave %4 unchanged.</source>
        <translation>%1 ist gültig. Ein Import würde %2 hinzufügen, %3 aktualisieren und %4 unverändert lassen.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Saved a backup to %1.</source>
        <translation>Sicherung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>mosaic::Labels</name>
    <message>
        <source>Rejection</source>
        <translation>Zurückweisung</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Small challenge</source>
        <translation>Kleine Herausforderung</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>A win</source>
        <translation>Ein Erfolg</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Kindness</source>
        <translation>Freundlichkeit</translation>
    </message>
    <message>
        <source>Courage</source>
        <translation>Mut</translation>
    </message>
    <message>
        <source>A boundary kept</source>
        <translation>Eine Grenze gewahrt</translation>
    </message>
    <message>
        <source>Something good</source>
        <translation>Etwas Gutes</translation>
    </message>
    <message>
        <source>The context</source>
        <translation>Das Umfeld</translation>
    </message>
    <message>
        <source>The timing</source>
        <translation>Der Zeitpunkt</translation>
    </message>
    <message>
        <source>The fit</source>
        <translation>Die Passung</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>Die andere Seite</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Die Fakten</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Self-compassion</source>
        <translation>Selbstmitgefühl</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The setting</source>
        <translation>Das Umfeld</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Andere Werte</translation>
    </message>
    <message>
        <source>How things were said</source>
        <translation>Wie etwas gesagt wurde</translation>
    </message>
    <message>
        <source>Their own worries</source>
        <translation>Eigene Sorgen</translation>
    </message>
    <message>
        <source>A misunderstanding</source>
        <translation>Ein Missverständnis</translation>
    </message>
    <message>
        <source>Strengths reflection</source>
        <translation>Stärken-Reflexion</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>Weekly letter</source>
        <translation>Wochenbrief</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Small social challenge</source>
        <translation>Kleine soziale Herausforderung</translation>
    </message>
    <message>
        <source>Boundary practice</source>
        <translation>Grenzen üben</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Auf andere zugehen</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studium</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Faith</source>
        <translation>Glaube</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emotional</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>praktisch</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>fun</source>
        <translation>Spaß</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>außen</translation>
    </message>
    <message>
        <source>Inner ring</source>
        <translation>Innerer Ring</translation>
    </message>
    <message>
        <source>Middle ring</source>
        <translation>Mittlerer Ring</translation>
    </message>
    <message>
        <source>Outer ring</source>
        <translation>Äußerer Ring</translation>
    </message>
</context>
<context>
    <name>mosaic::LocaleInput</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a calendar page: %1 is the month&apos;s name, %2 the year (e.g. &quot;March 2026&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mosaic::MarkdownExporter</name>
    <message>
        <source>felt hard</source>
        <translation>fühlte sich schwer an</translation>
    </message>
    <message>
        <source>felt a little hard</source>
        <translation>fühlte sich etwas schwer an</translation>
    </message>
    <message>
        <source>felt ordinary</source>
        <translation>fühlte sich normal an</translation>
    </message>
    <message>
        <source>felt good</source>
        <translation>fühlte sich gut an</translation>
    </message>
    <message>
        <source>felt very good</source>
        <translation>fühlte sich sehr gut an</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>My Mosaic journal</source>
        <translation>Mein Mosaic-Tagebuch</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Hard moments met with care, the strengths and small wins that speak for me, and the circles I belong to. Mine to read slowly, and to come back to whenever I need it.</source>
        <translation>Schwierige Momente, denen ich mit Sorgfalt begegnet bin, die Stärken und kleinen Erfolge, die für mich sprechen, und die Kreise, zu denen ich gehöre. Für mich, zum langsamen Lesen und zum Wiederkommen, wann immer ich es brauche.</translation>
    </message>
    <message>
        <source>Mission and values</source>
        <translation>Leitsatz und Werte</translation>
    </message>
    <message>
        <source>The values I choose to live by:</source>
        <translation>Die Werte, nach denen ich leben möchte:</translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation>nach „%1“</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Resting for now (archived).</source>
        <translation>Ruht gerade (archiviert).</translation>
    </message>
    <message>
        <source>Wins that show it:</source>
        <translation>Erfolge, die sie zeigen:</translation>
    </message>
    <message>
        <source>Small brave steps</source>
        <translation>Kleine mutige Schritte</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>Thinking patterns I noticed</source>
        <translation>Denkmuster, die mir aufgefallen sind</translation>
    </message>
    <message>
        <source>Evidence for the thought</source>
        <translation>Was für den Gedanken spricht</translation>
    </message>
    <message>
        <source>Evidence against the thought</source>
        <translation>Was gegen den Gedanken spricht</translation>
    </message>
    <message>
        <source>Other things at play</source>
        <translation>Was sonst noch mitgespielt hat</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>One thing to adjust</source>
        <translation>Eine Sache, die ich anpassen will</translation>
    </message>
    <message>
        <source>Whom to ask for perspective</source>
        <translation>Wen ich um eine andere Sicht bitten kann</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>From 0 to 100, before and after reflecting.</source>
        <translation>Von 0 bis 100, vor und nach dem Nachdenken.</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>Die Überzeugung dahinter</translation>
    </message>
    <message>
        <source>How strongly I believed it: %1 → %2.</source>
        <translation>Wie sehr ich es geglaubt habe: %1 → %2.</translation>
    </message>
    <message>
        <source>How strongly I believed it: %1.</source>
        <translation>Wie sehr ich es geglaubt habe: %1.</translation>
    </message>
    <message>
        <source>How strongly I believed it after reflecting: %1.</source>
        <translation>Wie sehr ich es nach dem Nachdenken geglaubt habe: %1.</translation>
    </message>
    <message>
        <source>Other ways to see it</source>
        <translation>Andere Sichtweisen</translation>
    </message>
    <message>
        <source>%1 believable</source>
        <translation>%1 glaubwürdig</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>If I need a way out</source>
        <translation>Falls ich einen Ausweg brauche</translation>
    </message>
    <message>
        <source>What I predicted</source>
        <translation>Was ich vorhergesagt habe</translation>
    </message>
    <message>
        <source>Anxiety I expected: %1.</source>
        <translation>Erwartete Angst: %1.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Anxiety I actually felt: %1.</source>
        <translation>Tatsächlich gespürte Angst: %1.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>an diesen Tagen: %1</translation>
    </message>
    <message>
        <source>check it off</source>
        <translation>abhaken</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>goal: %1 %2</source>
        <translation>Ziel: %1 %2</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituale</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Notes along the way</source>
        <translation>Notizen auf dem Weg</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Where I belong, and with whom. The inner ring holds the people it is hard to imagine life without.</source>
        <translation>Wo ich dazugehöre und mit wem. Im inneren Ring stehen die Menschen, ohne die ich mir mein Leben kaum vorstellen kann.</translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation>Wichtigkeit %1 von 5</translation>
    </message>
    <message>
        <source>The side of me it reflects: %1</source>
        <translation>Die Seite von mir, die hier zum Vorschein kommt: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Time together</source>
        <translation>Gemeinsame Zeit</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A date format (Qt&apos;s letters: d day, MMMM month name, yyyy year); keep the letters, order them as your language does.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A date format for a month heading (Qt&apos;s letters: MMMM month name, yyyy year).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format</comment>
        <extracomment>A date format for a day within a month heading (Qt&apos;s letters: d day, MMMM month name).</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a ritual is due when it is a number of times a week.</extracomment>
        <translation>
            <numerusform>einmal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %n day(s).</source>
        <translation>
            <numerusform>An einem Tag erledigt.</numerusform>
            <numerusform>An %n Tagen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>brings %1</source>
        <extracomment>After a person&apos;s name in the Markdown export: %1 lists what they give (&quot;emotional, fun&quot;), as the Circles page says it.</extracomment>
        <translation>gibt dir: %1</translation>
    </message>
</context>
<context>
    <name>mosaic::Migrations</name>
    <message>
        <source>There is no schema step to version %1.</source>
        <translation>Es gibt keinen Schemaschritt zu Version %1.</translation>
    </message>
    <message>
        <source>Updating the journal to schema version %1</source>
        <translation>Das Aktualisieren des Tagebuchs auf Schemaversion %1</translation>
    </message>
    <message>
        <source>Preparing a large import</source>
        <translation>Das Vorbereiten eines großen Imports</translation>
    </message>
    <message>
        <source>Rebuilding the journal&apos;s indexes</source>
        <translation>Das Neuaufbauen der Indizes des Tagebuchs</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Das Neuaufbauen des Suchindex</translation>
    </message>
</context>
<context>
    <name>mosaic::OutputTarget</name>
    <message>
        <source>No file was given to write to.</source>
        <translation>Es wurde keine Datei angegeben, in die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to write to.</source>
        <extracomment>%1 is a path the person gave for a file to write.</extracomment>
        <translation>%1 ist ein Ordner; gib einen Dateinamen an, in den geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is the journal or another file Mosaic keeps in its data folder (or a link to one); writing there would replace it. Nothing was written. Choose a file outside the data folder.</source>
        <extracomment>%1 is a path the person gave for a file to write; it leads to the journal or another file Mosaic keeps.</extracomment>
        <translation>%1 ist das Tagebuch oder eine andere Datei, die Mosaic in seinem Datenordner aufbewahrt (oder ein Link darauf); dorthin zu schreiben würde sie ersetzen. Es wurde nichts geschrieben. Wähl eine Datei außerhalb des Datenordners.</translation>
    </message>
    <message>
        <source>The output goes to %1, which is the journal or another file Mosaic keeps: the shell emptied it before Mosaic started. Mosaic wrote nothing and left the journal&apos;s other files as they are. To get the journal back, restore a backup: &apos;mosaic restore --list&apos; shows the automatic ones. Next time, write to a file outside the data folder.</source>
        <extracomment>%1 is the file the shell was told to write to with &quot;&gt;&quot;, the journal or another file Mosaic keeps.</extracomment>
        <translation>Die Ausgabe geht nach %1, also ins Tagebuch oder in eine andere Datei, die Mosaic verwaltet: Die Shell hat sie geleert, bevor Mosaic startete. Mosaic hat nichts geschrieben und die übrigen Dateien des Tagebuchs so gelassen, wie sie sind. Um das Tagebuch zurückzubekommen, stelle eine Sicherung wieder her: &apos;mosaic restore --list&apos; zeigt die automatischen. Schreibe künftig in eine Datei außerhalb des Datenordners.</translation>
    </message>
</context>
<context>
    <name>mosaic::PreparedQuery</name>
    <message>
        <source>%1 failed: it is not in the journal.</source>
        <extracomment>%1 says what was being done, e.g. &quot;Deleting the circle&quot;.</extracomment>
        <translation>%1 ist fehlgeschlagen: Im Tagebuch wurde nichts dazu gefunden.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReadableMarkdown</name>
    <message>
        <source>Image from %1: %2</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is the web site it is on, %2 its description.</extracomment>
        <translation>Bild von %1: %2</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is the web site it is on (e.g. &quot;example.com&quot;).</extracomment>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>Image on this computer, not shown: %1</source>
        <extracomment>In place of a picture written into a text, never read from the disk: %1 is its description.</extracomment>
        <translation>Bild auf diesem Computer, nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Image on this computer, not shown</source>
        <extracomment>In place of a picture written into a text, never read from the disk.</extracomment>
        <translation>Bild auf diesem Computer, nicht angezeigt</translation>
    </message>
    <message>
        <source>Image, not shown: %1</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is its description.</extracomment>
        <translation>Bild, nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Image, not shown</source>
        <extracomment>In place of a picture written into a text, not loaded.</extracomment>
        <translation>Bild, nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>mosaic::RecordVersions</name>
    <message>
        <source>Reading the journal&apos;s %1</source>
        <extracomment>%1 is the name of a kind of record as stored, e.g. &quot;check-ins&quot; or &quot;circles&quot;; it stays in English.</extracomment>
        <translation>Das Lesen der Tagebuchdaten „%1“</translation>
    </message>
    <message>
        <source>Counting the journal&apos;s %1</source>
        <extracomment>%1 is the name of a kind of record as stored, e.g. &quot;check-ins&quot; or &quot;circles&quot;; it stays in English.</extracomment>
        <translation>Das Zählen der Tagebuchdaten „%1“</translation>
    </message>
</context>
<context>
    <name>mosaic::ReflectionDraftStore</name>
    <message>
        <source>Keeping the reflection as a draft</source>
        <translation>Das Speichern der Reflexion als Entwurf</translation>
    </message>
    <message>
        <source>Finishing the reflection</source>
        <translation>Das Abschließen der Reflexion</translation>
    </message>
    <message>
        <source>Reading the unfinished reflections</source>
        <translation>Das Lesen der unfertigen Reflexionen</translation>
    </message>
    <message>
        <source>Reading the reflection&apos;s draft</source>
        <translation>Das Lesen des Entwurfs der Reflexion</translation>
    </message>
</context>
<context>
    <name>mosaic::ReflectionModel</name>
    <message>
        <source>Pause</source>
        <translation>Innehalten</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Die Fakten</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Denkmuster</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Für und Wider</translation>
    </message>
    <message>
        <source>What else</source>
        <translation>Was noch</translation>
    </message>
    <message>
        <source>Reframes</source>
        <translation>Neue Sichtweisen</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>A way out</source>
        <translation>Ein Ausweg</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>A small challenge</source>
        <translation>Eine kleine Herausforderung</translation>
    </message>
    <message>
        <source>A hard moment</source>
        <translation>Ein schwieriger Moment</translation>
    </message>
    <message>
        <source>That reflection is no longer in the journal.</source>
        <translation>Diese Reflexion ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>No particular circle</source>
        <translation>Kein bestimmter Kreis</translation>
    </message>
    <message>
        <source>It was a busy, tired or awkward moment.</source>
        <translation>Es war ein hektischer, müder oder ungünstiger Moment.</translation>
    </message>
    <message>
        <source>Something about the place, the group or the occasion.</source>
        <translation>Etwas am Ort, an der Gruppe oder am Anlass.</translation>
    </message>
    <message>
        <source>A question of fit or taste, not of worth.</source>
        <translation>Eine Frage von Passung oder Geschmack, nicht von Wert.</translation>
    </message>
    <message>
        <source>What matters to them is not what matters to you.</source>
        <translation>Ihnen ist etwas anderes wichtig als dir.</translation>
    </message>
    <message>
        <source>Their way of saying things, or yours, got in the way.</source>
        <translation>Ihre Art, Dinge zu sagen – oder deine – stand im Weg.</translation>
    </message>
    <message>
        <source>They had their own troubles going on.</source>
        <translation>Sie hatten gerade mit eigenen Dingen zu kämpfen.</translation>
    </message>
    <message>
        <source>Something may have been heard differently than it was meant.</source>
        <translation>Vielleicht kam etwas anders an, als es gemeint war.</translation>
    </message>
    <message>
        <source>Another reason that has nothing to do with your worth.</source>
        <translation>Ein anderer Grund, der nichts mit deinem Wert zu tun hat.</translation>
    </message>
    <message>
        <source>What else was going on around it?</source>
        <translation>Was war drumherum sonst noch los?</translation>
    </message>
    <message>
        <source>Could it be the moment rather than you?</source>
        <translation>Könnte es am Moment gelegen haben statt an dir?</translation>
    </message>
    <message>
        <source>Not a match is not a verdict.</source>
        <translation>Nicht zusammenzupassen ist kein Urteil.</translation>
    </message>
    <message>
        <source>How might it have looked from where they stood?</source>
        <translation>Wie hat es wohl von ihrer Seite aus ausgesehen?</translation>
    </message>
    <message>
        <source>What do the facts actually say?</source>
        <translation>Was sagen die Fakten wirklich?</translation>
    </message>
    <message>
        <source>What can this teach you?</source>
        <translation>Was kannst du daraus lernen?</translation>
    </message>
    <message>
        <source>What would you say to a friend in your place?</source>
        <translation>Was würdest du einem lieben Menschen an deiner Stelle sagen?</translation>
    </message>
    <message>
        <source>Belief in the thought</source>
        <translation>Wie sehr du den Gedanken glaubst</translation>
    </message>
    <message>
        <source>Anxiety, expected → felt</source>
        <translation>Angst, erwartet → erlebt</translation>
    </message>
    <message>
        <source>This reflection was deleted meanwhile, so the change could not be saved.</source>
        <translation>Diese Reflexion wurde inzwischen gelöscht, deshalb konnte die Änderung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderJournal</name>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Dieses Ritual ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>This reminder is no longer in your journal.</source>
        <translation>Diese Erinnerung ist nicht mehr in deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderPreferences</name>
    <message>
        <source>Reminders rest until tomorrow</source>
        <translation>Erinnerungen ruhen bis morgen</translation>
    </message>
    <message>
        <source>Reminders rest until %1</source>
        <translation>Erinnerungen ruhen bis %1</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderStore</name>
    <message>
        <source>Saving the reminder</source>
        <translation>Das Speichern der Erinnerung</translation>
    </message>
    <message>
        <source>Saving the reminders</source>
        <translation>Das Speichern der Erinnerungen</translation>
    </message>
    <message>
        <source>Reading the reminder</source>
        <translation>Das Lesen der Erinnerung</translation>
    </message>
    <message>
        <source>Reading the reminders</source>
        <translation>Das Lesen der Erinnerungen</translation>
    </message>
    <message>
        <source>Deleting the reminder</source>
        <translation>Das Löschen der Erinnerung</translation>
    </message>
</context>
<context>
    <name>mosaic::RitualInsights</name>
    <message>
        <source>This week you kept %1% of the rituals that were due (%2 of %3).</source>
        <extracomment>%1 is a percentage, %2 how many rituals were kept, %3 how many were due.</extracomment>
        <translation>Diese Woche hast du %1&#xa0;% der fälligen Rituale gepflegt (%2 von %3).</translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you kept %1% of the rituals that were due (%2 of %3).</source>
        <translation>
            <numerusform>In der letzten Woche hast du %1&#xa0;% der fälligen Rituale gepflegt (%2 von %3).</numerusform>
            <numerusform>In den letzten %n Wochen hast du %1&#xa0;% der fälligen Rituale gepflegt (%2 von %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::SearchIndex</name>
    <message>
        <source>Searching the journal</source>
        <translation>Das Durchsuchen des Tagebuchs</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;: type a word with letters or digits.</source>
        <translation>In „%1“ gibt es nichts zu suchen: Gib ein Wort mit Buchstaben oder Ziffern ein.</translation>
    </message>
    <message>
        <source>This search is too long: a search can have up to %1 characters, and this one has %2. Try a few words from what you are looking for.</source>
        <extracomment>%1 is the most characters a search may have, %2 how many the search has.</extracomment>
        <translation>Diese Suche ist zu lang: Eine Suche darf bis zu %1 Zeichen haben, und diese hat %2. Versuch es mit ein paar Wörtern aus dem, was du suchst.</translation>
    </message>
    <message>
        <source>This search has too many words: a search can have up to %1 words, and this one has %2. Try a few words from what you are looking for.</source>
        <extracomment>%1 is the most words a search may have, %2 how many the search has.</extracomment>
        <translation>Diese Suche hat zu viele Wörter: Eine Suche darf bis zu %1 Wörter haben, und diese hat %2. Versuch es mit ein paar Wörtern aus dem, was du suchst.</translation>
    </message>
</context>
<context>
    <name>mosaic::SearchResultsModel</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Neue Sichtweise</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Ritual note</source>
        <translation>Ritualnotiz</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
</context>
<context>
    <name>mosaic::SqlRowReader</name>
    <message>
        <source>%1 failed: the journal holds a value this version of Mosaic cannot read (%2: %3). The file may be damaged; restore a backup (mosaic backup makes them).</source>
        <extracomment>%1 says what was being done (e.g. &quot;Reading the circles&quot;), %2 is a database column name, %3 the value found there.</extracomment>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch enthält einen Wert, den diese Version von Mosaic nicht lesen kann (%2: %3). Die Datei ist vielleicht beschädigt; stell eine Sicherung wieder her (mosaic backup legt welche an).</translation>
    </message>
</context>
<context>
    <name>mosaic::StorageLocation</name>
    <message>
        <source>The data folder %1 is on a network, FUSE or synced folder, where the journal can be damaged when two computers use it. Keep it on a local disk, and move a journal between computers with export and import (mosaic export, mosaic import).</source>
        <extracomment>%1 is the data folder. Keep &quot;mosaic export&quot; and &quot;mosaic import&quot; as they are.</extracomment>
        <translation>Der Datenordner %1 liegt in einem Netzwerk-, FUSE- oder synchronisierten Ordner, in dem das Tagebuch beschädigt werden kann, wenn zwei Computer es verwenden. Bewahre ihn auf einem lokalen Laufwerk auf und bring ein Tagebuch per Export und Import von einem Computer auf einen anderen (mosaic export, mosaic import).</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthActions</name>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Ein kürzerer Name passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A shorter text works better here: at most %1 characters.</source>
        <translation>Ein kürzerer Text passt hier besser: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A strength needs a name.</source>
        <translation>Eine Stärke braucht einen Namen.</translation>
    </message>
    <message>
        <source>A value needs a word or two.</source>
        <translation>Ein Wert braucht ein, zwei Worte.</translation>
    </message>
    <message>
        <source>A win needs a few words about what went well.</source>
        <translation>Ein Erfolg braucht ein paar Worte dazu, was gut gelaufen ist.</translation>
    </message>
    <message>
        <source>You can keep up to %1 values.</source>
        <translation>Du kannst bis zu %1 Werte festhalten.</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthStore</name>
    <message>
        <source>Saving the strength</source>
        <translation>Das Speichern der Stärke</translation>
    </message>
    <message>
        <source>Saving the strengths</source>
        <translation>Das Speichern der Stärken</translation>
    </message>
    <message>
        <source>Reading the strength</source>
        <translation>Das Lesen der Stärke</translation>
    </message>
    <message>
        <source>Reading the strengths</source>
        <translation>Das Lesen der Stärken</translation>
    </message>
    <message>
        <source>Deleting the strength</source>
        <translation>Das Löschen der Stärke</translation>
    </message>
    <message>
        <source>Saving the win</source>
        <translation>Das Speichern des Erfolgs</translation>
    </message>
    <message>
        <source>Saving the wins</source>
        <translation>Das Speichern der Erfolge</translation>
    </message>
    <message>
        <source>Reading the win</source>
        <translation>Das Lesen des Erfolgs</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>Das Lesen der Erfolge</translation>
    </message>
    <message>
        <source>Deleting the win</source>
        <translation>Das Löschen des Erfolgs</translation>
    </message>
    <message>
        <source>Saving the mission and values</source>
        <translation>Das Speichern von Leitsatz und Werten</translation>
    </message>
    <message>
        <source>Reading the mission and values</source>
        <translation>Das Lesen von Leitsatz und Werten</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthsModel</name>
    <message>
        <source>This strength is no longer in the journal.</source>
        <translation>Diese Stärke ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Counting the wins of each strength</source>
        <translation>Das Zählen der Erfolge jeder Stärke</translation>
    </message>
</context>
<context>
    <name>mosaic::TimelineModel</name>
    <message>
        <source>Ritual note</source>
        <translation>Ritualnotiz</translation>
    </message>
</context>
<context>
    <name>mosaic::TimelineQueries</name>
    <message>
        <source>Reading the journal&apos;s timeline</source>
        <translation>Das Lesen der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>mosaic::TodayModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>Planned for today</source>
        <translation>Für heute geplant</translation>
    </message>
    <message>
        <source>Planned for tomorrow</source>
        <translation>Für morgen geplant</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Für %1 geplant</translation>
    </message>
    <message>
        <source>Was planned for %1</source>
        <translation>War für %1 geplant</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <source>A reflection without a title yet</source>
        <translation>Eine Reflexion, noch ohne Titel</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hallo, Nachteule</translation>
    </message>
    <message>
        <source>Last written %1</source>
        <translation>Zuletzt geschrieben: %1</translation>
    </message>
    <message>
        <source>Check this ritual off first, then change its number.</source>
        <translation>Hak dieses Ritual zuerst ab, dann kannst du die Zahl ändern.</translation>
    </message>
    <message>
        <source>This next step is no longer in your journal.</source>
        <translation>Dieser nächste Schritt ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format</comment>
        <extracomment>QDate format of a day in this year (d day, MMMM month name); order and punctuate it for your language, e.g. &quot;d. MMMM&quot;.</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>QDate format of a day in another year (d day, MMMM month name, yyyy year), e.g. &quot;d. MMMM yyyy&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <extracomment>When something was written; %n is 2 to 6.</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <extracomment>A memory from this day in an earlier year; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TodayQueries</name>
    <message>
        <source>Reading today&apos;s check-ins</source>
        <translation>Das Lesen der heutigen Einträge</translation>
    </message>
    <message>
        <source>Reading the open next steps</source>
        <translation>Das Lesen der offenen nächsten Schritte</translation>
    </message>
    <message>
        <source>Reading the planned challenges</source>
        <translation>Das Lesen der geplanten Herausforderungen</translation>
    </message>
    <message>
        <source>Reading the reflection</source>
        <translation>Das Lesen der Reflexion</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Das Lesen des Tagebuchs</translation>
    </message>
    <message>
        <source>Reading what you wrote on this day</source>
        <translation>Das Lesen dessen, was du an diesem Tag geschrieben hast</translation>
    </message>
</context>
<context>
    <name>mosaic::TodayRitualsModel</name>
    <message>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>%n Woche in Folge</numerusform>
            <numerusform>%n Wochen in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TransferFiles</name>
    <message>
        <source>Looking for records in the journal</source>
        <translation>Das Suchen nach Einträgen im Tagebuch</translation>
    </message>
</context>
<context>
    <name>mosaic::ValidationReport</name>
    <message>
        <source>the file is not a valid Mosaic journal: more than %1 problems; the first %1:</source>
        <extracomment>The first line of an import&apos;s problem list; %1 is the limit on problems shown.</extracomment>
        <translation>die Datei ist kein gültiges Mosaic-Tagebuch: mehr als %1 Probleme; die ersten %1:</translation>
    </message>
    <message numerus="yes">
        <source>the file is not a valid Mosaic journal: %n problem(s)</source>
        <extracomment>The first line of an import&apos;s problem list.</extracomment>
        <translation>
            <numerusform>die Datei ist kein gültiges Mosaic-Tagebuch: %n Problem</numerusform>
            <numerusform>die Datei ist kein gültiges Mosaic-Tagebuch: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>an array</source>
        <comment>found</comment>
        <extracomment>A JSON value found in the file, in &quot;(got an array)&quot;.</extracomment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>found</comment>
        <extracomment>A JSON value found in the file, in &quot;(got an object)&quot;.</extracomment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>In &quot;(got nothing)&quot;: no value at all.</extracomment>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>mosaic::WeeklyLetter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>QDate format of the Monday in the letter&apos;s heading (d day, MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Dear me, the week of %1</source>
        <extracomment>Heading of the weekly letter to oneself; %1 is the Monday of the week, e.g. &quot;24 November 2026&quot;.</extracomment>
        <translation>Liebes Ich, die Woche ab dem %1</translation>
    </message>
    <message>
        <source>Wins this week</source>
        <translation>Erfolge dieser Woche</translation>
    </message>
    <message>
        <source>No wins written down this week. What went well, however small?</source>
        <translation>Diese Woche keine Erfolge aufgeschrieben. Was lief gut, egal wie klein?</translation>
    </message>
    <message>
        <source>Rituals I kept</source>
        <translation>Rituale, die ich gepflegt habe</translation>
    </message>
    <message>
        <source>A quiet week for rituals. That is allowed; next week is a fresh start.</source>
        <translation>Eine ruhige Woche für die Rituale. Das ist erlaubt; nächste Woche ist ein neuer Anfang.</translation>
    </message>
    <message>
        <source>What I want to tell myself</source>
        <translation>Was ich mir sagen möchte</translation>
    </message>
</context>
<context>
    <name>mosaic::WinsModel</name>
    <message>
        <source>The date %1 could not be read. Write it as year-month-day, for example %2.</source>
        <translation>Das Datum %1 konnte nicht gelesen werden. Schreib es als Jahr-Monat-Tag, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of win Mosaic knows.</source>
        <translation>„%1“ ist keine Art von Erfolg, die Mosaic kennt.</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>Das Lesen der Erfolge</translation>
    </message>
    <message>
        <source>Counting the wins</source>
        <translation>Das Zählen der Erfolge</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::BackupCommand</name>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die Sicherungsdatei, die geschrieben wird (sie wird ersetzt, falls es sie schon gibt).</translation>
    </message>
    <message>
        <source>backup takes no arguments besides -o FILE.</source>
        <translation>backup nimmt außer -o FILE keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>backup needs -o FILE: where to write the copy.</source>
        <translation>backup braucht -o FILE: wohin die Kopie geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Backed up the journal to %1</source>
        <translation>Das Tagebuch wurde in %1 gesichert</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CheckCommand</name>
    <message>
        <source>integrity</source>
        <extracomment>A check of `mosaic check`: the database file&apos;s own consistency.</extracomment>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>references</source>
        <extracomment>A check of `mosaic check`: every reference between records names an existing record.</extracomment>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>search index</source>
        <extracomment>A check of `mosaic check`: the full-text search index.</extracomment>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>orphans</source>
        <extracomment>A check of `mosaic check`: records whose parent record does not exist.</extracomment>
        <translation>Verwaiste Einträge</translation>
    </message>
    <message>
        <source>Restore a backup: &apos;mosaic restore --list&apos; shows the automatic backups, &apos;mosaic restore FILE&apos; puts one back (the current journal is kept as a backup first). Settings in the window does the same.</source>
        <translation>Eine Sicherung wiederherstellen: &apos;mosaic restore --list&apos; zeigt die automatischen Sicherungen, &apos;mosaic restore FILE&apos; stellt eine wieder her (das aktuelle Tagebuch wird vorher als Sicherung aufbewahrt). In den Einstellungen im Fenster geht das auch.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>check takes no arguments besides its options.</source>
        <translation>check nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>There is no journal in %1 yet, so there is nothing to check.</source>
        <extracomment>%1 is the data folder.</extracomment>
        <translation>In %1 gibt es noch kein Tagebuch, also gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <extracomment>%1 is the journal file&apos;s path.</extracomment>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>  %1 ok</source>
        <extracomment>One line of `mosaic check`: %1 is the check&apos;s name, padded; the rest says it passed.</extracomment>
        <translation>  %1 ok</translation>
    </message>
    <message>
        <source>  %1 FAILED</source>
        <translation>  %1 FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>Das Tagebuch ist in Ordnung.</translation>
    </message>
    <message>
        <source>The journal failed a check. Nothing was changed.</source>
        <translation>Das Tagebuch hat eine Prüfung nicht bestanden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CheckInCommand</name>
    <message>
        <source>There is no habit &quot;%1&quot;: the journal has no habits yet.</source>
        <translation>Es gibt keine Gewohnheit „%1“: Das Tagebuch hat noch keine Gewohnheiten.</translation>
    </message>
    <message>
        <source>There is no habit &quot;%1&quot;. The habits are: %2.</source>
        <translation>Es gibt keine Gewohnheit „%1“. Die Gewohnheiten sind: %2.</translation>
    </message>
    <message>
        <source>Several habits are called &quot;%1&quot;; name one by its id: %2.</source>
        <translation>Mehrere Gewohnheiten heißen „%1“; gib eine über ihre ID an: %2.</translation>
    </message>
    <message>
        <source>The day to check in (default: today).</source>
        <translation>Der Tag, der abgehakt werden soll (Standard: heute).</translation>
    </message>
    <message>
        <source>Mark the day as skipped: it neither counts nor breaks the streak.</source>
        <translation>Den Tag als ausgelassen markieren: Er zählt nicht und unterbricht auch die Serie nicht.</translation>
    </message>
    <message>
        <source>A note to keep with the check-in.</source>
        <translation>Eine Notiz zum Eintrag.</translation>
    </message>
    <message>
        <source>checkin needs one HABIT, by name or id, e.g. mosaic checkin &quot;Gratitude&quot;.</source>
        <translation>checkin braucht genau eine Gewohnheit (HABIT), per Name oder ID, z. B. mosaic checkin &quot;Dankbarkeit&quot;.</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-11-27 (got &quot;%1&quot;).</source>
        <translation>--date muss ein Datum wie 2026-11-27 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>%1 is in the future; check-ins are for today or earlier days.</source>
        <extracomment>%1 is the date the user gave with --date.</extracomment>
        <translation>%1 liegt in der Zukunft; abhaken kannst du nur heute oder frühere Tage.</translation>
    </message>
    <message>
        <source>--skip and --value do not go together: a skipped day has no value.</source>
        <translation>--skip und --value passen nicht zusammen: Ein ausgelassener Tag hat keinen Wert.</translation>
    </message>
    <message>
        <source>--value must be a number from 0 to 1000000 (got &quot;%1&quot;).</source>
        <translation>--value muss eine Zahl von 0 bis 1000000 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot; on %2.</source>
        <extracomment>%1 is the habit&apos;s name, %2 the day.</extracomment>
        <translation>„%1“ am %2 ausgelassen.</translation>
    </message>
    <message>
        <source>Checked in &quot;%1&quot; on %2.</source>
        <extracomment>%1 is the habit&apos;s name, %2 the day.</extracomment>
        <translation>„%1“ am %2 abgehakt.</translation>
    </message>
    <message>
        <source>Current streak: %1 (best %2).</source>
        <extracomment>After a check-in: %1 is the current streak (e.g. &quot;3 days&quot;), %2 the best streak as a number.</extracomment>
        <translation>Aktuelle Serie: %1 (längste: %2).</translation>
    </message>
    <message>
        <source>Streak on %1: %2 (best %3).</source>
        <extracomment>After checking in an earlier day: %1 is that day, %2 the streak then (e.g. &quot;3 days&quot;), %3 the best streak as a number.</extracomment>
        <translation>Serie am %1: %2 (längste: %3).</translation>
    </message>
    <message>
        <source>Note: the habit starts on %1, so this day does not count towards it.</source>
        <extracomment>%1 is the habit&apos;s start date.</extracomment>
        <translation>Hinweis: Die Gewohnheit beginnt am %1, deshalb zählt dieser Tag nicht dazu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked off, not counted: --value is only for habits with a count target. Nothing was written.</source>
        <extracomment>%1 is the habit&apos;s name.</extracomment>
        <translation>„%1“ wird abgehakt, nicht gezählt: --value gilt nur für Gewohnheiten mit einem Zählziel. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>How much was done, for habits with a count target (0 to 1000000; without it, the goal, or the number the day already has).</source>
        <translation>Wie viel geschafft wurde, bei Gewohnheiten mit Zielzahl (0 bis 1000000; ohne Angabe das Ziel oder die Zahl, die der Tag schon hat).</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CommandContext</name>
    <message>
        <source>Run &apos;mosaic --help&apos; for usage.</source>
        <translation>Hilfe zur Verwendung: &apos;mosaic --help&apos;.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CommandLine</name>
    <message>
        <source>Write the whole journal as JSON (the interchange format) or Markdown</source>
        <translation>Das ganze Tagebuch als JSON (das Austauschformat) oder Markdown schreiben</translation>
    </message>
    <message>
        <source>Check an interchange file, then merge it into the journal</source>
        <translation>Eine Austauschdatei prüfen und dann mit dem Tagebuch zusammenführen</translation>
    </message>
    <message>
        <source>Counts, each habit&apos;s streaks and strength, belonging balance</source>
        <translation>Zahlen, Serien und Festigkeit jeder Gewohnheit, Ausgewogenheit der Zugehörigkeit</translation>
    </message>
    <message>
        <source>Full-text search over everything written</source>
        <translation>Volltextsuche in allem, was du geschrieben hast</translation>
    </message>
    <message>
        <source>Record one habit check-in, by habit name or id</source>
        <translation>Einen Eintrag für eine Gewohnheit speichern, per Name oder ID</translation>
    </message>
    <message>
        <source>Upcoming reminder times in the local time zone (TZ)</source>
        <translation>Anstehende Erinnerungszeiten in der lokalen Zeitzone (TZ)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the journal, even while Mosaic is open</source>
        <translation>Eine konsistente Kopie des Tagebuchs schreiben, auch während Mosaic geöffnet ist</translation>
    </message>
    <message>
        <source>The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR, else the system&apos;s application data folder).</source>
        <translation>Der Datenordner mit journal.sqlite (Standard: $MOSAIC_DATA_DIR, sonst der Anwendungsdatenordner des Systems).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;mosaic --help&apos; for usage.</source>
        <translation>Hilfe zur Verwendung: &apos;mosaic --help&apos;.</translation>
    </message>
    <message>
        <source>mosaic: unknown command &apos;%1&apos;.</source>
        <extracomment>%1 is the word the user typed as a command.</extracomment>
        <translation>mosaic: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The command.</source>
        <extracomment>In a command&apos;s --help: describes the command&apos;s own name among the arguments.</extracomment>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Run &apos;mosaic %1 --help&apos; for usage.</source>
        <translation>Hilfe zur Verwendung: &apos;mosaic %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Check the journal for damage: integrity, references, search index</source>
        <translation>Das Tagebuch auf Schäden prüfen: Integrität, Verweise, Suchindex</translation>
    </message>
    <message>
        <source>Put a backup back in place of the journal (--list shows the automatic ones)</source>
        <translation>Eine Sicherung an die Stelle des Tagebuchs setzen (--list zeigt die automatischen)</translation>
    </message>
    <message>
        <source>The interchange file (JSON) to check and merge.</source>
        <translation>Die Austauschdatei (JSON), die geprüft und zusammengeführt wird.</translation>
    </message>
    <message>
        <source>The words to search for; several words are joined by spaces.</source>
        <translation>Die Wörter, nach denen gesucht wird; mehrere Wörter werden durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>The habit&apos;s name (any case) or id.</source>
        <translation>Der Name der Gewohnheit (Groß- und Kleinschreibung egal) oder ihre ID.</translation>
    </message>
    <message>
        <source>A backup&apos;s name from --list, or the path of a backup file.</source>
        <translation>Der Name einer Sicherung aus --list oder der Pfad einer Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Show this help; &apos;mosaic COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>Diese Hilfe anzeigen; &apos;mosaic COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Show every page offscreen in an example journal of its own, then exit (0 when none failed).</source>
        <translation>Jede Seite unsichtbar in einem eigenen Beispieltagebuch anzeigen, dann beenden (0, wenn keine fehlschlug).</translation>
    </message>
    <message>
        <source>Save every page of the example journal, light and dark, as PNG files in DIR.</source>
        <translation>Jede Seite des Beispieltagebuchs, hell und dunkel, als PNG-Dateien in DIR speichern.</translation>
    </message>
    <message>
        <source>Usage: mosaic [COMMAND] [OPTIONS]

Mosaic is a journal for taking social rejection less hard and growing from it.
</source>
        <extracomment>The first lines of `mosaic --help`; keep &quot;mosaic [COMMAND] [OPTIONS]&quot; as it is.</extracomment>
        <translation>Verwendung: mosaic [COMMAND] [OPTIONS]

Mosaic ist ein Tagebuch, um Zurückweisung weniger schwer zu nehmen und daran zu wachsen.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Without a command, mosaic opens its window; instead, it can:</source>
        <extracomment>A heading in `mosaic --help`, above --self-test and --screenshots.</extracomment>
        <translation>Ohne Befehl öffnet mosaic sein Fenster; stattdessen kann es:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Exit-Codes:</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another with --data-dir.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Wähl mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check its permissions, or choose another with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüf die Berechtigungen oder wähl mit --data-dir einen anderen.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ExitCodes</name>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>The operation failed while running (a full disk; a busy, read-only or damaged journal); the journal is as it was.</source>
        <translation>Der Vorgang ist während der Ausführung fehlgeschlagen (volle Festplatte; ein belegtes, schreibgeschütztes oder beschädigtes Tagebuch); das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Bad input or usage (an unknown option, a missing argument, a file that fails validation); nothing was written.</source>
        <translation>Ungültige Eingabe oder Verwendung (eine unbekannte Option, ein fehlendes Argument, eine Datei, die die Prüfung nicht besteht); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ExportCommand</name>
    <message>
        <source>json (the interchange format, default) or markdown (to read).</source>
        <translation>json (das Austauschformat, Standard) oder markdown (zum Lesen).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced as a whole).</source>
        <translation>In FILE statt in die Standardausgabe schreiben (die Datei wird als Ganzes ersetzt).</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options.</source>
        <translation>export nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--format must be json or markdown (got &quot;%1&quot;).</source>
        <translation>--format muss json oder markdown sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Das Tagebuch wurde nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ImportCommand</name>
    <message>
        <source>Check the file and report what would change, without writing anything.</source>
        <translation>Die Datei prüfen und berichten, was sich ändern würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE, e.g. mosaic import journal.json.</source>
        <translation>import braucht genau eine Datei (FILE), z. B. mosaic import journal.json.</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid; nothing was written. Importing it would add %L2, update %L3 and leave %L4 unchanged.</source>
        <extracomment>%1 is the file&apos;s name; %2, %3 and %4 are numbers of records.</extracomment>
        <translation>Probelauf: %1 ist gültig; es wurde nichts geschrieben. Ein Import würde %L2 hinzufügen, %L3 aktualisieren und %L4 unverändert lassen.</translation>
    </message>
    <message>
        <source>Imported %1: %L2 added, %L3 updated, %L4 unchanged.</source>
        <extracomment>%1 is the file&apos;s name; %2, %3 and %4 are numbers of records.</extracomment>
        <translation>%1 importiert: %L2 hinzugefügt, %L3 aktualisiert, %L4 unverändert.</translation>
    </message>
    <message>
        <source>  %1 %L2 added, %L3 updated, %L4 unchanged</source>
        <extracomment>One line per kind of record after an import: %1 is the kind as the file names it (e.g. &quot;checkIns&quot;), padded; %2, %3 and %4 are numbers of records, padded to line up.</extracomment>
        <translation>  %1 %L2 hinzugefügt, %L3 aktualisiert, %L4 unverändert</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::RemindersCommand</name>
    <message>
        <source>How many firings to list, 1 to 1000 (default: 10).</source>
        <translation>Wie viele anstehende Erinnerungen aufgelistet werden, 1 bis 1000 (Standard: 10).</translation>
    </message>
    <message>
        <source>List firings strictly after this RFC 3339 instant, e.g. 2026-03-28T20:00:00Z (default: now).</source>
        <translation>Nur Erinnerungen auflisten, die echt nach diesem RFC-3339-Zeitpunkt kommen, z. B. 2026-03-28T20:00:00Z (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Print the firings as JSON.</source>
        <translation>Die Erinnerungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>reminders takes no arguments besides its options.</source>
        <translation>reminders nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--next must be a whole number from 1 to %1 (got &quot;%2&quot;).</source>
        <translation>--next muss eine ganze Zahl von 1 bis %1 sein (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>--after must be an RFC 3339 instant like 2026-03-28T20:00:00Z or 2026-03-28T21:00:00+01:00 (got &quot;%1&quot;).</source>
        <translation>--after muss ein RFC-3339-Zeitpunkt wie 2026-03-28T20:00:00Z oder 2026-03-28T21:00:00+01:00 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>No upcoming reminders: none is enabled.</source>
        <translation>Keine anstehenden Erinnerungen: Keine ist eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::RestoreCommand</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A backup&apos;s date and time: %1 is the date, %2 the time.</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Kinds of backup in `mosaic restore --list`: the day&apos;s automatic one, or the journal kept before a restore.</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>No automatic backups in %1 yet. Mosaic makes one a day when the journal changed.</source>
        <extracomment>%1 is the backups folder.</extracomment>
        <translation>In %1 gibt es noch keine automatischen Sicherungen. Mosaic erstellt eine pro Tag, wenn sich das Tagebuch geändert hat.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <extracomment>Heading of `mosaic restore --list`; %1 is the backups folder.</extracomment>
        <translation>Sicherungen in %1, die neuesten zuerst:</translation>
    </message>
    <message>
        <source>Restore one with: mosaic restore FILE</source>
        <translation>Eine wiederherstellen mit: mosaic restore FILE</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <extracomment>%1 is when the backup was taken.</extracomment>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <extracomment>What a backup holds; each is a count of records.</extracomment>
        <translation>Enthält: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n Erfolg</numerusform>
            <numerusform>%n Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n Stärke</numerusform>
            <numerusform>%n Stärken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n habit(s)</source>
        <translation>
            <numerusform>%n Gewohnheit</numerusform>
            <numerusform>%n Gewohnheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the journal with this backup? The current journal is kept as a backup first. [y/N] </source>
        <translation>Das Tagebuch durch diese Sicherung ersetzen? Das aktuelle Tagebuch wird vorher als Sicherung aufbewahrt. [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The answers that mean yes to &quot;Replace the journal with this backup? [y/N]&quot;, lower case.</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>List the automatic backups, newest first.</source>
        <translation>Die automatischen Sicherungen auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>With --list: print the list as JSON.</source>
        <translation>Mit --list: die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Restore without asking (needed when not run from a terminal).</source>
        <translation>Ohne Nachfrage wiederherstellen (nötig, wenn es nicht in einem Terminal läuft).</translation>
    </message>
    <message>
        <source>restore --list takes no FILE.</source>
        <translation>restore --list nimmt keine FILE.</translation>
    </message>
    <message>
        <source>restore needs one BACKUP file, e.g. mosaic restore journal-2026-11-20.sqlite; &apos;mosaic restore --list&apos; shows them.</source>
        <translation>restore braucht eine Sicherungsdatei (BACKUP), z. B. mosaic restore journal-2026-11-20.sqlite; &apos;mosaic restore --list&apos; zeigt sie.</translation>
    </message>
    <message>
        <source>restore asks before replacing the journal, and there is no terminal to ask on. Run it in a terminal, or add --yes to restore without asking. Nothing was changed.</source>
        <translation>restore fragt nach, bevor es das Tagebuch ersetzt, und es gibt kein Terminal, in dem es fragen kann. Führ es in einem Terminal aus oder gib --yes an, um ohne Nachfrage wiederherzustellen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored the journal from %1.</source>
        <translation>Das Tagebuch wurde aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The journal as it was before is kept in %1.</source>
        <extracomment>%1 is the path of the copy of the journal as it was before the restore.</extracomment>
        <translation>Das Tagebuch, wie es vorher war, ist in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::SearchCommand</name>
    <message>
        <source>Print the matches as JSON: [{&quot;type&quot;, &quot;id&quot;, &quot;snippet&quot;}], best first.</source>
        <translation>Die Treffer als JSON ausgeben: [{&quot;type&quot;, &quot;id&quot;, &quot;snippet&quot;}], die besten zuerst.</translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation>Höchstens N Treffer (Standard: 20).</translation>
    </message>
    <message>
        <source>search needs a QUERY, e.g. mosaic search &quot;left out&quot;.</source>
        <translation>search braucht eine Suchanfrage (QUERY), z. B. mosaic search &quot;ausgeschlossen&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::StandardOutput</name>
    <message>
        <source>Writing to standard output failed. %1</source>
        <extracomment>%1 is advice on what to do, e.g. &quot;The disk is full. Free some space and try again.&quot;</extracomment>
        <translation>Das Schreiben in die Standardausgabe ist fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::StatsCommand</name>
    <message>
        <source>Mosaic journal as of %1</source>
        <extracomment>Heading of `mosaic stats`; %1 is a date.</extracomment>
        <translation>Mosaic-Tagebuch, Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <extracomment>Reflections in the journal (an incident is a hard moment written down).</extracomment>
        <translation>
            <numerusform>%Ln Reflexion</numerusform>
            <numerusform>%Ln Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reframe(s)</source>
        <translation>
            <numerusform>%Ln neue Sichtweise</numerusform>
            <numerusform>%Ln neue Sichtweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln strength(s)</source>
        <extracomment>&quot;strength&quot; here is a personal strength; a win is a small success written down.</extracomment>
        <translation>
            <numerusform>%Ln Stärke</numerusform>
            <numerusform>%Ln Stärken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln Erfolg</numerusform>
            <numerusform>%Ln Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln habit(s)</source>
        <translation>
            <numerusform>%Ln Gewohnheit</numerusform>
            <numerusform>%Ln Gewohnheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <extracomment>Belonging circles, the people in them, their memberships in circles and noted contacts with them.</extracomment>
        <translation>
            <numerusform>%Ln Kreis</numerusform>
            <numerusform>%Ln Kreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln Platz in einem Kreis</numerusform>
            <numerusform>%Ln Plätze in Kreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Habits</source>
        <extracomment>Heading in `mosaic stats`.</extracomment>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  noch keine</translation>
    </message>
    <message>
        <source>  %1  streak %2 · best %3 · strength %4/100</source>
        <extracomment>One habit in `mosaic stats`: %1 its name, %2 the current streak (e.g. &quot;3 days&quot;), %3 the best streak as a number, %4 the habit&apos;s strength score from 0 to 100 (how firmly the habit holds, not a personal strength).</extracomment>
        <translation>  %1  Serie %2 · längste %3 · Festigkeit %4/100</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <extracomment>After a habit&apos;s line in `mosaic stats`; %1 is that line.</extracomment>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Belonging</source>
        <extracomment>Heading in `mosaic stats`: how belonging is spread over circles.</extracomment>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>  no one placed in a circle yet</source>
        <translation>  noch niemand in einem Kreis</translation>
    </message>
    <message>
        <source>  effective circles %1 · largest share %2% · circles with inner-ring people %3</source>
        <extracomment>%1 the effective number of circles (a decimal such as 2.35), %2 the largest circle&apos;s share in percent, %3 how many circles hold someone in the inner ring.</extracomment>
        <translation>  tragende Kreise %1 · größter Anteil %2&#xa0;% · Kreise mit Menschen im inneren Ring %3</translation>
    </message>
    <message>
        <source>  Most of your belonging rests on one circle. A little time with another one could cushion hard days.</source>
        <translation>  Deine Zugehörigkeit ruht vor allem auf einem Kreis. Ein wenig Zeit mit einem anderen könnte schwere Tage abfedern.</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Die Statistik als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Compute as of this date instead of today.</source>
        <translation>Zum angegebenen Datum statt für heute berechnen.</translation>
    </message>
    <message>
        <source>stats takes no arguments besides its options.</source>
        <translation>stats nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-27 (got &quot;%1&quot;).</source>
        <translation>--today muss ein Datum wie 2026-11-27 sein (angegeben: „%1“).</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::Wording</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>A streak&apos;s length in weeks.</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::journal::JournalLabels</name>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <extracomment>A calendar&apos;s month heading: %1 is the month&apos;s name, %2 the year.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>mosaic::reminders::FreedesktopNotifier</name>
    <message>
        <source>In 10 minutes</source>
        <extracomment>Button on a reminder notification: snoozes it, so that it comes again in 10 minutes.</extracomment>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>mark the ritual done</comment>
        <extracomment>Button on a reminder notification: marks the ritual as done for today.</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open the window</comment>
        <extracomment>Button on a reminder notification: opens Mosaic&apos;s window.</extracomment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>mosaic::reminders::ReminderService</name>
    <message>
        <source>A gentle nudge: it is time for this ritual.</source>
        <extracomment>Body of a reminder notification for a ritual that has no prompt of its own.</extracomment>
        <translation>Ein sanfter Anstoß: Zeit für dieses Ritual.</translation>
    </message>
    <message>
        <source>Here it is again, as you asked.
%1</source>
        <extracomment>Body of a snoozed reminder notification; %1 is the ritual&apos;s prompt on its own line.</extracomment>
        <translation>Hier ist sie wieder, wie gewünscht.
%1</translation>
    </message>
    <message>
        <source>Its time was %1.
%2</source>
        <extracomment>Body of a late reminder notification (after sleep, say): %1 is the time it was due, %2 the ritual&apos;s prompt on its own line.</extracomment>
        <translation>Vorgesehen war %1 Uhr.
%2</translation>
    </message>
</context>
<context>
    <name>mosaic::reminders::TrayIcon</name>
    <message>
        <source>Mosaic</source>
        <extracomment>First line of the tray icon&apos;s tooltip: the application&apos;s name.</extracomment>
        <translation>Mosaic</translation>
    </message>
    <message>
        <source>Open Mosaic</source>
        <translation>Mosaic öffnen</translation>
    </message>
    <message>
        <source>Today&apos;s rituals</source>
        <translation>Heutige Rituale</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Erinnerungen 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Quit Mosaic</source>
        <translation>Mosaic beenden</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Next reminder at %1</source>
        <extracomment>Second line of the tray icon&apos;s tooltip; %1 is a time of day.</extracomment>
        <translation>Nächste Erinnerung um %1</translation>
    </message>
    <message>
        <source>No rituals today</source>
        <translation>Heute keine Rituale</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <extracomment>A ritual in the tray menu that is done (or skipped) today; %1 is its name.</extracomment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Mosaic is still here</source>
        <translation>Mosaic ist noch da</translation>
    </message>
    <message>
        <source>Mosaic keeps running in the tray so that your reminders can reach you. Quit from this icon&apos;s menu, or change this in Settings.</source>
        <translation>Mosaic läuft im Infobereich weiter, damit dich deine Erinnerungen erreichen. Beenden kannst du es über das Menü dieses Symbols, oder du änderst das in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>mosaic::window::WindowApp</name>
    <message>
        <source>mosaic: --self-test and --screenshots show the example journal in a folder of their own and never use a journal of yours; leave out --data-dir. Nothing was written.</source>
        <translation>mosaic: --self-test und --screenshots zeigen das Beispieltagebuch in einem eigenen Ordner und verwenden nie ein Tagebuch von dir; lass --data-dir weg. Es wurde nichts geschrieben.</translation>
    </message>
</context>
</TS>
