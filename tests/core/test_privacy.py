import csv
import json
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from cxlogger.__main__ import main
from cxlogger.core.exchange import privacy
from cxlogger.core.models import Feedback, FollowUp, HeadsUp, SentMessage
from cxlogger.core.records import customers, interactions
from cxlogger.core.records.interactions import InteractionData
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.storage import backup
from tests.core.safety_helpers import add_customers

MARKER = "Zebulon-Quixotic-7731"


def marked_customer(db, now, staff_id=None) -> int:
    """A customer whose every record carries MARKER, including an edited-away version."""
    with db.session() as s:
        c = customers.add_customer(
            s,
            customers.CustomerData(
                f"{MARKER} Person", email="zq@example.com", notes=f"notes {MARKER}", tags=["vip"]
            ),
            staff_id,
            now,
        )
        ids = []
        for k in range(6):
            it = interactions.log_interaction(
                s,
                InteractionData(
                    customer_id=c.id,
                    occurred_at=now - timedelta(days=k),
                    channel="email",
                    kind="complaint",
                    summary=f"=HYPERLINK {MARKER} {k}" if k == 0 else f"About {MARKER} {k}",
                    details=f"details {MARKER} " * 5,
                    amount="12.50" if k == 1 else "",
                    amount_kind="refund" if k == 1 else None,
                    promise=PromiseData(f"refund {MARKER}", now.date()) if k == 2 else None,
                ),
                staff_id,
                now,
            )
            ids.append(it.id)
        with s.begin():
            s.add(
                Feedback(
                    customer_id=c.id,
                    interaction_id=ids[0],
                    scale="csat",
                    rating=2,
                    comment=f"comment {MARKER}",
                    action_taken="",
                    received_at=now,
                    created_at=now,
                )
            )
            s.add(
                FollowUp(
                    kind="thank",
                    rule_key=f"thank:{ids[1]}",
                    title=f"Thank {MARKER}",
                    customer_id=c.id,
                    interaction_id=ids[1],
                    due_at=now,
                    status="pending",
                    done_note="",
                    created_at=now,
                )
            )
            s.add(  # a message sent to them (migration 0009)
                SentMessage(
                    customer_id=c.id,
                    channel="email",
                    to_address="zq@example.com",
                    subject=f"Hello {MARKER}",
                    body=f"Dear {MARKER} Person",
                    staff_id=staff_id,
                    sent_at=now,
                )
            )
            s.add(  # a heads-up pinned on them (migration 0013)
                HeadsUp(
                    customer_id=c.id,
                    text=f"Heads-up {MARKER}",
                    kind="hold",
                    created_by_id=staff_id,
                    created_at=now,
                    interaction_id=ids[0],
                )
            )
        return c.id


def edit_away(db, customer_id):
    """Edits that leave the marker in free space within a page and on free pages."""
    with db.session() as s:
        ids = (
            s.execute(
                text("SELECT id FROM interactions WHERE customer_id = :c ORDER BY id"),
                {"c": customer_id},
            )
            .scalars()
            .all()
        )
        s.commit()
        with s.begin():
            s.execute(
                text("UPDATE interactions SET summary = 'edited' WHERE id = :i"), {"i": ids[3]}
            )
            s.execute(
                text("UPDATE interactions SET details = :d WHERE id = :i"),
                {"d": f"long {MARKER} " * 2000, "i": ids[4]},
            )
        s.execute(text("PRAGMA wal_checkpoint"))  # as the app's auto-checkpoints do
        s.commit()
        with s.begin():
            s.execute(
                text("UPDATE interactions SET details = 'short' WHERE id = :i"), {"i": ids[4]}
            )
        s.execute(text("PRAGMA wal_checkpoint"))
        s.commit()


