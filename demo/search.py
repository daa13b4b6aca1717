"""What visitors searched in the last weeks, so that the popular searches (热门搜索) under an
empty result have something to show on the demo site; a term of advertising and one an editor
blocked, each searched by many, show that the list leaves them out. Added once: a database with any
logged search is left alone."""

import datetime

from django.utils import timezone

from search.models import BlockedSearchTerm, SearchedTerm

# term, different visitors, days ago (at most 29: the list looks back 30 days)
SEARCHES = [
    ("年报", 9, 2),
    ("社会组织成立登记", 7, 5),
    ("志愿者", 6, 1),
    ("等级评估", 5, 12),
    ("公益创投", 4, 20),
    ("注销", 3, 3),
    ("慈善组织认定", 2, 8),  # two visitors: not listed
    ("代开发票 加微信", 12, 1),  # advertising: never listed
    ("刷单兼职", 5, 4),  # blocked by an editor: never listed
]


def load(stdout):
    # Words an editor blocked: a term carrying them stays off the list however many search it.
    BlockedSearchTerm.objects.get_or_create(text="刷单", defaults={"reason": "网络兼职刷单诈骗广告"})
    if SearchedTerm.objects.exists():
        stdout.write("Search log: already there.")
        return
    today = timezone.localdate()
    rows = [
        SearchedTerm(date=today - datetime.timedelta(days=days_ago), term=term, visitor=f"demo-{number:02}", found=True)
        for term, visitors, days_ago in SEARCHES
        for number in range(visitors)
    ]
    SearchedTerm.objects.bulk_create(rows)
    stdout.write(f"Search log: {len(rows)} searches of {len(SEARCHES)} terms.")
