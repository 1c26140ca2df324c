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
        <source>Timeline</source>
        <translation>Verlauf</translation>
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
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation>Namen, Firma, E-Mail oder Telefon eingeben…</translation>
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
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation>Als erledigt markieren; es wird im Verlauf des Kunden vermerkt</translation>
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
        <source>Demo data: nothing here is real</source>
        <translation>Demodaten: nichts hier ist echt</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
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
        <source>Name:</source>
        <translation>Name:</translation>
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
        <source>To</source>
        <translation>An</translation>
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
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Erledigt – im Verlauf des Kunden vermerkt</translation>
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
        <source>Start</source>
        <translation>Los geht’s</translation>
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
