"""What every public form shares, and the editor's page form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import TabbedInterface


class HoneypotForm(forms.Form):
    """A public form's honeypot: `website` is hidden from people and filled by bots."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class TabbedPageForm(WagtailAdminPageForm):
    """A page form that says on which tab a field in error is. After a failed save the editor
    is back on the first tab, where Wagtail says only that the page could not be saved and
    counts the errors on the other tabs' names; a required field there (a notice's 发布机构)
    left them unsure why. So each field in error beyond the first tab adds a line naming its
    tab, and a form with such a line lists every error in its message
    (wagtail.admin.messages.validation_error)."""

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
