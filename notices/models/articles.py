"""News and experience articles (服务动态, 经验集萃) and their section indexes."""

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.querysets import listed

from ..choices import AuthorRole
from ..filters import article_list
from ..querysets import PublishedTextQuerySet
from .listing import SectionIndexPage
from .mixins import PublishedText

OWN_SITE_SOURCE = _("This site")


class ArticleIndexPage(SectionIndexPage):
    """A news or experience section (服务动态, 中心动态, 县区动态 …): lists every
    article below it, its own sub-sections included, so a county office can have
    a section of its own whose editors see and touch nothing else."""

    keyword_label = _("Title or keyword")

    parent_page_types = ["home.HomePage", "home.StandardPage", "notices.ArticleIndexPage"]
    subpage_types = ["notices.ArticleIndexPage", "notices.ArticlePage"]

    class Meta:
        verbose_name = _("Article section")

    def get_listing(self, params):
        return article_list(self, params)

    def listed_pages(self):
        return listed(ArticlePage.objects.descendant_of(self), self.locale_id)

    def sub_sections(self):
        """The live public article sections right below this one: a facet of its list."""
        return listed(ArticleIndexPage.objects.child_of(self), self.locale_id)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("notices.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(PublishedText):
    """A news report or experience piece, laid out as the old site's articles were:
    source, date and views above the body, the byline below it."""

    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("Cover image description"),
        max_length=200,
        blank=True,
        help_text=_("What the picture shows, for visitors who cannot see it. Required with a cover image."),
    )
    source = models.CharField(
        pgettext_lazy("origin", "Source"),
        max_length=100,
        blank=True,
        help_text=_("A named outlet; leave empty for this site (本站)."),
    )
    author_role = models.CharField(_("Byline"), max_length=20, choices=AuthorRole.choices, default=AuthorRole.WRITER)
    authors = models.CharField(
        _("Authors"), max_length=200, blank=True, help_text=_("As printed under the text, e.g. 南方日报记者 张三 李四.")
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("Tags"))
    legacy_url = models.CharField(
        _("Address on the old site"), max_length=500, blank=True, db_index=True, editable=False
    )

    # No select_related on the default manager: Wagtail's admin lists a page's translations
    # with .only(), which Django refuses together with a select_related it leaves out.
    objects = PageManager.from_queryset(PublishedTextQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")),
        *PublishedText.listing_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldRowPanel([FieldPanel("author_role"), FieldPanel("authors")])],
            heading=_("Source and byline"),
        ),
        FieldPanel("tags"),
        InlinePanel("related_articles", label=_("Related articles")),
    ]
    search_fields = [*PublishedText.search_fields, index.SearchField("authors"), index.FilterField("date")]
    api_fields = [*PublishedText.api_fields, APIField("source"), APIField("authors"), APIField("tags")]

    parent_page_types = ["notices.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("news article", "Article")

    @property
    def source_label(self):
        return self.source or OWN_SITE_SOURCE

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_image_alt.strip():
            raise ValidationError({"cover_image_alt": _("Describe the cover image for visitors who cannot see it.")})

    def sibling_articles(self):
        return listed(ArticlePage.objects.sibling_of(self, inclusive=False), self.locale_id)

    @cached_property
    def neighbours(self):
        """(previous, next) in the section by date, either None: both from one query."""
        siblings = self.sibling_articles()
        # The plain bound first: PostgreSQL starts its walk of the date index there, where the
        # tie-break alone made it walk from the newest article of every section.
        older = siblings.filter(
            models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk), date__lte=self.date
        )
        newer = siblings.filter(
            models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk), date__gte=self.date
        )
        first = {
            page.pk: page
            for page in ArticlePage.objects.filter(
                models.Q(pk=Subquery(older.order_by("-date", "-pk").values("pk")[:1]))
                | models.Q(pk=Subquery(newer.order_by("date", "pk").values("pk")[:1]))
            ).defer_streamfields()  # a title and a link each
        }
        before = [page for page in first.values() if (page.date, page.pk) < (self.date, self.pk)]
        after = [page for page in first.values() if (page.date, page.pk) > (self.date, self.pk)]
        return (before[0] if before else None, after[0] if after else None)

    def previous_article(self):
        return self.neighbours[0]

    def next_article(self):
        return self.neighbours[1]

    def related(self):
        """Live related articles, as links: their bodies are not loaded."""
        links = self.related_articles.select_related("article").defer("article__body")
        return [link.article for link in links if link.article.live]


class RelatedArticle(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_articles")
    article = models.ForeignKey(
        ArticlePage, verbose_name=pgettext_lazy("news article", "Article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]
