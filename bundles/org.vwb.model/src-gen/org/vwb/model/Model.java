/**
 */
package org.vwb.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .vwb file: physical hosts, configurations that run on them, scenarios that compare configurations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.Model#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.vwb.model.Model#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vwb.model.Model#getConfigurations <em>Configurations</em>}</li>
 *   <li>{@link org.vwb.model.Model#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getModel()
 * @model
 * @generated
 */
public interface Model extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .vwb format the file was written with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.vwb.model.VwbPackage#getModel_FormatVersion()
	 * @model default="1.0"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.vwb.model.Model#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getModel_Hosts()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Configurations</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.Configuration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Configurations</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getModel_Configurations()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Configuration> getConfigurations();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.vwb.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.vwb.model.VwbPackage#getModel_Scenarios()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // Model
