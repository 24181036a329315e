package org.parley.ui;

/** Identifiers the rest of Parley and its tests use to reach the workbench contributions. */
public final class ParleyUi {

	public static final String PLUGIN_ID = "org.parley.ui";
	public static final String PRODUCT_ID = "org.parley.ui.product";
	public static final String PERSPECTIVE_ID = "org.parley.ui.perspective";
	public static final String SHOW_PERSPECTIVE_COMMAND_ID = "org.parley.ui.showParleyPerspective";
	public static final String CRAWL_SOURCES_COMMAND_ID = "org.parley.ui.crawlSources";
	public static final String VALIDATE_COMMAND_ID = "org.parley.ui.validate";
	public static final String NEW_PROJECT_COMMAND_ID = "org.parley.ui.newProject";
	public static final String NEW_PROJECT_WIZARD_ID = "org.parley.ui.newProjectWizard";
	public static final String NATURE_ID = "org.parley.ui.nature";
	public static final String PROBLEM_MARKER_ID = "org.parley.ui.problem";
	public static final String PREFERENCE_PAGE_ID = "org.parley.ui.preferences";
	public static final String NAVIGATOR_CONTENT_ID = "org.parley.ui.navigatorContent";

	public static final String PROJECT_EXPLORER_ID = "org.eclipse.ui.navigator.ProjectExplorer";
	public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";
	public static final String PROBLEMS_VIEW_ID = "org.eclipse.ui.views.ProblemView";
	public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

	private ParleyUi() {
	}
}
