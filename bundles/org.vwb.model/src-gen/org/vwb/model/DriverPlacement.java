/**
 */
package org.vwb.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Driver Placement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vwb.model.VwbPackage#getDriverPlacement()
 * @model
 * @generated
 */
public enum DriverPlacement implements Enumerator {
	/**
	 * The '<em><b>IN HYPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monolithic: drivers in the hypervisor (ESX vmkernel).
	 * <!-- end-model-doc -->
	 * @see #IN_HYPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	IN_HYPERVISOR(0, "IN_HYPERVISOR", "IN_HYPERVISOR"),

	/**
	 * The '<em><b>PARENT PARTITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Microkernelized: drivers in the root/parent partition (Hyper-V, Xen dom0).
	 * <!-- end-model-doc -->
	 * @see #PARENT_PARTITION_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT_PARTITION(1, "PARENT_PARTITION", "PARENT_PARTITION"),

	/**
	 * The '<em><b>HOST OS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosted: drivers in the host OS (VMware Workstation, KVM).
	 * <!-- end-model-doc -->
	 * @see #HOST_OS_VALUE
	 * @generated
	 * @ordered
	 */
	HOST_OS(2, "HOST_OS", "HOST_OS"),

	/**
	 * The '<em><b>DRIVER DOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Isolated driver VMs (Xen driver domains).
	 * <!-- end-model-doc -->
	 * @see #DRIVER_DOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVER_DOMAIN(3, "DRIVER_DOMAIN", "DRIVER_DOMAIN");

	/**
	 * The '<em><b>IN HYPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monolithic: drivers in the hypervisor (ESX vmkernel).
	 * <!-- end-model-doc -->
	 * @see #IN_HYPERVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_HYPERVISOR_VALUE = 0;

	/**
	 * The '<em><b>PARENT PARTITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Microkernelized: drivers in the root/parent partition (Hyper-V, Xen dom0).
	 * <!-- end-model-doc -->
	 * @see #PARENT_PARTITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_PARTITION_VALUE = 1;

	/**
	 * The '<em><b>HOST OS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosted: drivers in the host OS (VMware Workstation, KVM).
	 * <!-- end-model-doc -->
	 * @see #HOST_OS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOST_OS_VALUE = 2;

	/**
	 * The '<em><b>DRIVER DOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Isolated driver VMs (Xen driver domains).
	 * <!-- end-model-doc -->
	 * @see #DRIVER_DOMAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRIVER_DOMAIN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Driver Placement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DriverPlacement[] VALUES_ARRAY =
		new DriverPlacement[] {
			IN_HYPERVISOR,
			PARENT_PARTITION,
			HOST_OS,
			DRIVER_DOMAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Driver Placement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DriverPlacement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Driver Placement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverPlacement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriverPlacement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Driver Placement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverPlacement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriverPlacement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Driver Placement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverPlacement get(int value) {
		switch (value) {
			case IN_HYPERVISOR_VALUE: return IN_HYPERVISOR;
			case PARENT_PARTITION_VALUE: return PARENT_PARTITION;
			case HOST_OS_VALUE: return HOST_OS;
			case DRIVER_DOMAIN_VALUE: return DRIVER_DOMAIN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DriverPlacement(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DriverPlacement
