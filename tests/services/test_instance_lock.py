from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import instance_lock

ROOT = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time; from pathlib import Path; from app.services import instance_lock; "
        "lock = instance_lock.acquire(Path(sys.argv[1])); print('held', flush=True); time.sleep(60)")


def _holder(db_path: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_second_start_is_refused_naming_the_holder_without_touching_the_file(db_path: Path) -> None:
    child = _holder(db_path)
    try:
        with pytest.raises(instance_lock.AlreadyRunning) as error:
            instance_lock.acquire(db_path)
        assert error.value.holder is not None and error.value.holder.pid == child.pid
        assert f"Prozess {child.pid}" in str(error.value) and "Benutzer" in str(error.value)
        assert not db_path.exists()  # the database was never opened or created
    finally:
        child.kill()
        child.wait()


def test_lock_of_a_killed_process_is_recovered(db_path: Path) -> None:
    child = _holder(db_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert instance_lock.lock_path(db_path).exists()  # left behind by kill -9
    lock = instance_lock.acquire(db_path)
    try:
        assert lock.recovered is not None and lock.recovered.pid == child.pid
        assert instance_lock.read_holder(db_path).pid == os.getpid()
    finally:
        lock.release()
    assert not instance_lock.lock_path(db_path).exists()


def test_same_process_cannot_take_the_lock_twice_and_release_frees_it(db_path: Path) -> None:
    with instance_lock.acquire(db_path):
        with pytest.raises(instance_lock.AlreadyRunning):
            instance_lock.acquire(db_path)
    instance_lock.acquire(db_path).release()
