from django.apps import AppConfig


class DemoConfig(AppConfig):
    """`load_demo`: the demo site's content and accounts, on top of `setup_site`. Installed
    by the development and test settings only, so production has no such command."""

    name = "demo"
    verbose_name = "Demo"
