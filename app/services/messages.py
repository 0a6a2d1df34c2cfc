"""User-facing messages of the services, German first, English second (the GUI picks the language)."""

from __future__ import annotations

_language = "de"

CATALOG: dict[str, tuple[str, str]] = {
    "required": ("Pflichtfeld – bitte ausfüllen.", "Required – please fill in."),
    "email": ("Keine gültige E-Mail-Adresse: {value}", "Not a valid e-mail address: {value}"),
    "url": ("Keine gültige Web-Adresse: {value}", "Not a valid web address: {value}"),
    "date": ("Kein gültiges Datum: {value}", "Not a valid date: {value}"),
    "datetime": ("Kein gültiger Zeitpunkt: {value}", "Not a valid date and time: {value}"),
    "int": ("Keine ganze Zahl ≥ 0: {value}", "Not a whole number ≥ 0: {value}"),
    "choice": ("Unbekannter Wert: {value}", "Unknown value: {value}"),
    "unknown_field": ("Unbekanntes Feld.", "Unknown field."),
    "too_long": ("Zu lang (höchstens {limit} Zeichen).", "Too long (at most {limit} characters)."),
    "end_before_start": ("Ende liegt vor dem Beginn.", "End is before the start."),
    "until_before_since": ("„Bis“ liegt vor „seit“.", "“Until” is before “since”."),
    "withdrawn_before_consent": ("Widerruf liegt vor der Einwilligung.", "Withdrawal is before the consent."),
    "missing_ref": ("Verweis auf einen nicht vorhandenen Datensatz ({value}).",
                    "Refers to a record that does not exist ({value})."),
    "member_needs_one": ("Mitglied braucht eine Organisation oder eine Person.",
                         "A member needs an organisation or a person."),
    "not_found": ("{entity} Nr. {id} gibt es nicht.", "{entity} no. {id} does not exist."),
    "delete_person_history": (
        "{name} hat {count} Teilnahme(n) in der Terminhistorie. Löschen würde die Historie verfälschen – "
        "bitte archivieren (oder nach DSGVO löschen/anonymisieren).",
        "{name} has {count} attendance record(s) in the appointment history. Deleting would falsify the "
        "history – please archive instead (or erase/anonymise under the GDPR)."),
    "delete_org_people": (
        "{name} hat noch {count} Kontakt(e). Bitte die Kontakte zuerst einer anderen Organisation zuordnen "
        "oder die Organisation archivieren.",
        "{name} still has {count} contact(s). Please move the contacts to another organisation first or "
        "archive the organisation."),
    "delete_org_members": (
        "{name} ist Mitglied in {count} Gremium/Gremien. Bitte archivieren – die Mitgliedschaften bleiben "
        "so nachvollziehbar.",
        "{name} is a member of {count} network(s). Please archive it – the memberships stay traceable."),
    "delete_network_meetings": (
        "Zu {name} gibt es {count} Termin(e). Bitte archivieren, damit die Sitzungshistorie erhalten bleibt.",
        "{name} has {count} appointment(s). Please archive it so the meeting history stays intact."),
    "delete_held_appointment": (
        "„{name}“ hat {count} erfasste Teilnahme(n). Ein stattgefundener Termin mit Anwesenheit wird nicht "
        "gelöscht – bitte stattdessen absagen.",
        "“{name}” has {count} recorded attendance(s). A held appointment with attendance is not deleted – "
        "please cancel it instead."),
    "field_in_use": ("Das Handlungsfeld ist {count} Termin(en) zugeordnet – bitte archivieren.",
                     "The field of action is assigned to {count} appointment(s) – please archive it."),
    "duplicate_name": ("Gibt es schon: {value}", "Already exists: {value}"),
    # --- series, planning warnings, follow-ups (issue 12) ---
    "series_entity": ("Terminserie", "Appointment series"),
    "series_bad_rule": ("Keine gültige Wiederholungsregel: {value}", "Not a valid recurrence rule: {value}"),
    "series_until_before_start": ("Das Ende der Serie liegt vor ihrem Beginn.", "The series ends before it starts."),
    "series_no_occurrence": ("Diese Regel ergibt keinen einzigen Termin.", "This rule yields no appointment at all."),
    "series_already": ("Der Termin gehört schon zu einer Serie.", "The appointment already belongs to a series."),
    "warn_conflict": ("Überschneidung mit „{title}“ ({when})", "Overlaps “{title}” ({when})"),
    "warn_conflicts_more": ("… und {count} weitere Termine", "… and {count} more appointments"),
    "warn_holiday": ("{day} ist ein Feiertag: {name}", "{day} is a public holiday: {name}"),
    "followup_title_required": ("Bitte einen Titel angeben.", "Please enter a title."),
    "followup_needs_due": ("Bitte ein Fälligkeitsdatum angeben.", "Please enter a due date."),
    "followup_from_appointment": ("Nachbereitung: {title}", "Follow-up: {title}"),
}

ENTITY_NAMES: dict[str, tuple[str, str]] = {
    "person": ("Kontakt", "Contact"),
    "organization": ("Organisation", "Organisation"),
    "network": ("Gremium", "Network"),
    "membership": ("Mitgliedschaft", "Membership"),
    "appointment": ("Termin", "Appointment"),
    "attendance": ("Teilnahme", "Attendance"),
    "field_of_action": ("Handlungsfeld", "Field of action"),
    "follow_up": ("Wiedervorlage", "Follow-up"),
}


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "de"


def language() -> str:
    return _language


def t(key: str, **values: object) -> str:
    german, english = CATALOG[key]
    return (english if _language == "en" else german).format(**values)


def entity_name(entity: str) -> str:
    german, english = ENTITY_NAMES.get(entity, (entity, entity))
    return english if _language == "en" else german
