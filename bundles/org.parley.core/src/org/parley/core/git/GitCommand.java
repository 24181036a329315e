package org.parley.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code git} program in a folder and returns what it printed; a failure names the command, the folder,
 * the exit code and Git's own message.
 */
public final class GitCommand {

	private GitCommand() {
	}

	/** @return Git's standard output, when it exits with 0 */
	public static String run(Path folder, String... arguments) throws IOException {
		Result result = runAllowingFailure(folder, arguments);
		if (result.exitCode() != 0) {
			throw new IOException("git " + String.join(" ", arguments) + " failed in " + folder + " with exit code "
					+ result.exitCode() + ": " + result.errors().strip());
		}
		return result.output();
	}

	/** @return the exit code and output of Git, whatever the exit code */
	public static Result runAllowingFailure(Path folder, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
		// Git must never wait for input, such as an editor's or a credential prompt's.
		process.getOutputStream().close();
		// Reading both streams while Git runs keeps it from blocking on a full pipe.
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		Thread errorReader = Thread.ofVirtual().start(() -> {
			try (InputStream stream = process.getErrorStream()) {
				stream.transferTo(errors);
			} catch (IOException e) {
				// The process is gone; its exit code tells what happened.
			}
		});
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			int exitCode = process.waitFor();
			errorReader.join();
			return new Result(exitCode, output, errors.toString(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for git " + String.join(" ", arguments), e);
		}
	}

	/**
	 * @param exitCode Git's exit code
	 * @param output what Git printed on standard output
	 * @param errors what Git printed on standard error
	 */
	public record Result(int exitCode, String output, String errors) {
	}
}
