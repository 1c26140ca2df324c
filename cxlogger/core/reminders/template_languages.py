"""The built-in message templates in each language cxlogger speaks, so a Norwegian shop's
thank-you goes out in Norwegian.

``templates.DEFAULT_TEMPLATES`` is the English set (migration 0009 seeds a frozen copy).
``defaults_for(language)`` gives the set for a language; ``localize_defaults`` swaps the
seeded English templates nobody has touched for the language's own, once, when cxlogger
first starts in that language. A template anyone edited, renamed or added stays as it is.
The placeholders are those of core/templates.py, in every language.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxlogger.core.models import MessageTemplate
from cxlogger.core.reminders import templates

Set = dict[str, tuple[str, str, str]]  # kind: (name, subject, body)


def _signature(regards: str) -> str:
    return f"\n\n{regards}\n{{staff_name}}\n{{business_name}}"


_DE_SIG = _signature("Freundliche Grüße")
_FR_SIG = _signature("Bien cordialement,")
_ES_SIG = _signature("Un cordial saludo,")
_NB_SIG = _signature("Vennlig hilsen")

BY_LANGUAGE: dict[str, Set] = {
    "de": {
        "thank": (
            "Dankeschön",
            "Vielen Dank",
            "Hallo {first_name},\n\n"
            "vielen Dank, dass Sie sich für uns entschieden haben. Wir hoffen, Sie sind mit "
            "{item} zufrieden.\n"
            "Wenn wir noch etwas für Sie tun können, antworten Sie einfach auf diese "
            "Nachricht." + _DE_SIG,
        ),
        "tell": (
            "Versprechen gehalten",
            "Erledigt wie versprochen",
            "Hallo {first_name},\n\n"
            "wir hatten Ihnen versprochen:\n{promise}\n\n"
            "Das ist jetzt erledigt. {action}\n\n"
            "Falls etwas nicht so ist, wie es sein sollte, antworten Sie einfach auf diese "
            "Nachricht." + _DE_SIG,
        ),
        "feedback": (
            "Feedback-Anfrage",
            "Wie waren wir?",
            "Hallo {first_name},\n\n"
            "vor ein paar Tagen waren Sie wegen {item} mit uns in Kontakt.\n"
            "Wie waren wir? Eine Bewertung von 1 (schlecht) bis 5 (ausgezeichnet) und ein, "
            "zwei Sätze als Antwort würden uns sehr helfen.\n\n"
            "Vielen Dank,\n{staff_name}\n{business_name}",
        ),
        "report_back": (
            "Rückmeldung zum Feedback",
            "Was wir aus Ihrem Feedback gemacht haben",
            "Hallo {first_name},\n\n"
            "nochmals danke für Ihr Feedback zu {item}. Wir haben es umgesetzt. {action}" + _DE_SIG,
        ),
    },
    "fr": {
        "thank": (
            "Remerciement",
            "Merci",
            "Bonjour {first_name},\n\n"
            "Merci de nous avoir choisis. Nous espérons que vous êtes satisfait(e) de "
            "{item}.\n"
            "Si nous pouvons faire autre chose pour vous, répondez simplement à ce "
            "message." + _FR_SIG,
        ),
        "tell": (
            "Promesse tenue",
            "C'est fait, comme promis",
            "Bonjour {first_name},\n\n"
            "Nous vous avions promis :\n{promise}\n\n"
            "C'est maintenant chose faite. {action}\n\n"
            "Si quelque chose n'est pas comme il faut, répondez simplement à ce message." + _FR_SIG,
        ),
        "feedback": (
            "Demande d'avis",
            "Comment avons-nous fait ?",
            "Bonjour {first_name},\n\n"
            "Il y a quelques jours, vous nous avez contactés au sujet de {item}.\n"
            "Comment avons-nous fait ? Une note de 1 (mauvais) à 5 (excellent) et une ou "
            "deux phrases en réponse nous aideraient beaucoup.\n\n"
            "Merci,\n{staff_name}\n{business_name}",
        ),
        "report_back": (
            "Retour sur un avis",
            "Ce que nous avons fait de votre avis",
            "Bonjour {first_name},\n\n"
            "Merci encore pour votre avis sur {item}. Nous en avons tenu compte. {action}"
            + _FR_SIG,
        ),
    },
    "es": {
        "thank": (
            "Agradecimiento",
            "Gracias",
            "Hola, {first_name}:\n\n"
            "Gracias por elegirnos. Esperamos que esté contento con {item}.\n"
            "Si podemos hacer algo más por usted, solo tiene que responder a este mensaje."
            + _ES_SIG,
        ),
        "tell": (
            "Promesa cumplida",
            "Hecho, como le prometimos",
            "Hola, {first_name}:\n\n"
            "Le prometimos:\n{promise}\n\n"
            "Ya está hecho. {action}\n\n"
            "Si algo no está como debería, solo tiene que responder a este mensaje." + _ES_SIG,
        ),
        "feedback": (
            "Petición de opinión",
            "¿Qué tal lo hicimos?",
            "Hola, {first_name}:\n\n"
            "Hace unos días se puso en contacto con nosotros por {item}.\n"
            "¿Qué tal lo hicimos? Una puntuación de 1 (mal) a 5 (excelente) y una o dos "
            "frases en su respuesta nos ayudarían mucho.\n\n"
            "Gracias,\n{staff_name}\n{business_name}",
        ),
        "report_back": (
            "Respuesta a una opinión",
            "Lo que hicimos con su opinión",
            "Hola, {first_name}:\n\n"
            "Gracias de nuevo por su opinión sobre {item}. La hemos tenido en cuenta. "
            "{action}" + _ES_SIG,
        ),
    },
    "nb": {
        "thank": (
            "Takkemelding",
            "Takk",
            "Hei {first_name},\n\n"
            "Takk for at du valgte oss. Vi håper du er fornøyd med {item}.\n"
            "Hvis det er noe mer vi kan gjøre, er det bare å svare på denne meldingen." + _NB_SIG,
        ),
        "tell": (
            "Løfte holdt",
            "Gjort, som lovet",
            "Hei {first_name},\n\n"
            "Vi lovet deg:\n{promise}\n\n"
            "Dette er nå gjort. {action}\n\n"
            "Hvis noe ikke er som det skal, er det bare å svare på denne meldingen." + _NB_SIG,
        ),
        "feedback": (
            "Forespørsel om tilbakemelding",
            "Hvordan gjorde vi det?",
            "Hei {first_name},\n\n"
            "For noen dager siden var du i kontakt med oss om {item}.\n"
            "Hvordan gjorde vi det? En vurdering fra 1 (dårlig) til 5 (utmerket) og en "
            "setning eller to i svaret ville hjelpe oss mye.\n\n"
            "Takk,\n{staff_name}\n{business_name}",
        ),
        "report_back": (
            "Svar på tilbakemelding",
            "Hva vi gjorde med tilbakemeldingen din",
            "Hei {first_name},\n\n"
            "Takk igjen for tilbakemeldingen om {item}. Vi har fulgt den opp. {action}" + _NB_SIG,
        ),
    },
}


def defaults_for(language: str | None) -> Set:
    """The built-in templates in ``language`` ('de', 'nb', ...); English for any other."""
    return BY_LANGUAGE.get(language or "", templates.DEFAULT_TEMPLATES)


def localize_defaults(session: Session, language: str | None, now: datetime) -> int:
    """Turn the untouched English built-in templates into ``language``'s (one transaction);
    returns how many changed. Nothing changes for English, or once anyone edited them."""
    wanted = BY_LANGUAGE.get(language or "")
    if wanted is None:
        return 0
    changed = 0
    with session.begin():
        for kind, english in templates.DEFAULT_TEMPLATES.items():
            if kind not in wanted:
                continue
            for template in session.scalars(
                select(MessageTemplate).where(
                    MessageTemplate.kind == kind, MessageTemplate.name == english[0]
                )
            ):
                if (template.subject, template.body) != english[1:]:
                    continue  # someone changed it: theirs
                template.name, template.subject, template.body = wanted[kind]
                template.updated_at = now
                changed += 1
    return changed
