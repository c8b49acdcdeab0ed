/**
 */
package org.vwb.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One varied parameter of a sweep, written as on the command line (docs/sweeps.md): e.g. parameter 'rate' with values '100,1000,10000', or 'vm[legacy-vm].device[net0].model' with 'e1000,dec21140'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.SweepParameter#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.vwb.model.SweepParameter#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.vwb.model.VwbPackage#getSweepParameter()
 * @model
 * @generated
 */
public interface SweepParameter extends EObject {
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.vwb.model.VwbPackage#getSweepParameter_Parameter()
	 * @model required="true"
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.vwb.model.SweepParameter#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(String)
	 * @see org.vwb.model.VwbPackage#getSweepParameter_Values()
	 * @model required="true"
	 * @generated
	 */
	String getValues();

	/**
	 * Sets the value of the '{@link org.vwb.model.SweepParameter#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(String value);

} // SweepParameter
