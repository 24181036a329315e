package org.parley.representation.calendar;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/** Small plans built for one test: a channel or two and items placed exactly where the test needs them. */
final class TinyPlans {

	private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;

	final Plan plan;
	final Channel x;
	final Channel forum;

	TinyPlans() {
		plan = FACTORY.createPlan();
		plan.setId("plan");
		plan.setName("tiny");
		plan.setTimeZone(ZoneId.of("Europe/London"));
		plan.setChannels(FACTORY.createChannelCatalog());
		plan.getChannels().setId("channels");
		x = channel("x", "Brand on X", org.parley.model.Network.XTWITTER);
		forum = channel("forum", "Community forum", org.parley.model.Network.FORUM);
	}

	private Channel channel(String id, String name, org.parley.model.Network network) {
		Channel channel = FACTORY.createChannel();
		channel.setId(id);
		channel.setName(name);
		channel.setNetwork(network);
		plan.getChannels().getChannels().add(channel);
		return channel;
	}

	/** An item on {@code channel} at {@code at} (null: the backlog), filed in the schedule of its month. */
	ContentItem item(String title, LocalDateTime at, Channel channel) {
		ContentItem item = FACTORY.createContentItem();
		item.setId(title.toLowerCase().replace(' ', '-'));
		item.setTitle(title);
		item.setStatus(ContentStatus.DRAFT);
		item.setScheduledAt(at);
		ChannelVariant variant = FACTORY.createChannelVariant();
		variant.setId(item.getId() + "-v");
		variant.setChannel(channel);
		item.getVariants().add(variant);
		schedule(at == null ? null : YearMonth.from(at).toString()).getItems().add(item);
		return item;
	}

	Schedule schedule(String month) {
		for (Schedule schedule : plan.getSchedules()) {
			if (month == null ? schedule.getMonth() == null : month.equals(schedule.getMonth())) {
				return schedule;
			}
		}
		Schedule schedule = FACTORY.createSchedule();
		schedule.setId(UUID.nameUUIDFromBytes(String.valueOf(month).getBytes()).toString());
		schedule.setMonth(month);
		plan.getSchedules().add(schedule);
		return schedule;
	}
}
