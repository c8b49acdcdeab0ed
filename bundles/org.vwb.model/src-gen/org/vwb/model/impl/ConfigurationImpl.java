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

import org.vwb.model.Configuration;
import org.vwb.model.DriverDomain;
import org.vwb.model.Host;
import org.vwb.model.Hypervisor;
import org.vwb.model.ParentPartition;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getParentPartition <em>Parent Partition</em>}</li>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getDriverDomains <em>Driver Domains</em>}</li>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.vwb.model.impl.ConfigurationImpl#getDrivers <em>Drivers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfigurationImpl extends NamedElementImpl implements Configuration {
	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The cached value of the '{@link #getHypervisor() <em>Hypervisor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected Hypervisor hypervisor;

	/**
	 * The cached value of the '{@link #getParentPartition() <em>Parent Partition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentPartition()
	 * @generated
	 * @ordered
	 */
	protected ParentPartition parentPartition;

	/**
	 * The cached value of the '{@link #getDriverDomains() <em>Driver Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<DriverDomain> driverDomains;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<PhysicalDriver> drivers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VwbPackage.CONFIGURATION__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.CONFIGURATION__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hypervisor getHypervisor() {
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHypervisor(Hypervisor newHypervisor, NotificationChain msgs) {
		Hypervisor oldHypervisor = hypervisor;
		hypervisor = newHypervisor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VwbPackage.CONFIGURATION__HYPERVISOR, oldHypervisor, newHypervisor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypervisor(Hypervisor newHypervisor) {
		if (newHypervisor != hypervisor) {
			NotificationChain msgs = null;
			if (hypervisor != null)
				msgs = ((InternalEObject)hypervisor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VwbPackage.CONFIGURATION__HYPERVISOR, null, msgs);
			if (newHypervisor != null)
				msgs = ((InternalEObject)newHypervisor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VwbPackage.CONFIGURATION__HYPERVISOR, null, msgs);
			msgs = basicSetHypervisor(newHypervisor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.CONFIGURATION__HYPERVISOR, newHypervisor, newHypervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParentPartition getParentPartition() {
		return parentPartition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentPartition(ParentPartition newParentPartition, NotificationChain msgs) {
		ParentPartition oldParentPartition = parentPartition;
		parentPartition = newParentPartition;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VwbPackage.CONFIGURATION__PARENT_PARTITION, oldParentPartition, newParentPartition);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentPartition(ParentPartition newParentPartition) {
		if (newParentPartition != parentPartition) {
			NotificationChain msgs = null;
			if (parentPartition != null)
				msgs = ((InternalEObject)parentPartition).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VwbPackage.CONFIGURATION__PARENT_PARTITION, null, msgs);
			if (newParentPartition != null)
				msgs = ((InternalEObject)newParentPartition).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VwbPackage.CONFIGURATION__PARENT_PARTITION, null, msgs);
			msgs = basicSetParentPartition(newParentPartition, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.CONFIGURATION__PARENT_PARTITION, newParentPartition, newParentPartition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DriverDomain> getDriverDomains() {
		if (driverDomains == null) {
			driverDomains = new EObjectContainmentEList<DriverDomain>(DriverDomain.class, this, VwbPackage.CONFIGURATION__DRIVER_DOMAINS);
		}
		return driverDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectContainmentEList<VirtualMachine>(VirtualMachine.class, this, VwbPackage.CONFIGURATION__VIRTUAL_MACHINES);
		}
		return virtualMachines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhysicalDriver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<PhysicalDriver>(PhysicalDriver.class, this, VwbPackage.CONFIGURATION__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VwbPackage.CONFIGURATION__HYPERVISOR:
				return basicSetHypervisor(null, msgs);
			case VwbPackage.CONFIGURATION__PARENT_PARTITION:
				return basicSetParentPartition(null, msgs);
			case VwbPackage.CONFIGURATION__DRIVER_DOMAINS:
				return ((InternalEList<?>)getDriverDomains()).basicRemove(otherEnd, msgs);
			case VwbPackage.CONFIGURATION__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
			case VwbPackage.CONFIGURATION__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
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
			case VwbPackage.CONFIGURATION__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case VwbPackage.CONFIGURATION__HYPERVISOR:
				return getHypervisor();
			case VwbPackage.CONFIGURATION__PARENT_PARTITION:
				return getParentPartition();
			case VwbPackage.CONFIGURATION__DRIVER_DOMAINS:
				return getDriverDomains();
			case VwbPackage.CONFIGURATION__VIRTUAL_MACHINES:
				return getVirtualMachines();
			case VwbPackage.CONFIGURATION__DRIVERS:
				return getDrivers();
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
			case VwbPackage.CONFIGURATION__HOST:
				setHost((Host)newValue);
				return;
			case VwbPackage.CONFIGURATION__HYPERVISOR:
				setHypervisor((Hypervisor)newValue);
				return;
			case VwbPackage.CONFIGURATION__PARENT_PARTITION:
				setParentPartition((ParentPartition)newValue);
				return;
			case VwbPackage.CONFIGURATION__DRIVER_DOMAINS:
				getDriverDomains().clear();
				getDriverDomains().addAll((Collection<? extends DriverDomain>)newValue);
				return;
			case VwbPackage.CONFIGURATION__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case VwbPackage.CONFIGURATION__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends PhysicalDriver>)newValue);
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
			case VwbPackage.CONFIGURATION__HOST:
				setHost((Host)null);
				return;
			case VwbPackage.CONFIGURATION__HYPERVISOR:
				setHypervisor((Hypervisor)null);
				return;
			case VwbPackage.CONFIGURATION__PARENT_PARTITION:
				setParentPartition((ParentPartition)null);
				return;
			case VwbPackage.CONFIGURATION__DRIVER_DOMAINS:
				getDriverDomains().clear();
				return;
			case VwbPackage.CONFIGURATION__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				return;
			case VwbPackage.CONFIGURATION__DRIVERS:
				getDrivers().clear();
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
			case VwbPackage.CONFIGURATION__HOST:
				return host != null;
			case VwbPackage.CONFIGURATION__HYPERVISOR:
				return hypervisor != null;
			case VwbPackage.CONFIGURATION__PARENT_PARTITION:
				return parentPartition != null;
			case VwbPackage.CONFIGURATION__DRIVER_DOMAINS:
				return driverDomains != null && !driverDomains.isEmpty();
			case VwbPackage.CONFIGURATION__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
			case VwbPackage.CONFIGURATION__DRIVERS:
				return drivers != null && !drivers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ConfigurationImpl
