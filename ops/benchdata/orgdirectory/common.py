"""What the benchmark's steps share: the markers that tell its rows apart, the
places they are spread over, creation in chunks and indexing."""

import random
import time
import uuid
from decimal import Decimal

from django.db import transaction
from django.db.models.functions import Substr

from orgdirectory.choices import OrgType
from orgdirectory.credit_code import ALPHABET, check_character
from orgdirectory.models import Need, Organization, Project, Talent
from taxonomy.models import Region, ServiceArea

from .words import FAMILY_NAMES, GIVEN_FIRST, GIVEN_SECOND, TOWN_FIRST, TOWN_KINDS, TOWN_SECOND

SEED = "orgdirectory-bench-2026"
# Rows per transaction: an interrupted run loses at most the chunk it was writing.
CHUNK = 5000

# Markers. Organizations: positions 9-10 of the credit code (where real codes carry
# the organization code, never "XB"), then the organization's number in base 31.
CODE_MARK = "XB"
SERIAL_WIDTH = 7
# Needs: the form key (hidden, never shown) in a UUID range of their own.
NEED_KEYS = uuid.UUID("be4c0000-0000-4000-8000-000000000000").int
NEED_KEY_SPAN = 2**32
# Talent: the private e-mail address, on a reserved domain.
TALENT_DOMAIN = "@bench.example.org"
# Projects carry no field of their own to mark: a benchmark project is one run by
# benchmark organizations only (see bench_projects).

# Prefecture-level cities by share of the province's organizations (others: 2).
CITY_WEIGHTS = {"440100": 18, "440300": 18, "440600": 8, "441900": 7, "441300": 4, "442000": 4, "440700": 3}
CITY_WEIGHTS.update({"440500": 3, "440800": 3, "440900": 3, "441200": 3, "445200": 3})
# Approximate centres (latitude, longitude), to scatter organizations on the map.
CENTRES = {
    "440100": (23.13, 113.26), "440200": (24.81, 113.60), "440300": (22.54, 114.06), "440400": (22.27, 113.58),
    "440500": (23.35, 116.68), "440600": (23.02, 113.12), "440700": (22.58, 113.08), "440800": (21.27, 110.36),
    "440900": (21.66, 110.93), "441200": (23.05, 112.47), "441300": (23.11, 114.42), "441400": (24.29, 116.12),
    "441500": (22.79, 115.38), "441600": (23.74, 114.70), "441700": (21.86, 111.98), "441800": (23.68, 113.06),
    "441900": (23.02, 113.75), "442000": (22.52, 113.39), "445100": (23.66, 116.62), "445200": (23.55, 116.37),
    "445300": (22.92, 112.04),
}  # fmt: skip
# Telephone area codes; True where local numbers have 8 digits.
AREA_CODES = {
    "440100": ("020", True), "440200": ("0751", False), "440300": ("0755", True), "440400": ("0756", True),
    "440500": ("0754", True), "440600": ("0757", True), "440700": ("0750", False), "440800": ("0759", False),
    "440900": ("0668", False), "441200": ("0758", False), "441300": ("0752", False), "441400": ("0753", False),
    "441500": ("0660", False), "441600": ("0762", False), "441700": ("0662", False), "441800": ("0763", False),
    "441900": ("0769", True), "442000": ("0760", True), "445100": ("0768", False), "445200": ("0663", False),
    "445300": ("0766", False),
}  # fmt: skip


def say(stdout, message):
    stdout.write(message + "\n")  # Django's OutputWrapper adds no second newline


def rng_for(kind, number):
    """A generator of its own for each item, so item `number` always gets the same values."""
    return random.Random(f"{SEED}:{kind}:{number}")  # noqa: S311 - benchmark data, not secrets


def serial(number):
    digits = []
    for _ in range(SERIAL_WIDTH):
        number, digit = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))


def number_of(code):
    """The benchmark number a marked credit code carries."""
    value = 0
    for char in code[10:17]:
        value = value * len(ALPHABET) + ALPHABET.index(char)
    return value


