package org.parley.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.Identified;
import org.parley.model.MediaPolicy;
import org.parley.model.Plan;
import org.parley.model.Schedule;

class LargeProjectGeneratorTest {

    private static final Plan BENCHMARK = LargeProjectGenerator.generate(500, 20_000, 5, 42);

    @Test
    void givesTheRequestedNumbersOfCellsAndItems() {
        assertThat(BENCHMARK.getMatrix().getCells()).hasSize(500);
        assertThat(items(BENCHMARK)).hasSize(20_000);
    }

    @Test
    void splitsFiveHundredCellsIntoTwentyFiveTeamsByTwentyGroups() {
        assertThat(BENCHMARK.getStrategy().getTeams()).hasSize(25);
        assertThat(BENCHMARK.getStrategy().getCustomerGroups()).hasSize(20);
    }

    @Test
    void spreadsItemsOverOneScheduleForEachMonthOfTheRequestedYears() {
        List<String> months = BENCHMARK.getSchedules().stream().map(Schedule::getMonth).filter(m -> m != null).toList();

        assertThat(months).hasSize(60).doesNotHaveDuplicates().startsWith("2027-01").endsWith("2031-12");
    }

    @Test
    void putsEveryScheduledItemInTheScheduleOfItsMonth() {
        assertThat(BENCHMARK.getSchedules()).filteredOn(schedule -> schedule.getMonth() != null)
                .allSatisfy(schedule -> assertThat(schedule.getItems()).allSatisfy(item -> assertThat(
                        YearMonth.from(item.getScheduledAt()).toString()).isEqualTo(schedule.getMonth())));
    }

    @Test
    void keepsAFewItemsInTheBacklog() {
        Schedule backlog = BENCHMARK.getSchedules().get(BENCHMARK.getSchedules().size() - 1);

        assertThat(backlog.getMonth()).isNull();
        assertThat(backlog.getItems()).hasSize(200).allSatisfy(item -> assertThat(item.getScheduledAt()).isNull());
    }

    @Test
    void givesItemsVariantsCommentsAndSomeRecurrences() {
        List<ContentItem> items = items(BENCHMARK);

        assertThat(items).allSatisfy(item -> assertThat(item.getVariants()).isNotEmpty());
        assertThat(items.stream().filter(item -> !item.getComments().isEmpty()).count()).isGreaterThan(2_000);
        assertThat(items.stream().filter(item -> item.getRecurrence() != null).count()).isBetween(100L, 1_000L);
    }

    @Test
    void givesEachQuarterACampaignWithValidDatesAndCells() {
        assertThat(BENCHMARK.getStrategy().getCampaigns()).hasSize(20).allSatisfy(campaign -> {
            assertThat(campaign.getEndDate()).isAfter(campaign.getStartDate());
            assertThat(campaign.getCells()).isNotEmpty();
        });
    }

    @Test
    void listensForEveryTopicPolitely() {
        assertThat(BENCHMARK.getListening().getQueries()).hasSize(BENCHMARK.getStrategy().getTopics().size())
                .allSatisfy(query -> assertThat(query.getExpression()).isNotBlank());
        assertThat(BENCHMARK.getListening().getSources()).isNotEmpty()
                .allSatisfy(source -> assertThat(source.getPolitenessDelayMillis()).isGreaterThanOrEqualTo(1000));
    }

    @Test
    void givesUniqueIdsToEveryObject() {
        List<String> ids = ids(BENCHMARK);

        assertThat(ids).doesNotContainNull();
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void leadsEveryReferenceToAnObjectOfThePlan() {
        Plan plan = LargeProjectGenerator.generate(60, 2_000, 2, 3);
        Set<EObject> inside = new HashSet<>(objects(plan));

        assertThat(objects(plan)).allSatisfy(object -> assertThat(inside).containsAll(object.eCrossReferences()));
    }

    @Test
    void isDeterministicForASeed() {
        Plan first = LargeProjectGenerator.generate(60, 2_000, 2, 7);
        Plan second = LargeProjectGenerator.generate(60, 2_000, 2, 7);

        assertThat(ids(second)).isEqualTo(ids(first));
        assertThat(EcoreUtil.equals(first.getStrategy(), second.getStrategy())).isTrue();
        assertThat(EcoreUtil.equals(first.getMatrix(), second.getMatrix())).isTrue();
        assertThat(EcoreUtil.equals(first.getChannels(), second.getChannels())).isTrue();
        assertThat(EcoreUtil.equals(first.getListening(), second.getListening())).isTrue();
        assertThat(EcoreUtil.equals(first.getSchedules(), second.getSchedules())).isTrue();
    }

    @Test
    void differsForAnotherSeed() {
        Plan first = LargeProjectGenerator.generate(60, 2_000, 2, 7);
        Plan other = LargeProjectGenerator.generate(60, 2_000, 2, 8);

        assertThat(EcoreUtil.equals(first.getSchedules(), other.getSchedules())).isFalse();
        assertThat(ids(other)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void coversEveryTeamGroupAndTopicEvenForAnUnevenCellCount() {
        Plan plan = LargeProjectGenerator.generate(37, 100, 1, 1);
        Set<Object> teams = new HashSet<>();
        Set<Object> groups = new HashSet<>();
        Set<Object> topics = new HashSet<>();
        plan.getMatrix().getCells().forEach(cell -> {
            teams.add(cell.getTeam());
            groups.add(cell.getCustomerGroup());
            topics.addAll(cell.getTopics());
        });

        assertThat(plan.getMatrix().getCells()).hasSize(37);
        assertThat(teams).containsAll(plan.getStrategy().getTeams());
        assertThat(groups).containsAll(plan.getStrategy().getCustomerGroups());
        assertThat(topics).containsAll(plan.getStrategy().getTopics());
    }

    @Test
    void keepsEveryVariantWithinItsChannelsRules() {
        List<ChannelVariant> variants = items(BENCHMARK).stream().flatMap(item -> item.getVariants().stream()).toList();

        assertThat(variants).allSatisfy(variant -> {
            var rules = variant.getChannel().getRules();
            if (rules.getMaxTextLength() > 0) {
                assertThat(variant.getText().length()).isLessThanOrEqualTo(rules.getMaxTextLength());
            }
            if (rules.getMedia() == MediaPolicy.REQUIRED) {
                assertThat(variant.getMedia()).isNotEmpty();
            }
            if (!rules.isLinksAllowed()) {
                assertThat(variant.getLink()).isNull();
            }
        });
    }

    @Test
    void givesReviewedItemsAReviewer() {
        assertThat(items(BENCHMARK)).filteredOn(item -> SampleItems.REVIEWED.contains(item.getStatus())).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getReviewer()).isNotNull());
    }

    @Test
    void generatesTheBenchmarkPlanInAFewSeconds() {
        long start = System.nanoTime();
        LargeProjectGenerator.generate(500, 20_000, 5, 43);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rejectsAPlanWithoutCells() {
        assertThatIllegalArgumentException().isThrownBy(() -> LargeProjectGenerator.generate(0, 10, 1, 1));
    }

    private static List<ContentItem> items(Plan plan) {
        return plan.getSchedules().stream().flatMap(schedule -> schedule.getItems().stream()).toList();
    }

    private static List<EObject> objects(Plan plan) {
        List<EObject> roots = new ArrayList<>(List.of(plan.getStrategy(), plan.getMatrix(), plan.getChannels(),
                plan.getListening()));
        roots.addAll(plan.getSchedules());
        List<EObject> objects = new ArrayList<>();
        objects.add(plan);
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
