"""seeds/reference/exchange_rates.csv: annual average rates with their source, loaded by `db upgrade`."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from etl import reference
from etl.reference import parse_exchange_rates

HEADER = "currency,year,cny_per_unit,source\n"


def test_every_rate_names_its_source_and_is_loaded(engine: Engine) -> None:
    rates = reference.exchange_rates()
    assert rates and all(r.source for r in rates)
    with engine.connect() as conn:
        loaded = conn.execute(text("SELECT currency, year, cny_per_unit, source FROM core.exchange_rates"
                                   " ORDER BY currency, year")).all()
    assert [tuple(r) for r in loaded] == sorted((r.currency, r.year, r.cny_per_unit, r.source) for r in rates)


@pytest.mark.parametrize(("row", "message"), [
    ("usd,2023,7.0467,\n", "needs a currency, a year, a positive rate and a source"),
    ("usd,2023,0,NBS\n", "positive rate"),
    ("usd,twenty,7.0,NBS\n", "must be numbers"),
    ("usd,2023,7.0467,NBS\nusd,2023,7.1,NBS\n", "usd 2023 is given twice"),
])
def test_a_bad_rate_row_is_refused_with_its_line(row: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"rates.csv line \d") as err:
        parse_exchange_rates(HEADER + row, "rates.csv")
    assert message in str(err.value)
