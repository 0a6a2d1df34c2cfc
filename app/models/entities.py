"""The domain model (DESIGN.md §2) as peewee models bound to one DatabaseProxy.

Choice fields store stable English keys; labels for display live in the UI and report layers.
On-delete rules are deliberate: attendance history is never removed by deleting a person or an
organisation (RESTRICT) – the services archive instead or refuse with a reason.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

import peewee as pw

from app.models.search import person_sort_key

db_proxy = pw.DatabaseProxy()

SECTORS = (
    "municipal_office", "school", "kindergarten", "counselling_project", "police", "welfare_association",
    "migrant_organisation", "employer_chamber", "union", "ministry_state", "association_volunteers",
    "religious_community", "education_provider", "other",
)
NETWORK_KINDS = ("round_table", "advisory_board", "working_group", "network", "project")
MEMBERSHIP_ROLES = ("member", "chair", "host", "guest")
APPOINTMENT_KINDS = (
    "meeting", "committee_session", "conference", "workshop", "counselling_hours", "site_visit",
    "study_visit", "press_date", "other",
)
APPOINTMENT_STATUSES = ("planned", "held", "cancelled", "postponed")
ATTENDANCE_STATUSES = ("invited", "registered", "declined", "attended", "excused", "no_show")
ATTENDANCE_ROLES = ("participant", "speaker", "moderator", "guest", "delegation")

DEFAULT_FIELDS_OF_ACTION = (
    "Willkommenskultur & interkulturelle Öffnung",
    "Bildung/Ausbildung",
    "Sprachförderung",
    "Qualifizierung/Arbeit",
    "Gesundheit/Soziales",
    "Politik & Gesellschaft",
    "Interreligiöser Dialog",
    "Integration im Quartier",
    "Arbeitsmarktintegration",
    "Soziale Teilhabe",
    "Gewaltschutz",
    "Psychosoziale Beratung",
    "Sprachmittlung",
)


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = db_proxy
        legacy_table_names = False


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class TimestampedModel(BaseModel):
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)


class RecordModel(TimestampedModel):
    """An editable record: a stable identity for exports/sync and an edit version (DESIGN.md §6)."""

    uuid = pw.CharField(default=new_uuid, unique=True)
    version = pw.IntegerField(default=1)


class Organization(RecordModel):
    name = pw.CharField(index=True)
    short_name = pw.CharField(default="")
    sector = pw.CharField(default="other", index=True)
    street = pw.CharField(default="")
    postal_code = pw.CharField(default="")
    city = pw.CharField(default="")
    country = pw.CharField(default="Deutschland")
    phone = pw.CharField(default="")
    email = pw.CharField(default="")
    website = pw.CharField(default="")
    notes = pw.TextField(default="")
    is_partner = pw.BooleanField(default=False, index=True)
    partner_since = pw.DateField(null=True)
    archived = pw.BooleanField(default=False, index=True)


class Person(RecordModel):
    salutation = pw.CharField(default="")
    title = pw.CharField(default="")
    first_name = pw.CharField(default="")
    last_name = pw.CharField(index=True)
    function = pw.CharField(default="")
    organization = pw.ForeignKeyField(Organization, null=True, backref="persons", on_delete="RESTRICT")
    email = pw.CharField(default="", index=True)
    phone = pw.CharField(default="")
    mobile = pw.CharField(default="")
    street = pw.CharField(default="")
    postal_code = pw.CharField(default="")
    city = pw.CharField(default="")
    country = pw.CharField(default="")
    languages = pw.CharField(default="")
    notes = pw.TextField(default="")
    legal_basis = pw.CharField(default="")
    consent_date = pw.DateField(null=True)
    consent_purpose = pw.CharField(default="")
    consent_how = pw.CharField(default="")
    consent_withdrawn = pw.DateField(null=True)
    archived = pw.BooleanField(default=False, index=True)
    erased_at = pw.DateTimeField(null=True)
    external_uid = pw.CharField(default="", index=True)  # the UID a vCard import came with
    sort_key = pw.CharField(default="")  # derived from the name on every save; indexed with `archived`

    def save(self, *args: object, **kwargs: object) -> int:
        self.sort_key = person_sort_key(self.last_name, self.first_name)
        return super().save(*args, **kwargs)

    @classmethod
    def derived_columns(cls, row: dict[str, object]) -> dict[str, object]:
        """Columns the bulk insert path must compute like save() does."""
        return {"sort_key": person_sort_key(str(row.get("last_name") or ""), str(row.get("first_name") or ""))}

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def sort_name(self) -> str:
        return ", ".join(p for p in (self.last_name, self.first_name) if p)


class Network(RecordModel):
    name = pw.CharField(index=True)
    short_name = pw.CharField(default="")
    kind = pw.CharField(default="network", index=True)
    description = pw.TextField(default="")
    rhythm = pw.CharField(default="")
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    funding_programme = pw.CharField(default="")
    archived = pw.BooleanField(default=False, index=True)


class Membership(BaseModel):
    """A network's member: an organisation (optionally with its contact person) or a person alone."""

    network = pw.ForeignKeyField(Network, backref="memberships", on_delete="CASCADE")
    organization = pw.ForeignKeyField(Organization, null=True, backref="memberships", on_delete="RESTRICT")
    person = pw.ForeignKeyField(Person, null=True, backref="memberships", on_delete="RESTRICT")
    role = pw.CharField(default="member")
    since = pw.DateField(null=True)
    until = pw.DateField(null=True)

    class Meta:
        indexes = ((("network", "organization", "person"), False),)


class FieldOfAction(BaseModel):
    name = pw.CharField(unique=True)
    position = pw.IntegerField(default=0)
    archived = pw.BooleanField(default=False)


