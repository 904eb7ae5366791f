"""Demo step (order 30): agencies, and case files for a share of the demo households — assessments, notes
(some sealed), consents, referrals in every status with due and overdue follow-ups, care plans with goals
and reviews, and documents backed by small real PNG/PDF files. Deterministic for a seed."""

from __future__ import annotations

import struct
import tempfile
import zlib
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.casework import ConsentScope, DocumentType, Eligibility, GoalStatus, ReferralStatus
from desktop.models.clients import Household, HouseholdMember, Relationship
from desktop.models.users import Role
from desktop.services import agencies, assessments, care_plans, case_notes, consents, documents, referrals, setup
from desktop.services.demo import DemoContext, demo_step
from desktop.services.permissions import Actor

SHARE_WITH_CASE_FILE = 0.25  # a quarter of households have a caseworker file
MAX_DOCUMENTS = 300  # keeps the documents folder of a big demo small

AGENCIES: dict[str, list[tuple[str, str, str]]] = {
    "pl": [("Powiatowy Urząd Pracy", "Job centre", "oferty pracy, szkolenia, staże"),
           ("Przychodnia Rejonowa nr 2", "Clinic", "lekarz rodzinny, szczepienia"),
           ("Gabinet Stomatologiczny NFZ", "Dentist", "leczenie zębów dla dorosłych i dzieci"),
           ("Powiatowe Centrum Pomocy Rodzinie", "Powiatowe Centrum Pomocy Rodzinie (PCPR)",
            "piecza zastępcza, poradnictwo rodzinne"),
           ("Punkt Nieodpłatnej Pomocy Prawnej", "Legal aid", "porady prawne, sprawy mieszkaniowe"),
           ("Schronisko dla Osób Bezdomnych", "Shelter", "nocleg, posiłek, łaźnia"),
           ("Poradnia Leczenia Uzależnień", "Clinic", "terapia uzależnień, grupy wsparcia")],
    "id": [("Dinas Sosial Kabupaten", "Dinas Sosial", "bantuan sosial, rehabilitasi sosial"),
           ("Puskesmas Kecamatan", "Puskesmas", "pemeriksaan kesehatan, imunisasi"),
           ("Dinas Tenaga Kerja", "Disnaker", "pelatihan kerja, informasi lowongan"),
           ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Dukcapil", "KTP, KK, akta kelahiran"),
           ("Lembaga Bantuan Hukum", "Legal aid", "bantuan hukum gratis"),
           ("Rumah Singgah Harapan", "Shelter", "tempat tinggal sementara"),
           ("Klinik Gigi Sehat", "Dentist", "perawatan gigi")],
}
AGENCIES["generic"] = [("City Job Centre", "Job centre", "job search, training"),
                       ("Riverside Health Clinic", "Clinic", "GP, vaccinations"),
                       ("Community Dental Practice", "Dentist", "emergency dental care"),
                       ("Citizens' Legal Advice", "Legal aid", "debt, housing, benefits advice"),
                       ("St Anne's Night Shelter", "Shelter", "beds, meals, showers"),
                       ("Family Counselling Service", "Clinic", "family and couples counselling")]
AGENCIES["us"] = AGENCIES["generic"]

PHRASES: dict[str, dict[str, list[str]]] = {
    "pl": {"note": ["Wizyta w domu: warunki mieszkaniowe trudne, wilgoć w pokoju dzieci.",
                    "Klientka przyniosła zaświadczenie o dochodach za ostatni miesiąc.",
                    "Rozmowa telefoniczna: termin w PUP ustalony na przyszły tydzień.",
                    "Omówiono budżet domowy i zaległości w opłatach za prąd."],
           "sealed": ["Ujawniono przemoc domową; ustalono plan bezpieczeństwa.",
                      "Zgłoszenie do zespołu interdyscyplinarnego (Niebieska Karta)."],
           "reason": ["Długotrwały ból zęba, brak środków na leczenie.",
                      "Utrata pracy, potrzeba wsparcia w szukaniu zatrudnienia.",
                      "Zadłużenie czynszowe, groźba eksmisji.", "Potrzeba terapii uzależnienia."],
           "goal": ["Podjęcie zatrudnienia", "Spłata zaległości czynszowych", "Regularne wizyty u lekarza",
                    "Uregulowanie sytuacji mieszkaniowej"],
           "plan": ["Plan pomocy", "Kontrakt socjalny"]},
    "id": {"note": ["Kunjungan rumah: kondisi rumah tidak layak huni, atap bocor.",
                    "Klien membawa surat keterangan tidak mampu dari desa.",
                    "Konsultasi tentang pendaftaran PBI JKN untuk anggota keluarga.",
                    "Klien belum memiliki KTP; dijadwalkan ke Dukcapil."],
           "sealed": ["Klien melaporkan kekerasan dalam rumah tangga; rencana keselamatan disusun.",
                      "Kasus dirujuk ke UPTD PPA, identitas dirahasiakan."],
           "reason": ["Sakit gigi berkepanjangan, tidak mampu membayar.",
                      "Kehilangan pekerjaan, butuh pelatihan kerja.",
                      "Belum memiliki dokumen kependudukan.", "Membutuhkan bantuan hukum sengketa tanah."],
           "goal": ["Mendapat pekerjaan tetap", "Memiliki KTP dan KK", "Anak kembali bersekolah",
                    "Terdaftar sebagai penerima PKH"],
           "plan": ["Rencana intervensi", "Rencana pendampingan"]},
}
PHRASES["generic"] = {"note": ["Home visit: damp in the children's room, landlord contacted.",
                               "Client brought last month's payslips.",
                               "Phone call: job centre appointment booked for next week.",
                               "Went through the household budget and energy arrears."],
                      "sealed": ["Domestic abuse disclosed; safety plan agreed.",
                                 "Referred to the domestic abuse partnership; address withheld."],
                      "reason": ["Toothache for weeks, cannot afford treatment.", "Lost job, needs help finding work.",
                                 "Rent arrears, eviction notice received.", "Needs addiction treatment."],
                      "goal": ["Find stable work", "Clear rent arrears", "Register with a GP", "Secure housing"],
                      "plan": ["Care plan", "Support plan"]}
