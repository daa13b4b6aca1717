"""Real faults for the tests: a refused connection, not a mock."""

import socket


def closed_port():
    """A local port that nothing listens on: connecting to it is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
