/**
 */
package org.vwb.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.vwb.model.VwbFactory
 * @model kind="package"
 * @generated
 */
public interface VwbPackage extends EPackage {
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
	String eNS_URI = "http://www.vwb.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "vwb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VwbPackage eINSTANCE = org.vwb.model.impl.VwbPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.NamedElementImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.ModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.ModelImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getModel()
	 * @generated
	 */
	int MODEL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__HOSTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Configurations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__CONFIGURATIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__SCENARIOS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.HostImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CORES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Clock GHz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CLOCK_GHZ = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_MI_B = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hardware Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HARDWARE_GENERATION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DEVICES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.PhysicalDeviceImpl <em>Physical Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.PhysicalDeviceImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getPhysicalDevice()
	 * @generated
	 */
	int PHYSICAL_DEVICE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__VENDOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pci Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__PCI_ID = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__BANDWIDTH_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Latency Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE__LATENCY_MICROS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Physical Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Physical Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.ConfigurationImpl <em>Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.ConfigurationImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getConfiguration()
	 * @generated
	 */
	int CONFIGURATION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__HOST = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hypervisor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__HYPERVISOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent Partition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__PARENT_PARTITION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Driver Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__DRIVER_DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__VIRTUAL_MACHINES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION__DRIVERS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.HypervisorImpl <em>Hypervisor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.HypervisorImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getHypervisor()
	 * @generated
	 */
	int HYPERVISOR = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vendor Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__VENDOR_PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Driver Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__DRIVER_PLACEMENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__OVERCOMMIT_LIMIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Hypervisor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Hypervisor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.PartitionImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__VCPUS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__MEMORY_MI_B = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__OPERATING_SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enlightened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__ENLIGHTENED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.ParentPartitionImpl <em>Parent Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.ParentPartitionImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getParentPartition()
	 * @generated
	 */
	int PARENT_PARTITION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__NAME = PARTITION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__DESCRIPTION = PARTITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__VCPUS = PARTITION__VCPUS;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__MEMORY_MI_B = PARTITION__MEMORY_MI_B;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__OPERATING_SYSTEM = PARTITION__OPERATING_SYSTEM;

	/**
	 * The feature id for the '<em><b>Enlightened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION__ENLIGHTENED = PARTITION__ENLIGHTENED;

	/**
	 * The number of structural features of the '<em>Parent Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION_FEATURE_COUNT = PARTITION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Parent Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_PARTITION_OPERATION_COUNT = PARTITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.DriverDomainImpl <em>Driver Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.DriverDomainImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getDriverDomain()
	 * @generated
	 */
	int DRIVER_DOMAIN = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__NAME = PARTITION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__DESCRIPTION = PARTITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__VCPUS = PARTITION__VCPUS;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__MEMORY_MI_B = PARTITION__MEMORY_MI_B;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__OPERATING_SYSTEM = PARTITION__OPERATING_SYSTEM;

