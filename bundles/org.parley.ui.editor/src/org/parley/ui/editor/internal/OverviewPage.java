package org.parley.ui.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.parley.core.validation.Finding;
import org.parley.core.validation.Severity;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.SessionPage;

/**
 * The first page of the model editor: what the project is, how much it holds (each count a link to its page), what
 * validation finds (each finding a link to its object), and the merge conflicts left to resolve.
 */
public final class OverviewPage extends FormPage implements SessionPage {

	private static final int FINDINGS_SHOWN = 12;

	private final ModelEditor editor;
	private FormToolkit toolkit;
	private Composite project;
	private Composite contents;
	private Composite validation;
	private ConflictsSection conflicts;

	public OverviewPage(ModelEditor editor) {
		super(editor, ModelEditor.OVERVIEW, "Overview");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		form.setText("Overview");
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		form.getBody().setLayout(layout);

		project = section(form.getBody(), "Project", "The plan this editor shows, loaded from every model file of the folder.");
		contents = section(form.getBody(), "Contents", "How much the plan holds; each line opens the page that shows it.");
		validation = section(form.getBody(), "Validation", "What the project's rules find; each finding shows its object.");
		conflicts = new ConflictsSection(editor, toolkit,
				section(form.getBody(), "Merge Conflicts", "Changes a Git merge could not combine: keep ours or theirs."));
		showAll();
	}

	private Composite section(Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new TableWrapLayout());
		section.setClient(client);
		return client;
	}

	private void showAll() {
		fill(project, this::fillProject);
		fill(contents, this::fillContents);
		fill(validation, this::fillValidation);
		conflicts.refresh();
		getManagedForm().getForm().reflow(true);
	}

	private void fill(Composite client, Consumer<Composite> filler) {
		for (var child : client.getChildren()) {
			child.dispose();
		}
		filler.accept(client);
		client.getParent().layout(true, true);
	}

	private void fillProject(Composite client) {
		var plan = editor.session().plan();
		text(client, "Name: " + (plan.getName() == null ? "(none)" : plan.getName()));
		text(client, "Folder: " + editor.session().directory());
		if (plan.getDescription() != null && !plan.getDescription().isBlank()) {
			Label description = toolkit.createLabel(client, plan.getDescription(), SWT.WRAP);
			description.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		}
		var problems = editor.session().project().problems();
		if (!problems.isEmpty()) {
			text(client, "Problems found while loading (a file that failed to load is left as it is on disk when saving):");
			problems.stream().limit(10).forEach(problem -> text(client, "  • " + problem));
		}
		link(client, "Show the plan's settings in the Properties view", () -> editor.setSelection(
				new org.eclipse.jface.viewers.StructuredSelection(plan)));
	}

	private void fillContents(Composite client) {
		ProjectCounts counts = ProjectCounts.of(editor.session().plan());
		for (ProjectCounts.Line line : counts.lines()) {
			link(client, line.text(), () -> editor.setActivePage(pageOf(line.page())));
		}
	}

	private static String pageOf(ProjectCounts.Page page) {
		return switch (page) {
		case STRATEGY -> ModelEditor.STRATEGY;
		case MATRIX -> ModelEditor.MATRIX;
		case CHANNELS -> ModelEditor.CHANNELS;
		case CALENDAR -> ModelEditor.CALENDAR;
		case LISTENING -> ModelEditor.LISTENING;
		};
	}

	private void fillValidation(Composite client) {
		List<Finding> findings = editor.session().findings();
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		text(client, findings.isEmpty() ? "No problems found."
				: errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
						+ (findings.size() > errors + warnings ? ", " + (findings.size() - errors - warnings) + " notes" : ""));
		for (Finding finding : findings.stream().limit(FINDINGS_SHOWN).toList()) {
			link(client, finding.severity().name().toLowerCase() + ": " + finding.message(), () -> {
				EObject object = editor.session().objectAt(finding.objectUri());
				if (object != null) {
					editor.reveal(object);
				}
			});
		}
		if (findings.size() > FINDINGS_SHOWN) {
			text(client, "… and " + (findings.size() - FINDINGS_SHOWN) + " more in the Problems view after Validate.");
		}
	}

	private void text(Composite client, String text) {
		Label label = toolkit.createLabel(client, text, SWT.WRAP);
		label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
	}

	private void link(Composite client, String text, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(client, text, SWT.WRAP);
		link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
	}

	@Override
	public void sessionChanged() {
		if (project != null) {
			showAll();
		}
	}

	@Override
	public void modelChanged() {
		if (project != null) {
			fill(project, this::fillProject);
			fill(contents, this::fillContents);
			conflicts.refresh();
			getManagedForm().getForm().reflow(true);
		}
	}

	@Override
	public void findingsChanged() {
		if (validation != null) {
			fill(validation, this::fillValidation);
			getManagedForm().getForm().reflow(true);
		}
	}
}
