from django.core.management.base import BaseCommand

from notices.viewcounts import flush_pending


class Command(BaseCommand):
    help = (
        "Add the pending page views into each page's total (run it from cron, e.g. every 5 minutes; "
        "safe to run on several machines at once)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{flush_pending()} views written.")
