package org.parley.core.sample;

import java.time.ZoneId;

import org.parley.model.ParleyFactory;
import org.parley.model.Plan;

/**
 * A realistic, complete sample plan to try Parley with and to test against: giffgaff's conversations
 * in the first quarter of 2027, with Sky and Virgin Media as competitors and Starbucks as a partner.
 * <p>
 * Every object has an id derived from a stable key and every date is fixed, so two creations are
 * equal and a saved sample diffs cleanly. The sample keeps the rules a validator checks: variants fit
 * their channels, every item is scheduled in its channels' posting windows, the matrix covers every
 * team, customer group and topic.
 */
public final class SampleProject {

    private SampleProject() {
    }

    /** Creates a new sample plan with all its aggregates and schedules. */
    public static Plan create() {
        SampleStrategy strategy = new SampleStrategy();
        SampleChannels channels = new SampleChannels(strategy.brands.get("giffgaff"));
        SampleMatrix matrix = new SampleMatrix(strategy, channels);
        SampleCampaigns campaigns = new SampleCampaigns(strategy, matrix);
        SampleItems items = new SampleItems(strategy, channels, matrix, campaigns);

        Plan plan = SampleIds.identify(ParleyFactory.eINSTANCE.createPlan(), "plan");
        plan.setName("giffgaff conversations, Q1 2027");
        plan.setDescription("Sample plan: giffgaff's teams and the customer groups they talk to, with Sky and "
                + "Virgin Media as competitors and Starbucks as a perks partner. Fictional people and figures.");
        plan.setTimeZone(ZoneId.of("Europe/London"));
        plan.getLanguages().add("en-GB");
        plan.getLanguages().add("fr");
        plan.setStrategy(strategy.strategy);
        plan.setMatrix(matrix.matrix);
        plan.setChannels(channels.catalog);
        plan.setListening(new SampleListening(strategy).listening);
        plan.getSchedules().addAll(new SampleCalendar(items, channels, campaigns).schedules());
        return plan;
    }
}
