"""The message template library: add, rename, edit, delete and choose the default template
per kind of message, with placeholders checked as you type and a live preview on a real
customer. Each button is one action, saved at once (core/message_templates.py).

Nothing here waits for the database: the templates of a kind are read (with their
texts) in the background, the preview is composed by a superseding background query per
keystroke, and each action is a write on the writer thread; the list reloads after it.
"""

from __future__ import annotations

import logging

from cxlogger.core.errors import UserError
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.reminders import message_templates, messages, templates
from cxlogger.core.reminders.template_languages import defaults_for
from cxlogger.ui import i18n
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.widgets import ErrorLabel

log = logging.getLogger(__name__)

PREVIEW_CUSTOMERS = 200  # customers offered for the live preview


class TemplateEditor(QWidget):
    """The library of one kind at a time, the chosen template's editor and its preview."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: int | None = None
        self._loading = False
        self._templates: dict[int, tuple[str, str, str, bool]] = {}  # as stored, by id

        # --- left: which kind, its templates, and the library actions
        self.kind = QComboBox()
        for name in templates.TEMPLATE_NAMES:
            self.kind.addItem(self._kind_label(name), name)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.list = QListWidget()
        self.list.setMinimumWidth(190)
        self.list.currentItemChanged.connect(self._template_chosen)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("A new template of this kind, starting as a copy"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.default_button = QPushButton(self.tr("Use by de&fault"))
        self.default_button.setToolTip(
            self.tr("Follow-up cards start with this template; you can pick another there")
        )
        self.restore_button = QPushButton(self.tr("Restore built-in templates"))
        self.restore_button.setToolTip(self.tr("Adds back any built-in template you deleted"))
        self.add_button.clicked.connect(self.add_template)
        self.rename_button.clicked.connect(self.rename_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.default_button.clicked.connect(self.make_default)
        self.restore_button.clicked.connect(self.restore_defaults)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Messages for:")))
        left.addWidget(self.kind)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        left.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.default_button)
        left.addLayout(row)
        left.addWidget(self.restore_button)
        left_box = QWidget()
        left_box.setLayout(left)

        # --- middle: the editor
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(170)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.error = ErrorLabel()
        self.insert = QComboBox()
        self.insert.addItem(self.tr("Insert a placeholder…"), None)
        for name, meaning in templates.PLACEHOLDERS.items():
            self.insert.addItem(f"{{{name}}} — {meaning}", name)
        self.insert.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.insert.setMinimumContentsLength(22)
        self.insert.activated.connect(self._insert_placeholder)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self._show_current)
        form = QFormLayout()
        form.addRow(self.tr("Su&bject:"), self.subject)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.body, 1)
        editor.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor.addLayout(buttons)
        safe = QLabel(
            self.tr(
                "Only these placeholders exist, and they never contain internal notes: "
                "summaries, details, outcome notes and action notes stay inside the shop."
            )
        )
        safe.setWordWrap(True)
        safe.setObjectName("summary")
        editor.addWidget(safe)
        editor_box = QWidget()
        editor_box.setLayout(editor)

        # --- right: the live preview on a real customer
        self.customer = QComboBox()
        self.customer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer.setMinimumContentsLength(16)
        self.customer.currentIndexChanged.connect(self.update_preview)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("summary")
        preview_box = QGroupBox(self.tr("Preview"))
        preview_box.setMinimumWidth(340)
        preview = QVBoxLayout(preview_box)
        chooser = QFormLayout()
        chooser.addRow(self.tr("For &customer:"), self.customer)
        preview.addLayout(chooser)
        preview.addWidget(self.preview_subject)
        preview.addWidget(self.preview, 1)
        preview.addWidget(self.preview_note)

        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(editor_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 560, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._load_customers()
        self._kind_changed()

    # --- loading -------------------------------------------------------------------------------
    def _kind_label(self, kind: str) -> str:
        return {
            "thank": self.tr("Thank-you"),
            "tell": self.tr("Promise kept (close the loop)"),
            "feedback": self.tr("Feedback request"),
            "report_back": self.tr("Report-back"),
        }[kind]

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _load_customers(self) -> None:
        def read(session):
            found = customers_svc.search_customers(session, "", limit=PREVIEW_CUSTOMERS)
            return [(c.name, c.id) for c in found]

        self.ctx.ops.query(self, "customers", read, self._show_customers, self._show_problem)

    def _show_customers(self, choices: list[tuple[str, int]]) -> None:
        self.customer.blockSignals(True)
        self.customer.clear()
        if not choices:
            self.customer.addItem(self.tr("(no customers yet: example values)"), None)
        for name, customer_id in choices:
            self.customer.addItem(name, customer_id)
        self.customer.blockSignals(False)
        self.update_preview()

    def _show_problem(self, message: str) -> None:
        self.preview_note.setText(message)

    def _kind_changed(self) -> None:
        self.reload(select_id=None)

    def reload(self, select_id: int | None = None, then=None) -> None:
        """Read this kind's templates in the background; select ``select_id`` (or the
        first) when they arrive, then call ``then()``."""
        kind = self.current_kind()

        def read(session):
            return [
                (t.id, t.name, t.subject, t.body, t.is_default)
                for t in message_templates.list_templates(session, kind)
            ]

        def arrived(rows) -> None:
            self._show_templates(rows, select_id)
            if then is not None:
                then()

        self.ctx.ops.query(self, "templates", read, arrived, lambda m: self._error(UserError(m)))

    def _show_templates(self, rows, select_id: int | None) -> None:
        self._templates = {row[0]: row[1:] for row in rows}
        self._loading = True
        self.list.clear()
        chosen = None
        for template_id, name, _subject, _body, is_default in rows:
            text = name + (self.tr("  (default)") if is_default else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template_id)
            if is_default:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if template_id == select_id or (chosen is None and select_id is None):
                chosen = item
        self._loading = False
        self.current_id = None
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._update_buttons()

    def _template_chosen(self, current, previous) -> None:
        if self._loading:
            return
        if previous is not None and self.is_dirty():
            target = current.data(Qt.ItemDataRole.UserRole) if current else None
            self._loading = True
            self.list.setCurrentItem(previous)  # stay until the changes are saved or dropped
            self._loading = False
            self._leave_current(lambda: self._select(target))
            return
        self.current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._show_current()

    def _select(self, template_id: int | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentItem(item)
                return

    def _stored(self):
        """The current template as stored (read with the list): name, subject, body, default."""
        if self.current_id is None:
            return None
        return self._templates.get(self.current_id)

    def _show_current(self) -> None:
        stored = self._stored()
        self._loading = True
        self.subject.setText(stored[1] if stored else "")
        self.body.setPlainText(stored[2] if stored else "")
        self._loading = False
        self._edited()

    # --- editing -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        stored = self._stored()
        return bool(stored) and (self.subject.text(), self.body.toPlainText()) != stored[1:3]

    def problems(self) -> list[str]:
        return templates.check(self.subject.text()) + templates.check(self.body.toPlainText())

    def _edited(self) -> None:
        if self._loading:
            return
        problems = self.problems()
        if not problems and not self.body.toPlainText().strip():
            problems = [self.tr("Write the message.")]
        self.error.show_error(" ".join(problems) if problems else None)
        self.save_button.setEnabled(self.is_dirty() and not problems)
        self.revert_button.setEnabled(self.is_dirty())
        self.update_preview()

    def update_preview(self) -> None:
        """Compose the preview in the background (a newer keystroke supersedes it)."""
        if self._loading or self.current_id is None:
            return
        problems = self.problems()
        if problems:
            # never a crash and never a literal {x}: the preview says what to fix
            self.preview_subject.setText("")
            self.preview.setPlainText("")
            self.preview_note.setText(self.tr("Fix the template to see the preview."))
            self.ctx.ops.query(self, "preview", lambda _s: None, lambda _d: None)  # drop any
            return
        customer_id = self.customer.currentData()
        if customer_id is None:
            self.ctx.ops.query(self, "preview", lambda _s: None, lambda _d: None)  # drop any
            self._show_preview(self._example())
            return
        kind, staff_id = self.current_kind(), self.ctx.staff_id
        subject, body = self.subject.text(), self.body.toPlainText()

        def failed(message: str) -> None:
            self.preview.setPlainText("")
            self.preview_note.setText(message)

        self.ctx.ops.query(
            self,
            "preview",
            lambda session: messages.preview(session, kind, customer_id, staff_id, subject, body),
            self._show_preview,
            failed,
        )

    def _show_preview(self, draft: messages.Draft) -> None:
        self.preview_subject.setText(self.tr("Subject: %1").replace("%1", draft.subject))
        self.preview.setPlainText(draft.body)
        self.preview_note.setText("\n".join(draft.hints))

    def _example(self) -> messages.Draft:
        values = {name: f"[{name}]" for name in templates.PLACEHOLDERS}
        message = templates.render(self.subject.text(), self.body.toPlainText(), values)
        return messages.Draft(0, None, self.current_kind(), None, "", message.subject, message.body)

    def _insert_placeholder(self, index: int) -> None:
        name = self.insert.itemData(index)
        self.insert.setCurrentIndex(0)
        if name:
            self.body.insertPlainText(f"{{{name}}}")
            self.body.setFocus()

    def _leave_current(self, then) -> None:
        """Unsaved changes: save, discard or stay; ``then()`` once it is fine to move on
        (after the save is stored; never if it failed: the changes are still there)."""
        answer = self.ask_unsaved()
        if answer == "save":
            self.save(then=then)
        elif answer == "discard":
            self._show_current()  # back to what is stored, so nothing counts as unsaved
            then()

    # --- asking (tests replace these) ------------------------------------------------------
    def ask_unsaved(self) -> str:
        box = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this template?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(box, "cancel")

    def ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=text)
        return name if ok else None

    def confirm_delete(self, name: str) -> bool:
        return (
            QMessageBox.question(
                self,
                self.tr("Delete template"),
                self.tr("Delete the template “%1”? This cannot be undone.").replace("%1", name),
            )
            == QMessageBox.StandardButton.Yes
        )

    def _error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Not changed"), str(exc))

    # --- actions (one transaction each, on the writer thread) --------------------------------
    def _act(self, action, done) -> None:
        """Run ``action(session)`` in the background; ``done(result)`` once stored."""
        from cxlogger.core.records import roles

        self.ctx.ops.write(
            self,
            roles.owner_only(self.ctx.staff_id, "templates", action),  # owners only
            done,
            lambda message: self._error(UserError(message)),
            changes=(),  # nothing else shows templates; the list reloads itself
        )

    def save(self, reload: bool = True, then=None) -> bool:
        """Save the edited text in the background; False when there is nothing to save."""
        if self.current_id is None:
            return False
        template_id, now = self.current_id, self.ctx.now()
        subject, body = self.subject.text(), self.body.toPlainText()

        def saved(_template) -> None:
            name, _old_subject, _old_body, is_default = self._templates[template_id]
            self._templates[template_id] = (name, subject, body, is_default)  # stored now
            if then is not None:
                then()
            elif reload:
                self.reload(select_id=template_id)

        self._act(
            lambda s: message_templates.update_template(
                s, template_id, now, subject=subject, body=body
            ),
            saved,
        )
        return True

    def add_template(self) -> None:
        if self.is_dirty():
            self._leave_current(self.add_template)
            return
        name = self.ask_name(self.tr("New template"), "")
        if not name:
            return
        subject = self.subject.text() if not self.problems() else ""
        body = self.body.toPlainText() if not self.problems() else ""
        if not body.strip():
            _, subject, body = defaults_for(i18n.current())[self.current_kind()]
        kind, now = self.current_kind(), self.ctx.now()
        self._act(
            lambda s: message_templates.add_template(s, kind, name, subject, body, now).id,
            lambda added_id: self.reload(select_id=added_id),
        )

    def rename_template(self) -> None:
        stored = self._stored()
        if stored is None:
            return
        name = self.ask_name(self.tr("Rename template"), stored[0])
        if not name:
            return
        template_id, now = self.current_id, self.ctx.now()
        self._act(
            lambda s: message_templates.rename_template(s, template_id, name, now) and None,
            lambda _r: self.reload(select_id=template_id),
        )

    def delete_template(self) -> None:
        stored = self._stored()
        if stored is None or not self.confirm_delete(stored[0]):
            return
        template_id = self.current_id
        self._act(
            lambda s: message_templates.delete_template(s, template_id),
            lambda _r: self.reload(),
        )

    def make_default(self) -> None:
        template_id, now = self.current_id, self.ctx.now()
        if template_id is not None:
            self._act(
                lambda s: message_templates.set_default(s, template_id, now) and None,
                lambda _r: self.reload(select_id=template_id),
            )

    def restore_defaults(self) -> None:
        now, language = self.ctx.now(), i18n.current()
        self._act(
            lambda s: message_templates.restore_defaults(s, now, language),
            lambda _added: self.reload(select_id=self.current_id),
        )

    def _update_buttons(self) -> None:
        has = self.current_id is not None
        for button in (self.rename_button, self.delete_button, self.default_button):
            button.setEnabled(has)
        self.delete_button.setEnabled(has and self.list.count() > 1)


class TemplateEditorDialog(AppDialog):
    """Edit → Message templates…"""

    def __init__(self, ctx: AppContext, parent=None, kind: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message templates"))
        self.resize(1120, 580)
        self.editor = TemplateEditor(ctx, self)
        if kind is not None:
            self.editor.kind.setCurrentIndex(max(self.editor.kind.findData(kind), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.editor.is_dirty():
            self.editor._leave_current(lambda: QDialog.reject(self))
            return
        super().reject()


def open_template_editor(ctx: AppContext, parent=None) -> None:
    TemplateEditorDialog(ctx, parent).exec()
