<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>e.g. asked the team to open on Saturdays</source>
        <translation>p. ex. demandé à l&apos;équipe d&apos;ouvrir le samedi</translation>
    </message>
    <message>
        <source>e.g. From next week we are open on Saturdays, 9 to 13.</source>
        <translation>p. ex. À partir de la semaine prochaine, nous sommes ouverts le samedi de 9 h à 13 h.</translation>
    </message>
    <message>
        <source>What did you &amp;do? (for colleagues)</source>
        <translation>Qu&apos;avez-vous &amp;fait&#xa0;? (pour les collègues)</translation>
    </message>
    <message>
        <source>What to &amp;tell the customer (optional)</source>
        <translation>Ce qu&apos;il faut &amp;dire au client (facultatif)</translation>
    </message>
    <message>
        <source>Only the second text can appear in the report-back to the customer; you can still change that message before it is sent.</source>
        <translation>Seul le second texte peut figurer dans le retour au client&#xa0;; vous pourrez encore modifier ce message avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Say what was done about the feedback.</source>
        <translation>Indiquez ce qui a été fait suite à l&apos;avis.</translation>
    </message>
</context>
<context>
    <name>BusinessBox</name>
    <message>
        <source>Your business</source>
        <translation>Votre commerce</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>p. ex. Boulangerie du coin</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom du commerce</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nom du commerce</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Comme l’ordinateur (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Vous pourrez tout modifier plus tard dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>cet échange</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>cette promesse</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>cet avis</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed while you were editing</source>
        <translation>Modifié pendant que vous l&apos;éditiez</translation>
    </message>
    <message>
        <source>{who} changed this {noun} on {when} while you were editing it.</source>
        <translation>{who} a modifié {noun} le {when} pendant que vous l&apos;éditiez.</translation>
    </message>
    <message>
        <source>Someone changed this {noun} while you were editing it.</source>
        <translation>Quelqu&apos;un a modifié {noun} pendant que vous l&apos;éditiez.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet, and nothing of theirs or yours is lost. For each field below, choose which value to keep, then save.</source>
        <translation>Rien n&apos;est encore enregistré, et rien n&apos;est perdu, ni de votre côté ni du leur. Pour chaque champ ci-dessous, choisissez la valeur à garder, puis enregistrez.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Leur valeur (enregistrée)</translation>
    </message>
    <message>
        <source>Keep what you typed</source>
        <translation>Garder ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Your dialog showed this; you did not change it</source>
        <translation>Votre fenêtre affichait ceci&#xa0;; vous ne l&apos;avez pas modifié</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}&#xa0;: votre valeur</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}&#xa0;: leur valeur</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>votre modification</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>changed by {who}, {when}</source>
        <translation>modifié par {who}, {when}</translation>
    </message>
    <message>
        <source>changed by {who}</source>
        <translation>modifié par {who}</translation>
    </message>
    <message>
        <source>&amp;Save chosen values</source>
        <translation>&amp;Enregistrer les valeurs choisies</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Retour à la saisie</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared server</source>
        <translation>Se connecter à un serveur partagé</translation>
    </message>
    <message>
        <source>Several desks can share one PostgreSQL database on a server in the office (a mini-PC or a NAS) or a hosted one. Ask whoever set it up for these details.</source>
        <translation>Plusieurs postes peuvent partager une même base PostgreSQL, sur un serveur au bureau (un mini-PC ou un NAS) ou chez un hébergeur. Demandez ces informations à la personne qui l&apos;a installé.</translation>
    </message>
    <message>
        <source>e.g. nas.local or 192.168.1.20</source>
        <translation>p. ex. nas.local ou 192.168.1.20</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation>conservé dans le trousseau de mots de passe de cet ordinateur</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Chiffrée, certificat du serveur vérifié (recommandé)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Chiffrée, certificat non vérifié</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>Non chiffrée (uniquement dans un réseau de confiance)</translation>
    </message>
    <message>
        <source>How the connection is protected (PostgreSQL&apos;s sslmode): verify-full, require or disable</source>
        <translation>Comment la connexion est protégée (sslmode de PostgreSQL)&#xa0;: verify-full, require ou disable</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>Pro&amp;tection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agrees to be contacted</source>
        <translation>accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>does not want to be contacted — no thank-yous, feedback requests or report-backs are suggested; promises to them still remind you</source>
        <translation>ne veut pas être contacté — aucun remerciement, demande d&apos;avis ni retour n&apos;est proposé&#xa0;; les promesses faites à ce client vous sont toujours rappelées</translation>
    </message>
    <message>
        <source>not asked yet — thank-yous only; ask before requesting feedback</source>
        <translation>pas encore demandé — remerciements uniquement&#xa0;; demandez avant de solliciter un avis</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Handed over</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Informer le client</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Faire un retour</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Plus nécessaire</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Demander un avis</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>Probabilité de recommandation (0–10)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Money (sales, refunds, credits, goodwill)</source>
        <translation>Argent (ventes, remboursements, avoirs, gestes commerciaux)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>date de l&apos;échange</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <source>when it was received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>when the customer was added</source>
        <translation>date d&apos;ajout du client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Accord pour être contacté</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Promesse tenue (informer le client)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Demande d&apos;avis</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Retour sur un avis</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount is a</source>
        <translation>Le montant est</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>Dans les messages</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>À dire au client</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Due at a time</source>
        <translation>Échéance à une heure précise</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>comma-separated, e.g. regular, vip</source>
        <translation>séparées par des virgules, p. ex. habitué, vip</translation>
    </message>
    <message>
        <source>Not asked yet (thank-yous only)</source>
        <translation>Pas encore demandé (remerciements uniquement)</translation>
    </message>
    <message>
        <source>Yes (thank-yous and feedback requests)</source>
        <translation>Oui (remerciements et demandes d&apos;avis)</translation>
    </message>
    <message>
        <source>No (no messages at all)</source>
        <translation>Non (aucun message)</translation>
    </message>
    <message>
        <source>Whether they agreed to hear from you. “No” stops every thank-you, feedback request and report-back; promises to them still remind you.</source>
        <translation>S&apos;il a accepté d&apos;avoir de vos nouvelles. «&#xa0;Non&#xa0;» arrête tout remerciement, demande d&apos;avis et retour&#xa0;; les promesses faites à ce client vous sont toujours rappelées.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>P&amp;referred channel</source>
        <translation>Canal &amp;préféré</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation>&amp;Accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Choose a customer</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Add promise…</source>
        <translation>Ajouter une promesse…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Fusionner un doublon…</translation>
    </message>
    <message>
        <source>Merge a duplicate of this customer into it</source>
        <translation>Fusionner un doublon de ce client avec celui-ci</translation>
    </message>
    <message>
        <source>Pin a heads-up…</source>
        <translation>Épingler une alerte…</translation>
    </message>
    <message>
        <source>Pin a note everyone who deals with this customer will see</source>
        <translation>Épingler une note que verront tous ceux qui s&apos;occupent de ce client</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>How often to get in touch with this customer</source>
        <translation>À quelle fréquence reprendre contact avec ce client</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every … days…</source>
        <translation>Tous les … jours…</translation>
    </message>
    <message>
        <source>Use the cadence of their tags</source>
        <translation>Utiliser le rythme de ses étiquettes</translation>
    </message>
    <message>
        <source>Track again</source>
        <translation>Suivre à nouveau</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Get in touch with them at least every (days):</source>
        <translation>Reprendre contact au moins tous les (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their details and history.</source>
        <translation>Choisissez un client à gauche pour voir ses coordonnées et son historique.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Préfère&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <source>not tracked (stopped)</source>
        <translation>non suivi (arrêté)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>(their own)</source>
        <translation>(son propre rythme)</translation>
    </message>
    <message>
        <source>(from their tags)</source>
        <translation>(d&apos;après ses étiquettes)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Garder le contact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation>Tapez un nom, une entreprise, un e-mail ou un téléphone…</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Heads-up (%1) on this customer</source>
        <translation>Alerte (%1) sur ce client</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, company, email, phone or tag…</source>
        <translation>Rechercher par nom, entreprise, e-mail, téléphone ou étiquette…</translation>
    </message>
    <message>
        <source>Three or more characters find them anywhere in the name, company, email, phone or tags; one or two characters find names that begin with them.</source>
        <translation>Trois caractères ou plus trouvent les clients qui les contiennent n&apos;importe où dans le nom, l&apos;entreprise, l&apos;e-mail, le téléphone ou les étiquettes&#xa0;; un ou deux caractères trouvent les noms qui commencent par eux.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Ajouter un client…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Merge these two customers…</source>
        <translation>&amp;Fusionner ces deux clients…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>cxlogger&apos;s database is missing changes</source>
        <translation>Il manque des modifications dans la base de données de cxlogger</translation>
    </message>
    <message>
        <source>cxlogger&apos;s database is damaged</source>
        <translation>La base de données de cxlogger est endommagée</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Continuer sans elles</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>
The damaged database was moved, as it was, to {0}.</source>
        <translation>
La base de données endommagée a été déplacée telle quelle vers {0}.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exporting the customer&apos;s data…</source>
        <translation>Exportation des données du client…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation>Lecture de ce qui serait effacé…</translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Who&apos;s at the desk: switch to a colleague ({keys})</source>
        <translation>Qui est au poste&#xa0;: passer à un collègue ({keys})</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>  ·  Demo data: nothing here is real</source>
        <translation>  ·  Données de démonstration&#xa0;: rien n&apos;est réel ici</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>Au poste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Who&apos;s at the desk?</source>
        <translation>Qui est au poste&#xa0;?</translation>
    </message>
    <message>
        <source>{name} (owner, PIN)</source>
        <translation>{name} (propriétaire, code PIN)</translation>
    </message>
    <message>
        <source>{name} (owner; no PIN: anyone can act as owner)</source>
        <translation>{name} (propriétaire ; pas de code PIN : n’importe qui peut agir en propriétaire)</translation>
    </message>
    <message>
        <source>{name} (owner)</source>
        <translation>{name} (propriétaire)</translation>
    </message>
    <message>
        <source>{name} (PIN)</source>
        <translation>{name} (code PIN)</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>Code PIN de {name}</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, saisissez votre code PIN à 4 chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>{name} is at the desk now</source>
        <translation>{name} est maintenant au poste</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Since you last looked</source>
        <translation>Depuis votre dernière visite</translation>
    </message>
    <message>
        <source>Since you last looked ({when}):</source>
        <translation>Depuis votre dernière visite ({when})&#xa0;:</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>due {when}</source>
        <translation>à faire {when}</translation>
    </message>
    <message>
        <source>overdue since {when}</source>
        <translation>en retard depuis {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>today, end of day</source>
        <translation>aujourd&apos;hui, en fin de journée</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>demain {time}</translation>
    </message>
    <message>
        <source>tomorrow, end of day</source>
        <translation>demain, en fin de journée</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <source>yesterday, end of day</source>
        <translation>hier, en fin de journée</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}, end of day</source>
        <translation>{day}, en fin de journée</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>snoozed until {when}</source>
        <translation>reporté jusqu&apos;à {when}</translation>
    </message>
    <message>
        <source>{due} · snoozed until {when}</source>
        <translation>{due} · reporté jusqu&apos;à {when}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may exist already</source>
        <translation>Ce client existe peut-être déjà</translation>
    </message>
    <message>
        <source>“{}” looks like a customer you already have.</source>
        <translation>«&#xa0;{}&#xa0;» ressemble à un client que vous avez déjà.</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>Ajouter comme nouveau client</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (12,50)</source>
        <translation>Montants avec virgule décimale (12,50)</translation>
    </message>
    <message>
        <source>Excel-compatible UTF-8 (with BOM)</source>
        <translation>UTF-8 compatible Excel (avec BOM)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Sé&amp;parateur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dates are local calendar days, by %1.</source>
        <translation>Les dates sont des jours calendaires locaux, selon la %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Noter un avis</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Ce que le client a dit</translation>
    </message>
    <message>
        <source>What you did or will do about it (a report-back reminder follows)</source>
        <translation>Ce que vous avez fait ou allez faire (un rappel de retour suivra)</translation>
    </message>
    <message>
        <source>Optional: what the report-back may tell the customer</source>
        <translation>Facultatif&#xa0;: ce que le retour peut dire au client</translation>
    </message>
    <message>
        <source>The action taken above is internal and never appears in a message.</source>
        <translation>La mesure prise ci-dessus est interne et n&apos;apparaît jamais dans un message.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>Mesure prise&#xa0;:</translation>
    </message>
    <message>
        <source>Tell the customer:</source>
        <translation>À dire au client&#xa0;:</translation>
    </message>
    <message>
        <source>A low rating creates a close-the-loop reminder for the customer&apos;s owner.</source>
        <translation>Une mauvaise note crée, pour le responsable du client, un rappel pour l&apos;informer de la suite donnée.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>— not about one interaction —</source>
        <translation>— ne concerne pas un échange précis —</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Ouvrir ce client</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>A hold on this customer pauses messages to them: %1</source>
        <translation>Une suspension sur ce client met en pause les messages qui lui sont destinés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Open your email program with a message to %1</source>
        <translation>Ouvrir votre messagerie avec un message pour %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copy the message, to paste into a text or chat</source>
        <translation>Copier le message pour le coller dans un SMS ou une messagerie</translation>
    </message>
    <message>
        <source>Promise kept…</source>
        <translation>Promesse tenue…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation>Mesure prise&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Recorded with the feedback; a report-back reminder follows</source>
        <translation>Enregistré avec l&apos;avis&#xa0;; un rappel de retour suivra</translation>
    </message>
    <message>
        <source>Action taken…</source>
        <translation>Mesure prise…</translation>
    </message>
    <message>
        <source>Record what you did about it; a report-back reminder follows</source>
        <translation>Noter ce que vous avez fait&#xa0;; un rappel de retour suivra</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Transmettre…</translation>
    </message>
    <message>
        <source>Give it to a colleague, with a note for them</source>
        <translation>La confier à un collègue, avec une note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation>Marquer comme fait&#xa0;; c&apos;est noté dans l&apos;historique du client</translation>
    </message>
    <message>
        <source>Done &amp;&amp; next…</source>
        <translation>Fait &amp;&amp; suivant…</translation>
    </message>
    <message>
        <source>Mark as done and schedule the next contact (in days, weeks or months)</source>
        <translation>Marquer comme fait et planifier le prochain contact (dans quelques jours, semaines ou mois)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Not needed: hide it for good</source>
        <translation>Inutile&#xa0;: le masquer définitivement</translation>
    </message>
    <message>
        <source>Sent — mark done</source>
        <translation>Envoyé — marquer comme fait</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Say thank you for the purchase: </source>
        <translation>Remercier pour l&apos;achat&#xa0;: </translation>
    </message>
    <message>
        <source>Say thank you for the referral: </source>
        <translation>Remercier pour la recommandation&#xa0;: </translation>
    </message>
    <message>
        <source>Say thank you for their first visit: </source>
        <translation>Remercier pour la première visite&#xa0;: </translation>
    </message>
    <message>
        <source>Say thank you for their patience (complaint resolved): </source>
        <translation>Remercier pour la patience (réclamation résolue)&#xa0;: </translation>
    </message>
    <message>
        <source>Ask for feedback on: </source>
        <translation>Demander un avis sur&#xa0;: </translation>
    </message>
    <message>
        <source>Keep the promise: </source>
        <translation>Tenir la promesse&#xa0;: </translation>
    </message>
    <message>
        <source>Tell them the promise was kept: </source>
        <translation>Dire que la promesse a été tenue&#xa0;: </translation>
    </message>
    <message>
        <source>Report back on their feedback: </source>
        <translation>Faire un retour sur son avis&#xa0;: </translation>
    </message>
    <message>
        <source>Keep in touch: </source>
        <translation>Garder le contact&#xa0;: </translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Hand over &lt;b&gt;{what}&lt;/b&gt; to a colleague.</source>
        <translation>Transmettre &lt;b&gt;{what}&lt;/b&gt; à un collègue.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Transmettre à</translation>
    </message>
    <message>
        <source>What they need to know: where things stand, whom to call…</source>
        <translation>Ce qu&apos;il faut savoir&#xa0;: où en sont les choses, qui appeler…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>There is nobody to hand it to: add colleagues in Edit → Staff.</source>
        <translation>Il n&apos;y a personne à qui transmettre&#xa0;: ajoutez des collègues dans Édition → Personnel.</translation>
    </message>
</context>
<context>
    <name>HandOverAllDialog</name>
    <message>
        <source>Hand over {name}&apos;s work</source>
        <translation>Transmettre le travail de {name}</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their records keep their name. These are still open:</source>
        <translation>{name} n&apos;est plus actif. Ses fiches gardent son nom. Ceci est encore en cours&#xa0;:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>{name} left; over to you.</source>
        <translation>{name} est parti&#xa0;; c&apos;est à vous.</translation>
    </message>
    <message>
        <source>Hand &amp;all to</source>
        <translation>Tout tr&amp;ansmettre à</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>HandedRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Ouvrir ce client</translation>
    </message>
    <message>
        <source>Handed to you by {who}, {when}</source>
        <translation>Transmis par {who}, {when}</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Take it in: it leaves this list and stays yours, with its reminders</source>
        <translation>La prendre en charge&#xa0;: elle quitte cette liste et reste à vous, avec ses rappels</translation>
    </message>
</context>
<context>
    <name>HeadsUp</name>
    <message>
        <source>Hold</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Paused: hold until it is resolved</source>
        <translation>En pause&#xa0;: suspension jusqu&apos;à sa levée</translation>
    </message>
    <message>
        <source>Paused: hold until %1</source>
        <translation>En pause&#xa0;: suspension jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>It no longer applies: resolve it (it stays on the timeline)</source>
        <translation>Elle ne s&apos;applique plus&#xa0;: la lever (elle reste dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Thank-yous, feedback asks and report-backs to them are paused; promises still remind.</source>
        <translation>Les remerciements, demandes d&apos;avis et retours qui lui sont destinés sont en pause&#xa0;; les promesses continuent de vous le rappeler.</translation>
    </message>
    <message>
        <source>Heads-ups: %1</source>
        <translation>Alertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinned by %1 on %2</source>
        <translation>Épinglée par %1 le %2</translation>
    </message>
    <message>
        <source>Applies until the end of %1</source>
        <translation>S&apos;applique jusqu&apos;à la fin du %1</translation>
    </message>
    <message>
        <source>From interaction INT-%1</source>
        <translation>Depuis l&apos;échange INT-%1</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>&amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>The last day it applies; without it, until someone resolves it</source>
        <translation>Le dernier jour où elle s&apos;applique&#xa0;; sans date, jusqu&apos;à ce que quelqu&apos;un la lève</translation>
    </message>
    <message>
        <source>Last day it applies</source>
        <translation>Dernier jour où elle s&apos;applique</translation>
    </message>
    <message>
        <source>A hold also pauses thank-yous, feedback asks and report-backs to them</source>
        <translation>Une suspension met aussi en pause les remerciements, demandes d&apos;avis et retours qui lui sont destinés</translation>
    </message>
    <message>
        <source>Pin a heads-up</source>
        <translation>Épingler une alerte</translation>
    </message>
    <message>
        <source>e.g. Mixer returned 11 Dec, stop rental invoices</source>
        <translation>p. ex. Batteur rendu le 11 déc., arrêter les factures de location</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Heads-up</source>
        <translation>&amp;Alerte</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non levée</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>The search index was damaged and has been rebuilt from the interactions.</source>
        <translation>L&apos;index de recherche était endommagé et a été reconstruit à partir des échanges.</translation>
    </message>
    <message>
        <source>The daily check found damage in cxlogger&apos;s database ({0}). To keep it from spreading, nothing more may be written to it.</source>
        <translation>La vérification quotidienne a trouvé des dommages dans la base de données de cxlogger ({0}). Pour qu&apos;ils ne s&apos;étendent pas, plus rien ne peut y être écrit.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {0} ({1} customers, {2} interactions)? The damaged file is kept aside. What was entered after that time is not in it.</source>
        <translation>Restaurer la dernière sauvegarde saine, du {0} ({1} clients, {2} échanges)&#xa0;? Le fichier endommagé est mis de côté. Ce qui a été saisi après ce moment n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>There is no good backup to restore: cxlogger quits. Keep the data folder, and ask someone who knows SQLite to rescue it.</source>
        <translation>Il n&apos;y a aucune sauvegarde saine à restaurer&#xa0;: cxlogger se ferme. Conservez le dossier de données et demandez à quelqu&apos;un qui connaît SQLite de le récupérer.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file (.vcf).</source>
        <translation>Choisissez un fichier CSV (Google Contacts, Outlook, un tableur) ou un fichier vCard (.vcf).</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Sé&amp;parateur</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields</source>
        <translation>Comment les colonnes du fichier deviennent des champs client</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Rows that need a look</source>
        <translation>Lignes à vérifier</translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation>Ignorer les doublons</translation>
    </message>
    <message>
        <source>Merge duplicates (fill in empty fields, add tags and notes)</source>
        <translation>Fusionner les doublons (remplir les champs vides, ajouter étiquettes et notes)</translation>
    </message>
    <message>
        <source>Skip invalid rows and import the rest</source>
        <translation>Ignorer les lignes invalides et importer le reste</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields:</source>
        <translation>Comment les colonnes du fichier deviennent des champs client&#xa0;:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>CSV, separator %1</source>
        <translation>CSV, séparateur %1</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>encodage %1 (détecté)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen by you)</source>
        <translation>encodage %1 (choisi par vous)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) will be added.</source>
        <translation>
            <numerusform>%Ln nouveau client sera ajouté.</numerusform>
            <numerusform>%Ln nouveaux clients seront ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be merged.</source>
        <translation>
            <numerusform>%Ln doublon sera fusionné.</numerusform>
            <numerusform>%Ln doublons seront fusionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln doublon sera ignoré.</numerusform>
            <numerusform>%Ln doublons seront ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.</source>
        <translation>
            <numerusform>%Ln ligne invalide — corrigez-la dans le fichier, changez la correspondance ou ignorez-la.</numerusform>
            <numerusform>%Ln lignes invalides — corrigez-les dans le fichier, changez la correspondance ou ignorez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s).</source>
        <translation>
            <numerusform>%Ln ligne invalide.</numerusform>
            <numerusform>%Ln lignes invalides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Doublon&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>InteractionLogModel</name>
    <message>
        <source>Click to sort by this column; equal values are newest first.</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; à valeur égale, le plus récent d&apos;abord.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: on a large log that would read every row. Use the search and the filters instead.</source>
        <translation>Cette colonne ne peut pas être triée&#xa0;: sur un gros journal, il faudrait lire chaque ligne. Utilisez plutôt la recherche et les filtres.</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Search texts and customer names…</source>
        <translation>Rechercher dans les textes et les noms de clients…</translation>
    </message>
    <message>
        <source>Three or more characters find summaries, details and customer names that contain them; one or two characters find customers whose name begins with them.</source>
        <translation>Trois caractères ou plus trouvent les résumés, détails et noms de clients qui les contiennent&#xa0;; un ou deux caractères trouvent les clients dont le nom commence par eux.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <source>Working offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne depuis %1 — %n modification en attente</numerusform>
            <numerusform>Hors ligne depuis %1 — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>(started without the shared server: new records are kept on this computer and sent when it is back)</source>
        <translation>(démarré sans le serveur partagé : les nouveaux enregistrements sont conservés sur cet ordinateur et envoyés à son retour)</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Toutes les modifications ont été envoyées</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Optional: what a message to them may call it, e.g. “your new road bike”</source>
        <translation>Facultatif&#xa0;: comment un message au client peut l&apos;appeler, p. ex. «&#xa0;votre nouveau vélo de route&#xa0;»</translation>
    </message>
    <message>
        <source>Thank-yous and feedback requests use these words. The summary and details are for colleagues only and never appear in a message.</source>
        <translation>Les remerciements et demandes d&apos;avis utilisent ces mots. Le résumé et les détails sont réservés aux collègues et n&apos;apparaissent jamais dans un message.</translation>
    </message>
    <message>
        <source>In &amp;messages</source>
        <translation>Dans les &amp;messages</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Détails (facultatif)</translation>
    </message>
    <message>
        <source>The problem was &amp;resolved</source>
        <translation>Le problème a été &amp;résolu</translation>
    </message>
    <message>
        <source>Amount (optional), e.g. 49.90</source>
        <translation>Montant (facultatif), p. ex. 49,90</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>They agree to thank-yous and feedback requests</source>
        <translation>Il accepte les remerciements et les demandes d&apos;avis</translation>
    </message>
    <message>
        <source>They do not want any message from us</source>
        <translation>Il ne veut aucun message de notre part</translation>
    </message>
    <message>
        <source>Agrees to be contacted?</source>
        <translation>Accepte d&apos;être contacté&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Pin as heads-up</source>
        <translation>É&amp;pingler comme alerte</translation>
    </message>
    <message>
        <source>Pin the summary on the customer: everyone who opens them, logs something for them or gets a reminder about them sees it</source>
        <translation>Épingler le résumé sur le client&#xa0;: tous ceux qui ouvrent sa fiche, notent quelque chose pour lui ou reçoivent un rappel à son sujet le verront</translation>
    </message>
    <message>
        <source>I promised to…</source>
        <translation>J&apos;ai promis de…</translation>
    </message>
    <message>
        <source>e.g. call back with the delivery date</source>
        <translation>p. ex. rappeler avec la date de livraison</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>Ress&amp;enti</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Cannot log now</source>
        <translation>Impossible de noter maintenant</translation>
    </message>
    <message>
        <source> · agrees to be contacted</source>
        <translation> · accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source> · does not want to be contacted</source>
        <translation> · ne veut pas être contacté</translation>
    </message>
    <message>
        <source>New customer “%1” will be added</source>
        <translation>Le nouveau client «&#xa0;%1&#xa0;» sera ajouté</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Log it for {name}</source>
        <translation>Le noter pour {name}</translation>
    </message>
