package org.parley.core.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.parley.core.storage.AtomicFile;
import org.parley.core.storage.LoadProblem;
import org.parley.core.storage.ModelFileFormat;

/**
 * Git's merge driver for {@code .parley} files ({@code parley merge-driver %O %A %B %P}): merges their version into
 * ours with {@link ModelMerger} and writes the result over ours, atomically, in the deterministic file format. Ours
 * is the temporary file Git made for the result, so it is not forced to the disk (see {@link AtomicFile#replace}).
 * <p>
 * Exit codes as Git expects them: 0 for a clean merge, 1 when conflicts were recorded in the file (Git then marks
 * the path conflicted; the file still loads), 2 when an input cannot be read, with one line on {@code err} naming the
 * file and the problem (ours is then left untouched).
 */
public final class MergeDriver {

	/** Exit code of a clean merge. */
	public static final int CLEAN = 0;
	/** Exit code of a merge that recorded conflicts. */
	public static final int CONFLICTS = 1;
	/** Exit code when an input is unreadable. */
	public static final int UNREADABLE = 2;

	private final ModelFileFormat format = new ModelFileFormat();
	private final ModelMerger merger = new ModelMerger();

	/**
	 * Merges one file.
	 *
	 * @param base the common ancestor ({@code %O}); empty when both sides added the file
	 * @param ours our version ({@code %A}); receives the result
	 * @param theirs their version ({@code %B})
	 * @param pathName the file's path in the repository ({@code %P}), which says how relative references resolve
	 * @param err where the one-line reason goes when an input is unreadable
	 * @return {@link #CLEAN}, {@link #CONFLICTS} or {@link #UNREADABLE}
	 */
	public int run(Path base, Path ours, Path theirs, String pathName, PrintStream err) {
		// Every side gets the file's place in the repository, so relative references compare and save unchanged.
		URI uri = URI.createFileURI("/parley-merge/" + pathName.replace('\\', '/'));
		try {
			byte[] quick = quickMerge(base, ours, theirs, uri);
			if (quick != null) {
				AtomicFile.replace(ours, quick);
				return CLEAN;
			}
			// The three versions are independent: parse two in the background while this thread parses ours.
			CompletableFuture<EObject> baseRead = readInBackground(base, "base", uri, pathName, true);
			CompletableFuture<EObject> theirRead = readInBackground(theirs, "their", uri, pathName, false);
			EObject ourRoot = read(ours, "our", uri, pathName, false);
			EObject baseRoot = join(baseRead);
			EObject theirRoot = join(theirRead);
			MergeResult result = merger.merge(baseRoot, ourRoot, theirRoot);
			// Ours is Git's temporary copy (%A), which Git reads back and writes to the working tree itself:
			// atomic against a killed driver, but not forced to the disk (a power loss aborts the whole merge).
			AtomicFile.replace(ours, format.write(ourRoot.eResource()));
			return result.clean() ? CLEAN : CONFLICTS;
		} catch (Unreadable e) {
			err.println(e.getMessage());
			return UNREADABLE;
		} catch (IOException e) {
			err.println(pathName + ": cannot write the merge result to " + ours + ": " + e.getMessage());
			return UNREADABLE;
		} catch (RuntimeException e) {
			// Ours is only written at the end, so it is intact; Git then leaves the path conflicted.
			err.println(pathName + ": cannot merge: " + e);
			return UNREADABLE;
		}
	}

	/**
	 * The result of {@link BlockMerge} when it applies and reads back as a model file written exactly as the store
	 * writes it; {@code null} otherwise, and then the full merge runs (and reports any unreadable input). Reading it
	 * back is the check: its parts are taken byte for byte from files in the store's form, so it is written again
	 * only when its namespace declarations could differ from the store's.
	 */
	private byte[] quickMerge(Path base, Path ours, Path theirs, URI uri) {
		byte[] merged;
		try {
			byte[] baseBytes = Files.readAllBytes(base);
			if (baseBytes.length == 0) {
				return null;
			}
			merged = BlockMerge.merge(baseBytes, Files.readAllBytes(ours), Files.readAllBytes(theirs));
			if (merged == null) {
				return null;
			}
			ModelFileFormat.Read read = format.read(merged, uri, isolatedResourceSet(), ours);
			if (!read.ok()) {
				return null;
			}
			// Each part is in the store's form already; only a namespace declared but no longer used could differ.
			return BlockMerge.rootUsesEveryNamespace(merged) || Arrays.equals(format.write(read.resource()), merged)
					? merged
					: null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private CompletableFuture<EObject> readInBackground(Path file, String side, URI uri, String pathName,
			boolean mayBeEmpty) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return read(file, side, uri, pathName, mayBeEmpty);
			} catch (Unreadable e) {
				throw new CompletionException(e);
			}
		});
	}

	private static EObject join(CompletableFuture<EObject> read) throws Unreadable {
		try {
			return read.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof Unreadable unreadable) {
				throw unreadable;
			}
			throw e;
		}
	}

	private EObject read(Path file, String side, URI uri, String pathName, boolean mayBeEmpty) throws Unreadable {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new Unreadable(pathName + ": cannot read " + side + " version " + file + ": " + e);
		}
		if (bytes.length == 0) {
			if (mayBeEmpty) {
				return null;
			}
			throw new Unreadable(pathName + ": " + side + " version " + file + " is empty");
		}
		ModelFileFormat.Read read = format.read(bytes, uri, isolatedResourceSet(), file);
		if (!read.ok()) {
			LoadProblem problem = read.problems().get(0);
			throw new Unreadable(pathName + ": " + side + " version " + problem.file() + ":" + problem.line() + ":"
					+ problem.column() + ": " + problem.message());
		}
		Resource resource = read.resource();
		return resource.getContents().get(0);
	}

	/** A resource set that never loads other files: during a merge, only the one file at hand exists. */
	private ResourceSet isolatedResourceSet() {
		ResourceSet resourceSet = format.createResourceSet();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		// Git may hand over a path of any name when the attributes route other files here.
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, factories.get(ModelFileFormat.EXTENSION));
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("not loaded during a merge: " + uri);
			}
		});
		return resourceSet;
	}

	/** An input that cannot be read, with the one line that says so. */
	private static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}
}
