"""Demo accounts: one helper for every app's demo, so they are made the same way."""

from django.contrib.auth import get_user_model


def demo_account(group, username, password, first_name, last_name):
    """Add the demo user `username` to `group`, creating it if missing (never staff,
    e-mail at example.org). Returns 1 if the user was created, else 0."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User(username=username, first_name=first_name, last_name=last_name, email=f"{username}@example.org")
        user.set_password(password)
        user.save()
    user.groups.add(group)
    return int(created)
