"""Delete and archive with the user's confirmation – shared by the lists and the editors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models import Appointment, Network, Organization, Person
from app.services import appointments, contacts, networks
from app.services.errors import ConflictError, UserError
from app.ui.formats import format_day

_MODELS = {"person": Person, "organization": Organization, "network": Network, "appointment": Appointment}
_DELETE = {"person": contacts.delete_person, "organization": contacts.delete_organization,
           "network": networks.delete_network, "appointment": appointments.delete_appointment}
# asked before the confirmation: a record that cannot be deleted says so instead of "wirklich löschen?"
_BLOCKERS = {"person": contacts.person_delete_blocker, "organization": contacts.organization_delete_blocker}
_ARCHIVE = {"person": contacts.archive_person, "organization": contacts.archive_organization,
            "network": networks.archive_network}


def tr(text: object) -> str:
    """Translation in the "RecordActions" context (the strings are listed for lupdate in _TEXTS)."""
    return QCoreApplication.translate("RecordActions", str(text))


_TEXTS = (  # lupdate sees literal translate() calls only
    QT_TRANSLATE_NOOP("RecordActions", "Archivieren"),
    QT_TRANSLATE_NOOP("RecordActions", "Löschen"),
    QT_TRANSLATE_NOOP("RecordActions", "Nicht gelöscht"),
    QT_TRANSLATE_NOOP("RecordActions", "Nicht löschbar"),
    QT_TRANSLATE_NOOP("RecordActions", "Termin absagen"),
    QT_TRANSLATE_NOOP("RecordActions", "„%1“ wirklich löschen?"),
    QT_TRANSLATE_NOOP("RecordActions", "Der Kontakt wird mit seinen Gremien-Mitgliedschaften gelöscht. Kontakte mit "
                      "Teilnahmen in der Terminhistorie werden nicht gelöscht, sondern können archiviert werden – "
                      "so bleiben frühere Teilnahmelisten unverändert."),
    QT_TRANSLATE_NOOP("RecordActions", "Eine Organisation mit Kontakten oder Gremien-Mitgliedschaften wird nicht "
                      "gelöscht, sondern kann archiviert werden."),
    QT_TRANSLATE_NOOP("RecordActions", "Ein Gremium mit Terminen wird nicht gelöscht, sondern kann archiviert "
                      "werden – die Sitzungshistorie bleibt erhalten."),
    QT_TRANSLATE_NOOP("RecordActions", "Der Termin wird mit seinen Einladungen gelöscht. Ein Termin mit erfasster "
                      "Anwesenheit wird nicht gelöscht – er kann stattdessen abgesagt werden."),
)


def record_name(kind: str, record_id: int) -> str:
    obj = _MODELS[kind].get_or_none(_MODELS[kind].id == record_id)
    if obj is None:
        return ""
    if kind == "person":
        return obj.full_name
    if kind == "appointment":

        return f"{obj.title} ({format_day(obj.start)})" if obj.start else obj.title
    return obj.name


def is_archived(kind: str, record_id: int) -> bool:
    model = _MODELS[kind]
    obj = model.get_or_none(model.id == record_id)
    return bool(getattr(obj, "archived", False))


def set_archived(parent: QWidget | None, kind: str, record_id: int, archived: bool) -> bool:
    try:
        _ARCHIVE[kind](record_id, archived)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Archivieren"), str(exc))
        return False
    return True


def _consequence(kind: str) -> str:
    return tr(_TEXTS[6 + ("person", "organization", "network", "appointment").index(kind)])


def delete_record(parent: QWidget | None, kind: str, record_id: int) -> bool:
    """Ask, delete; when the service refuses to destroy history, explain and offer to archive.

    Returns True when something changed (deleted, archived or cancelled)."""
    name = record_name(kind, record_id)
    blocker = _BLOCKERS[kind](record_id) if kind in _BLOCKERS else None
    if blocker:  # say so first: never ask "wirklich löschen?" about something that will not be deleted
        return _offer_archive(parent, kind, record_id, blocker, tr("Nicht löschbar"))
    answer = QMessageBox.question(
        parent, tr("Löschen"),
        tr("„%1“ wirklich löschen?").replace("%1", name) + "\n\n" + _consequence(kind),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        _DELETE[kind](record_id)
    except ConflictError as exc:
        if kind == "appointment":
            box = QMessageBox(QMessageBox.Icon.Information, tr("Nicht gelöscht"), str(exc),
                              QMessageBox.StandardButton.Cancel, parent)
            cancel_button = box.addButton(tr("Termin absagen"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is cancel_button:
                appointments.update_appointment(record_id, {"status": "cancelled"})
                return True
            return False
        return _offer_archive(parent, kind, record_id, str(exc), tr("Nicht gelöscht"))
    except UserError as exc:
        QMessageBox.warning(parent, tr("Löschen"), str(exc))
        return False
    return True


def _offer_archive(parent: QWidget | None, kind: str, record_id: int, reason: str, title: str) -> bool:
    """Explain why the record stays and offer to archive it instead."""
    box = QMessageBox(QMessageBox.Icon.Information, title, reason, QMessageBox.StandardButton.Cancel, parent)
    archive_button = box.addButton(tr("Archivieren"), QMessageBox.ButtonRole.AcceptRole)
    if kind not in _ARCHIVE or is_archived(kind, record_id):
        archive_button.hide()
    box.exec()
    if box.clickedButton() is archive_button:
        return set_archived(parent, kind, record_id, True)
    return False
