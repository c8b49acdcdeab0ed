/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vwb.model.DriverDomain;
import org.vwb.model.DriverPlacement;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Physical Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.PhysicalDriverImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDriverImpl#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDriverImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDriverImpl#isCertified <em>Certified</em>}</li>
 *   <li>{@link org.vwb.model.impl.PhysicalDriverImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhysicalDriverImpl extends NamedElementImpl implements PhysicalDriver {
	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected PhysicalDevice device;

	/**
	 * The default value of the '{@link #getPlacement() <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacement()
	 * @generated
	 * @ordered
	 */
	protected static final DriverPlacement PLACEMENT_EDEFAULT = DriverPlacement.IN_HYPERVISOR;

	/**
	 * The cached value of the '{@link #getPlacement() <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacement()
	 * @generated
	 * @ordered
	 */
	protected DriverPlacement placement = PLACEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected DriverDomain domain;

	/**
	 * The default value of the '{@link #isCertified() <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CERTIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCertified() <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertified()
	 * @generated
	 * @ordered
	 */
	protected boolean certified = CERTIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVENANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected String provenance = PROVENANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhysicalDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.PHYSICAL_DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalDevice getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (PhysicalDevice)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VwbPackage.PHYSICAL_DRIVER__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhysicalDevice basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(PhysicalDevice newDevice) {
		PhysicalDevice oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DRIVER__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverPlacement getPlacement() {
		return placement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacement(DriverPlacement newPlacement) {
		DriverPlacement oldPlacement = placement;
		placement = newPlacement == null ? PLACEMENT_EDEFAULT : newPlacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DRIVER__PLACEMENT, oldPlacement, placement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverDomain getDomain() {
		if (domain != null && domain.eIsProxy()) {
			InternalEObject oldDomain = (InternalEObject)domain;
			domain = (DriverDomain)eResolveProxy(oldDomain);
			if (domain != oldDomain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VwbPackage.PHYSICAL_DRIVER__DOMAIN, oldDomain, domain));
			}
		}
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriverDomain basicGetDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(DriverDomain newDomain) {
		DriverDomain oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DRIVER__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCertified() {
		return certified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertified(boolean newCertified) {
		boolean oldCertified = certified;
		certified = newCertified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DRIVER__CERTIFIED, oldCertified, certified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(String newProvenance) {
		String oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.PHYSICAL_DRIVER__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VwbPackage.PHYSICAL_DRIVER__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case VwbPackage.PHYSICAL_DRIVER__PLACEMENT:
				return getPlacement();
			case VwbPackage.PHYSICAL_DRIVER__DOMAIN:
				if (resolve) return getDomain();
				return basicGetDomain();
			case VwbPackage.PHYSICAL_DRIVER__CERTIFIED:
				return isCertified();
			case VwbPackage.PHYSICAL_DRIVER__PROVENANCE:
				return getProvenance();
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
			case VwbPackage.PHYSICAL_DRIVER__DEVICE:
				setDevice((PhysicalDevice)newValue);
				return;
			case VwbPackage.PHYSICAL_DRIVER__PLACEMENT:
				setPlacement((DriverPlacement)newValue);
				return;
			case VwbPackage.PHYSICAL_DRIVER__DOMAIN:
				setDomain((DriverDomain)newValue);
				return;
			case VwbPackage.PHYSICAL_DRIVER__CERTIFIED:
				setCertified((Boolean)newValue);
				return;
			case VwbPackage.PHYSICAL_DRIVER__PROVENANCE:
				setProvenance((String)newValue);
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
			case VwbPackage.PHYSICAL_DRIVER__DEVICE:
				setDevice((PhysicalDevice)null);
				return;
			case VwbPackage.PHYSICAL_DRIVER__PLACEMENT:
				setPlacement(PLACEMENT_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DRIVER__DOMAIN:
				setDomain((DriverDomain)null);
				return;
			case VwbPackage.PHYSICAL_DRIVER__CERTIFIED:
				setCertified(CERTIFIED_EDEFAULT);
				return;
			case VwbPackage.PHYSICAL_DRIVER__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
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
			case VwbPackage.PHYSICAL_DRIVER__DEVICE:
				return device != null;
			case VwbPackage.PHYSICAL_DRIVER__PLACEMENT:
				return placement != PLACEMENT_EDEFAULT;
			case VwbPackage.PHYSICAL_DRIVER__DOMAIN:
				return domain != null;
			case VwbPackage.PHYSICAL_DRIVER__CERTIFIED:
				return certified != CERTIFIED_EDEFAULT;
			case VwbPackage.PHYSICAL_DRIVER__PROVENANCE:
				return PROVENANCE_EDEFAULT == null ? provenance != null : !PROVENANCE_EDEFAULT.equals(provenance);
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
		result.append(" (placement: ");
		result.append(placement);
		result.append(", certified: ");
		result.append(certified);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(')');
		return result.toString();
	}

} //PhysicalDriverImpl
