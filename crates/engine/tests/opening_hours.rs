//! Whether a line is answered, for each kind of opening days; the Adviespunt's own school
//! days are tested against the real content in the top-level `tests/hours.rs`.

use zelfcheck_engine::hours::{Availability, NextOpening, Weekday, availability};
use zelfcheck_engine::{OpenDays, Opening};

/// Unix seconds for a UTC date and time (checked with `date -u -d '<date_time>' +%s`).
fn utc(date_time: &str) -> i64 {
    match date_time {
        "2026-12-24 10:00" => 1_798_106_400,
        "2026-12-25 10:00" => 1_798_192_800,
        "2026-12-26 23:30" => 1_798_327_800,
        "2026-04-03 08:00" => 1_775_203_200,
        "2026-11-28 10:00" => 1_795_860_000,
        "2026-11-25 06:30" => 1_795_588_200,
        "2026-11-25 16:00" => 1_795_622_400,
        other => panic!("add {other} to the table"),
    }
}

const WORKING_DAYS: Opening = Opening {
    days: OpenDays::WorkingDays,
    from: 8 * 60,
    to: 17 * 60,
};

const SCHOOL_DAYS: Opening = Opening {
    days: OpenDays::SchoolDays,
    from: 9 * 60,
    to: 16 * 60,
};

const DAY_AND_NIGHT: Opening = Opening {
    days: OpenDays::EveryDay,
    from: 0,
    to: 24 * 60,
};

#[test]
fn a_line_open_day_and_night_is_open_on_holidays_weekends_and_at_night() {
    for at in [
        "2026-12-25 10:00",
        "2026-12-26 23:30",
        "2026-11-28 10:00",
        "2026-11-25 06:30",
    ] {
        assert_eq!(
            availability(&DAY_AND_NIGHT, utc(at)),
            Availability::Open,
            "{at}"
        );
    }
}

#[test]
fn working_days_skip_public_holidays_but_not_the_christmas_school_holiday() {
    use Availability::*;
    let cases = [
        ("2026-12-24 10:00", Open, "Thursday 24 December, 11.00 CET"),
        ("2026-04-03 08:00", Open, "Good Friday is a working day"),
        ("2026-12-25 10:00", Holiday, "Christmas Day"),
        (
            "2026-11-28 10:00",
            Closed(NextOpening::On(Weekday::Monday)),
            "Saturday",
        ),
        (
            "2026-11-25 06:30",
            Closed(NextOpening::Today),
            "Wednesday 7.30 CET, before 8.00",
        ),
        (
            "2026-11-25 16:00",
            Closed(NextOpening::Tomorrow),
            "Wednesday 17.00 CET, closing time",
        ),
    ];
    for (at, expected, what) in cases {
        assert_eq!(
            availability(&WORKING_DAYS, utc(at)),
            expected,
            "{at} UTC ({what})"
        );
    }
}

#[test]
fn school_days_also_skip_good_friday_and_the_christmas_holiday() {
    for at in ["2026-12-24 10:00", "2026-04-03 08:00", "2026-12-25 10:00"] {
        assert_eq!(
            availability(&SCHOOL_DAYS, utc(at)),
            Availability::Holiday,
            "{at}"
        );
    }
}

#[test]
fn a_time_reads_as_the_dutch_write_it() {
    assert_eq!(Opening::time(9 * 60), "9.00");
    assert_eq!(Opening::time(16 * 60 + 30), "16.30");
    assert_eq!(Opening::time(24 * 60), "24.00");
}
