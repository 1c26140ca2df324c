"""The language the window speaks: cxlogger's own translations and Qt's.

Translations live in ``resources/translations`` (package ``cxlogger.resources.translations``)
as Qt Linguist sources (``cxlogger_<lang>.ts``) and the compiled files the app loads
(``cxlogger_<lang>.qm``, committed so building the wheel needs no Qt tools).
``python tools/update_translations.py`` refreshes both after strings change.

The language follows the desktop's locale unless one is chosen in Settings (kept per
desktop in local.json, applied at the next start). Dates, numbers and money follow the
same choice: the chosen language's QLocale becomes the default.
"""

from __future__ import annotations

from pathlib import Path

from cxlogger import resources
from cxlogger.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# code -> the language's own name (shown in Settings as it is written in that language)
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "nb": "Norsk bokmål",
}
SYSTEM = ""  # follow the desktop

# Qt has no Bokmål translation of its own dialogs; Nynorsk is the nearest
QT_FALLBACK = {"nb": "nn"}

_installed: list[QTranslator] = []
_current = "en"


def current() -> str:
    """The language the window speaks now ('en' until install())."""
    return _current


def translations_dir() -> Path:
    return resources.path("translations")


def language_of(locale: QLocale) -> str:
    """The supported language for a locale: 'de' for de_AT, 'nb' for nb_NO / no / nn, else 'en'."""
    name = locale.name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    return name if name in LANGUAGES else "en"


def effective_language(chosen: str | None, system: QLocale | None = None) -> str:
    """The chosen language if it is one we have, else the desktop's."""
    if chosen and chosen in LANGUAGES:
        return chosen
    return language_of(system or QLocale.system())


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the desktop's own when it speaks the language
    (de_AT stays Austrian), else the language's main country (nb -> nb_NO)."""
    system = system or QLocale.system()
    if language_of(system) == language and system.language() != QLocale.Language.C:
        return system
    if language == "en" and system.language() == QLocale.Language.C:
        return system
    return QLocale(language)


def install(app: QCoreApplication, chosen: str | None = None) -> str:
    """Install the translators for ``chosen`` (or the desktop's language); returns the
    language used. Safe to call again: the previous translators are removed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _current
    language = _current = effective_language(chosen)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{QT_FALLBACK.get(language, language)}", qt_dir),
        (f"cxlogger_{language}", str(translations_dir())),  # last installed is asked first
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
