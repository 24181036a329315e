package org.parley.modelgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Guards the committed generated code: each bundle's generated files (the model's {@code src-gen/}, the edit
 * bundle's {@code src-gen/}, {@code plugin.properties} and {@code icons/}) and the genmodel must be exactly what the
 * generator makes from {@code parley.ecore} today.
 */
class GeneratedCodeIsCurrentTest {

	private static final Path BUNDLES = Path.of("../../bundles");
	private static final Path GEN_MODEL = BUNDLES.resolve("org.parley.model/model/parley.genmodel");
	private static final String REGENERATE = "regenerate with: ./mvnw -f releng/org.parley.modelgen/pom.xml -q compile exec:java";

	@ParameterizedTest
	@EnumSource(GeneratedPart.class)
	void committedFilesAreWhatTheGeneratorMakes(GeneratedPart part) throws IOException {
		GeneratedFiles generated = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL), part);

		assertThat(generated.tree().differencesFrom(generated.onDisk(BUNDLES)))
				.as("%s differs from what %s generates (missing = not committed, extra = not generated); %s",
						generated.bundleIn(BUNDLES).toAbsolutePath().normalize(), GEN_MODEL.toAbsolutePath().normalize(),
						REGENERATE)
				.isEmpty();
	}

	@Test
	void genModelIsInStepWithItsEcore() throws IOException {
		assertThat(StandaloneGenModel.load(GEN_MODEL).isCurrentOnDisk())
				.as("%s lags behind its ecore; %s", GEN_MODEL.toAbsolutePath().normalize(), REGENERATE)
				.isTrue();
	}

	@ParameterizedTest
	@EnumSource(GeneratedPart.class)
	void generatingTwiceGivesIdenticalFiles(GeneratedPart part) throws IOException {
		SourceTree first = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL), part).tree();
		SourceTree second = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL), part).tree();

		assertThat(first.differencesFrom(second)).isEmpty();
	}
}
