"""Gunicorn's settings for `make serve`: `gunicorn -c config/gunicorn.py`.

Everything a deployment changes comes from the environment:
- BIND: the address to listen on, default 127.0.0.1:8000 (behind the HTTPS proxy);
  `make serve` sets it from HOST and PORT.
- WEB_CONCURRENCY: the number of worker processes, default 2 × cores + 1, the
  starting point Gunicorn recommends: https://docs.gunicorn.org/en/stable/design.html#how-many-workers
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("BIND") or "127.0.0.1:8000"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
# Sync workers: every request renders in a worker of its own, which suits
# server-rendered pages behind a buffering proxy.
worker_class = "sync"
# A worker stuck on one request longer than this is restarted.
timeout = 30
graceful_timeout = 20
# Django logs errors itself; Gunicorn's access log goes to stdout only when asked
# (ACCESS_LOG=1), the proxy in front usually keeps one already.
accesslog = "-" if os.environ.get("ACCESS_LOG", "").lower() in ("1", "true", "yes", "on") else None
errorlog = "-"
# Gunicorn's control socket sits at one path per user (~/.gunicorn/), which a second
# server on the machine (`make loadtest` beside `make serve`) would take over; unused here.
control_socket_disable = True
# The proxies whose X-Forwarded-Proto (and friends) Gunicorn believes: the same TRUSTED_PROXIES
# the site reads X-Forwarded-For from (config/settings/production.py), with the same default.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES") or "127.0.0.1,::1"
