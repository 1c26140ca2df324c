<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action taken</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>e.g. asked the team to open on Saturdays</source>
        <translation>f.eks. bedt teamet om å holde åpent på lørdager</translation>
    </message>
    <message>
        <source>e.g. From next week we are open on Saturdays, 9 to 13.</source>
        <translation>f.eks. Fra neste uke har vi åpent på lørdager, 9 til 13.</translation>
    </message>
    <message>
        <source>What did you &amp;do? (for colleagues)</source>
        <translation>Hva &amp;gjorde du? (for kolleger)</translation>
    </message>
    <message>
        <source>What to &amp;tell the customer (optional)</source>
        <translation>Hva kunden skal &amp;få vite (valgfritt)</translation>
    </message>
    <message>
        <source>Only the second text can appear in the report-back to the customer; you can still change that message before it is sent.</source>
        <translation>Bare den andre teksten kan stå i svaret til kunden; du kan fortsatt endre meldingen før den sendes.</translation>
    </message>
    <message>
        <source>Say what was done about the feedback.</source>
        <translation>Skriv hva som ble gjort med tilbakemeldingen.</translation>
    </message>
</context>
<context>
    <name>BusinessBox</name>
    <message>
        <source>Your business</source>
        <translation>Bedriften din</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>f.eks. Hjørnebakeriet</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Bedriftens navn</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Åpner</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Stenger</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Bedriftens navn</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Åpnings&amp;tider</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Som datamaskinen er satt opp (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Et nytt språk tas i bruk neste gang cxlogger starter.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Du kan endre alt dette senere i Innstillinger.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>denne kunden</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>denne henvendelsen</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>dette løftet</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>denne tilbakemeldingen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Changed while you were editing</source>
        <translation>Endret mens du redigerte</translation>
    </message>
    <message>
        <source>{who} changed this {noun} on {when} while you were editing it.</source>
        <translation>{who} endret {noun} {when} mens du redigerte.</translation>
    </message>
    <message>
        <source>Someone changed this {noun} while you were editing it.</source>
        <translation>Noen endret {noun} mens du redigerte.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet, and nothing of theirs or yours is lost. For each field below, choose which value to keep, then save.</source>
        <translation>Ingenting er lagret ennå, og ingenting av ditt eller deres går tapt. Velg for hvert felt nedenfor hvilken verdi som skal beholdes, og lagre så.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deres (lagret nå)</translation>
    </message>
    <message>
        <source>Keep what you typed</source>
        <translation>Behold det du skrev</translation>
    </message>
    <message>
        <source>Your dialog showed this; you did not change it</source>
        <translation>Dialogen din viste dette; du endret det ikke</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: din</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: deres</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>din endring</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>changed by {who}, {when}</source>
        <translation>endret av {who}, {when}</translation>
    </message>
    <message>
        <source>changed by {who}</source>
        <translation>endret av {who}</translation>
    </message>
    <message>
        <source>&amp;Save chosen values</source>
        <translation>&amp;Lagre valgte verdier</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Tilbake til redigering</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared server</source>
        <translation>Koble til en delt server</translation>
    </message>
    <message>
        <source>Several desks can share one PostgreSQL database on a server in the office (a mini-PC or a NAS) or a hosted one. Ask whoever set it up for these details.</source>
        <translation>Flere arbeidsplasser kan dele én PostgreSQL-database på en server på kontoret (en mini-PC eller en NAS) eller hos en leverandør. Spør den som satte den opp om disse opplysningene.</translation>
    </message>
    <message>
        <source>e.g. nas.local or 192.168.1.20</source>
        <translation>f.eks. nas.local eller 192.168.1.20</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation>lagres i passordlageret på denne datamaskinen</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Kryptert, serversertifikat kontrollert (anbefalt)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Kryptert, sertifikat ikke kontrollert</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>Ikke kryptert (bare i et nettverk du stoler på)</translation>
    </message>
    <message>
        <source>How the connection is protected (PostgreSQL&apos;s sslmode): verify-full, require or disable</source>
        <translation>Hvordan tilkoblingen er beskyttet (sslmode i PostgreSQL): verify-full, require eller disable</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>Be&amp;skyttelse:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agrees to be contacted</source>
        <translation>vil gjerne bli kontaktet</translation>
    </message>
    <message>
        <source>does not want to be contacted — no thank-yous, feedback requests or report-backs are suggested; promises to them still remind you</source>
        <translation>vil ikke bli kontaktet – ingen takkemeldinger, forespørsler om tilbakemelding eller svar foreslås; løfter til kunden blir du fortsatt påminnet om</translation>
    </message>
    <message>
        <source>not asked yet — thank-yous only; ask before requesting feedback</source>
        <translation>ikke spurt ennå – bare takkemeldinger; spør før du ber om tilbakemelding</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Handed over</source>
        <translation>Gitt videre</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Brukerstøtte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditt</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Takk</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Gi beskjed</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Gi svar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ikke lenger nødvendig</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Ikke spurt ennå</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Oppfølging gjort</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Be om tilbakemelding</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personlig</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Fornøydhet (1–5)</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>Sannsynlighet for å anbefale (0–10)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Money (sales, refunds, credits, goodwill)</source>
        <translation>Penger (salg, refusjoner, kreditter, goodwill)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Løfter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>når den skjedde</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>forfallsdato</translation>
    </message>
    <message>
        <source>when it was received</source>
        <translation>når den kom inn</translation>
    </message>
    <message>
        <source>when the customer was added</source>
        <translation>når kunden ble lagt til</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Foretrukket kanal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Samtykke til kontakt</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Takkemelding</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Løfte holdt (gi beskjed)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Forespørsel om tilbakemelding</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Svar på tilbakemelding</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Melding sendt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stemning</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Amount is a</source>
        <translation>Beløpet er</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>I meldinger</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Kl.</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notat om utfallet</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Si til kunden</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Due at a time</source>
        <translation>Frist på et klokkeslett</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Rediger kunde</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Legg til kunde</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Ingen preferanse</translation>
    </message>
    <message>
        <source>comma-separated, e.g. regular, vip</source>
        <translation>kommadelt, f.eks. fast kunde, vip</translation>
    </message>
    <message>
        <source>Not asked yet (thank-yous only)</source>
        <translation>Ikke spurt ennå (bare takkemeldinger)</translation>
    </message>
    <message>
        <source>Yes (thank-yous and feedback requests)</source>
        <translation>Ja (takkemeldinger og forespørsler om tilbakemelding)</translation>
    </message>
    <message>
        <source>No (no messages at all)</source>
        <translation>Nei (ingen meldinger i det hele tatt)</translation>
    </message>
    <message>
        <source>Whether they agreed to hear from you. “No” stops every thank-you, feedback request and report-back; promises to them still remind you.</source>
        <translation>Om kunden har sagt ja til å høre fra dere. «Nei» stopper alle takkemeldinger, forespørsler om tilbakemelding og svar; løfter til kunden blir du fortsatt påminnet om.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>P&amp;referred channel</source>
        <translation>Foretrukket &amp;kanal</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Stikkord</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation>&amp;Vil gjerne bli kontaktet</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Kan ikke åpnes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Åpne {name}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Choose a customer</source>
        <translation>Velg en kunde</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrer henvendelse…</translation>
    </message>
    <message>
        <source>Add promise…</source>
        <translation>Legg til løfte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Slå sammen et duplikat…</translation>
    </message>
    <message>
        <source>Merge a duplicate of this customer into it</source>
        <translation>Slå et duplikat av denne kunden sammen med den</translation>
    </message>
    <message>
        <source>Pin a heads-up…</source>
        <translation>Fest et varsel…</translation>
    </message>
    <message>
        <source>Pin a note everyone who deals with this customer will see</source>
        <translation>Fest en merknad som alle som har med denne kunden å gjøre, vil se</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <source>How often to get in touch with this customer</source>
        <translation>Hvor ofte du skal ta kontakt med denne kunden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Every … days…</source>
        <translation>Hver … dag…</translation>
    </message>
    <message>
        <source>Use the cadence of their tags</source>
        <translation>Bruk intervallet fra stikkordene deres</translation>
    </message>
    <message>
        <source>Track again</source>
        <translation>Følg opp igjen</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Slutt å følge opp</translation>
    </message>
    <message>
        <source>Get in touch with them at least every (days):</source>
        <translation>Ta kontakt med dem minst hver (dager):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their details and history.</source>
        <translation>Velg en kunde til venstre for å se opplysninger og historikk.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkivert)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Hent fra arkivet</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Foretrekker:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Stikkord:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Siste kontakt:</translation>
    </message>
    <message>
        <source>not tracked (stopped)</source>
        <translation>ikke fulgt opp (stoppet)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>ikke fulgt opp</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>hver %n. dag</numerusform>
            <numerusform>hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <source>(their own)</source>
        <translation>(eget intervall)</translation>
    </message>
    <message>
        <source>(from their tags)</source>
        <translation>(fra stikkordene deres)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>forfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n dag over tiden</numerusform>
            <numerusform>%n dager over tiden</numerusform>
        </translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>senest %1</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Hold kontakten:</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation>Skriv et navn, firma, e-post eller telefon…</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Heads-up (%1) on this customer</source>
        <translation>Varsel (%1) på denne kunden</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, company, email, phone or tag…</source>
        <translation>Søk på navn, firma, e-post, telefon eller stikkord…</translation>
    </message>
    <message>
        <source>Three or more characters find them anywhere in the name, company, email, phone or tags; one or two characters find names that begin with them.</source>
        <translation>Tre eller flere tegn finner dem hvor som helst i navn, firma, e-post, telefon eller stikkord; ett eller to tegn finner navn som begynner med dem.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Legg til kunde…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;Merge these two customers…</source>
        <translation>&amp;Slå sammen disse to kundene…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Slå sammen med…</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>cxlogger&apos;s database is missing changes</source>
        <translation>Det mangler endringer i databasen til cxlogger</translation>
    </message>
    <message>
        <source>cxlogger&apos;s database is damaged</source>
        <translation>Databasen til cxlogger er skadet</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Fortsett uten dem</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sikkerhetskopierer</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sikkerhetskopierer databasen…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenoppretter</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
    <message>
        <source>
