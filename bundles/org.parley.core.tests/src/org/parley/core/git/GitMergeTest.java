package org.parley.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.PlanFixture;
import org.parley.core.storage.Project;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.Schedule;

/**
 * {@code git merge} in a real repository with the driver registered as a separate JVM, as a user's clone has it.
 * The two branches change the same line of the same month's file, which a text merge would mark as a conflict.
 */
class GitMergeTest {

	@TempDir
	Path repository;

	@BeforeEach
	void createRepositoryWithTwoBranches() throws IOException, URISyntaxException {
		git("init", "-q", "-b", "main");
		git("config", "user.name", "Test");
		git("config", "user.email", "test@example.org");
		Project.create(repository, PlanFixture.plan()).save();
		GitSetup.writeRepositoryFiles(repository);
		GitSetup.registerDriver(repository, DriverCommand.create());
		git("add", "-A");
		git("commit", "-q", "-m", "plan");
		git("branch", "theirs");
	}

	@Test
	void mergesChangesToDifferentFeaturesOfOneItem() throws IOException {
		commitItem("main", item -> item.setTitle("Winter blend is here"));
		commitItem("theirs", item -> item.setBody("Dark roast, cocoa notes."));
		git("checkout", "-q", "main");

		GitCommand.Result merge = GitCommand.runAllowingFailure(repository, "merge", "-q", "--no-edit", "theirs");

		assertThat(merge.exitCode()).as(merge.errors()).isZero();
		ContentItem item = item(Project.open(repository));
		assertThat(item.getTitle()).isEqualTo("Winter blend is here");
		assertThat(item.getBody()).isEqualTo("Dark roast, cocoa notes.");
	}

	@Test
	void leavesALoadableFileWithTheConflictRecorded() throws IOException {
		commitItem("main", item -> item.setTitle("Ours"));
		commitItem("theirs", item -> item.setTitle("Theirs"));
		git("checkout", "-q", "main");

		GitCommand.Result merge = GitCommand.runAllowingFailure(repository, "merge", "-q", "--no-edit", "theirs");

		assertThat(merge.exitCode()).isNotZero();
		assertThat(git("diff", "--name-only", "--diff-filter=U").strip()).isEqualTo("schedules/2026-11.parley");
		Project project = Project.open(repository);
		assertThat(project.problems()).isEmpty();
		Schedule november = project.plan().getSchedules().get(0);
		assertThat(november.getItems().get(0).getTitle()).isEqualTo("Ours");
		assertThat(november.getConflicts()).extracting(MergeConflict::getTheirsValue).containsExactly("Theirs");
	}

	private void commitItem(String branch, Consumer<ContentItem> change) throws IOException {
		git("checkout", "-q", branch);
		Project project = Project.open(repository);
		change.accept(item(project));
		project.save();
		git("commit", "-q", "-am", "change on " + branch);
	}

	private static ContentItem item(Project project) {
		return project.plan().getSchedules().get(0).getItems().get(0);
	}

	private String git(String... arguments) throws IOException {
		return GitCommand.run(repository, arguments);
	}
}
