"""vCard import and export for the contacts (see exchange.py for the shared preview/commit/undo).

A card matches an existing contact by UID (Brücke's uuid or the UID stored from an earlier import), then by
e-mail; an update overwrites with the card's non-empty values and never turns "Müller" into "Mueller".
A company-only card (Apple's X-ABShowAs:COMPANY, vCard 4 KIND:org, or no name at all) creates or updates
the organisation. Organisations of persons are matched by name or created.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.io import cells, vcard
from app.io.files import write_atomically
from app.models import ImportRecord, Organization, Person, db_proxy
from app.services import bulk, networks, records
from app.services.contacts import ORGANIZATION, PERSON
from app.services.exchange_model import Batch, Preview, Row
from app.services.imports.fields import company_key
from app.services.messages import t

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PERSON_FIELDS = ("salutation", "title", "first_name", "last_name", "function", "email", "phone", "mobile",
                  "street", "postal_code", "city", "country", "languages", "notes")
_ORG_FIELDS = ("name", "email", "phone", "street", "postal_code", "city", "country", "website", "notes")


@dataclass
class CardPlan:
    entity: str  # person or organization
    values: dict[str, Any]
    organization: str = ""  # name of the person's organisation (matched or created at commit)
    uid: str = ""
    own: bool = False  # the card came from Brücke: its UID becomes the new record's uuid
    match_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


def _canonical(text: str) -> str:
    folded = text.casefold().translate(_FOLD)
    return re.sub(r"[\W_]+", "", folded)


def _name_key(name: str, organization: str) -> tuple[str, str]:
    return cells.canonical(name), company_key(organization)


def _org_index() -> dict[str, int]:
    return {company_key(o.name): o.id for o in Organization.select(Organization.id, Organization.name)}


def _clean(values: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    for key, value in list(values.items()):
        if isinstance(value, str) and len(value) > records.TEXT_LIMIT and key != "notes":
            notes.append(value)
            values[key] = value[: records.TEXT_LIMIT]
    email = values.get("email", "")
    if email and not records.EMAIL_RE.match(email):
        notes.append(f"E-Mail: {email}")
        values["email"] = ""
    if "website" in values and values["website"] and not records.URL_RE.match(values["website"]):
        notes.append(values.pop("website"))
    if notes:
        values["notes"] = "\n".join(p for p in [values.get("notes", ""), *notes] if p)
    return {k: v for k, v in values.items() if v not in ("", None)}


def _plan(card: vcard.Card, own: bool) -> CardPlan:
    notes: list[str] = []
    if card.company_only:  # an organisation has no function or mobile of its own: kept in its notes
        if card.phone and card.mobile:
            notes.append(f"Mobil: {card.mobile}")
        if card.function:
            notes.append(f"Funktion: {card.function}")
        values = {"name": card.organization, "email": card.email, "phone": card.phone or card.mobile,
                  "street": card.street, "postal_code": card.postal_code, "city": card.city,
                  "country": card.country or "Deutschland", "website": card.website, "notes": card.notes}
        return CardPlan("organization", _clean(values, notes), uid=card.uid, own=own)
    values = {name: getattr(card, name) for name in _PERSON_FIELDS}
    return CardPlan("person", _clean(values, notes), card.organization, card.uid, own)


class PersonIndex:
    """uuid, stored UID, e-mail and name + organisation of every contact in one query; full records only for
    the matches. A card without UID and e-mail matches like a CSV row: same name and same organisation."""

    def __init__(self) -> None:
        self.by_uid: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        org_names = dict(Organization.select(Organization.id, Organization.name).tuples())
        query = Person.select(Person.id, Person.uuid, Person.external_uid, Person.email, Person.first_name,
                              Person.last_name, Person.organization) \
            .where(Person.erased_at.is_null()).order_by(Person.archived.desc(), Person.id.desc()).tuples()
        for person_id, uuid, external, email, first, last, org_id in query:
            self.by_uid[uuid] = person_id
            if external:
                self.by_uid[external] = person_id
            if email:
                self.by_email[email.casefold()] = person_id
            self.by_name[_name_key(f"{first}{last}", org_names.get(org_id, ""))] = person_id

    def match(self, plan: CardPlan) -> int | None:
        if plan.uid:
            found = self.by_uid.get(plan.uid) or self.by_uid.get(plan.uid.lower())
            if found is not None:
                return found
        email = str(plan.values.get("email", "")).casefold()
        found = self.by_email.get(email) if email else None
        if found is None:
            name = f"{plan.values.get('first_name', '')}{plan.values.get('last_name', '')}"
            found = self.by_name.get(_name_key(name, plan.organization))
        return found

    @staticmethod
    def load(ids: list[int]) -> dict[int, Person]:
        people: dict[int, Person] = {}
        for start in range(0, len(ids), 500):
            people.update((p.id, p) for p in Person.select().where(Person.id.in_(ids[start:start + 500])))
        return people


def _merged_notes(before: str, incoming: str) -> str:
    """The card's notes replace what an earlier import of the same card wrote (its NOTE and the lines
    "Telefon: …", "Adresse: …" after it, recognised by a line the new card has too); lines added in Brücke
    after that part stay. Otherwise only the card's lines not there yet are added."""
    if incoming in before:
        return before
    lines, new = before.split("\n"), incoming.split("\n")
    first = next((i for i, line in enumerate(lines) if line.startswith(vcard.NOTE_PREFIXES)), None)
    if first is not None:
        end = first
        while end < len(lines) and lines[end].startswith(vcard.NOTE_PREFIXES):
            end += 1
        if any(line in new for line in lines[first:end]):
            return "\n".join([incoming, *(line for line in lines[end:] if line not in new)])
    return cells.merged_notes(before, incoming)


