"""Importing customers from CSV (Google Contacts, Outlook, any file with a header) and vCard.

The steps, each usable on its own:

1. :func:`read_file` reads and decodes the file (UTF-8, UTF-8 with BOM,
   UTF-16 with BOM or Windows-1252, detected), finds the separator (comma,
   semicolon or tab) and returns a :class:`SourceTable` with a guessed
   column mapping. vCard files (``.vcf``) are read with vobject.
2. :func:`build_plan` turns the rows into customers and says, row by row,
   what would happen: added, duplicate (same normalised email or phone as an
   existing customer or an earlier row) or invalid (line number, field, why).
   :func:`format_report` prints it; nothing is written.
3. :func:`apply_import` writes the plan in one transaction: if anything fails
   or is cancelled, the database is unchanged. Invalid rows block the import
   unless the caller asked to skip them. Duplicates are skipped or merged.

Functions in ``before_import_hooks`` run before :func:`apply_import` writes
anything (a backup is taken there).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import DiskFullError, UserError, ValidationError, disk_full_error
from cxlogger.core.exchange.csv_safety import Cancelled, unneutralise
from cxlogger.core.exchange.csv_spec import ENCODINGS, IMPORT_FIELDS
from cxlogger.core.models import CHANNELS, LABELS, Customer
from cxlogger.core.records.customers import CustomerData, normalize_email, normalize_phone

__all__ = [
    "FIELDS",
    "Cancelled",
    "ImportPlan",
    "ImportResult",
    "SourceTable",
    "apply_import",
    "backup_callback",
    "before_import_hooks",
    "build_plan",
    "format_report",
    "guess_mapping",
    "read_file",
    "read_bytes",
]

FIELDS = IMPORT_FIELDS
FIELD_LABELS = {
    "name": "Name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "company": "Company",
    "email": "Email",
    "phone": "Phone",
    "preferred_channel": "Preferred channel",
    "tags": "Tags",
    "notes": "Notes",
    "consent": "Consent to be contacted",
}
DUPLICATE_MODES = ("skip", "merge")
MAX_LENGTHS = {"company": 200, "email": 254, "phone": 50}
MIN_PHONE_DIGITS = 6  # shorter numbers (extensions, 112) are not used to find duplicates
CHUNK = 5000

# fn(session, plan) runs before apply_import writes anything, outside its transaction
before_import_hooks: list[Callable] = []


class ImportFileError(UserError):
    """The file cannot be imported at all (empty, binary, unreadable)."""


# ---------------------------------------------------------------- reading


@dataclass
class SourceTable:
    """A file's rows as text cells, with the header and a guessed mapping."""

    name: str
    kind: str  # "csv" or "vcard"
    encoding: str  # as shown to the user: "UTF-8", "UTF-8 with BOM", "Windows-1252", …
    delimiter: str | None
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    mapping: list[str | None] = field(default_factory=list)
    empty_rows: int = 0

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or "", "—")


def _line_of(data: bytes | str, index: int) -> int:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, index) + 1


