package org.parley.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.core.validation.ParleyValidator;
import org.parley.model.ChannelVariant;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage;

/** The core bundle's activator, in the OSGi framework that runs these tests. */
class CoreBundleTest {

	private final Bundle bundle = FrameworkUtil.getBundle(CoreBundle.class);

	@AfterEach
	void leaveTheValidatorRegistered() {
		ParleyValidator.register();
	}

	@Test
	void theCoreBundleIsStartedByItsActivator() {
		assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
		assertThat(bundle.getHeaders().get("Bundle-Activator")).isEqualTo(CoreBundle.class.getName());
	}

	@Test
	void startingRegistersTheValidatorSoThatTheDiagnosticianRunsParleyRules() {
		BundleContext context = bundle.getBundleContext();
		EValidator.Registry.INSTANCE.remove(ParleyPackage.eINSTANCE);
		ChannelVariant variant = variantWithoutChannel();
		assertThat(Diagnostician.INSTANCE.validate(variant).getSeverity()).isEqualTo(Diagnostic.OK);

		new CoreBundle().start(context);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(variant);
		assertThat(diagnostic.getSeverity()).isEqualTo(Diagnostic.ERROR);
		assertThat(diagnostic.getChildren()).singleElement()
				.satisfies(child -> assertThat(child.getSource()).isEqualTo(ParleyValidator.DIAGNOSTIC_SOURCE));
	}

	@Test
	void stoppingRemovesOnlyItsOwnValidator() {
		BundleContext context = bundle.getBundleContext();
		EValidator other = new EObjectValidator();
		EValidator.Registry.INSTANCE.put(ParleyPackage.eINSTANCE, other);

		new CoreBundle().stop(context);

		assertThat(EValidator.Registry.INSTANCE.get(ParleyPackage.eINSTANCE)).isSameAs(other);
		EValidator.Registry.INSTANCE.put(ParleyPackage.eINSTANCE, ParleyValidator.INSTANCE);
		new CoreBundle().stop(context);
		assertThat(EValidator.Registry.INSTANCE.get(ParleyPackage.eINSTANCE)).isNull();
	}

	private static ChannelVariant variantWithoutChannel() {
		ChannelVariant variant = ParleyFactory.eINSTANCE.createChannelVariant();
		variant.setId("variant");
		variant.setText("Hello");
		return variant;
	}
}
