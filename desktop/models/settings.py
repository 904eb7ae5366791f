"""Centre settings (name, profile, idle lock...) and the profile's editable taxonomies."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Setting(Base):
    """One centre setting; values are JSON text so later capabilities add settings without migrations."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NeedCategory(Base):
    """A need or assistance ground from the country profile (art. 7 grounds, PMKS...). Editable."""

    __tablename__ = "need_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    taxonomy: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("taxonomy", "code"),)
