"""Errors a user can act on: each carries the exit status the CLI returns and prints as one line."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REJECTIONS = 3
EXIT_LOCKED = 75  # EX_TEMPFAIL: schedulers treat it as "try again later"


class InnovdbError(Exception):
    """An error explained in one line; the CLI prints it without a traceback (unless --debug)."""

    exit_code = EXIT_FAILED


class UsageError(InnovdbError):
    exit_code = EXIT_USAGE


class DatabaseUnavailable(InnovdbError):
    """The database cannot be reached or the embedded server cannot start."""


class SchemaBehind(InnovdbError):
    """The database schema is older than this version of innovdb."""


class LockTimeout(InnovdbError):
    exit_code = EXIT_LOCKED