def read_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; returns (text, encoding name for the user).

    Without ``encoding`` (a name from ENCODINGS) it is detected: a BOM, else
    strict UTF-8, else Windows-1252. Raises ImportFileError for empty, binary
    or undecodable files.
    """
    if not data.strip():
        raise ImportFileError("The file is empty; there is nothing to import.")
    if encoding is not None:
        codec = ENCODINGS.get(encoding, encoding)
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFileError(
                f"The file cannot be read as {encoding}; choose another encoding."
            ) from exc
        name = encoding
        if text.startswith("\ufeff"):
            text = text[1:]
    elif data.startswith(codecs.BOM_UTF8):
        text, name = _decode(data[3:], "utf-8", "UTF-8 with BOM")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, name = _decode(data, "utf-16", "UTF-16")
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise ImportFileError(
                f"Line {_line_of(data, nul)} contains a NUL byte, which text files never do: "
                "this is not a CSV or vCard file, or it is damaged. Nothing was imported."
            )
        try:
            text, name = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, name = _decode(data, "cp1252", "Windows-1252")
    _refuse_binary(text)
    return text, name


def _decode(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            "The file is not text in an encoding cxlogger knows (UTF-8, UTF-16 or "
            "Windows-1252); it may be a spreadsheet or another binary file. Save it as CSV "
            "and try again."
        ) from exc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _refuse_binary(text: str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportFileError(
            f"Line {_line_of(text, nul)} contains a NUL character, which text files never do: "
            "this is not a CSV or vCard file, or it is damaged. Nothing was imported."
        )
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise ImportFileError(
            "This does not look like a text file (it is full of control characters); "
            "it may be a spreadsheet or another binary file. Save it as CSV and try again."
        )


def read_file(
    path: str | os.PathLike, encoding: str | None = None, delimiter: str | None = None
) -> SourceTable:
    """Read a CSV or vCard file into a SourceTable (nothing is written anywhere)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"cxlogger cannot read {path}: {exc.strerror or exc}.") from exc
    text, enc = read_bytes(data, encoding)
    if path.suffix.lower() in (".vcf", ".vcard") or text.lstrip()[:11].upper() == "BEGIN:VCARD":
        return parse_vcard(text, enc, path.name)
    return parse_csv(text, enc, delimiter, path.name)


DELIMITERS = (",", ";", "\t")


