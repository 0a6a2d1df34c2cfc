"""The network editor: master data, members (organisations and persons with roles) and meetings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import letters, lists, networks
from app.services.errors import UserError
from app.services.records import current_values
from app.ui.editors.base import RecordEditor, RelatedList, format_day
from app.ui.labels import choices, label


class MemberPicker(QDialog):
    """Choose an organisation or a person (search as you type) and a role."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Organisation hinzufügen") if kind == "organization"
                            else self.tr("Person hinzufügen"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.textChanged.connect(self.update_list)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.windowTitle())
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        role_label = QLabel(self.tr("Rolle"), self)
        row.addWidget(role_label)
        self.role = QComboBox(self)
        role_label.setBuddy(self.role)
        for key, text in choices("membership_role"):
            self.role.addItem(text, key)
        row.addWidget(self.role)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hinzufügen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._organizations = lists.choices("organization") if kind == "organization" else []
        self.resize(520, 480)
        self.update_list()

    def update_list(self) -> None:
        self.list.clear()
        term = self.search.text()
        if self.kind == "organization":
            matches = lists.search_ids("organization", term)
            rows = [(i, name, "") for i, name in self._organizations if matches is None or i in matches][:200]
        else:
            rows = lists.persons_for_picker(term, limit=200)
        for record_id, name, detail in rows:
            item = QListWidgetItem(f"{name}  ·  {detail}" if detail else name)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> tuple[int | None, str]:
        item = self.list.currentItem()
        return (int(item.data(Qt.ItemDataRole.UserRole)) if item else None), str(self.role.currentData())


