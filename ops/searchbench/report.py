"""The benchmark's printed report: the machine, then plain-text tables."""

import os
import platform
import sys
from collections import defaultdict
from pathlib import Path

import django
from django.db import connection
from django.utils import timezone

import wagtail

from .relevance import summary


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def database_version():
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def header():
    return [
        f"Search benchmark, {timezone.localtime():%Y-%m-%d %H:%M %Z}",
        f"Machine:  {cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"Software: Python {sys.version.split()[0]}, Django {django.get_version()}, Wagtail {wagtail.__version__}, "
        f"{database_version()}",
    ]


def table(rows, head):
    """Rows of cells as aligned text: the first column left, the others right."""
    rows = [head, *rows]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(head))]
    lines = []
    for row in rows:
        cells = [str(row[0]).ljust(widths[0])] + [
            str(cell).rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


def groups_of(query):
    """The rows of the relevance table a query counts in: its language, and for Chinese its kind."""
    if query.locale.startswith("zh"):
        return ["zh", f"  zh: {query.kind}"]
    return [query.locale]


def relevance_tables(outcomes_by_backend):
    """Recall@10 and MRR per language and per kind of Chinese query, two columns per backend."""
    names = list(outcomes_by_backend)
    head = ["queries", "n"] + [f"{name} {metric}" for name in names for metric in ("recall@10", "MRR")]
    groups = defaultdict(lambda: defaultdict(list))
    for name, outcomes in outcomes_by_backend.items():
        for outcome in outcomes:
            for group in groups_of(outcome.query):
                groups[group][name].append(outcome)
    rows = []
    for group, by_backend in groups.items():  # in the order of queries.toml: Chinese first
        cells = [group, len(by_backend[names[0]])]
        for name in names:
            _count, recall, mrr = summary(by_backend[name])
            cells += [f"{recall:.2f}", f"{mrr:.2f}"]
        rows.append(cells)
    return table(rows, head)


def misses(outcomes):
    """One line per query where an expected page is not in the top 10, or the first hit is not expected."""
    lines = []
    for outcome in outcomes:
        if outcome.recall == 1 and outcome.reciprocal_rank == 1:
            continue
        first = outcome.titles[0] if outcome.titles else "(nothing)"
        ranks = ", ".join(f"{title} → {rank or '-'}" for title, rank in outcome.ranks.items())
        lines.append(f"  [{outcome.query.locale}] {outcome.query.text}: {ranks}; first: {first}")
    return lines


def milliseconds(searching, percent):
    value = searching.percentile(percent)
    bound = "≥" if searching.timed_out and value >= searching.timeout else ""
    return f"{bound}{value * 1000:.1f}"


def speed_table(indexing, searching, items):
    names = list(indexing)
    first = searching[names[0]]
    rows = [
        ["index: items", *(f"{indexing[name].items:,}" for name in names)],
        ["index: seconds", *(f"{indexing[name].seconds:.1f}" for name in names)],
        ["index: items/second", *(f"{indexing[name].per_second:,.0f}" for name in names)],
        [
            f"searches run (budget, of {first.planned})",
            *(f"{len(searching[name].timings)}/{first.planned}" for name in names),
        ],
        [f"search: stopped at {first.timeout:g} s", *(str(searching[name].timed_out) for name in names)],
        ["search: p50 ms", *(milliseconds(searching[name], 50) for name in names)],
        ["search: p95 ms", *(milliseconds(searching[name], 95) for name in names)],
        ["search: found something", *(str(searching[name].with_results) for name in names)],
    ]
    return table(rows, [f"{items:,} organizations", *names])
