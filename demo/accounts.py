"""The demo accounts, one per role setup_site defines and one per county news section, added
last by load_demo so that every group exists. Never staff; e-mail at example.org."""

from django.contrib.auth import get_user_model

from home.setup.access import role_group, section_editors_group
from home.setup.tree import section_page

# username, password, role, first name, last name
ROLE_ACCOUNTS = [
    ("editor", "demo-editor-2026", "editors", "演示", "编辑"),
    ("moderator", "demo-moderator-2026", "first_review", "演示", "初审"),
    ("reviewer", "demo-reviewer-2026", "final_review", "演示", "终审"),
    ("coordinator", "demo-coordinator-2026", "coordinators", "演示", "志愿服务协调员"),
]
# username, password, the county news section (its slug under 县区动态) they write
COUNTY_ACCOUNTS = [
    ("yuexiu", "demo-yuexiu-2026", "yuexiu-news"),
    ("nanhai", "demo-nanhai-2026", "nanhai-news"),
]


def demo_account(group, username, password, first_name, last_name):
    """Add the demo user `username` to `group`, creating it if missing. Returns 1 if created."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User(username=username, first_name=first_name, last_name=last_name, email=f"{username}@example.org")
        user.set_password(password)
        user.save()
    user.groups.add(group)
    return int(created)


def load(stdout):
    added = 0
    for username, password, role, first_name, last_name in ROLE_ACCOUNTS:
        added += demo_account(role_group(role), username, password, first_name, last_name)
    county_news = section_page("county-news")
    for username, password, slug in COUNTY_ACCOUNTS:
        section = county_news.get_children().filter(slug=slug).first() if county_news else None
        group = section_editors_group(section) if section else None
        if group is None:
            stdout.write(f"Demo accounts: no county section {slug}; {username} not added.")
            continue
        added += demo_account(group, username, password, "演示", group.name)
    stdout.write(f"Demo accounts: {added} new.")
