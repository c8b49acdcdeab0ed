/**
 */
package org.vwb.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vwb.model.ComputeJob;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbPackage;
import org.vwb.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.VirtualMachineImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualMachineImpl#getWorkloads <em>Workloads</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualMachineImpl#getCompute <em>Compute</em>}</li>
 *   <li>{@link org.vwb.model.impl.VirtualMachineImpl#getSourceProperties <em>Source Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualMachineImpl extends PartitionImpl implements VirtualMachine {
	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualDevice> devices;

	/**
	 * The cached value of the '{@link #getWorkloads() <em>Workloads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkloads()
	 * @generated
	 * @ordered
	 */
	protected EList<Workload> workloads;

	/**
	 * The cached value of the '{@link #getCompute() <em>Compute</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompute()
	 * @generated
	 * @ordered
	 */
	protected ComputeJob compute;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualDevice> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<VirtualDevice>(VirtualDevice.class, this, VwbPackage.VIRTUAL_MACHINE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workload> getWorkloads() {
		if (workloads == null) {
			workloads = new EObjectContainmentEList<Workload>(Workload.class, this, VwbPackage.VIRTUAL_MACHINE__WORKLOADS);
		}
		return workloads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComputeJob getCompute() {
		return compute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCompute(ComputeJob newCompute, NotificationChain msgs) {
		ComputeJob oldCompute = compute;
		compute = newCompute;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_MACHINE__COMPUTE, oldCompute, newCompute);
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
	public void setCompute(ComputeJob newCompute) {
		if (newCompute != compute) {
			NotificationChain msgs = null;
			if (compute != null)
				msgs = ((InternalEObject)compute).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VwbPackage.VIRTUAL_MACHINE__COMPUTE, null, msgs);
			if (newCompute != null)
				msgs = ((InternalEObject)newCompute).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VwbPackage.VIRTUAL_MACHINE__COMPUTE, null, msgs);
			msgs = basicSetCompute(newCompute, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.VIRTUAL_MACHINE__COMPUTE, newCompute, newCompute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getSourceProperties() {
		if (sourceProperties == null) {
			sourceProperties = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES);
		}
		return sourceProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VwbPackage.VIRTUAL_MACHINE__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case VwbPackage.VIRTUAL_MACHINE__WORKLOADS:
				return ((InternalEList<?>)getWorkloads()).basicRemove(otherEnd, msgs);
			case VwbPackage.VIRTUAL_MACHINE__COMPUTE:
				return basicSetCompute(null, msgs);
			case VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES:
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
			case VwbPackage.VIRTUAL_MACHINE__DEVICES:
				return getDevices();
			case VwbPackage.VIRTUAL_MACHINE__WORKLOADS:
				return getWorkloads();
			case VwbPackage.VIRTUAL_MACHINE__COMPUTE:
				return getCompute();
			case VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES:
				if (coreType) return getSourceProperties();
				else return getSourceProperties().map();
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
			case VwbPackage.VIRTUAL_MACHINE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends VirtualDevice>)newValue);
				return;
			case VwbPackage.VIRTUAL_MACHINE__WORKLOADS:
				getWorkloads().clear();
				getWorkloads().addAll((Collection<? extends Workload>)newValue);
				return;
			case VwbPackage.VIRTUAL_MACHINE__COMPUTE:
				setCompute((ComputeJob)newValue);
				return;
			case VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES:
				((EStructuralFeature.Setting)getSourceProperties()).set(newValue);
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
			case VwbPackage.VIRTUAL_MACHINE__DEVICES:
				getDevices().clear();
				return;
			case VwbPackage.VIRTUAL_MACHINE__WORKLOADS:
				getWorkloads().clear();
				return;
			case VwbPackage.VIRTUAL_MACHINE__COMPUTE:
				setCompute((ComputeJob)null);
				return;
			case VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES:
				getSourceProperties().clear();
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
			case VwbPackage.VIRTUAL_MACHINE__DEVICES:
				return devices != null && !devices.isEmpty();
			case VwbPackage.VIRTUAL_MACHINE__WORKLOADS:
				return workloads != null && !workloads.isEmpty();
			case VwbPackage.VIRTUAL_MACHINE__COMPUTE:
				return compute != null;
			case VwbPackage.VIRTUAL_MACHINE__SOURCE_PROPERTIES:
				return sourceProperties != null && !sourceProperties.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //VirtualMachineImpl
