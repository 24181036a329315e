package org.parley.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.parley.model.Channel;
import org.parley.model.ChannelRules;
import org.parley.model.ChannelVariant;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;

class VariantWriterTest {

    private final Story story = Story.of("tips", "service/members", "learn").title("Tips")
            .says("Short tip.").explains("A longer explanation of the tip.")
            .hashtags("one", "two", "three", "four", "five").link("/tips");

    @Test
    void writesTheShortTextWithThreeHashtagsOnX() {
        ChannelVariant variant = VariantWriter.write(story, "x", channel(Network.XTWITTER, 280, -1, MediaPolicy.ALLOWED, true), "i");

        assertThat(variant.getText()).isEqualTo("Short tip. #one #two #three");
        assertThat(variant.getLink()).isEqualTo("https://www.giffgaff.com/tips");
    }

    @Test
    void writesTheLongTextWithAllHashtagsOnInstagram() {
        ChannelVariant variant = VariantWriter.write(story, "ig",
                channel(Network.INSTAGRAM, 2_200, 30, MediaPolicy.REQUIRED, false), "i");

        assertThat(variant.getText()).isEqualTo("A longer explanation of the tip.\n\n#one #two #three #four #five");
    }

    @Test
    void keepsToTheChannelsHashtagLimit() {
        ChannelVariant variant = VariantWriter.write(story, "ig",
                channel(Network.INSTAGRAM, 2_200, 2, MediaPolicy.REQUIRED, false), "i");

        assertThat(variant.getText()).endsWith("#one #two");
    }

    @Test
    void attachesMediaWhereTheChannelRequiresThem() {
        ChannelVariant variant = VariantWriter.write(story, "tt", channel(Network.TIKTOK, 2_200, -1, MediaPolicy.REQUIRED, false), "i");

        assertThat(variant.getMedia()).containsExactly("media/tips/tt.mp4");
    }

    @Test
    void leavesTheLinkOutWhereTheNetworkDoesNotMakeItClickable() {
        ChannelVariant variant = VariantWriter.write(story, "tt", channel(Network.TIKTOK, 2_200, -1, MediaPolicy.REQUIRED, false), "i");

        assertThat(variant.getLink()).isNull();
    }

    @Test
    void writesNoHashtagsOnTheForum() {
        ChannelVariant variant = VariantWriter.write(story, "forum", channel(Network.FORUM, 0, -1, MediaPolicy.ALLOWED, true), "i");

        assertThat(variant.getText()).isEqualTo("A longer explanation of the tip.");
    }

    @Test
    void refusesATextLongerThanTheChannelAllows() {
        assertThatIllegalStateException().isThrownBy(() -> VariantWriter.write(story, "x",
                channel(Network.XTWITTER, 10, -1, MediaPolicy.ALLOWED, true), "i"));
    }

    @Test
    void derivesTheVariantsIdFromItemAndChannel() {
        Channel x = channel(Network.XTWITTER, 280, -1, MediaPolicy.ALLOWED, true);

        assertThat(VariantWriter.write(story, "x", x, "item-1").getId())
                .isEqualTo(VariantWriter.write(story, "x", x, "item-1").getId())
                .isNotEqualTo(VariantWriter.write(story, "x", x, "item-2").getId());
    }

    private static Channel channel(Network network, int maxLength, int maxHashtags, MediaPolicy media, boolean links) {
        ChannelRules rules = ParleyFactory.eINSTANCE.createChannelRules();
        rules.setMaxTextLength(maxLength);
        rules.setMaxHashtags(maxHashtags);
        rules.setMedia(media);
        rules.setLinksAllowed(links);
        Channel channel = ParleyFactory.eINSTANCE.createChannel();
        channel.setNetwork(network);
        channel.setRules(rules);
        return channel;
    }
}
