"""Labels of the stable choice keys stored in the database, German and English (no Qt).

The database keeps English keys; the GUI (app/ui/labels.py), the report, exports and messages all show
these labels, so a kind or status reads the same everywhere. The order of each kind is the model's.
"""

from __future__ import annotations

from app.models.entities import (
    APPOINTMENT_KINDS,
    APPOINTMENT_STATUSES,
    ATTENDANCE_ROLES,
    ATTENDANCE_STATUSES,
    MEMBERSHIP_ROLES,
    NETWORK_KINDS,
    SECTORS,
)
from app.wording.language import pick

CHOICES: dict[str, dict[str, tuple[str, str]]] = {
    "sector": {
        "municipal_office": ("Kommunale Verwaltung", "Municipal administration"),
        "school": ("Schule", "School"),
        "kindergarten": ("Kita", "Day-care centre"),
        "counselling_project": ("Beratungsprojekt", "Counselling project"),
        "police": ("Polizei/Sicherheitsbehörde", "Police/security authority"),
        "welfare_association": ("Wohlfahrtsverband", "Welfare association"),
        "migrant_organisation": ("Migrantenorganisation", "Migrant organisation"),
        "employer_chamber": ("Arbeitgeber/Kammer", "Employer/chamber"),
        "union": ("Gewerkschaft", "Trade union"),
        "ministry_state": ("Ministerium/Land", "Ministry/state"),
        "association_volunteers": ("Verein/Ehrenamt", "Association/volunteers"),
        "religious_community": ("Religionsgemeinschaft", "Religious community"),
        "education_provider": ("Bildungsträger", "Education provider"),
        "other": ("Sonstige", "Other"),
    },
    "network_kind": {
        "round_table": ("Runder Tisch", "Round table"),
        "advisory_board": ("Beirat", "Advisory board"),
        "working_group": ("Arbeitsgruppe", "Working group"),
        "network": ("Netzwerk", "Network"),
        "project": ("Projekt", "Project"),
    },
    "membership_role": {
        "member": ("Mitglied", "Member"),
        "chair": ("Vorsitz", "Chair"),
        "host": ("Gastgeber", "Host"),
        "guest": ("Gast", "Guest"),
    },
    "appointment_kind": {
        "meeting": ("Besprechung", "Meeting"),
        "committee_session": ("Gremiensitzung", "Committee session"),
        "conference": ("Konferenz", "Conference"),
        "workshop": ("Workshop", "Workshop"),
        "counselling_hours": ("Sprechstunde", "Counselling hours"),
        "site_visit": ("Ortstermin", "Site visit"),
        "study_visit": ("Studienbesuch", "Study visit"),
        "press_date": ("Pressetermin", "Press date"),
        "other": ("Sonstiges", "Other"),
    },
    "appointment_status": {
        "planned": ("Geplant", "Planned"),
        "held": ("Stattgefunden", "Held"),
        "cancelled": ("Abgesagt", "Cancelled"),
        "postponed": ("Verschoben", "Postponed"),
    },
    "attendance_status": {
        "invited": ("Eingeladen", "Invited"),
        "registered": ("Angemeldet", "Registered"),
        "declined": ("Hat abgesagt", "Declined"),
        "attended": ("Anwesend", "Attended"),
        "excused": ("Entschuldigt", "Excused"),
        "no_show": ("Nicht erschienen", "No-show"),
    },
    "attendance_role": {
        "participant": ("Teilnehmende/r", "Participant"),
        "speaker": ("Referent/in", "Speaker"),
        "moderator": ("Moderation", "Moderator"),
        "guest": ("Gast", "Guest"),
        "delegation": ("Delegation", "Delegation"),
    },
    "entity": {
        "person": ("Kontakte", "Contacts"),
        "organization": ("Organisationen", "Organisations"),
        "network": ("Gremien & Netzwerke", "Networks & committees"),
        "appointment": ("Termine", "Appointments"),
    },
}

ORDER: dict[str, tuple[str, ...]] = {
    "sector": SECTORS,
    "network_kind": NETWORK_KINDS,
    "membership_role": MEMBERSHIP_ROLES,
    "appointment_kind": APPOINTMENT_KINDS,
    "appointment_status": APPOINTMENT_STATUSES,
    "attendance_status": ATTENDANCE_STATUSES,
    "attendance_role": ATTENDANCE_ROLES,
    "entity": ("organization", "network", "person", "appointment"),
}


def choice_label(kind_of_choice: str, key: str, code: str | None = None) -> str:
    """The label of one stored key in the current (or given) language; an unknown key as it is."""
    pair = CHOICES.get(kind_of_choice, {}).get(key)
    return pick(*pair, code) if pair else (key or "")


def choice_labels(kind_of_choice: str, code: str | None = None) -> list[tuple[str, str]]:
    """(key, label) pairs in the model's order, e.g. for a combo box or a legend."""
    return [(key, choice_label(kind_of_choice, key, code)) for key in ORDER[kind_of_choice]]
