/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.vwb.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VwbFactoryImpl extends EFactoryImpl implements VwbFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VwbFactory init() {
		try {
			VwbFactory theVwbFactory = (VwbFactory)EPackage.Registry.INSTANCE.getEFactory(VwbPackage.eNS_URI);
			if (theVwbFactory != null) {
				return theVwbFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VwbFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VwbFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case VwbPackage.MODEL: return createModel();
			case VwbPackage.HOST: return createHost();
			case VwbPackage.PHYSICAL_DEVICE: return createPhysicalDevice();
			case VwbPackage.CONFIGURATION: return createConfiguration();
			case VwbPackage.HYPERVISOR: return createHypervisor();
			case VwbPackage.PARENT_PARTITION: return createParentPartition();
			case VwbPackage.DRIVER_DOMAIN: return createDriverDomain();
			case VwbPackage.VIRTUAL_MACHINE: return createVirtualMachine();
			case VwbPackage.VIRTUAL_DEVICE: return createVirtualDevice();
			case VwbPackage.PHYSICAL_DRIVER: return createPhysicalDriver();
			case VwbPackage.WORKLOAD: return createWorkload();
			case VwbPackage.COMPUTE_JOB: return createComputeJob();
			case VwbPackage.SCENARIO: return createScenario();
			case VwbPackage.SWEEP_PARAMETER: return createSweepParameter();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case VwbPackage.DRIVER_PLACEMENT:
				return createDriverPlacementFromString(eDataType, initialValue);
			case VwbPackage.DEVICE_MODE:
				return createDeviceModeFromString(eDataType, initialValue);
			case VwbPackage.DEVICE_KIND:
				return createDeviceKindFromString(eDataType, initialValue);
			case VwbPackage.METRIC:
				return createMetricFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case VwbPackage.DRIVER_PLACEMENT:
				return convertDriverPlacementToString(eDataType, instanceValue);
			case VwbPackage.DEVICE_MODE:
				return convertDeviceModeToString(eDataType, instanceValue);
			case VwbPackage.DEVICE_KIND:
				return convertDeviceKindToString(eDataType, instanceValue);
			case VwbPackage.METRIC:
				return convertMetricToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Model createModel() {
		ModelImpl model = new ModelImpl();
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalDevice createPhysicalDevice() {
		PhysicalDeviceImpl physicalDevice = new PhysicalDeviceImpl();
		return physicalDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Configuration createConfiguration() {
		ConfigurationImpl configuration = new ConfigurationImpl();
		return configuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hypervisor createHypervisor() {
		HypervisorImpl hypervisor = new HypervisorImpl();
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParentPartition createParentPartition() {
		ParentPartitionImpl parentPartition = new ParentPartitionImpl();
		return parentPartition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverDomain createDriverDomain() {
		DriverDomainImpl driverDomain = new DriverDomainImpl();
		return driverDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine createVirtualMachine() {
		VirtualMachineImpl virtualMachine = new VirtualMachineImpl();
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualDevice createVirtualDevice() {
		VirtualDeviceImpl virtualDevice = new VirtualDeviceImpl();
		return virtualDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalDriver createPhysicalDriver() {
		PhysicalDriverImpl physicalDriver = new PhysicalDriverImpl();
		return physicalDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workload createWorkload() {
		WorkloadImpl workload = new WorkloadImpl();
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComputeJob createComputeJob() {
		ComputeJobImpl computeJob = new ComputeJobImpl();
		return computeJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepParameter createSweepParameter() {
		SweepParameterImpl sweepParameter = new SweepParameterImpl();
		return sweepParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriverPlacement createDriverPlacementFromString(EDataType eDataType, String initialValue) {
		DriverPlacement result = DriverPlacement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriverPlacementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceMode createDeviceModeFromString(EDataType eDataType, String initialValue) {
		DeviceMode result = DeviceMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceKind createDeviceKindFromString(EDataType eDataType, String initialValue) {
		DeviceKind result = DeviceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Metric createMetricFromString(EDataType eDataType, String initialValue) {
		Metric result = Metric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VwbPackage getVwbPackage() {
		return (VwbPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VwbPackage getPackage() {
		return VwbPackage.eINSTANCE;
	}

} //VwbFactoryImpl
