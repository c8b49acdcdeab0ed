/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Configurations to compare and the metrics wanted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Scenario#getConfigurations <em>Configurations</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getVendorProfiles <em>Vendor Profiles</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getVary <em>Vary</em>}</li>
 *   <li>{@link org.vwb.model.Scenario#getSeeds <em>Seeds</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Configurations</b></em>' reference list.
	 * The list contents are of type {@link org.vwb.model.Configuration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Configurations</em>' reference list.
	 * @see org.vwb.model.VwbPackage#getScenario_Configurations()
	 * @model
	 * @generated
	 */
	EList<Configuration> getConfigurations();

	/**
	 * Returns the value of the '<em><b>Vendor Profiles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further vendor profiles to run the configurations under, side by side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor Profiles</em>' attribute list.
	 * @see org.vwb.model.VwbPackage#getScenario_VendorProfiles()
	 * @model
	 * @generated
	 */
	EList<String> getVendorProfiles();

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(double)
	 * @see org.vwb.model.VwbPackage#getScenario_DurationSeconds()
	 * @model default="10.0"
	 * @generated
	 */
	double getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.vwb.model.Scenario#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.vwb.model.VwbPackage#getScenario_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.vwb.model.Scenario#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' attribute list.
	 * The list contents are of type {@link org.vwb.model.Metric}.
	 * The literals are from the enumeration {@link org.vwb.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' attribute list.
	 * @see org.vwb.model.Metric
	 * @see org.vwb.model.VwbPackage#getScenario_Metrics()
	 * @model
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Vary</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.SweepParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Makes the scenario a sweep (vwb sweep): every combination of these parameters' values is run, each with 'seeds' seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vary</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getScenario_Vary()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepParameter> getVary();

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seeds per combination of a sweep (seed, seed+1, ...); the confidence intervals are taken across them. Three by default: the fewest that give an interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute.
	 * @see #setSeeds(int)
	 * @see org.vwb.model.VwbPackage#getScenario_Seeds()
	 * @model default="3"
	 * @generated
	 */
	int getSeeds();

	/**
	 * Sets the value of the '{@link org.vwb.model.Scenario#getSeeds <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds</em>' attribute.
	 * @see #getSeeds()
	 * @generated
	 */
	void setSeeds(int value);

} // Scenario
