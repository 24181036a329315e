package org.parley.representation.calendar.edit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.model.Comment;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage.Literals;

/** Undoable changes the calendar makes to items beside their dates and statuses: comments; and how statuses read. */
public final class ItemEdits {

	private final EditingDomain domain;

	public ItemEdits(EditingDomain domain) {
		this.domain = domain;
	}

	/** Adds a comment by {@code author} at {@code time}; the text must say something. */
	public Command addComment(ContentItem item, String author, String text, Instant time) {
		if (text == null || text.isBlank()) {
			throw new InvalidEditException(List.of("Write the comment first: it is empty."));
		}
		Comment comment = ParleyFactory.eINSTANCE.createComment();
		comment.setId(UUID.randomUUID().toString());
		comment.setAuthor(author == null || author.isBlank() ? "unknown" : author.strip());
		comment.setTime(time);
		comment.setText(text.strip());
		CompoundCommand command = new CompoundCommand("Add Comment");
		command.append(AddCommand.create(domain, item, Literals.CONTENT_ITEM__COMMENTS, comment));
		return command;
	}

	/** "In review" for {@link ContentStatus#IN_REVIEW}: how menus and messages name a status. */
	public static String statusName(ContentStatus status) {
		String name = status.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
