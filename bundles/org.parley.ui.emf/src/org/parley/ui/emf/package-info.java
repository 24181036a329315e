/**
 * The few pieces of EMF's edit.ui that Parley needs, written once for every editor: JFace content and label
 * providers over EMF.Edit item providers ({@link org.parley.ui.emf.ItemContentProvider},
 * {@link org.parley.ui.emf.ItemLabelProvider}), a property source whose edits are undoable commands
 * ({@link org.parley.ui.emf.ItemPropertySource}), commands named after the change
 * ({@link org.parley.ui.emf.ChangeCommands}), and the undo, redo, delete, copy and paste actions bound to the
 * workbench's global actions ({@link org.parley.ui.emf.EditingActions}).
 */
package org.parley.ui.emf;
