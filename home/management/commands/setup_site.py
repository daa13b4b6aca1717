"""`python manage.py setup_site`: the section tree, groups, permissions and review workflows
every install needs (home/setup/). Run it after `migrate`; running it again changes nothing
and prints nothing. Warnings (what it could not do) go to standard error."""

from django.core.management.base import BaseCommand

from home import setup


class Command(BaseCommand):
    help = "Create or restore the section tree, groups, permissions and review workflows; print what changed."

    def handle(self, *args, **options):
        changes = setup.run()
        for line in changes.lines:
            self.stdout.write(line)
        for line in changes.warnings:
            self.stderr.write(line)
