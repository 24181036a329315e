package org.parley.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.model.Channel;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Named;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage;
import org.parley.model.Plan;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.Topic;
import org.parley.ui.emf.ChangeCommands;
import org.parley.ui.emf.LabelledCommand;

/**
 * The matrix editor's changes, each one undoable command named as Edit > Undo shows it: add a cell to a gap, add,
 * rename, move and delete teams and customer groups, drop a topic or channel onto a cell.
 */
public final class MatrixCommands {

	private static final ParleyPackage P = ParleyPackage.eINSTANCE;

	private final EditingDomain domain;
	private final ChangeCommands changes;
	private final Plan plan;

	public MatrixCommands(EditingDomain domain, ChangeCommands changes, Plan plan) {
		this.domain = domain;
		this.changes = changes;
		this.plan = plan;
	}

	/** A new cell where {@code team} meets {@code group}; its commands' affected object is the new cell. */
	public Command addCell(Team team, CustomerGroup group) {
		if (plan.getMatrix() == null) {
			return UnexecutableCommand.INSTANCE;
		}
		ConversationCell cell = ParleyFactory.eINSTANCE.createConversationCell();
		cell.setId(UUID.randomUUID().toString());
		cell.setTeam(team);
		cell.setCustomerGroup(group);
		return new LabelledCommand("Add Cell " + team.getName() + " / " + group.getName(),
				AddCommand.create(domain, plan.getMatrix(), P.getMatrix_Cells(), cell));
	}

	public Command addTeam(String name) {
		Team team = ParleyFactory.eINSTANCE.createTeam();
		team.setId(UUID.randomUUID().toString());
		team.setName(name);
		return strategy() == null ? UnexecutableCommand.INSTANCE
				: new LabelledCommand("Add Team " + name, AddCommand.create(domain, strategy(), P.getStrategy_Teams(), team));
	}

	public Command addGroup(String name) {
		CustomerGroup group = ParleyFactory.eINSTANCE.createCustomerGroup();
		group.setId(UUID.randomUUID().toString());
		group.setName(name);
		return strategy() == null ? UnexecutableCommand.INSTANCE
				: new LabelledCommand("Add Customer Group " + name,
						AddCommand.create(domain, strategy(), P.getStrategy_CustomerGroups(), group));
	}

	public Command rename(Named object, String name) {
		return changes.set(object, P.getNamed_Name(), name);
	}

	/** Deletes a team or a group together with its cells, which would otherwise lose half of their place. */
	public Command deleteWithCells(Named object) {
		List<EObject> doomed = new ArrayList<>();
		if (plan.getMatrix() != null) {
			for (ConversationCell cell : plan.getMatrix().getCells()) {
				if (cell.getTeam() == object || cell.getCustomerGroup() == object) {
					doomed.add(cell);
				}
			}
		}
		doomed.add(object);
		CompoundCommand delete = new CompoundCommand("Delete " + changes.typeName(object) + " " + object.getName());
		delete.append(changes.delete(doomed));
		return delete;
	}

	/**
	 * Moves a team or group to where another one of its list is: the drag of a header. {@code target} keeps its
	 * place relative to the others; the moved one takes its index.
	 */
	public Command move(Named moved, Named target) {
		Strategy strategy = strategy();
		if (strategy == null || moved == target) {
			return UnexecutableCommand.INSTANCE;
		}
		boolean team = moved instanceof Team;
		List<?> list = team ? strategy.getTeams() : strategy.getCustomerGroups();
		int index = list.indexOf(target);
		if (index < 0 || !list.contains(moved)) {
			return UnexecutableCommand.INSTANCE;
		}
		return new LabelledCommand("Move " + (team ? "Team " : "Customer Group ") + moved.getName(), MoveCommand
				.create(domain, strategy, team ? P.getStrategy_Teams() : P.getStrategy_CustomerGroups(), moved, index));
	}

	/** Adds a dropped topic or channel to a cell; unexecutable for anything else or what the cell already has. */
	public Command drop(ConversationCell cell, Object dropped) {
		if (dropped instanceof Topic topic && !cell.getTopics().contains(topic)) {
			return new LabelledCommand("Add Topic " + topic.getName(),
					AddCommand.create(domain, cell, P.getConversationCell_Topics(), topic));
		}
		if (dropped instanceof Channel channel && !cell.getChannels().contains(channel)) {
			return new LabelledCommand("Add Channel " + channel.getName(),
					AddCommand.create(domain, cell, P.getConversationCell_Channels(), channel));
		}
		return UnexecutableCommand.INSTANCE;
	}

	private Strategy strategy() {
		return plan.getStrategy();
	}
}
