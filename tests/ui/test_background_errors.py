"""A failure in the background reaches the user as one sentence, without blocking anything."""

from cxlogger.ui.context import AppContext
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QMessageBox
from tests.conftest import NOW


def test_background_failures_show_one_box_that_does_not_block(qtbot, db, paths, me):
    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def broken(_session):
        raise RuntimeError("customer Anna's card ending 1234")

    ctx.ops.query(None, "one", broken, lambda _r: None)  # nobody handles the failure …
    ctx.ops.query(None, "two", broken, lambda _r: None)  # … twice
    assert ctx.ops.wait_idle()  # returns: no modal box holds the event loop
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1  # the second failure did not stack another box
    assert boxes[0].text().startswith("Something went wrong (RuntimeError)")
    assert "1234" not in boxes[0].text()  # the sentence carries no data
    assert window.statusBar().currentMessage() == boxes[0].text()
