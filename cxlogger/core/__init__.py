"""Qt-free core: models, database, services, rules, import/export, backups."""
