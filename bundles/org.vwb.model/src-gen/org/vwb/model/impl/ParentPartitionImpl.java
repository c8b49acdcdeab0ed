/**
 */
package org.vwb.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.vwb.model.ParentPartition;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Parent Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ParentPartitionImpl extends PartitionImpl implements ParentPartition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParentPartitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.PARENT_PARTITION;
	}

} //ParentPartitionImpl
