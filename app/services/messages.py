"""User-facing messages of the services, German first, English second (the GUI picks the language)."""

from __future__ import annotations

from app.wording.language import language, pick, set_language

__all__ = ["CATALOG", "ENTITY_NAMES", "PLURALS", "entity_name", "language", "set_language", "t", "tn"]

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
    "duplicate_name": ("Gibt es schon: {value}", "Already exists: {value}"),
    # --- data safety (issue 17) ---
    "erasure_scrubbed": ("Der Name stand außerdem in {where} und wurde dort durch „{erased}“ ersetzt.",
                         "The name also appeared in {where} and was replaced there with “{erased}”."),
    "erasure_log_unreadable": (
        "Das Löschprotokoll in {file} ist nicht lesbar ({reason}). Ohne es könnten nach Art. 17 gelöschte "
        "Personen zurückkehren – die Wiederherstellung wurde abgebrochen, nichts wurde geändert.",
        "The erasure log in {file} cannot be read ({reason}). Without it, persons erased under Art. 17 could "
        "come back – the restore was stopped, nothing was changed."),
    "disk_full": ("Kein Speicherplatz mehr auf dem Laufwerk ({where}). Es wurde nichts geändert; bitte Platz "
                  "schaffen und erneut versuchen.",
                  "No space left on the drive ({where}). Nothing was changed; please free some space and try "
                  "again."),
    "db_locked": ("Die Datenbank ist gerade von einem anderen Programm zum Schreiben gesperrt. Bitte das andere "
                  "Programm beenden oder gleich noch einmal versuchen; es wurde nichts geändert.",
                  "The database is locked for writing by another program. Please close it or try again in a "
                  "moment; nothing was changed."),
    "db_readonly": ("Die Datenbank ist schreibgeschützt (Datei oder Ordner ohne Schreibrecht). Ansehen, Suchen, "
                    "Berichte und Export gehen; Änderungen nicht.",
                    "The database is read-only (file or folder without write permission). Browsing, search, "
                    "reports and export work; changes do not."),
    "file_readonly": ("In {where} kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung).",
                      "Cannot write to {where} (read-only or no permission)."),
    "csv_field_too_large": ("Die CSV-Datei enthält ein riesiges Feld (über {limit} Zeichen) – vermutlich ein "
                            "fehlendes Anführungszeichen. Bitte die Datei prüfen.",
                            "The CSV file contains a huge field (over {limit} characters) – probably a missing "
                            "quote. Please check the file."),
    "lock_path_invalid": ("Die Sperrdatei {path} lässt sich nicht anlegen ({reason}). Bitte den Eintrag an "
                          "dieser Stelle entfernen oder einen anderen Ordner wählen.",
                          "The lock file {path} cannot be created ({reason}). Please remove what is in its place "
                          "or choose another folder."),
    "retention_years_range": ("--years muss eine ganze Zahl von 1 bis 100 sein (nicht {value}).",
                              "--years must be a whole number from 1 to 100 (not {value})."),
    "bad_date_option": ("{option}: kein gültiges Datum „{value}“ (erwartet JJJJ-MM-TT, z. B. 2026-01-31).",
                        "{option}: not a valid date “{value}” (expected YYYY-MM-DD, e.g. 2026-01-31)."),
    "pdf_suffix_required": ("Die Teilnahmeliste ist eine PDF-Datei: bitte einen Namen mit .pdf angeben "
                            "(nicht „{name}“).",
                            "The sign-in sheet is a PDF file: please give a name ending in .pdf (not “{name}”)."),
    "restore_not_bruecke": ("Die Datei {file} ist keine Brücke-Sicherung ({reason}); es wurde nichts geändert.",
                            "The file {file} is not a Brücke backup ({reason}); nothing was changed."),
    "restore_damaged": ("Die Sicherung {file} ist beschädigt ({reason}); es wurde nichts geändert.",
                        "The backup {file} is damaged ({reason}); nothing was changed."),
    "restore_too_new": ("Die Sicherung {file} stammt von einer neueren Brücke-Version (Schema {version}); es "
                        "wurde nichts geändert.",
                        "The backup {file} comes from a newer Brücke version (schema {version}); nothing was "
                        "changed."),
    "restore_needs_passphrase": (
        "Die Sicherung {file} ist verschlüsselt und passt nicht zum aktuellen Kennwort. Bitte ihr eigenes "
        "Kennwort angeben (bruecke restore DATEI --backup-passphrase-env VARIABLE).",
        "The backup {file} is encrypted and does not match the current passphrase. Please give its own "
        "passphrase (bruecke restore FILE --backup-passphrase-env VARIABLE)."),
    "restore_wrong_passphrase": ("Das angegebene Kennwort passt nicht zur Sicherung {file}; es wurde nichts "
                                 "geändert.",
                                 "The passphrase given does not match the backup {file}; nothing was changed."),
    "restore_missing": ("Die Sicherung {file} gibt es nicht.", "The backup {file} does not exist."),
    "plain_backups_left": ("Diese Dateien enthalten das Büro noch unverschlüsselt: {files}. Löschen mit "
                           "bruecke encrypt --plain-backups delete (oder von Hand).",
                           "These files still hold the office unencrypted: {files}. Delete them with "
                           "bruecke encrypt --plain-backups delete (or by hand)."),
    "erasure_backups_left": ("Diese Sicherungen ließen sich nicht bereinigen (anderes Kennwort oder beschädigt) "
                             "und enthalten die Person noch: {files}.",
                             "These backups could not be cleaned (another passphrase or damaged) and still "
                             "hold the person: {files}."),
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
    # --- ICS/vCard exchange, letters, mail (issue 11 §5/§6/§8) ---
    "exchange_summary": ("{create} neu, {update} zu aktualisieren, {skip} übersprungen, {error} fehlerhaft",
                         "{create} new, {update} to update, {skip} skipped, {error} with errors"),
    "exchange_result": ("{created} neu angelegt, {updated} aktualisiert, {skipped} übersprungen.",
                        "{created} created, {updated} updated, {skipped} skipped."),
    "exchange_bad_choice": ("Diese Aktion passt nicht zur Zeile: {choice}",
                            "This action does not fit the row: {choice}"),
    "exchange_taken_anyway": ("trotzdem übernommen ({reason})", "taken anyway ({reason})"),
    "exchange_unknown_format": ("{name}: keine Kalender- (.ics) oder vCard-Datei (.vcf).",
                                "{name}: not a calendar (.ics) or vCard (.vcf) file."),
    "exchange_wrong_kind": ("{name} passt zu „{kind}“ – bitte --kind {kind} angeben.",
                            "{name} fits “{kind}” – please use --kind {kind}."),
    "exchange_unreadable": ("{name} lässt sich nicht lesen: {reason}", "{name} cannot be read: {reason}"),
    "exchange_broken_file": ("{name} ist keine lesbare Datei dieses Formats: {reason}",
                             "{name} is not a readable file of this format: {reason}"),
    "exchange_export_format": ("Für {what} bitte .ics (Termine) bzw. .vcf (Kontakte) angeben.",
                               "For {what} please give .ics (appointments) or .vcf (contacts)."),
    "exchange_skip_private": ("privat (als „Privat“ markiert)", "private (marked as private)"),
    "exchange_skip_confidential_role": ("vertraulich – nur die oder der Beauftragte kann vertrauliche Termine "
                                        "übernehmen", "confidential – only the commissioner can import "
                                        "confidential appointments"),
    "exchange_skip_absent": ("Abwesenheit (Status „Abwesend“)", "absence (shown as “out of office”)"),
    "exchange_skip_category": ("Kategorie „{category}“ – privat", "category “{category}” – private"),
    "exchange_skip_redacted": ("vertraulicher Termin – der Export enthält keine Einzelheiten",
                               "confidential appointment – the export holds no details"),
    "exchange_unchanged": ("unverändert", "unchanged"),
    "exchange_update": ("schon vorhanden – wird aktualisiert", "already there – will be updated"),
    "exchange_new": ("neu", "new"),
    "exchange_untitled": ("(ohne Titel)", "(untitled)"),
    "exchange_no_name": ("weder Name noch Organisation", "neither name nor organisation"),
    "exchange_unreadable_entry": ("nicht lesbar: {reason}", "unreadable: {reason}"),
    "exchange_duplicate_in_file": ("steht weiter oben schon in der Datei", "already earlier in the file"),
    "exchange_group_card": ("Kontaktgruppe – ihre Mitglieder stehen einzeln in der Datei",
                            "contact group – its members are separate entries in the file"),
    "exchange_photo_dropped": ("Foto nicht übernommen", "photo not taken over"),
    "exchange_email_to_notes": ("E-Mail „{value}“ ist keine gültige Adresse – steht in den Notizen",
                                "e-mail “{value}” is not a valid address – kept in the notes"),
    "exchange_series_detail": ("Serie: {rule} · {count} Termine ({moved} verschoben)",
                               "Series: {rule} · {count} appointments ({moved} moved)"),
    "exchange_rule_unsupported": ("Wiederholung „{rule}“ wird als einzelne Termine übernommen",
                                  "repetition “{rule}” is taken over as single appointments"),
    "exchange_progress": ("Termine und Kontakte werden gespeichert …", "Saving appointments and contacts …"),
    # import preview and reasons in both languages (QA of issue 11, issue 15.8)
    "import_row_unchanged": ("Zeile {number}: unverändert (gibt es schon als Nr. {id})",
                             "Row {number}: unchanged (already there as no. {id})"),
    "import_row": ("Zeile {number}: {text}", "Row {number}: {text}"),
    "import_row_private": ("Zeile {number}: privat ({reason}) – nicht übernommen",
                           "Row {number}: private ({reason}) – not taken over"),
    "import_row_holiday": ("Zeile {number}: {reason} – nicht übernommen", "Row {number}: {reason} – not taken over"),
    "import_private_marked": ("als privat markiert", "marked as private"),
    "import_private_sensitivity": ("Vertraulichkeit „{value}“", "sensitivity “{value}”"),
    "import_private_category": ("Kategorie „{category}“", "category “{category}”"),
    "import_private_absent": ("als abwesend eingetragen", "shown as out of office"),
    "import_row_same_appointment": ("Zeile {number}: gleicher Termin wie Zeile {earlier}",
                                    "Row {number}: same appointment as row {earlier}"),
    "import_row_appointment_exists": ("Zeile {number}: Termin gibt es schon (Nr. {id})",
                                      "Row {number}: appointment already exists (no. {id})"),
    "import_invitees_line": ("Eingeladen: {names}", "Invited: {names}"),
    "import_row_appointment_moved": ("Zeile {number}: Termin Nr. {id} am selben Tag zu anderer Zeit – verschoben",
                                     "Row {number}: appointment no. {id} on the same day at another time – moved"),
    "import_row_appointment_meanwhile": ("Zeile {number}: Termin gibt es inzwischen (Nr. {id})",
                                         "Row {number}: appointment exists by now (no. {id})"),
    "import_row_contact_meanwhile": ("Zeile {number}: inzwischen als Kontakt Nr. {id} angelegt",
                                     "Row {number}: created as contact no. {id} in the meantime"),
    "import_row_org_exists": ("Zeile {number}: Organisation „{name}“ gibt es schon",
                              "Row {number}: organisation “{name}” already exists"),
    "import_row_org_fills": ("Zeile {number}: Organisation „{name}“ gibt es schon – ergänzt: {fields}",
                             "Row {number}: organisation “{name}” already exists – adds: {fields}"),
    "import_row_org_like": ("Zeile {number}: Organisation wie Zeile {earlier}",
                            "Row {number}: same organisation as row {earlier}"),
    "import_row_text_below": ("Zeile {number}: Text unter der Tabelle „{text}“ übersprungen",
                              "Row {number}: text below the table “{text}” skipped"),
    "import_sheet_line": ("Tabellenblatt „{name}“ (weitere: {others}; ein anderes mit --sheet NAME)",
                          "Sheet “{name}” (others: {others}; another one with --sheet NAME)"),
    "import_row_hidden": ("in der Datei ausgeblendet", "hidden in the file"),  # spreadsheet.hidden_rows
    "import_footer": ("Fußzeile „{text}“ übersprungen", "footer “{text}” skipped"),
    "import_same_email": ("gleiche E-Mail", "same e-mail"),
    "import_same_name": ("gleicher Name und gleiche Organisation", "same name and same organisation"),
    "import_row_duplicate_in_file": ("Zeile {number}: doppelt in der Datei ({how} wie Zeile {earlier})",
                                     "Row {number}: twice in the file ({how} as row {earlier})"),
    "import_row_contact_exists": ("Zeile {number}: gibt es schon als Kontakt Nr. {id} ({name}; {how})",
                                  "Row {number}: already exists as contact no. {id} ({name}; {how})"),
    "import_progress_row": ("Zeile {number} wird geprüft …", "Checking row {number} …"),
    "import_preview_done": ("Vorschau fertig", "Preview ready"),
    "import_preview_summary": ("{create} neu{extra}, {update} aktualisiert, {skip} übersprungen, {error} fehlerhaft",
                               "{create} new{extra}, {update} updated, {skip} skipped, {error} with errors"),
    "import_result": ("{created} neu angelegt{extra}, {updated} aktualisiert, {skipped} übersprungen, "
                      "{errors} fehlerhaft.",
                      "{created} created{extra}, {updated} updated, {skipped} skipped, {errors} with errors."),
    "import_saving_contacts": ("Kontakte werden gespeichert …", "Saving contacts …"),
    "import_updating_contacts": ("Kontakte werden aktualisiert …", "Updating contacts …"),
    "import_saving_appointments": ("Termine werden gespeichert …", "Saving appointments …"),
    "import_organisation_row": ("Organisation {name}", "Organisation {name}"),
    "import_untitled": ("(ohne Thema)", "(no subject)"),
    "import_missing": ("{field}: fehlt", "{field}: missing"),
    "import_name_missing": ("Name: fehlt (Nachname ist Pflicht)", "Name: missing (the last name is required)"),
    "import_bad_email": ("E-Mail: „{value}“ ist keine gültige E-Mail-Adresse",
                         "E-mail: “{value}” is not a valid e-mail address"),
    "import_too_long": ("{field}: zu lang (höchstens {limit} Zeichen)",
                        "{field}: too long (at most {limit} characters)"),
    "import_before_start": ("{field}: {value} liegt vor dem Beginn {start}",
                            "{field}: {value} is before the start {start}"),
    "import_field_problem": ("{field}: {problem}", "{field}: {problem}"),
    "import_mapping_header": ("Kopfzeile: Zeile {number}", "Header row: row {number}"),
    "import_mapping_remembered": (" (Zuordnung wie beim letzten Mal)", " (mapping as last time)"),
    "import_mapping_profile": ("Profil: {label} ({profile})", "Profile: {label} ({profile})"),
    "import_mapping_no_profile": ("Profil: keins erkannt – Zuordnung nach Spaltentiteln und Werten",
                                  "Profile: none recognised – mapped by column titles and values"),
    "import_mapping_unused": ("– nicht übernommen –", "– not taken over –"),
    "import_mapping_note_line": ("Notizen, als Zeile „{label}: …“", "Notes, as the line “{label}: …”"),
    "import_empty_header": ("(leer)", "(empty)"),
    "import_not_a_number": ("{field}: „{value}“ ist keine Zahl", "{field}: “{value}” is not a number"),
    "import_network_unknown": ("Gremium: „{name}“ gibt es nicht – bitte zuerst anlegen oder Spalte leeren",
                               "Network: “{name}” does not exist – please create it first or empty the column"),
    "letter_salutation_f": ("Sehr geehrte Frau {name},", "Dear Ms {name},"),
    "letter_salutation_m": ("Sehr geehrter Herr {name},", "Dear Mr {name},"),
    "letter_salutation_neutral": ("Guten Tag {name},", "Dear {name},"),
    "letter_salutation_couple": ("Sehr geehrte Frau {name}, sehr geehrter Herr {name},", "Dear Ms and Mr {name},"),
    "letter_salutation_all": ("Sehr geehrte Damen und Herren,", "Dear Sir or Madam,"),
    "mail_no_addresses": ("Keine E-Mail-Adressen vorhanden.", "No e-mail addresses."),
    # several people, one office (issue 13)
    "edit_conflict": ("{entity} wurde inzwischen von {user} geändert und gespeichert. Es wurde nichts "
                      "überschrieben – bitte wählen: meine Fassung, die gespeicherte oder beide zusammenführen.",
                      "{entity} was changed and saved by {user} in the meantime. Nothing was overwritten – "
                      "please choose: my version, the saved one, or merge both."),
    "users_unknown_role": ("Unbekannte Rolle „{role}“ – erlaubt: commissioner, assistant, reader.",
                           "Unknown role '{role}' – allowed: commissioner, assistant, reader."),
    "users_not_found": ("Die Person „{name}“ hat kein Brücke-Konto auf diesem Server.",
                        "'{name}' has no Brücke account on this server."),
    "users_need_server": ("Personen und Rollen gibt es nur auf einem PostgreSQL-Server (--db postgresql://…).",
                          "People and roles exist only on a PostgreSQL server (--db postgresql://…)."),
    "users_bad_name": ("Ungültiger Name „{name}“ – Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.",
                       "Invalid name '{name}' – letters, digits, dot, hyphen and underscore."),
    "migrate_target_not_empty": ("Das Ziel {target} enthält schon Daten ({count} Datensätze) – bitte ein leeres "
                                 "Ziel wählen.", "The target {target} already holds data ({count} records) – "
                                 "please choose an empty one."),
    "migrate_mismatch": ("Die Kopie stimmt nicht mit der Quelle überein ({detail}); das Ziel wurde verworfen.",
                         "The copy does not match the source ({detail}); the target was discarded."),
    # --- service messages the GUI shows (issue 15 #8): backup, privacy, start, import ---
    "no_database_open": ("Keine Datenbank geöffnet.", "No database is open."),
    "no_server_database": ("Keine Server-Datenbank geöffnet.", "No server database is open."),
    "program_missing": ("Das Programm {name} fehlt (PostgreSQL-Client, Debian-Paket postgresql-client).",
                        "The program {name} is missing (PostgreSQL client, Debian package postgresql-client)."),
    "program_failed": ("{name} ist fehlgeschlagen: {detail}", "{name} failed: {detail}"),
    "backup_folder_unreachable_short": ("Der Sicherungsordner {folder} ist nicht erreichbar ({reason}).",
                                        "The backup folder {folder} cannot be reached ({reason})."),
    "backup_missing": ("Die Sicherung {path} gibt es nicht.", "The backup {path} does not exist."),
    "backup_too_new": ("Die Sicherung {name} stammt von einer neueren Brücke-Version.",
                       "The backup {name} comes from a newer version of Brücke."),
    "unknown_value": ("„{value}“ ist kein bekannter Wert", "“{value}” is not a known value"),
    "row_cells_not_kept": ("Zeile {number}: die Zellen dieser Zeile werden in so langen Listen nicht vorgehalten – "
                           "bitte in der Datei berichtigen.",
                           "Row {number}: the cells of this row are not kept for lists this long – please correct "
                           "it in the file."),
    "backup_folder_unreachable": (
        "Der Sicherungsordner {folder} ist nicht erreichbar ({reason}). Bitte in den Einstellungen einen anderen "
        "Ordner wählen.",
        "The backup folder {folder} cannot be reached ({reason}). Please choose another folder in the settings."),
    "backup_failed": ("Die Sicherung nach {folder} ist fehlgeschlagen ({reason}); die Datenbank ist unverändert.",
                      "The backup to {folder} failed ({reason}); the database is unchanged."),
    "person_not_found": ("Kontakt Nr. {id} gibt es nicht.", "Contact no. {id} does not exist."),
    "not_consent_fields": ("Keine Einwilligungsfelder: {names}", "Not consent fields: {names}"),
    "person_erased_readonly": (
        "Dieser Kontakt wurde nach Art. 17 gelöscht und kann nicht mehr bearbeitet werden.",
        "This contact was erased under Art. 17 and can no longer be edited."),
    "export_format_pdf_xlsx": ("Unbekanntes Format „{suffix}“ – bitte .pdf oder .xlsx wählen.",
                               "Unknown format “{suffix}” – please choose .pdf or .xlsx."),
    "person_already_erased": ("Kontakt Nr. {id} wurde bereits gelöscht.", "Contact no. {id} was already erased."),
    "audit_export_xlsx": ("Das Protokoll wird als Excel-Datei (.xlsx) exportiert.",
                          "The change log is exported as an Excel file (.xlsx)."),
    "env_var_missing": ("Die Umgebungsvariable {name} ist nicht gesetzt oder leer.",
                        "The environment variable {name} is not set or empty."),
    "encrypted_needs_passphrase": ("{path} ist verschlüsselt: bitte --passphrase-env VARIABLE angeben.",
                                   "{path} is encrypted: please give --passphrase-env VARIABLE."),
    "no_passphrase": ("Kein Kennwort eingegeben.", "No passphrase entered."),
    "database_missing": ("Die Datenbank {path} gibt es nicht.", "The database {path} does not exist."),
    "source_schema_differs": (
        "Die Quelle hat Schema {version}, diese Brücke-Version {latest}: bitte die Quelle erst einmal mit dieser "
        "Brücke-Version öffnen (sie wird dabei umgestellt).",
        "The source has schema {version}, this version of Brücke {latest}: please open the source once with this "
        "version of Brücke first (it is converted on opening)."),
    "import_needs_appointment": ("Für eine Teilnahmeliste bitte den Termin wählen (--appointment NR).",
                                 "For an attendance list please choose the appointment (--appointment NO)."),
    "appointment_not_found": ("Termin Nr. {id} gibt es nicht.", "Appointment no. {id} does not exist."),
    "import_not_found": ("Import Nr. {id} gibt es nicht.", "Import no. {id} does not exist."),
    "import_already_undone": ("Import Nr. {id} wurde am {when:%d.%m.%Y %H:%M} schon rückgängig gemacht.",
                              "Import no. {id} was already undone on {when:%d/%m/%Y %H:%M}."),
    "import_undo_refused": ("Der Import kann nicht rückgängig gemacht werden: {reason}",
                            "The import cannot be undone: {reason}"),
    "import_kind_unknown": ("Unbekannte Importart „{kind}“.", "Unknown kind of import “{kind}”."),
    "import_file_empty": ("„{name}“ enthält keine Daten (die ersten Zeilen sind leer).",
                          "“{name}” holds no data (the first rows are empty)."),
    # --- import mapping, profiles, CLI (issue 11 #1–#3) ---
    "import_map_doubles": ("Diese Felder sind mehreren Spalten zugeordnet: {labels}.",
                           "These fields are assigned to more than one column: {labels}."),
    "import_map_name": ("Bitte eine Spalte als „Name“ oder „Nachname“ zuordnen.",
                        "Please assign a column as “Name” or “Last name”."),
    "import_map_missing": ("Bitte Spalten zuordnen für: {fields}.", "Please assign columns for: {fields}."),
    "import_profile_unknown": ("Unbekanntes Profil „{name}“ (bekannt: {names}, none).",
                               "Unknown profile “{name}” (known: {names}, none)."),
    "import_map_syntax": ("--map „{item}“: bitte als \"Spalte=feld\" angeben, z. B. --map \"Mail=email\".",
                          "--map “{item}”: please give it as \"Column=field\", e.g. --map \"Mail=email\"."),
    "import_map_column": ("--map „{item}“: eine Spalte „{column}“ gibt es in der Kopfzeile nicht (Spalten: {columns}).",
                          "--map “{item}”: the header row has no column “{column}” (columns: {columns})."),
    "import_map_field": ("--map „{item}“: unbekanntes Feld „{field}“ (möglich: {fields}).",
                         "--map “{item}”: unknown field “{field}” (possible: {fields})."),
    "retention_none": ("Keine Kontakte ohne Aktivität {since}.", "No contacts without activity {since}."),
    "import_lock_busy": ("{reason} Der Import wurde nicht ausgeführt (nach {wait} s Warten).",
                         "{reason} The import was not run (after waiting {wait} s)."),
    # start-up check running after the window shows (issue 15 point 17)
    "db_checking": ("Die Datenbank wird nach dem Start noch geprüft; bis dahin wird nichts gespeichert. Bitte in "
                    "wenigen Sekunden noch einmal versuchen.",
                    "The database is still being checked after the start; nothing is saved until then. Please "
                    "try again in a few seconds."),
    # --- `bruecke check` on the office server (app/services/check_server.py) ---
    "check_purpose_next_id": ("neue Nummern", "new ids"),
    "check_purpose_signed_in_user": ("Anmeldename im Protokoll", "signed-in user in the logs"),
    "check_purpose_notify": ("Live-Aktualisierung der anderen Fenster", "live updates of the other windows"),
    "check_schema_ok": ("Schema-Version {version} passt zu diesem Programm",
                        "Schema version {version} matches this program"),
    "check_schema_wrong": ("Schema-Version {found}, dieses Programm erwartet {expected} – Brücke einmal als "
                           "Verwaltung starten bzw. aktualisieren",
                           "Schema version {found}, this program expects {expected} – start Brücke once as the "
                           "administrator or update it"),
    "check_extensions_ok": ("Erweiterungen vorhanden: {names}", "Extensions present: {names}"),
    "check_extension_missing": ("Erweiterung {name} fehlt (die Suche braucht sie) – als Verwaltung: CREATE EXTENSION "
                                "{name}",
                                "Extension {name} is missing (search needs it) – as the administrator: CREATE "
                                "EXTENSION {name}"),
    "check_indexes_ok": ("Indizes vollständig und gültig ({count})", "Indexes complete and valid ({count})"),
    "check_index_invalid": ("Index {index} auf {table} ist ungültig (abgebrochener Aufbau) – REINDEX INDEX "
                            "\"{index}\"",
                            "Index {index} on {table} is invalid (interrupted build) – REINDEX INDEX \"{index}\""),
    "check_index_missing": ("Index {index} auf {table} fehlt", "Index {index} on {table} is missing"),
    "check_triggers_ok": ("Trigger vorhanden und aktiv ({count})", "Triggers present and enabled ({count})"),
    "check_trigger_missing": ("Trigger {trigger} auf {table} fehlt ({purpose})",
                              "Trigger {trigger} on {table} is missing ({purpose})"),
    "check_trigger_disabled": ("Trigger {trigger} auf {table} ist abgeschaltet ({purpose})",
                               "Trigger {trigger} on {table} is disabled ({purpose})"),
    "check_rls_ok": ("Zeilenschutz für Assistenz und Lesende aktiv ({count} Tabellen)",
                     "Row-level security for assistants and readers enabled ({count} tables)"),
    "check_rls_no_roles": ("Zeilenschutz nicht geprüft: Rollen noch nicht eingerichtet (bruecke server-init)",
                           "Row-level security not checked: roles not set up yet (bruecke server-init)"),
    "check_rls_off": ("Zeilenschutz auf {table} ist aus – Assistenz und Lesende sähen vertrauliche Termine; "
                      "bruecke server-init erneut ausführen",
                      "Row-level security on {table} is off – assistants and readers would see confidential "
                      "appointments; run bruecke server-init again"),
    "check_policy_missing": ("Zeilenschutz-Regel {policy} auf {table} fehlt – bruecke server-init erneut ausführen",
                             "Row-level security policy {policy} on {table} is missing – run bruecke server-init "
                             "again"),
    "check_next_id_rights": ("bruecke_next_id() läuft nicht mit den Rechten der Verwaltung – Assistenz bekäme falsche "
                             "Nummern; bruecke server-init erneut ausführen",
                             "bruecke_next_id() does not run with the administrator's rights – assistants would "
                             "get wrong ids; run bruecke server-init again"),
    "check_sequences_unreadable": ("Beauftragte können das Büro nicht sichern: kein Leserecht auf {names} – "
                                   "bruecke server-init erneut ausführen",
                                   "The commissioner cannot back up the office: no read right on {names} – run "
                                   "bruecke server-init again"),
    "check_fk_ok": ("Fremdschlüssel vorhanden und geprüft ({count})", "Foreign keys present and validated ({count})"),
    "check_fk_missing": ("Fremdschlüssel {table}.{column} → {target} fehlt",
                         "Foreign key {table}.{column} → {target} is missing"),
    "check_fk_not_valid": ("Fremdschlüssel {table}.{column} → {target} ist nicht geprüft (NOT VALID)",
                           "Foreign key {table}.{column} → {target} is not validated (NOT VALID)"),
    "check_fk_orphans": ("verwaiste Verweise: {count} (Nr. {ids})", "orphaned references: {count} (no. {ids})"),
    "check_search_ok": ("Suchindex passt zu den Datensätzen", "Search index matches the records"),
    "check_search_missing": ("Suchindex: {count} × {kind} ohne Eintrag (Nr. {ids}) – nicht auffindbar",
                             "Search index: {count} × {kind} without an entry (no. {ids}) – cannot be found"),
    "check_search_stray": ("Suchindex: {count} Einträge für {kind} ohne Datensatz (Nr. {ids})",
                           "Search index: {count} entries for {kind} without a record (no. {ids})"),
    "check_search_unknown_kind": ("Suchindex: {count} Einträge unbekannter Art",
                                  "Search index: {count} entries of an unknown kind"),
    "check_search_words": ("Suchindex: {count} Suchwörter ohne Eintrag",
                           "Search index: {count} words without an entry"),
    "check_btree_ok": ("Indexstruktur mit amcheck geprüft ({count} B-Baum-Indizes)",
                       "Index structure checked with amcheck ({count} B-tree indexes)"),
    "check_btree_damaged": ("Index {index} ist beschädigt: {detail} – REINDEX INDEX \"{index}\"",
                            "Index {index} is damaged: {detail} – REINDEX INDEX \"{index}\""),
    "check_amcheck_not_installed": ("Indexstruktur nicht geprüft (übersprungen): Erweiterung amcheck nicht "
                                    "installiert – als Verwaltung: CREATE EXTENSION amcheck",
                                    "Index structure not checked (skipped): extension amcheck not installed – "
                                    "as the administrator: CREATE EXTENSION amcheck"),
    "check_amcheck_unavailable": ("Indexstruktur nicht geprüft (übersprungen): amcheck gibt es auf diesem Server nicht",
                                  "Index structure not checked (skipped): amcheck is not available on this server"),
    "check_amcheck_no_right": ("Indexstruktur nicht geprüft (übersprungen): diese Anmeldung darf amcheck nicht "
                               "benutzen (GRANT EXECUTE ON FUNCTION bt_index_check(regclass))",
                               "Index structure not checked (skipped): this sign-in may not use amcheck (GRANT "
                               "EXECUTE ON FUNCTION bt_index_check(regclass))"),
    # --- backups on the office server: one automatic backup a day for the whole office (backup_pg.py) ---
    "backup_role_limited": ("Eine Sicherung mit dieser Anmeldung wäre unvollständig: vertrauliche Termine sind für "
                            "Assistenz und Lesende unsichtbar und fehlten darin. Sicherungen macht die oder der "
                            "Beauftragte – und vor allem die IT mit der Sicherung des Servers.",
                            "A backup with this sign-in would be incomplete: confidential appointments are invisible "
                            "to assistants and readers and would be missing. Backups are made by the commissioner – "
                            "and above all by the IT backing up the server."),
    "backup_daily_by_commissioner": ("Die automatische Tagessicherung des Büros macht die oder der Beauftragte.",
                                     "The office's automatic daily backup is made by the commissioner."),
    "backup_daily_none": ("Eine automatische Tagessicherung des Büros gibt es noch nicht.",
                          "There is no automatic daily backup of the office yet."),
    "backup_daily_today": ("heute", "today"),
    "backup_daily_made": ("Tagessicherung des Büros: {day} um {time} von {user} ({host}).",
                          "Office's daily backup: {day} at {time} by {user} ({host})."),
    "restore_owner_only": ("Eine Wiederherstellung auf dem Büro-Server ersetzt Tabellen und Rechte; das darf nur die "
                           "Verwaltung (die Anmeldung, die bruecke server-init ausgeführt hat) – bitte die IT: "
                           "bruecke restore DATEI --db postgresql://VERWALTUNG@…",
                           "A restore on the office server replaces tables and rights; only the administrator (the "
                           "sign-in that ran bruecke server-init) may do it – please ask the IT: bruecke restore "
                           "FILE --db postgresql://ADMIN@…"),
    "backup_server_main_safeguard": ("Wichtigster Schutz bleibt die Sicherung des Servers durch Ihre IT.",
                                     "The main safeguard remains the server backup by your IT."),
    # contacts with nothing but an e-mail address (CSV and vCard import)
    "import_name_from_email": ("kein Name in der Datei: die E-Mail-Adresse „{value}“ wird als Nachname übernommen",
                               "no name in the file: the e-mail address “{value}” becomes the last name"),
    "import_name_from_display": ("kein Name in der Datei: der Anzeigename der E-Mail-Adresse „{value}“ wird als "
                                 "Nachname übernommen",
                                 "no name in the file: the e-mail address's display name “{value}” becomes the "
                                 "last name"),
    # public and school holidays in an imported calendar (CSV and .ics, imports/calendar.holiday_reason)
    "calendar_skip_holiday": ("Feiertag oder Ferien „{title}“ – kein Termin des Büros",
                              "public or school holiday “{title}” – not an office appointment"),
    "import_private_title": ("Titel „{title}“", "title “{title}”"),
    "exchange_skip_title": ("„{title}“ – privat", "“{title}” – private"),
}

