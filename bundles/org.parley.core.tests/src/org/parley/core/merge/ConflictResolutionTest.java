package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.git.GitSetup;
import org.parley.core.merge.ConflictResolution.Choice;
import org.parley.core.merge.ConflictResolution.DeleteObject;
import org.parley.core.merge.ConflictResolution.KeepAsIs;
import org.parley.core.merge.ConflictResolution.SetValue;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.storage.TestJvm;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.Matrix;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyPackage;
import org.parley.model.Schedule;
import org.parley.model.Team;

/** Conflicts as the workbench finds them: left by a real {@code git merge} with Parley's driver, then loaded. */
class ConflictResolutionTest {

	@TempDir
	Path temp;

	private Path repoDir;
	private GitRepo git;
	private final ProjectStore store = new ProjectStore();

	@BeforeEach
	void createRepository() throws IOException {
		repoDir = temp.resolve("repo");
		Files.createDirectories(repoDir);
		ModelFiles.sample(repoDir);
		git = GitRepo.init(repoDir);
		new GitSetup(driverScript().toString()).setUp(repoDir);
		git.commitAll("sample project");
	}

	@Test
	void settingTheirValueIsTheChangeWhenTheUserChoosesTheirs() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setGoal("Retain"),
				project -> cell(project).setGoal("Delight"));
		Matrix matrix = merged.plan().getMatrix();

		var change = ConflictResolution.of(matrix, matrix.getConflicts().get(0), Choice.THEIRS);

		assertThat(change).contains(new SetValue(cell(merged), ParleyPackage.Literals.CONVERSATION_CELL__GOAL, "Retain"));
	}

	@Test
	void choosingOursChangesNothingButTheConflict() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setGoal("Retain"),
				project -> cell(project).setGoal("Delight"));
		Matrix matrix = merged.plan().getMatrix();

		assertThat(ConflictResolution.of(matrix, matrix.getConflicts().get(0), Choice.OURS)).contains(new KeepAsIs());
		execute(ConflictResolution.command(matrix, matrix.getConflicts().get(0), Choice.OURS).orElseThrow());

		assertThat(cell(merged).getGoal()).isEqualTo("Delight");
		assertThat(matrix.getConflicts()).isEmpty();
	}

	@Test
	void theCommandSetsTheirValueRemovesTheConflictAndSavesAFileWithoutConflicts() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setGoal("Retain"),
				project -> cell(project).setGoal("Delight"));
		Matrix matrix = merged.plan().getMatrix();

		execute(ConflictResolution.command(matrix, matrix.getConflicts().get(0), Choice.THEIRS).orElseThrow());
		store.save(merged);

		LoadedProject reloaded = store.load(repoDir);
		assertThat(reloaded.problems()).isEmpty();
		assertThat(cell(reloaded).getGoal()).isEqualTo("Retain");
		assertThat(reloaded.plan().getMatrix().getConflicts()).isEmpty();
	}

	@Test
	void undoPutsBackOurValueAndTheConflict() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setGoal("Retain"),
				project -> cell(project).setGoal("Delight"));
		Matrix matrix = merged.plan().getMatrix();
		MergeConflict conflict = matrix.getConflicts().get(0);
		BasicCommandStack stack = new BasicCommandStack();

		stack.execute(ConflictResolution.command(matrix, conflict, Choice.THEIRS).orElseThrow());
		stack.undo();

		assertThat(cell(merged).getGoal()).isEqualTo("Delight");
		assertThat(matrix.getConflicts()).containsExactly(conflict);
		stack.redo();
		assertThat(cell(merged).getGoal()).isEqualTo("Retain");
		assertThat(matrix.getConflicts()).isEmpty();
	}

	@Test
	void theirReferenceToAnotherFileResolvesToTheObjectThere() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setTeam(team(project, 1)),
				project -> cell(project).setTeam(null));
		Matrix matrix = merged.plan().getMatrix();
		MergeConflict conflict = matrix.getConflicts().get(0);
		assertThat(conflict.getFeatureName()).isEqualTo("team");

		execute(ConflictResolution.command(matrix, conflict, Choice.THEIRS).orElseThrow());

		assertThat(cell(merged).getTeam()).isSameAs(team(merged, 1));
	}

	@Test
	void readsATimeBackIntoItsType() throws IOException {
		LoadedProject merged = mergeConflicting(project -> item(project).setScheduledAt(at("2026-11-26T18:30")),
				project -> item(project).setScheduledAt(at("2026-11-25T09:00")));
		Schedule schedule = scheduleOf(item(merged));

		var change = ConflictResolution.of(schedule, schedule.getConflicts().get(0), Choice.THEIRS).orElseThrow();

		assertThat(((SetValue) change).value()).isEqualTo(at("2026-11-26T18:30"));
	}

	@Test
	void deletesTheObjectAndTheReferencesToItWhenTheUserChoosesTheSideThatDeletedIt() throws IOException {
		LoadedProject merged = mergeConflicting(project -> {
			ContentItem item = item(project);
			scheduleOf(item).getItems().remove(item);
		}, project -> item(project).setTitle("Still needed"));
		ContentItem kept = item(merged);
		Schedule schedule = scheduleOf(kept);
		MergeConflict conflict = schedule.getConflicts().get(0);
		assertThat(conflict.getKind()).isEqualTo(ConflictKind.DELETE_MODIFY);

		assertThat(ConflictResolution.of(schedule, conflict, Choice.THEIRS)).contains(new DeleteObject(kept));
		Command delete = ConflictResolution.command(schedule, conflict, Choice.THEIRS).orElseThrow();
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(delete);

		assertThat(schedule.getItems()).doesNotContain(kept);
		assertThat(schedule.getConflicts()).isEmpty();
		stack.undo();
		assertThat(schedule.getItems()).contains(kept);
		assertThat(schedule.getConflicts()).containsExactly(conflict);
	}

	@Test
	void offersNothingForAnObjectTheFileNoLongerHas() throws IOException {
		LoadedProject merged = mergeConflicting(project -> cell(project).setGoal("Retain"),
				project -> cell(project).setGoal("Delight"));
		Matrix matrix = merged.plan().getMatrix();
		MergeConflict conflict = matrix.getConflicts().get(0);
		matrix.getCells().remove(cell(merged));

		assertThat(ConflictResolution.of(matrix, conflict, Choice.THEIRS)).isEmpty();
		assertThat(ConflictResolution.command(matrix, conflict, Choice.THEIRS)).isEmpty();
	}

	/** Commits their edit on a branch and ours on main, merges with Git and loads the conflicted result. */
	private LoadedProject mergeConflicting(ProjectEdit theirs, ProjectEdit ours) throws IOException {
		onBranch("theirs", theirs);
		onBranch("main", ours);
		GitRepo.Outcome merge = git.run("merge", "--no-edit", "theirs");
		assertThat(merge.exit()).as(merge.output()).isNotZero();
		assertThat(git.ok("diff", "--name-only", "--diff-filter=U")).isNotBlank();
		LoadedProject merged = store.load(repoDir);
		assertThat(merged.problems()).isEmpty();
		return merged;
	}

	private void onBranch(String branch, ProjectEdit edit) throws IOException {
		if (git.run("rev-parse", "--verify", "-q", branch).exit() == 0) {
			git.ok("checkout", "-q", branch);
		} else {
			git.ok("checkout", "-q", "-b", branch);
		}
		LoadedProject project = store.load(repoDir);
		edit.apply(project);
		store.save(project);
		git.commitAll("edit on " + branch);
		git.ok("checkout", "-q", "main");
	}

	private static void execute(Command command) {
		assertThat(command.canExecute()).isTrue();
		command.execute();
	}

	private static ConversationCell cell(LoadedProject project) {
		return project.plan().getMatrix().getCells().get(0);
	}

	private static Team team(LoadedProject project, int index) {
		return project.plan().getStrategy().getTeams().get(index);
	}

	/** The first item of the first month that has items. */
	private static ContentItem item(LoadedProject project) {
		return project.plan().getSchedules().stream().filter(schedule -> schedule.getMonth() != null)
				.filter(schedule -> !schedule.getItems().isEmpty()).findFirst().orElseThrow().getItems().get(0);
	}

	private static Schedule scheduleOf(ContentItem item) {
		return (Schedule) item.eContainer();
	}

	private static LocalDateTime at(String text) {
		return LocalDateTime.parse(text);
	}

	/** A shell script that runs {@link MergeDriverMain} in a plain JVM, as the {@code parley} script would. */
	private Path driverScript() throws IOException {
		Path script = temp.resolve("parley driver");
		Files.writeString(script, "#!/bin/sh\nexec '" + TestJvm.java() + "' -cp '" + TestJvm.classpath() + "' "
				+ MergeDriverMain.class.getName() + " \"$@\"\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		return script;
	}

	private interface ProjectEdit {
		void apply(LoadedProject project);
	}
}
