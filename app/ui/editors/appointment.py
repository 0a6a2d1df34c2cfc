"""The appointment editor: when and where, kind and status, network, fields of action, agenda, outcome."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from app.services import appointments, lists
from app.services.records import current_values
from app.ui.editors.base import RecordEditor


class AppointmentEditor(RecordEditor):
    KIND = "appointment"
    ARCHIVABLE = False
    RELATED_NEEDS_RECORD = False  # the fields of action are chosen before the first save

    def build_form(self) -> None:
        self.section(self.tr("Termin"))
        self.text("title", self.tr("Titel *"))
        self.choice("kind", self.tr("Art"), "appointment_kind")
        self.choice("status", self.tr("Status"), "appointment_status")
        self.start_date, self.start_time = self.datetime_pair("start", self.tr("Beginn *"))
        self.end_date, self.end_time = self.datetime_pair("end", self.tr("Ende"))
        self.all_day = self.checkbox("all_day", "", self.tr("ganztägig"))
        self.all_day.toggled.connect(self._all_day_toggled)
        self.start_date.dateChanged.connect(self._start_moved)
        self.text("location", self.tr("Ort"))
        self.text("online_link", self.tr("Online-Link"))
        self.network = self.reference("network", self.tr("Gremium"), lists.choices("network", include_archived=True),
                                      self.tr("— kein Gremium —"))
        self.text("expected_participants", self.tr("Erwartete Teilnehmende"))
        self.checkbox("confidential", self.tr("Vertraulich"),
                      self.tr("vertraulich (nicht in Berichten mit Einzelheiten)"))
        self.section(self.tr("Inhalt"))
        self.longtext("agenda", self.tr("Tagesordnung / Themen"), 110)
        self.longtext("outcome", self.tr("Ergebnisse / Notizen"), 110)

    def build_related(self) -> None:
        caption = QLabel(self.tr("Handlungsfelder"), self, styleSheet="font-weight: 600;")
        self.related_layout.addWidget(caption)
        self.field_list = QListWidget(self)
        for field in appointments.fields_of_action(include_archived=True):
            item = QListWidgetItem(field.name)
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if field.archived:
                item.setHidden(True)
            self.field_list.addItem(item)
        self.related_layout.addWidget(self.field_list, 1)
        error = QLabel(self, styleSheet="color: #c0392b;")
        error.hide()
        self.related_layout.addWidget(error)
        from app.ui.editors.base import Field

        self.fields["fields"] = Field("fields", self.field_list, self._checked_fields, self._check_fields, error)
        from app.ui.attendance_tab import AttendanceTab  # issue 4: invitations, ticking, sign-in sheet

        self.attendance_tab = AttendanceTab(self)
        self.tabs.addTab(self.attendance_tab, self.attendance_tab.windowTitle())

    def record_changed(self) -> None:
        self.attendance_tab.set_appointment(self.record_id)

    def _checked_fields(self) -> list[int]:
        return sorted(int(self.field_list.item(i).data(Qt.ItemDataRole.UserRole))
                      for i in range(self.field_list.count())
                      if self.field_list.item(i).checkState() == Qt.CheckState.Checked)

    def _check_fields(self, ids: Any) -> None:
        wanted = set(ids or ())
        for i in range(self.field_list.count()):
            item = self.field_list.item(i)
            record_id = int(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if record_id in wanted else Qt.CheckState.Unchecked)
            if record_id in wanted:
                item.setHidden(False)

    def _all_day_toggled(self, checked: bool) -> None:
        self.start_time.setEnabled(not checked)
        self.end_time.setEnabled(not checked)

    def _start_moved(self, date: Any) -> None:
        if self.end_date.date() < date:
            self.end_date.setDate(date)

    def initial(self) -> dict[str, Any]:
        day = self.defaults.get("day") or dt.date.today() + dt.timedelta(days=1)
        start = dt.datetime.combine(day, dt.time(10, 0))
        return {"kind": "meeting", "status": "planned", "start": start, "end": start + dt.timedelta(hours=2),
                "fields": []}

    def fetch(self, record_id: int) -> dict[str, Any]:
        values = current_values(appointments.APPOINTMENT, appointments.get_appointment(record_id))
        if values.get("end") is None and values.get("start") is not None:
            values["end"] = values["start"]
        values["fields"] = appointments.field_ids(record_id)
        return values

    def write(self, data: dict[str, Any]) -> int:
        data = dict(data)
        fields = data.pop("fields")
        if data.get("all_day"):
            data["start"] = data["start"].replace(hour=0, minute=0)
            data["end"] = data["end"].replace(hour=23, minute=59)
        if self.record_id is None:
            return appointments.create_appointment(data, fields).id
        return appointments.update_appointment(self.record_id, data, fields).id

    def title_text(self) -> str:
        if self.record_id is None:
            return self.tr("Neuer Termin")
        return self.tr("Termin: %1").replace("%1", self.fields["title"].get())
