package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Team;

class ProjectTest {

	@TempDir
	Path folder;

	@Test
	void savesEachAggregateInAFileOfItsOwn() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();

		assertThat(folder.resolve("plan.parley")).isRegularFile();
		assertThat(folder.resolve("strategy.parley")).isRegularFile();
		assertThat(folder.resolve("matrix.parley")).isRegularFile();
		assertThat(folder.resolve("schedules/2026-11.parley")).isRegularFile();
		assertThat(folder.resolve("channels.parley")).doesNotExist();
		assertThat(Files.readString(folder.resolve("plan.parley"))).doesNotContain("Customer service");
	}

	@Test
	void readsBackReferencesAcrossFiles() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();

		Plan plan = Project.open(folder).plan();

		ContentItem item = plan.getSchedules().get(0).getItems().get(0);
		assertThat(item.getCell().getTeam().getName()).isEqualTo("Customer service");
		assertThat(item.getCell().getTeam()).isSameAs(plan.getStrategy().getTeams().get(0));
	}

	@Test
	void writesReferencesByIdAndNotByPosition() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();

		assertThat(Files.readString(folder.resolve("matrix.parley")))
				.contains("team=\"strategy.parley#" + PlanFixture.TEAM + "\"")
				.doesNotContain("//@");
		assertThat(Files.readString(folder.resolve("schedules/2026-11.parley")))
				.contains("cell=\"../matrix.parley#" + PlanFixture.CELL + "\"");
	}

	@Test
	void leavesUnchangedFilesUntouchedWhenSavingAgain() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Path matrix = folder.resolve("matrix.parley");
		byte[] before = Files.readAllBytes(matrix);
		FileTime old = FileTime.fromMillis(1_000_000_000L);
		Files.setLastModifiedTime(matrix, old);

		Project.open(folder).save();

		assertThat(Files.readAllBytes(matrix)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(matrix)).isEqualTo(old);
	}

	@Test
	void namesFileAndLineOfAFileThatDoesNotLoad() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Files.writeString(folder.resolve("strategy.parley"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<parley:Strategy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:parley="http://parley.org/model/1.0" id="s">
				  <teams id="t" name="Support"
				</parley:Strategy>
				""", StandardCharsets.UTF_8);

		Project project = Project.open(folder);

		assertThat(project.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(folder.resolve("strategy.parley"));
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.getMessage()).startsWith(folder.resolve("strategy.parley") + ":4:");
		});
	}

	@Test
	void loadsTheOtherFilesWhenOneDoesNotLoad() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Files.writeString(folder.resolve("strategy.parley"), "not xml");

		Plan plan = Project.open(folder).plan();

		assertThat(plan.getStrategy()).isNull();
		assertThat(plan.getMatrix().getCells()).hasSize(1);
		assertThat(plan.getSchedules().get(0).getItems()).hasSize(1);
	}

	@Test
	void neverRewritesAFileThatDidNotLoad() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Files.writeString(folder.resolve("strategy.parley"), "not xml");
		Project project = Project.open(folder);
		project.plan().getMatrix().getCells().get(0).setTone("formal");

		project.save();

		assertThat(Files.readString(folder.resolve("strategy.parley"))).isEqualTo("not xml");
		assertThat(Files.readString(folder.resolve("matrix.parley"))).contains("tone=\"formal\"");
	}

	@Test
	void namesAnUnknownFeatureWithItsLine() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Path matrix = folder.resolve("matrix.parley");
		Files.writeString(matrix, Files.readString(matrix).replace("tone=\"warm\"", "tone=\"warm\" mood=\"sunny\""));

		ModelFileException problem = Project.open(folder).problems().get(0);

		assertThat(problem.file()).isEqualTo(matrix);
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.problem()).contains("mood");
	}

	@Test
	void reportsAFileWhoseRootHasTheWrongType() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Files.copy(folder.resolve("matrix.parley"), folder.resolve("strategy.parley"),
				StandardCopyOption.REPLACE_EXISTING);

		ModelFileException problem = Project.open(folder).problems().get(0);

		assertThat(problem.getMessage()).endsWith("strategy.parley: expected one Strategy at the top of the file but found Matrix");
	}

	@Test
	void deletesTheFileOfAScheduleRemovedFromThePlan() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Project project = Project.open(folder);
		project.plan().getSchedules().clear();

		project.save();

		assertThat(folder.resolve("schedules/2026-11.parley")).doesNotExist();
	}

	@Test
	void movesAScheduleToTheFileOfItsNewMonth() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Project project = Project.open(folder);
		project.plan().getSchedules().get(0).setMonth("2026-12");

		project.save();

		assertThat(folder.resolve("schedules/2026-11.parley")).doesNotExist();
		Schedule december = Project.open(folder).plan().getSchedules().get(0);
		assertThat(december.getMonth()).isEqualTo("2026-12");
		assertThat(december.getItems().get(0).getCell().getTone()).isEqualTo("warm");
	}

	@Test
	void keepsTheBacklogInAFileOfItsOwn() throws IOException {
		Plan plan = PlanFixture.plan();
		plan.getSchedules().add(PlanFixture.schedule("00000000-0000-0000-0000-0000000000b1", null));

		Project.create(folder, plan).save();

		assertThat(folder.resolve("schedules/backlog.parley")).isRegularFile();
		assertThat(Project.open(folder).plan().getSchedules()).hasSize(2);
	}

	@Test
	void refusesTwoSchedulesForTheSameMonth() {
		Plan plan = PlanFixture.plan();
		plan.getSchedules().add(PlanFixture.schedule("00000000-0000-0000-0000-0000000000b2", "2026-11"));

		assertThatThrownBy(() -> Project.create(folder, plan).save()).isInstanceOf(ModelFileException.class)
				.hasMessageContaining("2026-11.parley").hasMessageContaining("only one schedule");
	}

	@Test
	void givesAnIdToEveryObjectSavedWithoutOne() throws IOException {
		Plan plan = PlanFixture.plan();
		Team team = ParleyFactory.eINSTANCE.createTeam();
		team.setName("Recruiting");
		plan.getStrategy().getTeams().add(team);

		Project.create(folder, plan).save();

		Team stored = Project.open(folder).plan().getStrategy().getTeams().get(1);
		assertThat(stored.getId()).matches("[0-9a-f-]{36}");
	}

	@Test
	void refusesAFolderWithoutPlan() {
		assertThatThrownBy(() -> Project.open(folder)).isInstanceOf(ModelFileException.class)
				.hasMessage(folder.resolve("plan.parley") + ": is missing: the folder is not a Parley project");
	}

	@Test
	void refusesToCreateAProjectOverAnExistingOne() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();

		assertThatThrownBy(() -> Project.create(folder, PlanFixture.plan())).isInstanceOf(ModelFileException.class)
				.hasMessageContaining("plan.parley: already exists");
	}

	@Test
	void namesTheObjectThatRefersToAnObjectNoLongerInTheProject() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		Project project = Project.open(folder);
		Team team = project.plan().getStrategy().getTeams().get(0);
		project.plan().getMatrix().getCells().get(0).setTeam(team);
		project.plan().getStrategy().getTeams().remove(team);
		byte[] matrixBefore = Files.readAllBytes(folder.resolve("matrix.parley"));

		assertThatThrownBy(project::save).isInstanceOf(ModelFileException.class)
				.hasMessage(folder.resolve("matrix.parley") + ": ConversationCell " + PlanFixture.CELL
						+ " refers through 'team' to Team " + PlanFixture.TEAM + ", which is no longer part of the project");
		assertThat(Files.readAllBytes(folder.resolve("matrix.parley"))).isEqualTo(matrixBefore);
	}
}
