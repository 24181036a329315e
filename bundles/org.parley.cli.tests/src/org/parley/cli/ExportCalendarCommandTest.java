package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-calendar's answers to bad input, which come before it opens a display (drawing itself is tested in the
 * workbench tests, which run under Xvfb).
 */
class ExportCalendarCommandTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void createSample() {
		project = temp.resolve("sample");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
	}

	@Test
	void refusesAMonthThatIsNotYearAndMonth() {
		CommandRun run = CommandRun.of("export-calendar", project.toString(), "--month", "January", "-o",
				temp.resolve("jan.png").toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("--month: expected YYYY-MM, such as 2027-01, not 'January'");
		assertThat(Files.exists(temp.resolve("jan.png"))).isFalse();
	}

	@Test
	void refusesAnUnknownViewAndAnUnknownChannel() {
		CommandRun view = CommandRun.of("export-calendar", project.toString(), "--month", "2027-01", "--view", "year",
				"-o", temp.resolve("jan.png").toString());
		CommandRun channel = CommandRun.of("export-calendar", project.toString(), "--month", "2027-01", "--channel",
				"Carrier pigeon", "-o", temp.resolve("jan.png").toString());

		assertThat(view.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(view.err()).contains("--view: month, week, agenda or timeline, not 'year'");
		assertThat(channel.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(channel.err()).contains("no channel named or with id 'Carrier pigeon' in channels.parley");
	}
}