PHRASES["us"] = PHRASES["generic"]


def tiny_png(seed: int) -> bytes:
    """A real 8x8 PNG whose colour depends on the seed (so each demo scan has its own hash)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    colour = bytes(((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    raw = b"".join(b"\x00" + colour * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(text: str) -> bytes:
    """A real one-page PDF (built by hand: no fonts to embed, a few hundred bytes)."""
    stream = f"BT /F1 14 Tf 72 760 Td ({text.encode('ascii', 'replace').decode()}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@demo_step(order=30, guard_tables=("agencies", "referrals", "case_notes", "assessments", "care_plans"))
def demo_casework(ctx: DemoContext) -> None:
    session, rng, today = ctx.uow.session, ctx.rng, ctx.today
    profile = ctx.profile if ctx.profile in AGENCIES else "generic"
    words = PHRASES[profile]
    workers = [a for a in ctx.staff if a.role is Role.CASEWORKER] or [ctx.actor]
    coordinators = [a for a in ctx.staff if a.role is Role.COORDINATOR] or [ctx.actor]
    city = ctx.fake.city()
    agency_ids = []
    for name, kind, services in AGENCIES[profile]:
        full = f"{name} {city}" if profile in ("pl", "id") and rng.random() < 0.5 else name
        agency_ids.append(agencies.save_agency(ctx.uow, ctx.actor, agencies.AgencyInput(
            # translate: the built-in kinds are seeded in the centre's language, and must match them
            full, translate("agencies", kind), services, ctx.fake.phone_number(), "",
            ctx.fake.address().replace("\n", ", "),
            ctx.fake.name())))
    needs = [n.id for n in setup.need_categories(ctx.uow)]
    households = list(session.scalars(select(Household.id).order_by(Household.id)))
    chosen = [h for h in households if rng.random() < SHARE_WITH_CASE_FILE]
    counts = dict.fromkeys(("assessments", "case_notes", "sealed_notes", "consents", "referrals", "care_plans",
                            "documents"), 0)
    statuses = list(ReferralStatus)
    scans = Path(tempfile.mkdtemp(prefix="centredesk-demo-scans-"))
    span = max(ctx.months * 30, 30)
    for index, household_id in enumerate(chosen):
        people = list(session.scalars(select(HouseholdMember.person_id).where(
            HouseholdMember.household_id == household_id, HouseholdMember.left_on.is_(None))
            .order_by(HouseholdMember.relationship_ != Relationship.HEAD, HouseholdMember.id)))
        if not people:
            continue
        head, worker = people[0], workers[index % len(workers)]
        start = today - timedelta(days=rng.randint(20, span))
        assessments.create_assessment(
            ctx.uow, worker, assessed_on=start, household_id=household_id,
            needs=[assessments.NeedInput(n, rng.randint(1, 4)) for n in rng.sample(needs, k=min(len(needs),
                                                                                             rng.randint(1, 3)))],
            income_minor=rng.randrange(0, 400_000, 500), expenses_minor=rng.randrange(50_000, 350_000, 500),
            narrative=rng.choice(words["note"]), eligibility=rng.choice(list(Eligibility)),
            eligible_for=rng.choice(words["goal"]))
        counts["assessments"] += 1
        for _ in range(rng.randint(1, 4)):
            sealed = rng.random() < 0.2
            case_notes.add_note(ctx.uow, worker, text=rng.choice(words["sealed" if sealed else "note"]),
                                noted_on=start + timedelta(days=rng.randint(0, (today - start).days)),
                                household_id=household_id, sealed=sealed)
            counts["case_notes"] += 1
            counts["sealed_notes"] += sealed
        consents.record_consent(ctx.uow, worker, person_id=head, scope=ConsentScope.DATA_PROCESSING, given_on=start)
        counts["consents"] += 1
        for _ in range(rng.choice((0, 1, 1, 2))):
            counts["referrals"] += _demo_referral(ctx, worker, head, household_id, rng.choice(agency_ids),
                                                  rng.choice(statuses), start, words)
            counts["consents"] += 1
        if rng.random() < 0.4:
            _demo_plan(ctx, rng.choice(workers + coordinators), household_id, start, words)
            counts["care_plans"] += 1
        if counts["documents"] < MAX_DOCUMENTS and rng.random() < 0.6:
            counts["documents"] += _demo_document(ctx, worker, head, scans, index)
    for path in scans.iterdir():
        path.unlink()
    scans.rmdir()
    for key, value in counts.items():
        ctx.counts[key] = value


def _demo_referral(ctx: DemoContext, worker: Actor, person: int, household: int, agency: int,
                   target: ReferralStatus, start: date, words: dict[str, list[str]]) -> int:
    rng, today = ctx.rng, ctx.today
    made = start + timedelta(days=rng.randint(0, max((today - start).days - 1, 0)))
    consents.record_consent(ctx.uow, worker, person_id=person, scope=ConsentScope.AGENCY_SHARING, agency_id=agency,
                            given_on=made, details=consents.SharedDetails(True, rng.random() < 0.5, True, True))
    rid = referrals.create_referral(ctx.uow, worker, person_id=person, agency_id=agency,
                                    service=rng.choice(words["goal"]), reason=rng.choice(words["reason"]),
                                    household_id=household, created_on=made)
    path = {ReferralStatus.DRAFT: [], ReferralStatus.SENT: [ReferralStatus.SENT],
            ReferralStatus.ACCEPTED: [ReferralStatus.SENT, ReferralStatus.ACCEPTED],
            ReferralStatus.COMPLETED: [ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED],
            ReferralStatus.DECLINED: [ReferralStatus.SENT, ReferralStatus.DECLINED],
            ReferralStatus.NO_SHOW: [ReferralStatus.SENT, ReferralStatus.NO_SHOW]}[target]
    on = made
    for step in path:
        on = min(on + timedelta(days=rng.randint(0, 10)), today)
        # open referrals get follow-ups around today: some overdue, some due this week, some later
        follow = on + timedelta(days=rng.randint(7, 21)) if step is ReferralStatus.SENT else None
        referrals.change_status(ctx.uow, worker, rid, step, on=on, follow_up_on=follow,
                                outcome="" if step in (ReferralStatus.SENT, ReferralStatus.ACCEPTED) else step.value)
    return 1


def _demo_plan(ctx: DemoContext, worker: Actor, household: int, start: date, words: dict[str, list[str]]) -> None:
    rng, today = ctx.rng, ctx.today
    plan = care_plans.create_plan(ctx.uow, worker, title=rng.choice(words["plan"]), started_on=start,
                                  household_id=household, review_every_days=rng.choice((30, 60, 90)))
    goals = [care_plans.add_goal(ctx.uow, worker, plan, g, start + timedelta(days=rng.randint(60, 240)))
             for g in rng.sample(words["goal"], k=rng.randint(1, 3))]
    for goal in goals:
        care_plans.add_action(ctx.uow, worker, plan, rng.choice(words["reason"]), rng.choice(
            ("client", worker.full_name or worker.username)), start + timedelta(days=rng.randint(7, 60)), goal)
        care_plans.set_goal_status(ctx.uow, worker, goal, rng.choice(list(GoalStatus)), today)
    reviewed = start + timedelta(days=30)
    while reviewed < today and rng.random() < 0.7:
        care_plans.add_review(ctx.uow, worker, plan, reviewed, rng.choice(words["note"]))
        reviewed += timedelta(days=rng.choice((30, 60)))


def _demo_document(ctx: DemoContext, worker: Actor, person: int, folder: Path, index: int) -> int:
    rng, today = ctx.rng, ctx.today
    kind = rng.choice(list(DocumentType))
    if rng.random() < 0.5:
        source = folder / f"scan-{index}.png"
        source.write_bytes(tiny_png(index))
    else:
        source = folder / f"scan-{index}.pdf"
        source.write_bytes(tiny_pdf(f"Demo document {index}"))
    expires = today + timedelta(days=rng.randint(-20, 200)) if kind in (DocumentType.ID, DocumentType.INCOME) else None
    doc = documents.attach_document(ctx.uow, worker, source, doc_type=kind, person_id=person,
                                    title=f"{kind.value} {index}", expires_on=expires,
                                    issued_on=today - timedelta(days=rng.randint(30, 400)))
    if rng.random() < 0.7:
        documents.verify_document(ctx.uow, worker, doc)
    return 1
