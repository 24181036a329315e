package org.parley.modelgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Guards the committed model code: {@code src-gen/} and the genmodel must be exactly what the generator makes
 * from {@code parley.ecore} today.
 */
class GeneratedCodeIsCurrentTest {

	private static final Path MODEL_BUNDLE = Path.of("../../bundles/org.parley.model");
	private static final Path GEN_MODEL = MODEL_BUNDLE.resolve("model/parley.genmodel");
	private static final Path SRC_GEN = MODEL_BUNDLE.resolve("src-gen");
	private static final String REGENERATE = "regenerate with: ./mvnw -f releng/org.parley.modelgen/pom.xml -q compile exec:java";

	@Test
	void committedSourcesAreWhatTheGeneratorMakes() throws IOException {
		SourceTree generated = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL));

		assertThat(generated.differencesFrom(SourceTree.read(SRC_GEN)))
				.as("%s differs from what %s generates (missing = not committed, extra = not generated); %s",
						SRC_GEN.toAbsolutePath().normalize(), GEN_MODEL.toAbsolutePath().normalize(), REGENERATE)
				.isEmpty();
	}

	@Test
	void genModelIsInStepWithItsEcore() throws IOException {
		assertThat(StandaloneGenModel.load(GEN_MODEL).isCurrentOnDisk())
				.as("%s lags behind its ecore; %s", GEN_MODEL.toAbsolutePath().normalize(), REGENERATE)
				.isTrue();
	}

	@Test
	void generatingTwiceGivesIdenticalFiles() throws IOException {
		SourceTree first = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL));
		SourceTree second = new ModelCodeGenerator().generate(StandaloneGenModel.load(GEN_MODEL));

		assertThat(first.differencesFrom(second)).isEmpty();
	}
}
