"""German and English wording of the activity report (PDF and Excel) – no Qt, picked by an explicit language.

Labels of choice keys and the date/number formats come from the wording layer (app/wording), which the
GUI uses too, so the report says what the screen says.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from app.services import settings
from app.wording import choice_label, date_text, number_text
from app.wording import language as current_language

LANGUAGES = ("de", "en")

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
    "network_meetings": ("davon Termine von Gremien und Netzwerken",
                         "of which by committees and networks"),
    "confidential_held": ("davon vertrauliche Termine (z. B. Beratung)",
                          "of which confidential (e.g. counselling)"),
    "held_with_attendance": ("davon mit erfasster Teilnahme", "of which with recorded attendance"),
    "attendances": ("Teilnahmen insgesamt", "Attendances in total"),
    "distinct_persons": ("Erreichte Personen", "Persons reached"),
    "distinct_organizations": ("Erreichte Organisationen", "Organisations reached"),
    "new_partner_organizations": ("Neue Netzwerkpartner", "New partner organisations"),
    "new_persons": ("Neu erfasste Kontakte", "New contacts"),
}

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Tätigkeitsbericht", "Activity report"),
    "period": ("Berichtszeitraum", "Reporting period"),
    "previous_period": ("Vergleichszeitraum", "Comparison period"),
    "commissioner": ("", "Integration commissioner"),
    "created": ("Erstellt am", "Created on"),
    "contents": ("Inhalt", "Contents"),
    "page_of": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "summary": ("Das Jahr in Zahlen", "The year in figures"),
    "summary_period": ("Der Zeitraum in Zahlen", "The period in figures"),
    "figure": ("Kennzahl", "Figure"),
    "change": ("Veränderung", "Change"),
    "charts": ("Schwerpunkte der Arbeit", "Focus of the work"),
    "chart_month": ("Durchgeführte Termine je Monat", "Appointments held per month"),
    "chart_kind": ("Durchgeführte Termine nach Art des Termins", "Appointments held by kind of appointment"),
    "kind_note": ("Gezählt nach der beim Termin eingetragenen Art. „Gremiensitzung“ ist eine Art unter "
                  "anderen: Termine von Gremien und Netzwerken können jede Art haben; sie zählt die Zeile "
                  "„davon Termine von Gremien und Netzwerken“ der Kennzahlen.",
                  "Counted by the kind entered for each appointment. “Committee session” is one kind among "
                  "others: appointments of committees and networks can be of any kind; the key figures count "
                  "them in the row “of which by committees and networks”."),
    "chart_field": ("Durchgeführte Termine nach Handlungsfeld", "Appointments held by field of action"),
    "axis_appointments": ("Termine", "Appointments"),
    "axis_month": ("Monat", "Month"),
    "field_note": ("Ein Termin kann mehreren Handlungsfeldern zugeordnet sein.",
                   "An appointment can belong to several fields of action."),
    "without_field": ("ohne Handlungsfeld", "without field of action"),
    "networks": ("Gremien und Netzwerke", "Committees and networks"),
    "network_kind": ("Art", "Kind"),
    "rhythm": ("Turnus", "Rhythm"),
    "meetings_held": ("Termine durchgeführt", "Appointments held"),
    "meetings_planned": ("Termine noch geplant", "Appointments still planned"),
    "meetings_recorded": ("davon mit erfasster Teilnahme", "of which with recorded attendance"),
    "attendances": ("Teilnahmen", "Attendances"),
    "average_attendance": ("Durchschnittliche Teilnahme je Termin mit erfasster Teilnahme",
                           "Average attendance per appointment with recorded attendance"),
    "distinct_persons": ("Verschiedene Personen", "Different persons"),
    "member_organizations": ("Mitgliedsorganisationen", "Member organisations"),
    "no_networks": ("Keine Gremien oder Netzwerke erfasst.", "No committees or networks recorded."),
    "no_members": ("Keine Mitgliedsorganisationen erfasst.", "No member organisations recorded."),
    "network_overview": ("Übersicht", "Overview"),
    "network": ("Gremium", "Network"),
    "meetings": ("Termine durch­geführt", "Held"),
    "recorded_short": ("davon mit Teil­nahme", "Attendance recorded"),
    "average": ("Ø Teilnahme je erfasstem Termin", "Avg. per recorded"),
    "not_recorded": ("nicht erfasst", "not recorded"),
    "expected": ("erw. {n}", "exp. {n}"),
    "appointments": ("Termine im Einzelnen", "Appointments in detail"),
    "date": ("Datum", "Date"),
    "appointment": ("Termin", "Appointment"),
    "kind": ("Art", "Kind"),
    "place": ("Ort", "Place"),
    "participants": ("Teiln.", "Part."),
    "participants_long": ("Teilnehmende", "Participants"),
    "confidential": ("Vertraulicher Termin ({kind})", "Confidential appointment ({kind})"),
    "all_day": ("ganztägig", "all day"),
    "all_day_until": ("ganztägig bis {date}", "all day until {date}"),
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
    "recorded_sentence": ("Bei {recorded} der {held} durchgeführten Termine ist die Teilnahme erfasst; nur "
                          "diese Termine gehen in Teilnahmezahlen und Durchschnitte ein.",
                          "Attendance was recorded at {recorded} of the {held} appointments held; only these "
                          "appointments enter attendance figures and averages."),
    "list_legend": ("Spalte „Teiln.“: Zahl der als anwesend erfassten Personen; „–“ = Teilnahme nicht "
                    "erfasst; „erw. 40“ = erwartete Teilnehmende laut Planung, keine Zählung.",
                    "Column “Part.”: persons recorded as present; “–” = attendance not recorded; “exp. 40” = "
                    "participants expected when planned, not a count."),
    "definitions": ("So wird gezählt", "How we count"),
    "definitions_text": (
        "Ein Termin zählt in dem Monat und Jahr, in dem er beginnt – auch wenn er über Mitternacht oder den "
        "Jahreswechsel dauert. Als durchgeführt gilt ein Termin mit dem Status „Stattgefunden“; abgesagte "
        "Termine zählen nie als durchgeführt. Teilnahmen sind als anwesend erfasste Personen bei "
        "durchgeführten Terminen: wer zweimal kommt, zählt zweimal bei den Teilnahmen und einmal bei den "
        "erreichten Personen. Ist bei einem Termin keine Teilnahme erfasst, ist die Zahl unbekannt (nicht "
        "null): er steht in Listen mit „–“ und bleibt bei Durchschnitten außen vor. "
        "Vertrauliche Termine sind in allen Zahlen enthalten, werden aber nicht "
        "einzeln mit Titel genannt.",
        "An appointment counts in the month and year in which it starts – even when it lasts past midnight "
        "or the turn of the year. An appointment counts as held when its status is “held”; cancelled "
        "appointments never count as held. Attendances are persons recorded as present at held "
        "appointments: someone who comes twice counts twice in attendances and once in persons reached. "
        "Where no attendance was recorded the number is unknown (not zero): lists show “–” and averages leave "
        "the appointment out. Confidential appointments are included in all figures but never listed by title."),
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
    "recorded_col": ("Teilnahme erfasst", "Attendance recorded"),
    "expected_col": ("Erwartete Teilnehmende (Planung)", "Expected participants (as planned)"),
    "member_count": ("Anzahl Mitgliedsorganisationen", "Number of member organisations"),
    "personal_members_col": ("Einzelmitglieder", "Individual members"),
    # `bruecke report` on stdout, in the report's language
    "cli_summary": ("Tätigkeitsbericht {period}: {held}, {attendances}, {persons} erreicht.",
                    "Activity report {period}: {held}, {attendances}, {persons} reached."),
    "cli_written": ("geschrieben: {file}", "written: {file}"),
}

# Counted words of the CLI summary: (German singular, German plural, English singular, English plural).
COUNTED: dict[str, tuple[str, str, str, str]] = {
    "held": ("{n} Termin durchgeführt", "{n} Termine durchgeführt", "{n} appointment held", "{n} appointments held"),
    "attendances": ("{n} Teilnahme", "{n} Teilnahmen", "{n} attendance", "{n} attendances"),
    "persons": ("{n} Person", "{n} Personen", "{n} person", "{n} persons"),
    "personal_members": ("dazu {n} Einzelmitglied", "dazu {n} Einzelmitglieder", "plus {n} individual member",
                         "plus {n} individual members"),
}

# English names of the default fields of action (app.models.entities.DEFAULT_FIELDS_OF_ACTION); the office
# can name any of its fields in English in Settings (setting "field_names_en", JSON {field id: name}).
FIELDS_EN: dict[str, str] = {
    "Willkommenskultur & interkulturelle Öffnung": "Welcome culture & intercultural opening",
    "Bildung/Ausbildung": "Education/vocational training",
    "Sprachförderung": "Language support",
    "Qualifizierung/Arbeit": "Qualification/work",
    "Gesundheit/Soziales": "Health/social affairs",
    "Politik & Gesellschaft": "Politics & society",
    "Interreligiöser Dialog": "Interreligious dialogue",
    "Integration im Quartier": "Integration in the neighbourhood",
    "Arbeitsmarktintegration": "Labour market integration",
    "Soziale Teilhabe": "Social participation",
    "Gewaltschutz": "Protection from violence",
    "Psychosoziale Beratung": "Psychosocial counselling",
    "Sprachmittlung": "Language mediation",
}

# Meeting rhythms are free text; the usual German words get an English equivalent, anything else stays.
RHYTHMS_EN: dict[str, str] = {
    "wöchentlich": "weekly", "zweiwöchentlich": "fortnightly", "vierzehntäglich": "fortnightly",
    "14-täglich": "fortnightly", "monatlich": "monthly", "zweimonatlich": "every two months",
    "alle zwei monate": "every two months", "vierteljährlich": "quarterly", "quartalsweise": "quarterly",
    "halbjährlich": "twice a year", "jährlich": "yearly", "einmal im jahr": "once a year",
    "nach bedarf": "as needed", "bei bedarf": "as needed", "unregelmäßig": "irregular", "laufend": "ongoing",
    "monatlich (online)": "monthly (online)", "projektlaufzeit": "for the project's duration",
    "nach vereinbarung": "by arrangement",
}

SECTIONS = ("summary", "charts", "networks", "appointments", "partners")
"""Report sections the user can pick, in print order."""


def _index(language: str) -> int:
    return 1 if language == "en" else 0


def text(key: str, language: str = "de", **values: object) -> str:
    phrase = TEXT[key][_index(language)]
    return phrase.format(**values) if values else phrase


def counted(key: str, count: int, language: str = "de") -> str:
    """"1 Termin durchgeführt" / "5 Termine durchgeführt" (numbers in the language's format)."""
    forms = COUNTED[key]
    index = 2 * _index(language) + (0 if count == 1 else 1)
    return forms[index].format(n=number(count, language))


def choice(kind_of_choice: str, key: str, language: str = "de") -> str:
    """The label of a stored choice key; an unknown key is shown as it is."""
    return choice_label(kind_of_choice, key, language)


def figure(name: str, language: str = "de") -> str:
    return FIGURES[name][_index(language)]


def month(number: int, language: str = "de", short: bool = False) -> str:
    return (MONTHS_SHORT if short else MONTHS)["en" if language == "en" else "de"][number - 1]


def date(value: dt.date | None, language: str = "de") -> str:
    return date_text(value, language)


def number(value: float, language: str = "de", decimals: int = 0) -> str:
    """1234.5 → "1.234,5" (German) or "1,234.5" (English)."""
    return number_text(value, language, decimals)


def period_label(start: dt.date, end: dt.date, language: str = "de") -> str:
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    return f"{date(start, language)} – {date(end, language)}"


def rhythm(value: str, language: str = "de") -> str:
    """A network's meeting rhythm in the report's language (free text: known German words translated)."""
    value = (value or "").strip()
    if language != "en":
        return value
    return RHYTHMS_EN.get(value.casefold(), value)


def field_name(field_id: int | None, name: str, language: str = "de",
               english: Mapping[int, str] | None = None) -> str:
    """A field of action's name: the office's own English name, else the default translation, else as is."""
    if language != "en":
        return name
    own = (english or {}).get(field_id) if field_id is not None else None
    return own or FIELDS_EN.get(name, name)


def parse_field_names(raw: str) -> dict[int, str]:
    """The setting "field_names_en" ({"3": "Language support", …}); anything unreadable counts as empty."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    result: dict[int, str] = {}
    for key, value in data.items():
        if isinstance(value, str) and value.strip() and str(key).isdigit():
            result[int(key)] = value.strip()
    return result


def english_field_names() -> dict[int, str]:

    return parse_field_names(settings.get("field_names_en"))


def field_label(field_id: int | None, name: str, language: str | None = None,
                english: Mapping[int, str] | None = None) -> str:
    """The one name a user reads for a field of action, in the GUI and everywhere else: the stored (German)
    name, or in English (the current wording language unless `language` is given) the office's own English
    name from Settings, else the default translation. Pass `english` (english_field_names()) when labelling
    many fields, to read the setting once."""
    code = language or current_language()
    if code != "en":
        return name
    return field_name(field_id, name, "en", english if english is not None else english_field_names())


def field_labels(fields: Iterable[tuple[int, str]], language: str | None = None) -> dict[int, str]:
    """{id: field_label} for (id, stored name) pairs, reading the English names once."""
    pairs = list(fields)
    code = language or current_language()
    english = english_field_names() if code == "en" else {}
    return {fid: field_label(fid, name, code, english) for fid, name in pairs}


def set_english_field_name(field_id: int, name: str) -> None:
    """Give a field of action its English name for English reports ("" removes it); one transaction."""

    names = english_field_names()
    name = " ".join(name.split())
    if name:
        names[field_id] = name
    else:
        names.pop(field_id, None)
    settings.update({"field_names_en": json.dumps({str(k): v for k, v in sorted(names.items())},
                                                  ensure_ascii=False)})


def role_line(office: Mapping[str, str], language: str = "de") -> str:
    """The commissioner's role under the name on the cover: the office's own title from Settings
    ("Integrationsbeauftragte", "Migrationsbeauftragter" …); English: its English title, else a neutral one."""
    if language == "en":
        return (office.get("commissioner_title_en") or "").strip() or text("commissioner", "en")
    return (office.get("commissioner_title") or "").strip()
