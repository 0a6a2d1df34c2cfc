"""German and English wording of the activity report (PDF and Excel) – no Qt, picked by an explicit language.

The German labels of choice keys match app/ui/labels.py (the GUI's translated labels), so the report
says what the screen says.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("de", "en")

_CHOICES: dict[str, dict[str, tuple[str, str]]] = {
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
}

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
MONTHS_SHORT = {
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

# Key figures (statistics.KeyFigures field names).
FIGURES: dict[str, tuple[str, str]] = {
    "appointments": ("Termine insgesamt", "Appointments in total"),
    "held": ("Durchgeführte Termine", "Appointments held"),
    "cancelled": ("Abgesagte Termine", "Appointments cancelled"),
    "planned": ("Noch geplante Termine", "Appointments still planned"),
    "postponed": ("Verschobene Termine", "Appointments postponed"),
    "network_meetings": ("Gremiensitzungen und Netzwerktreffen", "Committee and network meetings"),
    "confidential_held": ("davon vertrauliche Termine (z. B. Beratung)",
                          "of which confidential (e.g. counselling)"),
    "attendances": ("Teilnahmen insgesamt", "Attendances in total"),
    "distinct_persons": ("Erreichte Personen", "Persons reached"),
    "distinct_organisations": ("Erreichte Organisationen", "Organisations reached"),
    "new_partner_organisations": ("Neue Netzwerkpartner", "New partner organisations"),
    "new_persons": ("Neu erfasste Kontakte", "New contacts"),
}

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Tätigkeitsbericht", "Activity report"),
    "period": ("Berichtszeitraum", "Reporting period"),
    "previous_period": ("Vergleichszeitraum", "Comparison period"),
    "commissioner": ("Integrationsbeauftragte/r", "Integration commissioner"),
    "created": ("Erstellt am", "Created on"),
    "contents": ("Inhalt", "Contents"),
    "page_of": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "summary": ("Das Jahr in Zahlen", "The year in figures"),
    "summary_period": ("Der Zeitraum in Zahlen", "The period in figures"),
    "figure": ("Kennzahl", "Figure"),
    "change": ("Veränderung", "Change"),
    "charts": ("Schwerpunkte der Arbeit", "Focus of the work"),
    "chart_month": ("Durchgeführte Termine je Monat", "Appointments held per month"),
    "chart_kind": ("Durchgeführte Termine nach Art", "Appointments held by kind"),
    "chart_field": ("Durchgeführte Termine nach Handlungsfeld", "Appointments held by field of action"),
    "axis_appointments": ("Termine", "Appointments"),
    "axis_month": ("Monat", "Month"),
    "field_note": ("Ein Termin kann mehreren Handlungsfeldern zugeordnet sein.",
                   "An appointment can belong to several fields of action."),
    "without_field": ("ohne Handlungsfeld", "without field of action"),
    "networks": ("Gremien und Netzwerke", "Committees and networks"),
    "network_kind": ("Art", "Kind"),
    "rhythm": ("Turnus", "Rhythm"),
    "meetings_held": ("Sitzungen durchgeführt", "Meetings held"),
    "meetings_planned": ("Sitzungen noch geplant", "Meetings still planned"),
    "attendances": ("Teilnahmen", "Attendances"),
    "average_attendance": ("Durchschnittliche Teilnahme je Sitzung", "Average attendance per meeting"),
    "distinct_persons": ("Verschiedene Personen", "Different persons"),
    "member_organisations": ("Mitgliedsorganisationen", "Member organisations"),
    "personal_members": ("dazu {count} Einzelmitglied(er)", "plus {count} individual member(s)"),
    "no_networks": ("Keine Gremien oder Netzwerke erfasst.", "No committees or networks recorded."),
    "no_members": ("Keine Mitgliedsorganisationen erfasst.", "No member organisations recorded."),
    "network_overview": ("Übersicht", "Overview"),
    "network": ("Gremium", "Network"),
    "meetings": ("Sitzungen", "Meetings"),
    "average": ("Ø Teilnahme", "Avg. attendance"),
    "appointments": ("Termine im Einzelnen", "Appointments in detail"),
    "date": ("Datum", "Date"),
    "appointment": ("Termin", "Appointment"),
    "kind": ("Art", "Kind"),
    "place": ("Ort", "Place"),
    "participants": ("Teiln.", "Part."),
    "participants_long": ("Teilnehmende", "Participants"),
    "confidential": ("Vertraulicher Termin ({kind})", "Confidential appointment ({kind})"),
    "all_day": ("ganztägig", "all day"),
    "no_appointments": ("Keine Termine im Berichtszeitraum.", "No appointments in the reporting period."),
    "partners": ("Anhang: Netzwerkpartner nach Bereich", "Appendix: partner organisations by sector"),
    "organisation": ("Organisation", "Organisation"),
    "city": ("Ort", "City"),
    "partner_since": ("Partner seit", "Partner since"),
    "sector": ("Bereich", "Sector"),
    "no_partners": ("Keine Netzwerkpartner erfasst.", "No partner organisations recorded."),
    "month": ("Monat", "Month"),
    "year": ("Jahr", "Year"),
    "count": ("Anzahl", "Count"),
    "status": ("Status", "Status"),
    "field_of_action": ("Handlungsfeld", "Field of action"),
    "value": ("Wert", "Value"),
    "definitions": ("So wird gezählt", "How we count"),
    "definitions_text": (
        "Ein Termin zählt in dem Monat und Jahr, in dem er beginnt – auch wenn er über Mitternacht oder den "
        "Jahreswechsel dauert. Als durchgeführt gilt ein Termin mit dem Status „Stattgefunden“; abgesagte "
        "Termine zählen nie als durchgeführt. Teilnahmen sind als anwesend erfasste Personen bei "
        "durchgeführten Terminen: wer zweimal kommt, zählt zweimal bei den Teilnahmen und einmal bei den "
        "erreichten Personen. Vertrauliche Termine sind in allen Zahlen enthalten, werden aber nicht "
        "einzeln mit Titel genannt.",
        "An appointment counts in the month and year in which it starts – even when it lasts past midnight "
        "or the turn of the year. An appointment counts as held when its status is “held”; cancelled "
        "appointments never count as held. Attendances are persons recorded as present at held "
        "appointments: someone who comes twice counts twice in attendances and once in persons reached. "
        "Confidential appointments are included in all figures but never listed by title."),
    "status_planned": ("geplant", "planned"),
    "status_cancelled": ("abgesagt", "cancelled"),
    "status_postponed": ("verschoben", "postponed"),
    "sheet_summary": ("Kennzahlen", "Key figures"),
    "sheet_months": ("Monate", "Months"),
    "sheet_kinds": ("Terminarten", "Kinds"),
    "sheet_fields": ("Handlungsfelder", "Fields of action"),
    "sheet_networks": ("Gremien", "Networks"),
    "sheet_appointments": ("Termine", "Appointments"),
    "sheet_partners": ("Netzwerkpartner", "Partners"),
    "previous": ("Vorzeitraum", "Previous period"),
    "current": ("Berichtszeitraum", "Reporting period"),
    "start": ("Beginn", "Start"),
    "end": ("Ende", "End"),
    "time": ("Zeit", "Time"),
    "total": ("Summe", "Total"),
    "yes": ("ja", "yes"),
    "confidential_col": ("Vertraulich", "Confidential"),
    "member_count": ("Anzahl Mitgliedsorganisationen", "Number of member organisations"),
    "personal_members_col": ("Einzelmitglieder", "Individual members"),
}

SECTIONS = ("summary", "charts", "networks", "appointments", "partners")
"""Report sections the user can pick, in print order."""


def _index(language: str) -> int:
    return 1 if language == "en" else 0


def text(key: str, language: str = "de", **values: object) -> str:
    phrase = TEXT[key][_index(language)]
    return phrase.format(**values) if values else phrase


def choice(kind_of_choice: str, key: str, language: str = "de") -> str:
    """The label of a stored choice key; an unknown key is shown as it is."""
    pair = _CHOICES.get(kind_of_choice, {}).get(key)
    return pair[_index(language)] if pair else (key or "")


def figure(name: str, language: str = "de") -> str:
    return FIGURES[name][_index(language)]


def month(number: int, language: str = "de", short: bool = False) -> str:
    return (MONTHS_SHORT if short else MONTHS)["en" if language == "en" else "de"][number - 1]


def date(value: dt.date | None, language: str = "de") -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if language == "en" else value.strftime("%d.%m.%Y")


def number(value: float, language: str = "de", decimals: int = 0) -> str:
    """1234.5 → "1.234,5" (German) or "1,234.5" (English)."""
    formatted = f"{value:,.{decimals}f}"
    if language == "en":
        return formatted
    return formatted.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def period_label(start: dt.date, end: dt.date, language: str = "de") -> str:
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    return f"{date(start, language)} – {date(end, language)}"
