"""`manage.py bench`'s load generator (ops/bench/wrk.py, wrk.lua): wrk's figures, bounds, loopback
only, the long tail's list of paths, and real wrk runs against a local server."""

import http.server
import shutil
import threading

import pytest

from ops.bench import wrk

WRK_OUTPUT = """Running 1s test @ http://127.0.0.1:8000/zh-hans/
  2 threads and 8 connections
Requests/sec:   1479.25
BENCH_JSON {"requests": 1500, "duration_us": 1000000, "bytes": 2850367, "p50_us": 778, "p95_us": 5916, \
"p99_us": 7964, "max_us": 8651, "errors": {"connect": 0, "read": 0, "write": 0, "status": 3, "timeout": 1}}
"""


def test_wrk_summary_line_gives_rps_percentiles_in_ms_and_errors():
    """The JSON line of wrk.lua becomes a Run: microseconds to milliseconds, status errors counted."""
    run = wrk.parse(WRK_OUTPUT)

    assert run.requests == 1500 and run.rps == 1500
    assert (run.p50, run.p95, run.p99) == (0.778, 5.916, 7.964)
    assert run.errors["status"] == 3 and run.error_count == 4


def test_wrk_output_without_the_summary_is_an_error():
    with pytest.raises(wrk.WrkError, match="no summary"):
        wrk.parse("unable to connect to 127.0.0.1:1 Connection refused\n")


@pytest.mark.parametrize("url", ["http://192.0.2.10:8000/", "http://example.com/", "https://127.0.0.1:8000/"])
def test_wrk_never_loads_an_address_off_this_machine(url):
    with pytest.raises(ValueError, match="loopback|on this machine"):
        wrk.command(url, 1, 8, 2, 5)


@pytest.mark.parametrize(("duration", "connections", "threads"), [(0, 8, 2), (61, 8, 2), (10, 1, 2), (10, 500, 2)])
def test_wrk_runs_only_with_bounds(duration, connections, threads):
    """A duration of 1 to 60 s, and no more than 256 connections, at least one per thread."""
    with pytest.raises(ValueError):
        wrk.command("http://127.0.0.1:8000/", duration, connections, threads, 5)


def test_wrk_command_is_bounded_in_time_and_connections():
    arguments = wrk.command("http://localhost:8000/zh-hans/", 10, 8, 2, 5)

    assert arguments[0] == "wrk" and arguments[-1] == "http://localhost:8000/zh-hans/"
    assert arguments[5:7] == ["--duration", "10s"] and "--timeout" in arguments and str(wrk.SCRIPT) in arguments


def test_wrk_command_with_a_list_hands_wrk_lua_the_file_and_the_thread_count(tmp_path):
    paths = tmp_path / "paths.txt"
    paths.write_text("/zh-hans/organizations/A/\n/zh-hans/organizations/B/\n")

    arguments = wrk.command("http://127.0.0.1:8000/zh-hans/organizations/A/", 10, 8, 2, 5, paths)

    assert arguments[-4:] == ["http://127.0.0.1:8000/zh-hans/organizations/A/", "--", str(paths), "2"]
    assert "--" not in wrk.command("http://127.0.0.1:8000/", 10, 8, 2, 5)  # one URL: as before


@pytest.mark.parametrize(
    "line", ["//192.0.2.10/zh-hans/", "http://192.0.2.10/", "zh-hans/", "/zh-hans/ HTTP/1.1\r\nHost: x", "/a b/"]
)
def test_wrk_list_holds_only_paths_on_the_loopback_url(tmp_path, line):
    """Every path of the list is checked: each request stays on the URL's loopback host and port."""
    paths = tmp_path / "paths.txt"
    paths.write_text(f"/zh-hans/\n{line}\n")

    with pytest.raises(ValueError, match="not a path"):
        wrk.command("http://127.0.0.1:8000/zh-hans/", 10, 8, 2, 5, paths)


def test_wrk_list_must_not_be_empty(tmp_path):
    (tmp_path / "paths.txt").write_text("")

    with pytest.raises(ValueError, match="no path"):
        wrk.command("http://127.0.0.1:8000/", 10, 8, 2, 5, tmp_path / "paths.txt")


class QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # wrk hangs up mid-response when its second is over


def test_a_real_wrk_run_brings_its_numbers_back(tmp_path):
    """One second of wrk on a tiny local server: requests counted, 404s counted as errors."""
    assert shutil.which("wrk"), "wrk is missing: `make test` installs it as root, or: sudo apt-get install wrk"
    (tmp_path / "page.html").write_text("<p>ok</p>")
    server = QuietServer(("127.0.0.1", 0), lambda *a: QuietFiles(*a, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        found = wrk.run(f"{base}/page.html", duration=1, connections=2, threads=1, timeout=2)
        missing = wrk.run(f"{base}/missing.html", duration=1, connections=2, threads=1, timeout=2)
    finally:
        server.shutdown()
        server.server_close()

    assert found.requests > 0 and found.rps > 0 and found.error_count == 0
    assert 0 < found.p50 <= found.p95 <= found.p99
    assert missing.errors["status"] == missing.requests > 0


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    """Answers 200 to every path and writes each down in the server's `requested`."""

    def do_GET(self):
        self.server.requested.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def test_a_real_wrk_run_on_a_list_asks_for_a_different_path_each_time(tmp_path):
    """wrk.lua cycles through the file's paths, each thread from its own place in the list."""
    assert shutil.which("wrk"), "wrk is missing: `make test` installs it as root, or: sudo apt-get install wrk"
    listed = [f"/org/{n}/" for n in range(20_000)]
    (tmp_path / "paths.txt").write_text("\n".join(listed) + "\n")
    server = QuietServer(("127.0.0.1", 0), RecordingHandler)
    server.requested = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        run = wrk.run(
            f"{base}{listed[0]}", duration=1, connections=2, threads=2, timeout=2, paths_file=tmp_path / "paths.txt"
        )
        one = len(server.requested)
        wrk.run(f"{base}/single/", duration=1, connections=2, threads=2, timeout=2)
    finally:
        server.shutdown()
        server.server_close()
    rotated, single = server.requested[:one], server.requested[one:]
    numbers = sorted(int(path.split("/")[2]) for path in rotated)

    assert run.requests > 10 and run.error_count == 0
    assert set(rotated) <= set(listed) and len(set(rotated)) > 10
    # 1 s is far too short for one thread to go through half the list: both halves come from both threads.
    assert numbers[0] < 10_000 <= numbers[-1]
    # Without a list, wrk asks for its one URL, as before.
    assert set(single) == {"/single/"}
