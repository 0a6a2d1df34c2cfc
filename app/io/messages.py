"""Messages of the file formats (reading lists, writing exports) in German and English.

app/io sits below the services, so it keeps its own catalog; the language is the one of app.wording
(set with the UI language), and io code raises its errors with `t(key, …)`.
"""

from __future__ import annotations

from app.wording.language import pick

CATALOG: dict[str, tuple[str, str]] = {
    "file_missing": ("Die Datei „{name}“ gibt es nicht (mehr).", "The file “{name}” does not exist (any more)."),
    "is_folder": ("„{name}“ ist ein Ordner, keine Datei.", "“{name}” is a folder, not a file."),
    "cannot_open": ("Die Datei „{name}“ lässt sich nicht öffnen: {reason}.",
                    "The file “{name}” cannot be opened: {reason}."),
    "file_empty": ("Die Datei „{name}“ ist leer (0 Byte). Bitte die Liste erneut speichern oder noch einmal "
                   "schicken lassen.",
                   "The file “{name}” is empty (0 bytes). Please save the list again or ask for it once more."),
    "too_big": ("„{name}“ ist {size} MB groß (höchstens {limit} MB). Bitte die Liste teilen.",
                "“{name}” is {size} MB (at most {limit} MB). Please split the list."),
    "not_a_table_file": ("„{name}“ ist keine gültige Tabellen-Datei ({suffix}). Bitte in Excel oder LibreOffice "
                         "öffnen und erneut speichern.",
                         "“{name}” is not a valid spreadsheet ({suffix}). Please open it in Excel or LibreOffice "
                         "and save it again."),
    "too_many_parts": ("„{name}“ enthält ungewöhnlich viele Teile ({count}) und wird nicht geöffnet.",
                       "“{name}” holds an unusual number of parts ({count}) and is not opened."),
    "not_xlsx_or_ods": ("„{name}“ ist keine Tabelle (weder .xlsx noch .ods). Bitte in Excel oder LibreOffice öffnen "
                        "und als „Excel-Arbeitsmappe (*.xlsx)“ speichern.",
                        "“{name}” is not a spreadsheet (neither .xlsx nor .ods). Please open it in Excel or "
                        "LibreOffice and save it as “Excel workbook (*.xlsx)”."),
    "unreadable": ("„{name}“ lässt sich nicht lesen: {reason}.", "“{name}” cannot be read: {reason}."),
    "not_csv": ("„{name}“ ist keine Textdatei (CSV). Bitte eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei "
                "wählen.",
                "“{name}” is not a text file (CSV). Please choose an Excel workbook (.xlsx) or a CSV file."),
    "bad_csv_line": ("„{name}“, Zeile {line}: keine lesbare CSV-Zeile ({reason}).",
                     "“{name}”, line {line}: not a readable CSV line ({reason})."),
    "ods_too_big": ("Die OpenDocument-Tabelle ist zu groß zum Einlesen. Bitte die Liste teilen.",
                    "The OpenDocument spreadsheet is too large to read. Please split the list."),
    "password_protected": ("„{name}“ ist mit einem Kennwort geschützt. Bitte in Excel/LibreOffice öffnen, das "
                           "Kennwort entfernen und erneut speichern.",
                           "“{name}” is protected by a password. Please open it in Excel/LibreOffice, remove the "
                           "password and save it again."),
    "no_sheet": ("„{name}“ enthält kein Tabellenblatt mit einer Liste.", "“{name}” holds no sheet with a list."),
    "no_such_date": ("„{value}“ gibt es nicht", "“{value}” does not exist"),
    "not_a_date": ("„{value}“ ist kein Datum (erwartet z. B. 09.07.2025)",
                   "“{value}” is not a date (expected e.g. 09.07.2025)"),
    "not_a_time": ("„{value}“ ist keine Uhrzeit (erwartet z. B. 09:30)",
                   "“{value}” is not a time (expected e.g. 09:30)"),
    "unsupported_type": ("Dateien vom Typ „{suffix}“ können nicht importiert werden. Bitte eine Excel-Arbeitsmappe "
                         "(.xlsx, .xls), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei wählen.",
                         "Files of type “{suffix}” cannot be imported. Please choose an Excel workbook (.xlsx, .xls), "
                         "an OpenDocument spreadsheet (.ods) or a CSV file."),
    "no_extension": ("ohne Endung", "without extension"),
    "vcard_card": ("Karte {number}", "Card {number}"),
    "vcard_card_named": ("Karte {number} („{name}“)", "Card {number} (“{name}”)"),
    "vcard_card_too_big": ("{card} ist auch ohne Foto größer als {limit} und wird nicht übernommen. Bitte den "
                           "Kontakt im Adressbuch prüfen (eine sehr lange Notiz oder ein eingebetteter Anhang?).",
                           "{card} is larger than {limit} even without its photo and is not taken over. Please "
                           "check the contact in the address book (a very long note or an embedded attachment?)."),
    "vcard_card_unfinished": ("{card} endet nicht (END:VCARD fehlt): die Datei ist wohl unvollständig. Die Karte "
                              "wird nicht übernommen.",
                              "{card} does not end (END:VCARD is missing): the file seems incomplete. The card is "
                              "not taken over."),
    "vcard_too_many": ("Die Datei enthält mehr als {limit} Kontakte – {card} ist der erste darüber. Bitte das "
                       "Adressbuch in mehreren Teilen exportieren.",
                       "The file holds more than {limit} contacts – {card} is the first one over. Please export "
                       "the address book in several parts."),
    "not_vcard": ("Keine vCard-Datei (BEGIN:VCARD fehlt).", "Not a vCard file (BEGIN:VCARD is missing)."),
    "ics_too_big": ("Die Kalenderdatei ist zu groß (über 50 MB).", "The calendar file is too large (over 50 MB)."),
    "ics_broken_line": ("Zeile {number} ist beschädigt oder unvollständig: „{text}“",
                        "Line {number} is damaged or incomplete: “{text}”"),
    "not_ics": ("Keine iCalendar-Datei (BEGIN:VCALENDAR fehlt).",
                "Not an iCalendar file (BEGIN:VCALENDAR is missing)."),
    "ics_truncated": ("Die Datei bricht mitten in einem Eintrag ab (unvollständig gespeichert oder übertragen); "
                      "dieser Eintrag fehlt, die Einträge davor sind gelesen.",
                      "The file stops in the middle of an entry (saved or copied incompletely); that entry is "
                      "missing, the entries before it were read."),
    "ics_availability_only": (
        "Die Kalenderdatei enthält nur Verfügbarkeiten („Gebucht“, „Frei“ …), keine Termine. In Outlook beim "
        "Speichern unter „Weitere Optionen“ als Detailgrad „Vollständige Details“ wählen.",
        "The calendar file holds availability only (\"Busy\", \"Free\" …), no appointments. In Outlook choose "
        "\"More Options\" → detail \"Full details\" when saving the calendar."),
    "program_google_calendar": ("Google Kalender", "Google Calendar"),
    "program_apple_calendar": ("Apple Kalender", "Apple Calendar"),
    "program_google_contacts": ("Google Kontakte", "Google Contacts"),
    "export_format": ("Unbekanntes Dateiformat „{suffix}“: bitte .xlsx oder .csv wählen.",
                      "Unknown file format “{suffix}”: please choose .xlsx or .csv."),
    "privacy_note_too_long": ("Der Datenschutzhinweis ist zu lang für die Fußzeile der Teilnahmeliste (höchstens "
                              "etwa 1.500 Zeichen). Bitte in den Einstellungen kürzen.",
                              "The privacy notice is too long for the sign-in sheet's footer (about 1,500 characters "
                              "at most). Please shorten it in the settings."),
}


def t(key: str, **values: object) -> str:
    return pick(*CATALOG[key]).format(**values)
