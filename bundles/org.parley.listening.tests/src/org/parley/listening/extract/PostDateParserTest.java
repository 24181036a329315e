package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PostDateParserTest {

    // Wednesday 25 November 2026, 15:00 in Paris.
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private final PostDateParser parser = new PostDateParser(ZoneId.of("Europe/Paris"));

    private OffsetDateTime parse(String text) {
        return parser.parse(text, NOW).orElseThrow(() -> new AssertionError("no date in: " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12 mars 2024 à 14:32|2024-03-12T14:32+01:00",
        "Posté le 1er février 2023, 09h05|2023-02-01T09:05+01:00",
        "March 12, 2024 at 2:32 pm|2024-03-12T14:32+01:00",
        "12th March 2024|2024-03-12T00:00+01:00",
        "12/03/2024|2024-03-12T00:00+01:00",
        "21.01.2009, 05:42|2009-01-21T05:42+01:00",
        "28.09.19 13:39|2019-09-28T13:39+02:00",
        "27. September 2018 um 14:51 Uhr|2018-09-27T14:51+02:00",
        "2018-09-27T14:51:09+0200|2018-09-27T14:51:09+02:00",
        "2024-03-12T13:32:00Z|2024-03-12T13:32Z",
        "2024-03-12|2024-03-12T00:00+01:00",
        "mer. 12 août 2020 18:00|2020-08-12T18:00+02:00",
    })
    void readsAbsoluteDates(String text, String expected) {
        assertThat(parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hier à 14h32|2026-11-24T14:32+01:00",
        "Aujourd'hui à 08:15|2026-11-25T08:15+01:00",
        "avant-hier|2026-11-23T00:00+01:00",
        "yesterday at 9:05 am|2026-11-24T09:05+01:00",
        "il y a 3 heures|2026-11-25T12:00+01:00",
        "il y a 5 min|2026-11-25T14:55+01:00",
        "2 days ago|2026-11-23T15:00+01:00",
        "an hour ago|2026-11-25T14:00+01:00",
        "just now|2026-11-25T15:00+01:00",
        "vor 3 Stunden|2026-11-25T12:00+01:00",
    })
    void readsRelativeDatesAgainstTheReferenceInstant(String text, String expected) {
        assertThat(parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void readsAmbiguousNumericDatesDayFirstUnlessToldOtherwise() {
        assertThat(parse("03/04/2024").getMonthValue()).isEqualTo(4);
        assertThat(parser.monthFirst().parse("03/04/2024", NOW).orElseThrow().getMonthValue()).isEqualTo(3);
    }

    @Test
    void readsANumberOverTwelveAsTheDayWhateverTheConvention() {
        assertThat(parser.monthFirst().parse("13/04/2024", NOW).orElseThrow().getDayOfMonth()).isEqualTo(13);
    }

    @Test
    void placesADateWithoutYearInTheLastTwelveMonths() {
        assertThat(parse("Jun 20th at 2:41 am")).isEqualTo(OffsetDateTime.parse("2026-06-20T02:41+02:00"));
        assertThat(parse("20 décembre")).isEqualTo(OffsetDateTime.parse("2025-12-20T00:00+01:00"));
    }

    @Test
    void placesADateWithoutYearReadJustAfterNewYearInTheYearBeforeUnlessItIsAlreadyPast() {
        Instant thirdOfJanuary = Instant.parse("2027-01-03T08:00:00Z");

        assertThat(parser.parse("28 décembre à 22:15", thirdOfJanuary)).contains(OffsetDateTime.parse("2026-12-28T22:15+01:00"));
        assertThat(parser.parse("Jan 2nd at 9:05 pm", thirdOfJanuary)).contains(OffsetDateTime.parse("2027-01-02T21:05+01:00"));
        assertThat(parser.parse("3 janvier", thirdOfJanuary)).contains(OffsetDateTime.parse("2027-01-03T00:00+01:00"));
        assertThat(parser.parse("4 janvier", thirdOfJanuary)).contains(OffsetDateTime.parse("2026-01-04T00:00+01:00"));
    }

    @Test
    void countsTheNewYearFromMidnightInTheForumsZoneNotInUtc() {
        Instant halfPastMidnightInParis = Instant.parse("2026-12-31T23:30:00Z");

        assertThat(parser.parse("1er janvier", halfPastMidnightInParis)).contains(OffsetDateTime.parse("2027-01-01T00:00+01:00"));
        assertThat(parser.parse("31 décembre", halfPastMidnightInParis)).contains(OffsetDateTime.parse("2026-12-31T00:00+01:00"));
    }

    @Test
    void findsNoDateInTextWithoutOne() {
        assertThat(parser.parse("Beiträge: 1626", NOW)).isEmpty();
        assertThat(parser.parse("", NOW)).isEmpty();
        assertThat(parser.parse("31/02/2024", NOW)).isEmpty();
    }
}
