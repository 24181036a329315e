package org.parley.core.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.parley.model.Brand;
import org.parley.model.BrandKind;
import org.parley.model.Campaign;
import org.parley.model.Channel;
import org.parley.model.ChannelCatalog;
import org.parley.model.ChannelRules;
import org.parley.model.ContentCategory;
import org.parley.model.ContentCategoryKind;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerStage;
import org.parley.model.Kpi;
import org.parley.model.KpiMetric;
import org.parley.model.Listening;
import org.parley.model.ListeningQuery;
import org.parley.model.ListeningSource;
import org.parley.model.Matrix;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Priority;
import org.parley.model.QueryTag;
import org.parley.model.SourceKind;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.TeamFunction;
import org.parley.model.Topic;

/**
 * Generates large plans for benchmarks: for example 500 cells (25 teams by 20 customer groups) and
 * 20,000 content items over five years with variants, comments and some recurrences. The same seed
 * gives the same plan. The plan keeps the sample's rules (texts fit their channels, items sit in the
 * posting windows, every team, group and topic has a cell) so that a validator benchmark measures work,
 * not a flood of findings.
 */
public final class LargeProjectGenerator {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final int MEMBERS_PER_TEAM = 3;
    private static final int MAX_TOPICS = 40;
    private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;

    private LargeProjectGenerator() {
    }

    /**
     * Generates a plan with exactly {@code cells} conversation cells and {@code items} content items
     * (about one in a hundred in the backlog) spread over {@code years} years from 2027.
     *
     * @throws IllegalArgumentException when a count is not positive
     */
    public static Plan generate(int cells, int items, int years, long seed) {
        if (cells < 1 || items < 0 || years < 1) {
            throw new IllegalArgumentException(
                    "Need at least one cell and one year and no negative items: " + cells + ", " + items + ", " + years);
        }
        int groupCount = Math.max(1, (int) Math.round(Math.sqrt(cells * 0.8)));
        int teamCount = (cells + groupCount - 1) / groupCount;
        return generate(teamCount, groupCount, cells, items, years, seed);
    }

    /**
     * Generates a plan with {@code teams} × {@code groups} teams and customer groups, each pair with a cell, and
     * {@code items} content items over {@code years} years: the full matrix, for the matrix benchmark.
     */
    public static Plan generateGrid(int teams, int groups, int items, int years, long seed) {
        if (teams < 1 || groups < 1 || items < 0 || years < 1) {
            throw new IllegalArgumentException("Need at least one team, group and year and no negative items: " + teams
                    + ", " + groups + ", " + items + ", " + years);
        }
        return generate(teams, groups, teams * groups, items, years, seed);
    }

    private static Plan generate(int teamCount, int groupCount, int cells, int items, int years, long seed) {
        SeededIds ids = new SeededIds(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);

        Plan plan = ids.identify(FACTORY.createPlan());
        plan.setName("Generated plan: " + cells + " cells, " + items + " items, " + years + " years (seed " + seed + ")");
        plan.setTimeZone(ZONE);
        plan.getLanguages().add("en-GB");
        plan.getLanguages().add("fr");
        Strategy strategy = strategy(ids, teamCount, groupCount, Math.min(MAX_TOPICS, cells));
        ChannelCatalog channels = channels(ids);
        Matrix matrix = matrix(ids, random, strategy, channels, cells);
        plan.setStrategy(strategy);
        plan.setChannels(channels);
        plan.setMatrix(matrix);
        addCampaigns(ids, strategy, matrix, years);
        plan.setListening(listening(ids, strategy));
        plan.getSchedules().addAll(new LargeCalendar(ids, random, strategy, matrix).schedules(items, years));
        return plan;
    }

