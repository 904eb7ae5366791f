"""Command line: the same services as the GUI, no Qt imported (except to start the GUI).

Every failure the user can fix prints one line (two with a hint) and exits 1; a bug prints one line
pointing at the log file and exits 3. Never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from desktop import __version__, i18n
from desktop.db import Database, open_database, resolve_target
from desktop.errors import DatabaseError, UserError
from desktop.i18n import translate
from desktop.models.users import Role
from desktop.services.permissions import Actor

log = logging.getLogger("desktop.cli")
EXIT_OK, EXIT_ERROR, EXIT_BUG = 0, 1, 3


def cli_actor() -> Actor:
    """Whoever can run commands on the database file already holds all of it: act as administrator,
    and say in the audit log that it came from the command line and which system account ran it."""
    try:
        who = getpass.getuser()
    except Exception:  # no user name in some service contexts
        who = "unknown"
    return Actor(user_id=None, username=f"cli:{who}"[:64], role=Role.ADMINISTRATOR)


def out(text: str) -> None:
    print(text, flush=True)


def _open(args: argparse.Namespace, *, migrate: bool = True, must_exist: bool = False) -> Database:
    from desktop.schema import prepare

    target = resolve_target(args.db)
    if must_exist and "://" not in target and not Path(target).exists():
        raise DatabaseError(translate("cli", "The database file {path} does not exist.").format(path=target))
    db = open_database(target)
    try:
        if migrate:
            prepare(db)
        else:
            with db.engine.connect():
                pass
    except (SQLAlchemyDatabaseError, OperationalError) as exc:
        db.dispose()
        raise DatabaseError(
            translate("cli", "Cannot open the database {path}: {reason}").format(
                path=db.describe(), reason=getattr(exc, "orig", exc)
            ),
            translate("cli", "Check the path, or restore a backup."),
        ) from exc
    vars(args).setdefault("opened_databases", []).append(db)  # main() closes them: no connection left open
    _use_centre_language(args, db)
    return db


def _use_centre_language(args: argparse.Namespace, db: Database) -> None:
    if args.lang:
        return
    from desktop.services import settings
    from desktop.services.uow import UnitOfWork

    try:
        with UnitOfWork(db, write=False) as uow:
            if settings.is_initialised(uow):
                i18n.set_language(settings.get(uow, "centre.language"))
    except (SQLAlchemyDatabaseError, OperationalError):
        pass


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UserError(translate("cli", "No password was given on standard input."))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(
            translate("cli", "No terminal to ask for the password."),
            translate("cli", "Pass it on standard input with --password-stdin."),
        )
    first = getpass.getpass(prompt)
    if getpass.getpass(translate("cli", "Repeat the password: ")) != first:
        raise UserError(translate("cli", "The two passwords are not the same."))
    return first


# --- commands -------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services import setup
    from desktop.services.profiles import PROFILES
    from desktop.services.uow import UnitOfWork

    language = args.lang or PROFILES.get(args.profile, PROFILES["generic"]).default_language
    i18n.set_language(language)
    draft = setup.CentreSetup(args.centre, args.address, args.profile, language, args.admin, args.full_name, "x" * 8)
    setup.validate(draft)  # refuse a bad profile or login name before asking for a password
    password = _read_password(args, translate("cli", "Password for {user}: ").format(user=args.admin))
    db = _open(args)
    with UnitOfWork(db) as uow:
        setup.initialise(uow, setup.CentreSetup(**{**draft.__dict__, "admin_password": password}))
        uow.commit()
    out(translate("cli", "Centre {name} set up in {path}.").format(name=args.centre, path=db.describe()))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services import demo
    from desktop.services.uow import UnitOfWork

    db = _open(args)
    with UnitOfWork(db) as uow:
        counts = demo.fill_demo(uow, cli_actor(), households=args.households, months=args.months, seed=args.seed)
        uow.commit()
    out(translate("cli", "Training data added:"))
    for key, value in sorted(counts.items()):
        out(f"  {key}: {value}")
    out(translate("cli", "Training accounts use the password {password}.").format(password=demo.DEMO_PASSWORD))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.health import check_database

    db = _open(args, migrate=False, must_exist=True)
    report = check_database(db)
    for line in report.lines:
        out(line)
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import maintenance
    from desktop.services.uow import UnitOfWork

    db = _open(args)
    dest = Path(args.dest) if args.dest else None
    with UnitOfWork(db) as uow:
        written = maintenance.backup(uow, cli_actor(), db, dest)
        uow.commit()
    out(translate("cli", "Backup written and checked: {path}").format(path=written))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    db = open_database(resolve_target(args.db))
    safety = maintenance.restore(db, cli_actor(), Path(args.source))
    out(translate("cli", "Restored {source} into {path}.").format(source=args.source, path=db.describe()))
    if safety:
        out(translate("cli", "The database it replaced was kept as {path}.").format(path=safety))
    return EXIT_OK


def cmd_users(args: argparse.Namespace) -> int:
    from desktop.services import users
    from desktop.services.permissions import role_label
    from desktop.services.uow import UnitOfWork

    db = _open(args)
    actor = cli_actor()
    if args.users_command == "list":
        with UnitOfWork(db, write=False) as uow:
            rows = users.list_users(uow, actor)
        for u in rows:
            state = translate("cli", "active") if u.active else translate("cli", "disabled")
            if u.active and u.locked_until:
                state = translate("cli", "locked")
            out(f"{u.username:<20} {role_label(u.role):<16} {state:<10} {u.full_name}")
        return EXIT_OK
    if args.users_command == "add":
        try:
            role = Role(args.role)
        except ValueError:
            raise UserError(translate("cli", "Unknown role {role}: choose one of {choices}.").format(
                role=args.role, choices=", ".join(r.value for r in Role))) from None
        users.validate_username(args.username)
        password = _read_password(args, translate("cli", "Password for {user}: ").format(user=args.username))
        with UnitOfWork(db) as uow:
            users.create_user(uow, actor, args.username, args.full_name, role, password)
            uow.commit()
        out(translate("cli", "User {user} added; they must choose a new password at first sign-in.").format(
            user=args.username))
    elif args.users_command == "disable":
        with UnitOfWork(db) as uow:
            users.disable_user(uow, actor, args.username)
            uow.commit()
        out(translate("cli", "User {user} disabled.").format(user=args.username))
    elif args.users_command == "reset-password":
        with UnitOfWork(db, write=False) as uow:
            users.list_users(uow, actor)  # permission check before prompting
        password = _read_password(args, translate("cli", "New password for {user}: ").format(user=args.username))
        with UnitOfWork(db) as uow:
            users.reset_password(uow, actor, args.username, password)
            uow.commit()
        out(translate("cli", "Password of {user} reset; any lockout is lifted.").format(user=args.username))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.services import importing
    from desktop.services.uow import UnitOfWork

    db = _open(args)
    with UnitOfWork(db) as uow:
        report = importing.run_import(
            uow, cli_actor(), args.kind, Path(args.file), dry_run=args.dry_run, valid_only=args.valid_only
        )
        if report.imported:
            uow.commit()
    for line in importing_summary(report):
        out(line)
    return EXIT_ERROR if report.issues and not report.imported else EXIT_OK


def importing_summary(report: object) -> list[str]:
    from desktop.services.importing import ImportReport

    assert isinstance(report, ImportReport)
    lines = [translate("cli", "{file}: %n row(s) read.", "", report.rows).format(file=report.file_name)]
    if report.unknown_columns:
        unknown = ", ".join(report.unknown_columns)
        lines.append(translate("cli", "Unknown columns (ignored): {cols}").format(cols=unknown))
    for issue in report.issues:
        where = translate("cli", "line {line}").format(line=issue.line)
        column = f" [{issue.column}]" if issue.column else ""
        lines.append(f"  {where}{column}: {issue.message}")
    lines.extend(f"  {note}" for note in report.notes)
    if report.dry_run:
        lines.append(translate("cli", "Dry run: nothing was imported; %n row(s) are valid.", "", report.valid_rows))
    elif report.blocked:
        lines.append(translate("cli", "Nothing was imported: %n row(s) have problems. Fix them, or use --valid-only "
                                      "to import only the valid rows.", "", len(report.bad_lines)))
    else:
        lines.append(translate("cli", "%n row(s) imported.", "", report.imported))
    return lines


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.services import importing

    written = importing.write_template(args.kind, Path(args.file))
    out(translate("cli", "Template written: {path}").format(path=written))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.reports.periods import parse_period, parse_range
    from desktop.services import reporting

    if args.period and (args.date_from or args.date_to):
        raise UserError(translate("cli", "Give either --period or --from and --to, not both."))
    if args.period:
        period = parse_period(args.period)
    elif args.date_from and args.date_to:
        period = parse_range(args.date_from, args.date_to)
    else:
        raise UserError(translate("cli", "Give the period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31."))
    db = _open(args)
    result = reporting.export_pack(db, cli_actor(), args.pack, period, Path(args.out))
    out(translate("cli", "{title}, {period}: written to {path}").format(
        title=result.title, period=period.label, path=args.out))
    for issue in result.data_quality:
        if issue.count:
            out(translate("cli", "  Warning: {check}: {count}").format(check=issue.label, count=issue.count))
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="centredesk", description=translate(
        "cli", "CentreDesk: run a social-welfare centre. With no command, the application window opens."))
    parser.add_argument("--version", action="version", version=f"CentreDesk {__version__}")
    parser.add_argument("--db", help=translate("cli", "database file or SQLAlchemy URL (default: CENTREDESK_DB "
                                                      "or the file in your user data folder)"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help=translate("cli", "language of messages"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("cli", "open every page offscreen on a temporary database, then exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help=translate("cli", "set up a new centre and its first administrator"))
    p.add_argument("--centre", required=True)
    p.add_argument("--profile", required=True, help="pl | id | us | generic")
    p.add_argument("--admin", required=True, help=translate("cli", "login name of the first administrator"))
    p.add_argument("--full-name", default="")
    p.add_argument("--address", default="")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help=translate("cli", "fill a new training database with realistic demo data"))
    p.add_argument("--households", type=int, default=200)
    p.add_argument("--months", type=int, default=6)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help=translate("cli", "check the schema revision and the database's integrity"))
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help=translate("cli", "write a checked backup copy of the database"))
    p.add_argument("dest", nargs="?", help=translate("cli", "file or folder (default: the backups folder)"))
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help=translate("cli", "replace the database with a backup (keeps a copy)"))
    p.add_argument("source")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("users", help=translate("cli", "manage login accounts"))
    users_sub = p.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    u = users_sub.add_parser("add")
    u.add_argument("username")
    u.add_argument("--role", required=True, help=" | ".join(r.value for r in Role))
    u.add_argument("--full-name", default="")
    u.add_argument("--password-stdin", action="store_true")
    users_sub.add_parser("list")
    u = users_sub.add_parser("disable")
    u.add_argument("username")
    u = users_sub.add_parser("reset-password")
    u.add_argument("username")
    u.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_users)

    p = sub.add_parser("import", help=translate("cli", "import a CSV (UTF-8) or XLSX file"))
    p.add_argument("kind")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "check only, import nothing"))
    p.add_argument("--valid-only", action="store_true", help=translate("cli", "import the valid rows, skip bad ones"))
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("template", help=translate("cli", "write an import template (.csv or .xlsx)"))
    p.add_argument("kind")
    p.add_argument("file")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("report", help=translate("cli", "write a report pack (.xlsx, .pdf or .json)"))
    p.add_argument("pack", help="monthly | pl-mrpips03 | id-slrt | us-tefap")
    p.add_argument("--period", help=translate("cli", "2026-10, 2026-Q3, 2026-H1 or 2026"))
    p.add_argument("--from", dest="date_from", help=translate("cli", "first day (2026-10-01)"))
    p.add_argument("--to", dest="date_to", help=translate("cli", "last day, inclusive (2026-10-31)"))
    p.add_argument("--out", required=True, help=translate("cli", "output file: .xlsx, .pdf or .json"))
    p.set_defaults(handler=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.logging_setup import configure_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    known, _ = pre.parse_known_args(argv)
    if known.lang:
        i18n.set_language(known.lang)
    args = build_parser().parse_args(argv)
    log_file = configure_logging()
    try:
        if args.smoke_test:
            from desktop.app import smoke_test

            return int(smoke_test())
        if args.command is None:
            from desktop.app import run_gui

            return int(run_gui(args.db, args.lang))
        handler: Handler = args.handler
        return handler(args)
    except UserError as exc:
        print(translate("cli", "Error: {message}").format(message=exc.message), file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted: nothing more was saved."), file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        log.exception("command failed: %s", argv)
        print(translate("cli", "Internal error: the details are in {path}").format(path=log_file), file=sys.stderr)
        return EXIT_BUG
    finally:
        for db in getattr(args, "opened_databases", []):
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
