"""Real network peers for the tests, not mocks: a refused connection, a local HTTP server."""

import socket
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


def closed_port():
    """A local port that nothing listens on: connecting to it is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def local_server(handler_class):
    """Serve `handler_class` on a free loopback port in a thread; yields the base URL (no trailing slash)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
