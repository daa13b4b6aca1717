"""`manage.py bench` (ops/management/commands/bench.py): the site's pages under
wrk, uncached and cached, against a static file and a bare Wagtail page.

pages.py finds and probes the pages, wrk.py (with wrk.lua) loads one URL,
system.py reads the machine and the workers' memory, report.py makes the table
and checks the targets. The server itself is ops/localserver.py's
ProductionServer, shared with the load test.
"""
