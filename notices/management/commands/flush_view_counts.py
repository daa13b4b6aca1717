from django.core.management.base import BaseCommand

from notices.viewcounts import flush_pending


class Command(BaseCommand):
    help = "Write the page views still pending in the cache to the database (run it from cron, e.g. every 5 minutes)."

    def handle(self, *args, **options):
        self.stdout.write(f"{flush_pending()} views written.")
