"""A throwaway PostgreSQL server for the tests that stop and start it (issue 12).

Started in a temp dir, listening only on a unix socket there, as .ci/run does (as user
postgres when run as root: initdb and postgres refuse root). Tests that need it skip with
the reason when there are no PostgreSQL binaries on the machine.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time

import pytest


def _bin_dir() -> str | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: [int(x) for x in p.split("/")[4].split(".") if x.isdigit()],
    )
    for path in reversed(found):
        if os.access(os.path.join(path, "initdb"), os.X_OK):
            return path
    return None


class PgServer:
    def __init__(self):
        self.bin = _bin_dir()
        if self.bin is None:
            pytest.skip("no PostgreSQL binaries under /usr/lib/postgresql/*/bin")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.as_user and shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        self.dir = tempfile.mkdtemp(prefix="cxpg.", dir="/tmp")  # a socket path is short
        os.chmod(self.dir, 0o755)
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self.data = os.path.join(self.dir, "data")
        self._run(
            "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self.start()
        subprocess.run(
            [
                os.path.join(self.bin, "psql"),
                "-h",
                self.dir,
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                "CREATE ROLE cx LOGIN",
                "-c",
                "CREATE DATABASE cxtest OWNER cx",
            ],
            check=True,
            capture_output=True,
        )
        self.url = f"postgresql+psycopg://cx@/cxtest?host={self.dir}"

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run(
            [*self.as_user, os.path.join(self.bin, tool), *args], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            self.data,
            "-l",
            os.path.join(self.dir, "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            f"-k {self.dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=on",
            "start",
        )

    def stop(self) -> None:
        """Stop as a crash would: ``pg_ctl stop -m immediate``."""
        self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")

    def is_up(self) -> bool:
        return os.path.exists(os.path.join(self.dir, ".s.PGSQL.5432"))

    def wipe(self) -> None:
        from sqlalchemy import text

        from cxlogger.core.storage.db import make_engine

        engine = make_engine(self.url)
        try:
            with engine.begin() as con:
                con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
                con.execute(text("CREATE SCHEMA public"))
        finally:
            engine.dispose()

    def close(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


def wait_until(predicate, timeout: float = 10.0, step: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
