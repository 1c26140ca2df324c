<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>e.g. asked the team to open on Saturdays</source>
        <translation>p. ej., pedí al equipo abrir los sábados</translation>
    </message>
    <message>
        <source>e.g. From next week we are open on Saturdays, 9 to 13.</source>
        <translation>p. ej., A partir de la semana que viene abrimos los sábados de 9 a 13 h.</translation>
    </message>
    <message>
        <source>What did you &amp;do? (for colleagues)</source>
        <translation>¿Qué &amp;hizo? (para los compañeros)</translation>
    </message>
    <message>
        <source>What to &amp;tell the customer (optional)</source>
        <translation>Qué &amp;decirle al cliente (opcional)</translation>
    </message>
    <message>
        <source>Only the second text can appear in the report-back to the customer; you can still change that message before it is sent.</source>
        <translation>Solo el segundo texto puede aparecer en la respuesta al cliente; todavía podrá cambiar ese mensaje antes de enviarlo.</translation>
    </message>
    <message>
        <source>Say what was done about the feedback.</source>
        <translation>Indique qué se hizo con la opinión.</translation>
    </message>
</context>
<context>
    <name>BusinessBox</name>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>p. ej. Panadería de la esquina</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Abierto los</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Como está configurado el ordenador (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Puede cambiar todo esto más adelante en Configuración.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>esta interacción</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>esta promesa</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>esta opinión</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed while you were editing</source>
        <translation>Cambiado mientras usted editaba</translation>
    </message>
    <message>
        <source>{who} changed this {noun} on {when} while you were editing it.</source>
        <translation>{who} cambió {noun} el {when} mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Someone changed this {noun} while you were editing it.</source>
        <translation>Alguien cambió {noun} mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet, and nothing of theirs or yours is lost. For each field below, choose which value to keep, then save.</source>
        <translation>Todavía no se ha guardado nada, y no se pierde nada ni suyo ni de ellos. Para cada campo de abajo, elija qué valor conservar y luego guarde.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Lo suyo</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Lo de ellos (ya guardado)</translation>
    </message>
    <message>
        <source>Keep what you typed</source>
        <translation>Conservar lo que escribió</translation>
    </message>
    <message>
        <source>Your dialog showed this; you did not change it</source>
        <translation>Su ventana mostraba esto; usted no lo cambió</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: lo suyo</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: lo de ellos</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>su cambio</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>changed by {who}, {when}</source>
        <translation>cambiado por {who}, {when}</translation>
    </message>
    <message>
        <source>changed by {who}</source>
        <translation>cambiado por {who}</translation>
    </message>
    <message>
        <source>&amp;Save chosen values</source>
        <translation>&amp;Guardar los valores elegidos</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Volver a la edición</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared server</source>
        <translation>Conectar a un servidor compartido</translation>
    </message>
    <message>
        <source>Several desks can share one PostgreSQL database on a server in the office (a mini-PC or a NAS) or a hosted one. Ask whoever set it up for these details.</source>
        <translation>Varios puestos pueden compartir una base de datos PostgreSQL en un servidor de la oficina (un mini-PC o un NAS) o en uno alojado. Pida estos datos a quien lo instaló.</translation>
    </message>
    <message>
        <source>e.g. nas.local or 192.168.1.20</source>
        <translation>p. ej. nas.local o 192.168.1.20</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation>se guarda en el almacén de contraseñas de este equipo</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Cifrada, certificado del servidor comprobado (recomendado)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Cifrada, certificado sin comprobar</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>Sin cifrar (solo dentro de una red de confianza)</translation>
    </message>
    <message>
        <source>How the connection is protected (PostgreSQL&apos;s sslmode): verify-full, require or disable</source>
        <translation>Cómo se protege la conexión (sslmode de PostgreSQL): verify-full, require o disable</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protección:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agrees to be contacted</source>
        <translation>acepta que le contactemos</translation>
    </message>
    <message>
        <source>does not want to be contacted — no thank-yous, feedback requests or report-backs are suggested; promises to them still remind you</source>
        <translation>no quiere que le contactemos: no se proponen agradecimientos, peticiones de opinión ni respuestas; las promesas que le hizo se le siguen recordando</translation>
    </message>
    <message>
        <source>not asked yet — thank-yous only; ask before requesting feedback</source>
        <translation>aún no se le ha preguntado: solo agradecimientos; pregúntele antes de pedir su opinión</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gesto comercial</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Informar al cliente</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no hace falta</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Pedir opinión</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>Probabilidad de recomendar (0–10)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Money (sales, refunds, credits, goodwill)</source>
        <translation>Dinero (ventas, reembolsos, abonos, gestos comerciales)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>cuándo ocurrió</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>when it was received</source>
        <translation>cuándo se recibió</translation>
    </message>
    <message>
        <source>when the customer was added</source>
        <translation>cuándo se añadió el cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Permiso para contactar</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Promesa cumplida (informar al cliente)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Petición de opinión</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Respuesta a una opinión</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount is a</source>
        <translation>El importe es</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>En los mensajes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota del resultado</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Decir al cliente</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>Due at a time</source>
        <translation>Vence a una hora</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>comma-separated, e.g. regular, vip</source>
        <translation>separadas por comas, p. ej., habitual, vip</translation>
    </message>
    <message>
        <source>Not asked yet (thank-yous only)</source>
        <translation>Aún no se ha preguntado (solo agradecimientos)</translation>
    </message>
    <message>
        <source>Yes (thank-yous and feedback requests)</source>
        <translation>Sí (agradecimientos y peticiones de opinión)</translation>
    </message>
    <message>
        <source>No (no messages at all)</source>
        <translation>No (ningún mensaje)</translation>
    </message>
    <message>
        <source>Whether they agreed to hear from you. “No” stops every thank-you, feedback request and report-back; promises to them still remind you.</source>
        <translation>Si aceptó tener noticias suyas. «No» detiene todo agradecimiento, petición de opinión y respuesta; las promesas que le hizo se le siguen recordando.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>P&amp;referred channel</source>
        <translation>Canal &amp;preferido</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation>&amp;Acepta que le contactemos</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Choose a customer</source>
        <translation>Elija un cliente</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Add promise…</source>
        <translation>Añadir promesa…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Fusionar un duplicado…</translation>
    </message>
    <message>
        <source>Merge a duplicate of this customer into it</source>
        <translation>Fusionar en este cliente un duplicado suyo</translation>
    </message>
    <message>
        <source>Pin a heads-up…</source>
        <translation>Fijar un aviso…</translation>
    </message>
    <message>
        <source>Pin a note everyone who deals with this customer will see</source>
        <translation>Fijar una nota que verán todos los que atiendan a este cliente</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>How often to get in touch with this customer</source>
        <translation>Con qué frecuencia contactar con este cliente</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every … days…</source>
        <translation>Cada … días…</translation>
    </message>
    <message>
        <source>Use the cadence of their tags</source>
        <translation>Usar la frecuencia de sus etiquetas</translation>
    </message>
    <message>
        <source>Track again</source>
        <translation>Volver a seguir</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Get in touch with them at least every (days):</source>
        <translation>Contactar con él al menos cada (días):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their details and history.</source>
        <translation>Elija un cliente a la izquierda para ver sus datos y su historial.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Último contacto:</translation>
    </message>
    <message>
        <source>not tracked (stopped)</source>
        <translation>sin seguimiento (detenido)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>sin seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>(their own)</source>
        <translation>(la suya propia)</translation>
    </message>
    <message>
        <source>(from their tags)</source>
        <translation>(de sus etiquetas)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>a más tardar el %1</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Mantener el contacto:</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation>Escriba un nombre, empresa, correo o teléfono…</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Heads-up (%1) on this customer</source>
        <translation>Aviso (%1) sobre este cliente</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, company, email, phone or tag…</source>
        <translation>Buscar por nombre, empresa, correo, teléfono o etiqueta…</translation>
    </message>
    <message>
        <source>Three or more characters find them anywhere in the name, company, email, phone or tags; one or two characters find names that begin with them.</source>
        <translation>Tres o más caracteres encuentran clientes que los contengan en cualquier parte del nombre, la empresa, el correo, el teléfono o las etiquetas; uno o dos caracteres encuentran nombres que empiecen por ellos.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Añadir cliente…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;Merge these two customers…</source>
        <translation>&amp;Fusionar estos dos clientes…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>cxlogger&apos;s database is missing changes</source>
        <translation>A la base de datos de cxlogger le faltan cambios</translation>
    </message>
    <message>
        <source>cxlogger&apos;s database is damaged</source>
        <translation>La base de datos de cxlogger está dañada</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Seguir sin ellos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>
The damaged database was moved, as it was, to {0}.</source>
        <translation>
La base de datos dañada se movió tal cual a {0}.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Exporting the customer&apos;s data…</source>
        <translation>Exportando los datos del cliente…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation>Leyendo lo que se borraría…</translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Who&apos;s at the desk: switch to a colleague ({keys})</source>
        <translation>Quién está en el puesto: cambiar a un compañero ({keys})</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>  ·  Demo data: nothing here is real</source>
        <translation>  ·  Datos de demostración: nada de esto es real</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>En el puesto: {name}</translation>
    </message>
    <message>
        <source>Who&apos;s at the desk?</source>
        <translation>¿Quién está en el puesto?</translation>
    </message>
    <message>
        <source>{name} (owner, PIN)</source>
        <translation>{name} (propietario, PIN)</translation>
    </message>
    <message>
        <source>{name} (owner; no PIN: anyone can act as owner)</source>
        <translation>{name} (propietario; sin PIN: cualquiera puede actuar como propietario)</translation>
    </message>
    <message>
        <source>{name} (owner)</source>
        <translation>{name} (propietario)</translation>
    </message>
    <message>
        <source>{name} (PIN)</source>
        <translation>{name} (PIN)</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN de {name}</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, introduzca su PIN de 4 cifras:</translation>
    </message>
    <message>
        <source>{name} is at the desk now</source>
        <translation>{name} está ahora en el puesto</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Since you last looked</source>
        <translation>Desde su última visita</translation>
    </message>
    <message>
        <source>Since you last looked ({when}):</source>
        <translation>Desde su última visita ({when}):</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>due {when}</source>
        <translation>vence {when}</translation>
    </message>
    <message>
        <source>overdue since {when}</source>
        <translation>vencido desde {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>today, end of day</source>
        <translation>hoy, al cierre</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>mañana {time}</translation>
    </message>
    <message>
        <source>tomorrow, end of day</source>
        <translation>mañana, al cierre</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ayer {time}</translation>
    </message>
    <message>
        <source>yesterday, end of day</source>
        <translation>ayer, al cierre</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}, end of day</source>
        <translation>{day}, al cierre</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>snoozed until {when}</source>
        <translation>aplazado hasta {when}</translation>
    </message>
    <message>
        <source>{due} · snoozed until {when}</source>
        <translation>{due} · aplazado hasta {when}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may exist already</source>
        <translation>Puede que este cliente ya exista</translation>
    </message>
    <message>
        <source>“{}” looks like a customer you already have.</source>
        <translation>«{}» se parece a un cliente que ya tiene.</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>Añadir como cliente nuevo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (12,50)</source>
        <translation>Importes con coma decimal (12,50)</translation>
    </message>
    <message>
        <source>Excel-compatible UTF-8 (with BOM)</source>
        <translation>UTF-8 compatible con Excel (con BOM)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Se&amp;parador</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dates are local calendar days, by %1.</source>
        <translation>Las fechas son días naturales locales, según %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 de %Ln fila</numerusform>
            <numerusform>%1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln fila en %1.</numerusform>
            <numerusform>Se escribieron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Registrar opinión</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Lo que dijo el cliente</translation>
    </message>
    <message>
        <source>What you did or will do about it (a report-back reminder follows)</source>
        <translation>Lo que hizo o hará al respecto (seguirá un recordatorio para responder)</translation>
    </message>
    <message>
        <source>Optional: what the report-back may tell the customer</source>
        <translation>Opcional: lo que la respuesta puede decirle al cliente</translation>
    </message>
    <message>
        <source>The action taken above is internal and never appears in a message.</source>
        <translation>La medida indicada arriba es interna y nunca aparece en un mensaje.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>Medida tomada:</translation>
    </message>
    <message>
        <source>Tell the customer:</source>
        <translation>Decir al cliente:</translation>
    </message>
    <message>
        <source>A low rating creates a close-the-loop reminder for the customer&apos;s owner.</source>
        <translation>Una puntuación baja crea, para el responsable del cliente, un recordatorio para informarle de lo que se hizo.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>— not about one interaction —</source>
        <translation>— no se refiere a una interacción concreta —</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Abrir este cliente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>A hold on this customer pauses messages to them: %1</source>
        <translation>Un bloqueo sobre este cliente pausa los mensajes que se le envían: %1</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Open your email program with a message to %1</source>
        <translation>Abrir su programa de correo con un mensaje para %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy the message, to paste into a text or chat</source>
        <translation>Copiar el mensaje para pegarlo en un SMS o un chat</translation>
    </message>
    <message>
        <source>Promise kept…</source>
        <translation>Promesa cumplida…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation>Medida tomada: {action}</translation>
    </message>
    <message>
        <source>Recorded with the feedback; a report-back reminder follows</source>
        <translation>Registrado con la opinión; seguirá un recordatorio para responder</translation>
    </message>
    <message>
        <source>Action taken…</source>
        <translation>Medida tomada…</translation>
    </message>
    <message>
        <source>Record what you did about it; a report-back reminder follows</source>
        <translation>Registrar lo que hizo; seguirá un recordatorio para responder</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <source>Give it to a colleague, with a note for them</source>
        <translation>Dárselo a un compañero, con una nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation>Marcar como hecho; queda registrado en el historial del cliente</translation>
    </message>
    <message>
        <source>Done &amp;&amp; next…</source>
        <translation>Hecho &amp;&amp; siguiente…</translation>
    </message>
    <message>
        <source>Mark as done and schedule the next contact (in days, weeks or months)</source>
        <translation>Marcar como hecho y programar el próximo contacto (en días, semanas o meses)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not needed: hide it for good</source>
        <translation>No hace falta: ocultarlo para siempre</translation>
    </message>
    <message>
        <source>Sent — mark done</source>
        <translation>Enviado: marcar como hecho</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Say thank you for the purchase: </source>
        <translation>Agradecer la compra: </translation>
    </message>
    <message>
        <source>Say thank you for the referral: </source>
        <translation>Agradecer la recomendación: </translation>
    </message>
    <message>
        <source>Say thank you for their first visit: </source>
        <translation>Agradecer la primera visita: </translation>
    </message>
    <message>
        <source>Say thank you for their patience (complaint resolved): </source>
        <translation>Agradecer la paciencia (reclamación resuelta): </translation>
    </message>
    <message>
        <source>Ask for feedback on: </source>
        <translation>Pedir opinión sobre: </translation>
    </message>
    <message>
        <source>Keep the promise: </source>
        <translation>Cumplir la promesa: </translation>
    </message>
    <message>
        <source>Tell them the promise was kept: </source>
        <translation>Decirle que se cumplió la promesa: </translation>
    </message>
    <message>
        <source>Report back on their feedback: </source>
        <translation>Responder a su opinión: </translation>
    </message>
    <message>
        <source>Keep in touch: </source>
        <translation>Mantener el contacto: </translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <source>Hand over &lt;b&gt;{what}&lt;/b&gt; to a colleague.</source>
        <translation>Traspasar &lt;b&gt;{what}&lt;/b&gt; a un compañero.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Traspasar a</translation>
    </message>
    <message>
        <source>What they need to know: where things stand, whom to call…</source>
        <translation>Lo que necesita saber: cómo están las cosas, a quién llamar…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>There is nobody to hand it to: add colleagues in Edit → Staff.</source>
        <translation>No hay nadie a quien traspasarlo: añada compañeros en Editar → Personal.</translation>
    </message>
</context>
<context>
    <name>HandOverAllDialog</name>
    <message>
        <source>Hand over {name}&apos;s work</source>
        <translation>Traspasar el trabajo de {name}</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their records keep their name. These are still open:</source>
        <translation>{name} ya no está activo. Sus registros conservan su nombre. Esto sigue pendiente:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{name} left; over to you.</source>
        <translation>{name} se ha ido; ahora es suyo.</translation>
    </message>
    <message>
        <source>Hand &amp;all to</source>
        <translation>Traspasar &amp;todo a</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>HandedRow</name>
    <message>
        <source>Open this customer</source>
        <translation>Abrir este cliente</translation>
    </message>
    <message>
        <source>Handed to you by {who}, {when}</source>
        <translation>Se lo traspasó {who}, {when}</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Take it in: it leaves this list and stays yours, with its reminders</source>
        <translation>Asumirlo: sale de esta lista y sigue siendo suyo, con sus recordatorios</translation>
    </message>
</context>
<context>
    <name>HeadsUp</name>
    <message>
        <source>Hold</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Paused: hold until it is resolved</source>
        <translation>En pausa: bloqueo hasta que se resuelva</translation>
    </message>
    <message>
        <source>Paused: hold until %1</source>
        <translation>En pausa: bloqueo hasta el %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>It no longer applies: resolve it (it stays on the timeline)</source>
        <translation>Ya no procede: resolverlo (se queda en el historial)</translation>
    </message>
    <message>
        <source>Thank-yous, feedback asks and report-backs to them are paused; promises still remind.</source>
        <translation>Los agradecimientos, peticiones de opinión y respuestas a este cliente están en pausa; las promesas siguen recordándose.</translation>
    </message>
    <message>
        <source>Heads-ups: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>Pinned by %1 on %2</source>
        <translation>Fijado por %1 el %2</translation>
    </message>
    <message>
        <source>Applies until the end of %1</source>
        <translation>Vale hasta el final del %1</translation>
    </message>
    <message>
        <source>From interaction INT-%1</source>
        <translation>De la interacción INT-%1</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source>The last day it applies; without it, until someone resolves it</source>
        <translation>El último día en que vale; sin fecha, vale hasta que alguien lo resuelva</translation>
    </message>
    <message>
        <source>Last day it applies</source>
        <translation>Último día en que vale</translation>
    </message>
    <message>
        <source>A hold also pauses thank-yous, feedback asks and report-backs to them</source>
        <translation>Un bloqueo también pausa los agradecimientos, peticiones de opinión y respuestas a este cliente</translation>
    </message>
    <message>
        <source>Pin a heads-up</source>
        <translation>Fijar un aviso</translation>
    </message>
    <message>
        <source>e.g. Mixer returned 11 Dec, stop rental invoices</source>
        <translation>p. ej. Batidora devuelta el 11 dic., parar las facturas de alquiler</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Heads-up</source>
        <translation>&amp;Aviso</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Sin resolver</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>The search index was damaged and has been rebuilt from the interactions.</source>
        <translation>El índice de búsqueda estaba dañado y se ha reconstruido a partir de las interacciones.</translation>
    </message>
    <message>
        <source>The daily check found damage in cxlogger&apos;s database ({0}). To keep it from spreading, nothing more may be written to it.</source>
        <translation>La comprobación diaria encontró daños en la base de datos de cxlogger ({0}). Para que no se extiendan, ya no se puede escribir nada en ella.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {0} ({1} customers, {2} interactions)? The damaged file is kept aside. What was entered after that time is not in it.</source>
        <translation>¿Restaurar la copia de seguridad buena más reciente, del {0} ({1} clientes, {2} interacciones)? El archivo dañado se guarda aparte. Lo que se introdujo después de ese momento no está en ella.</translation>
    </message>
    <message>
        <source>There is no good backup to restore: cxlogger quits. Keep the data folder, and ask someone who knows SQLite to rescue it.</source>
        <translation>No hay ninguna copia de seguridad buena que restaurar: cxlogger se cierra. Conserve la carpeta de datos y pida a alguien que conozca SQLite que la rescate.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file (.vcf).</source>
        <translation>Elija un archivo CSV (Google Contactos, Outlook, una hoja de cálculo) o un archivo vCard (.vcf).</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Se&amp;parador</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields</source>
        <translation>Cómo las columnas del archivo pasan a ser campos del cliente</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Rows that need a look</source>
        <translation>Filas que conviene revisar</translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation>Omitir duplicados</translation>
    </message>
    <message>
        <source>Merge duplicates (fill in empty fields, add tags and notes)</source>
        <translation>Fusionar duplicados (rellenar campos vacíos, añadir etiquetas y notas)</translation>
    </message>
    <message>
        <source>Skip invalid rows and import the rest</source>
        <translation>Omitir las filas no válidas e importar el resto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields:</source>
        <translation>Cómo las columnas del archivo pasan a ser campos del cliente:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>CSV, separator %1</source>
        <translation>CSV, separador %1</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>codificación %1 (detectada)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen by you)</source>
        <translation>codificación %1 (elegida por usted)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %Ln cliente nuevo.</numerusform>
            <numerusform>Se añadirán %Ln clientes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be merged.</source>
        <translation>
            <numerusform>Se fusionará %Ln duplicado.</numerusform>
            <numerusform>Se fusionarán %Ln duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %Ln duplicado.</numerusform>
            <numerusform>Se omitirán %Ln duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.</source>
        <translation>
            <numerusform>%Ln fila no válida: corríjala en el archivo, cambie la correspondencia u omítala.</numerusform>
            <numerusform>%Ln filas no válidas: corríjalas en el archivo, cambie la correspondencia u omítalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s).</source>
        <translation>
            <numerusform>%Ln fila no válida.</numerusform>
            <numerusform>%Ln filas no válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>InteractionLogModel</name>
    <message>
        <source>Click to sort by this column; equal values are newest first.</source>
        <translation>Haga clic para ordenar por esta columna; a igualdad de valores, lo más reciente primero.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: on a large log that would read every row. Use the search and the filters instead.</source>
        <translation>Esta columna no se puede ordenar: en un registro grande habría que leer todas las filas. Use la búsqueda y los filtros.</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Search texts and customer names…</source>
        <translation>Buscar en textos y nombres de clientes…</translation>
    </message>
    <message>
        <source>Three or more characters find summaries, details and customer names that contain them; one or two characters find customers whose name begins with them.</source>
        <translation>Tres o más caracteres encuentran resúmenes, detalles y nombres de clientes que los contengan; uno o dos caracteres encuentran clientes cuyo nombre empiece por ellos.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <source>Working offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión desde las %1 — %n cambio en espera</numerusform>
            <numerusform>Sin conexión desde las %1 — %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>(started without the shared server: new records are kept on this computer and sent when it is back)</source>
        <translation>(iniciado sin el servidor compartido: los registros nuevos se guardan en este ordenador y se envían cuando vuelva)</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Enviando %n cambio…</numerusform>
            <numerusform>Enviando %n cambios…</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Todos los cambios enviados</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Optional: what a message to them may call it, e.g. “your new road bike”</source>
        <translation>Opcional: cómo puede llamarlo un mensaje al cliente, p. ej., «su nueva bicicleta de carretera»</translation>
    </message>
    <message>
        <source>Thank-yous and feedback requests use these words. The summary and details are for colleagues only and never appear in a message.</source>
        <translation>Los agradecimientos y las peticiones de opinión usan estas palabras. El resumen y los detalles son solo para los compañeros y nunca aparecen en un mensaje.</translation>
    </message>
    <message>
        <source>In &amp;messages</source>
        <translation>En los &amp;mensajes</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Correo (opcional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Detalles (opcional)</translation>
    </message>
    <message>
        <source>The problem was &amp;resolved</source>
        <translation>El problema se &amp;resolvió</translation>
    </message>
    <message>
        <source>Amount (optional), e.g. 49.90</source>
        <translation>Importe (opcional), p. ej., 49,90</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se ha preguntado</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>They agree to thank-yous and feedback requests</source>
        <translation>Acepta agradecimientos y peticiones de opinión</translation>
    </message>
    <message>
        <source>They do not want any message from us</source>
        <translation>No quiere ningún mensaje nuestro</translation>
    </message>
    <message>
        <source>Agrees to be contacted?</source>
        <translation>¿Acepta que le contactemos?</translation>
    </message>
    <message>
        <source>&amp;Pin as heads-up</source>
        <translation>&amp;Fijar como aviso</translation>
    </message>
    <message>
        <source>Pin the summary on the customer: everyone who opens them, logs something for them or gets a reminder about them sees it</source>
        <translation>Fijar el resumen en el cliente: lo verán todos los que lo abran, registren algo para él o reciban un recordatorio sobre él</translation>
    </message>
    <message>
        <source>I promised to…</source>
        <translation>Prometí…</translation>
    </message>
    <message>
        <source>e.g. call back with the delivery date</source>
        <translation>p. ej., volver a llamar con la fecha de entrega</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>C&amp;uándo</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Cannot log now</source>
        <translation>No se puede registrar ahora</translation>
    </message>
    <message>
        <source> · agrees to be contacted</source>
        <translation> · acepta que le contactemos</translation>
    </message>
    <message>
        <source> · does not want to be contacted</source>
        <translation> · no quiere que le contactemos</translation>
    </message>
    <message>
        <source>New customer “%1” will be added</source>
        <translation>Se añadirá el cliente nuevo «%1»</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Log it for {name}</source>
        <translation>Registrarlo para {name}</translation>
    </message>
</context>
<context>
    <name>LosingTouch</name>
    <message>
        <source>Message copied</source>
        <translation>Mensaje copiado</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Past cadence</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>Cómo, por quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>LosingTouchModel</name>
    <message>
        <source>Due today</source>
        <translation>Toca hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Sin contacto todavía</translation>
    </message>
</context>
<context>
    <name>LosingTouchView</name>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registrar…</translation>
    </message>
    <message>
        <source>Log a contact with this customer (it resets the clock)</source>
        <translation>Registrar un contacto con este cliente (el plazo vuelve a empezar)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>Take them off this list until later</source>
        <translation>Quitarlo de esta lista hasta más tarde</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Never remind about keeping in touch with this customer</source>
        <translation>No volver a recordar nunca mantener el contacto con este cliente</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdiendo el contacto</translation>
    </message>
    <message>
        <source>Customers with no contact for longer than their cadence, longest first. Cadences are set in Settings → Keep in touch, or on the customer.</source>
        <translation>Clientes sin contacto durante más tiempo que su frecuencia, los más antiguos primero. Las frecuencias se fijan en Configuración → Mantener el contacto, o en el cliente.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their cadence.</source>
        <translation>Todos han sabido de usted dentro de su frecuencia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) past their cadence</source>
        <translation>
            <numerusform>%Ln cliente ha superado su frecuencia</numerusform>
            <numerusform>%Ln clientes han superado su frecuencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Snoozed: %1 is off the list until then</source>
        <translation>Aplazado: %1 sale de la lista hasta entonces</translation>
    </message>
    <message>
        <source>Stop reminding anyone to keep in touch with %1? You can track them again from their record.</source>
        <translation>¿Dejar de recordar a todos que mantengan el contacto con %1? Puede volver a seguirlo desde su ficha.</translation>
    </message>
    <message>
        <source>No longer tracking %1</source>
        <translation>Ya no se sigue a %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Opening your customer records…</source>
        <translation>Abriendo sus fichas de clientes…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdiendo el contacto</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation>Registrar una interacción (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;customer…</source>
        <translation>Añadir &amp;cliente…</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About cxlogger</source>
        <translation>&amp;Acerca de cxlogger</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo it (Ctrl+Z)</source>
        <translation>Deshacerlo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Deshacer: {}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Undone: {}</source>
        <translation>Deshecho: {}</translation>
    </message>
    <message>
        <source>Can&apos;t undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Kept on this computer until the server is back: %1</source>
        <translation>Guardado en este ordenador hasta que vuelva el servidor: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Cliente archivado</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Cliente restaurado</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>About cxlogger</source>
        <translation>Acerca de cxlogger</translation>
    </message>
    <message>
        <source>Log every customer interaction in seconds, keep every promise, and follow up at the right moment.</source>
        <translation>Registre cada interacción con un cliente en segundos, cumpla cada promesa y haga el seguimiento en el momento justo.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Sus datos: %1</translation>
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
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s)</source>
        <translation>
            <numerusform>%Ln promesa</numerusform>
            <numerusform>%Ln promesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln opinión</numerusform>
            <numerusform>%Ln opiniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln heads-up(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Type the name of the customer to merge with…</source>
        <translation>Escriba el nombre del cliente con el que fusionar…</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>&amp;Keep the other one instead</source>
        <translation>&amp;Quedarse con el otro</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>acepta que le contactemos</translation>
    </message>
    <message>
        <source>does not want to be contacted</source>
        <translation>no quiere que le contactemos</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se ha preguntado</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Elija el cliente que es la misma persona.</translation>
    </message>
    <message>
        <source>{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves to the customer kept, and {drop_ref} is removed. Choose which values to keep where they differ. Edit → Undo reverses the merge.</source>
        <translation>{drop} ({drop_ref}) se fusiona en {keep} ({keep_ref}): todo pasa al cliente que se conserva y {drop_ref} se elimina. Elija qué valores conservar donde difieran. Editar → Deshacer revierte la fusión.</translation>
    </message>
    <message>
        <source>Kept: {}</source>
        <translation>Se conserva: {}</translation>
    </message>
    <message>
        <source>Merged in: {}</source>
        <translation>Se fusiona: {}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(combined)</source>
        <translation>(combinado)</translation>
    </message>
    <message>
        <source>(a “no” is kept)</source>
        <translation>(se mantiene un «no»)</translation>
    </message>
    <message>
        <source>(the answer given is kept)</source>
        <translation>(se mantiene la respuesta dada)</translation>
    </message>
    <message>
        <source>Moves to the customer kept: {}.</source>
        <translation>Pasa al cliente que se conserva: {}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Message not ready</source>
        <translation>Mensaje no listo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>No hay programa de correo</translation>
    </message>
    <message>
        <source>No email program opened the message, so its text is now copied. Paste it into a new email to %1 (or wherever you reach the customer), send it, then click “Sent — mark done”.</source>
        <translation>Ningún programa de correo abrió el mensaje, así que su texto se ha copiado. Péguelo en un correo nuevo a %1 (o donde contacte con el cliente), envíelo y luego haga clic en «Enviado: marcar como hecho».</translation>
    </message>
    <message>
        <source>Your email program should open with the message; send it, then click “Sent — mark done”.</source>
        <translation>Su programa de correo debería abrirse con el mensaje; envíelo y luego haga clic en «Enviado: marcar como hecho».</translation>
    </message>
    <message>
        <source>Message copied. Paste it where you reach the customer, then click “Sent — mark done”.</source>
        <translation>Mensaje copiado. Péguelo donde contacte con el cliente y luego haga clic en «Enviado: marcar como hecho».</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Enviado por correo</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Copiado para enviar</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>enviado por %1</translation>
    </message>
</context>
<context>
    <name>MessagePreviewDialog</name>
    <message>
        <source>Email to the customer</source>
        <translation>Correo al cliente</translation>
    </message>
    <message>
        <source>Message to copy</source>
        <translation>Mensaje para copiar</translation>
    </message>
    <message>
        <source>Templates for this kind of message; edit them under Edit → Message templates…</source>
        <translation>Plantillas para este tipo de mensaje; edítelas en Editar → Plantillas de mensajes…</translation>
    </message>
    <message>
        <source>Template for %1:</source>
        <translation>Plantilla para %1:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Check the message and change anything you like. What you send is what is recorded on the customer&apos;s timeline.</source>
        <translation>Revise el mensaje y cambie lo que quiera. Lo que envíe es lo que queda registrado en el historial del cliente.</translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>You can change the message above before sending it.</source>
        <translation>Puede cambiar el mensaje de arriba antes de enviarlo.</translation>
    </message>
    <message>
        <source>The message is empty; write something or cancel.</source>
        <translation>El mensaje está vacío; escriba algo o cancele.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Bringing reminders up to date…</source>
        <translation>Poniendo al día los recordatorios…</translation>
    </message>
    <message>
        <source>Bringing reminders up to date… %1%</source>
        <translation>Poniendo al día los recordatorios… %1 %</translation>
    </message>
    <message>
        <source>Reminders could not be checked. {message}</source>
        <translation>No se pudieron comprobar los recordatorios. {message}</translation>
    </message>
    <message>
        <source>Heads-up: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due</source>
        <translation>
            <numerusform>Vence %Ln seguimiento</numerusform>
            <numerusform>Vencen %Ln seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 overdue</source>
        <translation>%1 — %2 vencidos</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark promise kept</source>
        <translation>Marcar promesa como cumplida</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Marcar promesa como incumplida</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Cancelar promesa</translation>
    </message>
    <message>
        <source>Mark promise</source>
        <translation>Marcar promesa</translation>
    </message>
    <message>
        <source>Optional, e.g. Your refund is on its way to your account.</source>
        <translation>Opcional, p. ej., Su reembolso ya va camino de su cuenta.</translation>
    </message>
    <message>
        <source>Amount, if money moved (e.g. 49.90)</source>
        <translation>Importe, si hubo dinero de por medio (p. ej., 49,90)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>What the amount was</source>
        <translation>Qué fue el importe</translation>
    </message>
    <message>
        <source>&amp;Money (a refund paid, goodwill given), if any:</source>
        <translation>&amp;Dinero (un reembolso pagado, un gesto comercial), si lo hubo:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>What may the customer be told? (The note above stays internal.)</source>
        <translation>¿Qué se le puede decir al cliente? (La nota de arriba es interna.)</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>New promise</source>
        <translation>Nueva promesa</translation>
    </message>
    <message>
        <source>e.g. send the corrected invoice</source>
        <translation>p. ej., enviar la factura corregida</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Keeping it creates the next one; only the next one exists at any time</source>
        <translation>Al cumplirla se crea la siguiente; solo existe la próxima en cada momento</translation>
    </message>
    <message>
        <source>I promised &amp;to</source>
        <translation>Prometí &amp;que</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Se repite</translation>
    </message>
    <message>
        <source>Cannot add a promise</source>
        <translation>No se puede añadir la promesa</translation>
    </message>
    <message>
        <source>New promise to %1</source>
        <translation>Nueva promesa a %1</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Marcar como &amp;cumplida…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Marcar como &amp;incumplida…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel promise…</source>
        <translation>Ca&amp;ncelar promesa…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Traspasar…</translation>
    </message>
    <message>
        <source>Give this promise to a colleague, with a note</source>
        <translation>Dar esta promesa a un compañero, con una nota</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Solo las mías</translation>
    </message>
    <message>
        <source>Show only the promises you own</source>
        <translation>Mostrar solo las promesas de las que usted es responsable</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrada</numerusform>
            <numerusform>%Ln mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencida</numerusform>
            <numerusform>%Ln vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>at a time</source>
        <translation>a una hora</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(deshecho)</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete it; Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>Eliminarlo; Editar → Deshacer (Ctrl+Z) lo recupera</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Abrir &amp;cliente</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Plantillas de mensajes…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Registrar &amp;opinión…</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Hoy (%1)</translation>
    </message>
    <message>
        <source>Reminders are up to date</source>
        <translation>Los recordatorios están al día</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Aplazar 1 hora</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Hecho — anotado en el historial del cliente</translation>
    </message>
    <message>
        <source>Snoozed for 1 hour</source>
        <translation>Aplazado 1 hora</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Click a bar to see the records behind it.</source>
        <translation>Haga clic en una barra para ver los registros que hay detrás.</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe para %1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>Del %1 al %2, comparado con del %3 al %4</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>personal: %1</translation>
    </message>
    <message>
        <source>Rows not shown: %1 (the table&apos;s CSV has them all)</source>
        <translation>Filas no mostradas: %1 (el CSV de la tabla las tiene todas)</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>No se registró nada en este periodo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Informar al cliente</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Opiniones de clientes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesas hechas</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Cumplidas a tiempo</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Cumplidas con retraso</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Still open (not yet due)</source>
        <translation>Aún abiertas (sin vencer)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Vencidas ahora</translation>
    </message>
    <message>
        <source>Kept-on-time rate</source>
        <translation>Tasa de cumplimiento a tiempo</translation>
    </message>
    <message>
        <source>Median days late</source>
        <translation>Mediana de días de retraso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Promises due, by month and outcome</source>
        <translation>Promesas que vencen, por mes y resultado</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Promises by month</source>
        <translation>Promesas por mes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Promises due, per staff member</source>
        <translation>Promesas que vencen, por miembro del personal</translation>
    </message>
    <message>
        <source>On-time rate %</source>
        <translation>Tasa a tiempo %</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Cliente informado</translation>
    </message>
    <message>
        <source>Kept but customer not told</source>
        <translation>Cumplida pero sin informar al cliente</translation>
    </message>
    <message>
        <source>Told rate</source>
        <translation>Tasa de informados</translation>
    </message>
    <message>
        <source>Median time from kept to told</source>
        <translation>Mediana de tiempo entre cumplir e informar</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>No informado</translation>
    </message>
    <message>
        <source>Promises kept, by month: customer told or not</source>
        <translation>Promesas cumplidas por mes: cliente informado o no</translation>
    </message>
    <message>
        <source>Closing the loop by month</source>
        <translation>Informar al cliente, por mes</translation>
    </message>
    <message>
        <source>Unhandled complaints</source>
        <translation>Reclamaciones sin atender</translation>
    </message>
    <message>
        <source>Follow-ups due in the period; done early counts as no wait.</source>
        <translation>Seguimientos que vencen en el periodo; hecho antes de tiempo cuenta como sin espera.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no hacen falta</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <source>Done, of those dealt with</source>
        <translation>Hechos, de los atendidos</translation>
    </message>
    <message>
        <source>Median time from due to done</source>
        <translation>Mediana de tiempo entre vencimiento y hecho</translation>
    </message>
    <message>
        <source>Follow-ups by kind</source>
        <translation>Seguimientos por tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Follow-ups due, by month and outcome</source>
        <translation>Seguimientos que vencen, por mes y resultado</translation>
    </message>
    <message>
        <source>CSAT average (1–5)</source>
        <translation>Media CSAT (1–5)</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>Valoraciones CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Respuestas NPS</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Valoraciones bajas</translation>
    </message>
    <message>
        <source>Low ratings with an action</source>
        <translation>Valoraciones bajas con una medida</translation>
    </message>
    <message>
        <source>…and a report-back (“you said, we did”)</source>
        <translation>…y una respuesta («usted dijo, nosotros hicimos»)</translation>
    </message>
    <message>
        <source>CSAT average by month (1–5)</source>
        <translation>Media CSAT por mes (1–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS por mes</translation>
    </message>
    <message>
        <source>CSAT ratings, 1 to 5</source>
        <translation>Valoraciones CSAT, de 1 a 5</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Feedback by month</source>
        <translation>Opiniones por mes</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>Media CSAT</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Customers losing touch</source>
        <translation>Clientes perdiendo el contacto</translation>
    </message>
    <message>
        <source>Interactions by month and channel</source>
        <translation>Interacciones por mes y canal</translation>
    </message>
    <message>
        <source>Interactions by channel</source>
        <translation>Interacciones por canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>Interacciones por tipo</translation>
    </message>
    <message>
        <source>Interactions per staff member</source>
        <translation>Interacciones por miembro del personal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Actividad por mes</translation>
    </message>
    <message>
        <source>The same entries as the money export for these days: net = sales - refunds - credits - goodwill.</source>
        <translation>Los mismos movimientos que la exportación de dinero para estos días: neto = ventas − reembolsos − abonos − gestos comerciales.</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Abonos</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gestos comerciales</translation>
    </message>
    <message>
        <source>Money by month (minor units, e.g. cents)</source>
        <translation>Dinero por mes (unidades menores, p. ej. céntimos)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution</source>
        <translation>Reclamaciones sin promesa ni resolución</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Net (minor units)</source>
        <translation>Neto (unidades menores)</translation>
    </message>
    <message>
        <source>Low ratings and what was done</source>
        <translation>Valoraciones bajas y lo que se hizo</translation>
    </message>
    <message>
        <source>Complaints with no promise or resolution after %1 days</source>
        <translation>Reclamaciones sin promesa ni resolución tras %1 días</translation>
    </message>
    <message>
        <source>A complaint counts as unhandled when, %1 days after it, it has neither a promise nor a resolution.</source>
        <translation>Una reclamación cuenta como sin atender cuando, %1 días después, no tiene ni promesa ni resolución.</translation>
    </message>
    <message>
        <source>Losing touch: customers past their keep-in-touch cadence at the end of the period.</source>
        <translation>Perdiendo el contacto: clientes que habían superado su frecuencia de contacto al final del periodo.</translation>
    </message>
    <message>
        <source>Losing touch (a stand-in): customers with no interaction in the %1 days before the end of the period.</source>
        <translation>Perdiendo el contacto (aproximación): clientes sin ninguna interacción en los %1 días antes del final del periodo.</translation>
    </message>
    <message>
        <source>Net sales by month (%1)</source>
        <translation>Ventas netas por mes (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>nada con qué comparar</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <source>same as before (%1)</source>
        <translation>igual que antes (%1)</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> ptos.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure.</source>
        <translation>Haga clic para ver los registros que hay detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Save a table as CSV</source>
        <translation>Guardar una tabla como CSV</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>“%1”…</source>
        <translation>«%1»…</translation>
    </message>
    <message>
        <source>%1 (the newest %2 of %3)</source>
        <translation>%1 (los %2 más recientes de %3)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The newest %1 of %2. Double-click a row to open its customer.</source>
        <translation>Los %1 más recientes de %2. Haga doble clic en una fila para abrir su cliente.</translation>
    </message>
    <message>
        <source>%2 records. Double-click a row to open its customer.</source>
        <translation>%2 registros. Haga doble clic en una fila para abrir su cliente.</translation>
    </message>
    <message>
        <source>Money by month</source>
        <translation>Dinero por mes</translation>
    </message>
    <message>
        <source>Click to see the records of this row.</source>
        <translation>Haga clic para ver los registros de esta fila.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Cifras como &amp;CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>Del %1 al %2, comparado con del %3 al %4</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Guardar tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>No se pudo escribir el archivo (%1). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Elija una copia de seguridad a la que volver. La base de datos tal como está ahora se copia primero, así que se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now… to take one.</source>
        <translation>Aún no hay copias de seguridad. Use Archivo → Hacer copia de seguridad ahora… para hacer una.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>¿Qué copia de seguridad restaurar?</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer copia de seguridad &amp;ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Exportar datos…</translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation>&amp;Borrar cliente…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Export or erase everything about this customer</source>
        <translation>Exportar o borrar todo lo relativo a este cliente</translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation>cxlogger</translation>
    </message>
    <message>
        <source>Backing up your data before quitting…</source>
        <translation>Haciendo copia de seguridad de sus datos antes de salir…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data into</source>
        <translation>Exportar los datos del cliente a</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Checking who may do this…</source>
        <translation>Comprobando quién puede hacer esto…</translation>
    </message>
    <message>
        <source>Their money record (a sale, refund, credit or goodwill) is kept</source>
        <translation>Se conserva su registro de dinero (una venta, un reembolso, un abono o un gesto comercial)</translation>
    </message>
    <message>
        <source>Their %1 money records (sales, refunds, credits, goodwill) are kept</source>
        <translation>Se conservan sus %1 registros de dinero (ventas, reembolsos, abonos, gestos comerciales)</translation>
    </message>
    <message>
        <source>, as bookkeeping law requires, but without their name, contact details, notes or summaries: amounts, dates and references stay as they are, so past money exports do not change.</source>
        <translation>, como exige la ley contable, pero sin su nombre, datos de contacto, notas ni resúmenes: importes, fechas y referencias quedan como están, para que las exportaciones de dinero anteriores no cambien.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Comprobando sus datos…</translation>
    </message>
</context>
<context>
    <name>ScheduleNextDialog</name>
    <message>
        <source>Done &amp; schedule next</source>
        <translation>Hecho y programar el siguiente</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Get in touch with %1 again</source>
        <translation>Volver a contactar con %1</translation>
    </message>
    <message>
        <source>Next contact in</source>
        <translation>Próximo contacto en</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule</source>
        <translation>Hecho &amp;&amp; programar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>After a purchase</source>
        <translation>Tras una compra</translation>
    </message>
    <message>
        <source>After a referral</source>
        <translation>Tras una recomendación</translation>
    </message>
    <message>
        <source>After a new customer&apos;s first visit</source>
        <translation>Tras la primera visita de un cliente nuevo</translation>
    </message>
    <message>
        <source>After a complaint was resolved</source>
        <translation>Tras resolver una reclamación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario comercial</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>Configuración no disponible</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>p. ej., Panadería El Sol</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Start cxlogger when I log in, hidden in the tray</source>
        <translation>Iniciar cxlogger al iniciar sesión, oculto en la bandeja del sistema</translation>
    </message>
    <message>
        <source>(Not available while you look at the demo data.)</source>
        <translation>(No disponible mientras mira los datos de demostración.)</translation>
    </message>
    <message>
        <source>Show a notification when a follow-up comes due</source>
        <translation>Mostrar una notificación cuando venza un seguimiento</translation>
    </message>
    <message>
        <source>Business name and reminder rules are shared by everyone using this database; starting at login applies to this computer only.</source>
        <translation>El nombre del negocio y las reglas de recordatorio los comparten todos los que usan esta base de datos; el inicio al iniciar sesión solo afecta a este ordenador.</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Propietarios:</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Como esté configurado el ordenador (%1)</translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie cxlogger.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>you are an owner.</source>
        <translation>usted es propietario.</translation>
    </message>
    <message>
        <source>you are staff: only an owner can change these settings, the templates and the staff list, erase customers, restore backups or export everything.</source>
        <translation>usted es personal: solo un propietario puede cambiar esta configuración, las plantillas y la lista de personal, borrar clientes, restaurar copias de seguridad o exportarlo todo.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this desk can switch to {names} and act as an owner: give them a PIN in Edit → Staff… (Set PIN…).</source>
        <translation>Sin PIN, cualquiera en este puesto puede cambiar a {names} y actuar como propietario: asígneles un PIN en Editar → Personal… (Establecer PIN…).</translation>
    </message>
    <message>
        <source>Connect to a shared server…</source>
        <translation>Conectar a un servidor compartido…</translation>
    </message>
    <message>
        <source>Shared server saved</source>
        <translation>Servidor compartido guardado</translation>
    </message>
    <message>
        <source>This desk uses the shared server from its next start: quit cxlogger and start it again. The password is in this computer&apos;s password store.</source>
        <translation>Este puesto usará el servidor compartido desde el próximo inicio: cierre cxlogger y vuelva a abrirlo. La contraseña está en el almacén de contraseñas de este equipo.</translation>
    </message>
    <message>
        <source>Add cxlogger to the applications menu</source>
        <translation>Añadir cxlogger al menú de aplicaciones</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu.</source>
        <translation>cxlogger está en el menú de aplicaciones.</translation>
    </message>
    <message>
        <source>cxlogger could not be added to the applications menu: {0}.</source>
        <translation>No se pudo añadir cxlogger al menú de aplicaciones: {0}.</translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu now, with its icon. (If the menu does not show it yet, log out and in again.)</source>
        <translation>cxlogger ya está en el menú de aplicaciones, con su icono. (Si el menú aún no lo muestra, cierre la sesión y vuelva a entrar.)</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> día laborable después</numerusform>
            <numerusform> días laborables después</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Informar al cliente</translation>
    </message>
    <message>
        <source>Remind about open promises</source>
        <translation>Recordar las promesas abiertas</translation>
    </message>
    <message>
        <source>working days before</source>
        <translation>días laborables antes</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>horas antes</translation>
    </message>
    <message>
        <source>Always in working hours; made for today or tomorrow: at once.</source>
        <translation>Siempre en horario laboral; hecha para hoy o mañana: enseguida.</translation>
    </message>
    <message>
        <source>The reminder comes in working hours, never in quiet hours or on a closed day; a promise made for today or tomorrow reminds at once.</source>
        <translation>El recordatorio llega en horario laboral, nunca en horas de silencio ni en un día de cierre; una promesa hecha para hoy o mañana se recuerda enseguida.</translation>
    </message>
    <message>
        <source>Remind to tell the customer when a promise was kept</source>
        <translation>Recordar decirle al cliente que se cumplió una promesa</translation>
    </message>
    <message>
        <source>Complaint with no promise or resolution after</source>
        <translation>Reclamación sin promesa ni solución después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Low feedback rating (2 of 5 or less, 6 of 10 or less)</source>
        <translation>Puntuación baja (2 de 5 o menos, 6 de 10 o menos)</translation>
    </message>
    <message>
        <source>Ask for feedback and report back</source>
        <translation>Pedir opinión y responder</translation>
    </message>
    <message>
        <source>Ask for feedback after a purchase or resolved complaint, after</source>
        <translation>Pedir opinión tras una compra o una reclamación resuelta, después de</translation>
    </message>
    <message>
        <source>Ask one customer at most once every</source>
        <translation>Preguntar a un mismo cliente como mucho una vez cada</translation>
    </message>
    <message>
        <source>Remind to report back when feedback led to an action</source>
        <translation>Recordar responder cuando una opinión llevó a una medida</translation>
    </message>
    <message>
        <source>Only customers who agreed to be contacted are asked for feedback; nobody who said no gets any message.</source>
        <translation>Solo se pide opinión a los clientes que aceptaron que les contactemos; quien dijo que no, no recibe ningún mensaje.</translation>
    </message>
    <message>
        <source>Remind me when a customer has had no contact for longer than their cadence</source>
        <translation>Avisarme cuando un cliente lleve sin contacto más tiempo que su frecuencia</translation>
    </message>
    <message>
        <source>e.g. vip: 30, trade: 90</source>
        <translation>p. ej. vip: 30, mayorista: 90</translation>
    </message>
    <message>
        <source>Tag: days without contact. A customer with several of these tags gets the shortest.</source>
        <translation>Etiqueta: días sin contacto. Un cliente con varias de estas etiquetas recibe la más corta.</translation>
    </message>
    <message>
        <source>Cadence by tag (days):</source>
        <translation>Frecuencia por etiqueta (días):</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>sin seguimiento</translation>
    </message>
    <message>
        <source>Everyone else:</source>
        <translation>Todos los demás:</translation>
    </message>
    <message>
        <source>Any interaction logged with a customer, or a message sent to them, starts their clock again. A customer&apos;s own cadence (on their record) overrides these, and “Stop tracking” in the Losing touch list leaves them out.</source>
        <translation>Cualquier interacción registrada con un cliente, o un mensaje que se le envíe, reinicia su plazo. La frecuencia propia de un cliente (en su ficha) tiene prioridad sobre estas, y «Dejar de seguir» en la lista Perdiendo el contacto lo excluye.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Abierto los</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Abierto:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Hora de apertura</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Horas de silencio:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Horas de silencio desde</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Horas de silencio hasta</translation>
    </message>
    <message>
        <source>No notifications in quiet hours or on closed days; what came due meanwhile is shown when you are back. Reminders due on a closed day move to the next open day. Next-day reminders come at opening time; a promise made for a date without a time is due at closing time.</source>
        <translation>Sin notificaciones en horas de silencio ni en días de cierre; lo que venció entretanto se muestra cuando vuelva. Los recordatorios que caen en un día de cierre pasan al siguiente día de apertura. Los recordatorios del día siguiente llegan a la hora de apertura; una promesa hecha para una fecha sin hora vence a la hora de cierre.</translation>
    </message>
    <message>
        <source>Thank-yous, feedback requests, report-backs and “promise kept” messages are written from templates. Add your own, rename, edit or delete them, and choose which one each kind of message starts with. Changes there are saved as you make them.</source>
        <translation>Los agradecimientos, las peticiones de opinión, las respuestas y los mensajes de «promesa cumplida» se escriben a partir de plantillas. Añada las suyas, cámbieles el nombre, edítelas o elimínelas, y elija con cuál empieza cada tipo de mensaje. Los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Editar plantillas de mensajes…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Choose at least one day the business is open.</source>
        <translation>Elija al menos un día en que el negocio abra.</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>La hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Inicio al iniciar sesión sin cambios</translation>
    </message>
    <message>
        <source>cxlogger could not change the start-at-login entry: %1. The other settings were saved.</source>
        <translation>cxlogger no pudo cambiar el inicio al iniciar sesión: %1. El resto de la configuración se guardó.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Soy &amp;yo</translation>
    </message>
    <message>
        <source>Make &amp;owner / staff</source>
        <translation>Hacer &amp;propietario / personal</translation>
    </message>
    <message>
        <source>Owners may erase customers, restore backups, change rules and templates, manage staff and export everything</source>
        <translation>Los propietarios pueden borrar clientes, restaurar copias de seguridad, cambiar reglas y plantillas, gestionar el personal y exportarlo todo</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Fijar &amp;PIN…</translation>
    </message>
    <message>
        <source>An optional 4-digit PIN asked when switching to this person</source>
        <translation>Un PIN opcional de 4 cifras que se pide al cambiar a esta persona</translation>
    </message>
    <message>
        <source>Remove PI&amp;N</source>
        <translation>Quitar PI&amp;N</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Someone who left: gone from the pickers, their records keep their name, and their open work is listed for handing over</source>
        <translation>Alguien que se fue: desaparece de las listas de selección, sus registros conservan su nombre y su trabajo pendiente se lista para traspasarlo</translation>
    </message>
    <message>
        <source>  (owner)</source>
        <translation>  (propietario)</translation>
    </message>
    <message>
        <source>  (you)</source>
        <translation>  (usted)</translation>
    </message>
    <message>
        <source>  · PIN</source>
        <translation>  · PIN</translation>
    </message>
    <message>
        <source>  (no longer active)</source>
        <translation>  (ya no está activo)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN de {name}</translation>
    </message>
    <message>
        <source>A new 4-digit PIN for {name}:</source>
        <translation>Un nuevo PIN de 4 cifras para {name}:</translation>
    </message>
    <message>
        <source>{name}, enter your 4-digit PIN:</source>
        <translation>{name}, introduzca su PIN de 4 cifras:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore completed</source>
        <translation>Restauración completada</translation>
    </message>
    <message>
        <source>The restore that was interrupted last time has been completed: cxlogger now holds the backup you chose. The data as it was before is kept in the backups (or, if it was damaged, in the “damaged” folder).</source>
        <translation>La restauración que se interrumpió la última vez se ha completado: cxlogger contiene ahora la copia de seguridad que eligió. Los datos de antes se conservan en las copias de seguridad (o, si estaban dañados, en la carpeta «damaged»).</translation>
    </message>
    <message>
        <source>cxlogger cannot use its data folder</source>
        <translation>cxlogger no puede usar su carpeta de datos</translation>
    </message>
    <message>
        <source>Not saved: cxlogger found its database damaged, so nothing was written to it. What you entered is still here: copy it before closing, and enter it again once the data is restored.</source>
        <translation>No guardado: cxlogger encontró su base de datos dañada, así que no se escribió nada en ella. Lo que ha introducido sigue aquí: cópielo antes de cerrar e introdúzcalo de nuevo cuando se restauren los datos.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Handed over to {name}</source>
        <translation>Traspasado a {name}</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Traspasado a usted</translation>
    </message>
    <message>
        <source>{customer}: {what} — from {who}, {when}</source>
        <translation>{customer}: {what} — de {who}, {when}</translation>
    </message>
    <message>
        <source>Became overdue</source>
        <translation>Ha vencido</translation>
    </message>
    <message>
        <source>{customer}: {what} — was due {when}</source>
        <translation>{customer}: {what} — vencía {when}</translation>
    </message>
    <message>
        <source> — {who}</source>
        <translation> — {who}</translation>
    </message>
    <message>
        <source>{who} handed you {what} ({customer})</source>
        <translation>{who} le traspasó {what} ({customer})</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message numerus="yes">
        <source>%n things were handed to you; see Today.</source>
        <translation>
            <numerusform>Se le ha traspasado %n cosa; vea Hoy.</numerusform>
            <numerusform>Se le han traspasado %n cosas; vea Hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>A new template of this kind, starting as a copy</source>
        <translation>Una plantilla nueva de este tipo, que empieza como copia</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Use by de&amp;fault</source>
        <translation>Usar como &amp;predeterminada</translation>
    </message>
    <message>
        <source>Follow-up cards start with this template; you can pick another there</source>
        <translation>Las tarjetas de seguimiento empiezan con esta plantilla; allí puede elegir otra</translation>
    </message>
    <message>
        <source>Restore built-in templates</source>
        <translation>Restaurar las plantillas incluidas</translation>
    </message>
    <message>
        <source>Adds back any built-in template you deleted</source>
        <translation>Vuelve a añadir cualquier plantilla incluida que haya eliminado</translation>
    </message>
    <message>
        <source>Messages for:</source>
        <translation>Mensajes para:</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Insertar un marcador…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Only these placeholders exist, and they never contain internal notes: summaries, details, outcome notes and action notes stay inside the shop.</source>
        <translation>Solo existen estos marcadores, y nunca contienen notas internas: resúmenes, detalles, notas de resultado y notas de medidas se quedan en la tienda.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>For &amp;customer:</source>
        <translation>Para el &amp;cliente:</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation>Promesa cumplida (informar al cliente)</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Petición de opinión</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Respuesta a una opinión</translation>
    </message>
    <message>
        <source>(no customers yet: example values)</source>
        <translation>(aún no hay clientes: valores de ejemplo)</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (predeterminada)</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Escriba el mensaje.</translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation>Corrija la plantilla para ver la vista previa.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>¿Guardar los cambios de esta plantilla?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>¿Eliminar la plantilla «%1»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Cambiar el nombre de la plantilla</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Logged by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>In messages</source>
        <translation>En los mensajes</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Prometido por</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Decir al cliente</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Cliente informado</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Traspasado por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pinned by</source>
        <translation>Fijado por</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Heads-up</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Resuelto por</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Enviado por correo</translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation>Copiado para enviar</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Traspasar…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Hecho por</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Keep promises, and tell customers when it&apos;s done</source>
        <translation>Cumplir las promesas y avisar a los clientes cuando esté hecho</translation>
    </message>
    <message>
        <source>Say thank you while it still means something</source>
        <translation>Dar las gracias mientras aún significa algo</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Preguntar qué tal fue</translation>
    </message>
    <message>
        <source>Tell customers what their feedback changed</source>
        <translation>Contar a los clientes qué cambió gracias a su opinión</translation>
    </message>
    <message>
        <source>Customers you have not been in touch with for too long</source>
        <translation>Clientes con los que no ha tenido contacto desde hace demasiado tiempo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Solo los míos</translation>
    </message>
    <message>
        <source>Show only the follow-ups you own</source>
        <translation>Mostrar solo los seguimientos de los que es responsable</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>Registrar opinión…</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Buscando lo que vence…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming this week</source>
        <translation>
            <numerusform>%Ln esta semana</numerusform>
            <numerusform>%Ln esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencida</numerusform>
            <numerusform>%Ln vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Handed to you</source>
        <translation>Traspasado a usted</translation>
    </message>
    <message>
        <source>Colleagues handed these to you; they are yours now</source>
        <translation>Sus compañeros le traspasaron esto; ahora es suyo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to cxlogger.&lt;/b&gt;&lt;br&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; to log your first customer interaction: who, how, and what happened. Thank-yous, promises and feedback requests will appear here when they are due.&lt;br&gt;&lt;br&gt;To look around with sample data first, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Bienvenido a cxlogger.&lt;/b&gt;&lt;br&gt;Pulse &lt;b&gt;Ctrl+L&lt;/b&gt; para registrar su primera interacción con un cliente: quién, cómo y qué pasó. Los agradecimientos, promesas y peticiones de opinión aparecerán aquí cuando venzan.&lt;br&gt;&lt;br&gt;Para echar antes un vistazo con datos de ejemplo, inicie &lt;code&gt;cxlogger demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Nothing is due right now. Everyone has been thanked, every promise is on track.</source>
        <translation>Ahora no vence nada. Todos han recibido su agradecimiento y cada promesa va por buen camino.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more; they appear here as you deal with the ones above.</source>
        <translation>
            <numerusform>… y %Ln más; aparecerá aquí a medida que atienda los de arriba.</numerusform>
            <numerusform>… y %Ln más; aparecerán aquí a medida que atienda los de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming this week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Nothing else is scheduled for the next seven days.</source>
        <translation>No hay nada más previsto para los próximos siete días.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more this week.</source>
        <translation>
            <numerusform>… y %Ln más esta semana.</numerusform>
            <numerusform>… y %Ln más esta semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Cliente informado</translation>
    </message>
    <message>
        <source>How did you tell the customer?</source>
        <translation>¿Cómo informó al cliente?</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Recordármelo más tarde</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>Recordármelo de nuevo el:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Done — kept on this computer until the server is back</source>
        <translation>Hecho — guardado en este ordenador hasta que vuelva el servidor</translation>
    </message>
    <message>
        <source>Done — recorded on the customer&apos;s timeline</source>
        <translation>Hecho: registrado en el historial del cliente</translation>
    </message>
    <message>
        <source>Done — the next contact is scheduled</source>
        <translation>Hecho — el próximo contacto está programado</translation>
    </message>
    <message>
        <source>Dismissed — it will not come back</source>
        <translation>Descartado: no volverá a aparecer</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Aplazado hasta %1</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Elegir un momento…</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Mañana por la mañana, %1</translation>
    </message>
    <message>
        <source>Next working morning (%1), %2</source>
        <translation>Próxima mañana laborable (%1), %2</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>La semana que viene (%1)</translation>
    </message>
    <message>
        <source>It stays yours, with its reminders</source>
        <translation>Sigue siendo suyo, con sus recordatorios</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>cxlogger — %Ln follow-up(s) due</source>
        <translation>
            <numerusform>cxlogger — vence %Ln seguimiento</numerusform>
            <numerusform>cxlogger — vencen %Ln seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>Vence %Ln seguimiento</numerusform>
            <numerusform>Vencen %Ln seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Aplazar todo 1 hora</translation>
    </message>
    <message>
        <source>Open cxlogger</source>
        <translation>Abrir cxlogger</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Welcome to cxlogger</source>
        <translation>Bienvenido a cxlogger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Every interaction you log notes who logged it. Who is using cxlogger on this computer?</source>
        <translation>&lt;h3&gt;¡Bienvenido!&lt;/h3&gt;Cada interacción que registra anota quién la registró. ¿Quién usa cxlogger en este ordenador?</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Alguien nuevo…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, with sample customers to try everything on. Your own data stays untouched until you click Start.</source>
        <translation>La demostración se abre en una ventana propia, con clientes de ejemplo para probarlo todo. Sus propios datos no se tocan hasta que haga clic en «Empezar».</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Try cxlogger on sample data first</source>
        <translation>Probar cxlogger primero con datos de ejemplo</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “cxlogger demo” to open it.</source>
        <translation>No se pudo iniciar la demostración. Ejecute «cxlogger demo» para abrirla.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cxlogger cannot open its data</source>
        <translation>cxlogger no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>csv_actions</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Write interactions, money, promises, feedback or customers to a CSV file for your accountant</source>
        <translation>Escribir interacciones, dinero, promesas, opiniones o clientes en un archivo CSV para su gestor</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file</source>
        <translation>Añadir clientes desde un archivo CSV (Google Contactos, Outlook, una hoja de cálculo) o un archivo vCard</translation>
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
        <translation>Los detalles se escribieron en %1.</translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.</source>
        <translation>Algo salió mal y esa acción no se completó. Sus datos guardados están a salvo.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
</context>
</TS>
