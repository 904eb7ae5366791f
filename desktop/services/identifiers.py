"""National identifiers: PESEL (Poland) checksum and NIK (Indonesia) structure, via python-stdnum.

A wrong number is refused with the reason, in the user's language; a valid one is returned in its
compact form (digits only) so the same person is never stored twice under two spellings.
"""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.id import nik
from stdnum.pl import pesel

from desktop.errors import ValidationError as FieldError
from desktop.i18n import translate
from desktop.models.clients import IdType


def _reason(exc: ValidationError, kind: str) -> str:
    if isinstance(exc, InvalidLength):
        return translate("identifiers", "A {kind} has 16 digits.").format(kind=kind) if kind == "NIK" else \
            translate("identifiers", "A {kind} has 11 digits.").format(kind=kind)
    if isinstance(exc, InvalidFormat):
        return translate("identifiers", "A {kind} may contain digits only.").format(kind=kind)
    if isinstance(exc, InvalidChecksum):
        return translate("identifiers", "The check digit does not match: a digit is probably mistyped.")
    if isinstance(exc, InvalidComponent):
        return translate("identifiers", "The date or region coded in the number is not possible.")
    return translate("identifiers", "The number is not valid.")


def validate_identifier(id_type: IdType, number: str, *, field: str = "id_number") -> str:
    """The number in compact form, or "" for type NONE. Raises ValidationError naming the reason."""
    number = number.strip()
    if id_type is IdType.NONE:
        if number:
            raise FieldError(
                translate("identifiers", "Choose the identifier type for the number you entered."), field="id_type"
            )
        return ""
    if not number:
        raise FieldError(translate("identifiers", "Enter the identifier number, or choose \"none\"."), field=field)
    if id_type is IdType.PESEL:
        try:
            return str(pesel.validate(number))
        except ValidationError as exc:
            raise FieldError(
                translate("identifiers", "This PESEL is not valid: {reason}").format(reason=_reason(exc, "PESEL")),
                field=field,
            ) from None
    if id_type is IdType.NIK:
        try:
            return str(nik.validate(number))
        except ValidationError as exc:
            raise FieldError(
                translate("identifiers", "This NIK is not valid: {reason}").format(reason=_reason(exc, "NIK")),
                field=field,
            ) from None
    if id_type is IdType.SSN:
        compact = "".join(c for c in number if c.isdigit())
        if len(compact) != 9:
            raise FieldError(translate("identifiers", "A social security number has 9 digits."), field=field)
        return compact
    if len(number) > 40:
        raise FieldError(translate("identifiers", "The identifier is too long (at most 40 characters)."), field=field)
    return number


def birth_date_from_pesel(number: str) -> date | None:
    try:
        return pesel.get_birth_date(number)
    except ValidationError:
        return None


def sex_from_pesel(number: str) -> str | None:
    """"F" or "M" as coded in the PESEL's tenth digit."""
    try:
        return "F" if pesel.get_gender(number) == "F" else "M"
    except ValidationError:
        return None


# --- generators for training data and tests (valid numbers for made-up people) -------------------------

_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# Regency codes that python-stdnum's NIK table knows (province + kabupaten/kota), e.g. 3171 Jakarta Selatan.
NIK_REGIONS = ("3171", "3172", "3173", "3174", "3175", "3201", "3204", "3273", "3374", "3578", "5171", "7371")


def make_pesel(birth: date, female: bool, serial: int) -> str:
    """A valid PESEL for a birth date, sex and serial 0..999 (month offset by century as the law says)."""
    offsets = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}
    month = birth.month + offsets[birth.year // 100]
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial % 1000:03d}"
    sex_digit = (serial // 1000) % 5 * 2 + (0 if female else 1)
    body += str(sex_digit)
    check = (10 - sum(int(d) * w for d, w in zip(body, _PESEL_WEIGHTS, strict=True)) % 10) % 10
    return body + str(check)


def make_nik(birth: date, female: bool, serial: int, region: str = "3171") -> str:
    """A structurally valid NIK: region (4), sub-district (2), DDMMYY with day + 40 for women, serial (4)."""
    day = birth.day + (40 if female else 0)
    subdistrict = (serial // 10000) % 40 + 1
    return f"{region}{subdistrict:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial % 10000:04d}"
