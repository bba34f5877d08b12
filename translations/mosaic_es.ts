<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AwayList</name>
    <message>
        <source>While you were away</source>
        <translation>Mientras no estabas</translation>
    </message>
    <message>
        <source>Its time was %1</source>
        <extracomment>%1 is the time of day the reminder was due, e.g. &quot;7:30&quot;.</extracomment>
        <translation>Era para las %1</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Button: the ritual of this reminder is done (check it off for today).</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Check off %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>Marcar %1 como hecho</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Button: remind me again later (snooze).</extracomment>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Remind me of %1 later</source>
        <extracomment>%1 is the name of a ritual (a habit) or a reminder.</extracomment>
        <translation>Recordarme %1 más tarde</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <source>Remind me at this time of day</source>
        <translation>Recordármelo a esta hora</translation>
    </message>
    <message>
        <source>Set</source>
        <extracomment>Button (verb): remind me again at the time typed.</extracomment>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button (verb): show this ritual on the Habits page.</extracomment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Placeholder of a field for a time of day to be reminded again; %1 is an example time as the user&apos;s language writes it (e.g. &quot;6:30 PM&quot; or &quot;18:30&quot;).</extracomment>
        <translation>a las %1</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <extracomment>Accessible name of a chart&apos;s legend (the key to its colours).</extracomment>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <source>Edit circle</source>
        <extracomment>Dialog title; &quot;Edit&quot; is a verb. A circle is a group the user belongs to (family, a team, a club…).</extracomment>
        <translation>Editar círculo</translation>
    </message>
    <message>
        <source>A new circle</source>
        <translation>Un círculo nuevo</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the circle.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the circle&apos;s name.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Climbing club, my sister, the night-shift team…</source>
        <translation>Club de escalada, mi hermana, el equipo del turno de noche…</translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation>Nombre del círculo</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Field label: the kind of circle (family, friends, work…).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of circle</source>
        <translation>Tipo de círculo</translation>
    </message>
    <message>
        <source>Which side of you it brings out</source>
        <translation>Qué lado de ti despierta</translation>
    </message>
    <message>
        <source>Patient, a bit daring</source>
        <extracomment>Example of a side of the user a circle brings out.</extracomment>
        <translation>Paciencia, algo de audacia</translation>
    </message>
    <message>
        <source>Which side of you this circle brings out</source>
        <translation>Qué lado de ti despierta este círculo</translation>
    </message>
    <message>
        <source>How much it matters to you</source>
        <translation>Cuánto te importa</translation>
    </message>
    <message>
        <source>How much this circle matters, 1 to 5</source>
        <translation>Cuánto te importa este círculo, de 1 a 5</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Colour choice: let Mosaic pick the circle&apos;s colour.</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic colour</source>
        <translation>Color automático</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <extracomment>Accessible name of a colour swatch; %1 is its number (1 to 8).</extracomment>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Field label (noun): free notes about the circle.</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>When you meet, what you share…</source>
        <translation>Cuándo nos vemos, qué compartimos…</translation>
    </message>
    <message>
        <source>Notes about this circle</source>
        <translation>Notas sobre este círculo</translation>
    </message>
</context>
<context>
    <name>CirclesBalanceCard</name>
    <message>
        <source>Balance</source>
        <extracomment>Card heading: how the user&apos;s ties are spread over their circles (noun).</extracomment>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>effective circles</source>
        <extracomment>Follows a number with one decimal, e.g. &quot;2.4&quot;: how many circles the ties are spread over, in effect.</extracomment>
        <translation>círculos efectivos</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in the largest circle</source>
        <extracomment>Follows a percentage, e.g. &quot;40%&quot;: the share of the user&apos;s ties in their largest circle.</extracomment>
        <translation>en el círculo más grande</translation>
    </message>
    <message numerus="yes">
        <source>circles with someone close</source>
        <extracomment>Follows a number (shown apart, above this text, so %n does not appear): how many circles have someone in their inner ring.</extracomment>
        <translation>
            <numerusform>círculo con alguien cercano</numerusform>
            <numerusform>círculos con alguien cercano</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CirclesBalanceFigure</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Accessible name of a figure of the balance: %1 is the number, %2 what it counts (e.g. &quot;effective circles&quot;).</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>CirclesCirclePanel</name>
    <message>
        <source>%1 · matters %2 of 5 · %3 of your ties</source>
        <extracomment>About a circle: %1 is its kind (e.g. &quot;Friends&quot;), %2 how much it matters (1 to 5), %3 its share of all the user&apos;s ties, e.g. &quot;25%&quot;.</extracomment>
        <translation>%1 · importancia %2 de 5 · %3 de tus vínculos</translation>
    </message>
    <message>
        <source>Brings out: %1</source>
        <extracomment>%1 is the side of the user the circle brings out, e.g. &quot;my playful side&quot;.</extracomment>
        <translation>Despierta: %1</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The people in the selected circle.</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No one here yet.</source>
        <translation>Todavía no hay nadie aquí.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Ring of %1</source>
        <extracomment>Ring: how close the person is in the circle (inner, middle, outer); %1 is the person&apos;s name.</extracomment>
        <translation>Anillo de %1</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this circle.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <translation>Hablé con esta persona</translation>
    </message>
</context>
<context>
    <name>CirclesContactLogCard</name>
    <message>
        <source>Contact log</source>
        <extracomment>Card heading: the record of contacts with people (calls, visits…).</extracomment>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Who you talked to, and how it felt.</source>
        <translation>Con quién hablaste y cómo te sentiste.</translation>
    </message>
    <message>
        <source>I talked to…</source>
        <extracomment>Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.</extracomment>
        <translation>Hablé con…</translation>
    </message>
    <message>
        <source>Nothing noted yet. After a call, a coffee or a club evening, note it here: the small contacts add up.</source>
        <translation>Aún no has anotado nada. Después de una llamada, un café o una tarde en el club, anótalo aquí: los pequeños contactos suman.</translation>
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
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the contact with %1 on %2</source>
        <extracomment>%1 is with whom (people or a circle), %2 the date of the contact.</extracomment>
        <translation>Quitar el contacto con %1 del %2</translation>
    </message>
    <message>
        <source>Show more</source>
        <extracomment>Button: show older contacts of the log.</extracomment>
        <translation>Mostrar más</translation>
    </message>
</context>
<context>
    <name>CirclesDiagramCard</name>
    <message>
        <source>Your belonging</source>
        <translation>Tu pertenencia</translation>
    </message>
    <message>
        <source>Click a dot or a circle to see it beside the diagram; drag a dot to another ring to move them closer or further.</source>
        <translation>Haz clic en un punto o en un círculo para verlo junto al diagrama; arrastra un punto a otro anillo para acercar o alejar a esa persona.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The user, drawn in the centre of the belonging diagram.</extracomment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Belonging diagram</source>
        <translation>Diagrama de pertenencia</translation>
    </message>
</context>
<context>
    <name>CirclesDotTip</name>
    <message>
        <source>%1, %2 ring</source>
        <extracomment>%1 is a circle&apos;s name (e.g. &quot;Choir&quot;), %2 how close the person is in it (&quot;inner&quot;, &quot;middle&quot; or &quot;outer&quot;).</extracomment>
        <translation>%1, anillo %2</translation>
    </message>
    <message>
        <source>Brings: %1</source>
        <extracomment>%1 is what the person brings to the user, e.g. &quot;practical help, fun&quot;.</extracomment>
        <translation>Aporta: %1</translation>
    </message>
</context>
<context>
    <name>CirclesHintsCard</name>
    <message>
        <source>Not heard from in a while</source>
        <extracomment>Card heading: circles the user has had no contact with for some time.</extracomment>
        <translation>Sin noticias desde hace tiempo</translation>
    </message>
    <message>
        <source>No pressure. A message, a wave, a &quot;thinking of you&quot; keeps a thread alive.</source>
        <translation>Sin presión. Un mensaje, un saludo, un “me acordé de ti” mantienen vivo el lazo.</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <extracomment>Button: note a contact with the people of this circle.</extracomment>
        <translation>Hablé con esta persona</translation>
    </message>
    <message>
        <source>I talked to %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Hablé con %1</translation>
    </message>
</context>
<context>
    <name>CirclesLegend</name>
    <message>
        <source>All circles</source>
        <translation>Todos los círculos</translation>
    </message>
    <message>
        <source>Circles and their share of your ties</source>
        <translation>Los círculos y su parte de tus vínculos</translation>
    </message>
    <message>
        <source>%1, %2 of your ties</source>
        <extracomment>%1 is a circle&apos;s name, %2 its share of all the user&apos;s ties, e.g. &quot;25%&quot;.</extracomment>
        <translation>%1, %2 de tus vínculos</translation>
    </message>
    <message>
        <source>Many people: the dots are drawn smaller so that all of them fit.</source>
        <translation>Muchas personas: los puntos se dibujan más pequeños para que quepan todos.</translation>
    </message>
</context>
<context>
    <name>CirclesListCard</name>
    <message>
        <source>Circles</source>
        <extracomment>Card heading: the user&apos;s social circles (groups of people they belong to).</extracomment>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>%1 · resting</source>
        <extracomment>A circle set aside (resting, archived); %1 is its kind (e.g. &quot;Friends&quot;).</extracomment>
        <translation>%1 · en descanso</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people</source>
        <extracomment>%1 is the circle&apos;s kind (e.g. &quot;Friends&quot;), %n how many people are in it.</extracomment>
        <translation>
            <numerusform>%1 · %n persona</numerusform>
            <numerusform>%1 · %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this circle.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Button (verb): bring a resting (archived) circle back into the diagram.</extracomment>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>Button (verb): let the circle rest, that is archive it and take it out of the diagram.</extracomment>
        <translation>Dejar descansar</translation>
    </message>
    <message>
        <source>Bring %1 back into the diagram</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Devolver %1 al diagrama</translation>
    </message>
    <message>
        <source>Let %1 rest outside the diagram</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Dejar que %1 descanse fuera del diagrama</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Button (verb): remove this circle; asks first.</extracomment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove %1 and everyone&apos;s place in it? The people stay, with the contacts you noted with them; contacts noted with the whole circle go with it.</source>
        <extracomment>%1 is a circle&apos;s name.</extracomment>
        <translation>¿Eliminar %1 y el lugar de cada persona en él? Las personas se quedan, con los contactos que anotaste con ellas; los contactos anotados con todo el círculo se van con él.</translation>
    </message>
</context>
<context>
    <name>CirclesPage</name>
    <message>
        <source>Circles</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar: the social circles (groups of people) the user belongs to.</extracomment>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Where you belong: the closer someone is, the nearer the centre.</source>
        <translation>Los lugares a los que perteneces: cuanto más cercana es una persona, más cerca del centro.</translation>
    </message>
    <message>
        <source>Add a circle</source>
        <extracomment>Button: add a social circle (a group one belongs to: family, a team, a club…).</extracomment>
        <translation>Añadir un círculo</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>I talked to…</source>
        <extracomment>Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.</extracomment>
        <translation>Hablé con…</translation>
    </message>
    <message>
        <source>Your circles will appear here</source>
        <translation>Tus círculos aparecerán aquí</translation>
    </message>
    <message>
        <source>A circle is anywhere you belong: family, friends, a team, a club, a choir, the neighbours. When one of them lets you down, the others still hold you. Start with one.</source>
        <translation>Un círculo es cualquier lugar al que perteneces: la familia, los amigos, un equipo, un club, un coro, los vecinos. Cuando uno te falla, los demás te siguen sosteniendo. Empieza por uno.</translation>
    </message>
    <message>
        <source>Add your first circle</source>
        <translation>Añade tu primer círculo</translation>
    </message>
</context>
<context>
    <name>CirclesPeopleCard</name>
    <message>
        <source>People</source>
        <extracomment>Card heading: all the people in the user&apos;s circles.</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>Mostrar %1</translation>
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
        <translation>aún sin círculo</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this person.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>CirclesPersonPanel</name>
    <message>
        <source>Brings: %1</source>
        <extracomment>%1 is what the person brings to the user, e.g. &quot;practical help, fun&quot;.</extracomment>
        <translation>Aporta: %1</translation>
    </message>
    <message>
        <source>Circles</source>
        <extracomment>The social circles (groups of people) the selected person belongs to.</extracomment>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Ring in %1</source>
        <extracomment>Ring: how close the person is in a circle (inner, middle, outer); %1 is the circle&apos;s name.</extracomment>
        <translation>Anillo en %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <extracomment>Button (verb): take the person out of this circle.</extracomment>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Take %1 out of %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a circle&apos;s name.</extracomment>
        <translation>Sacar a %1 de %2</translation>
    </message>
    <message>
        <source>Circle to add them to</source>
        <translation>Círculo al que añadir a esta persona</translation>
    </message>
    <message>
        <source>Ring</source>
        <extracomment>How close the person will be in the circle: inner, middle or outer ring.</extracomment>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): add the person to the circle chosen.</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to this circle</source>
        <translation>Añadir a este círculo</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this person.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>I talked to them</source>
        <translation>Hablé con esta persona</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Button (verb): remove this person; asks first.</extracomment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove %1 from the journal</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>Eliminar a %1 del diario</translation>
    </message>
    <message>
        <source>Remove %1, their places in your circles and the contacts you noted with them?</source>
        <extracomment>%1 is a person&apos;s name.</extracomment>
        <translation>¿Eliminar a %1, su lugar en tus círculos y los contactos que anotaste con esta persona?</translation>
    </message>
</context>
<context>
    <name>CirclesRemoveDialog</name>
    <message>
        <source>Remove?</source>
        <extracomment>Title of the dialog that confirms removing a person or a circle.</extracomment>
        <translation>¿Eliminar?</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb) of the dialog that confirms removing a person or a circle.</extracomment>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>I talked to…</source>
        <extracomment>Dialog title: note a contact with someone (a call, a coffee, a visit).</extracomment>
        <translation>Hablé con…</translation>
    </message>
    <message>
        <source>Note it</source>
        <extracomment>Button (verb): save the contact in the log.</extracomment>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Whom</source>
        <extracomment>Field label: with whom the user talked (a person, a circle, or both).</extracomment>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The person the user talked to.</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>The social circle (group of people) the user talked to.</extracomment>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Field label: the day of the contact.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo te sentiste</translation>
    </message>
    <message>
        <source>It felt %1</source>
        <extracomment>%1 is how the contact felt, e.g. &quot;warm&quot; or &quot;hard&quot;.</extracomment>
        <translation>Fue %1</translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation>Unas palabras sobre ello</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>Placeholder of a field that may stay empty.</extracomment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>Una nota breve</translation>
    </message>
    <message>
        <source>Day of the contact</source>
        <extracomment>The day of a contact with someone.</extracomment>
        <translation>Día del contacto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>That is not a date Mosaic can read. Write it like %1 or %2, or pick it from the calendar.</source>
        <extracomment>Under a date field with text that is not a date; %1 is an example in the user&apos;s own format (e.g. &quot;3/7/2026&quot;), %2 the same date as year-month-day.</extracomment>
        <translation>Mosaic no puede leer esa fecha. Escríbela como %1 o %2, o elígela en el calendario.</translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <extracomment>Button beside a date field: open a calendar to pick the date; %1 is the field&apos;s name.</extracomment>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Calendar</source>
        <extracomment>Accessible name of the calendar that picks a date.</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Previous month</source>
        <extracomment>Button of the calendar (Page Up does the same).</extracomment>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <extracomment>Button of the calendar (Page Down does the same).</extracomment>
        <translation>Mes siguiente</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): close the dialog without saving.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DistortionBars</name>
    <message numerus="yes">
        <source>%1: %n time(s), %2 recently</source>
        <extracomment>A thinking pattern&apos;s bar: %1 is the pattern (e.g. &quot;Mind reading&quot;), %n how often it was named in all, %2 how often in the most recent days.</extracomment>
        <translation>
            <numerusform>%1: %n vez, %2 recientemente</numerusform>
            <numerusform>%1: %n veces, %2 recientemente</numerusform>
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
        <translation>Editar</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Button (verb): bring an archived habit back.</extracomment>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Button (verb): archive the habit.</extracomment>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Bring the habit back from the archive</source>
        <translation>Recuperar el hábito del archivo</translation>
    </message>
    <message>
        <source>Archive the habit</source>
        <translation>Archivar el hábito</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button (verb): delete this habit.
----------
Button (verb) of the dialog that confirms deleting a habit.</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the habit</source>
        <translation>Eliminar el hábito</translation>
    </message>
    <message>
        <source>Current streak</source>
        <extracomment>Streak: how many times in a row the habit was kept, up to now.</extracomment>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Best streak</source>
        <extracomment>Streak: the longest run of times in a row the habit was kept.</extracomment>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <source>Strength</source>
        <extracomment>The habit&apos;s strength: a score from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>Done today. Well kept.</source>
        <translation>Hoy ya está hecho. Lo estás cuidando bien.</translation>
    </message>
    <message>
        <source>Some of it done today.</source>
        <translation>Hoy hecho en parte.</translation>
    </message>
    <message>
        <source>Skipped today, and that is fine.</source>
        <extracomment>The habit was skipped on purpose today.</extracomment>
        <translation>Hoy lo saltaste, y está bien.</translation>
    </message>
    <message>
        <source>Not due today.</source>
        <extracomment>The habit&apos;s schedule has no check-in today.</extracomment>
        <translation>Hoy no toca.</translation>
    </message>
    <message>
        <source>Still open today.</source>
        <translation>Hoy todavía pendiente.</translation>
    </message>
    <message>
        <source>Amount today</source>
        <translation>Cantidad de hoy</translation>
    </message>
    <message>
        <source>Log today</source>
        <extracomment>Button: record today&apos;s amount (&quot;Log&quot; is a verb).</extracomment>
        <translation>Registrar hoy</translation>
    </message>
    <message>
        <source>Done today</source>
        <extracomment>Button: tick the habit off as done for today.</extracomment>
        <translation>Hecho hoy</translation>
    </message>
    <message>
        <source>Skip today</source>
        <extracomment>Button (verb): skip the habit today on purpose, without breaking the streak.</extracomment>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Undo today</source>
        <extracomment>Button (verb): take back today&apos;s check-in or skip.</extracomment>
        <translation>Deshacer lo de hoy</translation>
    </message>
    <message>
        <source>This week&apos;s letter</source>
        <extracomment>The weekly letter: a letter the user writes to themselves once a week. A check-in: ticking the habit off for a day.</extracomment>
        <translation>La carta de esta semana</translation>
    </message>
    <message>
        <source>A note with today&apos;s check-in</source>
        <translation>Una nota con el registro de hoy</translation>
    </message>
    <message>
        <source>It starts with the week&apos;s wins and the rituals you kept; write on from there.</source>
        <translation>Empieza con los logros de la semana y los rituales que mantuviste; sigue escribiendo a partir de ahí.</translation>
    </message>
    <message>
        <source>A line about how it went, for you to read back later.</source>
        <translation>Una línea sobre cómo fue, para que la releas más adelante.</translation>
    </message>
    <message>
        <source>Write this week&apos;s letter</source>
        <translation>Escribir la carta de esta semana</translation>
    </message>
    <message>
        <source>Write a note for today</source>
        <translation>Escribir una nota para hoy</translation>
    </message>
    <message>
        <source>Check off or skip today, and you can add a note to it.</source>
        <translation>Marca o salta el día de hoy y podrás añadirle una nota.</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <extracomment>%1 is a date, e.g. &quot;Monday, 3 March&quot;.</extracomment>
        <translation>Nota del %1</translation>
    </message>
    <message>
        <source>Close the note</source>
        <extracomment>Button (verb): close the note&apos;s editor.</extracomment>
        <translation>Cerrar la nota</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Each square is a day. A day left empty is only a gap, never a failure.</source>
        <translation>Cada cuadrado es un día. Un día vacío es solo un hueco, nunca un fracaso.</translation>
    </message>
    <message>
        <source>Pause for a while</source>
        <extracomment>Card heading (verb): pause the habit for some days.</extracomment>
        <translation>Pausar por un tiempo</translation>
    </message>
    <message>
        <source>Away or unwell? Pausing marks those days as skipped, so your streak waits for you.</source>
        <translation>¿Fuera de casa o no te encuentras bien? Al pausar, esos días se marcan como saltados, así que tu racha te espera.</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the first day of a pause: &quot;From [date] to [date]&quot;.</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>Primer día de la pausa</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of a pause: &quot;From [date] to [date]&quot;.</extracomment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Último día de la pausa</translation>
    </message>
    <message>
        <source>Pause these days</source>
        <extracomment>Button (verb): pause the habit on the days chosen.</extracomment>
        <translation>Pausar estos días</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <extracomment>%1 is a span of days, e.g. &quot;3 – 9 March&quot;.</extracomment>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>End this pause</source>
        <extracomment>Button (verb): end the pause of the habit.</extracomment>
        <translation>Terminar esta pausa</translation>
    </message>
    <message>
        <source>End the pause %1</source>
        <extracomment>%1 is a span of days, e.g. &quot;3 – 9 March&quot;.</extracomment>
        <translation>Terminar la pausa: %1</translation>
    </message>
    <message>
        <source>Notes along the way</source>
        <translation>Notas del camino</translation>
    </message>
    <message>
        <source>Notes you write with your check-ins gather here, newest first.</source>
        <translation>Las notas que escribes con tus registros se reúnen aquí, las más recientes primero.</translation>
    </message>
    <message>
        <source>%1 · skipped</source>
        <extracomment>Above a note of a day the habit was skipped on purpose; %1 is the date.</extracomment>
        <translation>%1 · saltado</translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <extracomment>%1 is the date of the note.</extracomment>
        <translation>Editar la nota del %1</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Mostrar notas anteriores</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <extracomment>Title of the dialog that confirms deleting a habit; %1 is the habit&apos;s name.</extracomment>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message>
        <source>Its check-ins, notes and reminders go with it. Archiving keeps them instead.</source>
        <translation>Sus registros, notas y recordatorios se eliminan con él. Si lo archivas, en cambio, se conservan.</translation>
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
        <translation>Un hábito nuevo</translation>
    </message>
    <message>
        <source>Edit the habit</source>
        <translation>Editar el hábito</translation>
    </message>
    <message>
        <source>Add habit</source>
        <extracomment>Button: add the new habit, or save the changes to the habit edited.</extracomment>
        <translation>Añadir hábito</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Start from a ritual</source>
        <translation>Partir de un ritual</translation>
    </message>
    <message>
        <source>Start from %1: %2</source>
        <extracomment>Accessible name of a preset: %1 is the ritual&apos;s name, %2 its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>Partir de %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the habit&apos;s name.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A short name, such as “Evening walk”</source>
        <translation>Un nombre corto, como “Paseo por la tarde”</translation>
    </message>
    <message>
        <source>Prompt</source>
        <extracomment>Field label (noun): a question or nudge shown when doing the habit.
----------
Field name (noun): a question or nudge shown when doing the habit.</extracomment>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>A question or a nudge for when you do it</source>
        <translation>Una pregunta o un empujoncito para cuando lo hagas</translation>
    </message>
    <message>
        <source>Kind of ritual</source>
        <translation>Tipo de ritual</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Section label: the habit&apos;s schedule (on which days it is due).</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Every day</source>
        <extracomment>Schedule choice: the habit is due every day.</extracomment>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>On chosen days</source>
        <translation>Los días que elijas</translation>
    </message>
    <message>
        <source>Times a week</source>
        <extracomment>Schedule choice: a number of times a week, on any days.
----------
Name of the number field: how many times a week the habit is due.</extracomment>
        <translation>Veces por semana</translation>
    </message>
    <message numerus="yes">
        <source>times a week, on any days</source>
        <extracomment>Follows the number field of how many times a week (1 to 7) the habit is due; the number itself is in the field before this text, so %n does not appear.</extracomment>
        <translation>
            <numerusform>vez por semana, cualquier día</numerusform>
            <numerusform>veces por semana, cualquier día</numerusform>
        </translation>
    </message>
    <message>
        <source>What counts as done</source>
        <translation>Qué cuenta como hecho</translation>
    </message>
    <message>
        <source>Checking it off</source>
        <translation>Marcarlo</translation>
    </message>
    <message>
        <source>Reaching a number</source>
        <translation>Llegar a una cifra</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>Name of the number field: the amount to reach each day (e.g. 20 minutes).</extracomment>
        <translation>Meta</translation>
    </message>
    <message>
        <source>unit, such as minutes</source>
        <translation>unidad, como minutos</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Name of the field: the unit of the goal (e.g. minutes, pages).</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <extracomment>Accessible name of a colour swatch; %1 is its number (1 to 8).</extracomment>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Colour choice: let Mosaic pick the habit&apos;s colour.</extracomment>
        <translation>Automático</translation>
    </message>
</context>
<context>
    <name>HabitHeatmap</name>
    <message>
        <source>The last year of %1</source>
        <extracomment>Accessible name of a habit&apos;s year of check-ins; %1 is the habit&apos;s name.</extracomment>
        <translation>El último año de %1</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was done (past participle).</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Partly done</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was partly done.</extracomment>
        <translation>Hecho en parte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was skipped on purpose (past participle).</extracomment>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was paused (past participle).</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>A quiet day</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was due and not done (said gently, not a failure).</extracomment>
        <translation>Un día tranquilo</translation>
    </message>
    <message>
        <source>Not due</source>
        <extracomment>Legend of the year&apos;s squares: a day the habit was not due.</extracomment>
        <translation>No tocaba</translation>
    </message>
