package org.parley.ui.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.validation.Rule;
import org.parley.model.ChannelVariant;
import org.parley.model.ConversationCell;
import org.parley.ui.ParleyUi;
import org.parley.ui.tests.project.TestProjects;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WidgetMatchers;
import org.parley.ui.testing.WorkbenchDriver;
import org.parley.ui.validation.ProblemMarkers;

/** Breaking a rule on disk shows a Parley problem in the Problems view; its quick fix makes it go. */
class ProblemsViewTest {

	private static final Pattern SEVERITY_GROUP = Pattern.compile("(Errors|Warnings|Infos) \\(\\d+ items?\\)");
	private static final String QUICK_FIX = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";

	private final UiDriver ui = new UiDriver(java.time.Duration.ofSeconds(30));
	private final WorkbenchDriver workbench = ui.workbench();
	private final ProjectStore store = new ProjectStore();
	private IProject project;

	@BeforeEach
	void sampleProjectWithoutProblems() throws CoreException {
		workbench.openPerspective(ParleyUi.PERSPECTIVE_ID);
		project = TestProjects.sample(ui, "problems-sample");
		TestProjects.waitForJobs(ui);
		assertThat(markers(Rule.TEXT_TOO_LONG.id())).isEmpty();
	}

	@AfterEach
	void removeProject() throws CoreException {
		TestProjects.waitForJobs(ui);
		TestProjects.delete(project);
	}

	@Test
	void textTooLongForTheChannelShowsAsAnErrorOnTheVariantsFile() throws Exception {
		LoadedProject loaded = store.load(TestProjects.folder(project));
		ChannelVariant variant = firstVariantWithLimit(loaded);
		int limit = variant.getChannel().getRules().getMaxTextLength();
		variant.setText("x".repeat(limit + 10));
		store.save(loaded);
		TestProjects.refresh(project);

		ui.waitUntil("a text-too-long marker", () -> markers(Rule.TEXT_TOO_LONG.id()).size() == 1);
		IMarker marker = markers(Rule.TEXT_TOO_LONG.id()).get(0);
		assertThat(marker.getAttribute(IMarker.SEVERITY, -1)).isEqualTo(IMarker.SEVERITY_ERROR);
		assertThat(marker.getAttribute(ProblemMarkers.URI, "")).isEqualTo(EcoreUtil.getURI(variant).toString());
		assertThat(marker.getAttribute(IMarker.LINE_NUMBER, 0)).isPositive();
		assertThat(marker.getResource().getFullPath().toString()).startsWith("/problems-sample/calendar/");
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertThat(message).contains(variant.getChannel().getName(), "allows " + limit);

		problemsTree().select(severityGroup("Errors"), message);
		ui.waitUntil("the Problems view to count the error", () -> !workbench.windowShell()
				.widgets(WidgetMatchers.of("a count of 1 error",
						w -> w instanceof org.eclipse.swt.widgets.Label label && label.getText().startsWith("1 error")))
				.isEmpty());
		Screenshots.save("problems-view-with-a-parley-marker");
	}

	@Test
	void quickFixForATextTooLongOpensTheVariantsFileInTheEditor() throws Exception {
		LoadedProject loaded = store.load(TestProjects.folder(project));
		ChannelVariant variant = firstVariantWithLimit(loaded);
		variant.setText("x".repeat(variant.getChannel().getRules().getMaxTextLength() + 1));
		store.save(loaded);
		TestProjects.refresh(project);
		ui.waitUntil("a text-too-long marker", () -> markers(Rule.TEXT_TOO_LONG.id()).size() == 1);
		IMarker marker = markers(Rule.TEXT_TOO_LONG.id()).get(0);

		problemsTree().select(severityGroup("Errors"), marker.getAttribute(IMarker.MESSAGE, ""));
		ui.withDialog(() -> workbench.runCommand(QUICK_FIX), () -> {
			var dialog = ui.shell("Quick Fix");
			dialog.table(WidgetMatchers.of("the fixes", w -> hasRow(w, "Shorten the text in the editor")))
					.select("Shorten the text in the editor");
			dialog.button("Finish").click();
		});

		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ui.waitUntil("an editor on the variant's file", () -> page.getActiveEditor() != null
				&& marker.getResource().equals(page.getActiveEditor().getEditorInput().getAdapter(IResource.class)));
		page.closeAllEditors(false);
	}

