/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getDeviceModel <em>Device Model</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getBacking <em>Backing</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getSourceType <em>Source Type</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getSourceProperties <em>Source Properties</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getQueues <em>Queues</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#isOffloads <em>Offloads</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getDriverVersion <em>Driver Version</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualDeviceImpl#getInterruptRate <em>Interrupt Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualDeviceImpl extends NamedElementImpl implements VirtualDevice {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceKind KIND_EDEFAULT = DeviceKind.NETWORK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DeviceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceMode MODE_EDEFAULT = DeviceMode.EMULATED;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected DeviceMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceModel() <em>Device Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceModel()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceModel() <em>Device Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceModel()
	 * @generated
	 * @ordered
	 */
	protected String deviceModel = DEVICE_MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBacking() <em>Backing</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBacking()
	 * @generated
	 * @ordered
	 */
	protected PhysicalDevice backing;

	/**
	 * The default value of the '{@link #getSourceType() <em>Source Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceType() <em>Source Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceType()
	 * @generated
	 * @ordered
	 */
	protected String sourceType = SOURCE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceProperties() <em>Source Properties</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceProperties()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> sourceProperties;

	/**
	 * The default value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected int queues = QUEUES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #isOffloads() <em>Offloads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOffloads()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFFLOADS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOffloads() <em>Offloads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOffloads()
	 * @generated
	 * @ordered
	 */
	protected boolean offloads = OFFLOADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriverVersion() <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_VERSION_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getDriverVersion() <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverVersion()
	 * @generated
	 * @ordered
	 */
	protected String driverVersion = DRIVER_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterruptRate() <em>Interrupt Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptRate()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERRUPT_RATE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getInterruptRate() <em>Interrupt Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptRate()
	 * @generated
	 * @ordered
	 */
	protected int interruptRate = INTERRUPT_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.VIRTUAL_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DeviceKind newKind) {
		DeviceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(DeviceMode newMode) {
		DeviceMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceModel() {
		return deviceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceModel(String newDeviceModel) {
		String oldDeviceModel = deviceModel;
		deviceModel = newDeviceModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__DEVICE_MODEL, oldDeviceModel, deviceModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalDevice getBacking() {
		if (backing != null && backing.eIsProxy()) {
			InternalEObject oldBacking = (InternalEObject)backing;
			backing = (PhysicalDevice)eResolveProxy(oldBacking);
			if (backing != oldBacking) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VwbPackage.VIRTUAL_DEVICE__BACKING, oldBacking, backing));
			}
		}
		return backing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhysicalDevice basicGetBacking() {
		return backing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBacking(PhysicalDevice newBacking) {
		PhysicalDevice oldBacking = backing;
		backing = newBacking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__BACKING, oldBacking, backing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceType() {
		return sourceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceType(String newSourceType) {
		String oldSourceType = sourceType;
		sourceType = newSourceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__SOURCE_TYPE, oldSourceType, sourceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getSourceProperties() {
		if (sourceProperties == null) {
			sourceProperties = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES);
		}
		return sourceProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueues() {
		return queues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueues(int newQueues) {
		int oldQueues = queues;
		queues = newQueues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__QUEUES, oldQueues, queues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOffloads() {
		return offloads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffloads(boolean newOffloads) {
		boolean oldOffloads = offloads;
		offloads = newOffloads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__OFFLOADS, oldOffloads, offloads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriverVersion() {
		return driverVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverVersion(String newDriverVersion) {
		String oldDriverVersion = driverVersion;
		driverVersion = newDriverVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__DRIVER_VERSION, oldDriverVersion, driverVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInterruptRate() {
		return interruptRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptRate(int newInterruptRate) {
		int oldInterruptRate = interruptRate;
		interruptRate = newInterruptRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_DEVICE__INTERRUPT_RATE, oldInterruptRate, interruptRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES:
				return ((InternalEList<?>)getSourceProperties()).basicRemove(otherEnd, msgs);
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
			case VwbPackage.VIRTUAL_DEVICE__KIND:
				return getKind();
			case VwbPackage.VIRTUAL_DEVICE__MODE:
				return getMode();
			case VwbPackage.VIRTUAL_DEVICE__DEVICE_MODEL:
				return getDeviceModel();
			case VwbPackage.VIRTUAL_DEVICE__BACKING:
				if (resolve) return getBacking();
				return basicGetBacking();
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_TYPE:
				return getSourceType();
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES:
				if (coreType) return getSourceProperties();
				else return getSourceProperties().map();
			case VwbPackage.VIRTUAL_DEVICE__QUEUES:
				return getQueues();
			case VwbPackage.VIRTUAL_DEVICE__MTU:
				return getMtu();
			case VwbPackage.VIRTUAL_DEVICE__OFFLOADS:
				return isOffloads();
			case VwbPackage.VIRTUAL_DEVICE__DRIVER_VERSION:
				return getDriverVersion();
			case VwbPackage.VIRTUAL_DEVICE__INTERRUPT_RATE:
				return getInterruptRate();
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
			case VwbPackage.VIRTUAL_DEVICE__KIND:
				setKind((DeviceKind)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__MODE:
				setMode((DeviceMode)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__DEVICE_MODEL:
				setDeviceModel((String)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__BACKING:
				setBacking((PhysicalDevice)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_TYPE:
				setSourceType((String)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES:
				((EStructuralFeature.Setting)getSourceProperties()).set(newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__QUEUES:
				setQueues((Integer)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__MTU:
				setMtu((Integer)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__OFFLOADS:
				setOffloads((Boolean)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__DRIVER_VERSION:
				setDriverVersion((String)newValue);
				return;
			case VwbPackage.VIRTUAL_DEVICE__INTERRUPT_RATE:
				setInterruptRate((Integer)newValue);
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
			case VwbPackage.VIRTUAL_DEVICE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__DEVICE_MODEL:
				setDeviceModel(DEVICE_MODEL_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__BACKING:
				setBacking((PhysicalDevice)null);
				return;
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_TYPE:
				setSourceType(SOURCE_TYPE_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES:
				getSourceProperties().clear();
				return;
			case VwbPackage.VIRTUAL_DEVICE__QUEUES:
				setQueues(QUEUES_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__OFFLOADS:
				setOffloads(OFFLOADS_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__DRIVER_VERSION:
				setDriverVersion(DRIVER_VERSION_EDEFAULT);
				return;
			case VwbPackage.VIRTUAL_DEVICE__INTERRUPT_RATE:
				setInterruptRate(INTERRUPT_RATE_EDEFAULT);
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
			case VwbPackage.VIRTUAL_DEVICE__KIND:
				return kind != KIND_EDEFAULT;
			case VwbPackage.VIRTUAL_DEVICE__MODE:
				return mode != MODE_EDEFAULT;
			case VwbPackage.VIRTUAL_DEVICE__DEVICE_MODEL:
				return DEVICE_MODEL_EDEFAULT == null ? deviceModel != null : !DEVICE_MODEL_EDEFAULT.equals(deviceModel);
			case VwbPackage.VIRTUAL_DEVICE__BACKING:
				return backing != null;
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_TYPE:
				return SOURCE_TYPE_EDEFAULT == null ? sourceType != null : !SOURCE_TYPE_EDEFAULT.equals(sourceType);
			case VwbPackage.VIRTUAL_DEVICE__SOURCE_PROPERTIES:
				return sourceProperties != null && !sourceProperties.isEmpty();
			case VwbPackage.VIRTUAL_DEVICE__QUEUES:
				return queues != QUEUES_EDEFAULT;
			case VwbPackage.VIRTUAL_DEVICE__MTU:
				return mtu != MTU_EDEFAULT;
			case VwbPackage.VIRTUAL_DEVICE__OFFLOADS:
				return offloads != OFFLOADS_EDEFAULT;
			case VwbPackage.VIRTUAL_DEVICE__DRIVER_VERSION:
				return DRIVER_VERSION_EDEFAULT == null ? driverVersion != null : !DRIVER_VERSION_EDEFAULT.equals(driverVersion);
			case VwbPackage.VIRTUAL_DEVICE__INTERRUPT_RATE:
				return interruptRate != INTERRUPT_RATE_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", mode: ");
		result.append(mode);
		result.append(", deviceModel: ");
		result.append(deviceModel);
		result.append(", sourceType: ");
		result.append(sourceType);
		result.append(", queues: ");
		result.append(queues);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", offloads: ");
		result.append(offloads);
		result.append(", driverVersion: ");
		result.append(driverVersion);
		result.append(", interruptRate: ");
		result.append(interruptRate);
		result.append(')');
		return result.toString();
	}

} //VirtualDeviceImpl
