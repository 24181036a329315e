/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The accounts the brands publish through.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ChannelCatalog#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getChannelCatalog()
 * @model
 * @generated
 */
public interface ChannelCatalog extends ModelFile {
	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getChannelCatalog_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

} // ChannelCatalog
