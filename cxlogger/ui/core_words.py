"""Words the core names things by (labels of channels, kinds, statuses, datasets, fields…),
translated for the screen. The core keeps plain English strings; the UI shows them through
``word()`` / ``label()``, and the list below lets ``pyside6-lupdate`` find them
(tests/i18n/test_translatable.py checks it covers every core label)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.core import models
from cxlogger.ui.qt import QCoreApplication

CONTEXT = "CoreWords"


def word(text: str) -> str:
    """A core label in the user's language (unknown text comes back unchanged)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def label(code: str | None) -> str:
    """``models.label`` translated: "phone" -> "Telefon"."""
    return word(models.label(code))


WORDS = (
    # models.LABELS
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
    # followups.KIND_TITLES
    QT_TRANSLATE_NOOP("CoreWords", "Ask for feedback"),
    # followups.TOLD_HOW
    QT_TRANSLATE_NOOP("CoreWords", "email"),
    QT_TRANSLATE_NOOP("CoreWords", "phone"),
    QT_TRANSLATE_NOOP("CoreWords", "in person"),
    QT_TRANSLATE_NOOP("CoreWords", "letter"),
    QT_TRANSLATE_NOOP("CoreWords", "chat"),
    QT_TRANSLATE_NOOP("CoreWords", "other"),
    # feedback.SCALE_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Satisfaction (1–5)"),
    QT_TRANSLATE_NOOP("CoreWords", "Likelihood to recommend (0–10)"),
    # csv_export.DATASET_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Interactions"),
    QT_TRANSLATE_NOOP("CoreWords", "Money (sales, refunds, credits, goodwill)"),
    QT_TRANSLATE_NOOP("CoreWords", "Promises"),
    QT_TRANSLATE_NOOP("CoreWords", "Customers"),
    # csv_export.DATE_FIELD_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "when it happened"),
    QT_TRANSLATE_NOOP("CoreWords", "due date"),
    QT_TRANSLATE_NOOP("CoreWords", "when it was received"),
    QT_TRANSLATE_NOOP("CoreWords", "when the customer was added"),
    # csv_import.FIELD_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Name"),
    QT_TRANSLATE_NOOP("CoreWords", "First name"),
    QT_TRANSLATE_NOOP("CoreWords", "Middle name"),
    QT_TRANSLATE_NOOP("CoreWords", "Last name"),
    QT_TRANSLATE_NOOP("CoreWords", "Company"),
    QT_TRANSLATE_NOOP("CoreWords", "Preferred channel"),
    QT_TRANSLATE_NOOP("CoreWords", "Tags"),
    QT_TRANSLATE_NOOP("CoreWords", "Notes"),
    QT_TRANSLATE_NOOP("CoreWords", "Consent to be contacted"),
    # templates.TEMPLATE_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Thank-you"),
    QT_TRANSLATE_NOOP("CoreWords", "Promise kept (close the loop)"),
    QT_TRANSLATE_NOOP("CoreWords", "Feedback request"),
    QT_TRANSLATE_NOOP("CoreWords", "Report-back"),
    # customers.TIMELINE_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Interaction"),
    QT_TRANSLATE_NOOP("CoreWords", "Promise"),
    QT_TRANSLATE_NOOP("CoreWords", "Message sent"),
)
