"""What must hold at once, not only from the next `setup_site`: a new notice or policy list
is under the two-step review before its first notice is written, and a new county news
section has its editors' group."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from core.review import ReviewedSection
from notices.models import ArticleIndexPage

from . import RUNNING
from .access import ensure_section_editors, review_new_section
from .records import Changes
from .tree import COUNTY_NEWS, section_page


@receiver(post_save, dispatch_uid="home.setup.page_created")
def page_created(sender, instance, created=False, raw=False, **kwargs):
    if not created or raw or RUNNING.get():  # setup_site does it itself, and says so
        return
    if isinstance(instance, ReviewedSection):
        review_new_section(instance)
    elif isinstance(instance, ArticleIndexPage) and _is_county_section(instance):
        ensure_section_editors(Changes())


def _is_county_section(page):
    county_news = section_page(COUNTY_NEWS, page.locale)
    return county_news is not None and page.path[: -page.steplen] == county_news.path
