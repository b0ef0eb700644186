#!/usr/bin/env python3
"""Writes tests/fixtures/kz_python_holidays.json: Kazakhstan's non-working weekdays and
working weekend days for 2015-2027 according to the Python `holidays` package (vacanza,
MIT), an independent second source for tests/calendar_kz.rs.

    pip install holidays        # the version used is recorded in the JSON
    python3 tools/gen_kz_crosscheck.py

Output is deterministic (sorted keys and dates, fixed indentation, no timestamp), so a diff
shows only what changed in the library's data.
"""

import datetime
import json
import pathlib

import holidays

FIRST, LAST = 2015, 2027
OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "kz_python_holidays.json"


def main() -> None:
    kz = holidays.country_holidays("KZ", years=range(FIRST, LAST + 1), language="en_US")
    years = []
    for year in range(FIRST, LAST + 1):
        non_working_weekdays = []
        working_weekend_days = []
        day = datetime.date(year, 1, 1)
        while day.year == year:
            weekend = day.weekday() >= 5
            working = kz.is_working_day(day)
            if not weekend and not working:
                non_working_weekdays.append({"date": day.isoformat(), "label": kz.get(day)})
            elif weekend and working:
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
        "source": "Python package `holidays` (https://github.com/vacanza/holidays), class Kazakhstan",
        "holidays_version": holidays.__version__,
        "country": "KZ",
        "language": "en_US",
        "first_year": FIRST,
        "last_year": LAST,
        "weekend": ["Sat", "Sun"],
        "meaning": "A weekday is non-working iff listed in non_working_weekdays; a Saturday or Sunday is working iff listed in working_weekend_days (library's is_working_day).",
        "generator": "tools/gen_kz_crosscheck.py",
        "years": years,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} (holidays {holidays.__version__})")


if __name__ == "__main__":
    main()