# Messages with a count: (German singular, German plural, English singular, English plural), picked by
# tn(key, n) – never "Kontakt(e)" (issue 15.6). {count} is the number; other {values} as in CATALOG.
PLURALS: dict[str, tuple[str, str, str, str]] = {
    "exchange_entries": ("Erkannt: {profile} ({format}), {count} Eintrag",
                         "Erkannt: {profile} ({format}), {count} Einträge",
                         "Recognised: {profile} ({format}), {count} entry",
                         "Recognised: {profile} ({format}), {count} entries"),
    "delete_person_history": (
        "{name} hat {count} Teilnahme in der Terminhistorie. Löschen würde die Historie verfälschen – "
        "bitte archivieren (oder nach DSGVO löschen/anonymisieren).",
        "{name} hat {count} Teilnahmen in der Terminhistorie. Löschen würde die Historie verfälschen – "
        "bitte archivieren (oder nach DSGVO löschen/anonymisieren).",
        "{name} has {count} attendance record in the appointment history. Deleting would falsify the "
        "history – please archive instead (or erase/anonymise under the GDPR).",
        "{name} has {count} attendance records in the appointment history. Deleting would falsify the "
        "history – please archive instead (or erase/anonymise under the GDPR)."),
    "delete_org_people": (
        "{name} hat noch {count} Kontakt. Bitte den Kontakt zuerst einer anderen Organisation zuordnen "
        "oder die Organisation archivieren.",
        "{name} hat noch {count} Kontakte. Bitte die Kontakte zuerst einer anderen Organisation zuordnen "
        "oder die Organisation archivieren.",
        "{name} still has {count} contact. Please move the contact to another organisation first or "
        "archive the organisation.",
        "{name} still has {count} contacts. Please move the contacts to another organisation first or "
        "archive the organisation."),
    "delete_org_members": (
        "{name} ist Mitglied in {count} Gremium. Bitte archivieren – die Mitgliedschaft bleibt so "
        "nachvollziehbar.",
        "{name} ist Mitglied in {count} Gremien. Bitte archivieren – die Mitgliedschaften bleiben so "
        "nachvollziehbar.",
        "{name} is a member of {count} network. Please archive it – the membership stays traceable.",
        "{name} is a member of {count} networks. Please archive it – the memberships stay traceable."),
    "delete_network_meetings": (
        "Zu {name} gibt es {count} Termin. Bitte archivieren, damit die Sitzungshistorie erhalten bleibt.",
        "Zu {name} gibt es {count} Termine. Bitte archivieren, damit die Sitzungshistorie erhalten bleibt.",
        "{name} has {count} appointment. Please archive it so the meeting history stays intact.",
        "{name} has {count} appointments. Please archive it so the meeting history stays intact."),
    "delete_held_appointment": (
        "„{name}“ hat {count} erfasste Teilnahme. Ein stattgefundener Termin mit Anwesenheit wird nicht "
        "gelöscht – bitte stattdessen absagen.",
        "„{name}“ hat {count} erfasste Teilnahmen. Ein stattgefundener Termin mit Anwesenheit wird nicht "
        "gelöscht – bitte stattdessen absagen.",
        "“{name}” has {count} recorded attendance. A held appointment with attendance is not deleted – "
        "please cancel it instead.",
        "“{name}” has {count} recorded attendances. A held appointment with attendance is not deleted – "
        "please cancel it instead."),
    "field_in_use": ("Das Handlungsfeld ist {count} Termin zugeordnet – bitte archivieren.",
                     "Das Handlungsfeld ist {count} Terminen zugeordnet – bitte archivieren.",
                     "The field of action is assigned to {count} appointment – please archive it.",
                     "The field of action is assigned to {count} appointments – please archive it."),
    "erasure_summary": ("{count} Kontakt anonymisiert.", "{count} Kontakte anonymisiert.",
                        "{count} contact anonymised.", "{count} contacts anonymised."),
    "erasure_in_appointments": ("{count} Termin", "{count} Terminen", "{count} appointment", "{count} appointments"),
    "erasure_in_series": ("{count} Terminserie", "{count} Terminserien", "{count} appointment series",
                          "{count} appointment series"),
    "erasure_in_follow_ups": ("{count} Wiedervorlage", "{count} Wiedervorlagen", "{count} follow-up",
                              "{count} follow-ups"),
    "erasure_in_organisations": ("{count} Organisationsnotiz", "{count} Organisationsnotizen",
                                 "{count} organisation note", "{count} organisation notes"),
    "erasure_in_networks": ("{count} Gremienbeschreibung", "{count} Gremienbeschreibungen",
                            "{count} network description", "{count} network descriptions"),
    "erasure_in_other_persons": ("{count} anderen Kontakt", "{count} anderen Kontakten", "{count} other contact",
                                 "{count} other contacts"),
    "erasure_backups_cleaned": ("Auch in {count} Sicherung gelöscht.", "Auch in {count} Sicherungen gelöscht.",
                                "Also erased in {count} backup.", "Also erased in {count} backups."),
    "partial_backups_removed": ("{count} unvollständige Sicherung eines abgebrochenen Laufs entfernt.",
                                "{count} unvollständige Sicherungen eines abgebrochenen Laufs entfernt.",
                                "{count} incomplete backup of an interrupted run removed.",
                                "{count} incomplete backups of an interrupted run removed."),
    "partial_backups_busy": (
        "{count} unvollständige Sicherung – gerade in Arbeit oder abgebrochen (Reste werden beim nächsten Start "
        "entfernt): {files}",
        "{count} unvollständige Sicherungen – gerade in Arbeit oder abgebrochen (Reste werden beim nächsten "
        "Start entfernt): {files}",
        "{count} incomplete backup – in progress or interrupted (leftovers are removed at the next start): "
        "{files}",
        "{count} incomplete backups – in progress or interrupted (leftovers are removed at the next start): "
        "{files}"),
    "erasures_replayed": ("{count} Löschung nach Art. 17 erneut angewendet.",
                          "{count} Löschungen nach Art. 17 erneut angewendet.",
                          "{count} erasure under Art. 17 applied again.",
                          "{count} erasures under Art. 17 applied again."),
    "retention_since": ("seit {count} Jahr", "seit {count} Jahren", "for {count} year", "for {count} years"),
    "retention_found": ("{count} Kontakt ohne Aktivität {since}.", "{count} Kontakte ohne Aktivität {since}.",
                        "{count} contact without activity {since}.", "{count} contacts without activity {since}."),
    "backups_reencrypted": ("{count} ältere Sicherung mit dem neuen Kennwort verschlüsselt.",
                            "{count} ältere Sicherungen mit dem neuen Kennwort verschlüsselt.",
                            "{count} older backup encrypted with the new passphrase.",
                            "{count} older backups encrypted with the new passphrase."),
    "plain_copies_deleted": ("{count} unverschlüsselte Kopie gelöscht.", "{count} unverschlüsselte Kopien gelöscht.",
                             "{count} unencrypted copy deleted.", "{count} unencrypted copies deleted."),
    "plain_copies_ask_delete": (
        "{count} unverschlüsselte Kopie lässt sich nicht verschlüsseln ({files}). Löschen? [j/N] ",
        "{count} unverschlüsselte Kopien lassen sich nicht verschlüsseln ({files}). Löschen? [j/N] ",
        "{count} unencrypted copy cannot be encrypted ({files}). Delete it? [y/N] ",
        "{count} unencrypted copies cannot be encrypted ({files}). Delete them? [y/N] "),
    "plain_backups_encrypted_at_open": (
        "{count} unverschlüsselte Sicherung des verschlüsselten Büros mit seinem Kennwort verschlüsselt: {files}",
        "{count} unverschlüsselte Sicherungen des verschlüsselten Büros mit seinem Kennwort verschlüsselt: {files}",
        "{count} unencrypted backup of the encrypted office encrypted with its passphrase: {files}",
        "{count} unencrypted backups of the encrypted office encrypted with its passphrase: {files}"),
    "plain_copies_deleted_named": ("{count} unverschlüsselte Kopie gelöscht: {files}",
                                   "{count} unverschlüsselte Kopien gelöscht: {files}",
                                   "{count} unencrypted copy deleted: {files}",
                                   "{count} unencrypted copies deleted: {files}"),
    "follow_ups_count": ("{count} Wiedervorlage", "{count} Wiedervorlagen", "{count} follow-up", "{count} follow-ups"),
    "import_new_organisations": (" (dazu {count} neue Organisation)", " (dazu {count} neue Organisationen)",
                                 " (plus {count} new organisation)", " (plus {count} new organisations)"),
    "exchange_lines_unreadable": ("{count} nicht lesbare Zeile in die Notizen übernommen („{line}“)",
                                  "{count} nicht lesbare Zeilen in die Notizen übernommen („{line}“ …)",
                                  "{count} unreadable line kept in the notes (“{line}”)",
                                  "{count} unreadable lines kept in the notes (“{line}” …)"),
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


def t(key: str, **values: object) -> str:
    if key in PLURALS:  # a counted message reached through t(): still the right plural form
        count = values.pop("count")
        return tn(key, int(str(count)), **values)
    german, english = CATALOG[key]
    return pick(german, english).format(**values)


def tn(key: str, n: int, **values: object) -> str:
    """A counted message in the current language with the right singular or plural form for `n`
    ("1 Kontakt anonymisiert", "2 Kontakte anonymisiert"; "1 contact", "2 contacts"); {count} is `n`.

    German and English both use the singular for exactly 1 and the plural otherwise (also for 0)."""
    de_one, de_other, en_one, en_other = PLURALS[key]
    text = pick(de_one, en_one) if n == 1 else pick(de_other, en_other)
    return text.format(count=n, **values)


def entity_name(entity: str) -> str:
    return pick(*ENTITY_NAMES.get(entity, (entity, entity)))
