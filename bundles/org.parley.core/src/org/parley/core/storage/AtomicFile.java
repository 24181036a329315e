package org.parley.core.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's bytes so that a crash at any moment leaves either the old or the new content: the bytes go to a
 * temporary file in the same folder, are forced to the disk, and the temporary file is renamed over the target.
 */
public final class AtomicFile {

	/** Suffix of the temporary files; they never end in {@code .parley}, so a crashed save leaves nothing to load. */
	static final String TEMP_SUFFIX = ".tmp";

	/** Concurrent writes: enough for the disk to batch its commits; more only adds threads. */
	private static final int PARALLEL_WRITES = 8;

	private AtomicFile() {
	}

	/**
	 * Writes {@code bytes} to {@code file}, creating missing parent folders.
	 *
	 * @throws IOException naming the file when it cannot be written; the old content is then unchanged
	 */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = temporaryFile(folder, file);
		try {
			writeAndForce(temp, bytes);
			rename(temp, file);
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw named(file, e);
		}
		forceFolder(folder);
	}

	/**
	 * Replaces a file's bytes atomically against a process that is killed, without forcing them to the disk: for a
	 * temporary file that another program reads right after and owns, such as the one Git hands a merge driver for
	 * its result (Git then writes the result where the user keeps it). Skipping the force saves most of the time of
	 * writing such a file.
	 *
	 * @throws IOException naming the file when it cannot be written; the old content is then unchanged
	 */
	public static void replace(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Path temp = temporaryFile(folder, file);
		try {
			Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			rename(temp, file);
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw named(file, e);
		}
	}

	private static Path temporaryFile(Path folder, Path file) {
		return folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ TEMP_SUFFIX);
	}

	private static void writeAndForce(Path temp, byte[] bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			// Data must be on the disk before the rename makes it visible, or a power loss could expose a hole.
			channel.force(true);
		}
	}

	private static void rename(Path temp, Path file) throws IOException {
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException(file + ": the file system cannot rename atomically", e);
		}
	}

	/** The exception, its message starting with the file's name. */
	private static IOException named(Path file, IOException e) {
		if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
			return e;
		}
		return new IOException(file + ": cannot write: " + e, e);
	}

	/**
	 * Writes several files, each as {@link #write} does, with their bytes forced to the disk concurrently: the disk
	 * then commits them together instead of one after the other, several times faster for a project's files. No file
	 * is renamed into place before all of them are on the disk, so a file that cannot be written leaves every file as
	 * it was (only a failing rename, after the others, leaves the files before it new).
	 *
	 * @param files the bytes of each file; renamed into place in this order
	 * @throws IOException naming the first file, in the map's order, that could not be written
	 */
	public static void writeAll(Map<Path, byte[]> files) throws IOException {
		if (files.size() <= 1) {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				write(file.getKey(), file.getValue());
			}
			return;
		}
		Map<Path, Path> temps = new LinkedHashMap<>();
		Map<Path, Future<Void>> forced = new LinkedHashMap<>();
		ExecutorService writers = Executors.newFixedThreadPool(Math.min(files.size(), PARALLEL_WRITES), task -> {
			Thread thread = new Thread(task, "Parley file writer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path folder = file.getKey().toAbsolutePath().getParent();
				try {
					Files.createDirectories(folder);
				} catch (IOException e) {
					throw named(file.getKey(), e);
				}
				Path temp = temporaryFile(folder, file.getKey());
				temps.put(file.getKey(), temp);
				forced.put(file.getKey(), writers.submit(() -> {
					writeAndForce(temp, file.getValue());
					return null;
				}));
			}
			for (Map.Entry<Path, Future<Void>> file : forced.entrySet()) {
				waitFor(file.getKey(), file.getValue());
			}
			Set<Path> folders = new LinkedHashSet<>();
			for (Map.Entry<Path, Path> file : temps.entrySet()) {
				rename(file.getValue(), file.getKey());
				folders.add(file.getKey().toAbsolutePath().getParent());
			}
			folders.forEach(AtomicFile::forceFolder);
		} catch (IOException | RuntimeException e) {
			// The writes still running must end first, or a temporary file could appear after its deletion.
			forced.values().forEach(AtomicFile::awaitQuietly);
			for (Path temp : temps.values()) {
				Files.deleteIfExists(temp);
			}
			throw e;
		} finally {
			writers.shutdownNow();
		}
	}

	private static void awaitQuietly(Future<Void> write) {
		try {
			write.get();
		} catch (ExecutionException e) {
			// Its failure is not the one reported.
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitFor(Path file, Future<Void> forced) throws IOException {
		try {
			forced.get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? named(file, io)
					: new IOException(file + ": cannot write: " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(file + ": interrupted while writing");
		}
	}

	/** Makes the rename itself durable; folders cannot be opened for syncing on every platform, which is harmless. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Not supported here (e.g. Windows): the rename is still atomic, only its durability is up to the OS.
		}
	}

	/** Whether a file name is one of the temporary files that {@link #write} uses. */
	static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
	}
}
