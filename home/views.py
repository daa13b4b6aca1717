"""Views of the shell that are not pages: the "report an error" form."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .forms import ErrorReportForm


@never_cache
def report_error(request):
    """Store a visitor's report for editors (我为网站找错), then redirect to a thank-you."""
    if request.method == "POST":
        form = ErrorReportForm(request.POST)
        if form.is_valid():
            if not form.is_spam():
                report = form.save(commit=False)
                report.language = get_language()
                report.save()
            messages.success(request, _("Thank you. Your report has been received and will be checked by our editors."))
            return redirect("report_error")
    else:
        form = ErrorReportForm(initial={"page_url": request.GET.get("url", "")[:500]})
    return TemplateResponse(request, "home/report_error.html", {"form": form})
