"""Connect to a shared server…: host, port, database, user, password and TLS, a Test
connection that runs off the GUI thread, and Save, which writes this desk's configuration
(no password in it) and puts the password in the OS keyring (core/server_config.py).
Nobody types a database URL."""

from __future__ import annotations

from pathlib import Path

from cxlogger.core.storage import server_config
from cxlogger.core.storage.server_config import ServerSettings
from cxlogger.ui.qt import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.widgets import ErrorLabel
from cxlogger.ui.worker import JobWorker


class ConnectDialog(AppDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.saved: ServerSettings | None = None
        self.worker: JobWorker | None = None
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Several desks can share one PostgreSQL database on a server in the office "
                "(a mini-PC or a NAS) or a hosted one. Ask whoever set it up for these details."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. nas.local or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("cxlogger")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's password store"))
        self.tls = QComboBox()
        self.tls.addItem(
            self.tr("Encrypted, server certificate checked (recommended)"), "verify-full"
        )
        self.tls.addItem(self.tr("Encrypted, certificate not checked"), "require")
        self.tls.addItem(self.tr("Not encrypted (only inside a trusted network)"), "disable")
        self.tls.setToolTip(
            self.tr(
                "How the connection is protected (PostgreSQL's sslmode): verify-full, "
                "require or disable"
            )
        )
        self.errors = {key: ErrorLabel() for key in ("host", "port", "database", "user", "tls")}

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self._with_error(self.host, "host"))
        form.addRow(self.tr("P&ort:"), self._with_error(self.port, "port"))
        form.addRow(self.tr("&Database:"), self._with_error(self.database, "database"))
        form.addRow(self.tr("&User name:"), self._with_error(self.user, "user"))
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Protection:"), self._with_error(self.tls, "tls"))

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.status = QLabel()
        self.status.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(buttons)

        current = server_config.load(data_dir)  # the fields, never the password
        if current is not None:
            self.host.setText(current.host)
            self.port.setValue(int(current.port))
            self.database.setText(current.database)
            self.user.setText(current.user)
            index = self.tls.findData(current.tls)
            self.tls.setCurrentIndex(max(index, 0))

    def _with_error(self, widget, key: str):
        from cxlogger.ui.qt import QWidget

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors[key])
        return box

    def settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            tls=self.tls.currentData(),
        )

    def _valid(self) -> ServerSettings | None:
        settings = self.settings()
        problems = settings.errors()
        for key, label in self.errors.items():
            label.show_error(problems.get(key))
        return None if problems else settings

    def _run(self, job, succeeded, failed) -> None:
        """One job at a time, in its own thread; the buttons wait for it."""
        self._busy(True)
        self.worker = JobWorker(lambda _progress, _cancelled: job(), self)
        self.worker.succeeded.connect(succeeded)
        self.worker.failed.connect(failed)
        self.worker.finished.connect(lambda: self._busy(False))
        self.worker.start()

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def test(self) -> None:
        settings = self._valid()
        if settings is None:
            return
        password = self.password.text()
        self.status.setText(self.tr("Connecting…"))
        self._run(
            lambda: server_config.test_connection(settings, password),
            lambda text: self.status.setText("✓ " + text),
            lambda text: self.status.setText("✗ " + text),
        )

    def save(self) -> None:
        settings = self._valid()
        if settings is None:
            return
        password, data_dir = self.password.text(), self.data_dir

        def saved(_result) -> None:
            self.saved = settings
            self.accept()

        self.status.setText(self.tr("Saving…"))
        self._run(
            lambda: server_config.save(data_dir, settings, password),
            saved,
            lambda text: self.status.setText("✗ " + text),
        )

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return  # a test or save is under way; it ends by itself (connect timeout)
        super().reject()
