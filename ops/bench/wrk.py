"""One bounded wrk run against one loopback URL, or a list of paths on it, and the figures it gives.

wrk (Debian's package, 4.1.0) runs as a process of its own with a fixed number
of threads and connections for a fixed duration, each request given up after
its timeout; the whole process is killed if it outlives all of that by 30 s.
Given a file of paths, wrk.lua asks for the next one on each request, round
and round (each thread from its own place in the list): every path is checked
first, so that each request stays on the URL's loopback host and port. Its
summary comes from wrk.lua beside this file as one line of JSON.
"""

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ops.localserver import loopback_target

SCRIPT = Path(__file__).with_name("wrk.lua")
MARKER = "BENCH_JSON "
MAX_DURATION = 60
# wrk past its duration: the last requests finishing, the summary being written.
GRACE = 30


class WrkError(Exception):
    """wrk is missing, refused its arguments or printed no summary."""


@dataclass
class Run:
    """The figures of one wrk run; latencies in milliseconds."""

    requests: int
    seconds: float
    p50: float
    p95: float
    p99: float
    max: float
    errors: dict = field(default_factory=dict)  # connect, read, write, status (not 2xx/3xx), timeout

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_count(self):
        return sum(self.errors.values())

    def as_dict(self):
        return {**asdict(self), "rps": round(self.rps, 1)}

    @classmethod
    def from_dict(cls, figures):
        return cls(**{name: figures[name] for name in ("requests", "seconds", "p50", "p95", "p99", "max", "errors")})


def parse(output):
    """The Run in wrk's standard output (the line wrk.lua writes)."""
    line = next((line for line in output.splitlines() if line.startswith(MARKER)), None)
    if line is None:
        raise WrkError(f"wrk printed no summary:\n{output[-2000:]}")
    figures = json.loads(line[len(MARKER) :])
    return Run(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1e6,
        p50=figures["p50_us"] / 1000,
        p95=figures["p95_us"] / 1000,
        p99=figures["p99_us"] / 1000,
        max=figures["max_us"] / 1000,
        errors=figures["errors"],
    )


def check_paths(url, paths_file):
    """ValueError unless every line of `paths_file` is a path that stays on `url`'s loopback host and port."""
    base = urlsplit(url)
    paths = Path(paths_file).read_text().splitlines()
    if not paths:
        raise ValueError(f"{paths_file} lists no path.")
    for path in paths:
        # A path, not an address ("//host/…", "http://…") nor anything that would split the request line.
        if not path.startswith("/") or path.startswith("//") or any(c <= " " or c == "\x7f" for c in path):
            raise ValueError(f"{path!r} in {paths_file} is not a path on {url}.")
        target = f"{base.scheme}://{base.netloc}{path}"
        loopback_target(target)
        if urlsplit(target).netloc != base.netloc:
            raise ValueError(f"{path!r} in {paths_file} leaves {base.netloc}.")


def command(url, duration, connections, threads, timeout, paths_file=None):
    """wrk's argument list, with the file of paths wrk.lua cycles through if one is given;
    ValueError for a target off this machine or a run without bounds."""
    loopback_target(url)
    if not 0 < duration <= MAX_DURATION:
        raise ValueError(f"The duration is between 1 and {MAX_DURATION} seconds.")
    if not 1 <= threads <= connections <= 256:
        raise ValueError("Give 1 to 256 connections, and at least as many connections as threads.")
    if paths_file is not None:
        check_paths(url, paths_file)
    arguments = [
        *["wrk", "--threads", str(threads), "--connections", str(connections)],
        *["--duration", f"{duration}s", "--timeout", f"{timeout}s", "--script", str(SCRIPT), url],
    ]
    # wrk.lua's init() gets what follows "--": the list, and the thread count to spread the threads over it.
    return arguments if paths_file is None else [*arguments, "--", str(paths_file), str(threads)]


def run(url, duration=10, connections=8, threads=2, timeout=5, paths_file=None):
    """Load `url` with wrk, or the paths listed in `paths_file` on its host in turn; its Run."""
    arguments = command(url, duration, connections, threads, timeout, paths_file)
    if shutil.which("wrk") is None:
        raise WrkError("wrk is not installed: `apt-get install wrk` (make bench installs it when run as root).")
    try:
        result = subprocess.run(  # noqa: S603 - wrk, on a loopback URL checked above
            arguments, capture_output=True, text=True, timeout=duration + timeout + GRACE, check=False
        )
    except subprocess.TimeoutExpired:
        raise WrkError(f"wrk did not finish within {duration + timeout + GRACE} s on {url}.") from None
    if result.returncode:
        raise WrkError(f"wrk failed on {url}:\n{result.stdout}{result.stderr}")
    return parse(result.stdout)
