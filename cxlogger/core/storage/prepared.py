"""Statements built once and, on SQLite, run as prepared SQL on the driver's cursor.

A save runs a few dozen small statements. Through SQLAlchemy each costs about 0.1 ms
of Python before SQLite sees it (cache look-up, parameter processing, events, result
objects), several times what SQLite itself needs. A ``Statement`` is compiled once
per dialect into its SQL text and, per ``?``, either a constant already converted for
the driver or the name of a value bound at execution with its converter; running it
is then one ``cursor.execute``.

The SQL is the very text SQLAlchemy would send. Whenever somebody listens for
statements (``before_cursor_execute``/``after_cursor_execute``: the tests that count
statements or check their query plans), or on another database than SQLite, the
ordinary path runs instead, so what the tests see is what runs.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Any

from sqlalchemy import BindParameter, Table
from sqlalchemy.sql import visitors


class _NotPrepared(Exception):
    pass


class _Compiled:
    """The SQL of a statement for SQLite, how to make its parameters and its rows."""

    __slots__ = ("sql", "slots", "results", "row")

    def __init__(self, statement, dialect, column_keys=None):
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        if not compiled.positional or compiled.insert_prefetch or compiled.update_prefetch:
            raise _NotPrepared

        def at_execution(bind) -> bool:
            return bind.required or bind.key.startswith("rules_")

        if any(at_execution(b) for b in compiled.literal_execute_params):
            raise _NotPrepared
        if any(at_execution(b) for b in compiled.post_compile_params):
            raise _NotPrepared  # an IN list given at execution
        bind_of = {name: bind for bind, name in compiled.bind_names.items()}
        # constant IN lists (``kind IN ('complaint', 'return')``) expanded once here
        state = compiled.construct_expanded_state(
            {name: None for name, bind in bind_of.items() if at_execution(bind)}
        )
        processors = {**compiled._bind_processors, **state.processors}
        slots = []
        for name in state.positiontup:
            bind = bind_of.get(name)
            convert = processors.get(name)
            if bind is not None and at_execution(bind):
                slots.append((False, bind.key, convert))  # bound at execution
            else:
                value = state.parameters[name]
                slots.append((True, convert(value) if convert else value, None))
        self.sql = state.statement
        self.slots = tuple(slots)
        self.results = self.row = None
        if getattr(statement, "is_select", False):
            columns = list(statement.selected_columns)
            self.results = tuple(c.type._cached_result_processor(dialect, None) for c in columns)
            self.row = namedtuple("Row", [c.key for c in columns], rename=True)

    def values(self, params) -> tuple:
        return tuple(
            value if fixed else (convert(params[value]) if convert else params[value])
            for fixed, value, convert in self.slots
        )

    def rows(self, cursor) -> list:
        converters, row_type = self.results, self.row
        rows = cursor.fetchall()
        if not any(converters):
            return [row_type(*row) for row in rows]
        return [
            row_type(*(c(v) if c else v for c, v in zip(converters, row, strict=True)))
            for row in rows
        ]


class Statement:
    """A statement built once, the names of the values it binds at execution, and its
    prepared form on SQLite, made at its first execution. ``column_keys``: an INSERT of
    these columns only."""

    __slots__ = ("statement", "names", "compiled", "column_keys")

    def __init__(self, statement, column_keys=None):
        self.statement = statement
        self.names = bound_names(statement)
        self.compiled: _Compiled | None | bool = None  # False: cannot be prepared
        self.column_keys = column_keys

    def __iter__(self):  # (statement, names)
        return iter((self.statement, self.names))

    def _prepared(self, connection) -> _Compiled | None:
        if not preparing(connection):
            return None
        if self.compiled is None:
            try:
                self.compiled = _Compiled(self.statement, connection.dialect, self.column_keys)
            except _NotPrepared:
                self.compiled = False
        return self.compiled or None

    def _params(self, params: dict) -> dict:
        if self.column_keys is not None:
            return {k: params[k] for k in self.column_keys}
        return {k: params[k] for k in self.names}

    def run(self, connection, params: dict | None = None) -> int:
        """Execute it; returns its rowcount."""
        params = params or {}
        compiled = self._prepared(connection)
        if compiled is None:
            return connection.execute(self.statement, self._params(params)).rowcount or 0
        cursor = _cursor(connection)
        try:
            cursor.execute(compiled.sql, compiled.values(params))
            return max(cursor.rowcount, 0)
        finally:
            cursor.close()

    def rows(self, connection, params: dict | None = None) -> list:
        """The rows of a SELECT (attributes by column name)."""
        params = params or {}
        compiled = self._prepared(connection)
        if compiled is None:
            return list(connection.execute(self.statement, self._params(params)).all())
        cursor = _cursor(connection)
        try:
            cursor.execute(compiled.sql, compiled.values(params))
            return compiled.rows(cursor)
        finally:
            cursor.close()

    def run_many(self, connection, rows: list[dict]) -> None:
        """Execute an INSERT for each of ``rows``."""
        compiled = self._prepared(connection)
        if compiled is None:
            connection.execute(self.statement, rows)
            return
        cursor = _cursor(connection)
        try:
            cursor.executemany(compiled.sql, [compiled.values(row) for row in rows])
        finally:
            cursor.close()


def bound_names(statement) -> frozenset[str]:
    """The names of the values a statement binds at execution: those without a value,
    and the rules' ``rules_…`` (core/rule_engine.py)."""
    return frozenset(
        element.key
        for element in visitors.iterate(statement)
        if isinstance(element, BindParameter)
        and (element.required or element.key.startswith("rules_"))
    )


def preparing(connection) -> bool:
    """Run prepared statements on the driver's cursor: SQLite, and nobody listening for
    statements (a test that counts or explains them sees them run the ordinary way)."""
    if connection.dialect.name != "sqlite":
        return False
    for dispatch in (connection.dispatch, connection.engine.dispatch):
        if dispatch.before_cursor_execute or dispatch.after_cursor_execute:
            return False
    return True


def _cursor(connection):
    return connection.connection.dbapi_connection.cursor()


_FIXED: dict[Any, Statement] = {}


def fixed(name, build, column_keys=None) -> Statement:
    """The module-level statement called ``name``, built by ``build()`` the first time."""
    found = _FIXED.get(name)
    if found is None:
        found = _FIXED[name] = Statement(build(), column_keys)
    return found


def insert_one(connection, table: Table, values: dict[str, Any]) -> int:
    """INSERT one row with these columns (all but the id); returns its id."""
    keys = tuple(sorted(values))
    statement = fixed(("insert", table.name, keys), table.insert, column_keys=keys)
    compiled = statement._prepared(connection)
    if compiled is None:
        return connection.execute(table.insert().returning(table.c.id), values).scalar_one()
    cursor = _cursor(connection)
    try:
        cursor.execute(compiled.sql, compiled.values(values))
        return cursor.lastrowid
    finally:
        cursor.close()
