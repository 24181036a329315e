package org.parley.core.sample;

import java.util.List;

import org.parley.model.Listening;
import org.parley.model.ListeningQuery;
import org.parley.model.ListeningSource;
import org.parley.model.Named;
import org.parley.model.ParleyFactory;
import org.parley.model.QueryTag;
import org.parley.model.SourceKind;

/**
 * What the sample listens to: the public communities of giffgaff, Sky and Virgin Media, a blog, a
 * news feed, a sitemap and a status page; and the queries that tag mentions of brands, products,
 * the partner and topics, in English and French. Patterns are regular expressions over the URL.
 */
final class SampleListening {

    final Listening listening = SampleIds.identify(ParleyFactory.eINSTANCE.createListening(), "listening");
    private final SampleStrategy strategy;

    SampleListening(SampleStrategy strategy) {
        this.strategy = strategy;
        addSources();
        addBrandQueries();
        addTopicQueries();
    }

    private void addSources() {
        source("giffgaff-community", "giffgaff community", SourceKind.FORUM, "https://community.giffgaff.com/",
                List.of("^https://community\\.giffgaff\\.com/t5/.*"),
                List.of(".*/user/.*", ".*/kudos/.*", ".*\\?.*sort=.*"), 500, 3, 2000);
        source("sky-community", "Sky Community", SourceKind.FORUM, "https://community.sky.com/",
                List.of("^https://community\\.sky\\.com/t5/.*"), List.of(".*/user/.*", ".*/tag/.*"), 300, 3, 3000);
        source("virgin-community", "Virgin Media Community", SourceKind.FORUM, "https://community.virginmedia.com/",
                List.of("^https://community\\.virginmedia\\.com/t5/.*"), List.of(".*/user/.*", ".*/tag/.*"),
                300, 3, 3000);
        source("giffgaff-blog", "giffgaff blog", SourceKind.BLOG, "https://www.giffgaff.com/blog",
                List.of("^https://www\\.giffgaff\\.com/blog/.*"), List.of(".*/tag/.*"), 100, 2, 1500);
        source("ispreview-feed", "ISPreview news feed", SourceKind.FEED, "https://www.ispreview.co.uk/index.php/feed",
                List.of(), List.of(), 50, 0, 1000);
        source("giffgaff-sitemap", "giffgaff sitemap", SourceKind.SITEMAP, "https://www.giffgaff.com/sitemap.xml",
                List.of("^https://www\\.giffgaff\\.com/(help|roaming|esim)/.*"), List.of(".*/checkout/.*"), 200, 1, 2000);
        source("sky-status", "Sky service status", SourceKind.PAGE, "https://www.sky.com/service-status",
                List.of(), List.of(), 1, 0, 5000);
    }

    private void addBrandQueries() {
        query("giffgaff", "giffgaff (brand)", "giffgaff OR \"giff gaff\" OR @giffgaff", "", QueryTag.BRAND,
                strategy.brands.get("giffgaff"));
        query("goodybags", "goodybags", "goodybag OR \"goody bag\" OR \"golden goodybag\"", "", QueryTag.PRODUCT,
                strategy.brands.product("goodybags"));
        query("sky", "Sky (competitor)", "(\"Sky Broadband\" OR \"Sky Glass\" OR \"Sky Mobile\" OR @SkyHelpTeam) NOT \"sky news\"",
                "en", QueryTag.COMPETITOR, strategy.brands.get("sky"));
        query("virgin-media", "Virgin Media (competitor)", "\"Virgin Media\" OR M125 OR @virginmedia OR VMO2", "en",
                QueryTag.COMPETITOR, strategy.brands.get("virgin-media"));
        query("m125", "Virgin Media M125", "M125 AND (speed OR slow OR outage OR price)", "en", QueryTag.PRODUCT,
                strategy.brands.product("m125"));
        query("starbucks", "Starbucks perk (partner)", "Starbucks AND (giffgaff OR perk OR \"free drink\")", "",
                QueryTag.PARTNER, strategy.brands.get("starbucks"));
    }

    private void addTopicQueries() {
        query("outage-en", "Outage (English)", "outage OR \"no signal\" OR \"network down\" OR \"not working\"", "en",
                QueryTag.TOPIC, strategy.topics.get("outage"));
        query("outage-fr", "Panne (français)", "panne OR coupure OR \"pas de réseau\" OR inacceptable", "fr",
                QueryTag.TOPIC, strategy.topics.get("outage"));
        query("cancellation-en", "Cancellation (English)", "cancel OR \"leaving giffgaff\" OR \"PAC code\" OR STAC",
                "en", QueryTag.TOPIC, strategy.topics.get("cancellation"));
        query("cancellation-fr", "Résiliation (français)", "résilier OR résiliation OR \"résilier mon compte\" OR mécontent",
                "fr", QueryTag.TOPIC, strategy.topics.get("cancellation"));
        query("roaming", "Roaming", "roaming OR itinérance OR \"à l'étranger\" OR abroad", "", QueryTag.TOPIC,
                strategy.topics.get("roaming"));
        query("billing", "Billing", "(bill OR charged OR facture OR prélèvement) AND NOT \"bill gates\"", "",
                QueryTag.TOPIC, strategy.topics.get("billing"));
    }

    private void source(String key, String name, SourceKind kind, String url, List<String> include,
            List<String> exclude, int maxPages, int maxDepth, int politenessMillis) {
        ListeningSource source = SampleIds.identify(ParleyFactory.eINSTANCE.createListeningSource(), "source/" + key);
        source.setName(name);
        source.setKind(kind);
        source.setUrl(url);
        source.getIncludePatterns().addAll(include);
        source.getExcludePatterns().addAll(exclude);
        source.setMaxPages(maxPages);
        source.setMaxDepth(maxDepth);
        source.setPolitenessDelayMillis(politenessMillis);
        source.setEnabled(true);
        listening.getSources().add(source);
    }

    private void query(String key, String name, String expression, String language, QueryTag tag, Named target) {
        ListeningQuery query = SampleIds.identify(ParleyFactory.eINSTANCE.createListeningQuery(), "query/" + key);
        query.setName(name);
        query.setExpression(expression);
        query.setLanguage(language);
        query.setTag(tag);
        query.setTarget(target);
        query.setEnabled(true);
        listening.getQueries().add(query);
    }
}