</context>
<context>
    <name>HabitReminders</name>
    <message>
        <source>Reminders</source>
        <extracomment>Noun, plural: the reminders of one ritual.</extracomment>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No reminders yet. Add a time of day and Mosaic will bring this ritual up gently then.</source>
        <translation>Aún no hay recordatorios. Añade una hora y Mosaic te recordará este ritual con suavidad a esa hora.</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a reminder&apos;s switch: switched on.</extracomment>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The state of a reminder&apos;s switch: switched off.</extracomment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Reminder on: %1</source>
        <extracomment>%1 describes the reminder, e.g. &quot;7:30 on weekdays&quot;.</extracomment>
        <translation>Recordatorio activado: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): remove this reminder.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the reminder %1</source>
        <extracomment>%1 describes the reminder, e.g. &quot;7:30 on weekdays&quot;.</extracomment>
        <translation>Quitar el recordatorio %1</translation>
    </message>
    <message>
        <source>Remove the time %1</source>
        <extracomment>%1 is a time of day, e.g. &quot;7:30 AM&quot;.</extracomment>
        <translation>Quitar la hora %1</translation>
    </message>
    <message>
        <source>another time</source>
        <extracomment>Placeholder of a field for another time of day of the reminder.</extracomment>
        <translation>otra hora</translation>
    </message>
    <message>
        <source>Another time of day for this reminder</source>
        <translation>Otra hora para este recordatorio</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>The days of the week the reminder comes on.</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <source>Time of day for a new reminder</source>
        <translation>Hora de un nuevo recordatorio</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Añadir recordatorio</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Placeholder of a field for a time of day; %1 is an example time as the user&apos;s language writes it (e.g. &quot;7:30 AM&quot; or &quot;07:30&quot;).</extracomment>
        <translation>p. ej., %1</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Show %1</source>
        <extracomment>Accessible name of a habit in the list; %1 is its name. Shows the habit in full.</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <extracomment>Under an archived habit; %1 is its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>%1 · archivado</translation>
    </message>
    <message>
        <source>best %1</source>
        <extracomment>The habit&apos;s best streak; %1 is its length, e.g. &quot;12 days&quot;.</extracomment>
        <translation>mejor: %1</translation>
    </message>
    <message>
        <source>Strength %1 of 100</source>
        <extracomment>The habit&apos;s strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>Solidez %1 de 100</translation>
    </message>
    <message>
        <source>strength %1</source>
        <extracomment>The habit&apos;s strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).</extracomment>
        <translation>solidez %1</translation>
    </message>
    <message>
        <source>%1 today, in %2</source>
        <extracomment>Name of the amount field of a habit: %1 is the habit&apos;s name, %2 the unit (e.g. &quot;minutes&quot;).</extracomment>
        <translation>%1 hoy, en %2</translation>
    </message>
    <message>
        <source>%1 today</source>
        <extracomment>Name of the amount field of a habit; %1 is the habit&apos;s name.</extracomment>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <source>Done today</source>
        <extracomment>The state of a habit&apos;s check: done today.</extracomment>
        <translation>Hecho hoy</translation>
    </message>
    <message>
        <source>Skipped today</source>
        <extracomment>The state of a habit&apos;s check: skipped on purpose today.</extracomment>
        <translation>Saltado hoy</translation>
    </message>
    <message>
        <source>Check off today</source>
        <extracomment>The habit&apos;s check button (verb): check it off for today.</extracomment>
        <translation>Marcar hoy como hecho</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a habit&apos;s check: %1 is the habit&apos;s name, %2 its state (e.g. &quot;Done today&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done today. Click to undo.</source>
        <extracomment>Tooltip of a habit&apos;s check; &quot;Log&quot; is a verb (record today&apos;s amount).</extracomment>
        <translation>Hecho hoy. Haz clic para deshacerlo.</translation>
    </message>
    <message>
        <source>Log today&apos;s amount</source>
        <translation>Registrar la cantidad de hoy</translation>
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
        <translation>Hábitos</translation>
    </message>
    <message>
        <source>Small rituals that remind you of your worth, kept at your own pace.</source>
        <translation>Pequeños rituales que te recuerdan tu valía, a tu propio ritmo.</translation>
    </message>
    <message>
        <source>New habit</source>
        <extracomment>Button: add a new habit.</extracomment>
        <translation>Nuevo hábito</translation>
    </message>
    <message>
        <source>Rituals that steady you</source>
        <translation>Rituales que te sostienen</translation>
    </message>
    <message>
        <source>A few minutes a day, such as naming a strength or writing three good things, build a sense of worth that does not hang on anyone&apos;s approval. Start from a ritual below, or make your own.</source>
        <translation>Unos minutos al día, como nombrar una fortaleza o escribir tres cosas buenas, construyen una valía que no depende de la aprobación de nadie. Parte de uno de los rituales de abajo o crea el tuyo.</translation>
    </message>
    <message>
        <source>Make a habit</source>
        <translation>Crear un hábito</translation>
    </message>
    <message>
        <source>Your habits</source>
        <translation>Tus hábitos</translation>
    </message>
    <message>
        <source>Show archived (%1)</source>
        <extracomment>Check box: also show the archived habits; %1 is how many there are.</extracomment>
        <translation>Mostrar archivados (%1)</translation>
    </message>
    <message>
        <source>Every habit is archived. Show them to bring one back, or make a new one.</source>
        <translation>Todos los hábitos están archivados. Muéstralos para recuperar alguno, o crea uno nuevo.</translation>
    </message>
    <message>
        <source>Start from a ritual</source>
        <translation>Empezar con un ritual</translation>
    </message>
    <message>
        <source>Start from %1: %2</source>
        <extracomment>Accessible name of a preset: %1 is the ritual&apos;s name, %2 its schedule (e.g. &quot;Every day&quot;).</extracomment>
        <translation>Empezar con %1: %2</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Patterns in what you have written, noticed gently. Numbers are a mirror, never a grade.</source>
        <translation>Patrones en lo que has escrito, observados con delicadeza. Los números son un espejo, nunca una nota.</translation>
    </message>
    <message>
        <source>Thinking patterns that recur</source>
        <translation>Patrones de pensamiento que se repiten</translation>
    </message>
    <message>
        <source>How often each pattern was named in your reflections.</source>
        <translation>Con qué frecuencia apareció cada patrón en tus reflexiones.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <extracomment>Legend of the bars of mentions before the most recent days.</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>Aún no hay patrones</translation>
    </message>
    <message>
        <source>When a reflection names a thinking pattern — mind reading, fortune telling — it is counted here, so you can see which ones visit most.</source>
        <translation>Cuando una reflexión nombra un patrón de pensamiento —lectura de mente, adivinación del futuro—, se cuenta aquí, para que veas cuáles te visitan más.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Escribir una reflexión</translation>
    </message>
    <message>
        <source>Before and after reframing</source>
        <translation>Antes y después de la nueva mirada</translation>
    </message>
    <message>
        <source>Average intensity each month, 0 to 100, when you rated it before and after.</source>
        <translation>Intensidad media de cada mes, de 0 a 100, cuando la valoraste antes y después.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <extracomment>Chart heading: how strong the feelings were before and after reframing.</extracomment>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Belief in the hard thought</source>
        <translation>Cuánto crees el pensamiento difícil</translation>
    </message>
    <message>
        <source>Nothing rated yet</source>
        <translation>Aún no has valorado nada</translation>
    </message>
    <message>
        <source>In a reflection, rate how strong a feeling is before you reframe the thought and again after. Here you will see how much they ease, month by month.</source>
        <translation>En una reflexión, valora la intensidad de un sentimiento antes de mirar el pensamiento de otra manera, y otra vez después. Aquí verás cuánto se alivian, mes a mes.</translation>
    </message>
    <message>
        <source>Rituals kept, week by week</source>
        <translation>Rituales cumplidos, semana a semana</translation>
    </message>
    <message>
        <source>Of the rituals due each week, the share you kept. Skipped days and the day still under way are not counted as due.</source>
        <translation>De los rituales que tocaban cada semana, la parte que cumpliste. Los días saltados y el día en curso no se cuentan.</translation>
    </message>
    <message>
        <source>Share of rituals kept</source>
        <translation>Proporción de rituales cumplidos</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 kept</source>
        <extracomment>Accessible description of a week on the chart: %1 is the week&apos;s label (a date), %2 how many of the rituals due were kept, %3 how many were due.</extracomment>
        <translation>Semana del %1: %2 de %3 cumplidos</translation>
    </message>
    <message>
        <source>No rituals due yet</source>
        <translation>Aún no ha tocado ningún ritual</translation>
    </message>
    <message>
        <source>Once a ritual has been due for a day or a week, how often you kept it shows here.</source>
        <translation>Cuando un ritual haya tocado durante un día o una semana, aquí verás con qué frecuencia lo cumpliste.</translation>
    </message>
    <message>
        <source>Set up a ritual</source>
        <translation>Crear un ritual</translation>
    </message>
    <message>
        <source>Belonging across circles</source>
        <translation>Pertenencia repartida entre círculos</translation>
    </message>
    <message>
        <source>How many circles your belonging effectively rests on, at the end of each month. Estimated from when people joined and left circles, as far as the journal knows.</source>
        <translation>En cuántos círculos se apoya de verdad tu pertenencia, al final de cada mes. Es una estimación según cuándo entraron y salieron las personas de los círculos, hasta donde sabe el diario.</translation>
    </message>
    <message>
        <source>Effective circles</source>
        <extracomment>Legend of the chart: how many circles belonging rests on, in effect.</extracomment>
        <translation>Círculos efectivos</translation>
    </message>
    <message>
        <source>%1: about %2 circles, the largest carrying %3%</source>
        <extracomment>Accessible description of a month on the chart: %1 is the month, %2 a number with one decimal (how many circles belonging rests on, in effect), %3 the percentage of ties in the largest circle.</extracomment>
        <translation>%1: unos %2 círculos, el mayor con el %3%</translation>
    </message>
    <message>
        <source>No circles yet</source>
        <translation>Aún no hay círculos</translation>
    </message>
    <message>
        <source>Add the circles you belong to and the people in them; how your belonging is spread will show here over the months.</source>
        <translation>Añade los círculos a los que perteneces y las personas que hay en ellos; con los meses, aquí verás cómo se reparte tu pertenencia.</translation>
    </message>
    <message>
        <source>Go to Circles</source>
        <extracomment>Button: show the Circles page (use the page&apos;s name as in the sidebar).</extracomment>
        <translation>Ir a Círculos</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <extracomment>Legend of the bars of mentions in the most recent days; %n is how many days (e.g. 90).</extracomment>
        <translation>
            <numerusform>Último día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage on the chart&apos;s axis; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
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
        <translation>%1: %2 antes, %3 después</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a feeling (or &quot;How much I believed it&quot;), %2 its rating (0 to 100).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Button (verb): edit this entry.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Open in Habits</source>
        <extracomment>Button: show the ritual of this note on the Habits page (use the page&apos;s name as in the sidebar).</extracomment>
        <translation>Abrir en Hábitos</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button (verb): delete this entry.</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>You can undo this for a few seconds.</source>
        <translation>Puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Button (verb): close this entry.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The win</source>
        <extracomment>Label of the field: a win is something that went well (a success, not a game).
----------
Field name: a win is something that went well (a success, not a game).</extracomment>
        <translation>El logro</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>Its day</source>
        <extracomment>Label of the field: the date of the win.</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Its day, as year-month-day</source>
        <translation>Fecha, como año-mes-día</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the edited win.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): stop editing without saving.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Feelings, before → after</source>
        <extracomment>Section heading: how strong each feeling was before and after the reflection.</extracomment>
        <translation>Sentimientos, antes → después</translation>
    </message>
    <message>
        <source>How much I believed it</source>
        <translation>Cuánto me lo creía</translation>
    </message>
    <message>
        <source>Thinking patterns noticed</source>
        <translation>Patrones de pensamiento detectados</translation>
    </message>
    <message>
        <source>Kinder, truer readings</source>
        <extracomment>Section heading: the reframes, kinder and truer ways to read what happened.</extracomment>
        <translation>Lecturas más amables y verdaderas</translation>
    </message>
    <message>
        <source>%1 · believable %2 of 100</source>
        <extracomment>%1 is the kind of reframe (e.g. &quot;Another explanation&quot;), %2 how believable it felt, 0 to 100.</extracomment>
        <translation>%1 · creíble %2 de 100</translation>
    </message>
    <message>
        <source>One small next step</source>
        <translation>Un pequeño próximo paso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Above an entry&apos;s title: %1 is the kind of entry (e.g. &quot;Reflection&quot;, &quot;Win&quot;), %2 its date.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scroll the entry</source>
        <extracomment>Accessible name of the scroll bar beside the journal entry being read.</extracomment>
        <translation>Desplazar la entrada</translation>
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
        <translation>Qué</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>Filter of the journal: a social circle (a group of people the user belongs to).</extracomment>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>Filter of the journal: a person involved.</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Filter of the journal: a keyword (label) given to entries.</extracomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Thinking pattern</source>
        <extracomment>Filter of the journal: a thinking pattern (cognitive distortion) noticed in a reflection.</extracomment>
        <translation>Patrón de pensamiento</translation>
    </message>
    <message>
        <source>Show everything</source>
        <extracomment>Button: clear all the filters of the journal.</extracomment>
        <translation>Mostrar todo</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Scroll the entries</source>
        <extracomment>Accessible name of the scroll bar beside the list of journal entries.</extracomment>
        <translation>Desplazar las entradas</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Everything you have written, to look back on.</source>
        <translation>Todo lo que has escrito, para volver la vista atrás.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Toggle: show the journal as a list, newest first (noun).</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Toggle: show the journal as a month calendar (noun).</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Search everything you wrote</source>
        <translation>Busca en todo lo que escribiste</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Filters •</source>
        <extracomment>Button (noun): shows the filters; the dot marks that some filters are on.</extracomment>
        <translation>Filtros •</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Button (noun): shows the filters of the journal.</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Filters (some are on)</source>
        <extracomment>Button (noun): shows the filters of the journal, some of which are on.</extracomment>
        <translation>Filtros (algunos activos)</translation>
    </message>
    <message>
        <source>Showing one day. Choose it again to see every day.</source>
        <translation>Se muestra un solo día. Vuelve a elegirlo para ver todos los días.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>Nothing here with these filters</source>
        <translation>No hay nada con estos filtros</translation>
    </message>
    <message>
        <source>Your journal is waiting</source>
        <translation>Tu diario te espera</translation>
    </message>
    <message>
        <source>No entry has these words. Try fewer words, or the start of a word.</source>
        <translation>Ninguna entrada contiene estas palabras. Prueba con menos palabras o con el comienzo de una palabra.</translation>
    </message>
    <message>
        <source>Another choice, or another day, may show more.</source>
        <translation>Otra selección, u otro día, puede mostrar más.</translation>
    </message>
    <message>
        <source>Reflections, wins and the notes of your rituals will gather here, newest first.</source>
        <translation>Aquí se irán reuniendo tus reflexiones, tus logros y las notas de tus rituales, lo más reciente primero.</translation>
    </message>
    <message>
        <source>Show everything</source>
        <extracomment>Button: clear all the filters of the journal.</extracomment>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Escribir una reflexión</translation>
    </message>
    <message>
        <source>Choose an entry to read it</source>
        <translation>Elige una entrada para leerla</translation>
    </message>
    <message>
        <source>Look back at what happened, what you thought then, and the kinder readings you found.</source>
        <translation>Vuelve a mirar lo que pasó, lo que pensaste entonces y las lecturas más amables que encontraste.</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Button (verb): bring back the entry just deleted.</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Not searched</source>
        <extracomment>Shown in place of results when a search is beyond the limits; the text under it says which.</extracomment>
        <translation>Sin buscar</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Reflect</source>
        <extracomment>Page name in the sidebar: working through a painful moment step by step (verb used as a name).</extracomment>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Journal</source>
        <extracomment>Page name in the sidebar: all past reflections, wins and notes.</extracomment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>Page name in the sidebar: the user&apos;s personal strengths (qualities) and wins.</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Habits</source>
        <extracomment>Page name in the sidebar: small daily rituals the user keeps.</extracomment>
        <translation>Hábitos</translation>
    </message>
    <message>
        <source>Circles</source>
        <extracomment>Page name in the sidebar: the social circles (groups of people) the user belongs to.</extracomment>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Insights</source>
        <extracomment>Page name in the sidebar: charts and trends over time.</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Page name in the sidebar.</extracomment>
        <translation>Ajustes</translation>
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
        <translation>Escríbelo tal como te salga. Nadie más lo lee.</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>The accessible name of the writing area: a journal entry (noun).</extracomment>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <extracomment>Tooltip of the bold button; keep the shortcut as it is.</extracomment>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <extracomment>Tooltip of the italic button; keep the shortcut as it is.</extracomment>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Toolbar button (noun): makes the selection a Markdown link.</extracomment>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <extracomment>Tooltip of the Link button; keep the shortcut as it is.</extracomment>
        <translation>Enlace (Ctrl+K)</translation>
    </message>
    <message>
        <source>Write</source>
        <extracomment>Toolbar toggle (verb): leaves the read view and goes back to writing.</extracomment>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Toolbar toggle (verb): shows the text rendered, read-only.</extracomment>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Focus</source>
        <extracomment>Toolbar toggle: focus mode, only the text on screen (noun or verb, keep it short).</extracomment>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>%1, rendered</source>
        <extracomment>Accessible name of the read view. %1 is the writing area&apos;s name, e.g. &quot;Entry&quot;.</extracomment>
        <translation>%1, vista de lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <extracomment>The word count under the editor.</extracomment>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to writing (Ctrl+Shift+R)</source>
        <extracomment>Tooltips of the Read/Write toggle; keep the shortcut as it is.</extracomment>
        <translation>Volver a escribir (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Read view: the text as it will look (Ctrl+Shift+R)</source>
        <translation>Vista de lectura: el texto tal como se verá (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Focus mode: only the text (Ctrl+Shift+F, Esc to leave)</source>
        <extracomment>Tooltip of the Focus toggle; keep the shortcuts as they are.</extracomment>
        <translation>Modo enfoque: solo el texto (Ctrl+Shift+F, Esc para salir)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Button (verb): hides the message about what went wrong.</extracomment>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>Scroll the page</source>
        <extracomment>Accessible name of the scroll bar at the side of a page.</extracomment>
        <translation>Desplazar la página</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message>
        <source>Before</source>
        <extracomment>Legend of a chart: the rating before reframing the thought.</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Legend of a chart: the rating after reframing the thought.</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <extracomment>A month on the chart: %1 is the month, %2 the average rating (0 to 100) before reframing, %3 after.</extracomment>
        <translation>%1: %2 antes, %3 después</translation>
    </message>
    <message>
        <source>%1: nothing rated</source>
        <extracomment>A month on the chart with no ratings; %1 is the month.</extracomment>
        <translation>%1: sin valorar</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <extracomment>Dialog title; &quot;Edit&quot; is a verb.</extracomment>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Someone in your circles</source>
        <translation>Alguien de tus círculos</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the person.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Field label: the person&apos;s name.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A name or a nickname</source>
        <translation>Un nombre o un apodo</translation>
    </message>
    <message>
        <source>What they bring</source>
        <extracomment>Field label: the kinds of support the person gives the user (e.g. practical help, fun).</extracomment>
        <translation>Lo que aporta</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <extracomment>%1 is a kind of support a person gives, e.g. &quot;practical help&quot;.</extracomment>
        <translation>Apoyo: %1</translation>
    </message>
    <message>
        <source>In which circle, and how close</source>
        <translation>En qué círculo y con cuánta cercanía</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>The social circle (group of people) to put the person in.</extracomment>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Ring</source>
        <extracomment>How close the person is in the circle: inner, middle or outer ring.</extracomment>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Field label (noun): free notes about the person.</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What you value in them, what you could ask them…</source>
        <translation>Lo que valoras de esta persona, lo que podrías pedirle…</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Notas sobre esta persona</translation>
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
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1  (your own)</source>
        <extracomment>A thinking pattern or factor the user added; %1 is its name.</extracomment>
        <translation>%1  (propio)</translation>
    </message>
</context>
<context>
    <name>ReflectDistortionsStep</name>
    <message>
        <source>Is the thought bending things?</source>
        <translation>¿Está deformando las cosas ese pensamiento?</translation>
    </message>
    <message>
        <source>A mind under stress takes shortcuts; everybody&apos;s does. Read through these and tick the ones that sound like your thought. None at all is a fine answer too.</source>
        <translation>Una mente bajo estrés toma atajos; le pasa a todo el mundo. Lee estas opciones y marca las que se parezcan a tu pensamiento. Ninguna también es una buena respuesta.</translation>
    </message>
    <message>
        <source>A pattern of your own</source>
        <translation>Un patrón propio</translation>
    </message>
    <message>
        <source>Noticed a habit of thought that is not in the list? Name it, and it will be here for next time too.</source>
        <translation>¿Has notado un hábito de pensamiento que no está en la lista? Ponle nombre y también estará aquí la próxima vez.</translation>
    </message>
    <message>
        <source>Its name, e.g. “Comparing myself”</source>
        <translation>Su nombre, p. ej., “Compararme”</translation>
    </message>
    <message>
        <source>The name of your own pattern</source>
        <translation>El nombre de tu propio patrón</translation>
    </message>
    <message>
        <source>What it does, in a few words (optional)</source>
        <translation>Qué hace, en pocas palabras (opcional)</translation>
    </message>
    <message>
        <source>What your own pattern does</source>
        <translation>Qué hace tu propio patrón</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): adds the user&apos;s own thinking pattern to the list.</extracomment>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>ReflectEmotionRating</name>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): removes a feeling from the reflection.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>Accessible name of the Remove button; %1 is a feeling, e.g. &quot;sad&quot;.</extracomment>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ReflectEvidenceStep</name>
    <message>
        <source>What do you actually know?</source>
        <translation>¿Qué sabes realmente?</translation>
    </message>
    <message>
        <source>Look at the thought like a fair friend would. What supports it, and what doesn&apos;t quite fit? Facts on both sides, not feelings; both lists count.</source>
        <translation>Mira el pensamiento como lo haría un amigo justo. ¿Qué lo apoya y qué no termina de encajar? Hechos a ambos lados, no sentimientos; las dos listas cuentan.</translation>
    </message>
    <message>
        <source>What supports the thought</source>
        <translation>Lo que apoya el pensamiento</translation>
    </message>
    <message>
        <source>What actually happened that points this way?</source>
        <translation>¿Qué pasó realmente que apunte en esa dirección?</translation>
    </message>
    <message>
        <source>What doesn&apos;t fit it</source>
        <translation>Lo que no encaja</translation>
    </message>
    <message>
        <source>What doesn&apos;t fit the thought</source>
        <translation>Lo que no encaja con el pensamiento</translation>
    </message>
    <message>
        <source>Other times, other people, other explanations…</source>
        <translation>Otras veces, otras personas, otras explicaciones…</translation>
    </message>
</context>
<context>
    <name>ReflectExitStep</name>
    <message>
        <source>Your way out</source>
        <translation>Tu salida</translation>
    </message>
    <message>
        <source>Decide now how you can step out or pause if it gets too much: a sentence to say, a time to leave, someone to text. Knowing the exit makes it easier to stay.</source>
        <translation>Decide ahora cómo puedes salir o hacer una pausa si se vuelve demasiado: una frase que decir, una hora para irte, alguien a quien escribir. Saber dónde está la salida hace más fácil quedarse.</translation>
    </message>
    <message>
        <source>If it gets too much, I can…</source>
        <translation>Si se vuelve demasiado, puedo…</translation>
    </message>
</context>
<context>
    <name>ReflectFactorsStep</name>
    <message>
        <source>What else was going on?</source>
        <translation>¿Qué más estaba pasando?</translation>
    </message>
    <message>
        <source>A lot shapes a moment that has nothing to do with your worth. Which of these might have played a part?</source>
        <translation>Un momento depende de muchas cosas que no tienen nada que ver con tu valía. ¿Cuáles de estas pudieron influir?</translation>
    </message>
    <message>
        <source>Anything else worth noting</source>
        <translation>Algo más que valga la pena anotar</translation>
    </message>
    <message>
        <source>Optional: whatever does not fit anywhere else.</source>
        <translation>Opcional: lo que no encaje en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
</context>
<context>
    <name>ReflectFeelingsStep</name>
    <message>
        <source>What are you feeling?</source>
        <translation>¿Qué sientes?</translation>
    </message>
    <message>
        <source>Pick every feeling that is there, even the small or contradictory ones, then say how strong each is right now, from 0 (barely there) to 100 (as strong as it gets). Every feeling is allowed here.</source>
        <translation>Elige cada sentimiento que esté ahí, incluso los pequeños o contradictorios, y luego indica cuán intenso es cada uno ahora mismo, de 0 (apenas presente) a 100 (lo más intenso posible). Aquí cabe cualquier sentimiento.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <extracomment>Noun: an emotion. Starts the accessible name of each feeling&apos;s chip (&quot;Feeling: sad&quot;).</extracomment>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Another feeling, in your own word</source>
        <translation>Otro sentimiento, con tus propias palabras</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button (verb): adds a feeling named in the user&apos;s own word.</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>How strong, right now?</source>
        <translation>¿Con qué intensidad, ahora mismo?</translation>
    </message>
</context>
<context>
    <name>ReflectFinishedView</name>
    <message>
        <source>Nothing was written, and that is fine</source>
        <translation>No escribiste nada, y está bien</translation>
    </message>
    <message>
        <source>Your plan is saved</source>
        <translation>Tu plan está guardado</translation>
    </message>
    <message>
        <source>Thank you for taking this time</source>
        <translation>Gracias por tomarte este tiempo</translation>
    </message>
    <message>
        <source>Sometimes a pause is all a moment needs. The flow is here whenever you want it.</source>
        <translation>A veces una pausa es todo lo que un momento necesita. Los pasos siguen aquí para cuando quieras.</translation>
    </message>
    <message>
        <source>Go and try it when the time comes, and use your way out if you need it. Afterwards, come back to write how it went; Today will remind you.</source>
        <translation>Cuando llegue el momento, inténtalo, y usa tu salida si la necesitas. Después, vuelve para escribir cómo fue; la página Hoy te lo recordará.</translation>
    </message>
    <message>
        <source>Looking closely at a hard moment takes courage. Everything you wrote is in your journal, and you can come back to it at any time.</source>
        <translation>Mirar de cerca un momento difícil requiere valor. Todo lo que escribiste está en tu diario y puedes volver a ello cuando quieras.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A rating (0 to 100) before and after the reflection: %1 before, %2 after.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Read it in the journal</source>
        <translation>Leerla en el diario</translation>
    </message>
    <message>
        <source>It already happened</source>
        <extracomment>Button: the planned challenge already took place; go on to write how it went.</extracomment>
        <translation>Ya pasó</translation>
    </message>
    <message>
        <source>Go back into it</source>
        <translation>Retomarla</translation>
    </message>
    <message>
        <source>Start another reflection</source>
        <translation>Empezar otra reflexión</translation>
    </message>
