"""The contact editor: master data, organisation, networks and appointment history in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.services import contacts, lists
from app.services.records import current_values
from app.ui.editors.base import Field, RecordEditor, RelatedList, format_day
from app.ui.labels import label


class PersonEditor(RecordEditor):
    KIND = "person"

    def build_form(self) -> None:
        self.section(self.tr("Person"))
        self.text("salutation", self.tr("Anrede"), self.tr("z. B. Frau, Herr"))
        self.text("title", self.tr("Titel"), self.tr("z. B. Dr."))
        self.first_name = self.text("first_name", self.tr("Vorname"))
        self.last_name = self.text("last_name", self.tr("Nachname *"))
        self.text("function", self.tr("Funktion"), self.tr("z. B. Beauftragte für Migration und Prävention"))
        self.organization = self.reference("organization", self.tr("Organisation"),
                                           lists.choices("organization", include_archived=True),
                                           self.tr("— keine —"))
        self.section(self.tr("Erreichbarkeit"))
        self.text("email", self.tr("E-Mail"))
        self.text("phone", self.tr("Telefon"))
        self.text("mobile", self.tr("Mobil"))
        self.text("street", self.tr("Straße"))
        self.text("postal_code", self.tr("PLZ"))
        self.text("city", self.tr("Ort"))
        self.text("country", self.tr("Land"))
        self.text("languages", self.tr("Sprachen"), self.tr("z. B. Deutsch, Arabisch"))
        self.longtext("notes", self.tr("Notizen"))

    def build_related(self) -> None:
        self.org_button = QPushButton(self)
        self.org_button.clicked.connect(self._open_organization)
        self.related_layout.addWidget(self.org_button)
        self.networks_caption = QLabel(self.tr("Gremien & Netzwerke"), self)
        self.networks_caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(self.networks_caption)
        self.networks = RelatedList("network", [self.tr("Gremium"), self.tr("Rolle"), self.tr("Seit")], self)
        self.networks.setMaximumHeight(150)
        self.networks.open_requested.connect(self.open_requested)
        self.related_layout.addWidget(self.networks)
        self.history_caption = QLabel(self)
        self.history_caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(self.history_caption)
        self.history = RelatedList("appointment", [self.tr("Termin"), self.tr("Datum"), self.tr("Status")], self)
        self.history.open_requested.connect(self.open_requested)
        self.related_layout.addWidget(self.history, 1)
        from app.ui.privacy_tab import PrivacyTab  # issue 7: consent, Art. 15 export, Art. 17 erasure, history

        self.privacy_tab = PrivacyTab(self)
        self.privacy_tab.erased.connect(lambda _id: self.load())
        self.privacy_index = self.tabs.addTab(self.privacy_tab, self.privacy_tab.windowTitle())
        # consent is part of the contact: saved (and checked for unsaved changes) with Speichern
        for name, widget, get, put in self.privacy_tab.bindings():
            self.fields[name] = Field(name, widget, get, put, self.privacy_tab.consent_error)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return current_values(contacts.PERSON, contacts.get_person(record_id))

    def write(self, data: dict[str, Any]) -> int:
        if self.record_id is None:
            return contacts.create_person(data).id
        return contacts.update_person(self.record_id, data).id

    def title_text(self) -> str:
        if self.record_id is None:
            return self.tr("Neuer Kontakt")
        name = " ".join(p for p in (self.fields["title"].get(), self.fields["first_name"].get(),
                                    self.fields["last_name"].get()) if p)
        return self.tr("Kontakt: %1").replace("%1", name)

    def load_related(self) -> None:
        assert self.record_id is not None
        org_id = self.fields["organization"].get()
        self.org_button.setVisible(isinstance(org_id, int))
        if isinstance(org_id, int):
            full = self.tr("Organisation öffnen: %1").replace("%1", self.organization.currentText())
            # a long organisation name must not widen the editor: elide it, the tooltip keeps it whole
            self.org_button.setText(self.org_button.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                                                             280).replace("&", "&&"))
            self.org_button.setToolTip(full)
            self.org_button.setAccessibleName(full)
        related = lists.related("person", self.record_id)
        self.networks.set_rows([(r[0], [r[1], label("membership_role", r[2]), format_day(r[3])])
                                for r in related["networks"]])
        history = related["appointments"]
        self.history_caption.setText(self.tr("Teilnahmen (%1)").replace("%1", str(len(history))))
        self.history.set_rows([(r[0], [r[2], format_day(r[1]), label("attendance_status", r[3])])
                               for r in history])

    def record_changed(self) -> None:
        self.privacy_tab.set_person(self.record_id)

    def show_errors(self, errors: dict[str, str]) -> None:
        consent = {k: v for k, v in errors.items() if k in self.privacy_tab.consent_values()}
        super().show_errors(errors)
        if consent:  # the consent fields share one error line on the Datenschutz tab
            names = self.privacy_tab.field_names()
            self.privacy_tab.consent_error.setText("\n".join(f"{names.get(k, k)}: {v}" for k, v in consent.items()))
            self.privacy_tab.consent_error.show()
            self.tabs.setCurrentIndex(self.privacy_index)
            self.fields[next(iter(consent))].widget.setFocus()

    def _open_organization(self) -> None:
        org_id = self.fields["organization"].get()
        if isinstance(org_id, int):
            self.open_requested.emit("organization", org_id)
