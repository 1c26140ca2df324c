"""Every setting stored in the database and its default, free of SQLAlchemy.

``core/records/settings.py`` reads and writes them; this module only names them, so
what needs the defaults without the database layer (business hours, the quick
``cxlogger due``) does not load it.
"""

from __future__ import annotations

from typing import Any

# Every setting and its default. Later features add their keys here, not as
# constants scattered around the code.
DEFAULTS: dict[str, Any] = {
    "business_name": "",
    "default_currency": "EUR",
    # --- reminders (core/followups.py, core/schedule.py, core/templates.py) ---
    # Thank: delay in working days per reason (0 = the same day, 1 = next working day)
    "thank_purchase_enabled": True,
    "thank_purchase_days": 0,
    "thank_referral_enabled": True,
    "thank_referral_days": 0,
    "thank_first_visit_enabled": True,
    "thank_first_visit_days": 1,
    "thank_resolved_enabled": True,
    "thank_resolved_days": 1,
    # Close the loop
    "promise_reminders_enabled": True,
    # the "coming up" reminder of a promise: this many working days before its due day,
    # at opening time ("working_days"), or this many hours before ("hours"); always
    # moved into working hours. A promise made for today or tomorrow reminds at once.
    "promise_lead_unit": "working_days",
    "promise_lead_days": 1,
    "promise_lead_hours": 24,
    "promise_tell_enabled": True,  # kept promise, customer not told yet
    "complaint_check_enabled": True,
    "complaint_check_days": 2,  # complaint with no promise and no resolution
    "low_rating_enabled": True,
    "low_rating_csat_max": 2,  # 1–5: this or lower is low
    "low_rating_nps_max": 6,  # 0–10: detractors
    # Ask for feedback N days after a purchase or resolved complaint, at most every M days
    "feedback_enabled": True,
    "feedback_after_days": 7,
    "feedback_min_gap_days": 90,
    # Report back when feedback led to an action
    "report_back_enabled": True,
    # Keep in touch (core/touch.py): a reminder when a customer had no contact for longer
    # than their cadence: their own, else the shortest of their tags', else the default
    # (0: customers without a cadence tag are not tracked)
    "touch_enabled": True,
    "touch_default_days": 180,
    "touch_tag_days": {"vip": 30, "trade": 90},
    # Rules look this far back when they catch up (first start, demo data, missed runs)
    "rules_lookback_days": 14,
    # When the business is open: notifications wait for working days outside quiet hours
    "working_days": [0, 1, 2, 3, 4],  # Monday = 0
    "morning_time": "09:00",  # opening: next-day follow-ups and "tomorrow morning" are due
    "closing_time": "17:00",  # closing: a promise with only a date is due then
    "quiet_start": "20:00",
    "quiet_end": "08:00",
    "notifications_enabled": True,
    # Message templates live in their own table since migration 0009
    # (core/message_templates.py, core/templates.py).
}
