"""Admin panels the sections share."""

import json

from wagtail.admin.panels import ObjectList


class ConditionalTab(ObjectList):
    """A tab of the page editor shown only while the choice `field` (on another tab) has one of
    `values`: the 公示 tab of a notice belongs to 公示 notices only.

    The server renders it hidden when the form's value (the page's, or the one just posted)
    is not one of them; the `conditional-tab` controller (core/static/core/js/conditional-tab.js)
    shows and hides it as the editor changes the field. Hidden, its fields are still rendered and
    posted unchanged, so changing a 公示 into a notice and back loses nothing. `w-hidden` is
    `display: none`: the hidden tab is neither focusable nor read out."""

    def __init__(self, *args, field, values, **kwargs):
        self.field = field
        self.values = list(values)
        super().__init__(*args, **kwargs)
        self.attrs = {
            **self.attrs,
            "data-controller": "conditional-tab",
            "data-action": "change@document->conditional-tab#toggle",
            "data-conditional-tab-field-value": field,
            "data-conditional-tab-values-value": json.dumps(self.values),
        }

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "field": self.field, "values": self.values}

    class BoundPanel(ObjectList.BoundPanel):
        def is_hidden(self):
            return self.form[self.panel.field].value() not in self.panel.values

        def classes(self):
            # The tab's link and its panel both carry these classes (wagtailadmin/panels/tabbed_interface.html).
            return [*super().classes(), "w-hidden"] if self.is_hidden() else super().classes()
