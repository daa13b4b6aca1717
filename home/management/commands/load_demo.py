"""`python manage.py load_demo`: build the demo site, app by app.

Each of our apps (settings.PROJECT_APPS) may offer a `demo` module with a
`load(stdout)` function; they run in that order, the shell first, so sections
plug in their own demo data without the shell knowing them. Every loader only
adds what is missing, so running the command twice changes nothing.
"""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the demo site (pages in Chinese and English, demo accounts, sample records)."

    def handle(self, *args, **options):
        for app_name in settings.PROJECT_APPS:
            module_name = f"{app_name}.demo"
            if find_spec(module_name) is not None:
                import_module(module_name).load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
