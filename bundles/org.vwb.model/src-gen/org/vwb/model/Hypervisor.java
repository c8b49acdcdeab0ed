/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hypervisor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Hypervisor#getVendorProfile <em>Vendor Profile</em>}</li>
 *   <li>{@link org.vwb.model.Hypervisor#getDriverPlacement <em>Driver Placement</em>}</li>
 *   <li>{@link org.vwb.model.Hypervisor#getOvercommitLimit <em>Overcommit Limit</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getHypervisor()
 * @model
 * @generated
 */
public interface Hypervisor extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Vendor Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a vendor profile, e.g. vmware.esxi-3.5 or microsoft.hyperv-2008.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor Profile</em>' attribute.
	 * @see #setVendorProfile(String)
	 * @see org.vwb.model.VwbPackage#getHypervisor_VendorProfile()
	 * @model required="true"
	 * @generated
	 */
	String getVendorProfile();

	/**
	 * Sets the value of the '{@link org.vwb.model.Hypervisor#getVendorProfile <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Profile</em>' attribute.
	 * @see #getVendorProfile()
	 * @generated
	 */
	void setVendorProfile(String value);

	/**
	 * Returns the value of the '<em><b>Driver Placement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vwb.model.DriverPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Placement</em>' attribute.
	 * @see org.vwb.model.DriverPlacement
	 * @see #setDriverPlacement(DriverPlacement)
	 * @see org.vwb.model.VwbPackage#getHypervisor_DriverPlacement()
	 * @model
	 * @generated
	 */
	DriverPlacement getDriverPlacement();

	/**
	 * Sets the value of the '{@link org.vwb.model.Hypervisor#getDriverPlacement <em>Driver Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Placement</em>' attribute.
	 * @see org.vwb.model.DriverPlacement
	 * @see #getDriverPlacement()
	 * @generated
	 */
	void setDriverPlacement(DriverPlacement value);

	/**
	 * Returns the value of the '<em><b>Overcommit Limit</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vCPUs per physical core beyond which validation warns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overcommit Limit</em>' attribute.
	 * @see #setOvercommitLimit(double)
	 * @see org.vwb.model.VwbPackage#getHypervisor_OvercommitLimit()
	 * @model default="4.0"
	 * @generated
	 */
	double getOvercommitLimit();

	/**
	 * Sets the value of the '{@link org.vwb.model.Hypervisor#getOvercommitLimit <em>Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overcommit Limit</em>' attribute.
	 * @see #getOvercommitLimit()
	 * @generated
	 */
	void setOvercommitLimit(double value);

} // Hypervisor
