package org.parley.core.sample;

import java.util.List;

/**
 * One piece of the sample's editorial content before it is scheduled: what it says, for which cell,
 * in which category and on which channels. The calendar turns each story into one or more items.
 */
final class Story {

    final String key;
    final String cell;
    final String category;
    String language = "en-GB";
    String campaign;
    List<String> channels = List.of();
    int hour = 12;
    String title;
    String shortText;
    String longText;
    List<String> hashtags = List.of();
    String link;
    List<String> tags = List.of();

    private Story(String key, String cell, String category) {
        this.key = key;
        this.cell = cell;
        this.category = category;
    }

    static Story of(String key, String cell, String category) {
        return new Story(key, cell, category);
    }

    Story french() {
        language = "fr";
        return this;
    }

    Story campaign(String campaignKey) {
        campaign = campaignKey;
        return this;
    }

    Story on(String... channelKeys) {
        channels = List.of(channelKeys);
        return this;
    }

    Story at(int hourOfDay) {
        hour = hourOfDay;
        return this;
    }

    Story title(String text) {
        title = text;
        return this;
    }

    /** The text for short-form channels such as X, without hashtags. */
    Story says(String text) {
        shortText = text;
        return this;
    }

    /** The text for long-form channels and the item's body, without hashtags. */
    Story explains(String text) {
        longText = text;
        return this;
    }

    /** Hashtags without their {@code #}, most important first. */
    Story hashtags(String... words) {
        hashtags = List.of(words);
        return this;
    }

    /** A path on giffgaff's site that channels with clickable links point to. */
    Story link(String path) {
        link = "https://www.giffgaff.com" + path;
        return this;
    }

    Story tags(String... words) {
        tags = List.of(words);
        return this;
    }

    boolean isFrench() {
        return "fr".equals(language);
    }
}
