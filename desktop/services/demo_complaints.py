"""Demo step (order 35): complaints taken at the desk over the last two months, and for the Indonesian profile
DTKS update proposals. Recorded by the front desk, followed up by caseworkers through the real services (so
validation and audit run as in the office). Deterministic for a seed: only ctx.rng and ctx.fake are used."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop.models.clients import HouseholdMember, Relationship
from desktop.models.complaints import ComplaintChannel, ComplaintStatus, ComplaintType, DtksKind, DtksStatus
from desktop.models.users import Role
from desktop.services import agencies, complaints, dtks
from desktop.services.demo import DemoContext, demo_step
from desktop.services.permissions import Actor

DAYS = 60  # about two months
ID_COMPLAINTS_PER_HOUSEHOLD = 0.15  # a village of 300 households: ~45 in two months; never under 24 (3 a week)
MAX_COMPLAINTS = 150
OTHER_COMPLAINTS = 8  # "a handful" for the other profiles

TEXTS: dict[str, dict[ComplaintType, list[str]]] = {
    "id": {
        ComplaintType.AID_NOT_RECEIVED: ["Bantuan sembako bulan ini belum diterima.",
                                         "Nama ada di daftar PKH tetapi dana belum cair.",
                                         "BLT desa tahap kedua belum diterima keluarga."],
        ComplaintType.AID_AMOUNT_QUALITY: ["Beras yang diterima berkutu dan berbau.",
                                           "Jumlah bantuan lebih kecil dari yang diumumkan.",
                                           "Telur dalam paket sembako banyak yang pecah."],
        ComplaintType.DATA_DTKS: ["Keluarga miskin tetapi tidak terdaftar di DTKS.",
                                  "NIK kepala keluarga salah tercatat di DTKS.",
                                  "Anggota keluarga yang sudah meninggal masih tercatat."],
        ComplaintType.SERVICE_CONDUCT: ["Petugas tidak ramah saat pendaftaran.",
                                        "Antrean terlalu lama, loket tutup lebih awal."],
        ComplaintType.ELIGIBILITY: ["Tidak setuju dicoret dari penerima bantuan.",
                                    "Tetangga yang mampu menerima bantuan, kami tidak."],
        ComplaintType.OTHER: ["Menanyakan jadwal penyaluran bantuan berikutnya.",
                              "Minta surat keterangan tidak mampu untuk sekolah anak."],
    },
    "pl": {
        ComplaintType.AID_NOT_RECEIVED: ["Nie otrzymaliśmy paczki żywnościowej w tym miesiącu."],
        ComplaintType.AID_AMOUNT_QUALITY: ["Produkty w paczce były po terminie przydatności."],
        ComplaintType.DATA_DTKS: ["Błędny adres w dokumentach ośrodka."],
        ComplaintType.SERVICE_CONDUCT: ["Niemiła obsługa w punkcie przyjęć."],
        ComplaintType.ELIGIBILITY: ["Nie zgadzam się z odmową przyznania pomocy."],
        ComplaintType.OTHER: ["Prośba o zmianę godzin wydawania paczek."],
    },
    "generic": {
        ComplaintType.AID_NOT_RECEIVED: ["Our food parcel was not ready on the booked day."],
        ComplaintType.AID_AMOUNT_QUALITY: ["Several tins in the parcel were past their date."],
        ComplaintType.DATA_DTKS: ["Our address is wrong on the centre's records."],
        ComplaintType.SERVICE_CONDUCT: ["The volunteer at the desk was rude."],
        ComplaintType.ELIGIBILITY: ["Disagrees with being refused a second parcel this month."],
        ComplaintType.OTHER: ["Asks for evening opening hours."],
    },
}
NOTES: dict[str, dict[ComplaintStatus, list[str]]] = {
    "id": {ComplaintStatus.RESOLVED: ["Sudah dicek, bantuan diantar ke rumah.", "Paket diganti dengan yang baru.",
                                      "Data diperbaiki bersama operator desa."],
           ComplaintStatus.REFERRED: ["Diteruskan ke Dinas Sosial untuk ditindaklanjuti.",
                                      "Dirujuk ke Dukcapil untuk perbaikan NIK."],
           ComplaintStatus.REJECTED: ["Setelah verifikasi, keluarga tidak memenuhi kriteria.",
                                      "Bantuan sudah diterima sesuai tanda terima."],
           ComplaintStatus.IN_PROGRESS: ["Sedang diverifikasi oleh pendamping."]},
    "pl": {ComplaintStatus.RESOLVED: ["Wydano brakującą paczkę."], ComplaintStatus.REFERRED: ["Przekazano do PCPR."],
           ComplaintStatus.REJECTED: ["Dochód przekracza kryterium."],
           ComplaintStatus.IN_PROGRESS: ["Sprawdzamy z magazynem."]},
    "generic": {ComplaintStatus.RESOLVED: ["Parcel delivered the next day."],
                ComplaintStatus.REFERRED: ["Passed to the local advice service."],
                ComplaintStatus.REJECTED: ["Records checked: the parcel was collected."],
                ComplaintStatus.IN_PROGRESS: ["Checking with the warehouse."]},
}
DTKS_REASONS: dict[DtksKind, list[str]] = {
    DtksKind.NEW: ["Keluarga miskin belum terdaftar di DTKS.", "Keluarga baru pindah, penghasilan tidak tetap."],
    DtksKind.CORRECTION: ["Jumlah anggota keluarga berubah (kelahiran).", "Alamat RT/RW salah tercatat.",
                          "Pekerjaan kepala keluarga berubah."],
    DtksKind.DEACTIVATION: ["Keluarga pindah ke luar desa.", "Kepala keluarga sudah bekerja tetap, mampu.",
                            "Satu-satunya anggota keluarga meninggal dunia."],
}
CHANNEL_WEIGHTS = ((ComplaintChannel.IN_PERSON, 50), (ComplaintChannel.PHONE, 15), (ComplaintChannel.SMS_WHATSAPP, 25),
                   (ComplaintChannel.LETTER, 5), (ComplaintChannel.OTHER, 5))
TYPE_WEIGHTS = ((ComplaintType.AID_NOT_RECEIVED, 30), (ComplaintType.DATA_DTKS, 25), (ComplaintType.ELIGIBILITY, 15),
                (ComplaintType.AID_AMOUNT_QUALITY, 12), (ComplaintType.SERVICE_CONDUCT, 8), (ComplaintType.OTHER, 10))


@demo_step(order=35, guard_tables=("complaints", "dtks_proposals"))
def demo_complaints(ctx: DemoContext) -> None:
    session, rng, today = ctx.uow.session, ctx.rng, ctx.today
    language = ctx.profile if ctx.profile in TEXTS else "generic"
    desk = [a for a in ctx.staff if a.role is Role.FRONT_DESK] or [ctx.actor]
    workers = [a for a in ctx.staff if a.role is Role.CASEWORKER] or [ctx.actor]
    heads = list(session.execute(select(HouseholdMember.household_id, HouseholdMember.person_id).where(
        HouseholdMember.relationship_ == Relationship.HEAD, HouseholdMember.left_on.is_(None))
        .order_by(HouseholdMember.household_id)))
    referral_agencies = [a.id for a in agencies.list_agencies(ctx.uow, ctx.actor)]
    if ctx.profile == "id":
        wanted = min(MAX_COMPLAINTS, max(24, round(ctx.households * ID_COMPLAINTS_PER_HOUSEHOLD)))
    else:
        wanted = OTHER_COMPLAINTS
    channels, channel_weights = [c for c, _ in CHANNEL_WEIGHTS], [w for _, w in CHANNEL_WEIGHTS]
    kinds, kind_weights = [k for k, _ in TYPE_WEIGHTS], [w for _, w in TYPE_WEIGHTS]
    counts = dict.fromkeys(("complaints", "complaints_open", "dtks_proposals"), 0)
    # Numbers follow the day a complaint came in, as at a real desk.
    days = sorted(today - timedelta(days=rng.randint(0, DAYS)) for _ in range(wanted))
    for received in days:
        kind = rng.choices(kinds, kind_weights)[0]
        household_id = person_id = None
        name = contact = ""
        if heads and rng.random() < 0.75:
            household_id, person_id = rng.choice(heads)
            if rng.random() < 0.4:
                person_id = None  # recorded against the household
        else:
            name, contact = ctx.fake.name(), ctx.fake.phone_number()
        cid = complaints.create_complaint(
            ctx.uow, rng.choice(desk), received_on=received, channel=rng.choices(channels, channel_weights)[0],
            complaint_type=kind, description=rng.choice(TEXTS[language][kind]), household_id=household_id,
            person_id=person_id, complainant_name=name, complainant_contact=contact, today=today)
        counts["complaints"] += 1
        worker, age = rng.choice(workers), (today - received).days
        notes = NOTES[language]
        if age >= 3 and rng.random() < 0.6:
            complaints.change_status(ctx.uow, worker, cid, ComplaintStatus.IN_PROGRESS, today=today,
                                     note=rng.choice(notes[ComplaintStatus.IN_PROGRESS]))
        if age >= 5 and rng.random() < 0.75:  # the older a complaint, the likelier it is closed
            outcome = rng.choices((ComplaintStatus.RESOLVED, ComplaintStatus.REFERRED, ComplaintStatus.REJECTED),
                                  (60, 20, 20))[0]
            agency = rng.choice(referral_agencies) if outcome is ComplaintStatus.REFERRED and referral_agencies \
                else None
            closed = received + timedelta(days=rng.randint(1, min(age, 21)))  # within three weeks
            complaints.change_status(ctx.uow, worker, cid, outcome, on=closed, note=rng.choice(notes[outcome]),
                                     agency_id=agency, today=today)
        else:
            counts["complaints_open"] += 1
    if ctx.profile == "id" and heads:
        counts["dtks_proposals"] = _demo_proposals(ctx, [h for h, _ in heads], workers)
    ctx.counts.update(counts)


def _demo_proposals(ctx: DemoContext, households: list[int], workers: list[Actor]) -> int:
    rng, today = ctx.rng, ctx.today
    wanted = min(40, max(5, len(households) // 20))
    made = 0
    for household_id in rng.sample(households, k=min(wanted, len(households))):
        kind = rng.choices(list(DtksKind), (30, 50, 20))[0]
        worker = rng.choice(workers)
        proposed = today - timedelta(days=rng.randint(0, DAYS))
        pid = dtks.create_proposal(ctx.uow, worker, household_id=household_id, kind=kind, proposed_on=proposed,
                                   reason=rng.choice(DTKS_REASONS[kind]), today=today)
        made += 1
        target = rng.choices(list(DtksStatus), (25, 35, 25, 15))[0]
        on = proposed
        path = {DtksStatus.DRAFT: [], DtksStatus.SUBMITTED: [DtksStatus.SUBMITTED],
                DtksStatus.ACCEPTED: [DtksStatus.SUBMITTED, DtksStatus.ACCEPTED],
                DtksStatus.REJECTED: [DtksStatus.SUBMITTED, DtksStatus.REJECTED]}[target]
        for step in path:
            on = min(on + timedelta(days=rng.randint(1, 14)), today)
            dtks.change_status(ctx.uow, worker, pid, step, on=on, today=today)
    return made
