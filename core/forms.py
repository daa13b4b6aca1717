"""What every public form shares (the honeypot, the prompt of its selects), and the
editor's page form."""

from django import forms
from django.db.models.fields import BLANK_CHOICE_DASH
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import TabbedInterface

from .slugs import available_slug, pinyin_slug, to_replace

# Django's empty choice says nothing ("---------"); a visitor reads what to do.
EMPTY_CHOICE_LABEL = _("Please choose")


class HoneypotForm(forms.Form):
    """A public form's honeypot: `website` is hidden from people and filled by bots.

    Every public form has it, so the public forms' other shared habits live here too: each
    select's empty choice reads "Please choose". Labels, their colon and the marks of
    required fields are drawn by includes/form_fields.html."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                if field.empty_label is not None:
                    field.empty_label = EMPTY_CHOICE_LABEL
            elif isinstance(field, forms.ChoiceField) and list(field.choices[:1]) == BLANK_CHOICE_DASH:
                field.choices = [("", EMPTY_CHOICE_LABEL), *field.choices[1:]]

    @property
    def has_required_fields(self):
        """Whether the form shows the legend of the required fields' mark."""
        return any(field.required for name, field in self.fields.items() if name != "website")

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class SitePageForm(WagtailAdminPageForm):
    """The admin's form of every page type (core.models.SitePageMixin).

    The slug may be left empty: the admin empties it as a Chinese title is typed, and it
    becomes the title's pinyin (core/slugs.py).

    A field in error says on which tab it is. After a failed save the editor
    is back on the first tab, where Wagtail says only that the page could not be saved and
    counts the errors on the other tabs' names; a required field there (a notice's 发布机构)
    left them unsure why. So each field in error beyond the first tab adds a line naming its
    tab, and a form with such a line lists every error in its message
    (wagtail.admin.messages.validation_error)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        title, slug = self.cleaned_data.get("title", ""), self.cleaned_data.get("slug", "")
        if "slug" in self.fields and to_replace(slug, title, self.instance) and (readable := pinyin_slug(title)):
            self.cleaned_data["slug"] = available_slug(readable, self.parent_page, self.instance)
        return super().clean()

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not self.errors:
            return
        tabs = self.tab_of_each_field()
        for name in [name for name in self.errors if name in tabs]:
            where = {"field": self[name].label, "tab": tabs[name]}
            self.add_error(None, _("Fix “%(field)s” on the “%(tab)s” tab.") % where)

    @classmethod
    def tab_of_each_field(cls):
        """{field name: tab heading} for the fields beyond the first tab of the page type's editor."""
        handler = cls._meta.model.get_edit_handler()
        if not isinstance(handler, TabbedInterface):
            return {}
        return {name: tab.heading for tab in handler.children[1:] for name in tab.get_form_options().get("fields", [])}
