"""Failed logins in the Wagtail admin (django-axes): who is locked out, and the way to unlock.

After AXES_FAILURE_LIMIT failed logins for one username, or from one address, further logins
for that username or from that address are refused for AXES_COOLOFF_TIME (config/settings/
base.py). Administrators see the counters ("Login attempts") and the history ("Login
failures") under Settings; deleting a user's or an address's attempts unlocks it at once.
"""

from axes.models import AccessAttempt, AccessFailureLog

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class SuperuserReviewPolicy(ModelPermissionPolicy):
    """Superusers may list, inspect and delete the records; nobody may add or edit one.

    Axes writes the records; a Django permission granted to a group would let editors
    unlock accounts, so the policy asks for superuser status instead.
    """

    ACTIONS = frozenset({"view", "delete"})

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action in self.ACTIONS

    def users_with_any_permission(self, actions):
        superusers = get_user_model().objects.filter(is_active=True, is_superuser=True)
        return superusers if self.ACTIONS.intersection(actions) else superusers.none()


class LoginRecordViewSet(ModelViewSet):
    """Records axes writes: searched by username and address, inspected, never added or edited."""

    search_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # no add or edit view is allowed (SuperuserReviewPolicy)


class AccessAttemptViewSet(LoginRecordViewSet):
    """Failed-login counters per username and address: what locks an account out."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Login attempts")
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "user_agent"]
    inspect_view_fields = ["username", "ip_address", "failures_since_start", "attempt_time", "user_agent", "path_info"]


class AccessFailureLogViewSet(LoginRecordViewSet):
    """Every failed login, kept after an unlock, for the record."""

    model = AccessFailureLog
    icon = "warning"
    menu_label = _("Login failures")
    list_display = ["username", "ip_address", "locked_out", "attempt_time", "user_agent"]
    list_filter = ["locked_out"]
    inspect_view_fields = ["username", "ip_address", "locked_out", "attempt_time", "user_agent", "path_info"]


class LoginLockoutViewSetGroup(ModelViewSetGroup):
    items = (AccessAttemptViewSet, AccessFailureLogViewSet)
    menu_label = _("Login security")
    menu_icon = "lock"
    menu_order = 950


register_permission_policy(AccessAttempt, SuperuserReviewPolicy(AccessAttempt))
register_permission_policy(AccessFailureLog, SuperuserReviewPolicy(AccessFailureLog))
