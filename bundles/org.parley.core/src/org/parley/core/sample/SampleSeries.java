package org.parley.core.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.Frequency;
import org.parley.model.OccurrenceOverride;
import org.parley.model.ParleyFactory;
import org.parley.model.Recurrence;

/**
 * The sample's recurring series (weekly and monthly, with exception dates and changed occurrences)
 * and the backlog of ideas not yet scheduled.
 */
final class SampleSeries {

    private final SampleItems items;

    SampleSeries(SampleItems items) {
        this.items = items;
    }

    List<ContentItem> recurring() {
        return List.of(tipTuesday(), communityLive(), newsletter(), weeklyNetworkPointInFrench());
    }

    private ContentItem tipTuesday() {
        Story story = Story.of("tip-tuesday", "service/members", "learn").on("x", "facebook", "forum")
                .title("Tip Tuesday")
                .says("Tip Tuesday: one small thing that makes your phone and your goodybag work better. This week in the thread.")
                .explains("Every Tuesday the support team shares one tip members asked about: saving data, setting up voicemail, checking your balance by text. Reply with the tip you want next week.")
                .hashtags("giffgaff", "TipTuesday").link("/help/tips").tags("tips", "series");
        ContentItem item = items.item(story, "tip-tuesday", LocalDateTime.of(2027, 1, 5, 12, 0),
                ContentStatus.SCHEDULED);
        Recurrence weekly = recurrence("tip-tuesday", Frequency.WEEKLY, 1);
        weekly.getWeekdays().add(DayOfWeek.TUESDAY);
        weekly.setUntil(LocalDate.of(2027, 3, 30));
        weekly.getExceptionDates().add(LocalDate.of(2027, 2, 16)); // half-term: the team is on leave
        OccurrenceOverride moved = override("tip-tuesday/2027-03-09", LocalDate.of(2027, 3, 9));
        moved.setScheduledAt(LocalDateTime.of(2027, 3, 10, 12, 0));
        moved.setTitle("Tip Tuesday (on Wednesday): roaming before Easter");
        weekly.getOverrides().add(moved);
        item.setRecurrence(weekly);
        return item;
    }

    private ContentItem communityLive() {
        Story story = Story.of("community-live", "community/advocates", "qa").on("youtube", "forum")
                .title("Community Q&A live")
                .says("Live Q&A with the community team, every other Thursday.")
                .explains("Every other Thursday the community team and a guest from the product team answer members' questions live for an hour. Post your question in the thread beforehand and we will start with the most voted.")
                .hashtags("giffgaff", "community", "live").link("/community/live").tags("community", "live", "series");
        ContentItem item = items.item(story, "community-live", LocalDateTime.of(2027, 1, 7, 17, 0),
                ContentStatus.SCHEDULED);
        item.setDurationMinutes(60);
        Recurrence fortnightly = recurrence("community-live", Frequency.WEEKLY, 2);
        fortnightly.getWeekdays().add(DayOfWeek.THURSDAY);
        fortnightly.setCount(6);
        fortnightly.getExceptionDates().add(LocalDate.of(2027, 2, 18));
        OccurrenceOverride cancelled = override("community-live/2027-03-04", LocalDate.of(2027, 3, 4));
        cancelled.setCancelled(true);
        fortnightly.getOverrides().add(cancelled);
        item.setRecurrence(fortnightly);
        return item;
    }

    private ContentItem newsletter() {
        Story story = Story.of("newsletter", "product/members", "explore").on("newsletter")
                .title("The giffgaff monthly")
                .says("The giffgaff monthly: what changed on the network, in the shop and in the community.")
                .explains("This month: where 5G switched on, the phones new in the shop, the community's helper of the month, and the one setting that saves most members data. As always, reply to tell us what you want to read next.")
                .link("/newsletter").tags("newsletter", "series");
        ContentItem item = items.item(story, "newsletter", LocalDateTime.of(2027, 1, 15, 8, 0),
                ContentStatus.PUBLISHED);
        Recurrence monthly = recurrence("newsletter", Frequency.MONTHLY, 1);
        monthly.setCount(3);
        OccurrenceOverride reworded = override("newsletter/2027-02-15", LocalDate.of(2027, 2, 15));
        reworded.setScheduledAt(LocalDateTime.of(2027, 2, 16, 8, 0));
        reworded.setBody("A special edition on the members' Starbucks perk, a day later so that it lands with the launch.");
        monthly.getOverrides().add(reworded);
        item.setRecurrence(monthly);
        return item;
    }

