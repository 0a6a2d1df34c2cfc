"""The recurrence editor ("Wiederholung") and the question "nur diesen Termin / diesen und alle folgenden /
die ganze Serie" asked before a series occurrence is changed or deleted.

The dialog edits a rule of app/services/recurrence.py: daily, weekly on chosen weekdays, every n weeks,
monthly on a date or on "the 2nd Wednesday", quarterly, yearly; until a date, n times or without end.
A preview lists the next dates, so the rule can be checked before it is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import recurrence
from app.services.recurrence import Rule
from app.ui.date_entry import DateEdit
from app.ui.formats import format_day

# (key, frequency, interval multiplier)
PATTERNS = ("none", "daily", "weekly", "monthly", "quarterly", "yearly")


class RecurrenceDialog(QDialog):
    """Choose how an appointment repeats; `rule_text()` is the RRULE or None for "keine Wiederholung"."""

    def __init__(self, start: dt.datetime | None = None, rule_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if start is None:
            start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10, 0))
        self.start = start
        self.setWindowTitle(self.tr("Wiederholung"))
        layout = QVBoxLayout(self)
        form = self._form = QFormLayout()
        layout.addLayout(form)

        self.pattern = QComboBox(self)
        for key, text in zip(PATTERNS, (self.tr("Keine Wiederholung"), self.tr("Täglich"), self.tr("Wöchentlich"),
                                        self.tr("Monatlich"), self.tr("Vierteljährlich"), self.tr("Jährlich")),
                             strict=True):
            self.pattern.addItem(text, key)
        self.pattern.setAccessibleName(self.tr("Wiederholen"))
        form.addRow(self.tr("&Wiederholen"), self.pattern)

        interval_row = QHBoxLayout()
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 52)
        self.interval.setAccessibleName(self.tr("Abstand"))
        self.interval_unit = QLabel(self)
        interval_row.addWidget(QLabel(self.tr("alle"), self))
        interval_row.addWidget(self.interval)
        interval_row.addWidget(self.interval_unit)
        interval_row.addStretch(1)
        self.interval_holder = QWidget(self)
        self.interval_holder.setLayout(interval_row)
        interval_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Abstand"), self.interval_holder)
        self.interval_caption = form.labelForField(self.interval_holder)

        days_row = QHBoxLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: list[QCheckBox] = []
        for name in (self.tr("Mo"), self.tr("Di"), self.tr("Mi"), self.tr("Do"), self.tr("Fr"), self.tr("Sa"),
                     self.tr("So")):
            box = QCheckBox(name, self)
            box.toggled.connect(self._update)
            self.day_boxes.append(box)
            days_row.addWidget(box)
        self.days_holder = QWidget(self)
        self.days_holder.setLayout(days_row)
        form.addRow(self.tr("An &Tagen"), self.days_holder)

        monthly = QVBoxLayout()
        monthly.setContentsMargins(0, 0, 0, 0)
        self.by_date = QRadioButton(self)
        self.by_weekday = QRadioButton(self.tr("am"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.by_weekday)
        weekday_row = QHBoxLayout()
        self.nth = QComboBox(self)
        for number, text in ((1, self.tr("ersten")), (2, self.tr("zweiten")), (3, self.tr("dritten")),
                             (4, self.tr("vierten")), (-1, self.tr("letzten"))):
            self.nth.addItem(text, number)
        self.nth.setAccessibleName(self.tr("Welcher Wochentag im Monat"))
        self.weekday = QComboBox(self)
        self.weekday.setAccessibleName(self.tr("Wochentag"))
        for number, text in enumerate((self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"),
                                       self.tr("Donnerstag"), self.tr("Freitag"), self.tr("Samstag"),
                                       self.tr("Sonntag"))):
            self.weekday.addItem(text, number)
        weekday_row.addWidget(self.by_weekday)
        weekday_row.addWidget(self.nth)
        weekday_row.addWidget(self.weekday)
        weekday_row.addStretch(1)
        monthly.addWidget(self.by_date)
        monthly.addLayout(weekday_row)
        self.monthly_holder = QWidget(self)
        self.monthly_holder.setLayout(monthly)
        form.addRow(self.tr("Im &Monat"), self.monthly_holder)

        end_box = QVBoxLayout()
        end_box.setContentsMargins(0, 0, 0, 0)
        self.no_end = QRadioButton(self.tr("ohne Ende"), self)
        until_row = QHBoxLayout()
        self.until_radio = QRadioButton(self.tr("bis"), self)
        self.until = DateEdit(self)
        self.until.setAccessibleName(self.tr("Ende am"))
        self.until.setDate(start.date().replace(month=12, day=31))
        until_row.addWidget(self.until_radio)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        count_row = QHBoxLayout()
        self.count_radio = QRadioButton(self.tr("nach"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Anzahl der Termine"))
        count_row.addWidget(self.count_radio)
        count_row.addWidget(self.count)
        count_row.addWidget(QLabel(self.tr("Terminen"), self))
        count_row.addStretch(1)
        end_group = QButtonGroup(self)
        for radio in (self.no_end, self.until_radio, self.count_radio):
            end_group.addButton(radio)
        end_box.addWidget(self.no_end)
        end_box.addLayout(until_row)
        end_box.addLayout(count_row)
        self.end_holder = QWidget(self)
        self.end_holder.setLayout(end_box)
        form.addRow(self.tr("&Ende"), self.end_holder)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for signal in (self.pattern.currentIndexChanged, self.interval.valueChanged, self.nth.currentIndexChanged,
                       self.weekday.currentIndexChanged, self.count.valueChanged, self.until.dateChanged):
            signal.connect(self._update)
        for radio in (self.by_date, self.by_weekday, self.no_end, self.until_radio, self.count_radio):
            radio.toggled.connect(self._update)
        self._load(recurrence.parse(rule_text) if rule_text else None)
        self.resize(520, 420)

    # --- state -----------------------------------------------------------------------------------------
    def _load(self, rule: Rule | None) -> None:
        start = self.start
        self.by_date.setText(self.tr("am %1. des Monats").replace("%1", str(start.day)))
        self.nth.setCurrentIndex(max(self.nth.findData(min((start.day - 1) // 7 + 1, 4)), 0))
        self.weekday.setCurrentIndex(start.weekday())
        self.by_weekday.setChecked(True)
        self.no_end.setChecked(True)
        for number, box in enumerate(self.day_boxes):
            box.setChecked(number == start.weekday())
        if rule is None:
            self.pattern.setCurrentIndex(0)
            self._update()
            return
        key = rule.freq
        interval = rule.interval
        if rule.freq == "monthly" and rule.interval % 3 == 0:
            key, interval = "quarterly", rule.interval // 3
        self.pattern.setCurrentIndex(self.pattern.findData(key))
        self.interval.setValue(interval)
        if rule.weekdays and rule.freq in ("weekly", "daily"):
            for number, box in enumerate(self.day_boxes):
                box.setChecked(number in rule.weekdays)
        if rule.freq == "monthly":
            if rule.nth is not None and rule.weekdays:
                self.by_weekday.setChecked(True)
                self.nth.setCurrentIndex(max(self.nth.findData(rule.nth), 0))
                self.weekday.setCurrentIndex(rule.weekdays[0])
            else:
                self.by_date.setChecked(True)
        if rule.count is not None:
            self.count_radio.setChecked(True)
            self.count.setValue(rule.count)
        elif rule.until is not None:
            self.until_radio.setChecked(True)
            self.until.setDate(rule.until)
        self._update()

    def rule(self) -> Rule | None:
        key = self.pattern.currentData()
        if key == "none":
            return None
        interval = self.interval.value()
        if key == "daily":
            rule = Rule("daily", interval)
        elif key == "weekly":
            days = tuple(n for n, box in enumerate(self.day_boxes) if box.isChecked()) or (self.start.weekday(),)
            rule = Rule("weekly", interval, days)
        elif key in ("monthly", "quarterly"):
            months = interval * (3 if key == "quarterly" else 1)
            if self.by_weekday.isChecked():
                rule = Rule("monthly", months, (int(self.weekday.currentData()),), nth=int(self.nth.currentData()))
            else:
                rule = Rule("monthly", months, monthday=self.start.day)
        else:
            rule = Rule("yearly", interval)
        if self.count_radio.isChecked():
            return rule.with_end(count=self.count.value())
        if self.until_radio.isChecked():
            return rule.with_end(until=self.until.value())
        return rule

    def rule_text(self) -> str | None:
        rule = self.rule()
        return rule.to_text() if rule is not None else None

    def _update(self) -> None:
        key = self.pattern.currentData()
        repeating = key != "none"
        units = {"daily": self.tr("Tage"), "weekly": self.tr("Wochen"), "monthly": self.tr("Monate"),
                 "quarterly": self.tr("Quartale"), "yearly": self.tr("Jahre")}
        self.interval_unit.setText(units.get(key, ""))
        self.interval_holder.setVisible(repeating)
        if self.interval_caption is not None:
            self.interval_caption.setVisible(repeating)
        for holder, visible in ((self.days_holder, key == "weekly"),
                                (self.monthly_holder, key in ("monthly", "quarterly")),
                                (self.end_holder, repeating)):
            holder.setVisible(visible)
            caption = self._form.labelForField(holder)
            if caption is not None:
                caption.setVisible(visible)
        self.until.setEnabled(self.until_radio.isChecked())
        self.count.setEnabled(self.count_radio.isChecked())
        rule = self.rule()
        if rule is None:
            self.summary.setText(self.tr("Einzeltermin"))
            self.preview.setText("")
            return
        self.summary.setText(recurrence.describe(rule, self.start))
        upcoming = recurrence.expand(rule.to_text(), self.start, self.start,
                                     self.start + dt.timedelta(days=3 * 366))[:6]
        if not upcoming:
            self.preview.setText(self.tr("Diese Regel ergibt keinen Termin."))
            return
        dates = ", ".join(format_day(d) for d in upcoming)
        self.preview.setText(self.tr("Nächste Termine: %1 …").replace("%1", dates))

    def preview_text(self) -> str:
        return self.preview.text()


def edit_rule(parent: QWidget | None, start: dt.datetime, rule_text: str | None) -> tuple[bool, str | None]:
    """Open the dialog: (accepted, rule text or None for a single appointment)."""
    dialog = RecurrenceDialog(start, rule_text, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.rule_text() if accepted else rule_text


def ask_scope(parent: QWidget | None, deleting: bool = False, allow_this: bool = True) -> str | None:
    """"this", "following", "all" or None (cancelled) – the question before a series occurrence changes."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SeriesScope", "Terminserie"))
    if deleting:
        box.setText(translate("SeriesScope", "Dieser Termin gehört zu einer Serie. Was soll gelöscht werden?"))
    else:
        box.setText(translate("SeriesScope", "Dieser Termin gehört zu einer Serie. Wofür gilt die Änderung?"))
    box.setInformativeText(translate("SeriesScope", "Verschobene oder abgesagte Einzeltermine bleiben, wie sie "
                                                    "sind. Vergangene Termine mit Anwesenheit bleiben erhalten."))
    accept = QMessageBox.ButtonRole.AcceptRole
    buttons = {}
    if allow_this:
        buttons["this"] = box.addButton(translate("SeriesScope", "Nur &diesen Termin"), accept)
    buttons["following"] = box.addButton(translate("SeriesScope", "Diesen und alle &folgenden"), accept)
    buttons["all"] = box.addButton(translate("SeriesScope", "Die ganze &Serie"), accept)
    box.addButton(translate("SeriesScope", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons.get("this", buttons["following"]))
    box.exec()
    clicked = box.clickedButton()
    for key, button in buttons.items():
        if clicked is button:
            return key
    return None
