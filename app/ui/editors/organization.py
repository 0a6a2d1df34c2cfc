"""The organisation editor: master data, partner status, its people and networks in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton

from app.services import contacts, lists
from app.services.records import current_values
from app.ui.editors.base import RecordEditor, RelatedList, format_day
from app.ui.labels import label


class OrganizationEditor(RecordEditor):
    KIND = "organization"
    WRITE_CONTROLS = ("add_person_button",)  # role_gate: locked for a reader

    def build_form(self) -> None:
        self.section(self.tr("Organisation"))
        self.text("name", self.tr("Name *"))
        self.text("short_name", self.tr("Kurzname"))
        self.choice("sector", self.tr("Bereich"), "sector")
        self.checkbox("is_partner", self.tr("Netzwerkpartner"), self.tr("ist Netzwerkpartner"))
        self.date_text("partner_since", self.tr("Partner seit"))
        self.section(self.tr("Anschrift und Kontakt"))
        self.text("street", self.tr("Straße"))
        self.text("postal_code", self.tr("PLZ"))
        self.text("city", self.tr("Ort"))
        self.text("country", self.tr("Land"))
        self.text("phone", self.tr("Telefon"))
        self.text("email", self.tr("E-Mail"))
        self.text("website", self.tr("Webseite"))
        self.longtext("notes", self.tr("Notizen"))

    def initial(self) -> dict[str, Any]:
        return {"sector": "other", "country": "Deutschland"}

    def build_related(self) -> None:
        self.persons_caption = QLabel(self)
        self.persons_caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(self.persons_caption)
        self.persons = RelatedList("person", [self.tr("Name"), self.tr("Funktion"), self.tr("E-Mail")], self)
        self.persons.open_requested.connect(self.open_requested)
        self.related_layout.addWidget(self.persons, 2)
        self.add_person_button = QPushButton(self.tr("Kontakt für diese Organisation anlegen …"), self)
        self.add_person_button.clicked.connect(self._new_person)
        self.related_layout.addWidget(self.add_person_button)
        caption = QLabel(self.tr("Gremien & Netzwerke"), self)
        caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(caption)
        self.networks = RelatedList("network", [self.tr("Gremium"), self.tr("Rolle"), self.tr("Seit")], self)
        self.networks.open_requested.connect(self.open_requested)
        self.related_layout.addWidget(self.networks, 1)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return current_values(contacts.ORGANIZATION, contacts.get_organization(record_id))

    def write(self, data: dict[str, Any]) -> int:
        if self.record_id is None:
            return contacts.create_organization(data).id
        return contacts.update_organization(self.record_id, data).id

    def title_text(self) -> str:
        if self.record_id is None:
            return self.tr("Neue Organisation")
        return self.tr("Organisation: %1").replace("%1", self.fields["name"].get())

    def load_related(self) -> None:
        assert self.record_id is not None
        related = lists.related("organization", self.record_id)
        persons = related["persons"]
        self.persons_caption.setText(self.tr("Kontakte (%1)").replace("%1", str(len(persons))))
        self.persons.set_rows([(r[0], [r[1] + (self.tr(" (archiviert)") if r[4] else ""), r[2] or "", r[3] or ""])
                               for r in persons])
        self.networks.set_rows([(r[0], [r[1], label("membership_role", r[2]), format_day(r[3])])
                                for r in related["networks"]])

    def refresh_chrome(self) -> None:
        super().refresh_chrome()
        if hasattr(self, "add_person_button"):
            self.add_person_button.setEnabled(self.record_id is not None)

    def _new_person(self) -> None:
        if self.record_id is not None:
            self.create_related("person", organization=self.record_id)
