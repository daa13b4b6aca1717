"""What the benchmark ran on, and the memory of the server's workers, from /proc."""

import os
import platform
from pathlib import Path

PROC = Path("/proc")


def machine():
    """CPU model, cores and memory of this machine (Linux's /proc; blanks elsewhere)."""
    cpu, memory_kb = platform.processor() or platform.machine(), 0
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in (PROC / "cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        memory_kb = int((PROC / "meminfo").read_text().split("MemTotal:", 1)[1].split()[0])
    except (OSError, StopIteration, IndexError, ValueError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count() or 1, "memory_gb": round(memory_kb / 1024 / 1024, 1)}


def children(pid):
    """The processes whose parent is `pid` (Gunicorn's workers of its master)."""
    found = []
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            # The name in brackets may hold spaces: the fields after it are plain.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def rss_mb(pid):
    """Resident memory of one process in MB (VmRSS), None once it has ended."""
    try:
        status = (PROC / str(pid) / "status").read_text()
    except OSError:
        return None
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return round(kb / 1024, 1)


def worker_rss_mb(master_pid):
    """Each worker's resident memory in MB, in process order."""
    sizes = (rss_mb(pid) for pid in children(master_pid))
    return [size for size in sizes if size is not None]
