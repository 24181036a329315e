package org.parley.core.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.model.Campaign;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyFactory;
import org.parley.model.Schedule;

/**
 * The sample's editorial calendar for the first quarter of 2027: every story goes out twice (once in
 * each half of the quarter, or of its campaign), inside the posting windows of all its channels, plus
 * the recurring series and the backlog. Statuses follow the dates as if the quarter were under way
 * in mid-February: the past is published, the near future scheduled, the far future still in work.
 */
final class SampleCalendar {

    static final LocalDate QUARTER_START = LocalDate.of(2027, 1, 1);
    static final LocalDate QUARTER_END = LocalDate.of(2027, 3, 31);

    private static final int EDITIONS = 2;
    private static final int SLACK_DAYS = 4;

    private final SampleItems items;
    private final SampleChannels channels;
    private final SampleCampaigns campaigns;
    private int statusTurn;

    SampleCalendar(SampleItems items, SampleChannels channels, SampleCampaigns campaigns) {
        this.items = items;
        this.channels = channels;
        this.campaigns = campaigns;
    }

    /** The month schedules in calendar order, then the backlog. */
    List<Schedule> schedules() {
        List<ContentItem> scheduled = new ArrayList<>(editions(SampleStories.all()));
        SampleSeries series = new SampleSeries(items);
        scheduled.addAll(series.recurring());
        Map<YearMonth, Schedule> months = new TreeMap<>();
        scheduled.stream().sorted(Comparator.comparing(ContentItem::getScheduledAt).thenComparing(ContentItem::getId))
                .forEach(item -> months.computeIfAbsent(YearMonth.from(item.getScheduledAt()), SampleCalendar::month)
                        .getItems().add(item));
        List<Schedule> schedules = new ArrayList<>(months.values());
        Schedule backlog = SampleIds.identify(ParleyFactory.eINSTANCE.createSchedule(), "schedule/backlog");
        backlog.getItems().addAll(series.backlog());
        schedules.add(backlog);
        return schedules;
    }

    private List<ContentItem> editions(List<Story> stories) {
        List<ContentItem> result = new ArrayList<>();
        for (int index = 0; index < stories.size(); index++) {
            Story story = stories.get(index);
            for (int edition = 0; edition < EDITIONS; edition++) {
                LocalDateTime at = slot(story, wantedDay(story, stories, index, edition));
                String key = story.key + "/" + (edition + 1);
                ContentItem item = items.item(story, key, at, statusOn(at.toLocalDate()));
                if (edition > 0) {
                    // A second edition reminds the audience; its own title tells the two apart on the calendar.
                    item.setTitle(story.title + (story.isFrench() ? " (rappel)" : " (reminder)"));
                }
                result.add(item);
            }
        }
        return result;
    }

    /** Spreads a story's editions over the halves of its campaign, or of the quarter. */
    private LocalDate wantedDay(Story story, List<Story> stories, int index, int edition) {
        LocalDate start = QUARTER_START;
        LocalDate end = QUARTER_END;
        List<Story> peers = stories;
        if (story.campaign != null) {
            Campaign campaign = campaigns.get(story.campaign);
            start = campaign.getStartDate();
            end = campaign.getEndDate();
            peers = stories.stream().filter(other -> story.campaign.equals(other.campaign)).toList();
        }
        int half = (int) (ChronoUnit.DAYS.between(start, end) + 1) / EDITIONS;
        int position = peers.indexOf(story);
        int spread = Math.max(1, half - SLACK_DAYS);
        return start.plusDays((long) edition * half + (long) position * spread / peers.size());
    }

    private LocalDateTime slot(Story story, LocalDate day) {
        List<Channel> targets = story.channels.stream().map(channels::get).toList();
        return PostingSlots.firstFit(day.atTime(story.hour, 0), SampleItems.zoneOf(story), targets,
                SampleChannels.LONDON);
    }

    private ContentStatus statusOn(LocalDate day) {
        int turn = statusTurn++;
        if (day.isBefore(LocalDate.of(2027, 1, 25))) {
            return turn % 7 == 3 ? ContentStatus.CANCELLED : ContentStatus.PUBLISHED;
        }
        if (day.isBefore(LocalDate.of(2027, 2, 22))) {
            return turn % 2 == 0 ? ContentStatus.SCHEDULED : ContentStatus.APPROVED;
        }
        if (day.isBefore(LocalDate.of(2027, 3, 15))) {
            return turn % 3 == 0 ? ContentStatus.IN_REVIEW : ContentStatus.APPROVED;
        }
        return List.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW, ContentStatus.IDEA).get(turn % 3);
    }

    private static Schedule month(YearMonth month) {
        Schedule schedule = SampleIds.identify(ParleyFactory.eINSTANCE.createSchedule(), "schedule/" + month);
        schedule.setMonth(month.toString());
        return schedule;
    }
}