def _records(text: str, delimiter: str):
    """(starting line, cells) for each CSV record, quoted newlines included."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFileError(
                f"Line {line} cannot be read as CSV ({exc}); fix it in the file and try again."
            ) from exc
        yield line, cells
        line = reader.line_num + 1


def sniff_delimiter(text: str) -> str:
    """The separator that splits the header and the first rows most consistently."""
    sample = text[:65536]
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = []
            for _, cells in _records(sample, delimiter):
                if any(c.strip() for c in cells):
                    rows.append(len(cells))
                if len(rows) >= 30:
                    break
        except ImportFileError:
            continue
        if not rows or rows[0] < 2:
            continue
        # the last sampled row may be cut off in the middle
        body = rows[1:-1] if len(rows) > 2 else rows[1:]
        consistent = sum(1 for n in body if n == rows[0]) / len(body) if body else 1.0
        score = (consistent, rows[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse_csv(
    text: str, encoding: str, delimiter: str | None = None, name: str = ""
) -> SourceTable:
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    empty = 0
    for line, cells in _records(text, delimiter):
        if not any(c.strip() for c in cells):
            if headers is not None:
                empty += 1
            continue
        if headers is None:
            headers = [c.strip() or f"Column {i + 1}" for i, c in enumerate(cells)]
            continue
        rows.append((line, cells))
    if headers is None:
        raise ImportFileError("The file is empty; there is nothing to import.")
    table = SourceTable(name, "csv", encoding, delimiter, headers, rows, empty_rows=empty)
    table.mapping = guess_mapping(headers)
    return table


VCARD_HEADERS = [
    "Full name",
    "First name",
    "Middle name",
    "Last name",
    "Organization",
    "Email",
    "Phone",
    "Note",
    "Categories",
]
VCARD_MAPPING = [
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "email",
    "phone",
    "notes",
    "tags",
]


def parse_vcard(text: str, encoding: str, name: str = "") -> SourceTable:
    """Read one or many vCards with vobject; each card becomes one row."""
    import vobject

    starts = [
        i + 1 for i, line in enumerate(text.splitlines()) if line.strip().upper() == "BEGIN:VCARD"
    ]
    rows: list[tuple[int, list[str]]] = []
    try:
        for index, card in enumerate(vobject.readComponents(text)):
            line = starts[index] if index < len(starts) else (starts[-1] if starts else 1)
            if card.name.upper() != "VCARD":
                continue
            rows.append((line, _card_cells(card)))
    except Exception as exc:  # vobject raises several kinds on malformed input
        where = getattr(exc, "lineNumber", None)
        at = f" near line {where}" if where else ""
        raise ImportFileError(
            f"The vCard file cannot be read{at} ({exc}). Nothing was imported; "
            "export the contacts again or fix the file."
        ) from exc
    if not rows:
        raise ImportFileError("The file holds no vCard contacts (BEGIN:VCARD … END:VCARD).")
    return SourceTable(
        name, "vcard", encoding, None, list(VCARD_HEADERS), rows, mapping=list(VCARD_MAPPING)
    )


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def _card_cells(card) -> list[str]:
    contents = card.contents

    def first(key: str):
        items = contents.get(key) or []
        return items[0].value if items else None

    def all_of(key: str) -> list:
        return [item.value for item in contents.get(key) or []]

    n = first("n")
    given = _text(getattr(n, "given", "")) if n is not None else ""
    additional = _text(getattr(n, "additional", "")) if n is not None else ""
    family = _text(getattr(n, "family", "")) if n is not None else ""
    org = first("org")
    company = _text(org[0] if isinstance(org, (list, tuple)) and org else org)
    emails = [_text(v) for v in all_of("email") if _text(v)]
    phones = [_text(v) for v in all_of("tel") if _text(v)]
    categories = []
    for value in all_of("categories"):
        categories.extend(_text(v) for v in (value if isinstance(value, list) else [value]))
    return [
        _text(first("fn")),
        given,
        additional,
        family,
        company,
        emails[0] if emails else "",
        phones[0] if phones else "",
        "\n".join(_text(v) for v in all_of("note") if _text(v)),
        ", ".join(c for c in categories if c),
    ]


# ---------------------------------------------------------------- mapping


def _norm_header(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


_EXACT = {
    "name": {
        "name",
        "full name",
        "fullname",
        "display name",
        "contact",
        "contact name",
        "customer",
        "customer name",
        "client",
        "client name",
        "kunde",
        "nom",
        "nombre",
    },
    "first_name": {"first name", "firstname", "given name", "first", "forename", "vorname"},
    "middle_name": {"middle name", "additional name", "middle"},
    "last_name": {"last name", "lastname", "family name", "surname", "last", "nachname"},
    "company": {
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "organisation name",
        "organization 1 name",
        "business",
        "business name",
        "firma",
        "unternehmen",
    },
    "email": {
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail address",
        "e mail 1 value",
        "e mail 2 value",
        "e mail 3 value",
        "e mail 2 address",
        "e mail 3 address",
        "primary email",
        "work email",
        "home email",
    },
    "phone": {
        "phone",
        "phone number",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "telefon",
        "mobile phone",
        "primary phone",
        "business phone",
        "business phone 2",
        "home phone",
        "home phone 2",
        "other phone",
        "company main phone",
        "car phone",
        "phone 1 value",
        "phone 2 value",
        "phone 3 value",
        "work phone",
        "handy",
    },
    "preferred_channel": {
        "preferred channel",
        "channel",
        "preferred contact method",
        "contact method",
        "preferred contact",
    },
    "tags": {"tags", "tag", "labels", "categories", "group membership", "groups", "group"},
    "notes": {"notes", "note", "comments", "comment", "remarks", "notizen", "bemerkungen"},
    "consent": {
        "consent",
        "marketing consent",
        "opt in",
        "optin",
        "contact consent",
        "consent to contact",
        "newsletter",
    },
}


def guess_field(header: str) -> str | None:
    h = _norm_header(header)
    for name, options in _EXACT.items():
        if h in options:
            return name
    words = h.split()
    if any(w in ("type", "label", "display", "yomi", "fax") for w in words):
        return None
    if ("mail" in words or "email" in words) and words[-1] in ("value", "address"):
        return "email"
    if any(w in ("phone", "mobile", "telephone") for w in words) and "assistant" not in words:
        return "phone"
    return None


def guess_mapping(headers: list[str]) -> list[str | None]:
    mapping = [guess_field(h) for h in headers]
    # one full-name column is enough; single-valued name parts only once
    for single in (
        "name",
        "first_name",
        "middle_name",
        "last_name",
        "company",
        "preferred_channel",
        "consent",
    ):
        seen = False
        for i, target in enumerate(mapping):
            if target == single:
                if seen:
                    mapping[i] = None
                seen = True
    return mapping


# ---------------------------------------------------------------- planning


@dataclass
class PlannedRow:
    line: int
    data: CustomerData | None
    errors: list[tuple[str, str]] = field(default_factory=list)  # (field, sentence)
    status: str = "new"  # "new", "duplicate" or "invalid"
    duplicate_of_id: int | None = None  # an existing customer
    duplicate_of_name: str = ""
    duplicate_of_line: int | None = None  # an earlier row of the file
    match: str = ""  # "email" or "phone"
    # a new row with the name of an existing customer: imported, but the preview warns
    same_name_as: tuple[int, str] | None = None


@dataclass
class ImportPlan:
    source: SourceTable
    mapping: list[str | None]
    rows: list[PlannedRow]

    def _with(self, status: str) -> list[PlannedRow]:
        return [r for r in self.rows if r.status == status]

    @property
    def new_rows(self) -> list[PlannedRow]:
        return self._with("new")

    @property
    def duplicates(self) -> list[PlannedRow]:
        return self._with("duplicate")

    @property
    def invalid(self) -> list[PlannedRow]:
        return self._with("invalid")

    @property
    def same_names(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.status == "new" and r.same_name_as is not None]


@dataclass
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped_duplicates: int = 0
    skipped_invalid: int = 0

    def summary(self) -> str:
        """'Imported 12 new customers, skipped 2 duplicates.' — for the CLI and the dialog."""
        parts = [f"Imported {self.added:,} new customers"]
        if self.merged:
            parts.append(f"merged {self.merged:,} duplicates")
        if self.skipped_duplicates:
            parts.append(f"skipped {self.skipped_duplicates:,} duplicates")
        if self.skipped_invalid:
            parts.append(f"skipped {self.skipped_invalid:,} invalid rows")
        return ", ".join(parts) + "."


_TRUE = {"yes", "y", "true", "1", "x", "ja", "j", "oui", "si", "sí", "on"}
_FALSE = {"no", "n", "false", "0", "nein", "non", "off", ""}
_NOT_ASKED = {"", "not asked", "not_asked", "not asked yet", "unknown", "?"}
_CHANNEL_WORDS = {code: code for code in CHANNELS}
_CHANNEL_WORDS.update({LABELS[c].lower(): c for c in CHANNELS})
_CHANNEL_WORDS.update(
    {
        "e-mail": "email",
        "e mail": "email",
        "mail": "email",
        "telephone": "phone",
        "call": "phone",
        "in-person": "in_person",
        "in person": "in_person",
        "visit": "in_person",
        "post": "letter",
        "social media": "social",
        "sms": "chat",
        "text": "chat",
    }
)


def _split_multi(value: str) -> list[str]:
    """Google puts several values in one cell separated by ' ::: '."""
    return [part.strip() for part in value.split(":::") if part.strip()]


def _tags(values: list[str]) -> list[str]:
    tags = []
    for value in values:
        for part in re.split(r":::|[,;]", value):
            tag = part.strip().lstrip("*").strip()
            if tag and tag.lower() != "mycontacts":
                tags.append(tag)
    return tags


def tel_uri_phone(value: str) -> tuple[str, str]:
    """A phone number as typed, from a ``tel:`` URI (RFC 3966, as vCard 4.0 writes phones).

    ``tel:+49-171-555-1234`` → ``+49-171-555-1234``; ``tel:863-1234;phone-context=+1-914-555``
    → ``+1-914-555 863-1234``. Returns (number, extension); anything that is not a
    ``tel:`` URI is returned as it is.
    """
    if not value[:4].lower() == "tel:":
        return value, ""
    from urllib.parse import unquote

    number, *params = unquote(value[4:]).split(";")
    extension = context = ""
    for param in params:
        key, _, param_value = param.partition("=")
        if key.strip().lower() == "ext":
            extension = param_value.strip()
        elif key.strip().lower() == "phone-context" and param_value.strip().startswith("+"):
            context = param_value.strip()
    number = number.strip()
    if context and not number.startswith("+"):
        number = f"{context} {number}"
    return number, extension


def _convert(cells: list[str], mapping: list[str | None], headers: list[str]):
    """Cells of one row -> (CustomerData or None, [(field, sentence)])."""
    values: dict[str, list[str]] = {}
    columns: dict[str, str] = {}
    errors: list[tuple[str, str]] = []
    width = len(headers)
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        errors.append(
            (
                "row",
                f"it has {len(cells)} values but the header has {width}; a value may contain "
                "the separator without quotes around it.",
            )
        )
    for index, target in enumerate(mapping):
        if target is None or index >= len(cells):
            continue
        value = unneutralise(cells[index].strip())
        if value:
            values.setdefault(target, []).append(value)
            columns.setdefault(target, headers[index])
    first = {key: vals[0] for key, vals in values.items()}
    email = (_split_multi(first.get("email", "")) or [""])[0]
    phones = [p for v in values.get("phone", []) for p in _split_multi(v)]
    phone, extension = tel_uri_phone(phones[0]) if phones else ("", "")
    if extension:  # not a phone field's characters, but not to be lost either
        values.setdefault("notes", []).append(f"Phone extension: {extension}")
    company = first.get("company", "")
    name = first.get("name", "")
    if not name:
        name = " ".join(first[k] for k in ("first_name", "middle_name", "last_name") if k in first)
    if not name:
        name = company or email or phone
        columns["name"] = columns.get("company") or columns.get("email") or columns.get("phone", "")
    channel = None
    if "preferred_channel" in first:
        channel = _CHANNEL_WORDS.get(first["preferred_channel"].lower())
        if channel is None:
            errors.append(
                (
                    "preferred_channel",
                    f"“{first['preferred_channel']}” is not a "
                    "channel; use phone, email, in person, chat, social or letter.",
                )
            )
    consent = "not_asked"  # a list from elsewhere says nothing about asking
    if "consent" in first:
        word = first["consent"].strip().lower()
        if word in _NOT_ASKED:
            consent = "not_asked"
        elif word in _TRUE:
            consent = "yes"
        elif word in _FALSE:
            consent = "no"
        else:
            errors.append(("consent", f"“{first['consent']}” is not yes, no or not asked."))
    for key, limit in MAX_LENGTHS.items():
        value = {"company": company, "email": email, "phone": phone}[key]
        if len(value) > limit:
            errors.append((key, f"it is {len(value)} characters long; at most {limit} fit."))
    data = CustomerData(
        name=name,
        company=company,
        email=email,
        phone=phone,
        preferred_channel=channel,
        tags=_tags(values.get("tags", [])),
        notes="\n".join(values.get("notes", [])),
        consent=consent,
    )
    try:
        data = data.validated()
    except ValidationError as exc:
        for key, text in exc.errors.items():
            if key == "name" and not name:
                text = "the row has no name, company, email or phone."
            errors.append((key, text))
    errors = [(_column_note(key, columns), text) for key, text in errors]
    return (None if errors else data), errors


def _column_note(key: str, columns: dict[str, str]) -> str:
    column = columns.get(key)
    return f"{key} (column “{column}”)" if column else key


def build_plan(
    session: Session, table: SourceTable, mapping: list[str | None] | None = None
) -> ImportPlan:
    """What importing ``table`` would do; reads the database, writes nothing."""
    mapping = list(table.mapping if mapping is None else mapping)
    mapping += [None] * (len(table.headers) - len(mapping))
    mapping = mapping[: len(table.headers)]
    unknown = [m for m in mapping if m is not None and m not in FIELDS]
    if unknown:
        raise UserError(f"“{unknown[0]}” is not a customer field; use one of {', '.join(FIELDS)}.")
    rows = []
    for line, cells in table.rows:
        data, errors = _convert(cells, mapping, table.headers)
        rows.append(PlannedRow(line, data, errors, "invalid" if errors else "new"))
    plan = ImportPlan(table, mapping, rows)
    with _reading(session):
        _classify(session, plan)
    return plan


@contextlib.contextmanager
def _reading(session: Session):
    """A read-only transaction of our own (rolled back), unless one is already open."""
    if session.in_transaction():
        yield
        return
    session.begin()
    try:
        yield
    finally:
        session.rollback()


def _keys(data: CustomerData) -> tuple[str, str]:
    email = normalize_email(data.email)
    phone = normalize_phone(data.phone)
    return email, (phone if len(phone) >= MIN_PHONE_DIGITS else "")


def _classify(session: Session, plan: ImportPlan) -> None:
    """Mark rows that duplicate an existing customer or an earlier row of the file."""
    by_email: dict[str, tuple[int, str]] = {}
    by_phone: dict[str, tuple[int, str]] = {}
    query = select(Customer.id, Customer.name, Customer.email_norm, Customer.phone_norm)
    by_name: dict[str, tuple[int, str]] = {}
    for ident, name, email, phone in session.execute(query):
        by_name.setdefault(" ".join(name.split()).lower(), (ident, name))
        if email:
            by_email.setdefault(email, (ident, name))
        if phone and len(phone) >= MIN_PHONE_DIGITS:
            by_phone.setdefault(phone, (ident, name))
    seen_email: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    for row in plan.rows:
        if row.errors:
            row.status = "invalid"
            continue
        row.status, row.duplicate_of_id, row.duplicate_of_line, row.match = "new", None, None, ""
        row.duplicate_of_name = ""
        row.same_name_as = by_name.get(" ".join(row.data.name.split()).lower())
        email, phone = _keys(row.data)
        if email and email in by_email:
            row.status, row.match = "duplicate", "email"
            row.duplicate_of_id, row.duplicate_of_name = by_email[email]
        elif phone and phone in by_phone:
            row.status, row.match = "duplicate", "phone"
            row.duplicate_of_id, row.duplicate_of_name = by_phone[phone]
        elif email and email in seen_email:
            row.status, row.match, row.duplicate_of_line = "duplicate", "email", seen_email[email]
        elif phone and phone in seen_phone:
            row.status, row.match, row.duplicate_of_line = "duplicate", "phone", seen_phone[phone]
        else:
            if email:
                seen_email[email] = row.line
            if phone:
                seen_phone[phone] = row.line


# ---------------------------------------------------------------- report


def describe_duplicate(row: PlannedRow) -> str:
    what = "email" if row.match == "email" else "phone number"
    if row.duplicate_of_id is not None:
        return (
            f"line {row.line}: {row.data.name} has the same {what} as existing customer "
            f"{row.duplicate_of_name} (CUS-{row.duplicate_of_id:06d})"
        )
    return (
        f"line {row.line}: {row.data.name} has the same {what} as line "
        f"{row.duplicate_of_line} of the file"
    )


def describe_invalid(row: PlannedRow) -> str:
    return "; ".join(f"line {row.line}, {key}: {text}" for key, text in row.errors)


def format_report(plan: ImportPlan, duplicates: str = "skip", limit: int | None = 50) -> str:
    """The preview as text (the command line prints this; the dialog shows the same)."""
    src = plan.source
    out = [f"File: {src.name}"]
    if src.kind == "vcard":
        out.append(f"Format: vCard, encoding {src.encoding}")
    else:
        out.append(f"Format: CSV, encoding {src.encoding}, separator {src.delimiter_name}")
    out.append(
        f"Rows: {len(plan.rows)}"
        + (f" (and {src.empty_rows} empty rows ignored)" if src.empty_rows else "")
    )
    out.append("")
    out.append("Columns:")
    for header, target in zip(src.headers, plan.mapping, strict=True):
        out.append(f"  {header} -> {FIELD_LABELS[target] if target else '(ignored)'}")
    new, dups, bad = plan.new_rows, plan.duplicates, plan.invalid
    out.append("")
    out.append(f"New customers to add: {len(new)}")
    action = "merged into the existing customer" if duplicates == "merge" else "skipped"
    out.append(f"Duplicates ({action}): {len(dups)}")
    out.extend(_listed([describe_duplicate(r) for r in dups], limit))
    same = plan.same_names
    if same:
        out.append(
            f"Same name as an existing customer (added; merge them afterwards if they "
            f"are the same person): {len(same)}"
        )
        out.extend(
            _listed(
                [
                    f"line {r.line}: {r.data.name}, like {r.same_name_as[1]} "
                    f"(CUS-{r.same_name_as[0]:06d})"
                    for r in same
                ],
                limit,
            )
        )
    out.append(f"Invalid rows: {len(bad)}")
    out.extend(_listed([describe_invalid(r) for r in bad], limit))
    if bad:
        out.append("")
        out.append(
            "Invalid rows stop the import: fix them in the file, change the column "
            "mapping, or choose to skip them."
        )
    return "\n".join(out)


def _listed(items: list[str], limit: int | None) -> list[str]:
    shown = items if limit is None else items[:limit]
    lines = [f"  {item}" for item in shown]
    if len(items) > len(shown):
        lines.append(f"  … and {len(items) - len(shown)} more")
    return lines


# ---------------------------------------------------------------- applying


def _row_values(data: CustomerData, staff_id: int | None, now: datetime) -> dict:
    return {
        "name": data.name,
        "company": data.company,
        "email": data.email,
        "phone": data.phone,
        "email_norm": normalize_email(data.email),
        "phone_norm": normalize_phone(data.phone),
        "preferred_channel": data.preferred_channel,
        "tags": ", ".join(data.tags),
        "notes": data.notes,
        "contact_consent": data.consent,
        "archived": False,
        "created_at": now,
        "updated_at": now,
        "created_by_id": staff_id,
        "owner_id": staff_id,
    }


def _merge_into(target: dict, data: CustomerData) -> bool:
    """Fill ``target``'s empty fields from ``data``; never overwrite. Returns True if changed."""
    changed = False
    for key in ("company", "email", "phone", "preferred_channel"):
        value = getattr(data, key)
        if value and not target.get(key):
            target[key] = value
            if key == "email":
                target["email_norm"] = normalize_email(value)
            if key == "phone":
                target["phone_norm"] = normalize_phone(value)
            changed = True
    old_tags = [t.strip() for t in (target.get("tags") or "").split(",") if t.strip()]
    tags = sorted({*old_tags, *data.tags}, key=str.lower)
    if set(tags) != set(old_tags):
        target["tags"] = ", ".join(tags)
        changed = True
    notes = target.get("notes") or ""
    if data.notes and data.notes not in notes:
        target["notes"] = f"{notes}\n{data.notes}" if notes else data.notes
        changed = True
    return changed


