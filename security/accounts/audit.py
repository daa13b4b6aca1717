"""Sign-ins and permission changes in Wagtail's audit log (Reports → Site history).

Wagtail logs publishing, unpublishing and edits in the admin itself; this adds who logged
in, out or failed to (with the address), and every change of who may do what: group
membership, a group's permissions, page and collection permissions, direct permissions and
the superuser, staff and active flags, however they are changed (admin, shell, load_demo).
The entries are ModelLogEntry rows of the user or group concerned, written through
wagtail.log_actions.log, so the acting user comes from Wagtail's log context when the
change is made in the admin. https://docs.wagtail.org/en/stable/extending/audit_log.html
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log
from wagtail.models import GroupCollectionPermission, GroupPagePermission, ModelLogEntry

from .addresses import client_ip

User = get_user_model()
# Account flags whose change is a change of rights.
WATCHED_FLAGS = ("is_superuser", "is_staff", "is_active")
NEW_ACCOUNT = {"is_superuser": False, "is_staff": False, "is_active": True}
# The object id of a failed login's entry when the username matches no account.
NO_ACCOUNT = "0"
# At most this much of an unknown username that failed to log in is kept.
USERNAME_LENGTH = 150


class AddressFormatter(LogFormatter):
    """A sign-in message with the address it came from."""

    def format_message(self, log_entry):
        return self.message % {"address": log_entry.data.get("address") or "?"}


class LoginFormatter(AddressFormatter):
    label = _("Log in")
    message = _("Logged in from %(address)s")


class LoginFailedFormatter(AddressFormatter):
    label = _("Failed login")
    message = _("Failed login from %(address)s")


class LogoutFormatter(AddressFormatter):
    label = _("Log out")
    message = _("Logged out from %(address)s")


class ChangeFormatter(LogFormatter):
    """A permission change: what was added and what was removed."""

    def format_message(self, log_entry):
        parts = [self.message]
        if log_entry.data.get("added"):
            parts.append(gettext("added: %(names)s") % {"names": ", ".join(log_entry.data["added"])})
        if log_entry.data.get("removed"):
            parts.append(gettext("removed: %(names)s") % {"names": ", ".join(log_entry.data["removed"])})
        return "; ".join(str(part) for part in parts)


class GroupsFormatter(ChangeFormatter):
    label = _("Change group membership")
    message = _("Group membership changed")


class UserPermissionsFormatter(ChangeFormatter):
    label = _("Change user permissions")
    message = _("User permissions changed")


class GroupPermissionsFormatter(ChangeFormatter):
    label = _("Change group permissions")
    message = _("Group permissions changed")


class AccountStatusFormatter(LogFormatter):
    label = _("Change account status")

    def format_message(self, log_entry):
        changes = [
            gettext("%(flag)s: %(old)s → %(new)s")
            % {"flag": User._meta.get_field(flag).verbose_name, "old": old, "new": new}
            for flag, (old, new) in sorted(log_entry.data.get("changes", {}).items())
        ]
        return gettext("Account status changed") + ": " + "; ".join(changes)


class TwoFactorEnabledFormatter(LogFormatter):
    label = _("Turn on two-factor authentication")
    message = _("Two-factor authentication turned on")


class TwoFactorResetFormatter(LogFormatter):
    label = _("Reset two-factor authentication")
    message = _("Two-factor devices removed by an administrator")


ACTIONS = {
    "socialorg.login": LoginFormatter,
    "socialorg.login_failed": LoginFailedFormatter,
    "socialorg.logout": LogoutFormatter,
    "socialorg.groups": GroupsFormatter,
    "socialorg.user_permissions": UserPermissionsFormatter,
    "socialorg.group_permissions": GroupPermissionsFormatter,
    "socialorg.account_status": AccountStatusFormatter,
    "socialorg.two_factor_enabled": TwoFactorEnabledFormatter,
    "socialorg.two_factor_reset": TwoFactorResetFormatter,
}


def register_log_actions(actions):
    """For the register_log_actions hook (home/wagtail_hooks.py)."""
    for action, formatter in ACTIONS.items():
        actions.register_action(action)(formatter)


# Logins


def address_of(request):
    return client_ip(request) if request is not None else ""


def model_instance(user):
    """request.user is a lazy object, twice over with django-otp's middleware; Wagtail's log
    registry looks the model up by the instance's type, so it needs the user itself."""
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


@receiver(user_logged_in, dispatch_uid="audit_login")
def log_login(sender, request, user, **kwargs):
    user = model_instance(user)
    log(user, "socialorg.login", user=user, data={"address": address_of(request)})


