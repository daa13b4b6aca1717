"""Province-scale benchmark data, one module per section, each with `seed(scale, stdout)` and
`reset(stdout)` (ops/management/commands/seed_bench.py). Listed in the order they are seeded:
a section's data may point at an earlier one's (notices name regions and organizations)."""

from . import guides, notices, orgdirectory

SECTIONS = [("orgdirectory", orgdirectory), ("guides", guides), ("notices", notices)]
