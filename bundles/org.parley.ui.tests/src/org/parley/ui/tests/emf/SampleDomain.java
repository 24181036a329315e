package org.parley.ui.tests.emf;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Plan;
import org.parley.model.provider.ParleyItemProviderAdapterFactory;
import org.parley.ui.emf.ChangeCommands;

/** The sample project saved to a folder and loaded again, in an editing domain over the generated item providers. */
record SampleDomain(LoadedProject project, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
		ChangeCommands commands) {

	static SampleDomain in(Path folder) throws IOException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(folder, SampleProject.create()));
		LoadedProject project = store.load(folder);
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new ParleyItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				project.resourceSet());
		return new SampleDomain(project, adapterFactory, domain, new ChangeCommands(domain, adapterFactory));
	}

	Plan plan() {
		return project.plan();
	}
}
