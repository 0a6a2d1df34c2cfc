"""The appointment editor: when and where, kind and status, network, fields of action, agenda, outcome,
repetition (series), planning warnings (overlaps, public holidays) and follow-ups from the outcome.

Dates and times are typed the keyboard way (app/ui/date_entry.py); the end moves with the start and keeps
the duration, an end before the start is named at once. A series occurrence asks "nur diesen Termin /
diesen und alle folgenden / die ganze Serie" before a change of its time or template values is saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.services import appointments, followups, lists, recurrence, report_labels, series
from app.services.errors import ConflictError, UserError
from app.services.records import current_values
from app.ui import series_dialog
from app.ui.date_entry import DateEdit, TimeEdit
from app.ui.editors.base import Field, RecordEditor
from app.ui.followups_page import new_follow_up
from app.ui.formats import format_datetime

WARNING_STYLE = ("QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #e0b84f; border-radius: 4px;"
                 " padding: 4px 6px; }")


class AppointmentEditor(RecordEditor):
    KIND = "appointment"
    ARCHIVABLE = False
    RELATED_NEEDS_RECORD = False  # the fields of action are chosen before the first save
    FOLLOW_UPS = False  # its own "Wiedervorlage anlegen …" sits below the outcome
    WRITE_CONTROLS = ("follow_up_from_outcome", "repeat_button")  # role_gate: locked for a reader
    READ_ONLY_AREAS = ("field_list",)
    CONFIDENTIAL_CONTROLS = ("confidential_box",)  # an assistant's appointments cannot be confidential

    def build_form(self) -> None:
        self.pending_rule: str | None = None  # a repetition chosen here, saved with the next Save
        self.series_id: int | None = None
        self._duration = dt.timedelta(hours=2)
        self.section(self.tr("Termin"))
        self.text("title", self.tr("Titel *"))
        self.choice("kind", self.tr("Art"), "appointment_kind")
        self.choice("status", self.tr("Status"), "appointment_status")
        self.start_date, self.start_time = self._moment("start", self.tr("Beginn *"))
        self.end_date, self.end_time = self._moment("end", self.tr("Ende"))
        self.all_day = self.checkbox("all_day", "", self.tr("ganztägig"))
        self.all_day.toggled.connect(self._all_day_toggled)
        for edit in (self.start_date, self.start_time):
            (edit.dateChanged if isinstance(edit, DateEdit) else edit.timeChanged).connect(self._start_moved)
        for edit in (self.end_date, self.end_time):
            (edit.dateChanged if isinstance(edit, DateEdit) else edit.timeChanged).connect(self._end_moved)
        self._build_repeat_row()
        self.warning = QLabel(self)
        self.warning.setObjectName("planningWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.form.addRow(self.warning)
        self.text("location", self.tr("Ort"))
        self.text("online_link", self.tr("Online-Link"))
        self.network = self.reference("network", self.tr("Gremium"), lists.choices("network", include_archived=True),
                                      self.tr("— kein Gremium —"))
        self.invite_box = QCheckBox(self)
        self.invite_box.setAccessibleName(self.tr("Mitglieder einladen"))
        self.invite_box.setVisible(False)
        self.form.addRow("", self.invite_box)
        self.text("expected_participants", self.tr("Erwartete Teilnehmende"))
        self.confidential_box = self.checkbox("confidential", self.tr("Vertraulich"),
                                              self.tr("vertraulich (nicht in Berichten mit Einzelheiten)"))
        self.section(self.tr("Inhalt"))
        self.longtext("agenda", self.tr("Tagesordnung / Themen"), 110)
        self.longtext("outcome", self.tr("Ergebnisse / Notizen"), 110)
        self.follow_up_from_outcome = QPushButton(self.tr("Wiedervorlage anlegen …"), self)
        self.follow_up_from_outcome.setToolTip(self.tr("Eine Wiedervorlage zu diesem Termin, z. B. aus den "
                                                       "Ergebnissen"))
        self.follow_up_from_outcome.clicked.connect(self.new_follow_up_from_outcome)
        self.form.addRow("", self.follow_up_from_outcome)

    def _moment(self, name: str, caption: str) -> tuple[DateEdit, TimeEdit]:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        date_edit = DateEdit(holder)
        time_edit = TimeEdit(holder)
        row.addWidget(date_edit)
        row.addWidget(time_edit)
        row.addStretch(1)

        def get() -> Any:
            if not date_edit.is_valid():
                return date_edit.text()
            if not time_edit.is_valid():
                return f"{date_edit.value():%d.%m.%Y} {time_edit.text()}"
            return dt.datetime.combine(date_edit.value(), time_edit.value())

        def put(value: Any) -> None:
            if isinstance(value, dt.datetime):
                date_edit.blockSignals(True)
                time_edit.blockSignals(True)
                date_edit.setDate(value.date())
                time_edit.setTime(value.time())
                date_edit.blockSignals(False)
                time_edit.blockSignals(False)
        self._add(name, caption, date_edit, get, put, layout_widget=holder)
        return date_edit, time_edit

    def _build_repeat_row(self) -> None:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.repeat_label = QLabel(self)
        self.repeat_label.setWordWrap(True)
        self.repeat_button = QPushButton(self.tr("Wiederholung …"), self)
        self.repeat_button.setToolTip(self.tr("Täglich, wöchentlich, monatlich, vierteljährlich, jährlich …"))
        self.repeat_button.clicked.connect(self.edit_repetition)
        row.addWidget(self.repeat_label, 1)
        row.addWidget(self.repeat_button)
        caption = QLabel(self.tr("Wiederholung"), self)
        caption.setBuddy(self.repeat_button)
        self.form.addRow(caption, holder)

    # --- related ---------------------------------------------------------------------------------------
    def build_related(self) -> None:
        caption = QLabel(self.tr("Handlungsfelder"), self)
        caption.setStyleSheet("font-weight: 600;")
        self.related_layout.addWidget(caption)
        self.field_list = QListWidget(self)
        self.field_list.setAccessibleName(self.tr("Handlungsfelder"))
        fields = appointments.fields_of_action(include_archived=True)
        names = report_labels.field_labels((f.id, f.name) for f in fields)  # English names in the English UI
        for field in fields:
            item = QListWidgetItem(names[field.id])
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if field.archived:
                item.setHidden(True)
            self.field_list.addItem(item)
        self.related_layout.addWidget(self.field_list, 1)
        error = QLabel(self)
        error.setStyleSheet("color: #c0392b;")
        error.hide()
        self.related_layout.addWidget(error)

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

    # --- start, end, warnings --------------------------------------------------------------------------
    def _start(self) -> dt.datetime | None:
        value = self.fields["start"].get()
        return value if isinstance(value, dt.datetime) else None

    def _end(self) -> dt.datetime | None:
        value = self.fields["end"].get()
        return value if isinstance(value, dt.datetime) else None

    def _all_day_toggled(self, checked: bool) -> None:
        self.start_time.setEnabled(not checked)
        self.end_time.setEnabled(not checked)
        self.update_warnings()

    def _start_moved(self, *_: Any) -> None:
        """The end follows the start and keeps the duration."""
        start = self._start()
        if start is None:
            return
        self.fields["end"].set(start + self._duration)
        self._check_end()
        self._refresh_repeat_label()

    def _end_moved(self, *_: Any) -> None:
        start, end = self._start(), self._end()
        if start is not None and end is not None and end >= start:
            self._duration = end - start
        self._check_end()

    def _check_end(self) -> None:
        """Name an end before the start at once, next to the field."""
        start, end = self._start(), self._end()
        error = self.fields["end"].error
        if start is not None and end is not None and end < start and not self.all_day.isChecked():
            error.setText(self.tr("Das Ende liegt vor dem Beginn (%1). Bitte korrigieren.")
                          .replace("%1", format_datetime(start)))
            error.show()
        elif error.text().startswith(self.tr("Das Ende liegt vor dem Beginn")[:20]):
            error.clear()
            error.hide()
        self.update_warnings()

    def update_warnings(self) -> None:
        """Overlaps and public holidays, shown at once (they warn, they never block saving)."""
        start, end = self._start(), self._end()
        if start is not None and self.all_day.isChecked():
            start = start.replace(hour=0, minute=0)
            end = (end or start).replace(hour=23, minute=59)
        try:
            messages = appointments.planning_warnings(start, end, exclude=self.record_id)
        except UserError:
            messages = []
        self.warning.setText("⚠ " + "\n⚠ ".join(messages) if messages else "")
        self.warning.setVisible(bool(messages))

    def warnings(self) -> list[str]:
        text = self.warning.text()
        return [line.removeprefix("⚠ ") for line in text.split("\n")] if text else []

    # --- repetition ------------------------------------------------------------------------------------
    def _refresh_repeat_label(self) -> None:
        start = self._start() or dt.datetime.now()
        if self.pending_rule:
            text = recurrence.describe(recurrence.parse(self.pending_rule), start)
            if self.series_id is not None or self.record_id is not None:
                text += self.tr(" (wird beim Speichern übernommen)")
        elif self.series_id is not None:
            found = series.get_series(self.series_id)
            text = self.tr("Serie: %1").replace("%1", series.describe(found))
            if self._exception:
                text += self.tr(" – dieser Termin ist eine Ausnahme")
        else:
            text = self.tr("keine (Einzeltermin)")
        self.repeat_label.setText(text)

    def edit_repetition(self) -> None:

        start = self._start() or dt.datetime.now()
        current = self.pending_rule
        if current is None and self.series_id is not None:
            current = series.get_series(self.series_id).rrule
        accepted, rule = series_dialog.edit_rule(self, start, current)
        if accepted:
            self.set_rule(rule)

    def set_rule(self, rule: str | None) -> None:
        """Choose a repetition (RRULE text or None); it is stored with the next save."""
        if self.series_id is not None and rule == series.get_series(self.series_id).rrule:
            rule = None
        self.pending_rule = rule
        self._refresh_repeat_label()

    # --- load and save ---------------------------------------------------------------------------------
    def initial(self) -> dict[str, Any]:
        day = self.defaults.get("day") or dt.date.today() + dt.timedelta(days=1)
        start = self.defaults.get("start") or dt.datetime.combine(day, dt.time(10, 0))
        end = self.defaults.get("end") or start + dt.timedelta(hours=2)
        return {"kind": "meeting", "status": "planned", "start": start, "end": end, "fields": []}

    def fetch(self, record_id: int) -> dict[str, Any]:
        record = appointments.get_appointment(record_id)
        values = current_values(appointments.APPOINTMENT, record)
        if values.get("end") is None and values.get("start") is not None:
            values["end"] = values["start"]
        values["fields"] = appointments.field_ids(record_id)
        return values

    def load(self) -> None:
        self._exception = False
        self.series_id = None
        if self.record_id is not None:
            record = appointments.get_appointment(self.record_id)
            self.series_id = record.series_id
            self._exception = bool(record.series_exception)
        else:
            self.pending_rule = self.defaults.get("rule") or None
        super().load()
        start, end = self._start(), self._end()
        if start is not None and end is not None and end >= start:
            self._duration = end - start
        invite = self.defaults.get("invite") or []
        self.invite_box.setText(self.tr("Mitglieder des Gremiums einladen (%1)").replace("%1", str(len(invite))))
        self.invite_box.setChecked(bool(invite))
        self.invite_box.setVisible(self.record_id is None and bool(invite))
        self.follow_up_from_outcome.setEnabled(self.record_id is not None)
        self._refresh_repeat_label()
        self.update_warnings()

    def _timing_or_template_changed(self) -> bool:
        names = ("start", "end", "all_day", *series.TEMPLATE_FIELDS)
        now = self.values()
        return any(now.get(n) != self._snapshot.get(n) for n in names if n in self.fields)

    def save(self) -> bool:
        self._scope = "this"
        if self.record_id is not None and self.series_id is not None and (
                self.pending_rule is not None or self._timing_or_template_changed()):

            scope = series_dialog.ask_scope(self, allow_this=self.pending_rule is None)
            if scope is None:
                return False
            self._scope = scope
        saved = super().save()
        if saved:
            self.pending_rule = None
            self._refresh_repeat_label()
        return saved

    def write(self, data: dict[str, Any]) -> int:
        data = dict(data)
        fields = data.pop("fields")
        if data.get("all_day") and isinstance(data.get("start"), dt.datetime):
            data["start"] = data["start"].replace(hour=0, minute=0)
            end = data["end"] if isinstance(data.get("end"), dt.datetime) else data["start"]
            data["end"] = end.replace(hour=23, minute=59)
        invite = list(self.defaults.get("invite") or []) if self.invite_box.isChecked() else []
        if self.record_id is None:
            if self.pending_rule:
                created = series.create_series(data, self.pending_rule, fields, invite=invite)
                return int(series.occurrences(created.id)[0].id)
            return int(appointments.create_appointment(data, fields, invite=invite).id)
        if self.series_id is not None and self._scope in ("following", "all"):
            return int(series.update_series(self.record_id, data, self._scope, fields, self.pending_rule).id)
        if self.series_id is not None:
            return int(series.update_occurrence(self.record_id, data, fields).id)
        if self.pending_rule:
            return int(series.update_series(self.record_id, data, "all", fields, self.pending_rule).id)
        return int(appointments.update_appointment(self.record_id, data, fields).id)

    def delete(self) -> None:
        """A series occurrence asks whether this one, the following ones or the whole series go."""
        if self.record_id is None or self.series_id is None:
            super().delete()
            return

        scope = series_dialog.ask_scope(self, deleting=True)
        if scope is None:
            return
        record_id = self.record_id
        try:
            if scope == "this":
                series.delete_occurrence(record_id)
                deleted, kept = 1, 0
            else:
                record = appointments.get_appointment(record_id)
                deleted, kept = series.delete_series(
                    self.series_id, record.recurrence_id if scope == "following" else None)
        except ConflictError as exc:
            QMessageBox.information(self, self.tr("Nicht gelöscht"), str(exc))
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Löschen"), str(exc))
            return
        if kept:
            QMessageBox.information(self, self.tr("Serie gelöscht"), self.tr(
                "%1 Termine gelöscht. %2 Termine mit Anwesenheit oder Ergebnis bleiben als Einzeltermine erhalten.")
                .replace("%1", str(deleted)).replace("%2", str(kept)))
        self.saved.emit(self.KIND, record_id)
        if appointments.exists(record_id):
            self.load()
        else:
            self._closing_ok = True
            self.close()

    # --- follow-ups ------------------------------------------------------------------------------------
    def new_follow_up_from_outcome(self) -> None:
        """"Wiedervorlage anlegen": a follow-up pre-filled from this appointment and its outcome."""
        if self.record_id is None:
            return
        if self.is_dirty() and not self.save():
            return

        assert self.record_id is not None
        new_follow_up(self, **followups.suggestion_for_appointment(self.record_id))

    def title_text(self) -> str:
        if self.record_id is None:
            return self.tr("Neuer Termin")
        return self.tr("Termin: %1").replace("%1", self.fields["title"].get())
