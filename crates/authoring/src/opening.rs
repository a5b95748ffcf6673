//! Reads a contact's opening times (`open = { days = "school_days", from = "9:00", to =
//! "16:00" }`) and checks that its `hours` text names the same times.

use toml::Spanned;
use zelfcheck_engine::{OpenDays, Opening};

use super::error::{ContentError, SourceFile};
use super::source::{OpeningSrc, TextSrc};

/// Midnight at the end of the day, the latest a line can close.
const END_OF_DAY: u16 = 24 * 60;

/// The opening times of `what`, or the problems with them.
pub fn opening(
    file: &SourceFile,
    open: &OpeningSrc,
    hours: &TextSrc,
    what: &str,
) -> Result<Opening, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut minute = |time: &Spanned<String>, name: &str| {
        minute_of_day(time.get_ref()).unwrap_or_else(|| {
            errors.push(file.error(
                time.span().start,
                format!(
                    "open.{name} of {what} is \"{}\"; write a time as 9:00 or 16:30 (00:00 to 24:00)",
                    time.get_ref()
                ),
            ));
            0
        })
    };
    let opening = Opening {
        days: open.days.0,
        from: minute(&open.from, "from"),
        to: minute(&open.to, "to"),
    };
    if errors.is_empty() && opening.from >= opening.to {
        errors.push(file.error(
            open.to.span().start,
            format!("open.to of {what} must be later than open.from"),
        ));
    }
    let all_day =
        opening.days == OpenDays::EveryDay && opening.from == 0 && opening.to == END_OF_DAY;
    if errors.is_empty() && !all_day {
        for text in [&hours.nl, &hours.en] {
            for time in [opening.from, opening.to] {
                let written = Opening::time(time);
                if !text.get_ref().contains(&written) {
                    errors.push(file.error(
                        text.span().start,
                        format!(
                            "the hours of {what} do not name {written}, which `open` gives; keep the text and `open` the same"
                        ),
                    ));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(opening)
    } else {
        Err(errors)
    }
}

/// `H:MM` or `HH:MM` as minutes since midnight; `24:00` is the end of the day.
fn minute_of_day(time: &str) -> Option<u16> {
    let (hours, minutes) = time.split_once(':')?;
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let (hours, minutes) = (digits(hours, 1..=2)?, digits(minutes, 2..=2)?);
    let minute = hours * 60 + minutes;
    (minutes < 60 && minute <= END_OF_DAY).then_some(minute)
}

#[cfg(test)]
mod tests {
    use super::minute_of_day;

    #[test]
    fn times_are_read_as_minutes_of_the_day() {
        assert_eq!(minute_of_day("9:00"), Some(540));
        assert_eq!(minute_of_day("16:30"), Some(990));
        assert_eq!(minute_of_day("00:00"), Some(0));
        assert_eq!(minute_of_day("24:00"), Some(1440));
        for wrong in [
            "24:01", "9.00", "9", "9:60", "9:0", "-1:00", "123:00", ":00", "9:00 ",
        ] {
            assert_eq!(minute_of_day(wrong), None, "{wrong}");
        }
    }
}
