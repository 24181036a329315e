package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Plan;
import org.parley.model.Team;

/** export-map without a display: SVG, focus, hidden kinds, and the errors a user can make. (PNG: the UI tests.) */
class ExportMapCommandTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void sample() {
		project = temp.resolve("sample");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
	}

	@Test
	void writesTheWholeStrategyAsSvg() throws Exception {
		Path svg = temp.resolve("map.svg");
		Plan plan = new ProjectStore().load(project).plan();

		CommandRun run = CommandRun.of("export-map", project.toString(), "-o", svg.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Wrote " + svg + ": " + plan.getStrategy().getTeams().size() + " teams, "
				+ plan.getMatrix().getCells().size() + " cells");
		String text = Files.readString(svg);
		assertThat(text).startsWith("<?xml").contains("<svg ").endsWith("</svg>\n");
		for (Team team : plan.getStrategy().getTeams()) {
			assertThat(text).contains("data-ref=\"" + team.getId() + "\"");
		}
		assertThat(text).contains("Conversation cells (" + plan.getMatrix().getCells().size() + ")");
	}

	@Test
	void focusesOnATeamByNameAndHidesTopicsAndChannels() throws Exception {
		Path svg = temp.resolve("team.svg");
		Plan plan = new ProjectStore().load(project).plan();
		Team team = plan.getStrategy().getTeams().get(0);
		long cells = plan.getMatrix().getCells().stream().filter(c -> c.getTeam().getId().equals(team.getId())).count();

		CommandRun run = CommandRun.of("export-map", project.toString(), "-o", svg.toString(), "--focus",
				team.getName(), "--hide", "topics,channels");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains(": 1 teams, " + cells + " cells", " 0 topics, 0 channels");
		String text = Files.readString(svg);
		assertThat(text).contains("data-ref=\"" + team.getId() + "\"")
				.doesNotContain("data-ref=\"" + plan.getStrategy().getTeams().get(1).getId() + "\"");
	}

	@Test
	void anUnknownFocusKindOrFileTypeIsBadUsage() {
		String svg = temp.resolve("m.svg").toString();
		CommandRun focus = CommandRun.of("export-map", project.toString(), "-o", svg, "--focus", "Nobody");
		CommandRun hide = CommandRun.of("export-map", project.toString(), "-o", svg, "--hide", "cells");
		CommandRun type = CommandRun.of("export-map", project.toString(), "-o", temp.resolve("m.jpg").toString());
		CommandRun missing = CommandRun.of("export-map", temp.resolve("nothing").toString(), "-o", svg);

		assertThat(focus.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(focus.err()).contains("--focus: no team, customer group, topic, channel or cell called 'Nobody'");
		assertThat(hide.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(hide.err()).contains("no kind of node called 'cells'");
		assertThat(type.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(type.err()).contains("m.jpg: the file must end in .png or .svg");
		assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(missing.err()).contains("not a project folder");
		assertThat(Files.exists(Path.of(svg))).as("nothing written").isFalse();
	}
}