	/**
	 * The feature id for the '<em><b>Enlightened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__ENLIGHTENED = PARTITION__ENLIGHTENED;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN__DEVICES = PARTITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Driver Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN_FEATURE_COUNT = PARTITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Driver Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_DOMAIN_OPERATION_COUNT = PARTITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.VirtualMachineImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = PARTITION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DESCRIPTION = PARTITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VCPUS = PARTITION__VCPUS;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MEMORY_MI_B = PARTITION__MEMORY_MI_B;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__OPERATING_SYSTEM = PARTITION__OPERATING_SYSTEM;

	/**
	 * The feature id for the '<em><b>Enlightened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ENLIGHTENED = PARTITION__ENLIGHTENED;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DEVICES = PARTITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Workloads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__WORKLOADS = PARTITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Compute</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__COMPUTE = PARTITION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SOURCE_PROPERTIES = PARTITION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = PARTITION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = PARTITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.VirtualDeviceImpl <em>Virtual Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.VirtualDeviceImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getVirtualDevice()
	 * @generated
	 */
	int VIRTUAL_DEVICE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__MODE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Device Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__DEVICE_MODEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backing</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__BACKING = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__SOURCE_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__SOURCE_PROPERTIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__QUEUES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__MTU = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Offloads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__OFFLOADS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Driver Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__DRIVER_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Interrupt Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE__INTERRUPT_RATE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Virtual Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Virtual Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.PhysicalDriverImpl <em>Physical Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.PhysicalDriverImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getPhysicalDriver()
	 * @generated
	 */
	int PHYSICAL_DRIVER = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__DEVICE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__PLACEMENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__DOMAIN = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__CERTIFIED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER__PROVENANCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Physical Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Physical Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_DRIVER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.WorkloadImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__DEVICE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Request Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__REQUEST_BYTES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__RATE_PER_SECOND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Queue Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__QUEUE_DEPTH = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Read Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__READ_FRACTION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__DURATION_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__SEED = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.ComputeJobImpl <em>Compute Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.ComputeJobImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getComputeJob()
	 * @generated
	 */
	int COMPUTE_JOB = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cpu Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__CPU_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Timer Hz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__TIMER_HZ = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ipis Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__IPIS_PER_SECOND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tlb Misses Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB__TLB_MISSES_PER_SECOND = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Compute Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Compute Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_JOB_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.ScenarioImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Configurations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CONFIGURATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor Profiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__VENDOR_PROFILES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DURATION_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SEED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__METRICS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vary</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__VARY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SEEDS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.impl.SweepParameterImpl
	 * @see org.vwb.model.impl.VwbPackageImpl#getSweepParameter()
	 * @generated
	 */
	int SWEEP_PARAMETER = 15;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__VALUES = 1;

	/**
	 * The number of structural features of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vwb.model.DriverPlacement <em>Driver Placement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.DriverPlacement
	 * @see org.vwb.model.impl.VwbPackageImpl#getDriverPlacement()
	 * @generated
	 */
	int DRIVER_PLACEMENT = 16;

	/**
	 * The meta object id for the '{@link org.vwb.model.DeviceMode <em>Device Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.DeviceMode
	 * @see org.vwb.model.impl.VwbPackageImpl#getDeviceMode()
	 * @generated
	 */
	int DEVICE_MODE = 17;

	/**
	 * The meta object id for the '{@link org.vwb.model.DeviceKind <em>Device Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.DeviceKind
	 * @see org.vwb.model.impl.VwbPackageImpl#getDeviceKind()
	 * @generated
	 */
	int DEVICE_KIND = 18;

	/**
	 * The meta object id for the '{@link org.vwb.model.Metric <em>Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vwb.model.Metric
	 * @see org.vwb.model.impl.VwbPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 19;


	/**
	 * Returns the meta object for class '{@link org.vwb.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.vwb.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vwb.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vwb.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Model <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.vwb.model.Model
	 * @generated
	 */
	EClass getModel();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Model#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.vwb.model.Model#getFormatVersion()
	 * @see #getModel()
	 * @generated
	 */
	EAttribute getModel_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Model#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.vwb.model.Model#getHosts()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Model#getConfigurations <em>Configurations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Configurations</em>'.
	 * @see org.vwb.model.Model#getConfigurations()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_Configurations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Model#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.vwb.model.Model#getScenarios()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_Scenarios();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.vwb.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Host#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.vwb.model.Host#getCores()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Host#getClockGHz <em>Clock GHz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock GHz</em>'.
	 * @see org.vwb.model.Host#getClockGHz()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ClockGHz();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Host#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see org.vwb.model.Host#getMemoryMiB()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Host#getHardwareGeneration <em>Hardware Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Generation</em>'.
	 * @see org.vwb.model.Host#getHardwareGeneration()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_HardwareGeneration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Host#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.vwb.model.Host#getDevices()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Devices();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.PhysicalDevice <em>Physical Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Device</em>'.
	 * @see org.vwb.model.PhysicalDevice
	 * @generated
	 */
	EClass getPhysicalDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDevice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vwb.model.PhysicalDevice#getKind()
	 * @see #getPhysicalDevice()
	 * @generated
	 */
	EAttribute getPhysicalDevice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDevice#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.vwb.model.PhysicalDevice#getVendor()
	 * @see #getPhysicalDevice()
	 * @generated
	 */
	EAttribute getPhysicalDevice_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDevice#getPciId <em>Pci Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pci Id</em>'.
	 * @see org.vwb.model.PhysicalDevice#getPciId()
	 * @see #getPhysicalDevice()
	 * @generated
	 */
	EAttribute getPhysicalDevice_PciId();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDevice#getBandwidthMbps <em>Bandwidth Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Mbps</em>'.
	 * @see org.vwb.model.PhysicalDevice#getBandwidthMbps()
	 * @see #getPhysicalDevice()
	 * @generated
	 */
	EAttribute getPhysicalDevice_BandwidthMbps();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDevice#getLatencyMicros <em>Latency Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Micros</em>'.
	 * @see org.vwb.model.PhysicalDevice#getLatencyMicros()
	 * @see #getPhysicalDevice()
	 * @generated
	 */
	EAttribute getPhysicalDevice_LatencyMicros();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Configuration <em>Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Configuration</em>'.
	 * @see org.vwb.model.Configuration
	 * @generated
	 */
	EClass getConfiguration();