def credit_code(org_type, division, number):
    body = "5" + OrgType(org_type).credit_code_category + division + CODE_MARK + serial(number)
    return body + check_character(body)


def bench_organizations():
    return Organization.objects.annotate(bench_mark=Substr("credit_code", 9, len(CODE_MARK))).filter(
        bench_mark=CODE_MARK
    )


def bench_projects():
    """Projects run by benchmark organizations, and by no other."""
    through = Project.organizations.through
    organizations = bench_organizations().values("pk")
    run_by_bench = through.objects.filter(organization__in=organizations).values("project")
    run_by_others = through.objects.exclude(organization__in=organizations).values("project")
    return Project.objects.filter(pk__in=run_by_bench).exclude(pk__in=run_by_others)


def need_key(number):
    return uuid.UUID(int=NEED_KEYS + number)


def bench_needs():
    return Need.objects.filter(submission_key__gte=need_key(0), submission_key__lt=need_key(NEED_KEY_SPAN))


def talent_email(number):
    return f"t{number:07d}{TALENT_DOMAIN}"


def bench_talent():
    return Talent.objects.filter(email__endswith=TALENT_DOMAIN)


def log_uniform(rng, low, high):
    """A whole amount between `low` and `high`, as likely in each decade: most grants are small."""
    return round(low * (high / low) ** rng.random())


def money(rng, low, high, cents=False):
    amount = Decimal(log_uniform(rng, low, high) // 100 * 100 or low)
    return amount + Decimal(rng.randint(0, 99)) / 100 if cents else amount


def person(rng):
    given = rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND) if rng.random() < 0.8 else rng.choice(GIVEN_SECOND)
    return rng.choice(FAMILY_NAMES) + given


class Places:
    """The province's cities, weighted by size, and their districts and counties."""

    def __init__(self):
        self.cities = list(Region.objects.cities().order_by("code"))
        self.weights = [CITY_WEIGHTS.get(city.code, 2) for city in self.cities]
        self.districts = {city.pk: [] for city in self.cities}
        for region in Region.objects.filter(parent__isnull=False).select_related("parent").order_by("code"):
            self.districts[region.parent_id].append(region)
        self.areas = {area.slug: area for area in ServiceArea.objects.all()}

    def pick(self, rng, city_level=0.15):
        """A district or county (or the city itself, `city_level` of the time, or where it has none)."""
        city = rng.choices(self.cities, self.weights)[0]
        districts = self.districts[city.pk]
        if not districts or rng.random() < city_level:
            return city
        return rng.choice(districts)

    def town(self, rng):
        """An invented street or town: 新塘街道, 石岗镇."""
        return rng.choice(TOWN_FIRST) + rng.choice(TOWN_SECOND) + rng.choice(TOWN_KINDS)

    def phone(self, rng, region):
        code, eight = AREA_CODES.get(region.city.code if region else "440100", ("020", True))
        local = rng.randint(20000000, 89999999) if eight else rng.randint(2200000, 8999999)
        return f"{code}-{local}"

    def position(self, rng, region):
        """A point near the region's city centre, or None (not every organization gives one)."""
        if region is None or rng.random() < 0.3:
            return None, None
        latitude, longitude = CENTRES.get(region.city.code, (23.13, 113.26))
        quantum = Decimal("0.000001")
        return (
            Decimal(latitude + rng.uniform(-0.15, 0.15)).quantize(quantum),
            Decimal(longitude + rng.uniform(-0.15, 0.15)).quantize(quantum),
        )


def create_missing(stdout, label, numbers, make_chunk):
    """Create the items `numbers`, CHUNK at a time, each chunk in its own transaction; returns how many."""
    started, done = time.perf_counter(), 0
    for start in range(0, len(numbers), CHUNK):
        with transaction.atomic():
            make_chunk(numbers[start : start + CHUNK])
        done += len(numbers[start : start + CHUNK])
        say(stdout, f"  {label}: {done:,}/{len(numbers):,} ({time.perf_counter() - started:.1f} s)")
    return done


def missing(total, existing):
    """The numbers below `total` that are not in `existing`, in order."""
    return [number for number in range(total) if number not in existing]
