/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The requests one VM issues to one of its devices; seeded, so a run repeats exactly.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Workload#getDevice <em>Device</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getRatePerSecond <em>Rate Per Second</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getQueueDepth <em>Queue Depth</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getReadFraction <em>Read Fraction</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.vwb.model.Workload#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getWorkload()
 * @model
 * @generated
 */
public interface Workload extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(VirtualDevice)
	 * @see org.vwb.model.VwbPackage#getWorkload_Device()
	 * @model required="true"
	 * @generated
	 */
	VirtualDevice getDevice();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(VirtualDevice value);

	/**
	 * Returns the value of the '<em><b>Request Bytes</b></em>' attribute.
	 * The default value is <code>"4096"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Bytes</em>' attribute.
	 * @see #setRequestBytes(int)
	 * @see org.vwb.model.VwbPackage#getWorkload_RequestBytes()
	 * @model default="4096"
	 * @generated
	 */
	int getRequestBytes();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getRequestBytes <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Bytes</em>' attribute.
	 * @see #getRequestBytes()
	 * @generated
	 */
	void setRequestBytes(int value);

	/**
	 * Returns the value of the '<em><b>Rate Per Second</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open loop: Poisson arrivals per second. 0 = closed loop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Per Second</em>' attribute.
	 * @see #setRatePerSecond(double)
	 * @see org.vwb.model.VwbPackage#getWorkload_RatePerSecond()
	 * @model default="0.0"
	 * @generated
	 */
	double getRatePerSecond();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getRatePerSecond <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Per Second</em>' attribute.
	 * @see #getRatePerSecond()
	 * @generated
	 */
	void setRatePerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Queue Depth</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed loop: requests kept outstanding. 0 = open loop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queue Depth</em>' attribute.
	 * @see #setQueueDepth(int)
	 * @see org.vwb.model.VwbPackage#getWorkload_QueueDepth()
	 * @model default="0"
	 * @generated
	 */
	int getQueueDepth();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getQueueDepth <em>Queue Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Depth</em>' attribute.
	 * @see #getQueueDepth()
	 * @generated
	 */
	void setQueueDepth(int value);

	/**
	 * Returns the value of the '<em><b>Read Fraction</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Fraction</em>' attribute.
	 * @see #setReadFraction(double)
	 * @see org.vwb.model.VwbPackage#getWorkload_ReadFraction()
	 * @model default="0.5"
	 * @generated
	 */
	double getReadFraction();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getReadFraction <em>Read Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Fraction</em>' attribute.
	 * @see #getReadFraction()
	 * @generated
	 */
	void setReadFraction(double value);

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 = as long as the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(double)
	 * @see org.vwb.model.VwbPackage#getWorkload_DurationSeconds()
	 * @model default="0.0"
	 * @generated
	 */
	double getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.vwb.model.VwbPackage#getWorkload_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.vwb.model.Workload#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // Workload