	/**
	 * Returns the meta object for the reference '{@link org.vwb.model.Configuration#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.vwb.model.Configuration#getHost()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_Host();

	/**
	 * Returns the meta object for the containment reference '{@link org.vwb.model.Configuration#getHypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hypervisor</em>'.
	 * @see org.vwb.model.Configuration#getHypervisor()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_Hypervisor();

	/**
	 * Returns the meta object for the containment reference '{@link org.vwb.model.Configuration#getParentPartition <em>Parent Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Partition</em>'.
	 * @see org.vwb.model.Configuration#getParentPartition()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_ParentPartition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Configuration#getDriverDomains <em>Driver Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Driver Domains</em>'.
	 * @see org.vwb.model.Configuration#getDriverDomains()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_DriverDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Configuration#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Machines</em>'.
	 * @see org.vwb.model.Configuration#getVirtualMachines()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_VirtualMachines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Configuration#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see org.vwb.model.Configuration#getDrivers()
	 * @see #getConfiguration()
	 * @generated
	 */
	EReference getConfiguration_Drivers();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Hypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypervisor</em>'.
	 * @see org.vwb.model.Hypervisor
	 * @generated
	 */
	EClass getHypervisor();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Hypervisor#getVendorProfile <em>Vendor Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Profile</em>'.
	 * @see org.vwb.model.Hypervisor#getVendorProfile()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_VendorProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Hypervisor#getDriverPlacement <em>Driver Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Placement</em>'.
	 * @see org.vwb.model.Hypervisor#getDriverPlacement()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_DriverPlacement();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Hypervisor#getOvercommitLimit <em>Overcommit Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overcommit Limit</em>'.
	 * @see org.vwb.model.Hypervisor#getOvercommitLimit()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_OvercommitLimit();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partition</em>'.
	 * @see org.vwb.model.Partition
	 * @generated
	 */
	EClass getPartition();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Partition#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.vwb.model.Partition#getVcpus()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Partition#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see org.vwb.model.Partition#getMemoryMiB()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Partition#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see org.vwb.model.Partition#getOperatingSystem()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_OperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Partition#isEnlightened <em>Enlightened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enlightened</em>'.
	 * @see org.vwb.model.Partition#isEnlightened()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Enlightened();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.ParentPartition <em>Parent Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parent Partition</em>'.
	 * @see org.vwb.model.ParentPartition
	 * @generated
	 */
	EClass getParentPartition();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.DriverDomain <em>Driver Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver Domain</em>'.
	 * @see org.vwb.model.DriverDomain
	 * @generated
	 */
	EClass getDriverDomain();

