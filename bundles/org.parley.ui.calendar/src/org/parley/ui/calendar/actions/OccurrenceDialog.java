package org.parley.ui.calendar.actions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.model.ContentItem;
import org.parley.model.OccurrenceOverride;
import org.parley.representation.calendar.edit.RecurrenceEdits;

/**
 * Changes one occurrence of a series: when it goes out, its title and its body; the rest of the series stays as it
 * is. After OK, {@link #scheduledAt()} is null when the occurrence keeps the rule's time.
 */
public final class OccurrenceDialog extends TitleAreaDialog {

	public static final String TITLE = "Edit Occurrence";

	private final ContentItem item;
	private final LocalDate originalDate;
	private DateTime day;
	private DateTime time;
	private Text title;
	private Text body;
	private LocalDateTime scheduledAt;
	private String newTitle;
	private String newBody;

	public OccurrenceDialog(Shell parent, ContentItem item, LocalDate originalDate) {
		super(parent);
		this.item = item;
		this.originalDate = originalDate;
		// No help page to show: the button would lead nowhere.
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("The occurrence of " + originalDate);
		setMessage("Changes here apply to this occurrence only; the series keeps its rule.");
		OccurrenceOverride existing = RecurrenceEdits.overrideOf(item.getRecurrence(), originalDate);
		LocalDateTime current = existing != null && existing.getScheduledAt() != null ? existing.getScheduledAt()
				: ruleTime();
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(3, false));

		new Label(body, SWT.NONE).setText("Goes out:");
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		day.setDate(current.getYear(), current.getMonthValue() - 1, current.getDayOfMonth());
		time = new DateTime(body, SWT.TIME | SWT.SHORT | SWT.BORDER);
		time.setTime(current.getHour(), current.getMinute(), 0);

		new Label(body, SWT.NONE).setText("Title:");
		title = new Text(body, SWT.BORDER);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		title.setText(text(existing != null && existing.getTitle() != null ? existing.getTitle() : item.getTitle()));

		Label bodyLabel = new Label(body, SWT.NONE);
		bodyLabel.setText("Body:");
		bodyLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		this.body = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData bodyData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		bodyData.widthHint = 420;
		bodyData.heightHint = 110;
		this.body.setLayoutData(bodyData);
		this.body.setText(text(existing != null && existing.getBody() != null ? existing.getBody() : item.getBody()));
		return area;
	}

	@Override
	protected void okPressed() {
		LocalDateTime chosen = LocalDateTime.of(day.getYear(), day.getMonth() + 1, day.getDay(), time.getHours(),
				time.getMinutes());
		scheduledAt = chosen.equals(ruleTime()) ? null : chosen;
		// Text left as the series has it keeps the series' own (also when that is unset).
		newTitle = title.getText().equals(text(item.getTitle())) ? item.getTitle() : title.getText();
		newBody = body.getText().equals(text(item.getBody())) ? item.getBody() : body.getText();
		super.okPressed();
	}

	/** The new time, or null to keep the rule's. */
	public LocalDateTime scheduledAt() {
		return scheduledAt;
	}

	public String title() {
		return newTitle;
	}

	public String body() {
		return newBody;
	}

	private LocalDateTime ruleTime() {
		LocalTime at = item.getScheduledAt() == null ? LocalTime.NOON : item.getScheduledAt().toLocalTime();
		return originalDate.atTime(at);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