    private ContentItem weeklyNetworkPointInFrench() {
        Story story = Story.of("fr-point-reseau", "service/french-members", "service-update").french()
                .on("x-fr", "facebook-fr").title("Le point réseau du lundi")
                .says("Le point réseau du lundi : travaux prévus, zones concernées et conseils pour la semaine.")
                .explains("Chaque lundi, l'équipe d'assistance francophone résume les travaux prévus sur le réseau, les zones concernées et les incidents de la semaine passée.")
                .hashtags("giffgaff", "réseau").link("/network/status").tags("réseau", "série");
        ContentItem item = items.item(story, "fr-point-reseau", LocalDateTime.of(2027, 1, 4, 10, 0),
                ContentStatus.APPROVED);
        Recurrence weekly = recurrence("fr-point-reseau", Frequency.WEEKLY, 1);
        weekly.getWeekdays().add(DayOfWeek.MONDAY);
        weekly.setUntil(LocalDate.of(2027, 3, 29));
        weekly.getExceptionDates().add(LocalDate.of(2027, 3, 1));
        OccurrenceOverride reworded = override("fr-point-reseau/2027-02-08", LocalDate.of(2027, 2, 8));
        reworded.setBody("Édition spéciale : retour sur la panne du Nord-Ouest et le geste commercial.");
        weekly.getOverrides().add(reworded);
        item.setRecurrence(weekly);
        return item;
    }

    List<ContentItem> backlog() {
        return List.of(
                items.item(Story.of("idea-summer-roaming", "service/members", "learn").on("x", "forum")
                        .title("Summer roaming guide, country by country")
                        .says("Going further than Europe this summer? Our country-by-country roaming guide.")
                        .explains("A guide per destination: what is included, which add-on to buy and how to avoid surprises.")
                        .hashtags("giffgaff", "roaming").link("/roaming").tags("roaming", "idea"),
                        "backlog/summer-roaming", null, ContentStatus.IDEA),
                items.item(Story.of("idea-compare-sky-mobile", "marketing/prospects", "explore").on("x", "instagram")
                        .title("giffgaff vs Sky Mobile, honestly")
                        .says("giffgaff or Sky Mobile? An honest comparison, including where they win.")
                        .explains("An honest side-by-side comparison with Sky Mobile: price, data rollover, contract and support, including the points where Sky does better.")
                        .hashtags("giffgaff", "SIMonly").link("/compare").tags("competitors", "idea"),
                        "backlog/compare-sky-mobile", null, ContentStatus.IDEA),
                items.item(Story.of("idea-engineer-interview", "careers/candidates", "learn").on("linkedin", "blog")
                        .title("Interview: what a network engineer does all day")
                        .says("What does a network engineer at giffgaff do all day?")
                        .explains("An interview with one of our network engineers about incidents, 5G and the graduate scheme.")
                        .hashtags("giffgaffcareers").link("/careers").tags("careers", "idea"),
                        "backlog/engineer-interview", null, ContentStatus.DRAFT),
                items.item(Story.of("idee-guide-esim", "marketing/french-members", "learn").french().on("facebook-fr", "instagram-fr")
                        .title("Le guide de l'eSIM en français")
                        .says("L'eSIM expliquée simplement, en français.")
                        .explains("Un guide pas à pas pour installer une eSIM giffgaff, avec des captures d'écran en français.")
                        .hashtags("giffgaff", "eSIM").link("/esim").tags("esim", "idée"),
                        "backlog/guide-esim", null, ContentStatus.DRAFT),
                items.item(Story.of("idea-helpers-meetup", "community/advocates", "explore").on("forum", "newsletter")
                        .title("Helpers meet-up in Bristol")
                        .says("Helpers, shall we meet in Bristol this spring?")
                        .explains("A day with the community's top helpers at the Bristol office: product previews, a network tour and thanks in person.")
                        .link("/community/meetup").tags("community", "idea"),
                        "backlog/helpers-meetup", null, ContentStatus.IDEA));
    }

    private static Recurrence recurrence(String key, Frequency frequency, int interval) {
        Recurrence recurrence = SampleIds.identify(ParleyFactory.eINSTANCE.createRecurrence(), "recurrence/" + key);
        recurrence.setFrequency(frequency);
        recurrence.setInterval(interval);
        return recurrence;
    }

    private static OccurrenceOverride override(String key, LocalDate originalDate) {
        OccurrenceOverride override = SampleIds.identify(ParleyFactory.eINSTANCE.createOccurrenceOverride(),
                "override/" + key);
        override.setOriginalDate(originalDate);
        return override;
    }
}