The damaged database was moved, as it was, to {0}.</source>
        <translation>
Den skadde databasen ble flyttet uendret til {0}.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <source>Exporting the customer&apos;s data…</source>
        <translation>Eksporterer kundens data…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Slett kunde</translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation>Leser hva som ville blitt slettet…</translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Who&apos;s at the desk: switch to a colleague ({keys})</source>
        <translation>Hvem sitter ved pulten: bytt til en kollega ({keys})</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Bytt &amp;bruker…</translation>
    </message>
    <message>
        <source>  ·  Demo data: nothing here is real</source>
        <translation>  ·  Demodata: ingenting her er ekte</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>Ved pulten: {name}</translation>
    </message>
    <message>
        <source>Who&apos;s at the desk?</source>
        <translation>Hvem sitter ved pulten?</translation>
    </message>
    <message>
        <source>{name} (owner, PIN)</source>
        <translation>{name} (eier, PIN)</translation>
    </message>
    <message>
        <source>{name} (owner; no PIN: anyone can act as owner)</source>
        <translation>{name} (eier; ingen PIN: hvem som helst kan opptre som eier)</translation>
    </message>
    <message>
        <source>{name} (owner)</source>
        <translation>{name} (eier)</translation>
    </message>
    <message>
        <source>{name} (PIN)</source>
        <translation>{name} (PIN)</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN for {name}</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, skriv inn den firesifrede PIN-koden din:</translation>
    </message>
    <message>
        <source>{name} is at the desk now</source>
        <translation>{name} sitter ved pulten nå</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Since you last looked</source>
        <translation>Siden du sist så etter</translation>
    </message>
    <message>
        <source>Since you last looked ({when}):</source>
        <translation>Siden du sist så etter ({when}):</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Skjønner</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>due {when}</source>
        <translation>frist {when}</translation>
    </message>
    <message>
        <source>overdue since {when}</source>
        <translation>forfalt siden {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>i dag {time}</translation>
    </message>
    <message>
        <source>today, end of day</source>
        <translation>i dag, innen stengetid</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>i morgen {time}</translation>
    </message>
    <message>
        <source>tomorrow, end of day</source>
        <translation>i morgen, innen stengetid</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>i går {time}</translation>
    </message>
    <message>
        <source>yesterday, end of day</source>
        <translation>i går, innen stengetid</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}, end of day</source>
        <translation>{day}, innen stengetid</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>snoozed until {when}</source>
        <translation>utsatt til {when}</translation>
    </message>
    <message>
        <source>{due} · snoozed until {when}</source>
        <translation>{due} · utsatt til {when}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may exist already</source>
        <translation>Denne kunden finnes kanskje allerede</translation>
    </message>
    <message>
        <source>“{}” looks like a customer you already have.</source>
        <translation>«{}» ligner på en kunde du allerede har.</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>Legg til som ny kunde</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Eksporter til CSV</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (12,50)</source>
        <translation>Beløp med desimalkomma (12,50)</translation>
    </message>
    <message>
        <source>Excel-compatible UTF-8 (with BOM)</source>
        <translation>Excel-kompatibel UTF-8 (med BOM)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Datoer</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Ansatte</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Skille&amp;tegn</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dates are local calendar days, by %1.</source>
        <translation>Datoene er lokale kalenderdager, etter %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksporterer til %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 av %Ln rad</numerusform>
            <numerusform>%1 av %Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Skrev %Ln rad til %1.</numerusform>
            <numerusform>Skrev %Ln rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Registrer tilbakemelding</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Hva kunden sa</translation>
    </message>
    <message>
        <source>What you did or will do about it (a report-back reminder follows)</source>
        <translation>Hva du gjorde eller skal gjøre med det (en påminnelse om å gi svar følger)</translation>
    </message>
    <message>
        <source>Optional: what the report-back may tell the customer</source>
        <translation>Valgfritt: hva svaret kan si til kunden</translation>
    </message>
    <message>
        <source>The action taken above is internal and never appears in a message.</source>
        <translation>Tiltaket over er internt og står aldri i en melding.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Gjelder:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>Tiltak:</translation>
    </message>
    <message>
        <source>Tell the customer:</source>
        <translation>Si til kunden:</translation>
    </message>
    <message>
        <source>A low rating creates a close-the-loop reminder for the customer&apos;s owner.</source>
        <translation>En lav vurdering gir den ansvarlige for kunden en påminnelse om å gi beskjed.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>— not about one interaction —</source>
        <translation>— gjelder ikke én bestemt henvendelse —</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Åpne denne kunden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>A hold on this customer pauses messages to them: %1</source>
        <translation>Et stopp på denne kunden setter meldinger til dem på pause: %1</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-post…</translation>
    </message>
    <message>
        <source>Open your email program with a message to %1</source>
        <translation>Åpne e-postprogrammet med en melding til %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopier tekst</translation>
    </message>
    <message>
        <source>Copy the message, to paste into a text or chat</source>
        <translation>Kopier meldingen for å lime den inn i en SMS eller chat</translation>
    </message>
    <message>
        <source>Promise kept…</source>
        <translation>Løfte holdt…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Merk som løst</translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation>Tiltak: {action}</translation>
    </message>
    <message>
        <source>Recorded with the feedback; a report-back reminder follows</source>
        <translation>Registrert med tilbakemeldingen; en påminnelse om å gi svar følger</translation>
    </message>
    <message>
        <source>Action taken…</source>
        <translation>Tiltak…</translation>
    </message>
    <message>
        <source>Record what you did about it; a report-back reminder follows</source>
        <translation>Registrer hva du gjorde med det; en påminnelse om å gi svar følger</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Gi videre…</translation>
    </message>
    <message>
        <source>Give it to a colleague, with a note for them</source>
        <translation>Gi den til en kollega, med en merknad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation>Merk som ferdig; det føres i kundens historikk</translation>
    </message>
    <message>
        <source>Done &amp;&amp; next…</source>
        <translation>Ferdig &amp;&amp; neste…</translation>
    </message>
    <message>
        <source>Mark as done and schedule the next contact (in days, weeks or months)</source>
        <translation>Merk som ferdig og planlegg neste kontakt (om noen dager, uker eller måneder)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Not needed: hide it for good</source>
        <translation>Ikke nødvendig: skjul den for godt</translation>
    </message>
    <message>
        <source>Sent — mark done</source>
        <translation>Sendt – merk som ferdig</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Say thank you for the purchase: </source>
        <translation>Takk for kjøpet: </translation>
    </message>
    <message>
        <source>Say thank you for the referral: </source>
        <translation>Takk for anbefalingen: </translation>
    </message>
    <message>
        <source>Say thank you for their first visit: </source>
        <translation>Takk for første besøk: </translation>
    </message>
    <message>
        <source>Say thank you for their patience (complaint resolved): </source>
        <translation>Takk for tålmodigheten (klage løst): </translation>
    </message>
    <message>
        <source>Ask for feedback on: </source>
        <translation>Be om tilbakemelding på: </translation>
    </message>
    <message>
        <source>Keep the promise: </source>
        <translation>Hold løftet: </translation>
    </message>
    <message>
        <source>Tell them the promise was kept: </source>
        <translation>Si fra at løftet er holdt: </translation>
    </message>
    <message>
        <source>Report back on their feedback: </source>
        <translation>Gi svar på tilbakemeldingen: </translation>
    </message>
    <message>
        <source>Keep in touch: </source>
        <translation>Hold kontakten: </translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Gi videre</translation>
    </message>
    <message>
        <source>Hand over &lt;b&gt;{what}&lt;/b&gt; to a colleague.</source>
        <translation>Gi &lt;b&gt;{what}&lt;/b&gt; videre til en kollega.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Gi videre til</translation>
    </message>
    <message>
        <source>What they need to know: where things stand, whom to call…</source>
        <translation>Det de trenger å vite: hvordan saken står, hvem de skal ringe…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>There is nobody to hand it to: add colleagues in Edit → Staff.</source>
        <translation>Det finnes ingen å gi den til: legg til kolleger under Rediger → Ansatte.</translation>
    </message>