@receiver(user_logged_out, dispatch_uid="audit_logout")
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        user = model_instance(user)
        log(user, "socialorg.logout", user=user, data={"address": address_of(request)})


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def log_login_failed(sender, credentials, request=None, **kwargs):
    """Logged on the account tried; a username that matches no account is kept as the label of
    an entry without one (object id NO_ACCOUNT)."""
    username = str(credentials.get(User.USERNAME_FIELD) or "")[:USERNAME_LENGTH]
    data = {"address": address_of(request), "locked_out": bool(getattr(request, "axes_locked_out", False))}
    account = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first() if username else None
    if account is not None:
        log(account, "socialorg.login_failed", user=None, data=data)
    else:
        ModelLogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(User),
            object_id=NO_ACCOUNT,
            label=username,
            action="socialorg.login_failed",
            timestamp=timezone.now(),
            data=data,
            deleted=True,  # no account to link to
        )


# Group membership and permissions


def names(model, pks):
    return sorted(str(obj) for obj in model._default_manager.filter(pk__in=pks or ()))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit_user_groups")
def log_group_membership(sender, instance, action, reverse, pk_set, **kwargs):
    log_m2m_change(instance, action, reverse, pk_set, "groups", "socialorg.groups", User, Group)


@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="audit_user_permissions")
def log_user_permissions(sender, instance, action, reverse, pk_set, **kwargs):
    log_m2m_change(
        instance, action, reverse, pk_set, "user_permissions", "socialorg.user_permissions", User, Permission
    )


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="audit_group_permissions")
def log_group_permissions(sender, instance, action, reverse, pk_set, **kwargs):
    log_m2m_change(instance, action, reverse, pk_set, "permissions", "socialorg.group_permissions", Group, Permission)


@receiver(post_save, sender=User, dispatch_uid="audit_user_loaded_raw")
@receiver(post_save, sender=Group, dispatch_uid="audit_group_loaded_raw")
def remember_raw_load(sender, instance, raw=False, **kwargs):
    """A user or group written as stored (loaddata, a test database restored): its relations
    are set next, restoring what was, not changing anything; log_m2m_change skips them."""
    instance._loaded_raw = raw


def log_m2m_change(instance, action, reverse, pk_set, field, log_action, owner_model, member_model):
    """One entry on each owner (user or group) whose members (groups or permissions) changed,
    whichever side of the relation the change was made from."""
    if getattr(instance, "_loaded_raw", False):
        return
    if action == "pre_clear":
        # The cleared rows are gone by post_clear: read them now.
        if reverse:  # e.g. group.user_set.clear(): every user of the group loses it
            owners = owner_model._default_manager.filter(**{field: instance})
            for owner in owners:
                log(owner, log_action, data={"removed": [str(instance)]})
        else:
            removed = [str(member) for member in getattr(instance, field).all()]
            if removed:
                log(instance, log_action, data={"removed": sorted(removed)})
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    key = "added" if action == "post_add" else "removed"
    if reverse:
        for owner in owner_model._default_manager.filter(pk__in=pk_set):
            log(owner, log_action, data={key: [str(instance)]})
    else:
        log(instance, log_action, data={key: names(member_model, pk_set)})


@receiver(post_save, sender=GroupPagePermission, dispatch_uid="audit_page_permission_added")
@receiver(post_save, sender=GroupCollectionPermission, dispatch_uid="audit_collection_permission_added")
def log_object_permission_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        log(instance.group, "socialorg.group_permissions", data={"added": [describe_object_permission(instance)]})


@receiver(post_delete, sender=GroupPagePermission, dispatch_uid="audit_page_permission_removed")
@receiver(post_delete, sender=GroupCollectionPermission, dispatch_uid="audit_collection_permission_removed")
def log_object_permission_removed(sender, instance, **kwargs):
    group = Group.objects.filter(pk=instance.group_id).first()  # gone when the group itself is deleted
    if group is not None:
        log(group, "socialorg.group_permissions", data={"removed": [describe_object_permission(instance)]})


def describe_object_permission(permission):
    """E.g. "publish_page @ 服务公告"."""
    if isinstance(permission, GroupPagePermission):
        return f"{permission.permission.codename} @ {permission.page.get_admin_display_title()}"
    return f"{permission.permission.codename} @ {permission.collection}"


# Superuser, staff and active flags


@receiver(pre_save, sender=User, dispatch_uid="audit_account_status_before")
def remember_account_status(sender, instance, raw=False, update_fields=None, **kwargs):
    """The flags as stored, read before a save that may change them."""
    instance._audit_flags_before = None
    if instance.pk is not None and not raw and (update_fields is None or set(update_fields) & set(WATCHED_FLAGS)):
        instance._audit_flags_before = User._default_manager.filter(pk=instance.pk).values(*WATCHED_FLAGS).first()


@receiver(post_save, sender=User, dispatch_uid="audit_account_status_after")
def log_account_status(sender, instance, created, raw=False, **kwargs):
    """A changed flag, or a new account created as superuser, staff or inactive."""
    if raw:
        return
    before = NEW_ACCOUNT if created else getattr(instance, "_audit_flags_before", None)
    if before is None:
        return  # a save that did not touch the flags (e.g. last_login)
    changes = {
        flag: [before[flag], getattr(instance, flag)]
        for flag in WATCHED_FLAGS
        if before[flag] != getattr(instance, flag)
    }
    if changes:
        log(instance, "socialorg.account_status", data={"changes": changes})
