/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

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
 *   <li>{@link org.vwb.model.VirtualMachine#getCompute <em>Compute</em>}</li>
 *   <li>{@link org.vwb.model.VirtualMachine#getSourceProperties <em>Source Properties</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Compute</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A CPU-bound job on every vCPU of the VM, time-sharing the host's cores with every other context; none = the VM computes nothing beyond its I/O.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compute</em>' containment reference.
	 * @see #setCompute(ComputeJob)
	 * @see org.vwb.model.VwbPackage#getVirtualMachine_Compute()
	 * @model containment="true"
	 * @generated
	 */
	ComputeJob getCompute();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualMachine#getCompute <em>Compute</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compute</em>' containment reference.
	 * @see #getCompute()
	 * @generated
	 */
	void setCompute(ComputeJob value);

	/**
	 * Returns the value of the '<em><b>Source Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an importer read about the VM that vwb does not model but an export writes back, e.g. the hardware version, a paravirtual guest's kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Properties</em>' map.
	 * @see org.vwb.model.VwbPackage#getVirtualMachine_SourceProperties()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getSourceProperties();

} // VirtualMachine
