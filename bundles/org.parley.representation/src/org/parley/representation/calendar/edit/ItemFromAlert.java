package org.parley.representation.calendar.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.model.ContentCategory;
import org.parley.model.ContentCategoryKind;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage.Literals;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.listening.alert.Alert;

/**
 * A draft content item answering a listening alert: in the backlog, status draft, in the alert's cell, titled after
 * the term, its body quoting what customers said, and in the plan's question-and-answer category when it has one. One
 * undoable command adds it (and the backlog's schedule if the plan has none yet).
 */
public final class ItemFromAlert {

	/** How many example posts the body quotes. */
	static final int QUOTES = 3;
	/** How long a quoted post may be before it is shortened. */
	static final int QUOTE_LENGTH = 200;

	private final EditingDomain domain;

	public ItemFromAlert(EditingDomain domain) {
		this.domain = domain;
	}

	/**
	 * The command adding the draft; {@link Created#item()} is the new item, to select once the command ran.
	 *
	 * @param exampleTexts the texts of mentions by id, for the alert's examples (missing ones are left out)
	 */
	public Created create(Plan plan, Alert alert, Map<String, String> exampleTexts) {
		ContentItem item = ParleyFactory.eINSTANCE.createContentItem();
		item.setId(UUID.randomUUID().toString());
		item.setStatus(ContentStatus.DRAFT);
		item.setTitle("Hot topic: " + alert.term());
		item.setBody(body(alert, exampleTexts));
		item.setCell(cell(plan, alert.cellId()));
		item.setCategory(questionAndAnswer(plan));
		item.getTags().add("hot-topic");
		CompoundCommand command = new CompoundCommand("Create Item from Alert");
		Schedule backlog = backlog(plan);
		if (backlog == null) {
			backlog = ParleyFactory.eINSTANCE.createSchedule();
			backlog.setId(UUID.randomUUID().toString());
			backlog.getItems().add(item);
			command.append(AddCommand.create(domain, plan, Literals.PLAN__SCHEDULES, backlog));
		} else {
			command.append(AddCommand.create(domain, backlog, Literals.SCHEDULE__ITEMS, item));
		}
		return new Created(command, item);
	}

	/** The command and the item it adds. */
	public record Created(Command command, ContentItem item) {
	}

	static String body(Alert alert, Map<String, String> exampleTexts) {
		StringBuilder body = new StringBuilder();
		body.append("Customers are talking about \"").append(alert.term()).append("\": ").append(alert.voices())
				.append(alert.voices() == 1 ? " voice" : " voices").append(", ")
				.append(alert.baselineVoices() == 0 ? "none in the weeks before" : growth(alert) + " the usual rate");
		if (alert.brand() != null) {
			body.append(", mostly about ").append(alert.brand());
		}
		body.append('.');
		List<String> quotes = alert.examples().stream().map(exampleTexts::get)
				.filter(t -> t != null && !t.isBlank()).limit(QUOTES).toList();
		if (!quotes.isEmpty()) {
			body.append("\n\nWhat they say:");
			for (String quote : quotes) {
				String line = quote.strip().replaceAll("\\s+", " ");
				body.append("\n- ").append(line.length() > QUOTE_LENGTH ? line.substring(0, QUOTE_LENGTH - 1) + "…" : line);
			}
		}
		return body.toString();
	}

	/** How much faster the term is said than before: "×4.2", "×37", or "new" when nobody said it before. */
	public static String growth(Alert alert) {
		if (alert.baselineVoices() == 0) {
			return "new";
		}
		return alert.growth() >= 10 ? String.format(Locale.ROOT, "×%.0f", alert.growth())
				: String.format(Locale.ROOT, "×%.1f", alert.growth());
	}

	private static ConversationCell cell(Plan plan, String cellId) {
		if (cellId == null || plan.getMatrix() == null) {
			return null;
		}
		return plan.getMatrix().getCells().stream().filter(c -> cellId.equals(c.getId())).findFirst().orElse(null);
	}

	private static ContentCategory questionAndAnswer(Plan plan) {
		if (plan.getStrategy() == null) {
			return null;
		}
		return plan.getStrategy().getContentCategories().stream()
				.filter(c -> c.getKind() == ContentCategoryKind.QUESTION_AND_ANSWER).findFirst().orElse(null);
	}

	private static Schedule backlog(Plan plan) {
		return plan.getSchedules().stream().filter(s -> s.getMonth() == null || s.getMonth().isBlank()).findFirst()
				.orElse(null);
	}
}
