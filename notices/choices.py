"""The controlled vocabularies of the publishing section, as translated choices."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AuthorRole(models.TextChoices):
    WRITER = "writer", _("Written by")
    REPORTER = "reporter", _("Reporters")
    CORRESPONDENT = "correspondent", _("Correspondents")
    PHOTOGRAPHER = "photographer", _("Photos by")


class NoticeKind(models.TextChoices):
    NOTICE = "notice", pgettext_lazy("notice kind", "Notice")
    ANNOUNCEMENT = "announcement", _("Announcement")
    DISCLOSURE = "disclosure", _("Public disclosure")


class NoticeTopic(models.TextChoices):
    """主题分类 of government information disclosure, as this center uses it."""

    GENERAL = "general", _("General affairs")
    REGISTRATION = "registration", _("Registration and management")
    CULTIVATION = "cultivation", _("Cultivation and incubation")
    PROJECTS = "projects", _("Project funding")
    CHARITY = "charity", _("Charity and volunteering")
    PERSONNEL = "personnel", _("Personnel")
    FINANCE = "finance", _("Finance and procurement")


class DisclosureAttribute(models.TextChoices):
    PROACTIVE = "proactive", _("Proactively disclosed")
    ON_REQUEST = "on_request", _("Disclosed on request")


class NoticeValidity(models.TextChoices):
    VALID = "valid", _("In force")
    LAPSED = "lapsed", _("Lapsed")
    REPEALED = "repealed", pgettext_lazy("notice validity", "Repealed")


class DisclosureStatus(models.TextChoices):
    UPCOMING = "upcoming", pgettext_lazy("disclosure period", "Not started")
    OPEN = "open", _("Open for comment")
    CLOSED = "closed", _("Ended")


class PolicyLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    PROVINCIAL = "provincial", _("Provincial")
    MUNICIPAL = "municipal", _("Municipal")
    DEPARTMENT = "department", _("Departmental")


class PolicyValidity(models.TextChoices):
    CURRENT = "current", _("Currently in force")
    AMENDED = "amended", _("Amended")
    REPEALED = "repealed", pgettext_lazy("policy validity", "Repealed")


class PolicyRelationKind(models.TextChoices):
    """How a newer text relates to an older one; recorded once, on the newer text."""

    AMENDS = "amends", _("Amends")
    REPLACES = "replaces", _("Replaces")
    INTERPRETS = "interprets", _("Interprets")
