/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device of the host: NIC, storage controller, GPU...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.PhysicalDevice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDevice#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDevice#getPciId <em>Pci Id</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDevice#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.vwb.model.PhysicalDevice#getLatencyMicros <em>Latency Micros</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getPhysicalDevice()
 * @model
 * @generated
 */
public interface PhysicalDevice extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vwb.model.DeviceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vwb.model.DeviceKind
	 * @see #setKind(DeviceKind)
	 * @see org.vwb.model.VwbPackage#getPhysicalDevice_Kind()
	 * @model
	 * @generated
	 */
	DeviceKind getKind();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDevice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vwb.model.DeviceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeviceKind value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.vwb.model.VwbPackage#getPhysicalDevice_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDevice#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Pci Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCI vendor:device id, e.g. 8086:10d3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pci Id</em>' attribute.
	 * @see #setPciId(String)
	 * @see org.vwb.model.VwbPackage#getPhysicalDevice_PciId()
	 * @model
	 * @generated
	 */
	String getPciId();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDevice#getPciId <em>Pci Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pci Id</em>' attribute.
	 * @see #getPciId()
	 * @generated
	 */
	void setPciId(String value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #setBandwidthMbps(double)
	 * @see org.vwb.model.VwbPackage#getPhysicalDevice_BandwidthMbps()
	 * @model default="1000.0"
	 * @generated
	 */
	double getBandwidthMbps();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDevice#getBandwidthMbps <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #getBandwidthMbps()
	 * @generated
	 */
	void setBandwidthMbps(double value);

	/**
	 * Returns the value of the '<em><b>Latency Micros</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service time of one request at the device, excluding transfer time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Micros</em>' attribute.
	 * @see #setLatencyMicros(double)
	 * @see org.vwb.model.VwbPackage#getPhysicalDevice_LatencyMicros()
	 * @model default="10.0"
	 * @generated
	 */
	double getLatencyMicros();

	/**
	 * Sets the value of the '{@link org.vwb.model.PhysicalDevice#getLatencyMicros <em>Latency Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Micros</em>' attribute.
	 * @see #getLatencyMicros()
	 * @generated
	 */
	void setLatencyMicros(double value);

} // PhysicalDevice