</context>
<context>
    <name>LosingTouch</name>
    <message>
        <source>Message copied</source>
        <translation>Message copié</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Past cadence</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>Comment, par qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>LosingTouchModel</name>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
</context>
<context>
    <name>LosingTouchView</name>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Noter…</translation>
    </message>
    <message>
        <source>Log a contact with this customer (it resets the clock)</source>
        <translation>Noter un contact avec ce client (le compteur repart de zéro)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Take them off this list until later</source>
        <translation>Le retirer de cette liste jusqu&apos;à plus tard</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Never remind about keeping in touch with this customer</source>
        <translation>Ne plus jamais rappeler de garder le contact avec ce client</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdus de vue</translation>
    </message>
    <message>
        <source>Customers with no contact for longer than their cadence, longest first. Cadences are set in Settings → Keep in touch, or on the customer.</source>
        <translation>Les clients sans contact depuis plus longtemps que leur rythme, les plus anciens d&apos;abord. Les rythmes se règlent dans Paramètres → Garder le contact, ou sur la fiche du client.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their cadence.</source>
        <translation>Tout le monde a eu de vos nouvelles dans les temps.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) past their cadence</source>
        <translation>
            <numerusform>%Ln client a dépassé son rythme</numerusform>
            <numerusform>%Ln clients ont dépassé leur rythme</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Snoozed: %1 is off the list until then</source>
        <translation>Reporté&#xa0;: %1 sort de la liste jusque-là</translation>
    </message>
    <message>
        <source>Stop reminding anyone to keep in touch with %1? You can track them again from their record.</source>
        <translation>Ne plus rappeler à personne de garder le contact avec %1&#xa0;? Vous pourrez le suivre à nouveau depuis sa fiche.</translation>
    </message>
    <message>
        <source>No longer tracking %1</source>
        <translation>%1 n&apos;est plus suivi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Opening your customer records…</source>
        <translation>Ouverture de vos fiches clients…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdus de vue</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation>Noter un échange (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;customer…</source>
        <translation>Ajouter un &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About cxlogger</source>
        <translation>À &amp;propos de cxlogger</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo it (Ctrl+Z)</source>
        <translation>L&apos;annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Annuler&#xa0;: {}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Undone: {}</source>
        <translation>Annulé&#xa0;: {}</translation>
    </message>
    <message>
        <source>Can&apos;t undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Kept on this computer until the server is back: %1</source>
        <translation>Conservé sur cet ordinateur jusqu’au retour du serveur : %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Client archivé</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Client restauré</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>About cxlogger</source>
        <translation>À propos de cxlogger</translation>
    </message>
    <message>
        <source>Log every customer interaction in seconds, keep every promise, and follow up at the right moment.</source>
        <translation>Notez chaque échange avec un client en quelques secondes, tenez chaque promesse et relancez au bon moment.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Vos données&#xa0;: %1</translation>
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
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s)</source>
        <translation>
            <numerusform>%Ln promesse</numerusform>
            <numerusform>%Ln promesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln avis</numerusform>
            <numerusform>%Ln avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln heads-up(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>rien d&apos;autre</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Type the name of the customer to merge with…</source>
        <translation>Tapez le nom du client avec lequel fusionner…</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>&amp;Keep the other one instead</source>
        <translation>&amp;Garder plutôt l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>does not want to be contacted</source>
        <translation>ne veut pas être contacté</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Choisissez le client qui est la même personne.</translation>
    </message>
    <message>
        <source>{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves to the customer kept, and {drop_ref} is removed. Choose which values to keep where they differ. Edit → Undo reverses the merge.</source>
        <translation>{drop} ({drop_ref}) est fusionné dans {keep} ({keep_ref})&#xa0;: tout passe au client conservé, et {drop_ref} est supprimé. Choisissez les valeurs à garder là où elles diffèrent. Édition → Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>Kept: {}</source>
        <translation>Conservé&#xa0;: {}</translation>
    </message>
    <message>
        <source>Merged in: {}</source>
        <translation>Fusionné&#xa0;: {}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(combined)</source>
        <translation>(combiné)</translation>
    </message>
    <message>
        <source>(a “no” is kept)</source>
        <translation>(un «&#xa0;non&#xa0;» est conservé)</translation>
    </message>
    <message>
        <source>(the answer given is kept)</source>
        <translation>(la réponse donnée est conservée)</translation>
    </message>
    <message>
        <source>Moves to the customer kept: {}.</source>
        <translation>Passe au client conservé&#xa0;: {}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Cette relance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Message not ready</source>
        <translation>Message pas prêt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>Pas de logiciel de messagerie</translation>
    </message>
    <message>
        <source>No email program opened the message, so its text is now copied. Paste it into a new email to %1 (or wherever you reach the customer), send it, then click “Sent — mark done”.</source>
        <translation>Aucun logiciel de messagerie n&apos;a ouvert le message, son texte est donc copié. Collez-le dans un nouvel e-mail à %1 (ou là où vous joignez le client), envoyez-le, puis cliquez sur «&#xa0;Envoyé — marquer comme fait&#xa0;».</translation>
    </message>
    <message>
        <source>Your email program should open with the message; send it, then click “Sent — mark done”.</source>
        <translation>Votre logiciel de messagerie devrait s&apos;ouvrir avec le message&#xa0;; envoyez-le, puis cliquez sur «&#xa0;Envoyé — marquer comme fait&#xa0;».</translation>
    </message>
    <message>
        <source>Message copied. Paste it where you reach the customer, then click “Sent — mark done”.</source>
        <translation>Message copié. Collez-le là où vous joignez le client, puis cliquez sur «&#xa0;Envoyé — marquer comme fait&#xa0;».</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Copié pour envoi</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>envoyé par %1</translation>
    </message>
</context>
<context>
    <name>MessagePreviewDialog</name>
    <message>
        <source>Email to the customer</source>
        <translation>E-mail au client</translation>
    </message>
    <message>
        <source>Message to copy</source>
        <translation>Message à copier</translation>
    </message>
    <message>
        <source>Templates for this kind of message; edit them under Edit → Message templates…</source>
        <translation>Modèles pour ce type de message&#xa0;; modifiez-les sous Édition → Modèles de messages…</translation>
    </message>
    <message>
        <source>Template for %1:</source>
        <translation>Modèle pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Check the message and change anything you like. What you send is what is recorded on the customer&apos;s timeline.</source>
        <translation>Vérifiez le message et changez ce que vous voulez. Ce que vous envoyez est ce qui est noté dans l&apos;historique du client.</translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>You can change the message above before sending it.</source>
        <translation>Vous pouvez modifier le message ci-dessus avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>The message is empty; write something or cancel.</source>
        <translation>Le message est vide&#xa0;; écrivez quelque chose ou annulez.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Bringing reminders up to date…</source>
        <translation>Mise à jour des rappels…</translation>
    </message>
    <message>
        <source>Bringing reminders up to date… %1%</source>
        <translation>Mise à jour des rappels… %1 %</translation>
    </message>
    <message>
        <source>Reminders could not be checked. {message}</source>
        <translation>Les rappels n&apos;ont pas pu être vérifiés. {message}</translation>
    </message>
    <message>
        <source>Heads-up: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due</source>
        <translation>
            <numerusform>%Ln relance est à faire</numerusform>
            <numerusform>%Ln relances sont à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 overdue</source>
        <translation>%1 — %2 en retard</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark promise kept</source>
        <translation>Marquer la promesse comme tenue</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Marquer la promesse comme non tenue</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Annuler la promesse</translation>
    </message>
    <message>
        <source>Mark promise</source>
        <translation>Marquer la promesse</translation>
    </message>
    <message>
        <source>Optional, e.g. Your refund is on its way to your account.</source>
        <translation>Facultatif, p. ex. Votre remboursement est en route vers votre compte.</translation>
    </message>
    <message>
        <source>Amount, if money moved (e.g. 49.90)</source>
        <translation>Montant, s&apos;il y a eu de l&apos;argent (p. ex. 49,90)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>What the amount was</source>
        <translation>Ce qu&apos;était le montant</translation>
    </message>
    <message>
        <source>&amp;Money (a refund paid, goodwill given), if any:</source>
        <translation>&amp;Argent (un remboursement versé, un geste commercial), le cas échéant&#xa0;:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>What may the customer be told? (The note above stays internal.)</source>
        <translation>Que peut-on dire au client&#xa0;? (La note ci-dessus reste interne.)</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>New promise</source>
        <translation>Nouvelle promesse</translation>
    </message>
    <message>
        <source>e.g. send the corrected invoice</source>
        <translation>p. ex. envoyer la facture corrigée</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Keeping it creates the next one; only the next one exists at any time</source>
        <translation>La tenir crée la suivante&#xa0;; seule la prochaine existe à un moment donné</translation>
    </message>
    <message>
        <source>I promised &amp;to</source>
        <translation>J&apos;ai promis &amp;de</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>Cannot add a promise</source>
        <translation>Impossible d&apos;ajouter une promesse</translation>
    </message>
    <message>
        <source>New promise to %1</source>
        <translation>Nouvelle promesse à %1</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Marquer comme &amp;tenue…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Marquer comme &amp;non tenue…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel promise…</source>
        <translation>A&amp;nnuler la promesse…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>Give this promise to a colleague, with a note</source>
        <translation>Confier cette promesse à un collègue, avec une note</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Seulement les miennes</translation>
    </message>
    <message>
        <source>Show only the promises you own</source>
        <translation>N&apos;afficher que les promesses dont vous êtes responsable</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affichée</numerusform>
            <numerusform>%Ln affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>at a time</source>
        <translation>à une heure précise</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete it; Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>Le supprimer&#xa0;; Édition → Annuler (Ctrl+Z) le fait revenir</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Ouvrir le &amp;client</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Noter un &amp;avis…</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Reminders are up to date</source>
        <translation>Les rappels sont à jour</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Reporter d&apos;une heure</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Fait — noté dans l&apos;historique du client</translation>
    </message>
    <message>
        <source>Snoozed for 1 hour</source>
        <translation>Reporté d&apos;une heure</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Click a bar to see the records behind it.</source>
        <translation>Cliquez sur une barre pour voir les fiches correspondantes.</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Rapport pour %1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>Du %1 au %2, comparé au %3 au %4</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows not shown: %1 (the table&apos;s CSV has them all)</source>
        <translation>Lignes non affichées : %1 (le CSV du tableau les contient toutes)</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Rien n&apos;a été noté sur cette période.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Informer le client</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Avis des clients</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesses faites</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Tenues à temps</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Tenues en retard</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenues</translation>
    </message>
    <message>
        <source>Still open (not yet due)</source>
        <translation>Encore ouvertes (pas encore dues)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>En retard maintenant</translation>
    </message>
    <message>
        <source>Kept-on-time rate</source>
        <translation>Taux de promesses tenues à temps</translation>
    </message>
    <message>
        <source>Median days late</source>
        <translation>Retard médian (jours)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Promises due, by month and outcome</source>
        <translation>Promesses dues, par mois et par résultat</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Promises by month</source>
        <translation>Promesses par mois</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Promises due, per staff member</source>
        <translation>Promesses dues, par membre du personnel</translation>
    </message>
    <message>
        <source>On-time rate %</source>
        <translation>Taux à temps %</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesses tenues</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Client informé</translation>
    </message>
    <message>
        <source>Kept but customer not told</source>
        <translation>Tenue mais client non informé</translation>
    </message>
    <message>
        <source>Told rate</source>
        <translation>Taux d&apos;information</translation>
    </message>
    <message>
        <source>Median time from kept to told</source>
        <translation>Délai médian entre tenue et information</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Non informé</translation>
    </message>
    <message>
        <source>Promises kept, by month: customer told or not</source>
        <translation>Promesses tenues, par mois&#xa0;: client informé ou non</translation>
    </message>
    <message>
        <source>Closing the loop by month</source>
        <translation>Informer le client, par mois</translation>
    </message>
    <message>
        <source>Unhandled complaints</source>
        <translation>Réclamations non traitées</translation>
    </message>
    <message>
        <source>Follow-ups due in the period; done early counts as no wait.</source>
        <translation>Relances dues sur la période&#xa0;; faite en avance compte comme sans attente.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Plus nécessaires</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <source>Done, of those dealt with</source>
        <translation>Faites, parmi celles traitées</translation>
    </message>
    <message>
        <source>Median time from due to done</source>
        <translation>Délai médian entre échéance et réalisation</translation>
    </message>
    <message>
        <source>Follow-ups by kind</source>
        <translation>Relances par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Follow-ups due, by month and outcome</source>
        <translation>Relances dues, par mois et par résultat</translation>
    </message>
    <message>
        <source>CSAT average (1–5)</source>
        <translation>Moyenne CSAT (1–5)</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>Notes CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Réponses NPS</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Notes basses</translation>
    </message>
    <message>
        <source>Low ratings with an action</source>
        <translation>Notes basses avec une mesure</translation>
    </message>
    <message>
        <source>…and a report-back (“you said, we did”)</source>
        <translation>…et un retour («&#xa0;vous avez dit, nous avons fait&#xa0;»)</translation>
    </message>
    <message>
        <source>CSAT average by month (1–5)</source>
        <translation>Moyenne CSAT par mois (1–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS par mois</translation>
    </message>
    <message>
        <source>CSAT ratings, 1 to 5</source>
        <translation>Notes CSAT, de 1 à 5</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Feedback by month</source>
        <translation>Avis par mois</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>Moyenne CSAT</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Customers losing touch</source>
        <translation>Clients perdus de vue</translation>
    </message>
    <message>
        <source>Interactions by month and channel</source>
        <translation>Échanges par mois et par canal</translation>
    </message>
    <message>
        <source>Interactions by channel</source>
        <translation>Échanges par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>Échanges par type</translation>
    </message>
    <message>
        <source>Interactions per staff member</source>
        <translation>Échanges par membre du personnel</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Activité par mois</translation>
    </message>
    <message>
        <source>The same entries as the money export for these days: net = sales - refunds - credits - goodwill.</source>
        <translation>Les mêmes écritures que l&apos;export de l&apos;argent pour ces jours&#xa0;: net = ventes − remboursements − avoirs − gestes commerciaux.</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gestes commerciaux</translation>
    </message>
    <message>
        <source>Money by month (minor units, e.g. cents)</source>
        <translation>Argent par mois (en plus petite unité, p. ex. centimes)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution</source>
        <translation>Réclamations sans promesse ni résolution</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Net (minor units)</source>
        <translation>Net (plus petite unité)</translation>
    </message>
    <message>
        <source>Low ratings and what was done</source>
        <translation>Notes basses et ce qui a été fait</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution after %1 days</source>
        <translation>Réclamations sans promesse ni résolution après %1 jours</translation>
    </message>
    <message>
        <source>A complaint counts as unhandled when, %1 days after it, it has neither a promise nor a resolution.</source>
        <translation>Une réclamation compte comme non traitée quand, %1 jours après, elle n&apos;a ni promesse ni résolution.</translation>
    </message>
    <message>
        <source>Losing touch: customers past their keep-in-touch cadence at the end of the period.</source>
        <translation>Perdus de vue&#xa0;: clients en retard sur leur rythme de contact à la fin de la période.</translation>
    </message>
    <message>
        <source>Losing touch (a stand-in): customers with no interaction in the %1 days before the end of the period.</source>
        <translation>Perdus de vue (approximation)&#xa0;: clients sans aucun échange dans les %1 jours avant la fin de la période.</translation>
    </message>
    <message>
        <source>Net sales by month (%1)</source>
        <translation>Ventes nettes par mois (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>rien à comparer</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>same as before (%1)</source>
        <translation>comme avant (%1)</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure.</source>
        <translation>Cliquez pour voir les fiches derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Save a table as CSV</source>
        <translation>Enregistrer un tableau en CSV</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>“%1”…</source>
        <translation>«&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 (the newest %2 of %3)</source>
        <translation>%1 (les %2 plus récentes sur %3)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The newest %1 of %2. Double-click a row to open its customer.</source>
        <translation>Les %1 plus récentes sur %2. Double-cliquez sur une ligne pour ouvrir son client.</translation>
    </message>
    <message>
        <source>%2 records. Double-click a row to open its customer.</source>
        <translation>%2 fiches. Double-cliquez sur une ligne pour ouvrir son client.</translation>
    </message>
    <message>
        <source>Money by month</source>
        <translation>Argent par mois</translation>
    </message>
    <message>
        <source>Click to see the records of this row.</source>
        <translation>Cliquez pour voir les enregistrements de cette ligne.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Chiffres en &amp;CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>Du %1 au %2, comparé au %3 au %4</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Choisissez une sauvegarde à laquelle revenir. La base de données actuelle est d&apos;abord sauvegardée, on peut donc annuler en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now… to take one.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde. Utilisez Fichier → Sauvegarder maintenant… pour en faire une.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Quelle sauvegarde restaurer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Exporter les données…</translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation>E&amp;ffacer le client…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Export or erase everything about this customer</source>
        <translation>Exporter ou effacer tout ce qui concerne ce client</translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
    <message>
        <source>Backing up your data before quitting…</source>
        <translation>Sauvegarde de vos données avant de quitter…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data into</source>
        <translation>Exporter les données du client dans</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checking who may do this…</source>
        <translation>Vérification des droits…</translation>
    </message>
    <message>
        <source>Their money record (a sale, refund, credit or goodwill) is kept</source>
        <translation>Son mouvement d&apos;argent (une vente, un remboursement, un avoir ou un geste commercial) est conservé</translation>
    </message>
    <message>
        <source>Their %1 money records (sales, refunds, credits, goodwill) are kept</source>
        <translation>Ses %1 mouvements d&apos;argent (ventes, remboursements, avoirs, gestes commerciaux) sont conservés</translation>
    </message>
    <message>
        <source>, as bookkeeping law requires, but without their name, contact details, notes or summaries: amounts, dates and references stay as they are, so past money exports do not change.</source>
        <translation>, comme l&apos;exige la loi comptable, mais sans son nom, ses coordonnées, ses notes ni ses résumés&#xa0;: montants, dates et références restent tels quels, afin que les exports financiers passés ne changent pas.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Vérification de vos données…</translation>
    </message>
</context>
<context>
    <name>ScheduleNextDialog</name>
    <message>
        <source>Done &amp; schedule next</source>
        <translation>Fait &amp; planifier le suivant</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Get in touch with %1 again</source>
        <translation>Reprendre contact avec %1</translation>
    </message>
    <message>
        <source>Next contact in</source>
        <translation>Prochain contact dans</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule</source>
        <translation>Fait &amp;&amp; planifier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>After a purchase</source>
        <translation>Après un achat</translation>
    </message>
    <message>
        <source>After a referral</source>
        <translation>Après une recommandation</translation>
    </message>
    <message>
        <source>After a new customer&apos;s first visit</source>
        <translation>Après la première visite d&apos;un nouveau client</translation>
    </message>
    <message>
        <source>After a complaint was resolved</source>
        <translation>Après la résolution d&apos;une réclamation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>Paramètres indisponibles</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>p. ex. Boulangerie du Soleil</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom du commerce&#xa0;:</translation>
    </message>
    <message>
        <source>Start cxlogger when I log in, hidden in the tray</source>
        <translation>Lancer cxlogger à l&apos;ouverture de session, caché dans la zone de notification</translation>
    </message>
    <message>
        <source>(Not available while you look at the demo data.)</source>
        <translation>(Indisponible pendant que vous regardez les données de démonstration.)</translation>
    </message>
    <message>
        <source>Show a notification when a follow-up comes due</source>
        <translation>Afficher une notification quand une relance arrive à échéance</translation>
    </message>
    <message>
        <source>Business name and reminder rules are shared by everyone using this database; starting at login applies to this computer only.</source>
        <translation>Le nom du commerce et les règles de rappel sont partagés par tous les utilisateurs de cette base de données&#xa0;; le lancement à l&apos;ouverture de session ne concerne que cet ordinateur.</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Gérants&#xa0;:</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Comme sur l&apos;ordinateur (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain lancement de cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>you are an owner.</source>
        <translation>vous êtes gérant.</translation>
    </message>
    <message>
        <source>you are staff: only an owner can change these settings, the templates and the staff list, erase customers, restore backups or export everything.</source>
        <translation>vous faites partie du personnel&#xa0;: seul un gérant peut modifier ces paramètres, les modèles et la liste du personnel, effacer des clients, restaurer des sauvegardes ou tout exporter.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this desk can switch to {names} and act as an owner: give them a PIN in Edit → Staff… (Set PIN…).</source>
        <translation>Sans code PIN, n’importe qui à ce poste peut passer à {names} et agir en propriétaire : donnez-leur un code PIN dans Édition → Personnel… (Définir le code PIN…).</translation>
    </message>
    <message>
        <source>Connect to a shared server…</source>
        <translation>Se connecter à un serveur partagé…</translation>
    </message>
    <message>
        <source>Shared server saved</source>
        <translation>Serveur partagé enregistré</translation>
    </message>
    <message>
        <source>This desk uses the shared server from its next start: quit cxlogger and start it again. The password is in this computer&apos;s password store.</source>
        <translation>Ce poste utilisera le serveur partagé au prochain démarrage&#xa0;: quittez cxlogger et relancez-le. Le mot de passe est dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Add cxlogger to the applications menu</source>
        <translation>Ajouter cxlogger au menu des applications</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu.</source>
        <translation>cxlogger est dans le menu des applications.</translation>
    </message>
    <message>
        <source>cxlogger could not be added to the applications menu: {0}.</source>
        <translation>cxlogger n&apos;a pas pu être ajouté au menu des applications&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu now, with its icon. (If the menu does not show it yet, log out and in again.)</source>
        <translation>cxlogger est maintenant dans le menu des applications, avec son icône. (Si le menu ne l&apos;affiche pas encore, fermez la session et rouvrez-la.)</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le jour même</translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> jour ouvré plus tard</numerusform>
            <numerusform> jours ouvrés plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Informer le client</translation>
    </message>
    <message>
        <source>Remind about open promises</source>
        <translation>Rappeler les promesses ouvertes</translation>
    </message>
    <message>
        <source>working days before</source>
        <translation>jours ouvrés avant</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>heures avant</translation>
    </message>
    <message>
        <source>Always in working hours; made for today or tomorrow: at once.</source>
        <translation>Toujours pendant les heures d&apos;ouverture&#xa0;; faite pour aujourd&apos;hui ou demain&#xa0;: tout de suite.</translation>
    </message>
    <message>
        <source>The reminder comes in working hours, never in quiet hours or on a closed day; a promise made for today or tomorrow reminds at once.</source>
        <translation>Le rappel arrive pendant les heures d&apos;ouverture, jamais pendant les heures calmes ni un jour de fermeture&#xa0;; une promesse faite pour aujourd&apos;hui ou demain est rappelée tout de suite.</translation>
    </message>
    <message>
        <source>Remind to tell the customer when a promise was kept</source>
        <translation>Rappeler d&apos;informer le client quand une promesse a été tenue</translation>
    </message>
    <message>
        <source>Complaint with no promise or resolution after</source>
        <translation>Réclamation sans promesse ni solution après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Low feedback rating (2 of 5 or less, 6 of 10 or less)</source>
        <translation>Mauvaise note d&apos;avis (2 sur 5 ou moins, 6 sur 10 ou moins)</translation>
    </message>
    <message>
        <source>Ask for feedback and report back</source>
        <translation>Demander un avis et faire un retour</translation>
    </message>
    <message>
        <source>Ask for feedback after a purchase or resolved complaint, after</source>
        <translation>Demander un avis après un achat ou une réclamation résolue, après</translation>
    </message>
    <message>
        <source>Ask one customer at most once every</source>
        <translation>Ne demander à un même client qu&apos;une fois tous les</translation>
    </message>
    <message>
        <source>Remind to report back when feedback led to an action</source>
        <translation>Rappeler de faire un retour quand un avis a mené à une mesure</translation>
    </message>
    <message>
        <source>Only customers who agreed to be contacted are asked for feedback; nobody who said no gets any message.</source>
        <translation>Seuls les clients qui ont accepté d&apos;être contactés reçoivent une demande d&apos;avis&#xa0;; ceux qui ont dit non ne reçoivent aucun message.</translation>
    </message>
    <message>
        <source>Remind me when a customer has had no contact for longer than their cadence</source>
        <translation>Me rappeler quand un client n&apos;a pas eu de contact depuis plus longtemps que son rythme</translation>
    </message>
    <message>
        <source>e.g. vip: 30, trade: 90</source>
        <translation>p. ex. vip: 30, pro: 90</translation>
    </message>
    <message>
        <source>Tag: days without contact. A customer with several of these tags gets the shortest.</source>
        <translation>Étiquette&#xa0;: jours sans contact. Un client qui a plusieurs de ces étiquettes reçoit le plus court.</translation>
    </message>
    <message>
        <source>Cadence by tag (days):</source>
        <translation>Rythme par étiquette (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>Everyone else:</source>
        <translation>Tous les autres&#xa0;:</translation>
    </message>
    <message>
        <source>Any interaction logged with a customer, or a message sent to them, starts their clock again. A customer&apos;s own cadence (on their record) overrides these, and “Stop tracking” in the Losing touch list leaves them out.</source>
        <translation>Tout échange noté avec un client, ou tout message qui lui est envoyé, relance son compteur. Le rythme propre à un client (sur sa fiche) l&apos;emporte sur ceux-ci, et «&#xa0;Ne plus suivre&#xa0;» dans la liste Perdus de vue l&apos;en retire.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Heure d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Heure de fermeture</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Heures calmes&#xa0;:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Heures calmes à partir de</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Heures calmes jusqu&apos;à</translation>
    </message>
    <message>
        <source>No notifications in quiet hours or on closed days; what came due meanwhile is shown when you are back. Reminders due on a closed day move to the next open day. Next-day reminders come at opening time; a promise made for a date without a time is due at closing time.</source>
        <translation>Pas de notification pendant les heures calmes ni les jours de fermeture&#xa0;; ce qui est arrivé à échéance entre-temps s&apos;affiche à votre retour. Les rappels tombant un jour de fermeture passent au jour d&apos;ouverture suivant. Les rappels du lendemain arrivent à l&apos;ouverture&#xa0;; une promesse faite pour une date sans heure est due à la fermeture.</translation>
    </message>
    <message>
        <source>Thank-yous, feedback requests, report-backs and “promise kept” messages are written from templates. Add your own, rename, edit or delete them, and choose which one each kind of message starts with. Changes there are saved as you make them.</source>
        <translation>Les remerciements, demandes d&apos;avis, retours et messages «&#xa0;promesse tenue&#xa0;» sont rédigés à partir de modèles. Ajoutez les vôtres, renommez-les, modifiez-les ou supprimez-les, et choisissez celui par lequel commence chaque type de message. Les changements y sont enregistrés au fur et à mesure.</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Modifier les modèles de messages…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Choose at least one day the business is open.</source>
        <translation>Choisissez au moins un jour d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>L&apos;heure de fermeture doit être après l&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Lancement à l&apos;ouverture de session non modifié</translation>
    </message>
    <message>
        <source>cxlogger could not change the start-at-login entry: %1. The other settings were saved.</source>
        <translation>cxlogger n&apos;a pas pu modifier le lancement à l&apos;ouverture de session&#xa0;: %1. Les autres paramètres ont été enregistrés.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>C&apos;est &amp;moi</translation>
    </message>
    <message>
        <source>Make &amp;owner / staff</source>
        <translation>Rendre &amp;gérant / personnel</translation>
    </message>
    <message>
        <source>Owners may erase customers, restore backups, change rules and templates, manage staff and export everything</source>
        <translation>Les gérants peuvent effacer des clients, restaurer des sauvegardes, modifier les règles et les modèles, gérer le personnel et tout exporter</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir un code &amp;PIN…</translation>
    </message>
    <message>
        <source>An optional 4-digit PIN asked when switching to this person</source>
        <translation>Un code PIN facultatif à 4 chiffres, demandé quand on passe à cette personne</translation>
    </message>
    <message>
        <source>Remove PI&amp;N</source>
        <translation>Supprimer le code PI&amp;N</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Someone who left: gone from the pickers, their records keep their name, and their open work is listed for handing over</source>
        <translation>Quelqu&apos;un qui est parti&#xa0;: retiré des listes de choix, ses fiches gardent son nom, et son travail en cours est listé pour être transmis</translation>
    </message>
    <message>
        <source>  (owner)</source>
        <translation>  (gérant)</translation>
    </message>
    <message>
        <source>  (you)</source>
        <translation>  (vous)</translation>
    </message>
    <message>
        <source>  · PIN</source>
        <translation>  · PIN</translation>
    </message>
    <message>
        <source>  (no longer active)</source>
        <translation>  (plus actif)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>Code PIN de {name}</translation>
    </message>
    <message>
        <source>A new 4-digit PIN for {name}:</source>
        <translation>Un nouveau code PIN à 4 chiffres pour {name}&#xa0;:</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, saisissez votre code PIN à 4 chiffres :</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore completed</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>The restore that was interrupted last time has been completed: cxlogger now holds the backup you chose. The data as it was before is kept in the backups (or, if it was damaged, in the “damaged” folder).</source>
        <translation>La restauration interrompue la dernière fois a été terminée&#xa0;: cxlogger contient maintenant la sauvegarde que vous avez choisie. Les données d&apos;avant sont conservées dans les sauvegardes (ou, si elles étaient endommagées, dans le dossier «&#xa0;damaged&#xa0;»).</translation>
    </message>
    <message>
        <source>cxlogger cannot use its data folder</source>
        <translation>cxlogger ne peut pas utiliser son dossier de données</translation>
    </message>
    <message>
        <source>Not saved: cxlogger found its database damaged, so nothing was written to it. What you entered is still here: copy it before closing, and enter it again once the data is restored.</source>
        <translation>Non enregistré : cxlogger a trouvé sa base de données endommagée, rien n’y a donc été écrit. Ce que vous avez saisi est toujours là : copiez-le avant de fermer, et saisissez-le à nouveau une fois les données restaurées.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Handed over to {name}</source>
        <translation>Transmis à {name}</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Transmis pour vous</translation>
    </message>
    <message>
        <source>{customer}: {what} — from {who}, {when}</source>
        <translation>{customer}&#xa0;: {what} — de {who}, {when}</translation>
    </message>
    <message>
        <source>Became overdue</source>
        <translation>Passé en retard</translation>
    </message>
    <message>
        <source>{customer}: {what} — was due {when}</source>
        <translation>{customer}&#xa0;: {what} — était prévu {when}</translation>
    </message>
    <message>
        <source> — {who}</source>
        <translation> — {who}</translation>
    </message>
    <message>
        <source>{who} handed you {what} ({customer})</source>
        <translation>{who} vous a transmis {what} ({customer})</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message numerus="yes">
        <source>%n things were handed to you; see Today.</source>
        <translation>
            <numerusform>%n chose vous a été transmise&#xa0;; voir Aujourd&apos;hui.</numerusform>
            <numerusform>%n choses vous ont été transmises&#xa0;; voir Aujourd&apos;hui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>A new template of this kind, starting as a copy</source>
        <translation>Un nouveau modèle de ce type, qui commence comme une copie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Use by de&amp;fault</source>
        <translation>Utiliser par dé&amp;faut</translation>
    </message>
    <message>
        <source>Follow-up cards start with this template; you can pick another there</source>
        <translation>Les cartes de relance commencent par ce modèle&#xa0;; vous pouvez en choisir un autre sur place</translation>
    </message>
    <message>
        <source>Restore built-in templates</source>
        <translation>Restaurer les modèles fournis</translation>
    </message>
    <message>
        <source>Adds back any built-in template you deleted</source>
        <translation>Rajoute tout modèle fourni que vous avez supprimé</translation>
    </message>
    <message>
        <source>Messages for:</source>
        <translation>Messages pour&#xa0;:</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Insérer un champ…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Only these placeholders exist, and they never contain internal notes: summaries, details, outcome notes and action notes stay inside the shop.</source>
        <translation>Seuls ces champs existent, et ils ne contiennent jamais de notes internes&#xa0;: résumés, détails, notes de résultat et notes de mesure restent dans la boutique.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>For &amp;customer:</source>
        <translation>Pour le &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Promesse tenue (informer le client)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Demande d&apos;avis</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Retour sur un avis</translation>
    </message>
    <message>
        <source>(no customers yet: example values)</source>
        <translation>(pas encore de clients&#xa0;: valeurs d&apos;exemple)</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (par défaut)</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Écrivez le message.</translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation>Corrigez le modèle pour voir l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Enregistrer les modifications de ce modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Logged by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>Dans les messages</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promis par</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>À dire au client</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Client informé</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Transmis par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pinned by</source>
        <translation>Épinglée par</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Levée par</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Copié pour envoi</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Keep promises, and tell customers when it&apos;s done</source>
        <translation>Tenir ses promesses, et prévenir les clients quand c&apos;est fait</translation>
    </message>
    <message>
        <source>Say thank you while it still means something</source>
        <translation>Dire merci tant que cela compte encore</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Demander comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>Tell customers what their feedback changed</source>
        <translation>Dire aux clients ce que leur avis a changé</translation>
    </message>
    <message>
        <source>Customers you have not been in touch with for too long</source>
        <translation>Les clients avec qui vous n&apos;avez pas été en contact depuis trop longtemps</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Seulement les miennes</translation>
    </message>
    <message>
        <source>Show only the follow-ups you own</source>
        <translation>N&apos;afficher que les relances dont vous êtes responsable</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>Noter un avis…</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Recherche de ce qui est à faire…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming this week</source>
        <translation>
            <numerusform>%Ln cette semaine</numerusform>
            <numerusform>%Ln cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln à faire</numerusform>
            <numerusform>%Ln à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Transmis pour vous</translation>
    </message>
    <message>
        <source>Colleagues handed these to you; they are yours now</source>
        <translation>Des collègues vous ont transmis ceci&#xa0;; c&apos;est désormais à vous</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to cxlogger.&lt;/b&gt;&lt;br&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; to log your first customer interaction: who, how, and what happened. Thank-yous, promises and feedback requests will appear here when they are due.&lt;br&gt;&lt;br&gt;To look around with sample data first, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Bienvenue dans cxlogger.&lt;/b&gt;&lt;br&gt;Appuyez sur &lt;b&gt;Ctrl+L&lt;/b&gt; pour noter votre premier échange avec un client&#xa0;: qui, comment et ce qui s&apos;est passé. Les remerciements, promesses et demandes d&apos;avis apparaîtront ici quand ils seront à faire.&lt;br&gt;&lt;br&gt;Pour d&apos;abord faire un tour avec des données d&apos;exemple, lancez &lt;code&gt;cxlogger demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Nothing is due right now. Everyone has been thanked, every promise is on track.</source>
        <translation>Rien à faire pour l&apos;instant. Tout le monde a été remercié, chaque promesse est en bonne voie.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more; they appear here as you deal with the ones above.</source>
        <translation>
            <numerusform>… et %Ln autre&#xa0;; elle apparaîtra ici à mesure que vous traitez celles du dessus.</numerusform>
            <numerusform>… et %Ln autres&#xa0;; elles apparaîtront ici à mesure que vous traitez celles du dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Nothing else is scheduled for the next seven days.</source>
        <translation>Rien d&apos;autre n&apos;est prévu pour les sept prochains jours.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more this week.</source>
        <translation>
            <numerusform>… et %Ln autre cette semaine.</numerusform>
            <numerusform>… et %Ln autres cette semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Client informé</translation>
    </message>
    <message>
        <source>How did you tell the customer?</source>
        <translation>Comment avez-vous informé le client&#xa0;?</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>Me le rappeler le&#xa0;:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Done — kept on this computer until the server is back</source>
        <translation>Fait — conservé sur cet ordinateur jusqu’au retour du serveur</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Fait — noté dans l&apos;historique du client</translation>
    </message>
    <message>
        <source>Done — the next contact is scheduled</source>
        <translation>Fait — le prochain contact est planifié</translation>
    </message>
    <message>
        <source>Dismissed — it will not come back</source>
        <translation>Écarté — cela ne reviendra pas</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Choisir un moment…</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pour 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Demain matin, %1</translation>
    </message>
    <message>
        <source>Next working morning (%1), %2</source>
        <translation>Prochain matin ouvré (%1), %2</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>La semaine prochaine (%1)</translation>
    </message>
    <message>
        <source>It stays yours, with its reminders</source>
        <translation>Elle reste à vous, avec ses rappels</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>cxlogger — %Ln follow-up(s) due</source>
        <translation>
            <numerusform>cxlogger — %Ln relance à faire</numerusform>
            <numerusform>cxlogger — %Ln relances à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln relance à faire</numerusform>
            <numerusform>%Ln relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Tout reporter d&apos;une heure</translation>
    </message>
    <message>
        <source>Open cxlogger</source>
        <translation>Ouvrir cxlogger</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Welcome to cxlogger</source>
        <translation>Bienvenue dans cxlogger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Every interaction you log notes who logged it. Who is using cxlogger on this computer?</source>
        <translation>&lt;h3&gt;Bienvenue&#xa0;!&lt;/h3&gt;Chaque échange que vous notez indique qui l&apos;a noté. Qui utilise cxlogger sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Quelqu&apos;un de nouveau…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, with sample customers to try everything on. Your own data stays untouched until you click Start.</source>
        <translation>La démo s&apos;ouvre dans sa propre fenêtre, avec des clients fictifs pour tout essayer. Vos propres données restent intactes jusqu&apos;à ce que vous cliquiez sur «&#xa0;Commencer&#xa0;».</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Try cxlogger on sample data first</source>
        <translation>Essayer d&apos;abord cxlogger sur des données fictives</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “cxlogger demo” to open it.</source>
        <translation>La démo n&apos;a pas pu démarrer. Lancez «&#xa0;cxlogger demo&#xa0;» pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cxlogger cannot open its data</source>
        <translation>cxlogger ne peut pas ouvrir ses données</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
</context>
<context>
    <name>csv_actions</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write interactions, money, promises, feedback or customers to a CSV file for your accountant</source>
        <translation>Écrire les échanges, l&apos;argent, les promesses, les avis ou les clients dans un fichier CSV pour votre comptable</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file</source>
        <translation>Ajouter des clients depuis un fichier CSV (Google Contacts, Outlook, un tableur) ou un fichier vCard</translation>
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
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.</source>
        <translation>Un problème est survenu et cette action n&apos;a pas été effectuée. Vos données enregistrées sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
</context>
</TS>
