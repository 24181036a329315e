package org.parley.core.sample;

import java.util.List;
import java.util.stream.Collectors;

import org.parley.model.Channel;
import org.parley.model.ChannelRules;
import org.parley.model.ChannelVariant;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;

/**
 * Writes a story's form on one channel the way an editor would: short text and a few hashtags on X,
 * the long text with its hashtags on Instagram, no hashtags on the forum, media where the network
 * needs them, and a link only where the network makes it clickable.
 */
final class VariantWriter {

    private static final int FEW_HASHTAGS = 3;

    private VariantWriter() {
    }

    static ChannelVariant write(Story story, String channelKey, Channel channel, String itemKey) {
        ChannelRules rules = channel.getRules();
        ChannelVariant variant = SampleIds.identify(ParleyFactory.eINSTANCE.createChannelVariant(),
                "variant/" + itemKey + "/" + channelKey);
        variant.setChannel(channel);
        variant.setText(text(story, channel.getNetwork(), rules));
        if (rules.getMedia() == MediaPolicy.REQUIRED || wantsPicture(channel.getNetwork())) {
            variant.getMedia().add(media(story, channelKey, channel.getNetwork()));
        }
        if (rules.isLinksAllowed() && story.link != null) {
            variant.setLink(story.link);
        }
        return variant;
    }

    private static String text(Story story, Network network, ChannelRules rules) {
        String text = switch (network) {
            case XTWITTER -> withHashtags(story.shortText, " ", story.hashtags, FEW_HASHTAGS, rules);
            case TIKTOK -> withHashtags(story.shortText, " ", story.hashtags, story.hashtags.size(), rules);
            case INSTAGRAM -> withHashtags(story.longText, "\n\n", story.hashtags, story.hashtags.size(), rules);
            case FACEBOOK, LINKEDIN, YOUTUBE -> withHashtags(story.longText, "\n\n", story.hashtags, FEW_HASHTAGS, rules);
            default -> story.longText;
        };
        if (rules.getMaxTextLength() > 0 && text.length() > rules.getMaxTextLength()) {
            // A sample that breaks its own channel rules is a bug in the sample, not something to trim.
            throw new IllegalStateException("Story " + story.key + " is too long for " + network);
        }
        return text;
    }

    private static String withHashtags(String text, String separator, List<String> hashtags, int wanted,
            ChannelRules rules) {
        int limit = rules.getMaxHashtags() < 0 ? wanted : Math.min(wanted, rules.getMaxHashtags());
        if (limit == 0 || hashtags.isEmpty()) {
            return text;
        }
        return text + separator + hashtags.stream().limit(limit).map(tag -> "#" + tag).collect(Collectors.joining(" "));
    }

    private static boolean wantsPicture(Network network) {
        return network == Network.FACEBOOK || network == Network.LINKEDIN || network == Network.BLOG;
    }

    private static String media(Story story, String channelKey, Network network) {
        boolean video = network == Network.TIKTOK || network == Network.YOUTUBE;
        return "media/" + story.key + "/" + channelKey + (video ? ".mp4" : ".jpg");
    }
}
