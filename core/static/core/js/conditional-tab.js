// Shows a tab of the page editor only while a choice field elsewhere in the form has one of
// some values (core/panels.py, ConditionalTab). Registered with the admin's own Stimulus app.
window.wagtail.app.register(
  'conditional-tab',
  class extends window.StimulusModule.Controller {
    static values = { field: String, values: Array };

    connect() {
      this.toggle();
    }

    toggle(event) {
      if (event && event.target.name !== this.fieldValue) return;
      const field = this.element.closest('form')?.elements[this.fieldValue];
      const panel = this.element.closest('[role="tabpanel"]');
      const tab = panel && document.getElementById(panel.getAttribute('aria-labelledby'));
      if (!field || !tab) return;
      const shown = this.valuesValue.includes(field.value);
      panel.classList.toggle('w-hidden', !shown);
      tab.classList.toggle('w-hidden', !shown);
      // The tabs' arrow keys move between their triggers: a hidden tab must not be one.
      if (shown) {
        tab.setAttribute('data-w-tabs-target', 'trigger');
      } else {
        tab.removeAttribute('data-w-tabs-target');
      }
    }
  },
);
