"""The Qt user interface. Only this package (and desktop.app) imports PySide6."""
