"""Today: what is due and overdue, grouped by the four kinds, and what is coming this week."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.core.errors import UserError
from cxlogger.core.models import FollowUp
from cxlogger.core.records import heads_ups, interaction_log, team
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.due_text import DueText, DueWords, capitalised
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import followup_title, word
from cxlogger.ui.qt import (
    QApplication,
    QCheckBox,
    QCoreApplication,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLocale,
    QMenu,
    QMessageBox,
    QPalette,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTimer,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.widgets.due_format import due_words
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.formats import (
    date_time_text,
    localize_edit,
    long_date_text,
    number_text,
    relative_text,
    time_text,
)
from cxlogger.ui.widgets.heads_up_widgets import heads_up_line, paused_text
from cxlogger.ui.widgets.widgets import (
    mixed,
    muted_text,
    notice_background,
    readable,
    warning_background,
    warning_text,
)

log = logging.getLogger(__name__)
Role = QPalette.ColorRole

# Colours come from the palette (see widgets.py): the style sheet is built from it, and
# again when it changes, so a dark or high-contrast theme reads as well as a light one.
STYLE = """
QFrame#followup {{ background: {base}; border: 1px solid {border};
                  border-left: 4px solid {accent}; border-radius: 6px; }}
QFrame#followup[overdue="true"] {{ border-left: 4px solid {warning}; background: {overdue_base}; }}
QFrame#followup[focused="true"] {{ border: 2px solid {accent}; border-left: 4px solid {accent}; }}
QFrame#followup QLabel {{ color: {text}; }}
QFrame#followup QLabel#due {{ color: {muted_on_base}; }}
QFrame#followup[overdue="true"] QLabel#due {{ color: {muted_on_overdue}; }}
QFrame#followup QLabel#overdueTag {{ color: {tag_text}; background: {warning}; border-radius: 3px;
                    padding: 1px 6px; font-weight: 600; }}
QLabel#kindTitle {{ font-size: 15px; font-weight: 600; padding-top: 10px; }}
QLabel#summary {{ color: {muted}; }}
QLabel#empty {{ color: {muted}; font-size: 14px; padding: 24px 4px; }}
QLabel#banner {{ background: {notice}; color: {text}; border: 1px solid {notice_border};
                border-radius: 6px; padding: 8px; }}
QPushButton#customerLink {{ border: none; font-weight: 600; text-align: left; padding: 0;
                           color: {text}; }}
QPushButton#customerLink:hover {{ text-decoration: underline; }}
QLabel#upcoming {{ padding: 2px 4px; }}
QFrame#followup[handed="true"] {{ border-left: 4px solid {accent}; }}
QFrame#followup QLabel#handNote {{ font-style: italic; }}
QFrame#followup QLabel#headsUp {{ background: {notice}; border: 1px solid {notice_border};
                    border-radius: 3px; padding: 2px 6px; }}
QFrame#followup QLabel#pausedTag {{ border: 1px solid {notice_border}; background: {notice};
                    border-radius: 3px; padding: 1px 6px; font-weight: 600; }}
"""


def today_style(palette: QPalette) -> str:
    """The Today view's style sheet in the colours of ``palette``."""
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    overdue_base = warning_background(palette)
    warning = warning_text(palette, overdue_base)
    notice = notice_background(palette)
    colours = {
        "base": base,
        "text": text,
        "border": mixed(base, text, 0.25),
        "accent": palette.color(Role.Highlight),
        "overdue_base": overdue_base,
        "warning": readable(warning, base, text),
        "tag_text": readable(base, warning, text),
        "muted": muted_text(palette),
        "muted_on_base": muted_text(palette, base),
        "muted_on_overdue": muted_text(palette, overdue_base),
        "notice": notice,
        "notice_border": mixed(notice, text, 0.3),
    }
    return STYLE.format(**{key: colour.name() for key, colour in colours.items()})


MINE_KEY = "today_only_mine"  # remembered per staff member (core/team.py)

KIND_HINTS = {
    "close_loop": QT_TRANSLATE_NOOP(
        "TodayView", "Keep promises, and tell customers when it's done"
    ),
    "thank": QT_TRANSLATE_NOOP("TodayView", "Say thank you while it still means something"),
    "feedback": QT_TRANSLATE_NOOP("TodayView", "Ask how it went"),
    "report_back": QT_TRANSLATE_NOOP("TodayView", "Tell customers what their feedback changed"),
    "keep_in_touch": QT_TRANSLATE_NOOP(
        "TodayView", "Customers you have not been in touch with for too long"
    ),
}


