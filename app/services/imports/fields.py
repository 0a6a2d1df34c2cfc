"""The values of one row for a contact or an appointment, with every problem named by field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from app.io import cells
from app.io.cells import CellError
from app.models.entities import APPOINTMENT_KINDS, APPOINTMENT_STATUSES, ATTENDANCE_ROLES, ATTENDANCE_STATUSES
from app.services import records, report_labels
from app.services.imports import calendar
from app.services.imports.mapping import Layout
from app.services.imports.targets import ATTENDANCE_WORDS, KIND_WORDS, ROLE_WORDS, STATUS_WORDS, header_key, label
from app.services.messages import t
from app.wording import date_text, datetime_text

_TEXT_FIELDS = ("function", "organization", "street", "city", "country", "languages")
_NAME_AND_TEXT_FIELDS = ("first_name", "last_name", "middle_name", *_TEXT_FIELDS)


def choice(value: object, words: dict[str, tuple[str, ...]], allowed: Sequence[str]) -> str:
    if isinstance(value, bool):
        return "attended" if value and "attended" in allowed else ""
    text = cells.text(value)
    if not text:
        return ""
    if text in allowed:
        return text
    key = header_key(text)
    for key_choice, synonyms in words.items():
        if key in synonyms:
            return key_choice
    for group in ("appointment_kind", "appointment_status"):
        for item in allowed:
            if key in (header_key(report_labels.choice(group, item, "de")),
                       header_key(report_labels.choice(group, item, "en"))):
                return item
    for key_choice, synonyms in words.items():
        if any(len(s) > 3 and s in key for s in synonyms):
            return key_choice
    raise CellError(t("unknown_value", value=text))


def _name_from_email(picked: dict[str, Any], email: str) -> tuple[str, str]:
    """(last name, hint for the preview) for a contact with nothing but an e-mail address: the e-mail's display
    name where the program exported one (values.EMAIL_NAME, "Newsletter X (adresse)" without "(adresse)"),
    otherwise the address itself – as Outlook's "Speichern unter" shows such a contact."""
    shown = cells.text(picked.get("email_name")).strip()
    head, bracket, inner = shown.rpartition("(")
    if bracket and shown.endswith(")") and "@" in inner:
        shown = head.strip()
    if shown and "@" not in shown:
        return shown, t("import_name_from_display", value=shown)
    return email, t("import_name_from_email", value=email)


_LEGAL_FORM = re.compile(r"(?i)[\s,]+(?:e\.\s?v|g?gmbh|gbr|ug|ag|kg|eg|mbh|ltd|inc)\.?\s*$")


@lru_cache(maxsize=1024)  # an organisation's name repeats on many rows
def company_key(name: str) -> str:
    """(Cached: an erasure empties it with the other name caches, services/erasure.py.)"""
    return cells.canonical(_LEGAL_FORM.sub("", name))


def _names_the_company(full: str, organization: str) -> bool:
    """Whether a display name is the organisation's own name, legal form aside ("Tafel Lindenau" at "Tafel
    Lindenau e.V."). canonical works letter by letter, so the organisation's key must begin with the first word's:
    most rows – a person's name – are answered by that check, with the first name from canonical's cache."""
    key = company_key(organization)
    name = _LEGAL_FORM.sub("", full)
    words = name.split(maxsplit=1)
    if words and not key.startswith(cells.canonical(words[0])):
        return False
    return cells.canonical(name) == key


def _categories(text: str) -> str:
    """Outlook's "Netzwerk;Presse" as written; Google's labels "* myContacts ::: Netzwerk Bildung" without its own
    groups (marked "* ") – as the vCard import leaves out Google's CATEGORIES "myContacts", "starred"."""
    if "*" not in text and ":::" not in text:
        return text
    parts = [part.strip() for part in text.split(":::")]
    return ", ".join(part for part in parts if part and not part.startswith("*"))


def _starts_with_prefix(full: str) -> bool:
    """Cheap first look: does a display name begin with "Dr.", "Prof.", "Frau", "Herr" …? (most do not)"""
    head = full.split(" ", 1)[0]
    return head.endswith(".") or head.lower() in cells.SALUTATIONS


def _prefix_from_display_name(full: str, values: dict[str, Any]) -> None:
    """Thunderbird exports no name prefix: "Dr. Şükrü Yılmaz" beside first and last name keeps the title only in
    its display name. Taken from there when the rest of the display name is the contact's own name."""
    salutation, title, rest = cells.split_prefix(full)
    if not rest or not (title or salutation):
        return
    name = values.get("last_name") or values.get("first_name") or ""
    if not name or cells.canonical(name) not in cells.canonical(rest):
        return  # another name (a company, a deputy): not this contact's title ("Frau Dr. Weiß" is Birgit Weiß's)
    if title and not values.get("title"):
        values["title"] = title
    if salutation and not values.get("salutation"):
        values["salutation"] = salutation


