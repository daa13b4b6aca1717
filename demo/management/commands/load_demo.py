"""`python manage.py load_demo`: the demo site, on top of what `setup_site` builds.

It runs `setup_site` first (the section tree, groups and reviews every install has), then
each section's demo content in turn: the home page and the center's own pages, the
directory, the guides, the publishing section, what visitors searched, and last the demo accounts;
then it measures the texts' boilerplate (`find_common_tokens`); then an open-data
extract, when there is none. Every loader only adds what is missing, so running the command
twice changes nothing.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo import accounts, guides, home, notices, orgdirectory, search
from orgdirectory import opendata

# The directory comes before the texts and guides that name its regions and organizations;
# the accounts come last, when the county sections and their groups exist.
LOADERS = [home, orgdirectory, guides, notices, search, accounts]


class Command(BaseCommand):
    help = "Create the demo site (pages in Chinese and English, demo accounts, sample records)."

    def handle(self, *args, **options):
        call_command("setup_site", stdout=self.stdout)
        for loader in LOADERS:
            loader.load(self.stdout)
        # The demo's 300 organizations share a sentence: index what distinguishes each.
        call_command("find_common_tokens", stdout=self.stdout)
        # The open-data page shows real files at once; cron writes them on a real install.
        if opendata.latest_manifest() is None:
            call_command("export_open_data", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