	/**
	 * Returns the meta object for the reference list '{@link org.vwb.model.DriverDomain#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.vwb.model.DriverDomain#getDevices()
	 * @see #getDriverDomain()
	 * @generated
	 */
	EReference getDriverDomain_Devices();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see org.vwb.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.VirtualMachine#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.vwb.model.VirtualMachine#getDevices()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.VirtualMachine#getWorkloads <em>Workloads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workloads</em>'.
	 * @see org.vwb.model.VirtualMachine#getWorkloads()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Workloads();

	/**
	 * Returns the meta object for the containment reference '{@link org.vwb.model.VirtualMachine#getCompute <em>Compute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Compute</em>'.
	 * @see org.vwb.model.VirtualMachine#getCompute()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Compute();

	/**
	 * Returns the meta object for the map '{@link org.vwb.model.VirtualMachine#getSourceProperties <em>Source Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Source Properties</em>'.
	 * @see org.vwb.model.VirtualMachine#getSourceProperties()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_SourceProperties();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.VirtualDevice <em>Virtual Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Device</em>'.
	 * @see org.vwb.model.VirtualDevice
	 * @generated
	 */
	EClass getVirtualDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vwb.model.VirtualDevice#getKind()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vwb.model.VirtualDevice#getMode()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getDeviceModel <em>Device Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Model</em>'.
	 * @see org.vwb.model.VirtualDevice#getDeviceModel()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_DeviceModel();

	/**
	 * Returns the meta object for the reference '{@link org.vwb.model.VirtualDevice#getBacking <em>Backing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backing</em>'.
	 * @see org.vwb.model.VirtualDevice#getBacking()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EReference getVirtualDevice_Backing();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getSourceType <em>Source Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Type</em>'.
	 * @see org.vwb.model.VirtualDevice#getSourceType()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_SourceType();

	/**
	 * Returns the meta object for the map '{@link org.vwb.model.VirtualDevice#getSourceProperties <em>Source Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Source Properties</em>'.
	 * @see org.vwb.model.VirtualDevice#getSourceProperties()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EReference getVirtualDevice_SourceProperties();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queues</em>'.
	 * @see org.vwb.model.VirtualDevice#getQueues()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_Queues();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.vwb.model.VirtualDevice#getMtu()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#isOffloads <em>Offloads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offloads</em>'.
	 * @see org.vwb.model.VirtualDevice#isOffloads()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_Offloads();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getDriverVersion <em>Driver Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Version</em>'.
	 * @see org.vwb.model.VirtualDevice#getDriverVersion()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_DriverVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.VirtualDevice#getInterruptRate <em>Interrupt Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupt Rate</em>'.
	 * @see org.vwb.model.VirtualDevice#getInterruptRate()
	 * @see #getVirtualDevice()
	 * @generated
	 */
	EAttribute getVirtualDevice_InterruptRate();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.PhysicalDriver <em>Physical Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Driver</em>'.
	 * @see org.vwb.model.PhysicalDriver
	 * @generated
	 */
	EClass getPhysicalDriver();

	/**
	 * Returns the meta object for the reference '{@link org.vwb.model.PhysicalDriver#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.vwb.model.PhysicalDriver#getDevice()
	 * @see #getPhysicalDriver()
	 * @generated
	 */
	EReference getPhysicalDriver_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDriver#getPlacement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placement</em>'.
	 * @see org.vwb.model.PhysicalDriver#getPlacement()
	 * @see #getPhysicalDriver()
	 * @generated
	 */
	EAttribute getPhysicalDriver_Placement();

