"""Words the core names things by (labels of channels, kinds, statuses, datasets, fields…),
translated for the screen. The core keeps plain English strings; the UI shows them through
``word()`` / ``label()``, and the list below lets ``pyside6-lupdate`` find them
(tests/i18n/test_translatable.py checks it covers every core label)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.ui.qt import QCoreApplication

CONTEXT = "CoreWords"


def word(text: str) -> str:
    """A core label in the user's language (unknown text comes back unchanged)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


_labels = None  # models.label, once looked up: the models load after the first paint


def label(code: str | None) -> str:
    """``models.label`` translated: "phone" -> "Telefon"."""
    global _labels
    if _labels is None:  # (an import statement on every call cost ~5 µs: every painted cell)
        from cxlogger.core import models

        _labels = models.label
    return word(_labels(code))


WORDS = (
    QT_TRANSLATE_NOOP("CoreWords", "Handed over"),
    QT_TRANSLATE_NOOP("CoreWords", "Heads-up"),
    QT_TRANSLATE_NOOP("CoreWords", "Who"),
    QT_TRANSLATE_NOOP("CoreWords", "Phone"),
    QT_TRANSLATE_NOOP("CoreWords", "Email"),
    QT_TRANSLATE_NOOP("CoreWords", "In person"),
    QT_TRANSLATE_NOOP("CoreWords", "Chat"),
    QT_TRANSLATE_NOOP("CoreWords", "Social media"),
    QT_TRANSLATE_NOOP("CoreWords", "Letter"),
    QT_TRANSLATE_NOOP("CoreWords", "Inquiry"),
    QT_TRANSLATE_NOOP("CoreWords", "Purchase"),
    QT_TRANSLATE_NOOP("CoreWords", "Complaint"),
    QT_TRANSLATE_NOOP("CoreWords", "Support"),
    QT_TRANSLATE_NOOP("CoreWords", "Feedback"),
    QT_TRANSLATE_NOOP("CoreWords", "Return"),
    QT_TRANSLATE_NOOP("CoreWords", "Referral"),
    QT_TRANSLATE_NOOP("CoreWords", "Other"),
    QT_TRANSLATE_NOOP("CoreWords", "Positive"),
    QT_TRANSLATE_NOOP("CoreWords", "Neutral"),
    QT_TRANSLATE_NOOP("CoreWords", "Negative"),
    QT_TRANSLATE_NOOP("CoreWords", "Open"),
    QT_TRANSLATE_NOOP("CoreWords", "Kept"),
    QT_TRANSLATE_NOOP("CoreWords", "Broken"),
    QT_TRANSLATE_NOOP("CoreWords", "Cancelled"),
    QT_TRANSLATE_NOOP("CoreWords", "Sale"),
    QT_TRANSLATE_NOOP("CoreWords", "Refund"),
    QT_TRANSLATE_NOOP("CoreWords", "Credit"),
    QT_TRANSLATE_NOOP("CoreWords", "Goodwill"),
    QT_TRANSLATE_NOOP("CoreWords", "Thank"),
    QT_TRANSLATE_NOOP("CoreWords", "Close the loop"),
    QT_TRANSLATE_NOOP("CoreWords", "Report back"),
    QT_TRANSLATE_NOOP("CoreWords", "Pending"),
    QT_TRANSLATE_NOOP("CoreWords", "Done"),
    QT_TRANSLATE_NOOP("CoreWords", "Dismissed"),
    QT_TRANSLATE_NOOP("CoreWords", "No longer needed"),
    QT_TRANSLATE_NOOP("CoreWords", "Not asked yet"),
    QT_TRANSLATE_NOOP("CoreWords", "Yes"),
    QT_TRANSLATE_NOOP("CoreWords", "No"),
    QT_TRANSLATE_NOOP("CoreWords", "Follow-up done"),
    QT_TRANSLATE_NOOP("CoreWords", "Ask for feedback"),
    QT_TRANSLATE_NOOP("CoreWords", "email"),
    QT_TRANSLATE_NOOP("CoreWords", "phone"),
    QT_TRANSLATE_NOOP("CoreWords", "in person"),
    QT_TRANSLATE_NOOP("CoreWords", "letter"),
    QT_TRANSLATE_NOOP("CoreWords", "chat"),
    QT_TRANSLATE_NOOP("CoreWords", "other"),
    QT_TRANSLATE_NOOP("CoreWords", "Satisfaction (1–5)"),
    QT_TRANSLATE_NOOP("CoreWords", "Likelihood to recommend (0–10)"),
    QT_TRANSLATE_NOOP("CoreWords", "Interactions"),
    QT_TRANSLATE_NOOP("CoreWords", "Money (sales, refunds, credits, goodwill)"),
    QT_TRANSLATE_NOOP("CoreWords", "Promises"),
    QT_TRANSLATE_NOOP("CoreWords", "Customers"),
    QT_TRANSLATE_NOOP("CoreWords", "when it happened"),
    QT_TRANSLATE_NOOP("CoreWords", "due date"),
    QT_TRANSLATE_NOOP("CoreWords", "when it was received"),
    QT_TRANSLATE_NOOP("CoreWords", "when the customer was added"),
    QT_TRANSLATE_NOOP("CoreWords", "Name"),
    QT_TRANSLATE_NOOP("CoreWords", "First name"),
    QT_TRANSLATE_NOOP("CoreWords", "Middle name"),
    QT_TRANSLATE_NOOP("CoreWords", "Last name"),
    QT_TRANSLATE_NOOP("CoreWords", "Company"),
    QT_TRANSLATE_NOOP("CoreWords", "Preferred channel"),
    QT_TRANSLATE_NOOP("CoreWords", "Tags"),
    QT_TRANSLATE_NOOP("CoreWords", "Notes"),
    QT_TRANSLATE_NOOP("CoreWords", "Consent to be contacted"),
    QT_TRANSLATE_NOOP("CoreWords", "Thank-you"),
    QT_TRANSLATE_NOOP("CoreWords", "Promise kept (close the loop)"),
    QT_TRANSLATE_NOOP("CoreWords", "Feedback request"),
    QT_TRANSLATE_NOOP("CoreWords", "Report-back"),
    QT_TRANSLATE_NOOP("CoreWords", "Interaction"),
    QT_TRANSLATE_NOOP("CoreWords", "Promise"),
    QT_TRANSLATE_NOOP("CoreWords", "Message sent"),
    QT_TRANSLATE_NOOP("CoreWords", "Contact"),
    QT_TRANSLATE_NOOP("CoreWords", "Owner"),
    QT_TRANSLATE_NOOP("CoreWords", "When"),
    QT_TRANSLATE_NOOP("CoreWords", "Channel"),
    QT_TRANSLATE_NOOP("CoreWords", "Kind"),
    QT_TRANSLATE_NOOP("CoreWords", "Sentiment"),
    QT_TRANSLATE_NOOP("CoreWords", "Summary"),
    QT_TRANSLATE_NOOP("CoreWords", "Details"),
    QT_TRANSLATE_NOOP("CoreWords", "Amount"),
    QT_TRANSLATE_NOOP("CoreWords", "Currency"),
    QT_TRANSLATE_NOOP("CoreWords", "Amount is a"),
    QT_TRANSLATE_NOOP("CoreWords", "In messages"),
    QT_TRANSLATE_NOOP("CoreWords", "Due"),
    QT_TRANSLATE_NOOP("CoreWords", "At"),
    QT_TRANSLATE_NOOP("CoreWords", "Outcome note"),
    QT_TRANSLATE_NOOP("CoreWords", "Tell the customer"),
    QT_TRANSLATE_NOOP("CoreWords", "Scale"),
    QT_TRANSLATE_NOOP("CoreWords", "Rating"),
    QT_TRANSLATE_NOOP("CoreWords", "Comment"),
    QT_TRANSLATE_NOOP("CoreWords", "Action taken"),
    QT_TRANSLATE_NOOP("CoreWords", "Due at a time"),
    QT_TRANSLATE_NOOP("CoreWords", "Logged"),
    QT_TRANSLATE_NOOP("CoreWords", "Added"),
    QT_TRANSLATE_NOOP("CoreWords", "Edited"),
    QT_TRANSLATE_NOOP("CoreWords", "Deleted"),
    QT_TRANSLATE_NOOP("CoreWords", "Merged"),
    QT_TRANSLATE_NOOP("CoreWords", "Undone"),
    QT_TRANSLATE_NOOP("CoreWords", "Date"),
    QT_TRANSLATE_NOOP("CoreWords", "Taken"),
    QT_TRANSLATE_NOOP("CoreWords", "Size"),
    QT_TRANSLATE_NOOP("CoreWords", "What"),
    QT_TRANSLATE_NOOP("CoreWords", "Status"),
    QT_TRANSLATE_NOOP("CoreWords", "Customer"),
    QT_TRANSLATE_NOOP("CoreWords", "Staff"),
    QT_TRANSLATE_NOOP("CoreWords", "Outcome"),
    QT_TRANSLATE_NOOP("CoreWords", "Every week"),
    QT_TRANSLATE_NOOP("CoreWords", "Every month"),
    QT_TRANSLATE_NOOP("CoreWords", "Every year"),
    QT_TRANSLATE_NOOP("CoreWords", "Keep in touch"),
    QT_TRANSLATE_NOOP("CoreWords", "Last contact"),
)

# Qt's own button texts: Qt ships no Norwegian Bokmål translation, so cxlogger's
# catalogues carry them (cxlogger's translator is asked before Qt's).
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)

# The reminder rules write a follow-up's title as one of these beginnings and the
# customer-facing words of what it is about (core/rule_engine.py); the beginning is
# shown in the user's language.
TITLE_STARTS = (
    QT_TRANSLATE_NOOP("FollowUpTitle", "Say thank you for the purchase: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Say thank you for the referral: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Say thank you for their first visit: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Say thank you for their patience (complaint resolved): "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Ask for feedback on: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Keep the promise: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Tell them the promise was kept: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Report back on their feedback: "),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Keep in touch: "),
)


def followup_title(title: str) -> str:
    """'Keep the promise: call back' -> 'Versprechen halten: call back'."""
    for start in TITLE_STARTS:
        if title.startswith(start):
            return QCoreApplication.translate("FollowUpTitle", start) + title[len(start) :]
    return title
