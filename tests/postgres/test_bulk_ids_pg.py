"""Bulk inserts on the server return exactly the ids they wrote (issue 13, round 3).

The server numbers new rows itself (trigger `bruecke_next_id`: max + 1 under an advisory lock per table). A
bulk insert that guessed its ids in Python from `MAX(id)` returned the wrong ones whenever someone else
inserted into the same table at the same time, or when row-level security hid the highest row (an
assistant and a confidential appointment) – so an import's undo records and search entries pointed at
other people's rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from app.models import Appointment, Person, close_database, db_proxy, open_database
from app.services import appointments, bulk, contacts, search
from tests.postgres.conftest import sign_in_url


class _Worker(threading.Thread):
    """A thread with its own server connection (peewee keeps one per thread); result or error kept."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.work, self.result, self.error = work, None, None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc
        finally:
            db_proxy.obj.close()


def _rows(tag: str, count: int) -> list[dict[str, Any]]:
    return [{"first_name": f"{tag}{number}", "last_name": f"Nachname{tag}{number}"} for number in range(count)]


def _assert_ids_match(ids: list[int], rows: list[dict[str, Any]]) -> None:
    written = {p.id: (p.first_name, p.last_name) for p in Person.select().where(Person.id.in_(ids))}
    assert [written.get(i) for i in ids] == [(r["first_name"], r["last_name"]) for r in rows]


def test_bulk_insert_waiting_for_another_insert_returns_the_ids_it_got(db) -> None:  # noqa: ANN001
    ready, go = threading.Event(), threading.Event()

    def single_insert_held_open() -> None:
        with db_proxy.obj.atomic():
            contacts.create_person({"last_name": "Zuerst", "first_name": "Ada"})
            ready.set()
            go.wait(10)

    other = _Worker(single_insert_held_open)
    other.start()
    assert ready.wait(10)
    rows = _rows("Import", 5)
    importer = _Worker(lambda: bulk.insert(contacts.PERSON, rows))
    importer.start()
    time.sleep(0.5)  # the bulk insert now waits for the other transaction's lock
    go.set()
    other.join(10)
    importer.join(10)
    assert other.error is None and importer.error is None, (other.error, importer.error)
    _assert_ids_match(importer.result, rows)
    assert [h.id for h in search.search("NachnameImport3")] == [importer.result[3]]
    assert [h.id for h in search.search("Zuerst")] == [Person.get(Person.last_name == "Zuerst").id]


def test_two_concurrent_bulk_importers_each_get_their_own_rows(db) -> None:  # noqa: ANN001
    def rounds(tag: str) -> list[tuple[list[int], list[dict[str, Any]]]]:
        done = []
        for number in range(8):
            rows = _rows(f"{tag}x{number}x", 40)
            done.append((bulk.insert(contacts.PERSON, rows), rows))
        return done

    workers = [_Worker(lambda tag=tag: rounds(tag)) for tag in ("Alpha", "Beta")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert all(w.error is None for w in workers), [w.error for w in workers]
    every = []
    for worker in workers:
        for ids, rows in worker.result:
            _assert_ids_match(ids, rows)
            every += ids
    assert len(set(every)) == len(every) == Person.select().count() == 2 * 8 * 40
    assert [h.id for h in search.search("NachnameBetax5x7")] == [workers[1].result[5][0][7]]


def test_assistant_bulk_insert_behind_a_hidden_confidential_appointment(office_url: str) -> None:
    open_database(office_url)
    appointments.create_appointment({"title": "Runder Tisch", "start": "2026-03-02 10:00"})
    secret = appointments.create_appointment({"title": "Vertrauliche Beratung", "start": "2026-03-03 10:00",
                                              "confidential": True})
    close_database()
    open_database(sign_in_url(office_url, "assistant"))
    rows = [{"title": f"Sprechstunde {n}", "start": f"2026-04-0{n} 09:00"} for n in range(1, 4)]
    ids = bulk.insert(appointments.APPOINTMENT, rows)
    assert secret.id not in ids
    assert [Appointment.get_by_id(i).title for i in ids] == [r["title"] for r in rows]
    assert [h.id for h in search.search("Sprechstunde 2")] == [ids[1]]
    close_database()
    open_database(office_url)
    assert Appointment.get_by_id(secret.id).title == "Vertrauliche Beratung"
