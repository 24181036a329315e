package org.parley.ui.editor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Notices when the model files of a project change on disk behind the editor's back (a {@code git pull}, a quick fix
 * that saved the files): after a workspace change touches a {@code .parley} file of the project, it compares what the
 * files hold with what the editor last loaded or saved, so that the editor's own saves never count as a change.
 */
public final class DiskChangeListener implements IResourceChangeListener {

	private final IContainer root;
	private final Runnable onChange;
	private Map<String, String> remembered = Map.of();

	public DiskChangeListener(IContainer root, Runnable onChange) {
		this.root = root;
		this.onChange = onChange;
	}

	public void start() {
		remember();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	public void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	/** Takes the files as they are now as the editor's version (after a load or a save). */
	public void remember() {
		remembered = snapshot();
	}

	/** Whether the files differ from the version last remembered. */
	public boolean changedSinceRemembered() {
		return !snapshot().equals(remembered);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(root.getFullPath());
		if (delta == null) {
			return;
		}
		boolean[] touched = new boolean[1];
		try {
			delta.accept(child -> {
				if (child.getResource().getType() == IResource.FILE && "parley".equals(child.getResource().getFileExtension())
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		if (touched[0] && changedSinceRemembered()) {
			onChange.run();
		}
	}

	/** A digest of every model file of the project, by path. */
	private Map<String, String> snapshot() {
		Path folder = root.getLocation().toPath();
		Map<String, String> digests = new TreeMap<>();
		for (Path dir : new Path[] { folder, folder.resolve("calendar") }) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".parley")).toList()) {
					digests.put(folder.relativize(file).toString(), digest(file));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
			}
		}
		return digests;
	}

	private static String digest(Path file) throws IOException {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			// A file being replaced by a rename may vanish for a moment; it counts as changed.
			return "unreadable";
		}
	}
}
