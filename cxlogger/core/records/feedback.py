"""Feedback: a rating and a comment, the interaction it is about, the action taken.

A low rating creates a close-the-loop follow-up for the customer's owner; an
action taken creates a report-back until the customer has been told about it.
Both happen in the same transaction as the feedback itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import FEEDBACK_SCALES, Customer, Feedback, Interaction
from cxlogger.core.records import history
from cxlogger.core.reminders import followups
from cxlogger.core.timeutil import to_utc

SCALE_RANGES = {"csat": (1, 5), "nps": (0, 10)}
SCALE_LABELS = {
    "csat": "Satisfaction (1–5)",
    "nps": "Likelihood to recommend (0–10)",
}


@dataclass
class FeedbackData:
    customer_id: int
    rating: int | None
    scale: str = "csat"
    comment: str = ""
    interaction_id: int | None = None
    action_taken: str = ""
    customer_action: str = ""  # the action as the report-back may say it (customer-facing)
    received_at: datetime | None = None  # default: now
    client_uuid: str | None = None  # issue 12: the desk's id, from its offline outbox

    def errors(self) -> dict[str, str]:
        errors = {}
        if self.scale not in FEEDBACK_SCALES:
            errors["scale"] = "Choose a scale: satisfaction 1–5 or recommend 0–10."
        else:
            low, high = SCALE_RANGES[self.scale]
            if self.rating is None or not low <= self.rating <= high:
                errors["rating"] = f"Choose a rating from {low} to {high}."
        return errors


def _sync(session: Session, feedback: Feedback, now: datetime) -> None:
    session.flush()
    followups.evaluate_causes(
        session, now, interactions=[feedback.interaction_id], feedback=[feedback.id]
    )
    # feedback just given: a pending request to this customer is no longer needed
    followups.evaluate(session, now, customer_id=feedback.customer_id)


def record_feedback(
    session: Session, data: FeedbackData, staff_id: int | None, now: datetime
) -> Feedback:
    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    with session.begin():
        history.begin(session, "log", staff_id, now)
        if session.get(Customer, data.customer_id) is None:
            raise ValidationError({"customer": "That customer no longer exists; choose another."})
        if data.interaction_id is not None:
            interaction = session.get(Interaction, data.interaction_id)
            if interaction is None or interaction.customer_id != data.customer_id:
                raise ValidationError(
                    {"interaction": "Choose one of this customer's interactions."}
                )
        action = data.action_taken.strip()
        feedback = Feedback(
            customer_id=data.customer_id,
            interaction_id=data.interaction_id,
            scale=data.scale,
            rating=int(data.rating),
            comment=data.comment.strip(),
            action_taken=action,
            customer_action=data.customer_action.strip(),
            action_at=now if action else None,
            received_at=to_utc(data.received_at) if data.received_at else now,
            created_at=now,
            created_by_id=staff_id,
            client_uuid=data.client_uuid,
        )
        session.add(feedback)
        session.flush()
        history.set_summary(session, f"Recorded feedback {history.ref('feedback', feedback.id)}")
        _sync(session, feedback, now)
    return feedback


def set_action(
    session: Session,
    feedback_id: int,
    action_taken: str,
    now: datetime,
    staff_id: int | None = None,
    customer_action: str = "",
) -> Feedback:
    """Record what was done about a piece of feedback (a report-back follows): the internal
    note, and optionally the words the report-back may use."""
    action = action_taken.strip()
    if not action:
        raise ValidationError({"action_taken": "Say what was done about the feedback."})
    with session.begin():
        feedback = session.get(Feedback, feedback_id)
        if feedback is None:
            raise ValidationError({"feedback": "That feedback no longer exists."})
        summary = f"Recorded the action on feedback {history.ref('feedback', feedback_id)}"
        history.begin(session, "edit", staff_id, now, summary)
        feedback.action_taken = action
        if customer_action.strip():
            feedback.customer_action = customer_action.strip()
        feedback.action_at = now
        _sync(session, feedback, now)
    return feedback


def mark_customer_told(
    session: Session, feedback_id: int, now: datetime, staff_id: int | None = None
) -> Feedback:
    with session.begin():
        summary = f"Told the customer about feedback {history.ref('feedback', feedback_id)}"
        history.begin(session, "done", staff_id, now, summary)
        feedback = session.get(Feedback, feedback_id)
        feedback.customer_told_at = now
        _sync(session, feedback, now)
    return feedback


def list_feedback(session: Session, customer_id: int | None = None) -> list[Feedback]:
    query = select(Feedback).order_by(Feedback.received_at.desc(), Feedback.id.desc())
    if customer_id is not None:
        query = query.where(Feedback.customer_id == customer_id)
    return list(session.scalars(query))