</context>
<context>
    <name>ReflectHappenedStep</name>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Only the facts, the way a camera would have seen them: who said or did what, where and when. What it meant can wait for the next steps.</source>
        <translation>Solo los hechos, tal como los habría visto una cámara: quién dijo o hizo qué, dónde y cuándo. Lo que significó puede esperar a los siguientes pasos.</translation>
    </message>
    <message>
        <source>What happened, in plain facts</source>
        <translation>Qué pasó, en hechos concretos</translation>
    </message>
    <message>
        <source>For instance: “I asked Sam if I could come along on Saturday. Sam said the group was full.”</source>
        <translation>Por ejemplo: “Le pregunté a Sam si podía ir con ellos el sábado. Sam dijo que el grupo estaba completo.”</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Who, what, where, when…</source>
        <translation>Quién, qué, dónde, cuándo…</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Field label: keywords (labels) to find a reflection again.</extracomment>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Optional, separated by commas, to find it again later.</source>
        <translation>Opcional, separadas por comas, para volver a encontrarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>ReflectHelpedStep</name>
    <message>
        <source>What helped?</source>
        <translation>¿Qué te ayudó?</translation>
    </message>
    <message>
        <source>What made it easier: something you said to yourself, someone who was there, the exit you had ready? Write it down for the next challenge.</source>
        <translation>¿Qué lo hizo más fácil: algo que te dijiste, alguien que estaba allí, la salida que tenías preparada? Anótalo para el próximo desafío.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>It helped that…</source>
        <translation>Me ayudó que…</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>About the challenge, about others, about yourself…</source>
        <translation>Sobre el desafío, sobre los demás, sobre ti…</translation>
    </message>
</context>
<context>
    <name>ReflectLearnStep</name>
    <message>
        <source>What will you take from this?</source>
        <translation>¿Qué te llevas de esto?</translation>
    </message>
    <message>
        <source>Keep it small: one thing you learned, one thing you might do a little differently, someone who could offer another view, and one next step you can actually take.</source>
        <translation>Que sea pequeño: algo que aprendiste, algo que podrías hacer un poco distinto, alguien que podría darte otro punto de vista y un próximo paso que de verdad puedas dar.</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>About the situation, about them, about yourself…</source>
        <translation>Sobre la situación, sobre los demás, sobre ti…</translation>
    </message>
    <message>
        <source>One small adjustment</source>
        <translation>Un pequeño ajuste</translation>
    </message>
    <message>
        <source>Not a verdict on yourself: a small thing to try next time, if any.</source>
        <translation>No es un veredicto sobre ti: solo algo pequeño que probar la próxima vez, si lo hay.</translation>
    </message>
    <message>
        <source>Next time I might…</source>
        <translation>La próxima vez podría…</translation>
    </message>
    <message>
        <source>Whom could you ask for another view?</source>
        <translation>¿A quién podrías pedirle otro punto de vista?</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Starts the accessible name of each person&apos;s chip: ask this person for another view (verb, imperative).</extracomment>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>One small next step</source>
        <translation>Un pequeño próximo paso</translation>
    </message>
    <message>
        <source>e.g. Message Alex about Sunday</source>
        <translation>p. ej., Escribir a Alex sobre el domingo</translation>
    </message>
    <message>
        <source>By when, as a date</source>
        <translation>Para cuándo, como fecha</translation>
    </message>
</context>
<context>
    <name>ReflectMomentFields</name>
    <message>
        <source>A few words to name it</source>
        <translation>Unas palabras para nombrarlo</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Field label: when the moment happened (a date and time).</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What kind of moment</source>
        <translation>Qué tipo de momento</translation>
    </message>
    <message>
        <source>In which circle</source>
        <extracomment>Field label: in which of the user&apos;s social circles (groups of people) the moment happened.</extracomment>
        <translation>En qué círculo</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba</translation>
    </message>
    <message>
        <source>%1: the day</source>
        <extracomment>Accessible name of the day of a moment; %1 is the field&apos;s label (e.g. &quot;When&quot;).</extracomment>
        <translation>%1: el día</translation>
    </message>
    <message>
        <source>%1: the time of day</source>
        <extracomment>Accessible name of the time of day of a moment; %1 is the field&apos;s label (e.g. &quot;When&quot;).</extracomment>
        <translation>%1: la hora</translation>
    </message>
    <message>
        <source>That is not a time Mosaic can read. Write it like %1.</source>
        <extracomment>Under the time of a moment when the text typed is not a time; %1 is an example in the user&apos;s own format (e.g. &quot;6:30 PM&quot;).</extracomment>
        <translation>Mosaic no puede leer esa hora. Escríbela como %1.</translation>
    </message>
</context>
<context>
    <name>ReflectOutcomeStep</name>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <source>Whatever happened, you tried something hard, or you noticed what stopped you; both are worth writing down. What actually happened, and how anxious did you really feel?</source>
        <translation>Pasara lo que pasara, intentaste algo difícil o te diste cuenta de qué te frenó; las dos cosas vale la pena anotarlas. ¿Qué pasó realmente y cuánta ansiedad sentiste de verdad?</translation>
    </message>
    <message>
        <source>You expected an anxiety of %1 out of 100.</source>
        <extracomment>%1 is the anxiety the user expected, from 0 to 100.</extracomment>
        <translation>Esperabas una ansiedad de %1 sobre 100.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>In the end…</source>
        <translation>Al final…</translation>
    </message>
    <message>
        <source>How anxious did you actually feel?</source>
        <translation>¿Cuánta ansiedad sentiste en realidad?</translation>
    </message>
    <message>
        <source>calm</source>
        <extracomment>The low end of the anxiety scale (0).</extracomment>
        <translation>en calma</translation>
    </message>
    <message>
        <source>as anxious as it gets</source>
        <translation>la máxima ansiedad</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>A small challenge</source>
        <extracomment>Page title while planning an exposure: a small, planned social challenge.</extracomment>
        <translation>Un pequeño desafío</translation>
    </message>
    <message>
        <source>Reflect</source>
        <extracomment>Page title: the guided reflection (same as the page&apos;s name in the sidebar).</extracomment>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Step %1 of %2 · every step is optional, and everything is saved as you write</source>
        <extracomment>%1 is the number of the step shown, %2 how many steps there are.</extracomment>
        <translation>Paso %1 de %2 · todos los pasos son opcionales y todo se guarda mientras escribes</translation>
    </message>
    <message>
        <source>Reflect on a moment instead</source>
        <translation>Prefiero reflexionar sobre un momento</translation>
    </message>
    <message>
        <source>Plan a small challenge instead</source>
        <translation>Prefiero planear un pequeño desafío</translation>
    </message>
    <message>
        <source>New reflection</source>
        <extracomment>Button: start a new reflection (noun phrase).</extracomment>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>This one stays in your journal, ready to continue.</source>
        <translation>Esta se queda en tu diario, lista para continuar.</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button (verb): to the previous step of the reflection.</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <extracomment>The keyboard shortcut of the Back button; translate the key name only if your keyboards label it differently.</extracomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ctrl+Enter to go on</source>
        <extracomment>Hint beside the buttons: the keyboard shortcut to go on to the next step.</extracomment>
        <translation>Ctrl+Enter para continuar</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>It already happened</source>
        <extracomment>Button: the planned challenge already took place; go on to write how it went.</extracomment>
        <translation>Ya pasó</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Button: finishes the reflection (adjective/verb: &quot;finished&quot;).</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: to the next step of the reflection.</extracomment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish the reflection (Ctrl+Enter)</source>
        <translation>Terminar la reflexión (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The next step (Ctrl+Enter or Alt+Right); you can leave this one empty</source>
        <translation>El siguiente paso (Ctrl+Enter o Alt+Right); puedes dejar este vacío</translation>
    </message>
</context>
<context>
    <name>ReflectPauseStep</name>
    <message>
        <source>Back to this moment</source>
        <translation>De vuelta a este momento</translation>
    </message>
    <message>
        <source>Pause for a moment</source>
        <translation>Haz una pausa</translation>
    </message>
    <message>
        <source>You can change anything you wrote, add what came to you since, or just read it again. Take a breath first.</source>
        <translation>Puedes cambiar lo que escribiste, añadir lo que se te haya ocurrido desde entonces o simplemente volver a leerlo. Primero, respira.</translation>
    </message>
    <message>
        <source>Something stung, and that is human. Before writing anything, breathe along with the circle: in while it grows, out while it shrinks. Three or four breaths are enough. There is no hurry here, and every step after this one is optional.</source>
        <translation>Algo te dolió, y eso es humano. Antes de escribir nada, respira al ritmo del círculo: inhala mientras crece, exhala mientras se encoge. Con tres o cuatro respiraciones basta. Aquí no hay prisa, y todos los pasos después de este son opcionales.</translation>
    </message>
    <message>
        <source>and out…</source>
        <extracomment>Paces a breathing exercise, shown while the circle shrinks: now breathe out.</extracomment>
        <translation>y exhala…</translation>
    </message>
    <message>
        <source>breathe in…</source>
        <extracomment>Paces a breathing exercise, shown while the circle grows.</extracomment>
        <translation>inhala…</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button (verb): goes on to the next step of the reflection.</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <extracomment>Button: ends the breathing pause and begins the reflection.</extracomment>
        <translation>Adelante</translation>
    </message>
</context>
<context>
    <name>ReflectPeoplePicker</name>
    <message>
        <source>Person</source>
        <extracomment>Starts the accessible name of each person&apos;s chip (&quot;Person: Alex&quot;).</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The people you add on the Circles page can be picked here.</source>
        <extracomment>“Circles” is the name of a page: use the same translation as in the sidebar.</extracomment>
        <translation>Aquí puedes elegir a las personas que añadas en la página Círculos.</translation>
    </message>
</context>
<context>
    <name>ReflectPlanStep</name>
    <message>
        <source>Plan a small challenge</source>
        <translation>Planea un pequeño desafío</translation>
    </message>
    <message>
        <source>Pick something a little uncomfortable but doable: asking to join, saying hello first, sharing an idea. Small is the point. Write what you will do, and when and where.</source>
        <translation>Elige algo un poco incómodo pero posible: pedir unirte, saludar primero, compartir una idea. Lo importante es que sea pequeño. Escribe qué vas a hacer, cuándo y dónde.</translation>
    </message>
    <message>
        <source>The challenge, in a few words</source>
        <translation>El desafío, en pocas palabras</translation>
    </message>
    <message>
        <source>When you plan to do it</source>
        <translation>Cuándo piensas hacerlo</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>What exactly you will do, where, with whom…</source>
        <translation>Qué harás exactamente, dónde, con quién…</translation>
    </message>
</context>
<context>
    <name>ReflectPredictionStep</name>
    <message>
        <source>What do you expect?</source>
        <translation>¿Qué esperas que pase?</translation>
    </message>
    <message>
        <source>Write down what you think will happen, honestly, even the worst guess. Later you can put it beside what really happened.</source>
        <translation>Escribe con sinceridad lo que crees que pasará, aunque sea lo peor que imaginas. Después podrás compararlo con lo que pasó de verdad.</translation>
    </message>
    <message>
        <source>What you expect to happen</source>
        <translation>Lo que esperas que pase</translation>
    </message>
    <message>
        <source>I think that…</source>
        <translation>Creo que…</translation>
    </message>
    <message>
        <source>How anxious do you expect to feel?</source>
        <translation>¿Cuánta ansiedad crees que sentirás?</translation>
    </message>
    <message>
        <source>calm</source>
        <extracomment>The low end of the anxiety scale (0).</extracomment>
        <translation>en calma</translation>
    </message>
    <message>
        <source>as anxious as it gets</source>
        <extracomment>The high end of the anxiety scale (100).</extracomment>
        <translation>la máxima ansiedad</translation>
    </message>
    <message>
        <source>When the plan feels right, save it. Today will remind you to come back and write how it went.</source>
        <translation>Cuando el plan te parezca bien, guárdalo. La página Hoy te recordará volver y escribir cómo fue.</translation>
    </message>
</context>
<context>
    <name>ReflectRatingSlider</name>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of a rating scale, e.g. of a feeling&apos;s strength.</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>as strong as it gets</source>
        <extracomment>The high end (100) of the rating scale of a feeling&apos;s strength.</extracomment>
        <translation>lo más intenso posible</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin valorar aún</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A rating (0 to 100) then and now: %1 is the earlier rating, %2 the new one.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(%1 lighter)</source>
        <extracomment>After rating again: %1 is how many points (of 100) lower the new rating is.</extracomment>
        <translation>(%1 más leve)</translation>
    </message>
    <message>
        <source>(%1 stronger)</source>
        <extracomment>After rating again: %1 is how many points (of 100) higher the new rating is.</extracomment>
        <translation>(%1 más intenso)</translation>
    </message>
</context>
<context>
    <name>ReflectReframeCard</name>
    <message>
        <source>Reframe %1</source>
        <extracomment>Noun: a kinder, truer way to read what happened. %1 is its number (1, 2, 3…).</extracomment>
        <translation>Nueva mirada %1</translation>
    </message>
    <message>
        <source>Kind of reframe %1</source>
        <extracomment>%1 is the reframe&apos;s number (1, 2, 3…).</extracomment>
        <translation>Tipo de la nueva mirada %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button (verb): removes a reframe.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove reframe %1</source>
        <extracomment>%1 is the reframe&apos;s number (1, 2, 3…).</extracomment>
        <translation>Quitar la nueva mirada %1</translation>
    </message>
    <message>
        <source>How believable does it feel?</source>
        <translation>¿Cuán creíble te parece?</translation>
    </message>
    <message>
        <source>not yet</source>
        <extracomment>The low end (0) of how believable a reframe feels.</extracomment>
        <translation>aún no</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how believable a reframe feels.</extracomment>
        <translation>totalmente</translation>
    </message>
</context>
<context>
    <name>ReflectReframesStep</name>
    <message>
        <source>Another way to see it</source>
        <translation>Otra forma de verlo</translation>
    </message>
    <message>
        <source>Write one or more other readings of what happened that are kinder and at least as true. Say how believable each feels; it does not have to be 100 to help.</source>
        <translation>Escribe una o más lecturas distintas de lo que pasó que sean más amables y al menos igual de ciertas. Indica cuán creíble te parece cada una; no hace falta que llegue a 100 para ayudarte.</translation>
    </message>
    <message>
        <source>Your first reframe</source>
        <extracomment>Reframe (noun): a kinder, truer way to read what happened.</extracomment>
        <translation>Tu primera nueva mirada</translation>
    </message>
    <message>
        <source>Another reframe</source>
        <extracomment>Reframe (noun): a kinder, truer way to read what happened.</extracomment>
        <translation>Otra nueva mirada</translation>
    </message>
    <message>
        <source>Start from one of these angles, or any other.</source>
        <translation>Parte de uno de estos enfoques, o de cualquier otro.</translation>
    </message>
    <message>
        <source>Angle</source>
        <extracomment>Noun: a point of view to start a reframe from. Starts the accessible name of each chip (&quot;Angle: context&quot;).</extracomment>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>A new reframe</source>
        <translation>Una nueva mirada</translation>
    </message>
    <message>
        <source>How believable does it feel?</source>
        <translation>¿Cuán creíble te parece?</translation>
    </message>
    <message>
        <source>not yet</source>
        <extracomment>The low end (0) of how believable a reframe feels.</extracomment>
        <translation>aún no</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how believable a reframe feels.</extracomment>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>Keep this reframe</source>
        <extracomment>Button: saves the reframe just written (reframe: a kinder, truer way to read what happened).</extracomment>
        <translation>Guardar esta nueva mirada</translation>
    </message>
</context>
<context>
    <name>ReflectRerateStep</name>
    <message>
        <source>How do you feel now?</source>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <source>Rate your feelings again, as they are now. Whatever the numbers say, you took the time to look at this carefully, and that counts.</source>
        <translation>Vuelve a valorar tus sentimientos, tal como están ahora. Digan lo que digan los números, te tomaste el tiempo de mirar esto con cuidado, y eso cuenta.</translation>
    </message>
    <message>
        <source>Your feelings</source>
        <translation>Tus sentimientos</translation>
    </message>
    <message>
        <source>You did not name any feelings earlier. That is fine; you can still go back to “Feelings”.</source>
        <extracomment>“Feelings” is the name of an earlier step of the reflection: use the same translation as that step&apos;s name.</extracomment>
        <translation>Antes no nombraste ningún sentimiento. Está bien; todavía puedes volver a “Sentimientos”.</translation>
    </message>
    <message>
        <source>The thought</source>
        <extracomment>Card heading: the automatic thought the user wrote down (and the name of that earlier step).</extracomment>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>How much do you believe “%1” now?</source>
        <extracomment>%1 is the automatic thought the user wrote down.</extracomment>
        <translation>¿Cuánto te crees ahora “%1”?</translation>
    </message>
    <message>
        <source>How much do you believe the thought now?</source>
        <translation>¿Cuánto te crees ahora el pensamiento?</translation>
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of how much the user believes the thought.</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how much the user believes the thought.</extracomment>
        <translation>totalmente</translation>
    </message>
</context>
<context>
    <name>ReflectStepDot</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Accessible name of a step of the reflection: %1 is its number, %2 how many steps there are, %3 its name.</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>ReflectTagsField</name>
    <message>
        <source>e.g. work, family</source>
        <translation>p. ej., trabajo, familia</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Field name: keywords (labels) to find a reflection again.</extracomment>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>ReflectThoughtCard</name>
    <message>
        <source>The thought you are looking at: %1</source>
        <extracomment>%1 is the automatic thought the user wrote down.</extracomment>
        <translation>El pensamiento que estás examinando: %1</translation>
    </message>
    <message>
        <source>The thought you are looking at</source>
        <translation>El pensamiento que estás examinando</translation>
    </message>
    <message>
        <source>Not written down yet — you can go back to “The thought” at any time.</source>
        <extracomment>“The thought” is the name of an earlier step of the reflection: use the same translation as that step&apos;s name.</extracomment>
        <translation>Aún no lo has escrito; puedes volver a “El pensamiento” cuando quieras.</translation>
    </message>
</context>
<context>
    <name>ReflectThoughtStep</name>
    <message>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <source>Write the first thought that came, in your own words, however harsh or silly it sounds. Then, if you can, the belief underneath it: what the moment seemed to say about you.</source>
        <translation>Escribe el primer pensamiento que te vino, con tus propias palabras, por duro o tonto que suene. Luego, si puedes, la creencia que hay debajo: lo que ese momento parecía decir sobre ti.</translation>
    </message>
    <message>
        <source>The thought</source>
        <extracomment>Field label and the name of this step: the automatic thought that came to mind.</extracomment>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>For instance: “They don&apos;t want me around.”</source>
        <translation>Por ejemplo: “No me quieren cerca.”</translation>
    </message>
    <message>
        <source>The automatic thought</source>
        <translation>El pensamiento automático</translation>
    </message>
    <message>
        <source>The words that came to mind…</source>
        <translation>Las palabras que te vinieron a la mente…</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>La creencia de fondo</translation>
    </message>
    <message>
        <source>For instance: “I&apos;m not likeable.” It often starts with “I&apos;m…”.</source>
        <translation>Por ejemplo: “No soy suficiente.” Suele empezar con “Soy…” o “No soy…”.</translation>
    </message>
    <message>
        <source>The belief underneath the thought</source>
        <translation>La creencia que hay debajo del pensamiento</translation>
    </message>
    <message>
        <source>What it seemed to say about you…</source>
        <translation>Lo que parecía decir sobre ti…</translation>
    </message>
    <message>
        <source>How much do you believe it right now?</source>
        <translation>¿Cuánto te lo crees ahora mismo?</translation>
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The low end (0) of how much the user believes the thought.</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>completely</source>
        <extracomment>The high end (100) of how much the user believes the thought.</extracomment>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>Also true about you</source>
        <translation>También es verdad sobre ti</translation>
    </message>
    <message>
        <source>A belief is not a fact. Here is what you have written about yourself on calmer days.</source>
        <translation>Una creencia no es un hecho. Esto es lo que escribiste sobre ti en días más tranquilos.</translation>
    </message>
    <message>
        <source>Your values: %1</source>
        <extracomment>%1 is the list of the user&apos;s personal values, e.g. &quot;kindness, honesty&quot;.</extracomment>
        <translation>Tus valores: %1</translation>
    </message>
    <message>
        <source>Your strengths and your mission will show up here once you write them on the Strengths page.</source>
        <translation>Tus fortalezas y tu misión aparecerán aquí cuando las escribas en la página Fortalezas.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <extracomment>Noun, plural: the reminder settings.</extracomment>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me of my rituals</source>
        <translation>Recordarme mis rituales</translation>
    </message>
    <message>
        <source>Each ritual&apos;s reminders are set with the ritual, on the Habits page.</source>
        <translation>Los recordatorios de cada ritual se configuran con el propio ritual, en la página Hábitos.</translation>
    </message>
    <message>
        <source>Reminders are resting. Your rituals&apos; times stay as they are for when you switch them back on.</source>
        <translation>Los recordatorios están en pausa. Las horas de tus rituales se mantienen para cuando vuelvas a activarlos.</translation>
    </message>
    <message>
        <source>Need some quiet?</source>
        <translation>¿Necesitas un poco de calma?</translation>
    </message>
    <message>
        <source>Pause for an hour</source>
        <extracomment>Button (verb): hold all reminders for an hour.</extracomment>
        <translation>Pausar una hora</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <extracomment>Button (verb): hold all reminders until tomorrow.</extracomment>
        <translation>Pausar hasta mañana</translation>
    </message>
    <message>
        <source>Resume now</source>
        <extracomment>Button (verb): end the pause of the reminders.</extracomment>
        <translation>Reanudar ahora</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Hold reminders during quiet hours</source>
        <translation>Retener los recordatorios durante las horas de silencio</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the start time of quiet hours: &quot;From [time] to [time]&quot;.</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of quiet hours: &quot;From [time] to [time]&quot;.</extracomment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Nights with quiet hours</source>
        <translation>Noches con horas de silencio</translation>
    </message>
    <message>
        <source>Reminders that fall in quiet hours wait until they end. The days are the evenings quiet hours begin.</source>
        <translation>Los recordatorios que caen en horas de silencio esperan hasta que terminan. Los días marcados son las noches en que empiezan las horas de silencio.</translation>
    </message>
    <message>
        <source>In the background</source>
        <extracomment>Section heading: Mosaic running in the background (in the system tray).</extracomment>
        <translation>En segundo plano</translation>
    </message>
    <message>
        <source>Keep Mosaic in the tray when the window closes</source>
        <translation>Mantener Mosaic en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Reminders can only reach you while Mosaic runs. With this on, closing the window leaves Mosaic&apos;s icon in the tray; quit from its menu.</source>
        <translation>Los recordatorios solo pueden llegarte mientras Mosaic está abierto. Con esta opción activada, al cerrar la ventana el icono de Mosaic se queda en la bandeja del sistema; para salir, usa su menú.</translation>
    </message>
    <message>
        <source>Start Mosaic when I log in</source>
        <translation>Abrir Mosaic al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Page title, as the page&apos;s name in the sidebar.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Export it to keep a copy or to move it elsewhere.</source>
        <translation>Tu diario se queda en este equipo. Expórtalo para guardar una copia o para llevarlo a otro lugar.</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Tu diario</translation>
    </message>
    <message>
        <source>Mosaic keeps everything in one file, journal.sqlite, in this folder. Keep it on a local disk: a synced or network folder can damage an open journal. Use export or backup for copies.</source>
        <translation>Mosaic guarda todo en un solo archivo, journal.sqlite, en esta carpeta. Mantenla en un disco local: una carpeta sincronizada o de red puede dañar un diario abierto. Para hacer copias, usa la exportación o la copia de seguridad.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <extracomment>Button (verb): open the data folder in the file manager.</extracomment>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>Exports follow Mosaic&apos;s interchange format (JSON), which any copy of Mosaic can import and merge; Markdown is for reading. An import checks the whole file first and changes nothing when something is wrong.</source>
        <translation>Las exportaciones siguen el formato de intercambio de Mosaic (JSON), que cualquier copia de Mosaic puede importar y combinar; Markdown es para leer. Al importar, primero se comprueba todo el archivo y no se cambia nada si algo está mal.</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Guardar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Import a journal file…</source>
        <translation>Importar un archivo de diario…</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Button (verb): import the file that was just checked.</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): do not import the file.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reminders</source>
        <extracomment>Card heading (noun, plural): the reminders of rituals.</extracomment>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Label (noun): the colour theme of the window.</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme: light colours.</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme: dark colours.</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <extracomment>%1 is a colour theme, e.g. &quot;Dark&quot;.</extracomment>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Mosaic starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras Mosaic.</translation>
    </message>
    <message>
        <source>About Mosaic</source>
        <translation>Acerca de Mosaic</translation>
    </message>
    <message>
        <source>Mosaic %1 — a journal for taking rejection less hard and growing from it.</source>
        <extracomment>%1 is the version of Mosaic, e.g. 1.2.0.</extracomment>
        <translation>Mosaic %1 — un diario para que el rechazo te afecte menos y puedas crecer con él.</translation>
    </message>
    <message>
        <source>Markdown highlighting: %1. Settings are kept in %2.</source>
        <extracomment>%1 is the name of the engine that highlights Markdown (e.g. &quot;KSyntaxHighlighting&quot;), %2 the settings file&apos;s path.</extracomment>
        <translation>Resaltado de Markdown: %1. Los ajustes se guardan en %2.</translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation>Exportar el diario como JSON</translation>
    </message>
    <message>
        <source>Mosaic journal (*.json)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.json)&quot; as it is.</extracomment>
        <translation>Diario de Mosaic (*.json)</translation>
    </message>
    <message>
        <source>Export the journal as Markdown</source>
        <translation>Exportar el diario como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.md)&quot; as it is.</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save a backup of the journal</source>
        <translation>Guardar una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Mosaic journal backup (*.sqlite)</source>
        <extracomment>A file type in the file dialog; keep &quot;(*.sqlite)&quot; as it is.</extracomment>
        <translation>Copia de seguridad del diario de Mosaic (*.sqlite)</translation>
    </message>
    <message>
        <source>Import a journal file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>In the file dialog; keep &quot;(*)&quot; as it is.</extracomment>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Motion</source>
        <extracomment>Label (noun): how much moves on screen.</extracomment>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <extracomment>A setting: less animation (the breathing guide of Reflect keeps its size).</extracomment>
        <translation>Reducir movimiento</translation>
    </message>
    <message>
        <source>The breathing guide paces your breath without growing and shrinking.</source>
        <translation>La guía de respiración marca el ritmo de tu respiración sin crecer ni encogerse.</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Card heading (noun, plural): the automatic copies of the journal.</extracomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Once a day, when the journal changed, Mosaic keeps a checked copy in the backups folder of the data folder: the last 7 days, 4 weeks and 12 months, within 2 GB.</source>
        <translation>Una vez al día, si el diario ha cambiado, Mosaic guarda una copia comprobada en la carpeta backups de la carpeta de datos: de los últimos 7 días, 4 semanas y 12 meses, hasta 2 GB.</translation>
    </message>
    <message>
        <source>No backups yet. The first is made a little while after you write something.</source>
        <translation>Aún no hay copias de seguridad. La primera se hace un rato después de que escribas algo.</translation>
    </message>
    <message>
        <source>%1 (kept before a restore)</source>
        <extracomment>A backup in the list: %1 is when the journal was kept, just before a restore replaced it.</extracomment>
        <translation>%1 (guardada antes de una restauración)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Button (verb): put this backup in place of the journal.</extracomment>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <extracomment>%1 is the backup&apos;s date.</extracomment>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <extracomment>Button (verb): make a backup of the journal now.</extracomment>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Check the journal</source>
        <extracomment>Button (verb): check the journal for damage.</extracomment>
        <translation>Comprobar el diario</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <extracomment>Title of the dialog that confirms restoring a backup.</extracomment>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The journal will be as it was on %1. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <extracomment>%1 is the backup&apos;s date.</extracomment>
        <translation>El diario quedará como estaba el %1. Antes, el diario tal como está ahora se guarda como copia de seguridad, para que puedas volver a él.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button (verb): put the chosen backup back in place of the journal.</extracomment>
        <translation>Restaurar</translation>
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
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>What you do well, and the wins that show it. Worth that does not hang on anyone&apos;s approval.</source>
        <extracomment>A win is something that went well (a success, not a game).</extracomment>
        <translation>Lo que haces bien y los logros que lo demuestran. Una valía que no depende de la aprobación de nadie.</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <extracomment>Card heading: personal strengths, qualities the user has.</extracomment>
        <translation>Tus fortalezas</translation>
    </message>
    <message>
        <source>Choose one to see the wins that show it.</source>
        <translation>Elige una para ver los logros que la demuestran.</translation>
    </message>
    <message>
        <source>Name one thing you do well</source>
        <translation>Nombra algo que haces bien</translation>
    </message>
    <message>
        <source>Patience, explaining things, showing up for friends — a strength can be small and still true. Wins you log can then be linked to it.</source>
        <translation>La paciencia, explicar bien las cosas, estar para tus amigos: una fortaleza puede ser pequeña y aun así real. Después podrás vincularle los logros que registres.</translation>
    </message>
    <message>
        <source>%1, showing its wins</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;); its wins are shown.</extracomment>
        <translation>%1, con sus logros a la vista</translation>
    </message>
    <message>
        <source>Show the wins of %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;).</extracomment>
        <translation>Mostrar los logros de %1</translation>
    </message>
    <message>
        <source>no wins yet</source>
        <extracomment>Beside a strength that no win is linked to yet.</extracomment>
        <translation>aún sin logros</translation>
    </message>
    <message>
        <source>More for %1</source>
        <extracomment>Accessible name of the menu button of a strength; %1 is the strength&apos;s name.</extracomment>
        <translation>Más opciones para %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Menu item (verb): edit this strength.</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Bring back</source>
        <extracomment>Menu item (verb): bring a strength that was put away (archived) back.</extracomment>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Put away</source>
        <extracomment>Menu item (verb): put the strength away (archive it).</extracomment>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Menu item (verb): delete this strength.</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Nombre de la fortaleza</translation>
    </message>
    <message>
        <source>What it looks like when you use it (optional)</source>
        <translation>Cómo se nota cuando la usas (opcional)</translation>
    </message>
    <message>
        <source>Description of the strength</source>
        <translation>Descripción de la fortaleza</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button (verb): save the edited strength.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button (verb): stop editing without saving.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Something you do well, e.g. Patience</source>
        <translation>Algo que haces bien, p. ej., Paciencia</translation>
    </message>
    <message>
        <source>Name another strength</source>
        <translation>Nombra otra fortaleza</translation>
    </message>
    <message>
        <source>New strength</source>
        <extracomment>Field name: a new personal strength (a quality the user has).</extracomment>
        <translation>Nueva fortaleza</translation>
    </message>
    <message>
        <source>Add strength</source>
        <extracomment>Button: add a personal strength (a quality the user has).</extracomment>
        <translation>Añadir fortaleza</translation>
    </message>
    <message>
        <source>Show put away (%1)</source>
        <extracomment>Check box: also show the strengths that were put away (archived); %1 is how many there are.</extracomment>
        <translation>Mostrar apartadas (%1)</translation>
    </message>
    <message>
        <source>Wins that show %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;); wins are successes that show it.</extracomment>
        <translation>Logros que muestran %1</translation>
    </message>
    <message>
        <source>Recent wins</source>
        <extracomment>Wins: things that went well (successes, not games).</extracomment>
        <translation>Logros recientes</translation>
    </message>
    <message>
        <source>Show all wins</source>
        <translation>Mostrar todos los logros</translation>
    </message>
    <message>
        <source>No wins linked yet</source>
        <translation>Aún no hay logros vinculados</translation>
    </message>
    <message>
        <source>Your wins will gather here</source>
        <translation>Tus logros se irán reuniendo aquí</translation>
    </message>
    <message>
        <source>When you add a win, choose this strength to link it.</source>
        <translation>Cuando añadas un logro, elige esta fortaleza para vincularlo.</translation>
    </message>
    <message>
        <source>A kind word you gave, a hard message you sent, a step you took. Add one above; small counts.</source>
        <translation>Una palabra amable que dijiste, un mensaje difícil que enviaste, un paso que diste. Añade uno arriba; lo pequeño cuenta.</translation>
    </message>
    <message>
        <source>Remove this win</source>
        <translation>Quitar este logro</translation>
    </message>
    <message>
        <source>Show more wins</source>
        <translation>Mostrar más logros</translation>
    </message>
    <message>
        <source>Mission</source>
        <extracomment>Card heading: the user&apos;s personal mission statement.</extracomment>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Who you want to be, in a few sentences of your own. It is shown again when a reflection reaches the hard belief.</source>
        <translation>Quién quieres ser, en unas pocas frases tuyas. Vuelve a aparecer cuando una reflexión llega a la creencia difícil.</translation>
    </message>
    <message>
        <source>Values</source>
        <extracomment>Card heading: the user&apos;s personal values (what matters most to them).</extracomment>
        <translation>Valores</translation>
    </message>
    <message>
        <source>A few words for what matters most to you: kindness, curiosity, courage…</source>
        <translation>Unas palabras para lo que más te importa: amabilidad, curiosidad, valentía…</translation>
    </message>
    <message>
        <source>Click a value to rename it.</source>
        <translation>Haz clic en un valor para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>%1 (put away)</source>
        <extracomment>A strength that was put away (archived); %1 is its name.</extracomment>
        <translation>%1 (apartada)</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <extracomment>Beside a strength: how many wins (successes) are linked to it.