</context>
<context>
    <name>HandOverAllDialog</name>
    <message>
        <source>Hand over {name}&apos;s work</source>
        <translation>Gi videre arbeidet til {name}</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their records keep their name. These are still open:</source>
        <translation>{name} er ikke lenger aktiv. Oppføringene beholder navnet. Disse er fortsatt åpne:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>{name} left; over to you.</source>
        <translation>{name} har sluttet; nå er det ditt.</translation>
    </message>
    <message>
        <source>Hand &amp;all to</source>
        <translation>Gi &amp;alt til</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Gi videre</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>HandedRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Åpne denne kunden</translation>
    </message>
    <message>
        <source>Handed to you by {who}, {when}</source>
        <translation>Gitt til deg av {who}, {when}</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(ingen merknad)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Skjønner</translation>
    </message>
    <message>
        <source>Take it in: it leaves this list and stays yours, with its reminders</source>
        <translation>Ta den over: den forsvinner fra denne listen og forblir din, med påminnelsene sine</translation>
    </message>
</context>
<context>
    <name>HeadsUp</name>
    <message>
        <source>Hold</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Paused: hold until it is resolved</source>
        <translation>Satt på pause: stopp til det er løst</translation>
    </message>
    <message>
        <source>Paused: hold until %1</source>
        <translation>Satt på pause: stopp til %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>It no longer applies: resolve it (it stays on the timeline)</source>
        <translation>Det gjelder ikke lenger: merk som løst (det blir stående i historikken)</translation>
    </message>
    <message>
        <source>Thank-yous, feedback asks and report-backs to them are paused; promises still remind.</source>
        <translation>Takkemeldinger, forespørsler om tilbakemelding og svar til dem er satt på pause; løfter minner deg fortsatt.</translation>
    </message>
    <message>
        <source>Heads-ups: %1</source>
        <translation>Varsler: %1</translation>
    </message>
    <message>
        <source>Pinned by %1 on %2</source>
        <translation>Festet av %1 %2</translation>
    </message>
    <message>
        <source>Applies until the end of %1</source>
        <translation>Gjelder til slutten av %1</translation>
    </message>
    <message>
        <source>From interaction INT-%1</source>
        <translation>Fra henvendelse INT-%1</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>ti&amp;l</translation>
    </message>
    <message>
        <source>The last day it applies; without it, until someone resolves it</source>
        <translation>Den siste dagen det gjelder; uten dato gjelder det til noen løser det</translation>
    </message>
    <message>
        <source>Last day it applies</source>
        <translation>Siste dag det gjelder</translation>
    </message>
    <message>
        <source>A hold also pauses thank-yous, feedback asks and report-backs to them</source>
        <translation>Et stopp setter også takkemeldinger, forespørsler om tilbakemelding og svar til dem på pause</translation>
    </message>
    <message>
        <source>Pin a heads-up</source>
        <translation>Fest et varsel</translation>
    </message>
    <message>
        <source>e.g. Mixer returned 11 Dec, stop rental invoices</source>
        <translation>f.eks. Mikser levert tilbake 11. des., stopp leiefakturaene</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Heads-up</source>
        <translation>&amp;Varsel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fest</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ikke løst</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>The search index was damaged and has been rebuilt from the interactions.</source>
        <translation>Søkeindeksen var skadet og er bygd opp på nytt fra henvendelsene.</translation>
    </message>
    <message>
        <source>The daily check found damage in cxlogger&apos;s database ({0}). To keep it from spreading, nothing more may be written to it.</source>
        <translation>Den daglige kontrollen fant skade i databasen til cxlogger ({0}). For at skaden ikke skal spre seg, kan ingenting mer skrives til den.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {0} ({1} customers, {2} interactions)? The damaged file is kept aside. What was entered after that time is not in it.</source>
        <translation>Gjenopprette den nyeste feilfrie sikkerhetskopien, fra {0} ({1} kunder, {2} henvendelser)? Den skadde filen legges til side. Det som ble registrert etter dette tidspunktet, er ikke med.</translation>
    </message>
    <message>
        <source>There is no good backup to restore: cxlogger quits. Keep the data folder, and ask someone who knows SQLite to rescue it.</source>
        <translation>Det finnes ingen feilfri sikkerhetskopi å gjenopprette: cxlogger avsluttes. Ta vare på datamappen, og be noen som kan SQLite, om å redde den.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <source>Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file (.vcf).</source>
        <translation>Velg en CSV-fil (Google Kontakter, Outlook, et regneark) eller en vCard-fil (.vcf).</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Finn automatisk</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Tegnkoding</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Skille&amp;tegn</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields</source>
        <translation>Slik blir kolonnene i filen til kundefelt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første verdi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Rows that need a look</source>
        <translation>Rader du bør se på</translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation>Hopp over duplikater</translation>
    </message>
    <message>
        <source>Merge duplicates (fill in empty fields, add tags and notes)</source>
        <translation>Slå sammen duplikater (fyll tomme felt, legg til stikkord og notater)</translation>
    </message>
    <message>
        <source>Skip invalid rows and import the rest</source>
        <translation>Hopp over ugyldige rader og importer resten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields:</source>
        <translation>Slik blir kolonnene i filen til kundefelt:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>CSV, separator %1</source>
        <translation>CSV, skilletegn %1</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>tegnkoding %1 (funnet automatisk)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen by you)</source>
        <translation>tegnkoding %1 (valgt av deg)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) will be added.</source>
        <translation>
            <numerusform>%Ln ny kunde blir lagt til.</numerusform>
            <numerusform>%Ln nye kunder blir lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be merged.</source>
        <translation>
            <numerusform>%Ln duplikat blir slått sammen.</numerusform>
            <numerusform>%Ln duplikater blir slått sammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln duplikat blir hoppet over.</numerusform>
            <numerusform>%Ln duplikater blir hoppet over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.</source>
        <translation>
            <numerusform>%Ln ugyldig rad – rett den i filen, endre tilordningen eller hopp over den.</numerusform>
            <numerusform>%Ln ugyldige rader – rett dem i filen, endre tilordningen eller hopp over dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s).</source>
        <translation>
            <numerusform>%Ln ugyldig rad.</numerusform>
            <numerusform>%Ln ugyldige rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ugyldig: %1</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplikat: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… og %Ln til</numerusform>
            <numerusform>… og %Ln til</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importen ble avbrutt; ingenting ble importert.</translation>
    </message>
