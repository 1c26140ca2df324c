"""Where it is kept: the engine and its pragmas, migrations, backups, integrity and damage
checks, the instance lock, leftovers of interrupted work, paths and the server settings."""