	@Test
	void quickFixAssignsAnOwnerFromTheTeamAndTheMarkerGoes() throws Exception {
		LoadedProject loaded = store.load(TestProjects.folder(project));
		ConversationCell cell = loaded.plan().getMatrix().getCells().get(0);
		String ownerName = cell.getTeam().getMembers().get(0).getName();
		cell.setOwner(null);
		store.save(loaded);
		TestProjects.refresh(project);
		ui.waitUntil("a cell-without-owner marker", () -> markers(Rule.CELL_WITHOUT_OWNER.id()).size() == 1);
		String message = markers(Rule.CELL_WITHOUT_OWNER.id()).get(0).getAttribute(IMarker.MESSAGE, "");

		TreeHandle problems = problemsTree();
		problems.select(severityGroup("Warnings"), message);
		ui.withDialog(() -> workbench.runCommand(QUICK_FIX), () -> {
			var dialog = ui.shell("Quick Fix");
			dialog.table(WidgetMatchers.of("the fixes", w -> hasRow(w, "Assign " + ownerName + " as owner")))
					.select("Assign " + ownerName + " as owner");
			dialog.button("Finish").click();
		});

		ui.waitUntil("the marker to go", () -> markers(Rule.CELL_WITHOUT_OWNER.id()).isEmpty());
		ConversationCell fixed = store.load(TestProjects.folder(project)).plan().getMatrix().getCells().get(0);
		assertThat(fixed.getOwner().getName()).isEqualTo(ownerName);
	}

	@Test
	void validateFromTheParleyMenuRecreatesTheMarkers() throws Exception {
		LoadedProject loaded = store.load(TestProjects.folder(project));
		loaded.plan().getMatrix().getCells().get(0).setOwner(null);
		store.save(loaded);
		TestProjects.refresh(project);
		ui.waitUntil("a cell-without-owner marker", () -> markers(Rule.CELL_WITHOUT_OWNER.id()).size() == 1);
		project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);

		TestProjects.explorer(ui).select("problems-sample");
		workbench.openView(ParleyUi.PROPERTIES_VIEW_ID);
		TestProjects.explorer(ui).select("problems-sample");
		ui.clickMenu(workbench.windowShell(), "Parley", "Validate");

		ui.waitUntil("the marker to come back", () -> markers(Rule.CELL_WITHOUT_OWNER.id()).size() == 1);
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertThat(page.isPartVisible(page.findView(ParleyUi.PROBLEMS_VIEW_ID))).as("Problems view shown").isTrue();
	}

	private List<IMarker> markers(String rule) {
		try {
			return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
					.filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE, ""))).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	private static ChannelVariant firstVariantWithLimit(LoadedProject loaded) {
		return loaded.plan().getSchedules().stream().flatMap(s -> s.getItems().stream())
				.flatMap(i -> i.getVariants().stream())
				.filter(v -> v.getChannel() != null && v.getChannel().getRules() != null
						&& v.getChannel().getRules().getMaxTextLength() > 0)
				.findFirst().orElseThrow();
	}

	/** The Problems view's tree, opened and active, as a user clicks its tab. */
	private TreeHandle problemsTree() {
		var view = workbench.openView(ParleyUi.PROBLEMS_VIEW_ID);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(view);
		return workbench.windowShell().tree(WidgetMatchers.of("the Problems view's tree",
				w -> w instanceof Tree tree && Arrays.stream(tree.getItems())
						.anyMatch(i -> SEVERITY_GROUP.matcher(i.getText()).matches())));
	}

	/** The severity group's label as the Problems view shows it, e.g. "Warnings (3 items)". */
	private String severityGroup(String severity) {
		String[] found = new String[1];
		ui.waitUntil(severity + " in the Problems view", () -> {
			for (Widget widget : workbench.windowShell().widgets(WidgetMatchers.ofType(Tree.class))) {
				for (TreeItem item : ((Tree) widget).getItems()) {
					if (item.getText().startsWith(severity + " (")) {
						found[0] = item.getText();
						return true;
					}
				}
			}
			return false;
		});
		return found[0];
	}

	private static boolean hasRow(Widget widget, String text) {
		return widget instanceof org.eclipse.swt.widgets.Table table
				&& Arrays.stream(table.getItems()).anyMatch(i -> i.getText().equals(text));
	}
}
