"""Rotating log file in the user log directory, shared by the GUI and the CLI (no Qt)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import user_log_dir

LOG_NAME = "centredesk.log"
_configured: Path | None = None


def configure_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating file handler once; returns the log file path (shown in crash messages)."""
    global _configured
    if _configured is not None:
        return _configured
    folder = user_log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # read-only profile: still log somewhere
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path


def log_file_path() -> Path:
    return _configured or user_log_dir() / LOG_NAME