	/**
	 * Returns the meta object for the reference '{@link org.vwb.model.PhysicalDriver#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see org.vwb.model.PhysicalDriver#getDomain()
	 * @see #getPhysicalDriver()
	 * @generated
	 */
	EReference getPhysicalDriver_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDriver#isCertified <em>Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certified</em>'.
	 * @see org.vwb.model.PhysicalDriver#isCertified()
	 * @see #getPhysicalDriver()
	 * @generated
	 */
	EAttribute getPhysicalDriver_Certified();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.PhysicalDriver#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.vwb.model.PhysicalDriver#getProvenance()
	 * @see #getPhysicalDriver()
	 * @generated
	 */
	EAttribute getPhysicalDriver_Provenance();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see org.vwb.model.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the reference '{@link org.vwb.model.Workload#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.vwb.model.Workload#getDevice()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getRequestBytes <em>Request Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Bytes</em>'.
	 * @see org.vwb.model.Workload#getRequestBytes()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_RequestBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getRatePerSecond <em>Rate Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Per Second</em>'.
	 * @see org.vwb.model.Workload#getRatePerSecond()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_RatePerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getQueueDepth <em>Queue Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Depth</em>'.
	 * @see org.vwb.model.Workload#getQueueDepth()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_QueueDepth();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getReadFraction <em>Read Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Fraction</em>'.
	 * @see org.vwb.model.Workload#getReadFraction()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_ReadFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see org.vwb.model.Workload#getDurationSeconds()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Workload#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.vwb.model.Workload#getSeed()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Seed();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.ComputeJob <em>Compute Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compute Job</em>'.
	 * @see org.vwb.model.ComputeJob
	 * @generated
	 */
	EClass getComputeJob();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.ComputeJob#getCpuSeconds <em>Cpu Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Seconds</em>'.
	 * @see org.vwb.model.ComputeJob#getCpuSeconds()
	 * @see #getComputeJob()
	 * @generated
	 */
	EAttribute getComputeJob_CpuSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.ComputeJob#getTimerHz <em>Timer Hz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timer Hz</em>'.
	 * @see org.vwb.model.ComputeJob#getTimerHz()
	 * @see #getComputeJob()
	 * @generated
	 */
	EAttribute getComputeJob_TimerHz();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.ComputeJob#getIpisPerSecond <em>Ipis Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipis Per Second</em>'.
	 * @see org.vwb.model.ComputeJob#getIpisPerSecond()
	 * @see #getComputeJob()
	 * @generated
	 */
	EAttribute getComputeJob_IpisPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.ComputeJob#getTlbMissesPerSecond <em>Tlb Misses Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlb Misses Per Second</em>'.
	 * @see org.vwb.model.ComputeJob#getTlbMissesPerSecond()
	 * @see #getComputeJob()
	 * @generated
	 */
	EAttribute getComputeJob_TlbMissesPerSecond();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.vwb.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the reference list '{@link org.vwb.model.Scenario#getConfigurations <em>Configurations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Configurations</em>'.
	 * @see org.vwb.model.Scenario#getConfigurations()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Configurations();

	/**
	 * Returns the meta object for the attribute list '{@link org.vwb.model.Scenario#getVendorProfiles <em>Vendor Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Vendor Profiles</em>'.
	 * @see org.vwb.model.Scenario#getVendorProfiles()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_VendorProfiles();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Scenario#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see org.vwb.model.Scenario#getDurationSeconds()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Scenario#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.vwb.model.Scenario#getSeed()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vwb.model.Scenario#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Metrics</em>'.
	 * @see org.vwb.model.Scenario#getMetrics()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vwb.model.Scenario#getVary <em>Vary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vary</em>'.
	 * @see org.vwb.model.Scenario#getVary()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Vary();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.Scenario#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds</em>'.
	 * @see org.vwb.model.Scenario#getSeeds()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Seeds();

	/**
	 * Returns the meta object for class '{@link org.vwb.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Parameter</em>'.
	 * @see org.vwb.model.SweepParameter
	 * @generated
	 */
	EClass getSweepParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.SweepParameter#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.vwb.model.SweepParameter#getParameter()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.vwb.model.SweepParameter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.vwb.model.SweepParameter#getValues()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Values();

	/**
	 * Returns the meta object for enum '{@link org.vwb.model.DriverPlacement <em>Driver Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Driver Placement</em>'.
	 * @see org.vwb.model.DriverPlacement
	 * @generated
	 */
	EEnum getDriverPlacement();

