"""`python manage.py setup_site`: the section tree, groups, permissions and review workflows
every install needs (home/setup/). Run it after `migrate`; running it again changes nothing
and prints nothing."""

from django.core.management.base import BaseCommand

from home import setup


class Command(BaseCommand):
    help = "Create or restore the section tree, groups, permissions and review workflows; print what changed."

    def handle(self, *args, **options):
        for line in setup.run():
            self.stdout.write(line)
