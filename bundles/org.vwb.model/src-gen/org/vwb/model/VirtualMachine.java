/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.VirtualMachine#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.vwb.model.VirtualMachine#getWorkloads <em>Workloads</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends Partition {
	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.VirtualDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getVirtualMachine_Devices()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<VirtualDevice> getDevices();

	/**
	 * Returns the value of the '<em><b>Workloads</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.Workload}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workloads</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getVirtualMachine_Workloads()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Workload> getWorkloads();

} // VirtualMachine
