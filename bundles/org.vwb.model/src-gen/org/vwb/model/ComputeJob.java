/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compute Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CPU-bound job: each vCPU of its VM runs cpuSeconds of guest work, interrupted by its timer ticks, sending IPIs and missing the TLB at the given rates. Its completion time comes out of the host's vCPU scheduler.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.ComputeJob#getCpuSeconds <em>Cpu Seconds</em>}</li>
 *   <li>{@link org.vwb.model.ComputeJob#getTimerHz <em>Timer Hz</em>}</li>
 *   <li>{@link org.vwb.model.ComputeJob#getIpisPerSecond <em>Ipis Per Second</em>}</li>
 *   <li>{@link org.vwb.model.ComputeJob#getTlbMissesPerSecond <em>Tlb Misses Per Second</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getComputeJob()
 * @model
 * @generated
 */
public interface ComputeJob extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Cpu Seconds</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds of guest work each vCPU must do (what it takes on a core of its own, without virtualization costs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Seconds</em>' attribute.
	 * @see #setCpuSeconds(double)
	 * @see org.vwb.model.VwbPackage#getComputeJob_CpuSeconds()
	 * @model default="10.0"
	 * @generated
	 */
	double getCpuSeconds();

	/**
	 * Sets the value of the '{@link org.vwb.model.ComputeJob#getCpuSeconds <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Seconds</em>' attribute.
	 * @see #getCpuSeconds()
	 * @generated
	 */
	void setCpuSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Timer Hz</b></em>' attribute.
	 * The default value is <code>"250.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's timer interrupts per second on each running vCPU (Linux CONFIG_HZ: 250 by default; Windows 64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timer Hz</em>' attribute.
	 * @see #setTimerHz(double)
	 * @see org.vwb.model.VwbPackage#getComputeJob_TimerHz()
	 * @model default="250.0"
	 * @generated
	 */
	double getTimerHz();

	/**
	 * Sets the value of the '{@link org.vwb.model.ComputeJob#getTimerHz <em>Timer Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timer Hz</em>' attribute.
	 * @see #getTimerHz()
	 * @generated
	 */
	void setTimerHz(double value);

	/**
	 * Returns the value of the '<em><b>Ipis Per Second</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inter-processor interrupts each vCPU sends per second of guest work (TLB shootdowns, reschedules).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipis Per Second</em>' attribute.
	 * @see #setIpisPerSecond(double)
	 * @see org.vwb.model.VwbPackage#getComputeJob_IpisPerSecond()
	 * @model default="0.0"
	 * @generated
	 */
	double getIpisPerSecond();

	/**
	 * Sets the value of the '{@link org.vwb.model.ComputeJob#getIpisPerSecond <em>Ipis Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipis Per Second</em>' attribute.
	 * @see #getIpisPerSecond()
	 * @generated
	 */
	void setIpisPerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Tlb Misses Per Second</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TLB misses per second of guest work (perf's dTLB-load-misses plus iTLB-load-misses); each walks two dimensions under nested paging.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tlb Misses Per Second</em>' attribute.
	 * @see #setTlbMissesPerSecond(double)
	 * @see org.vwb.model.VwbPackage#getComputeJob_TlbMissesPerSecond()
	 * @model default="0.0"
	 * @generated
	 */
	double getTlbMissesPerSecond();

	/**
	 * Sets the value of the '{@link org.vwb.model.ComputeJob#getTlbMissesPerSecond <em>Tlb Misses Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlb Misses Per Second</em>' attribute.
	 * @see #getTlbMissesPerSecond()
	 * @generated
	 */
	void setTlbMissesPerSecond(double value);

} // ComputeJob
