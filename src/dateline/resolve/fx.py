"""Convert an amount of money to US dollars at the rate of a given day, offline.

Two bundled sources, in order:

1. the ECB daily reference rates shipped with ``currencyconverter`` (about 40
   currencies; weekend and holiday gaps are interpolated, dates outside the
   series are clamped to its first/last day);
2. the HMRC monthly rates of ``hmrc-rates`` (about 150 currencies, monthly,
   GBP based) for currencies the ECB does not publish, e.g. UAH, or the rouble
   after March 2022.

Nothing is downloaded at run time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

ECB = "ECB"
HMRC = "HMRC monthly"
# How far back the HMRC fallback may go when the month asked for is not (yet) published.
_HMRC_MAX_MONTHS_BACK = 24
# How far outside the ECB series of a currency a date may lie before its end rate counts as stale.
_ECB_MAX_CLAMP_DAYS = 31


@dataclass(frozen=True)
class FxResult:
    """The USD value of an amount and how it was obtained.

    Attributes:
        usd: the amount in US dollars.
        rate: US dollars per one unit of the source currency.
        rate_date: ISO date (ECB, ``YYYY-MM-DD``) or month (HMRC, ``YYYY-MM``) of the rate used.
        source: ``"ECB"`` or ``"HMRC monthly"`` (``"identity"`` for USD itself).
    """

    usd: float
    rate: float
    rate_date: str
    source: str


@lru_cache(maxsize=1)
def _ecb() -> Any:
    # Loading parses a bundled CSV of ~25 years of rates (~0.5 s): do it once per process.
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@lru_cache(maxsize=1)
def _hmrc() -> Any:
    import hmrc_rates

    return hmrc_rates.Rates()


def _as_date(on: dt.date | str) -> dt.date:
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    try:
        return dt.date.fromisoformat(str(on)[:10])
    except ValueError as exc:
        raise ValueError(f"fx date {on!r} is not an ISO date; expected YYYY-MM-DD") from exc


def _ecb_rate_clamped(currency: str, day: dt.date) -> tuple[float, str] | None:
    conv = _ecb()
    if currency not in conv.currencies:
        return None
    bounds = conv.bounds[currency]
    return _ecb_rate(currency, min(max(day, bounds.first_date), bounds.last_date))


def _ecb_rate(currency: str, day: dt.date) -> tuple[float, str] | None:
    conv = _ecb()
    if currency not in conv.currencies:
        return None
    bounds = conv.bounds[currency]
    used = min(max(day, bounds.first_date), bounds.last_date)
    if abs((used - day).days) > _ECB_MAX_CLAMP_DAYS:
        # The ECB stopped (RUB after 2022-03) or has not started this currency: a clamped rate
        # would be stale, so let the HMRC monthly series answer.
        return None
    try:
        rate = conv.convert(1.0, currency, "USD", date=used)
    except Exception:  # currencyconverter raises RateNotFoundError for holes it cannot fill
        return None
    return float(rate), used.isoformat()


def _hmrc_rate(currency: str, day: dt.date) -> tuple[float, str] | None:
    import hmrc_rates

    rates = _hmrc()
    month = hmrc_rates.YearMonth(day.year, day.month)
    try:
        cur = rates.monthly_rate_or_earlier(currency, month, _HMRC_MAX_MONTHS_BACK)
        usd = rates.monthly_rate_or_earlier("USD", cur.period.year_month, 0)
    except hmrc_rates.HmrcRatesError:
        return None
    # Both rates are units per £1, so USD per unit = (USD per £) / (units per £).
    rate = usd.units_per_gbp / cur.units_per_gbp
    ym = cur.period.year_month
    return float(rate), f"{ym.year:04d}-{ym.month:02d}"


def to_usd(value: float, currency: str, on: dt.date | str) -> FxResult | None:
    """Convert ``value`` of ``currency`` (ISO 4217) to US dollars at the rate of day ``on``.

    Args:
        value: the amount in the source currency.
        currency: ISO 4217 code, e.g. ``"EUR"``, ``"UAH"``.
        on: the day of the rate (``datetime.date`` or ISO string), usually the publication date.

    Returns:
        An :class:`FxResult`, or None when neither bundled source knows the currency.

    Example:
        >>> r = to_usd(100, "EUR", "2024-02-19")
        >>> r.source, 100 < r.usd < 120
        ('ECB', True)
    """
    currency = currency.upper()
    day = _as_date(on)
    if currency == "USD":
        return FxResult(float(value), 1.0, day.isoformat(), "identity")
    found = _ecb_rate(currency, day)
    source = ECB
    if found is None:
        found = _hmrc_rate(currency, day)
        source = HMRC
    if found is None:
        # Last resort: a date far outside every series (e.g. the far future): the nearest ECB rate.
        found = _ecb_rate_clamped(currency, day)
        source = ECB
    if found is None:
        return None
    rate, rate_date = found
    return FxResult(float(Decimal(str(value)) * Decimal(str(rate))), rate, rate_date, source)
