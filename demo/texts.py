"""The demo's texts, kept as data files in demo/content/: one YAML file per part of the demo
(home, notices, guides, projects), each a mapping of lower-case names to plain data."""

import functools
from pathlib import Path

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"


@functools.cache
def load(name):
    """The parsed demo/content/<name>.yaml, read once per process and shared by every caller:
    read it, never change it."""
    with (CONTENT_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        # libyaml's loader where PyYAML has it (8 times faster); safe either way: plain data only.
        return yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
