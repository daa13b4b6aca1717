"""Factories for the shell's pages and settings."""

import factory

import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"栏目{n}")
    intro = "栏目简介"
    show_in_menus = True

    class Meta:
        model = StandardPage


def chinese_home():
    """The Chinese home page that the home app's data migration creates."""
    return HomePage.objects.get(depth=2, locale__language_code="zh-hans")


def publish_translation(page, language_code="en", **fields):
    """Publish a translation of `page` (its parent must already be translated)."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)