	/**
	 * Returns the meta object for enum '{@link org.vwb.model.DeviceMode <em>Device Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Mode</em>'.
	 * @see org.vwb.model.DeviceMode
	 * @generated
	 */
	EEnum getDeviceMode();

	/**
	 * Returns the meta object for enum '{@link org.vwb.model.DeviceKind <em>Device Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Kind</em>'.
	 * @see org.vwb.model.DeviceKind
	 * @generated
	 */
	EEnum getDeviceKind();

	/**
	 * Returns the meta object for enum '{@link org.vwb.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric</em>'.
	 * @see org.vwb.model.Metric
	 * @generated
	 */
	EEnum getMetric();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VwbFactory getVwbFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.NamedElementImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.ModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.ModelImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getModel()
		 * @generated
		 */
		EClass MODEL = eINSTANCE.getModel();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL__FORMAT_VERSION = eINSTANCE.getModel_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__HOSTS = eINSTANCE.getModel_Hosts();

		/**
		 * The meta object literal for the '<em><b>Configurations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__CONFIGURATIONS = eINSTANCE.getModel_Configurations();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__SCENARIOS = eINSTANCE.getModel_Scenarios();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.HostImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CORES = eINSTANCE.getHost_Cores();

		/**
		 * The meta object literal for the '<em><b>Clock GHz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CLOCK_GHZ = eINSTANCE.getHost_ClockGHz();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_MI_B = eINSTANCE.getHost_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Hardware Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HARDWARE_GENERATION = eINSTANCE.getHost_HardwareGeneration();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__DEVICES = eINSTANCE.getHost_Devices();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.PhysicalDeviceImpl <em>Physical Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.PhysicalDeviceImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getPhysicalDevice()
		 * @generated
		 */
		EClass PHYSICAL_DEVICE = eINSTANCE.getPhysicalDevice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DEVICE__KIND = eINSTANCE.getPhysicalDevice_Kind();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DEVICE__VENDOR = eINSTANCE.getPhysicalDevice_Vendor();

		/**
		 * The meta object literal for the '<em><b>Pci Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DEVICE__PCI_ID = eINSTANCE.getPhysicalDevice_PciId();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DEVICE__BANDWIDTH_MBPS = eINSTANCE.getPhysicalDevice_BandwidthMbps();

		/**
		 * The meta object literal for the '<em><b>Latency Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DEVICE__LATENCY_MICROS = eINSTANCE.getPhysicalDevice_LatencyMicros();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.ConfigurationImpl <em>Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.ConfigurationImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getConfiguration()
		 * @generated
		 */
		EClass CONFIGURATION = eINSTANCE.getConfiguration();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__HOST = eINSTANCE.getConfiguration_Host();

		/**
		 * The meta object literal for the '<em><b>Hypervisor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__HYPERVISOR = eINSTANCE.getConfiguration_Hypervisor();

		/**
		 * The meta object literal for the '<em><b>Parent Partition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__PARENT_PARTITION = eINSTANCE.getConfiguration_ParentPartition();

		/**
		 * The meta object literal for the '<em><b>Driver Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__DRIVER_DOMAINS = eINSTANCE.getConfiguration_DriverDomains();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__VIRTUAL_MACHINES = eINSTANCE.getConfiguration_VirtualMachines();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION__DRIVERS = eINSTANCE.getConfiguration_Drivers();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.HypervisorImpl <em>Hypervisor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.HypervisorImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getHypervisor()
		 * @generated
		 */
		EClass HYPERVISOR = eINSTANCE.getHypervisor();