</context>
<context>
    <name>InteractionLogModel</name>
    <message>
        <source>Click to sort by this column; equal values are newest first.</source>
        <translation>Klikk for å sortere etter denne kolonnen; ved like verdier kommer de nyeste først.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: on a large log that would read every row. Use the search and the filters instead.</source>
        <translation>Denne kolonnen kan ikke sorteres: i en stor logg måtte hver rad leses. Bruk søket og filtrene i stedet.</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Search texts and customer names…</source>
        <translation>Søk i tekster og kundenavn…</translation>
    </message>
    <message>
        <source>Three or more characters find summaries, details and customer names that contain them; one or two characters find customers whose name begins with them.</source>
        <translation>Tre eller flere tegn finner sammendrag, detaljer og kundenavn som inneholder dem; ett eller to tegn finner kunder med navn som begynner med dem.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <source>Working offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Frakoblet siden %1 — %n endring venter</numerusform>
            <numerusform>Frakoblet siden %1 — %n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>(started without the shared server: new records are kept on this computer and sent when it is back)</source>
        <translation>(startet uten den delte serveren: nye oppføringer lagres på denne datamaskinen og sendes når den er tilbake)</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sender %n endring…</numerusform>
            <numerusform>Sender %n endringer…</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle endringer er sendt</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Optional: what a message to them may call it, e.g. “your new road bike”</source>
        <translation>Valgfritt: hva en melding til kunden kan kalle det, f.eks. «den nye landeveissykkelen din»</translation>
    </message>
    <message>
        <source>Thank-yous and feedback requests use these words. The summary and details are for colleagues only and never appear in a message.</source>
        <translation>Takkemeldinger og forespørsler om tilbakemelding bruker disse ordene. Sammendrag og detaljer er bare for kolleger og står aldri i en melding.</translation>
    </message>
    <message>
        <source>In &amp;messages</source>
        <translation>I &amp;meldinger</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Registrer henvendelse</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-post (valgfritt)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (valgfritt)</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Hva som skjedde, på én linje</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Detaljer (valgfritt)</translation>
    </message>
    <message>
        <source>The problem was &amp;resolved</source>
        <translation>Problemet ble &amp;løst</translation>
    </message>
    <message>
        <source>Amount (optional), e.g. 49.90</source>
        <translation>Beløp (valgfritt), f.eks. 49,90</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>They agree to thank-yous and feedback requests</source>
        <translation>Sier ja til takkemeldinger og forespørsler om tilbakemelding</translation>
    </message>
    <message>
        <source>They do not want any message from us</source>
        <translation>Vil ikke ha meldinger fra oss</translation>
    </message>
    <message>
        <source>Agrees to be contacted?</source>
        <translation>Vil bli kontaktet?</translation>
    </message>
    <message>
        <source>&amp;Pin as heads-up</source>
        <translation>&amp;Fest som varsel</translation>
    </message>
    <message>
        <source>Pin the summary on the customer: everyone who opens them, logs something for them or gets a reminder about them sees it</source>
        <translation>Fest sammendraget på kunden: alle som åpner dem, registrerer noe for dem eller får en påminnelse om dem, ser det</translation>
    </message>
    <message>
        <source>I promised to…</source>
        <translation>Jeg lovet å…</translation>
    </message>
    <message>
        <source>e.g. call back with the delivery date</source>
        <translation>f.eks. ringe tilbake med leveringsdatoen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Når</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammendrag</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>S&amp;temning</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Lagre (Enter)</translation>
    </message>
    <message>
        <source>Cannot log now</source>
        <translation>Kan ikke registrere nå</translation>
    </message>
    <message>
        <source> · agrees to be contacted</source>
        <translation> · vil gjerne bli kontaktet</translation>
    </message>
    <message>
        <source> · does not want to be contacted</source>
        <translation> · vil ikke bli kontaktet</translation>
    </message>
    <message>
        <source>New customer “%1” will be added</source>
        <translation>Ny kunde «%1» blir lagt til</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Log it for {name}</source>
        <translation>Registrer for {name}</translation>
    </message>
</context>
<context>
    <name>LosingTouch</name>
    <message>
        <source>Message copied</source>
        <translation>Melding kopiert</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-post sendt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Past cadence</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>Hvordan, av hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>LosingTouchModel</name>
    <message>
        <source>Due today</source>
        <translation>Forfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n dag over tiden</numerusform>
            <numerusform>%n dager over tiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Hver %n. dag</numerusform>
            <numerusform>Hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Ingen kontakt ennå</translation>
    </message>