----------
How many wins (successes) there are in all.</extracomment>
        <translation>
            <numerusform>%n logro</numerusform>
            <numerusform>%n logros</numerusform>
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
        <translation>Un logro</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <extracomment>Heading of a memory from an earlier year: a note on a ritual; %1 is the ritual&apos;s name.</extracomment>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Read again</source>
        <extracomment>Button: opens something written in an earlier year again.</extracomment>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <extracomment>Accessible name of the button; %1 is the heading or the text of the memory.</extracomment>
        <translation>Volver a leer: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Something happened</source>
        <extracomment>The main button: something hurtful happened and the user wants to reflect on it.</extracomment>
        <translation>Pasó algo</translation>
    </message>
    <message>
        <source>Something happened: start a reflection</source>
        <translation>Pasó algo: empezar una reflexión</translation>
    </message>
    <message>
        <source>Welcome. This is your day at a glance.</source>
        <translation>Te damos la bienvenida. Este es tu día de un vistazo.</translation>
    </message>
    <message>
        <source>Here you will find the small rituals you keep, the next steps you chose after a hard moment, and a reminder of what you are good at. When something stings, “Something happened” walks you through it gently. Begin wherever it feels right.</source>
        <translation>Aquí encontrarás los pequeños rituales que cuidas, los próximos pasos que elegiste después de un momento difícil y un recordatorio de lo que se te da bien. Cuando algo duela, “Pasó algo” te acompaña con calma. Empieza por donde te sientas a gusto.</translation>
    </message>
    <message>
        <source>Set up a first ritual</source>
        <translation>Crea tu primer ritual</translation>
    </message>
    <message>
        <source>Name a strength of yours</source>
        <translation>Nombra una de tus fortalezas</translation>
    </message>
    <message>
        <source>Continue your reflection</source>
        <translation>Sigue con tu reflexión</translation>
    </message>
    <message>
        <source>What you wrote is kept. Pick it up whenever you are ready.</source>
        <translation>Lo que escribiste está guardado. Retómalo cuando quieras.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button (verb): continue a reflection left half-way.</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue the reflection “%1”</source>
        <extracomment>Accessible name of the Continue button; %1 is the reflection&apos;s title.</extracomment>
        <translation>Continuar la reflexión “%1”</translation>
    </message>
    <message>
        <source>Today’s rituals</source>
        <extracomment>Heading. A ritual is a small daily habit the user keeps.</extracomment>
        <translation>Rituales de hoy</translation>
    </message>
    <message>
        <source>Small things, done kindly. Click the circle when one is done.</source>
        <translation>Cosas pequeñas, hechas con cariño. Haz clic en el círculo cuando termines una.</translation>
    </message>
    <message>
        <source>No rituals yet</source>
        <translation>Aún no hay rituales</translation>
    </message>
    <message>
        <source>A ritual is something small you repeat to remind yourself of your worth: naming a strength in the morning, three good things at night, a message to someone you like. Today lists the ones due.</source>
        <translation>Un ritual es algo pequeño que repites para recordar tu valor: nombrar una fortaleza por la mañana, tres cosas buenas por la noche, un mensaje a alguien que aprecias. Hoy muestra los que tocan.</translation>
    </message>
    <message>
        <source>Set up a ritual</source>
        <translation>Crear un ritual</translation>
    </message>
    <message>
        <source>Nothing is due today. A day of rest is part of the rhythm.</source>
        <translation>Hoy no toca nada. Un día de descanso también forma parte del ritmo.</translation>
    </message>
    <message>
        <source>Today’s note on %1</source>
        <extracomment>%1 is the name of a ritual (a habit).</extracomment>
        <translation>Nota de hoy sobre %1</translation>
    </message>
    <message>
        <source>A few words about today, if you like.</source>
        <translation>Unas palabras sobre hoy, si quieres.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo te fue?</translation>
    </message>
    <message>
        <source>You planned a small challenge. Whatever happened, noting it helps the next one.</source>
        <translation>Planeaste un pequeño desafío. Pasara lo que pasara, anotarlo ayuda con el siguiente.</translation>
    </message>
    <message>
        <source>Tell how it went</source>
        <extracomment>Button: tell how a planned challenge went.</extracomment>
        <translation>Contar cómo fue</translation>
    </message>
    <message>
        <source>Tell how “%1” went</source>
        <extracomment>Accessible name of the button; %1 is the planned challenge.</extracomment>
        <translation>Contar cómo fue “%1”</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Tus próximos pasos</translation>
    </message>
    <message>
        <source>One small step at a time. Tick one off when it is done.</source>
        <translation>Un pequeño paso cada vez. Márcalo cuando lo hayas dado.</translation>
    </message>
    <message>
        <source>No open steps. A reflection ends with one small next step; it waits here until you take it.</source>
        <translation>No hay pasos pendientes. Cada reflexión termina con un pequeño próximo paso; te espera aquí hasta que lo des.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more in your journal.</source>
        <extracomment>Under the list of open next steps; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>Y %n paso más en tu diario.</numerusform>
            <numerusform>Y %n pasos más en tu diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember</source>
        <extracomment>Card heading (imperative): keep in mind one of your strengths or your mission.</extracomment>
        <translation>Recuerda</translation>
    </message>
    <message>
        <source>Your mission</source>
        <extracomment>The user&apos;s personal mission statement.</extracomment>
        <translation>Tu misión</translation>
    </message>
    <message>
        <source>One of your strengths. Where could it help you today?</source>
        <extracomment>Strength: a personal quality the user is good at.</extracomment>
        <translation>Una de tus fortalezas. ¿Dónde podría ayudarte hoy?</translation>
    </message>
    <message>
        <source>Name your strengths or write your mission, and Today will hold one of them up for you each day.</source>
        <translation>Nombra tus fortalezas o escribe tu misión, y cada día Hoy te recordará una de ellas.</translation>
    </message>
    <message>
        <source>Name a strength</source>
        <translation>Nombrar una fortaleza</translation>
    </message>
    <message>
        <source>See all your strengths</source>
        <translation>Ver todas tus fortalezas</translation>
    </message>
    <message>
        <source>On this day</source>
        <extracomment>Card heading: what was written on this calendar day in earlier years.</extracomment>
        <translation>Un día como hoy</translation>
    </message>
    <message>
        <source>Once your journal is older than a year, what you wrote on this day comes back here.</source>
        <translation>Cuando tu diario tenga más de un año, lo que escribiste en este día volverá a aparecer aquí.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more from this day.</source>
        <extracomment>Under the memories of this day in earlier years; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>Y %n recuerdo más de este día.</numerusform>
            <numerusform>Y %n recuerdos más de este día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayRitualRow</name>
    <message>
        <source>%1: done today. Take it back</source>
        <extracomment>Accessible name of a ritual&apos;s ticked check; %1 is the ritual&apos;s name.</extracomment>
        <translation>%1: hecho hoy. Desmarcar</translation>
    </message>
    <message>
        <source>Check off %1 for today</source>
        <extracomment>Accessible name of a ritual&apos;s check; %1 is the ritual&apos;s name.</extracomment>
        <translation>Marcar %1 como hecho hoy</translation>
    </message>
    <message>
        <source>Resting today — that is part of the rhythm too.</source>
        <extracomment>The ritual was skipped (paused) for today on purpose.</extracomment>
        <translation>Hoy toca descansar: eso también forma parte del ritmo.</translation>
    </message>
    <message>
        <source>How many %1 for %2</source>
        <extracomment>Accessible name of the count field; %1 is the unit (e.g. &quot;glasses&quot;), %2 the ritual&apos;s name.</extracomment>
        <translation>Cuántos %1 para %2</translation>
    </message>
    <message>
        <source>How many for %1</source>
        <extracomment>Accessible name of the count field; %1 is the ritual&apos;s name.</extracomment>
        <translation>Cuántos para %1</translation>
    </message>
    <message>
        <source>Close note</source>
        <extracomment>Button (verb): closes the editor of today&apos;s note.</extracomment>
        <translation>Cerrar nota</translation>
    </message>
    <message>
        <source>Read your note</source>
        <translation>Leer tu nota</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Close the note on %1</source>
        <extracomment>%1 is the ritual&apos;s name.</extracomment>
        <translation>Cerrar la nota sobre %1</translation>
    </message>
    <message>
        <source>Write a note on %1</source>
        <extracomment>%1 is the ritual&apos;s name.</extracomment>
        <translation>Escribir una nota sobre %1</translation>
    </message>
</context>
<context>
    <name>TodayStepRow</name>
    <message>
        <source>Mark done: %1</source>
        <extracomment>Accessible name of a next step&apos;s check box; %1 is the step.</extracomment>
        <translation>Marcar como hecho: %1</translation>
    </message>
    <message>
        <source>%1 · from “%2”</source>
        <extracomment>Under a next step: %1 is when it is due (e.g. &quot;tomorrow&quot;), %2 the reflection it came from.</extracomment>
        <translation>%1 · de “%2”</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>Under a next step: %1 is the title of the reflection it came from.</extracomment>
        <translation>De “%1”</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button (verb): opens the reflection this step came from.</extracomment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the reflection “%1”</source>
        <extracomment>Accessible name of the Open button; %1 is the reflection&apos;s title.</extracomment>
        <translation>Abrir la reflexión “%1”</translation>
    </message>
</context>
<context>
    <name>ValueChips</name>
    <message>
        <source>Rename %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <extracomment>%1 is one of the user&apos;s personal values, e.g. &quot;Honesty&quot;.</extracomment>
        <translation>Nuevo nombre para %1</translation>
    </message>
    <message>
        <source>A value that matters to you, e.g. Honesty</source>
        <translation>Un valor que te importa, p. ej., Honestidad</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>Add value</source>
        <extracomment>Button: add a personal value (what matters to the user).</extracomment>
        <translation>Añadir valor</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mosaic</source>
        <translation>Te damos la bienvenida a Mosaic</translation>
    </message>
    <message>
        <source>A private journal for the moments when rejection stings. Reflect on what happened, test the thoughts it brings, keep a record of your strengths and wins, practise small daily rituals, and see the many circles where you belong.</source>
        <translation>Un diario privado para los momentos en que el rechazo duele. Reflexiona sobre lo que pasó, pon a prueba los pensamientos que trae, lleva un registro de tus fortalezas y logros, practica pequeños rituales diarios y descubre los muchos círculos a los que perteneces.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in %1.</source>
        <extracomment>%1 is the folder where the journal is kept, e.g. /home/ana/.local/share/Mosaic.</extracomment>
        <translation>Todo se queda en este ordenador, en %1.</translation>
    </message>
    <message>
        <source>Look around an example journal</source>
        <translation>Explorar un diario de ejemplo</translation>
    </message>
    <message>
        <source>Start my own</source>
        <extracomment>Button: start with an empty journal of one&apos;s own (instead of the example journal).</extracomment>
        <translation>Empezar el mío</translation>
    </message>
</context>
<context>
    <name>WinComposer</name>
    <message>
        <source>Add a win</source>
        <extracomment>A win is something that went well (a success, not a game).</extracomment>
        <translation>Añadir un logro</translation>
    </message>
    <message>
        <source>Anything that went well, however small: evidence of what you can do.</source>
        <translation>Cualquier cosa que haya salido bien, por pequeña que sea: una prueba de lo que puedes hacer.</translation>
    </message>
    <message>
        <source>What went well?</source>
        <translation>¿Qué salió bien?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Label of the date field of a new win.</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Label of the list of kinds of win (e.g. courage, kindness).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of win</source>
        <translation>Tipo de logro</translation>
    </message>
    <message>
        <source>Add win</source>
        <extracomment>Button: add the win (a success) just written.</extracomment>
        <translation>Añadir logro</translation>
    </message>
    <message>
        <source>Strengths it shows</source>
        <extracomment>The user&apos;s personal strengths that this win shows.</extracomment>
        <translation>Fortalezas que muestra</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <extracomment>%1 is the name of a strength (e.g. &quot;Patience&quot;) to link the win to.</extracomment>
        <translation>Vincular con %1</translation>
    </message>
    <message>
        <source>Day of the win</source>
        <translation>Día del logro</translation>
    </message>
</context>
<context>
    <name>mosaic::Autostart</name>
    <message>
        <source>The folder %1 could not be created, so Mosaic cannot start at login.</source>
        <translation>No se pudo crear la carpeta %1, así que Mosaic no puede iniciarse al arrancar la sesión.</translation>
    </message>
    <message>
        <source>%1 could not be written, so Mosaic cannot start at login.</source>
        <translation>No se pudo escribir %1, así que Mosaic no puede iniciarse al arrancar la sesión.</translation>
    </message>
    <message>
        <source>%1 could not be removed; delete it to stop Mosaic from starting at login.</source>
        <translation>No se pudo quitar %1; bórralo para que Mosaic deje de iniciarse al arrancar la sesión.</translation>
    </message>
</context>
<context>
    <name>mosaic::AwayModel</name>
    <message>
        <source>That is after this reminder&apos;s next time, so it will simply come then.</source>
        <translation>Esa hora es posterior al próximo aviso de este recordatorio, así que llegará entonces sin más.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example %1.</source>
        <extracomment>%1 is an evening time as the user&apos;s language writes it (e.g. &quot;6:30 PM&quot; or &quot;18:30&quot;).</extracomment>
        <translation>Escribe la hora en horas y minutos, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>mosaic::BackupsModel</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>When a copy of the journal was kept before a restore: %1 is the date, %2 the time.</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>That backup is no longer there.</source>
        <translation>Esa copia de seguridad ya no está.</translation>
    </message>
    <message>
        <source>The journal is back as it was on %1. The journal as it was before is kept as a backup (%2).</source>
        <extracomment>After a restore: %1 is the backup&apos;s date, %2 the file keeping the journal as it was before.</extracomment>
        <translation>El diario vuelve a estar como estaba el %1. El diario tal como estaba antes se guardó como copia de seguridad (%2).</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>Saved a checked backup in %1.</source>
        <translation>Copia de seguridad comprobada guardada en %1.</translation>
    </message>
    <message>
        <source>The journal passed every check.</source>
        <translation>El diario pasó todas las comprobaciones.</translation>
    </message>
    <message>
        <source>A check of the journal failed (%1). Nothing was changed. Restore a backup below: the journal as it is now is kept as a backup first.</source>
        <extracomment>%1 names the checks that failed (integrity, foreign-keys, search-index, orphans), as `mosaic check` names them.</extracomment>
        <translation>Una comprobación del diario falló (%1). No se cambió nada. Restaura una copia de seguridad aquí abajo: antes, el diario tal como está ahora se guarda como copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>mosaic::BalanceInsights</name>
    <message>
        <source>Your belonging now rests on about %1 circles, up from %2; the largest carries %3% of it.</source>
        <translation>Tu pertenencia ahora se apoya en unos %1 círculos, más que los %2 de antes; el más grande sostiene el %3% de ella.</translation>
    </message>
    <message>
        <source>Your belonging now rests on about %1 circles, down from %2; the largest carries %3% of it.</source>
        <translation>Tu pertenencia ahora se apoya en unos %1 círculos, menos que los %2 de antes; el más grande sostiene el %3% de ella.</translation>
    </message>
    <message>
        <source>Your belonging rests on about %1 circles; the largest carries %2% of it.</source>
        <translation>Tu pertenencia se apoya en unos %1 círculos; el más grande sostiene el %2% de ella.</translation>
    </message>
</context>
<context>
    <name>mosaic::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n entrada</numerusform>
            <numerusform>%1, %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::CalendarQueries</name>
    <message>
        <source>Reading the journal&apos;s calendar</source>
        <translation>La lectura del calendario del diario</translation>
    </message>
</context>
<context>
    <name>mosaic::CheckInRecording</name>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Este ritual ya no está en tu diario.</translation>
    </message>
    <message>
        <source>The number for “%1” can be zero or more.</source>
        <translation>El número de “%1” puede ser cero o más.</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleActions</name>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor un nombre más corto: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A shorter text works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor un texto más corto: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>How it felt goes from -2 (hard) to 2 (warm).</source>
        <translation>Cómo te sentiste va de -2 (difícil) a 2 (cálido).</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleDeletion</name>
    <message>
        <source>This circle is no longer in the journal.</source>
        <translation>Este círculo ya no está en el diario.</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Esta persona ya no está en el diario.</translation>
    </message>
</context>
<context>
    <name>mosaic::CircleStore</name>
    <message>
        <source>Saving the circle</source>
        <translation>El guardado del círculo</translation>
    </message>
    <message>
        <source>Saving the circles</source>
        <translation>El guardado de los círculos</translation>
    </message>
    <message>
        <source>Reading the circle</source>
        <translation>La lectura del círculo</translation>
    </message>
    <message>
        <source>Reading the circles</source>
        <translation>La lectura de los círculos</translation>
    </message>
    <message>
        <source>Deleting the circle</source>
        <translation>El borrado del círculo</translation>
    </message>
    <message>
        <source>Saving the person</source>
        <translation>El guardado de la persona</translation>
    </message>
    <message>
        <source>Saving the people</source>
        <translation>El guardado de las personas</translation>
    </message>
    <message>
        <source>Reading the person</source>
        <translation>La lectura de la persona</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>La lectura de las personas</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>El borrado de la persona</translation>
    </message>
    <message>
        <source>Saving the membership</source>
        <translation>El guardado de la pertenencia al círculo</translation>
    </message>
    <message>
        <source>Saving the memberships</source>
        <translation>El guardado de las pertenencias a los círculos</translation>
    </message>
    <message>
        <source>Reading the membership</source>
        <translation>La lectura de la pertenencia al círculo</translation>
    </message>
    <message>
        <source>Reading the memberships</source>
        <translation>La lectura de las pertenencias a los círculos</translation>
    </message>
    <message>
        <source>Removing the person from the circle</source>
        <translation>La retirada de la persona del círculo</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>El guardado del contacto</translation>
    </message>
    <message>
        <source>Saving the contacts</source>
        <translation>El guardado de los contactos</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>La lectura del contacto</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>La lectura de los contactos</translation>
    </message>
    <message>
        <source>Deleting the contact</source>
        <translation>El borrado del contacto</translation>
    </message>
