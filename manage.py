#!/usr/bin/env python
"""Django's command-line utility, with one clear line when the database is unreachable."""

import os
import sys


def database_unreachable_message(error):
    """Say which DATABASE_URL could not be reached, without its password."""
    from urllib.parse import urlsplit, urlunsplit

    url = os.environ.get("DATABASE_URL") or "sqlite:///db.sqlite3 (default)"
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        url = urlunsplit(parts._replace(netloc=netloc))
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f"Cannot connect to the database (DATABASE_URL={url}): {reason}"


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line
    from django.db import OperationalError, connection

    try:
        execute_from_command_line(sys.argv)
    except OperationalError as error:
        try:
            connection.ensure_connection()
        except OperationalError:
            raise SystemExit(database_unreachable_message(error)) from None
        raise


if __name__ == "__main__":
    main()