def apply_import(
    session: Session,
    plan: ImportPlan,
    staff_id: int | None,
    now: datetime,
    duplicates: str = "skip",
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_import: Callable[[], None] | None = None,
) -> ImportResult:
    """Import the plan as one transaction: all of it, or (on any error) nothing.

    Duplicates are checked again inside the transaction, in case customers were
    added since the preview. Raises UserError if rows are invalid and
    ``skip_invalid`` is false, :class:`Cancelled` if ``cancelled()`` turns
    true, and DiskFullError (how much space is needed, and where) if the disk
    fills up; the database is unchanged in each case.
    """
    try:
        return _apply_import(
            session,
            plan,
            staff_id,
            now,
            duplicates,
            skip_invalid,
            progress,
            cancelled,
            before_import,
        )
    except Exception as exc:
        if isinstance(exc, UserError) and not isinstance(exc, DiskFullError):
            raise
        if disk_full_error(exc) is None:
            raise
        # the driver's error quotes the rows it was writing: say how much room is needed instead
        raise DiskFullError(_no_room_message(session, plan, duplicates)) from exc


ROW_OVERHEAD = 200  # bytes a customer row takes beyond its text: keys, dates, index entries


def space_needed(plan: ImportPlan, database_size: int, duplicates: str = "skip") -> int:
    """About how many bytes importing ``plan`` needs on the database's disk at most.

    The new rows land twice before the commit ends (the write-ahead log, then
    the database file), and a backup of the database is taken first.
    """
    rows = plan.new_rows + (plan.duplicates if duplicates == "merge" else [])
    data = 0
    for row in rows:
        d = row.data
        texts = (d.name, d.company, d.email, d.phone, d.notes, *d.tags)
        data += ROW_OVERHEAD + 2 * sum(len(t.encode("utf-8")) for t in texts)
    return database_size + 2 * data + 1_000_000


