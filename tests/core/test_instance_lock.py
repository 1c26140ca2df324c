import os
import signal
import subprocess
import sys
import time

import pytest

from cxlogger.core.storage.instance_lock import (
    AlreadyRunningError,
    InstanceLock,
    holder_pid,
    server_name,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses fork-free POSIX processes")

HOLDER = """
import sys, time
from cxlogger.core.storage.instance_lock import InstanceLock, AlreadyRunningError
start_at = float(sys.argv[2])
while time.time() < start_at:
    pass
try:
    lock = InstanceLock(sys.argv[1]).acquire()
except AlreadyRunningError as exc:
    print("busy", exc.pid, flush=True)
    sys.exit(0)
print("got", flush=True)
time.sleep(float(sys.argv[3]))
"""


def spawn(data_dir, start_at, hold):
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), str(start_at), str(hold)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_second_copy_is_refused_while_the_first_runs(tmp_path):
    first = InstanceLock(tmp_path / "data").acquire()
    with pytest.raises(AlreadyRunningError, match="already running") as err:
        InstanceLock(tmp_path / "data").acquire()
    assert err.value.pid == os.getpid()
    first.release()
    second = InstanceLock(tmp_path / "data").acquire()  # free again once released
    assert second.held
    second.release()


def test_lock_file_is_private_under_umask_022(tmp_path):
    old = os.umask(0o022)
    try:
        with InstanceLock(tmp_path / "data") as lock:
            assert os.stat(lock.path).st_mode & 0o777 == 0o600
            assert os.stat(tmp_path / "data").st_mode & 0o777 == 0o700
            assert holder_pid(tmp_path / "data") == os.getpid()
    finally:
        os.umask(old)


def test_a_lock_left_by_a_killed_copy_is_stale_and_taken_over(tmp_path):
    data = tmp_path / "data"
    child = spawn(data, 0, 60)
    assert child.stdout.readline().strip() == "got"
    with pytest.raises(AlreadyRunningError):
        InstanceLock(data).acquire()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert holder_pid(data) == child.pid  # the crashed copy's pid is still in the file
    lock = InstanceLock(data).acquire()
    assert lock.took_over_from == child.pid
    assert holder_pid(data) == os.getpid()
    lock.release()


def test_copies_started_at_the_same_moment_end_with_exactly_one(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    start_at = time.time() + 1.5  # after every child has imported and is spinning
    children = [spawn(data, start_at, 1.5) for _ in range(6)]
    results = [c.communicate(timeout=30)[0].split() for c in children]
    winners = [r for r in results if r[0] == "got"]
    losers = [r for r in results if r[0] == "busy"]
    assert len(winners) == 1 and len(losers) == 5
    winner_pid = children[[r[0] for r in results].index("got")].pid
    assert {int(r[1]) for r in losers} == {winner_pid}


def test_server_name_is_per_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert len(server_name(tmp_path / "a")) < 40  # short enough for a socket path
