"""Demo data of the directory, run by load_demo after the site's pages exist:
organizations and their records, then the project platform."""

from .organizations import DirectoryDemo
from .projects import load as load_projects


def load(stdout):
    DirectoryDemo(stdout).load()
    load_projects(stdout)