def _split_at_last_space(full: str, values: dict[str, Any]) -> bool:
    """Thunderbird's address collector fills first and last name by cutting the display name at its last space
    (nsAbAddressCollector::SplitFullName): "Müller, Hans" → "Müller," + "Hans", "Schmidt, Anna, Dr." →
    "Schmidt, Anna," + "Dr.", "Müller, Hans (Jugendamt)" → "Müller, Hans" + "(Jugendamt)", "Hans von der Heide" →
    "Hans von der" + "Heide". Such a pair is read from the display name instead; a pair cut where the name is cut
    ("Hans" + "Müller") stays."""
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not (first and last) or len(full) != len(first) + len(last) + 1 or full != f"{first} {last}":
        return False
    if "," in first or last.startswith("(") or first.rpartition(" ")[2].lower() in cells.PARTICLES:
        return True  # (the last: "Hans von der" + "Heide")
    salutation, title, rest = cells.split_prefix(last)
    return bool(title or salutation) and not rest


def person_values(kind: str, picked: dict[str, Any], extra: list[str], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in _NAME_AND_TEXT_FIELDS:
        if key in picked:
            text = cells.text(picked[key])
            if text:
                values[key] = text
    full = cells.text(picked["name"]) if "name" in picked else ""
    if full and not (values.get("last_name") or values.get("first_name")) and values.get("organization") \
            and _names_the_company(full, values["organization"]):
        full = ""  # Thunderbird: a company's entry shows its name ("Tafel Lindenau" at "Tafel Lindenau e.V.")
    if full and _split_at_last_space(full, values):  # Thunderbird's collected "Müller, Hans": read it again
        del values["first_name"], values["last_name"]
    if full and not (values.get("last_name") or values.get("first_name")):
        full, degrees = cells.split_name_suffix(full)  # "Anna Berg, M.A.", "Müller, Hans (Jugendamt)"
        if degrees:
            extra.append(f"Namenszusatz: {degrees}")  # (the line Outlook's and Google's suffix columns give)
        values.update({k: v for k, v in cells.split_name(full).items() if v})
        if "@" in full and values.get("last_name") == full:  # Thunderbird: the display name is the address
            values["name_hint"] = t("import_name_from_email", value=full)
    elif full and _starts_with_prefix(full):
        _prefix_from_display_name(full, values)
    for key in ("salutation", "title"):  # "Herr Dr.", "Prof. Dr." – salutation and academic title apart
        text = cells.text(picked[key]) if key in picked else ""
        if text:
            salutation, title, rest = cells.split_prefix(text)
            if salutation:
                values["salutation"] = salutation
            elif rest and key == "salutation":
                values["salutation"] = cells.SALUTATIONS.get(rest.rstrip(".").lower(), rest)
            if title:
                values["title"] = " ".join(p for p in (values.get("title", ""), title) if p)
            elif rest and key == "title":
                values["title"] = " ".join(p for p in (values.get("title", ""), rest) if p)
    first = values.get("first_name", "")
    if first and ("." in first or first.split(" ", 1)[0].lower() in cells.SALUTATIONS):  # "Dr. Anna", "Frau Anna"
        salutation, title, rest = cells.split_prefix(first)
        if (title or salutation) and rest:
            values["first_name"] = rest
            if title:
                values["title"] = " ".join(p for p in (values.get("title", ""), title) if p)
            if salutation and not values.get("salutation"):
                values["salutation"] = salutation
    middle = values.pop("middle_name", "")
    if middle:
        values["first_name"] = " ".join(p for p in (values.get("first_name", ""), middle) if p)
    if "\n" in values.get("street", ""):  # Google's street of two lines: one line, as the vCard import writes it
        values["street"] = cells.one_line(values["street"])
    for key in ("phone", "mobile"):  # (`pick` leaves out empty cells: a key present holds a value)
        if key in picked:
            values[key] = cells.phone(picked[key])
    if values.get("street") and picked.get("street_2"):
        extra.insert(0, f"Adresszusatz: {cells.text(picked['street_2'])}")
    po_box = cells.po_box_line(picked.get("po_box")) if "po_box" in picked else ""
    if po_box and values.get("street"):  # the street stays the address; the PO box is kept beside it
        extra.insert(0, po_box)
    elif po_box:  # a PO box alone is the line a letter is addressed to (DIN 5008)
        values["street"] = po_box
    if "postal_code" in picked:
        values["postal_code"] = cells.postal_code(picked["postal_code"], values.get("country", ""))
    email = cells.text(picked["email"]).removeprefix("mailto:").strip() if "email" in picked else ""
    if email:
        if not records.EMAIL_RE.match(email):
            problems.append(t("import_bad_email", value=email))
        values["email"] = email
    if "consent_date" in picked:
        try:
            values["consent_date"] = cells.parse_date(picked["consent_date"])
        except CellError as exc:
            problems.append(t("import_field_problem", field=label(kind, "consent_date"), problem=exc))
    notes = [cells.text(picked.get("notes"))] if picked.get("notes") else []
    if picked.get("department"):
        notes.append("Abteilung: " + cells.text(picked["department"]).replace("\n", ", "))
    if "assistant_phone" in picked:  # kept in the notes, as the README promises
        notes.append("Telefon Assistenz: " + cells.phone(picked["assistant_phone"]))
    categories = _categories(cells.text(picked["categories"])) if "categories" in picked else ""
    if categories:
        notes.append("Kategorien: " + categories)
    notes.extend(extra)
    if any(notes):
        values["notes"] = "\n".join(n for n in notes if n)
    if not values.get("last_name"):
        if values.get("first_name"):
            values["last_name"] = values.pop("first_name")
        elif values.get("organization") and kind == "persons":
            values["organization_only"] = True  # a company without a person: the organisation only
            # the organisation has no function or mobile: its only number (a mobile) is its phone, a second one
            # and the function ("Migrationsberatung") go to its notes
            mobile, function = values.pop("mobile", ""), values.pop("function", "")
            if mobile and not values.get("phone"):
                values["phone"], mobile = mobile, ""
            lines = [values.get("notes", ""), f"Mobil: {mobile}" if mobile else "",
                     f"Funktion: {function}" if function else ""]
            if any(lines):
                values["notes"] = "\n".join(line for line in lines if line)
        elif email:  # a newsletter or function address: it arrives, and the preview says how it was named
            values["last_name"], values["name_hint"] = _name_from_email(picked, email)
        else:
            problems.append(t("import_name_missing"))
    website = cells.text(picked["website"]) if "website" in picked else ""
    if website and values.get("organization_only") and records.URL_RE.match(website):
        values["website"] = website  # the organisation's own
    elif website:  # a person's web page
        values["notes"] = "\n".join(n for n in (values.get("notes", ""), "Webseite: " + website) if n)
    limit = records.TEXT_LIMIT
    if any(len(text) > limit for text in values.values() if isinstance(text, str)):  # (rare: looked at closer)
        for key, text in values.items():
            if isinstance(text, str) and key != "notes" and len(text) > limit:
                problems.append(t("import_too_long", field=label(kind, key), limit=limit))
    if kind == "attendance":
        for key, words, allowed in (("status", ATTENDANCE_WORDS, ATTENDANCE_STATUSES),
                                    ("role", ROLE_WORDS, ATTENDANCE_ROLES)):
            if picked.get(key) not in (None, ""):
                try:
                    chosen = choice(picked[key], words, allowed)
                except CellError as exc:
                    problems.append(t("import_field_problem", field=label(kind, key), problem=exc))
                else:
                    if chosen:
                        values[key] = chosen
    return values


def appointment_values(layout: Layout, picked: dict[str, Any], networks: dict[str, int],
                       problems: list[str], now: dt.datetime | None = None) -> dict[str, Any]:
    """Values of one appointment row; `values["private"]` holds the reason a private entry is skipped."""
    values: dict[str, Any] = {}
    order = layout.date_order
    for key in ("title", "location", "agenda", "outcome", "online_link"):
        text = cells.text(picked.get(key))
        if text:
            values[key] = text
    if values.get("location"):  # "Microsoft Teams Meeting" is no place; a join link is the online link
        from app.io import online_meeting  # the .ics reader's rule, without loading icalendar at start

        place, link = online_meeting.meeting_place(values["location"])
        if place:
            values["location"] = place
        else:
            del values["location"]
        if link and not values.get("online_link"):
            values["online_link"] = link
    title, cancelled = calendar.cancelled_title(values.get("title", ""))
    if title:
        values["title"] = title
    else:
        problems.append(t("import_missing", field=label("appointments", "title")))
    if values.get("agenda"):
        agenda, link = calendar.strip_online_boilerplate(values["agenda"])
        values["agenda"] = agenda
        if link and not values.get("online_link"):
            values["online_link"] = link
        if not agenda:
            del values["agenda"]
    date = start = end = end_date = None
    try:
        date, start = cells.parse_datetime_cell(picked.get("date"), order)
    except CellError as exc:
        problems.append(t("import_field_problem", field=label("appointments", "date"), problem=exc))
    else:
        if date is None:
            problems.append(t("import_missing", field=label("appointments", "date")))
    try:
        end_date = cells.parse_date(picked.get("end_date"), order)
    except CellError as exc:
        problems.append(t("import_field_problem", field=label("appointments", "end_date"), problem=exc))
    for key in ("start_time", "end_time"):
        try:
            parsed = cells.parse_time(picked.get(key))
        except CellError as exc:
            problems.append(t("import_field_problem", field=label("appointments", key), problem=exc))
            continue
        if key == "start_time" and parsed is not None:
            start = parsed
        elif key == "end_time":
            end = parsed
    all_day_given = picked.get("all_day") not in (None, "")
    all_day = calendar.is_true(picked.get("all_day")) if all_day_given else start is None
    if all_day_given and not all_day and start is None:
        start = dt.time()
    if date is not None:
        values["date"] = date
        values["all_day"] = all_day
        values["start"] = dt.datetime.combine(date, dt.time() if all_day else start or dt.time())
        last = end_date or date
        if all_day:
            # stored like the ICS import: the last day at 23:59 (Outlook writes the day after it, 00:00)
            last_day = last - dt.timedelta(days=1) if last > date and end == dt.time() else last
            values["end"] = dt.datetime.combine(max(last_day, date), dt.time(23, 59))
            if end_date is not None and end_date < date:
                problems.append(t("import_before_start", field=label("appointments", "end_date"),
                                  value=date_text(end_date), start=date_text(date)))
        elif end is not None:
            values["end"] = dt.datetime.combine(last, end)
            if values["end"] < values["start"]:
                problems.append(t("import_before_start", field=label("appointments", "end_time"),
                                  value=datetime_text(values["end"]), start=datetime_text(values["start"])))
    categories = calendar.split_categories(cells.text(picked.get("categories")))
    if categories:
        values["categories"] = categories
    for key, words, allowed in (("kind", KIND_WORDS, APPOINTMENT_KINDS),
                                ("status", STATUS_WORDS, APPOINTMENT_STATUSES)):
        if picked.get(key) not in (None, ""):
            try:
                chosen = choice(picked[key], words, allowed)
            except CellError as exc:
                problems.append(t("import_field_problem", field=label("appointments", key), problem=exc))
            else:
                if chosen:
                    values[key] = chosen
    if "kind" not in values:  # no kind column: the categories, else the title words (the .ics import's rule)
        kind = calendar.kind_from_categories(categories, layout.category_kinds) or \
            calendar.kind_from_title(values.get("title", ""), categories)
        if kind:
            values["kind"] = kind
    if values.get("start") is not None:
        stated = cancelled or values.get("status", "planned") != "planned"  # (else worked out from the date)
        values["status"] = calendar.status_for(values["start"], values.get("end"), values.get("status", ""),
                                               cancelled or values.get("status") == "cancelled", now)
        if stated:
            values["status_stated"] = True
    invitees = [n.strip() for n in re.split(r"[;\n]", cells.text(picked.get("invitees"))) if n.strip()]
    if invitees:  # invited on the commit where they are contacts (writing._Invitees); named in the agenda always,
        values["invitees"] = tuple(invitees)  # so that the same file read again finds the agenda unchanged
        line = t("import_invitees_line", names=", ".join(invitees))
        values["agenda"] = "\n\n".join(p for p in (str(values.get("agenda") or ""), line) if p)
    holiday = calendar.holiday_reason(values.get("title", ""), categories, all_day=bool(values.get("all_day")),
                                      place=values.get("location", ""), show_as=picked.get("show_as"),
                                      participants=len(invitees), description=values.get("agenda", ""),
                                      rules=layout.category_kinds)
    reason = holiday or calendar.private_reason(picked.get("private"), picked.get("sensitivity"),
                                                picked.get("show_as"), categories, layout.category_kinds,
                                                values.get("title", ""))
    if reason:
        values["private"] = reason
        if holiday:
            values["holiday"] = True  # (the preview says "Feiertag", not "privat")
    elif calendar.is_confidential(picked.get("sensitivity")):
        values["confidential"] = True
    if picked.get("expected_participants") not in (None, ""):
        try:
            number = int(float(cells.text(picked["expected_participants"]).replace(",", ".")))
            if number < 0:
                raise ValueError
            values["expected_participants"] = number
        except ValueError:
            problems.append(t("import_not_a_number", field=label("appointments", "expected_participants"),
                              value=cells.text(picked["expected_participants"])))
    network = cells.text(picked.get("network"))
    if network:
        network_id = networks.get(cells.canonical(network))
        if network_id is None:
            problems.append(t("import_network_unknown", name=network))
        else:
            values["network"] = network_id
    for key, text in values.items():
        if isinstance(text, str) and key not in ("agenda", "outcome") and len(text) > records.TEXT_LIMIT:
            problems.append(t("import_too_long", field=label("appointments", key), limit=records.TEXT_LIMIT))
    return values
