package org.parley.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of a source folder: their contents by path relative to the folder, with '/' as separator.
 * Lets the generator's output be compared with a folder on disk, and written over it exactly.
 */
public final class SourceTree {

	private final SortedMap<String, byte[]> files;

	public SourceTree(Map<String, byte[]> files) {
		this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
	}

	/** Reads every file under {@code folder}; an absent folder reads as an empty tree. */
	public static SourceTree read(Path folder) throws IOException {
		return read(folder, path -> true);
	}

	/** Reads the files under {@code folder} whose relative path {@code include} accepts. */
	public static SourceTree read(Path folder, Predicate<String> include) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path file : paths.filter(Files::isRegularFile).toList()) {
					String name = relativeName(folder, file);
					if (include.test(name)) {
						files.put(name, Files.readAllBytes(file));
					}
				}
			}
		}
		return new SourceTree(files);
	}

	public SortedMap<String, byte[]> files() {
		return files;
	}

	/**
	 * Says how {@code actual} differs from this tree, one line per file, sorted by path:
	 * {@code missing: p} (here, not there), {@code extra: p} (there, not here), {@code changed: p}.
	 */
	public List<String> differencesFrom(SourceTree actual) {
		List<String> differences = new ArrayList<>();
		TreeSet<String> paths = new TreeSet<>(files.keySet());
		paths.addAll(actual.files.keySet());
		for (String path : paths) {
			byte[] expected = files.get(path);
			byte[] found = actual.files.get(path);
			if (found == null) {
				differences.add("missing: " + path);
			} else if (expected == null) {
				differences.add("extra: " + path);
			} else if (!Arrays.equals(expected, found)) {
				differences.add("changed: " + path);
			}
		}
		return differences;
	}

	/**
	 * Makes {@code folder} hold exactly this tree: writes the files that differ, deletes the others and the
	 * folders left empty. Unchanged files keep their time stamps, so incremental builds stay incremental.
	 *
	 * @return how many files were written and deleted
	 */
	public int[] writeTo(Path folder) throws IOException {
		return writeTo(folder, path -> true);
	}

	/**
	 * Makes the files of {@code folder} that {@code owned} accepts exactly this tree, as {@link #writeTo(Path)} does,
	 * leaving every other file and folder alone.
	 */
	public int[] writeTo(Path folder, Predicate<String> owned) throws IOException {
		SourceTree current = read(folder, owned);
		int written = 0;
		int deleted = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			byte[] old = current.files.get(file.getKey());
			if (old == null || !Arrays.equals(old, file.getValue())) {
				Path target = folder.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, file.getValue());
				written++;
			}
		}
		for (String stale : current.files.keySet()) {
			if (!files.containsKey(stale)) {
				Files.delete(folder.resolve(stale));
				deleted++;
			}
		}
		deleteEmptyFolders(folder, owned);
		return new int[] { written, deleted };
	}

	private static void deleteEmptyFolders(Path folder, Predicate<String> owned) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(folder) && Files.isDirectory(path) && owned.test(relativeName(folder, path) + "/")
						&& isEmpty(path)) {
					Files.delete(path);
				}
			}
		}
	}

	private static boolean isEmpty(Path directory) {
		try (Stream<Path> children = Files.list(directory)) {
			return children.findAny().isEmpty();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String relativeName(Path folder, Path file) {
		return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}
}