def live_bytes(paths) -> bytes:
    data = paths.db_path.read_bytes()
    wal = paths.db_path.with_name(paths.db_path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def fts_bytes(db_path) -> int:
    with closing(sqlite3.connect(db_path)) as con:
        return con.execute("SELECT sum(length(block)) FROM interactions_fts_data").fetchone()[0]


def test_export_holds_everything_about_the_customer_as_json_and_csv(db, paths, now, me, tmp_path):
    add_customers(db, now, 2)
    cid = marked_customer(db, now, me.id)
    with db.session() as s:
        folder = privacy.export_customer(s, cid, tmp_path / "out", now)
    assert sorted(os.listdir(folder)) == [
        "change_log.csv",  # the history of their records is their data too
        "customer.csv",
        "customer.json",
        "feedback.csv",
        "followups.csv",
        "handoffs.csv",  # who handed their promises and follow-ups to whom, with what note
        "heads_ups.csv",
        "interactions.csv",
        "promises.csv",
        "sent_messages.csv",
    ]
    assert os.stat(folder / "customer.json").st_mode & 0o777 == 0o600
    record = json.loads((folder / "customer.json").read_text(encoding="utf-8"))
    assert record["customer"]["name"] == f"{MARKER} Person"
    assert record["customer"]["notes"] == f"notes {MARKER}"
    assert len(record["interactions"]) == 6
    assert {i["customer_id"] for i in record["interactions"]} == {cid}
    assert [p["description"] for p in record["promises"]] == [f"refund {MARKER}"]
    assert [f["comment"] for f in record["feedback"]] == [f"comment {MARKER}"]
    assert [f["title"] for f in record["followups"]] == [f"Thank {MARKER}"]
    assert record["staff"] == {str(me.id): "Alex Owner"}
    refund = next(i for i in record["interactions"] if i["amount_minor"])
    assert (refund["amount"], refund["currency"], refund["amount_kind"]) == (
        "12.50",
        "EUR",
        "refund",
    )
    assert "Customer 0" not in json.dumps(record)  # nobody else's data

    with open(folder / "interactions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    summaries = {r["summary"] for r in rows}
    assert f"'=HYPERLINK {MARKER} 0" in summaries  # a formula is neutralised
    assert (folder / "customer.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel


def test_export_of_an_unknown_customer_is_a_sentence(db, tmp_path):
    with db.session() as s, pytest.raises(privacy.CustomerNotFoundError, match="no customer"):
        privacy.export_customer(s, 999, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_erase_leaves_no_trace_in_the_database_or_its_wal(db, paths, now, me, tmp_path):
    # Some SQLite builds (Debian's) zero deleted content by default, others do not:
    # test the common case where edits leave old text behind.
    event.listen(db.engine, "connect", lambda con, _: con.execute("PRAGMA secure_delete=OFF"))
    db.engine.dispose()
    cid = marked_customer(db, now, me.id)
    add_customers(db, now, 15, "Keeper", per_customer=3)  # later data merges the index
    edit_away(db, cid)
    old_backup = backup.take_backup(paths, "manual", now)
    assert MARKER.encode() in live_bytes(paths)  # the test can see the marker at all

    result = privacy.erase_customer(db, cid)  # with the app's engine still open

    assert result.purged
    # the refund stays for bookkeeping, without anything personal (see test_money_ledger)
    assert result.deleted["interactions"] == 5 and result.kept["interactions"] == 1
    assert result.deleted["promises"] == 1
    assert result.deleted["feedback"] == 1 and result.deleted["followups"] == 1
    assert result.deleted["change_log"] >= 7  # their history (old → new values) goes too
    assert "Older backups still contain this customer" in result.message()
    assert MARKER.encode() not in live_bytes(paths)
    assert MARKER.encode("utf-16-le") not in live_bytes(paths)
    # the search index holds only what remains (no old segment with their words)
    copy = tmp_path / "rebuilt.sqlite3"
    shutil.copy(paths.db_path, copy)
    with closing(sqlite3.connect(copy)) as con:
        con.execute("INSERT INTO interactions_fts(interactions_fts) VALUES('rebuild')")
        con.commit()
    assert fts_bytes(paths.db_path) <= fts_bytes(copy) + 64
    with db.session() as s:
        remaining = s.execute(
            text("SELECT count(*) FROM customers WHERE erased_at IS NULL")
        ).scalar()
        found = s.execute(
            text("SELECT count(*) FROM interactions_fts WHERE interactions_fts MATCH 'Keeper'")
        ).scalar()
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert remaining == 15 and found == 45  # everyone else is untouched and searchable
    # older backups keep the data until they rotate out, as the UI says
    assert MARKER.encode() in old_backup.path.read_bytes()


def test_cli_erase_asks_first_and_export_writes_files(
    db, paths, now, tmp_path, capsys, monkeypatch
):
    cid = marked_customer(db, now)
    db.dispose()
    args = ["--data-dir", str(paths.data_dir)]
    assert main(args + ["customer-export", str(cid), "-o", str(tmp_path / "x")]) == 0
    assert "Exported customer" in capsys.readouterr().out
    assert len(list((tmp_path / "x").iterdir())) == 1

    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(args + ["erase-customer", str(cid)]) == 1
    out = capsys.readouterr().out
    assert "6 interactions" in out and "Older backups" in out and "Nothing was erased" in out
    assert MARKER.encode() in live_bytes(paths)

    monkeypatch.setattr("builtins.input", lambda prompt: str(cid))
    assert main(args + ["erase-customer", str(cid)]) == 0
    assert "was erased" in capsys.readouterr().out
    assert MARKER.encode() not in live_bytes(paths)
    assert main(args + ["erase-customer", str(cid), "--yes"]) == 2
    assert "no customer" in capsys.readouterr().err
