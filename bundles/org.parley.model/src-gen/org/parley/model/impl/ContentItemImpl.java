/**
 */
package org.parley.model.impl;

import java.time.LocalDateTime;
import java.time.ZoneId;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.parley.model.Campaign;
import org.parley.model.ChannelVariant;
import org.parley.model.Comment;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Member;
import org.parley.model.ParleyPackage;
import org.parley.model.Recurrence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Content Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getCell <em>Cell</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.parley.model.impl.ContentItemImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContentItemImpl extends IdentifiedImpl implements ContentItem {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ContentCategory category;

	/**
	 * The cached value of the '{@link #getCell() <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCell()
	 * @generated
	 * @ordered
	 */
	protected ConversationCell cell;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelVariant> variants;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ContentStatus STATUS_EDEFAULT = ContentStatus.IDEA;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ContentStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected Member assignee;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Member reviewer;

	/**
	 * The default value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime SCHEDULED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime scheduledAt = SCHEDULED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneId TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected ZoneId timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected Recurrence recurrence;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<Comment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContentItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.CONTENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentCategory getCategory() {
		if (category != null && category.eIsProxy()) {
			InternalEObject oldCategory = (InternalEObject)category;
			category = (ContentCategory)eResolveProxy(oldCategory);
			if (category != oldCategory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONTENT_ITEM__CATEGORY, oldCategory, category));
			}
		}
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentCategory basicGetCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ContentCategory newCategory) {
		ContentCategory oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversationCell getCell() {
		if (cell != null && cell.eIsProxy()) {
			InternalEObject oldCell = (InternalEObject)cell;
			cell = (ConversationCell)eResolveProxy(oldCell);
			if (cell != oldCell) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONTENT_ITEM__CELL, oldCell, cell));
			}
		}
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConversationCell basicGetCell() {
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCell(ConversationCell newCell) {
		ConversationCell oldCell = cell;
		cell = newCell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__CELL, oldCell, cell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONTENT_ITEM__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelVariant> getVariants() {
		if (variants == null) {
			variants = new EObjectContainmentEList<ChannelVariant>(ChannelVariant.class, this, ParleyPackage.CONTENT_ITEM__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ContentStatus newStatus) {
		ContentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getAssignee() {
		if (assignee != null && assignee.eIsProxy()) {
			InternalEObject oldAssignee = (InternalEObject)assignee;
			assignee = (Member)eResolveProxy(oldAssignee);
			if (assignee != oldAssignee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONTENT_ITEM__ASSIGNEE, oldAssignee, assignee));
			}
		}
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(Member newAssignee) {
		Member oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Member)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONTENT_ITEM__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Member newReviewer) {
		Member oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getScheduledAt() {
		return scheduledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledAt(LocalDateTime newScheduledAt) {
		LocalDateTime oldScheduledAt = scheduledAt;
		scheduledAt = newScheduledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__SCHEDULED_AT, oldScheduledAt, scheduledAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneId getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(ZoneId newTimeZone) {
		ZoneId oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recurrence getRecurrence() {
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecurrence(Recurrence newRecurrence, NotificationChain msgs) {
		Recurrence oldRecurrence = recurrence;
		recurrence = newRecurrence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__RECURRENCE, oldRecurrence, newRecurrence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(Recurrence newRecurrence) {
		if (newRecurrence != recurrence) {
			NotificationChain msgs = null;
			if (recurrence != null)
				msgs = ((InternalEObject)recurrence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.CONTENT_ITEM__RECURRENCE, null, msgs);
			if (newRecurrence != null)
				msgs = ((InternalEObject)newRecurrence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.CONTENT_ITEM__RECURRENCE, null, msgs);
			msgs = basicSetRecurrence(newRecurrence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONTENT_ITEM__RECURRENCE, newRecurrence, newRecurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, ParleyPackage.CONTENT_ITEM__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<Comment>(Comment.class, this, ParleyPackage.CONTENT_ITEM__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ParleyPackage.CONTENT_ITEM__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
			case ParleyPackage.CONTENT_ITEM__RECURRENCE:
				return basicSetRecurrence(null, msgs);
			case ParleyPackage.CONTENT_ITEM__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.CONTENT_ITEM__TITLE:
				return getTitle();
			case ParleyPackage.CONTENT_ITEM__BODY:
				return getBody();
			case ParleyPackage.CONTENT_ITEM__LANGUAGE:
				return getLanguage();
			case ParleyPackage.CONTENT_ITEM__CATEGORY:
				if (resolve) return getCategory();
				return basicGetCategory();
			case ParleyPackage.CONTENT_ITEM__CELL:
				if (resolve) return getCell();
				return basicGetCell();
			case ParleyPackage.CONTENT_ITEM__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case ParleyPackage.CONTENT_ITEM__VARIANTS:
				return getVariants();
			case ParleyPackage.CONTENT_ITEM__STATUS:
				return getStatus();
			case ParleyPackage.CONTENT_ITEM__ASSIGNEE:
				if (resolve) return getAssignee();
				return basicGetAssignee();
			case ParleyPackage.CONTENT_ITEM__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case ParleyPackage.CONTENT_ITEM__SCHEDULED_AT:
				return getScheduledAt();
			case ParleyPackage.CONTENT_ITEM__TIME_ZONE:
				return getTimeZone();
			case ParleyPackage.CONTENT_ITEM__DURATION_MINUTES:
				return getDurationMinutes();
			case ParleyPackage.CONTENT_ITEM__RECURRENCE:
				return getRecurrence();
			case ParleyPackage.CONTENT_ITEM__TAGS:
				return getTags();
			case ParleyPackage.CONTENT_ITEM__COMMENTS:
				return getComments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ParleyPackage.CONTENT_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__BODY:
				setBody((String)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__CATEGORY:
				setCategory((ContentCategory)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__CELL:
				setCell((ConversationCell)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends ChannelVariant>)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__STATUS:
				setStatus((ContentStatus)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__ASSIGNEE:
				setAssignee((Member)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__REVIEWER:
				setReviewer((Member)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__SCHEDULED_AT:
				setScheduledAt((LocalDateTime)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__TIME_ZONE:
				setTimeZone((ZoneId)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__RECURRENCE:
				setRecurrence((Recurrence)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ParleyPackage.CONTENT_ITEM__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends Comment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ParleyPackage.CONTENT_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__CATEGORY:
				setCategory((ContentCategory)null);
				return;
			case ParleyPackage.CONTENT_ITEM__CELL:
				setCell((ConversationCell)null);
				return;
			case ParleyPackage.CONTENT_ITEM__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case ParleyPackage.CONTENT_ITEM__VARIANTS:
				getVariants().clear();
				return;
			case ParleyPackage.CONTENT_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__ASSIGNEE:
				setAssignee((Member)null);
				return;
			case ParleyPackage.CONTENT_ITEM__REVIEWER:
				setReviewer((Member)null);
				return;
			case ParleyPackage.CONTENT_ITEM__SCHEDULED_AT:
				setScheduledAt(SCHEDULED_AT_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case ParleyPackage.CONTENT_ITEM__RECURRENCE:
				setRecurrence((Recurrence)null);
				return;
			case ParleyPackage.CONTENT_ITEM__TAGS:
				getTags().clear();
				return;
			case ParleyPackage.CONTENT_ITEM__COMMENTS:
				getComments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ParleyPackage.CONTENT_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ParleyPackage.CONTENT_ITEM__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case ParleyPackage.CONTENT_ITEM__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case ParleyPackage.CONTENT_ITEM__CATEGORY:
				return category != null;
			case ParleyPackage.CONTENT_ITEM__CELL:
				return cell != null;
			case ParleyPackage.CONTENT_ITEM__CAMPAIGN:
				return campaign != null;
			case ParleyPackage.CONTENT_ITEM__VARIANTS:
				return variants != null && !variants.isEmpty();
			case ParleyPackage.CONTENT_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
			case ParleyPackage.CONTENT_ITEM__ASSIGNEE:
				return assignee != null;
			case ParleyPackage.CONTENT_ITEM__REVIEWER:
				return reviewer != null;
			case ParleyPackage.CONTENT_ITEM__SCHEDULED_AT:
				return SCHEDULED_AT_EDEFAULT == null ? scheduledAt != null : !SCHEDULED_AT_EDEFAULT.equals(scheduledAt);
			case ParleyPackage.CONTENT_ITEM__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case ParleyPackage.CONTENT_ITEM__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case ParleyPackage.CONTENT_ITEM__RECURRENCE:
				return recurrence != null;
			case ParleyPackage.CONTENT_ITEM__TAGS:
				return tags != null && !tags.isEmpty();
			case ParleyPackage.CONTENT_ITEM__COMMENTS:
				return comments != null && !comments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", body: ");
		result.append(body);
		result.append(", language: ");
		result.append(language);
		result.append(", status: ");
		result.append(status);
		result.append(", scheduledAt: ");
		result.append(scheduledAt);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //ContentItemImpl
