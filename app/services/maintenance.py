"""Database health: schema version, integrity, foreign keys and record counts.

A SQLite file answers its own PRAGMAs; a server database is checked for what Brücke relies on there
(app/services/check_server.py), each finding named in `CheckReport.findings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    engine,
    schema_version,
)
from app.services import check_server
from app.services.check_server import Finding
from app.wording.language import pick


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    integrity: str
    foreign_keys: str
    counts: dict[str, int]
    sqlite_version: str = ""  # the engine's version ("PostgreSQL 16.4" on a server)
    findings: tuple[Finding, ...] = field(default=())  # a server's checks, each named (empty for SQLite)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_keys == "ok" and \
            all(f.state != check_server.PROBLEM for f in self.findings)


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
    if engine.is_server(db):
        return check_on_server(db)
    rows = db.execute_sql("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    integrity = "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(r[0] for r in rows[:5])
    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    foreign = "ok" if not problems else f"{len(problems)} verwaiste Verweise"
    version = str(db.execute_sql("SELECT sqlite_version()").fetchone()[0])
    return CheckReport(schema_version(db), integrity, foreign, counts(), version)


def check_on_server(db: object) -> CheckReport:
    """The server's checks; `integrity` and `foreign_keys` sum them up as on SQLite ("ok" or the problems)."""
    findings = tuple(check_server.run(db))
    foreign = [f for f in findings if f.state == check_server.PROBLEM and f.topic == "foreign_keys"]
    problems = sum(f.state == check_server.PROBLEM for f in findings)
    integrity = "ok" if not problems else pick(f"{problems} Problem(e)", f"{problems} problem(s)")
    foreign_keys = "ok" if not foreign else pick(f"{len(foreign)} Problem(e)", f"{len(foreign)} problem(s)")
    version = str(db.execute_sql("SELECT sqlite_version()").fetchone()[0])  # type: ignore[attr-defined]
    return CheckReport(schema_version(db), integrity, foreign_keys, counts(), version, findings)
