/**
 * Tests of the synthetic device models: each runs the synthetic device contract of {@code org.vwb.testing};
 * {@link org.vwb.devices.synthetic.tests.SyntheticChannelsTest} states what the channels do differently, and
 * {@link org.vwb.devices.synthetic.tests.RegisteredSyntheticModelsTest} that Felix SCR registers them all.
 */
package org.vwb.devices.synthetic.tests;
