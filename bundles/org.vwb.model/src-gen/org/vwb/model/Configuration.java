/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One host virtualized by one hypervisor: what a simulation run executes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Configuration#getHost <em>Host</em>}</li>
 *   <li>{@link org.vwb.model.Configuration#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.vwb.model.Configuration#getParentPartition <em>Parent Partition</em>}</li>
 *   <li>{@link org.vwb.model.Configuration#getDriverDomains <em>Driver Domains</em>}</li>
 *   <li>{@link org.vwb.model.Configuration#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.vwb.model.Configuration#getDrivers <em>Drivers</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getConfiguration()
 * @model
 * @generated
 */
public interface Configuration extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see org.vwb.model.VwbPackage#getConfiguration_Host()
	 * @model required="true"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.vwb.model.Configuration#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Hypervisor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypervisor</em>' containment reference.
	 * @see #setHypervisor(Hypervisor)
	 * @see org.vwb.model.VwbPackage#getConfiguration_Hypervisor()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Hypervisor getHypervisor();

	/**
	 * Sets the value of the '{@link org.vwb.model.Configuration#getHypervisor <em>Hypervisor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypervisor</em>' containment reference.
	 * @see #getHypervisor()
	 * @generated
	 */
	void setHypervisor(Hypervisor value);

	/**
	 * Returns the value of the '<em><b>Parent Partition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Root/parent partition (Hyper-V, Xen dom0) or host OS (KVM, Workstation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Partition</em>' containment reference.
	 * @see #setParentPartition(ParentPartition)
	 * @see org.vwb.model.VwbPackage#getConfiguration_ParentPartition()
	 * @model containment="true"
	 * @generated
	 */
	ParentPartition getParentPartition();

	/**
	 * Sets the value of the '{@link org.vwb.model.Configuration#getParentPartition <em>Parent Partition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Partition</em>' containment reference.
	 * @see #getParentPartition()
	 * @generated
	 */
	void setParentPartition(ParentPartition value);

	/**
	 * Returns the value of the '<em><b>Driver Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.DriverDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Domains</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getConfiguration_DriverDomains()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<DriverDomain> getDriverDomains();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getConfiguration_VirtualMachines()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.PhysicalDriver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getConfiguration_Drivers()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<PhysicalDriver> getDrivers();

} // Configuration
