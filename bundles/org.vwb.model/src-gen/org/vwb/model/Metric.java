/**
 */
package org.vwb.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vwb.model.VwbPackage#getMetric()
 * @model
 * @generated
 */
public enum Metric implements Enumerator {
	/**
	 * The '<em><b>THROUGHPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THROUGHPUT_VALUE
	 * @generated
	 * @ordered
	 */
	THROUGHPUT(0, "THROUGHPUT", "THROUGHPUT"),

	/**
	 * The '<em><b>LATENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATENCY_VALUE
	 * @generated
	 * @ordered
	 */
	LATENCY(1, "LATENCY", "LATENCY"),

	/**
	 * The '<em><b>CPU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_VALUE
	 * @generated
	 * @ordered
	 */
	CPU(2, "CPU", "CPU"),

	/**
	 * The '<em><b>EXITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXITS_VALUE
	 * @generated
	 * @ordered
	 */
	EXITS(3, "EXITS", "EXITS"),

	/**
	 * The '<em><b>FOOTPRINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOTPRINT_VALUE
	 * @generated
	 * @ordered
	 */
	FOOTPRINT(4, "FOOTPRINT", "FOOTPRINT"),

	/**
	 * The '<em><b>TRUSTED CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTED_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	TRUSTED_CODE(5, "TRUSTED_CODE", "TRUSTED_CODE"),

	/**
	 * The '<em><b>DRIVER AVAILABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER_AVAILABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVER_AVAILABILITY(6, "DRIVER_AVAILABILITY", "DRIVER_AVAILABILITY"),

	/**
	 * The '<em><b>BLAST RADIUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLAST_RADIUS_VALUE
	 * @generated
	 * @ordered
	 */
	BLAST_RADIUS(7, "BLAST_RADIUS", "BLAST_RADIUS");

	/**
	 * The '<em><b>THROUGHPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THROUGHPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THROUGHPUT_VALUE = 0;

	/**
	 * The '<em><b>LATENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LATENCY_VALUE = 1;

	/**
	 * The '<em><b>CPU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPU_VALUE = 2;

	/**
	 * The '<em><b>EXITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXITS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXITS_VALUE = 3;

	/**
	 * The '<em><b>FOOTPRINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOTPRINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOOTPRINT_VALUE = 4;

	/**
	 * The '<em><b>TRUSTED CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTED_CODE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRUSTED_CODE_VALUE = 5;

	/**
	 * The '<em><b>DRIVER AVAILABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER_AVAILABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRIVER_AVAILABILITY_VALUE = 6;

	/**
	 * The '<em><b>BLAST RADIUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLAST_RADIUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BLAST_RADIUS_VALUE = 7;

	/**
	 * An array of all the '<em><b>Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Metric[] VALUES_ARRAY =
		new Metric[] {
			THROUGHPUT,
			LATENCY,
			CPU,
			EXITS,
			FOOTPRINT,
			TRUSTED_CODE,
			DRIVER_AVAILABILITY,
			BLAST_RADIUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Metric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Metric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Metric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Metric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Metric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Metric get(int value) {
		switch (value) {
			case THROUGHPUT_VALUE: return THROUGHPUT;
			case LATENCY_VALUE: return LATENCY;
			case CPU_VALUE: return CPU;
			case EXITS_VALUE: return EXITS;
			case FOOTPRINT_VALUE: return FOOTPRINT;
			case TRUSTED_CODE_VALUE: return TRUSTED_CODE;
			case DRIVER_AVAILABILITY_VALUE: return DRIVER_AVAILABILITY;
			case BLAST_RADIUS_VALUE: return BLAST_RADIUS;
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
	private Metric(int value, String name, String literal) {
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
	
} //Metric
