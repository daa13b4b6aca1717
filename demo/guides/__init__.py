"""Demo data of the service guides, run by load_demo after the site's pages exist."""

from .builder import load

__all__ = ["load"]
