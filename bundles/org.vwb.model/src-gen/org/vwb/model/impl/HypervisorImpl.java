/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vwb.model.DriverPlacement;
import org.vwb.model.Hypervisor;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hypervisor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.HypervisorImpl#getVendorProfile <em>Vendor Profile</em>}</li>
 *   <li>{@link org.vwb.model.impl.HypervisorImpl#getDriverPlacement <em>Driver Placement</em>}</li>
 *   <li>{@link org.vwb.model.impl.HypervisorImpl#getOvercommitLimit <em>Overcommit Limit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HypervisorImpl extends NamedElementImpl implements Hypervisor {
	/**
	 * The default value of the '{@link #getVendorProfile() <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_PROFILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendorProfile() <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorProfile()
	 * @generated
	 * @ordered
	 */
	protected String vendorProfile = VENDOR_PROFILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriverPlacement() <em>Driver Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverPlacement()
	 * @generated
	 * @ordered
	 */
	protected static final DriverPlacement DRIVER_PLACEMENT_EDEFAULT = DriverPlacement.IN_HYPERVISOR;

	/**
	 * The cached value of the '{@link #getDriverPlacement() <em>Driver Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverPlacement()
	 * @generated
	 * @ordered
	 */
	protected DriverPlacement driverPlacement = DRIVER_PLACEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOvercommitLimit() <em>Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double OVERCOMMIT_LIMIT_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getOvercommitLimit() <em>Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected double overcommitLimit = OVERCOMMIT_LIMIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypervisorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.HYPERVISOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendorProfile() {
		return vendorProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorProfile(String newVendorProfile) {
		String oldVendorProfile = vendorProfile;
		vendorProfile = newVendorProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HYPERVISOR__VENDOR_PROFILE, oldVendorProfile, vendorProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverPlacement getDriverPlacement() {
		return driverPlacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverPlacement(DriverPlacement newDriverPlacement) {
		DriverPlacement oldDriverPlacement = driverPlacement;
		driverPlacement = newDriverPlacement == null ? DRIVER_PLACEMENT_EDEFAULT : newDriverPlacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HYPERVISOR__DRIVER_PLACEMENT, oldDriverPlacement, driverPlacement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOvercommitLimit() {
		return overcommitLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOvercommitLimit(double newOvercommitLimit) {
		double oldOvercommitLimit = overcommitLimit;
		overcommitLimit = newOvercommitLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.HYPERVISOR__OVERCOMMIT_LIMIT, oldOvercommitLimit, overcommitLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.HYPERVISOR__VENDOR_PROFILE:
				return getVendorProfile();
			case VwbPackage.HYPERVISOR__DRIVER_PLACEMENT:
				return getDriverPlacement();
			case VwbPackage.HYPERVISOR__OVERCOMMIT_LIMIT:
				return getOvercommitLimit();
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
			case VwbPackage.HYPERVISOR__VENDOR_PROFILE:
				setVendorProfile((String)newValue);
				return;
			case VwbPackage.HYPERVISOR__DRIVER_PLACEMENT:
				setDriverPlacement((DriverPlacement)newValue);
				return;
			case VwbPackage.HYPERVISOR__OVERCOMMIT_LIMIT:
				setOvercommitLimit((Double)newValue);
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
			case VwbPackage.HYPERVISOR__VENDOR_PROFILE:
				setVendorProfile(VENDOR_PROFILE_EDEFAULT);
				return;
			case VwbPackage.HYPERVISOR__DRIVER_PLACEMENT:
				setDriverPlacement(DRIVER_PLACEMENT_EDEFAULT);
				return;
			case VwbPackage.HYPERVISOR__OVERCOMMIT_LIMIT:
				setOvercommitLimit(OVERCOMMIT_LIMIT_EDEFAULT);
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
			case VwbPackage.HYPERVISOR__VENDOR_PROFILE:
				return VENDOR_PROFILE_EDEFAULT == null ? vendorProfile != null : !VENDOR_PROFILE_EDEFAULT.equals(vendorProfile);
			case VwbPackage.HYPERVISOR__DRIVER_PLACEMENT:
				return driverPlacement != DRIVER_PLACEMENT_EDEFAULT;
			case VwbPackage.HYPERVISOR__OVERCOMMIT_LIMIT:
				return overcommitLimit != OVERCOMMIT_LIMIT_EDEFAULT;
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
		result.append(" (vendorProfile: ");
		result.append(vendorProfile);
		result.append(", driverPlacement: ");
		result.append(driverPlacement);
		result.append(", overcommitLimit: ");
		result.append(overcommitLimit);
		result.append(')');
		return result.toString();
	}

} //HypervisorImpl
