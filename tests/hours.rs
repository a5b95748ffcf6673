//! The Adviespunt's hours in Dutch time, across weekends and the summer-time changes.

use zelfcheck::content::CONTENT;
use zelfcheck_engine::hours::{Availability, DutchTime, NextOpening, Weekday, availability};

/// Unix seconds for a UTC date and time.
fn utc(date_time: &str) -> i64 {
    // Checked with: date -u -d '<date_time>' +%s
    match date_time {
        "2026-11-25 09:00" => 1_795_597_200,
        "2026-11-25 14:59" => 1_795_618_740,
        "2026-11-25 15:00" => 1_795_618_800,
        "2026-11-25 07:59" => 1_795_593_540,
        "2026-11-27 16:00" => 1_795_795_200,
        "2026-11-28 10:00" => 1_795_860_000,
        "2026-03-23 07:30" => 1_774_251_000,
        "2026-03-30 07:30" => 1_774_855_800,
        "2026-03-29 00:59" => 1_774_745_940,
        "2026-03-29 01:00" => 1_774_746_000,
        "2026-10-25 00:59" => 1_792_889_940,
        "2026-10-25 01:00" => 1_792_890_000,
        "2026-10-26 07:30" => 1_792_999_800,
        "2026-10-19 07:30" => 1_792_395_000,
        "2026-04-06 08:00" => 1_775_462_400,
        "2026-04-24 16:00" => 1_777_046_400,
        "2026-12-24 10:00" => 1_798_106_400,
        "2026-12-23 16:00" => 1_798_041_600,
        "2027-01-04 08:00" => 1_799_049_600,
        "2026-05-14 08:00" => 1_778_745_600,
        "2026-05-25 08:00" => 1_779_696_000,
        "2026-04-03 08:00" => 1_775_203_200,
        "2026-05-05 08:00" => 1_777_968_000,
        other => panic!("add {other} to the table"),
    }
}

#[test]
fn open_on_school_days_from_nine_to_four_dutch_time() {
    use Availability::*;
    let cases = [
        ("2026-11-25 09:00", Open, "Wednesday 10.00 CET"),
        ("2026-11-25 14:59", Open, "Wednesday 15.59 CET"),
        (
            "2026-11-25 15:00",
            Closed(NextOpening::Tomorrow),
            "Wednesday 16.00 CET",
        ),
        (
            "2026-11-25 07:59",
            Closed(NextOpening::Today),
            "Wednesday 8.59 CET",
        ),
        (
            "2026-11-27 16:00",
            Closed(NextOpening::On(Weekday::Monday)),
            "Friday evening",
        ),
        (
            "2026-11-28 10:00",
            Closed(NextOpening::On(Weekday::Monday)),
            "Saturday",
        ),
        (
            "2026-03-23 07:30",
            Closed(NextOpening::Today),
            "Monday 8.30 CET, winter",
        ),
        (
            "2026-03-30 07:30",
            Open,
            "Monday 9.30 CEST, the day after summer time starts",
        ),
        (
            "2026-10-19 07:30",
            Open,
            "Monday 9.30 CEST, last week of summer time",
        ),
        (
            "2026-10-26 07:30",
            Closed(NextOpening::Today),
            "Monday 8.30 CET, after it ends",
        ),
    ];
    expect_availability(&cases);
}

#[test]
fn summer_time_starts_and_ends_at_one_in_the_night_utc() {
    let at = |t| DutchTime::at(utc(t));
    assert!(!at("2026-03-29 00:59").summer);
    assert_eq!(at("2026-03-29 00:59").hour, 1);
    assert!(at("2026-03-29 01:00").summer);
    assert_eq!(
        at("2026-03-29 01:00").hour,
        3,
        "clocks jump from 2.00 to 3.00"
    );
    assert!(at("2026-10-25 00:59").summer);
    assert_eq!(at("2026-10-25 00:59").hour, 2);
    assert!(!at("2026-10-25 01:00").summer);
    assert_eq!(
        at("2026-10-25 01:00").hour,
        2,
        "clocks go back from 3.00 to 2.00"
    );
    assert_eq!(at("2026-11-28 10:00").weekday, Weekday::Saturday);
}

#[test]
fn public_holidays_and_the_christmas_holiday_are_not_school_days() {
    use Availability::*;
    let cases = [
        (
            "2026-04-03 08:00",
            Holiday,
            "Goede Vrijdag 2026, 10.00 CEST",
        ),
        ("2026-04-06 08:00", Holiday, "Tweede Paasdag 2026"),
        ("2026-05-14 08:00", Holiday, "Hemelvaartsdag 2026"),
        ("2026-05-25 08:00", Holiday, "Tweede Pinksterdag 2026"),
        ("2026-12-24 10:00", Holiday, "Thursday 24 December"),
        (
            "2026-04-24 16:00",
            Closed(NextOpening::AfterHoliday),
            "Friday evening before Koningsdag on Monday 27 April",
        ),
        (
            "2026-12-23 16:00",
            Closed(NextOpening::AfterHoliday),
            "Wednesday evening before Christmas",
        ),
        ("2027-01-04 08:00", Open, "Monday 4 January 2027, 9.00 CET"),
        (
            "2026-05-05 08:00",
            Open,
            "5 May is not a national day off for every school",
        ),
    ];
    expect_availability(&cases);
}

/// Each moment (UTC) gives the expected availability; the message names the moment.
fn expect_availability(cases: &[(&str, Availability, &str)]) {
    for (at, expected, what) in cases {
        assert_eq!(
            availability(&CONTENT.contacts.adviespunt.open, utc(at)),
            *expected,
            "{at} UTC ({what})"
        );
    }
}
