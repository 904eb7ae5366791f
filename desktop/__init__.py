"""CentreDesk: an offline desktop suite for a social-welfare centre."""

__version__ = "0.1.0"
APP_NAME = "CentreDesk"
