"""The check every entry point runs before it opens the database for writing.

``assess(paths, now)`` is the same for the app's start and every command:

- SQLite's quick check (cheap: damaged pages);
- the full check (integrity_check, foreign keys, the search index's own check)
  when none passed on this desktop in the last day, or when damage was found
  before: damage the quick check misses is found within a day at most;
- a search index that does not match the interactions is rebuilt from them
  (it holds nothing that is not in them) and checked again;
- the high-water mark (core.high_water): a database behind it lost commits.

When the last full check passed, and what it found, is per desktop, in the data
folder's ``health.json`` (see :func:`_save`). The app also runs the full check
when it is idle, and core.backup before every backup it keeps.

Commands check less (:func:`assess_for_command`, what :func:`refuse_if_damaged`
runs): a file exactly as it was when its checks last passed, or as a command
left it when it closed it cleanly afterwards, is not read again (see
:func:`fingerprint`); any other file gets the quick check. The daily full check
is left to the app and to backups, unless damage was found before, or no full
check passed in a week, or the file changed without a commit of cxlogger's on
this desktop since it was vouched for (another program, a copy put in its place).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cxlogger.core.errors import BackupError, DatabaseError
from cxlogger.core.reminders import high_water
from cxlogger.core.storage import integrity
from cxlogger.core.storage.integrity import CheckResult
from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.storage.sqlite_files import SQLITE_HEADER
from cxlogger.core.timeutil import utcnow

log = logging.getLogger(__name__)

STATE_FILE = "health.json"
FULL_CHECK_EVERY = timedelta(days=1)
# a command runs the full check only when none passed for this long (a desktop whose app
# never runs and which is never backed up), or the file changed in a way no commit explains
FULL_CHECK_COMMAND_EVERY = timedelta(days=7)
# bytes read per second, until this desktop has timed its own checks (for the notice)
QUICK_CHECK_RATE = 300e6
FULL_CHECK_RATE = 8e6
SAY_ABOVE_SECONDS = 2.0  # a check expected to take longer is announced on stderr
FTS_REBUILT = "the search index did not match the interactions and was rebuilt from them"


class DamagedDatabaseError(DatabaseError):
    """The database is damaged (or lost commits); nothing was written to it."""


@dataclass
class Assessment:
    """What the checks before writing found."""

    result: CheckResult | None = None  # None: nothing to check (no file, a server)
    behind: high_water.Behind | None = None
    full: bool = False  # the full check ran
    repaired: list[str] = field(default_factory=list)

    @property
    def damaged(self) -> bool:
        return self.result is not None and not self.result.ok

    @property
    def ok(self) -> bool:
        return not self.damaged and self.behind is None

    def problem(self) -> str:
        """A short clause for a sentence: what is wrong, in at most a line."""
        if self.damaged:
            return short_problem(self.result)
        if self.behind is not None:
            return f"it is missing its last {self.behind.missing} saved changes"
        return ""

    def details(self) -> str:
        """Every problem SQLite listed (the lost-changes sentence says all there is)."""
        return self.result.details() if self.damaged else ""


def short_problem(result: CheckResult, limit: int = 160) -> str:
    """The first problem's first line, cut to ``limit`` characters, and how many more."""
    lines = [line for p in result.problems for line in p.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("*** in database")]
    if not lines:
        return "damaged"
    first = lines[0] if len(lines[0]) <= limit else lines[0][: limit - 1] + "…"
    more = len(lines) - 1
    return first + (f", and {more} more problem{'s' if more != 1 else ''}" if more else "")


# --- what was found before, per desktop ---------------------------------------------------------


