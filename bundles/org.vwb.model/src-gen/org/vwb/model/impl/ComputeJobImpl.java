/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vwb.model.ComputeJob;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compute Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.ComputeJobImpl#getCpuSeconds <em>Cpu Seconds</em>}</li>
 *   <li>{@link org.vwb.model.impl.ComputeJobImpl#getTimerHz <em>Timer Hz</em>}</li>
 *   <li>{@link org.vwb.model.impl.ComputeJobImpl#getIpisPerSecond <em>Ipis Per Second</em>}</li>
 *   <li>{@link org.vwb.model.impl.ComputeJobImpl#getTlbMissesPerSecond <em>Tlb Misses Per Second</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComputeJobImpl extends NamedElementImpl implements ComputeJob {
	/**
	 * The default value of the '{@link #getCpuSeconds() <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_SECONDS_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getCpuSeconds() <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuSeconds()
	 * @generated
	 * @ordered
	 */
	protected double cpuSeconds = CPU_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimerHz() <em>Timer Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimerHz()
	 * @generated
	 * @ordered
	 */
	protected static final double TIMER_HZ_EDEFAULT = 250.0;

	/**
	 * The cached value of the '{@link #getTimerHz() <em>Timer Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimerHz()
	 * @generated
	 * @ordered
	 */
	protected double timerHz = TIMER_HZ_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpisPerSecond() <em>Ipis Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpisPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double IPIS_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIpisPerSecond() <em>Ipis Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpisPerSecond()
	 * @generated
	 * @ordered
	 */
	protected double ipisPerSecond = IPIS_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlbMissesPerSecond() <em>Tlb Misses Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbMissesPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double TLB_MISSES_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTlbMissesPerSecond() <em>Tlb Misses Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbMissesPerSecond()
	 * @generated
	 * @ordered
	 */
	protected double tlbMissesPerSecond = TLB_MISSES_PER_SECOND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComputeJobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.COMPUTE_JOB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuSeconds() {
		return cpuSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuSeconds(double newCpuSeconds) {
		double oldCpuSeconds = cpuSeconds;
		cpuSeconds = newCpuSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.COMPUTE_JOB__CPU_SECONDS, oldCpuSeconds, cpuSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimerHz() {
		return timerHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimerHz(double newTimerHz) {
		double oldTimerHz = timerHz;
		timerHz = newTimerHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.COMPUTE_JOB__TIMER_HZ, oldTimerHz, timerHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIpisPerSecond() {
		return ipisPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpisPerSecond(double newIpisPerSecond) {
		double oldIpisPerSecond = ipisPerSecond;
		ipisPerSecond = newIpisPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.COMPUTE_JOB__IPIS_PER_SECOND, oldIpisPerSecond, ipisPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTlbMissesPerSecond() {
		return tlbMissesPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlbMissesPerSecond(double newTlbMissesPerSecond) {
		double oldTlbMissesPerSecond = tlbMissesPerSecond;
		tlbMissesPerSecond = newTlbMissesPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.COMPUTE_JOB__TLB_MISSES_PER_SECOND, oldTlbMissesPerSecond, tlbMissesPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.COMPUTE_JOB__CPU_SECONDS:
				return getCpuSeconds();
			case VwbPackage.COMPUTE_JOB__TIMER_HZ:
				return getTimerHz();
			case VwbPackage.COMPUTE_JOB__IPIS_PER_SECOND:
				return getIpisPerSecond();
			case VwbPackage.COMPUTE_JOB__TLB_MISSES_PER_SECOND:
				return getTlbMissesPerSecond();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VwbPackage.COMPUTE_JOB__CPU_SECONDS:
				setCpuSeconds((Double)newValue);
				return;
			case VwbPackage.COMPUTE_JOB__TIMER_HZ:
				setTimerHz((Double)newValue);
				return;
			case VwbPackage.COMPUTE_JOB__IPIS_PER_SECOND:
				setIpisPerSecond((Double)newValue);
				return;
			case VwbPackage.COMPUTE_JOB__TLB_MISSES_PER_SECOND:
				setTlbMissesPerSecond((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VwbPackage.COMPUTE_JOB__CPU_SECONDS:
				setCpuSeconds(CPU_SECONDS_EDEFAULT);
				return;
			case VwbPackage.COMPUTE_JOB__TIMER_HZ:
				setTimerHz(TIMER_HZ_EDEFAULT);
				return;
			case VwbPackage.COMPUTE_JOB__IPIS_PER_SECOND:
				setIpisPerSecond(IPIS_PER_SECOND_EDEFAULT);
				return;
			case VwbPackage.COMPUTE_JOB__TLB_MISSES_PER_SECOND:
				setTlbMissesPerSecond(TLB_MISSES_PER_SECOND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VwbPackage.COMPUTE_JOB__CPU_SECONDS:
				return cpuSeconds != CPU_SECONDS_EDEFAULT;
			case VwbPackage.COMPUTE_JOB__TIMER_HZ:
				return timerHz != TIMER_HZ_EDEFAULT;
			case VwbPackage.COMPUTE_JOB__IPIS_PER_SECOND:
				return ipisPerSecond != IPIS_PER_SECOND_EDEFAULT;
			case VwbPackage.COMPUTE_JOB__TLB_MISSES_PER_SECOND:
				return tlbMissesPerSecond != TLB_MISSES_PER_SECOND_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (cpuSeconds: ");
		result.append(cpuSeconds);
		result.append(", timerHz: ");
		result.append(timerHz);
		result.append(", ipisPerSecond: ");
		result.append(ipisPerSecond);
		result.append(", tlbMissesPerSecond: ");
		result.append(tlbMissesPerSecond);
		result.append(')');
		return result.toString();
	}

} //ComputeJobImpl
