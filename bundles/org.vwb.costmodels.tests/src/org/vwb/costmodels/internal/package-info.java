/**
 * Tests of the cost models: each runs the {@link org.vwb.testing.CostModelContractTest contract}; the data files
 * are read once more on their own to show that every constant has a source and every file a registered service.
 */
package org.vwb.costmodels.internal;
