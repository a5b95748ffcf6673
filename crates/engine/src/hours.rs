//! Whether a line is answered now, from its [`Opening`] in the content: the days, and the
//! times in Dutch time.
//!
//! Dutch time is UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October
//! (switching at 01:00 UTC), as everywhere in the EU.
//!
//! The national public holidays are not working days; Good Friday and the Christmas holiday
//! (24 December to 1 January, a holiday in every region) are not school days either. Other
//! school holidays differ per region and per year and are not known here; the hours text
//! says that it can differ then.

use super::model::{OpenDays, Opening};

/// A day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// When a line next opens, seen from now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextOpening {
    /// Later today.
    Today,
    /// Tomorrow.
    Tomorrow,
    /// On this day (two or more days from now).
    On(Weekday),
    /// On the first day it is answered after a public holiday or the Christmas holiday.
    AfterHoliday,
}

/// Open or closed, and if closed, when it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// Open now, until its closing time.
    Open,
    /// Closed now; opens at its opening time on this day.
    Closed(NextOpening),
    /// Today is a public holiday (or, for school days, in the Christmas holiday): most
    /// likely closed.
    Holiday,
}

/// Dutch local time for a moment given as seconds since 1970-01-01 UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DutchTime {
    /// Days since 1970-01-01, in Dutch local time.
    pub day: i64,
    /// Day of the week.
    pub weekday: Weekday,
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
    /// Whether summer time (CEST) is in force.
    pub summer: bool,
}

impl DutchTime {
    /// The Dutch local time at `unix_seconds`.
    pub fn at(unix_seconds: i64) -> DutchTime {
        let summer = is_summer_time(unix_seconds);
        let local = unix_seconds + if summer { 7200 } else { 3600 };
        let days = local.div_euclid(86_400);
        let second_of_day = local.rem_euclid(86_400);
        // 1970-01-01 was a Thursday.
        let weekday = Weekday::ALL[(days + 3).rem_euclid(7) as usize];
        DutchTime {
            day: days,
            weekday,
            hour: (second_of_day / 3600) as u32,
            minute: (second_of_day % 3600 / 60) as u32,
            summer,
        }
    }
}

/// Whether a line with these opening times is answered at `unix_seconds`, and when it
/// opens if not.
pub fn availability(open: &Opening, unix_seconds: i64) -> Availability {
    let now = DutchTime::at(unix_seconds);
    let day_off = |day: i64| match open.days {
        OpenDays::EveryDay => false,
        OpenDays::WorkingDays => is_public_holiday(day),
        OpenDays::SchoolDays => is_holiday(day),
    };
    if day_off(now.day) {
        return Availability::Holiday;
    }
    let weekday_in = |ahead: i64| Weekday::ALL[(now.day + ahead + 3).rem_euclid(7) as usize];
    let answered_on = |weekday: Weekday| open.days == OpenDays::EveryDay || !weekday.is_weekend();
    let minute = u16::try_from(now.hour * 60 + now.minute).expect("a minute of the day");
    let open_today = answered_on(now.weekday);
    if open_today && (open.from..open.to).contains(&minute) {
        return Availability::Open;
    }
    if open_today && minute < open.from {
        return Availability::Closed(NextOpening::Today);
    }
    // The Christmas holiday is the longest gap: three weeks ahead always reach an open day.
    let days_ahead = (1..=21)
        .find(|&ahead| answered_on(weekday_in(ahead)) && !day_off(now.day + ahead))
        .unwrap_or(1);
    let holiday_between = (1..days_ahead).any(|ahead| day_off(now.day + ahead));
    Availability::Closed(match days_ahead {
        _ if holiday_between => NextOpening::AfterHoliday,
        1 => NextOpening::Tomorrow,
        n => NextOpening::On(weekday_in(n)),
    })
}

/// Whether the day (days since 1970-01-01) is not a school day although it is a weekday:
/// a national public holiday, Good Friday, or in the Christmas holiday (24 December to
/// 1 January).
pub fn is_holiday(day: i64) -> bool {
    let (year, month, date) = civil_from_days(day);
    let christmas_holiday = (month == 12 && date >= 24) || (month == 1 && date == 1);
    // Goede Vrijdag: most schools are closed.
    christmas_holiday || day == easter_sunday(year) - 2 || is_public_holiday(day)
}

/// Whether the day (days since 1970-01-01) is a national public holiday that falls on a
/// weekday some years: New Year, Easter Monday, Koningsdag, Ascension Day, Whit Monday and
/// Christmas (5 May is a day off only for some).
pub fn is_public_holiday(day: i64) -> bool {
    let (year, month, date) = civil_from_days(day);
    if (month == 12 && (date == 25 || date == 26)) || (month == 1 && date == 1) {
        return true;
    }
    let easter = easter_sunday(year);
    // Koningsdag is 27 April, or 26 April when the 27th is a Sunday.
    let kings = days_from_civil(year, 4, 27);
    let kings = if (kings + 4).rem_euclid(7) == 0 {
        kings - 1
    } else {
        kings
    };
    [
        easter + 1,  // Tweede Paasdag.
        kings,       // Koningsdag.
        easter + 39, // Hemelvaartsdag.
        easter + 50, // Tweede Pinksterdag.
    ]
    .contains(&day)
}

/// Easter Sunday of the year, as days since 1970-01-01 (the anonymous Gregorian algorithm).
fn easter_sunday(year: i64) -> i64 {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let date = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(year, month as u32, date as u32)
}

/// Whether EU summer time is in force at this moment.
fn is_summer_time(unix_seconds: i64) -> bool {
    let year = civil_from_days(unix_seconds.div_euclid(86_400)).0;
    let start = last_sunday_utc_1am(year, 3);
    let end = last_sunday_utc_1am(year, 10);
    (start..end).contains(&unix_seconds)
}

/// 01:00 UTC on the last Sunday of the month, as Unix seconds.
fn last_sunday_utc_1am(year: i64, month: u32) -> i64 {
    let last_day = days_from_civil(year, month, 31);
    // 1970-01-01 (day 0) was a Thursday: Sunday is (days + 4) % 7 == 0.
    let back = (last_day + 4).rem_euclid(7);
    (last_day - back) * 86_400 + 3600
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year, month and day of a number of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
