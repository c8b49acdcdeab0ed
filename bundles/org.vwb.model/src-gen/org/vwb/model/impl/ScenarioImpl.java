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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.eclipse.emf.ecore.util.InternalEList;
import org.vwb.model.Configuration;
import org.vwb.model.Metric;
import org.vwb.model.Scenario;
import org.vwb.model.SweepParameter;
import org.vwb.model.VwbPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getConfigurations <em>Configurations</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getVendorProfiles <em>Vendor Profiles</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getVary <em>Vary</em>}</li>
 *   <li>{@link org.vwb.model.impl.ScenarioImpl#getSeeds <em>Seeds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedElementImpl implements Scenario {
	/**
	 * The cached value of the '{@link #getConfigurations() <em>Configurations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigurations()
	 * @generated
	 * @ordered
	 */
	protected EList<Configuration> configurations;

	/**
	 * The cached value of the '{@link #getVendorProfiles() <em>Vendor Profiles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> vendorProfiles;

	/**
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_SECONDS_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected double durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getVary() <em>Vary</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVary()
	 * @generated
	 * @ordered
	 */
	protected EList<SweepParameter> vary;

	/**
	 * The default value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected int seeds = SEEDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VwbPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Configuration> getConfigurations() {
		if (configurations == null) {
			configurations = new EObjectResolvingEList<Configuration>(Configuration.class, this, VwbPackage.SCENARIO__CONFIGURATIONS);
		}
		return configurations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVendorProfiles() {
		if (vendorProfiles == null) {
			vendorProfiles = new EDataTypeUniqueEList<String>(String.class, this, VwbPackage.SCENARIO__VENDOR_PROFILES);
		}
		return vendorProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(double newDurationSeconds) {
		double oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.SCENARIO__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.SCENARIO__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EDataTypeUniqueEList<Metric>(Metric.class, this, VwbPackage.SCENARIO__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SweepParameter> getVary() {
		if (vary == null) {
			vary = new EObjectContainmentEList<SweepParameter>(SweepParameter.class, this, VwbPackage.SCENARIO__VARY);
		}
		return vary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeeds() {
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeds(int newSeeds) {
		int oldSeeds = seeds;
		seeds = newSeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VwbPackage.SCENARIO__SEEDS, oldSeeds, seeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VwbPackage.SCENARIO__VARY:
				return ((InternalEList<?>)getVary()).basicRemove(otherEnd, msgs);
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
			case VwbPackage.SCENARIO__CONFIGURATIONS:
				return getConfigurations();
			case VwbPackage.SCENARIO__VENDOR_PROFILES:
				return getVendorProfiles();
			case VwbPackage.SCENARIO__DURATION_SECONDS:
				return getDurationSeconds();
			case VwbPackage.SCENARIO__SEED:
				return getSeed();
			case VwbPackage.SCENARIO__METRICS:
				return getMetrics();
			case VwbPackage.SCENARIO__VARY:
				return getVary();
			case VwbPackage.SCENARIO__SEEDS:
				return getSeeds();
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
			case VwbPackage.SCENARIO__CONFIGURATIONS:
				getConfigurations().clear();
				getConfigurations().addAll((Collection<? extends Configuration>)newValue);
				return;
			case VwbPackage.SCENARIO__VENDOR_PROFILES:
				getVendorProfiles().clear();
				getVendorProfiles().addAll((Collection<? extends String>)newValue);
				return;
			case VwbPackage.SCENARIO__DURATION_SECONDS:
				setDurationSeconds((Double)newValue);
				return;
			case VwbPackage.SCENARIO__SEED:
				setSeed((Long)newValue);
				return;
			case VwbPackage.SCENARIO__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case VwbPackage.SCENARIO__VARY:
				getVary().clear();
				getVary().addAll((Collection<? extends SweepParameter>)newValue);
				return;
			case VwbPackage.SCENARIO__SEEDS:
				setSeeds((Integer)newValue);
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
			case VwbPackage.SCENARIO__CONFIGURATIONS:
				getConfigurations().clear();
				return;
			case VwbPackage.SCENARIO__VENDOR_PROFILES:
				getVendorProfiles().clear();
				return;
			case VwbPackage.SCENARIO__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case VwbPackage.SCENARIO__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case VwbPackage.SCENARIO__METRICS:
				getMetrics().clear();
				return;
			case VwbPackage.SCENARIO__VARY:
				getVary().clear();
				return;
			case VwbPackage.SCENARIO__SEEDS:
				setSeeds(SEEDS_EDEFAULT);
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
			case VwbPackage.SCENARIO__CONFIGURATIONS:
				return configurations != null && !configurations.isEmpty();
			case VwbPackage.SCENARIO__VENDOR_PROFILES:
				return vendorProfiles != null && !vendorProfiles.isEmpty();
			case VwbPackage.SCENARIO__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case VwbPackage.SCENARIO__SEED:
				return seed != SEED_EDEFAULT;
			case VwbPackage.SCENARIO__METRICS:
				return metrics != null && !metrics.isEmpty();
			case VwbPackage.SCENARIO__VARY:
				return vary != null && !vary.isEmpty();
			case VwbPackage.SCENARIO__SEEDS:
				return seeds != SEEDS_EDEFAULT;
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
		result.append(" (vendorProfiles: ");
		result.append(vendorProfiles);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", seed: ");
		result.append(seed);
		result.append(", metrics: ");
		result.append(metrics);
		result.append(", seeds: ");
		result.append(seeds);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
