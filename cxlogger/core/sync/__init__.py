"""Several desks: live change notices (NOTIFY, change-log polling) and the offline outbox."""
