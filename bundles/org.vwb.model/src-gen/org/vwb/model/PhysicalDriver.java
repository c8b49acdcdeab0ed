/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.PhysicalDriver#getDevice <em>Device</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDriver#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDriver#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDriver#isCertified <em>Certified</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDriver#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getPhysicalDriver()
 * @model
 * @generated
 */
public interface PhysicalDriver extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(PhysicalDevice)
	 * @see org.vwb.model.VwbPackage#getPhysicalDriver_Device()
	 * @model required="true"
	 * @generated
	 */
	PhysicalDevice getDevice();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDriver#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(PhysicalDevice value);

	/**
	 * Returns the value of the '<em><b>Placement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vwb.model.DriverPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the driver runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placement</em>' attribute.
	 * @see org.vwb.model.DriverPlacement
	 * @see #setPlacement(DriverPlacement)
	 * @see org.vwb.model.VwbPackage#getPhysicalDriver_Placement()
	 * @model
	 * @generated
	 */
	DriverPlacement getPlacement();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDriver#getPlacement <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placement</em>' attribute.
	 * @see org.vwb.model.DriverPlacement
	 * @see #getPlacement()
	 * @generated
	 */
	void setPlacement(DriverPlacement value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The driver domain running it, for placement DRIVER_DOMAIN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(DriverDomain)
	 * @see org.vwb.model.VwbPackage#getPhysicalDriver_Domain()
	 * @model
	 * @generated
	 */
	DriverDomain getDomain();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDriver#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(DriverDomain value);

	/**
	 * Returns the value of the '<em><b>Certified</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On the vendor's certified list (ESX HCL) rather than a general OS driver.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certified</em>' attribute.
	 * @see #setCertified(boolean)
	 * @see org.vwb.model.VwbPackage#getPhysicalDriver_Certified()
	 * @model default="false"
	 * @generated
	 */
	boolean isCertified();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDriver#isCertified <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certified</em>' attribute.
	 * @see #isCertified()
	 * @generated
	 */
	void setCertified(boolean value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the driver comes from, e.g. Windows Server 2008 inbox, VMware certified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see #setProvenance(String)
	 * @see org.vwb.model.VwbPackage#getPhysicalDriver_Provenance()
	 * @model
	 * @generated
	 */
	String getProvenance();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDriver#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(String value);

} // PhysicalDriver
