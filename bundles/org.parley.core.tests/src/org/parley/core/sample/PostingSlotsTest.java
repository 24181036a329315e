package org.parley.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.Channel;
import org.parley.model.ChannelRules;
import org.parley.model.ParleyFactory;
import org.parley.model.PostingWindow;

class PostingSlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Weekdays 09:00 to 17:00 in London. */
    private final Channel blog = channel(LONDON, 9, 17, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Test
    void acceptsAMomentInsideTheWindow() {
        assertThat(PostingSlots.fits(blog, LocalDateTime.of(2027, 1, 6, 9, 0).atZone(LONDON), LONDON)).isTrue();
    }

    @Test
    void excludesTheWindowsEnd() {
        assertThat(PostingSlots.fits(blog, LocalDateTime.of(2027, 1, 6, 17, 0).atZone(LONDON), LONDON)).isFalse();
    }

    @Test
    void rejectsADayOutsideTheWindow() {
        assertThat(PostingSlots.fits(blog, LocalDateTime.of(2027, 1, 9, 12, 0).atZone(LONDON), LONDON)).isFalse();
    }

    @Test
    void comparesInTheWindowsZone() {
        // 09:30 in Paris is 08:30 in London, before the blog's window opens.
        assertThat(PostingSlots.fits(blog, LocalDateTime.of(2027, 1, 6, 9, 30).atZone(PARIS), LONDON)).isFalse();
    }

    @Test
    void usesThePlansZoneWhenTheWindowNamesNone() {
        Channel zoneless = channel(null, 9, 17);

        assertThat(PostingSlots.fits(zoneless, LocalDateTime.of(2027, 1, 6, 9, 30).atZone(PARIS), LONDON)).isFalse();
        assertThat(PostingSlots.fits(zoneless, LocalDateTime.of(2027, 1, 6, 9, 30).atZone(PARIS), PARIS)).isTrue();
    }

    @Test
    void movesASlotToTheNextDayThatFitsEveryChannel() {
        Channel weekendOnly = channel(LONDON, 8, 20, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Channel saturdayClosed = channel(LONDON, 8, 20, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);

        LocalDateTime slot = PostingSlots.firstFit(LocalDateTime.of(2027, 1, 6, 12, 0), LONDON,
                List.of(weekendOnly, saturdayClosed), LONDON);

        assertThat(slot).isEqualTo(LocalDateTime.of(2027, 1, 10, 12, 0));
    }

    @Test
    void refusesAnHourThatNoDayOffers() {
        assertThatIllegalStateException().isThrownBy(
                () -> PostingSlots.firstFit(LocalDateTime.of(2027, 1, 6, 20, 0), LONDON, List.of(blog), LONDON));
    }

    private static Channel channel(ZoneId zone, int from, int to, DayOfWeek... days) {
        PostingWindow window = ParleyFactory.eINSTANCE.createPostingWindow();
        window.getDays().addAll(List.of(days));
        window.setStartTime(LocalTime.of(from, 0));
        window.setEndTime(LocalTime.of(to, 0));
        window.setTimeZone(zone);
        ChannelRules rules = ParleyFactory.eINSTANCE.createChannelRules();
        rules.setPostingWindow(window);
        Channel channel = ParleyFactory.eINSTANCE.createChannel();
        channel.setRules(rules);
        return channel;
    }
}