def _state(paths: AppPaths) -> dict:
    try:
        state = json.loads((paths.data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("ignoring an unreadable %s", paths.data_dir / STATE_FILE)
        return {}  # as if never checked: the full check runs, which is the safe side
    return state if isinstance(state, dict) else {}


def _save(paths: AppPaths, state: dict) -> None:
    """Overwrite health.json in place: no temporary file for a kill to leave behind.

    A write cut short leaves a file that does not parse, which reads as "never
    checked", so the next entry point runs the full check: always the safe side.
    """
    fd = os.open(paths.data_dir / STATE_FILE, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(state).encode())
    finally:
        os.close(fd)


def _parse(stamp) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None


def last_full_check(paths: AppPaths) -> datetime | None:
    return _parse(_state(paths).get("full_check_at"))


def damage_recorded(paths: AppPaths) -> str | None:
    return _state(paths).get("damage") or None


def full_check_due(paths: AppPaths, now: datetime) -> bool:
    """No full check passed in the last day, or damage was found and not yet put right."""
    if damage_recorded(paths):
        return True
    last = last_full_check(paths)
    return last is None or not (timedelta(0) <= now - last < FULL_CHECK_EVERY)


def record(paths: AppPaths, result: CheckResult, now: datetime) -> None:
    """Remember a full check's outcome (health.json)."""
    state = _state(paths)
    if result.ok:
        state["full_check_at"] = now.isoformat()
        state.pop("damage", None)
        state.pop("damage_found_at", None)
    else:
        state["damage"] = short_problem(result)
        state["damage_found_at"] = now.isoformat()
    try:
        _save(paths, state)
    except OSError:
        log.warning("could not record the integrity check", exc_info=True)


def after_restore(paths: AppPaths) -> None:
    """A restored file replaced the database: what was found on the old one no longer
    applies (the next start checks the new one fully), and its counter is the mark."""
    (paths.data_dir / STATE_FILE).unlink(missing_ok=True)
    high_water.reset(paths.db_path)


# --- the checks -------------------------------------------------------------------------------


def _local_file(paths: AppPaths) -> bool:
    return paths.is_sqlite and paths.database_url is None and paths.db_path.exists()


def _file_check(paths: AppPaths) -> CheckResult | str | None:
    """The quick check's look at the file itself, before SQLite reads a page of it:
    a CheckResult when that finds it damaged, None to go on to the pages, or "skip"
    when there is nothing to check."""
    try:
        with open(paths.db_path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return "skip"  # open_database explains
    if not header:
        from cxlogger.core.storage.backup import list_backups

        if list_backups(paths, with_counts=False):
            return CheckResult(False, ["the file is empty: the data in it is gone"])
        return "skip"
    if header != SQLITE_HEADER:
        return CheckResult(False, ["the file does not start like an SQLite database"])
    return None


def quick(paths: AppPaths, untouched: bool = False) -> CheckResult | None:
    """The quick check. A file that does not start like SQLite is damaged; so is an
    empty one when backups exist (its data is gone), while an empty one without any
    backup (a first start cut short) is left to open_database. None when there is
    nothing to check."""
    if not _local_file(paths):
        return None
    found = _file_check(paths)
    if found == "skip":
        return None
    if found is not None:
        return found
    return integrity.quick_check(paths.db_path, untouched=untouched)


def full(paths: AppPaths, now: datetime, may_repair: bool = True, cancelled=None) -> CheckResult:
    """The full check; a damaged search index is rebuilt (if ``may_repair``) and checked
    again. The outcome is remembered. ``cancelled`` as for integrity.full_check (an
    interrupted check raises CheckInterrupted and is not remembered)."""
    started = time.monotonic()
    check = integrity.full_check
    result = check(paths.db_path) if cancelled is None else check(paths.db_path, cancelled)
    _remember_rate(paths, "full", time.monotonic() - started)
    if not result.ok and result.search_index_damaged and may_repair:
        log.error("search index of %s is damaged: %s", paths.db_path, result.problems)
        try:
            integrity.rebuild_search_index(paths.db_path)
        except Exception:
            log.exception("rebuilding the search index failed")
        else:
            result = integrity.full_check(paths.db_path)
            result.repaired.append(FTS_REBUILT)
    record(paths, result, now)
    return result


def assess(
    paths: AppPaths,
    now: datetime | None = None,
    quick_result: CheckResult | None = None,
    full_result: CheckResult | None = None,
    may_repair: bool = True,
) -> Assessment:
    """The checks before writing (see the module docstring); never writes to a damaged file.

    ``quick_result``/``full_result`` are results already taken (the app runs them
    in a thread while it loads); ``may_repair=False`` leaves a damaged search index
    as it is (no instance lock held).
    """
    now = now or utcnow()
    result = quick_result or quick(paths)
    if result is None:
        return Assessment()
    assessment = Assessment(result)
    if not result.ok:
        return assessment
    if full_result is not None or full_check_due(paths, now):
        if full_result is not None and full_result.search_index_damaged and may_repair:
            full_result = None  # found by an early check without the lock: repair now
        if full_result is None:
            full_result = full(paths, now, may_repair)
        else:
            record(paths, full_result, now)
        assessment.result, assessment.full = full_result, True
        assessment.repaired = list(full_result.repaired)
        if not full_result.ok:
            return assessment
    assessment.behind = high_water.check(paths.db_path)
    return assessment


# --- commands: what cannot have changed is not read again --------------------------------------


def fingerprint(paths: AppPaths) -> dict | None:
    """What tells the database's content apart without reading it: the file's identity,
    size, times and header (SQLite's change counter and cxlogger's commit counter,
    core.high_water), and the same for the -wal when it holds anything (an empty or
    missing -wal adds nothing to the file). None when there is no file."""

    def one(path, header: int) -> list | None:
        try:
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                head = fh.read(header)
        except FileNotFoundError:
            return None
        if st.st_size == 0:
            return None
        return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, head.hex()]

    try:
        db = one(paths.db_path, 100)
        wal = one(str(paths.db_path) + "-wal", 32)
    except OSError:
        return None
    return None if db is None else {"db": db, "wal": wal}


def _counter(paths: AppPaths) -> int | None:
    try:
        return high_water.database_counter(paths.db_path)
    except Exception:  # sqlite3.Error, OSError: the checks say what is wrong
        return None


def _vouch(paths: AppPaths, print_: dict, counter: int | None, state: dict | None = None) -> None:
    state = _state(paths) if state is None else state
    if state.get("damage"):
        return
    state["vouched"] = {"print": print_, "counter": counter}
    try:
        _save(paths, state)
    except OSError:
        log.warning("could not record the checked file", exc_info=True)


def unchanged_since_vouched(paths: AppPaths) -> bool:
    """The file is exactly as it was when its checks last passed (or as a command that
    followed left it), and no damage is recorded."""
    state = _state(paths)
    vouched = state.get("vouched")
    if state.get("damage") or not isinstance(vouched, dict):
        return False
    now = fingerprint(paths)
    return now is not None and vouched.get("print") == now


def identity(paths: AppPaths) -> list | None:
    """Which file the database is (device and inode): a file put in its place differs."""
    print_ = fingerprint(paths)
    return None if print_ is None else print_["db"][:2]


def vouch_clean_close(paths: AppPaths, checked: list | None) -> bool:
    """After a command that passed its checks on the file ``checked`` (its
    :func:`identity`) wrote and closed the database: if it is still that file, the
    command's was the last connection (SQLite folded the -wal in and removed it) and every
    commit is in the high-water mark, the file as it is now is vouched for, so the next
    command does not check it again. True if it was."""
    if not _local_file(paths) or checked is None or identity(paths) != checked:
        return False
    print_ = fingerprint(paths)
    if print_ is None or print_["wal"] is not None:
        return False
    counter = _counter(paths)
    if counter is None or counter != high_water.read_mark(paths.db_path):
        return False
    if fingerprint(paths) != print_:
        return False  # another process wrote meanwhile
    _vouch(paths, print_, counter)
    return True


def _explained_by_commits(paths: AppPaths, state: dict) -> bool:
    """Since the file was last vouched for, it changed only by commits of cxlogger's on
    this desktop: its counter moved on, and the high-water mark recorded it."""
    vouched = state.get("vouched")
    if not isinstance(vouched, dict) or not isinstance(vouched.get("counter"), int):
        return False
    counter = _counter(paths)
    return (
        counter is not None
        and counter > vouched["counter"]
        and counter == high_water.read_mark(paths.db_path)
    )


def command_full_check_due(paths: AppPaths, now: datetime, state: dict | None = None) -> bool:
    """A command's full check: only when damage was found before, when none passed in a
    week, or when a day-old check meets a file changed without cxlogger's commits."""
    state = _state(paths) if state is None else state
    if not full_check_due(paths, now):
        return False
    last = last_full_check(paths)
    if damage_recorded(paths) or last is None:
        return True
    if not (timedelta(0) <= now - last < FULL_CHECK_COMMAND_EVERY):
        return True
    return not _explained_by_commits(paths, state)


def _remember_rate(paths: AppPaths, kind: str, seconds: float) -> None:
    try:
        size = paths.db_path.stat().st_size
    except OSError:
        return
    if seconds < 0.5 or size < 1:
        return  # too short to tell anything
    state = _state(paths)
    state[f"{kind}_check_rate"] = size / seconds
    try:
        _save(paths, state)
    except OSError:
        pass


def estimate_seconds(paths: AppPaths, kind: str, state: dict | None = None) -> float:
    """How long the quick or full check of this file should take, from this desktop's
    last timed one (or a cautious default)."""
    state = _state(paths) if state is None else state
    rate = state.get(f"{kind}_check_rate")
    if not isinstance(rate, (int, float)) or rate <= 0:
        rate = QUICK_CHECK_RATE if kind == "quick" else FULL_CHECK_RATE
    try:
        size = paths.db_path.stat().st_size
    except OSError:
        return 0.0
    return size / rate


def _announce(paths: AppPaths, kind: str, state: dict, say: Callable[[str], None] | None) -> None:
    seconds = estimate_seconds(paths, kind, state)
    if say is None or seconds < SAY_ABOVE_SECONDS:
        return
    what = "Checking the database" if kind == "quick" else "Checking the whole database"
    about = f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"
    say(f"{what} (this takes about {about} at this size; Ctrl+C stops it and nothing is written)…")


def interruptible(fn: Callable[[], object]):
    """Run a check in a thread so that Ctrl+C (KeyboardInterrupt in the main thread)
    stops it at once: SQLite is asked to interrupt it, and KeyboardInterrupt goes on.
    The checks only read, so nothing is left half-written."""
    if threading.current_thread() is not threading.main_thread():
        return fn()
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=run, name="command-check", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
    except KeyboardInterrupt:
        integrity.interrupt_checks()
        worker.join(2)
        raise
    if "error" in box:
        raise box["error"]
    return box.get("value")


def assess_for_command(
    paths: AppPaths, now: datetime | None = None, say: Callable[[str], None] | None = None
) -> Assessment:
    """The checks before a command writes (see the module docstring); ``say`` tells the
    user, before a check that takes seconds, what is happening.

    A file exactly as vouched for gets the high-water check only; otherwise the quick
    check, and the full check when :func:`command_full_check_due`. A file that passed,
    and did not change meanwhile, is vouched for.
    """
    now = now or utcnow()
    if not _local_file(paths):
        return Assessment()
    if unchanged_since_vouched(paths):
        unchanged = CheckResult(True, checks=["unchanged since its checks last passed"])
        return Assessment(unchanged, behind=high_water.check(paths.db_path))
    state = _state(paths)
    before = fingerprint(paths)
    _announce(paths, "quick", state, say)
    started = time.monotonic()
    result = interruptible(lambda: quick(paths))
    if result is None:
        return Assessment()
    _remember_rate(paths, "quick", time.monotonic() - started)
    assessment = Assessment(result)
    if not result.ok:
        return assessment
    if command_full_check_due(paths, now, state):
        _announce(paths, "full", state, say)
        full_result = interruptible(lambda: full(paths, now))
        assessment.result, assessment.full = full_result, True
        assessment.repaired = list(full_result.repaired)
        if not full_result.ok:
            return assessment
    assessment.behind = high_water.check(paths.db_path)
    if assessment.ok and not assessment.repaired and fingerprint(paths) == before:
        _vouch(paths, before, _counter(paths))  # nothing changed it while it was read
    return assessment


class NotBackedUpError(DamagedDatabaseError, BackupError):
    """A backup was refused because the database is damaged."""


class SearchIndexDamaged(NotBackedUpError):
    """Only the search index is damaged: rebuild it (rebuild_search_index) and retry."""


def quick_before_backup(paths: AppPaths) -> None:
    """A database the quick check finds damaged (or not a database) is not backed up."""
    result = quick(paths)
    if result is not None and not result.ok:
        raise _not_backed_up(paths, result)


def file_before_backup(paths: AppPaths) -> None:
    """The quick check's look at the file (not an SQLite file, or emptied): such a file
    is not backed up. Its pages are checked on the copy, which is the same page for page
    (core.backup.stage_copy): :func:`not_backed_up` when that fails."""
    found = _file_check(paths) if _local_file(paths) else None
    if isinstance(found, CheckResult):
        raise _not_backed_up(paths, found)


def not_backed_up(paths: AppPaths, problems: list[str]) -> NotBackedUpError:
    """What a backup whose copy failed the quick check raises (the database is damaged)."""
    return _not_backed_up(paths, CheckResult(False, list(problems)))


def backup_check(paths: AppPaths, now: datetime):
    """For ``backup.snapshot(..., check=...)``: the full check on the copy before it is kept.

    The copy is private, so the search index's check waits for nobody; what it finds
    holds for the database it was copied from, and is remembered as its full check.
    """

    def check(copy) -> None:
        result = integrity.full_check(copy)
        if result.ok or not result.search_index_damaged:
            record(paths, result, now)
        if result.search_index_damaged:
            raise SearchIndexDamaged(short_problem(result))
        if not result.ok:
            raise _not_backed_up(paths, result)

    return check


def rebuild_search_index(paths: AppPaths, now: datetime) -> None:
    log.error("the search index of %s is damaged; rebuilding it", paths.db_path)
    integrity.rebuild_search_index(paths.db_path)


def _not_backed_up(paths: AppPaths, result: CheckResult) -> NotBackedUpError:
    return NotBackedUpError(
        f"Nothing was backed up: {paths.db_path} is damaged ({short_problem(result)}), "
        "and a backup of it would be no good. " + restore_advice(paths)
    )


def refuse_if_damaged(
    paths: AppPaths, now: datetime | None = None, say: Callable[[str], None] | None = None
) -> Assessment:
    """For commands: the checks before writing (:func:`assess_for_command`); raises
    DamagedDatabaseError with a sentence."""
    assessment = assess_for_command(paths, now, say)
    if assessment.damaged:
        raise DamagedDatabaseError(
            f"cxlogger's database {paths.db_path} is damaged ({assessment.problem()}); "
            "nothing was written to it, and “cxlogger check” lists every problem. "
            + restore_advice(paths)
        )
    if assessment.behind is not None:
        raise DamagedDatabaseError(
            f"{assessment.behind.sentence()} Nothing was written to {paths.db_path}. "
            + restore_advice(paths, newer_than=assessment.behind.database)
            + " To go on without them, start the app or run: cxlogger check --go-on"
        )
    return assessment


def restore_advice(paths: AppPaths, newer_than: int | None = None) -> str:
    """How to restore the newest good backup, naming it, or that there is none."""
    best = integrity.newest_good_backup(paths)
    if best is not None and newer_than is not None:
        try:
            if high_water.database_counter(best.path) <= newer_than:
                best = None
        except Exception:
            best = None
    if best is None:
        return (
            "There is no good backup "
            + ("that holds more" if newer_than is not None else "to restore")
            + "; keep a copy of the data folder and ask someone who knows SQLite to rescue it."
        )
    return f"Restore the newest good backup with: cxlogger restore {best.path}"
