"""A throwaway PostgreSQL cluster for the test session: initdb + pg_ctl in a temp folder, unix socket only.

The server binaries come from the Debian `postgresql` package (`python3 dev.py test` installs it where it
is missing): /usr/lib/postgresql/<version>/bin, or whatever `pg_ctl` is on PATH. As root, the cluster
runs as the `postgres` system user (created when missing), since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MIN_VERSION = 15
TEMPLATE = "bruecke_template"


def find_bin_dir() -> Path | None:
    forced = os.environ.get("BRUECKE_PG_BIN")  # a folder with initdb/pg_ctl; a missing one means "none here"
    if forced:
        return Path(forced) if (Path(forced) / "initdb").exists() else None
    candidates = []
    for found in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        try:
            version = int(Path(found).parent.parent.name.split(".")[0])
        except ValueError:
            continue
        if version >= MIN_VERSION:
            candidates.append((version, Path(found).parent))
    if candidates:
        return max(candidates)[1]
    on_path = shutil.which("pg_ctl")
    if on_path and (Path(on_path).resolve().parent / "initdb").exists():
        return Path(on_path).resolve().parent
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> dict[str, str]:
    """subprocess arguments that run the server tools as `postgres` when we are root."""
    if os.name != "posix" or os.geteuid() != 0:
        return {}
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "postgres"], check=True)
    return {"user": "postgres", "group": "postgres"}


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, dbname: str, user: str = "postgres") -> str:
        return f"postgresql:///{dbname}?host={self.socket_dir}&port={self.port}&user={user}"

    def admin(self, dbname: str = "postgres"):  # noqa: ANN201 - psycopg connection
        import psycopg

        return psycopg.connect(self.url(dbname), autocommit=True)

    def tool(self, name: str) -> str:
        return str(self.bin_dir / name)

    def stop(self) -> None:
        subprocess.run([self.tool("pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False, **_run_as())  # type: ignore[call-overload]
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(*, durable: bool = False) -> Cluster:
    """A new cluster; tests skip fsync, `durable=True` (benchmarks) keeps the server's safe defaults."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl ≥ 15) not found")
    root = Path(tempfile.mkdtemp(prefix="bruecke-pg-"))
    as_user = _run_as()
    if as_user:
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o755)
    data = root / "data"
    subprocess.run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                    "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True, **as_user)  # type: ignore[call-overload]
    port = free_port()
    options = f"-k {root} -p {port} -c listen_addresses='' -c max_connections=60"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "server.log"), "-w",
                    "start"], check=True, capture_output=True, **as_user)  # type: ignore[call-overload]
    return Cluster(bin_dir, root, port)