		/**
		 * The meta object literal for the '<em><b>Vendor Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__VENDOR_PROFILE = eINSTANCE.getHypervisor_VendorProfile();

		/**
		 * The meta object literal for the '<em><b>Driver Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__DRIVER_PLACEMENT = eINSTANCE.getHypervisor_DriverPlacement();

		/**
		 * The meta object literal for the '<em><b>Overcommit Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__OVERCOMMIT_LIMIT = eINSTANCE.getHypervisor_OvercommitLimit();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.PartitionImpl <em>Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.PartitionImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getPartition()
		 * @generated
		 */
		EClass PARTITION = eINSTANCE.getPartition();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__VCPUS = eINSTANCE.getPartition_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__MEMORY_MI_B = eINSTANCE.getPartition_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__OPERATING_SYSTEM = eINSTANCE.getPartition_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Enlightened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__ENLIGHTENED = eINSTANCE.getPartition_Enlightened();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.ParentPartitionImpl <em>Parent Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.ParentPartitionImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getParentPartition()
		 * @generated
		 */
		EClass PARENT_PARTITION = eINSTANCE.getParentPartition();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.DriverDomainImpl <em>Driver Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.DriverDomainImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getDriverDomain()
		 * @generated
		 */
		EClass DRIVER_DOMAIN = eINSTANCE.getDriverDomain();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_DOMAIN__DEVICES = eINSTANCE.getDriverDomain_Devices();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.VirtualMachineImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__DEVICES = eINSTANCE.getVirtualMachine_Devices();

		/**
		 * The meta object literal for the '<em><b>Workloads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__WORKLOADS = eINSTANCE.getVirtualMachine_Workloads();

		/**
		 * The meta object literal for the '<em><b>Compute</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__COMPUTE = eINSTANCE.getVirtualMachine_Compute();

		/**
		 * The meta object literal for the '<em><b>Source Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__SOURCE_PROPERTIES = eINSTANCE.getVirtualMachine_SourceProperties();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.VirtualDeviceImpl <em>Virtual Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.VirtualDeviceImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getVirtualDevice()
		 * @generated
		 */
		EClass VIRTUAL_DEVICE = eINSTANCE.getVirtualDevice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__KIND = eINSTANCE.getVirtualDevice_Kind();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__MODE = eINSTANCE.getVirtualDevice_Mode();

		/**
		 * The meta object literal for the '<em><b>Device Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__DEVICE_MODEL = eINSTANCE.getVirtualDevice_DeviceModel();

		/**
		 * The meta object literal for the '<em><b>Backing</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_DEVICE__BACKING = eINSTANCE.getVirtualDevice_Backing();

		/**
		 * The meta object literal for the '<em><b>Source Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__SOURCE_TYPE = eINSTANCE.getVirtualDevice_SourceType();

		/**
		 * The meta object literal for the '<em><b>Source Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_DEVICE__SOURCE_PROPERTIES = eINSTANCE.getVirtualDevice_SourceProperties();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__QUEUES = eINSTANCE.getVirtualDevice_Queues();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__MTU = eINSTANCE.getVirtualDevice_Mtu();

		/**
		 * The meta object literal for the '<em><b>Offloads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__OFFLOADS = eINSTANCE.getVirtualDevice_Offloads();

		/**
		 * The meta object literal for the '<em><b>Driver Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__DRIVER_VERSION = eINSTANCE.getVirtualDevice_DriverVersion();

		/**
		 * The meta object literal for the '<em><b>Interrupt Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DEVICE__INTERRUPT_RATE = eINSTANCE.getVirtualDevice_InterruptRate();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.PhysicalDriverImpl <em>Physical Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.PhysicalDriverImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getPhysicalDriver()
		 * @generated
		 */
		EClass PHYSICAL_DRIVER = eINSTANCE.getPhysicalDriver();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_DRIVER__DEVICE = eINSTANCE.getPhysicalDriver_Device();