</context>
<context>
    <name>mosaic::CirclesModel</name>
    <message numerus="yes">
        <source>You are in the centre. %n circle(s) around you</source>
        <translation>
            <numerusform>Estás en el centro. %n círculo a tu alrededor</numerusform>
            <numerusform>Estás en el centro. %n círculos a tu alrededor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 of your ties, no one yet</source>
        <translation>%1, %2 de tus vínculos, todavía nadie</translation>
    </message>
    <message>
        <source>%1, %2 of your ties; %3</source>
        <translation>%1, %2 de tus vínculos; %3</translation>
    </message>
    <message>
        <source>Once people are in your circles, you will see here how your belonging is spread.</source>
        <translation>Cuando haya personas en tus círculos, verás aquí cómo se reparte tu pertenencia.</translation>
    </message>
    <message>
        <source>Your ties are spread over about %1 circles; the largest, %2, holds %3 of them.</source>
        <translation>Tus vínculos se reparten en unos %1 círculos; el más grande, %2, reúne el %3 de ellos.</translation>
    </message>
    <message>
        <source>%1 carries most of your ties. That is a lot for one circle to hold: when it wobbles, everything does. Is there a place where another part of you could feel at home?</source>
        <translation>%1 reúne la mayoría de tus vínculos. Es mucho peso para un solo círculo: cuando se tambalea, se tambalea todo. ¿Hay algún lugar donde otra parte de ti podría sentirse en casa?</translation>
    </message>
    <message>
        <source>Your belonging rests mostly on one place. A class, a club, a neighbour or an old friend: one small new thread can soften the next setback.</source>
        <translation>Tu pertenencia se apoya sobre todo en un solo lugar. Una clase, un club, un vecino o una vieja amistad: un pequeño hilo nuevo puede suavizar el próximo tropiezo.</translation>
    </message>
    <message>
        <source>No one is in an inner ring yet. Who would you call on a hard day? They may belong closer in.</source>
        <translation>Todavía no hay nadie en un anillo interior. ¿A quién llamarías en un día difícil? Quizá merezca estar más cerca.</translation>
    </message>
    <message>
        <source>A good cushion: when one circle wobbles, the others still hold.</source>
        <translation>Un buen colchón: cuando un círculo se tambalea, los demás siguen sosteniéndote.</translation>
    </message>
    <message numerus="yes">
        <source>%1: your last noted contact was %n day(s) ago. A short message is enough.</source>
        <translation>
            <numerusform>%1: tu último contacto anotado fue hace %n día. Basta con un mensaje corto.</numerusform>
            <numerusform>%1: tu último contacto anotado fue hace %n días. Basta con un mensaje corto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no contact noted yet. Maybe say hello this week?</source>
        <translation>%1: aún no hay ningún contacto anotado. ¿Quizá saludar esta semana?</translation>
    </message>
    <message>
        <source>A circle needs a name, even a short one.</source>
        <translation>Un círculo necesita un nombre, aunque sea corto.</translation>
    </message>
    <message>
        <source>A colour is written like #3e7f7a.</source>
        <translation>Un color se escribe así: #3e7f7a.</translation>
    </message>
    <message>
        <source>This circle is no longer in the journal.</source>
        <translation>Este círculo ya no está en el diario.</translation>
    </message>
    <message>
        <source>A person needs a name, even a nickname.</source>
        <translation>Una persona necesita un nombre, aunque sea un apodo.</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Esta persona ya no está en el diario.</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Ningún círculo</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A circle&apos;s share of the user&apos;s ties; %1 is the number. Write it as your language does, e.g. &quot;%1 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>mosaic::ContactLog</name>
    <message>
        <source>Reading the contacts</source>
        <translation>La lectura de los contactos</translation>
    </message>
    <message>
        <source>Counting the contacts</source>
        <translation>El recuento de los contactos</translation>
    </message>
    <message>
        <source>Reading the latest contacts</source>
        <translation>La lectura de los últimos contactos</translation>
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
        <translation>Elige con quién hablaste: una persona, un círculo o ambos.</translation>
    </message>
    <message>
        <source>The date is written like 2026-11-20.</source>
        <translation>La fecha se escribe así: 2026-11-20.</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>a bit hard</source>
        <translation>algo difícil</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>cálido</translation>
    </message>
</context>
<context>
    <name>mosaic::CustomDistortionStore</name>
    <message>
        <source>Give the pattern a short name.</source>
        <translation>Dale al patrón un nombre corto.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Mantén el nombre por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <source>The name cannot hold a comma or a &apos;#&apos;.</source>
        <translation>El nombre no puede llevar una coma ni un &apos;#&apos;.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” ya está en la lista.</translation>
    </message>
    <message>
        <source>Adding the thinking pattern</source>
        <translation>La incorporación del patrón de pensamiento</translation>
    </message>
    <message>
        <source>Removing the thinking pattern</source>
        <translation>La eliminación del patrón de pensamiento</translation>
    </message>
    <message>
        <source>Reading your own thinking patterns</source>
        <translation>La lectura de tus propios patrones de pensamiento</translation>
    </message>
    <message>
        <source>Reading a thinking pattern</source>
        <translation>La lectura de un patrón de pensamiento</translation>
    </message>
</context>
<context>
    <name>mosaic::Database</name>
    <message>
        <source>%1 is not a Mosaic journal. It was left untouched. Choose another data folder with --data-dir, or move the file away.</source>
        <translation>%1 no es un diario de Mosaic. No se ha tocado. Elige otra carpeta de datos con --data-dir o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>Checking the SQLite library</source>
        <translation>La comprobación de la biblioteca SQLite</translation>
    </message>
    <message>
        <source>Mosaic needs SQLite 3.32 or later, but the Qt SQLite driver uses %1. Update SQLite or Qt.</source>
        <translation>Mosaic necesita SQLite 3.32 o posterior, pero el controlador SQLite de Qt usa la versión %1. Actualiza SQLite o Qt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>El disco está lleno. Libera algo de espacio y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened. Check that the data folder exists and is writable, or choose another with --data-dir.</source>
        <translation>No se puede abrir el archivo del diario. Comprueba que la carpeta de datos exista y que se pueda escribir en ella, o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <extracomment>An error message: %1 says what was being done (e.g. &quot;Saving the circle&quot;), %2 is advice on what to do next.</extracomment>
        <translation>%1 no se pudo completar. %2</translation>
    </message>
    <message>
        <source>Opening an in-memory journal</source>
        <translation>La apertura de un diario en memoria</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>La carpeta de datos %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>No se puede leer %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>Opening the journal %1</source>
        <translation>La apertura del diario %1</translation>
    </message>
    <message>
        <source>Reading the journal %1</source>
        <translation>La lectura del diario %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). It was left untouched. Update Mosaic to open it.</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the file&apos;s schema number, %3 the newest schema number this version knows.</extracomment>
        <translation>%1 se escribió con una versión más reciente de Mosaic (esquema del diario %2; esta versión conoce hasta el %3). No se ha tocado. Actualiza Mosaic para abrirlo.</translation>
    </message>
    <message>
        <source>Setting up the journal</source>
        <translation>La preparación del diario</translation>
    </message>
    <message>
        <source>The journal cannot use write-ahead logging here (%1). Keep the data folder on a local disk, not a network or synced folder.</source>
        <extracomment>%1 is the SQLite journal mode that was used instead (e.g. &quot;delete&quot;); not translated.</extracomment>
        <translation>El diario no puede usar aquí el registro de escritura anticipada (modo %1). Mantén la carpeta de datos en un disco local, no en una carpeta de red o sincronizada.</translation>
    </message>
    <message>
        <source>Reading the journal&apos;s schema version</source>
        <translation>La lectura de la versión de esquema del diario</translation>
    </message>
    <message>
        <source>The journal needs an update, but its backup copy could not be written, so it was left as it was. %1</source>
        <translation>El diario necesita una actualización, pero no se pudo escribir su copia de seguridad, así que se dejó como estaba. %1</translation>
    </message>
    <message>
        <source>Recording the journal&apos;s schema version</source>
        <translation>El registro de la versión de esquema del diario</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>La escritura de la copia de seguridad %1</translation>
    </message>
    <message>
        <source>Starting a change to the journal</source>
        <translation>El inicio de un cambio en el diario</translation>
    </message>
    <message>
        <source>No change to the journal is in progress.</source>
        <translation>No hay ningún cambio del diario en curso.</translation>
    </message>
    <message>
        <source>Saving the change to the journal</source>
        <translation>El guardado del cambio en el diario</translation>
    </message>
    <message>
        <source>The journal is busy: another program (or another Mosaic) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>El diario está ocupado: otro programa (u otro Mosaic) está escribiendo en él. No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The journal cannot be written here (a read-only file, folder or disk). Nothing was changed. To write in it, copy it to a writable folder (mosaic backup -o FILE) and use that folder with --data-dir.</source>
        <translation>Aquí no se puede escribir en el diario (el archivo, la carpeta o el disco son de solo lectura). No se cambió nada. Para escribir en él, cópialo a una carpeta en la que se pueda escribir (mosaic backup -o FILE) y usa esa carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Permission was denied. Check that the data folder and the journal belong to you.</source>
        <translation>Se denegó el permiso. Comprueba que la carpeta de datos y el diario te pertenezcan.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Keep it as it is, and restore your latest backup: with Mosaic closed, copy the backup over journal.sqlite in the data folder (mosaic backup -o FILE makes backups).</source>
        <translation>El archivo del diario está dañado. Déjalo tal como está y restaura tu copia de seguridad más reciente: con Mosaic cerrado, sobrescribe journal.sqlite de la carpeta de datos con la copia de seguridad (mosaic backup -o FILE crea copias de seguridad).</translation>
    </message>
    <message>
        <source>The disk reported an error (it may be full, removed or failing). Free some space or check the drive, then try again.</source>
        <translation>El disco informó de un error (puede que esté lleno, se haya extraído o esté fallando). Libera algo de espacio o revisa la unidad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again; nothing was changed.</source>
        <translation>El equipo se quedó sin memoria. Cierra otros programas y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>One entry is too large to store. Shorten it and try again; nothing was changed.</source>
        <translation>Una entrada es demasiado grande para guardarla. Acórtala y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The change conflicts with what is already in the journal (it may have changed meanwhile). Nothing was changed; reload and try again.</source>
        <translation>El cambio choca con lo que ya hay en el diario (puede que haya cambiado mientras tanto). No se cambió nada; recarga y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (error %1). Nothing was changed; try again, and if it happens again, make a backup and report the error number.</source>
        <extracomment>%1 is a number identifying the error, for a bug report.</extracomment>
        <translation>Algo inesperado salió mal (error %1). No se cambió nada; vuelve a intentarlo y, si vuelve a pasar, haz una copia de seguridad e informa del número de error.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only here (a read-only file, folder or disk): you can read and export it, but not change it. To write in it, copy it to a writable folder.</source>
        <translation>Aquí el diario %1 solo se puede leer (el archivo, la carpeta o el disco son de solo lectura): puedes leerlo y exportarlo, pero no cambiarlo. Para escribir en él, cópialo a una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>A new journal cannot be created in %1: the folder is not writable. Choose another with --data-dir.</source>
        <translation>No se puede crear un diario nuevo en %1: no se puede escribir en la carpeta. Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>A new journal cannot be created in %1 (%2). Check that the folder is writable, or choose another with --data-dir.</source>
        <extracomment>%1 is the data folder, %2 what went wrong.</extracomment>
        <translation>No se puede crear un diario nuevo en %1 (%2). Comprueba que se pueda escribir en la carpeta o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 could be read by other people on this computer; it is now private to you.</source>
        <translation>Otras personas de este equipo podían leer el diario %1; ahora solo tú tienes acceso a él.</translation>
    </message>
    <message>
        <source>The journal %1 was written by an older Mosaic and needs an update, but it is read-only here. Copy it to a writable folder and open it there.</source>
        <translation>El diario %1 se escribió con una versión anterior de Mosaic y necesita una actualización, pero aquí es de solo lectura. Cópialo a una carpeta en la que se pueda escribir y ábrelo allí.</translation>
    </message>
    <message>
        <source>Reading the journal&apos;s version</source>
        <translation>La lectura de la versión del diario</translation>
    </message>
</context>
<context>
    <name>mosaic::DependantRecords</name>
    <message>
        <source>Deleting what belonged to deleted records</source>
        <translation>El borrado de lo que pertenecía a registros borrados</translation>
    </message>
</context>
<context>
    <name>mosaic::DistortionCatalogue</name>
    <message>
        <source>All-or-nothing thinking</source>
        <translation>Pensamiento todo o nada</translation>
    </message>
    <message>
        <source>Seeing things in only two boxes, total success or total failure, with nothing in the wide space between.</source>
        <translation>Ver las cosas en solo dos cajones, éxito total o fracaso total, sin nada en el amplio espacio de en medio.</translation>
    </message>
    <message>
        <source>She said no to coffee, so the whole friendship is ruined.</source>
        <translation>Me dijo que no a un café, así que toda la amistad está arruinada.</translation>
    </message>
    <message>
        <source>Overgeneralizing</source>
        <translation>Sobregeneralización</translation>
    </message>
    <message>
        <source>Turning one painful moment into a rule about how things always, or never, go for you.</source>
        <translation>Convertir un momento doloroso en una regla sobre cómo te van las cosas siempre, o nunca.</translation>
    </message>
    <message>
        <source>Nobody answered my message in the group chat. People always ignore me.</source>
        <translation>Nadie respondió a mi mensaje en el chat del grupo. La gente siempre me ignora.</translation>
    </message>
    <message>
        <source>Mental filter</source>
        <translation>Filtro mental</translation>
    </message>
    <message>
        <source>Letting one hurtful detail fill the whole picture while everything else quietly fades from view.</source>
        <translation>Dejar que un detalle doloroso ocupe todo el cuadro mientras todo lo demás se desvanece en silencio.</translation>
    </message>
    <message>
        <source>Most people laughed at my story, but all I can think about is the one who checked their phone.</source>
        <translation>Casi todos se rieron con mi historia, pero solo puedo pensar en quien miró el móvil.</translation>
    </message>
    <message>
        <source>Discounting the positives</source>
        <translation>Descalificar lo positivo</translation>
    </message>
    <message>
        <source>Waving away the good things as luck or politeness, so that they never get to count.</source>
        <translation>Quitarle importancia a lo bueno como si fuera suerte o cortesía, para que nunca llegue a contar.</translation>
    </message>
    <message>
        <source>They only invited me because they felt sorry for me.</source>
        <translation>Solo me invitaron porque les daba pena.</translation>
    </message>
    <message>
        <source>Mind reading</source>
        <translation>Lectura de mente</translation>
    </message>
    <message>
        <source>Feeling sure you know what someone else thinks of you, usually something unkind, without having asked them.</source>
        <translation>Tener la certeza de saber lo que otra persona piensa de ti, casi siempre algo poco amable, sin habérselo preguntado.</translation>
    </message>
    <message>
        <source>He hasn&apos;t replied because he finds me annoying.</source>
        <translation>No me ha contestado porque le parezco pesado.</translation>
    </message>
    <message>
        <source>Fortune telling</source>
        <translation>Adivinación del futuro</translation>
    </message>
    <message>
        <source>Predicting that things will go badly and then treating the guess as if it were already a fact.</source>
        <translation>Predecir que las cosas saldrán mal y luego tratar esa suposición como si ya fuera un hecho.</translation>
    </message>
    <message>
        <source>If I ask to join their table they&apos;ll say no, so why even try.</source>
        <translation>Si pido sentarme en su mesa me dirán que no, así que para qué intentarlo.</translation>
    </message>
    <message>
        <source>Catastrophizing</source>
        <translation>Catastrofización</translation>
    </message>
    <message>
        <source>Leaping to the worst ending you can imagine and feeling it as though it has already happened.</source>
        <translation>Saltar al peor final que puedas imaginar y sentirlo como si ya hubiera ocurrido.</translation>
    </message>
    <message>
        <source>I didn&apos;t get picked for the team, so I&apos;ll end up with no one at all.</source>
        <translation>No me eligieron para el equipo, así que acabaré sin nadie.</translation>
    </message>
    <message>
        <source>Emotional reasoning</source>
        <translation>Razonamiento emocional</translation>
    </message>
    <message>
        <source>Taking a strong feeling as proof: because it feels true, it must be true.</source>
        <translation>Tomar un sentimiento fuerte como prueba: como se siente verdad, tiene que ser verdad.</translation>
    </message>
    <message>
        <source>I feel like an outsider here, so I must not belong.</source>
        <translation>Aquí me siento fuera de lugar, así que no debo de pertenecer.</translation>
    </message>
    <message>
        <source>Should statements</source>
        <translation>Los “debería”</translation>
    </message>
    <message>
        <source>Holding yourself or others to strict rules about how things ought to be, then feeling guilty or bitter when life breaks them.</source>
        <translation>Exigirte a ti o a los demás reglas estrictas sobre cómo deberían ser las cosas, y luego sentir culpa o amargura cuando la vida no las cumple.</translation>
    </message>
    <message>
        <source>I should be over this by now. A normal person wouldn&apos;t still care.</source>
        <translation>A estas alturas ya debería haberlo superado. Una persona normal ya no le daría importancia.</translation>
    </message>
    <message>
        <source>Labeling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <source>Summing up a whole person, often yourself, with one harsh word because of one moment.</source>
        <translation>Resumir a toda una persona, a menudo a ti, con una palabra dura por un solo momento.</translation>
    </message>
    <message>
        <source>I stumbled over my words when I asked her out. I&apos;m such a loser.</source>
        <translation>Me trabé al invitarla a salir. Soy un desastre.</translation>
    </message>
    <message>
        <source>Personalizing</source>
        <translation>Personalización</translation>
    </message>
    <message>
        <source>Taking something as being all about you, when many other things in other people&apos;s lives are at play.</source>
        <translation>Tomarte algo como si tuviera que ver solo contigo, cuando en la vida de los demás influyen muchas otras cosas.</translation>
    </message>
    <message>
        <source>My friend was quiet all through lunch. I must have done something to upset her.</source>
        <translation>Mi amiga estuvo callada toda la comida. Seguro que hice algo que le molestó.</translation>
    </message>
    <message>
        <source>Blaming</source>
        <translation>Culpabilización</translation>
    </message>
    <message>
        <source>Putting the whole cause on one person, someone else or entirely yourself, and losing sight of the rest of the situation and of what you can change.</source>
        <translation>Poner toda la causa en una sola persona, otra o por completo tú, y perder de vista el resto de la situación y lo que sí puedes cambiar.</translation>
    </message>
    <message>
        <source>It&apos;s completely their fault that I have no friends in this town.</source>
        <translation>Es completamente culpa suya que no tenga amigos en esta ciudad.</translation>
    </message>
</context>
<context>
    <name>mosaic::DistortionInsights</name>
    <message>
        <source>One thinking pattern named so far, once. Patterns show with time.</source>
        <translation>Hasta ahora has nombrado un patrón de pensamiento, una vez. Los patrones se ven con el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 came up most often: %n times each.</source>
        <translation>
            <numerusform>%1 y %2 son los que más aparecieron: %n vez cada uno.</numerusform>
            <numerusform>%1 y %2 son los que más aparecieron: %n veces cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 came up most often: %n times.</source>
        <translation>
            <numerusform>%1 es el que más apareció: %n vez.</numerusform>
            <numerusform>%1 es el que más apareció: %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of them came up in the last %n days.</source>
        <translation>
            <numerusform>Ninguno apareció en el último día.</numerusform>
            <numerusform>Ninguno apareció en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days, %2 came up most: %n times.</source>
        <translation>
            <numerusform>En los últimos %1 días, %2 es el que más apareció: %n vez.</numerusform>
            <numerusform>En los últimos %1 días, %2 es el que más apareció: %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thinking pattern(s) named so far, each once. Patterns show with time.</source>
        <translation>
            <numerusform>Hasta ahora has nombrado %n patrón de pensamiento, una vez. Los patrones se ven con el tiempo.</numerusform>
            <numerusform>Hasta ahora has nombrado %n patrones de pensamiento, cada uno una vez. Los patrones se ven con el tiempo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::EmotionCatalogue</name>
    <message>
        <source>Hurt</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Tristeza</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Disappointment</source>
        <translation>Decepción</translation>
    </message>
    <message>
        <source>Grief</source>
        <translation>Duelo</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Miedo</translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Inseguridad</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Shame</source>
        <translation>Vergüenza</translation>
    </message>
    <message>
        <source>Embarrassment</source>
        <translation>Bochorno</translation>
    </message>
    <message>
        <source>Humiliation</source>
        <translation>Humillación</translation>
    </message>
    <message>
        <source>Guilt</source>
        <translation>Culpa</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frustración</translation>
    </message>
    <message>
        <source>Resentment</source>
        <translation>Resentimiento</translation>
    </message>
    <message>
        <source>Jealousy</source>
        <translation>Celos</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Orgullo</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>Hurt and sadness</source>
        <translation>Dolor y tristeza</translation>
    </message>
    <message>
        <source>Fear and worry</source>
        <translation>Miedo y preocupación</translation>
    </message>
    <message>
        <source>Shame and self-consciousness</source>
        <translation>Vergüenza e incomodidad</translation>
    </message>
    <message>
        <source>Anger and envy</source>
        <translation>Enfado y envidia</translation>
    </message>
    <message>
        <source>Lighter feelings</source>
        <translation>Sentimientos más ligeros</translation>
    </message>
</context>
<context>
    <name>mosaic::FeelingShiftInsights</name>
    <message>
        <source>After reframing, feelings eased by %1 points on average, from %2 to %3.</source>
        <translation>Después de mirarlo de otra manera, los sentimientos bajaron %1 puntos de media, de %2 a %3.</translation>
    </message>
    <message>
        <source>Feelings stayed about as strong after reframing (%1 before, %2 after). That happens; naming them still helps.</source>
        <translation>Los sentimientos siguieron casi igual de intensos después de mirarlo de otra manera (%1 antes, %2 después). Es normal; ponerles nombre ayuda de todos modos.</translation>
    </message>
    <message>
        <source>Belief in the hard thought fell by %1 points on average, from %2 to %3.</source>
        <translation>La creencia en el pensamiento difícil bajó %1 puntos de media, de %2 a %3.</translation>
    </message>
    <message>
        <source>Belief in the hard thought held about steady (%1 before, %2 after).</source>
        <translation>La creencia en el pensamiento difícil se mantuvo más o menos igual (%1 antes, %2 después).</translation>
    </message>
