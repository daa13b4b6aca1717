"""`make bench-search`: our Chinese-aware search backend against Wagtail's stock one.

- `relevance`: the queries of `queries.toml` over the demo content, recall@10 and MRR;
- `corpus` and `speed`: indexing throughput over generated organizations, and
  search latency as the search page does it (first 10 results and the count);
- `report`: the machine and the tables.

The management command `bench_search` runs them in a throwaway database.
"""

OURS = "search.backends.database"
STOCK = "wagtail.search.backends.database"
# Printed in this order: ours, then Wagtail's own.
BACKENDS = {"ours": OURS, "stock": STOCK}
