package org.parley.core.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.ConversationCell;
import org.parley.model.Matrix;
import org.parley.model.ParleyFactory;
import org.parley.model.Priority;

/**
 * The sample's conversation matrix. Customer service owns the most critical cells, as it does at
 * giffgaff, Sky and Virgin Media; every team and customer group has a cell and every topic is covered.
 * A cell's key is {@code team/group}.
 */
final class SampleMatrix {

    final Matrix matrix = SampleIds.identify(ParleyFactory.eINSTANCE.createMatrix(), "matrix");
    private final Map<String, ConversationCell> cells = new LinkedHashMap<>();
    private final SampleStrategy strategy;
    private final SampleChannels channels;

    SampleMatrix(SampleStrategy strategy, SampleChannels channels) {
        this.strategy = strategy;
        this.channels = channels;
        addServiceCells();
        addMarketingAndSalesCells();
        addProductAndCommunityCells();
        addCareersAndPressCells();
    }

    private void addServiceCells() {
        cell("service/members", "tom-baker", Priority.CRITICAL,
                "Answer within the hour and solve at first contact.", "Warm, plain English, owning the problem",
                topics("billing", "refunds", "contract", "outage", "speed", "roaming", "cancellation"),
                channels("x", "facebook", "forum"), kpis("response-time", "negative-rate", "sentiment"));
        cell("service/french-members", "claire-dubois", Priority.HIGH,
                "Répondre en français en moins d'une heure.", "Vouvoiement, clair, rassurant",
                topics("billing", "roaming", "cancellation", "outage"),
                channels("x-fr", "facebook-fr", "instagram-fr", "forum"), kpis("response-time", "negative-rate"));
        cell("service/prospects", "amira-khan", Priority.MEDIUM,
                "Take the fear out of switching.", "Reassuring, concrete",
                topics("switching", "esim"), channels("x", "facebook"), kpis("response-time", "engagement-rate"));
    }

    private void addMarketingAndSalesCells() {
        cell("marketing/prospects", "liam-carter", Priority.HIGH,
                "Win switchers from Sky and Virgin Media.", "Cheeky, confident, never mean",
                topics("products", "switching", "handsets", "partnerships"),
                channels("x", "facebook", "instagram", "tiktok", "youtube"), kpis("engagement-rate", "share-of-voice"));
        cell("marketing/fans", "liam-carter", Priority.MEDIUM,
                "Give fans something to share.", "Playful",
                topics("products", "partnerships", "esim"), channels("x", "instagram", "tiktok", "youtube"),
                kpis("engagement-rate", "sentiment"));
        cell("marketing/french-members", "sophie-martin", Priority.MEDIUM,
                "Faire connaître les offres aux membres francophones.", "Complice, léger",
                topics("products", "roaming", "partnerships"), channels("x-fr", "facebook-fr", "instagram-fr"),
                kpis("engagement-rate"));
        cell("sales/prospects", "priya-shah", Priority.HIGH,
                "Sell refurbished phones with a goodybag.", "Helpful, value-led",
                topics("handsets", "products", "switching"), channels("facebook", "instagram", "x", "newsletter"),
                kpis("engagement-rate", "share-of-voice"));
        cell("sales/lovers", "priya-shah", Priority.LOW,
                "Offer loyal members a fair upgrade.", "Grateful, personal",
                topics("handsets"), channels("newsletter", "facebook"), kpis("engagement-rate"));
        cell("sales/partners", "daniel-evans", Priority.MEDIUM,
                "Grow the members' perks programme.", "Businesslike, warm",
                topics("partnerships"), channels("linkedin", "newsletter"), kpis("engagement-rate"));
    }

    private void addProductAndCommunityCells() {
        cell("product/members", "raj-patel", Priority.MEDIUM,
                "Explain the network and what changes, before members ask.", "Transparent, technical made simple",
                topics("network", "speed", "esim", "handsets"), channels("blog", "forum", "newsletter", "x"),
                kpis("sentiment", "negative-rate", "outage-volume"));
        cell("product/advocates", "hannah-lee", Priority.MEDIUM,
                "Turn helpers' feedback into product changes.", "Collegial",
                topics("network", "esim", "handsets"), channels("forum", "blog"), kpis("engagement-rate", "sentiment"));
        cell("community/advocates", "ellie-morgan", Priority.HIGH,
                "Keep the helpers answering and thank them.", "Peer to peer, appreciative",
                topics("community", "handsets", "esim"), channels("forum", "youtube", "newsletter"),
                kpis("engagement-rate", "response-time"));
        cell("community/lovers", "sam-wright", Priority.MEDIUM,
                "Celebrate members who stay.", "Affectionate",
                topics("community", "products"), channels("forum", "instagram", "newsletter", "facebook"),
                kpis("engagement-rate", "sentiment"));
        cell("community/french-members", "lucas-bernard", Priority.LOW,
                "Animer l'entraide en français.", "Convivial",
                topics("community"), channels("forum", "facebook-fr"), kpis("engagement-rate"));
    }

    private void addCareersAndPressCells() {
        cell("careers/candidates", "nadia-roberts", Priority.MEDIUM,
                "Fill the spring graduate intake.", "Honest, inclusive",
                topics("careers"), channels("linkedin", "instagram", "tiktok", "blog"),
                kpis("engagement-rate", "sentiment"));
        cell("press/press", "olivia-grant", Priority.HIGH,
                "Be the first and the clearest source on giffgaff news and incidents.", "Factual, quotable",
                topics("announcements", "outage", "network"), channels("linkedin", "x", "blog"),
                kpis("share-of-voice", "sentiment", "outage-volume"));
        cell("press/partners", "marc-lefevre", Priority.LOW,
                "Announce partnerships together with partners.", "Factual",
                topics("partnerships", "announcements"), channels("linkedin", "blog"), kpis("share-of-voice"));
    }

    ConversationCell get(String key) {
        return SampleBrands.required(cells, key);
    }

    private void cell(String key, String ownerKey, Priority priority, String goal, String tone,
            List<String> topicKeys, List<String> channelKeys, List<String> kpiKeys) {
        String[] teamAndGroup = key.split("/");
        ConversationCell cell = SampleIds.identify(ParleyFactory.eINSTANCE.createConversationCell(), "cell/" + key);
        cell.setTeam(strategy.organisation.team(teamAndGroup[0]));
        cell.setCustomerGroup(strategy.organisation.group(teamAndGroup[1]));
        cell.setOwner(strategy.organisation.member(ownerKey));
        cell.setPriority(priority);
        cell.setGoal(goal);
        cell.setTone(tone);
        topicKeys.forEach(topic -> cell.getTopics().add(strategy.topics.get(topic)));
        channelKeys.forEach(channel -> cell.getChannels().add(channels.get(channel)));
        kpiKeys.forEach(kpi -> cell.getKpis().add(strategy.kpi(kpi)));
        matrix.getCells().add(cell);
        cells.put(key, cell);
    }

    private static List<String> topics(String... keys) {
        return List.of(keys);
    }

    private static List<String> channels(String... keys) {
        return List.of(keys);
    }

    private static List<String> kpis(String... keys) {
        return List.of(keys);
    }
}
