"""Fixtures for the reminder UI tests: UTC local time, a clock the test moves, a context."""

from __future__ import annotations

import time as _time
from datetime import datetime, timedelta

import pytest

from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import QApplication
from tests.conftest import NOW


class Clock:
    """A clock the test sets and advances; nothing ever sleeps."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    yield
    followups.uninstall()
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def ctx(utc, db, paths, me, clock):
    return AppContext(db, paths, me.id, clock=clock)


def add_anna(ctx, **extra):
    with ctx.session() as session:
        return add_customer(
            session,
            CustomerData("Anna Müller", email="anna@example.com", **{"consent": "yes", **extra}),
            ctx.staff_id,
            ctx.now() - timedelta(days=300),
        )


def log(ctx, customer_id, kind="purchase", summary="Bought the anniversary cake", **extra):
    """Log as the quick-log dialog does: one action, then announce what changed."""
    data = InteractionData(
        customer_id=customer_id,
        occurred_at=ctx.now(),
        channel="in_person",
        kind=kind,
        summary=summary,
        **extra,
    )
    with ctx.session() as session:
        interaction = log_interaction(session, data, ctx.staff_id, ctx.now())
    ctx.changes.announce("interactions", "customers", "promises", "followups")
    settle(ctx)  # the views and the tray ask again in the background
    return interaction


def settle(ctx) -> None:
    """Wait until every background query and write has answered (and what they caused)."""
    assert ctx.ops.wait_idle()
    QApplication.processEvents()  # widgets added to a shown view are shown by a queued call
