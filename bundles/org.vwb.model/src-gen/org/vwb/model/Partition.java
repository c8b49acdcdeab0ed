/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Partition#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.vwb.model.Partition#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.vwb.model.Partition#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.vwb.model.Partition#isEnlightened <em>Enlightened</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getPartition()
 * @model abstract="true"
 * @generated
 */
public interface Partition extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see org.vwb.model.VwbPackage#getPartition_Vcpus()
	 * @model default="1"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.vwb.model.Partition#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(long)
	 * @see org.vwb.model.VwbPackage#getPartition_MemoryMiB()
	 * @model default="1024"
	 * @generated
	 */
	long getMemoryMiB();

	/**
	 * Sets the value of the '{@link org.vwb.model.Partition#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see org.vwb.model.VwbPackage#getPartition_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link org.vwb.model.Partition#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Enlightened</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the OS has synthetic drivers / integration services (VSCs, virtio, PV drivers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enlightened</em>' attribute.
	 * @see #setEnlightened(boolean)
	 * @see org.vwb.model.VwbPackage#getPartition_Enlightened()
	 * @model default="false"
	 * @generated
	 */
	boolean isEnlightened();

	/**
	 * Sets the value of the '{@link org.vwb.model.Partition#isEnlightened <em>Enlightened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enlightened</em>' attribute.
	 * @see #isEnlightened()
	 * @generated
	 */
	void setEnlightened(boolean value);

} // Partition
