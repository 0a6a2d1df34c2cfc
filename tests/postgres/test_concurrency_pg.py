"""Several people at once on the server: check-ins from two desks both count (inserts, never
read-modify-write). SQLite serialises writers of one file; Brücke runs one window per SQLite file."""

from __future__ import annotations

import threading

from app.services import appointments, attendance, contacts


def test_two_check_ins_at_once_both_count(db) -> None:  # noqa: ANN001
    appointment = appointments.create_appointment({"title": "Sprechstunde", "start": "2026-03-02 10:00"})
    people = [contacts.create_person({"last_name": f"Gast {n}"}).id for n in range(6)]
    barrier = threading.Barrier(2)

    def desk(chunk: list[int]) -> None:
        barrier.wait(10)
        for person_id in chunk:
            attendance.invite(appointment.id, [person_id], status="attended")

    errors: list[BaseException] = []

    def run(chunk: list[int]) -> None:
        from app.models import db_proxy

        try:
            desk(chunk)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            db_proxy.obj.close()

    threads = [threading.Thread(target=run, args=(people[i::2],)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert attendance.counts(appointment.id)["attended"] == 6
