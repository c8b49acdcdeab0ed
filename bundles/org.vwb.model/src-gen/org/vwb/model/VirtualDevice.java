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
 *   <li>{@link org.vwb.model.VirtualDevice#getQueues <em>Queues</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#isOffloads <em>Offloads</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getDriverVersion <em>Driver Version</em>}</li>
 *   <li>{@link org.vwb.model.VirtualDevice#getInterruptRate <em>Interrupt Rate</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Queues</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Queue pairs of a multi-queue paravirtual device (libvirt driver queues); 0 = the device model's default. The guest uses at most one per vCPU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queues</em>' attribute.
	 * @see #setQueues(int)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Queues()
	 * @model default="0"
	 * @generated
	 */
	int getQueues();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getQueues <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queues</em>' attribute.
	 * @see #getQueues()
	 * @generated
	 */
	void setQueues(int value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network device's MTU in bytes (1500 standard, 9000 jumbo frames); at most what the device model carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Mtu()
	 * @model default="1500"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>Offloads</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a network device's segmentation and receive coalescing offloads (TSO, LRO/GRO) are on, where the device model has them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offloads</em>' attribute.
	 * @see #setOffloads(boolean)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_Offloads()
	 * @model default="true"
	 * @generated
	 */
	boolean isOffloads();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#isOffloads <em>Offloads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offloads</em>' attribute.
	 * @see #isOffloads()
	 * @generated
	 */
	void setOffloads(boolean value);

	/**
	 * Returns the value of the '<em><b>Driver Version</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest driver's version where it changes the driver's register accesses (e.g. vlance: linux-2.2, linux-6.1); empty = the device model's default, today's driver.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver Version</em>' attribute.
	 * @see #setDriverVersion(String)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_DriverVersion()
	 * @model default=""
	 * @generated
	 */
	String getDriverVersion();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getDriverVersion <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Version</em>' attribute.
	 * @see #getDriverVersion()
	 * @generated
	 */
	void setDriverVersion(String value);

	/**
	 * Returns the value of the '<em><b>Interrupt Rate</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interrupt moderation: -1 = the device's own default policy (e1000 dynamic conservative ITR, vmxnet3 rate-based coalescing at 4,000/s, PVSCSI vIC), 0 = off (an interrupt per completion batch), 100 to 100,000 = at most that many interrupts per second (e1000 InterruptThrottleRate, vmxnet3 ethernetX.coalescingParams).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interrupt Rate</em>' attribute.
	 * @see #setInterruptRate(int)
	 * @see org.vwb.model.VwbPackage#getVirtualDevice_InterruptRate()
	 * @model default="-1"
	 * @generated
	 */
	int getInterruptRate();

	/**
	 * Sets the value of the '{@link org.vwb.model.VirtualDevice#getInterruptRate <em>Interrupt Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt Rate</em>' attribute.
	 * @see #getInterruptRate()
	 * @generated
	 */
	void setInterruptRate(int value);

} // VirtualDevice
