"""May we send this customer a message? Consent has three states, and one rule per message.

* ``not_asked`` (new customers, and everyone from before consent had three states):
  thank-yous, telling them a promise was kept and reporting back on feedback they
  gave are fine, since they answer the customer's own business with us; asking for
  feedback is not (it asks them for something), so it needs ``yes``.
* ``yes``: every message.
* ``no``: no message at all, not even a thank-you. Promises made to them still
  remind their owner: keeping a promise is not a message.

The rules never create a follow-up a customer's consent forbids, and the due lists
leave out any that are pending when consent changes, before the next refresh.
"""

from __future__ import annotations

from sqlalchemy import and_, or_

from cxlogger.core.models import CONSENT_STATES, Customer, FollowUp

NOT_ASKED, YES, NO = CONSENT_STATES

# message purpose -> consent states that allow it
ALLOWED: dict[str, tuple[str, ...]] = {
    "thank": (NOT_ASKED, YES),
    "tell": (NOT_ASKED, YES),  # "as promised, it is done"
    "report_back": (NOT_ASKED, YES),
    "feedback": (YES,),
}


def normalise(state: str | None) -> str:
    """A stored or typed state; anything unknown is "not asked"."""
    return state if state in CONSENT_STATES else NOT_ASKED


def allows(state: str | None, purpose: str) -> bool:
    return normalise(state) in ALLOWED[purpose]


def purpose_of(rule: str) -> str | None:
    """The message a follow-up rule leads to (None: no message to the customer)."""
    return {
        "thank": "thank",
        "feedback": "feedback",
        "report_back": "report_back",
        "promise_tell": "tell",
    }.get(rule)


def allowed_followups():
    """SQL: a pending follow-up whose customer's consent allows its message (joined
    with Customer). Follow-ups that send nothing (promises, complaints, low ratings)
    always pass."""
    state = Customer.contact_consent
    tell = FollowUp.rule_key.like("promise:%:tell")
    return or_(
        and_(FollowUp.kind == "feedback", state == YES),
        and_(FollowUp.kind.in_(("thank", "report_back")), state != NO),
        and_(FollowUp.kind == "close_loop", tell, state != NO),
        and_(FollowUp.kind == "close_loop", ~tell),
        FollowUp.kind == "keep_in_touch",  # a call or a visit as much as a message
    )
