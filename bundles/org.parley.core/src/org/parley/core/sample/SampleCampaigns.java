package org.parley.core.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Campaign;
import org.parley.model.ParleyFactory;

/** The sample quarter's campaigns, each with valid dates and the cells it works in. */
final class SampleCampaigns {

    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final SampleMatrix matrix;

    SampleCampaigns(SampleStrategy strategy, SampleMatrix matrix) {
        this.matrix = matrix;
        campaign("new-year-switch", "New Year switch", "2027-01-04", "2027-01-31", "#6A1B9A",
                "Win 20,000 switchers from Sky and Virgin Media in January.",
                "marketing/prospects", "sales/prospects", "service/prospects");
        campaign("spring-graduates", "Spring graduate intake", "2027-02-01", "2027-03-12", "#00838F",
                "Fill 30 graduate roles in customer service and engineering.", "careers/candidates");
        campaign("coffee-perks", "Coffee on us, with Starbucks", "2027-02-15", "2027-03-14", "#00704A",
                "Launch the members' Starbucks perk and get it talked about.",
                "marketing/fans", "marketing/french-members", "sales/partners", "press/partners");
        campaign("roaming-easter", "Roaming ready for Easter", "2027-03-01", "2027-03-31", "#EF6C00",
                "Cut roaming questions before the Easter holidays by explaining what is included.",
                "service/members", "service/french-members", "marketing/french-members");
        campaigns.values().forEach(strategy.strategy.getCampaigns()::add);
    }

    Campaign get(String key) {
        return SampleBrands.required(campaigns, key);
    }

    private void campaign(String key, String name, String start, String end, String colour, String goal,
            String... cellKeys) {
        Campaign campaign = SampleIds.identify(ParleyFactory.eINSTANCE.createCampaign(), "campaign/" + key);
        campaign.setName(name);
        campaign.setStartDate(LocalDate.parse(start));
        campaign.setEndDate(LocalDate.parse(end));
        campaign.setColour(colour);
        campaign.setGoal(goal);
        List.of(cellKeys).forEach(cell -> campaign.getCells().add(matrix.get(cell)));
        campaigns.put(key, campaign);
    }
}
