"""Template tags other parts of the site load to show the publishing section."""

from django import template

from core.querysets import listed

from ..models import ArticlePage, NoticePage, PolicyPage
from ..models.listing import SectionIndexPage

register = template.Library()


@register.simple_tag
def latest_texts(section, count=5):
    """The newest live articles, notices or policy texts anywhere under `section`,
    pinned ones first: one query for a section of ours, one per text type otherwise."""
    if section is None:
        return []
    index = section.specific_deferred  # no query: the chooser gives a plain Page
    if isinstance(index, SectionIndexPage):
        return list(index.listed_pages().newest_first()[:count])
    found = []
    for model in (ArticlePage, NoticePage, PolicyPage):
        found += listed(model.objects.descendant_of(section), section.locale_id).newest_first()[:count]
    found.sort(key=lambda page: (page.pinned, page.date, page.pk), reverse=True)
    return found[:count]


@register.inclusion_tag("notices/includes/disclosure_badge.html")
def disclosure_badge(notice):
    return {"notice": notice, "status": notice.disclosure_status}