def _person_changes(current: Person, plan: CardPlan, orgs: dict[str, int]) -> dict[str, Any]:
    before = records.current_values(PERSON, current)
    changes = {k: v for k, v in plan.values.items() if before.get(k) != v}
    for key in ("first_name", "last_name", "title", "salutation"):  # "Mueller" never overwrites "Müller"
        if key in changes and _canonical(str(before.get(key) or "")) == _canonical(str(changes[key])):
            del changes[key]
    if "email" in changes and str(before.get("email") or "").casefold() == changes["email"].casefold():
        del changes["email"]
    for key in ("phone", "mobile"):  # "+49 341 …" from the phone, "0341 …" stored: the same number
        if key in changes and cells.same_phone(before.get(key), changes[key]):
            del changes[key]
    if "notes" in changes and before.get("notes"):
        merged = _merged_notes(before["notes"], changes["notes"])
        if merged == before["notes"]:
            del changes["notes"]
        else:
            changes["notes"] = merged
    org_id = orgs.get(company_key(plan.organization)) if plan.organization else None
    if plan.organization and org_id != before.get("organization"):
        changes["organization"] = plan.organization  # resolved to an id at commit
    return changes


def preview(path: Path, data: bytes | None = None) -> Preview:
    """What an import of the file would do; without `data` the file is read card by card from `path`
    (a phone export with photos is hundreds of MB: memory stays bounded by one card)."""
    parsed = vcard.read_cards(Path(path) if data is None else data)
    own = parsed.profile == "Brücke"
    orgs = _org_index()
    index = PersonIndex()
    plans = [_plan(card, own) for card in parsed.cards]
    people = index.load(sorted({m for m in (index.match(p) for p in plans if p.entity == "person") if m}))
    rows: list[Row] = []
    seen: set[str] = set()
    for number, (card, plan) in enumerate(zip(parsed.cards, plans, strict=True), start=1):
        label = card.display_name or card.email or t("exchange_untitled")
        detail = ", ".join(p for p in (card.function, card.organization if plan.entity == "person" else "",
                                       card.email) if p)
        row = Row(number, plan.entity, "", "", label, detail, None, plan)
        if card.group:  # a group's members come as cards of their own
            row.action, row.reason, row.forced_skip = "skip", t("exchange_group_card"), True
        elif plan.entity == "organization":
            found = orgs.get(company_key(card.organization))
            if found is not None:
                plan.match_id = row.match_id = found
                current = records.current_values(ORGANIZATION, records.get(ORGANIZATION, found))
                plan.changes = {k: v for k, v in plan.values.items()
                                if k != "name" and not current.get(k) and v}
        elif card.error:
            row.action, row.reason = "error", t("exchange_unreadable_entry", reason=card.error)
        elif not plan.values.get("last_name"):
            row.action, row.reason = "error", t("exchange_no_name")
        else:
            matched = index.match(plan)
            current_person = people.get(matched) if matched is not None else None
            if current_person is not None:
                plan.match_id = row.match_id = current_person.id
                plan.changes = _person_changes(current_person, plan, orgs)
        if not row.action:
            key = f"{plan.entity}:{plan.match_id or plan.uid or label}"
            if key in seen:
                row.action, row.reason = "skip", t("exchange_duplicate_in_file")
            elif plan.match_id is None:
                row.action, row.reason = "create", t("exchange_new")
            elif plan.changes:
                row.action, row.reason = "update", t("exchange_update")
            else:
                row.action, row.reason = "skip", t("exchange_unchanged")
            seen.add(key)
        if card.skipped and row.action in ("create", "update"):
            row.reason += " · " + t("exchange_photo_dropped")
        if card.unreadable and row.action in ("create", "update"):  # the lines stand in the notes
            row.reason += " · " + t("exchange_lines_unreadable", count=len(card.unreadable),
                                    line=card.unreadable[0][:40])
        if card.email and plan.entity == "person" and not plan.values.get("email") \
                and row.action in ("create", "update"):  # (_clean put it in the notes)
            row.reason += " · " + t("exchange_email_to_notes", value=card.email[:60])
        if card.name_from_email and row.action in ("create", "update"):
            row.reason += " · " + t("import_name_from_email", value=card.email)
        row.default = row.action
        rows.append(row)
    return Preview(path, "persons", "vcard", parsed.profile, rows)


