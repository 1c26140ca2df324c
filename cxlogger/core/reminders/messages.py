"""Messages to customers: built only from customer-safe fields, and recorded as sent.

Internal and customer-facing text are different fields. A summary, details, an
outcome note, an action-taken note, a feedback comment, a customer's notes or
tags, a follow-up's title or done note: none of them can reach a message,
because the only values a template can use are built here, by ``_safe`` reads of
the fields listed in ``SAFE_FIELDS``.

What staff finally sent (or copied), after editing it in the preview, is stored
in ``sent_messages``, append-only, and shown on the customer's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import (
    SENT_CHANNELS,
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    MessageTemplate,
    Promise,
    SentMessage,
    Staff,
)
from cxlogger.core.records import consent as consent_mod
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.reminders import message_templates, templates
from cxlogger.core.timeutil import to_local

# The only fields a message may be built from, per table. Everything else is internal.
SAFE_FIELDS: dict[str, frozenset[str]] = {
    "customers": frozenset({"name", "email"}),
    "interactions": frozenset({"kind", "customer_text"}),
    "promises": frozenset({"description", "due_at", "customer_outcome"}),
    "feedback": frozenset({"customer_action"}),
    "staff": frozenset({"name"}),
}

# When nothing was written for the customer about what it was, a general phrase
# that reads naturally in the default templates.
THANK_ITEM = {
    "purchase": "your purchase",
    "complaint": "how we resolved your complaint",
    "return": "how we handled your return",
    "inquiry": "our answer to your question",
    "support": "our help",
}
ABOUT_ITEM = {
    "purchase": "your purchase",
    "complaint": "your complaint",
    "return": "your return",
    "inquiry": "your question",
    "support": "your request",
    "referral": "your recommendation",
}
GENERAL_ITEM = "our service"


def _safe(row, name: str):
    """Read a field for a message; anything not listed as customer-safe is refused."""
    if row is None:
        return None
    table = row.__tablename__
    if name not in SAFE_FIELDS.get(table, ()):
        raise PermissionError(f"{table}.{name} is internal and never goes into a message")
    return getattr(row, name)


def template_kind(followup: FollowUp) -> str | None:
    """Which kind of template suits a follow-up (None: better a phone call)."""
    parts = followup.rule_key.split(":")
    rule = f"promise_{parts[-1]}" if parts[0] == "promise" else parts[0]
    return {
        "thank": "thank",
        "feedback": "feedback",
        "report_back": "report_back",
        "promise_tell": "tell",
    }.get(rule)


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    local = to_local(value)
    return f"{local:%A} {local.day} {local:%B}"


@dataclass
class Sources:
    """The records a message is about (any may be None)."""

    customer: Customer
    interaction: Interaction | None = None
    promise: Promise | None = None
    feedback: Feedback | None = None
    staff: Staff | None = None


def safe_values(kind: str, sources: Sources, settings: dict) -> tuple[dict[str, str], list[str]]:
    """Every placeholder's value, from customer-safe fields only, and hints for staff
    about what had to be filled with a general phrase."""
    hints: list[str] = []
    name = " ".join((_safe(sources.customer, "name") or "").split())
    interaction, promise, feedback = sources.interaction, sources.promise, sources.feedback
    item = ""
    if interaction is not None:
        item = (_safe(interaction, "customer_text") or "").strip()
        if not item:
            table = THANK_ITEM if kind == "thank" else ABOUT_ITEM
            item = table.get(_safe(interaction, "kind"), GENERAL_ITEM)
            hints.append(
                f"Nothing was written for the customer about what this was, so the message "
                f"says “{item}”."
            )
    elif kind == "tell" and promise is not None:
        item = _safe(promise, "description") or ""
    else:
        item = GENERAL_ITEM
    action = ""
    if kind == "tell" and promise is not None:
        action = (_safe(promise, "customer_outcome") or "").strip()
        if not action:
            hints.append(
                "Nothing was written for the customer about how the promise was kept, "
                "so the message only says it is done."
            )
    if kind == "report_back" and feedback is not None:
        action = (_safe(feedback, "customer_action") or "").strip()
        if not action:
            hints.append(
                "Nothing was written for the customer about what was done, "
                "so the message only says you acted on it."
            )
    values = {
        "first_name": name.split()[0] if name else "",
        "customer_name": name,
        "item": item,
        "promise": (_safe(promise, "description") or "") if promise is not None else "",
        "promise_due": _date(_safe(promise, "due_at")) if promise is not None else "",
        "action": action,
        "staff_name": (_safe(sources.staff, "name") or "") if sources.staff else "",
        "business_name": " ".join(str(settings.get("business_name") or "").split()),
    }
    assert set(values) == set(templates.PLACEHOLDERS)
    return values, hints


@dataclass
class Draft:
    """A message ready for the preview: staff may edit subject and body before sending."""

    customer_id: int
    followup_id: int | None
    kind: str
    template_id: int | None
    to: str
    subject: str
    body: str
    hints: list[str] = field(default_factory=list)

    @property
    def message(self) -> templates.Message:
        return templates.Message(self.to, self.subject, self.body)


def _template(session: Session, kind: str, template_id: int | None) -> MessageTemplate:
    if template_id is not None:
        template = message_templates.get_template(session, template_id)
        if template.kind != kind:
            raise ValidationError({"template": "That template is for another kind of message."})
        return template
    template = message_templates.default_template(session, kind)
    if template is None:  # all deleted by hand in the database: the built-in one
        name, subject, body = templates.DEFAULT_TEMPLATES[kind]
        return MessageTemplate(id=None, kind=kind, name=name, subject=subject, body=body)
    return template


def _followup_sources(session: Session, followup: FollowUp, staff_id: int | None) -> Sources:
    get = session.get
    return Sources(
        customer=followup.customer,
        interaction=get(Interaction, followup.interaction_id) if followup.interaction_id else None,
        promise=get(Promise, followup.promise_id) if followup.promise_id else None,
        feedback=get(Feedback, followup.feedback_id) if followup.feedback_id else None,
        staff=get(Staff, staff_id) if staff_id else None,
    )


def render_draft(
    session: Session,
    kind: str,
    sources: Sources,
    template_id: int | None = None,
    subject: str | None = None,
    body: str | None = None,
    followup_id: int | None = None,
) -> Draft:
    """Fill a template (stored, or the given subject/body being edited) for ``sources``."""
    template = _template(session, kind, template_id)
    subject = template.subject if subject is None else subject
    body = template.body if body is None else body
    values, hints = safe_values(kind, sources, settings_mod.get_all(session))
    message = templates.render(subject, body, values, to=_safe(sources.customer, "email") or "")
    return Draft(
        sources.customer.id,
        followup_id,
        kind,
        template.id,
        message.to,
        message.subject,
        message.body,
        hints,
    )


def compose(
    session: Session, followup: FollowUp, staff_id: int | None, template_id: int | None = None
) -> Draft | None:
    """The message for a follow-up with the chosen (or the default) template."""
    kind = template_kind(followup)
    if kind is None or not consent_mod.allows(followup.customer.contact_consent, kind):
        return None  # no message, or one the customer's consent forbids (core/consent.py)
    sources = _followup_sources(session, followup, staff_id)
    return render_draft(session, kind, sources, template_id, followup_id=followup.id)


def sample_sources(
    session: Session, kind: str, customer_id: int, staff_id: int | None
) -> Sources | None:
    """A real customer's most recent records that a message of ``kind`` would be about,
    for the template editor's live preview."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return None
    staff = session.get(Staff, staff_id) if staff_id else None
    sources = Sources(customer=customer, staff=staff)
    if kind == "tell":
        sources.promise = session.scalar(
            select(Promise)
            .where(Promise.customer_id == customer_id)
            .order_by((Promise.status == "kept").desc(), Promise.created_at.desc())
            .limit(1)
        )
        if sources.promise is not None and sources.promise.interaction_id:
            sources.interaction = session.get(Interaction, sources.promise.interaction_id)
    elif kind == "report_back":
        sources.feedback = session.scalar(
            select(Feedback)
            .where(Feedback.customer_id == customer_id)
            .order_by(Feedback.received_at.desc())
            .limit(1)
        )
        if sources.feedback is not None and sources.feedback.interaction_id:
            sources.interaction = session.get(Interaction, sources.feedback.interaction_id)
    else:
        sources.interaction = session.scalar(
            select(Interaction)
            .where(Interaction.customer_id == customer_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .limit(1)
        )
    return sources


def preview(
    session: Session,
    kind: str,
    customer_id: int,
    staff_id: int | None,
    subject: str,
    body: str,
) -> Draft:
    """The template being edited, filled in for a real customer. Raises TemplateError
    (a sentence) while it has an unknown placeholder."""
    sources = sample_sources(session, kind, customer_id, staff_id)
    if sources is None:
        raise ValidationError({"customer": "That customer no longer exists; choose another."})
    return render_draft(session, kind, sources, None, subject, body)


# --------------------------------------------------------------------------- sent messages


def record_sent(
    session: Session,
    customer_id: int,
    followup_id: int | None,
    channel: str,
    subject: str,
    body: str,
    staff_id: int | None,
    now: datetime,
    to: str = "",
) -> SentMessage:
    """Record what was sent (or copied) exactly as it was; one transaction."""
    if channel not in SENT_CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    body = body.strip()
    if not body:
        raise ValidationError({"body": "The message is empty; write something or cancel."})
    with session.begin():
        if session.get(Customer, customer_id) is None:
            raise ValidationError({"customer": "That customer no longer exists."})
        sent = SentMessage(
            customer_id=customer_id,
            followup_id=followup_id,
            channel=channel,
            to_address=to.strip()[:254],
            subject=" ".join(subject.split())[:300],
            body=body,
            staff_id=staff_id,
            sent_at=now,
        )
        session.add(sent)
        session.flush()
        # a sent message is a contact: keeping in touch starts again (core/touch.py)
        from cxlogger.core.reminders import followups

        followups.evaluate_touch(session, now, [customer_id])
    return sent


def sent_channels(session: Session, followup_ids: list[int]) -> dict[int, str]:
    """How the latest message for each of these follow-ups went out ("email"/"copied")."""
    found: dict[int, str] = {}
    if not followup_ids:
        return found
    query = (
        select(SentMessage.followup_id, SentMessage.channel)
        .where(SentMessage.followup_id.in_(followup_ids))
        .order_by(SentMessage.sent_at, SentMessage.id)
    )
    for followup_id, channel in session.execute(query):
        found[followup_id] = channel
    return found


def list_sent(session: Session, customer_id: int) -> list[SentMessage]:
    query = (
        select(SentMessage)
        .where(SentMessage.customer_id == customer_id)
        .order_by(SentMessage.sent_at.desc(), SentMessage.id.desc())
    )
    return list(session.scalars(query))
