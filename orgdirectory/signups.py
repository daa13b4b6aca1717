"""Volunteer sign-up: places are never overbooked, a full project keeps a waiting
list, and the next person moves up when a place is given back.

Every change runs inside one transaction that first locks the project's row
(SELECT … FOR UPDATE on PostgreSQL; SQLite transactions here begin IMMEDIATE,
which serialises writers), then counts the places actually held. The stored
`places_taken` is only a copy of that count for lists and filters.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.pagecache import purge_urls

from .models.pages import ProjectIndexPage
from .models.projects import ACTIVE, HOLDING_PLACE, Project, SignupStatus, VolunteerSignup


class SignupRefused(Exception):
    """The sign-up cannot be taken; the message says why, in the visitor's language."""


class AlreadySignedUp(SignupRefused):
    def __init__(self, signup):
        super().__init__(_("This phone number is already signed up for this project."))
        self.signup = signup


def _locked(project_id):
    return Project.objects.select_for_update().get(pk=project_id)


def _rebalance(project):
    """Fill free places from the waiting list, oldest first, and store the count."""
    held = project.signups.filter(status__in=HOLDING_PLACE).count()
    free = max((project.places or 0) - held, 0)
    if free:
        waiting = list(project.signups.filter(status=SignupStatus.WAITLISTED).order_by("created_at", "pk")[:free])
        for signup in waiting:
            VolunteerSignup.objects.filter(pk=signup.pk).update(status=SignupStatus.PENDING)
        held += len(waiting)
    Project.objects.filter(pk=project.pk).update(places_taken=held)
    purge_urls(_pages_showing_places(project))
    project.places_taken = held


def _pages_showing_places(project):
    """The addresses that show a project's places left: every project list showing it, and
    its own page below each, in every language; no other page does."""
    for index_page in ProjectIndexPage.objects.live().filter(kind__in=["", project.kind]):
        if list_url := index_page.get_full_url():
            yield list_url
            yield list_url + index_page.reverse_subpage("project", args=[project.pk])


def _earlier(submission_key, project, phone):
    """The active sign-up this form already made, if this is the same person sending it again."""
    if not submission_key:
        return None
    earlier = VolunteerSignup.objects.filter(submission_key=submission_key).first()
    if earlier and earlier.project_id == project.pk and earlier.phone == phone and earlier.status in ACTIVE:
        return earlier
    return None


def sign_up(project, *, name, phone, email="", message="", submission_key=None, on_created=None):
    """Store a sign-up, holding a place if one is free, else on the waiting list.

    `submission_key` is the hidden key of the form that sent it: the same form
    sent again by the same phone returns the sign-up it made the first time (a key
    met with another phone, or whose sign-up was cancelled since, is ignored: a
    copied or cached form, or a new decision, not a repeat).
    `on_created(signup)` runs inside the transaction for a new sign-up only, to
    schedule what follows the commit (the confirmation e-mail).
    """
    try:
        with transaction.atomic():
            project = _locked(project.pk)
            if earlier := _earlier(submission_key, project, phone):
                return earlier
            if submission_key and VolunteerSignup.objects.filter(submission_key=submission_key).exists():
                submission_key = None
            if not project.accepts_signups:
                raise SignupRefused(_("This project is not taking sign-ups."))
            existing = project.signups.filter(phone=phone, status__in=ACTIVE).first()
            if existing:
                raise AlreadySignedUp(existing)
            held = project.signups.filter(status__in=HOLDING_PLACE).count()
            signup = VolunteerSignup.objects.create(
                project=project,
                name=name,
                phone=phone,
                email=email,
                message=message,
                consented_at=timezone.now(),
                status=SignupStatus.PENDING if held < project.places else SignupStatus.WAITLISTED,
                submission_key=submission_key,
            )
            _rebalance(project)
            if on_created:
                on_created(signup)
    except IntegrityError:
        # A simultaneous request won the race for a unique constraint: the same form
        # sent twice (its key), or another sign-up with the same phone.
        if earlier := _earlier(submission_key, project, phone):
            return earlier
        raise AlreadySignedUp(project.signups.filter(phone=phone, status__in=ACTIVE).first()) from None
    return signup


def change_status(signup, status, hours_served=None):
    """Confirm, decline or cancel a sign-up; a place given back goes to the waiting list."""
    with transaction.atomic():
        project = _locked(signup.project_id)
        VolunteerSignup.objects.filter(pk=signup.pk).update(status=status, hours_served=hours_served)
        signup.status, signup.hours_served = status, hours_served
        _rebalance(project)
    return signup


def cancel(reference, phone):
    """The volunteer's own cancellation, with the reference and the phone used to sign up."""
    signup = VolunteerSignup.objects.filter(reference=reference.strip().upper(), phone=phone, status__in=ACTIVE).first()
    if signup is None:
        raise SignupRefused(_("No active sign-up has this reference and phone number."))
    return change_status(signup, SignupStatus.CANCELLED, signup.hours_served)