class FollowUpRow(QFrame):
    """One follow-up with its actions."""

    def __init__(
        self,
        view: TodayView,
        followup: FollowUp,
        now: datetime,
        hours: BusinessHours,
        words: DueWords | None = None,
        heads: list | None = None,
    ):
        super().__init__()
        self.view = view
        # the customer's active heads-ups, and whether a hold pauses this message
        self.heads = list(heads or [])
        self.pause = heads_ups.pauses(followup.kind, self.heads, now)
        self.followup_id = followup.id
        self.rule = followups.rule_of(followup)
        self.customer_id = followup.customer_id
        self.customer_name = followup.customer.name
        self.owner_id = followup.owner_id
        self.has_email = bool(followup.customer.email)
        # what "Promise kept…" shows: the promise's own words, loaded with the board
        self.promise_text = followup.promise.description if followup.promise else followup.title
        self.sent_via = ""
        # a message a hold pauses is not late: the card says "Paused" instead
        self.overdue = followups.is_overdue(followup, now, hours) and not self.pause.paused
        self.setObjectName("followup")
        self.setProperty("overdue", "true" if self.overdue else "false")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.customer_button = QPushButton(followup.customer.name)
        self.customer_button.setObjectName("customerLink")
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setToolTip(self.tr("Open this customer"))
        self.customer_button.clicked.connect(lambda: view.open_customer.emit(self.customer_id))
        top.addWidget(self.customer_button)
        if self.overdue:
            tag = QLabel(self.tr("Overdue"))
            tag.setObjectName("overdueTag")
            top.addWidget(tag)
        self.paused_label = None
        if self.pause.paused:  # in words, not by colour alone
            self.paused_label = QLabel(paused_text(self.pause))
            self.paused_label.setObjectName("pausedTag")
            self.paused_label.setToolTip(
                self.tr("A hold on this customer pauses messages to them: %1").replace(
                    "%1", self.pause.text
                )
            )
            top.addWidget(self.paused_label)
        top.addStretch(1)
        # the one due text (for a promise: the promise's own state, as everywhere)
        due_text = capitalised(followups.due_line(followup, now, hours, words or due_words()))
        if followup.owner is not None:
            due_text += f"  ·  {followup.owner.name}"
        self.due_label = QLabel(due_text)
        self.due_label.setObjectName("due")
        top.addWidget(self.due_label)

        self.title_label = QLabel(followup_title(followup.title))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heads_up_labels = []
        for view_ in self.heads:  # what everyone should know about the customer
            label = QLabel("⚑ " + heads_up_line(view_))
            label.setObjectName("headsUp")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.heads_up_labels.append(label)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.email_button = self.copy_button = self.kept_button = self.resolved_button = None
        if followups.template_name(followup):
            if self.has_email:
                self.email_button = QPushButton(self.tr("Email…"))
                self.email_button.setToolTip(
                    self.tr("Open your email program with a message to %1").replace(
                        "%1", followup.customer.email
                    )
                )
                self.email_button.clicked.connect(lambda: view.email(self))
                buttons.addWidget(self.email_button)
            self.copy_button = QPushButton(self.tr("Copy text"))
            self.copy_button.setToolTip(self.tr("Copy the message, to paste into a text or chat"))
            self.copy_button.clicked.connect(lambda: view.copy_text(self))
            buttons.addWidget(self.copy_button)
            if self.pause.paused:  # a hold: no message until it ends or is resolved
                for button in (self.email_button, self.copy_button):
                    if button is not None:
                        button.setEnabled(False)
                        button.setToolTip(paused_text(self.pause))
        if self.rule in ("promise_soon", "promise_overdue"):
            self.kept_button = QPushButton(self.tr("Promise kept…"))
            self.kept_button.clicked.connect(
                lambda: view.promise_kept(self, followup.promise_id, self.promise_text)
            )
            buttons.addWidget(self.kept_button)
        if self.rule == "complaint":
            self.resolved_button = QPushButton(self.tr("Mark resolved"))
            self.resolved_button.clicked.connect(
                lambda: view.complaint_resolved(self, followup.interaction_id)
            )
            buttons.addWidget(self.resolved_button)
        self.action_button = self.action_label = None
        action = followup.feedback.action_taken.strip() if followup.feedback else ""
        if self.rule == "low_rating" and action:
            # recorded with the feedback: shown, not asked for again
            self.action_label = QLabel(self.tr("Action taken: {action}").format(action=action))
            self.action_label.setObjectName("summary")
            self.action_label.setWordWrap(True)
            self.action_label.setToolTip(
                self.tr("Recorded with the feedback; a report-back reminder follows")
            )
        elif self.rule == "low_rating":
            self.action_button = QPushButton(self.tr("Action taken…"))
            self.action_button.setToolTip(
                self.tr("Record what you did about it; a report-back reminder follows")
            )
            self.action_button.clicked.connect(
                lambda: view.feedback_action(self, followup.feedback_id)
            )
            buttons.addWidget(self.action_button)
        self.hand_button = QPushButton(self.tr("Hand over…"))
        self.hand_button.setToolTip(self.tr("Give it to a colleague, with a note for them"))
        self.hand_button.clicked.connect(lambda: view.hand_over(self))
        buttons.addWidget(self.hand_button)
        buttons.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setDefault(False)
        self.done_button.setToolTip(
            self.tr("Mark as done; it is recorded on the customer's timeline")
        )
        self.done_button.clicked.connect(lambda: view.done(self))
        # issue 11: done, and the next contact scheduled, in one action
        self.next_button = QPushButton(self.tr("Done && next…"))
        self.next_button.setToolTip(
            self.tr("Mark as done and schedule the next contact (in days, weeks or months)")
        )
        self.next_button.clicked.connect(lambda: view.done_and_next(self))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(lambda: view.fill_snooze_menu(self))
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Not needed: hide it for good"))
        self.dismiss_button.clicked.connect(lambda: view.dismiss(self))
        for button in (self.done_button, self.next_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addWidget(self.dismiss_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        for label in self.heads_up_labels:
            layout.addWidget(label)
        if self.action_label is not None:
            layout.addWidget(self.action_label)
        layout.addLayout(buttons)

    def mark_sent(self, via: str) -> None:
        self.sent_via = via
        self.done_button.setText(self.tr("Sent — mark done"))
        self.done_button.setDefault(True)


class HandedRow(QFrame):
    """Something a colleague handed to you: what, from whom, their note (issue 11)."""

    def __init__(self, view: TodayView, item, now: datetime):
        super().__init__()
        self.handoff_id = item.handoff_id
        self.item = item
        self.setObjectName("followup")
        self.setProperty("handed", "true")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        top = QHBoxLayout()
        self.customer_button = QPushButton(item.customer_name)
        self.customer_button.setObjectName("customerLink")
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setToolTip(self.tr("Open this customer"))
        self.customer_button.clicked.connect(lambda: view.open_customer.emit(item.customer_id))
        top.addWidget(self.customer_button)
        top.addStretch(1)
        who = item.by_name or item.from_name
        self.from_label = QLabel(
            self.tr("Handed to you by {who}, {when}").format(
                who=who, when=relative_text(item.at, now)
            )
        )
        self.from_label.setObjectName("due")
        self.from_label.setToolTip(date_time_text(item.at))
        top.addWidget(self.from_label)
        kind = self.tr("Promise") if item.entity == "promise" else self.tr("Follow-up")
        self.what_label = QLabel(f"{kind}: {item.what}")
        self.what_label.setWordWrap(True)
        self.note_label = QLabel(f"“{item.note}”" if item.note else self.tr("(no note)"))
        self.note_label.setObjectName("handNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.got_it_button = QPushButton(self.tr("Got it"))
        self.got_it_button.setToolTip(
            self.tr("Take it in: it leaves this list and stays yours, with its reminders")
        )
        self.got_it_button.clicked.connect(lambda: view.got_it(self))
        buttons.addWidget(self.got_it_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.what_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)


class TodayView(QWidget):
    open_customer = Signal(int)
    feedback_requested = Signal()

    ROWS_PER_KIND = 12  # widgets per group; the rest are counted, not built
    UPCOMING_SHOWN = 20

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[int, FollowUpRow] = {}
        self.handed_rows: dict[int, HandedRow] = {}
        self._mine_for: int | None = None  # whose remembered "Only mine" the box shows
        self.upcoming_ids: list[int] = []
        self.first_use = False  # nothing logged yet: the empty view explains how to start
        self.hours = BusinessHours()  # the opening hours of the last answer (snooze choices)
        self.loaded = False  # the first answer has arrived
        self._building = 0  # the newest board being built (slices of an older one stop)
        self._finished = 0  # the newest board whose last card is built
        self._focus_wanted: int | None = None  # a follow-up to highlight once it is shown
        self._keep_place: int | None = None  # the keyboard's place after a card went away
        self._shown: tuple | None = None  # what the cards say (TodayView._shown_as)
        self.builds = 0  # how often the cards were built
        self._stale = False  # changed while another view was shown: asked again when shown
        self._apply_style()

        title = QLabel(self.tr("Today"))
        title.setObjectName("viewTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("summary")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.mine_only = QCheckBox(self.tr("Only mine"))
        self.mine_only.setToolTip(self.tr("Show only the follow-ups you own"))
        self.mine_only.toggled.connect(self._mine_toggled)
        self.feedback_button = QPushButton(self.tr("Record feedback…"))
        self.feedback_button.clicked.connect(self.feedback_requested.emit)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(10)
        header.addWidget(self.date_label)
        header.addStretch(1)
        header.addWidget(self.mine_only)
        header.addWidget(self.feedback_button)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)

        # until the first answer: a quiet line, no spinner (it is usually there at once)
        self.placeholder = QLabel(self.tr("Looking for what is due…"))
        self.placeholder.setObjectName("summary")
        self.body_layout.addWidget(self.placeholder)
        self.body_layout.addStretch(1)

        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    def _apply_style(self) -> None:
        style = today_style(self.palette())
        if style != self.styleSheet():
            self.setStyleSheet(style)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_style()  # the theme changed (dark mode switched on, say)

    # --- building --------------------------------------------------------------------------
    def _on_changed(self, what: set) -> None:
        if "staff" in what:
            self._mine_for = None  # someone else at the desk: their own "Only mine"
        if what & {
            "interactions",
            "promises",
            "followups",
            "feedback",
            "settings",
            "customers",
            "handoffs",
            "staff",
            "heads_ups",
        }:
            if self._out_of_sight():
                # the user is in another view: the board is asked for when Today is shown
                # (at a million interactions, building a new board beside the scrolling
                # log, after the notifier's catch-up, stalled it 40-70 ms)
                self._stale = True
            else:
                self.refresh()

    def _out_of_sight(self) -> bool:
        """A page of the window's views that is not the one shown."""
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _mine_toggled(self, checked: bool) -> None:
        """Remembered per staff member (core/team.py), then the board is asked again."""
        me = self.ctx.staff_id
        self._mine_for = me
        self.ctx.ops.write(
            self,
            lambda session: team.put_pref(session, me, MINE_KEY, bool(checked)),
            None,
            self._status,
        )
        self.refresh()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows.clear()
        self.handed_rows.clear()

    def refresh(self) -> None:
        """Ask for the board in the background; what is shown stays until the answer."""
        now = self.ctx.now()
        me = self.ctx.staff_id
        # the box's state, or, for someone new at the desk, what they chose last time
        mine_known = self._mine_for == me
        checked = self.mine_only.isChecked()
        per_kind, upcoming_shown = self.ROWS_PER_KIND, self.UPCOMING_SHOWN

        def load(session):
            mine = checked if mine_known else bool(team.get_pref(session, me, MINE_KEY, False))
            owner = me if mine else None
            handed = team.handed_to(session, me)
            hours = BusinessHours.from_settings(settings_svc.get_all(session))
            board = followups.due_board(
                session, now, hours, owner, per_kind, upcoming_shown=upcoming_shown
            )
            first_use = not board.total and not interaction_log.fetch_page(session, limit=1)
            # "Sent — mark done" survives a refresh: how each shown card's message went out
            from cxlogger.core.reminders import messages

            shown = [f.id for rows in board.first.values() for f in rows]
            sent = messages.sent_channels(session, shown)
            # the customers' active heads-ups, on their cards (one query)
            customers = {f.customer_id for rows in board.first.values() for f in rows}
            customers |= {f.customer_id for f in board.upcoming}
            heads = heads_ups.active_for(session, customers, now)
            return board, now, hours, first_use, sent, handed, (me, mine), heads

        # a failure leaves the last board up and says so in the status bar
        self.ctx.ops.query(self, "board", load, self._show, self._status)

    def _show(self, answer) -> None:
        board, now, hours, first_use, sent, handed, (whose, mine), heads = answer
        self.hours, self.first_use, self.loaded = hours, first_use, True
        if whose == self.ctx.staff_id and self._mine_for != whose:
            self._mine_for = whose
            blocked = self.mine_only.blockSignals(True)
            self.mine_only.setChecked(mine)
            self.mine_only.blockSignals(blocked)
        # building the cards is the GUI thread's biggest piece of work here: a refresh
        # that finds the same board (a reminder tick, a save that changed nothing due)
        # keeps the cards on screen
        shown = self._shown_as(answer)
        busy = any(not row.isEnabled() for row in (*self.rows.values(), *self.handed_rows.values()))
        if shown != self._shown or busy:
            self._shown = shown
            self.builds += 1
            self._build(board, now, hours, handed, heads, then=lambda: self._built(sent))
        elif self._finished == self._building:  # (else the build under way ends with it)
            self._built(sent)

    def _built(self, sent: dict) -> None:
        """After the board's last card is built: what each card's message went out by, and
        the place the keyboard had or was asked for."""
        for followup_id, channel in sent.items():
            if followup_id in self.rows:
                self.rows[followup_id].mark_sent("email" if channel == "email" else "copy")
        if self._focus_wanted is not None:
            wanted, self._focus_wanted = self._focus_wanted, None
            self._focus(wanted)
        elif self._keep_place is not None:
            place, self._keep_place = self._keep_place, None
            rows = list(self.rows.values())
            if rows:  # the card that took the old one's place, for a keyboard user
                rows[min(place, len(rows) - 1)].done_button.setFocus()
            else:
                self.mine_only.setFocus()

    @staticmethod
    def _shown_as(answer) -> tuple:
        """Everything the cards and lines would say for this answer (texts that depend
        on the time included), to tell whether building them again would change anything."""
        board, now, hours, first_use, sent, handed, mine, heads = answer
        words = due_words()
        texts = DueText(now, hours, words)
        cards = []
        for kind in followups.KIND_ORDER:
            for f in board.first.get(kind, ()):
                customer_heads = tuple(heads.get(f.customer_id, ()))
                pause = heads_ups.pauses(f.kind, list(customer_heads), now)
                cards.append(
                    (
                        (f.id, f.version, f.kind, f.title, f.customer_id, f.owner_id),
                        (f.customer.name, f.customer.email, f.owner.name if f.owner else None),
                        (f.promise_id, f.promise.description if f.promise else None),
                        (f.feedback_id, f.feedback.action_taken if f.feedback else None),
                        (f.interaction_id, followups.rule_of(f)),
                        followups.due_line(f, now, hours, words),
                        followups.is_overdue(f, now, hours),
                        (pause.paused, pause.text if pause.paused else ""),
                        customer_heads,
                    )
                )
        coming = []
        for f in board.upcoming:
            due = ""
            if followups.rule_of(f) in followups.PROMISE_RULES:
                due = followups.due_line(f, now, hours, words)
            customer_heads = tuple(heads.get(f.customer_id, ()))
            pause = heads_ups.pauses(f.kind, list(customer_heads), now)
            coming.append(
                (f.id, f.version, f.kind, f.title, f.customer.name, due)
                + (texts.when(followups.effective_due(f)), pause.paused, customer_heads)
            )
        return (
            hours.local(now).date(),  # the date heading; "today", "yesterday" in texts
            (board.total, board.overdue, board.upcoming_count, first_use),
            tuple(sorted(board.counts.items())),
            tuple(cards),
            tuple(coming),
            tuple(sorted(sent.items())),
            tuple(handed),
            mine,
        )

    # cards built per turn of the event loop: a full board (four kinds of twelve) is built
    # in slices, the first few cards at once, so the window never stops painting for long
    SLICE_CARDS = 3

    def _build(
        self, board: followups.DueBoard, now, hours, handed=(), heads=None, then=None
    ) -> None:
        """Show ``board``: the first SLICE_CARDS cards now, the rest a slice per turn of
        the event loop; ``then()`` when the last is built. A newer build stops an older."""
        self._building += 1
        generation = self._building
        steps = self._build_steps(board, now, hours, handed, heads)

        def build_some() -> None:
            if generation != self._building:
                return  # a newer board replaced this one
            weight = 0.0
            for step in steps:
                weight += step
                if weight >= self.SLICE_CARDS:
                    self._later(build_some)
                    return
            self._finished = generation
            if then is not None:
                then()

        build_some()

    def _later(self, fn) -> None:
        """The next slice, on a later turn of the event loop: 1 ms, not 0, a real timer, so
        the event loop's other timers get their turn between two slices."""
        QTimer.singleShot(1, self, fn)

    def _build_steps(self, board: followups.DueBoard, now, hours, handed=(), heads=None):
        """Builds the board, yielding each card's weight (1; a line of text less) as it
        goes, so that _build can stop between cards."""
        heads = heads or {}
        self._clear()
        words = due_words()
        texts = DueText(now, hours, words)
        local = hours.local(now)
        self.date_label.setText(long_date_text(local.date()))
        coming = board.upcoming
        coming_text = self.tr("%Ln coming this week", "", board.upcoming_count)
        if board.total:
            text = self.tr("%Ln due", "", board.total)
            if board.overdue:
                text += ", " + self.tr("%Ln overdue", "", board.overdue)
            self.summary.setText(f"{text}  ·  {coming_text}")
        else:
            self.summary.setText(self.tr("Nothing due") + f"  ·  {coming_text}")
        if handed:
            heading = QLabel(self.tr("Handed to you") + f"  ({number_text(len(handed))})")
            heading.setObjectName("kindTitle")
            heading.setToolTip(self.tr("Colleagues handed these to you; they are yours now"))
            self.body_layout.addWidget(heading)
            for item in handed:
                row = HandedRow(self, item, now)
                self.handed_rows[item.handoff_id] = row
                self.body_layout.addWidget(row)
                yield 1
        if not board.total and self.first_use:
            empty = QLabel(
                self.tr(
                    "<b>Welcome to cxlogger.</b><br>Press <b>Ctrl+L</b> to log your first customer "
                    "interaction: who, how, and what happened. Thank-yous, promises and feedback "
                    "requests will appear here when they are due.<br><br>To look around with "
                    "sample data first, start <code>cxlogger demo</code>."
                )
            )
            empty.setObjectName("empty")
            empty.setWordWrap(True)
            self.body_layout.addWidget(empty)
        elif not board.total:
            empty = QLabel(
                self.tr(
                    "Nothing is due right now. Everyone has been thanked, "
                    "every promise is on track."
                )
            )
            empty.setObjectName("empty")
            empty.setWordWrap(True)
            self.body_layout.addWidget(empty)
        for kind in followups.KIND_ORDER:
            count = board.counts.get(kind, 0)
            if not count:
                continue
            heading = QLabel(f"{word(followups.KIND_TITLES[kind])}  ({number_text(count)})")
            heading.setObjectName("kindTitle")
            heading.setToolTip(QCoreApplication.translate("TodayView", KIND_HINTS[kind]))
            self.body_layout.addWidget(heading)
            for followup in board.first[kind]:
                row = FollowUpRow(
                    self, followup, now, hours, words, heads.get(followup.customer_id)
                )
                self.rows[followup.id] = row
                self.body_layout.addWidget(row)
                yield 1
            if count > len(board.first[kind]):
                more = QLabel(
                    self.tr(
                        "… and %Ln more; they appear here as you deal with the ones above.",
                        "",
                        count - len(board.first[kind]),
                    )
                )
                more.setObjectName("summary")
                self.body_layout.addWidget(more)
        heading = QLabel(self.tr("Coming this week"))
        heading.setObjectName("kindTitle")
        self.body_layout.addWidget(heading)
        self.upcoming_ids = [f.id for f in coming]
        if not coming:
            nothing = QLabel(self.tr("Nothing else is scheduled for the next seven days."))
            nothing.setObjectName("summary")
            self.body_layout.addWidget(nothing)
        for followup in coming:
            when = capitalised(texts.when(followups.effective_due(followup)))
            what = _html(followup_title(followup.title))
            if followups.rule_of(followup) in followups.PROMISE_RULES:
                # the same words as its card will use: the promise's due state
                what += f" ({_html(followups.due_line(followup, now, hours, words))})"
            customer_heads = heads.get(followup.customer_id, [])
            pause = heads_ups.pauses(followup.kind, customer_heads, now)
            if pause.paused:
                what += f" — <b>{_html(paused_text(pause))}</b>"
            if customer_heads:
                what += "<br>⚑ " + _html(heads_up_line(customer_heads[0]))
            label = QLabel(
                f"<b>{_html(when)}</b> &nbsp; "
                f"{_html(word(followups.KIND_TITLES[followup.kind]))} · "
                f"<b>{_html(followup.customer.name)}</b> — {what}"
            )
            label.setObjectName("upcoming")
            label.setWordWrap(True)
            self.body_layout.addWidget(label)
            yield 0.25
        if board.upcoming_count > len(coming):
            more = QLabel(
                self.tr("… and %Ln more this week.", "", board.upcoming_count - len(coming))
            )
            more.setObjectName("summary")
            self.body_layout.addWidget(more)
        self.body_layout.addStretch(1)

    def focus_followup(self, followup_id: int | None) -> None:
        """Scroll to a follow-up (from a notification) and highlight it, once it is shown."""
        self._focus_wanted = followup_id
        self.refresh()

    def _focus(self, followup_id: int | None) -> None:
        row = self.rows.get(followup_id) if followup_id is not None else None
        if row is None:
            return
        row.setProperty("focused", "true")
        row.style().unpolish(row)
        row.style().polish(row)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row))
        row.done_button.setFocus()

    def show_banner(self, text: str) -> None:
        """Reminders in the window, where there is no tray to show them."""
        self.banner.setText(text)
        self.banner.show()

    # --- asking (replaced in tests) --------------------------------------------------------------
    def ask_told_how(self) -> str | None:
        how, ok = QInputDialog.getItem(
            self,
            self.tr("Customer told"),
            self.tr("How did you tell the customer?"),
            [word(how) for how in followups.TOLD_HOW],
            0,
            False,
        )
        if not ok:
            return None
        shown = [word(how) for how in followups.TOLD_HOW]
        return followups.TOLD_HOW[shown.index(how)] if how in shown else how

    def ask_action(self) -> tuple[str, str] | str | None:
        """(note for colleagues, words for the customer), or None if cancelled."""
        from cxlogger.ui.widgets.customer_words import ask_action

        return ask_action(self)

    def ask_snooze_time(self) -> datetime | None:
        dialog = AppDialog(self)
        dialog.setWindowTitle(self.tr("Remind me again"))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        edit.setCalendarPopup(True)
        localize_edit(edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Remind me again on:")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return edit.dateTime().toPython().astimezone()

    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not changed"), message)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 5000)

    # --- actions ---------------------------------------------------------------------------
    def _run(self, action, message: str, *what: str, row: FollowUpRow | None = None) -> bool:
        """One user action on the writer thread; the card stays (greyed) until it is done
        and the board is asked again. False if nothing was asked."""
        if row is not None:
            focus = QApplication.focusWidget()
            followup_id = getattr(row, "followup_id", None)  # a "Handed to you" card has none
            if focus is not None and row.isAncestorOf(focus) and followup_id in self.rows:
                self._keep_place = list(self.rows).index(followup_id)
            row.setEnabled(False)  # no second click while it is being saved

        def failed(text: str) -> None:
            from shiboken6 import isValid

            if row is not None and isValid(row):
                row.setEnabled(True)
            self._error(text)
            self.ctx.changes.announce("followups")  # show what is true now

        def done(result) -> None:
            from cxlogger.ui.live import Queued

            if isinstance(result, Queued):  # the shared server is away (issue 12)
                self.ctx.live.queued()
                self._status(self.tr("Done — kept on this computer until the server is back"))
                return
            self._status(message)

        self.ctx.ops.write(self, action, done, failed, changes=("followups", *what))
        return True

    def done(self, row: FollowUpRow) -> bool:
        note = {"email": "Sent by email", "copy": "Message sent (text copied)"}.get(
            row.sent_via, ""
        )
        told_how = "email" if row.sent_via == "email" else ""
        if row.rule == "promise_tell" and not told_how:
            told_how = self.ask_told_how()
            if told_how is None:
                return False
            note = note or f"Customer told ({told_how})"
        now = self.ctx.now()
        from cxlogger.core.sync.outbox import queue_done
        from cxlogger.ui.live import or_queue

        staff_id = self.ctx.staff_id
        return self._run(
            or_queue(
                self.ctx,
                lambda s: followups.complete(
                    s, row.followup_id, staff_id, now, note, told_how or ""
                ),
                # offline: kept in the outbox, sent once the server is back (issue 12)
                lambda: queue_done(self.ctx.live.outbox, row.followup_id, staff_id, now, note),
            ),
            self.tr("Done — recorded on the customer's timeline"),
            "promises",
            "feedback",
            row=row,
        )

    def ask_next(self, row: FollowUpRow):
        """When to get in touch again and who should (None: cancelled)."""
        from cxlogger.ui.dialogs.schedule_next_dialog import ask_next

        return ask_next(self.ctx, self, row.customer_name, row.owner_id)

    def done_and_next(self, row: FollowUpRow) -> bool:
        """ "Done & schedule next": one action (core/followups.complete_and_next)."""
        wanted = self.ask_next(row)
        if wanted is None:
            return False
        now, staff_id = self.ctx.now(), self.ctx.staff_id
        return self._run(
            lambda s: followups.complete_and_next(
                s,
                row.followup_id,
                staff_id,
                now,
                wanted.count,
                wanted.unit,
                owner_id=wanted.owner_id,
                what=wanted.what,
            ),
            self.tr("Done — the next contact is scheduled"),
            "promises",
            "feedback",
            row=row,
        )

    def dismiss(self, row: FollowUpRow) -> bool:
        now = self.ctx.now()
        return self._run(
            lambda s: followups.dismiss(s, row.followup_id, self.ctx.staff_id, now),
            self.tr("Dismissed — it will not come back"),
            row=row,
        )

    def snooze(self, row: FollowUpRow, until: datetime) -> bool:
        now = self.ctx.now()
        return self._run(
            lambda s: followups.snooze(s, row.followup_id, until, now),
            self.tr("Snoozed until %1").replace("%1", relative_text(until, now)),
            row=row,
        )

    def fill_snooze_menu(self, row: FollowUpRow) -> None:
        row.snooze_menu.clear()
        now = self.ctx.now()
        # the opening hours that came with the board: the menu opens without asking
        for index, (_english, until) in enumerate(followups.snooze_choices(now, self.hours)):
            text = self.snooze_label(index, until, now)
            row.snooze_menu.addAction(text, lambda u=until: self.snooze(row, u))
        row.snooze_menu.addSeparator()
        row.snooze_menu.addAction(self.tr("Choose a time…"), lambda: self._snooze_chosen(row))

    def snooze_label(self, index: int, until: datetime, now: datetime) -> str:
        """The snooze menu's words (followups.snooze_choices' order: an hour, the next
        working morning, next week) in the user's language and the locale's names."""
        if index == 0:
            return self.tr("For 1 hour")
        local, today = self.hours.local(until), self.hours.local(now).date()
        locale = QLocale()
        clock = time_text(local)
        if index == 1:
            if (local.date() - today).days == 1:
                return self.tr("Tomorrow morning, %1").replace("%1", clock)
            day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
            return self.tr("Next working morning (%1), %2").replace("%1", day).replace("%2", clock)
        day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM")
        return self.tr("Next week (%1)").replace("%1", day)

    def _snooze_chosen(self, row: FollowUpRow) -> None:
        until = self.ask_snooze_time()
        if until is not None:
            self.snooze(row, until)

    def email(self, row: FollowUpRow) -> str | None:
        """Preview (editable), then the email program; without one, copy and say so."""
        from cxlogger.ui.dialogs import message_preview

        return message_preview.email(self, row)

    def copy_text(self, row: FollowUpRow) -> str | None:
        """Preview (editable), then copy; what was copied is recorded on the timeline."""
        from cxlogger.ui.dialogs import message_preview

        return message_preview.copy_text(self, row)

    def promise_kept(self, row: FollowUpRow, promise_id: int | None, title: str) -> None:
        if promise_id is None:
            return
        from cxlogger.ui.dialogs.promise_dialogs import close_with_outcome

        try:
            close_with_outcome(self.ctx, self, promise_id, title, "kept")
        except UserError as exc:
            self._error(str(exc))

    def feedback_action(self, row: FollowUpRow, feedback_id: int | None) -> bool:
        """Record the action taken on low-rated feedback: this item is done, and a
        report-back to the customer follows."""
        answer = self.ask_action() if feedback_id is not None else None
        if answer is None:
            return False
        from cxlogger.core.records import feedback as feedback_svc
        from cxlogger.ui.widgets.customer_words import split

        text, for_customer = split(answer)

        now = self.ctx.now()

        def act(session):
            feedback_svc.set_action(
                session, feedback_id, text, now, self.ctx.staff_id, customer_action=for_customer
            )
            followups.complete(
                session, row.followup_id, self.ctx.staff_id, now, f"Action taken: {text.strip()}"
            )

        return self._run(act, "Action recorded — remember to report back", "feedback", row=row)

    def hand_over(self, row: FollowUpRow) -> str | None:
        """Hand this follow-up (a promise's: the promise) to a colleague, with a note."""
        from cxlogger.ui import team as team_ui

        return team_ui.hand_off(self.ctx, self, "followup", row.followup_id, row.title_label.text())

    def got_it(self, row: HandedRow) -> bool:
        me, now = self.ctx.staff_id, self.ctx.now()
        return self._run(
            lambda s: team.acknowledge(s, row.handoff_id, me, now),
            self.tr("It stays yours, with its reminders"),
            "handoffs",
            row=row,
        )

    def complaint_resolved(self, row: FollowUpRow, interaction_id: int | None) -> None:
        if interaction_id is None:
            return
        now = self.ctx.now()
        self._run(
            lambda s: followups.mark_complaint_resolved(s, interaction_id, now, self.ctx.staff_id),
            "Complaint marked resolved",
            "interactions",
            row=row,
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