</context>
<context>
    <name>mosaic::FileWriting</name>
    <message>
        <source>%1 could not be written. %2</source>
        <extracomment>%1 is a file&apos;s path, %2 advice on what to do (e.g. &quot;The disk is full. Free some space and try again.&quot;).</extracomment>
        <translation>No se pudo escribir %1. %2</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only. Choose a writable place.</source>
        <translation>El disco o la carpeta son de solo lectura. Elige un lugar en el que se pueda escribir.</translation>
    </message>
    <message>
        <source>Permission was denied. Choose a folder you can write to.</source>
        <translation>Se denegó el permiso. Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
    <message>
        <source>It is a folder; give a file name.</source>
        <translation>Es una carpeta; indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>The disk reported an error. Check the drive, then try again.</source>
        <translation>El disco informó de un error. Revisa la unidad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file is too large for this disk.</source>
        <translation>El archivo es demasiado grande para este disco.</translation>
    </message>
    <message>
        <source>The system reported: %1.</source>
        <extracomment>%1 is the system&apos;s own description of an error, e.g. &quot;Broken pipe&quot;.</extracomment>
        <translation>El sistema informó: %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>No se puede crear la carpeta %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private.</source>
        <translation>No se puede hacer privada la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is being written by another Mosaic right now. Try again when it has finished.</source>
        <translation>Otro Mosaic está escribiendo %1 en este momento. Vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Salida estándar</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitDeletion</name>
    <message>
        <source>This habit is no longer in the journal.</source>
        <translation>Este hábito ya no está en el diario.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitDetail</name>
    <message>
        <source>before the start</source>
        <translation>antes del inicio</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>no tocaba</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>hecho en parte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>a quiet day</source>
        <translation>un día tranquilo</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún pendiente</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Those dates hold no scheduled day without a check-in, so there is nothing to pause.</source>
        <translation>En esas fechas no hay ningún día programado sin registro, así que no hay nada que pausar.</translation>
    </message>
    <message>
        <source>The pause could not be saved.</source>
        <translation>No se pudo guardar la pausa.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A day of the ritual&apos;s calendar, read out to screen readers: %1 the date, %2 how the day went (done, skipped, …).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <extracomment>As above, for a ritual with a count: %3 the amount done, %4 the day&apos;s goal with its unit (&quot;3 pages&quot;).</extracomment>
        <translation>%1: %2 (%3 de %4)</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitForm</name>
    <message>
        <source>This habit was deleted meanwhile, so the changes could not be saved.</source>
        <translation>Este hábito se borró mientras tanto, así que no se pudieron guardar los cambios.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitHistory</name>
    <message>
        <source>Reading the check-in notes</source>
        <translation>La lectura de las notas de los registros</translation>
    </message>
    <message>
        <source>Counting the check-in notes</source>
        <translation>El recuento de las notas de los registros</translation>
    </message>
    <message>
        <source>Reading the habit&apos;s pauses</source>
        <translation>La lectura de las pausas del hábito</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>La lectura de los registros</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>La lectura de los logros</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitNotesModel</name>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>ddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitPause</name>
    <message>
        <source>Write both dates as YYYY-MM-DD, for example 2026-12-24.</source>
        <translation>Escribe las dos fechas como YYYY-MM-DD, por ejemplo 2026-12-24.</translation>
    </message>
    <message>
        <source>The pause ends before it starts. Swap the two dates?</source>
        <translation>La pausa termina antes de empezar. ¿Intercambiamos las dos fechas?</translation>
    </message>
    <message>
        <source>A pause can last up to a year. Archiving the habit may suit a longer break.</source>
        <translation>Una pausa puede durar hasta un año. Para un descanso más largo, quizá te convenga archivar el hábito.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitPresets</name>
    <message>
        <source>Morning strengths</source>
        <translation>Fortalezas por la mañana</translation>
    </message>
    <message>
        <source>Name one strength you will lean on today, and where it might help.</source>
        <translation>Nombra una fortaleza en la que te apoyarás hoy y dónde podría ayudarte.</translation>
    </message>
    <message>
        <source>Three good things</source>
        <translation>Tres cosas buenas</translation>
    </message>
    <message>
        <source>Write down three things that went well today, however small.</source>
        <translation>Escribe tres cosas que hoy salieron bien, por pequeñas que sean.</translation>
    </message>
    <message>
        <source>things</source>
        <translation>cosas</translation>
    </message>
    <message>
        <source>Weekly letter to myself</source>
        <translation>Carta semanal para mí</translation>
    </message>
    <message>
        <source>Write yourself a short, kind letter about this week: what you tried, what went well, and what you would tell a friend who lived it.</source>
        <translation>Escríbete una carta breve y amable sobre esta semana: qué intentaste, qué salió bien y qué le dirías a alguien que quieres si la hubiera vivido.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Breathe in for four, out for six. Let your shoulders drop a little with each breath.</source>
        <translation>Inhala contando hasta cuatro y exhala hasta seis. Deja que los hombros bajen un poco con cada respiración.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Small brave step</source>
        <translation>Pequeño paso valiente</translation>
    </message>
    <message>
        <source>Try one small social step that feels a little uncomfortable, then notice what actually happened.</source>
        <translation>Prueba un pequeño paso social que te resulte un poco incómodo y luego fíjate en lo que pasó de verdad.</translation>
    </message>
    <message>
        <source>Boundary practice</source>
        <translation>Practicar límites</translation>
    </message>
    <message>
        <source>Say one kind, clear no, or ask plainly for something you need.</source>
        <translation>Di un no amable y claro, o pide con sencillez algo que necesites.</translation>
    </message>
    <message>
        <source>Reach out to someone</source>
        <translation>Acercarte a alguien</translation>
    </message>
    <message>
        <source>Send a message, make a call, or say hello to someone you would like to know better.</source>
        <translation>Envía un mensaje, haz una llamada o saluda a alguien a quien te gustaría conocer mejor.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitRemindersModel</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Todos los días a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Este ritual ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This reminder is no longer in your journal.</source>
        <translation>Este recordatorio ya no está en tu diario.</translation>
    </message>
    <message>
        <source>A reminder holds up to %1 times of day.</source>
        <translation>Un recordatorio admite hasta %1 horas del día.</translation>
    </message>
    <message>
        <source>A reminder needs one time of day; remove the reminder instead.</source>
        <translation>Un recordatorio necesita al menos una hora del día; si no, quita el recordatorio.</translation>
    </message>
    <message>
        <source>A reminder needs at least one day. To rest it, switch it off.</source>
        <translation>Un recordatorio necesita al menos un día. Para darle un descanso, desactívalo.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example %1 or 19:00.</source>
        <extracomment>%1 is a morning time as the user&apos;s language writes it (e.g. &quot;7:30 AM&quot; or &quot;07:30&quot;).</extracomment>
        <translation>Escribe la hora en horas y minutos, por ejemplo %1 o 19:00.</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitStore</name>
    <message>
        <source>Saving the habit</source>
        <translation>El guardado del hábito</translation>
    </message>
    <message>
        <source>Saving the habits</source>
        <translation>El guardado de los hábitos</translation>
    </message>
    <message>
        <source>Reading the habit</source>
        <translation>La lectura del hábito</translation>
    </message>
    <message>
        <source>Reading the habits</source>
        <translation>La lectura de los hábitos</translation>
    </message>
    <message>
        <source>Deleting the habit</source>
        <translation>El borrado del hábito</translation>
    </message>
    <message>
        <source>Saving the check-in</source>
        <translation>El guardado del registro</translation>
    </message>
    <message>
        <source>Saving the check-ins</source>
        <translation>El guardado de los registros</translation>
    </message>
    <message>
        <source>Reading the check-in</source>
        <translation>La lectura del registro</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>La lectura de los registros</translation>
    </message>
    <message>
        <source>Reading the habit&apos;s check-ins</source>
        <translation>La lectura de los registros del hábito</translation>
    </message>
    <message>
        <source>Undoing the check-in</source>
        <translation>La anulación del registro</translation>
    </message>
</context>
<context>
    <name>mosaic::HabitTexts</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Entre semana</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Una vez por semana</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a per-week ritual is due; %n is 2 to 7.</extracomment>
        <translation>
            <numerusform>%n vez por semana</numerusform>
            <numerusform>%n veces por semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it off</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>A ritual&apos;s daily goal without a unit; %1 is the number.</extracomment>
        <translation>Meta: %1</translation>
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
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::HabitValidation</name>
    <message>
        <source>Give the habit a name, so you can find it again.</source>
        <translation>Ponle un nombre al hábito para que puedas encontrarlo de nuevo.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Elige al menos un día de la semana.</translation>
    </message>
    <message>
        <source>Choose between 1 and 7 times a week.</source>
        <translation>Elige entre 1 y 7 veces por semana.</translation>
    </message>
    <message>
        <source>Set a goal above 0, such as 3 or 10.</source>
        <translation>Pon una meta mayor que 0, como 3 o 10.</translation>
    </message>
    <message>
        <source>Write the start date as YYYY-MM-DD, for example 2026-11-20.</source>
        <translation>Escribe la fecha de inicio como YYYY-MM-DD, por ejemplo 2026-11-20.</translation>
    </message>
    <message>
        <source>Pick one of the colours, or leave it empty.</source>
        <translation>Elige uno de los colores o déjalo vacío.</translation>
    </message>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor un nombre más corto: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A shorter unit works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor una unidad más corta: %1 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>mosaic::IncidentDeletion</name>
    <message>
        <source>It was changed since it was deleted, so it cannot be brought back.</source>
        <translation>Se modificó después de borrarse, así que no se puede recuperar.</translation>
    </message>
    <message>
        <source>This reflection is no longer in the journal.</source>
        <translation>Esta reflexión ya no está en el diario.</translation>
    </message>
    <message>
        <source>Bringing the reflection back</source>
        <translation>La recuperación de la reflexión</translation>
    </message>
    <message>
        <source>This win is no longer in the journal.</source>
        <translation>Este logro ya no está en el diario.</translation>
    </message>
    <message>
        <source>Bringing the win back</source>
        <translation>La recuperación del logro</translation>
    </message>
</context>
<context>
    <name>mosaic::IncidentStore</name>
    <message>
        <source>Saving the reflection</source>
        <translation>El guardado de la reflexión</translation>
    </message>
    <message>
        <source>Saving the reflections</source>
        <translation>El guardado de las reflexiones</translation>
    </message>
    <message>
        <source>Reading the reflection</source>
        <translation>La lectura de la reflexión</translation>
    </message>
    <message>
        <source>Reading the reflections</source>
        <translation>La lectura de las reflexiones</translation>
    </message>
    <message>
        <source>Deleting the reflection</source>
        <translation>El borrado de la reflexión</translation>
    </message>
    <message>
        <source>Saving the reframe</source>
        <translation>El guardado de la nueva mirada</translation>
    </message>
    <message>
        <source>Saving the reframes</source>
        <translation>El guardado de las nuevas miradas</translation>
    </message>
    <message>
        <source>Reading the reframe</source>
        <translation>La lectura de la nueva mirada</translation>
    </message>
    <message>
        <source>Reading the reframes</source>
        <translation>La lectura de las nuevas miradas</translation>
    </message>
    <message>
        <source>Reading the reflection&apos;s reframes</source>
        <translation>La lectura de las nuevas miradas de la reflexión</translation>
    </message>
    <message>
        <source>Deleting the reframe</source>
        <translation>El borrado de la nueva mirada</translation>
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
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>mosaic::InsightQueries</name>
    <message>
        <source>Counting the thinking patterns</source>
        <translation>El recuento de los patrones de pensamiento</translation>
    </message>
    <message>
        <source>Reading the ratings of the reflections</source>
        <translation>La lectura de las valoraciones de las reflexiones</translation>
    </message>
    <message>
        <source>Reading the habits</source>
        <translation>La lectura de los hábitos</translation>
    </message>
    <message>
        <source>Reading the check-ins</source>
        <translation>La lectura de los registros</translation>
    </message>
    <message>
        <source>Reading the circles</source>
        <translation>La lectura de los círculos</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>La lectura de las personas</translation>
    </message>
    <message>
        <source>Reading the memberships</source>
        <translation>La lectura de las pertenencias a los círculos</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalBackups</name>
    <message>
        <source>The backups folder %1 cannot be created. Check that the data folder is writable.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1. Comprueba que se pueda escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Another backup is being made right now. Try again in a moment.</source>
        <translation>Ahora mismo se está haciendo otra copia de seguridad. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>A check of the journal found a problem, so no new backup was made and the older ones were kept. Restore a backup (Settings, Backups; or mosaic restore --list).
%1</source>
        <extracomment>%1 lists what the check found, in English, as the database reports it.</extracomment>
        <translation>Una comprobación del diario encontró un problema, así que no se hizo ninguna copia de seguridad nueva y se conservaron las anteriores. Restaura una copia de seguridad (Ajustes, Copias de seguridad; o mosaic restore --list).
%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place in %1.</source>
        <translation>No se pudo mover la copia de seguridad a su sitio en %1.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is the journal itself; choose a backup to restore.</source>
        <translation>%1 es el propio diario; elige una copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the data folder. Check that the disk has room and the folder is writable.</source>
        <translation>No se pudo copiar %1 a la carpeta de datos. Comprueba que haya espacio en el disco y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written to disk.</source>
        <translation>No se pudo escribir en el disco la copia de %1.</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not restored and nothing was changed. Choose another backup.
%2</source>
        <extracomment>%1 is the file&apos;s path, %2 lists what the check found (in English, as the database reports it).</extracomment>
        <translation>%1 está dañado, así que no se restauró y no se cambió nada. Elige otra copia de seguridad.
