"""The app takes the instance lock before its window and opens the socket a second start
knocks on once the window has painted (issue 10: QtNetwork is not loaded before then)."""

import os

import pytest

from cxlogger.ui.desktop import single_instance


@pytest.mark.skipif(os.name != "posix", reason="local sockets and locks as on Linux")
def test_the_lock_is_held_at_once_and_a_second_start_is_answered_once_listening(
    qtbot, paths, monkeypatch
):
    first = single_instance.claim(paths, listen=False)
    assert first is not None and first.server is None  # the lock only
    try:
        # not listening yet: a second start is refused the lock, and its knock is unanswered
        knocked = []
        real_notify = single_instance.notify_running
        monkeypatch.setattr(
            single_instance,
            "notify_running",
            lambda name, timeout_s=0.3: knocked.append(real_notify(name, 0.3)) or knocked[-1],
        )
        assert single_instance.claim(paths) is None
        assert knocked == [False]
        first.listen()
        first.listen()  # once
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(paths) is None  # now it wakes the first
        assert knocked == [False, True]
    finally:
        first.release()
    again = single_instance.claim(paths)
    assert again is not None and again.server is not None
    again.release()
