package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.git.GitSetup;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.storage.TestJvm;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Team;

/** Real Git merges of a Parley project, with the merge driver registered as Git setup does it. */
class MergeDriverTest {

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
	void mergesChangesOfTwoBranchesToTheSameFiles() throws IOException {
		onBranch("theirs", project -> {
			project.plan().getStrategy().getTeams().get(1).setName("Care");
			project.plan().getMatrix().getCells().get(0).setTone("Warm");
			project.plan().getSchedules().get(1).getItems().get(0).setTitle("Their title");
		});
		onBranch("main", project -> {
			project.plan().getStrategy().getTeams().get(0).setName("Brand marketing");
			project.plan().getMatrix().getCells().get(0).setGoal("Delight");
			project.plan().getSchedules().get(1).getItems().get(1).setTitle("Our title");
			Team team = ParleyFactory.eINSTANCE.createTeam();
			team.setName("HR");
			project.plan().getStrategy().getTeams().add(team);
		});

		GitRepo.Outcome merge = git.run("merge", "--no-edit", "theirs");

		assertThat(merge.exit()).as(merge.output()).isZero();
		LoadedProject merged = store.load(repoDir);
		assertThat(merged.problems()).isEmpty();
		assertThat(merged.plan().getStrategy().getTeams()).extracting(Team::getName).containsExactly("Brand marketing",
				"Care", "HR");
		assertThat(merged.plan().getMatrix().getCells().get(0).getGoal()).isEqualTo("Delight");
		assertThat(merged.plan().getMatrix().getCells().get(0).getTone()).isEqualTo("Warm");
		assertThat(merged.plan().getSchedules().get(1).getItems()).extracting(ContentItem::getTitle)
				.containsExactly("Their title", "Our title");
	}

	@Test
	void keepsItemsBothBranchesAddedToAMonthFileThatNeitherHad() throws IOException {
		onBranch("theirs", project -> project.plan().getSchedules().get(0).getItems()
				.add(item("Their May post", "2027-05-04T09:00")));
		onBranch("main", project -> project.plan().getSchedules().get(0).getItems()
				.add(item("Our May post", "2027-05-20T18:00")));

		GitRepo.Outcome merge = git.run("merge", "--no-edit", "theirs");

		assertThat(merge.exit()).as(merge.output()).isZero();
		LoadedProject merged = store.load(repoDir);
		assertThat(merged.problems()).isEmpty();
		assertThat(merged.plan().getSchedules()).filteredOn(schedule -> "2027-05".equals(schedule.getMonth()))
				.singleElement().satisfies(may -> assertThat(may.getItems()).extracting(ContentItem::getTitle)
						.containsExactlyInAnyOrder("Our May post", "Their May post"));
	}

	@Test
	void writesMergedFilesAsTheStoreWouldSaveThem() throws IOException {
		onBranch("theirs", project -> project.plan().getStrategy().getTeams().get(1).setName("Care"));
		onBranch("main", project -> project.plan().getStrategy().getTeams().get(0).setName("Brand marketing"));
		git.ok("merge", "--no-edit", "theirs");

		store.save(store.load(repoDir));

		assertThat(git.ok("status", "--porcelain")).isEmpty();
	}

