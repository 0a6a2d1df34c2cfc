"""A realistic, deterministic demo office: a county integration commissioner with her partners.

`fill_demo(seed=…)` creates ~35 organisations (a round table of 31 among them), ~150 persons with
German and international names, five networks and 280–300 appointments a year for this and the two
previous years, with fields of action and attendance. `persons`, `years` and `per_year` scale it up
for benchmarks; every write goes through the bulk path in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.models import Appointment, AppointmentField, Attendance, Membership, Organization, Person, db_proxy
from app.models.search import fold
from app.services import appointments, bulk, contacts, holidays, networks, settings
from app.services.attendance import snapshot_of

COUNTY = "Landkreis Lindenau"

ORGANIZATIONS: list[tuple[str, str, str, str]] = [  # name, short name, sector, city
    ("Landratsamt Lindenau – Ausländerbehörde", "ABH", "municipal_office", "Lindenau"),
    ("Landratsamt Lindenau – Jugendamt", "Jugendamt", "municipal_office", "Lindenau"),
    ("Jobcenter Landkreis Lindenau", "Jobcenter", "municipal_office", "Lindenau"),
    ("Stadtverwaltung Lindenau – Sozialamt", "Sozialamt", "municipal_office", "Lindenau"),
    ("Gemeinde Birkhausen", "", "municipal_office", "Birkhausen"),
    ("Agentur für Arbeit Lindenau", "AA", "municipal_office", "Lindenau"),
    ("Goethe-Gymnasium Lindenau", "", "school", "Lindenau"),
    ("Oberschule am Mühlenberg", "", "school", "Birkhausen"),
    ("Grundschule Sonnenweg", "", "school", "Lindenau"),
    ("Berufliches Schulzentrum Lindenau", "BSZ", "school", "Lindenau"),
    ("Kita Regenbogen", "", "kindergarten", "Lindenau"),
    ("Kita Weltentdecker", "", "kindergarten", "Birkhausen"),
    ("Migrationsberatung für Erwachsene (MBE) der Diakonie", "MBE", "counselling_project", "Lindenau"),
    ("Jugendmigrationsdienst Lindenau", "JMD", "counselling_project", "Lindenau"),
    ("Psychosoziales Zentrum für Geflüchtete", "PSZ", "counselling_project", "Lindenau"),
    ("Polizeirevier Lindenau – Prävention", "Polizei", "police", "Lindenau"),
    ("Caritasverband Lindenau e. V.", "Caritas", "welfare_association", "Lindenau"),
    ("Diakonisches Werk Lindenau", "Diakonie", "welfare_association", "Lindenau"),
    ("AWO Kreisverband Lindenau e. V.", "AWO", "welfare_association", "Lindenau"),
    ("DRK Kreisverband Lindenau e. V.", "DRK", "welfare_association", "Lindenau"),
    ("Deutsch-Türkischer Kulturverein Lindenau e. V.", "DTKV", "migrant_organisation", "Lindenau"),
    ("Ukrainischer Verein „Мрія“ e. V.", "Mrija", "migrant_organisation", "Lindenau"),
    ("Arabisches Kulturhaus Al-Nour e. V.", "Al-Nour", "migrant_organisation", "Birkhausen"),
    ("Vietnamesischer Verein Lindenau e. V.", "", "migrant_organisation", "Lindenau"),
    ("Polnische Gemeinschaft Lindenau e. V.", "", "migrant_organisation", "Lindenau"),
    ("Industrie- und Handelskammer Lindenau", "IHK", "employer_chamber", "Lindenau"),
    ("Handwerkskammer Lindenau", "HWK", "employer_chamber", "Lindenau"),
    ("DGB Region Lindenau", "DGB", "union", "Lindenau"),
    ("Volkshochschule Landkreis Lindenau", "VHS", "education_provider", "Lindenau"),
    ("Bildungswerk Integration gGmbH", "", "education_provider", "Birkhausen"),
    ("Ehrenamtsnetzwerk Willkommen in Lindenau", "", "association_volunteers", "Lindenau"),
    ("Evangelische Kirchengemeinde St. Marien", "", "religious_community", "Lindenau"),
    ("Islamische Gemeinde Lindenau", "", "religious_community", "Lindenau"),
    ("Ministerium für Soziales, Gesundheit und Integration", "MSGI", "ministry_state", "Landeshauptstadt"),
    ("Stadtbibliothek Lindenau", "", "other", "Lindenau"),
]
PARTNER_TOWNS = [
    ("Urząd Miasta Kostrzyn nad Odrą", "Kostrzyn", "municipal_office", "Kostrzyn nad Odrą", "Polen"),
    ("Kalmar kommun", "Kalmar", "municipal_office", "Kalmar", "Schweden"),
    ("Alytaus miesto savivaldybė", "Alytus", "municipal_office", "Alytus", "Litauen"),
]

GERMAN_FIRST = ["Anna", "Katrin", "Sabine", "Julia", "Claudia", "Petra", "Monika", "Lena", "Sophie", "Maria",
                "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Jens", "Matthias", "Jan", "Lukas", "Uwe"]
GERMAN_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
               "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
               "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Köhler",
               "Jäger", "Große", "Weiß"]
INTERNATIONAL = [  # names that must appear (tests and the sign-in sheet use them), in their own scripts
    ("Piotr", "Obracht-Prondzyński"), ("Rūta", "Žemaitytė"), ("Олена", "Коваленко"), ("Ayşe", "Yılmaz"),
    ("فاطمة", "حسن"), ("Thị Hương", "Nguyễn"),
]
CULTURES = {  # first names, last names
    "pl": (["Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Joanna", "Paweł"],
           ["Kowalska", "Wiśniewski", "Zając", "Wójcik", "Kamińska", "Lewandowski"]),
    "lt": (["Mindaugas", "Eglė", "Jonas", "Giedrė", "Tomas"],
           ["Kazlauskas", "Petrauskienė", "Jonaitis", "Stankevičius", "Vasiliauskaitė"]),
    "uk": (["Андрій", "Ірина", "Олександр", "Наталія", "Марія", "Дмитро"],
           ["Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Олійник"]),
    "ar": (["محمد", "عمر", "ليلى", "أحمد", "نور", "يوسف"], ["الأحمد", "خليل", "منصور", "حداد", "العلي", "سليمان"]),
    "tr": (["Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Fatma"],
           ["Öztürk", "Şahin", "Çelik", "Doğan", "Kılıç", "Aydın"]),
    "vi": (["Văn Minh", "Thu Hà", "Quốc Bảo", "Thị Lan", "Đức Anh"], ["Trần", "Phạm", "Lê", "Hoàng", "Võ"]),
    "other": (["Karin", "Erik", "Amira", "Dragana", "Samir", "Ana"],
              ["Lindqvist", "Johansson", "Haddad", "Petrović", "Rahimi", "Popescu"]),
}
CULTURE_KEYS = sorted(CULTURES)
FEMALE = {"Anna", "Katrin", "Sabine", "Julia", "Claudia", "Petra", "Monika", "Lena", "Sophie", "Maria", "Rūta",
          "Олена", "Ayşe", "فاطمة", "Thị Hương", "Agnieszka", "Małgorzata", "Joanna", "Eglė", "Giedrė", "Ірина",
          "Наталія", "Марія", "ليلى", "نور", "Elif", "Zeynep", "Fatma", "Thu Hà", "Thị Lan", "Karin", "Amira",
          "Dragana", "Ana"}
FUNCTIONS = ["Sachgebietsleitung", "Sozialarbeit", "Integrationskoordination", "Schulleitung",
             "Kita-Leitung", "Beratung", "Projektleitung", "Vorsitz", "Geschäftsführung",
             "Beauftragte für Migration und Prävention", "Referat Integration", "Ehrenamtskoordination",
             "Sprachmittlung", "Fachbereichsleitung", "Öffentlichkeitsarbeit"]


@dataclass(frozen=True)
class DemoSummary:
    organizations: int
    persons: int
    networks: int
    appointments: int
    attendances: int


def _person_rows(rng: random.Random, count: int, org_ids: list[int],
                 org_country: dict[int, str]) -> list[dict[str, Any]]:
    rows = []
    seen_emails: set[str] = set()
    seen_names: set[tuple[str, str]] = set()
    for i in range(count):
        if i < len(INTERNATIONAL):
            first, last = INTERNATIONAL[i]
        else:
            for _attempt in range(20):  # unique names while there are enough combinations
                if rng.random() < 0.35:
                    firsts, lasts = CULTURES[rng.choice(CULTURE_KEYS)]
                else:
                    firsts, lasts = GERMAN_FIRST, GERMAN_LAST
                first, last = rng.choice(firsts), rng.choice(lasts)
                if (first, last) not in seen_names or len(seen_names) > 1500:
                    break
        seen_names.add((first, last))
        org = org_ids[i % len(org_ids)] if rng.random() < 0.92 else None
        ascii_last = "".join(ch for ch in fold(last) if "a" <= ch <= "z") or "kontakt"
        email = ""
        if rng.random() < 0.85:
            email = f"{ascii_last}.{i}@example.org"
            if email in seen_emails:
                email = ""
            seen_emails.add(email)
        female = first in FEMALE
        rows.append({
            "salutation": "Frau" if female else "Herr",
            "title": "Dr." if rng.random() < 0.07 else ("Prof. Dr." if rng.random() < 0.01 else ""),
            "first_name": first,
            "last_name": last,
            "function": rng.choice(FUNCTIONS),
            "organization": org,
            "email": email,
            "phone": f"03{rng.randint(100, 999)} {rng.randint(10000, 99999)}",
            "city": "" if org else "Lindenau",
            "country": org_country.get(org, "Deutschland") if org else "Deutschland",
            "languages": rng.choice(["Deutsch", "Deutsch, Englisch", "Deutsch, Türkisch", "Ukrainisch, Russisch",
                                     "Arabisch, Deutsch", "Polnisch, Deutsch", "Vietnamesisch"]),
            "legal_basis": "Einwilligung" if org is None else "Berechtigtes Interesse (Netzwerkarbeit)",
            "consent_date": dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900)) if org is None else None,
            "consent_purpose": "Einladungen und Teilnahmelisten" if org is None else "",
            "consent_how": "schriftlich" if org is None else "",
        })
    return rows


# (title, kind, network key or None, per year, fields (indexes into defaults), confidential, location)
SERIES = [
    ("Runder Tisch Integration", "committee_session", "rt", 4, (0, 5, 7), False, "Landratsamt, Saal 1"),
    ("Sitzung des Integrationsbeirats", "committee_session", "beirat", 6, (5, 10), False, "Kreistagssaal"),
    ("AG Große Städte", "meeting", "ag", 4, (0, 3), False, "online"),
    ("Netzwerktreffen Sprachmittlung", "meeting", "sprach", 5, (2, 12), False, "VHS Lindenau, Raum 2.04"),
    ("Studienbesuch „Brücken bauen“", "study_visit", "eu", 3, (0, 5, 10), False, "Partnerstadt"),
    ("Sprechstunde der Integrationsbeauftragten", "counselling_hours", None, 44, (4, 11), True,
     "Landratsamt, Zimmer 112"),
    ("Abstimmung mit dem Jobcenter", "meeting", None, 18, (3, 8), False, "Jobcenter Lindenau"),
    ("Gespräch mit Migrantenorganisation", "meeting", None, 40, (5, 6, 10), False, "Vereinsräume"),
    ("Fachtag Interkulturelle Öffnung", "conference", None, 3, (0,), False, "Kulturhaus Lindenau"),
    ("Landeskonferenz der Integrationsbeauftragten", "conference", None, 4, (5,), False, "Landeshauptstadt"),
    ("Workshop Demokratie leben", "workshop", None, 10, (5, 9), False, "Bildungswerk Birkhausen"),
    ("Vor-Ort-Besuch Gemeinschaftsunterkunft", "site_visit", None, 22, (4, 7, 10), False, "Birkhausen"),
    ("Besuch Kita / Schule", "site_visit", None, 16, (1, 2), False, "Lindenau"),
    ("Pressetermin", "press_date", None, 12, (5,), False, "Landratsamt, Pressestelle"),
    ("Interreligiöses Friedensgebet", "other", None, 4, (6,), False, "St. Marien"),
    ("Sprechtag Gewaltschutz", "counselling_hours", None, 10, (10, 11), True, "Frauenhaus (vertraulich)"),
    ("Abstimmung Ausländerbehörde", "meeting", None, 30, (0, 4), False, "Landratsamt"),
    ("Gesprächsrunde mit Ehrenamtlichen", "meeting", None, 20, (9, 7), False, "Stadtbibliothek"),
    ("Bürgermeisterrunde", "meeting", None, 10, (5, 7), False, "Rathaus Birkhausen"),
    ("Elternabend Sprachförderung", "workshop", None, 8, (1, 2), False, "Grundschule Sonnenweg"),
    ("Jobmesse Integration", "conference", None, 2, (3, 8), False, "BSZ Lindenau"),
    ("Beratung Arbeitgeber zur Beschäftigung Geflüchteter", "counselling_hours", None, 14, (3, 8), False,
     "IHK Lindenau"),
]


DEMO_BUNDESLAND = "NI"  # Landkreis Lindenau lies in Lower Saxony


def _spread_created(rows: list[dict[str, Any]], rng: random.Random, first: dt.date, last: dt.date) -> None:
    """Contacts entered over the years, as in a real office (the report counts newly entered contacts)."""
    days = max(1, (last - first).days)
    for row in rows:
        row["created_at"] = dt.datetime.combine(first + dt.timedelta(days=rng.randrange(days)), dt.time(9))
        row["updated_at"] = row["created_at"]


def _working_day(rng: random.Random, year: int, month: int) -> dt.date:
    """A weekday that is not a public holiday: no office plans its round table on Pfingstmontag."""
    while True:
        day = dt.date(year, month, rng.randint(1, 28))
        if day.weekday() < 5 and holidays.holiday_on(day, DEMO_BUNDESLAND) is None:
            return day


def fill_demo(seed: int = 1, persons: int = 150, years: int = 3, per_year: int | None = None,
              today: dt.date | None = None, progress: Callable[[str], None] | None = None) -> DemoSummary:
    """Fill an empty database with the demo office. Deterministic for a given seed and today."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    report = progress or (lambda message: None)
    with db_proxy.atomic():
        settings.update({
            "office_name": "Integrationsbeauftragte des Landkreises Lindenau",
            "bundesland": DEMO_BUNDESLAND,
            "commissioner": "Dr. Katharina Brandt",
            "commissioner_title": "Integrationsbeauftragte", "commissioner_title_en": "Integration Commissioner",
            "letterhead": f"{COUNTY} · Die Integrationsbeauftragte\nAm Markt 1 · 01067 Lindenau · "
                          "Tel. 03521 700-112 · integration@lindenau.example",
        })
        report("Organisationen")
        org_rows = []
        extra_orgs = max(0, persons // 100 - len(ORGANIZATIONS))
        for index, (name, short, sector, city) in enumerate(ORGANIZATIONS):
            org_rows.append({"name": name, "short_name": short, "sector": sector, "city": city,
                             "postal_code": f"0{1060 + index}", "street": f"Hauptstraße {index + 1}",
                             "country": "Deutschland", "email": f"info{index}@lindenau.example",
                             "phone": f"03521 {70000 + index * 37}", "is_partner": index < 31,
                             "partner_since": dt.date(today.year - 9 + index % 10, 1 + index % 12, 1)
                             if index < 31 else None})
        for name, short, sector, city, country in PARTNER_TOWNS:
            org_rows.append({"name": name, "short_name": short, "sector": sector, "city": city,
                             "country": country, "is_partner": True, "partner_since": dt.date(2024, 3, 1)})
        for index in range(extra_orgs):
            sector = rng.choice(["school", "kindergarten", "association_volunteers", "education_provider",
                                 "migrant_organisation", "other"])
            org_rows.append({"name": f"{rng.choice(['Verein', 'Initiative', 'Schule', 'Kita', 'Projekt'])} "
                                     f"{rng.choice(GERMAN_LAST)} {index + 1}", "sector": sector,
                             "city": rng.choice(["Lindenau", "Birkhausen", "Eichwalde", "Tannenfeld"])})
        org_ids = bulk.insert(contacts.ORGANIZATION, org_rows, audit_action="demo")
        org_country = {oid: str(row.get("country", "Deutschland"))
                       for oid, row in zip(org_ids, org_rows, strict=True)}

        report("Kontakte")
        person_rows = _person_rows(rng, persons, org_ids, org_country)
        _spread_created(person_rows, random.Random(seed + 17), dt.date(today.year - years, 1, 1), today)
        person_ids = bulk.insert(contacts.PERSON, person_rows, audit_action="demo")
        persons_by_org: dict[int, list[int]] = {}
        new_people = Person.select(Person.id, Person.organization).where(
            Person.id.between(person_ids[0], person_ids[-1]))
        for pid, oid in new_people.tuples():
            if oid:
                persons_by_org.setdefault(oid, []).append(pid)

        report("Gremien")
        first_year = today.year - years + 1
        network_specs = {
            "rt": ("Runder Tisch Integration Landkreis Lindenau", "RTI", "round_table", "vierteljährlich", ""),
            "beirat": ("Integrationsbeirat des Landkreises", "Beirat", "advisory_board", "zweimonatlich", ""),
            "ag": ("AG Große Städte", "AG GS", "working_group", "vierteljährlich", ""),
            "sprach": ("Netzwerk Sprachmittlung", "NSM", "network", "nach Bedarf", ""),
            "eu": ("Brücken bauen – Städtepartnerschaft", "EU-Projekt", "project", "Projektlaufzeit",
                   "Europa für Bürgerinnen und Bürger (CERV)"),
        }
        network_ids: dict[str, int] = {}
        for key, (name, short, kind, rhythm, funding) in network_specs.items():
            network_ids[key] = networks.create_network({
                "name": name, "short_name": short, "kind": kind, "rhythm": rhythm, "funding_programme": funding,
                "start_date": dt.date(first_year - 3, 1, 1) if kind != "project" else dt.date(first_year, 3, 1),
                "description": f"{name} im {COUNTY}.",
            }).id
        member_rows: list[tuple[int, int, int | None, str, str | None]] = []

        def contact_of(org_id: int) -> int | None:
            people = persons_by_org.get(org_id)
            return people[0] if people else None

        for index, org_id in enumerate(org_ids[:31]):
            member_rows.append((network_ids["rt"], org_id, contact_of(org_id),
                                "chair" if index == 0 else ("host" if index == 1 else "member"),
                                dt.date(first_year - 3, 1, 1).isoformat()))
        for org_id in org_ids[20:25] + org_ids[12:15]:
            member_rows.append((network_ids["beirat"], org_id, contact_of(org_id), "member", None))
        for org_id in org_ids[0:4] + [org_ids[33]]:
            member_rows.append((network_ids["ag"], org_id, contact_of(org_id), "member", None))
        for org_id in org_ids[12:15] + org_ids[20:25] + org_ids[28:29]:
            member_rows.append((network_ids["sprach"], org_id, contact_of(org_id), "member", None))
        for org_id in org_ids[len(ORGANIZATIONS):len(ORGANIZATIONS) + 3] + org_ids[0:1]:
            member_rows.append((network_ids["eu"], org_id, contact_of(org_id), "member", None))
        bulk.insert_links(Membership, ["network_id", "organization_id", "person_id", "role", "since"], member_rows)

        report("Termine")
        fields = [f.id for f in appointments.fields_of_action()]
        total_per_year = sum(s[3] for s in SERIES)
        scale = (per_year / total_per_year) if per_year else 1.0
        appt_rows = []
        appt_meta = []  # (network key, fields, start)
        for year in range(first_year, today.year + 1):
            for title, kind, network_key, count, field_idx, confidential, location in SERIES:
                n = max(1, round(count * scale * rng.uniform(0.93, 1.07)))
                for i in range(n):
                    month = 1 + (i * 12 // n + rng.randint(0, 1)) % 12
                    day = _working_day(rng, year, month)
                    hour = rng.choice([9, 10, 13, 14, 16] if kind != "conference" else [9])
                    start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30])))
                    length = {"conference": 7, "study_visit": 8, "workshop": 3}.get(kind, 2)
                    all_day = kind == "study_visit"
                    end = start + dt.timedelta(hours=length)
                    if all_day:  # a whole day: from midnight to the last minute of the day, no clock times
                        start, end = dt.datetime.combine(day, dt.time(0)), dt.datetime.combine(day, dt.time(23, 59))
                    if day < today:
                        roll = rng.random()
                        status = "held" if roll < 0.9 else ("cancelled" if roll < 0.97 else "postponed")
                    else:
                        status = "planned"
                    appt_rows.append({
                        "title": title if network_key else f"{title}", "kind": kind, "start": start,
                        "end": end, "all_day": all_day, "location": location, "status": status,
                        "network": network_ids.get(network_key) if network_key else None,
                        "confidential": confidential,
                        "agenda": "1. Begrüßung\n2. Berichte aus den Einrichtungen\n3. Verschiedenes"
                        if network_key else "",
                        "outcome": "Protokoll folgt." if status == "held" and network_key else "",
                        "expected_participants": 31 if network_key == "rt" else None,
                    })
                    appt_meta.append((network_key, field_idx, day, status))
        appt_ids = bulk.insert(appointments.APPOINTMENT, appt_rows, audit_action="demo")
        link_rows = [(aid, fields[i % len(fields)]) for aid, (_, idx, _, _) in zip(appt_ids, appt_meta, strict=True)
                     for i in idx]
        bulk.insert_links(AppointmentField, ["appointment_id", "field_id"], link_rows)

        report("Teilnahmen")
        invitees = {key: networks.invitees(nid) for key, nid in network_ids.items()}
        attendance_rows = []
        all_persons = list(Person.select().where(Person.id.between(person_ids[0], person_ids[-1])))
        orgs_by_id = {org.id: org for org in Organization.select()}
        stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        for aid, (network_key, _, day, status) in zip(appt_ids, appt_meta, strict=True):
            if network_key:
                people = invitees[network_key]
            elif status == "held" and rng.random() < 0.5:
                people = rng.sample(all_persons, k=min(len(all_persons), rng.randint(2, 12)))
            else:
                continue
            for person in people:
                if status == "held":
                    roll = rng.random()
                    state = "attended" if roll < 0.8 else ("excused" if roll < 0.93 else "no_show")
                elif status == "planned":
                    state = "registered" if rng.random() < 0.4 else "invited"
                else:
                    state = "invited"
                snap = snapshot_of(person, orgs_by_id.get(person.organization_id))
                attendance_rows.append((aid, person.id, state, "participant",
                                        f"{day.isoformat()} 09:00:00" if state == "attended" else None,
                                        snap["snapshot_name"], snap["snapshot_sort_name"],
                                        snap["snapshot_organization"], snap["snapshot_function"],
                                        snap["snapshot_city"], snap["snapshot_country"], snap["snapshot_email"],
                                        stamp))
        bulk.insert_links(Attendance, ["appointment_id", "person_id", "status", "role", "checked_in_at",
                                       "snapshot_name", "snapshot_sort_name", "snapshot_organization",
                                       "snapshot_function", "snapshot_city", "snapshot_country", "snapshot_email",
                                       "created_at"], attendance_rows)
        from app.services.demo_calendar import fill_calendar  # issue 12: series, a moved one, follow-ups
        fill_calendar(today)
    # statistics for the query planner: without them range queries on large offices pick slow indexes
    db_proxy.obj.execute_sql("ANALYZE")
    return DemoSummary(len(org_ids), len(person_ids), len(network_ids), Appointment.select().count(),
                       len(attendance_rows))


def is_empty() -> bool:
    return not (Person.select().exists() or Organization.select().exists() or Appointment.select().exists())
