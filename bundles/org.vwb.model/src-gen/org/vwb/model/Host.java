/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical machine.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Host#getCores <em>Cores</em>}</li>
 *   <li>{@link org.vwb.model.Host#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.vwb.model.Host#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.vwb.model.Host#getHardwareGeneration <em>Hardware Generation</em>}</li>
 *   <li>{@link org.vwb.model.Host#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical cores, shared by every context that runs on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(int)
	 * @see org.vwb.model.VwbPackage#getHost_Cores()
	 * @model default="8"
	 * @generated
	 */
	int getCores();

	/**
	 * Sets the value of the '{@link org.vwb.model.Host#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(int value);

	/**
	 * Returns the value of the '<em><b>Clock GHz</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clock GHz</em>' attribute.
	 * @see #setClockGHz(double)
	 * @see org.vwb.model.VwbPackage#getHost_ClockGHz()
	 * @model default="2.0"
	 * @generated
	 */
	double getClockGHz();

	/**
	 * Sets the value of the '{@link org.vwb.model.Host#getClockGHz <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock GHz</em>' attribute.
	 * @see #getClockGHz()
	 * @generated
	 */
	void setClockGHz(double value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * The default value is <code>"16384"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(long)
	 * @see org.vwb.model.VwbPackage#getHost_MemoryMiB()
	 * @model default="16384"
	 * @generated
	 */
	long getMemoryMiB();

	/**
	 * Sets the value of the '{@link org.vwb.model.Host#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Hardware Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the cost model (hardware generation) that prices the host's events; empty = the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Generation</em>' attribute.
	 * @see #setHardwareGeneration(String)
	 * @see org.vwb.model.VwbPackage#getHost_HardwareGeneration()
	 * @model
	 * @generated
	 */
	String getHardwareGeneration();

	/**
	 * Sets the value of the '{@link org.vwb.model.Host#getHardwareGeneration <em>Hardware Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Generation</em>' attribute.
	 * @see #getHardwareGeneration()
	 * @generated
	 */
	void setHardwareGeneration(String value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.PhysicalDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getHost_Devices()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<PhysicalDevice> getDevices();

} // Host
