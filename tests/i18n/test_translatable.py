"""Every string a person reads goes through Qt's translation (issue 14).

An AST scan of cxlogger/ui: a string literal (or an f-string with words in it) passed
straight to a Qt text API (setText, QLabel(...), addAction, setWindowTitle, QMessageBox...)
fails, because lupdate cannot see it and it would stay English in every language.
``self.tr("...")`` / ``QCoreApplication.translate("Context", "...")`` / a variable pass."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import cxlogger.ui

UI_DIR = Path(cxlogger.ui.__file__).resolve().parent

# method or class name -> which positional arguments a person reads (None: all of them)
TEXT_APIS: dict[str, tuple[int, ...] | None] = {
    # setters
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setCancelButtonText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setHeaderLabels": None,
    "setHorizontalHeaderLabels": None,
    "setTabText": (1,),
    "setItemText": (1,),
    "showMessage": (0,),
    "setPlainText": (0,),
    # adders
    "addAction": None,  # (text, ...) or (icon, text, ...)
    "addMenu": None,
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "addItems": None,
    "addRow": (0,),
    "addButton": (0,),
    "addSection": (0,),
    # constructors (the text is the first argument, or the second after an icon)
    "QLabel": None,
    "QPushButton": None,
    "QToolButton": None,
    "QCheckBox": None,
    "QRadioButton": None,
    "QGroupBox": None,
    "QAction": None,
    "QMenu": None,
    "QCommandLinkButton": (0, 1),
    "QProgressDialog": (0, 1),
    # message boxes: title and text
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
    "QMessageBox": (1, 2),
    # items and cxlogger's own helpers that put text on screen
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": None,
    "QStandardItem": (0,),
    "add_view": (1,),
    "_spin": (2,),
    "choice_combo": (),  # with_any=
}
KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "labelText", "with_any"}


def _words(node: ast.AST) -> str | None:
    """The readable text of a literal argument: a str constant or an f-string's text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    elif isinstance(node, (ast.List, ast.Tuple)):
        found = [_words(item) for item in node.elts]
        found = [item for item in found if item]
        return ", ".join(found) or None
    elif isinstance(node, ast.BinOp):  # "..." + x, "..." % x
        return _words(node.left) or _words(node.right)
    elif isinstance(node, ast.IfExp):  # "..." if x else "..."
        return _words(node.body) or _words(node.orelse)
    else:
        return None
    # a word is two letters or more: "%1", "—", "…", "&", ":" are not words, nor markup
    # ("<b>", "&nbsp;") or the product's name
    text = re.sub(r"<[^>]*>|&\w+;|cxlogger", " ", text)  # markup; the product's name
    stripped = "".join(ch if ch.isalpha() else " " for ch in text)
    return text if any(len(word) >= 2 for word in stripped.split()) else None


def _name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def untranslated(source: str, filename: str = "<ui>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in TEXT_APIS:
            continue
        positions = TEXT_APIS[name]
        args = [
            arg for index, arg in enumerate(node.args) if positions is None or index in positions
        ]
        args += [kw.value for kw in node.keywords if kw.arg in KEYWORDS]
        for arg in args:
            words = _words(arg)
            if words:
                found.append(f"{filename}:{node.lineno} {name}({words!r})")
    return found


def test_the_scan_catches_raw_strings_and_passes_translated_ones():
    raw = (
        "label.setText('Saved')\n"
        "QPushButton('Log interaction', self)\n"
        "menu.addAction(f'Open {name}')\n"
        "QMessageBox.warning(self, 'Cannot save', text)\n"
        "tabs.addTab(page, 'Today')\n"
    )
    assert len(untranslated(raw)) == 5
    fine = (
        "label.setText(self.tr('Saved'))\n"
        "QPushButton(QCoreApplication.translate('X', 'Log interaction'), self)\n"
        "menu.addAction(self.tr('Open %1').replace('%1', name))\n"
        "QMessageBox.warning(self, self.tr('Cannot save'), text)\n"
        "label.setText('')\n"
        "label.setText('—')\n"
        "label.setText(f'{count} %')\n"
        "label.setText(name)\n"
    )
    assert untranslated(fine) == []


def test_every_user_visible_string_in_the_ui_is_translatable():
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), path.name)
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_plurals_are_asked_where_lupdate_sees_them():
    """pyside6-lupdate marks a plural (numerus) message only for self.tr(text, "", n):
    QCoreApplication.translate(context, text, "", n) gets one form for every n."""
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) == "translate"
                and (len(node.args) >= 4 or any(kw.arg == "n" for kw in node.keywords))
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, "use self.tr(text, '', n) for plurals: " + ", ".join(found)


def shown_words() -> list[str]:
    """Every plain-English label the UI translates at run time through core_words.word():
    the core's labels and the UI's own column titles."""
    from cxlogger.core import models
    from cxlogger.core.exchange import csv_export, csv_import
    from cxlogger.core.records import customers, feedback, merge, records
    from cxlogger.core.reminders import followups, templates
    from cxlogger.ui.dialogs import backup_dialogs
    from cxlogger.ui.dialogs.record_editor import ACTION_LABELS
    from cxlogger.ui.views import customers_view, interaction_log_model, promises_view

    fields = [field for kind in records.RECORD_TYPES.values() for field in kind.fields]
    return [
        *models.LABELS.values(),
        *followups.KIND_TITLES.values(),
        *followups.TOLD_HOW,
        *feedback.SCALE_LABELS.values(),
        *csv_export.DATASET_LABELS.values(),
        *csv_export.DATE_FIELD_LABELS.values(),
        *csv_import.FIELD_LABELS.values(),
        *templates.TEMPLATE_LABELS.values(),
        *customers.TIMELINE_LABELS.values(),
        *(caption for _key, caption in merge.FIELDS),
        *(field.label for field in fields),
        *(text for field in fields for _code, text in field.labels),
        "Amount",
        "Due",
        "Due at a time",
        *ACTION_LABELS.values(),
        *backup_dialogs.RestoreDialog.COLUMNS,
        *customers_view.CustomerListModel.HEADERS,
        *customers_view.TimelineModel.HEADERS,
        *interaction_log_model.InteractionLogModel.HEADERS,
        *promises_view.PromisesModel.HEADERS,
    ]


def test_every_core_label_the_ui_shows_is_marked_for_translation():
    """The core's labels (channels, kinds, statuses, datasets, fields, templates) and the
    column titles are plain English; the UI shows them through core_words.word(), whose
    list lupdate reads."""
    from cxlogger.ui.core_words import WORDS

    missing = sorted(set(shown_words()) - set(WORDS))
    assert not missing, "add these to cxlogger/ui/core_words.py WORDS: " + ", ".join(missing)


def test_every_follow_up_title_the_rules_write_starts_with_a_translated_beginning():
    """The titles core/rule_engine.py writes ("Keep the promise: …") begin with one of
    core_words.TITLE_STARTS, so the screen shows that beginning translated."""
    import inspect
    import re as regex

    from cxlogger.core.reminders import rule_engine
    from cxlogger.ui.core_words import TITLE_STARTS

    source = inspect.getsource(rule_engine)
    written = set(regex.findall(r'"((?:Say thank you |Ask |Keep |Tell |Report )[^"]*: )"', source))
    thanks = {f"Say thank you {words}: " for words in rule_engine.THANK_WORDS.values()}
    assert written | thanks
    assert (written - {"Say thank you "}) | thanks <= set(TITLE_STARTS)
