"""The NFC boundary (reliability §9): the sweep of services/ and imports/, and
proof on small sources that the sweep catches what it should."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import vnhr_desktop
from tests.unit.nfc_sweep import BOUNDARY, cleaning_names, sweep_package, sweep_source

PACKAGE = Path(vnhr_desktop.__file__).resolve().parent

BAD = """
from vnhr_desktop.persistence.models import Agency

def add_agency(session, name: str) -> None:
    session.add(Agency(name=name))
"""

GOOD = """
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.persistence.models import Agency

def add_agency(session, name: str) -> None:
    session.add(Agency(name=clean_line(name)))
"""

THROUGH_HELPER = """
from vnhr_desktop.persistence import models as m

def rename(session, agency_id: int, name: str | None) -> None:
    row = session.get(m.Agency, agency_id)
    _apply(row, name)

def _apply(row, name):
    row.name = tidy(name)
"""

TIDY = """
from vnhr_desktop.domain.text import clean_line

def tidy(value):
    return clean_line(value)
"""

READ_ONLY = """
from vnhr_desktop.domain.text import like_pattern
from vnhr_desktop.persistence.models import Agency

def search(session, query: str):
    return session.query(Agency).filter(Agency.search_key.like(like_pattern(query))).all()
"""

EXEMPT = """
NFC_EXEMPT = {"set_code": "codes are ASCII identifiers chosen by the program"}
from vnhr_desktop.persistence.models import AppSetting

def set_code(session, key: str, value: str) -> None:
    session.add(AppSetting(key=key, value=value))
"""


@dataclass
class AgencyForm:
    name: str
    short_code: str = ""


FORM = """
from vnhr_desktop.persistence.models import Agency

def save(session, form: AgencyForm) -> None:
    session.add(Agency(name=form.name))
"""

IMPORTER = """
import openpyxl

def rows(path: Path):
    return [r for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
"""


def sweep(source, is_import_module=False):
    sources = {"m": source, "helpers": TIDY}
    return sweep_source("m", source, cleaning_names(sources), {"AgencyForm": AgencyForm}, is_import_module)


def test_sweep_flags_a_writer_that_skips_clean():
    found = sweep(BAD)
    assert [v.function for v in found] == ["add_agency"]
    assert "name" in found[0].reason


def test_sweep_accepts_clean_direct_or_through_helpers():
    assert sweep(GOOD) == []
    assert sweep(THROUGH_HELPER) == []


def test_sweep_ignores_functions_that_do_not_write():
    assert sweep(READ_ONLY) == []


def test_exemption_needs_an_entry_and_a_reason():
    assert sweep(EXEMPT) == []
    assert [v.function for v in sweep(EXEMPT.replace('"set_code": "codes', '"other": "codes'))] == ["set_code"]
    assert sweep(EXEMPT.replace("codes are ASCII identifiers chosen by the program", " "))[0].reason.startswith(
        "NFC_EXEMPT entry without"
    )


def test_dataclass_with_text_fields_counts_as_text():
    assert [v.function for v in sweep(FORM)] == ["save"]


def test_importer_reading_cells_must_clean():
    assert [v.function for v in sweep(IMPORTER, is_import_module=True)] == ["rows"]


def test_boundary_functions_exist():
    from vnhr_desktop.domain import text

    assert all(callable(getattr(text, name)) for name in BOUNDARY)


# Exemptions for modules whose NFC_EXEMPT lives with another owner; each entry
# belongs in that module's own NFC_EXEMPT.
EXEMPT_ELSEWHERE: dict[str, str] = {}


def test_services_and_imports_keep_the_nfc_boundary():
    violations = sweep_package(PACKAGE, EXEMPT_ELSEWHERE)
    assert violations == [], "\n".join(map(str, violations))
