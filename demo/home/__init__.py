from .builder import load

__all__ = ["load"]
