<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>e.g. asked the team to open on Saturdays</source>
        <translation>z. B. das Team gebeten, samstags zu öffnen</translation>
    </message>
    <message>
        <source>e.g. From next week we are open on Saturdays, 9 to 13.</source>
        <translation>z. B. Ab nächster Woche haben wir samstags von 9 bis 13 Uhr geöffnet.</translation>
    </message>
    <message>
        <source>What did you &amp;do? (for colleagues)</source>
        <translation>Was haben Sie &amp;getan? (für Kollegen)</translation>
    </message>
    <message>
        <source>What to &amp;tell the customer (optional)</source>
        <translation>Was dem Kunden &amp;gesagt werden soll (optional)</translation>
    </message>
    <message>
        <source>Only the second text can appear in the report-back to the customer; you can still change that message before it is sent.</source>
        <translation>Nur der zweite Text kann in der Rückmeldung an den Kunden erscheinen; Sie können diese Nachricht vor dem Senden noch ändern.</translation>
    </message>
    <message>
        <source>Say what was done about the feedback.</source>
        <translation>Sagen Sie, was wegen des Feedbacks getan wurde.</translation>
    </message>
</context>
<context>
    <name>BusinessBox</name>
    <message>
        <source>Your business</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>z. B. Bäckerei am Eck</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Schließt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Name des Geschäfts</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Geöffnet an</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Öffnungs&amp;zeiten</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Wie am Computer eingestellt (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Sie können all das später in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>diesen Kunden</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>dieses Versprechen</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>dieses Feedback</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed while you were editing</source>
        <translation>Während Ihrer Bearbeitung geändert</translation>
    </message>
    <message>
        <source>{who} changed this {noun} on {when} while you were editing it.</source>
        <translation>{who} hat {noun} am {when} geändert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>Someone changed this {noun} while you were editing it.</source>
        <translation>Jemand hat {noun} geändert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet, and nothing of theirs or yours is lost. For each field below, choose which value to keep, then save.</source>
        <translation>Es ist noch nichts gespeichert, und weder von Ihnen noch von den anderen geht etwas verloren. Wählen Sie unten für jedes Feld, welcher Wert bleiben soll, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deren Wert (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Keep what you typed</source>
        <translation>Ihre Eingabe behalten</translation>
    </message>
    <message>
        <source>Your dialog showed this; you did not change it</source>
        <translation>So stand es in Ihrem Dialog; Sie haben es nicht geändert</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: Ihr Wert</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: deren Wert</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>changed by {who}, {when}</source>
        <translation>geändert von {who}, {when}</translation>
    </message>
    <message>
        <source>changed by {who}</source>
        <translation>geändert von {who}</translation>
    </message>
    <message>
        <source>&amp;Save chosen values</source>
        <translation>Gewählte Werte &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared server</source>
        <translation>Mit einem gemeinsamen Server verbinden</translation>
    </message>
    <message>
        <source>Several desks can share one PostgreSQL database on a server in the office (a mini-PC or a NAS) or a hosted one. Ask whoever set it up for these details.</source>
        <translation>Mehrere Arbeitsplätze können eine PostgreSQL-Datenbank gemeinsam nutzen – auf einem Server im Büro (einem Mini-PC oder einem NAS) oder bei einem Anbieter. Fragen Sie die Person, die ihn eingerichtet hat, nach diesen Angaben.</translation>
    </message>
    <message>
        <source>e.g. nas.local or 192.168.1.20</source>
        <translation>z. B. nas.local oder 192.168.1.20</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation>wird im Passwortspeicher dieses Computers aufbewahrt</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Verschlüsselt, Serverzertifikat geprüft (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>Nicht verschlüsselt (nur in einem vertrauenswürdigen Netzwerk)</translation>
    </message>
    <message>
        <source>How the connection is protected (PostgreSQL&apos;s sslmode): verify-full, require or disable</source>
        <translation>Wie die Verbindung geschützt ist (sslmode von PostgreSQL): verify-full, require oder disable</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>S&amp;chutz:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agrees to be contacted</source>
        <translation>ist mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source>does not want to be contacted — no thank-yous, feedback requests or report-backs are suggested; promises to them still remind you</source>
        <translation>möchte nicht kontaktiert werden – keine Dankesnachrichten, Feedback-Anfragen oder Rückmeldungen werden vorgeschlagen; an Versprechen ihm gegenüber werden Sie weiterhin erinnert</translation>
    </message>
    <message>
        <source>not asked yet — thank-yous only; ask before requesting feedback</source>
        <translation>noch nicht gefragt – nur Dankesnachrichten; fragen Sie, bevor Sie um Feedback bitten</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Rückmeldung geben</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Rückmeldung zum Feedback</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Nicht mehr nötig</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachfassen erledigt</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>Weiterempfehlung (0–10)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Money (sales, refunds, credits, goodwill)</source>
        <translation>Geld (Verkäufe, Erstattungen, Gutschriften, Kulanz)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>wann er stattfand</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>when it was received</source>
        <translation>wann es einging</translation>
    </message>
    <message>
        <source>when the customer was added</source>
        <translation>wann der Kunde angelegt wurde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Einverständnis zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankeschön</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Versprechen gehalten (Rückmeldung)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Feedback-Anfrage</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Rückmeldung zum Feedback</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amount is a</source>
        <translation>Betrag ist</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>In Nachrichten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Dem Kunden mitteilen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Due at a time</source>
        <translation>Fällig zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>comma-separated, e.g. regular, vip</source>
        <translation>durch Kommas getrennt, z. B. Stammkunde, VIP</translation>
    </message>
    <message>
        <source>Not asked yet (thank-yous only)</source>
        <translation>Noch nicht gefragt (nur Dankesnachrichten)</translation>
    </message>
    <message>
        <source>Yes (thank-yous and feedback requests)</source>
        <translation>Ja (Dankesnachrichten und Feedback-Anfragen)</translation>
    </message>
    <message>
        <source>No (no messages at all)</source>
        <translation>Nein (gar keine Nachrichten)</translation>
    </message>
    <message>
        <source>Whether they agreed to hear from you. “No” stops every thank-you, feedback request and report-back; promises to them still remind you.</source>
        <translation>Ob der Kunde von Ihnen hören möchte. „Nein“ stoppt jede Dankesnachricht, Feedback-Anfrage und Rückmeldung; an Versprechen ihm gegenüber werden Sie weiterhin erinnert.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>P&amp;referred channel</source>
        <translation>&amp;Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation>&amp;Mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Choose a customer</source>
        <translation>Kunden auswählen</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Add promise…</source>
        <translation>Versprechen hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Duplikat zusammenführen…</translation>
    </message>
    <message>
        <source>Merge a duplicate of this customer into it</source>
        <translation>Ein Duplikat dieses Kunden mit ihm zusammenführen</translation>
    </message>
    <message>
        <source>Pin a heads-up…</source>
        <translation>Hinweis anheften…</translation>
    </message>
    <message>
        <source>Pin a note everyone who deals with this customer will see</source>
        <translation>Einen Hinweis anheften, den alle sehen, die mit diesem Kunden zu tun haben</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>How often to get in touch with this customer</source>
        <translation>Wie oft Sie sich bei diesem Kunden melden möchten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every … days…</source>
        <translation>Alle … Tage…</translation>
    </message>
    <message>
        <source>Use the cadence of their tags</source>
        <translation>Rhythmus seiner Schlagwörter verwenden</translation>
    </message>
    <message>
        <source>Track again</source>
        <translation>Wieder verfolgen</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Get in touch with them at least every (days):</source>
        <translation>Mindestens alle so viele Tage bei ihm melden:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their details and history.</source>
        <translation>Wählen Sie links einen Kunden, um seine Angaben und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Bevorzugt:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <source>not tracked (stopped)</source>
        <translation>nicht verfolgt (beendet)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden %n Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>(their own)</source>
        <translation>(eigener Rhythmus)</translation>
    </message>
    <message>
        <source>(from their tags)</source>
        <translation>(aus seinen Schlagwörtern)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>spätestens am %1</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>In Kontakt bleiben:</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation>Namen, Firma, E-Mail oder Telefon eingeben…</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Heads-up (%1) on this customer</source>
        <translation>Hinweis (%1) zu diesem Kunden</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, company, email, phone or tag…</source>
        <translation>Nach Name, Firma, E-Mail, Telefon oder Schlagwort suchen…</translation>
    </message>
    <message>
        <source>Three or more characters find them anywhere in the name, company, email, phone or tags; one or two characters find names that begin with them.</source>
        <translation>Drei oder mehr Zeichen finden Kunden, bei denen sie irgendwo in Name, Firma, E-Mail, Telefon oder Schlagwörtern vorkommen; ein oder zwei Zeichen finden Namen, die damit beginnen.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Kunde hinzufügen…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Merge these two customers…</source>
        <translation>Diese zwei Kunden &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>cxlogger&apos;s database is missing changes</source>
        <translation>In der Datenbank von cxlogger fehlen Änderungen</translation>
    </message>
    <message>
        <source>cxlogger&apos;s database is damaged</source>
        <translation>Die Datenbank von cxlogger ist beschädigt</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Ohne sie weitermachen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>
The damaged database was moved, as it was, to {0}.</source>
        <translation>
Die beschädigte Datenbank wurde unverändert nach {0} verschoben.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Exporting the customer&apos;s data…</source>
        <translation>Die Daten des Kunden werden exportiert…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation>Es wird gelesen, was gelöscht würde…</translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Who&apos;s at the desk: switch to a colleague ({keys})</source>
        <translation>Wer ist am Platz: zu einer Kollegin oder einem Kollegen wechseln ({keys})</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>&amp;Benutzer wechseln…</translation>
    </message>
    <message>
        <source>  ·  Demo data: nothing here is real</source>
        <translation>  ·  Demodaten: nichts hiervon ist echt</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>Am Platz: {name}</translation>
    </message>
    <message>
        <source>Who&apos;s at the desk?</source>
        <translation>Wer ist am Platz?</translation>
    </message>
    <message>
        <source>{name} (owner, PIN)</source>
        <translation>{name} (Inhaber, PIN)</translation>
    </message>
    <message>
        <source>{name} (owner; no PIN: anyone can act as owner)</source>
        <translation>{name} (Inhaber; keine PIN: jeder kann als Inhaber handeln)</translation>
    </message>
    <message>
        <source>{name} (owner)</source>
        <translation>{name} (Inhaber)</translation>
    </message>
    <message>
        <source>{name} (PIN)</source>
        <translation>{name} (PIN)</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN für {name}</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, geben Sie Ihre 4-stellige PIN ein:</translation>
    </message>
    <message>
        <source>{name} is at the desk now</source>
        <translation>{name} ist jetzt am Platz</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Since you last looked</source>
        <translation>Seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Since you last looked ({when}):</source>
        <translation>Seit Ihrem letzten Blick ({when}):</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>due {when}</source>
        <translation>fällig {when}</translation>
    </message>
    <message>
        <source>overdue since {when}</source>
        <translation>überfällig seit {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>today, end of day</source>
        <translation>heute, bis Geschäftsschluss</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <source>tomorrow, end of day</source>
        <translation>morgen, bis Geschäftsschluss</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>yesterday, end of day</source>
        <translation>gestern, bis Geschäftsschluss</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}, end of day</source>
        <translation>{day}, bis Geschäftsschluss</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>snoozed until {when}</source>
        <translation>zurückgestellt bis {when}</translation>
    </message>
    <message>
        <source>{due} · snoozed until {when}</source>
        <translation>{due} · zurückgestellt bis {when}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may exist already</source>
        <translation>Diesen Kunden gibt es vielleicht schon</translation>
    </message>
    <message>
        <source>“{}” looks like a customer you already have.</source>
        <translation>„{}“ sieht aus wie ein Kunde, den Sie bereits haben.</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>Als neuen Kunden hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (12,50)</source>
        <translation>Beträge mit Dezimalkomma (12,50)</translation>
    </message>
    <message>
        <source>Excel-compatible UTF-8 (with BOM)</source>
        <translation>Excel-kompatibles UTF-8 (mit BOM)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dates are local calendar days, by %1.</source>
        <translation>Die Daten sind Kalendertage vor Ort, nach %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Feedback erfassen</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
    <message>
        <source>What you did or will do about it (a report-back reminder follows)</source>
        <translation>Was Sie getan haben oder tun werden (eine Erinnerung zur Rückmeldung folgt)</translation>
    </message>
    <message>
        <source>Optional: what the report-back may tell the customer</source>
        <translation>Optional: was die Rückmeldung dem Kunden sagen darf</translation>
    </message>
    <message>
        <source>The action taken above is internal and never appears in a message.</source>
        <translation>Die oben eingetragene Maßnahme ist intern und erscheint nie in einer Nachricht.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>Maßnahme:</translation>
    </message>
    <message>
        <source>Tell the customer:</source>
        <translation>Dem Kunden mitteilen:</translation>
    </message>
    <message>
        <source>A low rating creates a close-the-loop reminder for the customer&apos;s owner.</source>
        <translation>Eine schlechte Bewertung erzeugt für den zuständigen Mitarbeiter eine Erinnerung, dem Kunden Rückmeldung zu geben.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>— not about one interaction —</source>
        <translation>— nicht zu einem bestimmten Kontakt —</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Diesen Kunden öffnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>A hold on this customer pauses messages to them: %1</source>
        <translation>Eine Sperre für diesen Kunden hält Nachrichten an ihn an: %1</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <source>Open your email program with a message to %1</source>
        <translation>Ihr E-Mail-Programm mit einer Nachricht an %1 öffnen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy the message, to paste into a text or chat</source>
        <translation>Die Nachricht kopieren, um sie in eine SMS oder einen Chat einzufügen</translation>
    </message>
    <message>
        <source>Promise kept…</source>
        <translation>Versprechen gehalten…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als gelöst markieren</translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation>Maßnahme: {action}</translation>
    </message>
    <message>
        <source>Recorded with the feedback; a report-back reminder follows</source>
        <translation>Mit dem Feedback erfasst; eine Erinnerung zur Rückmeldung folgt</translation>
    </message>
    <message>
        <source>Action taken…</source>
        <translation>Maßnahme…</translation>
    </message>
    <message>
        <source>Record what you did about it; a report-back reminder follows</source>
        <translation>Erfassen, was Sie unternommen haben; eine Erinnerung zur Rückmeldung folgt</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <source>Give it to a colleague, with a note for them</source>
        <translation>An eine Kollegin oder einen Kollegen geben, mit einer Notiz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation>Als erledigt markieren; es wird im Verlauf des Kunden vermerkt</translation>
    </message>
    <message>
        <source>Done &amp;&amp; next…</source>
        <translation>Erledigt &amp;&amp; nächster…</translation>
    </message>
    <message>
        <source>Mark as done and schedule the next contact (in days, weeks or months)</source>
        <translation>Als erledigt markieren und den nächsten Kontakt planen (in Tagen, Wochen oder Monaten)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not needed: hide it for good</source>
        <translation>Nicht nötig: endgültig ausblenden</translation>
    </message>
    <message>
        <source>Sent — mark done</source>
        <translation>Gesendet – erledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Say thank you for the purchase: </source>
        <translation>Für den Kauf danken: </translation>
    </message>
    <message>
        <source>Say thank you for the referral: </source>
        <translation>Für die Empfehlung danken: </translation>
    </message>
    <message>
        <source>Say thank you for their first visit: </source>
        <translation>Für den ersten Besuch danken: </translation>
    </message>
    <message>
        <source>Say thank you for their patience (complaint resolved): </source>
        <translation>Für die Geduld danken (Reklamation gelöst): </translation>
    </message>
    <message>
        <source>Ask for feedback on: </source>
        <translation>Um Feedback bitten zu: </translation>
    </message>
    <message>
        <source>Keep the promise: </source>
        <translation>Versprechen halten: </translation>
    </message>
    <message>
        <source>Tell them the promise was kept: </source>
        <translation>Mitteilen, dass das Versprechen gehalten wurde: </translation>
    </message>
    <message>
        <source>Report back on their feedback: </source>
        <translation>Rückmeldung zum Feedback geben: </translation>
    </message>
    <message>
        <source>Keep in touch: </source>
        <translation>In Kontakt bleiben: </translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Hand over &lt;b&gt;{what}&lt;/b&gt; to a colleague.</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; an eine Kollegin oder einen Kollegen übergeben.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>What they need to know: where things stand, whom to call…</source>
        <translation>Was sie wissen müssen: wie der Stand ist, wen sie anrufen sollen…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>There is nobody to hand it to: add colleagues in Edit → Staff.</source>
        <translation>Es gibt niemanden, an den Sie übergeben können: Legen Sie Kollegen unter Bearbeiten → Mitarbeiter an.</translation>
    </message>
</context>
<context>
    <name>HandOverAllDialog</name>
    <message>
        <source>Hand over {name}&apos;s work</source>
        <translation>Die Arbeit von {name} übergeben</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their records keep their name. These are still open:</source>
        <translation>{name} ist nicht mehr aktiv. Die Einträge behalten den Namen. Diese sind noch offen:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>{name} left; over to you.</source>
        <translation>{name} ist gegangen; jetzt bei Ihnen.</translation>
    </message>
    <message>
        <source>Hand &amp;all to</source>
        <translation>&amp;Alles übergeben an</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>HandedRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Diesen Kunden öffnen</translation>
    </message>
    <message>
        <source>Handed to you by {who}, {when}</source>
        <translation>Ihnen übergeben von {who}, {when}</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Take it in: it leaves this list and stays yours, with its reminders</source>
        <translation>Übernehmen: Es verschwindet aus dieser Liste und bleibt bei Ihnen, mit seinen Erinnerungen</translation>
    </message>
</context>
<context>
    <name>HeadsUp</name>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Paused: hold until it is resolved</source>
        <translation>Angehalten: Sperre, bis sie aufgehoben wird</translation>
    </message>
    <message>
        <source>Paused: hold until %1</source>
        <translation>Angehalten: Sperre bis %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>It no longer applies: resolve it (it stays on the timeline)</source>
        <translation>Trifft nicht mehr zu: als erledigt markieren (bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>Thank-yous, feedback asks and report-backs to them are paused; promises still remind.</source>
        <translation>Dankeschöns, Feedback-Anfragen und Rückmeldungen an diesen Kunden sind angehalten; Versprechen erinnern weiterhin.</translation>
    </message>
    <message>
        <source>Heads-ups: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Pinned by %1 on %2</source>
        <translation>Angeheftet von %1 am %2</translation>
    </message>
    <message>
        <source>Applies until the end of %1</source>
        <translation>Gilt bis Ende %1</translation>
    </message>
    <message>
        <source>From interaction INT-%1</source>
        <translation>Aus Kontakt INT-%1</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>bi&amp;s</translation>
    </message>
    <message>
        <source>The last day it applies; without it, until someone resolves it</source>
        <translation>Der letzte Tag, an dem er gilt; ohne Datum gilt er, bis jemand ihn erledigt</translation>
    </message>
    <message>
        <source>Last day it applies</source>
        <translation>Letzter Tag, an dem er gilt</translation>
    </message>
    <message>
        <source>A hold also pauses thank-yous, feedback asks and report-backs to them</source>
        <translation>Eine Sperre hält auch Dankeschöns, Feedback-Anfragen und Rückmeldungen an diesen Kunden an</translation>
    </message>
    <message>
        <source>Pin a heads-up</source>
        <translation>Hinweis anheften</translation>
    </message>
    <message>
        <source>e.g. Mixer returned 11 Dec, stop rental invoices</source>
        <translation>z. B. Mixer am 11. Dez. zurückgegeben, Mietrechnungen stoppen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Heads-up</source>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>The search index was damaged and has been rebuilt from the interactions.</source>
        <translation>Der Suchindex war beschädigt und wurde aus den Kontakten neu aufgebaut.</translation>
    </message>
    <message>
        <source>The daily check found damage in cxlogger&apos;s database ({0}). To keep it from spreading, nothing more may be written to it.</source>
        <translation>Die tägliche Prüfung hat einen Schaden in der Datenbank von cxlogger gefunden ({0}). Damit er sich nicht ausbreitet, darf nichts mehr hineingeschrieben werden.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {0} ({1} customers, {2} interactions)? The damaged file is kept aside. What was entered after that time is not in it.</source>
        <translation>Die neueste fehlerfreie Sicherung vom {0} ({1} Kunden, {2} Kontakte) wiederherstellen? Die beschädigte Datei wird beiseitegelegt. Was nach diesem Zeitpunkt eingegeben wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>There is no good backup to restore: cxlogger quits. Keep the data folder, and ask someone who knows SQLite to rescue it.</source>
        <translation>Es gibt keine fehlerfreie Sicherung zum Wiederherstellen: cxlogger wird beendet. Bewahren Sie den Datenordner auf und bitten Sie jemanden, der sich mit SQLite auskennt, ihn zu retten.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file (.vcf).</source>
        <translation>Wählen Sie eine CSV-Datei (Google Kontakte, Outlook, eine Tabelle) oder eine vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Zeichenkodierung</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields</source>
        <translation>Wie die Spalten der Datei zu Kundenfeldern werden</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Rows that need a look</source>
        <translation>Zeilen, die Sie sich ansehen sollten</translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation>Duplikate überspringen</translation>
    </message>
    <message>
        <source>Merge duplicates (fill in empty fields, add tags and notes)</source>
        <translation>Duplikate zusammenführen (leere Felder füllen, Schlagwörter und Notizen hinzufügen)</translation>
    </message>
    <message>
        <source>Skip invalid rows and import the rest</source>
        <translation>Ungültige Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields:</source>
        <translation>Wie die Spalten der Datei zu Kundenfeldern werden:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>CSV, separator %1</source>
        <translation>CSV, Trennzeichen %1</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>Kodierung %1 (erkannt)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen by you)</source>
        <translation>Kodierung %1 (von Ihnen gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) will be added.</source>
        <translation>
            <numerusform>%Ln neuer Kunde wird hinzugefügt.</numerusform>
            <numerusform>%Ln neue Kunden werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be merged.</source>
        <translation>
            <numerusform>%Ln Duplikat wird zusammengeführt.</numerusform>
            <numerusform>%Ln Duplikate werden zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln Duplikat wird übersprungen.</numerusform>
            <numerusform>%Ln Duplikate werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.</source>
        <translation>
            <numerusform>%Ln ungültige Zeile – korrigieren Sie sie in der Datei, ändern Sie die Zuordnung oder überspringen Sie sie.</numerusform>
            <numerusform>%Ln ungültige Zeilen – korrigieren Sie sie in der Datei, ändern Sie die Zuordnung oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s).</source>
        <translation>
            <numerusform>%Ln ungültige Zeile.</numerusform>
            <numerusform>%Ln ungültige Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplikat: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>InteractionLogModel</name>
    <message>
        <source>Click to sort by this column; equal values are newest first.</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren; bei gleichen Werten steht das Neueste oben.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: on a large log that would read every row. Use the search and the filters instead.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden: Bei einem großen Protokoll müsste jede Zeile gelesen werden. Verwenden Sie stattdessen die Suche und die Filter.</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Search texts and customer names…</source>
        <translation>Texte und Kundennamen durchsuchen…</translation>
    </message>
    <message>
        <source>Three or more characters find summaries, details and customer names that contain them; one or two characters find customers whose name begins with them.</source>
        <translation>Drei oder mehr Zeichen finden Zusammenfassungen, Details und Kundennamen, die sie enthalten; ein oder zwei Zeichen finden Kunden, deren Name damit beginnt.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <source>Working offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline seit %1 — %n Änderung wartet</numerusform>
            <numerusform>Offline seit %1 — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>(started without the shared server: new records are kept on this computer and sent when it is back)</source>
        <translation>(ohne den gemeinsamen Server gestartet: neue Einträge werden auf diesem Computer gespeichert und gesendet, sobald er wieder da ist)</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gesendet…</numerusform>
            <numerusform>%n Änderungen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle Änderungen gesendet</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Optional: what a message to them may call it, e.g. “your new road bike”</source>
        <translation>Optional: wie eine Nachricht an den Kunden es nennen darf, z. B. „Ihr neues Rennrad“</translation>
    </message>
    <message>
        <source>Thank-yous and feedback requests use these words. The summary and details are for colleagues only and never appear in a message.</source>
        <translation>Dankesnachrichten und Feedback-Anfragen verwenden diese Worte. Zusammenfassung und Details sind nur für Kollegen und erscheinen nie in einer Nachricht.</translation>
    </message>
    <message>
        <source>In &amp;messages</source>
        <translation>In &amp;Nachrichten</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Was passiert ist, in einer Zeile</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>The problem was &amp;resolved</source>
        <translation>Das Problem wurde &amp;gelöst</translation>
    </message>
    <message>
        <source>Amount (optional), e.g. 49.90</source>
        <translation>Betrag (optional), z. B. 49,90</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>They agree to thank-yous and feedback requests</source>
        <translation>Mit Dankesnachrichten und Feedback-Anfragen einverstanden</translation>
    </message>
    <message>
        <source>They do not want any message from us</source>
        <translation>Möchte keine Nachrichten von uns</translation>
    </message>
    <message>
        <source>Agrees to be contacted?</source>
        <translation>Mit Kontaktaufnahme einverstanden?</translation>
    </message>
    <message>
        <source>&amp;Pin as heads-up</source>
        <translation>Als &amp;Hinweis anheften</translation>
    </message>
    <message>
        <source>Pin the summary on the customer: everyone who opens them, logs something for them or gets a reminder about them sees it</source>
        <translation>Die Zusammenfassung am Kunden anheften: Alle, die ihn öffnen, etwas für ihn erfassen oder an ihn erinnert werden, sehen sie</translation>
    </message>
    <message>
        <source>I promised to…</source>
        <translation>Ich habe versprochen…</translation>
    </message>
    <message>
        <source>e.g. call back with the delivery date</source>
        <translation>z. B. mit dem Liefertermin zurückrufen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Cannot log now</source>
        <translation>Kann jetzt nicht erfasst werden</translation>
    </message>
    <message>
        <source> · agrees to be contacted</source>
        <translation> · mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source> · does not want to be contacted</source>
        <translation> · möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>New customer “%1” will be added</source>
        <translation>Neuer Kunde „%1“ wird angelegt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Log it for {name}</source>
        <translation>Für {name} erfassen</translation>
    </message>
</context>
<context>
    <name>LosingTouch</name>
    <message>
        <source>Message copied</source>
        <translation>Nachricht kopiert</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Past cadence</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>Wie, durch wen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>LosingTouchModel</name>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
</context>
<context>
    <name>LosingTouchView</name>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Log a contact with this customer (it resets the clock)</source>
        <translation>Einen Kontakt mit diesem Kunden erfassen (die Frist beginnt neu)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Take them off this list until later</source>
        <translation>Bis später von dieser Liste nehmen</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Never remind about keeping in touch with this customer</source>
        <translation>Nie mehr daran erinnern, mit diesem Kunden in Kontakt zu bleiben</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>Customers with no contact for longer than their cadence, longest first. Cadences are set in Settings → Keep in touch, or on the customer.</source>
        <translation>Kunden, die länger als ihr Rhythmus keinen Kontakt hatten, die längsten zuerst. Den Rhythmus legen Sie unter Einstellungen → In Kontakt bleiben oder beim Kunden fest.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their cadence.</source>
        <translation>Alle haben innerhalb ihres Rhythmus von Ihnen gehört.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) past their cadence</source>
        <translation>
            <numerusform>%Ln Kunde über seinem Rhythmus</numerusform>
            <numerusform>%Ln Kunden über ihrem Rhythmus</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Snoozed: %1 is off the list until then</source>
        <translation>Zurückgestellt: %1 ist bis dahin nicht auf der Liste</translation>
    </message>
    <message>
        <source>Stop reminding anyone to keep in touch with %1? You can track them again from their record.</source>
        <translation>Niemanden mehr daran erinnern, mit %1 in Kontakt zu bleiben? Sie können den Kunden in seinem Eintrag wieder verfolgen.</translation>
    </message>
    <message>
        <source>No longer tracking %1</source>
        <translation>%1 wird nicht mehr verfolgt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Opening your customer records…</source>
        <translation>Ihre Kundendaten werden geöffnet…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation>Einen Kontakt erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Add &amp;customer…</source>
        <translation>&amp;Kunde hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Mitarbeiter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About cxlogger</source>
        <translation>&amp;Über cxlogger</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo it (Ctrl+Z)</source>
        <translation>Rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Rückgängig: {}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undone: {}</source>
        <translation>Rückgängig gemacht: {}</translation>
    </message>
    <message>
        <source>Can&apos;t undo</source>
        <translation>Kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Kept on this computer until the server is back: %1</source>
        <translation>Auf diesem Computer gespeichert, bis der Server wieder erreichbar ist: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Kunde archiviert</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Kunde wiederhergestellt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>About cxlogger</source>
        <translation>Über cxlogger</translation>
    </message>
    <message>
        <source>Log every customer interaction in seconds, keep every promise, and follow up at the right moment.</source>
        <translation>Jeden Kundenkontakt in Sekunden erfassen, jedes Versprechen halten und im richtigen Moment nachfassen.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Ihre Daten: %1</translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s)</source>
        <translation>
            <numerusform>%Ln Versprechen</numerusform>
            <numerusform>%Ln Versprechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln Feedback</numerusform>
            <numerusform>%Ln Feedbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln Nachfassaktion</numerusform>
            <numerusform>%Ln Nachfassaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln heads-up(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>sonst nichts</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Type the name of the customer to merge with…</source>
        <translation>Namen des Kunden eingeben, mit dem zusammengeführt werden soll…</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>&amp;Keep the other one instead</source>
        <translation>Stattdessen den &amp;anderen behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>ist mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source>does not want to be contacted</source>
        <translation>möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Wählen Sie den Kunden, der dieselbe Person ist.</translation>
    </message>
    <message>
        <source>{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves to the customer kept, and {drop_ref} is removed. Choose which values to keep where they differ. Edit → Undo reverses the merge.</source>
        <translation>{drop} ({drop_ref}) wird mit {keep} ({keep_ref}) zusammengeführt: Alles geht an den behaltenen Kunden über, und {drop_ref} wird entfernt. Wählen Sie, welche Werte behalten werden, wo sie sich unterscheiden. Bearbeiten → Rückgängig macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <source>Kept: {}</source>
        <translation>Behalten: {}</translation>
    </message>
    <message>
        <source>Merged in: {}</source>
        <translation>Übernommen: {}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(combined)</source>
        <translation>(kombiniert)</translation>
    </message>
    <message>
        <source>(a “no” is kept)</source>
        <translation>(ein „Nein“ bleibt bestehen)</translation>
    </message>
    <message>
        <source>(the answer given is kept)</source>
        <translation>(die gegebene Antwort bleibt bestehen)</translation>
    </message>
    <message>
        <source>Moves to the customer kept: {}.</source>
        <translation>Geht an den behaltenen Kunden über: {}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Diese Nachfassaktion gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Message not ready</source>
        <translation>Nachricht nicht bereit</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>No email program opened the message, so its text is now copied. Paste it into a new email to %1 (or wherever you reach the customer), send it, then click “Sent — mark done”.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet, deshalb ist ihr Text jetzt kopiert. Fügen Sie ihn in eine neue E-Mail an %1 ein (oder dort, wo Sie den Kunden erreichen), senden Sie sie und klicken Sie dann auf „Gesendet – erledigt“.</translation>
    </message>
    <message>
        <source>Your email program should open with the message; send it, then click “Sent — mark done”.</source>
        <translation>Ihr E-Mail-Programm sollte sich mit der Nachricht öffnen; senden Sie sie und klicken Sie dann auf „Gesendet – erledigt“.</translation>
    </message>
    <message>
        <source>Message copied. Paste it where you reach the customer, then click “Sent — mark done”.</source>
        <translation>Nachricht kopiert. Fügen Sie sie dort ein, wo Sie den Kunden erreichen, und klicken Sie dann auf „Gesendet – erledigt“.</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Per E-Mail gesendet</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Zum Senden kopiert</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>gesendet von %1</translation>
    </message>
</context>
<context>
    <name>MessagePreviewDialog</name>
    <message>
        <source>Email to the customer</source>
        <translation>E-Mail an den Kunden</translation>
    </message>
    <message>
        <source>Message to copy</source>
        <translation>Nachricht zum Kopieren</translation>
    </message>
    <message>
        <source>Templates for this kind of message; edit them under Edit → Message templates…</source>
        <translation>Vorlagen für diese Art von Nachricht; bearbeiten Sie sie unter Bearbeiten → Nachrichtenvorlagen…</translation>
    </message>
    <message>
        <source>Template for %1:</source>
        <translation>Vorlage für %1:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Check the message and change anything you like. What you send is what is recorded on the customer&apos;s timeline.</source>
        <translation>Prüfen Sie die Nachricht und ändern Sie, was Sie möchten. Was Sie senden, wird im Verlauf des Kunden vermerkt.</translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>You can change the message above before sending it.</source>
        <translation>Sie können die Nachricht oben vor dem Senden ändern.</translation>
    </message>
    <message>
        <source>The message is empty; write something or cancel.</source>
        <translation>Die Nachricht ist leer; schreiben Sie etwas oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Bringing reminders up to date…</source>
        <translation>Erinnerungen werden aktualisiert…</translation>
    </message>
    <message>
        <source>Bringing reminders up to date… %1%</source>
        <translation>Erinnerungen werden aktualisiert… %1 %</translation>
    </message>
    <message>
        <source>Reminders could not be checked. {message}</source>
        <translation>Die Erinnerungen konnten nicht geprüft werden. {message}</translation>
    </message>
    <message>
        <source>Heads-up: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due</source>
        <translation>
            <numerusform>%Ln Nachfassaktion ist fällig</numerusform>
            <numerusform>%Ln Nachfassaktionen sind fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 overdue</source>
        <translation>%1 — %2 überfällig</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark promise kept</source>
        <translation>Versprechen als gehalten markieren</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Versprechen als gebrochen markieren</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Versprechen stornieren</translation>
    </message>
    <message>
        <source>Mark promise</source>
        <translation>Versprechen markieren</translation>
    </message>
    <message>
        <source>Optional, e.g. Your refund is on its way to your account.</source>
        <translation>Optional, z. B. Ihre Erstattung ist auf dem Weg auf Ihr Konto.</translation>
    </message>
    <message>
        <source>Amount, if money moved (e.g. 49.90)</source>
        <translation>Betrag, falls Geld geflossen ist (z. B. 49,90)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>What the amount was</source>
        <translation>Was der Betrag war</translation>
    </message>
    <message>
        <source>&amp;Money (a refund paid, goodwill given), if any:</source>
        <translation>&amp;Geld (eine gezahlte Erstattung, eine Kulanz), falls vorhanden:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>What may the customer be told? (The note above stays internal.)</source>
        <translation>Was darf dem Kunden gesagt werden? (Die Notiz oben bleibt intern.)</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>New promise</source>
        <translation>Neues Versprechen</translation>
    </message>
    <message>
        <source>e.g. send the corrected invoice</source>
        <translation>z. B. die korrigierte Rechnung senden</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Wiederholt sich nicht</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>Keeping it creates the next one; only the next one exists at any time</source>
        <translation>Wird es gehalten, entsteht das nächste; es gibt immer nur das nächste</translation>
    </message>
    <message>
        <source>I promised &amp;to</source>
        <translation>Ich habe &amp;versprochen</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Cannot add a promise</source>
        <translation>Versprechen kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>New promise to %1</source>
        <translation>Neues Versprechen an %1</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Als &amp;gehalten markieren…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Als ge&amp;brochen markieren…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel promise…</source>
        <translation>&amp;Versprechen stornieren…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Übergeben…</translation>
    </message>
    <message>
        <source>Give this promise to a colleague, with a note</source>
        <translation>Dieses Versprechen mit einer Notiz an eine Kollegin oder einen Kollegen geben</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>Show only the promises you own</source>
        <translation>Nur die Versprechen zeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>at a time</source>
        <translation>zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Zuständige</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete it; Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>Löschen; Bearbeiten → Rückgängig (Strg+Z) holt es zurück</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>&amp;Kunden öffnen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Nachrichtenvorlagen…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>&amp;Feedback erfassen…</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>Reminders are up to date</source>
        <translation>Die Erinnerungen sind auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Erledigt – im Verlauf des Kunden vermerkt</translation>
    </message>
    <message>
        <source>Snoozed for 1 hour</source>
        <translation>Für 1 Stunde zurückgestellt</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Click a bar to see the records behind it.</source>
        <translation>Klicken Sie auf einen Balken, um die Einträge dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Bericht für %1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 bis %2, verglichen mit %3 bis %4</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Rows not shown: %1 (the table&apos;s CSV has them all)</source>
        <translation>Nicht gezeigte Zeilen: %1 (die CSV-Datei der Tabelle enthält alle)</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>In diesem Zeitraum wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Rückmeldung an Kunden</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Gegebene Versprechen</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Pünktlich gehalten</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Verspätet gehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Still open (not yet due)</source>
        <translation>Noch offen (noch nicht fällig)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Jetzt überfällig</translation>
    </message>
    <message>
        <source>Kept-on-time rate</source>
        <translation>Quote pünktlich gehalten</translation>
    </message>
    <message>
        <source>Median days late</source>
        <translation>Verspätung (Median, Tage)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Promises due, by month and outcome</source>
        <translation>Fällige Versprechen nach Monat und Ergebnis</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Promises by month</source>
        <translation>Versprechen nach Monat</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Promises due, per staff member</source>
        <translation>Fällige Versprechen je Mitarbeiter</translation>
    </message>
    <message>
        <source>On-time rate %</source>
        <translation>Pünktlichkeitsquote %</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Gehaltene Versprechen</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>Kept but customer not told</source>
        <translation>Gehalten, Kunde nicht informiert</translation>
    </message>
    <message>
        <source>Told rate</source>
        <translation>Informiert-Quote</translation>
    </message>
    <message>
        <source>Median time from kept to told</source>
        <translation>Zeit von gehalten bis informiert (Median)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Nicht informiert</translation>
    </message>
    <message>
        <source>Promises kept, by month: customer told or not</source>
        <translation>Gehaltene Versprechen nach Monat: Kunde informiert oder nicht</translation>
    </message>
    <message>
        <source>Closing the loop by month</source>
        <translation>Rückmeldung an Kunden nach Monat</translation>
    </message>
    <message>
        <source>Unhandled complaints</source>
        <translation>Unbearbeitete Reklamationen</translation>
    </message>
    <message>
        <source>Follow-ups due in the period; done early counts as no wait.</source>
        <translation>Im Zeitraum fällige Nachfass-Aufgaben; vorzeitig erledigt zählt als keine Wartezeit.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Nicht mehr nötig</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <source>Done, of those dealt with</source>
        <translation>Erledigt, von den bearbeiteten</translation>
    </message>
    <message>
        <source>Median time from due to done</source>
        <translation>Zeit von fällig bis erledigt (Median)</translation>
    </message>
    <message>
        <source>Follow-ups by kind</source>
        <translation>Nachfassen nach Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Follow-ups due, by month and outcome</source>
        <translation>Fälliges Nachfassen nach Monat und Ergebnis</translation>
    </message>
    <message>
        <source>CSAT average (1–5)</source>
        <translation>CSAT-Durchschnitt (1–5)</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>CSAT-Bewertungen</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Schlechte Bewertungen</translation>
    </message>
    <message>
        <source>Low ratings with an action</source>
        <translation>Schlechte Bewertungen mit Maßnahme</translation>
    </message>
    <message>
        <source>…and a report-back (“you said, we did”)</source>
        <translation>…und mit Rückmeldung („Sie sagten, wir taten“)</translation>
    </message>
    <message>
        <source>CSAT average by month (1–5)</source>
        <translation>CSAT-Durchschnitt nach Monat (1–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS nach Monat</translation>
    </message>
    <message>
        <source>CSAT ratings, 1 to 5</source>
        <translation>CSAT-Bewertungen, 1 bis 5</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Feedback by month</source>
        <translation>Feedback nach Monat</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>CSAT-Durchschnitt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Customers losing touch</source>
        <translation>Kunden ohne Kontakt</translation>
    </message>
    <message>
        <source>Interactions by month and channel</source>
        <translation>Kontakte nach Monat und Kanal</translation>
    </message>
    <message>
        <source>Interactions by channel</source>
        <translation>Kontakte nach Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>Kontakte nach Art</translation>
    </message>
    <message>
        <source>Interactions per staff member</source>
        <translation>Kontakte je Mitarbeiter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Aktivität nach Monat</translation>
    </message>
    <message>
        <source>The same entries as the money export for these days: net = sales - refunds - credits - goodwill.</source>
        <translation>Dieselben Buchungen wie im Geld-Export für diese Tage: netto = Verkäufe − Erstattungen − Gutschriften − Kulanz.</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Money by month (minor units, e.g. cents)</source>
        <translation>Geld nach Monat (kleinste Einheit, z. B. Cent)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution</source>
        <translation>Reklamationen ohne Versprechen oder Lösung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Net (minor units)</source>
        <translation>Netto (kleinste Einheit)</translation>
    </message>
    <message>
        <source>Low ratings and what was done</source>
        <translation>Schlechte Bewertungen und was getan wurde</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution after %1 days</source>
        <translation>Reklamationen ohne Versprechen oder Lösung nach %1 Tagen</translation>
    </message>
    <message>
        <source>A complaint counts as unhandled when, %1 days after it, it has neither a promise nor a resolution.</source>
        <translation>Eine Reklamation gilt als unbearbeitet, wenn sie %1 Tage danach weder ein Versprechen noch eine Lösung hat.</translation>
    </message>
    <message>
        <source>Losing touch: customers past their keep-in-touch cadence at the end of the period.</source>
        <translation>Kontakt verloren: Kunden, deren Kontaktrhythmus am Ende des Zeitraums überschritten war.</translation>
    </message>
    <message>
        <source>Losing touch (a stand-in): customers with no interaction in the %1 days before the end of the period.</source>
        <translation>Kontakt verloren (Näherung): Kunden ohne Kontakt in den %1 Tagen vor dem Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>Net sales by month (%1)</source>
        <translation>Nettoumsatz nach Monat (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>kein Vergleich möglich</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>same as before (%1)</source>
        <translation>wie vorher (%1)</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure.</source>
        <translation>Klicken Sie, um die Einträge hinter dieser Zahl zu sehen.</translation>
    </message>
    <message>
        <source>Save a table as CSV</source>
        <translation>Eine Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>“%1”…</source>
        <translation>„%1“…</translation>
    </message>
    <message>
        <source>%1 (the newest %2 of %3)</source>
        <translation>%1 (die neuesten %2 von %3)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>The newest %1 of %2. Double-click a row to open its customer.</source>
        <translation>Die neuesten %1 von %2. Doppelklicken Sie auf eine Zeile, um ihren Kunden zu öffnen.</translation>
    </message>
    <message>
        <source>%2 records. Double-click a row to open its customer.</source>
        <translation>%2 Einträge. Doppelklicken Sie auf eine Zeile, um ihren Kunden zu öffnen.</translation>
    </message>
    <message>
        <source>Money by month</source>
        <translation>Geld nach Monat</translation>
    </message>
    <message>
        <source>Click to see the records of this row.</source>
        <translation>Klicken Sie, um die Einträge dieser Zeile zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Zahlen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 bis %2, verglichen mit %3 bis %4</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Die Datei konnte nicht geschrieben werden (%1). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Wählen Sie eine Sicherung, zu der Sie zurückkehren möchten. Die Datenbank in ihrem jetzigen Zustand wird vorher gesichert, sodass sich das durch Wiederherstellen dieser Sicherung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now… to take one.</source>
        <translation>Es gibt noch keine Sicherungen. Mit Datei → Jetzt sichern… legen Sie eine an.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Welche Sicherung wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Export or erase everything about this customer</source>
        <translation>Alles über diesen Kunden exportieren oder löschen</translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
    <message>
        <source>Backing up your data before quitting…</source>
        <translation>Ihre Daten werden vor dem Beenden gesichert…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data into</source>
        <translation>Die Daten des Kunden exportieren nach</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfe</translation>
    </message>
    <message>
        <source>Checking who may do this…</source>
        <translation>Prüfe, wer das tun darf…</translation>
    </message>
    <message>
        <source>Their money record (a sale, refund, credit or goodwill) is kept</source>
        <translation>Sein Geldeintrag (ein Verkauf, eine Erstattung, Gutschrift oder Kulanz) bleibt erhalten</translation>
    </message>
    <message>
        <source>Their %1 money records (sales, refunds, credits, goodwill) are kept</source>
        <translation>Seine %1 Geldeinträge (Verkäufe, Erstattungen, Gutschriften, Kulanz) bleiben erhalten</translation>
    </message>
    <message>
        <source>, as bookkeeping law requires, but without their name, contact details, notes or summaries: amounts, dates and references stay as they are, so past money exports do not change.</source>
        <translation>, wie es das Buchhaltungsrecht verlangt, aber ohne Namen, Kontaktdaten, Notizen oder Zusammenfassungen: Beträge, Daten und Referenzen bleiben, wie sie sind, damit sich frühere Geldexporte nicht ändern.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Ihre Daten werden geprüft…</translation>
    </message>
</context>
<context>
    <name>ScheduleNextDialog</name>
    <message>
        <source>Done &amp; schedule next</source>
        <translation>Erledigt &amp; nächsten planen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>Get in touch with %1 again</source>
        <translation>Wieder mit %1 in Kontakt treten</translation>
    </message>
    <message>
        <source>Next contact in</source>
        <translation>Nächster Kontakt in</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule</source>
        <translation>Erledigt &amp;&amp; planen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>After a purchase</source>
        <translation>Nach einem Kauf</translation>
    </message>
    <message>
        <source>After a referral</source>
        <translation>Nach einer Empfehlung</translation>
    </message>
    <message>
        <source>After a new customer&apos;s first visit</source>
        <translation>Nach dem ersten Besuch eines neuen Kunden</translation>
    </message>
    <message>
        <source>After a complaint was resolved</source>
        <translation>Nach einer gelösten Reklamation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>Einstellungen nicht verfügbar</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>z. B. Bäckerei Sonne</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Name des Geschäfts:</translation>
    </message>
    <message>
        <source>Start cxlogger when I log in, hidden in the tray</source>
        <translation>cxlogger bei der Anmeldung starten, versteckt im Infobereich</translation>
    </message>
    <message>
        <source>(Not available while you look at the demo data.)</source>
        <translation>(Nicht verfügbar, solange Sie die Demodaten ansehen.)</translation>
    </message>
    <message>
        <source>Show a notification when a follow-up comes due</source>
        <translation>Eine Benachrichtigung zeigen, wenn eine Nachfassaktion fällig wird</translation>
    </message>
    <message>
        <source>Business name and reminder rules are shared by everyone using this database; starting at login applies to this computer only.</source>
        <translation>Name des Geschäfts und Erinnerungsregeln gelten für alle, die diese Datenbank nutzen; der Start bei der Anmeldung gilt nur für diesen Computer.</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Wie am Computer eingestellt (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>you are an owner.</source>
        <translation>Sie sind Inhaber.</translation>
    </message>
    <message>
        <source>you are staff: only an owner can change these settings, the templates and the staff list, erase customers, restore backups or export everything.</source>
        <translation>Sie sind Mitarbeiter: Nur ein Inhaber kann diese Einstellungen, die Vorlagen und die Mitarbeiterliste ändern, Kunden löschen, Sicherungen wiederherstellen oder alles exportieren.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this desk can switch to {names} and act as an owner: give them a PIN in Edit → Staff… (Set PIN…).</source>
        <translation>Ohne PIN kann jeder an diesem Platz zu {names} wechseln und als Inhaber handeln: Vergeben Sie unter Bearbeiten → Mitarbeiter… (PIN festlegen…) eine PIN.</translation>
    </message>
    <message>
        <source>Connect to a shared server…</source>
        <translation>Mit einem gemeinsamen Server verbinden…</translation>
    </message>
    <message>
        <source>Shared server saved</source>
        <translation>Gemeinsamer Server gespeichert</translation>
    </message>
    <message>
        <source>This desk uses the shared server from its next start: quit cxlogger and start it again. The password is in this computer&apos;s password store.</source>
        <translation>Dieser Arbeitsplatz nutzt den gemeinsamen Server ab dem nächsten Start: Beenden Sie cxlogger und starten Sie es neu. Das Passwort liegt im Passwortspeicher dieses Computers.</translation>
    </message>
    <message>
        <source>Add cxlogger to the applications menu</source>
        <translation>cxlogger zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu.</source>
        <translation>cxlogger ist im Anwendungsmenü.</translation>
    </message>
    <message>
        <source>cxlogger could not be added to the applications menu: {0}.</source>
        <translation>cxlogger konnte nicht zum Anwendungsmenü hinzugefügt werden: {0}.</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu now, with its icon. (If the menu does not show it yet, log out and in again.)</source>
        <translation>cxlogger ist jetzt mit seinem Symbol im Anwendungsmenü. (Falls das Menü es noch nicht zeigt, melden Sie sich ab und wieder an.)</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> Arbeitstag später</numerusform>
            <numerusform> Arbeitstage später</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Rückmeldung geben</translation>
    </message>
    <message>
        <source>Remind about open promises</source>
        <translation>An offene Versprechen erinnern</translation>
    </message>
    <message>
        <source>working days before</source>
        <translation>Arbeitstage vorher</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>Stunden vorher</translation>
    </message>
    <message>
        <source>Always in working hours; made for today or tomorrow: at once.</source>
        <translation>Immer in den Geschäftszeiten; für heute oder morgen gegeben: sofort.</translation>
    </message>
    <message>
        <source>The reminder comes in working hours, never in quiet hours or on a closed day; a promise made for today or tomorrow reminds at once.</source>
        <translation>Die Erinnerung kommt in den Geschäftszeiten, nie in Ruhezeiten oder an einem Schließtag; ein Versprechen für heute oder morgen erinnert sofort.</translation>
    </message>
    <message>
        <source>Remind to tell the customer when a promise was kept</source>
        <translation>Daran erinnern, dem Kunden zu sagen, dass ein Versprechen gehalten wurde</translation>
    </message>
    <message>
        <source>Complaint with no promise or resolution after</source>
        <translation>Reklamation ohne Versprechen oder Lösung nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Low feedback rating (2 of 5 or less, 6 of 10 or less)</source>
        <translation>Schlechte Feedback-Bewertung (2 von 5 oder weniger, 6 von 10 oder weniger)</translation>
    </message>
    <message>
        <source>Ask for feedback and report back</source>
        <translation>Um Feedback bitten und Rückmeldung geben</translation>
    </message>
    <message>
        <source>Ask for feedback after a purchase or resolved complaint, after</source>
        <translation>Nach einem Kauf oder einer gelösten Reklamation um Feedback bitten, nach</translation>
    </message>
    <message>
        <source>Ask one customer at most once every</source>
        <translation>Einen Kunden höchstens einmal fragen alle</translation>
    </message>
    <message>
        <source>Remind to report back when feedback led to an action</source>
        <translation>Daran erinnern, Rückmeldung zu geben, wenn Feedback zu einer Maßnahme geführt hat</translation>
    </message>
    <message>
        <source>Only customers who agreed to be contacted are asked for feedback; nobody who said no gets any message.</source>
        <translation>Nur Kunden, die einer Kontaktaufnahme zugestimmt haben, werden um Feedback gebeten; wer Nein gesagt hat, bekommt keine Nachricht.</translation>
    </message>
    <message>
        <source>Remind me when a customer has had no contact for longer than their cadence</source>
        <translation>Erinnern, wenn ein Kunde länger als sein Rhythmus keinen Kontakt hatte</translation>
    </message>
    <message>
        <source>e.g. vip: 30, trade: 90</source>
        <translation>z. B. vip: 30, handel: 90</translation>
    </message>
    <message>
        <source>Tag: days without contact. A customer with several of these tags gets the shortest.</source>
        <translation>Schlagwort: Tage ohne Kontakt. Ein Kunde mit mehreren dieser Schlagwörter bekommt den kürzesten.</translation>
    </message>
    <message>
        <source>Cadence by tag (days):</source>
        <translation>Rhythmus nach Schlagwort (Tage):</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <source>Everyone else:</source>
        <translation>Alle anderen:</translation>
    </message>
    <message>
        <source>Any interaction logged with a customer, or a message sent to them, starts their clock again. A customer&apos;s own cadence (on their record) overrides these, and “Stop tracking” in the Losing touch list leaves them out.</source>
        <translation>Jeder erfasste Kontakt mit einem Kunden und jede an ihn gesendete Nachricht startet seine Frist neu. Ein eigener Rhythmus des Kunden (in seinem Eintrag) geht diesen vor, und „Nicht mehr verfolgen“ in der Liste „Kontakt verloren“ nimmt ihn heraus.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Geöffnet am</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Geöffnet:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Öffnungszeit</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Geschäftsschluss</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ruhezeiten:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <source>No notifications in quiet hours or on closed days; what came due meanwhile is shown when you are back. Reminders due on a closed day move to the next open day. Next-day reminders come at opening time; a promise made for a date without a time is due at closing time.</source>
        <translation>Keine Benachrichtigungen in Ruhezeiten oder an Schließtagen; was in der Zwischenzeit fällig wurde, wird angezeigt, wenn Sie zurück sind. Erinnerungen an einem Schließtag rücken auf den nächsten Öffnungstag. Erinnerungen für den nächsten Tag kommen zur Öffnungszeit; ein Versprechen für ein Datum ohne Uhrzeit ist zum Geschäftsschluss fällig.</translation>
    </message>
    <message>
        <source>Thank-yous, feedback requests, report-backs and “promise kept” messages are written from templates. Add your own, rename, edit or delete them, and choose which one each kind of message starts with. Changes there are saved as you make them.</source>
        <translation>Dankesnachrichten, Feedback-Anfragen, Rückmeldungen und „Versprechen gehalten“-Nachrichten werden aus Vorlagen geschrieben. Fügen Sie eigene hinzu, benennen Sie sie um, bearbeiten oder löschen Sie sie, und wählen Sie, mit welcher jede Art von Nachricht beginnt. Änderungen dort werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Nachrichtenvorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose at least one day the business is open.</source>
        <translation>Wählen Sie mindestens einen Tag, an dem das Geschäft geöffnet ist.</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>Der Geschäftsschluss muss nach der Öffnungszeit liegen.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Start bei der Anmeldung nicht geändert</translation>
    </message>
    <message>
        <source>cxlogger could not change the start-at-login entry: %1. The other settings were saved.</source>
        <translation>cxlogger konnte den Eintrag für den Start bei der Anmeldung nicht ändern: %1. Die anderen Einstellungen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Das bin &amp;ich</translation>
    </message>
    <message>
        <source>Make &amp;owner / staff</source>
        <translation>Zum &amp;Inhaber / Mitarbeiter machen</translation>
    </message>
    <message>
        <source>Owners may erase customers, restore backups, change rules and templates, manage staff and export everything</source>
        <translation>Inhaber dürfen Kunden löschen, Sicherungen wiederherstellen, Regeln und Vorlagen ändern, Mitarbeiter verwalten und alles exportieren</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>An optional 4-digit PIN asked when switching to this person</source>
        <translation>Eine optionale 4-stellige PIN, die beim Wechsel zu dieser Person abgefragt wird</translation>
    </message>
    <message>
        <source>Remove PI&amp;N</source>
        <translation>PI&amp;N entfernen</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Someone who left: gone from the pickers, their records keep their name, and their open work is listed for handing over</source>
        <translation>Jemand, der gegangen ist: verschwindet aus den Auswahllisten, die Einträge behalten den Namen, und die offene Arbeit wird zur Übergabe aufgelistet</translation>
    </message>
    <message>
        <source>  (owner)</source>
        <translation>  (Inhaber)</translation>
    </message>
    <message>
        <source>  (you)</source>
        <translation>  (Sie)</translation>
    </message>
    <message>
        <source>  · PIN</source>
        <translation>  · PIN</translation>
    </message>
    <message>
        <source>  (no longer active)</source>
        <translation>  (nicht mehr aktiv)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN für {name}</translation>
    </message>
    <message>
        <source>A new 4-digit PIN for {name}:</source>
        <translation>Eine neue 4-stellige PIN für {name}:</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, geben Sie Ihre 4-stellige PIN ein:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore completed</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>The restore that was interrupted last time has been completed: cxlogger now holds the backup you chose. The data as it was before is kept in the backups (or, if it was damaged, in the “damaged” folder).</source>
        <translation>Die beim letzten Mal unterbrochene Wiederherstellung wurde abgeschlossen: cxlogger enthält jetzt die Sicherung, die Sie gewählt haben. Die Daten von vorher liegen in den Sicherungen (oder, falls sie beschädigt waren, im Ordner „damaged“).</translation>
    </message>
    <message>
        <source>cxlogger cannot use its data folder</source>
        <translation>cxlogger kann seinen Datenordner nicht verwenden</translation>
    </message>
    <message>
        <source>Not saved: cxlogger found its database damaged, so nothing was written to it. What you entered is still here: copy it before closing, and enter it again once the data is restored.</source>
        <translation>Nicht gespeichert: cxlogger hat seine Datenbank beschädigt vorgefunden und nichts hineingeschrieben. Ihre Eingaben sind noch da: Kopieren Sie sie vor dem Schließen und geben Sie sie nach der Wiederherstellung erneut ein.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Handed over to {name}</source>
        <translation>Übergeben an {name}</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Ihnen übergeben</translation>
    </message>
    <message>
        <source>{customer}: {what} — from {who}, {when}</source>
        <translation>{customer}: {what} – von {who}, {when}</translation>
    </message>
    <message>
        <source>Became overdue</source>
        <translation>Überfällig geworden</translation>
    </message>
    <message>
        <source>{customer}: {what} — was due {when}</source>
        <translation>{customer}: {what} – war fällig {when}</translation>
    </message>
    <message>
        <source> — {who}</source>
        <translation> – {who}</translation>
    </message>
    <message>
        <source>{who} handed you {what} ({customer})</source>
        <translation>{who} hat Ihnen {what} übergeben ({customer})</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message numerus="yes">
        <source>%n things were handed to you; see Today.</source>
        <translation>
            <numerusform>%n Sache wurde Ihnen übergeben; siehe Heute.</numerusform>
            <numerusform>%n Sachen wurden Ihnen übergeben; siehe Heute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>A new template of this kind, starting as a copy</source>
        <translation>Eine neue Vorlage dieser Art, zunächst als Kopie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Use by de&amp;fault</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>Follow-up cards start with this template; you can pick another there</source>
        <translation>Nachfass-Karten beginnen mit dieser Vorlage; dort können Sie eine andere wählen</translation>
    </message>
    <message>
        <source>Restore built-in templates</source>
        <translation>Mitgelieferte Vorlagen wiederherstellen</translation>
    </message>
    <message>
        <source>Adds back any built-in template you deleted</source>
        <translation>Fügt jede gelöschte mitgelieferte Vorlage wieder hinzu</translation>
    </message>
    <message>
        <source>Messages for:</source>
        <translation>Nachrichten für:</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Platzhalter einfügen…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Only these placeholders exist, and they never contain internal notes: summaries, details, outcome notes and action notes stay inside the shop.</source>
        <translation>Nur diese Platzhalter gibt es, und sie enthalten nie interne Notizen: Zusammenfassungen, Details, Ergebnis- und Maßnahmennotizen bleiben im Geschäft.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>For &amp;customer:</source>
        <translation>Für &amp;Kunde:</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankeschön</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Versprechen gehalten (Rückmeldung)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Feedback-Anfrage</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Rückmeldung zum Feedback</translation>
    </message>
    <message>
        <source>(no customers yet: example values)</source>
        <translation>(noch keine Kunden: Beispielwerte)</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (Standard)</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Schreiben Sie die Nachricht.</translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation>Korrigieren Sie die Vorlage, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Die Änderungen an dieser Vorlage speichern?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>In Nachrichten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Versprochen von</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Dem Kunden mitteilen</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Übergeben von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pinned by</source>
        <translation>Angeheftet von</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Per E-Mail gesendet</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Zum Senden kopiert</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Übergeben…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Keep promises, and tell customers when it&apos;s done</source>
        <translation>Versprechen halten und Kunden Bescheid geben, wenn es erledigt ist</translation>
    </message>
    <message>
        <source>Say thank you while it still means something</source>
        <translation>Danke sagen, solange es noch etwas bedeutet</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Fragen, wie es gelaufen ist</translation>
    </message>
    <message>
        <source>Tell customers what their feedback changed</source>
        <translation>Kunden sagen, was ihr Feedback bewirkt hat</translation>
    </message>
    <message>
        <source>Customers you have not been in touch with for too long</source>
        <translation>Kunden, mit denen Sie zu lange keinen Kontakt hatten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>Show only the follow-ups you own</source>
        <translation>Nur die Nachfassaktionen zeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>Feedback erfassen…</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Es wird gesucht, was fällig ist…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming this week</source>
        <translation>
            <numerusform>%Ln diese Woche</numerusform>
            <numerusform>%Ln diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln fällig</numerusform>
            <numerusform>%Ln fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Ihnen übergeben</translation>
    </message>
    <message>
        <source>Colleagues handed these to you; they are yours now</source>
        <translation>Kollegen haben Ihnen diese übergeben; sie gehören jetzt Ihnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to cxlogger.&lt;/b&gt;&lt;br&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; to log your first customer interaction: who, how, and what happened. Thank-yous, promises and feedback requests will appear here when they are due.&lt;br&gt;&lt;br&gt;To look around with sample data first, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Willkommen bei cxlogger.&lt;/b&gt;&lt;br&gt;Drücken Sie &lt;b&gt;Strg+L&lt;/b&gt;, um Ihren ersten Kundenkontakt zu erfassen: wer, wie und was passiert ist. Dankesnachrichten, Versprechen und Feedback-Anfragen erscheinen hier, wenn sie fällig sind.&lt;br&gt;&lt;br&gt;Um sich zuerst mit Beispieldaten umzusehen, starten Sie &lt;code&gt;cxlogger demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Nothing is due right now. Everyone has been thanked, every promise is on track.</source>
        <translation>Gerade ist nichts fällig. Allen wurde gedankt, jedes Versprechen ist im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more; they appear here as you deal with the ones above.</source>
        <translation>
            <numerusform>… und %Ln weitere; sie erscheinen hier, während Sie die obigen erledigen.</numerusform>
            <numerusform>… und %Ln weitere; sie erscheinen hier, während Sie die obigen erledigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming this week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Nothing else is scheduled for the next seven days.</source>
        <translation>Für die nächsten sieben Tage ist sonst nichts geplant.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more this week.</source>
        <translation>
            <numerusform>… und %Ln weitere diese Woche.</numerusform>
            <numerusform>… und %Ln weitere diese Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>How did you tell the customer?</source>
        <translation>Wie haben Sie den Kunden informiert?</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>Erneut erinnern am:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Done — kept on this computer until the server is back</source>
        <translation>Erledigt — auf diesem Computer gespeichert, bis der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Erledigt – im Verlauf des Kunden vermerkt</translation>
    </message>
    <message>
        <source>Done — the next contact is scheduled</source>
        <translation>Erledigt – der nächste Kontakt ist geplant</translation>
    </message>
    <message>
        <source>Dismissed — it will not come back</source>
        <translation>Verworfen – es kommt nicht wieder</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Zeitpunkt wählen…</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Morgen früh, %1</translation>
    </message>
    <message>
        <source>Next working morning (%1), %2</source>
        <translation>Nächster Arbeitsmorgen (%1), %2</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Nächste Woche (%1)</translation>
    </message>
    <message>
        <source>It stays yours, with its reminders</source>
        <translation>Es bleibt bei Ihnen, mit seinen Erinnerungen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>cxlogger — %Ln follow-up(s) due</source>
        <translation>
            <numerusform>cxlogger – %Ln Nachfassaktion fällig</numerusform>
            <numerusform>cxlogger – %Ln Nachfassaktionen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln Nachfassaktion fällig</numerusform>
            <numerusform>%Ln Nachfassaktionen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Alle um 1 Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Open cxlogger</source>
        <translation>cxlogger öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Welcome to cxlogger</source>
        <translation>Willkommen bei cxlogger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Every interaction you log notes who logged it. Who is using cxlogger on this computer?</source>
        <translation>&lt;h3&gt;Willkommen!&lt;/h3&gt;Bei jedem Kontakt, den Sie erfassen, wird vermerkt, wer ihn erfasst hat. Wer nutzt cxlogger auf diesem Computer?</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Jemand Neues…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, with sample customers to try everything on. Your own data stays untouched until you click Start.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster, mit Beispielkunden zum Ausprobieren. Ihre eigenen Daten bleiben unberührt, bis Sie auf „Los geht’s“ klicken.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Try cxlogger on sample data first</source>
        <translation>cxlogger zuerst mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “cxlogger demo” to open it.</source>
        <translation>Die Demo konnte nicht gestartet werden. Führen Sie „cxlogger demo“ aus, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cxlogger cannot open its data</source>
        <translation>cxlogger kann seine Daten nicht öffnen</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>csv_actions</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write interactions, money, promises, feedback or customers to a CSV file for your accountant</source>
        <translation>Kontakte, Geld, Versprechen, Feedback oder Kunden für Ihre Buchhaltung in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file</source>
        <translation>Kunden aus einer CSV-Datei (Google Kontakte, Outlook, eine Tabelle) oder einer vCard-Datei hinzufügen</translation>
    </message>
</context>
<context>
    <name>error_handling</name>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation>Details wurden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.</source>
        <translation>Etwas ist schiefgelaufen, und die Aktion wurde nicht ausgeführt. Ihre gespeicherten Daten sind sicher.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
</context>
</TS>
