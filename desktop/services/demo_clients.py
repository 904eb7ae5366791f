"""Demo step 20: realistic households for the profile's country.

Names from Faker in the profile's locale (Polish or Indonesian names), addresses in the profile's form
(ulica / gmina / powiat / województwo; RT/RW / desa / kecamatan / kabupaten / provinsi), valid PESEL or
NIK numbers, birth dates with some known only by year and a few missing, households whose composition
changes during the period (someone moves out, a baby is born), and a few archived households. Written
directly as rows (the validation is the generators' own), then indexed for search in bulk.
Deterministic for a seed: only ctx.rng and ctx.fake are used, and `today` comes from the context.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.models.base import utcnow
from desktop.models.clients import Household, HouseholdMember, IdType, Person, RecordStatus, Relationship, Sex
from desktop.services.client_search import bulk_index_households
from desktop.services.demo import DemoContext, demo_step
from desktop.services.identifiers import NIK_REGIONS, make_nik, make_pesel

HOUSING = ("rented flat", "council flat", "owner", "with family", "hostel", "informal")


def _birth(ctx: DemoContext, min_age: int, max_age: int) -> date:
    days = ctx.rng.randint(min_age * 365, max_age * 365 + 364)
    return ctx.today - timedelta(days=days)


def _address(ctx: DemoContext, household: Household) -> None:
    fake, rng = ctx.fake, ctx.rng
    household.address_line = fake.street_address()
    household.locality = fake.city()
    household.postal_code = fake.postcode()
    household.rural = rng.random() < 0.3
    if ctx.profile == "pl":
        household.district = household.locality if rng.random() < 0.6 else fake.city()  # gmina
        household.county = f"powiat {fake.city().lower()}"
        household.region = fake.administrative_unit().lower()  # województwo
    elif ctx.profile == "id":
        household.rt, household.rw = f"{rng.randint(1, 15):02d}", f"{rng.randint(1, 9):02d}"
        household.district = f"Kec. {fake.city()}"  # kecamatan
        household.county = f"Kab. {fake.city()}"
        household.region = fake.state()  # provinsi
        household.family_card_number = "".join(str(rng.randint(0, 9)) for _ in range(16))
    else:
        household.district = fake.city()
        household.region = fake.state() if hasattr(fake, "state") else fake.county()


def _person(ctx: DemoContext, female: bool, birth: date, family_name: str, serial: int) -> Person:
    fake, rng = ctx.fake, ctx.rng
    given = fake.first_name_female() if female else fake.first_name_male()
    person = Person(given_name=given, family_name=family_name, sex=Sex.FEMALE if female else Sex.MALE,
                    status=RecordStatus.ACTIVE, phone="", id_type=IdType.NONE, id_number="")
    roll = rng.random()
    if roll < 0.03:
        person.birth_date, person.birth_year = None, None  # unknown
    elif roll < 0.10:
        person.birth_date, person.birth_year = None, birth.year  # only the year is known
    else:
        person.birth_date = birth
        if ctx.profile == "pl" and rng.random() < 0.9:
            person.id_type, person.id_number = IdType.PESEL, make_pesel(birth, female, serial)
        elif ctx.profile == "id" and rng.random() < 0.85:
            person.id_type = IdType.NIK
            person.id_number = make_nik(birth, female, serial, NIK_REGIONS[serial % len(NIK_REGIONS)])
    if ctx.today.year - birth.year >= 16 and rng.random() < 0.6:
        person.phone = fake.phone_number()
    person.disability = rng.random() < 0.05
    person.preferred_language = ctx.profile if ctx.profile in ("pl", "id") else "en"
    return person


def _family_name(ctx: DemoContext, female: bool, base: str) -> str:
    """Polish surnames agree with sex (Kowalski / Kowalska); others are shared as given by Faker."""
    if ctx.profile == "pl" and female and base.endswith(("ski", "cki", "dzki")):
        return base[:-1] + "a"
    return base


@demo_step(order=20, guard_tables=("households", "persons"))
def demo_households(ctx: DemoContext) -> None:
    session, rng, fake = ctx.uow.session, ctx.rng, ctx.fake
    period_start = ctx.today - timedelta(days=30 * ctx.months)
    serial = 0
    created: list[Household] = []
    moved_out = born_in_period = archived = 0
    for n in range(ctx.households):
        registered = period_start - timedelta(days=rng.randint(0, 720)) if rng.random() < 0.7 else \
            period_start + timedelta(days=rng.randint(0, max(0, (ctx.today - period_start).days - 1)))
        household = Household(ref=f"H{n + 1:06d}", registered_on=registered, status=RecordStatus.ACTIVE,
                              housing_situation=rng.choice(HOUSING),
                              monthly_income_minor=rng.randint(0, 600_000) if rng.random() < 0.8 else None)
        _address(ctx, household)
        if rng.random() < 0.7:
            household.phone = fake.phone_number()
        session.add(household)
        base = fake.last_name_male() if hasattr(fake, "last_name_male") else fake.last_name()
        size = rng.choices((1, 2, 3, 4, 5, 6), weights=(25, 22, 20, 18, 10, 5))[0]
        head_female = rng.random() < 0.55
        head_birth = _birth(ctx, 20, 85)
        members: list[tuple[Person, Relationship]] = []
        serial += 1
        members.append((_person(ctx, head_female, head_birth, _family_name(ctx, head_female, base), serial),
                        Relationship.HEAD))
        if size >= 2 and rng.random() < 0.7:
            serial += 1
            female = not head_female
            partner_birth = head_birth + timedelta(days=rng.randint(-2500, 2500))
            members.append((_person(ctx, female, min(partner_birth, ctx.today - timedelta(days=18 * 365)),
                                    _family_name(ctx, female, base), serial),
                            rng.choice((Relationship.SPOUSE, Relationship.SPOUSE, Relationship.PARTNER))))
        while len(members) < size:
            serial += 1
            female = rng.random() < 0.5
            oldest = max(0, min(17, ctx.today.year - head_birth.year - 16))  # the head was 16 or more
            birth = _birth(ctx, 0, oldest)
            relationship = Relationship.CHILD
            if rng.random() < 0.1:
                birth, relationship = _birth(ctx, 60, 90), Relationship.PARENT
            members.append((_person(ctx, female, birth, _family_name(ctx, female, base), serial), relationship))
        for person, relationship in members:
            session.add(person)
            session.add(HouseholdMember(household=household, person=person, relationship_=relationship,
                                        joined_on=registered))
        # Composition changes inside the period: a grown child or partner moves out, a baby is born.
        if len(members) >= 3 and rng.random() < 0.12:
            leaving = [m for m in household.members if m.relationship_ is not Relationship.HEAD]
            if leaving:
                member = rng.choice(leaving)
                start = max(member.joined_on, period_start) + timedelta(days=1)
                span = (ctx.today - start).days
                if span > 1:
                    member.left_on = start + timedelta(days=rng.randint(1, span - 1))
                    moved_out += 1
        if len(members) >= 2 and head_birth > ctx.today - timedelta(days=45 * 365) and rng.random() < 0.06:
            serial += 1
            start = max(registered, period_start)
            span = (ctx.today - start).days
            if span > 1:
                born = start + timedelta(days=rng.randint(1, span - 1))
                baby = _person(ctx, rng.random() < 0.5, born, base, serial)
                baby.birth_date, baby.birth_year = born, None
                session.add(baby)
                session.add(HouseholdMember(household=household, person=baby, relationship_=Relationship.CHILD,
                                            joined_on=born))
                born_in_period += 1
        if rng.random() < 0.03:
            household.status, household.archived_at = RecordStatus.ARCHIVED, utcnow()
            archived += 1
        created.append(household)
        if len(session.new) > 3000:
            session.flush()
        if n % 500 == 0:
            ctx.progress.check()
    session.flush()
    bulk_index_households(ctx.uow, [h.id for h in created])
    ctx.counts["households"] = len(created)
    ctx.counts["people"] = serial
    ctx.counts["moved_out"] = moved_out
    ctx.counts["born_in_period"] = born_in_period
    ctx.counts["archived_households"] = archived
