"""Where the review rule (core/review.py) is kept in views that ask no permission tester:
the copy view's alias and "publish copies", and wagtail-localize's "publish immediately"."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .review import refuses_live_copies


@hooks.register("before_copy_page")
def refuse_live_copies_of_reviewed_pages(request, page):
    """Copying a page with its live subpages, or as an alias, keeps reviewed pages live."""
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


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages". Its "Publish immediately" publishes every
    translation with no permission check at all; here it publishes only when the user may
    publish each of them, and otherwise says so and publishes none."""

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"]:
            refused = [
                str(target)
                for translation in self.object.translations.filter(enabled=True)
                if isinstance(target := translation.get_target_instance(), Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ]
            if refused:
                messages.error(
                    self.request,
                    _("You may not publish %(pages)s. Update the translations without publishing them.")
                    % {"pages": "、".join(refused)},
                )
                context = self.get_context_data()
                context["form"] = form
                return self.render_to_response(context)
        return super().form_valid(form)


@hooks.register("register_admin_urls", order=-1)
def check_publishing_synced_translations():
    """Answers wagtail-localize's own address for the view (before its URLs, hence order -1)."""
    return [path("localize/update/<int:translation_source_id>/", CheckedUpdateTranslationsView.as_view())]