def _organization_id(name: str, orgs: dict[str, int], batch: Batch) -> int:
    key = company_key(name)
    if key not in orgs:
        org = records.create(ORGANIZATION, {"name": name[: records.TEXT_LIMIT]})
        batch.created("organization", org.id)
        orgs[key] = org.id
    return orgs[key]


def commit(preview_: Preview, batch: Batch,
           progress: Callable[[int, int, str], None] | None = None) -> tuple[int, int]:
    """Organisations first (one by one, they are few), updates one by one, new contacts in one bulk insert."""
    orgs = _org_index()
    created = updated = 0
    chosen = [r for r in preview_.rows if r.action in ("create", "update")]
    wanted_uuids = [r.plan.uid.lower() for r in chosen if r.plan.own and _UUID.match(r.plan.uid.lower())]
    taken = {p.uuid for start in range(0, len(wanted_uuids), 500)
             for p in Person.select(Person.uuid).where(Person.uuid.in_(wanted_uuids[start:start + 500]))}
    creates: list[dict[str, Any]] = []
    for done, row in enumerate(chosen):
        if progress is not None and done % 200 == 0:
            progress(done, len(chosen), t("exchange_progress"))
        plan: CardPlan = row.plan
        if plan.entity == "organization":
            if plan.match_id is None:
                org = records.create(ORGANIZATION, plan.values)
                orgs[company_key(org.name)] = org.id
                batch.created("organization", org.id)
                created += 1
            elif plan.changes:
                _update(ORGANIZATION, plan.match_id, plan.changes, batch, "organization")
                updated += 1
            continue
        if plan.match_id is None:
            values = dict(plan.values)
            if plan.organization:
                values["organization"] = _organization_id(plan.organization, orgs, batch)
            uid = plan.uid.lower()
            if plan.own and _UUID.match(uid) and uid not in taken:
                values["uuid"] = uid
                taken.add(uid)
            elif plan.uid:
                values["external_uid"] = plan.uid[:255]
            creates.append(values)
            continue
        changes = dict(plan.changes)
        if "organization" in changes:
            changes["organization"] = _organization_id(plan.organization, orgs, batch)
        _update(PERSON, plan.match_id, changes, batch, "person")
        if plan.uid and not plan.own:
            Person.update(external_uid=plan.uid[:255]).where(Person.id == plan.match_id).execute()
        updated += 1
    ids = bulk.insert(PERSON, creates, audit_action="import") if creates else []
    bulk.insert_links(ImportRecord, ("batch_id", "entity", "entity_id", "action", "previous"),
                      [(batch.id, "person", i, "create", "{}") for i in ids])
    return created + len(ids), updated


def _update(spec: records.Spec, record_id: int, changes: dict[str, Any], batch: Batch, entity: str) -> None:
    before = records.current_values(spec, records.get(spec, record_id))
    records.update(spec, record_id, changes)
    batch.updated(entity, record_id, {k: before[k] for k in changes})


# --- export ---------------------------------------------------------------------------------------------------

def card_of(person: Person, organizations: dict[int, str] | None = None) -> vcard.Card:
    if organizations is not None:
        organization = organizations.get(person.organization_id, "") if person.organization_id else ""
    else:
        organization = person.organization.name if person.organization_id else ""
    return vcard.Card(
        uid=person.uuid, salutation=person.salutation, title=person.title, first_name=person.first_name,
        last_name=person.last_name, function=person.function, organization=organization,
        email=person.email, phone=person.phone, mobile=person.mobile, street=person.street,
        postal_code=person.postal_code, city=person.city, country=person.country, languages=person.languages,
        notes=person.notes)


def chosen_persons(network_id: int | None = None, ids: Iterable[int] | None = None,
                   include_archived: bool = False) -> list[Person]:
    if network_id is not None:
        networks.get_network(network_id)
        return networks.invitees(network_id)
    query = Person.select().where(Person.erased_at.is_null()).order_by(Person.sort_key, Person.id)
    if ids is None:
        return list(query if include_archived else query.where(Person.archived == False))  # noqa: E712
    chosen: list[Person] = []
    wanted = sorted(set(ids))
    for first in range(0, len(wanted), 5000):  # SQLite caps the number of bound values per statement
        chosen.extend(query.where(Person.id.in_(wanted[first:first + 5000])))
    return sorted(chosen, key=lambda p: (p.sort_key, p.id))


def export(path: Path, *, network_id: int | None = None, ids: list[int] | None = None) -> tuple[Path, int]:
    with db_proxy.atomic():
        organizations = {o.id: o.name for o in Organization.select(Organization.id, Organization.name)}
        cards = [card_of(p, organizations) for p in chosen_persons(network_id, ids)]
    text = vcard.card_text(cards)
    write_atomically(path, lambda temp: temp.write_bytes(text.encode("utf-8")))
    return path, len(cards)
