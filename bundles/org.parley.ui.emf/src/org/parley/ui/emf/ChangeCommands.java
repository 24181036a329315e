package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * The commands Parley's editors run, each named after the change as Edit > Undo shows it ("Set Title",
 * "Delete Content Item", "Paste"). EMF's own commands are named after their kind only ("Set").
 */
public final class ChangeCommands {

	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final List<ChangeVeto> vetoes = new java.util.concurrent.CopyOnWriteArrayList<>();

	public ChangeCommands(EditingDomain domain, AdapterFactory adapterFactory) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
	}

	public EditingDomain domain() {
		return domain;
	}

	/**
	 * Sets {@code feature} of {@code object} to {@code value} (a collection for a many-valued feature); a
	 * {@link RefusedCommand} with the reason when a {@link #addVeto veto} forbids it.
	 */
	public Command set(EObject object, EStructuralFeature feature, Object value) {
		String label = "Set " + featureName(object, feature);
		for (ChangeVeto veto : vetoes) {
			var refusal = veto.refusal(object, feature, value);
			if (refusal.isPresent()) {
				return new RefusedCommand(label, refusal.get());
			}
		}
		return new LabelledCommand(label, SetCommand.create(domain, object, feature, value));
	}

	/** Asks {@code veto} before every {@link #set}. */
	public void addVeto(ChangeVeto veto) {
		vetoes.add(veto);
	}

	/** Unsets {@code feature} of {@code object}, giving it back its default. */
	public Command unset(EObject object, EStructuralFeature feature) {
		return new LabelledCommand("Reset " + featureName(object, feature),
				SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
	}

	/** Deletes the objects, their contents, and every reference to them in the editing domain's resources. */
	public Command delete(Collection<? extends EObject> objects) {
		String what = objects.size() == 1 ? typeName(objects.iterator().next()) : objects.size() + " Objects";
		return new LabelledCommand("Delete " + what, DeleteCommand.create(domain, new ArrayList<>(objects)));
	}

	/**
	 * Adds copies of {@code originals} to {@code target}, or next to it when it cannot hold them. The copies get new
	 * ids, so that a project never holds one id twice; references to objects outside the copied ones are kept.
	 */
	public Command paste(EObject target, Collection<? extends EObject> originals) {
		for (EObject owner = target; owner != null; owner = owner.eContainer()) {
			Command add = AddCommand.create(domain, owner, null, withNewIds(EcoreUtil.copyAll(originals)));
			if (add.canExecute()) {
				return new LabelledCommand("Paste", add);
			}
		}
		return UnexecutableCommand.INSTANCE;
	}

	/**
	 * The commands that create each kind of child {@code owner} can hold, as the item providers offer them, each named
	 * "New …" ("New Brand") and giving the new object a new id.
	 */
	public List<Command> newChildren(EObject owner) {
		List<Command> commands = new ArrayList<>();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child) {
				withNewIds(List.of(child));
				Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				if (create.canExecute()) {
					String text = create instanceof CommandActionDelegate delegate ? delegate.getText() : typeName(child);
					commands.add(new LabelledCommand("New " + text, create));
				}
			}
		}
		return commands;
	}

	/** The name a user knows a feature of an object by, as its property descriptor gives it ("Title"). */
	public String featureName(EObject object, EStructuralFeature feature) {
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, feature);
			if (descriptor != null) {
				return descriptor.getDisplayName(object);
			}
		}
		String name = feature.getName();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** The name of an object's type as the item providers give it ("Content Item"). */
	public String typeName(EObject object) {
		return object.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
	}

	/** The label the item providers give an object. */
	public String label(Object object) {
		return adapterFactory.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider provider
				? provider.getText(object)
				: String.valueOf(object);
	}

	@SuppressWarnings("unchecked")
	private static Collection<EObject> withNewIds(Collection<? extends EObject> copies) {
		List<EObject> all = new ArrayList<>();
		for (EObject copy : copies) {
			all.add(copy);
			copy.eAllContents().forEachRemaining(all::add);
		}
		for (EObject object : all) {
			EAttribute id = object.eClass().getEIDAttribute();
			if (id != null && id.getEAttributeType().getInstanceClass() == String.class) {
				object.eSet(id, UUID.randomUUID().toString());
			}
		}
		return (Collection<EObject>) copies;
	}
}
