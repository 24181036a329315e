package org.parley.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.parley.model.Channel;
import org.parley.model.ChannelRules;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentCategoryKind;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerStage;
import org.parley.model.Identified;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Plan;
import org.parley.model.PostingWindow;
import org.parley.model.QueryTag;
import org.parley.model.Schedule;
import org.parley.model.TeamFunction;

class SampleProjectTest {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]+");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|co\\.uk|fr|org)\\b)");

    private final Plan plan = SampleProject.create();

    // ----- Determinism and identity

    @Test
    void twoCreationsHaveEqualAggregates() {
        Plan other = SampleProject.create();

        assertThat(EcoreUtil.equals(plan.getStrategy(), other.getStrategy())).isTrue();
        assertThat(EcoreUtil.equals(plan.getMatrix(), other.getMatrix())).isTrue();
        assertThat(EcoreUtil.equals(plan.getChannels(), other.getChannels())).isTrue();
        assertThat(EcoreUtil.equals(plan.getListening(), other.getListening())).isTrue();
        assertThat(EcoreUtil.equals(plan.getSchedules(), other.getSchedules())).isTrue();
        assertThat(EcoreUtil.equals(plan, other)).isTrue();
    }

    @Test
    void twoCreationsGiveTheSameIdsInTheSameOrder() {
        assertThat(ids(SampleProject.create())).isEqualTo(ids(plan));
    }

    @Test
    void everyObjectHasAnId() {
        assertThat(objects(plan)).allSatisfy(object -> assertThat(((Identified) object).getId()).isNotBlank());
    }

    @Test
    void idsAreUniqueAcrossThePlan() {
        List<String> ids = ids(plan);

        assertThat(ids).hasSizeGreaterThan(500).doesNotHaveDuplicates();
    }

    @Test
    void everyReferenceLeadsToAnObjectOfThePlan() {
        Set<EObject> inside = new HashSet<>(objects(plan));

        assertThat(objects(plan)).allSatisfy(object -> assertThat(inside).containsAll(object.eCrossReferences()));
    }

    // ----- Strategy

    @Test
    void giffgaffIsTheOwnBrandSkyAndVirginMediaCompetitorsAndStarbucksAPartner() {
        assertThat(map(plan.getStrategy().getBrands(), brand -> brand.getName() + " " + brand.getKind()))
                .containsExactly("giffgaff OWN", "Sky COMPETITOR", "Virgin Media COMPETITOR", "Starbucks PARTNER");
    }

    @Test
    void everyBrandHasHandlesAliasesAndProducts() {
        assertThat(plan.getStrategy().getBrands()).allSatisfy(brand -> {
            assertThat(brand.getHandles()).isNotEmpty().allMatch(handle -> handle.startsWith("@"));
            assertThat(brand.getAliases()).isNotEmpty();
            assertThat(brand.getProducts()).isNotEmpty();
        });
    }

    @Test
    void teamsCoverEveryFunctionAndEachHasMembers() {
        assertThat(map(plan.getStrategy().getTeams(), team -> team.getFunction()))
                .containsExactlyInAnyOrder(TeamFunction.values());
        assertThat(plan.getStrategy().getTeams()).allSatisfy(team -> assertThat(team.getMembers()).hasSizeGreaterThan(1));
    }

    @Test
    void customerGroupsCoverEveryStage() {
        assertThat(map(plan.getStrategy().getCustomerGroups(), group -> group.getStage()))
                .contains(CustomerStage.values());
    }

    @Test
    void topicsFormATreeWithKeywordsInEnglishAndFrench() {
        var topics = plan.getStrategy().getTopics();

        assertThat(topics).anySatisfy(topic -> assertThat(topic.getParent()).isNotNull());
        assertThat(topics).allSatisfy(topic -> assertThat(topic.getKeywords()).isNotEmpty());
        assertThat(topics.stream().flatMap(topic -> topic.getKeywords().stream()))
                .contains("outage", "panne", "cancel", "résiliation", "roaming", "itinérance", "careers");
    }

    @Test
    void categoriesHaveTheThreeStandardKindsAndOneOfTheUsers() {
        assertThat(map(plan.getStrategy().getContentCategories(), category -> category.getKind()))
                .containsExactly(ContentCategoryKind.LEARN_AND_IMPROVE, ContentCategoryKind.EXPLORE_AND_DISCOVER,
                        ContentCategoryKind.QUESTION_AND_ANSWER, ContentCategoryKind.USER_DEFINED);
    }

    @Test
    void kpisCarryTheirThresholdsDirectionsAndBreachActions() {
        assertThat(map(plan.getStrategy().getKpis(), kpi -> kpi.getMetric() + " " + kpi.getDirection() + " "
                + kpi.getThreshold() + " " + kpi.getUnit() + " " + kpi.getActionOnBreach()))
                .contains("NEGATIVE_RATE AT_MOST 15.0 % MODERATE", "RESPONSE_TIME AT_MOST 60.0 min ESCALATE",
                        "ENGAGEMENT_RATE AT_LEAST 2.0 % EDITORIAL")
                .anyMatch(text -> text.startsWith("SHARE_OF_VOICE"))
                .anyMatch(text -> text.startsWith("SENTIMENT_SCORE"));
    }

    @Test
    void campaignsEndOnOrAfterTheyStartAndWorkInCells() {
        assertThat(plan.getStrategy().getCampaigns()).isNotEmpty().allSatisfy(campaign -> {
            assertThat(campaign.getEndDate()).isAfterOrEqualTo(campaign.getStartDate());
            assertThat(campaign.getCells()).isNotEmpty();
        });
    }

    // ----- Matrix

    @Test
    void everyCellHasTopicsGoalToneChannelsKpisAndAnOwnerFromItsTeam() {
        assertThat(plan.getMatrix().getCells()).allSatisfy(cell -> {
            assertThat(cell.getTopics()).isNotEmpty();
            assertThat(cell.getGoal()).isNotBlank();
            assertThat(cell.getTone()).isNotBlank();
            assertThat(cell.getChannels()).isNotEmpty();
            assertThat(cell.getKpis()).isNotEmpty();
            assertThat(cell.getTeam().getMembers()).contains(cell.getOwner());
        });
    }

    @Test
    void noTwoCellsShareATeamAndACustomerGroup() {
        assertThat(map(plan.getMatrix().getCells(), cell -> cell.getTeam().getId() + cell.getCustomerGroup().getId()))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyTeamAndEveryCustomerGroupHasACell() {
        var cells = plan.getMatrix().getCells();

        assertThat(plan.getStrategy().getTeams())
                .allSatisfy(team -> assertThat(cells).anyMatch(cell -> cell.getTeam() == team));
        assertThat(plan.getStrategy().getCustomerGroups())
                .allSatisfy(group -> assertThat(cells).anyMatch(cell -> cell.getCustomerGroup() == group));
    }

    @Test
    void everyTopicIsCoveredByACell() {
        Set<Object> covered = new HashSet<>();
        plan.getMatrix().getCells().forEach(cell -> covered.addAll(cell.getTopics()));

        assertThat(covered).containsAll(plan.getStrategy().getTopics());
    }

    // ----- Channels

    @Test
    void channelsCarryTheNetworksRealLimits() {
        assertThat(rulesOf(Network.XTWITTER).getMaxTextLength()).isEqualTo(280);
        assertThat(rulesOf(Network.FACEBOOK).getMaxTextLength()).isEqualTo(63_206);
        assertThat(rulesOf(Network.INSTAGRAM).getMaxTextLength()).isEqualTo(2_200);
        assertThat(rulesOf(Network.INSTAGRAM).getMaxHashtags()).isEqualTo(30);
        assertThat(rulesOf(Network.LINKEDIN).getMaxTextLength()).isEqualTo(3_000);
        assertThat(rulesOf(Network.TIKTOK).getMaxTextLength()).isEqualTo(2_200);
        assertThat(rulesOf(Network.YOUTUBE).getMaxTextLength()).isEqualTo(5_000);
    }

    @Test
    void visualNetworksRequireMediaAndCaptionNetworksForbidLinks() {
        assertThat(rulesOf(Network.INSTAGRAM).getMedia()).isEqualTo(MediaPolicy.REQUIRED);
        assertThat(rulesOf(Network.TIKTOK).getMedia()).isEqualTo(MediaPolicy.REQUIRED);
        assertThat(rulesOf(Network.YOUTUBE).getMedia()).isEqualTo(MediaPolicy.REQUIRED);
        assertThat(rulesOf(Network.INSTAGRAM).isLinksAllowed()).isFalse();
        assertThat(rulesOf(Network.TIKTOK).isLinksAllowed()).isFalse();
        assertThat(rulesOf(Network.FACEBOOK).isLinksAllowed()).isTrue();
    }

    @Test
    void everyChannelHasAPostingWindowInAZone() {
        assertThat(map(plan.getChannels().getChannels(), Channel::getNetwork)).contains(Network.FORUM,
                Network.BLOG, Network.NEWSLETTER);
        assertThat(plan.getChannels().getChannels()).allSatisfy(channel -> {
            PostingWindow window = channel.getRules().getPostingWindow();
            assertThat(window.getTimeZone()).isNotNull();
            assertThat(window.getStartTime()).isBefore(window.getEndTime());
        });
    }

    // ----- Content

    @Test
    void theQuarterHoldsBetweenSixtyAndNinetyItems() {
        assertThat(items()).hasSizeBetween(60, 90);
    }

    @Test
    void itemsAreInTheScheduleOfTheirMonth() {
        assertThat(plan.getSchedules()).filteredOn(schedule -> schedule.getMonth() != null).allSatisfy(
                schedule -> assertThat(schedule.getItems()).isNotEmpty().allSatisfy(item -> assertThat(
                        YearMonth.from(item.getScheduledAt()).toString()).isEqualTo(schedule.getMonth())));
        assertThat(map(plan.getSchedules(), Schedule::getMonth))
                .containsExactly("2027-01", "2027-02", "2027-03", null);
    }

    @Test
    void backlogItemsHaveNoDateAndNoZone() {
        Schedule backlog = plan.getSchedules().get(plan.getSchedules().size() - 1);

        assertThat(backlog.getItems()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.getScheduledAt()).isNull();
            assertThat(item.getTimeZone()).isNull();
        });
    }

    @Test
    void scheduledItemsFallInTheFirstQuarterOf2027InTheZoneOfTheirLanguage() {
        assertThat(scheduledItems()).allSatisfy(item -> {
            assertThat(item.getScheduledAt().toLocalDate()).isBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
            assertThat(item.getTimeZone())
                    .isEqualTo(ZoneId.of("fr".equals(item.getLanguage()) ? "Europe/Paris" : "Europe/London"));
        });
    }

    @Test
    void itemsAreWrittenInEnglishAndFrench() {
        assertThat(map(items(), ContentItem::getLanguage)).containsOnly("en-GB", "fr").contains("en-GB", "fr");
    }

    @Test
    void itemsGoThroughEveryStatusAndEveryCategory() {
        assertThat(map(items(), ContentItem::getStatus)).contains(ContentStatus.values());
        assertThat(map(items(), item -> item.getCategory()))
                .containsAll(plan.getStrategy().getContentCategories());
    }

    @Test
    void everyItemHasACellACategoryAndVariants() {
        assertThat(items()).allSatisfy(item -> {
            assertThat(item.getCell()).isNotNull();
            assertThat(item.getCategory()).isNotNull();
            assertThat(item.getVariants()).isNotEmpty();
        });
    }

    @Test
    void approvedScheduledAndPublishedItemsHaveAReviewerOtherThanTheirAssignee() {
        assertThat(items()).filteredOn(item -> SampleItems.REVIEWED.contains(item.getStatus())).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getReviewer()).isNotNull().isNotSameAs(item.getAssignee()));
    }

    @Test
    void assigneesAndReviewersBelongToTheCellsTeam() {
        assertThat(items()).allSatisfy(item -> {
            assertThat(item.getCell().getTeam().getMembers()).contains(item.getAssignee());
            if (item.getReviewer() != null) {
                assertThat(item.getCell().getTeam().getMembers()).contains(item.getReviewer());
            }
        });
    }

    @Test
    void campaignItemsFallInsideTheirCampaignAndItsCells() {
        assertThat(scheduledItems()).filteredOn(item -> item.getCampaign() != null).isNotEmpty().allSatisfy(item -> {
            assertThat(item.getScheduledAt().toLocalDate()).isBetween(item.getCampaign().getStartDate(),
                    item.getCampaign().getEndDate());
            assertThat(item.getCampaign().getCells()).contains(item.getCell());
        });
    }

    @Test
    void itemsHaveTagsAndSomeHaveComments() {
        assertThat(items()).allSatisfy(item -> assertThat(item.getTags()).isNotEmpty());
        assertThat(items()).anySatisfy(item -> assertThat(item.getComments()).isNotEmpty());
        assertThat(items().stream().flatMap(item -> item.getComments().stream())).allSatisfy(comment -> {
            assertThat(comment.getAuthor()).isNotBlank();
            assertThat(comment.getTime()).isNotNull();
            assertThat(comment.getText()).isNotBlank();
        });
    }

    // ----- Variants against their channel's rules

    @Test
    void variantsGoOnlyToChannelsOfTheirCellInTheirLanguage() {
        assertThat(items()).allSatisfy(item -> assertThat(item.getVariants()).allSatisfy(variant -> {
            assertThat(item.getCell().getChannels()).contains(variant.getChannel());
            String language = variant.getChannel().getLanguage();
            assertThat(language == null || language.isEmpty() || language.equals(item.getLanguage())).isTrue();
        }));
    }

    @Test
    void variantTextsFitTheirChannelsMaximumLength() {
        assertThat(variants()).allSatisfy(variant -> {
            int max = variant.getChannel().getRules().getMaxTextLength();
            assertThat(variant.getText()).isNotBlank();
            if (max > 0) {
                assertThat(variant.getText().length()).as(variant.getText()).isLessThanOrEqualTo(max);
            }
        });
    }

    @Test
    void variantTextsStayWithinTheirChannelsHashtagLimit() {
        assertThat(variants()).allSatisfy(variant -> {
            int max = variant.getChannel().getRules().getMaxHashtags();
            if (max >= 0) {
                assertThat(hashtags(variant.getText())).isLessThanOrEqualTo(max);
            }
        });
        assertThat(variants()).anyMatch(variant -> hashtags(variant.getText()) > 0);
    }

    @Test
    void variantsOnChannelsThatRequireMediaHaveMedia() {
        assertThat(variants()).filteredOn(variant -> variant.getChannel().getRules().getMedia() == MediaPolicy.REQUIRED)
                .isNotEmpty().allSatisfy(variant -> assertThat(variant.getMedia()).isNotEmpty());
    }

    @Test
    void variantsOnChannelsWithoutClickableLinksHaveNoLinkAnywhere() {
        assertThat(variants()).filteredOn(variant -> !variant.getChannel().getRules().isLinksAllowed()).isNotEmpty()
                .allSatisfy(variant -> {
                    assertThat(variant.getLink()).isNull();
                    assertThat(URL.matcher(variant.getText()).find()).as(variant.getText()).isFalse();
                });
    }

    @Test
    void itemsAreScheduledInsideEveryChannelsPostingWindow() {
        assertThat(scheduledItems()).allSatisfy(item -> assertThat(item.getVariants()).allSatisfy(
                variant -> assertThat(fits(variant.getChannel(), item.getScheduledAt(), item.getTimeZone()))
                        .as(item.getTitle() + " at " + item.getScheduledAt() + " on " + variant.getChannel().getName())
                        .isTrue()));
    }

    // ----- Recurrences

    @Test
    void someItemsRecurWeeklyAndMonthlyWithExceptionsAndOverrides() {
        var recurrences = items().stream().map(ContentItem::getRecurrence).filter(r -> r != null).toList();

        assertThat(map(recurrences, r -> r.getFrequency().getName())).contains("WEEKLY", "MONTHLY");
        assertThat(recurrences).anySatisfy(r -> assertThat(r.getExceptionDates()).isNotEmpty());
        assertThat(recurrences).anySatisfy(r -> assertThat(r.getOverrides()).isNotEmpty());
        assertThat(recurrences).allSatisfy(r -> assertThat(r.getCount() > 0 || r.getUntil() != null).isTrue());
    }

    @Test
    void everyOccurrenceOfARecurringItemFitsItsChannelsPostingWindows() {
        List<ContentItem> recurring = scheduledItems().stream().filter(item -> item.getRecurrence() != null).toList();

        assertThat(recurring).isNotEmpty().allSatisfy(item -> assertThat(occurrences(item)).hasSizeGreaterThan(2)
                .allSatisfy(at -> assertThat(item.getVariants()).allSatisfy(variant -> assertThat(
                        fits(variant.getChannel(), at, item.getTimeZone())).as(item.getTitle() + " at " + at).isTrue())));
    }

    @Test
    void overridesOfOccurrencesNameARuleDateAndMoveInsideTheWindows() {
        assertThat(scheduledItems()).filteredOn(item -> item.getRecurrence() != null).allSatisfy(item -> {
            List<LocalDate> ruleDates = occurrences(item).stream().map(LocalDateTime::toLocalDate).toList();
            for (OccurrenceOverride override : item.getRecurrence().getOverrides()) {
                assertThat(ruleDates).contains(override.getOriginalDate());
                if (override.getScheduledAt() != null) {
                    assertThat(item.getVariants()).allSatisfy(variant -> assertThat(
                            fits(variant.getChannel(), override.getScheduledAt(), item.getTimeZone())).isTrue());
                }
            }
        });
    }

    // ----- Listening

    @Test
    void listeningSourcesArePoliteAndPointAtPublicCommunities() {
        var sources = plan.getListening().getSources();

        assertThat(map(sources, source -> source.getUrl())).contains("https://community.giffgaff.com/",
                "https://community.sky.com/", "https://community.virginmedia.com/");
        assertThat(sources).allSatisfy(source -> {
            assertThat(source.getPolitenessDelayMillis()).isGreaterThanOrEqualTo(1000);
            assertThat(source.getMaxPages()).isPositive();
            assertThat(source.getUrl()).startsWith("https://");
            Stream.concat(source.getIncludePatterns().stream(), source.getExcludePatterns().stream())
                    .forEach(Pattern::compile);
        });
        assertThat(map(sources, source -> source.getKind().getName())).contains("FORUM", "BLOG", "FEED",
                "SITEMAP", "PAGE");
    }

    @Test
    void listeningQueriesTagBrandsProductsCompetitorsThePartnerAndTopicsInBothLanguages() {
        var queries = plan.getListening().getQueries();

        assertThat(map(queries, query -> query.getTag())).contains(QueryTag.BRAND, QueryTag.PRODUCT,
                QueryTag.COMPETITOR, QueryTag.PARTNER, QueryTag.TOPIC);
        assertThat(map(queries, query -> query.getLanguage())).contains("en", "fr");
        assertThat(queries).allSatisfy(query -> {
            assertThat(query.getExpression()).isNotBlank();
            assertThat(query.getTarget()).isNotNull();
        });
    }

    // ----- Helpers

    private List<ContentItem> items() {
        return plan.getSchedules().stream().flatMap(schedule -> schedule.getItems().stream()).toList();
    }

    private List<ContentItem> scheduledItems() {
        return items().stream().filter(item -> item.getScheduledAt() != null).toList();
    }

    private List<ChannelVariant> variants() {
        return items().stream().flatMap(item -> item.getVariants().stream()).toList();
    }

    private ChannelRules rulesOf(Network network) {
        return plan.getChannels().getChannels().stream().filter(channel -> channel.getNetwork() == network)
                .findFirst().orElseThrow().getRules();
    }

    /** Maps with streams: AssertJ's {@code extracting} needs a package the fragment does not import. */
    private static <T, R> List<R> map(List<T> list, Function<T, R> function) {
        return list.stream().map(function).toList();
    }

    private static int hashtags(String text) {
        Matcher matcher = HASHTAG.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Written apart from the sample's own slot finder, so that one cannot hide a mistake of the other. */
    private boolean fits(Channel channel, LocalDateTime at, ZoneId zone) {
        PostingWindow window = channel.getRules().getPostingWindow();
        ZoneId windowZone = window.getTimeZone() != null ? window.getTimeZone() : plan.getTimeZone();
        ZonedDateTime there = at.atZone(zone).withZoneSameInstant(windowZone);
        boolean day = window.getDays().isEmpty() || window.getDays().contains(there.getDayOfWeek());
        return day && !there.toLocalTime().isBefore(window.getStartTime())
                && there.toLocalTime().isBefore(window.getEndTime());
    }

    /** The rule's occurrences without exception dates: enough of RRULE for the sample's one-weekday series. */
    private static List<LocalDateTime> occurrences(ContentItem item) {
        var rule = item.getRecurrence();
        LocalDateTime first = item.getScheduledAt();
        LocalDate last = rule.getUntil() != null ? rule.getUntil() : first.toLocalDate().plusYears(1);
        int limit = rule.getCount() > 0 ? rule.getCount() : Integer.MAX_VALUE;
        List<LocalDateTime> result = new ArrayList<>();
        // As in RFC 5545, the count includes the occurrences that exception dates then remove.
        for (int step = 0; step < limit; step++) {
            LocalDateTime at = switch (rule.getFrequency()) {
                case DAILY -> first.plusDays((long) step * rule.getInterval());
                case WEEKLY -> first.plusWeeks((long) step * rule.getInterval());
                case MONTHLY -> first.plusMonths((long) step * rule.getInterval());
            };
            if (at.toLocalDate().isAfter(last)) {
                break;
            }
            if (!rule.getExceptionDates().contains(at.toLocalDate())) {
                result.add(at);
            }
        }
        return result;
    }

    private static List<EObject> objects(Plan plan) {
        List<EObject> objects = new ArrayList<>();
        objects.add(plan);
        List<EObject> roots = new ArrayList<>(List.of(plan.getStrategy(), plan.getMatrix(), plan.getChannels(),
                plan.getListening()));
        roots.addAll(plan.getSchedules());
        for (EObject root : roots) {
            objects.add(root);
            root.eAllContents().forEachRemaining(objects::add);
        }
        return objects;
    }

    private static List<String> ids(Plan plan) {
        return objects(plan).stream().map(object -> ((Identified) object).getId()).toList();
    }
}
