package org.parley.representation.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.Network;
import org.parley.model.Plan;

/** The sample project saved to a folder and loaded back, with an editing domain over it, as the editor has it. */
public final class SampleOnDisk {

	private final LoadedProject project;
	private final AdapterFactoryEditingDomain domain;

	private SampleOnDisk(LoadedProject project) {
		this.project = project;
		this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				project.resourceSet());
	}

	public static SampleOnDisk create(Path folder) throws IOException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(folder, SampleProject.create()));
		return new SampleOnDisk(store.load(folder));
	}

	public Plan plan() {
		return project.plan();
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public LoadedProject project() {
		return project;
	}

	public void save() throws IOException {
		new ProjectStore().save(project);
	}

	public ContentItem item(Predicate<ContentItem> which) {
		return new PlanCalendar(plan()).items().stream().filter(which).findFirst().orElseThrow();
	}

	public ContentItem itemTitled(String title) {
		return item(i -> title.equals(i.getTitle()));
	}

	/** The variant of {@code item} on the X network, or null. */
	public static ChannelVariant xVariant(ContentItem item) {
		return item.getVariants().stream()
				.filter(v -> v.getChannel() != null && v.getChannel().getNetwork() == Network.XTWITTER).findFirst()
				.orElse(null);
	}
}
