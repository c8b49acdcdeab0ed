/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vwb.model.VirtualDevice;
import org.vwb.model.VwbPackage;
import org.vwb.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getRatePerSecond <em>Rate Per Second</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getQueueDepth <em>Queue Depth</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getReadFraction <em>Read Fraction</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.vwb.model.impl.WorkloadImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkloadImpl extends NamedElementImpl implements Workload {
	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected VirtualDevice device;

	/**
	 * The default value of the '{@link #getRequestBytes() <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUEST_BYTES_EDEFAULT = 4096;

	/**
	 * The cached value of the '{@link #getRequestBytes() <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestBytes()
	 * @generated
	 * @ordered
	 */
	protected int requestBytes = REQUEST_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected double ratePerSecond = RATE_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueDepth() <em>Queue Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_DEPTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQueueDepth() <em>Queue Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueDepth()
	 * @generated
	 * @ordered
	 */
	protected int queueDepth = QUEUE_DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadFraction() <em>Read Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double READ_FRACTION_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getReadFraction() <em>Read Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadFraction()
	 * @generated
	 * @ordered
	 */
	protected double readFraction = READ_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected double durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.WORKLOAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualDevice getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (VirtualDevice)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VwbPackage.WORKLOAD__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualDevice basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(VirtualDevice newDevice) {
		VirtualDevice oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequestBytes() {
		return requestBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestBytes(int newRequestBytes) {
		int oldRequestBytes = requestBytes;
		requestBytes = newRequestBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__REQUEST_BYTES, oldRequestBytes, requestBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRatePerSecond() {
		return ratePerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatePerSecond(double newRatePerSecond) {
		double oldRatePerSecond = ratePerSecond;
		ratePerSecond = newRatePerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__RATE_PER_SECOND, oldRatePerSecond, ratePerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueDepth() {
		return queueDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueDepth(int newQueueDepth) {
		int oldQueueDepth = queueDepth;
		queueDepth = newQueueDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__QUEUE_DEPTH, oldQueueDepth, queueDepth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadFraction() {
		return readFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadFraction(double newReadFraction) {
		double oldReadFraction = readFraction;
		readFraction = newReadFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__READ_FRACTION, oldReadFraction, readFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(double newDurationSeconds) {
		double oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.WORKLOAD__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.WORKLOAD__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case VwbPackage.WORKLOAD__REQUEST_BYTES:
				return getRequestBytes();
			case VwbPackage.WORKLOAD__RATE_PER_SECOND:
				return getRatePerSecond();
			case VwbPackage.WORKLOAD__QUEUE_DEPTH:
				return getQueueDepth();
			case VwbPackage.WORKLOAD__READ_FRACTION:
				return getReadFraction();
			case VwbPackage.WORKLOAD__DURATION_SECONDS:
				return getDurationSeconds();
			case VwbPackage.WORKLOAD__SEED:
				return getSeed();
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
			case VwbPackage.WORKLOAD__DEVICE:
				setDevice((VirtualDevice)newValue);
				return;
			case VwbPackage.WORKLOAD__REQUEST_BYTES:
				setRequestBytes((Integer)newValue);
				return;
			case VwbPackage.WORKLOAD__RATE_PER_SECOND:
				setRatePerSecond((Double)newValue);
				return;
			case VwbPackage.WORKLOAD__QUEUE_DEPTH:
				setQueueDepth((Integer)newValue);
				return;
			case VwbPackage.WORKLOAD__READ_FRACTION:
				setReadFraction((Double)newValue);
				return;
			case VwbPackage.WORKLOAD__DURATION_SECONDS:
				setDurationSeconds((Double)newValue);
				return;
			case VwbPackage.WORKLOAD__SEED:
				setSeed((Long)newValue);
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
			case VwbPackage.WORKLOAD__DEVICE:
				setDevice((VirtualDevice)null);
				return;
			case VwbPackage.WORKLOAD__REQUEST_BYTES:
				setRequestBytes(REQUEST_BYTES_EDEFAULT);
				return;
			case VwbPackage.WORKLOAD__RATE_PER_SECOND:
				setRatePerSecond(RATE_PER_SECOND_EDEFAULT);
				return;
			case VwbPackage.WORKLOAD__QUEUE_DEPTH:
				setQueueDepth(QUEUE_DEPTH_EDEFAULT);
				return;
			case VwbPackage.WORKLOAD__READ_FRACTION:
				setReadFraction(READ_FRACTION_EDEFAULT);
				return;
			case VwbPackage.WORKLOAD__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case VwbPackage.WORKLOAD__SEED:
				setSeed(SEED_EDEFAULT);
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
			case VwbPackage.WORKLOAD__DEVICE:
				return device != null;
			case VwbPackage.WORKLOAD__REQUEST_BYTES:
				return requestBytes != REQUEST_BYTES_EDEFAULT;
			case VwbPackage.WORKLOAD__RATE_PER_SECOND:
				return ratePerSecond != RATE_PER_SECOND_EDEFAULT;
			case VwbPackage.WORKLOAD__QUEUE_DEPTH:
				return queueDepth != QUEUE_DEPTH_EDEFAULT;
			case VwbPackage.WORKLOAD__READ_FRACTION:
				return readFraction != READ_FRACTION_EDEFAULT;
			case VwbPackage.WORKLOAD__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case VwbPackage.WORKLOAD__SEED:
				return seed != SEED_EDEFAULT;
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
		result.append(" (requestBytes: ");
		result.append(requestBytes);
		result.append(", ratePerSecond: ");
		result.append(ratePerSecond);
		result.append(", queueDepth: ");
		result.append(queueDepth);
		result.append(", readFraction: ");
		result.append(readFraction);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //WorkloadImpl
