"""The dialogs: logging, customers, promises, feedback, records, merge, settings, staff,
templates, import/export, backups, conflicts, the shared-server connection."""
