package org.parley.core.sample;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.parley.model.Channel;
import org.parley.model.PostingWindow;

/**
 * Finds when an item may go out on all of its channels at once, so that the sample schedules every
 * item inside each channel's posting window.
 */
final class PostingSlots {

    private static final int DAYS_TRIED = 14;

    private PostingSlots() {
    }

    /** Whether a post at this moment is inside the channel's window (a window's end is excluded). */
    static boolean fits(Channel channel, ZonedDateTime moment, ZoneId planZone) {
        PostingWindow window = channel.getRules() == null ? null : channel.getRules().getPostingWindow();
        if (window == null) {
            return true;
        }
        ZoneId zone = window.getTimeZone() == null ? planZone : window.getTimeZone();
        ZonedDateTime local = moment.withZoneSameInstant(zone);
        LocalTime time = local.toLocalTime();
        return (window.getDays().isEmpty() || window.getDays().contains(local.getDayOfWeek()))
                && !time.isBefore(window.getStartTime()) && time.isBefore(window.getEndTime());
    }

    /** The first day from {@code wanted} on, at its time of day, that fits all channels. */
    static LocalDateTime firstFit(LocalDateTime wanted, ZoneId zone, List<Channel> channels, ZoneId planZone) {
        for (int day = 0; day < DAYS_TRIED; day++) {
            LocalDateTime candidate = wanted.plusDays(day);
            ZonedDateTime moment = candidate.atZone(zone);
            if (channels.stream().allMatch(channel -> fits(channel, moment, planZone))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No posting slot at " + wanted.toLocalTime() + " fits all of " + channels);
    }
}
