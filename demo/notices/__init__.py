"""Demo data of the publishing section, run by load_demo after the site's pages exist."""

from .builder import load

__all__ = ["load"]
