import datetime as dt

import pytest

from vnhr_desktop.errors import ValidationError
from vnhr_desktop.persistence.models import Issuer
from vnhr_desktop.services.register import assign_number, next_number, register_entries


def _issuers(s):
    ubnd = Issuer(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")
    bcd = Issuer(name="Ban Chỉ đạo về Nhân quyền huyện Châu Thành", code="BCĐNQ")
    s.add_all([ubnd, bcd])
    s.flush()
    return ubnd, bcd


def test_series_per_issuer_per_year(db):
    with db.session() as s:
        ubnd, bcd = _issuers(s)
        a = assign_number(s, ubnd.id, "plan", 1, dt.date(2024, 3, 1), "A")
        b = assign_number(s, ubnd.id, "report", 2, dt.date(2024, 5, 1), "B")
        c = assign_number(s, bcd.id, "plan", 3, dt.date(2024, 5, 1), "C")
        d = assign_number(s, ubnd.id, "plan", 4, dt.date(2025, 1, 1), "D")
        assert (a.number, b.number, c.number, d.number) == (1, 2, 1, 1)
        assert (a.symbol, b.symbol, c.symbol) == ("KH-UBND", "BC-UBND", "KH-BCĐNQ")
        assert [e.number_symbol for e in register_entries(s, ubnd.id, 2024)] == ["01/KH-UBND", "02/BC-UBND"]
        assert next_number(s, ubnd.id, 2025) == 2


def test_number_unique_in_its_year(db):
    with db.session() as s:
        ubnd, _ = _issuers(s)
        assign_number(s, ubnd.id, "plan", 1, dt.date(2024, 3, 1), "A", number=7)
        with pytest.raises(ValidationError, match="07/KH-UBND"):
            assign_number(s, ubnd.id, "plan", 2, dt.date(2024, 9, 1), "B", number=7)
        assert assign_number(s, ubnd.id, "plan", 2, dt.date(2025, 9, 1), "B", number=7).number == 7
