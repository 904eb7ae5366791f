"""Demo step 40: a catalogue suited to the country, donors, months of receipts and parcels, and a count.

Parcels go to the households the clients step created (none: no parcels). Everything is written through
the real services in date order, so the demo ledger obeys every rule a real one does (FEFO, visit
limits, counts lock earlier dates). Deterministic for a seed: only ctx.rng and ctx.fake are used.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.models.clients import Household, HouseholdMember, RecordStatus
from desktop.models.stock import DonorKind, ItemCategory, LocationKind, ReceiptKind
from desktop.models.users import Role
from desktop.services.demo import DemoContext, demo_step
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, catalogue, counts, distributions, receipts
from desktop.services.stock.catalogue import ItemInput
from desktop.services.stock.templates import TemplateInput, create_template, template_for_size

D = Decimal
F, C, H, S = ItemCategory.FOOD, ItemCategory.CLOTHING, ItemCategory.HYGIENE, ItemCategory.SHELTER_SUPPLIES

# (name, category, unit, kg per unit, perishable, reorder level, value per unit in minor units)
CATALOGUES: dict[str, list[tuple[str, ItemCategory, str, str | None, bool, int, int]]] = {
    "pl": [
        ("Ryż 1 kg", F, "opak.", "1", True, 40, 600),
        ("Makaron 500 g", F, "opak.", "0.5", True, 40, 450),
        ("Mąka pszenna 1 kg", F, "opak.", "1", True, 30, 400),
        ("Cukier 1 kg", F, "opak.", "1", True, 30, 500),
        ("Olej rzepakowy 1 l", F, "butelka", "0.92", True, 20, 900),
        ("Mleko UHT 1 l", F, "karton", "1.03", True, 40, 400),
        ("Konserwa mięsna 300 g", F, "puszka", "0.3", True, 30, 800),
        ("Fasola w puszce 400 g", F, "puszka", "0.4", True, 30, 450),
        ("Kasza jęczmienna 1 kg", F, "opak.", "1", True, 20, 550),
        ("Dżem 280 g", F, "słoik", "0.28", True, 10, 700),
        ("Mydło", H, "szt.", None, False, 20, 300),
        ("Pasta do zębów", H, "szt.", None, False, 20, 700),
        ("Pieluchy rozm. 4", H, "opak.", None, False, 10, 3500),
        ("Kurtka zimowa", C, "szt.", None, False, 5, 0),
        ("Buty zimowe", C, "para", None, False, 5, 0),
        ("Koc", S, "szt.", None, False, 10, 2500),
        ("Śpiwór", S, "szt.", None, False, 5, 6000),
    ],
    "id": [
        ("Beras 5 kg", F, "karung", "5", True, 30, 65000),
        ("Minyak goreng 1 L", F, "botol", "0.9", True, 30, 18000),
        ("Gula pasir 1 kg", F, "bungkus", "1", True, 20, 17000),
        ("Mi instan", F, "bungkus", "0.085", True, 100, 3500),
        ("Telur ayam 1 kg", F, "kg", "1", True, 20, 28000),
        ("Sarden kaleng 155 g", F, "kaleng", "0.155", True, 40, 12000),
        ("Susu kental manis", F, "kaleng", "0.37", True, 20, 12500),
        ("Kacang hijau 500 g", F, "bungkus", "0.5", True, 10, 14000),
        ("Sabun mandi", H, "batang", None, False, 30, 4000),
        ("Pasta gigi", H, "tube", None, False, 20, 9000),
        ("Popok bayi", H, "bungkus", None, False, 10, 45000),
        ("Sarung", C, "helai", None, False, 10, 0),
        ("Pakaian anak", C, "helai", None, False, 10, 0),
        ("Selimut", S, "helai", None, False, 10, 60000),
        ("Tikar", S, "helai", None, False, 5, 40000),
    ],
    "en": [
        ("Rice 1 kg", F, "bag", "1", True, 40, 200),
        ("Pasta 500 g", F, "pack", "0.5", True, 40, 120),
        ("Canned beans 400 g", F, "can", "0.4", True, 40, 90),
        ("Canned tuna 160 g", F, "can", "0.16", True, 30, 150),
        ("Peanut butter 450 g", F, "jar", "0.45", True, 20, 300),
        ("Breakfast cereal 500 g", F, "box", "0.5", True, 20, 350),
        ("UHT milk 1 l", F, "carton", "1.03", True, 40, 110),
        ("Cooking oil 1 l", F, "bottle", "0.92", True, 15, 350),
        ("Soap", H, "bar", None, False, 20, 100),
        ("Toothpaste", H, "tube", None, False, 20, 250),
        ("Diapers size 4", H, "pack", None, False, 10, 1200),
        ("Winter coat", C, "pcs", None, False, 5, 0),
        ("Warm socks", C, "pair", None, False, 10, 0),
        ("Blanket", S, "pcs", None, False, 10, 1500),
        ("Sleeping bag", S, "pcs", None, False, 5, 3000),
    ],
}
PLACES = {
    "pl": ("Magazyn", "Półka wydawcza", "Magazyn noclegowni"),
    "id": ("Gudang", "Rak penyaluran", "Gudang rumah singgah"),
    "en": ("Warehouse", "Pantry shelf", "Shelter store"),
}
PUBLIC_DONORS = {
    "pl": (("Bank Żywności", DonorKind.FOOD_BANK), ("Program Fundusze Europejskie na Pomoc Żywnościową",
                                                   DonorKind.GOVERNMENT)),
    "id": (("Bank Pangan", DonorKind.FOOD_BANK), ("Dinas Sosial Kabupaten", DonorKind.GOVERNMENT)),
    "en": (("Regional Food Bank", DonorKind.FOOD_BANK), ("Emergency Food Assistance Program", DonorKind.GOVERNMENT)),
}
MAX_PARCELS = 1500  # keeps `demo` quick with very many households; the rest get none


def _actor(ctx: DemoContext, role: Role) -> Actor:
    return next((a for a in ctx.staff if a.role is role), ctx.actor)


@demo_step(order=40, guard_tables=("stock_items", "stock_movements"))
def demo_stock(ctx: DemoContext) -> None:
    lang = ctx.profile if ctx.profile in ("pl", "id") else "en"
    uow, rng, admin = ctx.uow, ctx.rng, ctx.actor
    warehouse_actor, desk = _actor(ctx, Role.WAREHOUSE), _actor(ctx, Role.FRONT_DESK)
    items = []
    for name, category, unit, weight, perishable, reorder, value in CATALOGUES[lang]:
        code = f"59{rng.randrange(10**10, 10**11)}"
        items.append(catalogue.create_item(uow, admin, ItemInput(
            name, category, unit, None if weight is None else D(weight), perishable, D(reorder), value or None,
            (code,)), audit_it=False))
    store, shelf, shelter = (catalogue.create_location(uow, admin, n, k).id for n, k in
                             zip(PLACES[lang], (LocationKind.WAREHOUSE, LocationKind.PANTRY_SHELF,
                                                LocationKind.SHELTER_STORE), strict=True))
    donors = [catalogue.create_donor(uow, admin, name, kind).id for name, kind in PUBLIC_DONORS[lang]]
    donors += [catalogue.create_donor(uow, admin, ctx.fake.company(), DonorKind.BUSINESS,
                                      phone=ctx.fake.phone_number()).id for _ in range(3)]
    donors += [catalogue.create_donor(uow, admin, ctx.fake.name(), DonorKind.INDIVIDUAL).id for _ in range(3)]
    food = [i for i in items if i.category is F]
    hygiene = [i for i in items if i.category is H]
    templates = []
    for size, label in ((1, "1"), (2, "2–3"), (4, "4+")):
        lines = [(i.id, D(size if size < 4 else 4)) for i in food[:6]] + [(hygiene[0].id, D(1))]
        templates.append(create_template(uow, admin, TemplateInput(_template_name(lang, label), tuple(lines), size)))

    start = ctx.today - timedelta(days=30 * ctx.months)
    household_sizes = _households(ctx)
    parcels_per_month = min(len(household_sizes), max(1, MAX_PARCELS // ctx.months))
    # units of each food item received a week: ~0.6 of what the month's parcels take in a week at most, +5
    weekly_need = (D(parcels_per_month) * D("0.6") + 5).quantize(D(1))
    events: list[tuple[date, int, str, object]] = []
    day = start
    while day < ctx.today - timedelta(days=2):
        events.append((day, 0, "receive", None))
        events.append((day + timedelta(days=1), 1, "transfer", None))
        day += timedelta(days=7)
    chosen = list(household_sizes)
    rng.shuffle(chosen)
    for household_id in chosen[:parcels_per_month]:
        day = start + timedelta(days=rng.randint(3, 20))
        while day <= ctx.today - timedelta(days=2):
            events.append((day, 2, "parcel", household_id))
            day += timedelta(days=rng.randint(30, 45))
    events.sort(key=lambda e: (e[0], e[1]))
    given = skipped = 0
    ctx.progress.step(0, "stock")
    for day, _, kind, payload in events:
        if kind == "receive":
            _receive_week(ctx, warehouse_actor, items, store, donors, day, weekly_need)
        elif kind == "transfer":
            _restock(ctx, warehouse_actor, items, store, shelf, [F, H], weekly_need, day)
            _restock(ctx, warehouse_actor, items, store, shelter, [S], D(2), day)
        else:
            household_id = int(str(payload))
            template = template_for_size(templates, household_sizes[household_id])
            assert template is not None
            parcel = [distributions.ParcelLineInput(i, q) for i, q in template.lines]
            try:
                distributions.give_parcel(uow, desk, distributed_on=day, location_id=shelf, lines=parcel,
                                          household_id=household_id, template_id=template.id, today=ctx.today)
                given += 1
            except ValidationError:
                skipped += 1  # short of stock that week, or within the visit limit: a real office skips too
    _demo_count(ctx, warehouse_actor, shelf)
    ctx.counts["stock_items"] = len(items)
    ctx.counts["parcels"] = given
    ctx.counts["parcels_skipped"] = skipped


def _template_name(lang: str, size: str) -> str:
    return {"pl": "Paczka standardowa, gospodarstwo {n} os.", "id": "Paket sembako, keluarga {n} orang",
            "en": "Standard parcel, household of {n}"}[lang].format(n=size)


def _households(ctx: DemoContext) -> dict[int, int]:
    """Active households with their current member counts (what the clients step created)."""
    rows = ctx.uow.session.execute(
        select(Household.id, func.count(HouseholdMember.id))
        .outerjoin(HouseholdMember, (HouseholdMember.household_id == Household.id) & HouseholdMember.left_on.is_(None))
        .where(Household.status == RecordStatus.ACTIVE).group_by(Household.id).order_by(Household.id))
    return {hid: max(1, int(n)) for hid, n in rows}


def _receive_week(ctx: DemoContext, actor: Actor, items: list[catalogue.ItemInfo], store: int, donors: list[int],
                  day: date, weekly_need: Decimal) -> None:
    rng = ctx.rng
    purchase = rng.random() < 0.2
    lines = []
    for item in items:
        if item.category in (F, H):  # parcels carry food and a hygiene item: both arrive every week
            quantity = (weekly_need * D(rng.choice(("0.9", "1", "1.2")))).quantize(D(1))
        elif rng.random() < 0.3:
            quantity = D(rng.randint(5, 30))
        else:
            continue
        expires = day + timedelta(days=rng.randint(40, 400)) if item.perishable else None
        lines.append(receipts.ReceiptLineInput(item.id, quantity, f"{day:%y%m%d}-{item.id}", expires,
                                               value_minor=int(quantity) * 100 if purchase else None))
    receipts.receive(ctx.uow, actor, kind=ReceiptKind.PURCHASE if purchase else ReceiptKind.DONATION,
                     received_on=day, location_id=store, lines=lines, donor_id=rng.choice(donors), today=ctx.today)


def _restock(ctx: DemoContext, actor: Actor, items: list[catalogue.ItemInfo], store: int, target: int,
             categories: list[ItemCategory], quantity: Decimal, day: date) -> None:
    """Move what the warehouse has (up to `quantity` of each item) to a shelf."""
    lines = []
    for item in items:
        if item.category not in categories:
            continue
        lots = distributions._available_lots(ctx.uow, item.id, store)
        available = sum((q for _, _, q in lots), D(0))
        if available > 0:
            lines.append(distributions.ParcelLineInput(item.id, min(available, quantity)))
    if lines:
        adjustments.transfer(ctx.uow, actor, from_location_id=store, to_location_id=target, moved_on=day,
                             lines=lines, today=ctx.today)


def _demo_count(ctx: DemoContext, actor: Actor, shelf: int) -> None:
    """Yesterday's count of the pantry shelf, with a few small differences (a torn bag, a found can)."""
    sheet = counts.start_count(ctx.uow, actor, location_id=shelf, counted_on=ctx.today - timedelta(days=1),
                               today=ctx.today)
    entered: dict[int, Decimal | None] = {}
    with_stock = [line for line in sheet.lines if line.expected > 0]
    odd = set(ctx.rng.sample([line.id for line in with_stock], min(3, len(with_stock))))
    for line in sheet.lines:
        change = D(ctx.rng.choice((-2, -1, 1))) if line.id in odd else D(0)
        entered[line.id] = max(D(0), line.expected + change)
    counts.enter_counts(ctx.uow, actor, sheet.id, entered)
    posted = counts.post_count(ctx.uow, actor, sheet.id)
    ctx.counts["count_differences"] = posted.differences
