"""Anonymise volunteers' sign-ups once their retention period is over (PIPL).

    python manage.py purge_personal_data --older-than 365 [--dry-run]

A sign-up created more than DAYS days ago loses its name, phone, e-mail and
message; the row itself stays, with its project, status, hours served and dates,
so sign-up counts, places taken and volunteer hours per project do not change.
Sign-ups have no ID number field; talent profiles are kept while their owners
stay in the pool and are not touched here. Run it daily from cron.

Other apps purge their own personal data in the same run, each with its own
retention, through the `purge_personal_data` Wagtail hook: a function taking
`dry_run` and returning a line for the report (search/wagtail_hooks.py: the
search log, kept as long as the popular terms look back).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail import hooks

from orgdirectory.models import VolunteerSignup

# What a sign-up says about a person; everything else is kept for the statistics.
PERSONAL_FIELDS = {"name": "", "phone": "", "email": "", "message": ""}


class Command(BaseCommand):
    help = "Anonymise volunteer sign-ups created more than --older-than DAYS ago, keeping the counts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, required=True, metavar="DAYS", help="Retention period in days (at least 1)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Count what would be anonymised; change nothing.")

    def handle(self, *args, older_than, dry_run, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 day.")
        cutoff = timezone.now() - datetime.timedelta(days=older_than)
        due = VolunteerSignup.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True)
        with transaction.atomic():
            count = due.count()
            projects = due.values("project").distinct().count()
            if not dry_run:
                due.update(**PERSONAL_FIELDS, anonymised_at=timezone.now())
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {count} sign-up(s) in {projects} project(s) created before {cutoff:%Y-%m-%d %H:%M} "
            f"({older_than} days)."
        )
        for purge in hooks.get_hooks("purge_personal_data"):
            self.stdout.write(purge(dry_run=dry_run))
