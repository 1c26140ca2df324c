import csv
import io
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cxlogger import cli
from cxlogger.core.errors import UserError
from cxlogger.core.exchange import csv_import
from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
from cxlogger.core.exchange.csv_import import (
    Cancelled,
    ImportFileError,
    apply_import,
    build_plan,
    format_report,
    read_bytes,
    read_file,
)
from cxlogger.core.models import Customer
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths

NOW = datetime(2026, 3, 11, 10, tzinfo=timezone.utc)

GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value"
)
OUTLOOK_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,"
    "Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,"
    "Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,"
    "TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
    "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,"
    "Business State,Business Postal Code,Business Country/Region,Home Street,Home City,"
    "Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,"
    "Web Page,Birthday,Anniversary,Notes"
)


def customers(session):
    rows = session.execute(
        select(
            Customer.name,
            Customer.company,
            Customer.email,
            Customer.phone,
            Customer.tags,
            Customer.notes,
        ).order_by(Customer.id)
    ).all()
    session.rollback()
    return [tuple(r) for r in rows]


def count(session):
    n = session.scalar(select(func.count()).select_from(Customer))
    session.rollback()
    return n


def write(tmp_path, text, encoding="utf-8", name="in.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(session, path, **kwargs):
    table = read_file(path)
    plan = build_plan(session, table)
    return table, plan, apply_import(session, plan, None, NOW, **kwargs)


SIMPLE = (
    "Name,Company,Email,Phone,Notes\n"
    'Jürgen Weiß,Bäckerei Sonne,j@example.com,+49 30 123456,"a, b\nsecond line"\n'
    "Zoë Ørsted,,zoe@example.com,,\n"
)


@pytest.mark.parametrize(
    "encoding,label",
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("cp1252", "Windows-1252"),
        ("utf-16", "UTF-16"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters(session, tmp_path, encoding, label, delimiter):
    buf = io.StringIO()
    rows = list(csv.reader(io.StringIO(SIMPLE, newline="")))
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    table, plan, result = run(session, write(tmp_path, text, encoding))
    assert table.encoding == label
    assert table.delimiter == delimiter
    assert f"encoding {label}" in format_report(plan)
    assert result.added == 2
    assert customers(session) == [
        (
            "Jürgen Weiß",
            "Bäckerei Sonne",
            "j@example.com",
            "+49 30 123456",
            "",
            "a, b\nsecond line",
        ),
        ("Zoë Ørsted", "", "zoe@example.com", "", "", ""),
    ]


def test_google_contacts_header(session, tmp_path):
    header = GOOGLE_HEADER.split(",")
    row = dict.fromkeys(header, "")
    row.update(
        {
            "First Name": "Anna",
            "Last Name": "Schmidt",
            "Organization Name": "Sonne GmbH",
            "Labels": "* myContacts ::: VIP ::: * starred",
            "E-mail 1 - Label": "* Work",
            "E-mail 1 - Value": "anna@example.com ::: anna.s@example.com",
            "Phone 1 - Label": "Mobile",
            "Phone 1 - Value": "+49 171 5550100",
            "Notes": "Likes rye",
        }
    )
    buf = io.StringIO()
    writer = csv.DictWriter(buf, header)
    writer.writeheader()
    writer.writerow(row)
    table, plan, result = run(session, write(tmp_path, buf.getvalue()))
    mapped = dict(zip(table.headers, plan.mapping, strict=True))
    assert mapped["E-mail 1 - Value"] == "email" and mapped["E-mail 1 - Label"] is None
    assert mapped["Phone 1 - Value"] == "phone" and mapped["Organization Title"] is None
    assert result.added == 1
    assert customers(session) == [
        (
            "Anna Schmidt",
            "Sonne GmbH",
            "anna@example.com",
            "+49 171 5550100",
            "starred, VIP",
            "Likes rye",
        )
    ]


def test_outlook_header(session, tmp_path):
    header = OUTLOOK_HEADER.split(",")
    row = dict.fromkeys(header, "")
    row.update(
        {
            "First Name": "Ben",
            "Last Name": "O'Brien",
            "Title": "Mr.",
            "E-mail Address": "ben@example.com",
            "Mobile Phone": "(0171) 555-0101",
            "Company": "Atlas Builders",
            "Job Title": "CEO",
            "Business Fax": "0301",
            "Notes": "Met at fair",
        }
    )
    buf = io.StringIO()
    writer = csv.DictWriter(buf, header)
    writer.writeheader()
    writer.writerow(row)
    _, plan, result = run(session, write(tmp_path, buf.getvalue(), "cp1252"))
    assert result.added == 1
    assert customers(session) == [
        ("Ben O'Brien", "Atlas Builders", "ben@example.com", "(0171) 555-0101", "", "Met at fair")
    ]


def test_bad_row_at_line_500_imports_nothing(session, tmp_path):
    lines = ["name,email"]
    for n in range(2, 1001):
        email = "not-an-email" if n == 500 else f"c{n}@example.com"
        lines.append(f"Customer {n},{email}")
    path = write(tmp_path, "\n".join(lines) + "\n")
    table = read_file(path)
    plan = build_plan(session, table)
    assert len(plan.rows) == 999
    assert [(r.line, r.errors[0][0]) for r in plan.invalid] == [(500, "email (column “email”)")]
    report = format_report(plan)
    assert "line 500, email" in report and "“not-an-email”" in report
    with pytest.raises(UserError, match="line 500, email"):
        apply_import(session, plan, None, NOW)
    assert count(session) == 0


def test_line_numbers_count_quoted_newlines(session, tmp_path):
    text = 'name,notes,email\nA,"one\ntwo\nthree",a@example.com\nB,,bad\n'
    plan = build_plan(session, read_file(write(tmp_path, text)))
    assert plan.invalid[0].line == 5  # header 1, "A" spans lines 2-4


def test_skip_invalid_imports_the_rest(session, tmp_path):
    text = "name,email\nGood,g@example.com\nBad,nope\n,\nAlso good,\n"
    _, plan, result = run(session, write(tmp_path, text), skip_invalid=True)
    assert (result.added, result.skipped_invalid) == (2, 1)
    assert [c[0] for c in customers(session)] == ["Good", "Also good"]


def test_nul_byte_is_refused_with_its_line(tmp_path):
    path = write(tmp_path, "name,email\nAnna,a@example.com\nB\x00en,b@example.com\n")
    with pytest.raises(ImportFileError, match="Line 3 contains a NUL"):
        read_file(path)


def test_empty_files_are_refused(tmp_path):
    for text in ("", "\n\n  \r\n"):
        with pytest.raises(ImportFileError, match="empty"):
            read_file(write(tmp_path, text))


def test_header_only_adds_nothing(session, tmp_path):
    _, plan, result = run(session, write(tmp_path, "name,email\n"))
    assert result.added == 0 and "New customers to add: 0" in format_report(plan)


def test_binary_files_are_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    (tmp_path / "x.csv").write_bytes(png)
    with pytest.raises(ImportFileError):
        read_file(tmp_path / "x.csv")
    zipped = b"PK\x03\x04" + bytes((i * 37) % 256 for i in range(1, 4000) if (i * 37) % 256)
    (tmp_path / "y.csv").write_bytes(zipped)
    with pytest.raises(ImportFileError):
        read_file(tmp_path / "y.csv")


def test_duplicates_within_the_file_and_against_the_database(session, me, tmp_path):
    add_customer(
        session,
        CustomerData("Existing Anna", email="Anna@Example.com", phone="+49 30 1234567"),
        me.id,
        NOW,
    )
    text = (
        "name,email,phone,company\n"
        "Anna S,anna@example.COM,,New Co\n"  # same email as the existing customer
        "Other,,030 1234567,\n"  # different digits (no country code): not a duplicate
        "Phone twin,,+49 (30) 123-4567,Phone Co\n"  # same phone digits as the existing one
        "Carl,carl@example.com,,\n"
        "Carl again,CARL@example.com,,Carl GmbH\n"  # duplicate of line 5
    )
    path = write(tmp_path, text)
    plan = build_plan(session, read_file(path))
    dups = {r.line: (r.match, r.duplicate_of_name, r.duplicate_of_line) for r in plan.duplicates}
    assert dups == {
        2: ("email", "Existing Anna", None),
        4: ("phone", "Existing Anna", None),
        6: ("email", "", 5),
    }
    report = format_report(plan)
    assert "line 6: Carl again has the same email as line 5 of the file" in report
    assert "line 2: Anna S has the same email as existing customer Existing Anna" in report
    result = apply_import(session, plan, me.id, NOW)  # skip
    assert (result.added, result.skipped_duplicates) == (2, 3)
    assert [c[0] for c in customers(session)] == ["Existing Anna", "Other", "Carl"]


def test_merge_fills_empty_fields_and_never_overwrites(session, me, tmp_path):
    add_customer(
        session,
        CustomerData("Existing Anna", email="anna@example.com", tags=["regular"], notes="old"),
        me.id,
        NOW,
    )
    text = (
        "name,email,phone,company,tags,notes\n"
        "Anna S,anna@example.com,+49 30 999999,New Co,vip,met at fair\n"
        "Carl,carl@example.com,,,,\n"
        "Carl again,carl@example.com,+49 40 777777,Carl GmbH,,\n"
    )
    _, plan, result = run(session, write(tmp_path, text), duplicates="merge")
    assert (result.added, result.merged) == (1, 2)
    assert customers(session) == [
        (
            "Existing Anna",
            "New Co",
            "anna@example.com",
            "+49 30 999999",
            "regular, vip",
            "old\nmet at fair",
        ),
        ("Carl", "Carl GmbH", "carl@example.com", "+49 40 777777", "", ""),
    ]
    merged = session.scalar(select(Customer).where(Customer.name == "Existing Anna"))
    assert merged.phone_norm == "4930999999"
    session.rollback()


def test_failure_in_the_middle_leaves_the_database_unchanged(session, me, tmp_path, monkeypatch):
    add_customer(session, CustomerData("Existing", email="e@example.com"), me.id, NOW)
    lines = ["name,email"] + [f"C{n},c{n}@example.com" for n in range(12000)]
    lines.append("Existing twin,e@example.com")
    path = write(tmp_path, "\n".join(lines))
    plan = build_plan(session, read_file(path))
    calls = []
    real_insert = csv_import._insert

    def failing_insert(session_, batch, cancelled):
        calls.append(len(batch))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_insert(session_, batch, cancelled)

    monkeypatch.setattr(csv_import, "_insert", failing_insert)
    with pytest.raises(RuntimeError):
        apply_import(session, plan, me.id, NOW, duplicates="merge")
    assert calls == [5000, 5000]
    assert customers(session) == [("Existing", "", "e@example.com", "", "", "")]


def test_cancel_leaves_the_database_unchanged(session, tmp_path):
    lines = ["name"] + [f"C{n}" for n in range(12000)]
    plan = build_plan(session, read_file(write(tmp_path, "\n".join(lines))))
    progress = []

    def cancelled():
        return len(progress) >= 2

    with pytest.raises(Cancelled):
        apply_import(
            session, plan, None, NOW, progress=lambda d, t: progress.append(d), cancelled=cancelled
        )
    assert count(session) == 0


def test_before_import_hooks_run_first_and_not_for_invalid_files(session, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(
        csv_import, "before_import_hooks", [lambda s, plan: seen.append(("hook", count(s)))]
    )
    _, plan, _ = run(
        session,
        write(tmp_path, "name\nA\n"),
        before_import=lambda: seen.append(("callback", count(session))),
    )
    assert seen == [("hook", 0), ("callback", 0)]
    bad = build_plan(session, read_file(write(tmp_path, "name,email\nA,bad\n")))
    with pytest.raises(UserError):
        apply_import(session, bad, None, NOW)
    assert len(seen) == 2


def test_mapping_can_be_changed(session, tmp_path):
    path = write(tmp_path, "Kontakt,Handy,Fax\nAnna,0171 555,030 1\n")
    table = read_file(path)
    assert table.mapping == [None, "phone", None]
    plan = build_plan(session, table, ["name", "phone", None])
    assert len(plan.new_rows) == 1
    apply_import(session, plan, None, NOW)
    assert customers(session) == [("Anna", "", "", "0171 555", "", "")]


def test_preferred_channel_and_consent_columns(session, tmp_path):
    text = (
        "name,preferred channel,consent\nA,In person,no\nB,e-mail,yes\nC,pigeon,maybe\n"
        "D,,\nE,,not asked\n"
    )
    plan = build_plan(session, read_file(write(tmp_path, text)))
    assert [(r.line, [k for k, _ in r.errors]) for r in plan.invalid] == [
        (4, ["preferred_channel (column “preferred channel”)", "consent (column “consent”)"])
    ]
    apply_import(session, plan, None, NOW, skip_invalid=True)
    rows = session.execute(
        select(Customer.preferred_channel, Customer.contact_consent).order_by(Customer.id)
    ).all()
    # a blank is not a "no": nobody asked
    assert [tuple(r) for r in rows] == [
        ("in_person", "no"),
        ("email", "yes"),
        (None, "not_asked"),
        (None, "not_asked"),
    ]
    session.rollback()


def test_row_with_more_values_than_the_header_is_invalid(session, tmp_path):
    plan = build_plan(session, read_file(write(tmp_path, "name,email\nA,a@x.org,extra\n")))
    assert plan.invalid[0].errors[0][0] == "row"


def test_own_customer_export_imports_back(session, me, tmp_path):
    add_customer(
        session,
        CustomerData(
            "=Evil",
            email="e@example.com",
            phone="0301234567",
            tags=["vip", "b2b"],
            notes="line\nbreak",
            consent="no",
        ),
        me.id,
        NOW,
    )
    export_csv(session, ExportOptions("customers"), tmp_path / "c.csv")
    other = open_database(AppPaths(tmp_path / "other"))
    try:
        with other.session() as s2:
            table = read_file(tmp_path / "c.csv")
            assert table.encoding == "UTF-8 with BOM"
            plan = build_plan(s2, table)
            apply_import(s2, plan, None, NOW)
            assert customers(s2) == [
                ("=Evil", "", "e@example.com", "0301234567", "b2b, vip", "line\nbreak")
            ]
            assert s2.scalar(select(Customer.contact_consent)) == "no"
    finally:
        other.dispose()


VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Anna Schmidt
N:Schmidt;Anna;;;
ORG:Bäckerei Sonne;Sales
EMAIL;TYPE=INTERNET:anna@example.com
EMAIL;TYPE=INTERNET:other@example.com
TEL;TYPE=CELL:+49 171 5550100
NOTE:Likes rye\\, and spelt
CATEGORIES:VIP,Regular
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Berg;Sven
TEL;HOME:030 123456
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bad Mail
EMAIL:not-an-email
END:VCARD
"""


def test_vcard_with_several_cards(session, tmp_path):
    path = write(tmp_path, VCARDS, name="contacts.vcf")
    table = read_file(path)
    assert table.kind == "vcard"
    plan = build_plan(session, table)
    assert [r.line for r in plan.rows] == [1, 12, 17]
    assert [(r.line, r.errors[0][0]) for r in plan.invalid] == [(17, "email (column “Email”)")]
    apply_import(session, plan, None, NOW, skip_invalid=True)
    assert customers(session) == [
        (
            "Anna Schmidt",
            "Bäckerei Sonne",
            "anna@example.com",
            "+49 171 5550100",
            "Regular, VIP",
            "Likes rye, and spelt",
        ),
        ("Sven Berg", "", "", "030 123456", "", ""),
    ]


def test_broken_vcard_is_a_user_error(tmp_path):
    path = write(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\n", name="x.vcf")
    with pytest.raises(ImportFileError):
        read_file(path)


def test_cli_dry_run_prints_the_report_and_writes_nothing(paths, tmp_path, capsys):
    open_database(paths).dispose()
    source = write(tmp_path, "name,email\nAnna,a@example.com\nBad,nope\n")
    args = cli.build_parser().parse_args(["import", "customers", str(source), "--dry-run"])
    assert cli.run_command(args, paths) == 0
    out = capsys.readouterr().out
    assert "New customers to add: 1" in out and "line 3, email" in out and "Dry run" in out
    db = open_database(paths)
    with db.session() as s:
        assert count(s) == 0
    # without --dry-run the invalid row stops it; with --skip-invalid one is added
    args = cli.build_parser().parse_args(["import", "customers", str(source)])
    assert cli.run_command(args, paths) == 2
    assert "Nothing was imported" in capsys.readouterr().err
    args = cli.build_parser().parse_args(
        ["import", "customers", str(source), "--skip-invalid", "--map", "email=email"]
    )
    assert cli.run_command(args, paths) == 0
    assert "Imported 1 new customers" in capsys.readouterr().out
    with db.session() as s:
        assert customers(s) == [("Anna", "", "a@example.com", "", "", "")]
    db.dispose()
    assert any("before-import" in p.name for p in paths.backup_dir.iterdir())


def test_cli_export(paths, tmp_path, capsys):
    db = open_database(paths)
    with db.session() as s:
        add_customer(s, CustomerData("Anna"), None, NOW)
    db.dispose()
    out = tmp_path / "c.csv"
    args = cli.build_parser().parse_args(
        ["export", "customers", "-o", str(out), "--delimiter", "semicolon", "--period", "this-year"]
    )
    assert cli.run_command(args, paths) == 0
    assert "Wrote 1 customers rows" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("reference;name;")
    args = cli.build_parser().parse_args(["export", "money", "-o", str(out), "--staff", "Nobody"])
    assert cli.run_command(args, paths) == 2
    assert "no staff member called" in capsys.readouterr().err


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.one_of(
        st.text(),
        st.text(alphabet=st.sampled_from(list(',;\t"\n\r name@.+-=x0123456789:VCARD'))),
        st.binary(),
    ),
    skip_invalid=st.booleans(),
    duplicates=st.sampled_from(["skip", "merge"]),
)
def test_arbitrary_input_never_crashes_or_writes_partially(db, data, skip_invalid, duplicates):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with db.session() as session:
        before = customers(session)
        try:
            text, encoding = read_bytes(raw)
            if text.lstrip()[:11].upper() == "BEGIN:VCARD":
                table = csv_import.parse_vcard(text, encoding)
            else:
                table = csv_import.parse_csv(text, encoding)
            plan = build_plan(session, table)
            format_report(plan)
            result = apply_import(
                session, plan, None, NOW, duplicates=duplicates, skip_invalid=skip_invalid
            )
        except UserError:
            assert customers(session) == before
            return
        after = customers(session)
        assert len(after) == len(before) + result.added
        assert after[: len(before)] == before or duplicates == "merge"
        assert result.added == len(plan.new_rows)


def test_a_row_with_an_existing_customers_name_is_imported_with_a_warning(session, me, tmp_path):
    existing = add_customer(
        session, CustomerData("Anna Berg", email="anna@example.com"), me.id, NOW
    )
    text = "name,email\nanna  berg,other@example.com\nBen Smith,ben@example.com\n"
    plan = build_plan(session, read_file(write(tmp_path, text)))
    assert [r.line for r in plan.same_names] == [2]
    report = format_report(plan)
    assert (
        "Same name as an existing customer (added; merge them afterwards if they are the "
        "same person): 1" in report
    )
    assert f"line 2: anna berg, like Anna Berg (CUS-{existing.id:06d})" in report
    assert apply_import(session, plan, me.id, NOW).added == 2