class NetworkEditor(RecordEditor):
    KIND = "network"
    WRITE_CONTROLS = ("add_org_button", "add_person_button", "role_combo", "remove_button",
                      "new_meeting_button")  # role_gate: locked for a reader

    def build_form(self) -> None:
        self.section(self.tr("Gremium / Netzwerk"))
        self.text("name", self.tr("Name *"))
        self.text("short_name", self.tr("Kurzname"))
        self.choice("kind", self.tr("Art"), "network_kind")
        self.text("rhythm", self.tr("Sitzungsrhythmus"), self.tr("z. B. vierteljährlich"))
        self.date_text("start_date", self.tr("Beginn"))
        self.date_text("end_date", self.tr("Ende"))
        self.text("funding_programme", self.tr("Förderprogramm"))
        self.longtext("description", self.tr("Beschreibung"), 120)

    def initial(self) -> dict[str, Any]:
        return {"kind": "round_table"}

    def build_related(self) -> None:
        self.members_caption = QLabel(self)
        self.members_caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(self.members_caption)
        self.members = RelatedList("member", [self.tr("Mitglied"), self.tr("Art"), self.tr("Rolle"), self.tr("Seit")],
                                   self)
        self.members.itemDoubleClicked.disconnect()
        self.members.itemActivated.disconnect()
        self.members.itemDoubleClicked.connect(self._open_member)
        self.members.currentItemChanged.connect(self._member_selected)
        self.related_layout.addWidget(self.members, 3)
        row = QHBoxLayout()
        self.add_org_button = QPushButton(self.tr("Organisation …"), self)
        self.add_org_button.setToolTip(self.tr("Organisation als Mitglied hinzufügen"))
        self.add_org_button.clicked.connect(lambda: self.add_member("organization"))
        self.add_person_button = QPushButton(self.tr("Person …"), self)
        self.add_person_button.setToolTip(self.tr("Person als Mitglied hinzufügen"))
        self.add_person_button.clicked.connect(lambda: self.add_member("person"))
        self.role_combo = QComboBox(self)
        self.role_combo.setToolTip(self.tr("Rolle des ausgewählten Mitglieds"))
        for key, text in choices("membership_role"):
            self.role_combo.addItem(text, key)
        self.role_combo.activated.connect(self._role_changed)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_button.clicked.connect(self.remove_member)
        for widget in (self.add_org_button, self.add_person_button, self.role_combo, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        from app.ui.mail_button import MailButton  # issue 11 §8: BCC mail and the mail-merge list

        self.mail_button = MailButton(
            lambda: letters.mail_addresses_for_network(self.record_id) if self.record_id else [], self,
            network_id=lambda: self.record_id)
        row.addWidget(self.mail_button)
        self.related_layout.addLayout(row)
        self.meetings_caption = QLabel(self)
        self.meetings_caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(self.meetings_caption)
        self.meetings = RelatedList("appointment", [self.tr("Sitzung"), self.tr("Datum"), self.tr("Status"),
                                                    self.tr("Anwesend")], self)
        self.meetings.open_requested.connect(self.open_requested)
        self.related_layout.addWidget(self.meetings, 2)
        self.new_meeting_button = QPushButton(self.tr("Neue Sitzung planen …"), self)
        self.new_meeting_button.clicked.connect(self._new_meeting)
        self.related_layout.addWidget(self.new_meeting_button)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return current_values(networks.NETWORK, networks.get_network(record_id))

    def write(self, data: dict[str, Any]) -> int:
        if self.record_id is None:
            return networks.create_network(data).id
        return networks.update_network(self.record_id, data).id

    def title_text(self) -> str:
        if self.record_id is None:
            return self.tr("Neues Gremium / Netzwerk")
        return self.tr("Gremium: %1").replace("%1", self.fields["name"].get())

    def refresh_chrome(self) -> None:
        super().refresh_chrome()
        exists = self.record_id is not None
        for widget in (self.add_org_button, self.add_person_button, self.new_meeting_button):
            widget.setEnabled(exists)
        if not exists:
            self.members_caption.setText(self.tr("Mitglieder – bitte zuerst speichern"))
            self.meetings_caption.setText(self.tr("Sitzungen"))
        self._member_selected()

    def load_related(self) -> None:
        assert self.record_id is not None
        rows = []
        for membership in networks.members(self.record_id):
            if membership.person_id is not None:
                person = membership.person
                name = person.sort_name + (f" ({membership.organization.name})" if membership.organization_id else "")
                kind_text = self.tr("Person")
            else:
                name = membership.organization.name
                kind_text = self.tr("Organisation")
            if membership.until is not None:
                name += self.tr(" (bis %1)").replace("%1", format_day(membership.until))
            rows.append((membership.id, [name, kind_text, label("membership_role", membership.role),
                                         format_day(membership.since)]))
        self.members.set_rows(rows)
        self.members_caption.setText(self.tr("Mitglieder (%1)").replace("%1", str(len(rows))))
        meetings = lists.related("network", self.record_id)["meetings"]
        self.meetings_caption.setText(self.tr("Sitzungen (%1)").replace("%1", str(len(meetings))))
        self.meetings.set_rows([(r[0], [r[2], format_day(r[1]), label("appointment_status", r[3]),
                                        "–" if r[4] is None else str(r[4])])  # "–": attendance not recorded
                                for r in meetings])
        self._member_selected()

    def _selected_membership(self) -> int | None:
        item = self.members.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _member_selected(self, *_: Any) -> None:
        membership_id = self._selected_membership()
        self.remove_button.setEnabled(membership_id is not None)
        self.role_combo.setEnabled(membership_id is not None)
        if membership_id is not None:
            membership = networks.find_member(membership_id)
            if membership is not None:
                self.role_combo.setCurrentIndex(max(self.role_combo.findData(membership.role), 0))

    def _role_changed(self) -> None:
        membership_id = self._selected_membership()
        if membership_id is None:
            return
        try:
            networks.update_member(membership_id, {"role": self.role_combo.currentData()})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Rolle"), str(exc))
        self.load_related()
        self._select_membership(membership_id)

    def _select_membership(self, membership_id: int) -> None:
        for index in range(self.members.topLevelItemCount()):
            item = self.members.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == membership_id:
                self.members.setCurrentItem(item)
                break

    def add_member(self, kind: str, record_id: int | None = None, role: str = "member") -> int | None:
        """Add an organisation or person (asks with a picker when record_id is None); returns the membership."""
        if self.record_id is None:
            return None
        if record_id is None:
            picker = MemberPicker(kind, self)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return None
            record_id, role = picker.chosen()
            if record_id is None:
                return None
        try:
            membership = networks.add_member(self.record_id, **{kind: record_id}, role=role)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Mitglied hinzufügen"), str(exc))
            return None
        self.load_related()
        self._select_membership(membership.id)
        self.saved.emit(self.KIND, self.record_id)
        return int(membership.id)

    def remove_member(self) -> None:
        membership_id = self._selected_membership()
        item = self.members.currentItem()  # not None when a membership is selected
        if membership_id is None or item is None or self.record_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Mitglied entfernen"),
            self.tr("„%1“ aus dem Gremium entfernen? Frühere Teilnahmelisten bleiben unverändert.")
            .replace("%1", item.text(0)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            networks.remove_member(membership_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Mitglied entfernen"), str(exc))
            return
        self.load_related()
        self.saved.emit(self.KIND, self.record_id)

    def _open_member(self, item: Any, _column: int = 0) -> None:
        membership = networks.find_member(int(item.data(0, Qt.ItemDataRole.UserRole)))
        if membership is None:
            return
        if membership.person_id is not None:
            self.open_requested.emit("person", membership.person_id)
        elif membership.organization_id is not None:
            self.open_requested.emit("organization", membership.organization_id)

    def _new_meeting(self) -> QWidget | None:
        """Plan the next meeting: committee session, the network's name, its usual place and time, the next
        date after its rhythm (proposed as a series) and the members' invitations."""
        if self.record_id is None:
            return None
        if self.is_dirty() and not self.save():  # the rhythm just typed counts
            return None
        return self.create_related("appointment", **networks.meeting_proposal(self.record_id))
