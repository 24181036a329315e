package org.parley.ui.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Parley's SWT test driver (the role SWTBot plays elsewhere): finds shells by title, widgets by
 * label, text, tooltip or type, acts on them like a user and waits for the UI without sleeping.
 * Safe to call from the UI thread (Tycho's {@code useUIThread}) or from any other thread.
 */
public class UiDriver {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final Waiter waiter;

	public UiDriver() {
		this(DEFAULT_TIMEOUT);
	}

	public UiDriver(Duration timeout) {
		this.waiter = new Waiter(timeout);
	}

	/** Waits for a visible shell with exactly this title. */
	public ShellHandle shell(String title) {
		Shell[] found = new Shell[1];
		waiter.until(Condition.of("shell '" + title + "'", () -> {
			found[0] = Arrays.stream(UiThread.display().getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
					.findFirst().orElse(null);
			return found[0] != null;
		}));
		return new ShellHandle(found[0], waiter);
	}

	/** Waits for a visible shell whose title contains {@code part}. */
	public ShellHandle shellTitled(String part) {
		Shell[] found = new Shell[1];
		waiter.until(Condition.of("shell titled '*" + part + "*'", () -> {
			found[0] = Arrays.stream(UiThread.display().getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && s.getText().contains(part))
					.findFirst().orElse(null);
			return found[0] != null;
		}));
		return new ShellHandle(found[0], waiter);
	}

	public ShellHandle activeShell() {
		Shell[] found = new Shell[1];
		waiter.until(Condition.of("an active shell", () -> (found[0] = UiThread.display().getActiveShell()) != null));
		return new ShellHandle(found[0], waiter);
	}

	/** Presses a key on whichever control has the keyboard focus. */
	public void pressKey(int keyCode, int modifiers) {
		Control[] focus = new Control[1];
		waiter.until(Condition.of("a focused control", () -> (focus[0] = UiThread.display().getFocusControl()) != null));
		new WidgetHandle<>(focus[0]).pressKey(keyCode, modifiers);
	}

	/**
	 * Clicks the item at a menu-bar path of {@code shell}, e.g. {@code "Window", "Show Parley Perspective"}, once it is
	 * there and enabled, as a user would wait for it.
	 */
	public void clickMenu(ShellHandle shell, String... path) {
		MenuItem[] item = new MenuItem[1];
		waiter.until(Condition.of("menu " + String.join(" > ", path) + " (enabled)", () -> {
			item[0] = menuItem(shell.widget().getMenuBar(), path);
			return item[0] != null && item[0].isEnabled();
		}));
		new WidgetHandle<>(item[0]).click();
	}

	/**
	 * The texts of the items of a menu of {@code shell}'s menu bar, e.g. {@code "Edit"}, as the menu shows them
	 * when it opens (without their key bindings).
	 */
	public List<String> menuTexts(ShellHandle shell, String... path) {
		MenuItem[] item = new MenuItem[1];
		waiter.until(Condition.of("menu " + String.join(" > ", path), () -> {
			item[0] = menuItem(shell.widget().getMenuBar(), path);
			return item[0] != null && item[0].getMenu() != null;
		}));
		return UiThread.call(() -> {
			Menu menu = item[0].getMenu();
			menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			return Arrays.stream(menu.getItems()).map(i -> WidgetText.textOf(i).split("\t")[0]).toList();
		});
	}

	/**
	 * Does what opens a modal dialog, and answers the dialog titled {@code title} as a user would while it is open.
	 * A modal dialog runs its own event loop until it closes, so the answer runs inside that loop; {@code opener}
	 * may return before the dialog opens (it may open later, from an event), and this waits until it was answered.
	 *
	 * @throws WaitTimeoutException when no such dialog opened in time
	 */
	public void answerDialog(String title, Consumer<ShellHandle> answer, Runnable opener) {
		AtomicBoolean answered = new AtomicBoolean();
		AtomicBoolean givenUp = new AtomicBoolean();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		UiThread.run(() -> {
			org.eclipse.swt.widgets.Display display = UiThread.display();
			display.timerExec(20, new Runnable() {
				@Override
				public void run() {
					if (givenUp.get() || display.isDisposed()) {
						return;
					}
					Shell dialog = Arrays.stream(display.getShells())
							.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
							.findFirst().orElse(null);
					if (dialog == null) {
						display.timerExec(20, this);
						return;
					}
					try {
						answer.accept(new ShellHandle(dialog, waiter));
					} catch (RuntimeException | Error e) {
						failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
						if (!dialog.isDisposed()) {
							dialog.close();
						}
					}
					answered.set(true);
				}
			});
		});
		try {
			opener.run();
			waiter.until(Condition.of("dialog '" + title + "' to open and be answered", answered::get));
		} finally {
			givenUp.set(true);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	/**
	 * Works a modal dialog: {@code opener} opens it (a menu click, a command) and blocks, as a modal dialog's event
	 * loop does, until the dialog closes; {@code interaction} runs inside that loop, finds the dialog, acts on it and
	 * closes it (Finish, OK, Cancel). On the UI thread a test cannot do otherwise: its own code is suspended below
	 * the dialog's loop. When the interaction fails, the dialogs it left open are closed and the failure is thrown.
	 */
	public void withDialog(Runnable opener, Runnable interaction) {
		java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Shell main = UiThread.call(() -> UiThread.display().getActiveShell());
		java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
		UiThread.display().asyncExec(() -> {
			if (abandoned.get()) {
				return;
			}
			try {
				interaction.run();
			} catch (Throwable t) {
				failure.set(t);
				closeDialogsAbove(main);
			} finally {
				done.set(true);
			}
		});
		try {
			opener.run();
		} catch (RuntimeException | Error e) {
			abandoned.set(true);
			throw e;
		}
		waiter.until(Condition.of("the dialog interaction to finish", done::get));
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		} else if (failure.get() instanceof Error e) {
			throw e;
		} else if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
	}

	private static void closeDialogsAbove(Shell main) {
		for (Shell shell : UiThread.display().getShells()) {
			if (shell != main && !shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
				shell.close();
			}
		}
	}

	public void waitUntil(String description, BooleanSupplier condition) {
		waiter.until(Condition.of(description, condition));
	}

	public void waitUntil(Condition condition, Duration timeout) {
		waiter.until(condition, timeout);
	}

	public WorkbenchDriver workbench() {
		return new WorkbenchDriver(waiter);
	}

	public Waiter waiter() {
		return waiter;
	}

	private static MenuItem menuItem(Menu menu, String... path) {
		Menu current = menu;
		MenuItem found = null;
		for (String text : path) {
			if (current == null) {
				return null;
			}
			// menus fill themselves when shown; SWT.Show asks the contributions to do so
			current.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			found = Arrays.stream(current.getItems())
					.filter(i -> WidgetText.textOf(i).split("\t")[0].equals(text))
					.findFirst().orElse(null);
			if (found == null) {
				return null;
			}
			current = found.getMenu();
		}
		return found;
	}
}
