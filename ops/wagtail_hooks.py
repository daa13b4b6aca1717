"""The benchmark marker's name in the admin's history (ops/benchtree.py)."""

from django.utils.translation import gettext_lazy

from wagtail import hooks

from . import benchtree


@hooks.register("register_log_actions")
def register_benchmark_marker(actions):
    """seed_bench marks its database with this entry (ops/management/commands/seed_bench.py)."""
    actions.register_action(
        benchtree.MARKER_ACTION, gettext_lazy("Benchmark data"), gettext_lazy("Benchmark data seeded")
    )
