package org.parley.core.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Brand;
import org.parley.model.Channel;
import org.parley.model.ChannelCatalog;
import org.parley.model.ChannelRules;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;
import org.parley.model.PostingWindow;

/**
 * giffgaff's accounts, with each network's real limits: length, hashtags, whether media are required
 * and whether links are clickable, and the hours the team posts in. The French accounts post in
 * Paris time for French-speaking members.
 */
final class SampleChannels {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final List<DayOfWeek> EVERY_DAY = List.of();
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final List<DayOfWeek> MONDAY_TO_SATURDAY = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
            SATURDAY);

    final ChannelCatalog catalog = SampleIds.identify(ParleyFactory.eINSTANCE.createChannelCatalog(), "channels");
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Brand brand;

    SampleChannels(Brand brand) {
        this.brand = brand;
        addEnglishAccounts();
        addFrenchAccounts();
        addOwnedMedia();
    }

    private void addEnglishAccounts() {
        channel("x", "giffgaff on X", Network.XTWITTER, "@giffgaff", "https://x.com/giffgaff", "en-GB",
                rules("x", 280, -1, MediaPolicy.ALLOWED, true, "Short, witty, human",
                        window("x", EVERY_DAY, 7, 22, LONDON)));
        channel("facebook", "giffgaff on Facebook", Network.FACEBOOK, "giffgaff", "https://www.facebook.com/giffgaff",
                "en-GB", rules("facebook", 63_206, -1, MediaPolicy.ALLOWED, true, "Friendly and helpful",
                        window("facebook", MONDAY_TO_SATURDAY, 8, 20, LONDON)));
        // Instagram and TikTok do not make links in captions clickable, so posts carry none.
        channel("instagram", "giffgaff on Instagram", Network.INSTAGRAM, "@giffgaff",
                "https://www.instagram.com/giffgaff", "en-GB",
                rules("instagram", 2_200, 30, MediaPolicy.REQUIRED, false, "Visual, upbeat",
                        window("instagram", EVERY_DAY, 11, 21, LONDON)));
        channel("tiktok", "giffgaff on TikTok", Network.TIKTOK, "@giffgaff", "https://www.tiktok.com/@giffgaff",
                "en-GB", rules("tiktok", 2_200, -1, MediaPolicy.REQUIRED, false, "Playful, fast",
                        window("tiktok", EVERY_DAY, 12, 22, LONDON)));
        channel("youtube", "giffgaff on YouTube", Network.YOUTUBE, "@giffgaff", "https://www.youtube.com/@giffgaff",
                "en-GB", rules("youtube", 5_000, 15, MediaPolicy.REQUIRED, true, "Explainers and live Q&A",
                        window("youtube", List.of(TUESDAY, THURSDAY, SATURDAY), 15, 20, LONDON)));
        channel("linkedin", "giffgaff on LinkedIn", Network.LINKEDIN, "giffgaff",
                "https://www.linkedin.com/company/giffgaff", "en-GB",
                rules("linkedin", 3_000, -1, MediaPolicy.ALLOWED, true, "Professional, proud of the team",
                        window("linkedin", WEEKDAYS, 8, 18, LONDON)));
    }

    private void addFrenchAccounts() {
        channel("x-fr", "giffgaff en français sur X", Network.XTWITTER, "@giffgaff_fr", "https://x.com/giffgaff_fr",
                "fr", rules("x-fr", 280, -1, MediaPolicy.ALLOWED, true, "Vouvoiement, chaleureux",
                        window("x-fr", EVERY_DAY, 8, 21, PARIS)));
        channel("facebook-fr", "giffgaff en français sur Facebook", Network.FACEBOOK, "giffgaff.fr",
                "https://www.facebook.com/giffgaff.fr", "fr",
                rules("facebook-fr", 63_206, -1, MediaPolicy.ALLOWED, true, "Pédagogue, rassurant",
                        window("facebook-fr", MONDAY_TO_SATURDAY, 9, 20, PARIS)));
        channel("instagram-fr", "giffgaff en français sur Instagram", Network.INSTAGRAM, "@giffgaff.fr",
                "https://www.instagram.com/giffgaff.fr", "fr",
                rules("instagram-fr", 2_200, 30, MediaPolicy.REQUIRED, false, "Visuel, léger",
                        window("instagram-fr", EVERY_DAY, 11, 21, PARIS)));
    }

    private void addOwnedMedia() {
        // The community speaks both languages, so the forum has no single language.
        channel("forum", "giffgaff community", Network.FORUM, "giffgaff", "https://community.giffgaff.com", "",
                rules("forum", 0, -1, MediaPolicy.ALLOWED, true, "Members helping members",
                        window("forum", EVERY_DAY, 7, 23, LONDON)));
        channel("blog", "giffgaff blog", Network.BLOG, "giffgaff", "https://www.giffgaff.com/blog", "en-GB",
                rules("blog", 0, -1, MediaPolicy.ALLOWED, true, "Long-form, transparent",
                        window("blog", WEEKDAYS, 9, 17, LONDON)));
        // Every day, because the monthly newsletter's date moves across the week.
        channel("newsletter", "giffgaff monthly newsletter", Network.NEWSLETTER, "news@giffgaff.example",
                "https://www.giffgaff.com/newsletter", "en-GB",
                rules("newsletter", 0, -1, MediaPolicy.ALLOWED, true, "Personal, one idea per section",
                        window("newsletter", EVERY_DAY, 7, 19, LONDON)));
    }

    Channel get(String key) {
        return SampleBrands.required(channels, key);
    }

    private void channel(String key, String name, Network network, String account, String url, String language,
            ChannelRules rules) {
        Channel channel = SampleIds.identify(ParleyFactory.eINSTANCE.createChannel(), "channel/" + key);
        channel.setName(name);
        channel.setNetwork(network);
        channel.setAccount(account);
        channel.setUrl(url);
        channel.setLanguage(language);
        channel.setBrand(brand);
        channel.setRules(rules);
        catalog.getChannels().add(channel);
        channels.put(key, channel);
    }

    private static ChannelRules rules(String key, int maxTextLength, int maxHashtags, MediaPolicy media,
            boolean linksAllowed, String tone, PostingWindow window) {
        ChannelRules rules = SampleIds.identify(ParleyFactory.eINSTANCE.createChannelRules(), "rules/" + key);
        rules.setMaxTextLength(maxTextLength);
        rules.setMaxHashtags(maxHashtags);
        rules.setMedia(media);
        rules.setLinksAllowed(linksAllowed);
        rules.setTone(tone);
        rules.setPostingWindow(window);
        return rules;
    }

    private static PostingWindow window(String key, List<DayOfWeek> days, int fromHour, int toHour, ZoneId zone) {
        PostingWindow window = SampleIds.identify(ParleyFactory.eINSTANCE.createPostingWindow(), "window/" + key);
        window.getDays().addAll(days);
        window.setStartTime(LocalTime.of(fromHour, 0));
        window.setEndTime(LocalTime.of(toHour, 0));
        window.setTimeZone(zone);
        return window;
    }
}
