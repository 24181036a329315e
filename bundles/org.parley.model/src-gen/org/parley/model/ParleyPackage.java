/**
 */
package org.parley.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Parley's metamodel: the plan of a brand's social conversations.
 * <p>
 * Storage keeps each aggregate in a file of its own (one {@link org.parley.model.ModelFile} root per file);
 * a {@link org.parley.model.Plan} ties them together in memory. References between files name their target by its
 * {@link org.parley.model.Identified#getId() id}.
 * <!-- end-model-doc -->
 * @see org.parley.model.ParleyFactory
 * @model kind="package"
 * @generated
 */
public interface ParleyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://parley.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "parley";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ParleyPackage eINSTANCE = org.parley.model.impl.ParleyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.parley.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.IdentifiedImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.NamedImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ModelFileImpl <em>Model File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ModelFileImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getModelFile()
	 * @generated
	 */
	int MODEL_FILE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_FILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_FILE__CONFLICTS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Model File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_FILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.MergeConflictImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getMergeConflict()
	 * @generated
	 */
	int MERGE_CONFLICT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OBJECT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__FEATURE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__BASE_VALUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ours Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS_VALUE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Theirs Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS_VALUE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__MESSAGE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.PlanImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DESCRIPTION = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TIME_ZONE = MODEL_FILE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LANGUAGES = MODEL_FILE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STRATEGY = MODEL_FILE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MATRIX = MODEL_FILE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CHANNELS = MODEL_FILE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Listening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LISTENING = MODEL_FILE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Schedules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SCHEDULES = MODEL_FILE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 9;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.StrategyImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Brands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__BRANDS = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TEAMS = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Customer Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CUSTOMER_GROUPS = MODEL_FILE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TOPICS = MODEL_FILE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Content Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CONTENT_CATEGORIES = MODEL_FILE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__KPIS = MODEL_FILE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CAMPAIGNS = MODEL_FILE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.MatrixImpl <em>Matrix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.MatrixImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getMatrix()
	 * @generated
	 */
	int MATRIX = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__CELLS = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ChannelCatalogImpl <em>Channel Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ChannelCatalogImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getChannelCatalog()
	 * @generated
	 */
	int CHANNEL_CATALOG = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_CATALOG__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_CATALOG__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_CATALOG__CHANNELS = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Channel Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_CATALOG_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ListeningImpl <em>Listening</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ListeningImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getListening()
	 * @generated
	 */
	int LISTENING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__SOURCES = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Queries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__QUERIES = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Listening</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ScheduleImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ID = MODEL_FILE__ID;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__CONFLICTS = MODEL_FILE__CONFLICTS;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__MONTH = MODEL_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ITEMS = MODEL_FILE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = MODEL_FILE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.BrandImpl <em>Brand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.BrandImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getBrand()
	 * @generated
	 */
	int BRAND = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ALIASES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Handles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__HANDLES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__DESCRIPTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__PRODUCTS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ProductImpl <em>Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ProductImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getProduct()
	 * @generated
	 */
	int PRODUCT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__ALIASES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.TeamImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__FUNCTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MEMBERS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.MemberImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ROLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__EMAIL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.CustomerGroupImpl <em>Customer Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.CustomerGroupImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getCustomerGroup()
	 * @generated
	 */
	int CUSTOMER_GROUP = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_GROUP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_GROUP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_GROUP__STAGE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_GROUP__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Customer Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_GROUP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.TopicImpl <em>Topic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.TopicImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getTopic()
	 * @generated
	 */
	int TOPIC = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__PARENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__KEYWORDS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__DESCRIPTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ContentCategoryImpl <em>Content Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ContentCategoryImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getContentCategory()
	 * @generated
	 */
	int CONTENT_CATEGORY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY__COLOUR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Content Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_CATEGORY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.KpiImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__METRIC = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__THRESHOLD = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DIRECTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Action On Breach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ACTION_ON_BREACH = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.CampaignImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__START_DATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__END_DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__GOAL = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__COLOUR = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CELLS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ConversationCellImpl <em>Conversation Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ConversationCellImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getConversationCell()
	 * @generated
	 */
	int CONVERSATION_CELL = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__TEAM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__CUSTOMER_GROUP = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__TOPICS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__GOAL = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__TONE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__CHANNELS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__KPIS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__OWNER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__PRIORITY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL__NOTES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Conversation Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_CELL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ChannelImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NETWORK = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ACCOUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__URL = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__LANGUAGE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__BRAND = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__RULES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ChannelRulesImpl <em>Channel Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ChannelRulesImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getChannelRules()
	 * @generated
	 */
	int CHANNEL_RULES = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Max Text Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__MAX_TEXT_LENGTH = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Hashtags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__MAX_HASHTAGS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Media</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__MEDIA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__LINKS_ALLOWED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Posting Window</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__POSTING_WINDOW = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES__TONE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Channel Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_RULES_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.PostingWindowImpl <em>Posting Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.PostingWindowImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getPostingWindow()
	 * @generated
	 */
	int POSTING_WINDOW = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW__DAYS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW__START_TIME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW__END_TIME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW__TIME_ZONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Posting Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSTING_WINDOW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ContentItemImpl <em>Content Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ContentItemImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getContentItem()
	 * @generated
	 */
	int CONTENT_ITEM = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__BODY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__LANGUAGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CATEGORY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CELL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CAMPAIGN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__VARIANTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__ASSIGNEE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__REVIEWER = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__SCHEDULED_AT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__TIME_ZONE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__DURATION_MINUTES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__RECURRENCE = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__TAGS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__COMMENTS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Content Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ChannelVariantImpl <em>Channel Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ChannelVariantImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getChannelVariant()
	 * @generated
	 */
	int CHANNEL_VARIANT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT__CHANNEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Media</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT__MEDIA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT__LINK = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Channel Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_VARIANT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.RecurrenceImpl <em>Recurrence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.RecurrenceImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getRecurrence()
	 * @generated
	 */
	int RECURRENCE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__FREQUENCY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__INTERVAL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weekdays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__WEEKDAYS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__UNTIL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Exception Dates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__EXCEPTION_DATES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE__OVERRIDES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Recurrence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.OccurrenceOverrideImpl <em>Occurrence Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.OccurrenceOverrideImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getOccurrenceOverride()
	 * @generated
	 */
	int OCCURRENCE_OVERRIDE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Original Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__ORIGINAL_DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__SCHEDULED_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__TITLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__BODY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cancelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE__CANCELLED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Occurrence Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCURRENCE_OVERRIDE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.CommentImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TIME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ListeningSourceImpl <em>Listening Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ListeningSourceImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getListeningSource()
	 * @generated
	 */
	int LISTENING_SOURCE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__URL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Include Patterns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__INCLUDE_PATTERNS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exclude Patterns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__EXCLUDE_PATTERNS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__MAX_PAGES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__MAX_DEPTH = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Politeness Delay Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__POLITENESS_DELAY_MILLIS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE__ENABLED = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Listening Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.parley.model.impl.ListeningQueryImpl <em>Listening Query</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.impl.ListeningQueryImpl
	 * @see org.parley.model.impl.ParleyPackageImpl#getListeningQuery()
	 * @generated
	 */
	int LISTENING_QUERY = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__EXPRESSION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__LANGUAGE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__TAG = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__TARGET = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY__ENABLED = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Listening Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_QUERY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.parley.model.ConflictKind <em>Conflict Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.ConflictKind
	 * @see org.parley.model.impl.ParleyPackageImpl#getConflictKind()
	 * @generated
	 */
	int CONFLICT_KIND = 30;

	/**
	 * The meta object id for the '{@link org.parley.model.BrandKind <em>Brand Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.BrandKind
	 * @see org.parley.model.impl.ParleyPackageImpl#getBrandKind()
	 * @generated
	 */
	int BRAND_KIND = 31;

	/**
	 * The meta object id for the '{@link org.parley.model.TeamFunction <em>Team Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.TeamFunction
	 * @see org.parley.model.impl.ParleyPackageImpl#getTeamFunction()
	 * @generated
	 */
	int TEAM_FUNCTION = 32;

	/**
	 * The meta object id for the '{@link org.parley.model.CustomerStage <em>Customer Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.CustomerStage
	 * @see org.parley.model.impl.ParleyPackageImpl#getCustomerStage()
	 * @generated
	 */
	int CUSTOMER_STAGE = 33;

	/**
	 * The meta object id for the '{@link org.parley.model.ContentCategoryKind <em>Content Category Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.ContentCategoryKind
	 * @see org.parley.model.impl.ParleyPackageImpl#getContentCategoryKind()
	 * @generated
	 */
	int CONTENT_CATEGORY_KIND = 34;

	/**
	 * The meta object id for the '{@link org.parley.model.KpiMetric <em>Kpi Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.KpiMetric
	 * @see org.parley.model.impl.ParleyPackageImpl#getKpiMetric()
	 * @generated
	 */
	int KPI_METRIC = 35;

	/**
	 * The meta object id for the '{@link org.parley.model.ThresholdDirection <em>Threshold Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.ThresholdDirection
	 * @see org.parley.model.impl.ParleyPackageImpl#getThresholdDirection()
	 * @generated
	 */
	int THRESHOLD_DIRECTION = 36;

	/**
	 * The meta object id for the '{@link org.parley.model.BreachAction <em>Breach Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.BreachAction
	 * @see org.parley.model.impl.ParleyPackageImpl#getBreachAction()
	 * @generated
	 */
	int BREACH_ACTION = 37;

	/**
	 * The meta object id for the '{@link org.parley.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.Priority
	 * @see org.parley.model.impl.ParleyPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 38;

	/**
	 * The meta object id for the '{@link org.parley.model.Network <em>Network</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.Network
	 * @see org.parley.model.impl.ParleyPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 39;

	/**
	 * The meta object id for the '{@link org.parley.model.MediaPolicy <em>Media Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.MediaPolicy
	 * @see org.parley.model.impl.ParleyPackageImpl#getMediaPolicy()
	 * @generated
	 */
	int MEDIA_POLICY = 40;

	/**
	 * The meta object id for the '{@link org.parley.model.ContentStatus <em>Content Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.ContentStatus
	 * @see org.parley.model.impl.ParleyPackageImpl#getContentStatus()
	 * @generated
	 */
	int CONTENT_STATUS = 41;

	/**
	 * The meta object id for the '{@link org.parley.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.Frequency
	 * @see org.parley.model.impl.ParleyPackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 42;

	/**
	 * The meta object id for the '{@link org.parley.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.SourceKind
	 * @see org.parley.model.impl.ParleyPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 43;

	/**
	 * The meta object id for the '{@link org.parley.model.QueryTag <em>Query Tag</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.parley.model.QueryTag
	 * @see org.parley.model.impl.ParleyPackageImpl#getQueryTag()
	 * @generated
	 */
	int QUERY_TAG = 44;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.parley.model.impl.ParleyPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 45;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.parley.model.impl.ParleyPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 46;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see org.parley.model.impl.ParleyPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 47;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.parley.model.impl.ParleyPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 48;

	/**
	 * The meta object id for the '<em>Zone Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.ZoneId
	 * @see org.parley.model.impl.ParleyPackageImpl#getZoneId()
	 * @generated
	 */
	int ZONE_ID = 49;

	/**
	 * The meta object id for the '<em>Day Of Week</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.DayOfWeek
	 * @see org.parley.model.impl.ParleyPackageImpl#getDayOfWeek()
	 * @generated
	 */
	int DAY_OF_WEEK = 50;


	/**
	 * Returns the meta object for class '{@link org.parley.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.parley.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.parley.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.parley.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.parley.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ModelFile <em>Model File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model File</em>'.
	 * @see org.parley.model.ModelFile
	 * @generated
	 */
	EClass getModelFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.ModelFile#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see org.parley.model.ModelFile#getConflicts()
	 * @see #getModelFile()
	 * @generated
	 */
	EReference getModelFile_Conflicts();

	/**
	 * Returns the meta object for class '{@link org.parley.model.MergeConflict <em>Merge Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Conflict</em>'.
	 * @see org.parley.model.MergeConflict
	 * @generated
	 */
	EClass getMergeConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.parley.model.MergeConflict#getObjectId()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_ObjectId();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.parley.model.MergeConflict#getFeatureName()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.parley.model.MergeConflict#getKind()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getBaseValue <em>Base Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Value</em>'.
	 * @see org.parley.model.MergeConflict#getBaseValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_BaseValue();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getOursValue <em>Ours Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours Value</em>'.
	 * @see org.parley.model.MergeConflict#getOursValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_OursValue();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs Value</em>'.
	 * @see org.parley.model.MergeConflict#getTheirsValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_TheirsValue();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.MergeConflict#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.parley.model.MergeConflict#getMessage()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Message();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.parley.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Plan#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.parley.model.Plan#getDescription()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Plan#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.parley.model.Plan#getTimeZone()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_TimeZone();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Plan#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.parley.model.Plan#getLanguages()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Languages();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.Plan#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Strategy</em>'.
	 * @see org.parley.model.Plan#getStrategy()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Strategy();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.Plan#getMatrix <em>Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Matrix</em>'.
	 * @see org.parley.model.Plan#getMatrix()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Matrix();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.Plan#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Channels</em>'.
	 * @see org.parley.model.Plan#getChannels()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Channels();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.Plan#getListening <em>Listening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Listening</em>'.
	 * @see org.parley.model.Plan#getListening()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Listening();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Plan#getSchedules <em>Schedules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedules</em>'.
	 * @see org.parley.model.Plan#getSchedules()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Schedules();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.parley.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getBrands <em>Brands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Brands</em>'.
	 * @see org.parley.model.Strategy#getBrands()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Brands();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.parley.model.Strategy#getTeams()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Teams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getCustomerGroups <em>Customer Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customer Groups</em>'.
	 * @see org.parley.model.Strategy#getCustomerGroups()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_CustomerGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Topics</em>'.
	 * @see org.parley.model.Strategy#getTopics()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Topics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getContentCategories <em>Content Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Content Categories</em>'.
	 * @see org.parley.model.Strategy#getContentCategories()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_ContentCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.parley.model.Strategy#getKpis()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Kpis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Strategy#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.parley.model.Strategy#getCampaigns()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Campaigns();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Matrix <em>Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Matrix</em>'.
	 * @see org.parley.model.Matrix
	 * @generated
	 */
	EClass getMatrix();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Matrix#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.parley.model.Matrix#getCells()
	 * @see #getMatrix()
	 * @generated
	 */
	EReference getMatrix_Cells();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ChannelCatalog <em>Channel Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Catalog</em>'.
	 * @see org.parley.model.ChannelCatalog
	 * @generated
	 */
	EClass getChannelCatalog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.ChannelCatalog#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.parley.model.ChannelCatalog#getChannels()
	 * @see #getChannelCatalog()
	 * @generated
	 */
	EReference getChannelCatalog_Channels();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Listening <em>Listening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening</em>'.
	 * @see org.parley.model.Listening
	 * @generated
	 */
	EClass getListening();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Listening#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.parley.model.Listening#getSources()
	 * @see #getListening()
	 * @generated
	 */
	EReference getListening_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Listening#getQueries <em>Queries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queries</em>'.
	 * @see org.parley.model.Listening#getQueries()
	 * @see #getListening()
	 * @generated
	 */
	EReference getListening_Queries();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see org.parley.model.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Schedule#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.parley.model.Schedule#getMonth()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Month();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Schedule#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.parley.model.Schedule#getItems()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Items();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand</em>'.
	 * @see org.parley.model.Brand
	 * @generated
	 */
	EClass getBrand();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Brand#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.parley.model.Brand#getKind()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Brand#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.parley.model.Brand#getAliases()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Aliases();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Brand#getHandles <em>Handles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Handles</em>'.
	 * @see org.parley.model.Brand#getHandles()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Handles();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Brand#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.parley.model.Brand#getDescription()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Brand#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Products</em>'.
	 * @see org.parley.model.Brand#getProducts()
	 * @see #getBrand()
	 * @generated
	 */
	EReference getBrand_Products();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Product <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product</em>'.
	 * @see org.parley.model.Product
	 * @generated
	 */
	EClass getProduct();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Product#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.parley.model.Product#getAliases()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Aliases();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.parley.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Team#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.parley.model.Team#getFunction()
	 * @see #getTeam()
	 * @generated
	 */
	EAttribute getTeam_Function();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Team#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.parley.model.Team#getMembers()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Members();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see org.parley.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Member#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.parley.model.Member#getRole()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Member#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.parley.model.Member#getEmail()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Email();

	/**
	 * Returns the meta object for class '{@link org.parley.model.CustomerGroup <em>Customer Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Group</em>'.
	 * @see org.parley.model.CustomerGroup
	 * @generated
	 */
	EClass getCustomerGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.CustomerGroup#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.parley.model.CustomerGroup#getStage()
	 * @see #getCustomerGroup()
	 * @generated
	 */
	EAttribute getCustomerGroup_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.CustomerGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.parley.model.CustomerGroup#getDescription()
	 * @see #getCustomerGroup()
	 * @generated
	 */
	EAttribute getCustomerGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Topic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic</em>'.
	 * @see org.parley.model.Topic
	 * @generated
	 */
	EClass getTopic();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.Topic#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.parley.model.Topic#getParent()
	 * @see #getTopic()
	 * @generated
	 */
	EReference getTopic_Parent();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Topic#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.parley.model.Topic#getKeywords()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Topic#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.parley.model.Topic#getDescription()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_Description();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ContentCategory <em>Content Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Category</em>'.
	 * @see org.parley.model.ContentCategory
	 * @generated
	 */
	EClass getContentCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentCategory#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.parley.model.ContentCategory#getKind()
	 * @see #getContentCategory()
	 * @generated
	 */
	EAttribute getContentCategory_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentCategory#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.parley.model.ContentCategory#getDescription()
	 * @see #getContentCategory()
	 * @generated
	 */
	EAttribute getContentCategory_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentCategory#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.parley.model.ContentCategory#getColour()
	 * @see #getContentCategory()
	 * @generated
	 */
	EAttribute getContentCategory_Colour();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see org.parley.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Kpi#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.parley.model.Kpi#getMetric()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Kpi#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.parley.model.Kpi#getThreshold()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Kpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.parley.model.Kpi#getDirection()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.parley.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Kpi#getActionOnBreach <em>Action On Breach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action On Breach</em>'.
	 * @see org.parley.model.Kpi#getActionOnBreach()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_ActionOnBreach();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.parley.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Campaign#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.parley.model.Campaign#getStartDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Campaign#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.parley.model.Campaign#getEndDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Campaign#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.parley.model.Campaign#getGoal()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Campaign#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.parley.model.Campaign#getColour()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Colour();

	/**
	 * Returns the meta object for the reference list '{@link org.parley.model.Campaign#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cells</em>'.
	 * @see org.parley.model.Campaign#getCells()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Cells();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ConversationCell <em>Conversation Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conversation Cell</em>'.
	 * @see org.parley.model.ConversationCell
	 * @generated
	 */
	EClass getConversationCell();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ConversationCell#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.parley.model.ConversationCell#getTeam()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_Team();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ConversationCell#getCustomerGroup <em>Customer Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Group</em>'.
	 * @see org.parley.model.ConversationCell#getCustomerGroup()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_CustomerGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.parley.model.ConversationCell#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Topics</em>'.
	 * @see org.parley.model.ConversationCell#getTopics()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_Topics();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ConversationCell#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.parley.model.ConversationCell#getGoal()
	 * @see #getConversationCell()
	 * @generated
	 */
	EAttribute getConversationCell_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ConversationCell#getTone <em>Tone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tone</em>'.
	 * @see org.parley.model.ConversationCell#getTone()
	 * @see #getConversationCell()
	 * @generated
	 */
	EAttribute getConversationCell_Tone();

	/**
	 * Returns the meta object for the reference list '{@link org.parley.model.ConversationCell#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.parley.model.ConversationCell#getChannels()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.parley.model.ConversationCell#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Kpis</em>'.
	 * @see org.parley.model.ConversationCell#getKpis()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_Kpis();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ConversationCell#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.parley.model.ConversationCell#getOwner()
	 * @see #getConversationCell()
	 * @generated
	 */
	EReference getConversationCell_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ConversationCell#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.parley.model.ConversationCell#getPriority()
	 * @see #getConversationCell()
	 * @generated
	 */
	EAttribute getConversationCell_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ConversationCell#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.parley.model.ConversationCell#getNotes()
	 * @see #getConversationCell()
	 * @generated
	 */
	EAttribute getConversationCell_Notes();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.parley.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Channel#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.parley.model.Channel#getNetwork()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Channel#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.parley.model.Channel#getAccount()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Channel#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.parley.model.Channel#getUrl()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Channel#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.parley.model.Channel#getLanguage()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Language();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.Channel#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand</em>'.
	 * @see org.parley.model.Channel#getBrand()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Brand();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.Channel#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rules</em>'.
	 * @see org.parley.model.Channel#getRules()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Rules();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ChannelRules <em>Channel Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Rules</em>'.
	 * @see org.parley.model.ChannelRules
	 * @generated
	 */
	EClass getChannelRules();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelRules#getMaxTextLength <em>Max Text Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Text Length</em>'.
	 * @see org.parley.model.ChannelRules#getMaxTextLength()
	 * @see #getChannelRules()
	 * @generated
	 */
	EAttribute getChannelRules_MaxTextLength();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelRules#getMaxHashtags <em>Max Hashtags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Hashtags</em>'.
	 * @see org.parley.model.ChannelRules#getMaxHashtags()
	 * @see #getChannelRules()
	 * @generated
	 */
	EAttribute getChannelRules_MaxHashtags();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelRules#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media</em>'.
	 * @see org.parley.model.ChannelRules#getMedia()
	 * @see #getChannelRules()
	 * @generated
	 */
	EAttribute getChannelRules_Media();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelRules#isLinksAllowed <em>Links Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Links Allowed</em>'.
	 * @see org.parley.model.ChannelRules#isLinksAllowed()
	 * @see #getChannelRules()
	 * @generated
	 */
	EAttribute getChannelRules_LinksAllowed();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.ChannelRules#getPostingWindow <em>Posting Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Posting Window</em>'.
	 * @see org.parley.model.ChannelRules#getPostingWindow()
	 * @see #getChannelRules()
	 * @generated
	 */
	EReference getChannelRules_PostingWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelRules#getTone <em>Tone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tone</em>'.
	 * @see org.parley.model.ChannelRules#getTone()
	 * @see #getChannelRules()
	 * @generated
	 */
	EAttribute getChannelRules_Tone();

	/**
	 * Returns the meta object for class '{@link org.parley.model.PostingWindow <em>Posting Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Posting Window</em>'.
	 * @see org.parley.model.PostingWindow
	 * @generated
	 */
	EClass getPostingWindow();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.PostingWindow#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Days</em>'.
	 * @see org.parley.model.PostingWindow#getDays()
	 * @see #getPostingWindow()
	 * @generated
	 */
	EAttribute getPostingWindow_Days();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.PostingWindow#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.parley.model.PostingWindow#getStartTime()
	 * @see #getPostingWindow()
	 * @generated
	 */
	EAttribute getPostingWindow_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.PostingWindow#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see org.parley.model.PostingWindow#getEndTime()
	 * @see #getPostingWindow()
	 * @generated
	 */
	EAttribute getPostingWindow_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.PostingWindow#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.parley.model.PostingWindow#getTimeZone()
	 * @see #getPostingWindow()
	 * @generated
	 */
	EAttribute getPostingWindow_TimeZone();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ContentItem <em>Content Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Item</em>'.
	 * @see org.parley.model.ContentItem
	 * @generated
	 */
	EClass getContentItem();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.parley.model.ContentItem#getTitle()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.parley.model.ContentItem#getBody()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.parley.model.ContentItem#getLanguage()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Language();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ContentItem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.parley.model.ContentItem#getCategory()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Category();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ContentItem#getCell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cell</em>'.
	 * @see org.parley.model.ContentItem#getCell()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Cell();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ContentItem#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.parley.model.ContentItem#getCampaign()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Campaign();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.ContentItem#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see org.parley.model.ContentItem#getVariants()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Variants();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.parley.model.ContentItem#getStatus()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Status();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ContentItem#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assignee</em>'.
	 * @see org.parley.model.ContentItem#getAssignee()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Assignee();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ContentItem#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.parley.model.ContentItem#getReviewer()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getScheduledAt <em>Scheduled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled At</em>'.
	 * @see org.parley.model.ContentItem#getScheduledAt()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_ScheduledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.parley.model.ContentItem#getTimeZone()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ContentItem#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.parley.model.ContentItem#getDurationMinutes()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_DurationMinutes();

	/**
	 * Returns the meta object for the containment reference '{@link org.parley.model.ContentItem#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Recurrence</em>'.
	 * @see org.parley.model.ContentItem#getRecurrence()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Recurrence();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.ContentItem#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.parley.model.ContentItem#getTags()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.ContentItem#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.parley.model.ContentItem#getComments()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Comments();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ChannelVariant <em>Channel Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Variant</em>'.
	 * @see org.parley.model.ChannelVariant
	 * @generated
	 */
	EClass getChannelVariant();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ChannelVariant#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.parley.model.ChannelVariant#getChannel()
	 * @see #getChannelVariant()
	 * @generated
	 */
	EReference getChannelVariant_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelVariant#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.parley.model.ChannelVariant#getText()
	 * @see #getChannelVariant()
	 * @generated
	 */
	EAttribute getChannelVariant_Text();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.ChannelVariant#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Media</em>'.
	 * @see org.parley.model.ChannelVariant#getMedia()
	 * @see #getChannelVariant()
	 * @generated
	 */
	EAttribute getChannelVariant_Media();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ChannelVariant#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see org.parley.model.ChannelVariant#getLink()
	 * @see #getChannelVariant()
	 * @generated
	 */
	EAttribute getChannelVariant_Link();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Recurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recurrence</em>'.
	 * @see org.parley.model.Recurrence
	 * @generated
	 */
	EClass getRecurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Recurrence#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.parley.model.Recurrence#getFrequency()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Recurrence#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see org.parley.model.Recurrence#getInterval()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_Interval();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Recurrence#getWeekdays <em>Weekdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weekdays</em>'.
	 * @see org.parley.model.Recurrence#getWeekdays()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_Weekdays();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Recurrence#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.parley.model.Recurrence#getCount()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Recurrence#getUntil <em>Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Until</em>'.
	 * @see org.parley.model.Recurrence#getUntil()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_Until();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.Recurrence#getExceptionDates <em>Exception Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exception Dates</em>'.
	 * @see org.parley.model.Recurrence#getExceptionDates()
	 * @see #getRecurrence()
	 * @generated
	 */
	EAttribute getRecurrence_ExceptionDates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.parley.model.Recurrence#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.parley.model.Recurrence#getOverrides()
	 * @see #getRecurrence()
	 * @generated
	 */
	EReference getRecurrence_Overrides();

	/**
	 * Returns the meta object for class '{@link org.parley.model.OccurrenceOverride <em>Occurrence Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occurrence Override</em>'.
	 * @see org.parley.model.OccurrenceOverride
	 * @generated
	 */
	EClass getOccurrenceOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.OccurrenceOverride#getOriginalDate <em>Original Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Date</em>'.
	 * @see org.parley.model.OccurrenceOverride#getOriginalDate()
	 * @see #getOccurrenceOverride()
	 * @generated
	 */
	EAttribute getOccurrenceOverride_OriginalDate();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.OccurrenceOverride#getScheduledAt <em>Scheduled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled At</em>'.
	 * @see org.parley.model.OccurrenceOverride#getScheduledAt()
	 * @see #getOccurrenceOverride()
	 * @generated
	 */
	EAttribute getOccurrenceOverride_ScheduledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.OccurrenceOverride#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.parley.model.OccurrenceOverride#getTitle()
	 * @see #getOccurrenceOverride()
	 * @generated
	 */
	EAttribute getOccurrenceOverride_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.OccurrenceOverride#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.parley.model.OccurrenceOverride#getBody()
	 * @see #getOccurrenceOverride()
	 * @generated
	 */
	EAttribute getOccurrenceOverride_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.OccurrenceOverride#isCancelled <em>Cancelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cancelled</em>'.
	 * @see org.parley.model.OccurrenceOverride#isCancelled()
	 * @see #getOccurrenceOverride()
	 * @generated
	 */
	EAttribute getOccurrenceOverride_Cancelled();

	/**
	 * Returns the meta object for class '{@link org.parley.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.parley.model.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Comment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.parley.model.Comment#getAuthor()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Comment#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.parley.model.Comment#getTime()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.parley.model.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ListeningSource <em>Listening Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening Source</em>'.
	 * @see org.parley.model.ListeningSource
	 * @generated
	 */
	EClass getListeningSource();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.parley.model.ListeningSource#getKind()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.parley.model.ListeningSource#getUrl()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_Url();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.ListeningSource#getIncludePatterns <em>Include Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Include Patterns</em>'.
	 * @see org.parley.model.ListeningSource#getIncludePatterns()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_IncludePatterns();

	/**
	 * Returns the meta object for the attribute list '{@link org.parley.model.ListeningSource#getExcludePatterns <em>Exclude Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exclude Patterns</em>'.
	 * @see org.parley.model.ListeningSource#getExcludePatterns()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_ExcludePatterns();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#getMaxPages <em>Max Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Pages</em>'.
	 * @see org.parley.model.ListeningSource#getMaxPages()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_MaxPages();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#getMaxDepth <em>Max Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Depth</em>'.
	 * @see org.parley.model.ListeningSource#getMaxDepth()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_MaxDepth();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#getPolitenessDelayMillis <em>Politeness Delay Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Politeness Delay Millis</em>'.
	 * @see org.parley.model.ListeningSource#getPolitenessDelayMillis()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_PolitenessDelayMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningSource#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.parley.model.ListeningSource#isEnabled()
	 * @see #getListeningSource()
	 * @generated
	 */
	EAttribute getListeningSource_Enabled();

	/**
	 * Returns the meta object for class '{@link org.parley.model.ListeningQuery <em>Listening Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening Query</em>'.
	 * @see org.parley.model.ListeningQuery
	 * @generated
	 */
	EClass getListeningQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningQuery#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.parley.model.ListeningQuery#getExpression()
	 * @see #getListeningQuery()
	 * @generated
	 */
	EAttribute getListeningQuery_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningQuery#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.parley.model.ListeningQuery#getLanguage()
	 * @see #getListeningQuery()
	 * @generated
	 */
	EAttribute getListeningQuery_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningQuery#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.parley.model.ListeningQuery#getTag()
	 * @see #getListeningQuery()
	 * @generated
	 */
	EAttribute getListeningQuery_Tag();

	/**
	 * Returns the meta object for the reference '{@link org.parley.model.ListeningQuery#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.parley.model.ListeningQuery#getTarget()
	 * @see #getListeningQuery()
	 * @generated
	 */
	EReference getListeningQuery_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.parley.model.ListeningQuery#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.parley.model.ListeningQuery#isEnabled()
	 * @see #getListeningQuery()
	 * @generated
	 */
	EAttribute getListeningQuery_Enabled();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.ConflictKind <em>Conflict Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Kind</em>'.
	 * @see org.parley.model.ConflictKind
	 * @generated
	 */
	EEnum getConflictKind();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.BrandKind <em>Brand Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Brand Kind</em>'.
	 * @see org.parley.model.BrandKind
	 * @generated
	 */
	EEnum getBrandKind();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.TeamFunction <em>Team Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Team Function</em>'.
	 * @see org.parley.model.TeamFunction
	 * @generated
	 */
	EEnum getTeamFunction();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.CustomerStage <em>Customer Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Stage</em>'.
	 * @see org.parley.model.CustomerStage
	 * @generated
	 */
	EEnum getCustomerStage();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.ContentCategoryKind <em>Content Category Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Category Kind</em>'.
	 * @see org.parley.model.ContentCategoryKind
	 * @generated
	 */
	EEnum getContentCategoryKind();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.KpiMetric <em>Kpi Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Metric</em>'.
	 * @see org.parley.model.KpiMetric
	 * @generated
	 */
	EEnum getKpiMetric();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.ThresholdDirection <em>Threshold Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Threshold Direction</em>'.
	 * @see org.parley.model.ThresholdDirection
	 * @generated
	 */
	EEnum getThresholdDirection();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.BreachAction <em>Breach Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Breach Action</em>'.
	 * @see org.parley.model.BreachAction
	 * @generated
	 */
	EEnum getBreachAction();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.parley.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network</em>'.
	 * @see org.parley.model.Network
	 * @generated
	 */
	EEnum getNetwork();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.MediaPolicy <em>Media Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Policy</em>'.
	 * @see org.parley.model.MediaPolicy
	 * @generated
	 */
	EEnum getMediaPolicy();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.ContentStatus <em>Content Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Status</em>'.
	 * @see org.parley.model.ContentStatus
	 * @generated
	 */
	EEnum getContentStatus();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see org.parley.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see org.parley.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.parley.model.QueryTag <em>Query Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Query Tag</em>'.
	 * @see org.parley.model.QueryTag
	 * @generated
	 */
	EEnum getQueryTag();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A moment in UTC, stored as <code>2026-11-24T10:15:30Z</code>.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A day without a time or zone, stored as <code>2026-11-24</code>.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A wall-clock date and time without a zone, stored as <code>2026-11-24T10:15</code> (seconds when not zero).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A wall-clock time of day, stored as <code>09:30</code> (seconds when not zero).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the meta object for data type '{@link java.time.ZoneId <em>Zone Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A time zone, stored by its region id such as <code>Europe/Paris</code>, or an offset such as <code>+01:00</code>.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Zone Id</em>'.
	 * @see java.time.ZoneId
	 * @model instanceClass="java.time.ZoneId"
	 * @generated
	 */
	EDataType getZoneId();

	/**
	 * Returns the meta object for data type '{@link java.time.DayOfWeek <em>Day Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A day of the week, stored by its English name such as <code>MONDAY</code>.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Day Of Week</em>'.
	 * @see java.time.DayOfWeek
	 * @model instanceClass="java.time.DayOfWeek"
	 * @generated
	 */
	EDataType getDayOfWeek();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ParleyFactory getParleyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.parley.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.IdentifiedImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.NamedImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ModelFileImpl <em>Model File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ModelFileImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getModelFile()
		 * @generated
		 */
		EClass MODEL_FILE = eINSTANCE.getModelFile();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_FILE__CONFLICTS = eINSTANCE.getModelFile_Conflicts();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.MergeConflictImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getMergeConflict()
		 * @generated
		 */
		EClass MERGE_CONFLICT = eINSTANCE.getMergeConflict();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OBJECT_ID = eINSTANCE.getMergeConflict_ObjectId();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__FEATURE_NAME = eINSTANCE.getMergeConflict_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__KIND = eINSTANCE.getMergeConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Base Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__BASE_VALUE = eINSTANCE.getMergeConflict_BaseValue();

		/**
		 * The meta object literal for the '<em><b>Ours Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS_VALUE = eINSTANCE.getMergeConflict_OursValue();

		/**
		 * The meta object literal for the '<em><b>Theirs Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS_VALUE = eINSTANCE.getMergeConflict_TheirsValue();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__MESSAGE = eINSTANCE.getMergeConflict_Message();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.PlanImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__DESCRIPTION = eINSTANCE.getPlan_Description();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TIME_ZONE = eINSTANCE.getPlan_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__LANGUAGES = eINSTANCE.getPlan_Languages();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__STRATEGY = eINSTANCE.getPlan_Strategy();

		/**
		 * The meta object literal for the '<em><b>Matrix</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MATRIX = eINSTANCE.getPlan_Matrix();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CHANNELS = eINSTANCE.getPlan_Channels();

		/**
		 * The meta object literal for the '<em><b>Listening</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__LISTENING = eINSTANCE.getPlan_Listening();

		/**
		 * The meta object literal for the '<em><b>Schedules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SCHEDULES = eINSTANCE.getPlan_Schedules();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.StrategyImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Brands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__BRANDS = eINSTANCE.getStrategy_Brands();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__TEAMS = eINSTANCE.getStrategy_Teams();

		/**
		 * The meta object literal for the '<em><b>Customer Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CUSTOMER_GROUPS = eINSTANCE.getStrategy_CustomerGroups();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__TOPICS = eINSTANCE.getStrategy_Topics();

		/**
		 * The meta object literal for the '<em><b>Content Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CONTENT_CATEGORIES = eINSTANCE.getStrategy_ContentCategories();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__KPIS = eINSTANCE.getStrategy_Kpis();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CAMPAIGNS = eINSTANCE.getStrategy_Campaigns();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.MatrixImpl <em>Matrix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.MatrixImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getMatrix()
		 * @generated
		 */
		EClass MATRIX = eINSTANCE.getMatrix();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX__CELLS = eINSTANCE.getMatrix_Cells();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ChannelCatalogImpl <em>Channel Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ChannelCatalogImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getChannelCatalog()
		 * @generated
		 */
		EClass CHANNEL_CATALOG = eINSTANCE.getChannelCatalog();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_CATALOG__CHANNELS = eINSTANCE.getChannelCatalog_Channels();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ListeningImpl <em>Listening</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ListeningImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getListening()
		 * @generated
		 */
		EClass LISTENING = eINSTANCE.getListening();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING__SOURCES = eINSTANCE.getListening_Sources();

		/**
		 * The meta object literal for the '<em><b>Queries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING__QUERIES = eINSTANCE.getListening_Queries();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ScheduleImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__MONTH = eINSTANCE.getSchedule_Month();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__ITEMS = eINSTANCE.getSchedule_Items();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.BrandImpl <em>Brand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.BrandImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getBrand()
		 * @generated
		 */
		EClass BRAND = eINSTANCE.getBrand();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__KIND = eINSTANCE.getBrand_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__ALIASES = eINSTANCE.getBrand_Aliases();

		/**
		 * The meta object literal for the '<em><b>Handles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__HANDLES = eINSTANCE.getBrand_Handles();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__DESCRIPTION = eINSTANCE.getBrand_Description();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRAND__PRODUCTS = eINSTANCE.getBrand_Products();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ProductImpl <em>Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ProductImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getProduct()
		 * @generated
		 */
		EClass PRODUCT = eINSTANCE.getProduct();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__ALIASES = eINSTANCE.getProduct_Aliases();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.TeamImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM__FUNCTION = eINSTANCE.getTeam_Function();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__MEMBERS = eINSTANCE.getTeam_Members();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.MemberImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__ROLE = eINSTANCE.getMember_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__EMAIL = eINSTANCE.getMember_Email();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.CustomerGroupImpl <em>Customer Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.CustomerGroupImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getCustomerGroup()
		 * @generated
		 */
		EClass CUSTOMER_GROUP = eINSTANCE.getCustomerGroup();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_GROUP__STAGE = eINSTANCE.getCustomerGroup_Stage();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_GROUP__DESCRIPTION = eINSTANCE.getCustomerGroup_Description();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.TopicImpl <em>Topic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.TopicImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getTopic()
		 * @generated
		 */
		EClass TOPIC = eINSTANCE.getTopic();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPIC__PARENT = eINSTANCE.getTopic_Parent();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__KEYWORDS = eINSTANCE.getTopic_Keywords();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__DESCRIPTION = eINSTANCE.getTopic_Description();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ContentCategoryImpl <em>Content Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ContentCategoryImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getContentCategory()
		 * @generated
		 */
		EClass CONTENT_CATEGORY = eINSTANCE.getContentCategory();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_CATEGORY__KIND = eINSTANCE.getContentCategory_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_CATEGORY__DESCRIPTION = eINSTANCE.getContentCategory_Description();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_CATEGORY__COLOUR = eINSTANCE.getContentCategory_Colour();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.KpiImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__METRIC = eINSTANCE.getKpi_Metric();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__THRESHOLD = eINSTANCE.getKpi_Threshold();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DIRECTION = eINSTANCE.getKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Action On Breach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__ACTION_ON_BREACH = eINSTANCE.getKpi_ActionOnBreach();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.CampaignImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__START_DATE = eINSTANCE.getCampaign_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__END_DATE = eINSTANCE.getCampaign_EndDate();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__GOAL = eINSTANCE.getCampaign_Goal();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__COLOUR = eINSTANCE.getCampaign_Colour();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CELLS = eINSTANCE.getCampaign_Cells();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ConversationCellImpl <em>Conversation Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ConversationCellImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getConversationCell()
		 * @generated
		 */
		EClass CONVERSATION_CELL = eINSTANCE.getConversationCell();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__TEAM = eINSTANCE.getConversationCell_Team();

		/**
		 * The meta object literal for the '<em><b>Customer Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__CUSTOMER_GROUP = eINSTANCE.getConversationCell_CustomerGroup();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__TOPICS = eINSTANCE.getConversationCell_Topics();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION_CELL__GOAL = eINSTANCE.getConversationCell_Goal();

		/**
		 * The meta object literal for the '<em><b>Tone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION_CELL__TONE = eINSTANCE.getConversationCell_Tone();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__CHANNELS = eINSTANCE.getConversationCell_Channels();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__KPIS = eINSTANCE.getConversationCell_Kpis();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION_CELL__OWNER = eINSTANCE.getConversationCell_Owner();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION_CELL__PRIORITY = eINSTANCE.getConversationCell_Priority();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION_CELL__NOTES = eINSTANCE.getConversationCell_Notes();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ChannelImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__NETWORK = eINSTANCE.getChannel_Network();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__ACCOUNT = eINSTANCE.getChannel_Account();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__URL = eINSTANCE.getChannel_Url();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__LANGUAGE = eINSTANCE.getChannel_Language();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__BRAND = eINSTANCE.getChannel_Brand();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__RULES = eINSTANCE.getChannel_Rules();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ChannelRulesImpl <em>Channel Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ChannelRulesImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getChannelRules()
		 * @generated
		 */
		EClass CHANNEL_RULES = eINSTANCE.getChannelRules();

		/**
		 * The meta object literal for the '<em><b>Max Text Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_RULES__MAX_TEXT_LENGTH = eINSTANCE.getChannelRules_MaxTextLength();

		/**
		 * The meta object literal for the '<em><b>Max Hashtags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_RULES__MAX_HASHTAGS = eINSTANCE.getChannelRules_MaxHashtags();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_RULES__MEDIA = eINSTANCE.getChannelRules_Media();

		/**
		 * The meta object literal for the '<em><b>Links Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_RULES__LINKS_ALLOWED = eINSTANCE.getChannelRules_LinksAllowed();

		/**
		 * The meta object literal for the '<em><b>Posting Window</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_RULES__POSTING_WINDOW = eINSTANCE.getChannelRules_PostingWindow();

		/**
		 * The meta object literal for the '<em><b>Tone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_RULES__TONE = eINSTANCE.getChannelRules_Tone();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.PostingWindowImpl <em>Posting Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.PostingWindowImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getPostingWindow()
		 * @generated
		 */
		EClass POSTING_WINDOW = eINSTANCE.getPostingWindow();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSTING_WINDOW__DAYS = eINSTANCE.getPostingWindow_Days();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSTING_WINDOW__START_TIME = eINSTANCE.getPostingWindow_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSTING_WINDOW__END_TIME = eINSTANCE.getPostingWindow_EndTime();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSTING_WINDOW__TIME_ZONE = eINSTANCE.getPostingWindow_TimeZone();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ContentItemImpl <em>Content Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ContentItemImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getContentItem()
		 * @generated
		 */
		EClass CONTENT_ITEM = eINSTANCE.getContentItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__TITLE = eINSTANCE.getContentItem_Title();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__BODY = eINSTANCE.getContentItem_Body();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__LANGUAGE = eINSTANCE.getContentItem_Language();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__CATEGORY = eINSTANCE.getContentItem_Category();

		/**
		 * The meta object literal for the '<em><b>Cell</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__CELL = eINSTANCE.getContentItem_Cell();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__CAMPAIGN = eINSTANCE.getContentItem_Campaign();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__VARIANTS = eINSTANCE.getContentItem_Variants();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__STATUS = eINSTANCE.getContentItem_Status();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__ASSIGNEE = eINSTANCE.getContentItem_Assignee();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__REVIEWER = eINSTANCE.getContentItem_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Scheduled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__SCHEDULED_AT = eINSTANCE.getContentItem_ScheduledAt();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__TIME_ZONE = eINSTANCE.getContentItem_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__DURATION_MINUTES = eINSTANCE.getContentItem_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__RECURRENCE = eINSTANCE.getContentItem_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__TAGS = eINSTANCE.getContentItem_Tags();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__COMMENTS = eINSTANCE.getContentItem_Comments();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ChannelVariantImpl <em>Channel Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ChannelVariantImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getChannelVariant()
		 * @generated
		 */
		EClass CHANNEL_VARIANT = eINSTANCE.getChannelVariant();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_VARIANT__CHANNEL = eINSTANCE.getChannelVariant_Channel();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_VARIANT__TEXT = eINSTANCE.getChannelVariant_Text();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_VARIANT__MEDIA = eINSTANCE.getChannelVariant_Media();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_VARIANT__LINK = eINSTANCE.getChannelVariant_Link();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.RecurrenceImpl <em>Recurrence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.RecurrenceImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getRecurrence()
		 * @generated
		 */
		EClass RECURRENCE = eINSTANCE.getRecurrence();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__FREQUENCY = eINSTANCE.getRecurrence_Frequency();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__INTERVAL = eINSTANCE.getRecurrence_Interval();

		/**
		 * The meta object literal for the '<em><b>Weekdays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__WEEKDAYS = eINSTANCE.getRecurrence_Weekdays();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__COUNT = eINSTANCE.getRecurrence_Count();

		/**
		 * The meta object literal for the '<em><b>Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__UNTIL = eINSTANCE.getRecurrence_Until();

		/**
		 * The meta object literal for the '<em><b>Exception Dates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENCE__EXCEPTION_DATES = eINSTANCE.getRecurrence_ExceptionDates();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECURRENCE__OVERRIDES = eINSTANCE.getRecurrence_Overrides();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.OccurrenceOverrideImpl <em>Occurrence Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.OccurrenceOverrideImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getOccurrenceOverride()
		 * @generated
		 */
		EClass OCCURRENCE_OVERRIDE = eINSTANCE.getOccurrenceOverride();

		/**
		 * The meta object literal for the '<em><b>Original Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCURRENCE_OVERRIDE__ORIGINAL_DATE = eINSTANCE.getOccurrenceOverride_OriginalDate();

		/**
		 * The meta object literal for the '<em><b>Scheduled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCURRENCE_OVERRIDE__SCHEDULED_AT = eINSTANCE.getOccurrenceOverride_ScheduledAt();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCURRENCE_OVERRIDE__TITLE = eINSTANCE.getOccurrenceOverride_Title();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCURRENCE_OVERRIDE__BODY = eINSTANCE.getOccurrenceOverride_Body();

		/**
		 * The meta object literal for the '<em><b>Cancelled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCURRENCE_OVERRIDE__CANCELLED = eINSTANCE.getOccurrenceOverride_Cancelled();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.CommentImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__AUTHOR = eINSTANCE.getComment_Author();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TIME = eINSTANCE.getComment_Time();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ListeningSourceImpl <em>Listening Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ListeningSourceImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getListeningSource()
		 * @generated
		 */
		EClass LISTENING_SOURCE = eINSTANCE.getListeningSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__KIND = eINSTANCE.getListeningSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__URL = eINSTANCE.getListeningSource_Url();

		/**
		 * The meta object literal for the '<em><b>Include Patterns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__INCLUDE_PATTERNS = eINSTANCE.getListeningSource_IncludePatterns();

		/**
		 * The meta object literal for the '<em><b>Exclude Patterns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__EXCLUDE_PATTERNS = eINSTANCE.getListeningSource_ExcludePatterns();

		/**
		 * The meta object literal for the '<em><b>Max Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__MAX_PAGES = eINSTANCE.getListeningSource_MaxPages();

		/**
		 * The meta object literal for the '<em><b>Max Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__MAX_DEPTH = eINSTANCE.getListeningSource_MaxDepth();

		/**
		 * The meta object literal for the '<em><b>Politeness Delay Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__POLITENESS_DELAY_MILLIS = eINSTANCE.getListeningSource_PolitenessDelayMillis();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SOURCE__ENABLED = eINSTANCE.getListeningSource_Enabled();

		/**
		 * The meta object literal for the '{@link org.parley.model.impl.ListeningQueryImpl <em>Listening Query</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.impl.ListeningQueryImpl
		 * @see org.parley.model.impl.ParleyPackageImpl#getListeningQuery()
		 * @generated
		 */
		EClass LISTENING_QUERY = eINSTANCE.getListeningQuery();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_QUERY__EXPRESSION = eINSTANCE.getListeningQuery_Expression();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_QUERY__LANGUAGE = eINSTANCE.getListeningQuery_Language();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_QUERY__TAG = eINSTANCE.getListeningQuery_Tag();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING_QUERY__TARGET = eINSTANCE.getListeningQuery_Target();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_QUERY__ENABLED = eINSTANCE.getListeningQuery_Enabled();

		/**
		 * The meta object literal for the '{@link org.parley.model.ConflictKind <em>Conflict Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.ConflictKind
		 * @see org.parley.model.impl.ParleyPackageImpl#getConflictKind()
		 * @generated
		 */
		EEnum CONFLICT_KIND = eINSTANCE.getConflictKind();

		/**
		 * The meta object literal for the '{@link org.parley.model.BrandKind <em>Brand Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.BrandKind
		 * @see org.parley.model.impl.ParleyPackageImpl#getBrandKind()
		 * @generated
		 */
		EEnum BRAND_KIND = eINSTANCE.getBrandKind();

		/**
		 * The meta object literal for the '{@link org.parley.model.TeamFunction <em>Team Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.TeamFunction
		 * @see org.parley.model.impl.ParleyPackageImpl#getTeamFunction()
		 * @generated
		 */
		EEnum TEAM_FUNCTION = eINSTANCE.getTeamFunction();

		/**
		 * The meta object literal for the '{@link org.parley.model.CustomerStage <em>Customer Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.CustomerStage
		 * @see org.parley.model.impl.ParleyPackageImpl#getCustomerStage()
		 * @generated
		 */
		EEnum CUSTOMER_STAGE = eINSTANCE.getCustomerStage();

		/**
		 * The meta object literal for the '{@link org.parley.model.ContentCategoryKind <em>Content Category Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.ContentCategoryKind
		 * @see org.parley.model.impl.ParleyPackageImpl#getContentCategoryKind()
		 * @generated
		 */
		EEnum CONTENT_CATEGORY_KIND = eINSTANCE.getContentCategoryKind();

		/**
		 * The meta object literal for the '{@link org.parley.model.KpiMetric <em>Kpi Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.KpiMetric
		 * @see org.parley.model.impl.ParleyPackageImpl#getKpiMetric()
		 * @generated
		 */
		EEnum KPI_METRIC = eINSTANCE.getKpiMetric();

		/**
		 * The meta object literal for the '{@link org.parley.model.ThresholdDirection <em>Threshold Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.ThresholdDirection
		 * @see org.parley.model.impl.ParleyPackageImpl#getThresholdDirection()
		 * @generated
		 */
		EEnum THRESHOLD_DIRECTION = eINSTANCE.getThresholdDirection();

		/**
		 * The meta object literal for the '{@link org.parley.model.BreachAction <em>Breach Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.BreachAction
		 * @see org.parley.model.impl.ParleyPackageImpl#getBreachAction()
		 * @generated
		 */
		EEnum BREACH_ACTION = eINSTANCE.getBreachAction();

		/**
		 * The meta object literal for the '{@link org.parley.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.Priority
		 * @see org.parley.model.impl.ParleyPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.parley.model.Network <em>Network</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.Network
		 * @see org.parley.model.impl.ParleyPackageImpl#getNetwork()
		 * @generated
		 */
		EEnum NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '{@link org.parley.model.MediaPolicy <em>Media Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.MediaPolicy
		 * @see org.parley.model.impl.ParleyPackageImpl#getMediaPolicy()
		 * @generated
		 */
		EEnum MEDIA_POLICY = eINSTANCE.getMediaPolicy();

		/**
		 * The meta object literal for the '{@link org.parley.model.ContentStatus <em>Content Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.ContentStatus
		 * @see org.parley.model.impl.ParleyPackageImpl#getContentStatus()
		 * @generated
		 */
		EEnum CONTENT_STATUS = eINSTANCE.getContentStatus();

		/**
		 * The meta object literal for the '{@link org.parley.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.Frequency
		 * @see org.parley.model.impl.ParleyPackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link org.parley.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.SourceKind
		 * @see org.parley.model.impl.ParleyPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link org.parley.model.QueryTag <em>Query Tag</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.parley.model.QueryTag
		 * @see org.parley.model.impl.ParleyPackageImpl#getQueryTag()
		 * @generated
		 */
		EEnum QUERY_TAG = eINSTANCE.getQueryTag();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.parley.model.impl.ParleyPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.parley.model.impl.ParleyPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see org.parley.model.impl.ParleyPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.parley.model.impl.ParleyPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

		/**
		 * The meta object literal for the '<em>Zone Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.ZoneId
		 * @see org.parley.model.impl.ParleyPackageImpl#getZoneId()
		 * @generated
		 */
		EDataType ZONE_ID = eINSTANCE.getZoneId();

		/**
		 * The meta object literal for the '<em>Day Of Week</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.DayOfWeek
		 * @see org.parley.model.impl.ParleyPackageImpl#getDayOfWeek()
		 * @generated
		 */
		EDataType DAY_OF_WEEK = eINSTANCE.getDayOfWeek();

	}

} //ParleyPackage
