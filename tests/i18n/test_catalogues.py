"""The translation catalogues: complete, compiled, shipped, and used (issue 14)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cxlogger.ui import i18n
from cxlogger.ui.qt import QCoreApplication, QLocale

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "update_translations.py"
LANGUAGES = ("de", "fr", "es", "nb")


@pytest.fixture
def language(qapp):
    """Installs a language for one test, then puts English and the old locale back."""
    before = QLocale()

    def use(code: str) -> str:
        return i18n.install(qapp, code)

    yield use
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_every_string_in_the_code_is_translated_in_every_language():
    """lupdate over cxlogger/ (into a copy) finds nothing new or unfinished. When this
    fails after new strings: python tools/update_translations.py, translate, run again."""
    result = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compiled_catalogues_are_those_of_the_sources():
    """Each committed .qm is what lrelease makes of its .ts (the wheel ships the .qm)."""
    sys.path.insert(0, str(TOOL.parent))
    try:
        import update_translations as tool
    finally:
        sys.path.pop(0)
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts = tool.ts_path(code)
            fresh = Path(tmp) / f"cxlogger_{code}.qm"
            tool.lrelease(ts, fresh)
            shipped = i18n.translations_dir() / fresh.name
            assert shipped.read_bytes() == fresh.read_bytes(), (
                f"run tools/update_translations.py ({code})"
            )


def test_the_catalogues_are_package_data():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.qm" in config["tool"]["setuptools"]["package-data"]["cxlogger.resources.translations"]
    for code in LANGUAGES:
        assert (i18n.translations_dir() / f"cxlogger_{code}.qm").stat().st_size > 10_000


@pytest.mark.parametrize(
    ("code", "menu", "plural_3", "plural_1"),
    [
        ("de", "&Datei", "3 Nachfassaktionen fällig", "1 Nachfassaktion fällig"),
        ("fr", "&Fichier", "3 relances à faire", "1 relance à faire"),
        ("es", "&Archivo", "Vencen 3 seguimientos", "Vence 1 seguimiento"),
        ("nb", "&Fil", "3 oppfølginger har frist", "1 oppfølging har frist"),
    ],
)
def test_an_installed_language_translates_texts_and_plurals(
    language, code, menu, plural_3, plural_1
):
    assert language(code) == code
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&File") == menu
    assert translate("Tray", "%Ln follow-up(s) due", "", 3) == plural_3
    assert translate("Tray", "%Ln follow-up(s) due", "", 1) == plural_1
    assert QLocale().language() == QLocale(code).language()  # dates and numbers follow


def test_qt_s_own_buttons_speak_the_language_too(language):
    """Qt's dialogs (Cancel, Save) come from Qt's catalogue, or from ours for Bokmål."""
    from cxlogger.ui.qt import QDialogButtonBox

    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    language("nb")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Lagre"


def test_english_is_the_source_text(language):
    language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_AT", "de"),
        ("fr_CA", "fr"),
        ("es_MX", "es"),
        ("nb_NO", "nb"),
        ("nn_NO", "nb"),
        ("ja_JP", "en"),
        ("en_GB", "en"),
        ("C", "en"),
    ],
)
def test_the_language_follows_the_desktop_unless_one_is_chosen(locale, expected):
    assert i18n.effective_language(None, QLocale(locale)) == expected
    assert i18n.effective_language("", QLocale(locale)) == expected
    assert i18n.effective_language("fr", QLocale(locale)) == "fr"
    assert i18n.effective_language("xx", QLocale(locale)) == expected  # unknown: the desktop's


def test_dates_keep_the_desktop_s_country_when_it_speaks_the_language():
    assert i18n.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert i18n.locale_for("nb", QLocale("en_US")).name() == "nb_NO"
