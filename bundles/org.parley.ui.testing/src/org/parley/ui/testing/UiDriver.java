package org.parley.ui.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

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

	/** Clicks the item at a menu-bar path of {@code shell}, e.g. {@code "Window", "Show Parley Perspective"}. */
	public void clickMenu(ShellHandle shell, String... path) {
		MenuItem[] item = new MenuItem[1];
		waiter.until(Condition.of("menu " + String.join(" > ", path), () -> {
			item[0] = menuItem(shell.widget().getMenuBar(), path);
			return item[0] != null;
		}));
		new WidgetHandle<>(item[0]).click();
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