		/**
		 * The meta object literal for the '<em><b>Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DRIVER__PLACEMENT = eINSTANCE.getPhysicalDriver_Placement();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_DRIVER__DOMAIN = eINSTANCE.getPhysicalDriver_Domain();

		/**
		 * The meta object literal for the '<em><b>Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DRIVER__CERTIFIED = eINSTANCE.getPhysicalDriver_Certified();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_DRIVER__PROVENANCE = eINSTANCE.getPhysicalDriver_Provenance();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.WorkloadImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__DEVICE = eINSTANCE.getWorkload_Device();

		/**
		 * The meta object literal for the '<em><b>Request Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__REQUEST_BYTES = eINSTANCE.getWorkload_RequestBytes();

		/**
		 * The meta object literal for the '<em><b>Rate Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__RATE_PER_SECOND = eINSTANCE.getWorkload_RatePerSecond();

		/**
		 * The meta object literal for the '<em><b>Queue Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__QUEUE_DEPTH = eINSTANCE.getWorkload_QueueDepth();

		/**
		 * The meta object literal for the '<em><b>Read Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__READ_FRACTION = eINSTANCE.getWorkload_ReadFraction();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__DURATION_SECONDS = eINSTANCE.getWorkload_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__SEED = eINSTANCE.getWorkload_Seed();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.ComputeJobImpl <em>Compute Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.ComputeJobImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getComputeJob()
		 * @generated
		 */
		EClass COMPUTE_JOB = eINSTANCE.getComputeJob();

		/**
		 * The meta object literal for the '<em><b>Cpu Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPUTE_JOB__CPU_SECONDS = eINSTANCE.getComputeJob_CpuSeconds();

		/**
		 * The meta object literal for the '<em><b>Timer Hz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPUTE_JOB__TIMER_HZ = eINSTANCE.getComputeJob_TimerHz();

		/**
		 * The meta object literal for the '<em><b>Ipis Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPUTE_JOB__IPIS_PER_SECOND = eINSTANCE.getComputeJob_IpisPerSecond();

		/**
		 * The meta object literal for the '<em><b>Tlb Misses Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPUTE_JOB__TLB_MISSES_PER_SECOND = eINSTANCE.getComputeJob_TlbMissesPerSecond();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.ScenarioImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Configurations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CONFIGURATIONS = eINSTANCE.getScenario_Configurations();

		/**
		 * The meta object literal for the '<em><b>Vendor Profiles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__VENDOR_PROFILES = eINSTANCE.getScenario_VendorProfiles();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DURATION_SECONDS = eINSTANCE.getScenario_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SEED = eINSTANCE.getScenario_Seed();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__METRICS = eINSTANCE.getScenario_Metrics();

		/**
		 * The meta object literal for the '<em><b>Vary</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__VARY = eINSTANCE.getScenario_Vary();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SEEDS = eINSTANCE.getScenario_Seeds();

		/**
		 * The meta object literal for the '{@link org.vwb.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.impl.SweepParameterImpl
		 * @see org.vwb.model.impl.VwbPackageImpl#getSweepParameter()
		 * @generated
		 */
		EClass SWEEP_PARAMETER = eINSTANCE.getSweepParameter();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__PARAMETER = eINSTANCE.getSweepParameter_Parameter();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__VALUES = eINSTANCE.getSweepParameter_Values();

		/**
		 * The meta object literal for the '{@link org.vwb.model.DriverPlacement <em>Driver Placement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.DriverPlacement
		 * @see org.vwb.model.impl.VwbPackageImpl#getDriverPlacement()
		 * @generated
		 */
		EEnum DRIVER_PLACEMENT = eINSTANCE.getDriverPlacement();

		/**
		 * The meta object literal for the '{@link org.vwb.model.DeviceMode <em>Device Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.DeviceMode
		 * @see org.vwb.model.impl.VwbPackageImpl#getDeviceMode()
		 * @generated
		 */
		EEnum DEVICE_MODE = eINSTANCE.getDeviceMode();

		/**
		 * The meta object literal for the '{@link org.vwb.model.DeviceKind <em>Device Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.DeviceKind
		 * @see org.vwb.model.impl.VwbPackageImpl#getDeviceKind()
		 * @generated
		 */
		EEnum DEVICE_KIND = eINSTANCE.getDeviceKind();

		/**
		 * The meta object literal for the '{@link org.vwb.model.Metric <em>Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vwb.model.Metric
		 * @see org.vwb.model.impl.VwbPackageImpl#getMetric()
		 * @generated
		 */
		EEnum METRIC = eINSTANCE.getMetric();

	}

} //VwbPackage
