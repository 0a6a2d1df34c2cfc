"""Delete and archive with the user's confirmation – shared by the lists and the editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models import Appointment, Network, Organization, Person
from app.services import appointments, contacts, networks
from app.services.errors import ConflictError, UserError

_MODELS = {"person": Person, "organization": Organization, "network": Network, "appointment": Appointment}
_DELETE = {"person": contacts.delete_person, "organization": contacts.delete_organization,
           "network": networks.delete_network, "appointment": appointments.delete_appointment}
_ARCHIVE = {"person": contacts.archive_person, "organization": contacts.archive_organization,
            "network": networks.archive_network}


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordActions", text)


def record_name(kind: str, record_id: int) -> str:
    obj = _MODELS[kind].get_or_none(_MODELS[kind].id == record_id)
    if obj is None:
        return ""
    if kind == "person":
        return obj.full_name
    if kind == "appointment":
        return f"{obj.title} ({obj.start:%d.%m.%Y})" if obj.start else obj.title
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
    if kind == "person":
        return tr("Der Kontakt wird mit seinen Gremien-Mitgliedschaften gelöscht. Kontakte mit Teilnahmen "
                  "in der Terminhistorie werden nicht gelöscht, sondern können archiviert werden – so bleiben "
                  "frühere Teilnahmelisten unverändert.")
    if kind == "organization":
        return tr("Eine Organisation mit Kontakten oder Gremien-Mitgliedschaften wird nicht gelöscht, sondern "
                  "kann archiviert werden.")
    if kind == "network":
        return tr("Ein Gremium mit Terminen wird nicht gelöscht, sondern kann archiviert werden – die "
                  "Sitzungshistorie bleibt erhalten.")
    return tr("Der Termin wird mit seinen Einladungen gelöscht. Ein Termin mit erfasster Anwesenheit wird nicht "
              "gelöscht – er kann stattdessen abgesagt werden.")


def delete_record(parent: QWidget | None, kind: str, record_id: int) -> bool:
    """Ask, delete; when the service refuses to destroy history, explain and offer to archive.

    Returns True when something changed (deleted, archived or cancelled)."""
    name = record_name(kind, record_id)
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
        box = QMessageBox(QMessageBox.Icon.Information, tr("Nicht gelöscht"), str(exc),
                          QMessageBox.StandardButton.Cancel, parent)
        archive_button = box.addButton(tr("Archivieren"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is archive_button:
            return set_archived(parent, kind, record_id, True)
        return False
    except UserError as exc:
        QMessageBox.warning(parent, tr("Löschen"), str(exc))
        return False
    return True
