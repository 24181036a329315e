package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.parley.core.storage.LoadedProject;
import org.parley.listening.analyse.AnalysisRun;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.analyse.ProjectAnalysers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley analyse DIR [--force]}: language, tags, sentiment and intent of the stored mentions. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
		description = "Analyses the mentions that are new or were analysed by another analyser version (all of them "
				+ "with --force) and stores the results in .parley/analysis, a git-ignored cache. Progress (mentions/s) "
				+ "goes to standard error, a summary to standard output. Interrupting keeps what was analysed.")
public class AnalyseCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = "--force", description = "analyse every mention again") boolean force;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		LoadedProject project = ProjectFolder.load(dir, err);
		MentionAnalyser analyser = ProjectAnalysers.forProject(project.directory(), project.plan());
		return analyse(project.directory(), analyser, force, spec.commandLine().getOut(), err);
	}

	/** The command's work with a given analyser: the seam tests use with their own classifiers. */
	static int analyse(Path dir, MentionAnalyser analyser, boolean force, PrintWriter out, PrintWriter err) {
		AtomicBoolean interrupted = new AtomicBoolean();
		CountDownLatch finished = new CountDownLatch(1);
		// Ctrl-C stops after the current mention, so the files written so far stay whole
		Thread stopper = new Thread(() -> {
			interrupted.set(true);
			try {
				finished.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "parley-analyse-stop");
		Runtime.getRuntime().addShutdownHook(stopper);
		try {
			AnalysisRun.Summary summary = new AnalysisRun(dir, analyser).run(force,
					p -> err.print(String.format(Locale.ROOT, "\ranalyse: %d/%d mentions, %.0f mentions/s   ", p.done(),
							p.toDo(), p.mentionsPerSecond())),
					interrupted::get);
			err.println();
			out.printf(Locale.ROOT, "%d mentions: %d analysed, %d up to date, %d files written, %.0f mentions/s%s%n",
					summary.mentions(), summary.analysed(), summary.upToDate(), summary.filesWritten(),
					summary.mentionsPerSecond(), summary.cancelled() ? " (interrupted)" : "");
			return ExitCode.OK;
		} catch (IOException e) {
			throw new UsageException(e.getMessage(), e);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopper);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: nothing to remove
			}
		}
	}
}
