"""The Today board: counts computed in SQL agree with the full list, and only a few rows load."""

from datetime import timedelta, timezone

import pytest

from cxlogger.core.models import FollowUp, Promise
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.schedule import BusinessHours
from tests.conftest import NOW

HOURS = BusinessHours(tz=timezone.utc)


@pytest.fixture
def board_data(db, me):
    with db.session() as session:
        anna = add_customer(session, CustomerData("Anna", consent="yes"), me.id, NOW)
    with db.session() as session, session.begin():
        late = Promise(
            customer_id=anna.id,
            description="Call back",
            due_at=NOW - timedelta(minutes=5),
            due_has_time=True,
            status="open",
            outcome_note="",
            customer_told_how="",
            created_at=NOW - timedelta(days=2),
        )
        session.add(late)
    rows = []
    # (kind, rule key suffix, due offset)
    for n, (kind, hours_ago) in enumerate(
        [
            ("thank", 1),
            ("thank", 30),
            ("thank", 60),
            ("thank", -5),  # -5: not due yet
            ("feedback", 2),
            ("feedback", 50),
            ("close_loop", 0.5),
            ("report_back", 100),
        ]
    ):
        rows.append(
            FollowUp(
                kind=kind,
                rule_key=f"test:{n}",
                title=f"{kind} {n}",
                customer_id=anna.id,
                due_at=NOW - timedelta(hours=hours_ago),
                status="pending",
                done_note="",
                created_at=NOW,
            )
        )
    rows.append(
        FollowUp(
            kind="close_loop",
            rule_key=f"promise:{late.id}:overdue",
            promise_id=late.id,
            title="promise overdue",
            customer_id=anna.id,
            due_at=NOW - timedelta(minutes=5),
            status="pending",
            done_note="",
            created_at=NOW,
        )
    )
    with db.session() as session, session.begin():
        session.add_all(rows)


def test_board_counts_match_the_full_due_list(db, board_data):
    with db.session() as session:
        full = followups.due(session, NOW)
        board = followups.due_board(session, NOW, HOURS, per_kind=2)
    assert board.total == len(full) == 8
    assert board.counts == {"thank": 3, "feedback": 2, "close_loop": 2, "report_back": 1}
    assert board.overdue == sum(followups.is_overdue(f, NOW, HOURS) for f in full) == 5


def test_board_loads_a_few_per_kind_overdue_first(db, board_data):
    with db.session() as session:
        board = followups.due_board(session, NOW, HOURS, per_kind=2)
    thanks = board.first["thank"]
    assert len(thanks) == 2
    # due 60 h and 30 h ago are overdue (earlier days); 1 h ago is today and waits
    assert [f.title for f in thanks] == ["thank 2", "thank 1"]
    assert [f.title for f in board.first["close_loop"]][0] == "promise overdue"


def test_board_upcoming_is_capped_but_counted(db, board_data):
    with db.session() as session:
        board = followups.due_board(session, NOW, HOURS, upcoming_shown=1)
    assert board.upcoming_count == 1 and [f.title for f in board.upcoming] == ["thank 3"]