</context>
<context>
    <name>LosingTouchView</name>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registrer…</translation>
    </message>
    <message>
        <source>Log a contact with this customer (it resets the clock)</source>
        <translation>Registrer en kontakt med denne kunden (det nullstiller klokken)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <source>Take them off this list until later</source>
        <translation>Ta dem av denne listen til senere</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Slutt å følge opp</translation>
    </message>
    <message>
        <source>Never remind about keeping in touch with this customer</source>
        <translation>Aldri minn om å holde kontakten med denne kunden</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åpne kunde</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Mister kontakten</translation>
    </message>
    <message>
        <source>Customers with no contact for longer than their cadence, longest first. Cadences are set in Settings → Keep in touch, or on the customer.</source>
        <translation>Kunder uten kontakt lenger enn intervallet sitt, de eldste først. Intervaller settes i Innstillinger → Hold kontakten, eller på kunden.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their cadence.</source>
        <translation>Alle har hørt fra deg innenfor intervallet sitt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) past their cadence</source>
        <translation>
            <numerusform>%Ln kunde over intervallet sitt</numerusform>
            <numerusform>%Ln kunder over intervallet sitt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Snoozed: %1 is off the list until then</source>
        <translation>Utsatt: %1 er borte fra listen til da</translation>
    </message>
    <message>
        <source>Stop reminding anyone to keep in touch with %1? You can track them again from their record.</source>
        <translation>Slutte å minne noen om å holde kontakten med %1? Du kan følge dem opp igjen fra oppføringen deres.</translation>
    </message>
    <message>
        <source>No longer tracking %1</source>
        <translation>Følger ikke lenger opp %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Opening your customer records…</source>
        <translation>Åpner kunderegisteret ditt…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Løfter</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Mister kontakten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrer henvendelse…</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation>Registrer en henvendelse (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;customer…</source>
        <translation>Legg til &amp;kunde…</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Ansatte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;About cxlogger</source>
        <translation>&amp;Om cxlogger</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Finn kunde</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo it (Ctrl+Z)</source>
        <translation>Angre det (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Angre: {}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Ingenting å angre</translation>
    </message>
    <message>
        <source>Undone: {}</source>
        <translation>Angret: {}</translation>
    </message>
    <message>
        <source>Can&apos;t undo</source>
        <translation>Kan ikke angre</translation>
    </message>
    <message>
        <source>Kept on this computer until the server is back: %1</source>
        <translation>Lagret på denne datamaskinen til serveren er tilbake: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Registrert: %1</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Kunden er arkivert</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Kunden er hentet fra arkivet</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>About cxlogger</source>
        <translation>Om cxlogger</translation>
    </message>
    <message>
        <source>Log every customer interaction in seconds, keep every promise, and follow up at the right moment.</source>
        <translation>Registrer hver kundehenvendelse på sekunder, hold hvert løfte, og følg opp i rett øyeblikk.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Dataene dine: %1</translation>
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
            <numerusform>%Ln henvendelse</numerusform>
            <numerusform>%Ln henvendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s)</source>
        <translation>
            <numerusform>%Ln løfte</numerusform>
            <numerusform>%Ln løfter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln tilbakemelding</numerusform>
            <numerusform>%Ln tilbakemeldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln oppfølging</numerusform>
            <numerusform>%Ln oppfølginger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln heads-up(s)</source>
        <translation>
            <numerusform>%Ln varsel</numerusform>
            <numerusform>%Ln varsler</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>ingenting annet</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Slå sammen kunder</translation>
    </message>
    <message>
        <source>Type the name of the customer to merge with…</source>
        <translation>Skriv navnet på kunden det skal slås sammen med…</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Slå sammen med</translation>
    </message>
    <message>
        <source>&amp;Keep the other one instead</source>
        <translation>&amp;Behold den andre i stedet</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>vil gjerne bli kontaktet</translation>
    </message>
    <message>
        <source>does not want to be contacted</source>
        <translation>vil ikke bli kontaktet</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurt</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Velg kunden som er samme person.</translation>
    </message>
    <message>
        <source>{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves to the customer kept, and {drop_ref} is removed. Choose which values to keep where they differ. Edit → Undo reverses the merge.</source>
        <translation>{drop} ({drop_ref}) slås sammen med {keep} ({keep_ref}): alt flyttes til kunden som beholdes, og {drop_ref} fjernes. Velg hvilke verdier som skal beholdes der de er ulike. Rediger → Angre gjør sammenslåingen om igjen.</translation>
    </message>
    <message>
        <source>Kept: {}</source>
        <translation>Beholdes: {}</translation>
    </message>
    <message>
        <source>Merged in: {}</source>
        <translation>Slås inn: {}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>(combined)</source>
        <translation>(kombinert)</translation>
    </message>
    <message>
        <source>(a “no” is kept)</source>
        <translation>(et «nei» beholdes)</translation>
    </message>
    <message>
        <source>(the answer given is kept)</source>
        <translation>(svaret som er gitt, beholdes)</translation>
    </message>
    <message>
        <source>Moves to the customer kept: {}.</source>
        <translation>Flyttes til kunden som beholdes: {}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Ikke slått sammen</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source> (default)</source>
        <translation> (standard)</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Den oppfølgingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Message not ready</source>
        <translation>Meldingen er ikke klar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>Ingen e-postprogram</translation>
    </message>
    <message>
        <source>No email program opened the message, so its text is now copied. Paste it into a new email to %1 (or wherever you reach the customer), send it, then click “Sent — mark done”.</source>
        <translation>Ingen e-postprogram åpnet meldingen, så teksten er nå kopiert. Lim den inn i en ny e-post til %1 (eller der du når kunden), send den, og klikk så «Sendt – merk som ferdig».</translation>
    </message>
    <message>
        <source>Your email program should open with the message; send it, then click “Sent — mark done”.</source>
        <translation>E-postprogrammet ditt skal åpnes med meldingen; send den, og klikk så «Sendt – merk som ferdig».</translation>
    </message>
    <message>
        <source>Message copied. Paste it where you reach the customer, then click “Sent — mark done”.</source>
        <translation>Meldingen er kopiert. Lim den inn der du når kunden, og klikk så «Sendt – merk som ferdig».</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Sendt på e-post</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Kopiert for å sendes</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Melding sendt</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>sendt av %1</translation>
    </message>
</context>
<context>
    <name>MessagePreviewDialog</name>
    <message>
        <source>Email to the customer</source>
        <translation>E-post til kunden</translation>
    </message>
    <message>
        <source>Message to copy</source>
        <translation>Melding å kopiere</translation>
    </message>
    <message>
        <source>Templates for this kind of message; edit them under Edit → Message templates…</source>
        <translation>Maler for denne typen melding; rediger dem under Rediger → Meldingsmaler…</translation>
    </message>
    <message>
        <source>Template for %1:</source>
        <translation>Mal for %1:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Check the message and change anything you like. What you send is what is recorded on the customer&apos;s timeline.</source>
        <translation>Se over meldingen og endre det du vil. Det du sender, er det som føres i kundens historikk.</translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation>Åpne i e-postprogrammet</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopier tekst</translation>
    </message>
    <message>
        <source>You can change the message above before sending it.</source>
        <translation>Du kan endre meldingen over før du sender den.</translation>
    </message>
    <message>
        <source>The message is empty; write something or cancel.</source>
        <translation>Meldingen er tom; skriv noe eller avbryt.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Bringing reminders up to date…</source>
        <translation>Oppdaterer påminnelsene…</translation>
    </message>
    <message>
        <source>Bringing reminders up to date… %1%</source>
        <translation>Oppdaterer påminnelsene… %1 %</translation>
    </message>
    <message>
        <source>Reminders could not be checked. {message}</source>
        <translation>Påminnelsene kunne ikke sjekkes. {message}</translation>
    </message>
    <message>
        <source>Heads-up: %1</source>
        <translation>Varsel: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>og %Ln til</numerusform>
            <numerusform>og %Ln til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due</source>
        <translation>
            <numerusform>%Ln oppfølging har frist</numerusform>
            <numerusform>%Ln oppfølginger har frist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 overdue</source>
        <translation>%1 — %2 forfalt</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark promise kept</source>
        <translation>Merk løftet som holdt</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Merk løftet som brutt</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Avlys løftet</translation>
    </message>
    <message>
        <source>Mark promise</source>
        <translation>Merk løftet</translation>
    </message>
    <message>
        <source>Optional, e.g. Your refund is on its way to your account.</source>
        <translation>Valgfritt, f.eks. Refusjonen er på vei til kontoen din.</translation>
    </message>
    <message>
        <source>Amount, if money moved (e.g. 49.90)</source>
        <translation>Beløp, hvis penger ble flyttet (f.eks. 49,90)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>What the amount was</source>
        <translation>Hva beløpet var</translation>
    </message>
    <message>
        <source>&amp;Money (a refund paid, goodwill given), if any:</source>
        <translation>&amp;Penger (en utbetalt refusjon, goodwill), om noen:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Hva skjedde?</translation>
    </message>
    <message>
        <source>What may the customer be told? (The note above stays internal.)</source>
        <translation>Hva kan kunden få vite? (Notatet over er internt.)</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>New promise</source>
        <translation>Nytt løfte</translation>
    </message>
    <message>
        <source>e.g. send the corrected invoice</source>
        <translation>f.eks. sende den rettede fakturaen</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>Keeping it creates the next one; only the next one exists at any time</source>
        <translation>Når det holdes, opprettes det neste; bare det neste finnes til enhver tid</translation>
    </message>
    <message>
        <source>I promised &amp;to</source>
        <translation>Jeg lovet &amp;å</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Gjentas</translation>
    </message>
    <message>
        <source>Cannot add a promise</source>
        <translation>Kan ikke legge til løfte</translation>
    </message>
    <message>
        <source>New promise to %1</source>
        <translation>Nytt løfte til %1</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Merk som &amp;holdt…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Merk som &amp;brutt…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel promise…</source>
        <translation>Av&amp;lys løftet…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åpne kunde</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Gi videre…</translation>
    </message>
    <message>
        <source>Give this promise to a colleague, with a note</source>
        <translation>Gi dette løftet til en kollega, med en merknad</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Bare mine</translation>
    </message>
    <message>
        <source>Show only the promises you own</source>
        <translation>Vis bare løftene du er ansvarlig for</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Løfter</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln vist</numerusform>
            <numerusform>%Ln vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln forfalt</numerusform>
            <numerusform>%Ln forfalt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>at a time</source>
        <translation>på et klokkeslett</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(angret)</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete it; Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>Slett den; Rediger → Angre (Ctrl+Z) henter den tilbake</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Kan ikke åpnes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Åpne &amp;kunde</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Meldingsmaler…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Registrer &amp;tilbakemelding…</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>I dag (%1)</translation>
    </message>
    <message>
        <source>Reminders are up to date</source>
        <translation>Påminnelsene er oppdatert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Utsett 1 time</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Ferdig – registrert i kundens historikk</translation>
    </message>
    <message>
        <source>Snoozed for 1 hour</source>
        <translation>Utsatt i 1 time</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Click a bar to see the records behind it.</source>
        <translation>Klikk på en søyle for å se oppføringene bak den.</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Laget %1</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Rapport for %1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 til %2, sammenlignet med %3 til %4</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>ansatte: %1</translation>
    </message>
    <message>
        <source>Rows not shown: %1 (the table&apos;s CSV has them all)</source>
        <translation>Rader som ikke vises: %1 (tabellens CSV har alle)</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Ingenting registrert i denne perioden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartalet</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Forrige kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Datoer…</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Løfter</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Gi beskjed</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Tilbakemeldinger fra kunder</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Penger</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Løfter gitt</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Holdt i tide</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Holdt for sent</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <source>Still open (not yet due)</source>
        <translation>Fortsatt åpne (ikke forfalt ennå)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Forfalt nå</translation>
    </message>
    <message>
        <source>Kept-on-time rate</source>
        <translation>Andel holdt i tide</translation>
    </message>
    <message>
        <source>Median days late</source>
        <translation>Forsinkelse, median (dager)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Promises due, by month and outcome</source>
        <translation>Løfter som forfaller, per måned og utfall</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Promises by month</source>
        <translation>Løfter per måned</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Promises due, per staff member</source>
        <translation>Løfter som forfaller, per ansatt</translation>
    </message>
    <message>
        <source>On-time rate %</source>
        <translation>Andel i tide %</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Løfter holdt</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunden fikk beskjed</translation>
    </message>
    <message>
        <source>Kept but customer not told</source>
        <translation>Holdt, men kunden fikk ikke beskjed</translation>
    </message>
    <message>
        <source>Told rate</source>
        <translation>Andel med beskjed</translation>
    </message>
    <message>
        <source>Median time from kept to told</source>
        <translation>Tid fra holdt til beskjed (median)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Fikk beskjed</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Fikk ikke beskjed</translation>
    </message>
    <message>
        <source>Promises kept, by month: customer told or not</source>
        <translation>Løfter holdt per måned: kunden fikk beskjed eller ikke</translation>
    </message>
    <message>
        <source>Closing the loop by month</source>
        <translation>Gi beskjed per måned</translation>
    </message>
    <message>
        <source>Unhandled complaints</source>
        <translation>Ubehandlede klager</translation>
    </message>
    <message>
        <source>Follow-ups due in the period; done early counts as no wait.</source>
        <translation>Oppfølginger som forfaller i perioden; gjort før tiden regnes som ingen ventetid.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ikke lenger nødvendig</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Venter fortsatt</translation>
    </message>
    <message>
        <source>Done, of those dealt with</source>
        <translation>Gjort, av de behandlede</translation>
    </message>
    <message>
        <source>Median time from due to done</source>
        <translation>Tid fra forfall til gjort (median)</translation>
    </message>
    <message>
        <source>Follow-ups by kind</source>
        <translation>Oppfølginger per type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Follow-ups due, by month and outcome</source>
        <translation>Oppfølginger som forfaller, per måned og utfall</translation>
    </message>
    <message>
        <source>CSAT average (1–5)</source>
        <translation>CSAT-snitt (1–5)</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>CSAT-vurderinger</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Ambassadører (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritikere (0–6)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Lave vurderinger</translation>
    </message>
    <message>
        <source>Low ratings with an action</source>
        <translation>Lave vurderinger med tiltak</translation>
    </message>
    <message>
        <source>…and a report-back (“you said, we did”)</source>
        <translation>…og et svar («dere sa, vi gjorde»)</translation>
    </message>
    <message>
        <source>CSAT average by month (1–5)</source>
        <translation>CSAT-snitt per måned (1–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS per måned</translation>
    </message>
    <message>
        <source>CSAT ratings, 1 to 5</source>
        <translation>CSAT-vurderinger, 1 til 5</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Feedback by month</source>
        <translation>Tilbakemeldinger per måned</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>CSAT-snitt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nye kunder</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>Customers losing touch</source>
        <translation>Kunder vi mister kontakten med</translation>
    </message>
    <message>
        <source>Interactions by month and channel</source>
        <translation>Henvendelser per måned og kanal</translation>
    </message>
    <message>
        <source>Interactions by channel</source>
        <translation>Henvendelser per kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denne perioden</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>Henvendelser per type</translation>
    </message>
    <message>
        <source>Interactions per staff member</source>
        <translation>Henvendelser per ansatt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Aktivitet per måned</translation>
    </message>
    <message>
        <source>The same entries as the money export for these days: net = sales - refunds - credits - goodwill.</source>
        <translation>De samme postene som i penge-eksporten for disse dagene: netto = salg − refusjoner − kreditter − goodwill.</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettosalg</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refusjoner</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kreditter</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>Money by month (minor units, e.g. cents)</source>
        <translation>Penger per måned (minste enhet, f.eks. øre)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution</source>
        <translation>Klager uten løfte eller løsning</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde siden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Net (minor units)</source>
        <translation>Netto (minste enhet)</translation>
    </message>
    <message>
        <source>Low ratings and what was done</source>
        <translation>Lave vurderinger og hva som ble gjort</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution after %1 days</source>
        <translation>Klager uten løfte eller løsning etter %1 dager</translation>
    </message>
    <message>
        <source>A complaint counts as unhandled when, %1 days after it, it has neither a promise nor a resolution.</source>
        <translation>En klage regnes som ubehandlet når den %1 dager etterpå verken har et løfte eller en løsning.</translation>
    </message>
    <message>
        <source>Losing touch: customers past their keep-in-touch cadence at the end of the period.</source>
        <translation>Mister kontakten: kunder som var over tiden for kontakt ved periodens slutt.</translation>
    </message>
    <message>
        <source>Losing touch (a stand-in): customers with no interaction in the %1 days before the end of the period.</source>
        <translation>Mister kontakten (tilnærming): kunder uten noen henvendelse de siste %1 dagene før periodens slutt.</translation>
    </message>
    <message>
        <source>Net sales by month (%1)</source>
        <translation>Nettosalg per måned (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>ingenting å sammenligne med</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>var %1</translation>
    </message>
    <message>
        <source>same as before (%1)</source>
        <translation>samme som før (%1)</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> poeng</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>bedre</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>dårligere</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure.</source>
        <translation>Klikk for å se oppføringene bak dette tallet.</translation>
    </message>
    <message>
        <source>Save a table as CSV</source>
        <translation>Lagre en tabell som CSV</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>“%1”…</source>
        <translation>«%1»…</translation>
    </message>
    <message>
        <source>%1 (the newest %2 of %3)</source>
        <translation>%1 (de nyeste %2 av %3)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Oppføringer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>The newest %1 of %2. Double-click a row to open its customer.</source>
        <translation>De nyeste %1 av %2. Dobbeltklikk på en rad for å åpne kunden.</translation>
    </message>
    <message>
        <source>%2 records. Double-click a row to open its customer.</source>
        <translation>%2 oppføringer. Dobbeltklikk på en rad for å åpne kunden.</translation>
    </message>
    <message>
        <source>Money by month</source>
        <translation>Penger per måned</translation>
    </message>
    <message>
        <source>Click to see the records of this row.</source>
        <translation>Klikk for å se postene bak denne raden.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Tall som &amp;CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 til %2, sammenlignet med %3 til %4</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Lagre tabell som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Eksporter rapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Filen kunne ikke skrives (%1). Velg en annen mappe.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Velg en sikkerhetskopi å gå tilbake til. Databasen slik den er nå, sikkerhetskopieres først, så dette kan gjøres om ved å gjenopprette den kopien.</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now… to take one.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå. Bruk Fil → Ta sikkerhetskopi nå… for å ta en.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Annen fil…</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Hvilken sikkerhetskopi skal gjenopprettes?</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Ta sikkerhetskopi &amp;nå…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Eksporter data…</translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation>&amp;Slett kunde…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Export or erase everything about this customer</source>
        <translation>Eksporter eller slett alt om denne kunden</translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
    <message>
        <source>Backing up your data before quitting…</source>
        <translation>Tar sikkerhetskopi av dataene før avslutning…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sikkerhetskopi tatt</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data into</source>
        <translation>Eksporter kundens data til</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Checking who may do this…</source>
        <translation>Kontrollerer hvem som kan gjøre dette…</translation>
    </message>
    <message>
        <source>Their money record (a sale, refund, credit or goodwill) is kept</source>
        <translation>Pengeposten (et salg, en refusjon, kreditt eller goodwill) beholdes</translation>
    </message>
    <message>
        <source>Their %1 money records (sales, refunds, credits, goodwill) are kept</source>
        <translation>De %1 pengepostene (salg, refusjoner, kreditter, goodwill) beholdes</translation>
    </message>
    <message>
        <source>, as bookkeeping law requires, but without their name, contact details, notes or summaries: amounts, dates and references stay as they are, so past money exports do not change.</source>
        <translation>, slik bokføringsloven krever, men uten navn, kontaktopplysninger, notater eller sammendrag: beløp, datoer og referanser står som før, så tidligere pengeeksporter ikke endres.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Kontrollerer dataene dine…</translation>
    </message>
</context>
<context>
    <name>ScheduleNextDialog</name>
    <message>
        <source>Done &amp; schedule next</source>
        <translation>Ferdig &amp; planlegg neste</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>Get in touch with %1 again</source>
        <translation>Ta kontakt med %1 igjen</translation>
    </message>
    <message>
        <source>Next contact in</source>
        <translation>Neste kontakt om</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule</source>
        <translation>Ferdig &amp;&amp; planlegg</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>After a purchase</source>
        <translation>Etter et kjøp</translation>
    </message>
    <message>
        <source>After a referral</source>
        <translation>Etter en anbefaling</translation>
    </message>
    <message>
        <source>After a new customer&apos;s first visit</source>
        <translation>Etter en ny kundes første besøk</translation>
    </message>
    <message>
        <source>After a complaint was resolved</source>
        <translation>Etter at en klage er løst</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>Innstillingene er ikke tilgjengelige</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>f.eks. Solbakeriet</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Navn på bedriften:</translation>
    </message>
    <message>
        <source>Start cxlogger when I log in, hidden in the tray</source>
        <translation>Start cxlogger når jeg logger inn, skjult i systemstatusfeltet</translation>
    </message>
    <message>
        <source>(Not available while you look at the demo data.)</source>
        <translation>(Ikke tilgjengelig mens du ser på demodataene.)</translation>
    </message>
    <message>
        <source>Show a notification when a follow-up comes due</source>
        <translation>Vis et varsel når en oppfølging får frist</translation>
    </message>
    <message>
        <source>Business name and reminder rules are shared by everyone using this database; starting at login applies to this computer only.</source>
        <translation>Navnet på bedriften og påminnelsesreglene deles av alle som bruker denne databasen; start ved innlogging gjelder bare denne datamaskinen.</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Eiere:</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Som datamaskinen er innstilt (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Et nytt språk gjelder fra neste gang cxlogger starter.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>you are an owner.</source>
        <translation>du er eier.</translation>
    </message>
    <message>
        <source>you are staff: only an owner can change these settings, the templates and the staff list, erase customers, restore backups or export everything.</source>
        <translation>du er ansatt: bare en eier kan endre disse innstillingene, malene og listen over ansatte, slette kunder, gjenopprette sikkerhetskopier eller eksportere alt.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this desk can switch to {names} and act as an owner: give them a PIN in Edit → Staff… (Set PIN…).</source>
        <translation>Uten PIN kan hvem som helst ved denne pulten bytte til {names} og opptre som eier: gi dem en PIN under Rediger → Ansatte… (Angi PIN…).</translation>
    </message>
    <message>
        <source>Connect to a shared server…</source>
        <translation>Koble til en delt server…</translation>
    </message>
    <message>
        <source>Shared server saved</source>
        <translation>Delt server lagret</translation>
    </message>
    <message>
        <source>This desk uses the shared server from its next start: quit cxlogger and start it again. The password is in this computer&apos;s password store.</source>
        <translation>Denne arbeidsplassen bruker den delte serveren fra neste oppstart: avslutt cxlogger og start det igjen. Passordet ligger i passordlageret på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Add cxlogger to the applications menu</source>
        <translation>Legg cxlogger til i programmenyen</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu.</source>
        <translation>cxlogger er i programmenyen.</translation>
    </message>
    <message>
        <source>cxlogger could not be added to the applications menu: {0}.</source>
        <translation>cxlogger kunne ikke legges til i programmenyen: {0}.</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu now, with its icon. (If the menu does not show it yet, log out and in again.)</source>
        <translation>cxlogger er nå i programmenyen, med ikonet sitt. (Hvis menyen ikke viser det ennå, logg ut og inn igjen.)</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Takk</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>samme dag</translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> arbeidsdag senere</numerusform>
            <numerusform> arbeidsdager senere</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Gi beskjed</translation>
    </message>
    <message>
        <source>Remind about open promises</source>
        <translation>Påminn om åpne løfter</translation>
    </message>
    <message>
        <source>working days before</source>
        <translation>arbeidsdager før</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>timer før</translation>
    </message>
    <message>
        <source>Always in working hours; made for today or tomorrow: at once.</source>
        <translation>Alltid i arbeidstiden; gitt for i dag eller i morgen: med én gang.</translation>
    </message>
    <message>
        <source>The reminder comes in working hours, never in quiet hours or on a closed day; a promise made for today or tomorrow reminds at once.</source>
        <translation>Påminnelsen kommer i arbeidstiden, aldri i stilletid eller på en stengt dag; et løfte gitt for i dag eller i morgen påminnes med én gang.</translation>
    </message>
    <message>
        <source>Remind to tell the customer when a promise was kept</source>
        <translation>Påminn om å si fra til kunden når et løfte er holdt</translation>
    </message>
    <message>
        <source>Complaint with no promise or resolution after</source>
        <translation>Klage uten løfte eller løsning etter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Low feedback rating (2 of 5 or less, 6 of 10 or less)</source>
        <translation>Lav vurdering (2 av 5 eller lavere, 6 av 10 eller lavere)</translation>
    </message>
    <message>
        <source>Ask for feedback and report back</source>
        <translation>Be om tilbakemelding og gi svar</translation>
    </message>
    <message>
        <source>Ask for feedback after a purchase or resolved complaint, after</source>
        <translation>Be om tilbakemelding etter et kjøp eller en løst klage, etter</translation>
    </message>
    <message>
        <source>Ask one customer at most once every</source>
        <translation>Spør én kunde høyst én gang hver</translation>
    </message>
    <message>
        <source>Remind to report back when feedback led to an action</source>
        <translation>Påminn om å gi svar når en tilbakemelding førte til et tiltak</translation>
    </message>
    <message>
        <source>Only customers who agreed to be contacted are asked for feedback; nobody who said no gets any message.</source>
        <translation>Bare kunder som har sagt ja til å bli kontaktet, blir spurt om tilbakemelding; den som har sagt nei, får ingen melding.</translation>
    </message>
    <message>
        <source>Remind me when a customer has had no contact for longer than their cadence</source>
        <translation>Minn meg på det når en kunde har vært uten kontakt lenger enn intervallet sitt</translation>
    </message>
    <message>
        <source>e.g. vip: 30, trade: 90</source>
        <translation>f.eks. vip: 30, forhandler: 90</translation>
    </message>
    <message>
        <source>Tag: days without contact. A customer with several of these tags gets the shortest.</source>
        <translation>Stikkord: dager uten kontakt. En kunde med flere av disse stikkordene får det korteste.</translation>
    </message>
    <message>
        <source>Cadence by tag (days):</source>
        <translation>Intervall per stikkord (dager):</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>ikke fulgt opp</translation>
    </message>
    <message>
        <source>Everyone else:</source>
        <translation>Alle andre:</translation>
    </message>
    <message>
        <source>Any interaction logged with a customer, or a message sent to them, starts their clock again. A customer&apos;s own cadence (on their record) overrides these, and “Stop tracking” in the Losing touch list leaves them out.</source>
        <translation>Hver henvendelse som registreres med en kunde, eller en melding som sendes til dem, starter klokken deres på nytt. Kundens eget intervall (på oppføringen) går foran disse, og «Slutt å følge opp» i listen Mister kontakten tar dem ut.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Åpent på</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Åpent:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Åpningstid</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Stengetid</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Stilletid:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Stilletid fra</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Stilletid til</translation>
    </message>
    <message>
        <source>No notifications in quiet hours or on closed days; what came due meanwhile is shown when you are back. Reminders due on a closed day move to the next open day. Next-day reminders come at opening time; a promise made for a date without a time is due at closing time.</source>
        <translation>Ingen varsler i stilletid eller på stengte dager; det som fikk frist i mellomtiden, vises når du er tilbake. Påminnelser på en stengt dag flyttes til neste åpne dag. Påminnelser for neste dag kommer ved åpningstid; et løfte for en dato uten klokkeslett har frist ved stengetid.</translation>
    </message>
    <message>
        <source>Thank-yous, feedback requests, report-backs and “promise kept” messages are written from templates. Add your own, rename, edit or delete them, and choose which one each kind of message starts with. Changes there are saved as you make them.</source>
        <translation>Takkemeldinger, forespørsler om tilbakemelding, svar og «løfte holdt»-meldinger skrives ut fra maler. Legg til dine egne, gi dem nytt navn, rediger eller slett dem, og velg hvilken hver type melding starter med. Endringer der lagres fortløpende.</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Rediger meldingsmaler…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <source>Choose at least one day the business is open.</source>
        <translation>Velg minst én dag bedriften har åpent.</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>Stengetid må være etter åpningstid.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Start ved innlogging ble ikke endret</translation>
    </message>
    <message>
        <source>cxlogger could not change the start-at-login entry: %1. The other settings were saved.</source>
        <translation>cxlogger kunne ikke endre oppføringen for start ved innlogging: %1. De andre innstillingene ble lagret.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn…</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Dette er &amp;meg</translation>
    </message>
    <message>
        <source>Make &amp;owner / staff</source>
        <translation>Gjør til &amp;eier / ansatt</translation>
    </message>
    <message>
        <source>Owners may erase customers, restore backups, change rules and templates, manage staff and export everything</source>
        <translation>Eiere kan slette kunder, gjenopprette sikkerhetskopier, endre regler og maler, administrere ansatte og eksportere alt</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Angi &amp;PIN…</translation>
    </message>
    <message>
        <source>An optional 4-digit PIN asked when switching to this person</source>
        <translation>En valgfri firesifret PIN-kode som spørres etter ved bytte til denne personen</translation>
    </message>
    <message>
        <source>Remove PI&amp;N</source>
        <translation>Fjern PI&amp;N</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <source>Someone who left: gone from the pickers, their records keep their name, and their open work is listed for handing over</source>
        <translation>En som har sluttet: borte fra valglistene, oppføringene beholder navnet, og det åpne arbeidet listes opp for å gis videre</translation>
    </message>
    <message>
        <source>  (owner)</source>
        <translation>  (eier)</translation>
    </message>
    <message>
        <source>  (you)</source>
        <translation>  (deg)</translation>
    </message>
    <message>
        <source>  · PIN</source>
        <translation>  · PIN</translation>
    </message>
    <message>
        <source>  (no longer active)</source>
        <translation>  (ikke lenger aktiv)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktiver</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN for {name}</translation>
    </message>
    <message>
        <source>A new 4-digit PIN for {name}:</source>
        <translation>En ny firesifret PIN-kode for {name}:</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, skriv inn den firesifrede PIN-koden din:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore completed</source>
        <translation>Gjenopprettingen er fullført</translation>
    </message>
    <message>
        <source>The restore that was interrupted last time has been completed: cxlogger now holds the backup you chose. The data as it was before is kept in the backups (or, if it was damaged, in the “damaged” folder).</source>
        <translation>Gjenopprettingen som ble avbrutt sist, er fullført: cxlogger inneholder nå sikkerhetskopien du valgte. Dataene slik de var før, ligger i sikkerhetskopiene (eller, hvis de var skadet, i mappen «damaged»).</translation>
    </message>
    <message>
        <source>cxlogger cannot use its data folder</source>
        <translation>cxlogger kan ikke bruke datamappen sin</translation>
    </message>
    <message>
        <source>Not saved: cxlogger found its database damaged, so nothing was written to it. What you entered is still here: copy it before closing, and enter it again once the data is restored.</source>
        <translation>Ikke lagret: cxlogger fant databasen sin skadet, så ingenting ble skrevet til den. Det du skrev inn, er fortsatt her: kopier det før du lukker, og skriv det inn igjen når dataene er gjenopprettet.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Handed over to {name}</source>
        <translation>Gitt videre til {name}</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Gitt til deg</translation>
    </message>
    <message>
        <source>{customer}: {what} — from {who}, {when}</source>
        <translation>{customer}: {what} – fra {who}, {when}</translation>
    </message>
    <message>
        <source>Became overdue</source>
        <translation>Har forfalt</translation>
    </message>
    <message>
        <source>{customer}: {what} — was due {when}</source>
        <translation>{customer}: {what} – forfalt {when}</translation>
    </message>
    <message>
        <source> — {who}</source>
        <translation> – {who}</translation>
    </message>
    <message>
        <source>{who} handed you {what} ({customer})</source>
        <translation>{who} ga deg {what} ({customer})</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message numerus="yes">
        <source>%n things were handed to you; see Today.</source>
        <translation>
            <numerusform>%n ting ble gitt til deg; se I dag.</numerusform>
            <numerusform>%n ting ble gitt til deg; se I dag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>A new template of this kind, starting as a copy</source>
        <translation>En ny mal av denne typen, som starter som en kopi</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Use by de&amp;fault</source>
        <translation>Bruk som &amp;standard</translation>
    </message>
    <message>
        <source>Follow-up cards start with this template; you can pick another there</source>
        <translation>Oppfølgingskortene starter med denne malen; du kan velge en annen der</translation>
    </message>
    <message>
        <source>Restore built-in templates</source>
        <translation>Gjenopprett de innebygde malene</translation>
    </message>
    <message>
        <source>Adds back any built-in template you deleted</source>
        <translation>Legger tilbake innebygde maler du har slettet</translation>
    </message>
    <message>
        <source>Messages for:</source>
        <translation>Meldinger for:</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Sett inn en plassholder…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringene</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Angre endringene</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>E&amp;mne:</translation>
    </message>
    <message>
        <source>Only these placeholders exist, and they never contain internal notes: summaries, details, outcome notes and action notes stay inside the shop.</source>
        <translation>Bare disse plassholderne finnes, og de inneholder aldri interne notater: sammendrag, detaljer, notater om utfall og tiltak blir i butikken.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>For &amp;customer:</source>
        <translation>For &amp;kunde:</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Takkemelding</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Løfte holdt (gi beskjed)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Forespørsel om tilbakemelding</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Svar på tilbakemelding</translation>
    </message>
    <message>
        <source>(no customers yet: example values)</source>
        <translation>(ingen kunder ennå: eksempelverdier)</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (standard)</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Skriv meldingen.</translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation>Rett malen for å se forhåndsvisningen.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Lagre endringene i denne malen?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slett mal</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Slette malen «%1»? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny mal</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Gi malen nytt navn</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Meldingsmaler</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Logged by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>I meldinger</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Lovet av</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Si til kunden</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunden har fått beskjed</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Gitt videre av</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Pinned by</source>
        <translation>Festet av</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Festet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Løst av</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sendt av</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Sendt på e-post</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Kopiert for å sendes</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Gitt videre</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Gi videre…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Gjort av</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Keep promises, and tell customers when it&apos;s done</source>
        <translation>Hold løftene, og gi kundene beskjed når det er gjort</translation>
    </message>
    <message>
        <source>Say thank you while it still means something</source>
        <translation>Si takk mens det fortsatt betyr noe</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Spør hvordan det gikk</translation>
    </message>
    <message>
        <source>Tell customers what their feedback changed</source>
        <translation>Fortell kundene hva tilbakemeldingen deres endret</translation>
    </message>
    <message>
        <source>Customers you have not been in touch with for too long</source>
        <translation>Kunder du ikke har hatt kontakt med på for lenge</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Bare mine</translation>
    </message>
    <message>
        <source>Show only the follow-ups you own</source>
        <translation>Vis bare oppfølgingene du er ansvarlig for</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>Registrer tilbakemelding…</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Ser etter hva som har frist…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming this week</source>
        <translation>
            <numerusform>%Ln denne uken</numerusform>
            <numerusform>%Ln denne uken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln har frist</numerusform>
            <numerusform>%Ln har frist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln forfalt</numerusform>
            <numerusform>%Ln forfalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Ingenting har frist</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Gitt til deg</translation>
    </message>
    <message>
        <source>Colleagues handed these to you; they are yours now</source>
        <translation>Kolleger har gitt deg disse; de er dine nå</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to cxlogger.&lt;/b&gt;&lt;br&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; to log your first customer interaction: who, how, and what happened. Thank-yous, promises and feedback requests will appear here when they are due.&lt;br&gt;&lt;br&gt;To look around with sample data first, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Velkommen til cxlogger.&lt;/b&gt;&lt;br&gt;Trykk &lt;b&gt;Ctrl+L&lt;/b&gt; for å registrere din første kundehenvendelse: hvem, hvordan og hva som skjedde. Takkemeldinger, løfter og forespørsler om tilbakemelding dukker opp her når de har frist.&lt;br&gt;&lt;br&gt;Vil du se deg om med eksempeldata først, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Nothing is due right now. Everyone has been thanked, every promise is on track.</source>
        <translation>Ingenting har frist akkurat nå. Alle har fått takk, og alle løfter er i rute.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more; they appear here as you deal with the ones above.</source>
        <translation>
            <numerusform>… og %Ln til; den dukker opp her etter hvert som du tar deg av dem over.</numerusform>
            <numerusform>… og %Ln til; de dukker opp her etter hvert som du tar deg av dem over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming this week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <source>Nothing else is scheduled for the next seven days.</source>
        <translation>Ingenting annet er planlagt de neste sju dagene.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more this week.</source>
        <translation>
            <numerusform>… og %Ln til denne uken.</numerusform>
            <numerusform>… og %Ln til denne uken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunden har fått beskjed</translation>
    </message>
    <message>
        <source>How did you tell the customer?</source>
        <translation>Hvordan ga du kunden beskjed?</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Påminn meg igjen</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>Påminn meg igjen:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Done — kept on this computer until the server is back</source>
        <translation>Utført — lagret på denne datamaskinen til serveren er tilbake</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Ferdig – ført i kundens historikk</translation>
    </message>
    <message>
        <source>Done — the next contact is scheduled</source>
        <translation>Ferdig – neste kontakt er planlagt</translation>
    </message>
    <message>
        <source>Dismissed — it will not come back</source>
        <translation>Avvist – den kommer ikke tilbake</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Utsatt til %1</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Velg et tidspunkt…</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>I 1 time</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>I morgen tidlig, %1</translation>
    </message>
    <message>
        <source>Next working morning (%1), %2</source>
        <translation>Neste arbeidsmorgen (%1), %2</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Neste uke (%1)</translation>
    </message>
    <message>
        <source>It stays yours, with its reminders</source>
        <translation>Den forblir din, med påminnelsene sine</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>cxlogger — %Ln follow-up(s) due</source>
        <translation>
            <numerusform>cxlogger – %Ln oppfølging har frist</numerusform>
            <numerusform>cxlogger – %Ln oppfølginger har frist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln oppfølging har frist</numerusform>
            <numerusform>%Ln oppfølginger har frist</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrer henvendelse…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Utsett alle 1 time</translation>
    </message>
    <message>
        <source>Open cxlogger</source>
        <translation>Åpne cxlogger</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Welcome to cxlogger</source>
        <translation>Velkommen til cxlogger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Every interaction you log notes who logged it. Who is using cxlogger on this computer?</source>
        <translation>&lt;h3&gt;Velkommen!&lt;/h3&gt;Hver henvendelse du registrerer, viser hvem som registrerte den. Hvem bruker cxlogger på denne datamaskinen?</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>En ny person…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Jeg er</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;navn</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, with sample customers to try everything on. Your own data stays untouched until you click Start.</source>
        <translation>Demoen åpnes i et eget vindu, med eksempelkunder du kan prøve alt på. Dine egne data blir ikke rørt før du klikker på Start.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Åpne &amp;demoen</translation>
    </message>
    <message>
        <source>Try cxlogger on sample data first</source>
        <translation>Prøv cxlogger på eksempeldata først</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “cxlogger demo” to open it.</source>
        <translation>Demoen kunne ikke startes. Kjør «cxlogger demo» for å åpne den.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cxlogger cannot open its data</source>
        <translation>cxlogger kan ikke åpne dataene sine</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>The backup was not restored</source>
        <translation>Sikkerhetskopien ble ikke gjenopprettet</translation>
    </message>
</context>
<context>
    <name>csv_actions</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksporter til CSV…</translation>
    </message>
    <message>
        <source>Write interactions, money, promises, feedback or customers to a CSV file for your accountant</source>
        <translation>Skriv henvendelser, penger, løfter, tilbakemeldinger eller kunder til en CSV-fil for regnskapsføreren</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer kunder…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file</source>
        <translation>Legg til kunder fra en CSV-fil (Google Kontakter, Outlook, et regneark) eller en vCard-fil</translation>
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
        <translation>Detaljene ble skrevet til %1.</translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.</source>
        <translation>Noe gikk galt, og handlingen ble ikke fullført. De lagrede dataene dine er trygge.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>i morgen %1</translation>
    </message>
</context>
</TS>
