#!/usr/bin/env python3
"""Writes tests/fixtures/<cc>_python_holidays.json: one country's non-working weekdays and
working weekend days, year by year, according to the python `holidays` package (vacanza, MIT),
the second source that tests/calendar_python_holidays.rs compares every country's calendar with.

    python3 -m venv /tmp/holidays-venv
    /tmp/holidays-venv/bin/pip install holidays==0.109     # the version is recorded in the JSON
    /tmp/holidays-venv/bin/python scripts/python-holidays-fixture.py KZ 2015 2027

The years should cover the years the country's calendar knows (`YearRecord`s; the test says so
when they do not). Output is deterministic (sorted keys and dates, fixed indentation, no
timestamp), so a diff shows only what changed in the library's data. Only the library's
`is_working_day` is recorded, with its English (en_US) label for a non-working weekday.
"""

import argparse
import datetime
import json
import pathlib

import holidays

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def country_class(cal, cc: str) -> str:
    """The country's class name: `country_holidays("KZ")` returns an alias, `KZ(Kazakhstan)`."""
    return next(k.__name__ for k in type(cal).__mro__ if len(k.__name__) > 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("country", help="ISO 3166-1 alpha-2 code, e.g. KZ")
    ap.add_argument("first_year", type=int)
    ap.add_argument("last_year", type=int)
    ap.add_argument("--out", type=pathlib.Path, help="default: tests/fixtures/<cc>_python_holidays.json")
    args = ap.parse_args()
    cc = args.country.upper()
    first, last = args.first_year, args.last_year
    out = args.out or ROOT / "tests" / "fixtures" / f"{cc.lower()}_python_holidays.json"

    cal = holidays.country_holidays(cc, years=range(first, last + 1), language="en_US")
    weekend = sorted(cal.weekend)
    years = []
    for year in range(first, last + 1):
        non_working_weekdays = []
        working_weekend_days = []
        day = datetime.date(year, 1, 1)
        while day.year == year:
            is_weekend = day.weekday() in weekend
            working = cal.is_working_day(day)
            if not is_weekend and not working:
                non_working_weekdays.append({"date": day.isoformat(), "label": cal.get(day)})
            elif is_weekend and working:
                working_weekend_days.append({"date": day.isoformat()})
            day += datetime.timedelta(days=1)
        years.append(
            {
                "year": year,
                "non_working_weekdays": non_working_weekdays,
                "working_weekend_days": working_weekend_days,
            }
        )
    doc = {
        "source": f"Python package `holidays` (https://github.com/vacanza/holidays), class {country_class(cal, cc)}",
        "holidays_version": holidays.__version__,
        "country": cc,
        "language": "en_US",
        "first_year": first,
        "last_year": last,
        "weekend": [WEEKDAYS[d] for d in weekend],
        "meaning": "A weekday is non-working iff listed in non_working_weekdays; a Saturday or Sunday is working iff listed in working_weekend_days (library's is_working_day).",
        "generator": "scripts/python-holidays-fixture.py",
        "years": years,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} (holidays {holidays.__version__})")


if __name__ == "__main__":
    main()