class AppointmentSeries(RecordModel):
    """A recurring appointment: an RRULE (RFC 5545 subset) whose occurrences are ordinary appointments.

    `exdates` is a JSON list of ISO datetimes (removed occurrences); `generated_until` is the horizon up to
    which occurrences exist as rows. The other fields are the template new occurrences are made from.
    """

    rrule = pw.TextField()
    dtstart = pw.DateTimeField()
    duration_minutes = pw.IntegerField(default=0)
    all_day = pw.BooleanField(default=False)
    exdates = pw.TextField(default="[]")
    generated_until = pw.DateField(null=True)
    title = pw.CharField()
    kind = pw.CharField(default="meeting")
    location = pw.CharField(default="")
    online_link = pw.CharField(default="")
    network = pw.ForeignKeyField(Network, null=True, backref="series", on_delete="SET NULL")
    agenda = pw.TextField(default="")
    confidential = pw.BooleanField(default=False)
    expected_participants = pw.IntegerField(null=True)
    external_uid = pw.CharField(default="", index=True)

    class Meta:
        table_name = "appointment_series"


class Appointment(RecordModel):
    title = pw.CharField()
    kind = pw.CharField(default="meeting", index=True)
    start = pw.DateTimeField(index=True)
    end = pw.DateTimeField(null=True)
    all_day = pw.BooleanField(default=False)
    location = pw.CharField(default="")
    online_link = pw.CharField(default="")
    status = pw.CharField(default="planned", index=True)
    network = pw.ForeignKeyField(Network, null=True, backref="appointments", on_delete="SET NULL")
    agenda = pw.TextField(default="")
    outcome = pw.TextField(default="")
    expected_participants = pw.IntegerField(null=True)
    confidential = pw.BooleanField(default=False)
    external_uid = pw.CharField(default="", index=True)  # the UID an ICS import came with
    series = pw.ForeignKeyField(AppointmentSeries, null=True, backref="occurrences", on_delete="SET NULL")
    recurrence_id = pw.DateTimeField(null=True)  # the occurrence's original start within its series
    series_exception = pw.BooleanField(default=False)  # moved/changed by hand: series edits leave it alone


class AppointmentField(BaseModel):
    appointment = pw.ForeignKeyField(Appointment, backref="field_links", on_delete="CASCADE")
    field = pw.ForeignKeyField(FieldOfAction, backref="appointment_links", on_delete="RESTRICT")

    class Meta:
        indexes = ((("appointment", "field"), True),)


class Attendance(BaseModel):
    appointment = pw.ForeignKeyField(Appointment, backref="attendances", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="attendances", on_delete="RESTRICT", index=True)
    status = pw.CharField(default="invited", index=True)
    role = pw.CharField(default="participant")
    checked_in_at = pw.DateTimeField(null=True)
    snapshot_name = pw.CharField(default="")
    snapshot_sort_name = pw.CharField(default="")
    snapshot_organization = pw.CharField(default="")
    snapshot_function = pw.CharField(default="")
    snapshot_city = pw.CharField(default="")
    snapshot_country = pw.CharField(default="")
    snapshot_email = pw.CharField(default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("appointment", "person"), True),)


class AuditEntry(BaseModel):
    timestamp = pw.DateTimeField(default=now, index=True)
    os_user = pw.CharField(default="")
    entity = pw.CharField()
    entity_id = pw.IntegerField()
    action = pw.CharField()
    changes = pw.TextField(default="{}")  # JSON: {field: [old, new]}

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField(default="")


class ImportBatch(BaseModel):
    """One committed import; its records let the office undo it as a whole."""

    created_at = pw.DateTimeField(default=now)
    kind = pw.CharField()
    filename = pw.CharField(default="")
    os_user = pw.CharField(default="")
    summary = pw.TextField(default="{}")
    undone_at = pw.DateTimeField(null=True)


class ImportRecord(BaseModel):
    batch = pw.ForeignKeyField(ImportBatch, backref="records", on_delete="CASCADE")
    entity = pw.CharField()
    entity_id = pw.IntegerField()
    action = pw.CharField()  # "create" or "update"
    previous = pw.TextField(default="{}")  # JSON of the fields an update overwrote


class FollowUp(RecordModel):
    """A follow-up (Wiedervorlage): something to do by a date, optionally tied to a record."""

    title = pw.CharField()
    due_date = pw.DateField(null=True)
    done = pw.BooleanField(default=False)
    done_at = pw.DateTimeField(null=True)
    responsible = pw.CharField(default="")
    notes = pw.TextField(default="")
    person = pw.ForeignKeyField(Person, null=True, backref="follow_ups", on_delete="CASCADE")
    organization = pw.ForeignKeyField(Organization, null=True, backref="follow_ups", on_delete="SET NULL")
    network = pw.ForeignKeyField(Network, null=True, backref="follow_ups", on_delete="SET NULL")
    appointment = pw.ForeignKeyField(Appointment, null=True, backref="follow_ups", on_delete="SET NULL")

    class Meta:
        table_name = "follow_up"


class ErasureLog(BaseModel):
    """Erasures (GDPR Art. 17) kept so they can be replayed after restoring an older backup."""

    person_id = pw.IntegerField(index=True)
    erased_at = pw.DateTimeField(default=now)
    os_user = pw.CharField(default="")


ALL_MODELS: list[type[BaseModel]] = [
    Organization, Person, Network, Membership, FieldOfAction, AppointmentSeries, Appointment, AppointmentField,
    Attendance, AuditEntry, Setting, ImportBatch, ImportRecord, FollowUp, ErasureLog,
]
