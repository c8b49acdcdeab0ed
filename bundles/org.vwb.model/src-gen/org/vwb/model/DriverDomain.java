/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An isolated driver VM (Xen driver domain).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.DriverDomain#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getDriverDomain()
 * @model
 * @generated
 */
public interface DriverDomain extends Partition {
	/**
	 * Returns the value of the '<em><b>Devices</b></em>' reference list.
	 * The list contents are of type {@link org.vwb.model.PhysicalDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical devices whose drivers this domain runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' reference list.
	 * @see org.vwb.model.VwbPackage#getDriverDomain_Devices()
	 * @model
	 * @generated
	 */
	EList<PhysicalDevice> getDevices();

} // DriverDomain
