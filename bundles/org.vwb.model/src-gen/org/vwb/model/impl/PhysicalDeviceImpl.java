/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vwb.model.DeviceKind;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Physical Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.PhysicalDeviceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDeviceImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDeviceImpl#getPciId <em>Pci Id</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDeviceImpl#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDeviceImpl#getLatencyMicros <em>Latency Micros</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhysicalDeviceImpl extends NamedElementImpl implements PhysicalDevice {
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
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPciId() <em>Pci Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPciId()
	 * @generated
	 * @ordered
	 */
	protected static final String PCI_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPciId() <em>Pci Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPciId()
	 * @generated
	 * @ordered
	 */
	protected String pciId = PCI_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected static final double BANDWIDTH_MBPS_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected double bandwidthMbps = BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyMicros() <em>Latency Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMicros()
	 * @generated
	 * @ordered
	 */
	protected static final double LATENCY_MICROS_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getLatencyMicros() <em>Latency Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMicros()
	 * @generated
	 * @ordered
	 */
	protected double latencyMicros = LATENCY_MICROS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhysicalDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.PHYSICAL_DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DEVICE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DEVICE__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPciId() {
		return pciId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPciId(String newPciId) {
		String oldPciId = pciId;
		pciId = newPciId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DEVICE__PCI_ID, oldPciId, pciId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBandwidthMbps() {
		return bandwidthMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthMbps(double newBandwidthMbps) {
		double oldBandwidthMbps = bandwidthMbps;
		bandwidthMbps = newBandwidthMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DEVICE__BANDWIDTH_MBPS, oldBandwidthMbps, bandwidthMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatencyMicros() {
		return latencyMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyMicros(double newLatencyMicros) {
		double oldLatencyMicros = latencyMicros;
		latencyMicros = newLatencyMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DEVICE__LATENCY_MICROS, oldLatencyMicros, latencyMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.PHYSICAL_DEVICE__KIND:
				return getKind();
			case VwbPackage.PHYSICAL_DEVICE__VENDOR:
				return getVendor();
			case VwbPackage.PHYSICAL_DEVICE__PCI_ID:
				return getPciId();
			case VwbPackage.PHYSICAL_DEVICE__BANDWIDTH_MBPS:
				return getBandwidthMbps();
			case VwbPackage.PHYSICAL_DEVICE__LATENCY_MICROS:
				return getLatencyMicros();
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
			case VwbPackage.PHYSICAL_DEVICE__KIND:
				setKind((DeviceKind)newValue);
				return;
			case VwbPackage.PHYSICAL_DEVICE__VENDOR:
				setVendor((String)newValue);
				return;
			case VwbPackage.PHYSICAL_DEVICE__PCI_ID:
				setPciId((String)newValue);
				return;
			case VwbPackage.PHYSICAL_DEVICE__BANDWIDTH_MBPS:
				setBandwidthMbps((Double)newValue);
				return;
			case VwbPackage.PHYSICAL_DEVICE__LATENCY_MICROS:
				setLatencyMicros((Double)newValue);
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
			case VwbPackage.PHYSICAL_DEVICE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DEVICE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DEVICE__PCI_ID:
				setPciId(PCI_ID_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DEVICE__BANDWIDTH_MBPS:
				setBandwidthMbps(BANDWIDTH_MBPS_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DEVICE__LATENCY_MICROS:
				setLatencyMicros(LATENCY_MICROS_EDEFAULT);
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
			case VwbPackage.PHYSICAL_DEVICE__KIND:
				return kind != KIND_EDEFAULT;
			case VwbPackage.PHYSICAL_DEVICE__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case VwbPackage.PHYSICAL_DEVICE__PCI_ID:
				return PCI_ID_EDEFAULT == null ? pciId != null : !PCI_ID_EDEFAULT.equals(pciId);
			case VwbPackage.PHYSICAL_DEVICE__BANDWIDTH_MBPS:
				return bandwidthMbps != BANDWIDTH_MBPS_EDEFAULT;
			case VwbPackage.PHYSICAL_DEVICE__LATENCY_MICROS:
				return latencyMicros != LATENCY_MICROS_EDEFAULT;
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
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", pciId: ");
		result.append(pciId);
		result.append(", bandwidthMbps: ");
		result.append(bandwidthMbps);
		result.append(", latencyMicros: ");
		result.append(latencyMicros);
		result.append(')');
		return result.toString();
	}

} //PhysicalDeviceImpl
