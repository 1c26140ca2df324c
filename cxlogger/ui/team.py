"""The team in the window (issue 11): hand a promise or follow-up to a colleague, who's at
the desk (the status-bar switcher, Ctrl+Shift+U, optional PINs), the daily digest and the
"handed to you" notification, and handing over a leaver's open items.

Everything reads and writes through ``ctx.ops`` (core/team.py does the work); a PIN is
checked on a worker thread (Argon2 is slow on purpose) and never kept or logged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cxlogger.core.records import team as team_svc
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QAction,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QObject,
    QPlainTextEdit,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.formats import date_time_text, relative_text
from cxlogger.ui.widgets.widgets import ErrorLabel, ctrl_enter_accepts


def _heading(text: str) -> str:
    return f'<h3 style="margin-top:6px">{_html(text)}</h3><ul>'


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- hand-off


class HandOffDialog(SavingDialog):
    """Hand a promise or a follow-up to a colleague, with a note for them."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int, what: str, parent=None):
        super().__init__(parent)
        self.ctx, self.entity, self.entity_id = ctx, entity, entity_id
        self.handed_to: str | None = None
        self.setWindowTitle(self.tr("Hand over"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("Hand over <b>{what}</b> to a colleague.").format(what=_html(what)))
        intro.setWordWrap(True)
        self.to = QComboBox()
        self.to.setAccessibleName(self.tr("Hand over to"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("What they need to know: where things stand, whom to call…")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&To"), self.to)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.wait_for("staff")
        me = ctx.staff_id
        ctx.ops.query(
            self,
            "staff",
            lambda session: [
                (m.staff_id, m.name) for m in team_svc.desk_members(session) if m.staff_id != me
            ],
            self._show_staff,
            self.error.show_error,
        )

    def _show_staff(self, members: list[tuple[int, str]]) -> None:
        for ident, name in members:
            self.to.addItem(name, ident)
        if not members:
            self.error.show_error(
                self.tr("There is nobody to hand it to: add colleagues in Edit → Staff.")
            )
        self.answered("staff")

    def save(self) -> None:
        if not self.ready() or self.to.currentData() is None:
            return
        to, note, name = self.to.currentData(), self.note.toPlainText(), self.to.currentText()
        entity, ident, me, now = self.entity, self.entity_id, self.ctx.staff_id, self.ctx.now()

        def saved(_result) -> None:
            self.handed_to = name
            self.accept()

        self.save_in_background(
            lambda session: team_svc.hand_off(session, entity, ident, to, note, me, now).id,
            saved,
            invalid=lambda errors: self.error.show_error(" ".join(errors.values())),
            failed=self.error.show_error,
            changes=("promises", "followups", "handoffs"),
        )


def hand_off(ctx: AppContext, parent, entity: str, entity_id: int, what: str) -> str | None:
    """Ask whom to hand it to and hand it over; the colleague's name, or None."""
    dialog = HandOffDialog(ctx, entity, entity_id, what, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate("Team", "Handed over to {name}").format(
                name=dialog.handed_to
            ),
            5000,
        )
    return dialog.handed_to


# --------------------------------------------------------------------------- who's at the desk


class DeskSwitcher(QToolButton):
    """The status bar's "At the desk: Alex ▾": lists active staff; choosing one switches
    (asking their PIN if they have one). Ctrl+Shift+U opens it."""

    SHORTCUT = "Ctrl+Shift+U"

    def __init__(self, ctx: AppContext, window, on_switched=None):
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.on_switched = on_switched
        self.setObjectName("deskSwitcher")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setToolTip(
            self.tr("Who's at the desk: switch to a colleague ({keys})").format(
                keys=QKeySequence(self.SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        self.members: list[team_svc.DeskMember] = []
        self.action = QAction(self.tr("Switch &user…"), window)
        self.action.setShortcut(QKeySequence(self.SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.open_menu)
        window.addAction(self.action)
        self.error_text = ""
        ctx.changes.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, what: set) -> None:
        if "staff" in what:
            self.reload()

    def reload(self) -> None:
        me = self.ctx.staff_id

        def load(session):
            members = team_svc.desk_members(session)
            from cxlogger.core.models import Staff

            current = session.get(Staff, me)
            return members, current.name if current else "?"

        self.ctx.ops.query(self, "members", load, self._show)

    def _show(self, answer) -> None:
        self.members, name = answer
        demo = self.tr("  ·  Demo data: nothing here is real") if self.ctx.demo else ""
        self.setText(self.tr("At the desk: {name}").format(name=name) + demo)
        self.setAccessibleName(self.tr("At the desk: {name}").format(name=name))

    def _fill(self) -> None:
        self.menu_.clear()
        title = self.menu_.addAction(self.tr("Who's at the desk?"))
        title.setEnabled(False)
        for member in self.members:
            action = self.menu_.addAction(
                self.entry_text(member), lambda m=member: self.switch_to(m)
            )
            action.setCheckable(True)
            action.setChecked(member.staff_id == self.ctx.staff_id)

    def entry_text(self, member: team_svc.DeskMember) -> str:
        """A person's entry: whether a PIN guards them, and for an owner, in words, that
        without one anyone at the desk can act as owner (roles, core/roles.py)."""
        if member.is_owner:
            if member.has_pin:
                return self.tr("{name} (owner, PIN)").format(name=member.name)
            if len(self.members) > 1:
                return self.tr("{name} (owner; no PIN: anyone can act as owner)").format(
                    name=member.name
                )
            return self.tr("{name} (owner)").format(name=member.name)
        if member.has_pin:
            return self.tr("{name} (PIN)").format(name=member.name)
        return member.name

    def open_menu(self) -> None:
        self._fill()
        self.menu_.popup(self.mapToGlobal(self.rect().topLeft()))
        self.menu_.setFocus()
        if self.menu_.actions()[1:]:
            self.menu_.setActiveAction(self.menu_.actions()[1])

    def ask_pin(self, name: str) -> str | None:
        """The PIN, or None if cancelled (tests replace this)."""
        pin, ok = QInputDialog.getText(
            self.window_,
            self.tr("PIN for {name}").format(name=name),
            self.tr("{name}, enter your 4-digit PIN:").format(name=name),
            QLineEdit.EchoMode.Password,
        )
        return pin if ok else None

    def tell(self, message: str) -> None:
        """A sentence in the status bar (wrong PIN, too many tries…)."""
        self.error_text = message
        self.window_.statusBar().showMessage(message, 8000)

    def switch_to(self, member: team_svc.DeskMember) -> None:
        if member.staff_id == self.ctx.staff_id:
            return
        pin = ""
        if member.has_pin:
            pin = self.ask_pin(member.name)
            if pin is None:
                return
        now = self.ctx.now()
        ident = member.staff_id

        def check(session):
            return team_svc.switch_to(session, ident, pin, now)

        def switched(name: str) -> None:
            from cxlogger.ui.dialogs.staff_dialogs import remember_staff

            self.error_text = ""
            self.ctx.staff_id = ident
            remember_staff(self.ctx.paths, ident)
            self.window_.statusBar().showMessage(
                self.tr("{name} is at the desk now").format(name=name), 5000
            )
            self.ctx.changes.announce("staff")
            if self.on_switched is not None:
                self.on_switched()

        def failed(message: str) -> None:
            self.tell(message)
            if "not right" in message:  # ask again; a PIN set since the list was read too
                again = replace(member, has_pin=True)
                QTimer.singleShot(0, lambda: self.switch_to(again))

        self.ctx.ops.query(self, "switch", check, switched, failed)


# --------------------------------------------------------------------------- digest


def digest_html(digest: team_svc.Digest, now: datetime) -> str:
    """The digest as one readable page."""
    parts = []
    if digest.handed:
        parts.append(_heading(QCoreApplication.translate("Team", "Handed to you")))
        for item in digest.handed:
            who = item.by_name or item.from_name
            line = QCoreApplication.translate(
                "Team", "{customer}: {what} — from {who}, {when}"
            ).format(
                customer=f"<b>{_html(item.customer_name)}</b>",
                what=_html(item.what),
                who=_html(who),
                when=_html(relative_text(item.at, now)),
            )
            if item.note:
                line += f"<br><i>“{_html(item.note)}”</i>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    if digest.overdue:
        parts.append(_heading(QCoreApplication.translate("Team", "Became overdue")))
        for line in digest.overdue:
            parts.append(
                "<li>"
                + QCoreApplication.translate("Team", "{customer}: {what} — was due {when}").format(
                    customer=f"<b>{_html(line.customer_name)}</b>",
                    what=_html(line.text),
                    when=_html(date_time_text(line.at)),
                )
                + "</li>"
            )
        parts.append("</ul>")
    for title, lines in digest.blocks.items():
        parts.append(_heading(QCoreApplication.translate("Team", title)))
        for line in lines:
            by = (
                QCoreApplication.translate("Team", " — {who}").format(who=_html(line.detail))
                if line.detail
                else ""
            )
            parts.append(f"<li><b>{_html(line.customer_name)}</b>: {_html(line.text)}{by}</li>")
        parts.append("</ul>")
    return "".join(parts)


class DigestDialog(AppDialog):
    """The daily digest: shown once a day, the first time someone opens cxlogger."""

    def __init__(self, digest: team_svc.Digest, name: str, now: datetime, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Since you last looked"))
        self.setMinimumWidth(520)
        heading = f"<h2>{_html(self.tr('Good to see you, {name}').format(name=name))}</h2>"
        since = self.tr("Since you last looked ({when}):").format(
            when=relative_text(digest.since, now)
        )
        self.body = QLabel(f"{heading}<p>{_html(since)}</p>{digest_html(digest, now)}")
        self.body.setObjectName("digest")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Got it"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(buttons)


class TeamWatch(QObject):
    """For whoever is at the desk: once a day the digest, and a notification for what was
    handed to them (on start, after a switch, and every minute while cxlogger runs)."""

    def __init__(self, ctx: AppContext, window, notify, interval_ms: int = 60_000):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.notify = notify  # list[Notice] -> None (the tray, or the window's banner)
        self.digest_dialog: DigestDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.announce)
        ctx.changes.changed.connect(self._on_changed)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def _on_changed(self, what: set) -> None:
        if "staff" in what:
            self.check()

    def check(self) -> None:
        """The digest if it is this person's first look today, then the announcements."""
        me, now = self.ctx.staff_id, self.ctx.now()

        def load(session):
            digest = team_svc.take_digest(session, me, now)
            from cxlogger.core.models import Staff

            with session.begin():
                member = session.get(Staff, me)
                name = member.name if member else ""
            return digest, name

        # both mark what they showed: writes, on the one writer thread
        self.ctx.ops.write(self, load, self._show_digest, self._quiet)
        self.announce()

    def _quiet(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _show_digest(self, answer) -> None:
        digest, name = answer
        if digest is None:
            return
        if self.digest_dialog is not None:
            self.digest_dialog.close()
        self.digest_dialog = DigestDialog(digest, name, self.ctx.now(), self.window)
        self.digest_dialog.setModal(False)
        self.digest_dialog.show()  # not modal: the window stays usable behind it

    def announce(self) -> None:
        me, now = self.ctx.staff_id, self.ctx.now()
        self.ctx.ops.write(
            self,
            lambda session: team_svc.take_announcements(session, me, now),
            self._announced,
            self._quiet,
        )

    def _announced(self, items: list[team_svc.HandedItem]) -> None:
        if not items:
            return
        from cxlogger.ui.desktop.notifier import Notice

        first = items[0]
        who = first.by_name or first.from_name
        if len(items) == 1:
            message = QCoreApplication.translate(
                "Team", "{who} handed you {what} ({customer})"
            ).format(who=who, what=first.what, customer=first.customer_name)
            if first.note:
                message += f": “{first.note}”"
        else:
            message = self.tr("%n things were handed to you; see Today.", "", len(items))
        self.notify([Notice(QCoreApplication.translate("Team", "Handed to you"), message, None)])
        self.ctx.changes.announce("handoffs")


# --------------------------------------------------------------------------- leavers


class HandOverAllDialog(SavingDialog):
    """A deactivated leaver's open promises and follow-ups, and to whom they go."""

    def __init__(self, ctx: AppContext, leaver_id: int, leaver: str, items, parent=None):
        super().__init__(parent)
        self.ctx, self.leaver_id = ctx, leaver_id
        self.setWindowTitle(self.tr("Hand over {name}'s work").format(name=leaver))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "{name} is no longer active. Their records keep their name. These are still open:"
            ).format(name=_html(leaver))
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            kind = self.tr("Promise") if item.entity == "promise" else self.tr("Follow-up")
            self.list.addItem(
                f"{kind} · {item.customer_name} — {item.what}  ({date_time_text(item.due_at)})"
            )
        self.to = QComboBox()
        self.note = QLineEdit(self.tr("{name} left; over to you.").format(name=leaver))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Hand &all to"), self.to)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.wait_for("staff")
        ctx.ops.query(
            self,
            "staff",
            lambda session: [(m.staff_id, m.name) for m in team_svc.desk_members(session)],
            self._show_staff,
            self.error.show_error,
        )

    def _show_staff(self, members) -> None:
        for ident, name in members:
            if ident != self.leaver_id:
                self.to.addItem(name, ident)
        index = self.to.findData(self.ctx.staff_id)
        if index >= 0:
            self.to.setCurrentIndex(index)
        self.answered("staff")

    def save(self) -> None:
        if not self.ready() or self.to.currentData() is None:
            return
        leaver, to, note = self.leaver_id, self.to.currentData(), self.note.text()
        me, now = self.ctx.staff_id, self.ctx.now()
        self.save_in_background(
            lambda session: team_svc.hand_over_all(session, leaver, to, note, me, now),
            lambda _count: self.accept(),
            failed=self.error.show_error,
            invalid=lambda errors: self.error.show_error(" ".join(errors.values())),
            changes=("promises", "followups", "handoffs"),
        )
