package org.parley.core.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.parley.model.Comment;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Member;
import org.parley.model.ParleyFactory;

/**
 * Turns stories into content items: people, variants per channel, tags and review comments. Items
 * at or past approval always have a reviewer other than their assignee.
 */
final class SampleItems {

    /** The statuses in which an item must have been reviewed. */
    static final Set<ContentStatus> REVIEWED = EnumSet.of(ContentStatus.APPROVED, ContentStatus.SCHEDULED,
            ContentStatus.PUBLISHED);

    /** When the backlog's ideas were noted, before the quarter starts. */
    private static final Instant BACKLOG_NOTED = Instant.parse("2026-12-14T10:00:00Z");

    private final SampleStrategy strategy;
    private final SampleChannels channels;
    private final SampleMatrix matrix;
    private final SampleCampaigns campaigns;
    private int created;

    SampleItems(SampleStrategy strategy, SampleChannels channels, SampleMatrix matrix, SampleCampaigns campaigns) {
        this.strategy = strategy;
        this.channels = channels;
        this.matrix = matrix;
        this.campaigns = campaigns;
    }

    /** A scheduled item, or a backlog item when {@code at} is null. */
    ContentItem item(Story story, String itemKey, LocalDateTime at, ContentStatus status) {
        ContentItem item = SampleIds.identify(ParleyFactory.eINSTANCE.createContentItem(), "item/" + itemKey);
        ConversationCell cell = matrix.get(story.cell);
        item.setTitle(story.title);
        item.setBody(story.longText);
        item.setLanguage(story.language);
        item.setCategory(strategy.category(story.category));
        item.setCell(cell);
        if (story.campaign != null) {
            item.setCampaign(campaigns.get(story.campaign));
        }
        item.setStatus(status);
        if (at != null) {
            item.setScheduledAt(at);
            item.setTimeZone(zoneOf(story));
        }
        assignPeople(item, cell, status);
        item.getTags().addAll(story.tags);
        for (String channelKey : story.channels) {
            item.getVariants().add(VariantWriter.write(story, channelKey, channels.get(channelKey), itemKey));
        }
        addComments(item, itemKey, status);
        created++;
        return item;
    }

    static ZoneId zoneOf(Story story) {
        return story.isFrench() ? SampleChannels.PARIS : SampleChannels.LONDON;
    }

    /** The members of the cell's team take turns writing; the owner reviews, or a colleague reviews the owner. */
    private void assignPeople(ContentItem item, ConversationCell cell, ContentStatus status) {
        List<Member> members = cell.getTeam().getMembers();
        Member assignee = members.get(created % members.size());
        item.setAssignee(assignee);
        if (REVIEWED.contains(status) || status == ContentStatus.IN_REVIEW) {
            Member owner = cell.getOwner();
            item.setReviewer(owner != assignee ? owner : members.get((members.indexOf(owner) + 1) % members.size()));
        }
    }

    private void addComments(ContentItem item, String itemKey, ContentStatus status) {
        boolean discussed = status == ContentStatus.IN_REVIEW || created % 3 == 0;
        if (!discussed) {
            return;
        }
        Instant time = item.getScheduledAt() == null ? BACKLOG_NOTED
                : item.getScheduledAt().minusDays(3).withHour(10).withMinute(15)
                        .atZone(item.getTimeZone()).toInstant();
        Member author = item.getReviewer() != null ? item.getReviewer() : item.getCell().getOwner();
        item.getComments().add(comment(itemKey + "/1", author, time, remark(item)));
        if (status == ContentStatus.IN_REVIEW || status == ContentStatus.PUBLISHED) {
            item.getComments().add(comment(itemKey + "/2", item.getAssignee(), time.plusSeconds(45 * 60),
                    "fr".equals(item.getLanguage()) ? "C'est corrigé, merci." : "Done, thanks."));
        }
    }

    private static String remark(ContentItem item) {
        if ("fr".equals(item.getLanguage())) {
            return "Pouvez-vous vérifier le ton de la version Facebook avant validation ?";
        }
        return switch (item.getStatus()) {
            case IDEA, DRAFT -> "Worth doing; can we tie it to what the community asks most?";
            case IN_REVIEW -> "Please shorten the X version and check the link.";
            case CANCELLED -> "Dropped: it clashed with the network incident statement.";
            default -> "Approved. Watch the replies for an hour after it goes out.";
        };
    }

    private static Comment comment(String key, Member author, Instant time, String text) {
        Comment comment = SampleIds.identify(ParleyFactory.eINSTANCE.createComment(), "comment/" + key);
        comment.setAuthor(author.getName());
        comment.setTime(time);
        comment.setText(text);
        return comment;
    }
}
