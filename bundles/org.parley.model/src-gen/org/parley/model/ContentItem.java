/**
 */
package org.parley.model;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Content Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of content, from idea to publication, with one variant per channel it goes out on.
 * An item without <code>scheduledAt</code> and <code>timeZone</code> is in the backlog.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ContentItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getBody <em>Body</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getCategory <em>Category</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getCell <em>Cell</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getTags <em>Tags</em>}</li>
 *   <li>{@link org.parley.model.ContentItem#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getContentItem()
 * @model
 * @generated
 */
public interface ContentItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.parley.model.ParleyPackage#getContentItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.parley.model.ParleyPackage#getContentItem_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BCP 47 tag of the language the item is written in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.parley.model.ParleyPackage#getContentItem_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(ContentCategory)
	 * @see org.parley.model.ParleyPackage#getContentItem_Category()
	 * @model
	 * @generated
	 */
	ContentCategory getCategory();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ContentCategory value);

	/**
	 * Returns the value of the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell</em>' reference.
	 * @see #setCell(ConversationCell)
	 * @see org.parley.model.ParleyPackage#getContentItem_Cell()
	 * @model
	 * @generated
	 */
	ConversationCell getCell();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getCell <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell</em>' reference.
	 * @see #getCell()
	 * @generated
	 */
	void setCell(ConversationCell value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.parley.model.ParleyPackage#getContentItem_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ChannelVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getContentItem_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelVariant> getVariants();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"IDEA"</code>.
	 * The literals are from the enumeration {@link org.parley.model.ContentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.parley.model.ContentStatus
	 * @see #setStatus(ContentStatus)
	 * @see org.parley.model.ParleyPackage#getContentItem_Status()
	 * @model default="IDEA"
	 * @generated
	 */
	ContentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.parley.model.ContentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ContentStatus value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' reference.
	 * @see #setAssignee(Member)
	 * @see org.parley.model.ParleyPackage#getContentItem_Assignee()
	 * @model
	 * @generated
	 */
	Member getAssignee();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getAssignee <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' reference.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(Member value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Member)
	 * @see org.parley.model.ParleyPackage#getContentItem_Reviewer()
	 * @model
	 * @generated
	 */
	Member getReviewer();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Member value);

	/**
	 * Returns the value of the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wall-clock time of publication in <code>timeZone</code>; unset in the backlog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled At</em>' attribute.
	 * @see #setScheduledAt(LocalDateTime)
	 * @see org.parley.model.ParleyPackage#getContentItem_ScheduledAt()
	 * @model dataType="org.parley.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getScheduledAt();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getScheduledAt <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled At</em>' attribute.
	 * @see #getScheduledAt()
	 * @generated
	 */
	void setScheduledAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.parley.model.ParleyPackage#getContentItem_TimeZone()
	 * @model dataType="org.parley.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the item lasts (a live stream, an event); 0 for a post at one moment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.parley.model.ParleyPackage#getContentItem_DurationMinutes()
	 * @model default="0"
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recurrence</em>' containment reference.
	 * @see #setRecurrence(Recurrence)
	 * @see org.parley.model.ParleyPackage#getContentItem_Recurrence()
	 * @model containment="true"
	 * @generated
	 */
	Recurrence getRecurrence();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentItem#getRecurrence <em>Recurrence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' containment reference.
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(Recurrence value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getContentItem_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getContentItem_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comment> getComments();

} // ContentItem
