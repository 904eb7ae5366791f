"""Where a test hung, printed at the end of the run.

pytest-timeout ends a test that hangs (120 s, pyproject.toml) by ending its xdist worker, whose own output is
then lost, and pytest-rerunfailures runs it once more. So that a hang seen once in CI can still be
diagnosed, every worker asks faulthandler to write all thread stacks to a shared folder shortly before the
timeout, and the controller prints whatever arrived there in its summary.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

HANG_DIR_VARIABLE = "CENTREDESK_TEST_HANG_DIR"
DUMP_BEFORE_TIMEOUT_S = 15
_dump_file: IO[str] | None = None


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    if not _is_worker(config):  # the workers start later and inherit the variable
        os.environ[HANG_DIR_VARIABLE] = tempfile.mkdtemp(prefix="centredesk-test-hangs-")


def _timeout(config: pytest.Config) -> float:
    value = config.getini("timeout")
    return float(value) if value else 0.0


@pytest.fixture(autouse=True)
def stacks_before_timeout(request: pytest.FixtureRequest) -> Iterator[None]:
    global _dump_file
    timeout, folder = _timeout(request.config), os.environ.get(HANG_DIR_VARIABLE)
    if timeout <= DUMP_BEFORE_TIMEOUT_S or not folder:
        yield
        return
    if _dump_file is None:
        _dump_file = open(Path(folder) / f"worker-{os.getpid()}.txt", "a", encoding="utf-8")  # noqa: SIM115
    _clear(_dump_file)  # the file only ever holds the running test: its name, then its stacks if it hangs
    _dump_file.write(f"{request.node.nodeid} was still running after {timeout - DUMP_BEFORE_TIMEOUT_S:.0f} s:\n")
    _dump_file.flush()
    faulthandler.dump_traceback_later(timeout - DUMP_BEFORE_TIMEOUT_S, file=_dump_file)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        _clear(_dump_file)


def _clear(file: IO[str]) -> None:
    file.seek(0)
    file.truncate()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    folder = os.environ.get(HANG_DIR_VARIABLE)
    if _is_worker(config) or not folder:
        return
    for dump in sorted(Path(folder).glob("*.txt")):
        text = dump.read_text(encoding="utf-8", errors="replace")
        if "Thread 0x" in text or "Current thread" in text:  # faulthandler's stack dump
            terminalreporter.section("tests that hung (thread stacks)", sep="=")
            terminalreporter.write(text[-20_000:])
    shutil.rmtree(folder, ignore_errors=True)