    private static Strategy strategy(SeededIds ids, int teamCount, int groupCount, int topicCount) {
        Strategy strategy = ids.identify(FACTORY.createStrategy());
        for (BrandKind kind : BrandKind.values()) {
            var brand = ids.identify(FACTORY.createBrand());
            brand.setName("Brand " + kind.getLiteral().toLowerCase());
            brand.setKind(kind);
            strategy.getBrands().add(brand);
        }
        TeamFunction[] functions = TeamFunction.values();
        for (int t = 0; t < teamCount; t++) {
            Team team = ids.identify(FACTORY.createTeam());
            team.setName("Team " + (t + 1));
            team.setFunction(functions[t % functions.length]);
            for (int m = 0; m < MEMBERS_PER_TEAM; m++) {
                var member = ids.identify(FACTORY.createMember());
                member.setName("Member " + (t + 1) + "." + (m + 1));
                team.getMembers().add(member);
            }
            strategy.getTeams().add(team);
        }
        CustomerStage[] stages = CustomerStage.values();
        for (int g = 0; g < groupCount; g++) {
            var group = ids.identify(FACTORY.createCustomerGroup());
            group.setName("Group " + (g + 1));
            group.setStage(stages[g % stages.length]);
            strategy.getCustomerGroups().add(group);
        }
        addTopics(ids, strategy, topicCount);
        addCategoriesAndKpis(ids, strategy);
        return strategy;
    }

    /** Topics in a two-level tree: every fifth topic is a root, the four after it its children. */
    private static void addTopics(SeededIds ids, Strategy strategy, int topicCount) {
        Topic root = null;
        for (int i = 0; i < topicCount; i++) {
            Topic topic = ids.identify(FACTORY.createTopic());
            topic.setName("Topic " + (i + 1));
            topic.getKeywords().add("keyword" + (i + 1));
            topic.getKeywords().add("mot" + (i + 1));
            if (i % 5 == 0) {
                root = topic;
            } else {
                topic.setParent(root);
            }
            strategy.getTopics().add(topic);
        }
    }

    private static void addCategoriesAndKpis(SeededIds ids, Strategy strategy) {
        for (ContentCategoryKind kind : ContentCategoryKind.values()) {
            ContentCategory category = ids.identify(FACTORY.createContentCategory());
            category.setName(kind.getLiteral());
            category.setKind(kind);
            strategy.getContentCategories().add(category);
        }
        for (KpiMetric metric : KpiMetric.values()) {
            Kpi kpi = ids.identify(FACTORY.createKpi());
            kpi.setName(metric.getLiteral());
            kpi.setMetric(metric);
            kpi.setThreshold(15);
            strategy.getKpis().add(kpi);
        }
    }

    /** One campaign per quarter, each working in a handful of cells. */
    private static void addCampaigns(SeededIds ids, Strategy strategy, Matrix matrix, int years) {
        List<ConversationCell> cells = matrix.getCells();
        for (int quarter = 0; quarter < years * 4; quarter++) {
            Campaign campaign = ids.identify(FACTORY.createCampaign());
            LocalDate start = LargeCalendar.FIRST_DAY.plusMonths(3L * quarter);
            campaign.setName("Campaign " + (quarter + 1));
            campaign.setStartDate(start);
            campaign.setEndDate(start.plusMonths(3).minusDays(1));
            for (int c = 0; c < Math.min(5, cells.size()); c++) {
                campaign.getCells().add(cells.get((quarter * 5 + c) % cells.size()));
            }
            strategy.getCampaigns().add(campaign);
        }
    }

    /** A forum source per brand and a query per topic, for benchmarks of the listening side. */
    private static Listening listening(SeededIds ids, Strategy strategy) {
        Listening listening = ids.identify(FACTORY.createListening());
        for (Brand brand : strategy.getBrands()) {
            ListeningSource source = ids.identify(FACTORY.createListeningSource());
            source.setName(brand.getName() + " forum");
            source.setKind(SourceKind.FORUM);
            source.setUrl("https://forum.example/" + brand.getKind().getLiteral().toLowerCase() + "/");
            source.setPolitenessDelayMillis(1000);
            listening.getSources().add(source);
        }
        for (Topic topic : strategy.getTopics()) {
            ListeningQuery query = ids.identify(FACTORY.createListeningQuery());
            query.setName(topic.getName());
            query.setExpression(String.join(" OR ", topic.getKeywords()));
            query.setTag(QueryTag.TOPIC);
            query.setTarget(topic);
            listening.getQueries().add(query);
        }
        return listening;
    }

