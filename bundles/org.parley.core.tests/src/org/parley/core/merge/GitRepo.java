package org.parley.core.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Git working tree driven through the real {@code git} command, for tests. */
public final class GitRepo {

	/** What a git command printed and how it ended. */
	public record Outcome(int exit, String output) {
	}

	private final Path dir;

	/** A repository in {@code dir}, created with {@code git init} and a test identity. */
	public static GitRepo init(Path dir) throws IOException {
		GitRepo repo = new GitRepo(dir);
		repo.ok("init", "-q", "-b", "main");
		repo.ok("config", "user.email", "test@parley.invalid");
		repo.ok("config", "user.name", "Parley Test");
		repo.ok("config", "commit.gpgsign", "false");
		return repo;
	}

	private GitRepo(Path dir) {
		this.dir = dir;
	}

	/** Runs git and fails unless it succeeds. */
	public String ok(String... arguments) throws IOException {
		Outcome outcome = run(arguments);
		if (outcome.exit() != 0) {
			throw new AssertionError("git " + String.join(" ", arguments) + " failed: " + outcome.output());
		}
		return outcome.output();
	}

	/** Runs git in the working tree. */
	public Outcome run(String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("git " + String.join(" ", arguments) + " did not end");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		return new Outcome(process.exitValue(), output);
	}

	/** Stages everything and commits. */
	public void commitAll(String message) throws IOException {
		ok("add", "-A");
		ok("commit", "-q", "-m", message);
	}
}