def _no_room_message(session: Session, plan: ImportPlan, duplicates: str) -> str:
    import shutil

    from cxlogger.core.storage.backup import human_size

    count = len(plan.new_rows) + (len(plan.duplicates) if duplicates == "merge" else 0)
    what = f"importing these {count:,} customer{'s' if count != 1 else ''}"
    url = session.get_bind().url
    if url.get_backend_name() != "sqlite" or not url.database:
        needed = human_size(space_needed(plan, 0, duplicates))
        return (
            f"The database server's disk is full: {what} needs about {needed} more there. "
            "Nothing was imported and the database is unchanged; ask whoever runs the server "
            "to free some space, then try again."
        )
    database = Path(url.database)
    try:
        size = database.stat().st_size
    except OSError:
        size = 0
    needed = space_needed(plan, size, duplicates)
    free = ""
    try:
        available = shutil.disk_usage(database.parent).free
        if available < needed:
            free = f" (only {human_size(available)} is free now)"
    except OSError:
        pass
    return (
        f"The disk is full: {what} needs about {human_size(needed)} free in "
        f"{database.parent}{free}. Nothing was imported and the database is unchanged; "
        "free some space there and try again."
    )


def _apply_import(
    session: Session,
    plan: ImportPlan,
    staff_id: int | None,
    now: datetime,
    duplicates: str = "skip",
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_import: Callable[[], None] | None = None,
) -> ImportResult:
    if duplicates not in DUPLICATE_MODES:
        raise ValueError(f"duplicates must be one of {DUPLICATE_MODES}")
    bad = plan.invalid
    if bad and not skip_invalid:
        raise UserError(
            f"Nothing was imported: {len(bad)} row{'s are' if len(bad) != 1 else ' is'} "
            f"invalid (first: {describe_invalid(bad[0])}). Fix the file, change the column "
            "mapping, or choose to skip invalid rows."
        )
    for hook in before_import_hooks:
        hook(session, plan)
    if before_import is not None:
        before_import()
    if session.in_transaction():
        transaction = session.begin_nested()
    else:
        transaction = session.begin()
    with transaction:
        _classify(session, plan)
        result = ImportResult(skipped_invalid=len(plan.invalid))
        pending: dict[int, dict] = {}  # line -> values of a new customer
        for row in plan.rows:
            if row.status == "new":
                pending[row.line] = _row_values(row.data, staff_id, now)
        for row in plan.duplicates:
            if duplicates == "skip":
                result.skipped_duplicates += 1
                continue
            if row.duplicate_of_line is not None:
                _merge_into(pending[row.duplicate_of_line], row.data)
            else:
                customer = session.get(Customer, row.duplicate_of_id)
                values = {
                    k: getattr(customer, k)
                    for k in ("company", "email", "phone", "preferred_channel", "tags", "notes")
                }
                if _merge_into(values, row.data):
                    for key, value in values.items():
                        setattr(customer, key, value)
                    if values.get("email"):
                        customer.email_norm = normalize_email(values["email"])
                    if values.get("phone"):
                        customer.phone_norm = normalize_phone(values["phone"])
                    customer.updated_at = now
            result.merged += 1
        session.flush()
        total = len(pending)
        done = 0
        batch: list[dict] = []
        if progress:
            progress(0, total)
        for values in pending.values():
            batch.append(values)
            if len(batch) >= CHUNK:
                done += _insert(session, batch, cancelled)
                batch = []
                if progress:
                    progress(done, total)
        if batch:
            done += _insert(session, batch, cancelled)
            if progress:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise Cancelled()
        result.added = done
    return result


def backup_callback(paths) -> Callable[[], None] | None:
    """A ``before_import`` that backs up the local database first (None for a server)."""
    if paths.database_url is not None or not paths.db_path.exists():
        return None

    def take() -> None:
        from cxlogger.core.storage import backup

        backup.take_backup(paths, reason="before-import")

    return take


def _insert(session: Session, batch: list[dict], cancelled) -> int:
    if cancelled is not None and cancelled():
        raise Cancelled()
    session.execute(insert(Customer), batch)
    return len(batch)
