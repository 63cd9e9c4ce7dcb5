"""USD conversion from the bundled ECB and HMRC rate histories (offline)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.resolve.fx import to_usd


def test_usd_is_identity() -> None:
    r = to_usd(125.0, "USD", "2024-02-19")
    assert r is not None and (r.usd, r.rate, r.source) == (125.0, 1.0, "identity")


def test_euro_uses_ecb_daily_rate() -> None:
    r = to_usd(1_000_000, "EUR", dt.date(2024, 2, 19))
    assert r is not None
    assert r.source == "ECB" and r.rate_date == "2024-02-19"
    assert 1.05 < r.rate < 1.10  # the euro traded at 1.07-1.08 dollars in February 2024
    assert r.usd == pytest.approx(1_000_000 * r.rate)


def test_weekend_is_interpolated_not_refused() -> None:
    r = to_usd(100, "GBP", "2024-02-17")  # a Saturday: the ECB publishes no rate
    assert r is not None and r.source == "ECB" and 1.2 < r.rate < 1.3


def test_hryvnia_falls_back_to_hmrc_monthly() -> None:
    r = to_usd(1_000_000, "UAH", "2024-02-19")
    assert r is not None
    assert r.source == "HMRC monthly" and r.rate_date == "2024-02"
    assert 0.02 < r.rate < 0.03  # roughly 38 hryvnias to the dollar in early 2024


def test_rouble_after_ecb_stopped_uses_hmrc() -> None:
    r = to_usd(100, "RUB", "2023-06-15")  # the ECB suspended the rouble in March 2022
    assert r is not None and r.source == "HMRC monthly"


def test_unknown_currency_gives_none_and_bad_date_says_why() -> None:
    assert to_usd(1, "XYZ", "2024-01-01") is None
    with pytest.raises(ValueError, match="not an ISO date"):
        to_usd(1, "EUR", "19/02/2024")
