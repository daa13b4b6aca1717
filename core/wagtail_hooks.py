"""The one way round the review that Wagtail's permission testers do not see (core/review.py):
copying a page with its live subpages, or as an alias, keeps reviewed pages live."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page

from .review import refuses_live_copies


@hooks.register("before_copy_page")
def refuse_live_copies_of_reviewed_pages(request, page):
    if request.method != "POST":
        return None
    # Wagtail keeps copies live only where the user may publish (never under a notice list).
    parent = Page.objects.filter(pk=request.POST.get("new_parent_page") or None).first()
    publishes = parent is not None and parent.permissions_for_user(request.user).can_publish_subpage()
    keeps_live = request.POST.get("alias") or (request.POST.get("publish_copies") and publishes)
    if keeps_live and refuses_live_copies(request.user, page, recursive=bool(request.POST.get("copy_subpages"))):
        messages.error(
            request,
            _(
                "Notices and policy texts go live only through their review. Copy them as drafts: "
                "without “Publish copies” and not as an alias."
            ),
        )
        return redirect(request.get_full_path())
    return None
