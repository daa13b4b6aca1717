# The benchmark data of the directory is checked on the directory's own pages.
from tests.orgdirectory.conftest import *  # noqa: F403
