/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EMap;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.VirtualDevice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getDeviceModel <em>Device Model</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getBacking <em>Backing</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getSourceType <em>Source Type</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getSourceProperties <em>Source Properties</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getVirtualDevice()
 * @model
 * @generated
 */
public interface VirtualDevice extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vwb.model.DeviceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vwb.model.DeviceKind
	 * @see #setKind(DeviceKind)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Kind()
	 * @model
	 * @generated
	 */
	DeviceKind getKind();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vwb.model.DeviceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeviceKind value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vwb.model.DeviceMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.vwb.model.DeviceMode
	 * @see #setMode(DeviceMode)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Mode()
	 * @model
	 * @generated
	 */
	DeviceMode getMode();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.vwb.model.DeviceMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(DeviceMode value);

	/**
	 * Returns the value of the '<em><b>Device Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the device model, e.g. dec21140, e1000, ide, floppy, netvsc, storvsc, virtio-net, vmxnet3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Model</em>' attribute.
	 * @see #setDeviceModel(String)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_DeviceModel()
	 * @model required="true"
	 * @generated
	 */
	String getDeviceModel();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getDeviceModel <em>Device Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Model</em>' attribute.
	 * @see #getDeviceModel()
	 * @generated
	 */
	void setDeviceModel(String value);

	/**
	 * Returns the value of the '<em><b>Backing</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical device that serves this device; empty = the host's first device of the same kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backing</em>' reference.
	 * @see #setBacking(PhysicalDevice)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Backing()
	 * @model
	 * @generated
	 */
	PhysicalDevice getBacking();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getBacking <em>Backing</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backing</em>' reference.
	 * @see #getBacking()
	 * @generated
	 */
	void setBacking(PhysicalDevice value);

	/**
	 * Returns the value of the '<em><b>Source Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The type string an importer read (e.g. OVF ResourceSubType), kept for devices it could not map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Type</em>' attribute.
	 * @see #setSourceType(String)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_SourceType()
	 * @model
	 * @generated
	 */
	String getSourceType();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getSourceType <em>Source Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Type</em>' attribute.
	 * @see #getSourceType()
	 * @generated
	 */
	void setSourceType(String value);

	/**
	 * Returns the value of the '<em><b>Source Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an importer read about the device that vwb does not model but an export writes back, e.g. image path, capacity, MAC address, network, controller and bus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Properties</em>' map.
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_SourceProperties()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getSourceProperties();

} // VirtualDevice