    /** One account per network, all posting every day from 06:00 to 23:00 so that any generated hour fits. */
    private static ChannelCatalog channels(SeededIds ids) {
        ChannelCatalog catalog = ids.identify(FACTORY.createChannelCatalog());
        for (Network network : List.of(Network.XTWITTER, Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN,
                Network.TIKTOK, Network.YOUTUBE, Network.FORUM, Network.BLOG)) {
            Channel channel = ids.identify(FACTORY.createChannel());
            channel.setName(network.getLiteral());
            channel.setNetwork(network);
            ChannelRules rules = ids.identify(FACTORY.createChannelRules());
            rules.setMaxTextLength(switch (network) {
                case XTWITTER -> 280;
                case INSTAGRAM, TIKTOK -> 2_200;
                case LINKEDIN -> 3_000;
                case YOUTUBE -> 5_000;
                case FACEBOOK -> 63_206;
                default -> 0;
            });
            rules.setMaxHashtags(network == Network.INSTAGRAM ? 30 : -1);
            boolean visual = network == Network.INSTAGRAM || network == Network.TIKTOK || network == Network.YOUTUBE;
            rules.setMedia(visual ? MediaPolicy.REQUIRED : MediaPolicy.ALLOWED);
            rules.setLinksAllowed(network != Network.INSTAGRAM && network != Network.TIKTOK);
            var window = ids.identify(FACTORY.createPostingWindow());
            window.setStartTime(LocalTime.of(6, 0));
            window.setEndTime(LocalTime.of(23, 0));
            window.setTimeZone(ZONE);
            rules.setPostingWindow(window);
            channel.setRules(rules);
            catalog.getChannels().add(channel);
        }
        return catalog;
    }

    /** Fills the teams-by-groups grid row by row, so that every group has a cell in the first team. */
    private static Matrix matrix(SeededIds ids, SplittableRandom random, Strategy strategy, ChannelCatalog channels,
            int cellCount) {
        Matrix matrix = ids.identify(FACTORY.createMatrix());
        List<Topic> topics = strategy.getTopics();
        List<Channel> allChannels = channels.getChannels();
        int groupCount = strategy.getCustomerGroups().size();
        Priority[] priorities = Priority.values();
        List<ConversationCell> cells = new ArrayList<>(cellCount);
        for (int i = 0; i < cellCount; i++) {
            Team team = strategy.getTeams().get(i / groupCount);
            ConversationCell cell = ids.identify(FACTORY.createConversationCell());
            cell.setTeam(team);
            cell.setCustomerGroup(strategy.getCustomerGroups().get(i % groupCount));
            cell.setOwner(team.getMembers().get(i % MEMBERS_PER_TEAM));
            cell.setPriority(priorities[random.nextInt(priorities.length)]);
            cell.setGoal("Goal of cell " + (i + 1));
            cell.setTone("Friendly");
            cell.getTopics().add(topics.get(i % topics.size()));
            Topic second = topics.get(random.nextInt(topics.size()));
            if (!cell.getTopics().contains(second)) {
                cell.getTopics().add(second);
            }
            int firstChannel = random.nextInt(allChannels.size());
            for (int c = 0; c < 3; c++) {
                cell.getChannels().add(allChannels.get((firstChannel + c) % allChannels.size()));
            }
            cell.getKpis().add(strategy.getKpis().get(i % strategy.getKpis().size()));
            cells.add(cell);
        }
        matrix.getCells().addAll(cells);
        return matrix;
    }
}
