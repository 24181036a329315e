package org.parley.ui.tests.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WaitTimeoutException;
import org.parley.ui.testing.WidgetMatchers;

/** The driver against a real SWT dialog built here: what it finds, what its actions fire, how it fails. */
class UiDriverTest {

	private static final String TITLE = "Driver Playground";

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(5));
	private final List<String> events = new ArrayList<>();
	private Shell shell;
	private Text name;
	private Tree tree;

	@BeforeEach
	void openPlayground() {
		shell = new Shell(Display.getCurrent());
		shell.setText(TITLE);
		shell.setLayout(new GridLayout(2, false));

		new Label(shell, SWT.NONE).setText("&Name:");
		name = new Text(shell, SWT.BORDER);
		name.addModifyListener(e -> events.add("modified:" + name.getText()));
		name.addListener(SWT.DefaultSelection, e -> events.add("enter:" + name.getText()));

		new Label(shell, SWT.NONE).setText("Handle:");
		Text handle = new Text(shell, SWT.BORDER);
		handle.setToolTipText("The brand's account, e.g. @giffgaff");
		handle.addVerifyListener(e -> e.doit = !e.text.equals("#"));

		Button save = new Button(shell, SWT.PUSH);
		save.setText("&Save");
		save.addListener(SWT.Selection, e -> events.add("saved"));
		Button disabled = new Button(shell, SWT.PUSH);
		disabled.setText("Publish");
		disabled.setEnabled(false);

		Button notify = new Button(shell, SWT.CHECK);
		notify.setText("Notify team");
		notify.addListener(SWT.Selection, e -> events.add("notify:" + notify.getSelection()));
		new Label(shell, SWT.NONE);

		tree = new Tree(shell, SWT.BORDER);
		TreeItem plan = new TreeItem(tree, SWT.NONE);
		plan.setText("Plan");
		TreeItem teams = new TreeItem(plan, SWT.NONE);
		teams.setText("Teams");
		new TreeItem(teams, SWT.NONE).setText("Customer service");
		tree.addListener(SWT.Selection, e -> events.add("tree:" + ((TreeItem) e.item).getText()));

		Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
		new TableColumn(table, SWT.NONE).setText("Channel");
		new TableColumn(table, SWT.NONE).setText("Limit");
		for (String[] row : new String[][] { { "X", "280" }, { "Instagram", "2200" } }) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		table.addListener(SWT.Selection, e -> events.add("table:" + ((TableItem) e.item).getText(1)));

		shell.pack();
		shell.open();
	}

	@AfterEach
	void closePlayground() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	@Test
	void findsShellByTitleAndTextByItsLabel() {
		ShellHandle dialog = ui.shell(TITLE);

		dialog.textWithLabel("Name").type("Sky");

		assertThat(name.getText()).isEqualTo("Sky");
		assertThat(events).containsExactly("modified:S", "modified:Sk", "modified:Sky");
	}

	@Test
	void typingGoesThroughVerifyListeners() {
		ui.shell(TITLE).textWithLabel("Handle:").type("#sky");

		assertThat(ui.shell(TITLE).withTooltip("The brand's account, e.g. @giffgaff").text()).isEqualTo("sky");
	}

	@Test
	void clickingAButtonFiresItsSelection() {
		ui.shell(TITLE).button("Save").click();

		assertThat(events).containsExactly("saved");
	}

	@Test
	void clickingACheckBoxTogglesIt() {
		ui.shell(TITLE).button("Notify team").click().click();

		assertThat(events).containsExactly("notify:true", "notify:false");
	}

	@Test
	void refusesToClickADisabledButton() {
		assertThatThrownBy(() -> ui.shell(TITLE).button("Publish").click())
				.hasMessageContaining("disabled");
	}

	@Test
	void pressingEnterInATextFiresDefaultSelection() {
		ShellHandle dialog = ui.shell(TITLE);
		dialog.textWithLabel("Name").type("giffgaff").pressKey(SWT.CR);

		assertThat(events).contains("enter:giffgaff");
	}

	@Test
	void selectsTreeItemsByPathExpandingOnTheWay() {
		ui.shell(TITLE).tree().select("Plan", "Teams", "Customer service");

		assertThat(tree.getItem(0).getExpanded()).isTrue();
		assertThat(tree.getSelection()[0].getText()).isEqualTo("Customer service");
		assertThat(events).containsExactly("tree:Customer service");
	}

	@Test
	void selectsTableRowsByFirstCell() {
		var table = ui.shell(TITLE).table();
		table.select("Instagram");

		assertThat(events).containsExactly("table:2200");
		assertThat(table.rows()).containsExactly(List.of("X", "280"), List.of("Instagram", "2200"));
	}

	@Test
	void waitsForWidgetsThatAppearLater() {
		Display.getCurrent().timerExec(300, () -> {
			Button late = new Button(shell, SWT.PUSH);
			late.setText("Arrived late");
			late.addListener(SWT.Selection, e -> events.add("late"));
			shell.layout();
		});

		ui.shell(TITLE).button("Arrived late").click();

		assertThat(events).containsExactly("late");
	}

	@Test
	void timeoutReportsWidgetTreeAndSavesScreenshot() {
		UiDriver impatient = new UiDriver(Duration.ofMillis(300));

		assertThatThrownBy(() -> impatient.shell(TITLE).button("Delete everything"))
				.isInstanceOf(WaitTimeoutException.class)
				.hasMessageContaining("text 'Delete everything'")
				.hasMessageContaining("Shell '" + TITLE + "'")
				.hasMessageContaining("Button 'Save'")
				.hasMessageContaining("TreeItem 'Plan'")
				.satisfies(e -> assertThat(Files.size(((WaitTimeoutException) e).screenshot())).isPositive());
	}

	@Test
	void findsWidgetsByTypeInsideAParent() {
		assertThat(ui.shell(TITLE).widgets(WidgetMatchers.ofType(Button.class))).hasSize(3);
	}
}
