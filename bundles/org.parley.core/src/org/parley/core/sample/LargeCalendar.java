package org.parley.core.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.Comment;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Frequency;
import org.parley.model.Matrix;
import org.parley.model.MediaPolicy;
import org.parley.model.Member;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;
import org.parley.model.Recurrence;
import org.parley.model.Schedule;
import org.parley.model.Strategy;

/**
 * The content of a generated plan: items spread evenly over the years in month schedules, plus a
 * backlog. Texts, tags and comment texts come from small shared pools, so that twenty thousand items
 * do not hold twenty thousand copies of similar strings.
 */
final class LargeCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1);
    private static final int BACKLOG_EVERY = 100;
    private static final int RECURRING_EVERY = 50;
    private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;

    private static final List<String> SHORT_TEXTS = List.of(
            "Quick tip: check your data balance by text before the weekend. #tips",
            "Network works planned tonight in your area; service may drop for ten minutes.",
            "New phones in the shop this week, with free next-day delivery.",
            "Our community answered 2,000 questions last week. Thank you, helpers! #community",
            "Travelling? Roaming in 36 European destinations is included.",
            "Astuce : vérifiez votre consommation avant de partir en voyage. #astuce",
            "Nous recrutons : rejoignez l'équipe d'assistance !",
            "Live Q&A on Thursday: bring your questions about eSIM.");
    private static final String LONG_TEXT = "Every month members ask us the same few questions. This post answers "
            + "them in plain words, with the steps to follow and where to ask if something is still unclear.";
    private static final List<String> TAGS = List.of("tips", "network", "shop", "community", "roaming", "careers",
            "esim", "billing");
    private static final List<String> REMARKS = List.of("Looks good to me.", "Please shorten the first line.",
            "Can we add a picture?", "Approved, thanks.");
    private static final ContentStatus[] STATUSES = ContentStatus.values();

    private final SeededIds ids;
    private final SplittableRandom random;
    private final List<ConversationCell> cells;
    private final List<ContentCategory> categories;
    private int created;

    LargeCalendar(SeededIds ids, SplittableRandom random, Strategy strategy, Matrix matrix) {
        this.ids = ids;
        this.random = random;
        this.cells = matrix.getCells();
        this.categories = strategy.getContentCategories();
    }

    /** The month schedules in order, then the backlog; together they hold exactly {@code count} items. */
    List<Schedule> schedules(int count, int years) {
        long days = ChronoUnit.DAYS.between(FIRST_DAY, FIRST_DAY.plusYears(years));
        List<Schedule> schedules = new ArrayList<>();
        Schedule backlog = ids.identify(FACTORY.createSchedule());
        Schedule month = null;
        for (int i = 0; i < count; i++) {
            if (i % BACKLOG_EVERY == BACKLOG_EVERY - 1) {
                backlog.getItems().add(item(null));
                continue;
            }
            LocalDateTime at = FIRST_DAY.plusDays(i * days / count).atTime(8 + random.nextInt(14), 15 * random.nextInt(4));
            String monthText = YearMonth.from(at).toString();
            if (month == null || !monthText.equals(month.getMonth())) {
                month = ids.identify(FACTORY.createSchedule());
                month.setMonth(monthText);
                schedules.add(month);
            }
            month.getItems().add(item(at));
        }
        schedules.add(backlog);
        return schedules;
    }

    private ContentItem item(LocalDateTime at) {
        int number = ++created;
        ConversationCell cell = cells.get(random.nextInt(cells.size()));
        ContentItem item = ids.identify(FACTORY.createContentItem());
        item.setTitle("Item " + number);
        item.setBody(LONG_TEXT);
        item.setLanguage(number % 4 == 0 ? "fr" : "en-GB");
        item.setCell(cell);
        item.setCategory(categories.get(random.nextInt(categories.size())));
        ContentStatus status = at == null ? ContentStatus.IDEA : STATUSES[random.nextInt(STATUSES.length)];
        item.setStatus(status);
        List<Member> members = cell.getTeam().getMembers();
        Member assignee = members.get(random.nextInt(members.size()));
        item.setAssignee(assignee);
        if (SampleItems.REVIEWED.contains(status)) {
            item.setReviewer(members.get((members.indexOf(assignee) + 1) % members.size()));
        }
        if (at != null) {
            item.setScheduledAt(at);
            item.setTimeZone(LargeProjectGenerator.ZONE);
        }
        item.getTags().add(TAGS.get(random.nextInt(TAGS.size())));
        addVariants(item, cell);
        addComments(item, at);
        if (at != null && number % RECURRING_EVERY == 0) {
            item.setRecurrence(weekly(at));
        }
        return item;
    }

    private void addVariants(ContentItem item, ConversationCell cell) {
        int variantCount = 1 + random.nextInt(cell.getChannels().size());
        for (int v = 0; v < variantCount; v++) {
            Channel channel = cell.getChannels().get(v);
            ChannelVariant variant = ids.identify(FACTORY.createChannelVariant());
            variant.setChannel(channel);
            boolean shortForm = channel.getNetwork() == Network.XTWITTER || channel.getNetwork() == Network.TIKTOK;
            variant.setText(shortForm ? SHORT_TEXTS.get(random.nextInt(SHORT_TEXTS.size())) : LONG_TEXT);
            if (channel.getRules().getMedia() == MediaPolicy.REQUIRED) {
                variant.getMedia().add(channel.getNetwork() == Network.INSTAGRAM ? "media/photo.jpg" : "media/clip.mp4");
            }
            if (channel.getRules().isLinksAllowed()) {
                variant.setLink("https://www.example.com/post");
            }
            item.getVariants().add(variant);
        }
    }

    private void addComments(ContentItem item, LocalDateTime at) {
        int commentCount = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        Instant base = at == null ? FIRST_DAY.atStartOfDay(LargeProjectGenerator.ZONE).toInstant()
                : at.minusDays(2).atZone(LargeProjectGenerator.ZONE).toInstant();
        for (int c = 0; c < commentCount; c++) {
            Comment comment = ids.identify(FACTORY.createComment());
            comment.setAuthor(item.getAssignee().getName());
            comment.setTime(base.plusSeconds(600L * c));
            comment.setText(REMARKS.get(random.nextInt(REMARKS.size())));
            item.getComments().add(comment);
        }
    }

    private Recurrence weekly(LocalDateTime at) {
        Recurrence recurrence = ids.identify(FACTORY.createRecurrence());
        recurrence.setFrequency(Frequency.WEEKLY);
        DayOfWeek day = at.getDayOfWeek();
        recurrence.getWeekdays().add(day);
        recurrence.setCount(8);
        recurrence.getExceptionDates().add(at.toLocalDate().plusWeeks(3));
        return recurrence;
    }
}
