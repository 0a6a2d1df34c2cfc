"""Command-line row for follow-ups (Wiedervorlagen):

    bruecke followups              # every open follow-up, oldest due first
    bruecke followups --due        # due today or earlier
    bruecke followups --overdue    # due before today
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.services.messages import tn

Handler = Callable[[argparse.Namespace], int]


def cmd_followups(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.cli import common as cli
    from app.services import followups

    cli.open_db(args)
    today = dt.date.today()
    bucket = "overdue" if args.overdue else ("due" if args.due else ("done" if args.done else "open"))
    rows = followups.follow_ups(bucket, today)
    if not rows:
        print({"overdue": "Keine überfälligen Wiedervorlagen.", "due": "Keine fälligen Wiedervorlagen.",
               "done": "Keine erledigten Wiedervorlagen.", "open": "Keine offenen Wiedervorlagen."}[bucket])
        return 0
    for row in rows:
        due = row.due_date.strftime("%d.%m.%Y") if row.due_date else "—"
        mark = "ÜBERFÄLLIG " if row.overdue(today) else ("erledigt " if row.done else "")
        parts = [f"{row.id:>5}", due, f"{mark}{row.title}"]
        if row.responsible:
            parts.append(f"({row.responsible})")
        if row.about:
            parts.append(f"– {row.about}")
        print("  ".join(parts))
    print(tn("follow_ups_count", len(rows)))
    return 0


def _followups_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--due", action="store_true", help="nur fällige (heute oder früher)")
    group.add_argument("--overdue", action="store_true", help="nur überfällige (vor heute)")
    group.add_argument("--done", action="store_true", help="nur erledigte")


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("followups", "Wiedervorlagen auflisten (offen, fällig oder überfällig)", _followups_args, cmd_followups),
]