	@Test
	void leavesTheFileConflictedButLoadableWhenBothChangeOneAttribute() throws IOException {
		onBranch("theirs", project -> project.plan().getMatrix().getCells().get(0).setGoal("Retain"));
		onBranch("main", project -> project.plan().getMatrix().getCells().get(0).setGoal("Delight"));

		GitRepo.Outcome merge = git.run("merge", "--no-edit", "theirs");

		assertThat(merge.exit()).as(merge.output()).isNotZero();
		assertThat(git.ok("diff", "--name-only", "--diff-filter=U").lines()).containsExactly("matrix.parley");
		LoadedProject merged = store.load(repoDir);
		assertThat(merged.problems()).isEmpty();
		assertThat(merged.plan().getMatrix().getCells().get(0).getGoal()).isEqualTo("Delight");
		assertThat(merged.plan().getMatrix().getConflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.MODIFY_MODIFY);
			assertThat(conflict.getFeatureName()).isEqualTo("goal");
			assertThat(conflict.getOursValue()).isEqualTo("Delight");
			assertThat(conflict.getTheirsValue()).isEqualTo("Retain");
		});
	}

	@Test
	void keepsAnItemMovedToAnotherMonthOnOneBranchAndEditedElsewhereOnTheOther() throws IOException {
		onBranch("theirs", project -> project.plan().getSchedules().get(1).getItems().get(0)
				.setScheduledAt(LocalDateTime.parse("2027-02-03T10:00")));
		onBranch("main", project -> project.plan().getSchedules().get(1).getItems().get(1).setTitle("Our title"));

		GitRepo.Outcome merge = git.run("merge", "--no-edit", "theirs");

		assertThat(merge.exit()).as(merge.output()).isZero();
		LoadedProject merged = store.load(repoDir);
		assertThat(merged.problems()).isEmpty();
		assertThat(Files.readString(repoDir.resolve("calendar/2027-02.parley"))).contains("2027-02-03T10:00");
		assertThat(merged.plan().getSchedules().get(1).getItems()).extracting(ContentItem::getTitle)
				.containsExactly("Our title");
	}

	@Test
	void reportsAnUnreadableInputInOneLineWithExitCodeTwo() throws IOException {
		Path base = Files.writeString(temp.resolve("base"), Files.readString(repoDir.resolve("matrix.parley")));
		Path ours = Files.writeString(temp.resolve("ours"), Files.readString(repoDir.resolve("matrix.parley")));
		Path theirs = Files.writeString(temp.resolve("theirs"), "<?xml version=\"1.0\"?>\n<parley:Matrix");
		byte[] oursBefore = Files.readAllBytes(ours);
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new MergeDriver().run(base, ours, theirs, "matrix.parley",
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(MergeDriver.UNREADABLE);
		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(message.lines()).singleElement().asString().contains("matrix.parley", theirs.toString(), ":2:");
		assertThat(Files.readAllBytes(ours)).isEqualTo(oursBefore);
	}

	@Test
	void reportsOurVersionUnreadableEvenWhereTheirsChangedAnotherItem() throws IOException {
		String month = "calendar/2026-12.parley";
		String text = Files.readString(repoDir.resolve(month));
		Path base = Files.writeString(temp.resolve("base"), text);
		// ours: a status Parley does not know in the first item; theirs: a new title for the last one
		String broken = text.replaceFirst("<items ", "<items status=\"SOMEDAY\" ");
		Path ours = Files.writeString(temp.resolve("ours"), broken);
		int last = text.lastIndexOf("title=\"");
		Path theirs = Files.writeString(temp.resolve("theirs"),
				text.substring(0, last) + "title=\"Their " + text.substring(last + "title=\"".length()));
		assertThat(BlockMerge.merge(text.getBytes(StandardCharsets.UTF_8), broken.getBytes(StandardCharsets.UTF_8),
				Files.readAllBytes(theirs))).isNotNull();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new MergeDriver().run(base, ours, theirs, month, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(MergeDriver.UNREADABLE);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains(month, "our",
				"SOMEDAY");
		assertThat(Files.readString(ours)).isEqualTo(broken);
	}

	private static ContentItem item(String title, String scheduledAt) {
		ContentItem item = ParleyFactory.eINSTANCE.createContentItem();
		item.setTitle(title);
		item.setScheduledAt(LocalDateTime.parse(scheduledAt));
		return item;
	}

	/** Checks out (creating if needed) a branch, edits the project and commits. */
	private void onBranch(String branch, ProjectEdit edit) throws IOException {
		if (git.run("rev-parse", "--verify", "-q", branch).exit() == 0) {
			git.ok("checkout", "-q", branch);
		} else {
			git.ok("checkout", "-q", "-b", branch);
		}
		LoadedProject project = store.load(repoDir);
		assertThat(project.problems()).isEmpty();
		edit.apply(project);
		store.save(project);
		git.commitAll("edit on " + branch);
		git.ok("checkout", "-q", "main");
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
