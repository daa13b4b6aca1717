"""sitemap.xml over both language trees.

Wagtail's own sitemap lists the descendants of the site's root page only, and
with wagtail-localize the English home is a sibling of the Chinese one, not a
child; so this one lists every language's tree.
https://docs.wagtail.org/en/stable/reference/contrib/sitemaps.html
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.querysets import ALL_LANGUAGES, listed


class BilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query |= Page.objects.descendant_of(root, inclusive=True)
        return listed(query, ALL_LANGUAGES).order_by("path").defer_streamfields().specific()
