package org.parley.listening.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates forums and blogs print next to a post, in French, English (and the German of
 * many forum skins): ISO timestamps, "12 mars 2024 à 14:32", "March 12, 2024, 2:32 pm",
 * "12/03/2024" (day first unless told otherwise), "21.01.2009, 05:42", and relative ones ("hier à
 * 14h32", "il y a 3 heures", "yesterday", "2 days ago", "just now") counted back from a reference
 * instant in the forum's time zone.
 * <p>
 * A date printed without a year ("20 décembre", "Jun 20th at 2:41 am") is taken as the most recent
 * such day not after the reference day, that is within the twelve months before it: read on 3
 * January 2027, "28 décembre" is 28 December 2026 and "2 janvier" is 2 January 2027. The reference
 * day is the one in the forum's zone, so a post read just after midnight on New Year's Day there
 * already counts in the new year.
 */
public final class PostDateParser {

    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern JUST_NOW = Pattern.compile(
            "\\bjust now\\b|\\ba l'instant\\b|\\bmaintenant\\b|\\bgerade eben\\b|\\bmoments? ago\\b");
    private static final Pattern AGO_FR = Pattern.compile(
            "\\bil y a\\s+(\\d+|une?|quelques)\\s*(secondes?|sec|minutes?|mins?|mn|heures?|h|jours?|j|semaines?|mois|ans?|annees?)\\b");
    private static final Pattern AGO_EN = Pattern.compile(
            "\\b(\\d+|an?|one)\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|y)\\s+ago\\b");
    private static final Pattern AGO_DE = Pattern.compile(
            "\\bvor\\s+(\\d+|einer?|einem)\\s+(sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\\b");
    private static final Pattern DAY_WORD = Pattern.compile(
            "\\b(avant-hier|avant hier|vorgestern|aujourd'hui|today|heute|hier|yesterday|gestern)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+|of\\s+)?(\\p{L}{3,})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(\\p{L}{3,})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?::|h)\\s*(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?|\\b(\\d{1,2})\\s*(am|pm)\\b");

    private final ZoneId zone;
    private final boolean monthFirst;

    /** A parser for a forum in the given zone that reads "12/03/2024" as 12 March. */
    public PostDateParser(ZoneId zone) {
        this(zone, false);
    }

    private PostDateParser(ZoneId zone, boolean monthFirst) {
        this.zone = zone;
        this.monthFirst = monthFirst;
    }

    /** The same parser reading ambiguous numeric dates month first, as US sites print them. */
    public PostDateParser monthFirst() {
        return new PostDateParser(zone, true);
    }

    /**
     * The date in a text, or empty when there is none.
     *
     * @param text      what the page prints, e.g. "Posté le 12 mars 2024 à 14:32"
     * @param reference the instant relative dates count from (usually the fetch time); a date without a
     *                  year falls in the twelve months up to it
     */
    public Optional<OffsetDateTime> parse(String text, Instant reference) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalize(text);
        ZonedDateTime now = reference.atZone(zone);
        return iso(s).or(() -> relative(s, now)).or(() -> absolute(s, now));
    }

    private Optional<OffsetDateTime> iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            if (m.group(7) != null) {
                ZoneOffset offset = m.group(7).equals("z") ? ZoneOffset.UTC
                        : ZoneOffset.of(m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                                : m.group(7));
                return Optional.of(OffsetDateTime.of(date, time, offset));
            }
            return Optional.of(ZonedDateTime.of(date, time, zone).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<OffsetDateTime> relative(String s, ZonedDateTime now) {
        if (JUST_NOW.matcher(s).find()) {
            return Optional.of(now.toOffsetDateTime());
        }
        for (Pattern ago : new Pattern[] {AGO_FR, AGO_EN, AGO_DE}) {
            Matcher m = ago.matcher(s);
            if (m.find()) {
                long amount = amount(m.group(1));
                ChronoUnit unit = unit(m.group(2));
                return Optional.of(now.minus(amount, unit).toOffsetDateTime());
            }
        }
        Matcher day = DAY_WORD.matcher(s);
        if (day.find()) {
            String word = day.group(1);
            int back = word.startsWith("avant") || word.equals("vorgestern") ? 2
                    : word.equals("hier") || word.equals("yesterday") || word.equals("gestern") ? 1 : 0;
            LocalDate date = now.toLocalDate().minusDays(back);
            return Optional.of(ZonedDateTime.of(date, time(s).orElse(LocalTime.MIDNIGHT), zone).toOffsetDateTime());
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> absolute(String s, ZonedDateTime now) {
        LocalDate date = null;
        String rest = s;
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (date == null && m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month != null) {
                date = safeDate(num(m, 3), month, num(m, 1));
                rest = s.substring(m.end());
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (date == null && m.find()) {
            Integer month = MONTHS.get(m.group(1));
            if (month != null) {
                date = safeDate(num(m, 3), month, num(m, 2));
                rest = s.substring(m.end());
            }
        }
        if (date == null && (m = YEAR_FIRST.matcher(s)).find()) {
            date = safeDate(num(m, 1), num(m, 2), num(m, 3));
            rest = s.substring(m.end());
        }
        if (date == null && (m = NUMERIC.matcher(s)).find()) {
            date = numericDate(num(m, 1), num(m, 2), year(m.group(3), now));
            rest = s.substring(m.end());
        }
        if (date == null) {
            date = withoutYear(s, now);
            rest = s;
        }
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = time(rest).or(() -> time(s)).orElse(LocalTime.MIDNIGHT);
        return Optional.of(ZonedDateTime.of(date, time, zone).toOffsetDateTime());
    }

    // "Jun 20th at 2:41 am": the most recent such day not after the reference.
    private static LocalDate withoutYear(String s, ZonedDateTime now) {
        for (Pattern pattern : new Pattern[] {DAY_MONTH, MONTH_DAY}) {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                boolean dayFirst = pattern == DAY_MONTH;
                Integer month = MONTHS.get(m.group(dayFirst ? 2 : 1));
                if (month != null) {
                    LocalDate date = safeDate(now.getYear(), month, num(m, dayFirst ? 1 : 2));
                    if (date != null) {
                        return date.isAfter(now.toLocalDate()) ? date.minusYears(1) : date;
                    }
                }
            }
        }
        return null;
    }

    private LocalDate numericDate(int first, int second, int year) {
        // A number over 12 can only be the day; otherwise the site's convention decides.
        boolean dayFirst = first > 12 || (second <= 12 && !monthFirst);
        return dayFirst ? safeDate(year, second, first) : safeDate(year, first, second);
    }

    private static int year(String digits, ZonedDateTime now) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return y;
        }
        int century = now.getYear() / 100 * 100;
        return century + y > now.getYear() + 1 ? century - 100 + y : century + y;
    }

    private static Optional<LocalTime> time(String s) {
        Matcher m = TIME.matcher(s);
        while (m.find()) {
            boolean shortForm = m.group(5) != null;
            int hour = Integer.parseInt(shortForm ? m.group(5) : m.group(1));
            int minute = shortForm ? 0 : Integer.parseInt(m.group(2));
            int second = !shortForm && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
            String half = shortForm ? m.group(6) : m.group(4);
            if (half != null) {
                boolean pm = half.startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour < 24 && minute < 60 && second < 60) {
                return Optional.of(LocalTime.of(hour, minute, second));
            }
        }
        return Optional.empty();
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long amount(String word) {
        return switch (word) {
            case "a", "an", "one", "un", "une", "ein", "einer", "einem", "eine" -> 1;
            case "quelques" -> 3;
            default -> Long.parseLong(word);
        };
    }

    private static ChronoUnit unit(String word) {
        if (word.startsWith("st") || word.startsWith("h")) {
            return ChronoUnit.HOURS;
        }
        if (word.startsWith("sem") || word.startsWith("w")) {
            return ChronoUnit.WEEKS;
        }
        if (word.startsWith("s")) {
            return ChronoUnit.SECONDS;
        }
        if (word.startsWith("mo")) {
            return ChronoUnit.MONTHS;
        }
        if (word.startsWith("m")) {
            return ChronoUnit.MINUTES;
        }
        if (word.startsWith("d") || word.startsWith("tag") || word.equals("j") || word.startsWith("jour")) {
            return ChronoUnit.DAYS;
        }
        return ChronoUnit.YEARS;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    // Lower case without accents and with one kind of apostrophe, so "Févr." and "fevr" match alike.
    private static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00a0', ' ')
                .replace('\u202f', ' ');
        // Most dates are plain ASCII: nothing to decompose, no accent to strip.
        return isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        String[][] names = {
            {"january", "jan", "janvier", "janv", "januar", "janner"},
            {"february", "feb", "fevrier", "fevr", "fev", "februar"},
            {"march", "mar", "mars", "marz", "maerz"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin", "juni"},
            {"july", "jul", "juillet", "juil", "juli"},
            {"august", "aug", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre", "oktober", "okt"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre", "dezember", "dez"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
