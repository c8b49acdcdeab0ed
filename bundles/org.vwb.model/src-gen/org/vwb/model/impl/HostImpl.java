/**
 */
package org.vwb.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vwb.model.Host;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.HostImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.vwb.model.impl.HostImpl#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.vwb.model.impl.HostImpl#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.vwb.model.impl.HostImpl#getHardwareGeneration <em>Hardware Generation</em>}</li>
 *   <li>{@link org.vwb.model.impl.HostImpl#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends NamedElementImpl implements Host {
	/**
	 * The default value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CORES_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected int cores = CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockGHz() <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockGHz()
	 * @generated
	 * @ordered
	 */
	protected static final double CLOCK_GHZ_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getClockGHz() <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockGHz()
	 * @generated
	 * @ordered
	 */
	protected double clockGHz = CLOCK_GHZ_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_MI_B_EDEFAULT = 16384L;

	/**
	 * The cached value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected long memoryMiB = MEMORY_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareGeneration() <em>Hardware Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareGeneration() <em>Hardware Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareGeneration()
	 * @generated
	 * @ordered
	 */
	protected String hardwareGeneration = HARDWARE_GENERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<PhysicalDevice> devices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCores() {
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCores(int newCores) {
		int oldCores = cores;
		cores = newCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HOST__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClockGHz() {
		return clockGHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockGHz(double newClockGHz) {
		double oldClockGHz = clockGHz;
		clockGHz = newClockGHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HOST__CLOCK_GHZ, oldClockGHz, clockGHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryMiB() {
		return memoryMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMiB(long newMemoryMiB) {
		long oldMemoryMiB = memoryMiB;
		memoryMiB = newMemoryMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HOST__MEMORY_MI_B, oldMemoryMiB, memoryMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareGeneration() {
		return hardwareGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareGeneration(String newHardwareGeneration) {
		String oldHardwareGeneration = hardwareGeneration;
		hardwareGeneration = newHardwareGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HOST__HARDWARE_GENERATION, oldHardwareGeneration, hardwareGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhysicalDevice> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<PhysicalDevice>(PhysicalDevice.class, this, VwbPackage.HOST__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VwbPackage.HOST__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.HOST__CORES:
				return getCores();
			case VwbPackage.HOST__CLOCK_GHZ:
				return getClockGHz();
			case VwbPackage.HOST__MEMORY_MI_B:
				return getMemoryMiB();
			case VwbPackage.HOST__HARDWARE_GENERATION:
				return getHardwareGeneration();
			case VwbPackage.HOST__DEVICES:
				return getDevices();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VwbPackage.HOST__CORES:
				setCores((Integer)newValue);
				return;
			case VwbPackage.HOST__CLOCK_GHZ:
				setClockGHz((Double)newValue);
				return;
			case VwbPackage.HOST__MEMORY_MI_B:
				setMemoryMiB((Long)newValue);
				return;
			case VwbPackage.HOST__HARDWARE_GENERATION:
				setHardwareGeneration((String)newValue);
				return;
			case VwbPackage.HOST__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends PhysicalDevice>)newValue);
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
			case VwbPackage.HOST__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case VwbPackage.HOST__CLOCK_GHZ:
				setClockGHz(CLOCK_GHZ_EDEFAULT);
				return;
			case VwbPackage.HOST__MEMORY_MI_B:
				setMemoryMiB(MEMORY_MI_B_EDEFAULT);
				return;
			case VwbPackage.HOST__HARDWARE_GENERATION:
				setHardwareGeneration(HARDWARE_GENERATION_EDEFAULT);
				return;
			case VwbPackage.HOST__DEVICES:
				getDevices().clear();
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
			case VwbPackage.HOST__CORES:
				return cores != CORES_EDEFAULT;
			case VwbPackage.HOST__CLOCK_GHZ:
				return clockGHz != CLOCK_GHZ_EDEFAULT;
			case VwbPackage.HOST__MEMORY_MI_B:
				return memoryMiB != MEMORY_MI_B_EDEFAULT;
			case VwbPackage.HOST__HARDWARE_GENERATION:
				return HARDWARE_GENERATION_EDEFAULT == null ? hardwareGeneration != null : !HARDWARE_GENERATION_EDEFAULT.equals(hardwareGeneration);
			case VwbPackage.HOST__DEVICES:
				return devices != null && !devices.isEmpty();
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
		result.append(" (cores: ");
		result.append(cores);
		result.append(", clockGHz: ");
		result.append(clockGHz);
		result.append(", memoryMiB: ");
		result.append(memoryMiB);
		result.append(", hardwareGeneration: ");
		result.append(hardwareGeneration);
		result.append(')');
		return result.toString();
	}

} //HostImpl
