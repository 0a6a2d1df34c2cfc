"""Database health: schema version, integrity, foreign keys and record counts."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import (
    Appointment,
    Attendance,
    AuditEntry,
    FieldOfAction,
    Membership,
    Network,
    Organization,
    Person,
    db_proxy,
    schema_version,
)


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    integrity: str
    foreign_keys: str
    counts: dict[str, int]
    sqlite_version: str = ""

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_keys == "ok"


def counts() -> dict[str, int]:
    return {
        "Organisationen": Organization.select().count(),
        "Kontakte": Person.select().count(),
        "Gremien": Network.select().count(),
        "Mitgliedschaften": Membership.select().count(),
        "Termine": Appointment.select().count(),
        "Teilnahmen": Attendance.select().count(),
        "Handlungsfelder": FieldOfAction.select().count(),
        "Protokolleinträge": AuditEntry.select().count(),
    }


def check(quick: bool = False) -> CheckReport:
    db = db_proxy.obj
    rows = db.execute_sql("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    integrity = "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(r[0] for r in rows[:5])
    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    foreign = "ok" if not problems else f"{len(problems)} verwaiste Verweise"
    version = str(db.execute_sql("SELECT sqlite_version()").fetchone()[0])
    return CheckReport(schema_version(db), integrity, foreign, counts(), version)
