package org.parley.ui.calendar.actions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.parley.model.Frequency;
import org.parley.representation.calendar.edit.RecurrenceSettings;

/**
 * Edits how a whole series repeats: frequency, interval, weekdays (weekly), the end (never, after a number of
 * occurrences, on a date) and the days it skips. What the settings get wrong shows in the title area and keeps OK
 * disabled; {@link #settings()} is the result after OK.
 */
public final class RecurrenceDialog extends TitleAreaDialog {

	public static final String TITLE = "Edit Recurrence";

	private static final Frequency[] FREQUENCIES = { Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY };
	private static final String[] UNITS = { "day(s)", "week(s)", "month(s)" };

	private final String itemTitle;
	private final LocalDate firstDay;
	private RecurrenceSettings settings;

	private Combo frequency;
	private Spinner interval;
	private Label unit;
	private final Map<DayOfWeek, Button> weekdays = new EnumMap<>(DayOfWeek.class);
	private Button never;
	private Button afterCount;
	private Spinner count;
	private Button onDate;
	private DateTime until;
	private org.eclipse.swt.widgets.List exceptions;
	private DateTime exceptionDay;
	private final Set<LocalDate> exceptionDates = new TreeSet<>();

	/**
	 * @param firstDay the day of the series' first occurrence (null in the backlog), against which the end is checked
	 */
	public RecurrenceDialog(Shell parent, String itemTitle, LocalDate firstDay, RecurrenceSettings initial) {
		super(parent);
		this.itemTitle = itemTitle;
		this.firstDay = firstDay;
		this.settings = initial;
		exceptionDates.addAll(initial.exceptionDates());
		// No help page to show: the button would lead nowhere.
		setHelpAvailable(false);
	}

	/** The settings as the user left them (after OK). */
	public RecurrenceSettings settings() {
		return settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Repeat \"" + itemTitle + "\"");
		setMessage(firstDay == null ? "The item is in the backlog: the series starts when it is scheduled."
				: "The series starts on " + firstDay + ".");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));

		label(body, "Repeats:");
		frequency = new Combo(body, SWT.READ_ONLY);
		frequency.setItems("Daily", "Weekly", "Monthly");
		frequency.select(java.util.Arrays.asList(FREQUENCIES).indexOf(settings.frequency()));
		frequency.addListener(SWT.Selection, e -> changed());

		label(body, "Every:");
		Composite every = row(body, 2);
		interval = new Spinner(every, SWT.BORDER);
		interval.setValues(settings.interval(), 0, 99, 0, 1, 5);
		interval.addListener(SWT.Modify, e -> changed());
		unit = new Label(every, SWT.NONE);

		label(body, "On:");
		Composite days = row(body, 7);
		for (DayOfWeek day : DayOfWeek.values()) {
			Button toggle = new Button(days, SWT.TOGGLE);
			toggle.setText(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
			toggle.setToolTipText(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
			toggle.setSelection(settings.weekdays().contains(day));
			toggle.addListener(SWT.Selection, e -> changed());
			weekdays.put(day, toggle);
		}

		Label ends = label(body, "Ends:");
		ends.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite end = row(body, 2);
		never = radio(end, "Never", settings.count() == 0 && settings.until() == null);
		new Label(end, SWT.NONE);
		afterCount = radio(end, "After", settings.count() > 0);
		Composite after = row(end, 2);
		count = new Spinner(after, SWT.BORDER);
		count.setValues(Math.max(1, settings.count()), 0, 9999, 0, 1, 10);
		count.addListener(SWT.Modify, e -> changed());
		new Label(after, SWT.NONE).setText("occurrences");
		onDate = radio(end, "On", settings.until() != null);
		until = new DateTime(end, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		LocalDate shown = settings.until() != null ? settings.until()
				: (firstDay != null ? firstDay : LocalDate.now()).plusMonths(3);
		set(until, shown);
		until.addListener(SWT.Selection, e -> changed());

		Label skipped = label(body, "Skips:");
		skipped.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite skips = row(body, 3);
		exceptions = new org.eclipse.swt.widgets.List(skips, SWT.BORDER | SWT.V_SCROLL | SWT.MULTI);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		listData.heightHint = 80;
		exceptions.setLayoutData(listData);
		exceptionDay = new DateTime(skips, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		set(exceptionDay, firstDay != null ? firstDay : LocalDate.now());
		Button add = new Button(skips, SWT.PUSH);
		add.setText("Skip Day");
		add.addListener(SWT.Selection, e -> {
			exceptionDates.add(get(exceptionDay));
			changed();
		});
		Button remove = new Button(skips, SWT.PUSH);
		remove.setText("Remove");
		remove.addListener(SWT.Selection, e -> {
			for (String day : exceptions.getSelection()) {
				exceptionDates.remove(LocalDate.parse(day));
			}
			changed();
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		changed();
	}

	/** Reads the fields into settings, shows what is wrong and enables OK only when nothing is. */
	private void changed() {
		Frequency chosen = FREQUENCIES[Math.max(0, frequency.getSelectionIndex())];
		unit.setText(UNITS[Math.max(0, frequency.getSelectionIndex())]);
		unit.getParent().layout();
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		weekdays.forEach((day, toggle) -> {
			toggle.setEnabled(chosen == Frequency.WEEKLY);
			if (chosen == Frequency.WEEKLY && toggle.getSelection()) {
				days.add(day);
			}
		});
		count.setEnabled(afterCount.getSelection());
		until.setEnabled(onDate.getSelection());
		exceptions.setItems(exceptionDates.stream().map(LocalDate::toString).toArray(String[]::new));
		settings = new RecurrenceSettings(chosen, interval.getSelection(), days,
				afterCount.getSelection() ? count.getSelection() : 0, onDate.getSelection() ? get(until) : null,
				new ArrayList<>(exceptionDates));
		java.util.List<String> problems = settings.problems(firstDay);
		if (afterCount.getSelection() && count.getSelection() < 1) {
			problems = new ArrayList<>(problems);
			problems.add("The number of occurrences must be at least 1 (it is " + count.getSelection() + ").");
		}
		setErrorMessage(problems.isEmpty() ? null : String.join(" ", problems));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problems.isEmpty());
		}
	}

	private Button radio(Composite parent, String text, boolean selected) {
		Button radio = new Button(parent, SWT.RADIO);
		radio.setText(text);
		radio.setSelection(selected);
		radio.addListener(SWT.Selection, e -> changed());
		return radio;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Composite row(Composite parent, int columns) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return row;
	}

	private static void set(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	private static LocalDate get(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
