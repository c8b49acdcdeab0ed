/**
 */
package org.vwb.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parent Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The privileged partition or host OS that runs physical drivers and device back ends.
 * <!-- end-model-doc -->
 *
 *
 * @see org.vwb.model.VwbPackage#getParentPartition()
 * @model
 * @generated
 */
public interface ParentPartition extends Partition {
} // ParentPartition