%2</translation>
    </message>
    <message>
        <source>This backup was already restored.</source>
        <translation>Esta copia de seguridad ya se restauró.</translation>
    </message>
    <message>
        <source>A backup is being made right now. Nothing was changed; try again in a moment.</source>
        <translation>Ahora mismo se está haciendo una copia de seguridad. No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The current journal could not be kept as a backup, so nothing was restored. %1</source>
        <extracomment>%1 says why the copy failed.</extracomment>
        <translation>No se pudo guardar el diario actual como copia de seguridad, así que no se restauró nada. %1</translation>
    </message>
    <message>
        <source>The journal is open in another Mosaic (its window, or a command still running). Close it, then restore again. Nothing was changed; a copy of the journal was kept in %1.</source>
        <translation>El diario está abierto en otro Mosaic (su ventana o un comando que aún se está ejecutando). Ciérralo y vuelve a restaurar. No se cambió nada; se guardó una copia del diario en %1.</translation>
    </message>
    <message>
        <source>The current journal could not be copied aside, so nothing was restored. Check that the disk has room.</source>
        <translation>No se pudo apartar una copia del diario actual, así que no se restauró nada. Comprueba que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place. The current journal was kept in %1.</source>
        <translation>No se pudo mover la copia de seguridad a su sitio. El diario actual se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalCheck</name>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalEntry</name>
    <message>
        <source>A reflection</source>
        <translation>Una reflexión</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>If it gets too much</source>
        <translation>Si se vuelve demasiado</translation>
    </message>
    <message>
        <source>What I expected</source>
        <translation>Lo que esperaba</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>La creencia de fondo</translation>
    </message>
    <message>
        <source>What supports it</source>
        <translation>Lo que lo apoya</translation>
    </message>
    <message>
        <source>What speaks against it</source>
        <translation>Lo que lo contradice</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>One adjustment</source>
        <translation>Un ajuste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ritual note</source>
        <translation>Nota de ritual</translation>
    </message>
    <message>
        <source>The reflection was deleted.</source>
        <translation>La reflexión se borró.</translation>
    </message>
    <message>
        <source>The win was deleted.</source>
        <translation>El logro se borró.</translation>
    </message>
    <message>
        <source>A win needs a few words. Nothing was changed.</source>
        <translation>Un logro necesita unas palabras. No se cambió nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Mosaic understands; write it as 2026-11-20. Nothing was changed.</source>
        <translation>&quot;%1&quot; no es una fecha que Mosaic entienda; escríbela como 2026-11-20. No se cambió nada.</translation>
    </message>
    <message>
        <source>This win is no longer in the journal.</source>
        <translation>Este logro ya no está en el diario.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFile</name>
    <message>
        <source>%1 is not a Mosaic journal or backup, or it is damaged beyond reading. Nothing was changed.</source>
        <translation>%1 no es un diario ni una copia de seguridad de Mosaic, o está tan dañado que no se puede leer. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>No se puede leer %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). Update Mosaic to use it.</source>
        <extracomment>%1 is a file&apos;s path, %2 its schema number, %3 the newest schema number this version knows.</extracomment>
        <translation>%1 se escribió con una versión más reciente de Mosaic (esquema del diario %2; esta versión conoce hasta el %3). Actualiza Mosaic para usarlo.</translation>
    </message>
    <message>
        <source>Counting the records</source>
        <translation>El recuento de los registros</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>La lectura del diario</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFilterOptions</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Ritual notes</source>
        <translation>Notas de rituales</translation>
    </message>
    <message>
        <source>Any circle</source>
        <translation>Cualquier círculo</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any thinking pattern</source>
        <translation>Cualquier patrón de pensamiento</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalFilterQueries</name>
    <message>
        <source>Reading the circles</source>
        <translation>La lectura de los círculos</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>La lectura de las personas</translation>
    </message>
    <message>
        <source>Reading the tags</source>
        <translation>La lectura de las etiquetas</translation>
    </message>
    <message>
        <source>Reading the distortions</source>
        <translation>La lectura de las distorsiones</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalIntegrity</name>
    <message>
        <source>a circle</source>
        <translation>un círculo</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>una reflexión</translation>
    </message>
    <message>
        <source>a strength</source>
        <translation>una fortaleza</translation>
    </message>
    <message>
        <source>a habit</source>
        <translation>un hábito</translation>
    </message>
    <message>
        <source>must be unique among the %1 (same as %2)</source>
        <extracomment>%1 is a collection&apos;s name as the file spells it (e.g. &quot;circles&quot;), %2 the JSON path of the earlier record.</extracomment>
        <translation>debe ser único en %1 (coincide con %2)</translation>
    </message>
    <message>
        <source>must name %1 in the file or already in the journal (none has id %2)</source>
        <extracomment>%1 is a kind of record with its article (e.g. &quot;a circle&quot;), %2 the id that was not found.</extracomment>
        <translation>debe referirse a %1 del archivo o ya presente en el diario (no existe el id %2)</translation>
    </message>
    <message>
        <source>must be the only membership of person %1 in circle %2 (same as %3)</source>
        <extracomment>%1 is a person&apos;s id, %2 a circle&apos;s id, %3 the JSON path of the earlier membership.</extracomment>
        <translation>debe ser la única pertenencia de la persona %1 al círculo %2 (coincide con %3)</translation>
    </message>
    <message>
        <source>must be the only check-in of habit %1 on %2 (same as %3)</source>
        <extracomment>%1 is a habit&apos;s id, %2 a date as YYYY-MM-DD, %3 the JSON path of the earlier check-in.</extracomment>
        <translation>debe ser el único registro del hábito %1 el %2 (coincide con %3)</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalJsonReader</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>In &quot;must have at least %1&quot;: a number of list entries.</extracomment>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>falta el campo obligatorio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <extracomment>%1 is a field&apos;s name in quotes, %2 the object&apos;s type as the file names it (e.g. &quot;daily&quot;).</extracomment>
        <translation>campo desconocido %1</translation>
    </message>
    <message>
        <source>unknown field %1 for type &quot;%2&quot;</source>
        <translation>campo desconocido %1 para el tipo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be null or %1 (got %2)</source>
        <extracomment>%1 describes the value wanted (e.g. &quot;a string&quot;), %2 is the value found in the file.</extracomment>
        <translation>debe ser null o %1 (recibido: %2)</translation>
    </message>
    <message>
        <source>must be %1 (got %2)</source>
        <translation>debe ser %1 (recibido: %2)</translation>
    </message>
    <message>
        <source>must be unique in the list (same as [%1])</source>
        <translation>debe ser único en la lista (coincide con [%1])</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>must be valid Unicode text (an unpaired surrogate \u%1 at character %2)</source>
        <translation>debe ser texto Unicode válido (un sustituto \u%1 sin pareja en el carácter %2)</translation>
    </message>
    <message>
        <source>must be at most %1 characters long (got %2)</source>
        <translation>debe tener como máximo %1 caracteres (tiene %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must contain a character that is not a space (got %1)</source>
        <translation>debe contener algún carácter que no sea un espacio (recibido: %1)</translation>
    </message>
    <message>
        <source>must be a tag without &quot;,&quot; or &quot;#&quot; that does not start with a space (got %1)</source>
        <translation>debe ser una etiqueta sin &quot;,&quot; ni &quot;#&quot; que no empiece por un espacio (recibido: %1)</translation>
    </message>
    <message>
        <source>a lowercase UUID like 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e</source>
        <translation>un UUID en minúsculas como 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time with Z or an offset, like 2026-03-29T07:30:00+02:00</source>
        <translation>una fecha y hora RFC 3339 con Z o un desfase horario, como 2026-03-29T07:30:00+02:00</translation>
    </message>
    <message>
        <source>a calendar date YYYY-MM-DD that exists, like 2026-03-29</source>
        <translation>una fecha de calendario YYYY-MM-DD que exista, como 2026-03-29</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number from 0 to 1000000</source>
        <translation>un número de 0 a 1000000</translation>
    </message>
    <message>
        <source>a number greater than 0 and at most 1000000</source>
        <translation>un número mayor que 0 y como máximo 1000000</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the allowed names in quotes, e.g. &quot;daily&quot;, &quot;weekdays&quot;, &quot;per-week&quot;.</extracomment>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <source>a color #rrggbb like #3a7bd5</source>
        <translation>un color #rrggbb como #3a7bd5</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>una hora HH:MM de 00:00 a 23:59</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>must have at least %1 (got %2)</source>
        <translation>debe tener al menos %1 (tiene %2)</translation>
    </message>
    <message>
        <source>must have at most %1 (got %2)</source>
        <translation>debe tener como máximo %1 (tiene %2)</translation>
    </message>
    <message>
        <source>must have &quot;personId&quot; or &quot;circleId&quot; (a contact is with a person or a circle)</source>
        <translation>debe tener &quot;personId&quot; o &quot;circleId&quot; (un contacto es con una persona o con un círculo)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (at byte %1); a Mosaic journal is UTF-8 text</source>
        <translation>el archivo no es UTF-8 válido (en el byte %1); un diario de Mosaic es texto UTF-8</translation>
    </message>
    <message>
        <source>the file nests arrays and objects too deeply (at %1); a Mosaic journal nests them at most %2 levels deep</source>
        <translation>el archivo anida listas y objetos a demasiada profundidad (en %1); un diario de Mosaic los anida como máximo en %2 niveles</translation>
    </message>
    <message>
        <source>the file is not JSON: a Mosaic journal starts with &quot;{&quot; (%1 at %2)</source>
        <translation>el archivo no es JSON: un diario de Mosaic empieza con &quot;{&quot; (%1 en %2)</translation>
    </message>
    <message>
        <source>the file ends too early (at %1): it looks truncated; use a complete copy of the export</source>
        <translation>el archivo termina antes de tiempo (en %1): parece truncado; usa una copia completa de la exportación</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at %2</source>
        <translation>el archivo no es JSON válido: %1 en %2</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal
%1</source>
        <extracomment>%1 is one line naming the JSON path and the rule it breaks.</extracomment>
        <translation>el archivo no es un diario de Mosaic
%1</translation>
    </message>
    <message>
        <source>the file was written by a newer Mosaic (format version %1); this version reads version %2
$.version: must be %2 (got %1)</source>
        <extracomment>%1 is the file&apos;s format version, %2 the version this Mosaic reads; keep the second line&apos;s &quot;$.version&quot; as it is.</extracomment>
        <translation>el archivo se escribió con una versión más reciente de Mosaic (versión de formato %1); esta versión lee la versión %2
$.version: debe ser %2 (recibido: %1)</translation>
    </message>
    <message>
        <source>the file is empty; a Mosaic journal is a JSON object</source>
        <translation>el archivo está vacío; un diario de Mosaic es un objeto JSON</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal: its top level is an array, where a journal is a JSON object
$: must be an object (got an array)</source>
        <extracomment>Keep the second line&apos;s &quot;$&quot; (the JSON path of the whole file) as it is.</extracomment>
        <translation>el archivo no es un diario de Mosaic: su nivel superior es una lista, y un diario es un objeto JSON
$: debe ser un objeto (recibido: una lista)</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder, not a file</source>
        <translation>no se puede leer %1: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be (it is %3 MiB)</source>
        <extracomment>%1 is the file&apos;s path, %2 the largest size allowed and %3 the file&apos;s size, both in mebibytes.</extracomment>
        <translation>no se puede importar %1: el archivo ocupa más de %2 MiB, el máximo permitido para un archivo de diario de Mosaic (ocupa %3 MiB)</translation>
    </message>
    <message>
        <source>cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be</source>
        <extracomment>%1 is the file&apos;s path, %2 the largest size allowed in mebibytes.</extracomment>
        <translation>no se puede importar %1: el archivo ocupa más de %2 MiB, el máximo permitido para un archivo de diario de Mosaic</translation>
    </message>
    <message>
        <source>cannot import %1: the file is empty; a Mosaic journal is a JSON object</source>
        <translation>no se puede importar %1: el archivo está vacío; un diario de Mosaic es un objeto JSON</translation>
    </message>
    <message>
        <source>the file is not a Mosaic journal: it packs %1 JSON values into %2 bytes, far more densely than any journal</source>
        <extracomment>%1 is the number of arrays, objects and values in the file, %2 the file&apos;s size in bytes.</extracomment>
        <translation>el archivo no es un diario de Mosaic: reúne %1 valores JSON en %2 bytes, mucho más densamente que cualquier diario</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>objeto sin cerrar</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>falta el separador de nombre</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>array sin cerrar</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape like \n)</source>
        <translation>carácter de control en una cadena (escríbelo como escape, por ejemplo \n)</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>falta un objeto después de una coma</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>caracteres sobrantes al final del documento</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalJsonWriter</name>
    <message>
        <source>Could not write the journal: %1</source>
        <translation>No se pudo escribir el diario: %1</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalSearchQueries</name>
    <message>
        <source>Reading what the search found</source>
        <translation>La lectura de lo que encontró la búsqueda</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalSession</name>
    <message>
        <source>No data folder was given for the journal.</source>
        <translation>No se indicó ninguna carpeta de datos para el diario.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that the disk is writable.</source>
        <translation>No se pudo crear la carpeta de datos %1. Comprueba que se pueda escribir en el disco.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalTextField</name>
    <message>
        <source>This entry was deleted, so the text could not be saved. Copy it elsewhere if you want to keep it.</source>
        <translation>Esta entrada se borró, así que el texto no se pudo guardar. Cópialo en otro sitio si quieres conservarlo.</translation>
    </message>
    <message>
        <source>A reframe needs a few words. Write one, or remove the reframe.</source>
        <translation>Una nueva mirada necesita unas palabras. Escribe una o quita esta nueva mirada.</translation>
    </message>
</context>
<context>
    <name>mosaic::JournalTransfer</name>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>Exported the journal to %1.</source>
        <translation>Diario exportado a %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The example journal is missing from this build.</source>
        <translation>Esta versión no incluye el diario de ejemplo.</translation>
    </message>
    <message>
        <source>the example journal</source>
        <translation>el diario de ejemplo</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.
%2</source>
        <translation>No se importó %1; no cambió nada.
%2</translation>
    </message>
    <message>
        <source>%1 is valid. Importing it would add %2, update %3 and leave %4 unchanged.</source>
        <translation>%1 es válido. Al importarlo se añadirían %2, se actualizarían %3 y %4 quedarían sin cambios.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Se importó %1: %2 añadidos, %3 actualizados, %4 sin cambios.</translation>
    </message>
    <message>
        <source>Saved a backup to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
</context>
<context>
    <name>mosaic::Labels</name>
    <message>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Small challenge</source>
        <translation>Pequeño desafío</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>A win</source>
        <translation>Un logro</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Kindness</source>
        <translation>Amabilidad</translation>
    </message>
    <message>
        <source>Courage</source>
        <translation>Valentía</translation>
    </message>
    <message>
        <source>A boundary kept</source>
        <translation>Un límite mantenido</translation>
    </message>
    <message>
        <source>Something good</source>
        <translation>Algo bueno</translation>
    </message>
    <message>
        <source>The context</source>
        <translation>El contexto</translation>
    </message>
    <message>
        <source>The timing</source>
        <translation>El momento</translation>
    </message>
    <message>
        <source>The fit</source>
        <translation>La afinidad</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>Su punto de vista</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Las pruebas</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Self-compassion</source>
        <translation>Autocompasión</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>El momento</translation>
    </message>
    <message>
        <source>The setting</source>
        <translation>El entorno</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>How things were said</source>
        <translation>Cómo se dijeron las cosas</translation>
    </message>
    <message>
        <source>Their own worries</source>
        <translation>Sus propias preocupaciones</translation>
    </message>
    <message>
        <source>A misunderstanding</source>
        <translation>Un malentendido</translation>
    </message>
    <message>
        <source>Strengths reflection</source>
        <translation>Reflexión sobre fortalezas</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Weekly letter</source>
        <translation>Carta semanal</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Small social challenge</source>
        <translation>Pequeño desafío social</translation>
    </message>
    <message>
        <source>Boundary practice</source>
        <translation>Practicar límites</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Acercarse a alguien</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amistades</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Aficiones</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Faith</source>
        <translation>Fe</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emocional</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>práctico</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>perspectiva</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>opiniones</translation>
    </message>
    <message>
        <source>fun</source>
        <translation>diversión</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>interior</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>exterior</translation>
    </message>
    <message>
        <source>Inner ring</source>
        <translation>Anillo interior</translation>
    </message>
    <message>
        <source>Middle ring</source>
        <translation>Anillo medio</translation>
    </message>
    <message>
        <source>Outer ring</source>
        <translation>Anillo exterior</translation>
    </message>
</context>
<context>
    <name>mosaic::LocaleInput</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a calendar page: %1 is the month&apos;s name, %2 the year (e.g. &quot;March 2026&quot;).</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>mosaic::MarkdownExporter</name>
    <message>
        <source>felt hard</source>
        <translation>fue difícil</translation>
    </message>
    <message>
        <source>felt a little hard</source>
        <translation>fue un poco difícil</translation>
    </message>
    <message>
        <source>felt ordinary</source>
        <translation>fue normal</translation>
    </message>
    <message>
        <source>felt good</source>
        <translation>fue agradable</translation>
    </message>
    <message>
        <source>felt very good</source>
        <translation>fue muy agradable</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>My Mosaic journal</source>
        <translation>Mi diario de Mosaic</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Hard moments met with care, the strengths and small wins that speak for me, and the circles I belong to. Mine to read slowly, and to come back to whenever I need it.</source>
        <translation>Momentos difíciles vividos con cuidado, las fortalezas y los pequeños logros que hablan por mí, y los círculos a los que pertenezco. Para leerlo despacio y volver a él siempre que lo necesite.</translation>
    </message>
    <message>
        <source>Mission and values</source>
        <translation>Misión y valores</translation>
    </message>
    <message>
        <source>The values I choose to live by:</source>
        <translation>Los valores con los que elijo vivir:</translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation>después de “%1”</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Resting for now (archived).</source>
        <translation>Por ahora en reposo (en el archivo).</translation>
    </message>
    <message>
        <source>Wins that show it:</source>
        <translation>Logros que lo muestran:</translation>
    </message>
    <message>
        <source>Small brave steps</source>
        <translation>Pequeños pasos valientes</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>Thinking patterns I noticed</source>
        <translation>Patrones de pensamiento que noté</translation>
    </message>
    <message>
        <source>Evidence for the thought</source>
        <translation>Lo que apoya el pensamiento</translation>
    </message>
    <message>
        <source>Evidence against the thought</source>
        <translation>Lo que contradice el pensamiento</translation>
    </message>
    <message>
        <source>Other things at play</source>
        <translation>Otros factores en juego</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>One thing to adjust</source>
        <translation>Una cosa que ajustar</translation>
    </message>
    <message>
        <source>Whom to ask for perspective</source>
        <translation>A quién pedir otra perspectiva</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(para el %1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>From 0 to 100, before and after reflecting.</source>
        <translation>De 0 a 100, antes y después de reflexionar.</translation>
    </message>
    <message>
        <source>The belief underneath</source>
        <translation>La creencia de fondo</translation>
    </message>
    <message>
        <source>How strongly I believed it: %1 → %2.</source>
        <translation>Cuánto lo creía: %1 → %2.</translation>
    </message>
    <message>
        <source>How strongly I believed it: %1.</source>
        <translation>Cuánto lo creía: %1.</translation>
    </message>
    <message>
        <source>How strongly I believed it after reflecting: %1.</source>
        <translation>Cuánto lo creía después de reflexionar: %1.</translation>
    </message>
    <message>
        <source>Other ways to see it</source>
        <translation>Otras maneras de verlo</translation>
    </message>
    <message>
        <source>%1 believable</source>
        <translation>%1 creíble</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>If I need a way out</source>
        <translation>Si necesito una salida</translation>
    </message>
    <message>
        <source>What I predicted</source>
        <translation>Lo que predije</translation>
    </message>
    <message>
        <source>Anxiety I expected: %1.</source>
        <translation>Ansiedad que esperaba: %1.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Anxiety I actually felt: %1.</source>
        <translation>Ansiedad que sentí de verdad: %1.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>los %1</translation>
    </message>
    <message>
        <source>check it off</source>
        <translation>marcar como hecho</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>meta: %1</translation>
    </message>
    <message>
        <source>goal: %1 %2</source>
        <translation>meta: %1 %2</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituales</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Notes along the way</source>
        <translation>Notas por el camino</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Where I belong, and with whom. The inner ring holds the people it is hard to imagine life without.</source>
        <translation>Dónde pertenezco y con quién. El anillo interior reúne a las personas sin las que me cuesta imaginar la vida.</translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation>importancia %1 de 5</translation>
    </message>
    <message>
        <source>The side of me it reflects: %1</source>
        <translation>La parte de mí que refleja: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Time together</source>
        <translation>Tiempo compartido</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A date format (Qt&apos;s letters: d day, MMMM month name, yyyy year); keep the letters, order them as your language does.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A date format for a month heading (Qt&apos;s letters: MMMM month name, yyyy year).</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format</comment>
        <extracomment>A date format for a day within a month heading (Qt&apos;s letters: d day, MMMM month name).</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a ritual is due when it is a number of times a week.</extracomment>
        <translation>
            <numerusform>una vez por semana</numerusform>
            <numerusform>%n veces por semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %n day(s).</source>
        <translation>
            <numerusform>Lo hice un día.</numerusform>
            <numerusform>Lo hice %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>brings %1</source>
        <extracomment>After a person&apos;s name in the Markdown export: %1 lists what they give (&quot;emotional, fun&quot;), as the Circles page says it.</extracomment>
        <translation>aporta: %1</translation>
    </message>
</context>
<context>
    <name>mosaic::Migrations</name>
    <message>
        <source>There is no schema step to version %1.</source>
        <translation>No hay ningún paso de esquema hacia la versión %1.</translation>
    </message>
    <message>
        <source>Updating the journal to schema version %1</source>
        <translation>La actualización del diario a la versión de esquema %1</translation>
    </message>
    <message>
        <source>Preparing a large import</source>
        <translation>La preparación de una importación grande</translation>
    </message>
    <message>
        <source>Rebuilding the journal&apos;s indexes</source>
        <translation>La reconstrucción de los índices del diario</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>La reconstrucción del índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>mosaic::OutputTarget</name>
    <message>
        <source>No file was given to write to.</source>
        <translation>No se indicó ningún archivo en el que escribir.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to write to.</source>
        <extracomment>%1 is a path the person gave for a file to write.</extracomment>
        <translation>%1 es una carpeta; indica un nombre de archivo en el que escribir.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is the journal or another file Mosaic keeps in its data folder (or a link to one); writing there would replace it. Nothing was written. Choose a file outside the data folder.</source>
        <extracomment>%1 is a path the person gave for a file to write; it leads to the journal or another file Mosaic keeps.</extracomment>
        <translation>%1 es el diario u otro archivo que Mosaic guarda en su carpeta de datos (o un enlace a uno de ellos); escribir ahí lo reemplazaría. No se escribió nada. Elige un archivo fuera de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The output goes to %1, which is the journal or another file Mosaic keeps: the shell emptied it before Mosaic started. Mosaic wrote nothing and left the journal&apos;s other files as they are. To get the journal back, restore a backup: &apos;mosaic restore --list&apos; shows the automatic ones. Next time, write to a file outside the data folder.</source>
        <extracomment>%1 is the file the shell was told to write to with &quot;&gt;&quot;, the journal or another file Mosaic keeps.</extracomment>
        <translation>La salida va a %1, que es el diario u otro archivo que Mosaic guarda: la shell lo vació antes de que Mosaic arrancara. Mosaic no escribió nada y dejó los demás archivos del diario como estaban. Para recuperar el diario, restaura una copia de seguridad: &apos;mosaic restore --list&apos; muestra las automáticas. La próxima vez, escribe en un archivo fuera de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>mosaic::PreparedQuery</name>
    <message>
        <source>%1 failed: it is not in the journal.</source>
        <extracomment>%1 says what was being done, e.g. &quot;Deleting the circle&quot;.</extracomment>
        <translation>%1 no se pudo completar: no está en el diario.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReadableMarkdown</name>
    <message>
        <source>Image from %1: %2</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is the web site it is on, %2 its description.</extracomment>
        <translation>Imagen de %1: %2</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is the web site it is on (e.g. &quot;example.com&quot;).</extracomment>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>Image on this computer, not shown: %1</source>
        <extracomment>In place of a picture written into a text, never read from the disk: %1 is its description.</extracomment>
        <translation>Imagen en este equipo, no se muestra: %1</translation>
    </message>
    <message>
        <source>Image on this computer, not shown</source>
        <extracomment>In place of a picture written into a text, never read from the disk.</extracomment>
        <translation>Imagen en este equipo, no se muestra</translation>
    </message>
    <message>
        <source>Image, not shown: %1</source>
        <extracomment>In place of a picture written into a text, not loaded: %1 is its description.</extracomment>
        <translation>Imagen, no se muestra: %1</translation>
    </message>
    <message>
        <source>Image, not shown</source>
        <extracomment>In place of a picture written into a text, not loaded.</extracomment>
        <translation>Imagen, no se muestra</translation>
    </message>
</context>
<context>
    <name>mosaic::RecordVersions</name>
    <message>
        <source>Reading the journal&apos;s %1</source>
        <extracomment>%1 is the name of a kind of record as stored, e.g. &quot;check-ins&quot; or &quot;circles&quot;; it stays in English.</extracomment>
        <translation>La lectura de los datos “%1” del diario</translation>
    </message>
    <message>
        <source>Counting the journal&apos;s %1</source>
        <extracomment>%1 is the name of a kind of record as stored, e.g. &quot;check-ins&quot; or &quot;circles&quot;; it stays in English.</extracomment>
        <translation>El recuento de los datos “%1” del diario</translation>
    </message>
</context>
<context>
    <name>mosaic::ReflectionDraftStore</name>
    <message>
        <source>Keeping the reflection as a draft</source>
        <translation>El guardado de la reflexión como borrador</translation>
    </message>
    <message>
        <source>Finishing the reflection</source>
        <translation>La finalización de la reflexión</translation>
    </message>
    <message>
        <source>Reading the unfinished reflections</source>
        <translation>La lectura de las reflexiones sin terminar</translation>
    </message>
    <message>
        <source>Reading the reflection&apos;s draft</source>
        <translation>La lectura del borrador de la reflexión</translation>
    </message>
</context>
<context>
    <name>mosaic::ReflectionModel</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Los hechos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>What else</source>
        <translation>Qué más</translation>
    </message>
    <message>
        <source>Reframes</source>
        <translation>Nuevas miradas</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>A way out</source>
        <translation>Una salida</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>A small challenge</source>
        <translation>Un pequeño desafío</translation>
    </message>
    <message>
        <source>A hard moment</source>
        <translation>Un momento difícil</translation>
    </message>
    <message>
        <source>That reflection is no longer in the journal.</source>
        <translation>Esa reflexión ya no está en el diario.</translation>
    </message>
    <message>
        <source>No particular circle</source>
        <translation>Ningún círculo en particular</translation>
    </message>
    <message>
        <source>It was a busy, tired or awkward moment.</source>
        <translation>Era un momento de prisas, de cansancio o incómodo.</translation>
    </message>
    <message>
        <source>Something about the place, the group or the occasion.</source>
        <translation>Algo del lugar, del grupo o de la ocasión.</translation>
    </message>
    <message>
        <source>A question of fit or taste, not of worth.</source>
        <translation>Una cuestión de afinidad o de gustos, no de valor.</translation>
    </message>
    <message>
        <source>What matters to them is not what matters to you.</source>
        <translation>Lo que le importa a la otra parte no es lo que te importa a ti.</translation>
    </message>
    <message>
        <source>Their way of saying things, or yours, got in the way.</source>
        <translation>Su forma de decir las cosas, o la tuya, se interpuso.</translation>
    </message>
    <message>
        <source>They had their own troubles going on.</source>
        <translation>Estaban lidiando con sus propios problemas.</translation>
    </message>
    <message>
        <source>Something may have been heard differently than it was meant.</source>
        <translation>Puede que algo se entendiera de otra forma de como se quiso decir.</translation>
    </message>
    <message>
        <source>Another reason that has nothing to do with your worth.</source>
        <translation>Otra razón que no tiene nada que ver con tu valor.</translation>
    </message>
    <message>
        <source>What else was going on around it?</source>
        <translation>¿Qué más estaba pasando alrededor?</translation>
    </message>
    <message>
        <source>Could it be the moment rather than you?</source>
        <translation>¿Podría ser el momento y no tú?</translation>
    </message>
    <message>
        <source>Not a match is not a verdict.</source>
        <translation>No encajar no es un veredicto.</translation>
    </message>
    <message>
        <source>How might it have looked from where they stood?</source>
        <translation>¿Cómo pudo verse desde su lugar?</translation>
    </message>
    <message>
        <source>What do the facts actually say?</source>
        <translation>¿Qué dicen de verdad los hechos?</translation>
    </message>
    <message>
        <source>What can this teach you?</source>
        <translation>¿Qué puedes aprender de esto?</translation>
    </message>
    <message>
        <source>What would you say to a friend in your place?</source>
        <translation>¿Qué le dirías a alguien que quieres si estuviera en tu lugar?</translation>
    </message>
    <message>
        <source>Belief in the thought</source>
        <translation>Creencia en el pensamiento</translation>
    </message>
    <message>
        <source>Anxiety, expected → felt</source>
        <translation>Ansiedad, esperada → sentida</translation>
    </message>
    <message>
        <source>This reflection was deleted meanwhile, so the change could not be saved.</source>
        <translation>Esta reflexión se borró mientras tanto, así que el cambio no se pudo guardar.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderJournal</name>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>This ritual is no longer in your journal.</source>
        <translation>Este ritual ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This reminder is no longer in your journal.</source>
        <translation>Este recordatorio ya no está en tu diario.</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderPreferences</name>
    <message>
        <source>Reminders rest until tomorrow</source>
        <translation>Los recordatorios descansan hasta mañana</translation>
    </message>
    <message>
        <source>Reminders rest until %1</source>
        <translation>Los recordatorios descansan hasta las %1</translation>
    </message>
</context>
<context>
    <name>mosaic::ReminderStore</name>
    <message>
        <source>Saving the reminder</source>
        <translation>El guardado del recordatorio</translation>
    </message>
    <message>
        <source>Saving the reminders</source>
        <translation>El guardado de los recordatorios</translation>
    </message>
    <message>
        <source>Reading the reminder</source>
        <translation>La lectura del recordatorio</translation>
    </message>
    <message>
        <source>Reading the reminders</source>
        <translation>La lectura de los recordatorios</translation>
    </message>
    <message>
        <source>Deleting the reminder</source>
        <translation>El borrado del recordatorio</translation>
    </message>
</context>
<context>
    <name>mosaic::RitualInsights</name>
    <message>
        <source>This week you kept %1% of the rituals that were due (%2 of %3).</source>
        <extracomment>%1 is a percentage, %2 how many rituals were kept, %3 how many were due.</extracomment>
        <translation>Esta semana cumpliste el %1% de los rituales que tocaban (%2 de %3).</translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you kept %1% of the rituals that were due (%2 of %3).</source>
        <translation>
            <numerusform>En la última semana cumpliste el %1% de los rituales que tocaban (%2 de %3).</numerusform>
            <numerusform>En las últimas %n semanas cumpliste el %1% de los rituales que tocaban (%2 de %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::SearchIndex</name>
    <message>
        <source>Searching the journal</source>
        <translation>La búsqueda en el diario</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;: type a word with letters or digits.</source>
        <translation>No hay nada que buscar en &quot;%1&quot;: escribe una palabra con letras o números.</translation>
    </message>
    <message>
        <source>This search is too long: a search can have up to %1 characters, and this one has %2. Try a few words from what you are looking for.</source>
        <extracomment>%1 is the most characters a search may have, %2 how many the search has.</extracomment>
        <translation>Esta búsqueda es demasiado larga: una búsqueda puede tener hasta %1 caracteres y esta tiene %2. Prueba con unas pocas palabras de lo que buscas.</translation>
    </message>
    <message>
        <source>This search has too many words: a search can have up to %1 words, and this one has %2. Try a few words from what you are looking for.</source>
        <extracomment>%1 is the most words a search may have, %2 how many the search has.</extracomment>
        <translation>Esta búsqueda tiene demasiadas palabras: una búsqueda puede tener hasta %1 palabras y esta tiene %2. Prueba con unas pocas palabras de lo que buscas.</translation>
    </message>
</context>
<context>
    <name>mosaic::SearchResultsModel</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Nueva mirada</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Ritual note</source>
        <translation>Nota de ritual</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
</context>
<context>
    <name>mosaic::SqlRowReader</name>
    <message>
        <source>%1 failed: the journal holds a value this version of Mosaic cannot read (%2: %3). The file may be damaged; restore a backup (mosaic backup makes them).</source>
        <extracomment>%1 says what was being done (e.g. &quot;Reading the circles&quot;), %2 is a database column name, %3 the value found there.</extracomment>
        <translation>%1 no se pudo completar: el diario contiene un valor que esta versión de Mosaic no puede leer (%2: %3). Puede que el archivo esté dañado; restaura una copia de seguridad (mosaic backup las crea).</translation>
    </message>
</context>
<context>
    <name>mosaic::StorageLocation</name>
    <message>
        <source>The data folder %1 is on a network, FUSE or synced folder, where the journal can be damaged when two computers use it. Keep it on a local disk, and move a journal between computers with export and import (mosaic export, mosaic import).</source>
        <extracomment>%1 is the data folder. Keep &quot;mosaic export&quot; and &quot;mosaic import&quot; as they are.</extracomment>
        <translation>La carpeta de datos %1 está en una carpeta de red, FUSE o sincronizada, donde el diario puede dañarse si lo usan dos equipos. Mantenla en un disco local y pasa un diario de un equipo a otro con la exportación y la importación (mosaic export, mosaic import).</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthActions</name>
    <message>
        <source>A shorter name works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor un nombre más corto: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A shorter text works better here: at most %1 characters.</source>
        <translation>Aquí funciona mejor un texto más corto: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A strength needs a name.</source>
        <translation>Una fortaleza necesita un nombre.</translation>
    </message>
    <message>
        <source>A value needs a word or two.</source>
        <translation>Un valor necesita una o dos palabras.</translation>
    </message>
    <message>
        <source>A win needs a few words about what went well.</source>
        <translation>Un logro necesita unas palabras sobre lo que salió bien.</translation>
    </message>
    <message>
        <source>You can keep up to %1 values.</source>
        <translation>Puedes guardar hasta %1 valores.</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthStore</name>
    <message>
        <source>Saving the strength</source>
        <translation>El guardado de la fortaleza</translation>
    </message>
    <message>
        <source>Saving the strengths</source>
        <translation>El guardado de las fortalezas</translation>
    </message>
    <message>
        <source>Reading the strength</source>
        <translation>La lectura de la fortaleza</translation>
    </message>
    <message>
        <source>Reading the strengths</source>
        <translation>La lectura de las fortalezas</translation>
    </message>
    <message>
        <source>Deleting the strength</source>
        <translation>El borrado de la fortaleza</translation>
    </message>
    <message>
        <source>Saving the win</source>
        <translation>El guardado del logro</translation>
    </message>
    <message>
        <source>Saving the wins</source>
        <translation>El guardado de los logros</translation>
    </message>
    <message>
        <source>Reading the win</source>
        <translation>La lectura del logro</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>La lectura de los logros</translation>
    </message>
    <message>
        <source>Deleting the win</source>
        <translation>El borrado del logro</translation>
    </message>
    <message>
        <source>Saving the mission and values</source>
        <translation>El guardado de la misión y los valores</translation>
    </message>
    <message>
        <source>Reading the mission and values</source>
        <translation>La lectura de la misión y los valores</translation>
    </message>
</context>
<context>
    <name>mosaic::StrengthsModel</name>
    <message>
        <source>This strength is no longer in the journal.</source>
        <translation>Esta fortaleza ya no está en el diario.</translation>
    </message>
    <message>
        <source>Counting the wins of each strength</source>
        <translation>El recuento de los logros de cada fortaleza</translation>
    </message>
</context>
<context>
    <name>mosaic::TimelineModel</name>
    <message>
        <source>Ritual note</source>
        <translation>Nota de ritual</translation>
    </message>
</context>
<context>
    <name>mosaic::TimelineQueries</name>
    <message>
        <source>Reading the journal&apos;s timeline</source>
        <translation>La lectura de la cronología del diario</translation>
    </message>
</context>
<context>
    <name>mosaic::TodayModel</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>Planned for today</source>
        <translation>Previsto para hoy</translation>
    </message>
    <message>
        <source>Planned for tomorrow</source>
        <translation>Previsto para mañana</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Previsto para el %1</translation>
    </message>
    <message>
        <source>Was planned for %1</source>
        <translation>Estaba previsto para el %1</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Hace un año</translation>
    </message>
    <message>
        <source>A reflection without a title yet</source>
        <translation>Una reflexión aún sin título</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hola, ave nocturna</translation>
    </message>
    <message>
        <source>Last written %1</source>
        <translation>Última vez que escribiste: %1</translation>
    </message>
    <message>
        <source>Check this ritual off first, then change its number.</source>
        <translation>Marca primero este ritual como hecho y luego cambia su número.</translation>
    </message>
    <message>
        <source>This next step is no longer in your journal.</source>
        <translation>Este próximo paso ya no está en tu diario.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format</comment>
        <extracomment>QDate format of a day in this year (d day, MMMM month name); order and punctuate it for your language, e.g. &quot;d. MMMM&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>QDate format of a day in another year (d day, MMMM month name, yyyy year), e.g. &quot;d. MMMM yyyy&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <extracomment>When something was written; %n is 2 to 6.</extracomment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <extracomment>A memory from this day in an earlier year; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TodayQueries</name>
    <message>
        <source>Reading today&apos;s check-ins</source>
        <translation>La lectura de los registros de hoy</translation>
    </message>
    <message>
        <source>Reading the open next steps</source>
        <translation>La lectura de los próximos pasos pendientes</translation>
    </message>
    <message>
        <source>Reading the planned challenges</source>
        <translation>La lectura de los desafíos previstos</translation>
    </message>
    <message>
        <source>Reading the reflection</source>
        <translation>La lectura de la reflexión</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>La lectura del diario</translation>
    </message>
    <message>
        <source>Reading what you wrote on this day</source>
        <translation>La lectura de lo que escribiste un día como hoy</translation>
    </message>
</context>
<context>
    <name>mosaic::TodayRitualsModel</name>
    <message>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 de %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>Racha de %n semana</numerusform>
            <numerusform>Racha de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>Racha de %n día</numerusform>
            <numerusform>Racha de %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TransferFiles</name>
    <message>
        <source>Looking for records in the journal</source>
        <translation>La búsqueda de entradas en el diario</translation>
    </message>
</context>
<context>
    <name>mosaic::ValidationReport</name>
    <message>
        <source>the file is not a valid Mosaic journal: more than %1 problems; the first %1:</source>
        <extracomment>The first line of an import&apos;s problem list; %1 is the limit on problems shown.</extracomment>
        <translation>el archivo no es un diario de Mosaic válido: más de %1 problemas; los primeros %1:</translation>
    </message>
    <message numerus="yes">
        <source>the file is not a valid Mosaic journal: %n problem(s)</source>
        <extracomment>The first line of an import&apos;s problem list.</extracomment>
        <translation>
            <numerusform>el archivo no es un diario de Mosaic válido: %n problema</numerusform>
            <numerusform>el archivo no es un diario de Mosaic válido: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>an array</source>
        <comment>found</comment>
        <extracomment>A JSON value found in the file, in &quot;(got an array)&quot;.</extracomment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>found</comment>
        <extracomment>A JSON value found in the file, in &quot;(got an object)&quot;.</extracomment>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>In &quot;(got nothing)&quot;: no value at all.</extracomment>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>mosaic::WeeklyLetter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>QDate format of the Monday in the letter&apos;s heading (d day, MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Dear me, the week of %1</source>
        <extracomment>Heading of the weekly letter to oneself; %1 is the Monday of the week, e.g. &quot;24 November 2026&quot;.</extracomment>
        <translation>Para mí, sobre la semana del %1</translation>
    </message>
    <message>
        <source>Wins this week</source>
        <translation>Logros de esta semana</translation>
    </message>
    <message>
        <source>No wins written down this week. What went well, however small?</source>
        <translation>Esta semana no anotaste ningún logro. ¿Qué salió bien, aunque sea algo pequeño?</translation>
    </message>
    <message>
        <source>Rituals I kept</source>
        <translation>Rituales que mantuve</translation>
    </message>
    <message>
        <source>A quiet week for rituals. That is allowed; next week is a fresh start.</source>
        <translation>Una semana tranquila de rituales. Está permitido; la próxima semana es un nuevo comienzo.</translation>
    </message>
    <message>
        <source>What I want to tell myself</source>
        <translation>Lo que quiero decirme</translation>
    </message>
</context>
<context>
    <name>mosaic::WinsModel</name>
    <message>
        <source>The date %1 could not be read. Write it as year-month-day, for example %2.</source>
        <translation>No se pudo leer la fecha %1. Escríbela como año-mes-día, por ejemplo %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of win Mosaic knows.</source>
        <translation>“%1” no es un tipo de logro que Mosaic conozca.</translation>
    </message>
    <message>
        <source>Reading the wins</source>
        <translation>La lectura de los logros</translation>
    </message>
    <message>
        <source>Counting the wins</source>
        <translation>El recuento de los logros</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::BackupCommand</name>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>El archivo de copia de seguridad que se escribirá (se reemplaza si ya existe).</translation>
    </message>
    <message>
        <source>backup takes no arguments besides -o FILE.</source>
        <translation>backup no admite más argumentos que -o FILE.</translation>
    </message>
    <message>
        <source>backup needs -o FILE: where to write the copy.</source>
        <translation>backup necesita -o FILE: dónde escribir la copia.</translation>
    </message>
    <message>
        <source>Backed up the journal to %1</source>
        <translation>Copia de seguridad del diario guardada en %1</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CheckCommand</name>
    <message>
        <source>integrity</source>
        <extracomment>A check of `mosaic check`: the database file&apos;s own consistency.</extracomment>
        <translation>integridad</translation>
    </message>
    <message>
        <source>references</source>
        <extracomment>A check of `mosaic check`: every reference between records names an existing record.</extracomment>
        <translation>referencias</translation>
    </message>
    <message>
        <source>search index</source>
        <extracomment>A check of `mosaic check`: the full-text search index.</extracomment>
        <translation>índice de búsqueda</translation>
    </message>
    <message>
        <source>orphans</source>
        <extracomment>A check of `mosaic check`: records whose parent record does not exist.</extracomment>
        <translation>huérfanos</translation>
    </message>
    <message>
        <source>Restore a backup: &apos;mosaic restore --list&apos; shows the automatic backups, &apos;mosaic restore FILE&apos; puts one back (the current journal is kept as a backup first). Settings in the window does the same.</source>
        <translation>Restaurar una copia de seguridad: &apos;mosaic restore --list&apos; muestra las copias automáticas, &apos;mosaic restore FILE&apos; vuelve a poner una (antes, el diario actual se guarda como copia de seguridad). En la ventana, Ajustes hace lo mismo.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado como JSON.</translation>
    </message>
    <message>
        <source>check takes no arguments besides its options.</source>
        <translation>check no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>There is no journal in %1 yet, so there is nothing to check.</source>
        <extracomment>%1 is the data folder.</extracomment>
        <translation>Todavía no hay ningún diario en %1, así que no hay nada que comprobar.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <extracomment>%1 is the journal file&apos;s path.</extracomment>
        <translation>Comprobado %1</translation>
    </message>
    <message>
        <source>  %1 ok</source>
        <extracomment>One line of `mosaic check`: %1 is the check&apos;s name, padded; the rest says it passed.</extracomment>
        <translation>  %1 ok</translation>
    </message>
    <message>
        <source>  %1 FAILED</source>
        <translation>  %1 FALLÓ</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>El diario está en buen estado.</translation>
    </message>
    <message>
        <source>The journal failed a check. Nothing was changed.</source>
        <translation>El diario no pasó una comprobación. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CheckInCommand</name>
    <message>
        <source>There is no habit &quot;%1&quot;: the journal has no habits yet.</source>
        <translation>No hay ningún hábito &quot;%1&quot;: el diario aún no tiene hábitos.</translation>
    </message>
    <message>
        <source>There is no habit &quot;%1&quot;. The habits are: %2.</source>
        <translation>No hay ningún hábito &quot;%1&quot;. Los hábitos son: %2.</translation>
    </message>
    <message>
        <source>Several habits are called &quot;%1&quot;; name one by its id: %2.</source>
        <translation>Hay varios hábitos llamados &quot;%1&quot;; indica uno por su id: %2.</translation>
    </message>
    <message>
        <source>The day to check in (default: today).</source>
        <translation>El día del registro (por defecto: hoy).</translation>
    </message>
    <message>
        <source>Mark the day as skipped: it neither counts nor breaks the streak.</source>
        <translation>Marca el día como saltado: ni cuenta ni rompe la racha.</translation>
    </message>
    <message>
        <source>A note to keep with the check-in.</source>
        <translation>Una nota para guardar con el registro.</translation>
    </message>
    <message>
        <source>checkin needs one HABIT, by name or id, e.g. mosaic checkin &quot;Gratitude&quot;.</source>
        <translation>checkin necesita un hábito (HABIT), por nombre o id, p. ej. mosaic checkin &quot;Gratitud&quot;.</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-11-27 (got &quot;%1&quot;).</source>
        <translation>--date debe ser una fecha como 2026-11-27 (recibido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 is in the future; check-ins are for today or earlier days.</source>
        <extracomment>%1 is the date the user gave with --date.</extracomment>
        <translation>%1 está en el futuro; los registros son para hoy o para días anteriores.</translation>
    </message>
    <message>
        <source>--skip and --value do not go together: a skipped day has no value.</source>
        <translation>--skip y --value no van juntos: un día saltado no tiene valor.</translation>
    </message>
    <message>
        <source>--value must be a number from 0 to 1000000 (got &quot;%1&quot;).</source>
        <translation>--value debe ser un número de 0 a 1000000 (recibido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot; on %2.</source>
        <extracomment>%1 is the habit&apos;s name, %2 the day.</extracomment>
        <translation>Se saltó &quot;%1&quot; el %2.</translation>
    </message>
    <message>
        <source>Checked in &quot;%1&quot; on %2.</source>
        <extracomment>%1 is the habit&apos;s name, %2 the day.</extracomment>
        <translation>Se registró &quot;%1&quot; el %2.</translation>
    </message>
    <message>
        <source>Current streak: %1 (best %2).</source>
        <extracomment>After a check-in: %1 is the current streak (e.g. &quot;3 days&quot;), %2 the best streak as a number.</extracomment>
        <translation>Racha actual: %1 (mejor: %2).</translation>
    </message>
    <message>
        <source>Streak on %1: %2 (best %3).</source>
        <extracomment>After checking in an earlier day: %1 is that day, %2 the streak then (e.g. &quot;3 days&quot;), %3 the best streak as a number.</extracomment>
        <translation>Racha el %1: %2 (mejor: %3).</translation>
    </message>
    <message>
        <source>Note: the habit starts on %1, so this day does not count towards it.</source>
        <extracomment>%1 is the habit&apos;s start date.</extracomment>
        <translation>Nota: el hábito empieza el %1, así que este día no cuenta para él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked off, not counted: --value is only for habits with a count target. Nothing was written.</source>
        <extracomment>%1 is the habit&apos;s name.</extracomment>
        <translation>«%1» se marca como hecho, no se cuenta: --value es solo para hábitos con una meta numérica. No se escribió nada.</translation>
    </message>
    <message>
        <source>How much was done, for habits with a count target (0 to 1000000; without it, the goal, or the number the day already has).</source>
        <translation>Cuánto se hizo, para hábitos con una meta numérica (de 0 a 1000000; sin ella, la meta, o el número que ya tiene el día).</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CommandContext</name>
    <message>
        <source>Run &apos;mosaic --help&apos; for usage.</source>
        <translation>Ejecuta &apos;mosaic --help&apos; para ver el uso.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::CommandLine</name>
    <message>
        <source>Write the whole journal as JSON (the interchange format) or Markdown</source>
        <translation>Escribe todo el diario como JSON (el formato de intercambio) o Markdown</translation>
    </message>
    <message>
        <source>Check an interchange file, then merge it into the journal</source>
        <translation>Comprueba un archivo de intercambio y luego lo combina con el diario</translation>
    </message>
    <message>
        <source>Counts, each habit&apos;s streaks and strength, belonging balance</source>
        <translation>Recuentos, rachas y solidez de cada hábito, equilibrio de pertenencia</translation>
    </message>
    <message>
        <source>Full-text search over everything written</source>
        <translation>Búsqueda de texto completo en todo lo escrito</translation>
    </message>
    <message>
        <source>Record one habit check-in, by habit name or id</source>
        <translation>Anota un registro de un hábito, por su nombre o id</translation>
    </message>
    <message>
        <source>Upcoming reminder times in the local time zone (TZ)</source>
        <translation>Próximas horas de los recordatorios en la zona horaria local (TZ)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the journal, even while Mosaic is open</source>
        <translation>Escribe una copia coherente del diario, incluso con Mosaic abierto</translation>
    </message>
    <message>
        <source>The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR, else the system&apos;s application data folder).</source>
        <translation>La carpeta de datos que contiene journal.sqlite (por defecto: $MOSAIC_DATA_DIR o, si no, la carpeta de datos de aplicaciones del sistema).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Run &apos;mosaic --help&apos; for usage.</source>
        <translation>Ejecuta &apos;mosaic --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>mosaic: unknown command &apos;%1&apos;.</source>
        <extracomment>%1 is the word the user typed as a command.</extracomment>
        <translation>mosaic: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The command.</source>
        <extracomment>In a command&apos;s --help: describes the command&apos;s own name among the arguments.</extracomment>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Run &apos;mosaic %1 --help&apos; for usage.</source>
        <translation>Ejecuta &apos;mosaic %1 --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>Check the journal for damage: integrity, references, search index</source>
        <translation>Comprueba si el diario está dañado: integridad, referencias, índice de búsqueda</translation>
    </message>
    <message>
        <source>Put a backup back in place of the journal (--list shows the automatic ones)</source>
        <translation>Pone una copia de seguridad en lugar del diario (--list muestra las automáticas)</translation>
    </message>
    <message>
        <source>The interchange file (JSON) to check and merge.</source>
        <translation>El archivo de intercambio (JSON) que se comprueba y se fusiona.</translation>
    </message>
    <message>
        <source>The words to search for; several words are joined by spaces.</source>
        <translation>Las palabras que buscar; varias palabras se separan con espacios.</translation>
    </message>
    <message>
        <source>The habit&apos;s name (any case) or id.</source>
        <translation>El nombre del hábito (da igual mayúsculas o minúsculas) o su id.</translation>
    </message>
    <message>
        <source>A backup&apos;s name from --list, or the path of a backup file.</source>
        <translation>El nombre de una copia de --list, o la ruta de un archivo de copia.</translation>
    </message>
    <message>
        <source>Show this help; &apos;mosaic COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>Mostrar esta ayuda; &apos;mosaic COMANDO --help&apos; muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>Show every page offscreen in an example journal of its own, then exit (0 when none failed).</source>
        <translation>Mostrar cada página fuera de pantalla en un diario de ejemplo propio y salir (0 si ninguna falló).</translation>
    </message>
    <message>
        <source>Save every page of the example journal, light and dark, as PNG files in DIR.</source>
        <translation>Guardar cada página del diario de ejemplo, clara y oscura, como archivos PNG en DIR.</translation>
    </message>
    <message>
        <source>Usage: mosaic [COMMAND] [OPTIONS]

Mosaic is a journal for taking social rejection less hard and growing from it.
</source>
        <extracomment>The first lines of `mosaic --help`; keep &quot;mosaic [COMMAND] [OPTIONS]&quot; as it is.</extracomment>
        <translation>Uso: mosaic [COMANDO] [OPCIONES]

Mosaic es un diario para que el rechazo social te afecte menos y puedas crecer con él.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Without a command, mosaic opens its window; instead, it can:</source>
        <extracomment>A heading in `mosaic --help`, above --self-test and --screenshots.</extracomment>
        <translation>Sin un comando, mosaic abre su ventana; en su lugar, puede:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <extracomment>A heading in `mosaic --help`.</extracomment>
        <translation>Códigos de salida:</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another with --data-dir.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta. Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check its permissions, or choose another with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1. Comprueba sus permisos o elige otra con --data-dir.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ExitCodes</name>
    <message>
        <source>Success.</source>
        <translation>Éxito.</translation>
    </message>
    <message>
        <source>The operation failed while running (a full disk; a busy, read-only or damaged journal); the journal is as it was.</source>
        <translation>La operación falló durante la ejecución (disco lleno; un diario ocupado, de solo lectura o dañado); el diario está como estaba.</translation>
    </message>
    <message>
        <source>Bad input or usage (an unknown option, a missing argument, a file that fails validation); nothing was written.</source>
        <translation>Entrada o uso incorrectos (una opción desconocida, un argumento que falta, un archivo que no pasa la validación); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ExportCommand</name>
    <message>
        <source>json (the interchange format, default) or markdown (to read).</source>
        <translation>json (el formato de intercambio, por defecto) o markdown (para leer).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced as a whole).</source>
        <translation>Escribe en FILE en lugar de en la salida estándar (lo reemplaza por completo).</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options.</source>
        <translation>export no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>--format must be json or markdown (got &quot;%1&quot;).</source>
        <translation>--format debe ser json o markdown (recibido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Diario exportado a %1</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::ImportCommand</name>
    <message>
        <source>Check the file and report what would change, without writing anything.</source>
        <translation>Comprueba el archivo e informa de lo que cambiaría, sin escribir nada.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE, e.g. mosaic import journal.json.</source>
        <translation>import necesita exactamente un archivo (FILE), p. ej. mosaic import journal.json.</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid; nothing was written. Importing it would add %L2, update %L3 and leave %L4 unchanged.</source>
        <extracomment>%1 is the file&apos;s name; %2, %3 and %4 are numbers of records.</extracomment>
        <translation>Simulación: %1 es válido; no se escribió nada. Al importarlo se añadirían %L2, se actualizarían %L3 y %L4 quedarían sin cambios.</translation>
    </message>
    <message>
        <source>Imported %1: %L2 added, %L3 updated, %L4 unchanged.</source>
        <extracomment>%1 is the file&apos;s name; %2, %3 and %4 are numbers of records.</extracomment>
        <translation>Se importó %1: %L2 añadidos, %L3 actualizados, %L4 sin cambios.</translation>
    </message>
    <message>
        <source>  %1 %L2 added, %L3 updated, %L4 unchanged</source>
        <extracomment>One line per kind of record after an import: %1 is the kind as the file names it (e.g. &quot;checkIns&quot;), padded; %2, %3 and %4 are numbers of records, padded to line up.</extracomment>
        <translation>  %1 %L2 añadidos, %L3 actualizados, %L4 sin cambios</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::RemindersCommand</name>
    <message>
        <source>How many firings to list, 1 to 1000 (default: 10).</source>
        <translation>Cuántos avisos listar, de 1 a 1000 (por defecto: 10).</translation>
    </message>
    <message>
        <source>List firings strictly after this RFC 3339 instant, e.g. 2026-03-28T20:00:00Z (default: now).</source>
        <translation>Lista los avisos estrictamente posteriores a este instante RFC 3339, p. ej. 2026-03-28T20:00:00Z (por defecto: ahora).</translation>
    </message>
    <message>
        <source>Print the firings as JSON.</source>
        <translation>Muestra los avisos como JSON.</translation>
    </message>
    <message>
        <source>reminders takes no arguments besides its options.</source>
        <translation>reminders no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>--next must be a whole number from 1 to %1 (got &quot;%2&quot;).</source>
        <translation>--next debe ser un número entero de 1 a %1 (recibido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--after must be an RFC 3339 instant like 2026-03-28T20:00:00Z or 2026-03-28T21:00:00+01:00 (got &quot;%1&quot;).</source>
        <translation>--after debe ser un instante RFC 3339 como 2026-03-28T20:00:00Z o 2026-03-28T21:00:00+01:00 (recibido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No upcoming reminders: none is enabled.</source>
        <translation>No hay recordatorios próximos: ninguno está activado.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::RestoreCommand</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A backup&apos;s date and time: %1 is the date, %2 the time.</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Kinds of backup in `mosaic restore --list`: the day&apos;s automatic one, or the journal kept before a restore.</extracomment>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>No automatic backups in %1 yet. Mosaic makes one a day when the journal changed.</source>
        <extracomment>%1 is the backups folder.</extracomment>
        <translation>Aún no hay copias de seguridad automáticas en %1. Mosaic hace una al día si el diario ha cambiado.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <extracomment>Heading of `mosaic restore --list`; %1 is the backups folder.</extracomment>
        <translation>Copias de seguridad en %1, las más recientes primero:</translation>
    </message>
    <message>
        <source>Restore one with: mosaic restore FILE</source>
        <translation>Restaura una con: mosaic restore FILE</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <extracomment>%1 is when the backup was taken.</extracomment>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <extracomment>What a backup holds; each is a count of records.</extracomment>
        <translation>Contiene: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n logro</numerusform>
            <numerusform>%n logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n fortaleza</numerusform>
            <numerusform>%n fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n habit(s)</source>
        <translation>
            <numerusform>%n hábito</numerusform>
            <numerusform>%n hábitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the journal with this backup? The current journal is kept as a backup first. [y/N] </source>
        <translation>¿Reemplazar el diario con esta copia de seguridad? Antes, el diario actual se guarda como copia de seguridad. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The answers that mean yes to &quot;Replace the journal with this backup? [y/N]&quot;, lower case.</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>List the automatic backups, newest first.</source>
        <translation>Lista las copias de seguridad automáticas, las más recientes primero.</translation>
    </message>
    <message>
        <source>With --list: print the list as JSON.</source>
        <translation>Con --list: muestra la lista como JSON.</translation>
    </message>
    <message>
        <source>Restore without asking (needed when not run from a terminal).</source>
        <translation>Restaura sin preguntar (necesario si no se ejecuta desde una terminal).</translation>
    </message>
    <message>
        <source>restore --list takes no FILE.</source>
        <translation>restore --list no admite FILE.</translation>
    </message>
    <message>
        <source>restore needs one BACKUP file, e.g. mosaic restore journal-2026-11-20.sqlite; &apos;mosaic restore --list&apos; shows them.</source>
        <translation>restore necesita un archivo de copia de seguridad (BACKUP), p. ej. mosaic restore journal-2026-11-20.sqlite; &apos;mosaic restore --list&apos; los muestra.</translation>
    </message>
    <message>
        <source>restore asks before replacing the journal, and there is no terminal to ask on. Run it in a terminal, or add --yes to restore without asking. Nothing was changed.</source>
        <translation>restore pregunta antes de reemplazar el diario, y no hay ninguna terminal en la que preguntar. Ejecútalo en una terminal o añade --yes para restaurar sin preguntar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Restored the journal from %1.</source>
        <translation>Diario restaurado desde %1.</translation>
    </message>
    <message>
        <source>The journal as it was before is kept in %1.</source>
        <extracomment>%1 is the path of the copy of the journal as it was before the restore.</extracomment>
        <translation>El diario tal como estaba antes se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::SearchCommand</name>
    <message>
        <source>Print the matches as JSON: [{&quot;type&quot;, &quot;id&quot;, &quot;snippet&quot;}], best first.</source>
        <translation>Muestra los resultados como JSON: [{&quot;type&quot;, &quot;id&quot;, &quot;snippet&quot;}], los mejores primero.</translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation>Como máximo N resultados (por defecto: 20).</translation>
    </message>
    <message>
        <source>search needs a QUERY, e.g. mosaic search &quot;left out&quot;.</source>
        <translation>search necesita una consulta (QUERY), p. ej. mosaic search &quot;me dejaron fuera&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000.</source>
        <translation>--limit debe ser un número entero de 1 a 10000.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se encontró nada para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::StandardOutput</name>
    <message>
        <source>Writing to standard output failed. %1</source>
        <extracomment>%1 is advice on what to do, e.g. &quot;The disk is full. Free some space and try again.&quot;</extracomment>
        <translation>No se pudo escribir en la salida estándar. %1</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::StatsCommand</name>
    <message>
        <source>Mosaic journal as of %1</source>
        <extracomment>Heading of `mosaic stats`; %1 is a date.</extracomment>
        <translation>Diario de Mosaic a fecha de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <extracomment>Reflections in the journal (an incident is a hard moment written down).</extracomment>
        <translation>
            <numerusform>%Ln reflexión</numerusform>
            <numerusform>%Ln reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reframe(s)</source>
        <translation>
            <numerusform>%Ln nueva mirada</numerusform>
            <numerusform>%Ln nuevas miradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln strength(s)</source>
        <extracomment>&quot;strength&quot; here is a personal strength; a win is a small success written down.</extracomment>
        <translation>
            <numerusform>%Ln fortaleza</numerusform>
            <numerusform>%Ln fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln habit(s)</source>
        <translation>
            <numerusform>%Ln hábito</numerusform>
            <numerusform>%Ln hábitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln recordatorio</numerusform>
            <numerusform>%Ln recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <extracomment>Belonging circles, the people in them, their memberships in circles and noted contacts with them.</extracomment>
        <translation>
            <numerusform>%Ln círculo</numerusform>
            <numerusform>%Ln círculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln pertenencia a un círculo</numerusform>
            <numerusform>%Ln pertenencias a círculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Habits</source>
        <extracomment>Heading in `mosaic stats`.</extracomment>
        <translation>Hábitos</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  ninguno todavía</translation>
    </message>
    <message>
        <source>  %1  streak %2 · best %3 · strength %4/100</source>
        <extracomment>One habit in `mosaic stats`: %1 its name, %2 the current streak (e.g. &quot;3 days&quot;), %3 the best streak as a number, %4 the habit&apos;s strength score from 0 to 100 (how firmly the habit holds, not a personal strength).</extracomment>
        <translation>  %1  racha %2 · mejor %3 · solidez %4/100</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <extracomment>After a habit&apos;s line in `mosaic stats`; %1 is that line.</extracomment>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Belonging</source>
        <extracomment>Heading in `mosaic stats`: how belonging is spread over circles.</extracomment>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>  no one placed in a circle yet</source>
        <translation>  todavía no hay nadie en ningún círculo</translation>
    </message>
    <message>
        <source>  effective circles %1 · largest share %2% · circles with inner-ring people %3</source>
        <extracomment>%1 the effective number of circles (a decimal such as 2.35), %2 the largest circle&apos;s share in percent, %3 how many circles hold someone in the inner ring.</extracomment>
        <translation>  círculos efectivos %1 · peso del mayor %2 % · círculos con alguien en el anillo interior %3</translation>
    </message>
    <message>
        <source>  Most of your belonging rests on one circle. A little time with another one could cushion hard days.</source>
        <translation>  La mayor parte de tu pertenencia se apoya en un solo círculo. Un poco de tiempo con otro podría amortiguar los días difíciles.</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Muestra las estadísticas como JSON.</translation>
    </message>
    <message>
        <source>Compute as of this date instead of today.</source>
        <translation>Calcula a esta fecha en lugar de a hoy.</translation>
    </message>
    <message>
        <source>stats takes no arguments besides its options.</source>
        <translation>stats no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-27 (got &quot;%1&quot;).</source>
        <translation>--today debe ser una fecha como 2026-11-27 (recibido: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>mosaic::cli::Wording</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>A streak&apos;s length in weeks.</extracomment>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>mosaic::reminders::FreedesktopNotifier</name>
    <message>
        <source>In 10 minutes</source>
        <extracomment>Button on a reminder notification: snoozes it, so that it comes again in 10 minutes.</extracomment>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>mark the ritual done</comment>
        <extracomment>Button on a reminder notification: marks the ritual as done for today.</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open the window</comment>
        <extracomment>Button on a reminder notification: opens Mosaic&apos;s window.</extracomment>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>mosaic::reminders::ReminderService</name>
    <message>
        <source>A gentle nudge: it is time for this ritual.</source>
        <extracomment>Body of a reminder notification for a ritual that has no prompt of its own.</extracomment>
        <translation>Un suave recordatorio: es hora de este ritual.</translation>
    </message>
    <message>
        <source>Here it is again, as you asked.
%1</source>
        <extracomment>Body of a snoozed reminder notification; %1 is the ritual&apos;s prompt on its own line.</extracomment>
        <translation>Aquí lo tienes de nuevo, como pediste.
%1</translation>
    </message>
    <message>
        <source>Its time was %1.
%2</source>
        <extracomment>Body of a late reminder notification (after sleep, say): %1 is the time it was due, %2 the ritual&apos;s prompt on its own line.</extracomment>
        <translation>Hora prevista: %1.
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
        <translation>Abrir Mosaic</translation>
    </message>
    <message>
        <source>Today&apos;s rituals</source>
        <translation>Rituales de hoy</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar recordatorios 1 hora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>Quit Mosaic</source>
        <translation>Salir de Mosaic</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>Next reminder at %1</source>
        <extracomment>Second line of the tray icon&apos;s tooltip; %1 is a time of day.</extracomment>
        <translation>Próximo recordatorio a las %1</translation>
    </message>
    <message>
        <source>No rituals today</source>
        <translation>Hoy no hay rituales</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <extracomment>A ritual in the tray menu that is done (or skipped) today; %1 is its name.</extracomment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Mosaic is still here</source>
        <translation>Mosaic sigue aquí</translation>
    </message>
    <message>
        <source>Mosaic keeps running in the tray so that your reminders can reach you. Quit from this icon&apos;s menu, or change this in Settings.</source>
        <translation>Mosaic sigue funcionando en la bandeja del sistema para que tus recordatorios puedan llegarte. Sal desde el menú de este icono o cámbialo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>mosaic::window::WindowApp</name>
    <message>
        <source>mosaic: --self-test and --screenshots show the example journal in a folder of their own and never use a journal of yours; leave out --data-dir. Nothing was written.</source>
        <translation>mosaic: --self-test y --screenshots muestran el diario de ejemplo en una carpeta propia y nunca usan un diario tuyo; quita --data-dir. No se escribió nada.</translation>
    </message>
</context>
</TS>
