package org.parley.core.internal;

import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.parley.core.validation.ParleyValidator;
import org.parley.model.ParleyPackage;

/**
 * Starts and stops {@code org.parley.core}: registers Parley's {@link ParleyValidator} for the Parley package, so that
 * EMF's {@code Diagnostician} and the workbench's validate actions run Parley's rules from the first use of the core
 * bundle on, not only after a {@code PlanValidator} ran once.
 */
public final class CoreBundle implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		ParleyValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		// Only our own registration goes: another bundle may have put its own validator in place since.
		EValidator.Registry.INSTANCE.remove(ParleyPackage.eINSTANCE, ParleyValidator.INSTANCE);
	}
}
