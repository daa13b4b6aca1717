"""Defaults the site settings give a page an editor starts in the admin."""

from django.dispatch import receiver

from wagtail.signals import init_new_page

from notices.models import NoticePage

from .models import SiteSettings


@receiver(init_new_page)
def issuing_body_from_site_settings(sender, page, parent, **kwargs):
    """A new notice is issued by the body that runs the site (承办单位, else the site's name),
    in the notice's language, until the editor names another. The field is required and sits
    on the notice's second tab, where an editor on the first would not look for it.
    (https://docs.wagtail.org/en/stable/reference/signals.html#init-new-page)"""
    if not isinstance(page, NoticePage) or page.issuing_body:
        return  # before looking up the site: every other page type is left alone without a query
    site = parent.get_site()
    if site is None:
        return
    names = SiteSettings.for_site(site)
    if page.locale.language_code.startswith("en"):
        page.issuing_body = names.organizer_en or names.site_name_en
    else:
        page.issuing_body = names.organizer or names.site_name
