"""What the public list of popular searches (热门搜索) is made from, and what editors keep off it.

Anyone can type a query, and the list is shown to everyone, so it counts
people, not requests: a term counts once per visitor and day
(`SearchedTerm`), and only terms that several visitors searched and that found
something are shown (search/suggestions.py, `popular_terms`). Editors block
terms in the admin (`BlockedSearchTerm`).

Wagtail's own `Query` hits are still counted for every search: they feed
editors' promoted results and the admin's search-terms report, which nobody
outside the admin sees.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from search import analysis

VISITOR_KEY_LENGTH = 16


def visitor_key(address):
    """A keyed hash of the visitor's address: the same visitor is one key, the address is not stored."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"search-visitor:{address}".encode(), hashlib.sha256)
    return digest.hexdigest()[:VISITOR_KEY_LENGTH]


class SearchedTerm(models.Model):
    """One visitor searched for `term` (folded) on `date`; `found`: the search found something with every word.

    Kept for the popular-terms window only: `purge_personal_data` (daily) deletes
    older rows (search/wagtail_hooks.py).
    """

    date = models.DateField()
    term = models.CharField(max_length=analysis.MAX_QUERY_CHARS)
    visitor = models.CharField(max_length=VISITOR_KEY_LENGTH)
    found = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["date", "term", "visitor"], name="search_term_once_per_visitor_and_day")
        ]

    def __str__(self):
        return f"{self.date} {self.term}"


class BlockedSearchTerm(models.Model):
    """Words that keep a term off the public list of popular searches, whatever else it says.

    Kept folded (simplified, half-width, lower case), as the searched terms are.
    """

    text = models.CharField(
        _("words"),
        max_length=analysis.MAX_QUERY_CHARS,
        unique=True,
        help_text=_(
            "A popular search term that contains these words is not shown on the site. Traditional and simplified "
            "characters, full-width and half-width forms, upper and lower case all count as the same words."
        ),
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("blocked on"), auto_now_add=True)

    class Meta:
        verbose_name = _("blocked search term")
        verbose_name_plural = _("blocked search terms")
        ordering = ["text"]

    def __str__(self):
        return self.text

    def clean(self):
        # Kept folded, as the terms are, so that the database compares them (search/suggestions.py).
        self.text = analysis.fold(analysis.clean_query(self.text))[: analysis.MAX_QUERY_CHARS]
        if not analysis.query_words(self.text):
            raise ValidationError({"text": _("Enter at least one word or number.")})


class CommonToken(models.Model):
    """A token that most records of one searchable model share in their plain (unboosted) text:
    boilerplate such as a sentence every generated description has. It is left out of those
    fields' index entries (search/boilerplate.py), so it neither makes every record match nor
    costs a search the scoring of all of them."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    token = models.CharField(max_length=64)
    share = models.FloatField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "token"], name="search_common_token_once")]

    def __str__(self):
        return f"{self.content_type.model}: {self.token} ({self.share:.0%})"
