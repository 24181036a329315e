package org.parley.core.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parley.model.BreachAction;
import org.parley.model.ContentCategory;
import org.parley.model.ContentCategoryKind;
import org.parley.model.Kpi;
import org.parley.model.KpiMetric;
import org.parley.model.ParleyFactory;
import org.parley.model.Strategy;
import org.parley.model.ThresholdDirection;

/**
 * The sample's strategy: brands, teams, customer groups and topics from their own builders, plus the
 * content categories and the KPIs with their thresholds and breach actions. Campaigns come later,
 * once the matrix has the cells they work in.
 */
final class SampleStrategy {

    final SampleBrands brands = new SampleBrands();
    final SampleOrganisation organisation = new SampleOrganisation();
    final SampleTopics topics = new SampleTopics();
    final Strategy strategy = SampleIds.identify(ParleyFactory.eINSTANCE.createStrategy(), "strategy");

    private final Map<String, ContentCategory> categories = new LinkedHashMap<>();
    private final Map<String, Kpi> kpis = new LinkedHashMap<>();

    SampleStrategy() {
        strategy.getBrands().addAll(brands.all());
        strategy.getTeams().addAll(organisation.teams());
        strategy.getCustomerGroups().addAll(organisation.groups());
        strategy.getTopics().addAll(topics.all());
        addCategories();
        addKpis();
    }

    private void addCategories() {
        category("learn", "Learn & improve", ContentCategoryKind.LEARN_AND_IMPROVE, "#2E7D32",
                "How-tos and tips that make members better at using their phone and plan.");
        category("explore", "Explore & discover", ContentCategoryKind.EXPLORE_AND_DISCOVER, "#1565C0",
                "New products, perks, stories and places to go.");
        category("qa", "Question & answer", ContentCategoryKind.QUESTION_AND_ANSWER, "#F9A825",
                "Answers to what members ask most, often picked from the community.");
        // The one category the team added itself: network status and incident follow-ups.
        category("service-update", "Service update", ContentCategoryKind.USER_DEFINED, "#C62828",
                "Network status, incidents and what was done about them.");
    }

    private void addKpis() {
        kpi("negative-rate", "Negative rate", KpiMetric.NEGATIVE_RATE, 15, ThresholdDirection.AT_MOST, "%",
                BreachAction.MODERATE);
        kpi("response-time", "First response time", KpiMetric.RESPONSE_TIME, 60, ThresholdDirection.AT_MOST, "min",
                BreachAction.ESCALATE);
        kpi("engagement-rate", "Engagement rate", KpiMetric.ENGAGEMENT_RATE, 2, ThresholdDirection.AT_LEAST, "%",
                BreachAction.EDITORIAL);
        kpi("share-of-voice", "Share of voice against Sky and Virgin Media", KpiMetric.SHARE_OF_VOICE, 25,
                ThresholdDirection.AT_LEAST, "%", BreachAction.EDITORIAL);
        kpi("sentiment", "Sentiment score", KpiMetric.SENTIMENT_SCORE, 0.2, ThresholdDirection.AT_LEAST, "score",
                BreachAction.ESCALATE);
        kpi("outage-volume", "Outage mentions per day", KpiMetric.VOLUME, 200, ThresholdDirection.AT_MOST,
                "mentions/day", BreachAction.ESCALATE);
    }

    ContentCategory category(String key) {
        return SampleBrands.required(categories, key);
    }

    Kpi kpi(String key) {
        return SampleBrands.required(kpis, key);
    }

    private void category(String key, String name, ContentCategoryKind kind, String colour, String description) {
        ContentCategory category = SampleIds.identify(ParleyFactory.eINSTANCE.createContentCategory(),
                "category/" + key);
        category.setName(name);
        category.setKind(kind);
        category.setColour(colour);
        category.setDescription(description);
        strategy.getContentCategories().add(category);
        categories.put(key, category);
    }

    private void kpi(String key, String name, KpiMetric metric, double threshold, ThresholdDirection direction,
            String unit, BreachAction action) {
        Kpi kpi = SampleIds.identify(ParleyFactory.eINSTANCE.createKpi(), "kpi/" + key);
        kpi.setName(name);
        kpi.setMetric(metric);
        kpi.setThreshold(threshold);
        kpi.setDirection(direction);
        kpi.setUnit(unit);
        kpi.setActionOnBreach(action);
        strategy.getKpis().add(kpi);
        kpis.put(key, kpi);
    }
}
