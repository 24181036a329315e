package org.parley.core.validation;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.parley.core.calendar.PlanFixture;
import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Team;
import org.parley.model.Topic;

/** A plan that breaks no rule; each test breaks one thing in it. */
final class CleanPlan {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	final PlanFixture fixture = new PlanFixture(PARIS);
	final Team marketing = fixture.team("Marketing");
	final CustomerGroup prospects = fixture.group("Prospects");
	final Topic pricing = fixture.topic("Pricing", null);
	final ConversationCell cell = fixture.cell(marketing, prospects, pricing);
	final ContentCategory learn = fixture.category("Learn & improve");
	final Channel instagram = fixture.channel("Instagram");
	final ContentItem item = fixture.item("Summer sale teaser", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS,
			instagram);
	final ChannelVariant variant = item.getVariants().get(0);

	CleanPlan() {
		item.setCell(cell);
		item.setCategory(learn);
		item.setStatus(ContentStatus.APPROVED);
		item.setReviewer(cell.getOwner());
	}
}
